"""Provinces as written and as they are now (2025 reorganisation), checked against the
maintained packages."""

from __future__ import annotations

import importlib.util
import json
import sqlite3
import unicodedata
from pathlib import Path

import pytest

from plankb.extractors.patterns.places import PROVINCES, SUCCESSOR_EXAMPLES, SUCCESSOR_OF, SUCCESSORS
from plankb.kb.places import Place, place_of
from plankb.kb.provinces import current_provinces, province_now
from plankb.kb.sqlfuncs import register_functions


def test_the_table_has_63_provinces_before_and_34_after():
    assert len(SUCCESSOR_OF) == 63
    assert len(SUCCESSORS) == 34
    assert all(new in SUCCESSOR_OF.values() for new in SUCCESSORS)  # each current province has members
    assert set(PROVINCES) == set(SUCCESSOR_OF) | {"Huế"}


def test_successors_are_the_current_provinces_of_vietnam_provinces():
    current = current_provinces()
    assert set(current) == set(SUCCESSORS)
    assert current["Hà Nội"].official == "Thành phố Hà Nội" and current["Hà Nội"].code == 1
    assert current["Quảng Trị"].kind == "tỉnh"
    assert sum(len(p.wards) for p in current.values()) > 3000  # 3,321 communes and wards in 2025


@pytest.mark.parametrize(("written", "now"), SUCCESSOR_EXAMPLES)
def test_a_province_as_written_and_where_it_is_now(written, now):
    assert province_now(written) == now


def test_unknown_is_null():
    assert province_now(None) is None
    assert province_now("Từ Sơn") is None  # a town, not a province
    assert province_now("Quảng Bình ") is None  # names are matched as the extractor gives them


def test_a_document_keeps_its_province_and_gains_the_current_one():
    place = place_of("Ủy ban nhân dân tỉnh Quảng Bình", "Quảng Bình")
    assert place == Place("Quảng Bình", None)  # as written on its date
    assert place.province_now == "Quảng Trị"
    assert place_of("UBND tỉnh Bà Rịa - Vũng Tàu", None).province_now == "Hồ Chí Minh"
    assert place_of("Tỉnh ủy Thừa Thiên Huế", "Huế").province == "Thừa Thiên Huế"
    assert place_of("Tỉnh ủy Thừa Thiên Huế", "Huế").province_now == "Huế"
    assert place_of("Ban chỉ đạo thành phố Từ Sơn", "Từ Sơn").province_now is None


def test_a_renamed_province_keeps_one_scope():
    """Thừa Thiên Huế became the city of Huế (2025): both names file under one province, so local
    numbers cited across the rename still resolve; where it is now is Huế."""
    assert place_of("Thành ủy Huế", "Huế") == place_of("Tỉnh ủy Thừa Thiên Huế", "Thừa Thiên Huế")
    assert place_of("Thành ủy Huế", "Huế").province_now == "Huế"


def test_communes_are_localities_since_districts_went():
    assert place_of("Đảng ủy xã Tân Phú", None) == Place(None, "Tân Phú")
    assert place_of("Ủy ban nhân dân phường Ba Đình", None) == Place(None, "Ba Đình")
    assert place_of("Đảng ủy đặc khu Côn Đảo", None) == Place(None, "Côn Đảo")
    assert place_of("Đảng ủy phường Hải Châu, thành phố Đà Nẵng", "Đà Nẵng").province == "Đà Nẵng"
    assert place_of("Ban Chấp hành Đảng bộ xã", None) == Place(None, None)  # no name: no place


def test_the_sql_function_answers_as_python():
    conn = sqlite3.connect(":memory:")
    register_functions(conn)
    assert conn.execute("SELECT plankb_province_now('Quảng Nam'), plankb_province_now(NULL)").fetchone() == ("Đà Nẵng", None)


def _key(name: str) -> str:
    """vietnamadminunits' key of a province: "Bà Rịa - Vũng Tàu" -> "bariavungtau"."""
    plain = unicodedata.normalize("NFD", name.lower().replace("đ", "d"))
    return "".join(ch for ch in plain if ch.isascii() and ch.isalpha())


def test_the_table_agrees_with_vietnamadminunits():
    """The other maintained source of the mapping (read from its data file: importing the package
    loads geopy and shapely)."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("vietnamadminunits is not installed")
    data = Path(spec.submodule_search_locations[0]) / "data" / "converter_2025.json"
    theirs = {
        new.removeprefix("tinh").removeprefix("thanhpho"): sorted(o.removeprefix("tinh").removeprefix("thanhpho") for o in olds)
        for new, olds in json.loads(data.read_text(encoding="utf-8"))["DICT_PROVINCE"].items()
    }
    ours = {_key(new): sorted(_key(old) for old in olds) for new, olds in SUCCESSORS.items()}
    ours["hue"] = ["hue"]  # they write Thừa Thiên Huế by its 2025 name, the city of Huế
    assert ours == theirs


def test_every_local_document_of_a_base_has_its_province_now(tmp_path):
    """The base keeps the province as written; plankb_province_now gives where it is now, for
    every document with a province (the seeds: real plans of several provinces)."""
    from plankb.kb.ingest import ingest_records
    from plankb.kb.work import extract_path

    seeds = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))
    items = []
    for path in seeds:
        path, record, text, error = extract_path(str(path))
        assert error is None, error
        items.append((record, text, path))
    db = tmp_path / "kb.db"
    ingest_records(db, items)
    conn = sqlite3.connect(db)
    register_functions(conn)
    rows = conn.execute("SELECT province, plankb_province_now(province) FROM documents WHERE province IS NOT NULL").fetchall()
    assert rows
    assert all(now in SUCCESSORS and now == SUCCESSOR_OF[written] for written, now in rows), rows
