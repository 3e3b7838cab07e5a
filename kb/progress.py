"""What an ingest tells while it runs: one account of the work across every worker, measured in
pages (a scanned page, not a file, is what costs; a file that is not a PDF counts as one).

On a terminal, one bar whose estimate follows the pages done; elsewhere (a log, a CI job) a plain
line every PLANKB_PROGRESS_SECONDS (15) seconds, whether or not a file has finished meanwhile, so
that a long scan never looks like a hang.
"""

from __future__ import annotations

import os
import sys
import threading
import time

import click


def duration(seconds: float) -> str:
    """3.2 s, 4 min 05 s, 1 h 02 min."""
    if seconds < 60:
        return f"{seconds:.1f} s"
    minutes, secs = divmod(int(round(seconds)), 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"


def interval() -> float:
    try:
        return max(float(os.environ.get("PLANKB_PROGRESS_SECONDS", "15")), 0.01)
    except ValueError:
        return 15.0


class IngestProgress:
    """Files and pages done out of those to do, from any thread (workers finish out of order)."""

    def __init__(self, stream=None, interactive: bool | None = None, every: float | None = None, clock=time.monotonic):
        self.stream = stream or sys.stderr
        self.interactive = self.stream.isatty() if interactive is None else interactive
        self.every = interval() if every is None else every
        self.clock = clock
        self.files = self.units = self.files_done = self.units_done = 0
        self.began = clock()
        self._lock = threading.Lock()
        self._bar = None
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None

    def start(self, files: int, units: int) -> None:
        """``files`` to extract, ``units`` of work in them (pages of PDFs, 1 for other files)."""
        self.files, self.units = files, units
        self.began = self.clock()
        if not files:
            return
        if self.interactive:
            self._bar = click.progressbar(length=units, label="Ingesting", file=self.stream, show_pos=False,
                                          item_show_func=lambda _: f"{self.files_done}/{self.files} files")
            self._bar.__enter__()
        else:
            self._ticker = threading.Thread(target=self._tick, name="plankb-progress", daemon=True)
            self._ticker.start()

    def file_done(self, units: int) -> None:
        with self._lock:
            self.files_done += 1
            self.units_done += units
            if self._bar is not None:
                self._bar.update(units)

    def line(self) -> str:
        """Where the ingest stands, in one line."""
        with self._lock:
            done, units, files_done = self.units_done, self.units, self.files_done
        elapsed = self.clock() - self.began
        share = f" ({done / units:.0%})" if units else ""
        left = f", about {duration(elapsed / done * (units - done))} left" if 0 < done < units else ""
        return f"ingest: {files_done}/{self.files} files, {done}/{units} pages of work{share}, {duration(elapsed)}{left}"

    def _tick(self) -> None:
        while not self._stop.wait(self.every):
            click.echo(self.line(), file=self.stream)

    def close(self) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join()
        if self._bar is not None:
            self._bar.__exit__(None, None, None)
            self._bar = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False
