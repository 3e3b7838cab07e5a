"""Rows as JSON go through sqlite-utils' row output (kb/output.py): the same objects, streamed,
binary values as Datasette's web JSON writes them, a list even when there are no rows."""

from __future__ import annotations

import base64
import io
import json

from plankb.kb.output import write_rows


def _write(rows, fmt):
    out = io.StringIO()
    write_rows(["id", "tên", "sig"], rows, fmt, out)
    return out.getvalue()


def test_json_and_jsonl_rows():
    rows = [(1, "Quảng Bình", None), (2, "Huế", b"\x00\xff")]
    as_json = json.loads(_write(rows, "json"))
    assert as_json[0] == {"id": 1, "tên": "Quảng Bình", "sig": None}  # Vietnamese kept, not escaped
    assert as_json[1]["sig"] == {"$base64": True, "encoded": base64.b64encode(b"\x00\xff").decode()}
    lines = _write(rows, "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == as_json
    assert "Quảng Bình" in lines[0]


def test_no_rows_is_an_empty_list_in_json_and_nothing_in_jsonl():
    assert json.loads(_write([], "json")) == []
    assert _write([], "jsonl") == ""
