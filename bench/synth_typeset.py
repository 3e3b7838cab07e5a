"""Scans typeset from annotated texts, to measure the OCR path on documents nobody tuned it on.

    python bench/synth_typeset.py --out /tmp/scanset-set/clean --variant clean \\
        /tmp/s9/unseen/dev /tmp/unseen2-new/dev
    plankb report /tmp/scanset-set/clean --set real-pdfs --jobs 2

Each source folder holds docs/*.txt and gold/*.json (a silver set). Every whole document or
opening whose gold has a number and a date is typeset as the official document it is: by Decree
30/2020/NĐ-CP for State bodies (issuer and "Số: ..." on the left, the motto and the place and date
on the right, the type name and summary centred in bold, the body, "Nơi nhận:" on the left and the
signature block on the right) and by Guidance 36-HD/VPTW for Party bodies ("ĐẢNG CỘNG SẢN VIỆT
NAM" on the right, "T/M BAN THƯỜNG VỤ"). python-docx writes it, LibreOffice makes the PDF. Over the
signature goes what a signed paper carries: a red round seal (text on a ring, a star) over the
left part of the title and name, and a handwritten scribble above the name. The pages are then
scanned with synth_scans.py's degradation (clean, color, rough) into image-only PDFs.

An opening (a text cut before its end) has no signer in its gold: it is signed with a name taken
from the other golds, and its copied gold names that signer. The gold is copied with kind
"image_only", its header fields, and the references printed on pages 1-2. Layout (font, size,
margins, column widths, authority form, seal place) comes from a generator seeded by the file
name, so the set is the same at every run. Third-party text: write the set outside the repository.

--looks names the ways offices' papers differ that the layout above does not show (LOOKS); each
named look is given to about half the documents, drawn by a second generator seeded by the file
name, so a set built without --looks is the one built before they existed:

    python bench/synth_typeset.py --out /tmp/scanset2-set/office/tune --variant office --half tune \
        --looks all /tmp/unseen4-set/dev /tmp/unseen5-set/dev /tmp/crawls-set/dev
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

import numpy as np
import pypdfium2
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth_scans import LIST_KEYS, VARIANTS, degrade, dpi_of  # noqa: E402

TYPE_NAMES = {
    "QĐ": "QUYẾT ĐỊNH", "KH": "KẾ HOẠCH", "NQ": "NGHỊ QUYẾT", "CT": "CHỈ THỊ", "HD": "HƯỚNG DẪN",
    "KL": "KẾT LUẬN", "QC": "QUY CHẾ", "TB": "THÔNG BÁO", "CTr": "CHƯƠNG TRÌNH", "QyĐ": "QUY ĐỊNH",
}
# Times-like faces first (Decree 30 asks for Times New Roman; Liberation Serif has its metrics), a wider one last.
LOOKS = {
    "seal-date": "a second seal stamped over the place and date line on the first page",
    "number-row": "the number on the date's row (a two-row header table), not under the issuer",
    "blue-ink": "the signature in bright blue ink, larger, running over the title and the name",
    "long-recipients": "a long 'Nơi nhận' list beside the signature block, taller than it",
    "columns": "header columns of other widths (the issuer's from 30% to 50% of the line)",
    "party-dashes": "a Party header's star line written '-----' (or '*****')",
}
FONTS = ("Liberation Serif", "Liberation Serif", "FreeSerif", "DejaVu Serif")
SEAL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def sources(folders: list[Path], kindless: bool = False, skip: frozenset = frozenset()) -> list[tuple[Path, dict]]:
    """Whole documents and openings with a number and a date; with ``kindless``, also golds that
    name no kind but have a title (silver sets whose README lists the kinds: ``skip`` leaves out
    the announcements and pages that are not the document, by file name without extension, or
    as SET/name where the silver sets' halves, SET/tune and SET/check, reuse names)."""
    items = []
    for folder in folders:
        for gold_path in sorted((folder / "gold").glob("*.json")):
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if gold_path.stem in skip or f"{folder.parent.name}/{gold_path.stem}" in skip:
                continue
            kind_ok = gold.get("kind") in ("whole", "opening") or (kindless and "kind" not in gold and gold.get("title"))
            if kind_ok and gold.get("symbol") and gold.get("date"):
                items.append((folder / "docs" / gold["doc"], gold))
    return items


def party(gold: dict) -> bool:
    """Party numbering: "445-KL/TU" (a hyphen before the type), Guidance 36's form."""
    return bool(re.match(r"^\d+-", gold["symbol"]))


# A holder's title names who signs, not the body the header names: a Minister's decision is headed
# "BỘ Y TẾ" and signed "BỘ TRƯỞNG" (Decree 30), a Chairman's "ỦY BAN NHÂN DÂN TỈNH ..." ("THỦ TƯỚNG
# CHÍNH PHỦ" is the one header that names the holder, and stays).
HOLDER_TITLES = ("chủ tịch", "bộ trưởng")


def issuer_name(gold: dict) -> str:
    names = [n for n in gold.get("issuer") or [] if not n.lower().startswith(HOLDER_TITLES)] or gold.get("issuer") or [""]
    return max(names[:2], key=len)


def header_lines(name: str, width: int) -> list[str]:
    """The issuer in capitals, cut into lines of at most `width` characters at word ends."""
    name = name.upper()
    for lead in ("ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN CHẤP HÀNH TRUNG ƯƠNG"):
        if name.startswith(lead + " "):
            return [lead, *header_lines(name[len(lead) + 1:], width)]
    lines: list[str] = []
    for word in name.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def authority(gold: dict, rng: random.Random) -> list[str]:
    name = issuer_name(gold).lower()
    if party(gold):
        if "đoàn" in name:
            return rng.choice([["TM. BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN", "BÍ THƯ"], ["TM. BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]])
        if "văn phòng" in name or "cơ quan" in name or (name.startswith("ban ") and "ban chấp hành" not in name):
            return rng.choice([["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], ["TRƯỞNG BAN"], ["T/M CƠ QUAN", "TRƯỞNG CƠ QUAN"]])
        return rng.choice([["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"], ["T/M TỈNH ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC"]])
    if "ủy ban nhân dân" in name:
        return rng.choice([["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
                           ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], ["CHỦ TỊCH"]])
    if "hội đồng nhân dân" in name:
        return rng.choice([["CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]])
    if "văn phòng chính phủ" in name:
        return rng.choice([["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"], ["BỘ TRƯỞNG, CHỦ NHIỆM"]])
    if "thủ tướng" in name:
        return rng.choice([["KT. THỦ TƯỚNG", "PHÓ THỦ TƯỚNG"], ["THỦ TƯỚNG"]])
    if name.startswith("bộ "):
        return rng.choice([["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], ["BỘ TRƯỞNG"]])
    return rng.choice([["TRƯỞNG BAN"], ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]])


def body_paragraphs(text: str, gold: dict, limit: int) -> list[str]:
    """The paragraphs after the summary (tables, that is header and signature, left out), cut near `limit` characters."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("|") and not set(ln) <= set("-= *")]
    fold = lambda s: " ".join(s.lower().split())  # noqa: E731
    title = fold(gold.get("title") or "")
    # Where the summary ends, over lines the source may have broken anywhere.
    joined, ends = "", []
    for line in lines[:60]:
        joined += fold(line) + " "
        ends.append(len(joined))
    start = 0
    at = joined.find(title[:40]) if title else -1
    if at >= 0:
        start = next((i + 1 for i, end in enumerate(ends) if end >= at + min(len(title), 200)), 0)
    else:
        for i, line in enumerate(lines[:40]):
            if line.lower().startswith(("v/v", "về việc")) or re.match(r"^(số|số:)\s", line.lower()):
                start = i + 1
    # A line the source broke mid-sentence goes on with a small letter.
    merged: list[str] = []
    for line in lines[start:]:
        if merged and line[:1].islower() and not merged[-1].endswith((".", ":", ";")):
            merged[-1] += " " + line
        else:
            merged.append(line)
    lines, start = merged, 0
    out, size = [], 0
    for line in lines[start:]:
        if gold.get("signer") and gold["signer"] in line:
            break
        if line.lower().startswith(("nơi nhận", "kt.", "tm.", "t/m", "k/t", "tl.", "t/l")):
            break
        out.append(line)
        size += len(line)
        if size >= limit:
            break
    return out or ["Thực hiện nhiệm vụ được giao, các cơ quan, đơn vị triển khai nội dung trên./."]


def date_line(gold: dict) -> str:
    y, m, d = (int(x) for x in gold["date"].split("-"))
    place = gold.get("place") or ""
    # Decree 30: days under 10 and the months January and February take a leading zero.
    month = f"{m:02d}" if m < 3 else str(m)
    return f"{place}, ngày {d:02d} tháng {month} năm {y}"


def _font(run, name: str, size: float, bold=False, italic=False, underline=False) -> None:
    run.font.name = name
    run._element.rPr.rFonts.set(qn("w:eastAsia"), name)
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline


def _para(cell_or_doc, text: str, font: str, size: float, align=WD_ALIGN_PARAGRAPH.CENTER, after=0, **style):
    p = cell_or_doc.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(0)
    if text:
        _font(p.add_run(text), font, size, **style)
    return p


def _rule(cell, font: str, chars: int) -> None:
    """The short line under the issuer and the motto."""
    _para(cell, "_" * chars, font, 7)


def typeset(gold: dict, text: str, signer: str, rng: random.Random, out: Path, looks: frozenset = frozenset(),
            look_rng: random.Random | None = None) -> None:
    look_rng = look_rng or random.Random(0)
    font = rng.choice(FONTS)
    size = rng.choice([13, 13.5, 14] if font != "DejaVu Serif" else [12.5, 13])
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin = Cm(rng.uniform(1.6, 2.5))
    section.bottom_margin = Cm(rng.uniform(1.5, 2.2))
    section.left_margin = Cm(rng.uniform(2.8, 3.5))
    section.right_margin = Cm(rng.uniform(1.5, 2.0))
    text_width = 21 - section.left_margin.cm - section.right_margin.cm
    doc.styles["Normal"].font.name = font
    doc.styles["Normal"].font.size = Pt(size)
    is_party = party(gold)
    is_letter = gold.get("doc_type") == "CV"

    left_share = rng.uniform(0.36, 0.43)
    if "columns" in looks:
        left_share = look_rng.uniform(0.30, 0.50)
    head = doc.add_table(rows=2 if "number-row" in looks else 1, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    head.autofit = False
    widths = (Cm(text_width * left_share), Cm(text_width * (1 - left_share)))
    for row in head.rows:
        for column, cell, width in zip(head.columns, row.cells, widths):
            column.width = cell.width = width
            cell.paragraphs[0].text = ""
    left, right = head.rows[0].cells
    number_cell, date_cell = head.rows[-1].cells
    issuer = header_lines(issuer_name(gold), 30 if left_share > 0.4 else 26)
    head_size = rng.choice([12, 13])
    for line in issuer:
        _para(left, line, font, head_size, bold=True)
    if is_party:
        _para(left, look_rng.choice(["-----", "*****"]) if "party-dashes" in looks else "*", font, head_size)
        _para(number_cell, f"Số {gold['symbol']}", font, size - 0.5, after=2)
        motto = "ĐOÀN TNCS HỒ CHÍ MINH" if "đoàn" in issuer_name(gold).lower() else "ĐẢNG CỘNG SẢN VIỆT NAM"
        _para(right, motto, font, 14 if size > 13 else 13, bold=True, underline=True, after=8)
    else:
        _rule(left, font, rng.randint(10, 16))
        _para(number_cell, f"Số: {gold['symbol']}", font, size - 0.5, after=2)
        _para(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font, 12 if font != "DejaVu Serif" else 11, bold=True)
        _para(right, "Độc lập - Tự do - Hạnh phúc", font, 13 if font != "DejaVu Serif" else 12, bold=True)
        _rule(right, font, rng.randint(22, 30))
    if is_letter:
        _para(number_cell, f"V/v {gold.get('title') or ''}", font, 12)
    _para(date_cell, date_line(gold), font, size if font != "DejaVu Serif" else 12, italic=True)

    _para(doc, "", font, size)
    if not is_letter:
        _para(doc, TYPE_NAMES.get(gold.get("doc_type"), "KẾ HOẠCH"), font, 14, bold=True, after=2)
        _para(doc, gold.get("title") or "", font, 14, bold=True)
        _para(doc, "_" * rng.randint(8, 14), font, 7, after=12)  # the short line under the summary
    for line in body_paragraphs(text, gold, rng.randint(1800, 4200)):
        short_caps = len(line) < 60 and line.upper() == line
        p = _para(doc, line, font, size, align=WD_ALIGN_PARAGRAPH.CENTER if short_caps else WD_ALIGN_PARAGRAPH.JUSTIFY,
                  after=6, bold=short_caps)
        if not short_caps:
            p.paragraph_format.first_line_indent = Cm(rng.choice([1.0, 1.27]))

    sign = doc.add_table(rows=1, cols=2)
    sign.autofit = False
    for column, cell, width in zip(sign.columns, sign.rows[0].cells, (Cm(text_width * 0.48), Cm(text_width * 0.52))):
        column.width = cell.width = width
    # The signature block is not split across pages (authority line, title and name stand together).
    sign.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    left, right = sign.rows[0].cells
    left.paragraphs[0].text = right.paragraphs[0].text = ""
    _para(left, "Nơi nhận:", font, 12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=True, italic=True)
    recipients = ["- Như trên;", "- Thường trực Tỉnh ủy (b/c);", "- Các sở, ban, ngành;", "- Lưu: VT."]
    if "long-recipients" in looks:
        more = ["- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Văn phòng Chính phủ (b/c);",
                "- UBND các huyện, thị xã, thành phố;", "- Báo, Đài Phát thanh - Truyền hình tỉnh;", "- Cổng thông tin điện tử tỉnh;"]
        recipients[1:3] = look_rng.sample(more, look_rng.randint(4, 6))
    for line in recipients:
        _para(left, line, font, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in authority(gold, rng):
        _para(right, line, font, size, bold=True)
    for _ in range(rng.randint(4, 5)):
        _para(right, "", font, size)
    _para(right, signer, font, size, bold=True)
    doc.save(out)


def to_pdf(docx_path: Path) -> Path:
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    return docx_path.with_suffix(".pdf")


def find_box(page: pypdfium2.PdfPage, needle: str) -> tuple[float, float, float, float] | None:
    """The last place `needle` is printed on the page, in points from the top left."""
    textpage = page.get_textpage()
    found = None
    searcher = textpage.search(needle, match_case=True)
    while (hit := searcher.get_next()) is not None:
        found = hit
    if found is None:
        return None
    start, count = found
    boxes = [textpage.get_charbox(i) for i in range(start, start + count)]
    height = page.get_height()
    return (min(b[0] for b in boxes), height - max(b[3] for b in boxes), max(b[2] for b in boxes), height - min(b[1] for b in boxes))


def _ink(image: Image.Image, layer: Image.Image) -> Image.Image:
    """Lay an RGBA ink layer on paper as ink does: it darkens, it never covers with white."""
    paper = np.asarray(image, dtype=np.float32) / 255
    ink = np.asarray(layer, dtype=np.float32) / 255
    alpha = ink[..., 3:4]
    out = paper * (1 - alpha * (1 - ink[..., :3]))
    return Image.fromarray((out * 255).clip(0, 255).astype(np.uint8))


def seal(size: int, words: str, rng: random.Random) -> Image.Image:
    """A red round seal: two rings, the body's name around, a star in the middle."""
    layer = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    red = (rng.randint(190, 225), rng.randint(20, 60), rng.randint(30, 70), rng.randint(190, 235))
    r = size / 2
    width = max(3, size // 80)
    draw.ellipse([width, width, size - width, size - width], outline=red, width=width)
    inner = r * 0.66
    draw.ellipse([r - inner, r - inner, r + inner, r + inner], outline=red, width=max(2, width // 2))
    font = ImageFont.truetype(SEAL_FONT, max(10, int(size * 0.075)))
    letters = list(words.upper())
    span = min(1.75 * math.pi, len(letters) * 0.16)
    ring = r * 0.83
    for i, ch in enumerate(letters):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(letters)
        tile = Image.new("RGBA", (font.size * 2, font.size * 2), (0, 0, 0, 0))
        ImageDraw.Draw(tile).text((font.size, font.size), ch, font=font, fill=red, anchor="mm")
        tile = tile.rotate(-math.degrees(angle) - 90, resample=Image.BICUBIC)
        x, y = r + ring * math.cos(angle), r + ring * math.sin(angle)
        layer.alpha_composite(tile, (int(x - font.size), int(y - font.size)))
    star = [(r + (inner * 0.55 if k % 2 == 0 else inner * 0.22) * math.cos(-math.pi / 2 + k * math.pi / 5),
             r + (inner * 0.55 if k % 2 == 0 else inner * 0.22) * math.sin(-math.pi / 2 + k * math.pi / 5)) for k in range(10)]
    draw.polygon(star, fill=red)
    # Uneven ink: some of the stamp does not print.
    alpha = np.asarray(layer, dtype=np.float32)
    alpha[..., 3] *= np.random.default_rng(rng.randrange(1 << 30)).uniform(0.55, 1.0, alpha.shape[:2])
    return Image.fromarray(alpha.astype(np.uint8), "RGBA")


def scribble(width: int, height: int, rng: random.Random, ink: tuple | None = None) -> Image.Image:
    """A handwritten-like signature: a few loops and a flourish in dark blue ink (or ``ink``)."""
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    dark = (rng.randint(10, 40), rng.randint(20, 50), rng.randint(90, 150), 235)
    ink = ink or dark
    points, x = [], width * 0.05
    loops = rng.randint(3, 6)
    for t in np.linspace(0, loops * 2 * math.pi, 240):
        x = width * 0.05 + (width * 0.8) * t / (loops * 2 * math.pi) + math.cos(t) * width * 0.04
        y = height * 0.5 + math.sin(t * rng.uniform(0.9, 1.1)) * height * 0.3 * (1 - t / (loops * 4 * math.pi))
        points.append((x, y))
    draw.line(points, fill=ink, width=max(2, height // 30), joint="curve")
    draw.line([(width * 0.1, height * 0.8), (width * 0.95, height * 0.55)], fill=ink, width=max(2, height // 35))
    return layer


def sign_page(image: Image.Image, page: pypdfium2.PdfPage, gold: dict, signer: str, scale: float, rng: random.Random,
              looks: frozenset = frozenset(), look_rng: random.Random | None = None) -> Image.Image:
    name = find_box(page, signer)
    if name is None:
        return image
    x0, top, x1, bottom = (v * scale for v in name)
    line = bottom - top
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    # The scribble crosses the room above the name.
    mark = scribble(int((x1 - x0) * rng.uniform(1.1, 1.5)), int(line * rng.uniform(3.0, 4.0)), rng)
    if "blue-ink" in looks and look_rng is not None:
        # A ballpoint's bright blue, drawn large: down over the name's top and up into the title.
        ink = (look_rng.randint(20, 60), look_rng.randint(60, 110), look_rng.randint(190, 240), 220)
        mark = scribble(int((x1 - x0) * look_rng.uniform(1.3, 1.8)), int(line * look_rng.uniform(4.5, 6.0)), look_rng, ink)
        layer.alpha_composite(mark, (max(0, int(x0 - line * 1.5)), max(0, int(top - mark.height + line * 0.6))))
    else:
        layer.alpha_composite(mark, (max(0, int(x0 - line)), max(0, int(top - mark.height - line * 0.3))))
    # The seal: about 36-42 mm across, its centre left of the name, between title and name.
    diameter = int(scale * 72 / 25.4 * rng.uniform(36, 42))
    stamp = seal(diameter, issuer_name(gold), rng).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    cx = x0 + (x1 - x0) * rng.uniform(0.3, 0.5) - diameter * 0.45
    cy = top - line * rng.uniform(1.2, 2.2)
    layer.alpha_composite(stamp, (int(cx - diameter / 2), int(cy - diameter / 2)))
    return _ink(image.convert("RGB"), layer)


def seal_date(image: Image.Image, page: pypdfium2.PdfPage, gold: dict, scale: float, rng: random.Random) -> Image.Image:
    """A seal stamped over the place and date line (a page signed and sealed near its top, or a
    copy's certifying stamp): its ring runs through the line's words."""
    box = find_box(page, date_line(gold).split(", ")[-1])
    if box is None:
        return image
    x0, top, x1, bottom = (v * scale for v in box)
    diameter = int(scale * 72 / 25.4 * rng.uniform(34, 40))
    stamp = seal(diameter, issuer_name(gold), rng).rotate(rng.uniform(-30, 30), resample=Image.BICUBIC)
    cx = x0 + (x1 - x0) * rng.uniform(0.1, 0.9)
    cy = (top + bottom) / 2 + rng.choice([-1, 1]) * diameter * rng.uniform(0.25, 0.45)
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    layer.alpha_composite(stamp, (int(cx - diameter / 2), int(cy - diameter / 2)))
    return _ink(image.convert("RGB"), layer)


def page_texts(pdf: pypdfium2.PdfDocument) -> list[str]:
    return [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]


def gold_copy(gold: dict, name: str, signer: str, texts: list[str]) -> dict:
    copy = {k: v for k, v in gold.items() if k not in LIST_KEYS and k != "_notes"}
    copy.update(doc=f"{name}.pdf", kind="image_only", references_pages=2, signer=signer)
    printed = " ".join(texts[:2])
    copy["references"] = [ref for ref in gold.get("references") or []
                          if any(s in printed for s in [ref["symbol"], *ref.get("symbol_alt", [])])]
    copy["_notes"] = [f"Typeset by bench/synth_typeset.py from {gold['doc']} ({gold.get('kind', 'kind not named')}); references kept: those printed on pages 1-2."]
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", type=Path, nargs="+", help="silver sets: docs/*.txt and gold/*.json")
    parser.add_argument("--out", type=Path, required=True, help="folder to write (real-pdfs/, real-pdfs-gold/)")
    parser.add_argument("--variant", choices=VARIANTS, default="clean")
    parser.add_argument("--looks", default="", help=f"comma-separated, or 'all': {', '.join(LOOKS)}")
    parser.add_argument("--limit", type=int, default=40, help="documents at most (whole ones first)")
    parser.add_argument("--max-pages", type=int, default=3)
    parser.add_argument("--kindless", action="store_true", help="also golds without a kind that have a title")
    parser.add_argument("--skip", default="", help="comma-separated gold names to leave out (e.g. announcements); "
                        "SET/name for one set's (the folder above tune/ or check/), where sets share names")
    parser.add_argument("--half", choices=["tune", "check", "all"], default="all",
                        help="split by document: tune (1st, 3rd, ... in sorted order) or check (the others)")
    args = parser.parse_args()
    wanted = set(LOOKS) if args.looks == "all" else {look for look in args.looks.split(",") if look}
    if wanted - set(LOOKS):
        parser.error(f"unknown looks: {', '.join(sorted(wanted - set(LOOKS)))}")
    (args.out / "real-pdfs").mkdir(parents=True, exist_ok=True)
    (args.out / "real-pdfs-gold").mkdir(parents=True, exist_ok=True)
    items = sources(args.folders, args.kindless, frozenset(filter(None, args.skip.split(","))))
    items.sort(key=lambda item: (item[1].get("signer") is None, item[0].parent.parent.name, item[0].name))
    items = items[: args.limit]
    names = sorted({g["signer"] for _, g in items if g.get("signer")})
    if args.half != "all":
        items = items[args.half == "check"::2]
    dpi = dpi_of(args.variant)
    for path, gold in items:
        tag = re.sub(r"\W", "", path.parent.parent.parent.name)[:8] + "-" + path.stem
        seed = int(hashlib.sha1(tag.encode()).hexdigest()[:8], 16)
        rng = random.Random(seed)  # the same layout for every variant
        look_rng = random.Random(seed ^ 0x10015)  # looks drawn apart, so the layout above is the same with or without them
        looks = frozenset(look for look in LOOKS if look_rng.random() < 0.5 and look in wanted)
        signer = gold.get("signer") or rng.choice(names)
        signer = unicodedata.normalize("NFC", signer)
        with tempfile.TemporaryDirectory(prefix="scanset-") as tmp:
            docx_path = Path(tmp) / f"{tag}.docx"
            typeset(gold, path.read_text(encoding="utf-8"), signer, rng, docx_path, looks, look_rng)
            pdf = pypdfium2.PdfDocument(str(to_pdf(docx_path)))
            texts = page_texts(pdf)
            last = max((i for i, t in enumerate(texts) if signer in t), default=len(pdf) - 1)
            pages = sorted({0, 1, last} & set(range(len(pdf))))[: args.max_pages]
            scan_rng = random.Random(seed ^ {"clean": 1, "color": 2, "rough": 3, "office": 4, "fax": 5}[args.variant])
            images = []
            for i in pages:
                image = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB")
                if i == 0 and "seal-date" in looks:
                    image = seal_date(image, pdf[i], gold, dpi / 72, look_rng)
                if i == last:
                    image = sign_page(image, pdf[i], gold, signer, dpi / 72, rng, looks, look_rng)
                images.append(degrade(image, args.variant, scan_rng))
            name = f"t{tag}"
            images[0].save(args.out / "real-pdfs" / f"{name}.pdf", save_all=True, append_images=images[1:], resolution=dpi)
            copy = gold_copy(gold, name, signer, texts)
            (args.out / "real-pdfs-gold" / f"{name}.json").write_text(json.dumps(copy, ensure_ascii=False, indent=1), encoding="utf-8")
            pdf.close()
        print(f"{name}.pdf: pages {[i + 1 for i in pages]} of {len(texts)}, signer {signer}"
              + (f", looks {' '.join(sorted(looks))}" if looks else ""), flush=True)


if __name__ == "__main__":
    main()
