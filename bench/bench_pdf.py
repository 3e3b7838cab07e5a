"""PDF reading speed, in one run on the same born-digital pages: our reader (words, columns, tables,
widgets, stamps) beside pdfplumber's ``extract_text`` and beside pypdfium2's bare character
extraction (every character with its box), the engine our reader is built on.

    python bench/bench_pdf.py                      # ../shared/real-pdfs, ../shared/dev/files, the renderings
    python bench/bench_pdf.py FILE.pdf ... --rounds 3

Target: at least 40 pages/s per core, within 3x of the bare engine. OCR speed: bench/bench_ocr.py.
"""

from __future__ import annotations

import argparse
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


def timed(fn, paths: list[Path], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):  # the best of a few rounds: the machine's noise is one-sided
        start = time.perf_counter()
        for path in paths:
            fn(path)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="PDF files (default: ../shared/real-pdfs, dev/files and the renderings)")
    parser.add_argument("--rounds", type=int, default=2, help="timing rounds; the best is kept")
    args = parser.parse_args()
    files = args.files or sorted(p for d in DEFAULT_DIRS if d.exists() for p in d.glob("*.pdf"))
    digital = born_digital(files)
    pages = sum(page_count(p) for p in digital)
    print(f"born-digital: {len(digital)} files, {pages} pages (one process, one core)")
    engine = timed(pdfium_chars, digital, args.rounds)
    ours = timed(pdf_reader.read, digital, args.rounds)
    plumber = timed(plumber_text, digital, args.rounds)
    print(f"  pypdfium2 characters and boxes: {engine:7.2f} s  {pages / engine:6.1f} pages/s")
    print(f"  plankb pdf reader:              {ours:7.2f} s  {pages / ours:6.1f} pages/s")
    print(f"  pdfplumber extract_text:        {plumber:7.2f} s  {pages / plumber:6.1f} pages/s")
    print(f"  ours / pypdfium2: {ours / engine:.2f}x (target <= 3x, >= 40 pages/s)")
    print(f"  ours / pdfplumber extract_text: {ours / plumber:.2f}x")


if __name__ == "__main__":
    main()
