"""The tree page's styles are one partial (kb/templates/_plankb_tree_style.html) that the Vietnamese
and the English page both include: the English pages' loader (kb/templates/en/ on the search path)
finds it under the prefix "plankb:"."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import pytest

from plankb.kb.app import make_datasette
from plankb.kb.ingest import ingest_records
from tests.conftest import plan_citing

PARTIAL = Path(__file__).resolve().parent.parent / "kb" / "templates" / "_plankb_tree_style.html"


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("treestyle") / "kb.db"
    plan = plan_citing("p1", "10-KH/TU", "2013-08-01", [("25-NQ/TW", "2013-06-03")], "Ban Thường vụ Tỉnh ủy Cà Mau",
                       "province", "Kế hoạch thực hiện 25-NQ/TW")  # fmt: skip
    assert ingest_records(db, [(plan, None, plan["source"]["path"])]).added == 1
    return db


def _style(ds) -> str:
    page = asyncio.run(ds.client.get("/kb/-/tree?symbol=25-NQ%2FTW"))
    assert page.status_code == 200
    head = page.text.split("</head>")[0]
    return "".join(re.findall(r"(?s)<style>.*?</style>", head))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_both_pages_carry_the_one_partial(kb, lang):
    partial = re.search(r"(?s)<style>.*?</style>", PARTIAL.read_text()).group(0)
    assert "ul.plankb-tree" in partial
    assert partial in _style(make_datasette(kb, lang))


def test_no_page_template_repeats_the_style():
    templates = PARTIAL.parent
    for page in (templates / "plankb_tree.html", templates / "en" / "plankb_tree.html"):
        text = page.read_text()
        assert "<style>" not in text and '{% include "plankb:_plankb_tree_style.html" %}' in text
