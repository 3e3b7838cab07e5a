"""One writer per knowledge base: an exclusive lock on ``<db>.lock``, held while a Store is open;
and no writer while a server publishes it: ``plankb serve`` holds a shared lock on
``<db>.serve.lock`` as long as it runs (it opens the base immutable, so a write under it would
be served as a damaged file).

The lock is the kernel's (flock on POSIX, LockFileEx on Windows), not the lock file's existence:
it goes when the process that holds it dies, however it dies, so a killed ingest never leaves
the base locked. The file stays behind (removing it would race with a process that has just
opened it).
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path


class PosixLocks:
    """flock: one lock per open file, shared or exclusive, gone with the process."""

    def __init__(self, fcntl_module):
        self.fcntl = fcntl_module

    def lock(self, fd: int, shared: bool, wait: bool = False) -> bool:
        """Take the lock on ``fd``; False when another holder stops it and ``wait`` is off."""
        f = self.fcntl
        try:
            f.flock(fd, (f.LOCK_SH if shared else f.LOCK_EX) | (0 if wait else f.LOCK_NB))
        except BlockingIOError:
            return False
        return True

    def unlock(self, fd: int) -> None:
        pass  # closing the file releases it


class WindowsLocks:
    """LockFileEx on the lock file's first byte: Windows's own shared or exclusive lock (msvcrt's
    ``locking`` has no shared kind, which several servers need). Windows drops the locks of a
    handle when it is closed or its process ends, however it ends."""

    EXCLUSIVE = 0x2  # LOCKFILE_EXCLUSIVE_LOCK
    FAIL_IMMEDIATELY = 0x1  # LOCKFILE_FAIL_IMMEDIATELY
    HELD_ELSEWHERE = (33, 997)  # ERROR_LOCK_VIOLATION, ERROR_IO_PENDING

    def __init__(self, kernel32, get_osfhandle, last_error):
        self.kernel32, self.get_osfhandle, self.last_error = kernel32, get_osfhandle, last_error

    def lock(self, fd: int, shared: bool, wait: bool = False) -> bool:
        flags = (0 if shared else self.EXCLUSIVE) | (0 if wait else self.FAIL_IMMEDIATELY)
        if self.kernel32.LockFileEx(self.get_osfhandle(fd), flags, 0, 1, 0, _overlapped()):
            return True
        error = self.last_error()
        if error in self.HELD_ELSEWHERE:
            return False
        raise OSError(error, f"LockFileEx failed (Windows error {error})")

    def unlock(self, fd: int) -> None:
        # Released at close too, but Windows may do that late: release it now.
        self.kernel32.UnlockFileEx(self.get_osfhandle(fd), 0, 1, 0, _overlapped())


class Overlapped(ctypes.Structure):
    """Windows's OVERLAPPED: where a byte-range lock starts."""

    _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p), ("Offset", ctypes.c_uint32),
                ("OffsetHigh", ctypes.c_uint32), ("hEvent", ctypes.c_void_p)]  # fmt: skip


def _overlapped():
    """At offset 0: the byte locked."""
    return ctypes.byref(Overlapped())


def _windows_kernel32():
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    dword, handle = ctypes.c_uint32, ctypes.c_void_p  # a HANDLE is pointer-wide: no default int conversion
    kernel32.LockFileEx.argtypes = [handle, dword, dword, dword, dword, ctypes.POINTER(Overlapped)]
    kernel32.UnlockFileEx.argtypes = [handle, dword, dword, dword, ctypes.POINTER(Overlapped)]
    kernel32.LockFileEx.restype = kernel32.UnlockFileEx.restype = ctypes.c_int
    return kernel32


def _system_locks() -> PosixLocks | WindowsLocks | None:
    try:
        import fcntl

        return PosixLocks(fcntl)
    except ImportError:
        pass
    if sys.platform == "win32":
        import msvcrt

        return WindowsLocks(_windows_kernel32(), msvcrt.get_osfhandle, ctypes.get_last_error)
    return None  # neither: no locking


locks = _system_locks()


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
        if locks is None or self.fd is not None:
            return
        fd = os.open(lock_path(self.db_path), os.O_RDWR | os.O_CREAT, 0o644)
        if not locks.lock(fd, shared=False):
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
            locks.unlock(self.fd)
            os.close(self.fd)
            self.fd = None


class ServeLock:
    """Held by ``plankb serve`` while it runs; shared, so several servers may publish one base."""

    def __init__(self, db_path: str | Path):
        self.db_path = str(db_path)
        self.fd: int | None = None

    def acquire(self) -> None:
        if locks is None or self.fd is not None:
            return
        fd = os.open(serve_lock_path(self.db_path), os.O_RDWR | os.O_CREAT, 0o644)
        locks.lock(fd, shared=True, wait=True)  # only writers take it exclusively, and only for a moment
        self.fd = fd

    def release(self) -> None:
        if self.fd is not None:
            locks.unlock(self.fd)
            os.close(self.fd)
            self.fd = None


def _held(path: Path, shared: bool) -> bool:
    """Whether some process holds a lock on ``path`` that a probe of the kind a peer would take
    (``shared`` or not) cannot get beside it."""
    if locks is None:
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return False
    try:
        if not locks.lock(fd, shared=shared):
            return True
        locks.unlock(fd)
    finally:
        os.close(fd)
    return False


def is_served(db_path: str | Path) -> bool:
    """Whether some ``plankb serve`` publishes ``db_path`` now (servers share their lock)."""
    return _held(serve_lock_path(db_path), shared=False)


def is_locked(db_path: str | Path) -> bool:
    """Whether some process holds the write lock of ``db_path`` now."""
    return _held(lock_path(db_path), shared=True)
