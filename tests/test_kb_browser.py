"""A real headless Chromium on `plankb serve`: the home page, a document's page and the `cites`
query, read from the DOM the browser built (scripts run, templates rendered)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from kb.ingest import ingest_records
from kb.work import extract_path

REPO = Path(__file__).resolve().parent.parent
SEEDS = sorted((REPO / "corpus" / "seeds").glob("*.txt"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (Debian: apt-get install chromium)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("browser") / "plankb.db"
    items = []
    for seed in SEEDS:
        path, record, text, error = extract_path(str(seed))
        assert error is None, error
        items.append((record, text, path))
    assert ingest_records(db, items).added == len(SEEDS)

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "cli.py"), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"plankb serve exited: {proc.stderr.read().decode()}")
                time.sleep(0.1)
        else:
            pytest.fail("plankb serve did not answer within 15 s")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def browse(url: str, tmp_path: Path) -> str:
    """The DOM Chromium built for ``url``, after its scripts ran."""
    profile = tmp_path / "chromium-profile"
    args = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",  # CI runs as root
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",
        "--dump-dom",
        url,
    ]
    out = subprocess.run(args, capture_output=True, timeout=120, env=dict(os.environ, HOME=str(tmp_path)))
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    return out.stdout.decode("utf-8")


def test_home_page_and_database_page(server, tmp_path):
    home = browse(server + "/", tmp_path)
    assert "kế hoạch, chỉ thị, nghị quyết" in home  # the title from plankb's metadata
    assert 'href="/plankb"' in home and "passages" in home
    database = browse(server + "/plankb", tmp_path)
    for table in ("documents", "citations", "cited_documents", "passages", "bodies", "deadlines"):
        assert f'href="/plankb/{table}"' in database
    for query in ("cites", "cited_by", "due", "body_tasks", "disagreements", "search"):
        assert f'href="/plankb/{query}"' in database


def test_document_page_shows_its_record_and_network(server, tmp_path):
    import json

    rows = json.load(urllib.request.urlopen(server + "/plankb/documents.json?_shape=array&_col=symbol&_col=title&_size=50"))
    doc = next(r for r in rows if r.get("symbol"))
    dom = browse(f"{server}/plankb/documents/{doc['id']}", tmp_path)
    assert doc["symbol"] in dom
    # the row page links to the rows that point at it (citations, passages, assignments...)
    assert "Trích dẫn" in dom and "Đoạn văn" in dom
    assert "<svg" in dom  # the citation network drawn on the page


def test_cites_query_in_the_browser(server, tmp_path):
    dom = browse(f"{server}/plankb/cites?symbol={quote('25-NQ/TW')}", tmp_path)
    # three seeds cite 25-NQ/TW; each appears as a row of the result table
    assert dom.count("<tr") - 1 == 3, dom[:2000]
    assert "căn cứ" in dom.lower() or "basis" in dom.lower() or "implements" in dom.lower()
