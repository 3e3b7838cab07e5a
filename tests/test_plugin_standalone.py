"""A plain `datasette plankb.db`: Datasette's own command line, with nothing from plankb but its
installed plugin (the "datasette" entry point), answers every question, in Vietnamese."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import httpx
import pytest

import plankb
from plankb.kb.queries import QUERIES, example
from plankb.kb.sqlfuncs import register_functions

SEEDS = Path(plankb.__file__).with_name("corpus") / "seeds"


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("standalone")
    base = folder / "plankb.db"
    assert plankb.ingest(str(SEEDS), base, jobs=1).ok
    other = folder / "other.db"
    with closing(sqlite3.connect(other)) as conn:  # a database that is not a knowledge base
        conn.execute("create table documents (id integer primary key, title text, role text)")
        conn.execute("insert into documents (title, role) values ('not plankb', 'lead')")
        conn.commit()
    return base, other


def _datasette(*args: str, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    return subprocess.Popen([sys.executable, "-m", "datasette", *args], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.fixture(scope="module")
def site(bases):
    """`datasette plankb.db other.db`, served on a Unix socket; a client of it."""
    base, other = bases
    socket = base.parent / "datasette.sock"
    process = _datasette(base.name, other.name, "--uds", str(socket), cwd=base.parent)
    try:
        deadline = time.monotonic() + 60
        while not socket.exists():
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"datasette did not start:\n{process.communicate()[0]}")
            time.sleep(0.2)
        with httpx.Client(transport=httpx.HTTPTransport(uds=str(socket)), base_url="http://datasette", timeout=30) as client:
            yield client
    finally:
        process.terminate()
        process.wait(timeout=30)


def _examples(base: Path) -> dict[str, dict]:
    with closing(sqlite3.connect(base)) as conn:
        register_functions(conn)
        return {name: example(conn, name) for name in QUERIES}


def test_every_question_is_a_canned_query(site):
    queries = {q["name"] for q in site.get("/plankb.json").json()["queries"]}
    assert queries == set(QUERIES)


@pytest.mark.parametrize("name", list(QUERIES))
def test_every_question_answers_in_vietnamese(site, bases, name):
    values = _examples(bases[0])[name]
    assert values, f"no example for {name} in the seeds' base"
    answer = site.get(f"/plankb/{name}.json", params={**values, "_shape": "objects"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["rows"], f"{name} {values}: no answer"
    page = site.get(f"/plankb/{name}", params=values)
    assert page.status_code == 200
    assert f"<title>{QUERIES[name].title_vi}</title>" in page.text  # the plugin's title, Vietnamese
    assert '<html lang="vi">' in page.text  # plankb's page (kb/templates/), not Datasette's own


def test_settings_and_pages_of_a_base(site):
    settings = site.get("/-/settings.json").json()
    assert settings["sql_time_limit_ms"] == 3000 and settings["truncate_cells_html"] == 300
    meta = site.get("/-/metadata.json").json()["databases"]
    assert meta["plankb"]["tables"]["documents"]["title"] != "documents"  # a Vietnamese title
    assert site.post("/plankb/cites", data={"symbol": "x"}).status_code == 405  # read-only


def test_another_database_is_left_alone(site):
    meta = site.get("/-/metadata.json").json()
    assert "other" not in meta.get("databases", {})
    assert site.get("/other.json").json()["queries"] == []
    assert not meta.get("title", "").startswith("plankb")  # the home page is not plankb's alone
    assert "read-only" not in site.post("/other", data={"sql": "select 1"}).text  # left to Datasette's own rules
    page = site.get("/other/documents").text
    assert ">lead<" in page and "chủ trì" not in page  # no plankb labels on its cells


def test_english_through_datasette_metadata(bases, tmp_path):
    base = bases[0]
    (tmp_path / "en.json").write_text('{"plugins": {"plankb": {"lang": "en"}}}')
    values = _examples(base)["cites"]
    done = subprocess.run([sys.executable, "-m", "datasette", str(base), "-m", str(tmp_path / "en.json"),
                           "--get", f"/plankb/cites?symbol={values['symbol']}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert f"<title>{QUERIES['cites'].title}</title>" in done.stdout


def test_serve_passes_datasette_options_through(bases, tmp_path, monkeypatch):
    import asyncio

    import uvicorn
    from click.testing import CliRunner

    from plankb.kb import app as kb_app
    from plankb.kb.cli import serve

    base, other = bases
    made = []
    real = kb_app.make_datasette
    monkeypatch.setattr(kb_app, "make_datasette", lambda *a, **kw: made.append(real(*a, **kw)) or made[-1])
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    (tmp_path / "meta.json").write_text('{"title": "Kho của tôi", "plugins": {"plankb": {"lang": "en"}}}')
    args = ["--db", str(base), "--setting", "sql_time_limit_ms", "5000", "--cors", "--open", "--port", "8123",
            "--metadata", str(tmp_path / "meta.json"), "--immutable", str(other)]
    done = CliRunner().invoke(serve, args)
    assert done.exit_code == 0, done.output
    (ds,) = made
    assert ds.setting("sql_time_limit_ms") == 5000 and ds.setting("default_page_size") == 50
    assert ds.cors and set(ds.databases) >= {"plankb", "other"} and not ds.databases["other"].is_mutable
    assert opened == ["http://127.0.0.1:8123/"]
    home = asyncio.run(ds.client.get("/"))
    assert "Kho của tôi" in home.text  # the user's metadata over plankb's
    page = asyncio.run(ds.client.get("/plankb/cites?symbol=25-NQ/TW"))
    assert f"<title>{QUERIES['cites'].title}</title>" in page.text  # --metadata's lang, --lang left at its default
    bad = CliRunner().invoke(serve, ["--db", str(base), "--setting", "no_such_setting", "1"])
    assert bad.exit_code == 2 and "no_such_setting" in bad.output
