"""A SIGKILL at every phase of an ingest, fresh and update (issue 14): after the next run the base
equals an uninterrupted run's, and no lock is left.

The phases are the points of kb/killpoints.py (files skipped, each file extracted, its rows, its
passages, its commit, the end-of-batch indexes, full-text index, similar passages, resolve,
checkpoint). Each killed run is a forked child that kills itself with SIGKILL on reaching the N-th
point: nothing of Python's clean-up runs, as with kill -9 or the OOM killer. The children extract
from a cache filled by the uninterrupted run, so the loop pays for writing, which is what a kill
can damage; two kills of the command itself, with its worker processes, check that path too.
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from plankb.kb import work
from plankb.kb.lock import is_locked
from tests.test_robust import dump

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kills forked children with SIGKILL")

ISSUERS = ("BAN DÂN VẬN", "BAN TUYÊN GIÁO", "ỦY BAN KIỂM TRA", "BAN TỔ CHỨC")


def _day(n: int) -> int:
    return n % 27 + 1


def _plan(n: int, cites: tuple[int, ...], task: str = "theo dõi, đôn đốc việc thực hiện") -> str:
    """A plan of symbol ``n``-KH/TU citing the plans ``cites`` by symbol and date."""
    refs = "; ".join(f"Kế hoạch số {c}-KH/TU ngày {_day(c)}/3/2023 của Ban Thường vụ Tỉnh ủy" for c in cites)
    return (
        f"TỈNH ỦY CÀ MAU\n{ISSUERS[n % 4]} TỈNH ỦY\nSố: {n}-KH/TU\nCà Mau, ngày {_day(n)} tháng 3 năm 2023\n\n"
        f"KẾ HOẠCH\nThực hiện công tác dân vận năm 2023, đợt {n}\n\nCăn cứ {refs},\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n\n- Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ tổ chức quán triệt nội dung "
        "kế hoạch đến cán bộ, đảng viên và Nhân dân; hoàn thành trước ngày 30 tháng 6 năm 2023. Phong trào thi đua "
        "Dân vận khéo được triển khai sâu rộng trong toàn tỉnh, gắn với việc học tập và làm theo tư tưởng, đạo đức, "
        "phong cách Hồ Chí Minh.\n\nII. NHIỆM VỤ\n\n"
        f"1. Giao Ban Dân vận Tỉnh ủy {task} kế hoạch đợt {n}; báo cáo kết quả trước ngày 15/12/2023.\n"
    )


def _first_version(folder: Path) -> None:
    """Twelve plans (symbols 11 to 22) citing each other and plans not yet ingested (23 to 25)."""
    folder.mkdir()
    for n in range(11, 23):
        (folder / f"kh-{n}.txt").write_text(_plan(n, (11 + (n * 4) % 15, 11 + (n * 7) % 12)), encoding="utf-8")


def _update(folder: Path) -> None:
    """New plans that earlier ones cite, a plan rewritten, one that changes its symbol, one whose
    file becomes a copy of another's (its document loses its last file), one file gone, one copy."""
    for n in (23, 24, 25):
        (folder / f"kh-{n}.txt").write_text(_plan(n, (n - 10, 12)), encoding="utf-8")
    (folder / "kh-13.txt").write_text(_plan(13, (14, 24), task="kiểm tra, giám sát"), encoding="utf-8")
    (folder / "kh-15.txt").write_text(_plan(26, (15, 16)), encoding="utf-8")  # 15-KH/TU no longer issued
    shutil.copy(folder / "kh-18.txt", folder / "kh-17.txt")
    (folder / "kh-19.txt").unlink()  # ingest does not prune: its document stays
    shutil.copy(folder / "kh-20.txt", folder / "copy-of-20.txt")


_cache: dict[tuple[str, str], work.Extracted] = {}


def _cached_extract(path: str) -> work.Extracted:
    key = (path, work.sha256_of(path))
    if key not in _cache:
        _cache[key] = work.extract_path(path)
    return _cache[key]


def _ingest(folder: Path, db: Path) -> None:
    from plankb.kb.ingest import ingest_paths

    result = ingest_paths([folder], db, jobs=1)
    assert result.ok, result.failed


def _extract_from_cache(monkeypatch) -> None:
    """Extract through the cache, in this process and the children forked from it."""
    real = work.extract_all
    monkeypatch.setattr(
        work, "extract_all", lambda paths, jobs=None, on_done=None: real(paths, 1, extract=_cached_extract, on_done=on_done)
    )


def _child(folder: Path, db: Path, kill_at: int, log: Path | None) -> None:
    os.environ["PLANKB_KILL_AT"] = str(kill_at)
    if log:
        os.environ["PLANKB_KILL_LOG"] = str(log)
    _ingest(folder, db)


def _run_child(folder: Path, db: Path, kill_at: int, log: Path | None = None) -> int:
    child = multiprocessing.get_context("fork").Process(target=_child, args=(folder, db, kill_at, log))
    child.start()
    child.join(120)
    return child.exitcode


def _points(folder: Path, db: Path, log: Path) -> list[str]:
    """The names of the points an uninterrupted run passes, in order."""
    assert _run_child(folder, db, 0, log) == 0
    return [line.split(" ", 1)[1] for line in log.read_text(encoding="utf-8").splitlines()]


def _linked(db: Path) -> set[str]:
    """The cited symbols linked to an ingested document."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db)) as conn:
        return {s for (s,) in conn.execute("select symbol from cited_documents where documents_id is not null")}


def _schema(db: Path) -> list[tuple]:
    """Tables, indexes, views and triggers: an interrupted first build must get its deferred indexes."""
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("select type, name, sql from sqlite_master order by type, name").fetchall()


def _kill_at_every_point(folder: Path, start: Path | None, reference: Path, tmp_path: Path, name: str) -> Counter:
    """Kill a run into a copy of ``start`` (None: a new base) at each of its points in turn, run
    again to the end, and compare with ``reference``, the uninterrupted run's base; returns the
    points killed at, by name."""
    expected, schema = dump(reference), _schema(reference)
    db = tmp_path / f"{name}.db"
    log = tmp_path / f"{name}.log"
    if start:
        shutil.copy(start, db)
    points = _points(folder, db, log)
    killed: Counter = Counter()
    for n, point in enumerate(points, 1):
        for leftover in tmp_path.glob(f"{name}.db*"):
            leftover.unlink()
        if start:
            shutil.copy(start, db)
        assert _run_child(folder, db, n) == -signal.SIGKILL, (n, point)
        assert not is_locked(db), f"a lock is left after a kill at {point}"
        _ingest(folder, db)
        assert _schema(db) == schema, f"killed at point {n} ({point}), the next run leaves another schema"
        assert dump(db) == expected, f"killed at point {n} ({point}), the next run does not give the uninterrupted base"
        assert not Path(f"{db}-wal").exists()
        killed[point] += 1
    return killed


def test_a_kill_at_any_phase_of_a_fresh_or_update_ingest_is_made_good_by_the_next_run(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    _first_version(folder)
    _extract_from_cache(monkeypatch)
    whole = tmp_path / "whole.db"
    _ingest(folder, whole)
    fresh = dump(whole)
    later = {"23-KH/TU", "24-KH/TU", "25-KH/TU"}
    assert len(fresh["documents"]) == 12 and len(_linked(whole)) >= 6 and not _linked(whole) & later
    first = tmp_path / "first.db"
    shutil.copy(whole, first)

    killed = _kill_at_every_point(folder, None, whole, tmp_path, "fresh")
    assert {"schema", "extracted", "passages", "document written, not committed", "document committed", "indexes",
            "full-text index", "similar passages", "symbols resolved, not committed", "resolved", "checkpoint"} <= set(killed)  # fmt: skip
    assert killed["document committed"] == 12

    _update(folder)
    _ingest(folder, whole)
    assert dump(whole) != fresh
    assert later <= _linked(whole) and "15-KH/TU" in _linked(first) - _linked(whole)  # links made and unmade
    killed = _kill_at_every_point(folder, first, whole, tmp_path, "update")
    assert {
        "unchanged files skipped",
        "document of the file's old text deleted",
        "document committed",
        "symbols resolved, not committed",
    } <= set(killed)
    assert killed["document committed"] == 7  # 3 new, 4 changed (kh-13, kh-15, kh-17, the copy of 20)


@pytest.mark.parametrize("point", ["extracted", "similar passages"])
def test_the_ingest_command_killed_with_its_workers_is_made_good_by_the_next_run(tmp_path, monkeypatch, point):
    """The command itself, extracting in two worker processes, killed at a point of its update."""
    folder = tmp_path / "docs"
    _first_version(folder)
    _extract_from_cache(monkeypatch)  # for this process's runs; the command extracts for itself
    whole, db, count = tmp_path / "whole.db", tmp_path / "kb.db", tmp_path / "count.db"
    _ingest(folder, whole)
    shutil.copy(whole, db)
    shutil.copy(whole, count)
    _update(folder)
    _ingest(folder, whole)
    log = tmp_path / "points.log"
    assert _run_child(folder, count, 0, log) == 0
    points = [line.split(" ", 1) for line in log.read_text(encoding="utf-8").splitlines()]
    at = [int(n) for n, name in points if name == point][1 if point == "extracted" else 0]  # the 2nd file: others in the workers
    env = {**os.environ, "PLANKB_KILL_AT": str(at)}
    run = subprocess.run(
        [sys.executable, "-m", "plankb.cli", "ingest", str(folder), "--db", str(db), "--jobs", "2"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == -signal.SIGKILL, run.stderr
    assert not is_locked(db)
    _ingest(folder, db)
    assert dump(db) == dump(whole)
