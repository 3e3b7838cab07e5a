"""Finding the files to ingest, and showing and storing their names safely.

The one place that walks folders and judges what it finds, from ``lstat`` alone, before any file
is opened: only regular files are taken (a FIFO would block its reader forever), a file over the
size limit is refused unread, and a symbolic link inside a folder is followed only when asked and
only to a file or folder inside the given roots (a link to /etc/shadow must not be published).
Each thing left out that a reader could have handled gets one message: failed (a broken link, an
unreadable folder, a FIFO named .txt, a file too large) or skipped (a link not followed).

File names are bytes: one that is not UTF-8 arrives with surrogate escapes. ``storable`` is the
form kept in the base (the bytes that are not UTF-8 written as \\xNN), ``shown`` the form printed
(also control characters and bidirectional marks escaped, so a name cannot rewrite the terminal).
"""

from __future__ import annotations

import glob
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from plankb.extractors.readers import max_bytes, reader_for, too_large


@dataclass
class Found:
    files: list[str] = field(default_factory=list)  # in order, without repeats
    failed: list[tuple[str, str]] = field(default_factory=list)  # (path, message naming it)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def find_files(args, follow_symlinks: bool = False) -> Found:
    """Files named by PATH arguments: files as given, folders recursively and globs (the last two
    keep only files some reader handles). A link given as an argument is followed, as a shell
    user means it; links inside folders only with ``follow_symlinks``."""
    return _Finder(follow_symlinks).run(args)


class _Finder:
    def __init__(self, follow_symlinks: bool):
        self.follow = follow_symlinks
        self.out = Found()
        self.seen: set[str] = set()  # real paths of the files taken
        self.walked: set[str] = set()  # real paths of the folders walked (links can make cycles)
        self.roots: list[str] = []

    def run(self, args) -> Found:
        targets: list[tuple[str, bool]] = []  # (path, named explicitly)
        for arg in args:
            if not os.path.lexists(arg) and glob.has_magic(arg):
                matches = sorted(glob.glob(arg, recursive=True))
                if not any(os.path.isdir(m) or reader_for(Path(m)) for m in matches):
                    self.out.failed.append((arg, f"{arg}: no readable file matches"))
                targets += [(m, False) for m in matches]
            else:
                targets.append((arg, True))
        self.roots = [os.path.realpath(p) for p, _ in targets if os.path.exists(p)]
        for path, explicit in targets:
            self._target(path, explicit)
        return self.out

    def _target(self, path: str, explicit: bool) -> None:
        try:
            st = os.stat(path)
        except FileNotFoundError:
            if os.path.islink(path):
                self._fail(path, f"broken symbolic link (to {os.readlink(path)})")
            else:
                self._fail(path, "no such file")
            return
        except OSError as exc:
            self._fail(path, f"cannot read ({exc.strerror or exc})")
            return
        if stat.S_ISDIR(st.st_mode):
            self._walk(path)
        elif explicit or reader_for(Path(path)) is not None:
            self._file(path, st)

    def _walk(self, top: str) -> None:
        found: list[str] = []
        stack = [top]
        while stack:
            folder = stack.pop()
            real = os.path.realpath(folder)
            if real in self.walked:
                continue
            self.walked.add(real)
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError as exc:
                self._fail(folder, f"cannot read the folder ({exc.strerror or exc}); its files are not ingested")
                continue
            for entry in entries:
                try:
                    if entry.is_symlink():
                        self._link(entry.path, stack, found)
                    elif entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    elif reader_for(Path(entry.name)) is not None:
                        found.append(entry.path)
                except OSError as exc:
                    self._fail(entry.path, f"cannot read ({exc.strerror or exc})")
        for path in sorted(found):
            try:
                self._file(path, os.stat(path))
            except OSError as exc:
                self._fail(path, f"cannot read ({exc.strerror or exc})")

    def _link(self, path: str, stack: list[str], found: list[str]) -> None:
        handled = reader_for(Path(path)) is not None
        if not os.path.exists(path):
            if handled:
                self._fail(path, f"broken symbolic link (to {os.readlink(path)})")
            return
        is_dir = os.path.isdir(path)
        if not (handled or is_dir):
            return
        if not self.follow:
            self.out.skipped.append(
                (path, f"{path}: symbolic link not followed (--follow-symlinks follows links inside the given folders)")
            )
            return
        real = os.path.realpath(path)
        if not any(real == root or real.startswith(root.rstrip(os.sep) + os.sep) for root in self.roots):
            self.out.skipped.append((path, f"{path}: symbolic link to {real}, outside the given folders: not followed"))
            return
        if is_dir:
            stack.append(path)
        else:
            found.append(path)

    def _file(self, path: str, st: os.stat_result) -> None:
        if not stat.S_ISREG(st.st_mode):
            self._fail(path, f"not a regular file ({_kind(st.st_mode)})")
            return
        limit = max_bytes()
        if st.st_size > limit:
            self._fail(path, too_large(st.st_size, limit))
            return
        real = os.path.realpath(path)  # a file reached twice (named, linked) is read once
        if real not in self.seen:
            self.seen.add(real)
            self.out.files.append(path)

    def _fail(self, path: str, problem: str) -> None:
        self.out.failed.append((path, f"{path}: {problem}"))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


def storable(name: str) -> str:
    """The name as stored: valid UTF-8, the bytes that were not written as \\xNN."""
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that no file name decoded to
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


# Control characters, bidirectional marks and overrides, line separators, escaped bytes.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match) -> str:
    c = match.group()
    if c in _NAMED:
        return _NAMED[c]
    code = ord(c)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8 (surrogate escape)
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(text: str) -> str:
    """``text`` safe to print on one terminal line."""
    return _UNSAFE.sub(_escape, text)
