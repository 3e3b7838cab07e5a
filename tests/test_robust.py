"""Hostile conditions for ingest: interrupted batches, concurrent runs, odd files, odd contents,
killed processes. Every input is made here, in tmp_path."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from plankb.kb.cli import ingest, serve
from plankb.kb.ingest import ingest_records

TEXT = (
    "Phong trào thi đua Dân vận khéo được triển khai sâu rộng trong toàn tỉnh, gắn với việc học tập và làm theo "
    "tư tưởng, đạo đức, phong cách Hồ Chí Minh; các cấp ủy, chính quyền và đoàn thể phối hợp chặt chẽ."
)


def _record(doc_id: str, symbol: str | None = None, cites: tuple[str, ...] = (), text: str = TEXT) -> tuple:
    record = {
        "id": doc_id,
        "source": {"path": f"{doc_id}.txt", "format": "txt", "sha256": doc_id},
        "doc_type": "KH",
        "symbol": symbol,
        "date": "2022-07-13" if symbol else None,
        "issuer": {"name": "Tỉnh ủy Cà Mau"},
        "place": "Cà Mau",
        "references": [
            {"symbol": s, "doc_type": "NQ", "date": "2022-07-13", "issuer": "Tỉnh ủy", "subject": None,
             "relation": "cites", "text": s, "start": 0, "end": 1}
            for s in cites
        ],
    }  # fmt: skip
    return record, f"{doc_id}: {text}", f"{doc_id}.txt"


def dump(db: Path) -> dict[str, list]:
    """Every table's rows (without ingest times), sorted, and what full-text search finds."""
    out = {}
    with closing(sqlite3.connect(db)) as conn:
        tables = [
            n
            for (n,) in conn.execute(
                "select name from sqlite_master where type = 'table' and name not like 'passages_fts%' and name not like 'sqlite_%'"
            )
        ]
        for table in tables:
            cur = conn.execute(f"select * from [{table}]")
            keep = [i for i, c in enumerate(cur.description) if c[0] != "ingested_at"]
            out[table] = sorted((tuple(row[i] for i in keep) for row in cur), key=repr)
        out["fts"] = conn.execute("select rowid from passages_fts where passages_fts match 'kheo' order by rowid").fetchall()
    return out


# --- 1. an interrupted batch loses nothing ------------------------------------------------------

FIRST = [_record("a", cites=("04-NQ/TU",)), _record("b", cites=("04-NQ/TU", "12-CT/TU"))]
SECOND = [_record("x", symbol="04-NQ/TU"), _record("c", text="Một văn bản khác hẳn.")]


@pytest.mark.parametrize("crash_at", ["plankb.kb.fts.index_pending", "plankb.kb.similar.index_pending", "plankb.kb.resolve.resolve_symbols"])
def test_a_batch_killed_before_its_end_is_finished_by_the_next_run(tmp_path, monkeypatch, crash_at):
    whole = tmp_path / "whole.db"
    ingest_records(whole, FIRST)
    ingest_records(whole, SECOND)
    with closing(sqlite3.connect(whole)) as conn:  # the case of the issue: the cited document arrives later
        assert conn.execute("select documents_id from cited_documents where symbol = '04-NQ/TU'").fetchone() == ("x",)

    broken = tmp_path / "broken.db"
    ingest_records(broken, FIRST)
    module, name = crash_at.rsplit(".", 1)

    def crash(*args, **kwargs):
        raise KeyboardInterrupt("killed")

    with monkeypatch.context() as patch:
        patch.setattr(f"{module}.{name}", crash)
        with pytest.raises(KeyboardInterrupt):
            ingest_records(broken, SECOND)
    assert dump(broken) != dump(whole)  # the documents are stored, their links not yet
    again = ingest_records(broken, SECOND)
    assert again.unchanged == 2  # the files are not read again, yet their links are made
    assert dump(broken) == dump(whole)


# --- 2. one writer at a time ------------------------------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
SEED = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))[0]


def _hold_lock(db: Path, kind: str = "WriteLock") -> subprocess.Popen:
    """Another process holding the base's write lock, as a running ingest does (or, with
    ``kind="ServeLock"``, publishing it, as a running ``plankb serve`` does)."""
    code = f"import sys, time\nfrom kb.lock import {kind}\n{kind}(sys.argv[1]).acquire()\nprint('locked', flush=True)\ntime.sleep(600)"
    holder = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, stdout=subprocess.PIPE)
    assert holder.stdout.readline().strip() == b"locked"
    return holder


def test_a_second_ingest_or_a_serve_is_refused_while_one_runs_and_a_killed_one_leaves_no_lock(tmp_path, monkeypatch):
    import uvicorn

    served = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    db, doc = tmp_path / "kb.db", tmp_path / "doc.txt"
    shutil.copy(SEED, doc)
    runner = CliRunner()
    assert runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"]).exit_code == 0
    holder = _hold_lock(db)
    try:
        second = runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"])
        assert second.exit_code == 1 and isinstance(second.exception, SystemExit)  # a message, not a traceback
        assert f"{db}: another plankb ingest is writing this knowledge base" in second.stderr
        refused = runner.invoke(serve, ["--db", str(db)])
        assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
        assert f"{db}: an ingest is writing this knowledge base" in refused.stderr and not served
    finally:
        holder.kill()  # SIGKILL: no cleanup runs
        holder.wait()
    again = runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"])
    assert again.exit_code == 0 and "unchanged 1" in again.stdout
    assert runner.invoke(serve, ["--db", str(db)]).exit_code == 0 and len(served) == 1


def test_serve_finishes_what_an_interrupted_ingest_left(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    db = tmp_path / "kb.db"
    ingest_records(db, FIRST)
    with monkeypatch.context() as patch:
        patch.setattr("plankb.kb.resolve.resolve_symbols", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
        with pytest.raises(KeyboardInterrupt):
            ingest_records(db, SECOND)
    result = CliRunner().invoke(serve, ["--db", str(db)])
    assert result.exit_code == 0 and "finishing what an interrupted ingest left" in result.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("select documents_id from cited_documents where symbol = '04-NQ/TU'").fetchone() == ("x",)


# --- 3. files -----------------------------------------------------------------------------------


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(SEED, folder / "good.txt")
    return folder


def _stored_paths(db: Path) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        return {p for (p,) in conn.execute("select path from files")}


def test_a_fifo_is_refused_without_hanging(tmp_path):
    folder = _folder(tmp_path)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    db = tmp_path / "kb.db"
    # In a child process: were the FIFO opened, the run would block; the timeout only ends it.
    run = subprocess.run(
        [sys.executable, "-m", "plankb.cli", "ingest", str(folder), str(tmp_path / "named.txt"), "--db", str(db), "--jobs", "1"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    for fifo in (folder / "pipe.txt", tmp_path / "named.txt"):
        assert f"failed: {fifo}: not a regular file (a FIFO)\n" in run.stderr
    assert "added 1, updated 0, unchanged 0, failed 2" in run.stdout
    assert _stored_paths(db) == {str((folder / "good.txt").resolve())}


def test_the_size_limit_is_checked_before_the_file_is_opened(tmp_path, monkeypatch):
    import builtins
    import io

    folder = _folder(tmp_path)
    big = folder / "big.txt"
    big.write_bytes(SEED.read_bytes() * 3)
    monkeypatch.setenv("PLANKB_MAX_MB", str(SEED.stat().st_size * 2 / 1e6))
    opened = []
    for module, name in ((builtins, "open"), (io, "open"), (os, "open")):
        real = getattr(module, name)

        def guard(file, *args, _real=real, **kwargs):
            if str(file).endswith("big.txt"):
                opened.append(file)
            return _real(file, *args, **kwargs)

        monkeypatch.setattr(module, name, guard)
    result = CliRunner().invoke(ingest, [str(folder), "--db", str(tmp_path / "kb.db"), "--jobs", "1"])
    assert result.exit_code == 1
    assert f"failed: {big}: too large" in result.stderr and result.stderr.count(str(big)) == 1  # the path once
    assert opened == []


def test_symbolic_links_are_followed_only_when_asked_and_never_outside_the_roots(tmp_path):
    folder = _folder(tmp_path)
    secret = tmp_path / "outside" / "shadow"
    secret.parent.mkdir()
    secret.write_text("root:$6$secret-hash-of-the-root-password:19000:0:99999:7:::\n" * 20)
    (folder / "shadow.txt").symlink_to(secret)  # a link out of the roots
    (folder / "outdir").symlink_to(secret.parent)
    (folder / "sub").mkdir()
    (folder / "sub" / "again.txt").symlink_to(folder / "good.txt")  # inside: the same file
    other = tmp_path / "other"
    other.mkdir()
    (other / "second.txt").write_bytes(SEED.read_bytes().replace(b"a", b"o", 5))
    (folder / "linked.txt").symlink_to(other / "second.txt")  # inside the second root
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    db = tmp_path / "kb.db"
    runner = CliRunner()

    plain = runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert plain.exit_code == 1  # the broken link
    assert f"failed: {folder / 'broken.txt'}: broken symbolic link" in plain.stderr
    for name in ("shadow.txt", "outdir", "again.txt", "linked.txt"):
        assert f"{name}: symbolic link not followed" in plain.stderr
    assert _stored_paths(db) == {str(folder / "good.txt")}

    follow = runner.invoke(ingest, [str(folder), str(other), "--db", str(db), "--jobs", "1", "--follow-symlinks"])
    assert f"skipped: {folder / 'shadow.txt'}: symbolic link to {secret}, outside the given folders" in follow.stderr
    assert f"skipped: {folder / 'outdir'}: symbolic link to {secret.parent}, outside" in follow.stderr
    assert follow.stderr.count("broken symbolic link") == 1
    assert _stored_paths(db) == {str(folder / "good.txt"), str(other / "second.txt")}
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("select count(*) from documents where text like '%secret-hash%'").fetchone()[0] == 0


def test_file_names_of_any_bytes_are_stored_and_printed_safely(tmp_path):
    folder = _folder(tmp_path)
    os.remove(folder / "good.txt")
    cp1258 = os.fsencode(folder) + b"/k\xea ho\xe1ch d\xe2n v\xe2n.txt"  # 'kê hoách dân vân' in Windows-1258
    with open(cp1258, "wb") as f:
        f.write(SEED.read_bytes())
    hostile = folder / "evil\n\u202etxt.exe\x1b[31m.txt"  # a newline, a right-to-left override, an escape
    hostile.write_text("")
    db = tmp_path / "kb.db"
    runner = CliRunner()
    result = runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit), result.output  # the empty file
    assert "added 1, updated 0, unchanged 0, failed 1" in result.stdout
    assert f"failed: {folder}/evil\\n\\u202etxt.exe\\x1b[31m.txt: the file is empty" in result.stderr
    assert not any(c in result.output for c in "\u202e\x1b") and result.stderr.count("\n") == 1
    assert _stored_paths(db) == {f"{folder}/k\\xea ho\\xe1ch d\\xe2n v\\xe2n.txt"}
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("select source_path from documents").fetchone() == (f"{folder}/k\\xea ho\\xe1ch d\\xe2n v\\xe2n.txt",)
    again = runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert "added 0, updated 0, unchanged 1, failed 1" in again.stdout


def test_an_unreadable_folder_gets_one_message_and_nothing_found_fails(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    (folder / "locked").mkdir()
    (folder / "locked" / "hidden.txt").write_bytes(SEED.read_bytes())
    real_scandir = os.scandir

    def scandir(path):  # as chmod 000 does, for a user who is not root
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1
    assert (
        result.stderr == f"failed: {folder / 'locked'}: cannot read the folder (Permission denied); its files are not ingested\n"
    )
    assert "added 1, updated 0, unchanged 0, failed 1" in result.stdout

    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.jpg").write_bytes(b"\xff\xd8")
    nothing = CliRunner().invoke(ingest, [str(empty), "--db", str(db), "--jobs", "1"])
    assert nothing.exit_code == 1 and f"no file to ingest in {empty}" in nothing.stderr


# --- 4. contents ----------------------------------------------------------------------------------


def test_a_binary_file_named_txt_is_refused_and_keeps_the_stored_record(tmp_path):
    import random

    folder = _folder(tmp_path)
    good = folder / "good.txt"
    db = tmp_path / "kb.db"
    runner = CliRunner()
    assert runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"]).exit_code == 0
    with closing(sqlite3.connect(db)) as conn:
        before = conn.execute("select d.id, d.text from files f join documents d on d.id = f.document_id").fetchall()
    rng = random.Random(14)
    good.write_bytes(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(20_000)))  # a PDF saved as .txt
    (folder / "controls.txt").write_bytes(bytes(rng.randrange(1, 32) for _ in range(2_000)) + b" chu van ban")
    (folder / "utf16.txt").write_bytes(SEED.read_text(encoding="utf-8").encode("utf-16-le"))  # text, without a BOM
    result = runner.invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 1
    assert f"failed: {good}: not a text file (NUL bytes: binary content)\n" in result.stderr
    assert f"failed: {folder / 'controls.txt'}: not a text file (mostly control" in result.stderr
    assert "added 1, updated 0, unchanged 0, failed 2" in result.stdout
    with closing(sqlite3.connect(db)) as conn:
        after = conn.execute(
            "select d.id, d.text from files f join documents d on d.id = f.document_id where f.path = ?", (str(good),)
        ).fetchall()
        utf16 = conn.execute("select document_id from files where path = ?", (str(folder / "utf16.txt"),)).fetchone()
    assert after == before
    assert utf16 == (before[0][0],)  # UTF-16 is text: the same document as good.txt was


def _blank_pdf(path: Path, width: int) -> None:
    """A one-page PDF with no text (as a scan is, for a reader without OCR)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d 200] >>" % width,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


def test_documents_without_text_are_kept_apart_and_their_warnings_shown(tmp_path):
    folder = tmp_path / "scans"
    folder.mkdir()
    _blank_pdf(folder / "scan-a.pdf", 200)
    _blank_pdf(folder / "scan-b.pdf", 300)
    db = tmp_path / "kb.db"
    result = CliRunner().invoke(ingest, [str(folder), "--db", str(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "added 2, updated 0, unchanged 0, failed 0" in result.stdout
    with closing(sqlite3.connect(db)) as conn:
        documents = conn.execute("select id, text from documents").fetchall()
        files = dict(conn.execute("select path, document_id from files"))
    assert len(documents) == 2 and all(text == "" for _, text in documents)  # two files, two documents
    assert len(set(files.values())) == 2
    for name in ("scan-a.pdf", "scan-b.pdf"):
        lines = [ln for ln in result.stderr.splitlines() if ln.startswith(f"warning: {folder / name}: ")]
        assert any(ln.endswith("[no-text]") for ln in lines), result.stderr
        assert all(ln.count(str(folder / name)) == 1 for ln in lines)


# --- 5. workers end with the main process -------------------------------------------------------


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_killing_the_main_process_ends_its_workers(tmp_path):
    import signal
    import time

    fifos = [tmp_path / f"wait-{i}.txt" for i in range(2)]
    for fifo in fifos:
        os.mkfifo(fifo)
    # A main process whose two workers are stuck (reading a FIFO nobody writes), as on a huge file.
    code = (
        "import sys\nfrom kb.work import extract_path, worker_pool\n"
        "pool = worker_pool(2)\nfutures = [pool.submit(extract_path, p) for p in sys.argv[1:]]\n"
        "print(*pool._processes, flush=True)\nfutures[0].result()"
    )
    main = subprocess.Popen([sys.executable, "-c", code, *map(str, fifos)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in main.stdout.readline().split()]
    try:
        assert len(workers) == 2 and all(_alive(pid) for pid in workers)
        main.send_signal(signal.SIGKILL)  # no handler, no cleanup: only the kernel and the workers act
        main.wait()
        deadline = time.monotonic() + 60  # not a timing test: how long to wait before calling them orphans
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
    finally:
        for pid in workers:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)


# --- 6. the same input gives the same base ----------------------------------------------------


def _finish_in_reverse(path: str) -> tuple:
    """A stand-in extraction (run in a worker): file 0 finishes only after file 1 has."""
    import time

    folder, name = os.path.split(path)
    if name == "0":
        while not Path(folder, "done-1").exists():
            time.sleep(0.01)
        time.sleep(0.5)  # let file 1's result reach the main process first
    Path(folder, f"done-{name}").touch()
    return path, {"n": int(name)}, None, None


def test_results_come_in_input_order_whatever_order_the_workers_finish_in(tmp_path):
    from plankb.kb.work import extract_all

    paths = [str(tmp_path / str(i)) for i in range(2)]
    found = [record["n"] for _path, record, _text, _error in extract_all(paths, jobs=2, extract=_finish_in_reverse)]
    assert (tmp_path / "done-0").stat().st_mtime_ns >= (tmp_path / "done-1").stat().st_mtime_ns  # finished in reverse
    assert found == [0, 1]


def test_the_same_files_give_the_same_base_with_one_or_two_workers(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(SEED.parent, folder)
    dumps = []
    for jobs in ("1", "2"):
        db = tmp_path / f"kb{jobs}.db"
        result = CliRunner().invoke(ingest, [str(folder), "--db", str(db), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        dumps.append(dump(db))
    assert dumps[0] == dumps[1]


def test_an_ingest_into_a_base_being_served_is_refused_and_a_killed_server_leaves_no_lock(tmp_path, monkeypatch):
    import uvicorn

    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    db, doc = tmp_path / "kb.db", tmp_path / "doc.txt"
    shutil.copy(SEED, doc)
    runner = CliRunner()
    assert runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"]).exit_code == 0
    server = _hold_lock(db, "ServeLock")
    try:
        refused = runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"])
        assert refused.exit_code == 1 and isinstance(refused.exception, SystemExit)
        assert f"{db}: a plankb server is publishing this knowledge base" in refused.stderr
        # A second server on the same base is fine: serving is shared.
        assert runner.invoke(serve, ["--db", str(db)]).exit_code == 0
    finally:
        server.kill()
        server.wait()
    assert runner.invoke(ingest, [str(doc), "--db", str(db), "--jobs", "1"]).exit_code == 0


# --- 7. the lock on Windows -------------------------------------------------------------------


class _Kernel32OverFlock:
    """LockFileEx and UnlockFileEx as Windows answers them, played with flock on this system:
    what is checked is WindowsLocks's use of them (flags, byte range, errors), and the locking
    logic of kb/lock.py run through that path."""

    def __init__(self):
        import fcntl

        self.fcntl, self.error, self.calls = fcntl, 0, []

    def LockFileEx(self, handle, flags, reserved, low, high, overlapped):  # noqa: N802 (Windows's name)
        self.calls.append((flags, reserved, low, high, overlapped._obj.Offset, overlapped._obj.OffsetHigh))
        kind = self.fcntl.LOCK_EX if flags & 0x2 else self.fcntl.LOCK_SH
        try:
            self.fcntl.flock(handle, kind | (self.fcntl.LOCK_NB if flags & 0x1 else 0))
        except BlockingIOError:
            self.error = 33  # ERROR_LOCK_VIOLATION
            return 0
        except OSError:
            self.error = 6  # ERROR_INVALID_HANDLE
            return 0
        return 1

    def UnlockFileEx(self, handle, reserved, low, high, overlapped):  # noqa: N802
        self.fcntl.flock(handle, self.fcntl.LOCK_UN)
        return 1


@pytest.mark.skipif(sys.platform == "win32", reason="plays Windows's calls with flock")
def test_the_windows_lock_path_refuses_a_second_writer_and_a_writer_under_a_server(tmp_path, monkeypatch):
    import multiprocessing
    import signal

    from plankb.kb import lock

    kernel32 = _Kernel32OverFlock()
    monkeypatch.setattr(lock, "locks", lock.WindowsLocks(kernel32, lambda fd: fd, lambda: kernel32.error))
    db = tmp_path / "kb.db"
    writer = lock.WriteLock(db)
    writer.acquire()
    assert kernel32.calls == [(0x2 | 0x1, 0, 1, 0, 0, 0)]  # exclusive, at once, the first byte
    assert lock.is_locked(db) and not lock.is_served(db)
    with pytest.raises(lock.BaseLocked, match="another plankb ingest is writing"):
        lock.WriteLock(db).acquire()
    writer.release()
    assert not lock.is_locked(db)

    servers = [lock.ServeLock(db), lock.ServeLock(db)]
    for server in servers:  # shared: two servers publish one base
        server.acquire()
    assert kernel32.calls[-1] == (0, 0, 1, 0, 0, 0)  # shared, waiting
    assert lock.is_served(db)
    with pytest.raises(lock.BaseLocked, match="a plankb server is publishing"):
        lock.WriteLock(db).acquire()
    assert not lock.is_locked(db)  # the refused writer let its lock go
    lock.WriteLock(db, while_served=True).acquire()  # the server finishing an interrupted ingest
    for server in servers:
        server.release()
    assert not lock.is_served(db)

    # A holder killed outright leaves no lock (Windows, as flock, drops a dead process's locks).
    other = tmp_path / "other.db"
    ready = multiprocessing.get_context("fork").Event()

    def hold():
        lock.WriteLock(other).acquire()
        ready.set()
        signal.pause()

    holder = multiprocessing.get_context("fork").Process(target=hold)
    holder.start()
    assert ready.wait(60)
    assert lock.is_locked(other)
    os.kill(holder.pid, signal.SIGKILL)
    holder.join()
    assert not lock.is_locked(other)

    kernel32.error = 0
    with pytest.raises(OSError, match="Windows error 6"):  # not a lock held elsewhere: an error, said
        lock.locks.lock(10_000, shared=False)


@pytest.mark.skipif(sys.platform != "win32", reason="calls Windows's kernel32")
def test_the_windows_lock_with_the_real_system_calls(tmp_path):
    from plankb.kb import lock

    assert isinstance(lock.locks, lock.WindowsLocks)
    db = tmp_path / "kb.db"
    writer = lock.WriteLock(db)
    writer.acquire()
    assert lock.is_locked(db)
    with pytest.raises(lock.BaseLocked):
        lock.WriteLock(db).acquire()
    writer.release()
    assert not lock.is_locked(db)
    server = lock.ServeLock(db)
    server.acquire()
    assert lock.is_served(db)
    with pytest.raises(lock.BaseLocked):
        lock.WriteLock(db).acquire()
    server.release()
