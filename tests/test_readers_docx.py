"""The Word reader: renderings of the seeds score as the .txt do; header table by columns, other
tables as tab rows, automatic numbers rebuilt; .doc through LibreOffice; damaged files."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from plankb.cli import main
from plankb.extractors.readers import read_file
from plankb.extractors.readers.docx_numbering import format_number
from plankb.extractors.source import ReadError

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
SEEDS = ROOT / "corpus" / "seeds"
GOLD = ROOT / "corpus" / "gold"


def eval_scores(files: list[Path]) -> dict[str, float]:
    result = CliRunner().invoke(main, ["eval", str(GOLD), *map(str, files), "--json"])
    assert result.exit_code == 0, result.output
    return {name: f["f1"] for name, f in json.loads(result.stdout)["fields"].items()}


@pytest.fixture(scope="module")
def txt_scores() -> dict[str, float]:
    return eval_scores(sorted(SEEDS.glob("*.txt")))


def test_docx_renderings_score_as_the_text(txt_scores):
    files = sorted(RENDERINGS.glob("*.docx"))
    assert len(files) == 5
    scores = eval_scores(files)
    for name, f1 in txt_scores.items():
        assert abs(scores[name] - f1) <= 0.02, (name, scores[name], f1)


def test_header_table_is_read_column_by_column():
    text = read_file(RENDERINGS / "000_018dc9e7591f11ab.docx").text
    assert text.startswith("Số: 03/KH-TA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCà Mau, ngày 27 tháng 02 năm 2023\n")
    # The type name and the summary, two centred paragraphs, stay on consecutive lines.
    assert "\n\nKẾ HOẠCH\nThực hiện công tác “Dân vận khéo” năm 2023\n\n" in text


def test_closing_table_and_annex_table():
    text = read_file(RENDERINGS / "000_018dc9e7591f11ab.docx").text
    assert "Nơi nhận:\n- Tòa, Phòng, Văn phòng TAND tỉnh, TAND cấp huyện (t/h);" in text
    assert "- Lưu: VT, Phòng TCCB, TT&TĐKT.\nBùi Thị Phương Loan" in text
    assert "TT\tTên mô hình\tLĩnh vực\t\t\tGhi chú" in text  # a merged cell keeps its columns


def test_automatic_numbers_are_rebuilt():
    text = read_file(RENDERINGS / "000_018dc9e7591f11ab.docx").text
    assert "\n\n1. Công tác quán triệt, triển khai" in text
    assert "\n\n2. Xây dựng mô hình “Dân vận khéo”" in text
    assert "\n\n1. Chánh tòa, Trưởng phòng" in text  # restarted under III (startOverride)
    assert "\n\n- Tiếp tục nâng cao trách nhiệm" in text


def _numbered(document, num_id: int, abs_id: int, fmt: str, lvl_text: str, restart: bool = False) -> None:
    root = document.part.numbering_part.element
    if root.find(f"{qn('w:abstractNum')}[@{qn('w:abstractNumId')}='{abs_id}']") is None:
        a = OxmlElement("w:abstractNum")
        a.set(qn("w:abstractNumId"), str(abs_id))
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), "0")
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", lvl_text)):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        a.append(lvl)
        first = root.find(qn("w:num"))
        first.addprevious(a) if first is not None else root.append(a)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abs_id))
    num.append(ref)
    if restart:
        override = OxmlElement("w:lvlOverride")
        override.set(qn("w:ilvl"), "0")
        start = OxmlElement("w:startOverride")
        start.set(qn("w:val"), "1")
        override.append(start)
        num.append(override)
    root.append(num)


def _apply(paragraph, num_id: int) -> None:
    num_pr = OxmlElement("w:numPr")
    for tag, val in (("w:ilvl", "0"), ("w:numId", str(num_id))):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        num_pr.append(el)
    paragraph._p.get_or_add_pPr().append(num_pr)


def test_numbering_letters_roman_and_continuation(tmp_path):
    document = Document()
    _numbered(document, 71, 81, "lowerLetter", "%1)")
    _numbered(document, 72, 82, "upperRoman", "%1.")
    _numbered(document, 73, 81, "lowerLetter", "%1)")  # same list, no override: counts on
    _numbered(document, 74, 81, "lowerLetter", "%1)", restart=True)
    for text, num in (("Một", 72), ("Ý a", 71), ("Ý b", 71), ("Hai", 72), ("Ý c", 73), ("Lại a", 74)):
        _apply(document.add_paragraph(text), num)
    path = tmp_path / "lists.docx"
    document.save(path)
    lines = read_file(path).text.split("\n\n")
    assert lines == ["I. Một", "a) Ý a", "b) Ý b", "II. Hai", "c) Ý c", "a) Lại a"]


def test_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 4, 26, 27)] == ["a", "d", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (1, 4, 9, 14)] == ["I", "IV", "IX", "XIV"]
    assert format_number(3, "decimalZero") == "03"


def test_text_in_a_content_control_and_a_text_box_is_read(tmp_path):
    document = Document()
    document.add_paragraph("Trước")
    body = document.element.body
    sdt = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    inner = document.add_paragraph("Trong ô nội dung")._p
    content.append(inner)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)
    path = tmp_path / "sdt.docx"
    document.save(path)
    assert read_file(path).text == "Trước\n\nTrong ô nội dung"


def test_damaged_and_empty_word_files_name_the_file(tmp_path):
    bad = tmp_path / "hong.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReadError, match="hong.docx"):
        read_file(bad)
    empty = tmp_path / "rong.docx"
    empty.write_bytes(b"")
    with pytest.raises(ReadError, match="rong.docx.*empty"):
        read_file(empty)
    not_word = tmp_path / "khac.docx"
    with zipfile.ZipFile(not_word, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(ReadError, match="khac.docx"):
        read_file(not_word)
    blank = tmp_path / "trang.docx"
    Document().save(blank)
    with pytest.raises(ReadError, match="trang.docx.*no text"):
        read_file(blank)


def test_doc_without_libreoffice_says_what_to_install(tmp_path, monkeypatch):
    doc = tmp_path / "cu.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0 legacy word")
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ReadError, match=r"cu\.doc.*install LibreOffice"):
        read_file(doc)


@pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")), reason="LibreOffice is not installed")
def test_doc_is_read_through_libreoffice(tmp_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    profile = (tmp_path / "profile").as_uri()
    source = RENDERINGS / "002_6504d3044c38d8e8.docx"
    subprocess.run(
        [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    src = read_file(tmp_path / "002_6504d3044c38d8e8.doc")
    assert src.format == "doc"
    assert "Số 114 -KH/ĐUK" in src.text and "Phạm Hữu Dự" in src.text
    broken = tmp_path / "hong.doc"
    broken.write_bytes(b"garbage, not a Word file at all")
    with pytest.raises(ReadError, match="hong.doc"):
        read_file(broken)


def test_a_closing_set_with_tab_stops_is_read_column_by_column():
    from plankb.extractors.readers.docx import closing_columns

    text = (
        "Giao Sở Nội vụ theo dõi.\n\nNơi nhận:\tTM. ỦY BAN NHÂN DÂN\n\n- Bộ Nội vụ;\tKT. CHỦ TỊCH\n\n- Thường trực Tỉnh ủy;\tPHÓ CHỦ TỊCH\n\n"
        "- UBND các huyện;\tNguyễn Văn Hiệp\n\n- Lưu VT.\t\n\nPHỤ LỤC\nDanh sách"
    )
    out = closing_columns(text)
    assert out.split("\n")[2:10] == ["Nơi nhận:", "- Bộ Nội vụ;", "- Thường trực Tỉnh ủy;", "- UBND các huyện;", "- Lưu VT.", "",
                                      "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]
    assert "Nguyễn Văn Hiệp" in out.split("\n") and out.endswith("PHỤ LỤC\nDanh sách")
    assert closing_columns("Nơi nhận:\n- Như trên;") == "Nơi nhận:\n- Như trên;"  # no tab stops: as it is
