"""Datasette plugin for plankb: the SQL functions of the canned queries, highlighted snippets,
and the citation network on the page of a document or a cited document.

Loaded with ``--plugins-dir kb/plugins`` (``plankb serve`` does it); the logic lives in kb/.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from datasette import hookimpl
from datasette.utils import tilde_decode
from markupsafe import Markup, escape

from kb.network import network_of_cited, network_of_document, render_svg
from kb.sqlfuncs import register_functions


@hookimpl
def prepare_connection(conn, datasette):
    # Each call checks the query's time limit: a function must not carry a query past it.
    register_functions(conn, time_limit_ms=datasette.setting("sql_time_limit_ms"))


_ABSOLUTE = re.compile(r"[/\\]|[A-Za-z]:[/\\]")


@hookimpl
def render_cell(value, column, table, database, datasette):
    if column == "source_path" and isinstance(value, str) and _ABSOLUTE.match(value):
        # A file ingested by its absolute path: a page shows its name, not where the server keeps it.
        return PurePath(value).name
    # Snippets mark matches with **...**; show them as <mark> (the rest escaped).
    if column != "snippet" or not isinstance(value, str) or "**" not in value:
        return None
    parts = value.split("**")
    return Markup("".join(str(escape(p)) if i % 2 == 0 else f"<mark>{escape(p)}</mark>" for i, p in enumerate(parts)))


@hookimpl
def extra_template_vars(view_name, table, database, request, datasette):
    if view_name != "row" or table not in ("documents", "cited_documents") or request is None:
        return {}

    async def network():
        pk = tilde_decode(request.url_vars.get("pks", ""))
        build = network_of_document if table == "documents" else network_of_cited
        graph = await datasette.get_database(database).execute_fn(lambda conn: build(conn, pk))
        svg = render_svg(graph, datasette.urls.database(database))
        return {"plankb_network": Markup(svg) if svg else None}

    return network


HIDDEN = {"/-/databases", "/-/threads"}


@hookimpl
def asgi_wrapper(datasette):
    # Read-only all the way: no POST reaches a view (Datasette 0.65 answers a POST to a read
    # canned query with a server error); the file is also opened immutable.
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope.get("path", "").rstrip("/").split(".")[0] in HIDDEN:
                # Introspection pages that show the server's paths (the database file, the code)
                await send({"type": "http.response.start", "status": 404, "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"Not published.\n"})
                return
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS"):
                headers = [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD, OPTIONS")]
                await send({"type": "http.response.start", "status": 405, "headers": headers})
                await send({"type": "http.response.body", "body": b"This knowledge base is read-only.\n"})
                return
            await app(scope, receive, send)

        return read_only

    return wrap
