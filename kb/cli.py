"""Knowledge-base commands: ingest, serve, cites, search, export.

The main ``plankb`` group adds them with ``main.add_command(...)`` (see COMMANDS); ``python -m
kb.cli`` runs them standalone. cites and search run the SQL of the canned queries (kb/queries.py).
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

import click

DB_OPTION = click.option(
    "--db",
    "db_path",
    default="plankb.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The knowledge-base database file (SQLite).",
)


def _open_readonly(db_path: str) -> sqlite3.Connection:
    from kb.sqlfuncs import register_functions

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; build it with `plankb ingest PATH... --db {db_path}`")
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    register_functions(conn)
    return conn


class _NoBar:
    def update(self, n: int) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


@click.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option(
    "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Worker processes for extraction [default: number of CPUs]."
)
@click.option(
    "--follow-symlinks", is_flag=True, help="Follow symbolic links inside folders (only to files and folders inside the PATHS)."
)
@click.option(
    "--max-inflated-mb",
    type=click.FloatRange(min=0),
    default=None,
    help="Refuse a Word file whose unpacked contents exceed this [default: PLANKB_MAX_INFLATED_MB or 100].",
)
def ingest(paths: tuple[str, ...], db_path: str, jobs: int | None, follow_symlinks: bool, max_inflated_mb: float | None) -> None:
    """Extract documents and store them in the knowledge base.

    PATHS are files, folders (searched recursively for files a reader handles) or glob patterns.
    Only regular files are read; symbolic links inside folders are not followed unless asked.
    A file stored before with the same bytes and extractor version is skipped; a changed file
    replaces its old rows. Each document is written in its own transaction: a file that fails
    is reported and never removes what was stored for it. Exit status 1 when any file failed
    or no file was found.

    \b
    Example:
      plankb ingest corpus/seeds ../shared/real-texts --db plankb.db
    """
    from extractors.readers.docx import set_inflated_limit
    from kb.files import find_files, shown
    from kb.ingest import IngestResult, store_item
    from kb.lock import BaseLocked
    from kb.schema import SchemaError
    from kb.store import Store
    from kb.work import extract_all, sha256_of

    set_inflated_limit(max_inflated_mb)
    found = find_files(paths, follow_symlinks)
    files = found.files
    result = IngestResult(failed=found.failed, skipped=found.skipped)
    if not files:
        _report(result)
        raise click.ClickException(f"no file to ingest in {' '.join(shown(p) for p in paths)}")
    try:
        store = Store(db_path)
    except BaseLocked as exc:
        raise click.ClickException(str(exc)) from exc
    except (SchemaError, sqlite3.DatabaseError) as exc:
        raise click.ClickException(f"cannot open the knowledge base {db_path}: {exc}") from exc
    try:
        todo = []
        for path in files:  # skip unchanged files before paying for their extraction
            sha = sha256_of(path)
            if sha and store.is_unchanged(path, sha):
                result.count("unchanged")
            else:
                todo.append(path)
        show = sys.stderr.isatty() and len(files) > 1
        bar = click.progressbar(length=len(files), label="Ingesting", file=sys.stderr) if show else _NoBar()
        with bar:
            bar.update(len(files) - len(todo))
            for path, record, text, error in extract_all(todo, jobs):
                if error:
                    result.fail(path, error)
                else:
                    store_item(store, result, record, text, path)
                bar.update(1)
        store.finish()
    finally:
        store.close()
    _report(result)
    click.echo(result.summary())
    if result.failed:
        sys.exit(1)


def _report(result) -> None:
    from kb.files import shown
    from kb.ingest import message

    for kind, items in (("warning", result.warnings), ("skipped", result.skipped), ("failed", result.failed)):
        for path, reason in items:
            click.echo(f"{kind}: {shown(message(path, reason))}", err=True)


@click.command()
@DB_OPTION
@click.option("--port", "-p", default=8001, show_default=True, type=int, help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (0.0.0.0 for every interface).")
@click.option(
    "--no-sql", "no_sql", is_flag=True, help="Turn off arbitrary SQL (and tables' _where): only tables, rows and canned queries."
)
def serve(db_path: str, port: int, host: str, no_sql: bool) -> None:
    """Publish the knowledge base with Datasette, read-only.

    The database is opened immutable; the canned queries (cites, cited_by, deadlines,
    body_tasks, conflicts, search, similar) read only. A base that an ingest is writing is
    refused; one that an interrupted ingest left unfinished is finished first. Every query
    stops at the time limit (3 s), plankb's SQL functions included; --no-sql turns off SQL
    of the visitor's own. Behind a reverse proxy: see kb/README.md.
    """
    import uvicorn

    from kb.app import make_datasette
    from kb.lock import BaseLocked, is_locked
    from kb.store import Store, has_pending_work

    if not Path(db_path).is_file():
        raise click.ClickException(f"{db_path}: no such database; build it with `plankb ingest PATH... --db {db_path}`")
    # Immutable means the file must not change while served: never serve it mid-ingest.
    being_written = f"{db_path}: an ingest is writing this knowledge base; serve it when the ingest has finished"
    if is_locked(db_path):
        raise click.ClickException(being_written)
    with closing(_open_readonly(db_path)) as conn:
        unfinished = has_pending_work(conn)
    if unfinished:
        click.echo(f"{db_path}: finishing what an interrupted ingest left (links, search and similarity indexes)", err=True)
        try:
            store = Store(db_path)
        except BaseLocked as exc:
            raise click.ClickException(being_written) from exc
        try:
            store.finish()
        finally:
            store.close()
    ds = make_datasette(db_path, allow_sql=not no_sql)
    click.echo(f"Serving {db_path} read-only at http://{host}:{port}/{' (no arbitrary SQL)' if no_sql else ''}", err=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="info", lifespan="on")


def _answer(db_path: str, query: str, as_json: bool, text_line, none_found: str, **params) -> None:
    """Run a canned query (kb/queries.py, the same SQL Datasette serves) and print its rows."""
    from kb import queries

    with closing(_open_readonly(db_path)) as conn:
        columns, rows = queries.run(conn, query, **params)
    records = [dict(zip(columns, r, strict=True)) for r in rows]
    if as_json:
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    for record in records:
        click.echo(text_line(record))
    if not records:
        click.echo(none_found, err=True)


@click.command()
@click.argument("symbol")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
def cites(symbol: str, db_path: str, as_json: bool) -> None:
    """List the documents citing SYMBOL, such as 25-NQ/TW (the `cites` canned query)."""
    _answer(
        db_path,
        "cites",
        as_json,
        lambda r: (
            f"{r['date'] or '-':<10}  {r['symbol'] or '-':<14}  {r['relation']:<10}  {r['issuer'] or '-'}: "
            f"{r['title'] or '-'}  [{r['document']}; cited as {r['cited_as'] or 'undated'}]"
        ),
        f"no ingested document cites {symbol}",
        symbol=symbol,
    )


@click.command()
@click.argument("query")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the rows as JSON.")
def search(query: str, db_path: str, as_json: bool) -> None:
    """Search the passages, with or without accents: "dan van kheo" (the `search` canned query)."""
    _answer(
        db_path,
        "search",
        as_json,
        lambda r: f"{r['symbol'] or r['document']} {r['path'] or ''} (passage {r['passage']})\n    {r['snippet']}",
        f"nothing matches {query!r}",
        q=query,
    )


@click.command()
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "csv"]), required=True, help="Output format.")
@click.option("--table", default="documents", show_default=True, help="Table to export.")
@click.option(
    "--rows", "raw_rows", is_flag=True, help="For documents in json/jsonl: the table's rows instead of the full records."
)
@click.option(
    "--output", "-o", type=click.File("w", encoding="utf-8"), default="-", help="Output file [default: standard output]."
)
def export(db_path: str, fmt: str, table: str, raw_rows: bool, output) -> None:
    """Write a table of the knowledge base as JSON, JSON Lines or CSV.

    For the documents table, json and jsonl write each document's full record (CONTRACT.md),
    field for field as `plankb extract` printed it; csv (or --rows) writes the table's rows.
    """
    with closing(_open_readonly(db_path)) as conn:
        _export(conn, fmt, table, raw_rows, output)


def _export(conn: sqlite3.Connection, fmt: str, table: str, raw_rows: bool, output) -> None:
    tables = {name for (name,) in conn.execute("select name from sqlite_master where type = 'table'")}
    if table not in tables or table.startswith("passages_fts"):
        raise click.ClickException(f"no table {table!r}; tables: {', '.join(sorted(t for t in tables if '_fts' not in t))}")
    if table == "documents" and fmt != "csv" and not raw_rows:
        items = (
            json.loads(r)
            for (r,) in conn.execute(
                "select r.record from records r join documents d on d.id = r.document_id order by d.date, d.id"
            )
        )
    else:
        cur = conn.execute(f"select * from [{table}]")
        columns = [c[0] for c in cur.description]
        if fmt == "csv":
            writer = csv.writer(output)
            writer.writerow(columns)
            writer.writerows(("" if v is None else v.hex() if isinstance(v, bytes) else v for v in row) for row in cur)
            return
        items = ({c: (v.hex() if isinstance(v, bytes) else v) for c, v in zip(columns, row, strict=True)} for row in cur)
    if fmt == "jsonl":
        for item in items:
            output.write(json.dumps(item, ensure_ascii=False) + "\n")
    else:
        output.write(json.dumps(list(items), ensure_ascii=False, indent=2) + "\n")


COMMANDS = [ingest, serve, cites, search, export]


@click.group(context_settings={"help_option_names": ["--help"]})
def kb() -> None:
    """Build, query and publish the plankb knowledge base."""


for _command in COMMANDS:
    kb.add_command(_command)

if __name__ == "__main__":
    kb()
