"""Knowledge-base size: bytes per document and per character of text, by table, from SQLite's dbstat.

    python bench/bench_size.py --db plankb.db               # an existing base
    python bench/bench_size.py --docs 10000 --db /tmp/x.db  # a generated one (bench/bench_kb.py's documents)
    python bench/bench_size.py --db plankb.db --detail      # and each table and index apart (dbstat)

Each index is counted with its table (and the share of its pages left empty), the full-text index's shadow tables as passages_fts, the
similarity tables (signatures, buckets) under their own names. The ratio that matters is the
file's size over the size of the texts themselves (documents.text, UTF-8): target <= 3.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def sizes(db: Path) -> dict:
    conn = sqlite3.connect(db)
    owner = {name: table for name, table in conn.execute("select name, tbl_name from sqlite_master where type in ('table', 'index')")}
    by_table: dict[str, int] = defaultdict(int)
    unused: dict[str, int] = defaultdict(int)  # bytes of the table's pages that hold nothing
    for name, size, empty in conn.execute("select name, sum(pgsize), sum(unused) from dbstat group by name"):
        table = owner.get(name, name)
        if table.startswith("passages_fts"):
            table = "passages_fts"
        by_table[table] += size
        unused[table] += empty
    docs, chars, text_bytes = conn.execute(
        "select count(*), coalesce(sum(length(text)), 0), coalesce(sum(length(cast(text as blob))), 0) from documents"
    ).fetchone()
    page_size = conn.execute("pragma page_size").fetchone()[0]
    free = conn.execute("pragma freelist_count").fetchone()[0] * page_size
    conn.close()
    return {"tables": dict(by_table), "unused": dict(unused), "docs": docs, "chars": chars, "text_bytes": text_bytes, "free": free,
            "file": db.stat().st_size}  # fmt: skip


def detail(db: Path) -> None:
    """Each table and index apart: its pages, what their cells hold (payload), what is left
    empty, and how many are overflow pages (a row larger than a page continues in them)."""
    conn = sqlite3.connect(db)
    found = conn.execute(
        "select name, count(*), sum(pgsize), sum(payload), sum(unused), sum(pagetype = 'overflow') from dbstat"
        " group by name order by sum(pgsize) desc"
    ).fetchall()
    conn.close()
    total = sum(row[2] for row in found) or 1
    print(f"{'table or index':<58}{'pages':>8}{'MB':>8}{'payload':>9}{'empty':>7}{'overflow':>10}")
    for name, pages, size, payload, unused, overflow in found:
        if size >= 0.001 * total:
            print(f"{name[:57]:<58}{pages:>8,}{size / 1e6:>8.2f}{payload / 1e6:>9.2f}{unused / size:>7.0%}{overflow:>10,}")


def report(db: Path) -> dict:
    s = sizes(db)
    docs, chars, text_bytes = max(s["docs"], 1), max(s["chars"], 1), max(s["text_bytes"], 1)
    print(f"{db}: {s['docs']:,} documents, text {s['chars']:,} characters, {s['text_bytes']:,} bytes (UTF-8)")
    print(f"{'table':<22}{'MB':>10}{'bytes/doc':>12}{'bytes/char':>12}{'x text':>8}{'empty':>7}")
    for table, size in sorted(s["tables"].items(), key=lambda kv: -kv[1]):
        if size >= 0.001 * s["file"]:
            empty = s["unused"].get(table, 0) / size  # of its pages: page splits, rows that fit a page once
            print(f"{table:<22}{size / 1e6:>10.2f}{size / docs:>12,.0f}{size / chars:>12.2f}{size / text_bytes:>8.2f}{empty:>7.0%}")
    print(
        f"{'file':<22}{s['file'] / 1e6:>10.2f}{s['file'] / docs:>12,.0f}{s['file'] / chars:>12.2f}{s['file'] / text_bytes:>8.2f}"
        f"   (free pages {s['free'] / 1e6:.2f} MB)"
    )
    print(f"size / text: {s['file'] / text_bytes:.2f} (target <= 3)")
    return s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, required=True, help="the base to measure (overwritten with --docs)")
    parser.add_argument("--docs", type=int, default=0, help="first build a base of this many generated documents")
    parser.add_argument("--detail", action="store_true", help="also each table and index apart: payload, empty bytes, overflow pages")
    args = parser.parse_args()
    if args.docs:
        from bench_kb import build

        b = build(args.db, args.docs)
        print(f"built {args.docs:,} documents in {b['total_s']:.0f} s")
    report(args.db)
    if args.detail:
        detail(args.db)


if __name__ == "__main__":
    main()
