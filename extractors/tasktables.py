"""Task tables: each row a task, the bodies that lead or join it, and its time.

One reader for the assignments and the deadlines. Three forms, as plans print them:
- rows of cells separated by tabs (a Word table, or a markdown table the normalizer made into
  tabs), under a header row naming the columns ("Nội dung | Đơn vị chủ trì | Đơn vị phối hợp |
  Thời gian hoàn thành");
- a table flattened one cell per line, the cells separated by lines holding only "|" (a web
  export): the header's cells come first, then the rows' cells in the same order;
- label lines under each task ("- Cơ quan chủ trì: Sở Nội vụ." / "- Cơ quan phối hợp: ..." /
  "- Thời gian hoàn thành: ..."), the form a table takes when it is written as prose;
- a table read from a PDF's text layer (a gazette's annex): no separators at all, each printed
  line of a cell a line of its own, the header's words broken over lines ("Cơ quan" / "chủ trì").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plankb.extractors.layout import Layout
from plankb.extractors.names import starts_with_body
from plankb.extractors.patterns.doc_types import TYPE_NAME_ALT
from plankb.extractors.patterns.tasktables import (
    CONCERNED_KINDS,
    KIND_FIRST_SYLLABLES,
    NAME_OPEN_HEADS,
    OFFICE_SHARED,
    ORGAN_HEADS,
    ORGAN_OWNERS,
    ROLE_HEADING_NOUNS,
    ROLE_HEADING_WORDS,
    ROLE_LABELS,
    TASK_LABELS,
    TIME_LABELS,
    TIME_OF_ACT,
)
from plankb.extractors.regexes import alternation
from plankb.extractors.text import Text, fold


@dataclass
class Cell:
    text: str
    start: int
    end: int


@dataclass
class TaskRow:
    task: Cell | None = None
    bodies: list[tuple[str, Cell]] = field(default_factory=list)  # (role, cell holding a list of bodies)
    time: Cell | None = None


def task_rows(layout: Layout, pt: Text) -> list[TaskRow]:
    return _tab_rows(layout, pt) + _flat_rows(pt) + _label_rows(pt) + _pdf_rows(pt)


# A header cell is a label: "Cơ quan, đơn vị chủ trì thực hiện" is seven words.
_HEADER_WORDS = 9


def _column_role(cell: str) -> str | None:
    """The role a header cell gives its column's bodies: "Đơn vị chủ trì" -> lead."""
    c = fold(cell).strip(" *:.")
    if c in ROLE_LABELS:
        return ROLE_LABELS[c]
    if len(c.split()) > _HEADER_WORDS:
        return None  # a long cell: a row's content, not a header
    if not (c.startswith(ROLE_HEADING_NOUNS) or len(c.split()) <= ROLE_HEADING_WORDS):
        return None  # "Xây dựng quy chế phối hợp": a task, not a header
    if "chủ trì" in c:
        return "lead"
    if "phối hợp" in c:
        return "coordinate"
    return None


def _is_time(cell: str) -> bool:
    return fold(cell).strip(" *:.").startswith(TIME_LABELS)


def _is_limit(cell: str, with_bodies: bool) -> bool:
    """A time column whose cells are limits: "Thời gian ban hành" only beside bodies to issue."""
    return _is_time(cell) and (with_bodies or not _TIME_OF_ACT.search(fold(cell)))


_TIME_OF_ACT = re.compile(r"(?<![\wđ])(?:" + alternation(TIME_OF_ACT) + r")(?![\wđ])")


def _is_task(cell: str) -> bool:
    return fold(cell).strip(" *:.").startswith(TASK_LABELS)


# --- rows of cells separated by tabs ------------------------------------------------------------


def _tab_rows(layout: Layout, pt: Text) -> list[TaskRow]:
    rows = layout.table_rows
    found: list[TaskRow] = []
    i = 0
    while i < len(rows):
        cells = rows[i].text.split("\t")
        roles = {k: r for k, c in enumerate(cells) if (r := _column_role(c)) is not None}
        time_col = next((k for k, c in enumerate(cells) if _is_limit(c, bool(roles))), None)
        if not roles and time_col is None:
            i += 1
            continue
        task_col = next((k for k, c in enumerate(cells) if _is_task(c)), None)
        j = i + 1
        if j < len(rows) and rows[j].start - rows[i].end <= 2 and _is_sub_header(rows[j].text.split("\t")):
            # a header over two rows: "Cơ quan, đơn vị" spanning "Chủ trì | Phối hợp" below it
            below = rows[j].text.split("\t")
            span = next(k for k, c in enumerate(below) if c.strip())
            width = max(len(below), len(rows[j + 1].text.split("\t")) if j + 1 < len(rows) else 0)
            shift = max(0, width - len(cells))  # the columns the spanning cell covers, beyond its own

            def moved(k: int, span: int = span, shift: int = shift) -> int:
                return k + shift if k > span else k

            roles = {moved(k): r for k, r in roles.items()}
            roles.update({k: r for k, c in enumerate(below) if (r := _column_role(c)) is not None})
            below_time = next((k for k, c in enumerate(below) if _is_limit(c, bool(roles))), None)
            time_col = below_time if below_time is not None else (moved(time_col) if time_col is not None else None)
            task_col = moved(task_col) if task_col is not None else None
            j += 1
        width = max([len(cells), *(k + 1 for k in roles), time_col + 1 if time_col is not None else 0])
        merged: dict[int, Cell] = {}  # a lead's cell, for the rows below it left empty (a merged cell)
        while j < len(rows) and _same_table(pt.text, rows[j - 1].end, rows[j].start):
            row = rows[j]
            raw = row.text.split("\t")
            offsets = _cell_offsets(row.start, raw)
            if any(_column_role(c) for c in raw) or any(_is_time(c) for c in raw):
                break  # a new header row
            if time_col is not None and len(raw) < width and _rowspan_omitted(raw, time_col, width - len(raw)):
                # the row's first cells are merged with rows above and left out: align it at the right
                raw = [""] * (width - len(raw)) + raw
                offsets = [row.start] * (len(raw) - len(offsets)) + offsets
            tr = TaskRow()
            if task_col is not None and task_col < len(raw) and raw[task_col].strip():
                tr.task = _cell(raw[task_col], offsets[task_col])
            for col, role in roles.items():
                if col < len(raw) and raw[col].strip():
                    tr.bodies.append((role, _cell(raw[col], offsets[col])))
                    if role in _MERGED_ROLES:
                        merged[col] = tr.bodies[-1][1]
                elif role in _MERGED_ROLES and col in merged and col < len(raw) and tr.task is not None:
                    # every task has a lead: an empty lead cell under one is the merged cell above
                    # (a heading row, its cells ending before the lead column, has none)
                    tr.bodies.append((role, merged[col]))
            if time_col is not None and time_col < len(raw) and raw[time_col].strip():
                tr.time = _cell(raw[time_col], offsets[time_col])
            if tr.task is None:  # no task column: the longest other cell says what is to be done
                others = [(len(c.strip()), k) for k, c in enumerate(raw) if k not in roles and k != time_col and len(c.strip()) > 15]
                if others:
                    k = max(others)[1]
                    tr.task = _cell(raw[k], offsets[k])
            found.append(tr)
            j += 1
        i = j
    return found


# Between two rows of one table: blank lines (an empty row) and at most one short line without
# tabs (a heading row spanning the table: "Tiêu chí 1: Công tác giáo dục (60 điểm)").
_SPANNING_ROW = 150


def _same_table(text: str, prev_end: int, start: int) -> bool:
    gap = text[prev_end:start].strip()
    return not gap or ("\n" not in gap and len(gap) <= _SPANNING_ROW)


_TIME_LIKE = re.compile(r"\d{1,2}\s*/\s*\d{1,4}|(?i:tháng|quý|năm)\s+\d")


def _rowspan_omitted(cells: list[str], time_col: int, missing: int) -> bool:
    """A row shorter than its header whose time cell stands where the header's is when counted
    from the right (its merged first cells left out), not from the left."""
    left = cells[time_col] if time_col < len(cells) else ""
    right = cells[time_col - missing] if time_col >= missing else ""
    return bool(_TIME_LIKE.search(right)) and not _TIME_LIKE.search(left)


# Roles every row has: an empty cell in their column is a cell merged with the one above.
_MERGED_ROLES = ("lead", "implement")


def _is_sub_header(cells: list[str]) -> bool:
    """The second row of a two-row header: labels only ("", "", "Chủ trì", "Phối hợp", "")."""
    labelled = [c for c in cells if c.strip()]
    return bool(labelled) and all(_column_role(c) or _is_time(c) for c in labelled)


def _cell_offsets(start: int, cells: list[str]) -> list[int]:
    offsets, pos = [], start
    for cell in cells:
        offsets.append(pos)
        pos += len(cell) + 1
    return offsets


def _cell(raw: str, offset: int) -> Cell:
    stripped = raw.strip()
    start = offset + raw.find(stripped) if stripped else offset
    return Cell(stripped, start, start + len(stripped))


# --- a table flattened one cell per line --------------------------------------------------------

_PIPE_LINE = re.compile(r"^[ \t]*\|[ \t]*$", re.M)
_NUMBER_CELL = re.compile(r"\d{1,3}[.)]?")
_SECTION_CELL = re.compile(r"(?:[IVX]{1,5}|[A-Z])[.)]\s")
_MAX_CELL = 1500  # characters: a longer run without "|" is no longer the table


def _flat_rows(pt: Text) -> list[TaskRow]:
    text = pt.text
    pipes = [m.start() for m in _PIPE_LINE.finditer(text)]
    if len(pipes) < 4:
        return []
    cells: list[Cell] = []  # the cells of one run of the table, empty ones included
    runs: list[list[Cell]] = []
    for a, b in zip(pipes, pipes[1:]):
        if b - a > _MAX_CELL:
            runs.append(cells)
            cells = []
            continue
        start = text.index("|", a) + 1
        cells.append(_cell(text[start:b], start))
    runs.append(cells)
    found: list[TaskRow] = []
    for run in runs:
        found += _rows_of_run(run)
    return found


def _rows_of_run(cells: list[Cell]) -> list[TaskRow]:
    """The header's columns, then each row by what its cells hold: a task (prose that names no
    body), the bodies of the role columns in their order, then the time."""
    k = next((i for i, c in enumerate(cells) if _column_role(c.text) or _is_time(c.text)), None)
    if k is None:
        return []
    start = k
    while start > 0 and cells[start - 1].text:
        start -= 1
    end = k
    while end < len(cells) and cells[end].text:
        end += 1
    header = cells[start:end]
    roles = [r for c in header if (r := _column_role(c.text))]
    has_time = any(_is_limit(c.text, bool(roles)) for c in header)
    found: list[TaskRow] = []
    row: TaskRow | None = None
    slots = 0  # the role columns the row has passed, empty cells included
    above: dict[str, Cell] = {}  # the last lead's cell, for a lead cell left empty (merged) below it
    for c in cells[end:]:
        t = c.text
        if not t:
            if row is not None and row.time is None and slots < len(roles):
                role = roles[slots]  # an empty cell inside a row: its column has no body of its own
                if role in _MERGED_ROLES and role in above:
                    row.bodies.append((role, above[role]))
                slots += 1
            continue
        if _NUMBER_CELL.fullmatch(t):
            continue
        if _SECTION_CELL.match(t) or (t.upper() == t and len(t) > 8):
            row = None  # a heading row spanning the table ("II. HOÀN THIỆN CƠ CHẾ ...")
            continue
        body = starts_with_body(t)
        if row is None or (not body and (row.bodies or row.time)) and not (has_time and row.time is None and row.bodies):
            if body and row is None:
                continue
            row = TaskRow(task=c)
            found.append(row)
            slots = 0
            continue
        if body and slots < len(roles):
            row.bodies.append((roles[slots], c))
            if roles[slots] in _MERGED_ROLES:
                above[roles[slots]] = c
            slots += 1
        elif has_time and row.time is None:
            row.time = c
    return found


# --- label lines under each task ----------------------------------------------------------------

# "- Cơ quan chủ trì: Bộ Quốc phòng; Bộ Tài chính.", and under an item's letter or number as a plan
# numbers the parts of each task ("a) Cơ quan chủ trì: ...", "2.1. Đơn vị thực hiện: ...").
_LABEL = re.compile(
    r"^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)][ \t]*|[-+•*][ \t]*)?(?P<label>" + alternation(ROLE_LABELS) + r")[ \t]*:[ \t]*", re.M
)
_VALUE_END = re.compile(r"\.(?=\s|$)|\n[ \t]*(?:[-+•*]|\d{1,2}[.)]|[a-zđ]\))|\n[ \t]*\n")


# A label standing alone on its line ("a) Cơ quan chủ trì", "2. Cơ quan phối hợp") over a bulleted
# list of bodies ("- Bộ Quốc phòng; Bộ Tài chính."): each bullet a cell of the label's role.
_LABEL_LINE = re.compile(
    r"^[ \t]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)][ \t]*|[-+•*][ \t]*)?(?P<label>" + alternation(ROLE_LABELS) + r")[ \t]*:?[ \t]*$", re.M
)
_BULLET_LINE = re.compile(r"[ \t]*[-+•*][ \t]*(?P<value>[^\n]*)")


def _label_block_rows(pt: Text) -> list[TaskRow]:
    found: list[TaskRow] = []
    for m in _LABEL_LINE.finditer(pt.folded):
        pos = m.end()
        while pos < len(pt.text):
            while pos < len(pt.text) and pt.text[pos] == "\n":
                pos += 1  # exports leave blank lines between the bullets
            b = _BULLET_LINE.match(pt.text, pos)
            if not b or not b["value"].strip():
                break
            value = b["value"].rstrip(" .;")
            found.append(TaskRow(bodies=[(ROLE_LABELS[m["label"]], _cell(value, b.start("value")))]))
            pos = b.end()
    return found


def _label_rows(pt: Text) -> list[TaskRow]:
    found: list[TaskRow] = _label_block_rows(pt)
    for m in _LABEL.finditer(pt.folded):
        end_m = _VALUE_END.search(pt.folded, m.end())
        end = end_m.start() if end_m else len(pt.text)
        value = pt.text[m.end() : end]
        if not value.strip():
            continue
        found.append(TaskRow(bodies=[(ROLE_LABELS[m["label"]], _cell(value, m.end()))]))
    return found


# --- a table from a PDF's text layer: one printed line of a cell a line, no separators ----------

# A header over lines of a few words each ("Cơ quan", "chủ trì", "Thời gian", "hoàn thành").
_PDF_HEADER_LINE = 30  # characters
_PDF_HEADER_REACH = 12  # lines from a role label to the time label of the same header
# Header cells of the other columns, skipped when the header repeats on each page.
_OTHER_HEADERS = ("tt", "stt", "kết quả", "sản phẩm", "ghi chú", "căn cứ", "căn cứ bổ sung", "dự kiến sản phẩm")
# A cell's line ending with these goes on on the next line ("Bộ Giáo dục và" / "Đào tạo").
_OPEN_END = re.compile(r"(?:[,\-–(/]|(?<![\wđ])(?:và|của|các|cấp|ở|thuộc|với|trong|theo|hoặc|trình|tháng|quý|ngày|từ|đến|trước))$")
# A line ending in a capitalised word of a name goes on with the name's next word: "Thủ tướng" /
# "Chính phủ", "Đài Truyền hình Việt" / "Nam".
_OPEN_HEAD = re.compile(r"(?<![\wđ])(?:" + alternation(NAME_OPEN_HEADS) + r")$")


# A task's line ending in a verb whose object is a body goes on with the body ("..., báo cáo" /
# "Thủ tướng Chính phủ"); a cell that is the verb alone ("Báo cáo", a result) does not.
_OBJECT_VERBS = ("báo cáo", "trình", "gửi", "giúp", "tham mưu", "đề nghị")
_OPEN_VERB = re.compile(r"\S\s+(?:" + "|".join(_OBJECT_VERBS) + r")$")
_VERBS_ALONE = frozenset(_OBJECT_VERBS)


def _open_cell(cell: str, more_before: bool = False) -> bool:
    """Whether a cell's line ``cell`` ends open; ``more_before``: the cell has lines above it."""
    folded = fold(cell)
    if _OPEN_END.search(folded) or _OPEN_VERB.search(folded) or more_before and folded.strip() in _VERBS_ALONE:
        return True
    head = _OPEN_HEAD.search(folded)  # written capitalised, as a name's head is ("Ủy ban", not "ngang bộ")
    return head is not None and cell[head.start()].isupper()


def _name_goes_on(line: str, more_before: bool = False) -> bool:
    words = line.split()
    last = words[-1] if words else ""
    return (len(words) > 1 or more_before) and len(last) > 1 and last[0].isupper() and last[1:].isalpha() and last[1:].islower()


_PROSE_LINE = 65  # characters: lines this long are prose, not the cells of a narrow column
_PROSE_RUN = 4  # lines of prose in a row end the table
_PDF_TIME = re.compile(r"(?:tháng|trước|chậm nhất|hoàn thành trước|quý|ngày)\s*\d|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}")


def _pdf_header_end(lines: list[tuple[int, str]], i: int) -> int | None:
    """The index of the first line after a header whose role label starts on line ``i``
    ("Cơ quan" / "chủ trì", or "Cơ quan chủ trì" whole), a time label following within a few lines."""
    def joined(k: int) -> str:
        return fold(" ".join(t.strip() for _, t in lines[k : k + 2])).strip(" *:.")

    first = fold(lines[i][1]).strip(" *:.")
    if first not in ROLE_LABELS and joined(i) not in ROLE_LABELS:
        return None
    last = None
    for k in range(i, min(len(lines), i + _PDF_HEADER_REACH)):
        t = lines[k][1].strip()
        if len(t) > _PDF_HEADER_LINE or "|" in t:
            break
        if _is_time(t):
            last = k
        elif k + 1 < len(lines) and _is_time(joined(k)):
            last = k + 1  # the time heading's words broken one per line too ("Thời" / "hạn" / "hoàn thành")
    if last is None:
        return None
    end = last + 1
    while end < len(lines) and len(lines[end][1].strip()) <= _PDF_HEADER_LINE and _header_word(lines[end][1]):
        end += 1
    return end


def _header_word(line: str) -> bool:
    c = fold(line).strip(" *:.")
    return bool(c) and not c[0].isdigit() and (
        c in _OTHER_HEADERS or c in ROLE_LABELS or _is_time(c) or _is_task(c)
        or any(h.startswith(c) or c in h.split() for h in (*_OTHER_HEADERS, *ROLE_LABELS, *TIME_LABELS, "hoàn thành", "bổ sung", "thực hiện"))
    )


def _pdf_rows(pt: Text) -> list[TaskRow]:
    """A task table from a PDF's text layer (Decree 30's annex of tasks as a gazette prints it):
    after a header broken over short lines, each cell's lines follow each other, a row's cells in
    the columns' order, and a cell's line goes on with the next one when it ends open ("và", ",")
    or the next starts in lower case. A cell naming bodies becomes a row's body cell; a cell
    giving a month or a date, its time."""
    return _pdf_tables(pt)[0]


def pdf_table_spans(pt: Text) -> list[tuple[int, int]]:
    """Where the task tables read from a PDF's text layer stand: their lines are the fragments of
    cells ("Bộ Ngoại" / "giao" / "Các" / "Bộ,"), not sentences or headings to be read as prose."""
    return _pdf_tables(pt)[1]


def _pdf_tables(pt: Text) -> tuple[list[TaskRow], list[tuple[int, int]]]:
    text = pt.text
    if "\t" in text or _PIPE_LINE.search(text):
        return [], []  # tables with separators are read by the readers above
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        if raw.strip():
            lines.append((pos, raw))
        pos += len(raw) + 1
    found: list[TaskRow] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        end = _pdf_header_end(lines, i) if len(lines[i][1].strip()) <= _PDF_HEADER_LINE else None
        if end is None:
            i += 1
            continue
        before = len(found)
        stop = _pdf_table(text, lines, end, found)
        if len(found) > before and end < stop:
            spans.append((lines[end][0], lines[stop - 1][0] + len(lines[stop - 1][1])))
        i = stop
    return found, spans


def _pdf_cells(lines: list[tuple[int, str]], start: int) -> tuple[list[Cell], int]:
    """The cells after a header, to where prose begins again; and the index of that line. A
    cell's pieces are kept apart until it ends: a long cell costs its length, not its square."""
    cells: list[tuple[list[str], int, int]] = []  # (pieces, start, end)
    prose = 0
    k = start
    while k < len(lines):
        offset, raw = lines[k]
        prose = prose + 1 if len(raw.strip()) >= _PROSE_LINE else 0
        if prose >= _PROSE_RUN:
            break
        for m in re.finditer(r"\S+(?:[ \t]\S+)*", raw):
            piece = m.group(0)
            s, e = offset + m.start(), offset + m.end()
            if cells and _goes_on(cells[-1][0], piece):
                cells[-1][0].append(piece)
                cells[-1] = (cells[-1][0], cells[-1][1], e)
            else:
                cells.append(([piece], s, e))
        k += 1
    return [Cell(" ".join(pieces), s, e) for pieces, s, e in cells], k


# A line that is one abbreviation before a comma ("PCPNN,", "VTV,") is an item of the list the cell
# runs on with ("Ủy ban Công tác về các tổ chức" / "PCPNN," / "VTV, VOV,"): a cell of the next
# column does not open with a lone abbreviation and a comma.
_ABBREVIATION_ITEM = re.compile(r"[A-ZĐ][A-ZĐ&]{1,9},")


# A line opening with a document's type name in capitals ("Quyết định của Thủ tướng ...", "Nghị
# định", "Đề án"): the cell of a row's result, not the rest of a body's name whose head ends the line
# before ("Các cơ quan thành viên trong Ủy ban" / "Quyết định của").
_TYPE_NAME_START = re.compile(r"(?:" + TYPE_NAME_ALT + r")(?![\wđ])")


def _goes_on(pieces: list[str], piece: str) -> bool:
    """Whether a line ``piece`` goes on with the cell whose lines are ``pieces``."""
    last = " ".join(pieces[-3:])  # a head may span the last lines ("Thủ" / "tướng"): a few, not the whole cell
    more = len(pieces) > 3
    folded_last = fold(last)
    if piece[0].isupper() and _TYPE_NAME_START.match(fold(piece)) and not _OPEN_END.search(folded_last) and not _OPEN_VERB.search(folded_last):
        return False
    return (
        _open_cell(last, more) or piece[0].islower() or _name_goes_on(last, more) and piece[0].isupper()
        or _ABBREVIATION_ITEM.fullmatch(piece) is not None
    )


_TASK_CELL = 25  # characters: a shorter cell of prose is a result or a basis, not the task


def _pdf_table(text: str, lines: list[tuple[int, str]], start: int, found: list[TaskRow]) -> int:
    cells, stop = _pdf_cells(lines, start)
    task: Cell | None = None
    bodies_in_row = 0
    for c in cells:
        t = c.text
        if _header_word(t) or _column_role(t) or _NUMBER_CELL.fullmatch(t.strip(" ")):
            if _NUMBER_CELL.fullmatch(t.strip(" ")):
                bodies_in_row = 0
            continue
        if starts_with_body(t) and len(t) <= _MAX_BODY_CELL:
            for part in _body_runs(text, c):
                found.append(TaskRow(task=task, bodies=[("lead" if bodies_in_row == 0 else "coordinate", part)]))
                bodies_in_row += 1
        elif _PDF_TIME.match(fold(t)) and len(t) <= _MAX_TIME_CELL:
            found.append(TaskRow(task=task, time=c))
        elif len(t) >= _TASK_CELL and bodies_in_row == 0:
            task = c
        elif len(t) >= _TASK_CELL:
            task, bodies_in_row = c, 0  # the next row's task: its number cell was a page's furniture
    return stop


# Two cells of one printed line run together when the export drops the space between them ("cơ
# quan ngang bộ Bộ Tư pháp"): a capitalised body's name right after a lower-case word starts the next.
_RUN_ON = re.compile(r"(?<=\w|,)[ \n]+(?=\w)")


def _lower_word_before(raw: str, end: int) -> bool:
    """Whether the word ending at ``end`` is written in lower case ("ngang bộ", not "Bộ")."""
    start = end
    while start > 0 and not raw[start - 1].isspace():
        start -= 1
    word = raw[start:end].strip(",")
    return bool(word) and word[0].islower()


_KIND_ALTERNATION = "|".join(k.replace(" ", r"\s+") for k in CONCERNED_KINDS)
_DANGLING_SYLLABLE = re.compile(r"\s*,\s*(?:" + "|".join(KIND_FIRST_SYLLABLES) + r")\s*$")
_DETERMINER_BEFORE = re.compile(r"(?<![\wđ])(?:các|những|mọi|và|với|,)$")
# "Sở Y tế cơ quan, đơn vị liên quan": the kinds concerned after a name, the comma between lost.
_CONCERNED_AFTER_NAME = re.compile(
    r"(?<=[\wđ])[ \n]+(?=(?:" + _KIND_ALTERNATION + r")(?:\s*,\s*(?:" + _KIND_ALTERNATION + r"))*\s+(?:có\s+)?liên\s+quan\s*$)"
)


def _body_runs(text: str, c: Cell) -> list[Cell]:
    raw = text[c.start : c.end]
    dangling = _DANGLING_SYLLABLE.search(fold(raw))
    if dangling:
        raw = raw[: dangling.start()]  # "..., cơ": the rest of the cell is over the page
    cuts: list[int] = []
    for m in _RUN_ON.finditer(raw):
        after = " ".join(raw[m.end() : m.end() + 80].split())  # the name may stand on two lines ("Ủy" / "ban nhân dân")
        if (
            raw[m.end()].isupper() and _lower_word_before(raw, m.start()) and starts_with_body(after)
            and not _OPEN_VERB.search(fold(raw[: m.start()]))  # "... trình" / "Hội đồng nhân dân": the verb's object
            and not _organ_of(raw[cuts[-1] if cuts else 0 : m.start()], after)
        ):
            cuts.append(m.end())
    concerned = _CONCERNED_AFTER_NAME.search(fold(raw))
    if concerned and starts_with_body(raw) and not _DETERMINER_BEFORE.search(fold(raw), 0, concerned.start()):
        cuts.append(concerned.end())  # not "Bộ Tài chính, các cơ quan có liên quan": the kinds of "các"
    cuts.sort()
    parts, prev = [], 0
    for cut in [*cuts, len(raw)]:
        piece = raw[prev:cut]
        stripped = _TRAILING_AND.sub("", piece.strip(" ,\n"))  # "Sở Tài chính và" / "Sở Nội vụ"
        if stripped:
            at = c.start + prev + piece.find(stripped)
            parts.append(Cell(" ".join(stripped.split()), at, at + len(stripped)))
        prev = cut
    return parts


_MAX_BODY_CELL = 250  # characters: a longer cell starting with a body's name is a task
_MAX_TIME_CELL = 40


_ORGAN_HEAD = re.compile(r"(?:" + alternation(ORGAN_HEADS) + r")(?![\wđ])")
_OWNER = re.compile(r"(?<![\wđ])(?:" + alternation(ORGAN_OWNERS) + r")(?![\wđ])")
_TRAILING_AND = re.compile(r"[ \t\n]+(?:và|với)$")


def _organ_of(before: str, after: str) -> bool:
    """Whether the name ``before`` a capitalised ``after`` is an organ's head that ``after`` owns:
    "Ban Tuyên giáo" / "Tỉnh ủy", "Văn phòng" / "UBND tỉnh", one body; "Văn phòng HĐND và" /
    "UBND huyện", one office serving two councils. Not a name that has its owner already
    ("Văn phòng UBND tỉnh" / "Sở Tài chính")."""
    b = fold(" ".join(before.split())).strip(" ,")
    a = fold(after)
    head = _ORGAN_HEAD.match(b)
    if head is None:
        return False
    rest = b[head.end() :]
    if rest.endswith(" và"):
        return _OWNER.search(rest[:-3]) is not None and a.startswith(OFFICE_SHARED) and b.startswith("văn phòng")
    return _OWNER.search(rest) is None and _OWNER.match(a) is not None
