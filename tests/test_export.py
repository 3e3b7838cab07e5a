"""Exports people can open: CSV for Excel and LibreOffice, JSON Lines of whole records, and one
--format option, the same on every command that prints data."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import plankb
from plankb.cli import main
from plankb.kb.output import EXCEL_CELL_LIMIT, FORMAT_HELP, FORMATS, write_csv

SEEDS = Path(plankb.__file__).with_name("corpus") / "seeds"
PRINTING_DATA = {"extract", "eval", "report", "export", "cites", "cited-by", "tree", "deadlines", "tasks", "conflicts",
                 "similar", "search"}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = tmp_path_factory.mktemp("export") / "plankb.db"
    assert plankb.ingest(str(SEEDS), db, jobs=1).ok
    return db


def _export(base, *args) -> str:
    done = CliRunner().invoke(main, ["export", "--db", str(base), *args])
    assert done.exit_code == 0, done.output
    return done.stdout


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_csv_leaves_full_texts_out_unless_asked(base):
    rows = _rows(_export(base, "--format", "csv"))
    assert len(rows) == len(list(SEEDS.glob("*.txt")))
    assert "text" not in rows[0] and rows[0]["title"]
    with_text = _rows(_export(base, "--format", "csv", "--with-text"))
    assert all(len(r["text"]) > 500 for r in with_text)


def test_csv_excel_has_a_byte_order_mark_and_crlf(base):
    done = CliRunner().invoke(main, ["export", "--db", str(base), "--format", "csv-excel"])
    raw = done.stdout_bytes
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    assert raw.count(b"\r\n") == raw.count(b"\n")
    assert _rows(raw.decode("utf-8")) == _rows(_export(base, "--format", "csv"))  # the same cells


def test_csv_excel_cuts_cells_excel_cannot_hold():
    out = io.StringIO()
    assert write_csv(["a", "b"], [["x" * (EXCEL_CELL_LIMIT + 10), "ngắn"]], out, excel=True) == 1
    (row,) = _rows(out.getvalue())
    assert len(row["a"]) == EXCEL_CELL_LIMIT and row["a"].endswith("…") and row["b"] == "ngắn"
    plain = io.StringIO()
    assert write_csv(["a"], [["x" * (EXCEL_CELL_LIMIT + 10)]], plain) == 0
    assert len(_rows(plain.getvalue())[0]["a"]) == EXCEL_CELL_LIMIT + 10


def test_jsonl_holds_whole_records(base):
    from jsonschema import Draft202012Validator

    from plankb.schema.jsonschema import record_schema

    lines = _export(base).splitlines()  # jsonl is export's default
    records = [json.loads(line) for line in lines]
    assert len(records) == len(list(SEEDS.glob("*.txt")))
    validator = Draft202012Validator(record_schema())
    for record in records:
        assert not list(validator.iter_errors(record))
        assert "text" not in record
    with_text = [json.loads(line) for line in _export(base, "--with-text").splitlines()]
    assert [r["id"] for r in with_text] == [r["id"] for r in records]
    for record in with_text:  # the text the record's offsets point into
        assert record["title"].split()[0] in record["text"]


def test_table_and_other_tables(base):
    table = _export(base, "--format", "table")
    assert "trích yếu" in table and "Dân vận khéo" in table
    tasks = _rows(_export(base, "--table", "assignments", "--format", "csv"))
    assert tasks and {"body", "role", "task"} <= set(tasks[0])


def _commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield " ".join((*prefix, name)), command


def test_one_format_option_everywhere():
    found = {}
    for name, command in _commands(main):
        for param in command.params:
            if "--format" in getattr(param, "opts", []):
                found[name] = param
    assert set(found) == PRINTING_DATA
    for name, param in found.items():
        assert tuple(param.type.choices) == FORMATS, name
        assert param.help == FORMAT_HELP, name


def test_every_question_prints_every_format(base):
    for fmt in FORMATS:
        done = CliRunner().invoke(main, ["cites", "25-NQ/TW", "--db", str(base), "--format", fmt])
        assert done.exit_code == 0 and "Dân vận khéo" in done.stdout, (fmt, done.output)
    lines = CliRunner().invoke(main, ["tree", "25-NQ/TW", "--db", str(base), "--format", "jsonl"]).stdout.splitlines()
    assert lines and all(json.loads(line)["depth"] >= 0 for line in lines)


def _calc() -> str:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        pytest.skip("LibreOffice (soffice) is not installed")
    program = Path(exe).resolve().parent
    if not any(program.glob("libsclo.*")):  # Writer alone cannot open a spreadsheet
        pytest.skip("LibreOffice Calc is not installed (libreoffice-calc-nogui)")
    return exe


def test_libreoffice_reads_the_vietnamese_back(base, tmp_path):
    """csv-excel -> .xlsx -> CSV again, by LibreOffice headless: every cell as exported, the byte-order
    mark read as one (not a stray character in the first column's name)."""
    exe = _calc()
    exported = tmp_path / "documents.csv"
    CliRunner().invoke(main, ["export", "--db", str(base), "--format", "csv-excel", "-o", str(exported)])
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"

    def convert(source: Path, target: str, *options: str) -> Path:
        subprocess.run([exe, profile, "--headless", *options, "--convert-to", target, "--outdir", str(tmp_path / "out"), str(source)],
                       check=True, capture_output=True, timeout=180)
        return tmp_path / "out" / f"{source.stem}.{target.split(':')[0]}"

    # Import as LibreOffice's text dialog offers a UTF-8 file (comma, quote, UTF-8); export as UTF-8.
    sheet = convert(exported, "xlsx", "--infilter=CSV:44,34,76")
    back = convert(sheet, "csv:Text - txt - csv (StarCalc):44,34,76")
    original = _rows(exported.read_text(encoding="utf-8"))
    read = _rows(back.read_text(encoding="utf-8"))
    assert back.read_bytes().startswith(b"id,")  # the mark read as a mark, not kept in the first cell
    assert list(read[0]) == list(original[0])
    assert [r["title"] for r in read] == [r["title"] for r in original]
    assert [r["issuer"] for r in read] == [r["issuer"] for r in original]
    assert any("Dân vận khéo" in r["title"] for r in read)
