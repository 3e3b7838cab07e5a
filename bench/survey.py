"""How often each field is found over a folder of real documents (no annotations needed).

    python bench/survey.py ../shared/real-texts [--show N]

Prints, per field, how many documents got a value, and the values for the first N documents,
so a person can check them by eye against the texts.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from extractors.extract import extract_file
from extractors.pipeline import load_pipeline
from extractors.readers import reader_for
from extractors.source import ReadError

FIELDS = ("doc_type", "symbol", "date", "place", "issuer", "title", "signer", "references", "deadlines", "assignments", "recipients", "model_areas")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print the header fields of the first N documents")
    args = parser.parse_args()
    nlp = load_pipeline()
    files = sorted(p for p in args.folder.rglob("*") if p.is_file() and reader_for(p) is not None)
    counts = dict.fromkeys(FIELDS, 0)
    failed = []
    started = time.perf_counter()
    for i, path in enumerate(files):
        try:
            rec = extract_file(path, nlp).to_dict()
        except ReadError as exc:
            failed.append(str(exc))
            continue
        for f in FIELDS:
            counts[f] += bool(rec.get(f))
        if i < args.show:
            issuer = (rec["issuer"] or {}).get("name")
            signer = (rec["signer"] or {}).get("name")
            print(f"{path.name}: {rec['doc_type']} | {rec['symbol']} | {rec['date']} | {rec['place']} | {issuer} | {signer}")
            print(f"    title: {rec['title']}")
            print(f"    refs: {[r['symbol'] for r in rec['references']][:8]}  deadlines: {[d['date'] for d in rec['deadlines']][:6]}")
            print(f"    assignments: {[(a['body'], a['role']) for a in rec['assignments']][:6]}")
    elapsed = time.perf_counter() - started
    n = len(files) - len(failed)
    print(f"\n{n} documents read ({len(failed)} failed) in {elapsed:.1f} s")
    for f in FIELDS:
        print(f"  {f:<12} {counts[f]:>4} / {n}")
    for message in failed:
        print(f"  failed: {message}", file=sys.stderr)


if __name__ == "__main__":
    main()
