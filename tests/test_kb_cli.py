"""The questions at the terminal (kb/cli.py) on a base built from the seeds: table, CSV and JSON
output, --limit, empty answers; the same answers as the canned queries the web serves."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from plankb.kb import cli
from plankb.kb.ingest import ingest_records
from plankb.kb.queries import QUERIES, run
from plankb.kb.sqlfuncs import register_functions
from tests.conftest import plan_citing, seed_items


@pytest.fixture(scope="module")
def kb_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("kbcli") / "kb.db"
    assert ingest_records(db, seed_items()).added == 5
    return db


def ask(db: Path, command, *args: str, ok: bool = True):
    result = CliRunner().invoke(command, [*args, "--db", str(db)])
    if ok:
        assert result.exit_code == 0, result.output
    return result


def answer(db: Path, query: str, **params) -> list[dict]:
    conn = sqlite3.connect(db)
    register_functions(conn)
    columns, rows = run(conn, query, **params)
    return [dict(zip(columns, r, strict=True)) for r in rows]


def as_csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


# (command, arguments, canned query, its parameters): one question each
QUESTIONS = [
    (cli.cites, ["25-NQ/TW"], "cites", {"symbol": "25-NQ/TW"}),
    (cli.cited_by, ["47-KH/BCĐ"], "cited_by", {"symbol": "47-KH/BCĐ"}),
    (
        cli.deadlines,
        ["--from", "2023-01-01", "--to", "2023-12-31"],
        "due",
        {"from": "2023-01-01", "to": "2023-12-31", "body": ""},
    ),
    (cli.tasks, ["ban dan van"], "body_tasks", {"body": "ban dan van"}),
    (cli.conflicts, [], "disagreements", {"symbol": ""}),
    (cli.search, ["dan van kheo"], "search", {"q": "dan van kheo"}),
]


@pytest.mark.parametrize("command, args, query, params", QUESTIONS, ids=[q[2] for q in QUESTIONS])
def test_json_and_csv_are_the_canned_query_with_ascii_keys(kb_db, command, args, query, params):
    expected = answer(kb_db, query, **params)
    assert expected, query  # every question has an answer on the seeds
    got = json.loads(ask(kb_db, command, *args, "--format", "json", "--limit", "1000").stdout)
    assert got == expected
    rows = as_csv(ask(kb_db, command, *args, "--format", "csv", "--limit", "1000").stdout)
    assert len(rows) == len(expected) and list(rows[0]) == list(expected[0])
    assert rows[0] == {k: "" if v is None else str(v) for k, v in expected[0].items()}


@pytest.mark.parametrize("command, args, query, params", QUESTIONS, ids=[q[2] for q in QUESTIONS])
def test_table_is_aligned_with_vietnamese_labels(kb_db, command, args, query, params):
    from plankb.kb import labels

    out = ask(kb_db, command, *args).stdout.splitlines()
    head, rule, body = out[0], out[1], out[2:]
    assert len(body) == len(answer(kb_db, query, **params))
    assert set(rule) <= {"─", " "}
    # Each column starts where its label starts, on every line.
    starts = [i for i in range(len(rule)) if rule[i] == "─" and (i == 0 or rule[i - 1] == " ")]
    for line in body:
        assert all(i == 0 or line[i - 2 : i] == "  " for i in starts if i < len(line)), line
    names = [head[a:b].strip() for a, b in zip(starts, [*starts[1:], None], strict=True)]
    assert names and all(n in labels.COLUMNS.values() for n in names), names  # the labels, not the ASCII names


def test_table_shows_words_for_codes(kb_db):
    cites = ask(kb_db, cli.cites, "25-NQ/TW").stdout
    assert "cách dẫn" in cites and "trích dẫn" in cites and "ngày ghi khi dẫn" in cites
    assert "2016-06-03" in cites and "47-KH/BCĐ" in cites and "03/KH-TA" in cites
    tasks = ask(kb_db, cli.tasks, "Ban Dân vận Thành ủy").stdout
    assert "theo dõi" in tasks and "monitor" not in tasks
    deadlines = ask(kb_db, cli.deadlines, "--from", "2023-01-01", "--to", "2023-12-31").stdout
    assert "hằng năm" in deadlines and "yearly" not in deadlines and '["' not in deadlines
    conflicts = ask(kb_db, cli.conflicts, "25-NQ/TW").stdout
    assert "ngày khác nhau" in conflicts and "2013-06-03" in conflicts


@pytest.mark.parametrize("command, args, query, params", QUESTIONS, ids=[q[2] for q in QUESTIONS])
def test_limit(kb_db, command, args, query, params):
    total = len(answer(kb_db, query, **params))
    one = ask(kb_db, command, *args, "--limit", "1", "--format", "json")
    assert len(json.loads(one.stdout)) == 1
    assert len(as_csv(ask(kb_db, command, *args, "--limit", "1", "--format", "csv").stdout)) == 1
    table = ask(kb_db, command, *args, "--limit", "1")
    assert len(table.stdout.splitlines()) == 3
    if total > 1:
        assert f"--limit {total}" in table.stderr  # says how many more there are


EMPTY = [
    (cli.cites, ["99-NQ/TW"], "Không có văn bản nào trong kho trích dẫn 99-NQ/TW"),
    (cli.cited_by, ["99-NQ/TW"], "Không có văn bản 99-NQ/TW trong kho"),
    (cli.deadlines, ["--from", "2030-01-02", "--to", "2030-01-03"], "Không có thời hạn nào từ 2030-01-02 đến 2030-01-03"),
    (cli.tasks, ["Sở Nội vụ"], "Không có nhiệm vụ nào giao cho Sở Nội vụ"),
    (cli.conflicts, ["47-KH/BCĐ"], "Các trích dẫn 47-KH/BCĐ không mâu thuẫn nhau"),
    (cli.similar, ["999999"], "Không có đoạn văn nào giống đoạn 999999"),
    (cli.similar, ["99-NQ/TW"], "Không có đoạn văn nào giống nội dung của 99-NQ/TW"),
    (cli.search, ["xyzzyq"], "Không đoạn văn nào có 'xyzzyq'"),
]


@pytest.mark.parametrize("command, args, message", EMPTY, ids=[f"{c.name}-{a[0]}" for c, a, _ in EMPTY])
def test_empty_answers_say_so(kb_db, command, args, message):
    table = ask(kb_db, command, *args)
    assert table.stdout == "" and message in table.stderr
    assert json.loads(ask(kb_db, command, *args, "--format", "json").stdout) == []
    header = ask(kb_db, command, *args, "--format", "csv").stdout
    assert header.count("\n") == 1 and "," in header  # the column names alone


def test_deadlines_default_to_the_next_30_days_and_filter_by_body(kb_db):
    import datetime

    assert cli.default_range(datetime.date(2023, 12, 15)) == ("2023-12-15", "2024-01-14")
    december = json.loads(ask(kb_db, cli.deadlines, "--from", "2023-12-15", "--format", "json").stdout)
    assert {d["date"] for d in december} == {"--12-30"}  # a yearly deadline, 30 days from --from
    assert {d["next_due"] for d in december} == {"2023-12-30"}  # on its next date
    assert december == answer(kb_db, "due", **{"from": "2023-12-15", "to": "2024-01-14"})
    today = ask(kb_db, cli.deadlines, "--format", "json")  # from today: whatever is due, a list
    assert isinstance(json.loads(today.stdout), list)
    year = ["--from", "2023-01-01", "--to", "2023-12-31", "--format", "json"]
    doan = json.loads(ask(kb_db, cli.deadlines, *year, "--body", "ban thuong vu doan khoi").stdout)
    assert doan and all(d["body"] == "Ban Thường vụ Đoàn Khối" for d in doan)
    assert len(doan) < len(json.loads(ask(kb_db, cli.deadlines, *year).stdout))
    bad = ask(kb_db, cli.deadlines, "--from", "2023-13-01", ok=False)
    assert bad.exit_code == 2 and "not a date" in bad.output
    backwards = ask(kb_db, cli.deadlines, "--from", "2023-05-01", "--to", "2023-04-01", ok=False)
    assert backwards.exit_code == 2 and "before --from" in backwards.output


def test_similar_to_a_passage_and_to_a_document(kb_db):
    conn = sqlite3.connect(kb_db)
    passage, document, symbol = conn.execute(
        "select p.id, p.document_id, d.symbol from similar_passages s join passages p on p.id = s.passage_id"
        " join documents d on d.id = p.document_id order by d.symbol is null, s.score desc limit 1"
    ).fetchone()
    by_passage = json.loads(ask(kb_db, cli.similar, str(passage), "--format", "json").stdout)
    assert by_passage == answer(kb_db, "similar", passage=str(passage)) and by_passage
    by_document = json.loads(ask(kb_db, cli.similar, document, "--format", "json").stdout)
    assert by_document == answer(kb_db, "similar_document", document=document) and by_document
    assert all(r["document"] != document for r in by_document)
    assert {r["passage"] for r in by_passage} <= {r["passage"] for r in by_document}
    if symbol:
        assert json.loads(ask(kb_db, cli.similar, symbol, "--format", "json").stdout) == by_document
    assert "độ tương đồng" in ask(kb_db, cli.similar, document).stdout


def test_every_question_has_help_with_an_example():
    runner = CliRunner()
    for command in (cli.cites, cli.cited_by, cli.tree, cli.deadlines, cli.tasks, cli.conflicts, cli.similar, cli.search):
        text = runner.invoke(command, ["--help"]).output
        assert "Example:" in text and "plankb " in text, command.name
        for option in ("--db", "--limit", "--format"):
            assert option in text, (command.name, option)
        assert "--json" not in text  # the old flag still works, unlisted
    assert "--body" in runner.invoke(cli.deadlines, ["--help"]).output


def test_the_questions_share_one_option_definition():
    commands = (cli.cites, cli.cited_by, cli.tree, cli.deadlines, cli.tasks, cli.conflicts, cli.similar, cli.search)
    shared = [{p.name: (p.default, getattr(p.type, "choices", None)) for p in c.params if p.name in ("limit", "fmt")} for c in commands]
    assert all(s == shared[0] for s in shared) and len(shared[0]) == 2


def test_new_questions_are_canned_queries_with_vietnamese_labels(kb_db):
    from plankb.kb import labels
    from plankb.kb.metadata import build_metadata

    meta = build_metadata("kb")["databases"]["kb"]["queries"]
    assert meta["due"]["params"] == ["from", "to", "body"]
    assert meta["similar_document"]["title"] == QUERIES["similar_document"].title_vi
    assert all(p in labels.PARAMS for p in QUERIES["similar_document"].params)
    conn = sqlite3.connect(kb_db)
    register_functions(conn)
    from plankb.kb.queries import example

    assert answer(kb_db, "similar_document", **example(conn, "similar_document"))


# --- tree: what a resolution set in motion -----------------------------------------------------


def _plan(doc_id, symbol, date, issuer, level, refs):
    return plan_citing(doc_id, symbol, date, refs, issuer, level)


@pytest.fixture(scope="module")
def deep_db(tmp_path_factory) -> Path:
    """25-NQ/TW → two provincial plans → a district plan (citing the resolution too) → a commune plan."""
    db = tmp_path_factory.mktemp("kbtree") / "kb.db"
    nq = ("25-NQ/TW", "2013-06-03")
    plans = [
        _plan("c1", "03-KH/ĐU", "2013-10-01", "Đảng ủy xã Hàm Rồng huyện Năm Căn", "commune", [("05-KH/HU", "2013-09-10")]),
        _plan("p1", "10-KH/TU", "2013-08-01", "Ban Thường vụ Tỉnh ủy Cà Mau", "province", [nq]),
        _plan("u1", None, None, "Đảng ủy xã Tam Giang", "commune", [("10-KH/TU", "2013-08-01")]),
        _plan("d1", "05-KH/HU", "2013-09-10", "Ban Thường vụ Huyện ủy Năm Căn", "district", [nq, ("10-KH/TU", "2013-08-01")]),
        _plan("p2", "12-KH/TU", "2013-07-01", "Ban Thường vụ Tỉnh ủy Cà Mau", "province", [nq]),
    ]
    assert ingest_records(db, [(p, None, p["source"]["path"]) for p in plans]).added == 5
    return db


def test_tree_levels_and_order(deep_db):
    from plankb.kb.tree import implementation_tree, walk

    conn = sqlite3.connect(deep_db)
    register_functions(conn)
    found = implementation_tree(conn, "25 NQ/TW")
    assert found["symbol"] == "25-NQ/TW" and found["documents"] == 5 and not found["truncated"]
    assert [c["date"] for c in found["cited"]] == ["2013-06-03"]
    shown = [(n["depth"], n["symbol"], n["issuer_level"], n["parent"]) for n in walk(found["children"])]
    assert shown == [
        (1, "12-KH/TU", "province", None),  # brothers by date
        (1, "10-KH/TU", "province", None),
        (2, "05-KH/HU", "district", "p1"),  # cites the resolution too: placed under the provincial plan
        (3, "03-KH/ĐU", "commune", "d1"),
        (2, None, "commune", "p1"),  # undated last
    ]
    # JSON at the terminal is the function's answer
    assert json.loads(ask(deep_db, cli.tree, "25-NQ/TW", "--format", "json").stdout) == json.loads(json.dumps(found))
    # the canned query has the same rows, in the same order
    assert [r["document"] for r in answer(deep_db, "tree", symbol="25-NQ/TW")] == ["p2", "p1", "d1", "c1", "u1"]
    # a subtree from a provincial plan's own symbol
    sub = implementation_tree(conn, "10-KH/TU")
    assert [(n["depth"], n["document"]) for n in walk(sub["children"])] == [(1, "d1"), (2, "c1"), (1, "u1")]


def test_tree_as_indented_text_and_csv(deep_db):
    lines = ask(deep_db, cli.tree, "25-NQ/TW").stdout.splitlines()
    assert lines[0] == "25-NQ/TW, 2013-06-03"
    indents = [(len(line) - len(line.lstrip()), line.split(",")[0].strip()) for line in lines[1:]]
    assert indents == [(4, "12-KH/TU"), (4, "10-KH/TU"), (8, "05-KH/HU"), (12, "03-KH/ĐU"), (8, "(không số)")]
    assert "2013-09-10 — Ban Thường vụ Huyện ủy Năm Căn [huyện] (thực hiện)" in lines[3]
    assert "[xã]" in lines[4] and "[tỉnh]" in lines[1]
    rows = as_csv(ask(deep_db, cli.tree, "25-NQ/TW", "--format", "csv").stdout)
    assert [(r["depth"], r["document"], r["parent"]) for r in rows] == [
        ("1", "p2", ""), ("1", "p1", ""), ("2", "d1", "p1"), ("3", "c1", "d1"), ("2", "u1", "p1"),
    ]  # fmt: skip
    assert rows[0]["issuer_level"] == "province" and rows[0]["relation"] == "implements"  # codes kept


def test_tree_limit_and_empty(deep_db, kb_db):
    cut = ask(deep_db, cli.tree, "25-NQ/TW", "--limit", "3")
    assert len(cut.stdout.splitlines()) == 4 and "--limit" in cut.stderr
    found = json.loads(ask(deep_db, cli.tree, "25-NQ/TW", "--limit", "3", "--format", "json").stdout)
    assert found["documents"] == 3 and found["truncated"]
    empty = ask(kb_db, cli.tree, "99-NQ/TW")
    assert empty.stdout == "" and "Không có văn bản nào trong kho trích dẫn 99-NQ/TW" in empty.stderr
    assert json.loads(ask(kb_db, cli.tree, "99-NQ/TW", "--format", "json").stdout)["children"] == []
    assert ask(kb_db, cli.tree, "99-NQ/TW", "--format", "csv").stdout.count("\n") == 1


def test_tree_on_the_seeds(kb_db):
    found = json.loads(ask(kb_db, cli.tree, "25-NQ/TW", "--format", "json").stdout)
    assert {n["symbol"] for n in found["children"]} == {"47-KH/BCĐ", "03/KH-TA", None}
    assert [n["date"] for n in found["children"]] == ["2023-01-12", "2023-02-27", None]
    assert {n["issuer_level"] for n in found["children"]} >= {"district", "province"}
    assert "tree" in ask(kb_db, cli.tree, "--help").stdout and "Example:" in ask(kb_db, cli.tree, "--help").stdout


def test_tree_survives_a_cycle(tmp_path):
    from plankb.kb.tree import implementation_tree, walk

    db = tmp_path / "kb.db"
    nq = ("25-NQ/TW", "2013-06-03")
    plans = [  # two plans of one day citing each other and the resolution
        _plan("a", "01-KH/TU", "2013-08-01", "Tỉnh ủy Cà Mau", "province", [nq, ("02-KH/TU", "2013-08-01")]),
        _plan("b", "02-KH/TU", "2013-08-01", "Tỉnh ủy Cà Mau", "province", [nq, ("01-KH/TU", "2013-08-01")]),
    ]
    ingest_records(db, [(p, None, p["source"]["path"]) for p in plans])
    conn = sqlite3.connect(db)
    register_functions(conn)
    found = implementation_tree(conn, "25-NQ/TW")
    assert sorted(n["document"] for n in walk(found["children"])) == ["a", "b"]  # each once, none lost
