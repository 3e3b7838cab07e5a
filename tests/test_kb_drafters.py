"""Drafters: a section read whole (subsections included) across plans, found by its kind; search
ranked (phrase, then words near each other) and paged."""

from __future__ import annotations

import asyncio
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import seed_datasette

from plankb.kb.ingest import ingest_records
from plankb.kb.rows import passage_rows, passage_text
from plankb.kb.sections import EXAMPLES, KINDS, section_kind
from plankb.kb.textfold import near_query, plain
from plankb.kb.work import extract_path

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))


@pytest.mark.parametrize(("heading", "kind"), EXAMPLES)
def test_section_kind_examples(heading, kind):
    assert section_kind(heading) == kind
    assert kind is None or kind in KINDS


def test_a_section_ends_after_its_subsections():
    text = "I. TỔ CHỨC THỰC HIỆN\n1. Ban Dân vận chủ trì.\n2. Các chi bộ thực hiện.\nII. KINH PHÍ\nTự túc."
    record = {
        "title": None,
        "sections": [
            {"path": "I", "heading": "TỔ CHỨC THỰC HIỆN", "level": 1, "start": 0, "end": 69},
            {"path": "I.1", "heading": "Ban Dân vận chủ trì.", "level": 2, "start": 21, "end": 45},
            {"path": "I.2", "heading": "Các chi bộ thực hiện.", "level": 2, "start": 45, "end": 69},
            {"path": "II", "heading": "KINH PHÍ", "level": 1, "start": 69, "end": len(text)},
        ],
    }
    rows = {r["path"]: r for r in passage_rows(record, text)}
    top = rows["I"]
    assert passage_text(top, text) == "I. TỔ CHỨC THỰC HIỆN"  # the passage: its own text (search is not doubled) ...
    assert text[top["start"] : top["section_end"]].rstrip().endswith("Các chi bộ thực hiện.")  # ... the section: all of it
    assert (top["kind"], rows["II"]["kind"], rows["I.1"]["kind"]) == ("organisation", "funding", None)


def test_near_query():
    assert near_query("dân vận khéo") == 'NEAR("dan" "van" "kheo", 10)'
    assert near_query("dân") == '""' and near_query('"dân vận" khéo') == '""' and near_query("a OR b") == '""'


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return seed_datasette(tmp_path_factory, "drafters")


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def answers(ds, query, **params):
    qs = "&".join(f"{k}={quote(str(v))}" for k, v in params.items())
    response = get(ds, f"/kb/{query}.json?_shape=array&{qs}")
    assert response.status_code == 200, response.text
    return response.json()


def test_how_others_wrote_to_chuc_thuc_hien(ds):
    found = answers(ds, "how_written")  # empty form: "Tổ chức thực hiện"
    assert len(found) == 5  # each seed plan has one
    for row in found:
        assert row["heading"].lower() == "tổ chức thực hiện"
        # the whole section, not the heading alone: the tasks of its subsections are in it
        assert len(row["section_text"]) > 200 and "\n" in row["section_text"]
    dated = [r["date"] for r in found if r["date"]]
    assert dated == sorted(dated, reverse=True) and [r["date"] for r in found][: len(dated)] == dated  # undated last
    purpose = answers(ds, "how_written", kind="purpose")
    assert len(purpose) == 5  # "I. Mục đích, yêu cầu" once, not again for its "1. Mục đích"
    # filters: a year, a type, words anywhere in the section (a subsection's words count)
    year = dated[0][:4]
    assert {r["date"][:4] for r in answers(ds, "how_written", year=year)} == {year}
    assert not answers(ds, "how_written", level="commune")
    assert answers(ds, "how_written", doc_type="KH") and not answers(ds, "how_written", doc_type="ZZ")
    # words of the section's last line, a subsection's, not of its heading's passage
    last = [w for w in found[0]["section_text"].split() if w.isalpha()][-3:]
    with_words = answers(ds, "how_written", q=" ".join(last))
    assert found[0]["document"] in {r["document"] for r in with_words}
    for row in with_words:
        assert all(plain(w) in plain(row["section_text"]) for w in last)


def test_how_written_page(ds):
    page = get(ds, "/kb/how_written").text
    assert "Các văn bản khác viết một mục thế nào?" in page and "select " not in page.lower().split("</form>")[1]
    assert '<option value="organisation" selected>Tổ chức thực hiện</option>' in page
    assert 'class="plankb-section"' in page and "<details>" in page  # the rest of a long section one click away
    assert 'href="/kb/documents/' in page


def test_search_ranks_phrase_then_near_then_apart_and_pages(ds):
    found = answers(ds, "search", q="dân vận")
    def rank(row):
        text = get(ds, f"/kb/passage_texts.json?_shape=array&id={row['passage']}").json()[0]["text"]
        return 0 if "dan van" in plain(text) else 1

    ranks = [rank(r) for r in found]
    assert ranks == sorted(ranks) and ranks[0] == 0
    assert plain("Dân vận") == "dan van"
    # paging: the second page continues the first, without repeats
    first = answers(ds, "search", q="thực hiện")
    second = answers(ds, "search", q="thực hiện", page=2)
    assert len(first) == 50 and second and not {r["passage"] for r in first} & {r["passage"] for r in second}
    html = get(ds, "/kb/search?q=th%E1%BB%B1c+hi%E1%BB%87n").text
    assert 'class="plankb-next" href="/kb/search?q=th%E1%BB%B1c+hi%E1%BB%87n&amp;page=2"' in html
    assert "plankb-prev" in get(ds, "/kb/search?q=th%E1%BB%B1c+hi%E1%BB%87n&page=2").text


# What how_written must answer, by sorting every matching section: its index walks stop early.
_ALL_SECTIONS = """
with worded as (
  select distinct p.id from passages_fts f join passages s on s.id = f.rowid
  join passages p on p.kind = :kind and p.document_id = s.document_id and p.start <= s.start and s.start < p.section_end
  where :q != '' and passages_fts match plankb_fts(:q)
)
select p.document_id, d.date from documents d join passages p on p.document_id = d.id and p.kind = :kind
where (:q = '' or p.id in (select id from worded))
  and (:doc_type = '' or d.doc_type = :doc_type) and (:year = '' or d.year = cast(:year as integer))
  and not exists (select 1 from passages o where o.kind = p.kind and o.document_id = p.document_id
    and o.start < p.start and o.section_end >= p.section_end)
order by d.date is null, d.date desc
"""


def test_how_written_pages_are_all_matching_sections_newest_first(tmp_path):
    # 150 documents (some undated, two types): every page of each form, put together, must be
    # what sorting all the matching sections gives.
    import random
    import sqlite3

    from plankb.kb.queries import QUERIES
    from plankb.kb.sqlfuncs import register_functions

    rng = random.Random(3)
    base = [extract_path(str(seed))[1:3] for seed in SEEDS]
    items = []
    for i in range(150):
        record, text = base[i % len(base)]
        rec = {**record, "id": f"doc{i:04d}", "source": {"path": f"x/{i}.txt", "format": "txt", "sha256": f"{i}"}}
        rec["date"] = None if i % 13 == 0 else f"20{rng.randint(16, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        rec["doc_type"] = ("KH", "CT")[i % 2]
        items.append((rec, text, None))
    db = tmp_path / "kb.db"
    ingest_records(db, items)
    conn = sqlite3.connect(db)
    register_functions(conn)
    query = QUERIES["how_written"]
    forms = [{}, {"kind": "purpose", "doc_type": "KH", "year": "2023"}, {"year": "2019"}, {"q": "dân vận"},
             {"q": "dân vận", "doc_type": "CT"}, {"kind": "content", "q": "tuyên truyền", "year": "2021"}]  # fmt: skip
    counts = []
    for form in forms:
        values = {p: form.get(p, "") for p in query.params}
        pages = []
        for page in range(1, 10):
            rows = conn.execute(query.sql, {**values, "page": str(page)}).fetchall()
            pages += [(r[0], r[2]) for r in rows]
            if len(rows) < 50:
                break
        expected = conn.execute(_ALL_SECTIONS, {**values, "kind": form.get("kind") or "organisation"}).fetchall()
        assert [date for _doc, date in pages] == [date for _doc, date in expected], form
        assert sorted(pages, key=str) == sorted(expected, key=str), form
        counts.append(len(expected))
    assert counts[0] > 100 and all(counts[1:])  # pages past the first, and an answer to every form
