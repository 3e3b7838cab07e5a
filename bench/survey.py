"""How often each field is found over a folder of real documents (no annotations needed).

    python bench/survey.py ../shared/real-texts [--show N]
    python bench/survey.py ../shared/real-pdfs --by-kind --save /tmp/records

Prints, per field, how many documents got a value, and the values for the first N documents,
so a person can check them by eye against the texts. ``--by-kind`` splits PDFs into born-digital,
broken OCR layer (an old OCR layer that knew no Vietnamese) and image-only (scans), by what the
reader found on their pages; ``--save`` writes each record as JSON for reading by eye.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from plankb.extractors.extract import extract_source
from plankb.extractors.pipeline import load_pipeline
from plankb.extractors.readers import read_file, reader_for
from plankb.extractors.source import ReadError, Source

FIELDS = ("doc_type", "symbol", "date", "place", "issuer", "title", "signer", "references", "deadlines", "assignments", "recipients", "model_areas", "signing")


def kind_of(source: Source) -> str:
    """born-digital, broken OCR layer or image-only, from the text layers the reader found on the
    PDF's pages (the same judgment as ``extractors.readers.pdf.page_layers``, which bench_pdf uses)."""
    layers = source.meta.get("page_layers")
    if not layers:
        return source.format
    if "garbage" in layers:
        return "broken OCR layer"
    if "ocr-layer" in layers:  # another engine's OCR under a picture of the page, readable
        return "OCR layer"
    if "empty" in layers:
        return "image-only"
    return "born-digital"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the header fields of the first N documents")
    parser.add_argument("--by-kind", action="store_true", help="count per kind of PDF (born-digital, broken OCR layer, image-only)")
    parser.add_argument("--save", type=Path, help="write each record as FOLDER/<file name>.json")
    args = parser.parse_args()
    nlp = load_pipeline()
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and reader_for(p) is not None)
    counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(FIELDS, 0))
    totals: dict[str, int] = defaultdict(int)
    failed = []
    started = time.perf_counter()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(files):
        print(f"[{i + 1}/{len(files)}] {path.name}", file=sys.stderr)
        try:
            source = read_file(path)
            rec = extract_source(source, nlp).to_dict()
        except ReadError as exc:
            failed.append(str(exc))
            continue
        group = kind_of(source) if args.by_kind else "all"
        totals[group] += 1
        for f in FIELDS:
            counts[group][f] += bool(rec.get(f))
        if args.save:
            rec["_kind"] = kind_of(source)
            (args.save / f"{path.name}.json").write_text(json.dumps(rec, ensure_ascii=False, indent=1), encoding="utf-8")
        if i < args.show:
            issuer = (rec["issuer"] or {}).get("name")
            signer = (rec["signer"] or {}).get("name")
            print(f"{path.name}: {rec['doc_type']} | {rec['symbol']} | {rec['date']} | {rec['place']} | {issuer} | {signer}")
            print(f"    title: {rec['title']}")
            print(f"    refs: {[r['symbol'] for r in rec['references']][:8]}  deadlines: {[d['date'] for d in rec['deadlines']][:6]}")
            print(f"    assignments: {[(a['body'], a['role']) for a in rec['assignments']][:6]}")
    elapsed = time.perf_counter() - started
    n = sum(totals.values())
    print(f"\n{n} documents read ({len(failed)} failed) in {elapsed:.1f} s")
    groups = sorted(totals)
    print(f"  {'field':<12} " + "  ".join(f"{g:>18}" for g in groups))
    for f in FIELDS:
        print(f"  {f:<12} " + "  ".join(f"{counts[g][f]:>12} / {totals[g]:<3}" for g in groups))
    for message in failed:
        print(f"  failed: {message}", file=sys.stderr)


if __name__ == "__main__":
    main()
