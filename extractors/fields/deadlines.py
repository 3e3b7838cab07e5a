"""Deadlines: a date the text asks something to be done by, each tied to its task and bodies.

The words that make a date a deadline live in extractors.patterns.deadlines. A day and month
without a year take the document's year (its date, else the year its title names); a day that
recurs ("hàng năm") is --MM-DD. Dates inside citations are never deadlines.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterator

from spacy.tokens import Doc

from plankb.extractors import dates
from plankb.extractors.fields.base import Spans, field_component, warn
from plankb.extractors.layout import Layout
from plankb.extractors.patterns.deadlines import (
    CONDITION_AFTER,
    DATE_FORMS,
    DATELINE,
    DONE,
    EXPR,
    LATEST_FROM,
    OBLIGATION,
    RECURRENCE,
    TRIGGERS,
    YEARLY_SENTENCE,
)
from plankb.extractors.patterns.grammar import ITEM_MARKER
from plankb.extractors.tasktables import task_rows
from plankb.extractors.text import SENTENCE_REACH, Text, fold, squash

# Dates first (they are rare), then the words before each: the eyecite way, and fast.
_EXPRESSION = re.compile(rf"(?P<expr>{EXPR})(?P<rec>{RECURRENCE})?")
# Where an expression can start: a number of one or two digits before a separator or "tháng",
# or "tháng" before a number. The full pattern is tried only there: letting it scan every digit
# and every "t" of a text costs three times more (tests check both give the same matches).
_DIGIT_START = re.compile(r"[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]|\s+tháng)")
_MONTH_START = re.compile(r"tháng\s+[0-9]")
# A form opens after a non-word character; a schedule line's form opens with its own line break,
# which may follow a word ("II. TỔ CHỨC THỰC HIỆN\n- Tháng 6/2024: ...").
_OPENS = r"(?:(?<![\wđ])|(?=\n))"
_TRIGGERS = [
    (name, qualifier, re.compile(rf"{_OPENS}(?:{pattern})$"), needs) for name, qualifier, pattern, needs in TRIGGERS
]
# All the forms at once: most dates have none of them before, and one search tells.
_ANY_TRIGGER = re.compile(rf"{_OPENS}(?:{'|'.join(f'(?:{pattern})' for _, _, pattern, _ in TRIGGERS)})$")
# A word every form but the yearly "ngày ... hàng năm" holds: without one (and no "hàng năm"),
# no regex needs to run. tests/test_patterns.py checks the forms' examples against this.
_TRIGGER_WORDS = ("nhất", "hạn", "thành", "xong", "thúc", "trước", "năm", "trong", "quá", "hơn", "gian")
_WINDOW = 90  # characters before a date where its trigger words may stand
# The forms EXPR is made of, to read a matched expression back: days (with or without a year), a month.
_DAY_FORMS = tuple(re.compile(form) for form in DATE_FORMS[:-1])
_MONTH_FORM = re.compile(DATE_FORMS[-1])


def _day_form(expr: str) -> re.Match[str] | None:
    return next((m for form in _DAY_FORMS if (m := form.fullmatch(expr))), None)


_TITLE_YEAR = re.compile(r"năm\s+((?:19|20)\d{2})(?!\s*-)")


def parse_expr(expr: str, year: int | None, yearly: bool) -> tuple[str | None, str]:
    """(value, precision) of a date expression; value None when it needs a year nobody gave."""
    expr = " ".join(expr.split())
    m = _day_form(expr)
    if m:
        if yearly:
            return dates.recurring_day(m["m"], m["d"]), "day"
        y = m["y"] or year
        return (dates.iso_date(y, m["m"], m["d"]) if y else None), "day"
    m = _MONTH_FORM.fullmatch(expr)
    if m:
        if yearly:
            mo = int(m["m"])
            return (f"--{mo:02d}" if 1 <= mo <= 12 else None), "month"
        y = m["y"] or year
        return (dates.iso_month(y, m["m"]) if y else None), "month"
    return None, "day"


def document_year(rec: dict, folded: str | None = None) -> int | None:
    """The year a day or month without one belongs to: the document's date, else the year its
    title names; with the folded text, else a news page's dateline, else the one year its dates name."""
    if rec.get("date"):
        return int(rec["date"][:4])
    m = _TITLE_YEAR.search(fold(rec.get("title") or ""))
    if m:
        return int(m.group(1))
    if folded is None:
        return None
    m = _DATELINE.search(folded, 0, _DATELINE_REACH)
    if m:
        return int(m["y"])
    return _only_year(folded)


_DATELINE = re.compile(DATELINE)
_DATELINE_REACH = 600  # characters: a dateline stands under the page's headline
_YEAR_OF_EXPR = re.compile(r"(?:19|20)\d{2}$")


def _only_year(folded: str) -> int | None:
    """The year every date written with one names ("hoàn thành trong tháng 3 ... trong tháng
    5.2020"): a text that names one year only is written in it. None when it names none or several."""
    years = {y.group(0) for m in date_expressions(folded) if (y := _YEAR_OF_EXPR.search(m["expr"].rstrip()))}
    return int(years.pop()) if len(years) == 1 else None


@field_component(
    "plankb_deadlines",
    requires=('layout', 'record.date', 'record.title', 'record.references', 'record.assignments'),
    assigns=('record.deadlines',),
)
def deadlines(doc: Doc) -> None:
    layout: Layout = doc._.layout
    pt: Text = doc._.ptext
    rec = doc._.record
    year = document_year(rec, pt.folded)
    excluded = Spans(layout.excluded_spans() + [(r["start"], r["end"]) for r in rec.get("references", [])])
    found: dict[int, dict] = {}
    folded = pt.folded
    for m in date_expressions(folded):
        start = m.start("expr")
        if start in excluded or (start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "/")):
            continue  # inside a citation, or the tail of a longer number
        window = folded[max(0, start - _WINDOW) : start]
        colon = _COLON_AFTER.match(folded, m.end()) is not None
        if not (m["rec"] or colon or any(w in window for w in _TRIGGER_WORDS)) or _ANY_TRIGGER.search(window) is None:
            continue
        if _PERIOD_START.search(window) and not _LATEST_FROM.search(window):
            continue  # "từ ngày 01 tháng 12 năm trước đến ...": the start of a period
        chained = not m["rec"] and _CHAINED_YEARLY.match(folded, m.end()) is not None  # "ngày 01/6 và 15/11 hằng năm"
        for name, qualifier, pattern, needs in _TRIGGERS:
            t = pattern.search(window)
            if t is None or not _needs_met(needs, folded, m, colon, chained):
                continue
            if _reported_done(folded, start - len(window) + t.start()):
                break  # "đã tổ chức 03 hội nghị trong tháng 11/2023": work done, no time limit
            if qualifier == "before" and _CONDITION_AFTER.match(folded, m.end()) and not _obliged(folded, start - len(window) + t.start()):
                break  # "được phê duyệt trước ngày 01/8/2024 thì ...": who the rule covers, no time limit
            yearly = bool(m["rec"]) or chained or name.startswith("yearly") or _yearly_sentence(folded, start, m["expr"])
            value, precision = parse_expr(m["expr"], year, yearly)
            begin = start - len(window) + t.start()
            end = m.end() + (1 if needs == "bracket" else 0)
            span_end = _MONTH_SPAN_END.match(folded, m.end()) if precision == "month" and not m["rec"] else None
            if span_end and "/" not in m["expr"] and "năm" not in m["expr"]:
                # "Tháng 11 - 12/2025": months in a row, the limit is the last one
                value, end, yearly = dates.iso_month(span_end["y"], span_end["m"]), span_end.end(), False
            if value is None:
                warn(doc, "deadline-unresolved", f"no year for the deadline {squash(pt.text[begin:m.end()])!r}")
                break
            if _long_before(value, yearly, rec.get("date")):
                break  # "người hoạt động cách mạng trước ngày 01/01/1945": who is covered, no time limit
            found[start] = _deadline(pt, layout, value, precision, yearly, qualifier, begin, end)
            break
    for expr_start, row_deadline in _from_tables(layout, pt, year):
        found[expr_start] = row_deadline  # a table row knows its task column better than the sentence rule
    result = sorted(found.values(), key=lambda d: d["start"])
    _tie_to_assignments(layout, pt, result, rec.get("assignments", []))
    rec["deadlines"] = result


_CONDITION_AFTER = re.compile(CONDITION_AFTER)
# A time limit a document sets lies after its date; one a year or more before it (an amended
# task keeps its old month) is a condition on whom the text covers, or a date in its history.
_YEARS_BEFORE = 1


def _long_before(value: str, yearly: bool, document_date: str | None) -> bool:
    return not yearly and bool(document_date) and int(value[:4]) < int(document_date[:4]) - _YEARS_BEFORE
# "Tháng 11 - 12/2025", "Tháng 11, 12/2025": months in a row or in a list
_MONTH_SPAN_END = re.compile(r"[ \t]*(?:[-–]|,)[ \t]*(?:tháng[ \t]*)?(?P<m>\d{1,2})[ \t]?/[ \t]?(?P<y>(?:19|20)\d{2})(?![\d/])")
_PERIOD_START = re.compile(r"(?<![\wđ])từ\s*(?:ngày\s*)?$")
_LATEST_FROM = re.compile(LATEST_FROM)
_YEARLY_SENTENCE = re.compile(rf"(?<![\wđ]){YEARLY_SENTENCE}(?![\wđ])")
_SENTENCE_BREAK = re.compile(r"\.\s|\n[ \t]*\n|;")
_SENTENCE_BACK = 400  # characters: how far back a sentence's start is looked for


_DONE = re.compile(DONE)
_OBLIGATION = re.compile(OBLIGATION)
_CLAUSE_BREAK = re.compile(r"[.;:,\n]")


def _reported_done(folded: str, begin: int) -> bool:
    """Whether the clause before the deadline words reports the work as done: "đã" with no word
    of obligation after it ("đã được giao nhiệm vụ phải hoàn thành trước ..." is still a limit)."""
    lo = max(0, begin - 200)
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(folded, lo, begin)]
    clause = folded[breaks[-1] if breaks else lo : begin]
    hits = list(_DONE.finditer(clause))
    return bool(hits) and _OBLIGATION.search(clause, hits[-1].end()) is None


_CLAUSE_BREAK_IN_LINE = re.compile(r"[.;:,]")


def _obliged(folded: str, begin: int) -> bool:
    """Whether the clause before the deadline words holds a word of obligation ("bảo đảm hoàn
    thành trước ngày ..."); a wrapped line does not end the clause."""
    lo = max(0, begin - 120)
    breaks = [b.end() for b in _CLAUSE_BREAK_IN_LINE.finditer(folded, lo, begin)]
    return _OBLIGATION.search(folded, breaks[-1] if breaks else lo, begin) is not None


def _yearly_sentence(folded: str, start: int, expr: str) -> bool:
    """Whether a day and month with no year stand in a sentence that says the work recurs every
    year ("Hàng năm, Ban Thường vụ ... trước ngày 31/01 và ... trước ngày 30/11")."""
    if not ((m := _day_form(" ".join(expr.split()))) and m["y"] is None):
        return False
    begin = max(0, start - _SENTENCE_BACK)
    breaks = [b.end() for b in _SENTENCE_BREAK.finditer(folded, begin, start)]
    return _YEARLY_SENTENCE.search(folded, breaks[-1] if breaks else begin, start) is not None
_PERIOD_AFTER = re.compile(r"[ \t]*(?:[-–][ \t]*(?:hết[ \t]*)?tháng|đến)(?![\wđ])")
_COLON_AFTER = re.compile(r"[ \t]*:")
# A time closes its task's sentence, or its purpose follows ("phải trình hồ sơ ... trong tháng 3 năm
# 2023 để triển khai các bước tiếp theo"): the task's own time either way.
_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:\.|;|$|\n|,?[ \t]+(?:để|nhằm)(?![\wđ]))", re.M)
_CHAINED_YEARLY = re.compile(rf"\s+và\s+(?:ngày\s*)?(?:{EXPR})(?:{RECURRENCE})")


def _needs_met(needs: str | None, folded: str, m: re.Match[str], colon: bool, chained: bool) -> bool:
    if needs == "recurrence":
        return bool(m["rec"]) or chained
    if needs == "bracket":
        return folded.startswith(")", m.end())
    if needs == "end":
        return _SENTENCE_CLOSE.match(folded, m.end()) is not None
    if needs == "colon":
        return colon
    if needs == "month":  # a month, not the first of a period ("Tháng 6/2024 - tháng 12/2024")
        return _MONTH_FORM.fullmatch(" ".join(m["expr"].split())) is not None and _PERIOD_AFTER.match(folded, m.end()) is None
    return True


def date_expressions(folded: str) -> Iterator[re.Match[str]]:
    """The matches of ``_EXPRESSION.finditer(folded)``, found by trying it only where one may start."""
    digit, month = _DIGIT_START.search(folded), _MONTH_START.search(folded)
    while digit or month:
        hit = digit if month is None or (digit is not None and digit.start() <= month.start()) else month
        m = _EXPRESSION.match(folded, hit.start())
        if m:
            yield m
        pos = m.end() if m else hit.start() + 1
        if digit is not None and digit.start() < pos:
            digit = _DIGIT_START.search(folded, pos)
        if month is not None and month.start() < pos:
            month = _MONTH_START.search(folded, pos)


def _deadline(pt: Text, layout: Layout, value: str, precision: str, yearly: bool, qualifier: str, start: int, end: int) -> dict:
    return {
        "date": value,
        "precision": precision,
        "recurrence": "yearly" if yearly else None,
        "qualifier": qualifier,
        "task": _task_around(pt, start, end),
        "bodies": [],
        "text": squash(pt.text[start:end]),
        "start": start,
        "end": end,
    }


_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|\n|;")
_ITEM_MARKER = re.compile(rf"^{ITEM_MARKER}\s+")
# A "Thời gian" cell of a task table: "Trước 20/6", "Tháng 12", "Chậm nhất ngày 20/6/2023".
_TABLE_CELL = re.compile(rf"(?P<q>trước|chậm nhất|hoàn thành trước|trong)?\s*(?:ngày\s*)?(?P<expr>{EXPR})(?P<rec>{RECURRENCE})?\.?")


# A time cell that names a month only as months in a row or as month/year: "Tháng 3-4/2024", "6/2024".
_TABLE_MONTH = re.compile(r"(?:trong\s+)?(?:tháng\s*\d{1,2}\s*[-–]\s*)?(?P<m>\d{1,2})\s?/\s?(?P<y>(?:19|20)\d{2})\.?")


def _task_around(pt: Text, start: int, end: int) -> str | None:
    """The sentence holding the deadline, without the deadline words themselves."""
    text = pt.text
    line_start = max(text.rfind("\n", 0, start) + 1, start - SENTENCE_REACH)  # a sentence is read so far at most
    sent_start = max(line_start, max(text.rfind(". ", line_start, start), text.rfind("; ", line_start, start)) + 2)
    reach = min(len(text), end + SENTENCE_REACH)
    stop = _SENTENCE_STOP.search(text, end, reach)  # from end, without copying the rest of the text
    sent_end = stop.start() if stop else reach
    task = squash(text[sent_start:start] + " " + text[end:sent_end])
    task = _ITEM_MARKER.sub("", task).strip(" ,;:()")
    if len(task) < 8:  # the deadline is a line of its own ("Hoàn thành trong tháng 4/2023."): the task is above
        prev_end = line_start - 1
        prev_start = text.rfind("\n", 0, max(0, prev_end)) + 1
        previous = squash(text[prev_start : min(prev_end, prev_start + SENTENCE_REACH)])  # the task keeps its start
        if previous:
            task = squash(f"{previous} {task}")
        task = _ITEM_MARKER.sub("", task).strip(" ,;:()")
    return task[:300] or None


def _from_tables(layout: Layout, pt: Text, year: int | None) -> list[tuple[int, dict]]:
    """The time cell of each task-table row (extractors.tasktables): "Trước 20/6", "Tháng 12",
    "20/6/2023"; the task is the row's task cell. (start of the date expression, deadline) each."""
    found = []
    for row in task_rows(layout, pt):
        if row.time is None:
            continue
        cell = fold(row.time.text)
        m = _TABLE_CELL.fullmatch(cell)
        if not m:
            month = _TABLE_MONTH.fullmatch(cell)
            value = dates.iso_month(month["y"], month["m"]) if month else None
            if value:  # "Tháng 3-4/2024" (the last month is the limit), "6/2024"
                entry = _deadline(pt, layout, value, "month", False, "within", row.time.start, row.time.end)
                entry["task"] = squash(row.task.text) if row.task else None
                found.append((row.time.start + month.start("m"), entry))
            continue
        yearly = bool(m["rec"])
        value, precision = parse_expr(m["expr"], year, yearly)
        if value is None:
            continue
        qualifier = {"trước": "before", "hoàn thành trước": "before", "chậm nhất": "by", "trong": "within"}.get(m["q"] or "", "within" if precision == "month" else "by")
        entry = _deadline(pt, layout, value, precision, yearly, qualifier, row.time.start, row.time.end)
        entry["task"] = squash(row.task.text) if row.task else None
        found.append((row.time.start + m.start("expr"), entry))
    return found


_NEWLINE = re.compile("\n")
_MAX_BODIES = 20  # a deadline shared by a long list of bodies names its first twenty (a line of junk: no more)
_MAX_BODIES_CHARS = 1_000  # and no more than this of their names: a record stays linear in its input


def _tie_to_assignments(layout: Layout, pt: Text, deadlines: list[dict], assignments: list[dict]) -> None:
    """Bodies of a deadline: those given tasks in the same outline item (or the same paragraph).

    The deadlines of one zone share its scan, found by bisection: a line of thousands of
    deadlines and assignments must not cost their product (hypothesis found it quadratic)."""
    text = pt.text
    breaks = [m.start() for m in _NEWLINE.finditer(text)]
    by_start = sorted(range(len(assignments)), key=lambda i: assignments[i]["start"])
    starts = [assignments[i]["start"] for i in by_start]
    zones: dict[tuple[int, int], tuple[list[str], deque[int]]] = {}

    def zone(lo: int, hi: int) -> tuple[list[str], deque[int]]:
        """The zone's first bodies (in the assignments' order) and its assignments still without
        a deadline, by start: a deadline ties those starting before it (a prefix)."""
        if (lo, hi) not in zones:
            members = sorted(by_start[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])
            names: list[str] = []
            seen: set[str] = set()
            total = 0
            for i in members:
                if fold(assignments[i]["body"]) not in seen:
                    seen.add(fold(assignments[i]["body"]))
                    names.append(assignments[i]["body"])
                    total += len(assignments[i]["body"])
                    if len(names) == _MAX_BODIES or total >= _MAX_BODIES_CHARS:
                        break
            untied = [i for i in members if assignments[i]["deadline"] is None]
            zones[(lo, hi)] = (names, deque(sorted(untied, key=lambda i: assignments[i]["start"])))
        return zones[(lo, hi)]

    for d in deadlines:
        before = bisect.bisect_left(breaks, d["start"]) - 1
        after = bisect.bisect_left(breaks, d["end"])
        row = (breaks[before] + 1 if before >= 0 else 0, breaks[after] if after < len(breaks) else len(text))
        item = layout.item_at(d["start"])
        names, waiting = zone(item.start, item.end) if item is not None and item.level >= 2 else zone(*row)
        if not names:  # a table row: the bodies on the same row
            names, waiting = zone(*row)
        d["bodies"].extend(names)
        while waiting and assignments[waiting[0]]["start"] < d["start"] + 400:
            a = assignments[waiting.popleft()]
            if a["deadline"] is None:
                a["deadline"] = d["date"]
