"""Hostile conditions for ingest: interrupted batches, concurrent runs, odd files, odd contents,
killed processes. Every input is made here, in tmp_path."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from kb.cli import ingest, serve
from kb.ingest import ingest_records

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


@pytest.mark.parametrize("crash_at", ["kb.fts.index_pending", "kb.similar.index_pending", "kb.resolve.resolve_symbols"])
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


def _hold_lock(db: Path) -> subprocess.Popen:
    """Another process holding the base's write lock, as a running ingest does."""
    code = "import sys, time\nfrom kb.lock import WriteLock\nWriteLock(sys.argv[1]).acquire()\nprint('locked', flush=True)\ntime.sleep(600)"
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
        patch.setattr("kb.resolve.resolve_symbols", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
        with pytest.raises(KeyboardInterrupt):
            ingest_records(db, SECOND)
    result = CliRunner().invoke(serve, ["--db", str(db)])
    assert result.exit_code == 0 and "finishing what an interrupted ingest left" in result.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("select documents_id from cited_documents where symbol = '04-NQ/TU'").fetchone() == ("x",)
