"""The citation picture on a document's page: a legend, dates, labels that fit their boxes, a
title (never a file) for a document without a number, and the rest of a long list one click away."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from html import unescape
from pathlib import Path

import pytest
import sqlite_utils

from plankb.kb import network
from plankb.kb.app import make_datasette
from plankb.kb.network import network_of_cited, network_of_document, render_svg
from plankb.kb.schema import ensure_schema

N_CITERS = network.MAX_PER_COLUMN + 23  # more citers than a column shows
CITED = "25-NQ/TW|TW|2013"
LONG_TITLE = "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 25-NQ/TW VỀ TĂNG CƯỜNG VÀ ĐỔI MỚI SỰ LÃNH ĐẠO CỦA ĐẢNG ĐỐI VỚI CÔNG TÁC DÂN VẬN TRONG TÌNH HÌNH MỚI"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    """A base where many documents cite 25-NQ/TW, one of them without number or title (its label
    is its file's path), and one document citing many."""
    path = tmp_path_factory.mktemp("network") / "kb.db"
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    docs = [{"id": f"d{i:02}", "symbol": f"{i}-KH/HU", "title": LONG_TITLE if i % 2 else "Kế hoạch dân vận khéo",
             "date": f"2020-01-{i % 28 + 1:02}", "label": f"{i}-KH/HU", "source_path": f"/data/in/{i}.pdf"}
            for i in range(N_CITERS)]
    docs[0].update(symbol=None, title=None, label="/data/in/scan_0007.pdf", issuer=None)
    db["documents"].insert_all(docs)
    cited = [{"key": CITED, "label": "25-NQ/TW", "symbol": "25-NQ/TW", "date": "2013-06-03", "documents_id": None}]
    cited += [{"key": f"{i}-CT/TW|TW|2015", "label": f"{i}-CT/TW", "symbol": f"{i}-CT/TW", "date": None, "documents_id": None}
              for i in range(N_CITERS)]
    db["cited_documents"].insert_all(cited)
    citations = [{"document_id": d["id"], "cited_id": CITED, "symbol": "25-NQ/TW", "relation": "basis",
                  "first_mention": 1, "citing_date": d["date"]} for d in docs]
    citations += [{"document_id": "d01", "cited_id": c["key"], "symbol": c["symbol"], "relation": "cites"} for c in cited[1:]]
    db["citations"].insert_all(citations)
    return path


def _svg_of_cited(kb: Path, lang: str = "vi") -> str:
    with sqlite3.connect(kb) as conn:
        return render_svg(network_of_cited(conn, CITED), "/kb", lang)


def _boxes(svg: str) -> list[tuple[float, list[str]]]:
    """(box width, label lines) of every box."""
    out = []
    for box in re.findall(r"<a href=\"[^\"]*\"><rect (.*?)</a>", svg):
        width = float(re.search(r'width="([\d.]+)"', box).group(1))
        lines = [unescape(t) for t in re.findall(r"<tspan[^>]*>(.*?)</tspan>", box)]
        out.append((width, lines))
    return out


def test_the_picture_has_a_legend_in_the_pages_language(kb):
    vi, en = _svg_of_cited(kb, "vi"), _svg_of_cited(kb, "en")
    for svg, words in ((vi, network.WORDS["vi"]), (en, network.WORDS["en"])):
        legend = re.search(r'<g class="plankb-legend">(.*?)</g>', svg).group(1)
        for key in ("center", "ingested", "cited", "arrow"):
            assert f">{words[key]}<" in unescape(legend)
        assert "marker-end" in legend  # the arrow itself is shown
    assert "văn bản có trong kho" in vi and "document in the base" in en


def test_each_box_has_its_date(kb):
    svg = _svg_of_cited(kb)
    dates = [unescape(d) for d in re.findall(r'<text class="plankb-date"[^>]*>(.*?)</text>', svg)]
    assert len(dates) == len(_boxes(svg)) == network.MAX_PER_COLUMN + 1
    assert "3/6/2013" in dates  # 25-NQ/TW's date, as a Vietnamese reader writes it
    assert all(re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", d) for d in dates)
    assert "2013-06-03" in _svg_of_cited(kb, "en")


def test_no_label_is_wider_than_its_box(kb):
    with sqlite3.connect(kb) as conn:
        svgs = [_svg_of_cited(kb), render_svg(network_of_document(conn, "d01"), "/kb")]
    checked = 0
    for svg in svgs:
        for width, lines in _boxes(svg):
            assert 1 <= len(lines) <= network.LINES
            for line in lines:
                assert network.text_width(line) <= width - 2 * 8
                checked += 1
    assert checked > 20
    # the long title was shortened, and is whole in the box's tooltip
    assert any(line.endswith("…") for _, lines in _boxes(svgs[0]) for line in lines)
    assert LONG_TITLE in unescape(svgs[0])


def test_the_width_estimate_is_never_narrower_than_the_font():
    # Widths measured with DejaVu Sans, the sans-serif Debian's Chromium draws with.
    font_file = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    ImageFont = pytest.importorskip("PIL.ImageFont")
    if not font_file.exists():
        pytest.skip("DejaVu Sans is not installed")
    font = ImageFont.truetype(str(font_file), network.FONT)
    for text in (LONG_TITLE, LONG_TITLE.lower(), "Thực hiện Chỉ thị số 11-CT/TU, ngày 08/8/2022 của Ban Thường vụ Tỉnh ủy",
                 "WWWMMM mmmwww 0123456789 ĐĐĐ ỆỆỆ", "377-KH/TWĐTN-TNTH — “Tổ chức Hội thi”"):
        for line in network.wrap(text):
            assert font.getlength(line) <= network.TEXT_WIDTH, line


def test_a_document_without_number_shows_no_file_path(kb):
    svg = _svg_of_cited(kb)
    assert "/data/" not in svg and ".pdf" not in svg
    assert network.WORDS["vi"]["unnamed"] in unescape(svg)
    assert "Kế hoạch dân vận khéo" in unescape(svg)


def test_the_rest_of_a_long_list_is_one_click_away(kb):
    svg = _svg_of_cited(kb)
    hidden = N_CITERS - network.MAX_PER_COLUMN
    more = re.search(r'<a class="plankb-more" href="([^"]*)"><text class="plankb-more"[^>]*>(.*?)</text></a>', svg)
    assert more and more.group(2) == f"+ {hidden} văn bản khác"
    assert unescape(more.group(1)) == "/kb/cites?symbol=25-NQ%2FTW"
    with sqlite3.connect(kb) as conn:
        cites_many = render_svg(network_of_document(conn, "d01"), "/kb", "en")
    link = re.search(r'<a class="plankb-more" href="([^"]*)"><text class="plankb-more"[^>]*>\+ (\d+) more</text></a>', cites_many)
    assert link and unescape(link.group(1)) == "/kb/cited_by?symbol=1-KH%2FHU" and int(link.group(2)) > 0


def test_the_page_shows_the_picture_and_its_link_leads_to_the_list(kb):
    ds = make_datasette(kb)
    page = asyncio.run(ds.client.get("/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013")).text
    assert 'class="plankb-legend"' in page and "văn bản khác" in page
    listed = asyncio.run(ds.client.get("/kb/cites.json?_shape=array&symbol=25-NQ%2FTW")).json()
    assert len(listed) == N_CITERS
    en = make_datasette(kb, "en")
    assert "document known only from citations" in asyncio.run(en.client.get("/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013")).text
