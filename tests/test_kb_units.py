"""Small pieces of the knowledge base: folding, keys, places, dates, the network drawing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from plankb.kb.bodies import body_key, search_key
from plankb.kb.citekeys import Cite, cluster, is_central_code, issuer_level, org_code, scope_of, term_of
from plankb.kb.network import Graph, render_svg
from plankb.kb.places import Place, place_of
from plankb.kb.rows import due_of, passage_rows, passage_text
from plankb.kb.textfold import aligned_plain, fts_query, phrase, plain, snippet


def test_plain_folds_accents_tone_placement_and_d():
    assert plain("Thành uỷ “Dân vận khéo” ĐẢNG Ủy") == "thanh uy “dan van kheo” dang uy"
    assert plain("uỷ") == plain("ủy") == plain("UY")
    text = "Kế hoạch “Dân vận khéo” – Thành uỷ Hoà Bình"
    assert aligned_plain(text) == plain(text) and len(aligned_plain(text)) == len(text)


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("dân vận khéo", '"dan" "van" "kheo"'),
        ('"Dân vận" khéo', '"dan van" "kheo"'),
        ("thi* OR uỷ", '"thi"* OR "uy"'),
        ('" ( AND: ', '"and"'),
        ("", '""'),
    ],
)
def test_fts_query_is_always_valid(typed, query):
    assert fts_query(typed) == query


def test_snippet_marks_matches_in_the_original_text():
    text = "Giao Ban Dân vận Thành uỷ theo dõi. " * 3 + "Phong trào thi đua “Dân vận khéo” của Thành ủy."
    assert "“**Dân vận khéo**”" in snippet(text, "dan van kheo")  # the phrase wins over the first word
    assert "**uỷ**" in snippet(text, "ủy")
    assert phrase("Dân  vận*") == "dan van"


def test_symbol_codes_and_scopes():
    assert [org_code(s) for s in ("04-NQ/TU", "03/KH-TA", "70/2025/NĐ-CP", "31/2024/QH15")] == ["TU", "TA", "CP", "QH15"]
    assert is_central_code("25-NQ/TW") and is_central_code("70/2025/NĐ-CP") and is_central_code("31/2024/QH15")
    assert not is_central_code("04-NQ/TU") and not is_central_code("42-KH/BDVTU")
    assert scope_of("25-NQ/TW", "Cà Mau", None) == "TW"
    assert scope_of("04-NQ/TU", "Cà Mau", "Năm Căn") == "cà mau"  # provincial code: the province
    assert scope_of("12-NQ/HU", "Cà Mau", "Năm Căn") == "năm căn"  # district code: the district
    assert scope_of("04-NQ/TU", None, None) == ""
    assert term_of("Ban Chấp hành Trung ương Đảng (Khóa XI)") == "XI"
    assert issuer_level("Bộ Chính trị") == "central" and issuer_level("Ban Thường vụ Tỉnh ủy") == "local"


def test_cluster_rules():
    def groups(*cites):
        return sorted(sorted(c.id for c in k.cites) for k in cluster([Cite(i, d, t) for i, (d, t) in enumerate(cites)]))

    assert groups(("2022-07-13", None), (None, None)) == [[0, 1]]  # undated joins the dated one
    assert groups(("2013-06-03", "XI"), ("2016-06-03", "XI")) == [[0, 1]]  # same term: one document, a conflict
    assert groups(("2013-06-03", None), ("2016-06-03", None)) == [[0, 1]]  # same day and month: a mistyped year
    assert groups(("2013-06-03", None), ("2013-11-20", None)) == [[0, 1]]  # same year
    assert groups(("2007-01-31", "X"), ("2017-06-03", "XII")) == [[0], [1]]  # terms differ
    assert groups(("2015-01-10", None), ("2021-08-02", None)) == [[0], [1]]  # nothing in common
    assert groups(("2015-01-10", None), ("2021-08-02", None), ("2021-08-02", None), (None, None)) == [[0], [1, 2, 3]]


def test_places():
    assert place_of("Tòa án nhân dân tỉnh Cà Mau", "Cà Mau") == Place("Cà Mau", None)
    assert place_of("Ban chỉ đạo thành phố Từ Sơn", "Từ Sơn") == Place(None, "Từ Sơn")
    assert place_of("Huyện ủy Châu Thành", None) == Place(None, "Châu Thành")
    assert place_of("Ban Thường vụ Huyện ủy", None) == Place(None, None)
    assert place_of("UBND TP Hồ Chí Minh", None).province == "Hồ Chí Minh"


def test_body_keys():
    ca_mau = Place("Cà Mau", None)
    assert body_key("UBND tỉnh", ca_mau).key == body_key("Ủy ban nhân dân tỉnh Cà Mau", ca_mau).key
    assert body_key("Thành uỷ", ca_mau).key == body_key("THÀNH ỦY", ca_mau).key
    assert body_key("UBND tỉnh", ca_mau).key != body_key("UBND tỉnh", Place("Bắc Ninh", None)).key
    assert body_key("Bộ Chính trị", ca_mau).scope == "Trung ương"
    assert body_key("Ban Chấp hành Đảng bộ tỉnh", ca_mau).level == "local"
    assert search_key("Ban Dân vận Thành uỷ") == "ban dan van thanh uy"


def test_due_dates():
    assert due_of("2023-03-03") == ("2023-03-03", None)
    assert due_of("2023-02") == ("2023-02-28", None)
    assert due_of("2024-02") == ("2024-02-29", None)
    assert due_of("--10-10") == (None, "10-10")
    assert due_of(None) == (None, None)


def test_passages_hold_their_own_text():
    text = "HEADER\nI. A\nintro\n1. B\nbody b\n2. C\nbody c\nII. D\nbody d\nNơi nhận: x"
    at = text.index
    sections = [
        {"path": "I", "heading": "A", "level": 1, "start": at("I. A"), "end": at("II. D")},
        {"path": "I.1", "heading": "B", "level": 2, "start": at("1. B"), "end": at("2. C")},
        {"path": "I.2", "heading": "C", "level": 2, "start": at("2. C"), "end": at("II. D")},
        {"path": "II", "heading": "D", "level": 1, "start": at("II. D"), "end": at("Nơi")},
    ]
    got = [(p["path"], passage_text(p, text)) for p in passage_rows({"sections": sections, "title": "T"}, text)]
    assert got == [
        ("", "HEADER"),
        ("I", "I. A\nintro"),
        ("I.1", "1. B\nbody b"),
        ("I.2", "2. C\nbody c"),
        ("II", "II. D\nbody d"),
        ("~", "Nơi nhận: x"),
    ]


def test_network_svg_escapes_and_links():
    g = Graph()
    center = g.add("cited_documents", "25-NQ/TW|TW|2013", "25-NQ/TW <b>", 0)
    g.link(g.add("documents", "abc", 'Kế hoạch & "x"', -1), center)
    svg = render_svg(g, "/kb")
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;" in svg and "&amp;" in svg
    assert 'href="/kb/documents/abc"' in svg and "/kb/cited_documents/25-NQ~2FTW~7CTW~7C2013" in svg
    assert render_svg(Graph(), "/kb") == ""


def test_a_conflict_cited_by_thousands_stays_small():
    from plankb.kb.citekeys import Cluster
    from plankb.kb.resolve import EVIDENCE_DOCUMENTS, _conflicts, _Row

    rows = [
        _Row(i, "2013-06-03" if i % 2 else "2016-06-03", None, "", None, None, "NQ", f"doc{i}", f"KH {i}")
        for i in range(5000)
    ]
    [(kind, detail, evidence)] = _conflicts("25-NQ/TW", Cluster(), rows, None)
    assert kind == "date"
    assert "và 2,497 văn bản khác" in detail and len(detail) < 300
    assert [e["count"] for e in evidence] == [2500, 2500]
    assert all(len(e["documents"]) == EVIDENCE_DOCUMENTS for e in evidence)


def _minhash_by_definition(plain_text: str):
    """A passage's signature computed the plain way: the set of its word pairs, then each minimum."""
    import zlib

    import numpy as np

    from plankb.kb import similar

    words = similar._WORDS.findall(plain_text)
    if len(words) < similar.MIN_WORDS:
        return None
    h = [zlib.crc32(w.encode()) for w in words]
    pairs = np.array(sorted({(a * (1 << 32) + b) % ((1 << 31) - 1) for a, b in zip(h, h[1:])}), dtype=np.uint64)
    return ((similar._A[:, None] * pairs[None, :] + similar._B[:, None]) % similar._PRIME).min(axis=1).astype(np.uint32)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from("ban dan van tinh uy ke hoach thuc hien nam 2023 cac".split()), max_size=40), max_size=8))
def test_signatures_of_many_passages_are_each_passages_own(passages):
    # signatures() hashes the pairs of all passages in one array: no pair may cross two passages.
    from plankb.kb.similar import signatures

    texts = [" ".join(words) for words in passages]
    for text, sig in zip(texts, signatures(texts, batch_words=50), strict=True):
        expected = _minhash_by_definition(text)
        assert (sig is None) == (expected is None)
        if sig is not None:
            assert sig.tolist() == expected.tolist()
