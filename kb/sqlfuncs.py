"""SQL functions the canned queries call, registered on every connection that runs them:
the writer's, the command line's and Datasette's (through the plugin in kb/plugins/).

The folding of a typed query must be the folding of the indexed text, so both go through
these functions rather than through SQL approximations (lower() does not fold Vietnamese).
"""

from __future__ import annotations

import sqlite3

from extractors.symbols import normalize_symbol
from kb.bodies import search_key
from kb.textfold import folded, fts_query, phrase, plain, snippet


def symbol_of(text: str | None) -> str | None:
    """A typed symbol in normalized form ("25 NQ/TW" -> "25-NQ/TW"); other text unchanged."""
    if text is None:
        return None
    return normalize_symbol(text) or text.strip()


FUNCTIONS = {
    "plankb_fold": (1, folded),
    "plankb_plain": (1, plain),
    "plankb_symbol": (1, symbol_of),
    "plankb_fts": (1, fts_query),
    "plankb_phrase": (1, phrase),
    "plankb_body": (1, lambda name: search_key(name or "")),
    "plankb_snippet": (2, snippet),
}


def register_functions(conn: sqlite3.Connection) -> None:
    for name, (n_args, fn) in FUNCTIONS.items():
        conn.create_function(name, n_args, fn, deterministic=True)
