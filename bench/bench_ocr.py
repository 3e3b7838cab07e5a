"""OCR speed, in one run on the same scanned pages: our reader beside the ``tesseract`` command
itself on the same rendered pages (one thread per process, ``OMP_THREAD_LIMIT=1``, one page at a
time, on one core). Measurement only; the OCR cache is off (``PLANKB_OCR_CACHE`` unset).

    python bench/bench_ocr.py                       # 4 scanned pages of ../shared/real-pdfs
    python bench/bench_ocr.py --pages 8 FILE.pdf ...

Three figures per page set:
- tesseract: the command on the page images (rendered beforehand, as our reader renders them);
- ours, OCR only: ``ocr.ocr_pages`` (render, Tesseract's library kept loaded in the process, or the
  command without it (ocr_engine), words from its TSV);
- ours, whole reader: ``pdf.read`` of the files (the text-layer check, OCR, the signature block
  read again under the seal, repairs), per scanned page.
Target: ours at most 1.2x Tesseract's own time per page. Beside it, in the same run, where the whole
reader's CPU goes, each part against Tesseract's time (the parts add up to the whole reader's
ratio): the whole pages' OCR, each kind of second reading, the rest (rendering, the text layer's
check, rows...).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import subprocess
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

from plankb.extractors.readers import ocr
from plankb.extractors.readers import pdf as pdf_reader

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real-pdfs"


def scanned_files(paths: list[Path], pages: int) -> list[tuple[Path, list[int]]]:
    """Files every page of which has no usable text layer, whole, until ``pages`` pages."""
    chosen, total = [], 0
    for path in paths:
        layers = pdf_reader.page_layers(path)
        if "text" in layers or total + len(layers) > pages:
            continue
        chosen.append((path, list(range(len(layers)))))
        total += len(layers)
        if total >= pages:
            break
    return chosen


def render(path: Path, index: int, folder: Path) -> Path:
    """The page as ``ocr.page_tsv`` renders it."""
    pdf = pdfium.PdfDocument(path)
    try:
        image = pdf[index].render(scale=ocr.DPI / 72, grayscale=True, draw_annots=False, may_draw_forms=False).to_pil()
    finally:
        pdf.close()
    out = folder / f"{path.stem}-{index}.png"
    image.save(out, format="PNG", compress_level=1)
    return out


def tesseract(image: Path) -> None:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    subprocess.run(["tesseract", str(image), "stdout", "-l", ocr.LANG, "--psm", ocr.PSM, "tsv"], capture_output=True, env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="scanned PDF files (default: ../shared/real-pdfs)")
    parser.add_argument("--pages", type=int, default=4, help="how many scanned pages (whole files)")
    args = parser.parse_args()
    reason = ocr.unavailable()
    if reason:
        raise SystemExit(f"OCR unavailable: {reason}")
    os.environ.pop("PLANKB_OCR_CACHE", None)
    files = scanned_files(args.files or sorted(REAL.glob("*.pdf")), args.pages)
    pages = sum(len(indexes) for _, indexes in files)
    print(f"scanned: {len(files)} files, {pages} pages ({ocr.SETTINGS}, one page at a time)")
    with tempfile.TemporaryDirectory() as tmp:
        images = [render(path, i, Path(tmp)) for path, indexes in files for i in indexes]
        engine = measured(lambda: [tesseract(image) for image in images])
    wrapped = measured(lambda: [ocr.ocr_pages(str(path), indexes, workers=1) for path, indexes in files])
    parts: dict[str, float] = {}
    with parts_timed(parts):
        whole = measured(lambda: [pdf_reader.read(path) for path, _ in files])
    print(f"  {'':22s} {'wall':>7s} {'pages/s':>7s} {'CPU':>7s} {'pages/s':>7s}  CPU against tesseract's")
    for label, (wall, cpu) in (("tesseract command:", engine), ("ours, OCR only:", wrapped), ("ours, whole reader:", whole)):
        print(f"  {label:22s} {wall:6.1f}s {pages / wall:7.2f} {cpu:6.1f}s {pages / cpu:7.2f}  {cpu / engine[1]:.2f}x")
    print(f"  wall against tesseract's: OCR only {wrapped[0] / engine[0]:.2f}x, whole reader {whole[0] / engine[0]:.2f}x (target <= 1.2x)")
    print("  the whole reader's CPU by part, against tesseract's:")
    rest = whole[1] - sum(parts.values())
    for label, cpu in [*((label, parts.get(label, 0.0)) for label, _fns in PARTS), ("the rest (rendering for crops, text layer, rows...)", rest)]:
        print(f"    {label:66s} {cpu:6.1f}s  {cpu / engine[1]:.2f}x")


# The parts of the whole reader timed on their own: (label, the functions, as module:name, whose
# calls make it). A part's time leaves out the time of another part's functions it calls.
PARTS = (
    ("whole pages: render, tesseract", ("plankb.extractors.readers.ocr:ocr_pages",)),
    ("number and date band read again (ocr_blanks)", ("plankb.extractors.readers.ocr_blanks:fill_blanks",)),
    ("title's holes and damaged words read again (ocr_gaps)", ("plankb.extractors.readers.ocr_gaps:fill_holes",
                                                              "plankb.extractors.readers.ocr_gaps:mend_damaged",
                                                              "plankb.extractors.readers.ocr_gaps:fill_line_ends")),
    ("signature block read again by tesseract (pdf._signer_under_seal)", ("plankb.extractors.readers.pdf:_signer_under_seal",)),
    ("signature block read by the second engine (ocr_lines)", ("plankb.extractors.readers.pdf:_second_engine_lines",)),
    ("stamped numbers (ocr.widget_numbers)", ("plankb.extractors.readers.ocr:widget_numbers",)),
)


@contextlib.contextmanager
def parts_timed(parts: dict[str, float]):
    """While inside, the CPU seconds (with the children waited for) of each part's calls add to
    ``parts``; the functions are looked up by the reader at each call, so wrapping them in their
    modules times them. A function that is gone is left out."""
    stack: list[list[float]] = []  # the CPU of the parts called inside the running part, to leave out of it
    undo = []

    def wrapped(label, fn):
        def timed(*args, **kwargs):
            start = cpu_now()
            stack.append([0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                inner = stack.pop()[0]
                spent = cpu_now() - start
                parts[label] = parts.get(label, 0.0) + spent - inner
                if stack:
                    stack[-1][0] += spent
        return timed

    for label, names in PARTS:
        for name in names:
            module_name, attr = name.split(":")
            module = importlib.import_module(module_name)
            fn = getattr(module, attr, None)
            if fn is None:
                continue
            setattr(module, attr, wrapped(label, fn))
            undo.append((module, attr, fn))
    try:
        yield parts
    finally:
        for module, attr, fn in undo:
            setattr(module, attr, fn)


def cpu_now() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def measured(fn) -> tuple[float, float]:
    """Wall and CPU seconds (this process with its threads, which read a file's pages in
    parallel, and the children it waited for: the Tesseract command) of ``fn``: on a shared
    machine the CPU time is the steadier."""
    wall, before = time.perf_counter(), cpu_now()
    fn()
    return time.perf_counter() - wall, cpu_now() - before


if __name__ == "__main__":
    main()
