"""Datasette plugin for plankb: the SQL functions of the canned queries, highlighted snippets,
the citation network on the page of a document or a cited document, and what makes the pages
read in Vietnamese: column and value labels (kb/labels.py) for the templates in kb/templates/,
answers that link to their documents and passages, an example under each question.

Registered by the "datasette" entry point of the plankb package (pyproject.toml), so ``plankb serve``
and a plain ``datasette plankb.db`` (or ``datasette publish``) both load it. To every database that
is a plankb knowledge base (kb/metadata.py is_plankb_base) it gives (as metadata) the questions as canned queries,
table titles and descriptions, the pages of kb/templates/ and the settings of kb/metadata.py;
other databases served beside it are left as Datasette shows them. Pages are in Vietnamese; English
with ``{"plugins": {"plankb": {"lang": "en"}}}`` in the metadata (``plankb serve --lang en``).
The logic lives in kb/.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import time
from collections import OrderedDict
from pathlib import Path, PurePath
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_decode, tilde_encode
from markupsafe import Markup, escape

from plankb.kb import labels
from plankb.kb import metadata as kb_metadata
from plankb.kb.network import network_of_cited, network_of_document, render_svg
from plankb.kb.queries import QUERIES, example
from plankb.kb.rows import against_text, record_json
from plankb.kb.schema import STORAGE_COLUMNS
from plankb.kb.sqlfuncs import register_functions
from plankb.kb.textfold import fts_query

# Columns of the questions' answers that name a row: link them to its page.
LINKED = {"document": "documents", "ingested": "documents", "parent": "documents", "cited_document": "cited_documents",
          "passage": "passages", "similar_passage": "passages"}  # fmt: skip


TEMPLATES = Path(__file__).resolve().parent.parent / "templates"  # kb/templates, en/ for English
MMAP_BYTES = 1 << 40  # a base's file mapped whole (address space, not memory: SQLite caps it at its build's limit)


def _lang(datasette) -> str:
    # Read from the metadata given to Datasette (--metadata), not datasette.plugin_config(): that
    # asks get_metadata below, which needs the language.
    config = ((datasette._metadata_local or {}).get("plugins") or {}).get("plankb") or {}
    lang = config.get("lang", "vi")
    return lang if lang in kb_metadata.LANGUAGES else "vi"


_KNOWN: dict[tuple[str, int], bool] = {}  # (file, modification time) -> is a knowledge base


def is_base(datasette, database: str | None) -> bool:
    """Whether ``database`` is a knowledge base (asked for every cell)."""
    return database in served_bases(datasette)


def served_bases(datasette) -> tuple[str, ...]:
    """The knowledge bases served, looked up at most once a second per site: a page asks for its
    metadata dozens of times and for every cell."""
    now = time.monotonic()
    seen = getattr(datasette, "_plankb_bases", None)
    if seen is None or now - seen[0] > 1:
        seen = (now, tuple(plankb_bases(datasette)))
        datasette._plankb_bases = seen
    return seen[1]


def plankb_bases(datasette) -> list[str]:
    """Names of the databases served that are plankb knowledge bases."""
    names = []
    for name, db in datasette.databases.items():
        if db.is_memory or not db.path:
            continue
        try:
            key = (str(db.path), os.stat(db.path).st_mtime_ns)
        except OSError:
            continue
        if key not in _KNOWN:
            _KNOWN[key] = kb_metadata.is_plankb_base(db.path)
        if _KNOWN[key]:
            names.append(name)
    return names


def _only(meta: dict, key: str | None) -> dict:
    """What of ``meta`` Datasette reads when it asks for ``key``: that key at the site's, each
    database's and each table's level (None and "databases": everything)."""
    if key in (None, "databases"):
        return meta
    found = {k: v for k, v in meta.items() if k == key}
    databases = {}
    for name, db in meta.get("databases", {}).items():
        mine = {k: v for k, v in db.items() if k == key}
        if key != "tables":
            tables = {t: {k: v for k, v in tm.items() if k == key} for t, tm in db.get("tables", {}).items()}
            if tables := {t: tm for t, tm in tables.items() if tm}:
                mine["tables"] = tables
        if mine:
            databases[name] = mine
    if databases:
        found["databases"] = databases
    return found


@functools.lru_cache(maxsize=256)
def _metadata(lang: str, bases: tuple[str, ...], whole_site: bool, key: str | None) -> bytes | None:
    found = {
        "databases": {
            name: {**kb_metadata.database_metadata(lang), "queries": kb_metadata.canned_queries(lang)} for name in bases
        }
    }
    if whole_site:  # the home page is plankb's alone
        found.update(kb_metadata.instance_metadata(lang))
    found = _only(found, key)
    return pickle.dumps(found) if found else None


@hookimpl
def get_metadata(datasette, key, database, table):
    # Asked dozens of times a page, for one key each time, and Datasette merges into (and copies)
    # what it is given: only that key, a fresh copy each time, from a pickle (4 times faster than
    # building it); --metadata still wins over this.
    bases = served_bases(datasette)
    if not bases:
        return None
    whole_site = set(datasette.databases) - {"_internal"} <= set(bases)
    found = _metadata(_lang(datasette), bases, whole_site, key)
    return pickle.loads(found) if found else None


@hookimpl
def startup(datasette):
    # Settings a base needs, unless set otherwise on the command line (--setting).
    if not plankb_bases(datasette):
        return
    from datasette.app import DEFAULT_SETTINGS

    for name, value in kb_metadata.SETTINGS.items():
        if datasette._settings.get(name) == DEFAULT_SETTINGS[name]:
            datasette._settings[name] = value
    # (Datasette copies these two at construction.)
    datasette.page_size = datasette.setting("default_page_size")
    datasette.sql_time_limit_ms = datasette.setting("sql_time_limit_ms")


@hookimpl(trylast=True)  # after Datasette's own functions: its escape_fts is replaced below
def prepare_connection(conn, database, datasette):
    # Each call checks the query's time limit: a function must not carry a query past it. (The
    # plankb_* functions on every connection: new names change nothing of another database.)
    register_functions(conn, time_limit_ms=datasette.setting("sql_time_limit_ms"))
    if not is_base(datasette, database):
        return
    # A base is served read-only (immutable): its pages read through a memory map instead of a
    # read() and a copy into the page cache per page, one map shared with the system's file cache.
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    # The table search box: passages_fts indexes passages.plain (no accents, đ as d), so what is
    # typed goes through the folding of the `search` question (kb/textfold.py fts_query) instead
    # of Datasette's quoting: "dân vận khéo" finds "Dân vận khéo" as "dan van kheo" does, and a
    # stray quote or colon is a word, not an FTS5 syntax error.
    conn.create_function("escape_fts", 1, fts_query, deterministic=True)


def _facet_columns_but_stored_parts() -> None:
    """Datasette suggests a facet for each column of a table page, a query apiece: not for the
    stored parts behind a generated quote or score (kb/quotes.py), which a reader never facets by,
    so a page costs what it did before they existed and suggests what it did."""
    from datasette.facets import Facet

    if getattr(Facet.get_columns, "plankb", False):
        return
    columns_of = Facet.get_columns

    async def get_columns(self, sql, params=None):
        found = await columns_of(self, sql, params)
        if not is_base(self.ds, self.database):
            return found
        return [c for c in found if c not in STORAGE_COLUMNS.get(self.table, ())]

    get_columns.plankb = True
    Facet.get_columns = get_columns


_facet_columns_but_stored_parts()


def _add_templates(env, datasette) -> None:
    """plankb's pages before Datasette's own, after those of --template-dir; and kb/templates under
    the prefix "plankb:" in either language (as Datasette's own under "default:"), where the English
    pages (kb/templates/en/) find the partials they share with the Vietnamese ones."""
    from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader

    loaders = env.loader.loaders if isinstance(env.loader, ChoiceLoader) else [env.loader]
    for prefixed in loaders:
        if isinstance(prefixed, PrefixLoader):
            prefixed.mapping.setdefault("plankb", FileSystemLoader(str(TEMPLATES)))
    loader = loaders[0]
    if not isinstance(loader, FileSystemLoader):
        return
    path = str(TEMPLATES if _lang(datasette) == "vi" else TEMPLATES / "en")
    if path not in loader.searchpath:
        loader.searchpath.insert(1 if datasette.template_dir else 0, path)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    if plankb_bases(datasette):
        _add_templates(env, datasette)
    # What the Vietnamese templates (kb/templates/) call to show labels instead of names.
    env.filters["groupby_first"] = _groupby_position
    env.globals.update(
        vi_col=lambda column, table=None: labels.column_label(column, table),
        vi_val=lambda column, value: labels.value_label(column, value),
        vi_table=labels.table_label,
        vi_param=labels.param_label,
        vi_lookup=labels.lookup_label,
        vi_filters=labels.filters_sentence,
        vi_choices=labels.choices,
        vi_default=lambda name: labels.PARAM_DEFAULTS.get(name, ""),
    )


def _groupby_position(rows, index: int) -> list[dict]:
    """Consecutive rows with one value at ``index`` (rows come sorted by it): [{label, rows}]."""
    groups: list[dict] = []
    for row in rows:
        cells = list(row)
        value = cells[index]
        label = str(value).replace("&nbsp;", "").strip() if value not in (None, "") else ""
        if not groups or groups[-1]["label"] != label:
            groups.append({"label": label, "rows": []})
        groups[-1]["rows"].append(cells)
    return groups


def _evidence(datasette, database: str, value: str, vi: bool) -> Markup | None:
    # A conflict's evidence: each value given (a date, an issuer) and the documents giving it, linked.
    import json

    try:
        items = json.loads(value)
    except ValueError:
        return None
    lines = []
    for item in items:
        docs = ", ".join(
            f'<a href="{datasette.urls.row(database, "documents", tilde_encode(d["id"]))}">{escape(d.get("label") or d["id"])}</a>'
            + (f" ({'chính văn bản đó' if vi else 'the document itself'})" if d.get("own") else "")
            for d in item.get("documents") or []
        )
        more = item.get("count", 0) - len(item.get("documents") or [])
        if more > 0:
            docs += f" {'và' if vi else 'and'} {more:,} {'văn bản khác' if vi else 'more'}"
        lines.append(f"<li><strong>{escape(item.get('value'))}</strong>: {docs}</li>")
    return Markup(f'<ul class="plankb-evidence">{"".join(lines)}</ul>')


def _section(text: str, vi: bool) -> Markup:
    # A whole section: its start on the page, the rest one click away (lines kept).
    head, rest = text[:600], text[600:]
    if rest:
        cut = head.rfind(" ")
        head, rest = (head[:cut], head[cut:] + rest) if cut > 300 else (head, rest)
    more = (f'<details><summary>{"cả mục" if vi else "whole section"} ({len(text):,} '
            f'{"ký tự" if vi else "characters"})</summary>{escape(rest)}</details>') if rest else ""  # fmt: skip
    return Markup(f'<div class="plankb-section" style="white-space: pre-line">{escape(head)}{"…" if rest else ""}{more}</div>')


_ABSOLUTE = re.compile(r"[/\\]|[A-Za-z]:[/\\]")


def _snippet(value: str) -> Markup:
    # Snippets mark matches with **...**; show them as <mark> (the rest escaped).
    parts = value.split("**")
    return Markup("".join(str(escape(p)) if i % 2 == 0 else f"<mark>{escape(p)}</mark>" for i, p in enumerate(parts)))


def _document_name(row) -> str | None:
    # A document's link reads as its number and symbol, else the start of its title (an id says nothing).
    try:
        keys = row.keys()
    except AttributeError:
        return None
    for key in ("symbol", "title"):
        if key in keys and row[key]:
            text = " ".join(str(row[key]).split())
            return text if len(text) <= 60 else text[:59] + "…"
    return None


def _row_links(datasette, database: str, column: str, value, row=None) -> Markup:
    vi = _lang(datasette) == "vi"
    links = []
    name = _document_name(row) if column == "document" else None
    for part in str(value).split(",") if column == "cited_document" else [str(value)]:
        url = datasette.urls.row(database, LINKED[column], tilde_encode(part))
        shown = f'{escape(name)}</a> <small class="plankb-id">{escape(part)}</small>' if name else f"{escape(part)}</a>"
        links.append(f'<a href="{url}">{shown}')
    if column in ("passage", "similar_passage"):
        similar = f"{datasette.urls.database(database)}/similar?{urlencode({'passage': value})}"
        links.append(f'<a class="plankb-similar" href="{similar}">{"đoạn tương tự" if vi else "similar"}</a>')
    return Markup(" · ".join(links) if column in ("passage", "similar_passage") else ", ".join(links))


def _record_cell(value: bytes, row, database: str, datasette):
    """A stored record's JSON; one compressed against its document's text (schema 10) is read with
    that text, looked up by the row's document_id (an awaitable, which Datasette awaits)."""
    if not against_text(value):
        return record_json(value)
    keys = row.keys() if hasattr(row, "keys") else ()
    doc_id = row["document_id"] if "document_id" in keys else None
    if isinstance(doc_id, dict):  # a table page gives a foreign key expanded: {"value", "label"}
        doc_id = doc_id.get("value")
    if doc_id is None:
        return None

    async def with_text():
        found = await datasette.get_database(database).execute("select text from documents where id = ?", [doc_id])
        text = found.first()[0] if found.first() else None
        return record_json(value, text) if text else None

    return with_text()


# Columns naming a passage, shown with its heading as Datasette shows a labelled foreign key: the
# heading is in another table since schema 12 (headings), out of reach of a label column.
PASSAGE_COLUMNS = {"similar_passages": ("passage_id", "other_id")}


def _passage_cell(value: int, database: str, datasette):
    async def with_heading():
        found = await datasette.get_database(database).execute(
            "select h.heading from passages p left join headings h on h.id = p.heading_id where p.id = ?", [value]
        )
        heading = found.first()[0] if found.first() else None
        url = datasette.urls.row(database, "passages", str(value))
        shown = f"{escape(heading)}</a>&nbsp;<em>{value}</em>" if heading else f"{value}</a>"
        return Markup(f'<a href="{url}">{shown}')

    return with_heading()


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not is_base(datasette, database):
        return None
    if column == "source_path" and isinstance(value, str) and _ABSOLUTE.match(value):
        # A file ingested by its absolute path: a page shows its name, not where the server keeps it.
        return PurePath(value).name
    if column in PASSAGE_COLUMNS.get(table, ()):
        passage = value.get("value") if isinstance(value, dict) else value  # (a foreign key comes expanded, without a label)
        if isinstance(passage, int):
            return _passage_cell(passage, database, datasette)
    if column == "record" and isinstance(value, bytes):  # records.record is compressed (schema 7): show its JSON
        return _record_cell(value, row, database, datasette)
    if column == "snippet" and isinstance(value, str) and "**" in value:
        return _snippet(value)
    if column == "evidence" and table is None and isinstance(value, str) and value.startswith("["):
        return _evidence(datasette, database, value, _lang(datasette) == "vi")
    if column == "section_text" and isinstance(value, str):
        return _section(value, _lang(datasette) == "vi")
    if table is None and column in LINKED and value not in (None, ""):
        return _row_links(datasette, database, column, value, row)
    if _lang(datasette) == "vi":
        label = labels.value_label(column, value)
        if label:  # the code stays readable on hover; JSON and CSV keep it
            return Markup(f'<span title="{escape(value)}">{escape(label)}</span>')
    return None


def _example_link(datasette, database: str, name: str, values: dict[str, str]) -> dict | None:
    if not values:
        return None
    vi = _lang(datasette) == "vi"
    text = ", ".join(f"{labels.param_label(k)} = {labels.choice_label(k, v)}" if vi else f"{k} = {v}" for k, v in values.items())
    return {"url": f"{datasette.urls.database(database)}/{name}?{urlencode(values)}", "text": text}


async def _examples(datasette, database: str, names) -> dict[str, dict]:
    def compute(conn):
        found = {}
        for name in names:
            try:
                found[name] = example(conn, name)
            except Exception:  # an example is a help, never a reason for a page to fail
                found[name] = {}
        return found

    found = await datasette.get_database(database).execute_fn(compute)
    return {name: link for name, values in found.items() if (link := _example_link(datasette, database, name, values))}


def _pages(datasette, database: str, name: str, request) -> dict:
    # A question answered 50 at a time: links to the pages before and after this one.
    try:
        page = max(int(request.args.get("page") or 1), 1)
    except ValueError:
        page = 1
    args = {k: request.args.get(k) for k in request.args if k != "page"}
    url = f"{datasette.urls.database(database)}/{name}?"
    return {
        "page": page,
        "next": url + urlencode({**args, "page": page + 1}),
        "prev": url + urlencode({**args, "page": page - 1}) if page > 1 else None,
    }


def _due_vars(datasette, database: str, request) -> dict:
    # The `due` page opens on the next 30 days (its SQL's defaults): say which, group by body,
    # and link the calendar feeds.
    from plankb.kb.calendar import window

    try:
        start, end = window(request.args.get("from") or None, request.args.get("to") or None)
    except ValueError:
        start, end = request.args.get("from"), request.args.get("to")
    body = (request.args.get("body") or "").strip()
    feed = f"{datasette.urls.database(database)}/due.ics"
    return {
        "plankb_group": "body",
        "plankb_due": {"start": start, "end": end, "body": body, "feed_all": feed,
                       "feed": f"{feed}?{urlencode({'body': body})}" if body else feed},
    }  # fmt: skip


@hookimpl
def extra_template_vars(template, view_name, table, database, request, datasette):
    if not is_base(datasette, database):
        return {}
    # (A canned query's page is rendered by the table view with query.html: tell them by template.)
    if template == "database.html" and database:

        async def all_examples():
            return {"plankb_examples": await _examples(datasette, database, list(QUERIES))}

        return all_examples
    if template.startswith("query") and request is not None:
        name = tilde_decode(request.url_vars.get("table") or "")
        if name not in QUERIES:
            return {}

        async def one_example():
            found = await _examples(datasette, database, [name])
            empty = not any(request.args.get(p) for p in QUERIES[name].params)
            extra = _due_vars(datasette, database, request) if name == "due" else {}
            if "page" in QUERIES[name].params:
                extra["plankb_pages"] = _pages(datasette, database, name, request)
            if name == "tree":  # the same answer as a tree with its picture
                extra["plankb_tree_url"] = tree_url(datasette, database, (request.args.get("symbol") or "").strip() or None)
            return {"plankb_example": found.get(name), "plankb_empty_form": empty and name != "due", **extra}

        return one_example
    if view_name in ("table", "row") and table in STORAGE_COLUMNS:
        # the stored columns behind a generated quote or score (kb/quotes.py): the page shows the latter
        return {"plankb_storage_columns": list(STORAGE_COLUMNS[table])}
    if view_name != "row" or table not in ("documents", "cited_documents") or request is None:
        return {}

    async def network():
        pk = tilde_decode(request.url_vars.get("pks", ""))
        build = network_of_document if table == "documents" else network_of_cited

        def ask(conn):
            row = conn.execute(f"select symbol from {table} where {'id' if table == 'documents' else 'key'} = ?", (pk,)).fetchone()
            symbol = row[0] if row and _symbol_has_tree(conn, row[0]) else None
            return build(conn, pk), symbol

        graph, symbol = await datasette.get_database(database).execute_fn(ask)
        url = tree_url(datasette, database, symbol) if symbol else None
        svg = render_svg(graph, datasette.urls.database(database), _lang(datasette), url)
        return {"plankb_network": Markup(svg) if svg else None, "plankb_tree": {"url": url, "symbol": symbol} if url else None}

    return network


HIDDEN = {"/-/databases", "/-/threads"}


@hookimpl
def asgi_wrapper(datasette):
    # Read-only all the way: no POST reaches a view (Datasette 0.65 answers a POST to a read
    # canned query with a server error); plankb serve also opens the file immutable. When other
    # databases are served beside the bases, only the bases' pages are guarded.
    def wrap(app):
        bases = plankb_bases(datasette)
        if not bases:
            return app
        whole_site = set(datasette.databases) - {"_internal"} <= set(bases)
        prefix = datasette.setting("base_url").rstrip("/")

        def guarded(path: str) -> bool:
            first = path[len(prefix):].lstrip("/").split("/")[0].split(".")[0]
            return whole_site or first in bases

        async def read_only(scope, receive, send):
            if scope["type"] == "http" and whole_site and scope.get("path", "").rstrip("/").split(".")[0] in HIDDEN:
                # Introspection pages that show the server's paths (the database file, the code)
                await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"Not published.\n"})
                return
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS") and guarded(scope.get("path", "")):
                headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS")]
                await send({"type": "http.response.start", "status": 405, "headers": headers})
                await send({"type": "http.response.body", "body": b"This knowledge base is read-only.\n"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap


def _requested_base(request, datasette):
    """The database the URL names and Datasette's handle on it; 404 unless it is a plankb base."""
    from datasette.utils.asgi import NotFound

    database = request.url_vars["database"]
    try:
        db = datasette.get_database(database)
    except KeyError:
        raise NotFound(f"no database {database}") from None
    if not is_base(datasette, database):
        raise NotFound(f"{database} is not a plankb knowledge base")
    return database, db


# --- the deadlines' calendar feed (kb/calendar.py): /DB/due.ics; ?body= one body's, ?since= from a day --


async def _due_ics(request, datasette):
    from datasette.utils.asgi import Response

    from plankb.kb.calendar import feed_rows, ics

    database, db = _requested_base(request, datasette)
    body = (request.args.get("body") or "").strip()
    since = request.args.get("since") or None  # dated deadlines from this day (default: a year ago)
    if since and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        return Response.text("since: a date YYYY-MM-DD\n", status=400)
    rows = await db.execute_fn(lambda conn: feed_rows(conn, body, since))
    base = f"{request.scheme}://{request.host}"
    name = f"Thời hạn — {body}" if body else "Thời hạn"
    text = ics(rows, name, lambda doc: base + datasette.urls.row(database, "documents", tilde_encode(doc)))
    return Response(text, content_type="text/calendar; charset=utf-8")


# --- what a document set in motion (kb/tree.py, kb/tree_page.py): /DB/-/tree?symbol=, its JSON /DB/-/tree.json --


def tree_url(datasette, database: str, symbol: str | None = None, fmt: str = "") -> str:
    """The page (or with ``fmt`` "json" the JSON) of the tree of documents implementing ``symbol``."""
    url = f"{datasette.urls.database(database)}/-/tree{'.' + fmt if fmt else ''}"
    return f"{url}?{urlencode({'symbol': symbol})}" if symbol else url


def _symbol_has_tree(conn, symbol: str | None) -> bool:
    # Whether a document cites ``symbol``: only then a link to its tree (one index lookup).
    return bool(symbol) and conn.execute(
        "select 1 from citations where symbol = plankb_symbol(?) and first_mention = 1 limit 1", (symbol,)).fetchone() is not None


# What the tree's page and JSON worked out for a symbol, kept while the file is the same one: a base
# is served immutable, and a tree is asked again (its page and its JSON, a reload, a link shared).
# A few dozen: a tree of 500 documents, its picture, list and JSON are about a megabyte.
_TREES: OrderedDict[tuple, dict] = OrderedDict()
TREES_KEPT = 32


def _kept(db, symbol: str) -> dict:
    """The answers kept for ``symbol`` in the file of ``db`` (an empty dict to fill at first)."""
    try:
        stat = os.stat(db.path)
    except (OSError, TypeError):
        return {}  # nothing kept for a database in memory
    key = (str(db.path), stat.st_size, stat.st_mtime_ns, symbol)
    entry = _TREES.get(key)
    if entry is None:
        entry = _TREES[key] = {}
        while len(_TREES) > TREES_KEPT:
            _TREES.popitem(last=False)
    else:
        _TREES.move_to_end(key)
    return entry


async def _tree_page(request, datasette):
    import json

    from datasette.utils.asgi import Response

    from plankb.kb.tree import implementation_tree
    from plankb.kb.tree_page import page_context, render_tree_svg

    database, db = _requested_base(request, datasette)
    await datasette.ensure_permissions(request.actor, [("view-database", database), "view-instance"])
    symbol = " ".join((request.args.get("symbol") or "").split())
    kept = _kept(db, symbol)
    if request.url_vars.get("format") == "json":
        if not symbol:
            return Response.text("symbol: a number and symbol, e.g. ?symbol=25-NQ/TW\n", status=400)
        if "json" not in kept:
            if "found" not in kept:
                kept["found"] = await db.execute_fn(lambda conn: implementation_tree(conn, symbol))
            kept["json"] = json.dumps(kept["found"], ensure_ascii=False, indent=1)
        response = Response(kept["json"], content_type="application/json; charset=utf-8")
        if datasette.cors:
            response.headers["Access-Control-Allow-Origin"] = "*"
        return response
    lang = _lang(datasette)
    base = str(datasette.urls.database(database))  # a plain str: Datasette's own costs a dir() per method call

    def ask(conn):
        found = kept["found"] if "found" in kept else implementation_tree(conn, symbol) if symbol else None
        if found and found["children"]:
            return found, None  # an answer needs no example (asking for one scans the cited documents)
        try:
            return found, example(conn, "tree").get("symbol")
        except Exception:  # an example is a help, never a reason for a page to fail
            return found, None

    if "example" not in kept:
        kept["found"], kept["example"] = await db.execute_fn(ask)
    found, example_symbol = kept["found"], kept["example"]
    if (lang, base) not in kept:
        kept[lang, base] = (page_context(found, base, lang), Markup(render_tree_svg(found, base, lang))) if found else (None, None)
    page, svg = kept[lang, base]
    context = {
        "database": database,
        "symbol": symbol,
        "page": page,
        "svg": svg,
        "json_url": tree_url(datasette, database, symbol, "json") if symbol else None,
        "question_url": f"{base}/tree?{urlencode({'symbol': symbol})}" if symbol else f"{base}/tree",
        "example": {"symbol": example_symbol, "url": tree_url(datasette, database, example_symbol)} if example_symbol else None,
    }  # fmt: skip
    html = await datasette.render_template("plankb_tree.html", context, request=request, view_name="plankb_tree")
    return Response.html(html)


@hookimpl
def register_routes():
    # Before Datasette's own routes: /DB/due.ics is the `due` question as a calendar, not a format;
    # /DB/-/tree is a page of plankb's ("-" is no table's name), its JSON /DB/-/tree.json.
    return [
        (r"^/(?P<database>[^/]+)/due\.ics$", _due_ics),
        (r"^/(?P<database>[^/]+)/-/tree(\.(?P<format>json))?$", _tree_page),
    ]
