"""The Datasette instance that publishes a knowledge base, read-only. ``plankb serve`` runs it; the
tests and the benchmark query it in-process.

What makes it plankb's (questions, titles, pages, settings) comes from the Datasette plugin
(kb/plugins/plankb_datasette.py), as for a plain ``datasette plankb.db``; here only what
``plankb serve`` adds: the file opened immutable, the language, SQL of the visitor's own or not.
"""

from __future__ import annotations

from pathlib import Path

from datasette.app import Datasette

from plankb.kb.metadata import LANGUAGES, SETTINGS


def database_name(db_path: str | Path) -> str:
    return Path(db_path).stem


def make_datasette(
    db_path: str | Path,
    lang: str = "vi",
    allow_sql: bool = True,
    *,
    metadata: dict | None = None,
    settings: dict | None = None,
    immutables: tuple[str, ...] = (),
    cors: bool = False,
) -> Datasette:
    """Datasette over ``db_path`` opened immutable: no write reaches the file, whatever is asked.

    ``lang`` "vi": every page in Vietnamese (kb/templates/, words from kb/labels.py); "en": Datasette's
    own English pages (kb/templates/en/ only adds the citation network). Without ``allow_sql`` no SQL
    of the visitor's own runs (nor a table's ``_where``): the tables, rows and canned queries remain.
    ``metadata``, ``settings``, ``immutables`` (more files to serve) and ``cors`` are Datasette's own,
    as ``datasette serve`` takes them; ``metadata`` wins over plankb's titles and questions."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang {lang!r}: one of {', '.join(LANGUAGES)}")
    metadata = dict(metadata or {})
    plugins = dict(metadata.get("plugins") or {})
    plugins["plankb"] = {**(plugins.get("plankb") or {}), "lang": lang}
    metadata["plugins"] = plugins
    files = list(dict.fromkeys([str(db_path), *map(str, immutables)]))
    return Datasette(
        immutables=files,
        metadata=metadata,
        settings={**SETTINGS, "default_allow_sql": allow_sql, **(settings or {})},
        cors=cors,
    )
