"""PDF reading speed, in one run on the same born-digital pages: our reader (words, columns, tables,
widgets, stamps) beside pdfplumber's ``extract_text`` and beside pypdfium2's bare character
extraction (every character with its box), the engine our reader is built on.

    python bench/bench_pdf.py                      # ../shared/real-pdfs, ../shared/dev/files, the renderings
    python bench/bench_pdf.py FILE.pdf ... --rounds 5
    python bench/bench_pdf.py --no-plumber --rounds 5  # the engine and ours only (pdfplumber takes a minute a round)
    python bench/bench_pdf.py --profile               # where our reader's time goes (cProfile, one round)

Times are wall and CPU (this process and the Tesseract it runs on numbers stamped as pictures);
the CPU figures are the steadier on a shared machine.

Target: at least 40 pages/s per core, within 3x of the bare engine. OCR speed: bench/bench_ocr.py.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium

from plankb.extractors.readers import pdf as pdf_reader

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEFAULT_DIRS = [SHARED / "real-pdfs", SHARED / "dev" / "files", ROOT / "tests" / "fixtures" / "renderings"]


def born_digital(paths: list[Path]) -> list[Path]:
    """The files whose every page has a usable text layer, as the reader judges it."""
    return [p for p in paths if set(pdf_reader.page_layers(p)) == {"text"}]


def plumber_text(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_text()


def pdfium_chars(path: Path) -> None:
    """Every character with its box, and nothing else: what the engine costs."""
    document = pdfium.PdfDocument(path)
    for page in document:
        textpage = page.get_textpage()
        for i in range(textpage.count_chars()):
            textpage.get_charbox(i)
        textpage.close()
        page.close()
    document.close()


def page_count(path: Path) -> int:
    document = pdfium.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (Tesseract on stamped numbers):
    on a shared machine, wall time also counts the time others held the core."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def timed(fns: dict, paths: list[Path], rounds: int) -> dict[str, tuple[float, float]]:
    """The best (wall, CPU) seconds of each function over the files, the rounds interleaved so
    that a busy spell of the shared machine falls on all of them alike; the noise is one-sided."""
    best = {name: (float("inf"), float("inf")) for name in fns}
    for _ in range(rounds):
        for name, fn in fns.items():
            wall, cpu = time.perf_counter(), cpu_seconds()
            for path in paths:
                fn(path)
            wall, cpu = time.perf_counter() - wall, cpu_seconds() - cpu
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="PDF files (default: ../shared/real-pdfs, dev/files and the renderings)")
    parser.add_argument("--rounds", type=int, default=2, help="timing rounds; the best is kept")
    parser.add_argument("--no-plumber", action="store_true", help="leave out pdfplumber's extract_text (a minute a round)")
    parser.add_argument("--profile", action="store_true", help="instead of timing, profile one round of our reader (after one to warm up)")
    args = parser.parse_args()
    files = args.files or sorted(p for d in DEFAULT_DIRS if d.exists() for p in d.glob("*.pdf"))
    digital = born_digital(files)
    pages = sum(page_count(p) for p in digital)
    if args.profile:
        profile(digital)
        return
    print(f"born-digital: {len(digital)} files, {pages} pages (one process, one core; best of {args.rounds} interleaved rounds)")
    fns = {"engine": pdfium_chars, "ours": pdf_reader.read} | ({} if args.no_plumber else {"plumber": plumber_text})
    best = timed(fns, digital, args.rounds)
    labels = {"engine": "pypdfium2 characters and boxes:", "ours": "plankb pdf reader:", "plumber": "pdfplumber extract_text:"}
    print(f"  {'':32s} {'wall':>8s} {'pages/s':>8s} {'CPU':>8s} {'pages/s':>8s}")
    for name, (wall, cpu) in best.items():
        print(f"  {labels[name]:32s} {wall:7.2f}s {pages / wall:8.1f} {cpu:7.2f}s {pages / cpu:8.1f}")
    (engine, engine_cpu), (ours, ours_cpu) = best["engine"], best["ours"]
    print(f"  ours / pypdfium2: {ours / engine:.2f}x wall, {ours_cpu / engine_cpu:.2f}x CPU (target <= 3x, >= 40 pages/s)")
    if "plumber" in best:
        plumber, plumber_cpu = best["plumber"]
        print(f"  ours / pdfplumber extract_text: {ours / plumber:.2f}x wall, {ours_cpu / plumber_cpu:.2f}x CPU")


def profile(paths: list[Path]) -> None:
    """Our reader's functions by their own time and by the time under them (one round, after one
    to warm up: imports and caches). cProfile's own cost falls most on the smallest functions."""
    import cProfile
    import pstats

    for path in paths:
        pdf_reader.read(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        pdf_reader.read(path)
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
