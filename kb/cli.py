"""Knowledge-base commands: ingest, serve, export, and the questions (cites, cited-by, tree,
deadlines, tasks, conflicts, similar, search).

The main ``plankb`` group adds them with ``main.add_command(...)`` (see COMMANDS); ``python -m
kb.cli`` runs them standalone. The questions run the SQL of the canned queries (kb/queries.py),
so the terminal and the web give the same answer; they share one set of options
(``answer_options``: --db, --limit, and the --format of every command, kb/output.py). Tables are labelled in Vietnamese
(kb/labels.py); CSV and JSON keep the ASCII column names and the stored codes, as the web's .csv
and .json do.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import click

from plankb.kb.limits import apply_limits, limit_options
from plankb.kb.output import format_option, write_json, write_rows

DB_OPTION = click.option(
    "--db",
    "db_path",
    default="plankb.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The knowledge-base database file (SQLite).",
)


def _open_readonly(db_path: str) -> sqlite3.Connection:
    from plankb.kb.sqlfuncs import register_functions

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; build it with `plankb ingest PATH... --db {db_path}`")
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    register_functions(conn)
    return conn


@click.command()
@click.argument("paths", nargs=-1, required=False)
@DB_OPTION
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes for extraction [default: number of CPUs]."
)
@click.option(
    "--follow-symlinks", is_flag=True, help="Follow symbolic links inside folders (only to files and folders inside the PATHS)."
)
@limit_options
@click.option("--scheduler", help="Extract on this Dask cluster (tcp://HOST:8786); this process still writes the base.")
@click.option(
    "--records", "records_from", type=click.Path(exists=True),
    help="Store the records of plankb extract --shards (a shard or a folder of them) instead of extracting PATHS.",
)
def ingest(paths: tuple[str, ...], db_path: str, jobs: int | None, follow_symlinks: bool, max_inflated_mb: float | None, ocr_page_seconds: float | None, max_pages: int | None,
           scheduler: str | None, records_from: str | None) -> None:
    """Extract documents and store them in the knowledge base.

    PATHS are files, folders (searched recursively for files a reader handles) or glob patterns.
    Only regular files are read; symbolic links inside folders are not followed unless asked.
    A file stored before with the same bytes and extractor version is skipped; a changed file
    replaces its old rows. Each document is written in its own transaction: a file that fails
    is reported and never removes what was stored for it. Exit status 1 when any file failed
    or no file was found.

    Progress goes to standard error, counted in pages (a PDF's pages, 1 for any other file) over
    every worker: a bar on a terminal, otherwise a line every 15 s (PLANKB_PROGRESS_SECONDS). The
    last line sums up: what was added, updated, unchanged or failed, the files read, their pages,
    how many were OCR'd, and the time taken.

    With --records, the records extracted elsewhere (plankb extract --shards DIR) are stored
    without extracting again: extraction on many machines, one writer.

    \b
    Example:
      plankb ingest corpus/seeds archive/ "scans/*.pdf" --db plankb.db
      plankb extract archive/*.pdf --shards shards/ && plankb ingest --records shards/
    """
    if records_from:
        if paths:
            raise click.UsageError("give PATHS to extract or --records to load, not both")
        _ingest_records(records_from, db_path)
        return
    if not paths:
        raise click.UsageError("give PATHS to extract (files, folders, globs), or --records")
    from plankb.kb.ingest import NothingToIngest, ingest_paths
    from plankb.kb.lock import BaseLocked
    from plankb.kb.progress import IngestProgress
    from plankb.kb.schema import SchemaError

    apply_limits(max_inflated_mb, ocr_page_seconds, max_pages)
    progress = IngestProgress()
    try:
        result = ingest_paths(paths, db_path, jobs, follow_symlinks, scheduler, on_file=progress.file_done, on_start=progress.start)
    except NothingToIngest as exc:
        _report(exc.result)
        raise click.ClickException(str(exc)) from exc
    except BaseLocked as exc:
        raise click.ClickException(str(exc)) from exc
    except (SchemaError, sqlite3.DatabaseError) as exc:
        raise click.ClickException(f"cannot open the knowledge base {db_path}: {exc}") from exc
    except _cluster_unavailable() as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        progress.close()
    _finish(result)


def _cluster_unavailable() -> type[Exception]:
    """The error of a Dask cluster that cannot be reached (imported only when the error is caught)."""
    from plankb.kb.distributed import ClusterUnavailable

    return ClusterUnavailable


def _ingest_records(source: str, db_path: str) -> None:
    """Store shards' records; a record stored before with the same bytes is skipped, as a file is."""
    from plankb.kb.ingest import IngestResult, store_item
    from plankb.kb.lock import BaseLocked
    from plankb.kb.shards import ShardError, read_shards
    from plankb.kb.store import Store

    result = IngestResult()
    try:
        store = Store(db_path)
    except BaseLocked as exc:
        raise click.ClickException(str(exc)) from exc
    try:
        for path, record, text in read_shards(source):
            sha = (record.get("source") or {}).get("sha256")
            if sha and store.is_unchanged(path, sha):
                result.count("unchanged")
            else:
                store_item(store, result, record, text, path)
        store.finish()
    except ShardError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    _finish(result)


def _finish(result) -> None:
    """The end of an ingest: each file left out or failed, the summary, status 1 if any failed."""
    _report(result)
    click.echo(result.summary())
    if result.failed:
        sys.exit(1)


def _report(result) -> None:
    from plankb.kb.files import shown
    from plankb.kb.ingest import message

    for kind, items in (("warning", result.warnings), ("skipped", result.skipped), ("failed", result.failed)):
        for path, reason in items:
            click.echo(f"{kind}: {shown(message(path, reason))}", err=True)


def _datasette_setting():
    """Datasette's own NAME VALUE type for --setting (its names, checked and converted)."""
    from datasette.cli import Setting

    return Setting()


@click.command()
@DB_OPTION
@click.option("--port", "-p", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for every interface).")
@click.option(
    "--lang", type=click.Choice(["vi", "en"]), default="vi", show_default=True, help="Language of the pages (JSON and CSV keep ASCII keys)."
)
@click.option(
    "--no-sql", "no_sql", is_flag=True, help="Turn off arbitrary SQL (and tables' _where): only tables, rows and canned queries."
)
@click.option("--setting", "settings", type=_datasette_setting(), multiple=True,
              help="A Datasette setting, NAME VALUE (e.g. --setting sql_time_limit_ms 5000), as `datasette serve` takes it; repeatable.")
@click.option("--metadata", "-m", "metadata_file", type=click.File(encoding="utf-8"),
              help="Datasette metadata (JSON or YAML) over plankb's own: titles, descriptions, more queries, plugin settings.")
@click.option("--immutable", "-i", "immutables", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Another SQLite file to serve beside the base, opened immutable; repeatable.")
@click.option("--cors", is_flag=True, help="Send CORS headers, so pages of other sites can read the JSON.")
@click.option("--open", "open_browser", is_flag=True, help="Open the site in the web browser once it is served.")
def serve(db_path: str, port: int, host: str, lang: str, no_sql: bool, settings: tuple, metadata_file,
          immutables: tuple[str, ...], cors: bool, open_browser: bool) -> None:
    """Publish the knowledge base with Datasette, read-only.

    The database is opened immutable; the canned queries (cites, cited_by, due, body_tasks,
    disagreements, search, similar) read only. Pages are in Vietnamese; --lang en for English.
    A base that an ingest is writing is refused; one that an interrupted ingest left unfinished
    is finished first. Every query stops at the time limit (3 s), plankb's SQL functions
    included; --no-sql turns off SQL of the visitor's own. --setting, --metadata, --immutable,
    --cors and --open are Datasette's own options, passed to it. A plain `datasette plankb.db`
    serves the same pages (plankb's Datasette plugin) but neither opens the file immutable nor
    keeps an ingest from writing it meanwhile.

    \b
    Example:
      plankb serve --db plankb.db --open
      plankb serve --setting sql_time_limit_ms 5000 --cors --host 0.0.0.0
    """
    import uvicorn
    from datasette.utils import parse_metadata

    from plankb.kb.app import make_datasette
    from plankb.kb.lock import BaseLocked, ServeLock, is_locked
    from plankb.kb.store import Store, has_pending_work

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; build it with `plankb ingest PATH... --db {db_path}`")
    metadata = None
    if metadata_file:
        try:
            metadata = parse_metadata(metadata_file.read())
        except Exception as exc:  # BadMetadataError, or YAML's or JSON's own
            raise click.BadParameter(f"{metadata_file.name}: {exc}", param_hint="--metadata") from exc
    # Immutable means the file must not change while served: never serve it mid-ingest, and hold
    # the serve lock first, so that an ingest started from now on is refused (kb/lock.py).
    being_written = f"{db_path}: an ingest is writing this knowledge base; serve it when the ingest has finished"
    serving = ServeLock(db_path)
    serving.acquire()
    if is_locked(db_path):
        serving.release()
        raise click.ClickException(being_written)
    with closing(_open_readonly(db_path)) as conn:
        unfinished = has_pending_work(conn)
    if unfinished:
        click.echo(f"{db_path}: finishing what an interrupted ingest left (links, search and similarity indexes)", err=True)
        try:
            store = Store(db_path, while_served=True)
        except BaseLocked as exc:
            serving.release()
            raise click.ClickException(being_written) from exc
        try:
            store.finish()
        finally:
            store.close()
    if click.get_current_context().get_parameter_source("lang") is click.core.ParameterSource.DEFAULT:
        lang = (((metadata or {}).get("plugins") or {}).get("plankb") or {}).get("lang", lang)  # --metadata's own
    ds = make_datasette(db_path, lang, allow_sql=not no_sql, metadata=metadata, settings=dict(settings),
                        immutables=immutables, cors=cors)
    url = f"http://{host}:{port}/"
    click.echo(f"Serving {db_path} read-only at {url}{' (no arbitrary SQL)' if no_sql else ''}", err=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")
    finally:
        serving.release()


# --- questions: the canned queries at the terminal ---------------------------------------------

DEFAULT_LIMIT = 100
# Longest shown value per column in a table; longer ones end with "…" (CSV and JSON keep them whole).
WIDE = {"issuer": 44, "cited_issuer": 44, "body": 44, "title": 60, "task": 60, "text": 60, "snippet": 80, "detail": 80, "subject": 50, "heading": 40}
NARROW = 36


def answer_options(command):
    """--db, --limit and --format (and the old --json), the same for every question."""
    options = [
        DB_OPTION,
        click.option(
            "--limit",
            type=click.IntRange(min=1),
            default=DEFAULT_LIMIT,
            show_default=True,
            help="Show at most this many answers (the web's own caps still apply: the first 500 citing "
            "documents, 50 passages ...).",
        ),
        format_option("table"),
        click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json."),
    ]
    for option in reversed(options):
        command = option(command)
    return command



def _cell(column: str, value) -> str:
    """A value as a table shows it: words for codes, lists joined, one line, cut to its width."""
    from plankb.kb import labels

    if value is None or value == "":
        return "-"
    if column == "bodies" and isinstance(value, str) and value.startswith("["):
        value = "; ".join(json.loads(value)) or "-"
    text = labels.value_label(column, value) or (f"{value:.2f}" if isinstance(value, float) else str(value))
    text = " ".join(text.split())
    width = WIDE.get(column, NARROW)
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(columns: list[str], records: list[dict], shown: list[str] | None) -> str:
    from plankb.kb import labels

    shown = [c for c in (shown or columns) if c in columns]
    head = [labels.column_label(c) for c in shown]
    body = [[_cell(c, r[c]) for c in shown] for r in records]
    widths = [max(len(x) for x in [h] + [row[i] for row in body]) for i, h in enumerate(head)]
    numeric = [
        any(isinstance(r[c], (int, float)) for r in records)
        and all(isinstance(r[c], (int, float)) or r[c] is None for r in records)
        for c in shown
    ]

    def line(cells):
        return "  ".join(
            (cell.rjust(w) if num else cell.ljust(w)) for cell, w, num in zip(cells, widths, numeric, strict=True)
        ).rstrip()

    return "\n".join([line(head), "  ".join("─" * w for w in widths), *(line(row) for row in body)])


def _print(columns: list[str], records: list[dict], fmt: str, total: int, shown=None, none_found: str = "") -> None:
    """Print answers (already cut to --limit; ``total`` before the cut) in the chosen format."""
    if fmt != "table":
        write_rows(columns, ([r[c] for c in columns] for r in records), fmt, sys.stdout)
    elif records:
        click.echo(_table(columns, records, shown))
    if not records:
        click.echo(none_found, err=True)
    elif total > len(records):
        click.echo(f"… {total - len(records)} câu trả lời nữa: --limit {total} để xem hết", err=True)


def _ask(db_path: str, query: str, fmt: str, as_json: bool, limit: int, none_found: str, shown=None, **params) -> None:
    """Run a canned query (kb/queries.py, the same SQL Datasette serves) and print its answers."""
    from plankb.kb import queries

    with closing(_open_readonly(db_path)) as conn:
        columns, rows = queries.run(conn, query, **params)
    records = [dict(zip(columns, r, strict=True)) for r in rows[:limit]]
    _print(columns, records, "json" if as_json else fmt, len(rows), shown, none_found)


@click.command()
@click.argument("symbol")
@answer_options
def cites(symbol: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """The documents citing SYMBOL (a number and symbol such as 25-NQ/TW), newest first.

    How each cites it (căn cứ, thực hiện, trích dẫn) and the date the citation gives. The `cites`
    question of the web.

    \b
    Example:
      plankb cites 25-NQ/TW --db plankb.db
      plankb cites "25 NQ/TW" --format csv > cites.csv
    """
    _ask(
        db_path, "cites", fmt, as_json, limit,
        f"Không có văn bản nào trong kho trích dẫn {symbol}.",
        ["date", "symbol", "relation", "issuer", "title", "cited_as", "document"],
        symbol=symbol,
    )  # fmt: skip


@click.command(name="cited-by")
@click.argument("symbol")
@answer_options
def cited_by(symbol: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """What the document SYMBOL cites: the cited documents, dates and issuers as written.

    "có trong kho" names the cited document when it is in the base too. The `cited_by` question.

    \b
    Example:
      plankb cited-by 47-KH/BCĐ --db plankb.db
    """
    _ask(
        db_path, "cited_by", fmt, as_json, limit,
        f"Không có văn bản {symbol} trong kho, hoặc văn bản đó không trích dẫn văn bản nào.",
        ["citing_symbol", "cited_symbol", "doc_type", "cited_date", "cited_issuer", "relation", "ingested"],
        symbol=symbol,
    )  # fmt: skip


def default_range(today=None) -> tuple[str, str]:
    """The deadlines command's default: from today to 30 days on."""
    import datetime

    today = today or datetime.date.today()
    return today.isoformat(), (today + datetime.timedelta(days=30)).isoformat()


def _date(ctx, param, value):
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@click.command()
@click.option("--from", "start", callback=_date, help="First day, YYYY-MM-DD [default: today].")
@click.option("--to", "end", callback=_date, help="Last day, YYYY-MM-DD [default: 30 days after --from or today].")
@click.option("--body", default="", help="Only deadlines of this body (any part of its name, accents optional).")
@answer_options
def deadlines(start: str | None, end: str | None, body: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """What is due: deadlines from --from to --to, by default the next 30 days.

    One line per body that must meet it, by body. A month deadline is due on its last day; a yearly
    one (10/10 hằng năm) on its next date in the range. The `due` question of the web; its
    calendar feed is /DB/due.ics on the served site.

    \b
    Example:
      plankb deadlines --db plankb.db
      plankb deadlines --from 2023-01-01 --to 2023-12-31 --body "Ban Thường vụ Đoàn Khối"
    """
    import datetime

    if start is None:
        start = default_range()[0]
    if end is None:
        end = default_range(datetime.date.fromisoformat(start))[1]
    if end < start:
        raise click.BadParameter(f"--to {end} is before --from {start}", param_hint="--to")
    whose = f" của {body}" if body else ""
    _ask(
        db_path, "due", fmt, as_json, limit,
        f"Không có thời hạn nào{whose} từ {start} đến {end}.",
        ["body", "next_due", "date", "qualifier", "task", "symbol", "document"],
        **{"from": start, "to": end, "body": body},
    )  # fmt: skip


@click.command()
@click.argument("body")
@answer_options
def tasks(body: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """What the documents ask of BODY (chủ trì, phối hợp, tham mưu, theo dõi, thực hiện), newest first.

    BODY is any part of the name, with or without accents, UBND or Ủy ban nhân dân. The
    `body_tasks` question of the web.

    \b
    Example:
      plankb tasks "Sở Nội vụ" --db plankb.db
      plankb tasks "ban dan van" --format json
    """
    _ask(
        db_path, "body_tasks", fmt, as_json, limit,
        f"Không có nhiệm vụ nào giao cho {body}.",
        ["body", "scope", "role", "task", "deadline", "symbol", "document"],
        body=body,
    )  # fmt: skip


@click.command()
@click.argument("symbol", required=False, default="")
@answer_options
def conflicts(symbol: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """Documents that disagree about a cited document: its date, its issuer, or an issuer of the
    wrong level for its code. All cited documents, or only SYMBOL.

    The `disagreements` question of the web.

    \b
    Example:
      plankb conflicts --db plankb.db
      plankb conflicts 25-NQ/TW
    """
    _ask(
        db_path, "disagreements", fmt, as_json, limit,
        f"Các trích dẫn {symbol} không mâu thuẫn nhau." if symbol else "Không có trích dẫn nào mâu thuẫn nhau.",
        ["symbol", "kind", "detail", "n_documents"],
        symbol=symbol,
    )  # fmt: skip


@click.command()
@click.argument("target")
@answer_options
def similar(target: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """Passages of other documents like TARGET: a passage (its number, from search) or a whole
    document (its id or its number and symbol), most similar first.

    The `similar` and `similar_document` questions of the web.

    \b
    Example:
      plankb similar 42 --db plankb.db           # passage 42
      plankb similar 47-KH/BCĐ                   # every passage of 47-KH/BCĐ
    """
    if target.isdigit():
        _ask(
            db_path, "similar", fmt, as_json, limit,
            f"Không có đoạn văn nào giống đoạn {target} (hoặc không có đoạn {target}).",
            ["score", "passage", "symbol", "path", "heading", "text", "document"],
            passage=target,
        )  # fmt: skip
    else:
        _ask(
            db_path, "similar_document", fmt, as_json, limit,
            f"Không có đoạn văn nào giống nội dung của {target} (hoặc không có văn bản {target}).",
            ["score", "own_path", "passage", "symbol", "path", "text", "document"],
            document=target,
        )  # fmt: skip


@click.command()
@click.argument("query")
@answer_options
def search(query: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """Search the passages for QUERY, with or without accents: "dan van kheo" finds "Dân vận khéo".

    Words side by side first, then the newest (the first 50). "quoted words" for a phrase, word*
    for a prefix, OR between alternatives. The `search` question of the web.

    \b
    Example:
      plankb search "dan van kheo" --db plankb.db
      plankb search '"dân vận khéo" OR "dân vận"' --limit 5
    """
    _ask(
        db_path, "search", fmt, as_json, limit,
        f"Không đoạn văn nào có {query!r}.",
        ["passage", "symbol", "path", "heading", "snippet", "document"],
        q=query,
    )  # fmt: skip


@click.command()
@click.argument("symbol")
@answer_options
def tree(symbol: str, db_path: str, limit: int, fmt: str, as_json: bool) -> None:
    """What SYMBOL set in motion: the documents citing it, those citing them, and so on, level by
    level (Trung ương → tỉnh → huyện → xã where the issuers' levels are known), with dates and
    issuers.

    Each document appears once, under the document it implements by the longest chain; brothers
    in date order. table: an indented tree; json: the same tree nested (kb.tree, as the web
    could use it); csv and jsonl: one row per document in tree order, with its depth and parent.

    \b
    Example:
      plankb tree 25-NQ/TW --db plankb.db
      plankb tree 25-NQ/TW --format json > tree.json
    """
    from plankb.kb import labels
    from plankb.kb.queries import TREE_ROWS
    from plankb.kb.tree import NODE_FIELDS, implementation_tree, walk

    fmt = "json" if as_json else fmt
    with closing(_open_readonly(db_path)) as conn:
        found = implementation_tree(conn, symbol, limit)
    none_found = f"Không có văn bản nào trong kho trích dẫn {symbol}."
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
    elif fmt != "table":  # one row per document in tree order
        columns = ["depth", *NODE_FIELDS, "parent"]
        write_rows(columns, ([n[c] for c in columns] for n in walk(found["children"])), fmt, sys.stdout)
    elif found["children"]:
        for cited in found["cited"] or [{"date": None, "issuer": None}]:
            when = f", {cited['date']}" if cited["date"] else ""
            click.echo(f"{found['symbol']}{when}" + (f" — {cited['issuer']}" if cited["issuer"] else ""))
        for node in walk(found["children"]):
            level = labels.value_label("issuer_level", node["issuer_level"])
            relation = labels.value_label("relation", node["relation"])
            line = (
                f"{'    ' * node['depth']}{node['symbol'] or '(không số)'}, {node['date'] or 'không ngày'}"
                f" — {node['issuer'] or '?'}{f' [{level}]' if level else ''}"
                f"{f' ({relation})' if relation else ''}: {_cell('title', node['title'])}  [{node['document']}]"
            )
            click.echo(line)
    if not found["children"]:
        click.echo(none_found, err=True)
    elif found["truncated"]:
        more = "--limit để xem thêm" if found["documents"] < TREE_ROWS else f"một câu trả lời có nhiều nhất {TREE_ROWS}"
        click.echo(f"… chỉ {found['documents']} văn bản đầu: {more}", err=True)


# The documents table at the terminal: the header, not every column.
DOCUMENT_COLUMNS = ["date", "symbol", "doc_type", "issuer", "title", "source_path"]


@click.command()
@DB_OPTION
@format_option("jsonl")
@click.option("--table", default="documents", show_default=True, help="Table to export.")
@click.option(
    "--rows", "raw_rows", is_flag=True, help="For documents in json/jsonl: the table's rows instead of the full records."
)
@click.option("--with-text", is_flag=True, help="Include each document's full text (documents.text; a record's \"text\").")
@click.option(
    "--output", "-o", type=click.File("w", encoding="utf-8", lazy=True), default="-", help="Output file [default: standard output]."
)
def export(db_path: str, fmt: str, table: str, raw_rows: bool, with_text: bool, output) -> None:
    """Write a table of the knowledge base as CSV (csv-excel for Excel), JSON Lines, JSON or a table.

    For the documents table, json and jsonl write each document's whole record
    (schema/record.schema.json), field for field as `plankb extract` printed it; csv, table and
    --rows write the table's rows. A document's full text is left out unless --with-text: texts
    are long (Excel takes at most 32,767 characters in a cell) and the records point into them.

    \b
    Example:
      plankb export --db plankb.db > records.jsonl
      plankb export --format csv-excel -o documents.csv       # opens in Excel with its accents
      plankb export --table assignments --format csv > tasks.csv
    """
    with closing(_open_readonly(db_path)) as conn:
        _export(conn, fmt, table, raw_rows, with_text, output)


# table -> {stored column: (the column it gives back, the SQL reading it)}
JOINED_COLUMNS = {"passages": {"heading_id": ("heading", "(select h.heading from headings h where h.id = [heading_id])")}}


def _export(conn: sqlite3.Connection, fmt: str, table: str, raw_rows: bool, with_text: bool, output) -> None:
    from plankb.kb.rows import record_json
    from plankb.kb.schema import STORAGE_COLUMNS

    tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
    if table not in tables or table.startswith("passages_fts"):
        raise click.ClickException(f"no table {table!r}; tables: {', '.join(sorted(t for t in tables if '_fts' not in t))}")
    if table == "documents" and fmt in ("json", "jsonl") and not raw_rows:
        # a record is compressed against its document's text (schema 10): read with it
        cur = conn.execute("select r.record, d.text from records r join documents d on d.id = r.document_id order by d.date, d.id")
        items = ({**json.loads(record_json(record, text)), **({"text": text} if with_text else {})} for record, text in cur)
        write_json(items, output, lines=fmt == "jsonl")
        return
    # every column as the table shows it, a quote given back by its generated column (kb/quotes.py)
    # in its place, and not the stored columns behind it
    hidden = STORAGE_COLUMNS.get(table, ())
    columns = [c for (_, c, *_) in conn.execute(f"pragma table_xinfo([{table}])") if c not in hidden]
    if table == "documents" and not with_text:
        columns.remove("text")
    if table == "records":  # the records' JSON text, as it was stored before schema 7 compressed it
        at = columns.index("record")
        cur = conn.execute(
            f"select {', '.join(f'r.[{c}]' for c in columns)}, (select d.text from documents d where d.id = r.document_id)"
            " from records r"
        )
        cur = ((*row[:at], record_json(row[at], row[-1]), *row[at + 1 : -1]) for row in cur)
    else:
        # a column naming another table's value gives that value back under its former name
        # (passages: heading_id -> heading, schema 12), as the table wrote it before
        joined = JOINED_COLUMNS.get(table, {})
        read = ", ".join(joined[c][1] if c in joined else f"[{c}]" for c in columns)
        cur = conn.execute(f"select {read} from [{table}]")
        columns = [joined[c][0] if c in joined else c for c in columns]
    if fmt == "table":
        records = [dict(zip(columns, row, strict=True)) for row in cur]
        output.write(_table(columns, records, DOCUMENT_COLUMNS if table == "documents" else None) + "\n")
    else:
        write_rows(columns, cur, fmt, output)


COMMANDS = [ingest, serve, cites, cited_by, tree, deadlines, tasks, conflicts, similar, search, export]


HELP = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=HELP)
def kb() -> None:
    """Build, query and publish the plankb knowledge base."""


for _command in COMMANDS:
    # on each command too: click keeps a command's help option from its first use, whichever
    # group (or none) it was run under
    _command.context_settings = {**HELP, **_command.context_settings}
    kb.add_command(_command)

if __name__ == "__main__":
    kb()
