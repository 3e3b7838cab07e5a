"""Progress that tells the truth: one account over every worker, counted in pages, plain lines
when no terminal watches, and a summary at the end."""

from __future__ import annotations

import io
import re
import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

import plankb
import plankb.kb.ingest
from plankb.kb.cli import ingest
from plankb.kb.progress import IngestProgress, duration
from plankb.kb.work import extract_all, extract_path, page_count, work_units
from tests.conftest import ROOT, SHARED

SEEDS = Path(plankb.__file__).with_name("corpus") / "seeds"
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
SUMMARY = re.compile(r"added (\d+), updated (\d+), unchanged (\d+), failed (\d+); (\d+) file\(s\) read, (\d+) PDF page\(s\), (\d+) OCR'd, in [\d.]+ s")


def test_without_a_terminal_plain_lines_and_a_summary(tmp_path, monkeypatch):
    monkeypatch.setenv("PLANKB_PROGRESS_SECONDS", "0.01")
    done = CliRunner().invoke(ingest, [str(SEEDS), "--db", str(tmp_path / "kb.db"), "--jobs", "1"])
    assert done.exit_code == 0, done.output
    seeds = len(list(SEEDS.glob("*.txt")))
    lines = done.stderr.splitlines()
    periodic = [line for line in lines if line.startswith("ingest: ")]
    assert periodic, done.stderr  # the run takes seconds: lines every 0.01 s
    counts = [re.match(r"ingest: (\d+)/(\d+) files, (\d+)/(\d+) pages of work", line).groups() for line in periodic]
    assert {total for _, total, _, _ in counts} == {str(seeds)}
    done_files = [int(n) for n, _, _, _ in counts]
    assert done_files == sorted(done_files) and max(done_files) <= seeds
    assert "\r" not in done.stderr  # no bar drawn into a log
    summary = SUMMARY.search(done.stdout)
    assert summary and summary.groups() == (str(seeds), "0", "0", "0", str(seeds), "0", "0")
    again = CliRunner().invoke(ingest, [str(SEEDS), "--db", str(tmp_path / "kb.db"), "--jobs", "1"])
    assert SUMMARY.search(again.stdout).groups() == ("0", "0", str(seeds), "0", "0", "0", "0")


def test_pdfs_count_their_pages(tmp_path):
    pdfs = sorted(RENDERINGS.glob("*.pdf"))[:2]
    pages = [page_count(str(p)) for p in pdfs]
    assert all(n >= 1 for n in pages)
    assert work_units(str(SEEDS / next(SEEDS.iterdir()).name)) == 1
    for pdf in pdfs:
        shutil.copy(pdf, tmp_path / pdf.name)
    started, finished = [], []
    result = plankb.kb.ingest.ingest_paths([str(tmp_path)], tmp_path / "kb.db", jobs=1,
                                           on_start=lambda files, work: started.append((files, work)), on_file=finished.append)
    assert started == [(2, sum(pages))]
    assert sorted(finished) == sorted(pages)  # each file's share, once
    assert result.read == 2 and result.pages == sum(pages) and result.ocr_pages == 0
    assert SUMMARY.search(result.summary())


def test_ocr_pages_are_counted(tmp_path):
    scan = SHARED / "real-pdfs" / "00005.pdf"  # one page, OCR'd (cached once OCR'd)
    if not scan.exists() or not shutil.which("tesseract"):
        pytest.skip("needs ../shared/real-pdfs and Tesseract")
    result = plankb.kb.ingest.ingest_paths([str(scan)], tmp_path / "kb.db", jobs=1)
    assert (result.pages, result.ocr_pages) == (1, 1)


def test_every_worker_reports_as_it_finishes():
    paths = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    told = []
    results = list(extract_all(paths, jobs=2, extract=extract_path, on_done=lambda r: told.append(r[0])))
    assert [r[0] for r in results] == paths  # written in input order
    assert sorted(told) == sorted(paths)  # every file told once, as it was finished


def test_the_estimate_follows_pages_not_files():
    now = [0.0]
    progress = IngestProgress(stream=io.StringIO(), interactive=False, every=3600, clock=lambda: now[0])
    progress.start(files=2, units=100)  # a one-page text, then a 99-page scan
    now[0] = 2.0
    progress.file_done(1)
    assert progress.line() == "ingest: 1/2 files, 1/100 pages of work (1%), 2.0 s, about 3 min 18 s left"
    progress.close()


def test_counts_from_many_threads():
    progress = IngestProgress(stream=io.StringIO(), interactive=False, every=3600)
    progress.start(files=4000, units=4000)
    threads = [threading.Thread(target=lambda: [progress.file_done(1) for _ in range(1000)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    progress.close()
    assert (progress.files_done, progress.units_done) == (4000, 4000)


def test_duration():
    assert [duration(s) for s in (3.24, 245, 3720)] == ["3.2 s", "4 min 05 s", "1 h 02 min"]
