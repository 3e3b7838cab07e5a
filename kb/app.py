"""The Datasette instance that publishes a knowledge base: read-only, with plankb's metadata,
templates and plugin. ``plankb serve`` runs it; the tests and the benchmark query it in-process.
"""

from __future__ import annotations

from pathlib import Path

from datasette.app import Datasette

from plankb.kb.metadata import build_metadata

HERE = Path(__file__).resolve().parent
TEMPLATES_DIR = HERE / "templates"
SETTINGS = {
    "truncate_cells_html": 300,  # documents.text and passages are long
    "default_page_size": 50,
    "sql_time_limit_ms": 3000,
}


def database_name(db_path: str | Path) -> str:
    return Path(db_path).stem


LANGUAGES = ("vi", "en")


def make_datasette(db_path: str | Path, lang: str = "vi", allow_sql: bool = True) -> Datasette:
    """Datasette over ``db_path`` opened immutable: no write reaches the file, whatever is asked.

    ``lang`` "vi": every page in Vietnamese (templates/, words from kb/labels.py); "en": Datasette's
    own English pages (templates/en/ only adds the citation network). Without ``allow_sql`` no SQL
    of the visitor's own runs (nor a table's ``_where``): the tables, rows and canned queries remain."""
    if lang not in LANGUAGES:
        raise ValueError(f"lang {lang!r}: one of {', '.join(LANGUAGES)}")
    db_path = str(db_path)
    return Datasette(
        immutables=[db_path],
        metadata=build_metadata(database_name(db_path), lang),
        template_dir=str(TEMPLATES_DIR if lang == "vi" else TEMPLATES_DIR / "en"),
        settings={**SETTINGS, "default_allow_sql": allow_sql},
    )
