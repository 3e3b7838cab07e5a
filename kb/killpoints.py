"""Points at which a test stops an ingest dead (tests/test_kill_loop.py): whichever point a
SIGKILL lands on, the next run must bring the base to what an uninterrupted run gives.

Inert unless PLANKB_KILL_AT is set (to N): the process then kills itself with SIGKILL at the N-th
point it passes, counted from 1 (0: never); PLANKB_KILL_LOG, if set, is a file each point passed
is appended to (its number and name), so a test can count the points of a run before killing it
at each one. PLANKB_KILL_SIGNAL=STOP sends SIGSTOP instead: the process pauses there, holding
what it holds (the base's lock, an open transaction), so a test can try a second ingest or a
server against a real running one, then let it go on with SIGCONT.
"""

from __future__ import annotations

import os
import signal

_passed = 0  # points passed by this process while the hook is set


def reached(name: str) -> None:
    at = os.environ.get("PLANKB_KILL_AT")
    if at is None:
        return
    global _passed
    _passed += 1
    log = os.environ.get("PLANKB_KILL_LOG")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(f"{_passed} {name}\n")
    if _passed == int(at):
        os.kill(os.getpid(), getattr(signal, "SIG" + os.environ.get("PLANKB_KILL_SIGNAL", "KILL")))
