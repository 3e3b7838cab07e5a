"""The page "what a document set in motion": the tree of documents implementing a symbol, level by
level, as a picture drawn on the server (kb/tree_page.py) and as a page with its JSON at a stable
URL (/DB/-/tree, /DB/-/tree.json), linked from the `tree` question, a document's page and the
citation picture."""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from html import unescape
from pathlib import Path

import pytest

from plankb.kb import tree_page
from plankb.kb.app import make_datasette
from plankb.kb.ingest import ingest_records
from plankb.kb.network import FONT, text_width
from plankb.kb.sqlfuncs import register_functions
from plankb.kb.tree import implementation_tree
from tests.conftest import plan_citing

LONG_ISSUER = "Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh Cà Mau nhiệm kỳ 2020 - 2025"


def _plan(doc_id, symbol, date, issuer, level, refs, title=None):
    return plan_citing(doc_id, symbol, date, refs, issuer, level, title or f"Kế hoạch thực hiện {refs[0][0]}")


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    """25-NQ/TW → two provincial plans → a district plan (citing the resolution too) → a commune
    plan; a commune plan without number or date under the first provincial plan."""
    db = tmp_path_factory.mktemp("treepage") / "kb.db"
    nq = ("25-NQ/TW", "2013-06-03")
    long_title = "Kế hoạch thực hiện Nghị quyết số 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận"
    plans = [
        _plan("c1", "03-KH/ĐU", "2013-10-01", "Đảng ủy xã Hàm Rồng huyện Năm Căn", "commune", [("05-KH/HU", "2013-09-10")]),
        _plan("p1", "10-KH/TU", "2013-08-01", LONG_ISSUER, "province", [nq], long_title),
        _plan("u1", None, None, "Đảng ủy xã Tam Giang", "commune", [("10-KH/TU", "2013-08-01")]),
        _plan("d1", "05-KH/HU", "2013-09-10", "Ban Thường vụ Huyện ủy Năm Căn", "district", [nq, ("10-KH/TU", "2013-08-01")]),
        _plan("p2", "12-KH/TU", "2013-07-01", "Ban Thường vụ Tỉnh ủy Cà Mau", "province", [nq]),
    ]
    assert ingest_records(db, [(p, None, p["source"]["path"]) for p in plans]).added == 5
    return db


def _found(kb: Path, symbol: str = "25-NQ/TW") -> dict:
    conn = sqlite3.connect(kb)
    register_functions(conn)
    try:
        return implementation_tree(conn, symbol)
    finally:
        conn.close()


def _boxes(svg: str) -> list[dict]:
    """Every box of the picture: its link, position, colour and lines of text."""
    out = []
    for href, box in re.findall(r'<a href="([^"]*)"><rect (.*?)</a>', svg):
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', box.split("/>")[0]))
        out.append({
            "href": unescape(href), "x": float(attrs["x"]), "y": float(attrs["y"]), "fill": attrs["fill"],
            "lines": [unescape(t) for t in re.findall(r"<tspan[^>]*>(.*?)</tspan>", box)],
            "issuer": [unescape(t) for t in re.findall(r'<text class="plankb-issuer"[^>]*>(.*?)</text>', box)],
            "date": unescape(re.search(r'<text class="plankb-date"[^>]*>(.*?)</text>', box).group(1)),
        })  # fmt: skip
    return out


def test_the_picture_draws_each_document_level_by_level(kb):
    svg = tree_page.render_tree_svg(_found(kb), "/kb")
    boxes = {b["href"].rsplit("/", 1)[1]: b for b in _boxes(svg)}
    assert set(boxes) == {"25-NQ~2FTW~7CTW~7C2013", "p1", "p2", "d1", "c1", "u1"}  # the cited resolution and its tree
    root = boxes.pop("25-NQ~2FTW~7CTW~7C2013")
    assert root["href"] == "/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013" and root["date"] == "3/6/2013"
    assert all(b["href"] == f"/kb/documents/{doc}" for doc, b in boxes.items())
    # one column per tier, left to right: resolution, provinces, district, commune
    assert root["x"] < boxes["p1"]["x"] == boxes["p2"]["x"] < boxes["d1"]["x"] == boxes["u1"]["x"] < boxes["c1"]["x"]
    # a first child on its parent's row, the others below; brothers by date (p2 before p1)
    assert root["y"] == boxes["p2"]["y"] < boxes["p1"]["y"] == boxes["d1"]["y"] == boxes["c1"]["y"] < boxes["u1"]["y"]
    # coloured by the issuer's level, with the key to the colours in the picture
    fills = {doc: b["fill"] for doc, b in boxes.items()}
    assert fills["p1"] == fills["p2"] == tree_page.FILL["province"] and fills["d1"] == tree_page.FILL["district"]
    assert fills["c1"] == fills["u1"] == tree_page.FILL["commune"] != fills["d1"]
    legend = unescape(re.search(r'<g class="plankb-legend">(.*?)</g>', svg).group(1))
    for words in ("cấp Trung ương", "cấp tỉnh", "cấp huyện", "cấp xã", "văn bản được dẫn"):
        assert f">{words}<" in legend
    heads = [unescape(h) for h in re.findall(r'<text class="plankb-column"[^>]*>(.*?)</text>', svg)]
    assert heads == ["Văn bản được dẫn", "Tầng 1: dẫn trực tiếp", "Tầng 2", "Tầng 3"]
    assert svg.count("<path d=") == 5 + 1  # a line from each document to the one it implements (+ the legend's)
    # dates and issuers as a reader writes them; no date said so
    assert boxes["d1"]["date"] == "10/9/2013" and boxes["d1"]["issuer"] == ["Ban Thường vụ Huyện ủy Năm Căn"]
    assert boxes["u1"]["date"] == "không rõ ngày" and boxes["u1"]["lines"][0].startswith("Kế hoạch thực hiện 10-KH/TU")


def test_no_text_is_wider_than_its_box(kb):
    svg = tree_page.render_tree_svg(_found(kb), "/kb")
    room = tree_page._W - 2 * tree_page._PAD
    boxes = _boxes(svg)
    for box in boxes:
        for line in [*box["lines"], *box["issuer"], box["date"]]:
            assert text_width(line, FONT) <= room, line
    p1 = next(b for b in boxes if b["href"].endswith("/p1"))
    assert p1["issuer"][0].endswith("…") and len(p1["lines"]) == 2 and p1["lines"][1].endswith("…")
    assert LONG_ISSUER in unescape(svg)  # whole in the box's tooltip


def test_a_long_tree_shows_the_rest_in_the_list(kb, monkeypatch):
    monkeypatch.setattr(tree_page, "MAX_BOXES", 3)
    svg = tree_page.render_tree_svg(_found(kb), "/kb")
    assert len(_boxes(svg)) == 1 + 3
    more = re.search(r'<a class="plankb-more" href="([^"]*)"><text[^>]*>(.*?)</text></a>', svg)
    assert more and more.group(1) == "#plankb-tree-list" and unescape(more.group(2)).startswith("+ 2 văn bản khác")
    assert tree_page.render_tree_svg(_found(kb, "99-NQ/TW"), "/kb") == ""


def _get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def _visible(html: str) -> str:
    html = re.sub(r"(?s)<(script|style|svg)\b.*?</\1>", " ", html)
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def test_the_page_answers_in_vietnamese_with_a_picture_and_links(kb):
    ds = make_datasette(kb)
    page = _get(ds, "/kb/-/tree?symbol=25-NQ%2FTW")
    assert page.status_code == 200
    html = page.text
    assert re.search(r"<title>25-NQ/TW đã được triển khai thế nào\?</title>", html)
    text = _visible(html)
    assert "5 văn bản trong kho dẫn hoặc thực hiện 25-NQ/TW" in text and "qua 3 tầng" in text
    assert "2 văn bản cấp tỉnh, 1 văn bản cấp huyện, 2 văn bản cấp xã" in text
    assert "select " not in text.lower() and "Run SQL" not in html
    assert 'class="plankb-tree-graph"' in html and "<script" not in html.split("<footer")[0].split("</head>")[1]
    # each document one click away, in the picture and in the list
    for doc in ("p1", "p2", "d1", "c1", "u1"):
        assert html.count(f'href="/kb/documents/{doc}"') == 2
    listed = re.search(r'<ul class="plankb-tree">(.*)</ul>', html, re.S).group(1)
    assert listed.index("/documents/p1") < listed.index("/documents/d1") < listed.index("/documents/c1")
    assert "10/9/2013 · Ban Thường vụ Huyện ủy Năm Căn (cấp huyện) · thực hiện" in _visible(listed)
    # tiers by level: tier 1 two provincial plans, tier 2 a district and a commune plan, tier 3 a commune plan
    tiers = [[_visible(c).strip() for c in re.findall(r"<td>(.*?)</td>", row)]
             for row in re.findall(r"<tr>(<td>.*?)</tr>", html, re.S)]  # fmt: skip
    assert tiers == [["1: dẫn trực tiếp", "", "2", "", "", "", "2"], ["2", "", "", "1", "1", "", "2"], ["3", "", "", "", "1", "", "1"]]
    # the same tree as JSON at a stable URL, and as the question's table
    assert 'href="/kb/-/tree.json?symbol=25-NQ%2FTW"' in html and 'href="/kb/tree?symbol=25-NQ%2FTW"' in html


def test_the_json_is_the_tree_of_kb_tree(kb):
    ds = make_datasette(kb)
    got = _get(ds, "/kb/-/tree.json?symbol=25-NQ%2FTW")
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    assert json.loads(got.text) == json.loads(json.dumps(_found(kb)))
    assert _get(ds, "/kb/-/tree.json").status_code == 400
    assert json.loads(_get(ds, "/kb/-/tree.json?symbol=99-NQ%2FTW").text)["children"] == []


def test_an_empty_or_unknown_symbol_gets_an_example(kb):
    ds = make_datasette(kb)
    empty = _visible(_get(ds, "/kb/-/tree").text)
    assert "Hãy nhập số, ký hiệu" in empty and "Ví dụ: số, ký hiệu = 25-NQ/TW" in empty
    unknown = _get(ds, "/kb/-/tree?symbol=99-NQ%2FTW").text
    assert "Không có văn bản nào trong kho dẫn 99-NQ/TW" in _visible(unknown) and "<svg" not in unknown.split("<footer")[0]


def test_the_page_in_english(kb):
    ds = make_datasette(kb, "en")
    html = _get(ds, "/kb/-/tree?symbol=25-NQ%2FTW").text
    text = _visible(html)
    assert "What 25-NQ/TW set in motion" in text and "5 documents in the base cite or implement 25-NQ/TW" in text
    assert "cấp" not in text and "Tier 1: citing it directly" in unescape(html)


def test_links_to_the_tree_from_where_a_user_is(kb):
    ds = make_datasette(kb)
    link = 'href="/kb/-/tree?symbol=25-NQ%2FTW"'
    # the `tree` question's page
    assert link in _get(ds, "/kb/tree?symbol=25-NQ%2FTW").text
    # the cited resolution's page, in words and in its citation picture
    cited = _get(ds, "/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013").text
    assert cited.count(link) == 2 and 'class="plankb-tree-link"' in cited.split("<svg")[1]
    # a document others implement; not one nothing cites
    assert 'href="/kb/-/tree?symbol=10-KH%2FTU"' in _get(ds, "/kb/documents/p1").text
    assert "/-/tree" not in _get(ds, "/kb/documents/p2").text
    assert 'href="/kb/-/tree?symbol=10-KH%2FTU"' in _get(make_datasette(kb, "en"), "/kb/documents/p1").text
