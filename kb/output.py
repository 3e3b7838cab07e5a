"""How every command that prints data prints it: one --format option (the same choices and help
everywhere) and the writers behind it.

table is for reading at the terminal (each command lays it out); csv, json and jsonl are for other
programs and keep ASCII column names and stored codes, as the web's .csv and .json do; csv-excel is
CSV that Excel on Windows opens as it is: a UTF-8 byte-order mark (without it Excel reads the
Vietnamese as Windows-1252), CRLF line ends, and no cell over Excel's 32,767 characters.

Rows as JSON are sqlite-utils' own row output (``output_rows``, what ``sqlite-utils query``
prints): streamed a row a line, duplicate column names renamed, binary values as Datasette's
web JSON writes them ({"$base64": true, "encoded": ...}). CSV stays ours, measured with
bench/bench_libraries.py: sqlite-utils has no CSV writer to call (its commands write with the
standard library's csv module inline) and its CSV is the same bytes as ours (1,580 rows of the
real texts), but it has no byte-order mark, CRLF or Excel cell limit, which are what csv-excel is for.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable

import click

FORMATS = ("table", "csv", "csv-excel", "json", "jsonl")
FORMAT_HELP = (
    "table: aligned for reading, Vietnamese column labels and words for codes; csv: every column under its "
    "ASCII name, codes as stored; csv-excel: the same CSV with a byte-order mark and CRLF, for Excel; json: "
    "one JSON document; jsonl: JSON Lines, one object per line."
)
EXCEL_CELL_LIMIT = 32767  # characters in one cell; Excel splits or drops the rest


def format_option(default: str = "table"):
    """The --format option of a command, with its default."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=default, show_default=True, help=FORMAT_HELP)


def _value(value):
    if value is None:
        return ""
    if isinstance(value, bytes):
        return value.hex()
    return value


def write_csv(columns: list[str], rows: Iterable[Iterable], out, excel: bool = False) -> int:
    """Write a header and the rows; returns how many cells were cut to Excel's limit (csv-excel)."""
    if excel:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n" if excel else "\n")
    writer.writerow(columns)
    cut = 0
    for row in rows:
        cells = [_value(v) for v in row]
        if excel:
            for i, cell in enumerate(cells):
                if isinstance(cell, str) and len(cell) > EXCEL_CELL_LIMIT:
                    cells[i] = cell[: EXCEL_CELL_LIMIT - 1] + "…"
                    cut += 1
        writer.writerow(cells)
    if cut:
        click.echo(f"warning: {cut} cell(s) longer than Excel's {EXCEL_CELL_LIMIT} characters were cut (csv keeps them whole)", err=True)
    return cut


def write_json(items: Iterable, out, lines: bool) -> None:
    """JSON Lines (one item a line, streamed) or one JSON array."""
    if lines:
        for item in items:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        out.write(json.dumps(list(items), ensure_ascii=False, indent=2) + "\n")


def write_rows(columns: list[str], rows: Iterable[Iterable], fmt: str, out) -> None:
    """Rows in any format but table (which each command lays out itself)."""
    if fmt in ("csv", "csv-excel"):
        write_csv(columns, rows, out, excel=fmt == "csv-excel")
    elif fmt in ("json", "jsonl"):
        from sqlite_utils.cli import output_rows  # its command-line module: 40 ms to import, only when asked

        lines = fmt == "jsonl"
        for line in output_rows(iter(rows), list(columns), nl=lines, arrays=False, json_cols=False):
            if lines and line == "[]":  # its "no rows" even in JSON Lines: there, no rows is no line
                break
            out.write(line + "\n")
    else:
        raise ValueError(f"write_rows: format {fmt!r}")
