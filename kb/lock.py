"""One writer per knowledge base: an exclusive lock on ``<db>.lock``, held while a Store is open;
and no writer while a server publishes it: ``plankb serve`` holds a shared lock on
``<db>.serve.lock`` as long as it runs (it opens the base immutable, so a write under it would
be served as a damaged file).

The lock is the kernel's (flock), not the lock file's existence: it goes when the process that
holds it dies, however it dies, so a killed ingest never leaves the base locked. The file stays
behind (removing it would race with a process that has just opened it).
"""

from __future__ import annotations

import os
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no locking, as before
    fcntl = None


class BaseLocked(Exception):
    """Another process is writing the knowledge base; the message names it."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.lock")


def serve_lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.serve.lock")


class WriteLock:
    def __init__(self, db_path: str | Path, while_served: bool = False):
        self.db_path = str(db_path)
        self.fd: int | None = None
        self.while_served = while_served  # the server itself finishing an interrupted ingest

    def acquire(self) -> None:
        """Take the lock at once or raise BaseLocked: a second writer must not wait for hours, and
        no writer may change a base a server is publishing."""
        if fcntl is None or self.fd is not None:
            return
        fd = os.open(lock_path(self.db_path), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise BaseLocked(
                f"{self.db_path}: another plankb ingest is writing this knowledge base; run again when it has finished"
            ) from None
        self.fd = fd
        # Taken after the write lock, as serve takes its lock before looking at this one: whichever
        # comes second of an ingest and a server sees the other and stops.
        if not self.while_served and is_served(self.db_path):
            self.release()
            raise BaseLocked(
                f"{self.db_path}: a plankb server is publishing this knowledge base; stop it before ingesting "
                "(it reads the file as unchanging)"
            )

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the file releases the lock
            self.fd = None


class ServeLock:
    """Held by ``plankb serve`` while it runs; shared, so several servers may publish one base."""

    def __init__(self, db_path: str | Path):
        self.db_path = str(db_path)
        self.fd: int | None = None

    def acquire(self) -> None:
        if fcntl is None or self.fd is not None:
            return
        fd = os.open(serve_lock_path(self.db_path), os.O_RDWR | os.O_CREAT, 0o644)
        fcntl.flock(fd, fcntl.LOCK_SH)  # only writers take it exclusively, and only for a moment
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


def _held(path: Path, probe: int) -> bool:
    """Whether some process holds a lock on ``path`` that ``probe`` (the kind a peer would take)
    cannot get beside it."""
    if fcntl is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(fd, probe | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


def is_served(db_path: str | Path) -> bool:
    """Whether some ``plankb serve`` publishes ``db_path`` now (servers share their lock)."""
    return fcntl is not None and _held(serve_lock_path(db_path), fcntl.LOCK_EX)


def is_locked(db_path: str | Path) -> bool:
    """Whether some process holds the write lock of ``db_path`` now."""
    return fcntl is not None and _held(lock_path(db_path), fcntl.LOCK_SH)
