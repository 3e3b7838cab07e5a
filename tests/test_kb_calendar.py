"""Deadlines as a calendar: next dates of yearly deadlines, the `due` question's 30-day default,
and the iCalendar feed read back by a calendar library (icalendar, RFC 5545)."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import seed_datasette

from plankb.kb.calendar import _fold, ics, next_date, window

icalendar = pytest.importorskip("icalendar")

SEEDS = sorted((Path(__file__).resolve().parent.parent / "corpus" / "seeds").glob("*.txt"))


def test_next_date_of_a_yearly_deadline():
    assert next_date("10-10", "2023-03-01") == "2023-10-10"
    assert next_date("10-10", "2023-10-10") == "2023-10-10"  # on the day itself
    assert next_date("10-10", "2023-10-11") == "2024-10-10"  # past: next year's
    assert next_date("02-29", "2025-03-01") == "2028-02-29"  # the next leap year
    assert next_date("13-01", "2025-01-01") is None and next_date(None, "2025-01-01") is None


def test_window_opens_on_the_next_30_days():
    assert window(None, None, today=dt.date(2026, 12, 15)) == ("2026-12-15", "2027-01-14")
    assert window("2023-01-01", None) == ("2023-01-01", "2023-01-31")
    assert window("2023-01-01", "2023-03-01") == ("2023-01-01", "2023-03-01")


def test_long_lines_fold_at_75_octets_between_characters():
    line = "SUMMARY:" + "Tổ chức thực hiện " * 20
    folded = _fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


@pytest.fixture(scope="module")
def ds(tmp_path_factory):
    return seed_datasette(tmp_path_factory, "cal")


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_due_opens_on_the_next_30_days_grouped_by_body(ds):
    today = dt.date.today()
    found = get(ds, "/kb/due.json?_shape=array").json()
    for row in found:
        assert today.isoformat() <= row["next_due"] <= (today + dt.timedelta(days=30)).isoformat()
    page = get(ds, "/kb/due").text
    assert f"Từ <strong>{today.isoformat()}</strong>" in page and 'href="/kb/due.ics"' in page


def test_yearly_deadlines_show_their_next_date(ds):
    year = get(ds, "/kb/due.json?_shape=array&from=2024-06-01&to=2025-05-31").json()
    yearly = {r["date"]: r["next_due"] for r in year if r["recurrence"] == "yearly"}
    assert yearly["--10-10"] == "2024-10-10" and yearly["--12-30"] == "2024-12-30"
    page = get(ds, "/kb/due?from=2024-06-01&to=2025-05-31").text
    assert "10/10 hằng năm" in page and ">--10-10<" not in page
    # one heading per body, the rows of a body under it
    assert page.count('class="plankb-group"') == len({r["body"] for r in year})


def test_feed_parses_with_a_calendar_library(ds):
    response = get(ds, "/kb/due.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    assert "\r\n" in response.text and all(len(x.encode()) <= 75 for x in response.text.split("\r\n"))
    cal = icalendar.Calendar.from_ical(response.content)
    events = list(cal.walk("VEVENT"))
    assert events, "the seeds' yearly deadlines are in every feed"
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    by_start = {}
    for e in events:
        assert isinstance(e.decoded("DTSTART"), dt.date) and not isinstance(e.decoded("DTSTART"), dt.datetime)
        by_start.setdefault(e.decoded("DTSTART").strftime("%m-%d"), []).append(e)
    # "10/10 hằng năm": a yearly event on 10 October, linking its document
    october = by_start["10-10"][0]
    assert october["RRULE"]["FREQ"] == ["YEARLY"]
    assert "/kb/documents/" in str(october["URL"])
    # the same base gives the same UIDs: a subscribed calendar updates events, never doubles them
    assert [str(e["UID"]) for e in icalendar.Calendar.from_ical(get(ds, "/kb/due.ics").content).walk("VEVENT")] == uids


def test_feed_of_one_body_has_only_its_deadlines(ds):
    rows = get(ds, "/kb/due.json?_shape=array&from=2000-01-01&to=2099-12-31").json()
    body = next(r["body"] for r in rows if r["body"])
    cal = icalendar.Calendar.from_ical(get(ds, f"/kb/due.ics?since=2000-01-01&body={quote(body)}").content)
    events = list(cal.walk("VEVENT"))
    everything = list(icalendar.Calendar.from_ical(get(ds, "/kb/due.ics?since=2000-01-01").content).walk("VEVENT"))
    assert 0 < len(events) <= len(everything)
    for e in events:
        categories = e.get("CATEGORIES")
        names = [str(c) for c in categories.cats] if categories else []
        assert body in names
    assert str(cal["X-WR-CALNAME"]).endswith(body)
    assert get(ds, "/kb/due.ics?since=yesterday").status_code == 400


def test_ics_escapes_text_values():
    row = {"document_id": "d1", "start": 5, "date": "2024-03-01", "due": "2024-03-01", "month_day": None,
           "qualifier": "by", "task": "Báo cáo; tổng hợp, gửi\nvề Ban", "text": "x", "symbol": "1-KH/TU",
           "title": None, "document_date": "2024-01-01", "body_names": "Ban A; Ban B"}  # fmt: skip
    text = ics([row], "Thời hạn", now=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    event = next(iter(icalendar.Calendar.from_ical(text).walk("VEVENT")))
    assert str(event["SUMMARY"]) == "Báo cáo; tổng hợp, gửi về Ban (1-KH/TU)"
    assert event.decoded("DTSTART") == dt.date(2024, 3, 1) and event.decoded("DTEND") == dt.date(2024, 3, 2)
    assert [str(c) for c in event["CATEGORIES"].cats] == ["Ban A", "Ban B"]
