"""Deadlines as a calendar: the next date of a yearly deadline, and an iCalendar feed (RFC 5545).

A yearly deadline ("10/10 hằng năm") is stored as its month and day (deadlines.month_day); a page
and a feed show it on its next date. The feed is written here rather than by a library (the
runtime needs none): all-day events (VALUE=DATE), a yearly one as one event with RRULE, each with
a UID built from its document's id and its place in the text, so that a calendar application
subscribed to the feed updates an event instead of adding it twice when the base is rebuilt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable


def next_date(month_day: str | None, start: str | None) -> str | None:
    """The first day on or after ``start`` (YYYY-MM-DD) falling on ``month_day`` (MM-DD).

    29 February falls on the next leap year's; None when either is missing or not a date."""
    if not month_day or not start:
        return None
    try:
        month, day = (int(x) for x in month_day.split("-"))
        first = dt.date.fromisoformat(start[:10])
    except ValueError:
        return None
    for year in range(first.year, first.year + 9):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # 29 February of a common year, or no such day
            continue
        if candidate >= first:
            return candidate.isoformat()
    return None


def window(start: str | None, end: str | None, today: dt.date | None = None, days: int = 30) -> tuple[str, str]:
    """The range "what is due" shows: from ``start`` (today when empty) to ``end`` (``days`` on
    when empty)."""
    first = dt.date.fromisoformat(start) if start else (today or dt.date.today())
    last = dt.date.fromisoformat(end) if end else first + dt.timedelta(days=days)
    return first.isoformat(), last.isoformat()


# --- iCalendar ------------------------------------------------------------------------------------

FEED_SQL = """
select dl.document_id, dl.start, dl.date, dl.due, dl.month_day, dl.qualifier, dl.task, dl.text,
  d.symbol, d.title, d.date as document_date,
  (select group_concat(b.name, '; ') from deadline_bodies db join bodies b on b.id = db.body_id
   where db.deadline_id = dl.id) as body_names
from deadlines dl
join documents d on d.id = dl.document_id
where (dl.due >= :since or dl.month_day is not null)
  and (:body = '' or exists (
    select 1 from deadline_bodies db join bodies b on b.id = db.body_id
    where db.deadline_id = dl.id and b.search_key like '%' || plankb_body(:body) || '%'))
order by coalesce(dl.due, dl.month_day), dl.document_id, dl.start
limit :limit
"""
FEED_LIMIT = 5000  # a calendar application reads the whole feed at each refresh


def feed_rows(conn, body: str = "", since: str | None = None, limit: int = FEED_LIMIT) -> list[dict]:
    """Deadlines for the feed: those due from ``since`` (a year ago by default) and every yearly one."""
    since = since or (dt.date.today() - dt.timedelta(days=365)).isoformat()
    cur = conn.execute(FEED_SQL, {"since": since, "body": body or "", "limit": limit})
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def _escape(text: str) -> str:
    # RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped in TEXT values.
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out)


def _uid(row: dict) -> str:
    # The document id is a hash of its text and start the deadline's offset in it: both survive a rebuild.
    digest = hashlib.sha1(f"{row['document_id']}:{row['start']}:{row['date']}".encode()).hexdigest()[:16]
    return f"deadline-{digest}@plankb"


def _ymd(iso: str) -> str:
    return iso.replace("-", "")


def _summary(row: dict) -> str:
    what = " ".join((row.get("task") or row.get("text") or "Thời hạn").split())
    if len(what) > 120:
        what = what[:119] + "…"
    return f"{what} ({row['symbol']})" if row.get("symbol") else what


def event_lines(row: dict, stamp: str, document_url: str | None) -> list[str]:
    yearly = row.get("month_day") and not row.get("due")
    if yearly:
        # A recurring event starts on its first date on or after the document's date (an undated
        # document's: this year's), so that the event stays the same from one refresh to the next.
        first = next_date(row["month_day"], row.get("document_date") or f"{dt.date.today().year}-01-01")
        if first is None:
            return []
    else:
        first = row["due"]
    day = dt.date.fromisoformat(first)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{_uid(row)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_ymd(first)}",
        f"DTEND;VALUE=DATE:{(day + dt.timedelta(days=1)).strftime('%Y%m%d')}",
        f"SUMMARY:{_escape(_summary(row))}",
    ]
    if yearly:
        lines.append("RRULE:FREQ=YEARLY")
    description = [
        x
        for x in (
            f"Cơ quan: {row['body_names']}" if row.get("body_names") else None,
            f"Văn bản: {' — '.join(v for v in (row.get('symbol'), row.get('title')) if v)}"
            if row.get("symbol") or row.get("title")
            else None,
            " ".join((row.get("text") or "").split()) or None,
        )
        if x
    ]
    if description:
        lines.append(f"DESCRIPTION:{_escape(chr(10).join(description))}")
    if row.get("body_names"):
        lines.append(f"CATEGORIES:{','.join(_escape(b.strip()) for b in row['body_names'].split(';') if b.strip())}")
    if document_url:
        lines.append(f"URL:{document_url}")
    lines.append("END:VEVENT")
    return lines


def ics(rows: Iterable[dict], name: str, document_url=None, now: dt.datetime | None = None) -> str:
    """The VCALENDAR of the rows of ``feed_rows``; ``document_url(document_id)`` gives each event's link."""
    stamp = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//plankb//deadlines//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{_escape(name)}",
    ]
    for row in rows:
        lines += event_lines(row, stamp, document_url(row["document_id"]) if document_url else None)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)
