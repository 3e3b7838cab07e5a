"""Real processes at once (issue 14): a second ingest and a server started while an ingest is in
the middle of writing a base are refused with a message, and the first ingest, let go on, ends
with the base an undisturbed run makes. The running ingest is paused at a point of its own
(kb/killpoints.py with PLANKB_KILL_SIGNAL=STOP), so the test does not race it."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.test_robust import dump

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


def _plankb(*args: str, env: dict | None = None, **kw) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "plankb.cli", *args], cwd=ROOT, env={**os.environ, **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)  # fmt: skip


def _wait_stopped(proc: subprocess.Popen, timeout: float = 60) -> None:
    """Until the process has paused itself (state T), or fail."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, proc.communicate()
        state = Path(f"/proc/{proc.pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        if state == "T":
            return
        time.sleep(0.05)
    raise AssertionError("the ingest never reached its pause")


def test_a_second_ingest_and_a_server_are_refused_while_a_real_ingest_writes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, corpus / seed.name)
    clean = tmp_path / "clean.db"
    assert _plankb("ingest", str(corpus), "--db", str(clean), "--jobs", "1").wait() == 0

    # Where the first document is committed: the points of a run, counted by a run that stops nowhere.
    log = tmp_path / "points.log"
    counted = tmp_path / "counted.db"
    assert _plankb("ingest", str(corpus), "--db", str(counted), "--jobs", "1",
                   env={"PLANKB_KILL_AT": "0", "PLANKB_KILL_LOG": str(log)}).wait() == 0  # fmt: skip
    points = [line.split(" ", 1) for line in log.read_text().splitlines()]
    at = next(n for n, name in points if name == "document committed")

    db = tmp_path / "kb.db"
    first = _plankb("ingest", str(corpus), "--db", str(db), "--jobs", "1",
                    env={"PLANKB_KILL_AT": at, "PLANKB_KILL_SIGNAL": "STOP"})  # fmt: skip
    try:
        _wait_stopped(first)
        second = _plankb("ingest", str(corpus), "--db", str(db), "--jobs", "1")
        _out, err = second.communicate(timeout=120)
        assert second.returncode == 1 and "another plankb ingest is writing this knowledge base" in err, err
        assert "Traceback" not in err
        server = _plankb("serve", "--db", str(db), "--port", "0")
        _out, err = server.communicate(timeout=120)
        assert server.returncode == 1 and "an ingest is writing this knowledge base" in err, err
    finally:
        first.send_signal(signal.SIGCONT)
    _out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert dump(db) == dump(clean)
