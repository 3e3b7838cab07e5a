"""A quote kept without the columns of its own row that it repeats, given back by plain SQL.

An assignment's sentence (``text``) mostly repeats its ``body`` and ``task``; a citation as
written, its ``issuer`` and ``subject``. The row stores the quote with (at most) two of those
columns cut out (``text_rest``) and where each was cut (``<column>_at``, characters into
``text_rest``; null when not cut), and ``text`` is a VIRTUAL generated column putting them back
with SQLite's own ``substr`` (which counts characters, as Python's offsets do): it takes no room,
any SQLite client (3.31 or newer) reads it, and Datasette shows it as the column it always was.
"""

from __future__ import annotations

# table -> the two columns of the row cut out of its quote, in the order they are written in it
CUT_COLUMNS = {"assignments": ("body", "task"), "citations": ("issuer", "subject")}

# The stored columns behind each generated ``text``: what pages and exports leave out.
STORAGE_COLUMNS = {table: ("text_rest", f"{a}_at", f"{b}_at") for table, (a, b) in CUT_COLUMNS.items()}


def restored_sql(a: str, b: str) -> str:
    """The SQL expression giving the quote back from text_rest and the columns a and b."""
    x = f"coalesce([{a}_at], 0)"
    y = f"coalesce([{b}_at], [{a}_at], 0)"
    return (
        f"substr([text_rest], 1, {x}) || CASE WHEN [{a}_at] IS NULL THEN '' ELSE [{a}] END"
        f" || substr([text_rest], {x} + 1, {y} - {x}) || CASE WHEN [{b}_at] IS NULL THEN '' ELSE [{b}] END"
        f" || substr([text_rest], {y} + 1)"
    )


def restored(rest: str | None, a: str | None, a_at: int | None, b: str | None, b_at: int | None) -> str | None:
    """What restored_sql gives, in Python."""
    if rest is None:
        return None
    x = a_at or 0
    y = b_at if b_at is not None else x
    return rest[:x] + (a if a_at is not None else "") + rest[x:y] + (b if b_at is not None else "") + rest[y:]


def cut(text: str | None, a: str | None, b: str | None) -> tuple[str | None, int | None, int | None]:
    """(text_rest, a_at, b_at): the quote without a and then b where it holds them in that order,
    else without the longer one it holds; the quote whole when it holds neither."""
    if not text:
        return text, None, None
    options = [(text, None, None)]
    at_a = text.find(a) if a else -1
    at_b = text.find(b) if b else -1
    if at_a >= 0:
        options.append((text[:at_a] + text[at_a + len(a) :], at_a, None))
        after = text.find(b, at_a + len(a)) if b else -1
        if after >= 0:
            rest = text[:at_a] + text[at_a + len(a) : after] + text[after + len(b) :]
            options.append((rest, at_a, after - len(a)))
    if at_b >= 0:
        options.append((text[:at_b] + text[at_b + len(b) :], None, at_b))
    for rest, a_at, b_at in sorted(options, key=lambda o: len(o[0])):
        if restored(rest, a, a_at, b, b_at) == text:  # (always: checked, as a wrong quote must never be shown)
            return rest, a_at, b_at
    return text, None, None


def stored_row(table: str, row: dict) -> dict:
    """A row of ``table`` as it is inserted: its quote (``text``) as text_rest and the cuts."""
    if table not in CUT_COLUMNS:
        return row
    a, b = CUT_COLUMNS[table]
    out = {k: v for k, v in row.items() if k != "text"}
    out["text_rest"], out[f"{a}_at"], out[f"{b}_at"] = cut(row.get("text"), row.get(a), row.get(b))
    return out
