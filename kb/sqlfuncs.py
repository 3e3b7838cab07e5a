"""SQL functions the canned queries call, registered on every connection that runs them:
the writer's, the command line's and Datasette's (through the plugin in kb/plugins/).

The folding of a typed query must be the folding of the indexed text, so both go through
these functions rather than through SQL approximations (lower() does not fold Vietnamese).
"""

from __future__ import annotations

import sqlite3
import time

from plankb.extractors.symbols import normalize_symbol
from plankb.kb.bodies import search_key
from plankb.kb.calendar import next_date
from plankb.kb.provinces import province_now
from plankb.kb.rows import record_json
from plankb.kb.textfold import folded, fts_query, near_query, phrase, plain, snippet


def symbol_of(text: str | None) -> str | None:
    """A typed symbol in normalized form ("25 NQ/TW" -> "25-NQ/TW"); other text unchanged."""
    if text is None:
        return None
    return normalize_symbol(text) or text.strip()


# Bounded work per call: Datasette's time limit (a progress handler) is only checked between
# SQLite's steps, so one call must not run for long, nor build gigabytes, whatever it is given.
MAX_TEXT = 1_000_000  # characters of a text argument (a document's text is rarely 200,000)
MAX_QUERY = 1_000  # characters of what is typed: a search, a symbol, a body's name


class ArgumentTooLong(ValueError):
    pass


def _bounded(name: str, fn, query_args: tuple[int, ...], cut_args: tuple[int, ...] = ()):
    """``fn`` refusing an argument over its limit (a typed one over MAX_QUERY, a text over
    MAX_TEXT); the arguments in ``cut_args`` are cut to MAX_TEXT instead (a snippet needs only
    the start of a long text)."""

    def call(*args):
        args = list(args)
        for i, value in enumerate(args):
            if not isinstance(value, str):
                continue
            limit = MAX_QUERY if i in query_args else MAX_TEXT
            if len(value) > limit:
                if i in cut_args:
                    args[i] = value[:limit]
                    continue
                raise ArgumentTooLong(f"{name}: argument {i + 1} has {len(value):,} characters; the limit is {limit:,}")
        return fn(*args)

    return call


FUNCTIONS = {
    "plankb_fold": (1, _bounded("plankb_fold", folded, ())),
    "plankb_plain": (1, _bounded("plankb_plain", plain, ())),
    "plankb_symbol": (1, _bounded("plankb_symbol", symbol_of, (0,))),
    "plankb_fts": (1, _bounded("plankb_fts", fts_query, (0,))),
    "plankb_near": (1, _bounded("plankb_near", near_query, (0,))),
    "plankb_phrase": (1, _bounded("plankb_phrase", phrase, (0,))),
    "plankb_body": (1, _bounded("plankb_body", lambda name: search_key(name or ""), (0,))),
    "plankb_next_date": (2, _bounded("plankb_next_date", next_date, (0, 1))),
    "plankb_province_now": (1, _bounded("plankb_province_now", province_now, (0,))),  # "Quảng Bình" -> "Quảng Trị"
    "plankb_snippet": (2, _bounded("plankb_snippet", snippet, (1,), cut_args=(0,))),
    # a stored record's JSON text (records.record is compressed, against its document's text since
    # schema 10: plankb_record_json(record, text)); its size is what was stored
    "plankb_record_json": (-1, record_json),
}


def register_functions(conn: sqlite3.Connection, time_limit_ms: int | None = None) -> None:
    """Register the functions on ``conn``. With ``time_limit_ms`` (Datasette's sql_time_limit_ms),
    a call made when the statement has run that long interrupts it instead of working: SQLite's
    own check of the limit sits between steps, and a query calling a function on every row of a
    large table must stop as promptly as one that does not."""
    if time_limit_ms is None:
        for name, (n_args, fn) in FUNCTIONS.items():
            conn.create_function(name, n_args, fn, deterministic=True)
        return
    limit = time_limit_ms / 1000
    started = [time.monotonic()]

    def statement_starts(_sql: str) -> None:
        started[0] = time.monotonic()

    def deadline(fn):
        def call(*args):
            if time.monotonic() - started[0] > limit:
                conn.interrupt()  # the statement ends with "interrupted", as at Datasette's own limit
                return None
            return fn(*args)

        return call

    conn.set_trace_callback(statement_starts)  # called as each statement starts running
    for name, (n_args, fn) in FUNCTIONS.items():
        conn.create_function(name, n_args, deadline(fn), deterministic=True)
