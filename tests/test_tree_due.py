"""The `due` question's yearly deadlines: their next date worked out in SQL (kb/queries.py NEXT_DATE)
is kb/calendar.py next_date's, on every day of the year, 29 February and days that do not exist
included, over ranges within a year, across a new year and over several years."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from plankb.kb import queries
from plankb.kb.calendar import next_date
from plankb.kb.schema import ensure_schema
from plankb.kb.sqlfuncs import register_functions

# every day of a leap year, and month-days no year has
MONTH_DAYS = [(dt.date(2024, 1, 1) + dt.timedelta(days=i)).strftime("%m-%d") for i in range(366)] + ["02-30", "04-31"]
DUE = ["2023-03-10", "2024-02-29", "2024-12-31", "2025-01-01"]


@pytest.fixture(scope="module")
def kb(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("due") / "kb.db"
    db = sqlite_utils.Database(path)
    ensure_schema(db)
    db["documents"].insert({"id": "d1", "symbol": "1-KH/TU", "date": "2023-01-05", "label": "1-KH/TU"})
    rows = [{"document_id": "d1", "recurrence": "yearly", "month_day": md, "task": md, "start": i} for i, md in enumerate(MONTH_DAYS)]
    rows += [{"document_id": "d1", "date": due, "due": due, "task": due, "start": 1000 + i} for i, due in enumerate(DUE)]
    db["deadlines"].insert_all(rows)
    return path


@pytest.mark.parametrize(
    "first, last",
    [("2023-01-01", "2023-12-31"), ("2023-02-01", "2024-03-31"), ("2024-12-15", "2025-01-20"), ("2020-02-28", "2020-03-01"),
     ("2021-02-28", "2021-03-01"), ("2021-03-01", "2026-02-28"), ("2023-06-30", "2023-06-30"), ("2024-03-01", "2024-02-01")],
)  # fmt: skip
def test_yearly_deadlines_fall_on_the_next_date_of_kb_calendar(kb, first, last):
    conn = sqlite3.connect(kb)
    register_functions(conn)
    try:
        columns, rows = queries.run(conn, "due", **{"from": first, "to": last})
    finally:
        conn.close()
    found = [dict(zip(columns, row, strict=True)) for row in rows]
    yearly = {r["task"]: r["next_due"] for r in found if r["recurrence"] == "yearly"}
    expected = {md: day for md in MONTH_DAYS if (day := next_date(md, first)) and day <= last}
    assert yearly == expected
    assert sorted(r["task"] for r in found if r["recurrence"] != "yearly") == [d for d in DUE if first <= d <= last]
    assert [r["next_due"] for r in found] == sorted(r["next_due"] for r in found)  # no body: by date
