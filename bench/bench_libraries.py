"""Our own helpers against the libraries that could replace them: speed as a ratio to ours in the
same run, and where their results differ on the real texts.

    python bench/bench_libraries.py [--texts ../shared/real-texts]

- accent folding: kb/textfold.plain and aligned_plain against unidecode and text-unidecode;
- CSV: kb/output.write_csv against sqlite-utils' own CSV output (the command line's
  ``sqlite-utils query --csv``), on the same rows;
- Word list numbers: extractors/readers/docx_numbering against docx2python, on the Word files in
  ../shared/dev/files and tests/fixtures/renderings.
The libraries are optional: a missing one is reported and skipped.
"""

from __future__ import annotations

import argparse
import io
import time
import unicodedata
from collections import Counter
from pathlib import Path

from plankb.kb.output import write_csv
from plankb.kb.textfold import aligned_plain, plain

ROOT = Path(__file__).resolve().parent.parent


def best_of(fn, runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def folding(texts: list[str]) -> None:
    folders = {"plain (ours)": plain, "aligned_plain (ours)": aligned_plain}
    try:
        from unidecode import unidecode

        folders["unidecode"] = lambda s: unidecode(s).lower()
    except ImportError:
        print("unidecode not installed")
    try:
        from text_unidecode import unidecode as text_unidecode

        folders["text-unidecode"] = lambda s: text_unidecode(s).lower()
    except ImportError:
        print("text-unidecode not installed")
    took_by = dict.fromkeys(folders, float("inf"))
    for _ in range(7):  # in turns, so that a busy moment of the machine falls on all of them
        for name, fn in folders.items():
            took_by[name] = min(took_by[name], best_of(lambda fn=fn: [fn(t) for t in texts], runs=1))
    ref = took_by["plain (ours)"]
    print(f"folding {sum(map(len, texts)):,} characters; plain takes {ref * 1000:.0f} ms")
    for name, fn in folders.items():
        took = took_by[name]
        same_length = sum(len(fn(t)) == len(t) for t in texts)
        differ: Counter = Counter()
        for t in texts:
            for ch in set(t):
                if fn(ch) != plain(ch):
                    differ[ch] += t.count(ch)
        print(f"  {name:22} {took / ref:4.1f}x  same length as the text: {same_length}/{len(texts)}  "
              f"characters folded otherwise than plain: {', '.join(repr(c) for c, _ in differ.most_common(8)) or 'none'}")


def csv_output(texts: list[str]) -> None:
    try:
        import sqlite_utils
        from sqlite_utils.cli import cli
    except ImportError:
        print("sqlite-utils not installed")
        return
    from click.testing import CliRunner

    path = Path("/tmp/bench_libraries.db")
    path.unlink(missing_ok=True)
    db = sqlite_utils.Database(path)
    rows = [{"id": i, "title": t[:200], "year": 2000 + i % 25, "text": t[:5000]} for i, t in enumerate(texts * 20)]
    db["docs"].insert_all(rows)
    columns = ["id", "title", "year", "text"]
    values = [[r[c] for c in columns] for r in rows]
    ours = best_of(lambda: write_csv(columns, values, io.StringIO()))
    runner = CliRunner()
    theirs = best_of(lambda: runner.invoke(cli, ["query", str(path), "select id, title, year, text from docs", "--csv"]))
    out_ours = io.StringIO()
    write_csv(columns, values, out_ours)
    out_theirs = runner.invoke(cli, ["query", str(path), "select id, title, year, text from docs", "--csv"]).output
    print(f"CSV of {len(rows):,} rows: ours {ours * 1000:.0f} ms, sqlite-utils query --csv {theirs / ours:.1f}x (with its query); "
          f"same bytes: {out_ours.getvalue().replace(chr(13), '') == out_theirs.replace(chr(13), '')}")
    path.unlink(missing_ok=True)


def numbering(files: list[Path]) -> None:
    try:
        from docx2python import docx2python
    except ImportError:
        print("docx2python not installed")
        return
    from docx import Document

    from plankb.extractors.readers.docx_numbering import Numbering

    same = total = 0
    ratios = []
    for path in files:
        t = time.perf_counter()
        document = Document(path)
        numbers = Numbering(document)
        ours = [(numbers.prefix(p._p), p.text.strip()[:60]) for p in document.paragraphs]
        took = time.perf_counter() - t
        t = time.perf_counter()
        with docx2python(path) as read:
            text = read.text
        ratios.append((time.perf_counter() - t) / took)
        theirs = {}  # docx2python writes the number, a tab, the paragraph
        for line in text.split("\n"):
            number, tab, rest = line.strip().partition("\t")
            if tab and rest.strip():
                theirs.setdefault(rest.strip()[:60], number)
        for prefix, text_start in ours:
            if prefix and text_start:
                total += 1
                same += theirs.get(text_start) == prefix
    print(f"Word list numbers in {len(files)} files: docx2python writes {same}/{total} as Word shows them; "
          f"time {min(ratios):.1f}x to {max(ratios):.1f}x ours (with python-docx's loading)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "real-texts")
    args = parser.parse_args()
    texts = [unicodedata.normalize("NFC", p.read_text(encoding="utf-8")) for p in sorted(args.texts.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no .txt files in {args.texts}")
    folding(texts)
    csv_output(texts)
    numbering(sorted((ROOT.parent / "shared" / "dev" / "files").glob("*.docx")) + sorted((ROOT / "tests" / "fixtures" / "renderings").glob("*.docx")))


if __name__ == "__main__":
    main()
