"""A real headless Chromium on `plankb serve`: the home page, a document's page and the `cites`
query, read from the DOM the browser built (scripts run, templates rendered), as a person reads
them (in Vietnamese, answers first). ``PLANKB_SCREENSHOTS=1`` also saves the pages' screenshots
into docs/screenshots/ (kb/README.md shows them)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

from plankb.kb.ingest import ingest_records
from plankb.kb.work import extract_path

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
        [sys.executable, "-m", "plankb.cli", "serve", "--db", str(db), "--port", str(port)],
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


def browse(url: str, tmp_path: Path, *, screenshot: str | None = None, height: int = 720) -> str:
    """The DOM Chromium built for ``url``, after its scripts ran; with ``screenshot``, a picture
    of the page too (docs/screenshots/NAME.png when PLANKB_SCREENSHOTS is set)."""
    if screenshot:
        _screenshot(url, tmp_path, screenshot, height)
    return _chromium(["--dump-dom", url], tmp_path).decode("utf-8")


def _screenshot(url: str, tmp_path: Path, name: str, height: int = 720) -> None:
    png = tmp_path / f"{name}.png"
    _chromium([f"--screenshot={png}", f"--window-size=1000,{height}", "--hide-scrollbars", url], tmp_path)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    if os.environ.get("PLANKB_SCREENSHOTS"):
        target = REPO / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(png, target / png.name)


def _chromium(what: list[str], tmp_path: Path) -> bytes:
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
        *what,
    ]
    out = subprocess.run(args, capture_output=True, timeout=120, env=dict(os.environ, HOME=str(tmp_path)), cwd=tmp_path)
    assert out.returncode == 0, out.stderr.decode(errors="replace")[-2000:]
    return out.stdout


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
    # the picture of who cites 25-NQ/TW: its legend, the citers' dates, links to each document
    cited = f"{server}/plankb/cited_documents/25-NQ~2FTW~7CTW~7C2013"
    dom = browse(cited, tmp_path, screenshot="network", height=1000)
    assert 'class="plankb-legend"' in dom and "văn bản có trong kho" in dom
    assert re.search(r'class="plankb-date"[^>]*>\d{1,2}/\d{1,2}/\d{4}<', dom)
    assert dom.count('href="/plankb/documents/') >= 3  # the three seeds citing it


def test_cites_query_in_the_browser(server, tmp_path):
    dom = browse(f"{server}/plankb/cites?symbol={quote('25-NQ/TW')}", tmp_path)
    # three seeds cite 25-NQ/TW; each appears as a row of the result table
    assert dom.count("<tr") - 1 == 3, dom[:2000]
    assert "căn cứ" in dom.lower() or "basis" in dom.lower() or "implements" in dom.lower()


# --- what a person sees ------------------------------------------------------------------------

ENGLISH = ("Run SQL", "SQL query", "rows where", "Suggested facets", "This data as", "Links from other tables", "Sort ascending")


def _title(dom: str) -> str:
    return re.search(r"<title>(.*?)</title>", dom, re.S).group(1).strip()


def _visible_text(dom: str) -> str:
    dom = re.sub(r"(?s)<(script|style|svg|select|textarea)\b.*?</\1>", " ", dom)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", dom))


def _speaks_vietnamese(dom: str) -> None:
    for words in ENGLISH:
        assert words not in dom, words
    assert "trang chủ" in dom and "Chạy trên" in dom  # the crumbs and the footer


def test_home_page_in_vietnamese(server, tmp_path):
    dom = browse(server + "/", tmp_path, screenshot="home")
    _speaks_vietnamese(dom)
    assert _title(dom) == "plankb: kế hoạch, chỉ thị, nghị quyết"
    assert "Các câu hỏi" in dom and "Văn bản" in dom and "Phân công nhiệm vụ" in dom
    database = browse(server + "/plankb", tmp_path, screenshot="database")
    _speaks_vietnamese(database)
    assert "Văn bản nào trích dẫn một số, ký hiệu?" in database and "Ví dụ:" in database


def test_table_page_in_vietnamese(server, tmp_path):
    dom = browse(server + "/plankb/assignments?role=lead", tmp_path, screenshot="table")
    _speaks_vietnamese(dom)
    assert _title(dom).startswith("Phân công nhiệm vụ: 2 dòng")
    text = _visible_text(dom)
    assert "vai trò = “chủ trì”" in text and "nhiệm vụ" in text and "Sắp xếp tăng dần" in text
    assert "lead" not in text  # the code shows as its word (still in the JSON)
    # the deadlines table is a table again, not the question of the same name
    deadlines = browse(server + "/plankb/deadlines", tmp_path)
    assert _title(deadlines).startswith("Thời hạn:") and "mức hạn" in deadlines and "chậm nhất" in deadlines


def test_question_page_opens_with_the_answer(server, tmp_path):
    dom = browse(f"{server}/plankb/cites?symbol={quote('25-NQ/TW')}", tmp_path, screenshot="question")
    _speaks_vietnamese(dom)
    assert _title(dom) == "Văn bản nào trích dẫn một số, ký hiệu?"
    text = _visible_text(dom)
    assert "select " not in text.lower() and "from citations" not in text  # no SQL on the page
    assert "3 kết quả" in text and "Số, ký hiệu" in text and "trích dẫn" in text
    links = re.findall(r'href="(/plankb/documents/[0-9a-f]+)"', dom)
    assert len(set(links)) == 3  # each answer links to its document
    assert 'href="/plankb/cited_documents/25-NQ~2FTW~7CTW~7C2013"' in dom
    empty = browse(f"{server}/plankb/cites", tmp_path)
    assert "0 results" not in empty and "Hãy nhập" in empty
    assert 'href="/plankb/cites?symbol=25-NQ%2FTW"' in empty  # an example that has an answer


def test_row_page_in_vietnamese(server, tmp_path):
    dom = browse(server + "/plankb/documents/92726195f4ab505ae9ce", tmp_path, screenshot="row")
    _speaks_vietnamese(dom)
    assert _title(dom) == "Văn bản: 92726195f4ab505ae9ce"
    assert "Liên kết từ các bảng khác" in dom and "Mạng trích dẫn" in dom and "trích yếu" in dom


def test_table_search_box_finds_accented_and_unaccented_words(server, tmp_path):
    def rows_found(q):
        dom = browse(f"{server}/plankb/passages?_search={quote(q)}&_col=heading_id", tmp_path)
        return re.findall(r'<td class="col-id[^"]*"[^>]*>(.*?)</td>', dom, re.S)

    accented = rows_found("dân vận khéo")
    assert accented and accented == rows_found("dan van kheo")
    browse(f"{server}/plankb/passages?_search={quote('dân vận khéo')}&_col=heading_id&_col=document_id", tmp_path, screenshot="search")


def test_what_is_due_page_by_body_with_its_calendar(server, tmp_path):
    # "What is due in the next 30 days for a body?": the page opens on a range (here the seeds'
    # year), rows under the body that must meet them, yearly deadlines on their next date.
    dom = browse(f"{server}/plankb/due?from=2023-01-01&to=2023-12-31", tmp_path, screenshot="due")
    _speaks_vietnamese(dom)
    assert _title(dom) == "Việc gì đến hạn?"
    text = _visible_text(dom)
    assert "select " not in text.lower()
    assert "Ban Thường vụ Đoàn Khối" in re.sub(r"\s+", " ", " ".join(re.findall(r'<h2 class="plankb-group">(.*?)</h2>', dom)))
    assert "10/10 hằng năm" in text and "2023-10-10" in text and "--10-10" not in text
    assert re.search(r'href="/plankb/documents/[0-9a-f]+"', dom)  # one click to the document
    assert 'href="/plankb/due.ics"' in dom  # the calendar to subscribe to
    one = browse(f"{server}/plankb/due?from=2023-01-01&to=2023-12-31&body={quote('Ban Thường vụ Đoàn Khối')}", tmp_path)
    assert 'href="/plankb/due.ics?body=Ban+Th' in one
    assert set(re.findall(r'<h2 class="plankb-group">(.*?)</h2>', one)) == {"Ban Thường vụ Đoàn Khối"}
    # with an empty form, the next 30 days
    empty = _visible_text(browse(f"{server}/plankb/due", tmp_path))
    assert re.search(r"Từ \d{4}-\d\d-\d\d đến \d{4}-\d\d-\d\d", empty) and "Hãy nhập" not in empty


def test_how_others_wrote_to_chuc_thuc_hien_page(server, tmp_path):
    # "How did other plans write 'Tổ chức thực hiện'?": the page opens on that section, whole.
    dom = browse(f"{server}/plankb/how_written", tmp_path, screenshot="how_written")
    _speaks_vietnamese(dom)
    assert _title(dom) == "Các văn bản khác viết một mục thế nào?"
    text = _visible_text(dom)
    assert "select " not in text.lower() and "5 kết quả" in text
    assert re.search(r'<option value="organisation" selected="?"?>Tổ chức thực hiện</option>', dom)
    assert text.count("TỔ CHỨC THỰC HIỆN") + text.count("Tổ chức thực hiện") >= 5
    assert dom.count('class="plankb-section"') == 5 and "cả mục" in text  # the rest of each section one click away
    assert len(set(re.findall(r'href="(/plankb/documents/[0-9a-f]+)"', dom))) == 5


def test_disagreements_page_links_each_document(server, tmp_path):
    # "Which documents disagree about a cited document?": what each says, one click to each.
    dom = browse(f"{server}/plankb/disagreements?symbol=", tmp_path, screenshot="disagreements")
    _speaks_vietnamese(dom)
    assert _title(dom) == "Trích dẫn nào mâu thuẫn nhau?"
    text = _visible_text(dom)
    assert "select " not in text.lower() and " cited with " not in text and " attributed to " not in text
    assert "ngày khác nhau" in text and "2013-06-03" in text and "2016-06-03" in text
    evidence = re.findall(r'<ul class="plankb-evidence">(.*?)</ul>', dom, re.S)
    assert evidence and all(re.search(r'href="/plankb/documents/[0-9a-f]+"', e) for e in evidence)


def test_what_a_resolution_set_in_motion_page(server, tmp_path):
    # "What did 25-NQ/TW set in motion?": the documents implementing it, level by level, as a
    # picture and a list, each one click from its document; its JSON; the way there from the question.
    dom = browse(f"{server}/plankb/-/tree?symbol={quote('25-NQ/TW')}", tmp_path, screenshot="tree", height=1150)
    _speaks_vietnamese(dom)
    assert _title(dom) == "25-NQ/TW đã được triển khai thế nào?"
    text = _visible_text(dom)
    assert "select " not in text.lower() and "from citations" not in text
    assert "3 văn bản trong kho dẫn hoặc thực hiện 25-NQ/TW" in text and "Ban Chấp hành Trung ương Đảng khóa XI" in text
    assert "1 văn bản cấp tỉnh, 1 văn bản cấp huyện, 1 văn bản chưa rõ cấp" in text
    assert "12/1/2023 · Ban chỉ đạo Phong trào thi đua" in text  # a date and an issuer as a reader writes them
    picture = re.search(r'<svg[^>]*class="plankb-tree-graph".*?</svg>', dom, re.S).group(0)
    assert len(set(re.findall(r'href="(/plankb/documents/[0-9a-f]+)"', picture))) == 3
    assert re.search(r'class="plankb-date"[^>]*>\d{1,2}/\d{1,2}/\d{4}<', picture)
    listed = set(re.findall(r'href="(/plankb/documents/[0-9a-f]+)"', dom.split('id="plankb-tree-list"')[1]))
    assert len(listed) == 3  # each document one click away
    assert 'href="/plankb/-/tree.json?symbol=25-NQ%2FTW"' in dom
    question = browse(f"{server}/plankb/tree?symbol={quote('25-NQ/TW')}", tmp_path)
    assert 'href="/plankb/-/tree?symbol=25-NQ%2FTW"' in question
