"""Knowledge-base size: bytes per document and per character of text, by table, from SQLite's dbstat.

    python bench/bench_size.py --db plankb.db               # an existing base
    python bench/bench_size.py --docs 10000 --db /tmp/x.db  # a generated one (bench/bench_kb.py's documents)
    python bench/bench_size.py --db plankb.db --detail      # and each table and index apart (dbstat)
    python bench/bench_size.py --db plankb.db --columns     # and each stored column: its bytes, the share repeating a value
    python bench/bench_size.py --db plankb.db --indexes     # and what reads each index: canned queries, foreign keys

Each index is counted with its table (and the share of its pages left empty), the full-text index's shadow tables as passages_fts, the
similarity tables (signatures, buckets) under their own names. The ratio that matters is the
file's size over the size of the texts themselves (documents.text, UTF-8): target <= 3.
"""

from __future__ import annotations

import argparse
import re
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


# A column whose values average more than this many bytes (documents' texts, records) is not
# grouped to find its repeats: that would sort the whole base's texts for nothing.
REPEAT_MAX_AVG = 1000


def column_sizes(db: Path) -> list[dict]:
    """Each stored column of each table (generated ones take no room, and FTS5's shadow tables are
    counted apart): its values' bytes (as stored: UTF-8 text, blobs; integers and reals by the
    bytes of their digits, a rough upper bound) and the bytes of the texts and blobs that repeat one
    already in the column (what keeping each distinct value once would save, before the cost of its own
    table and the ids naming it). Largest first."""
    conn = sqlite3.connect(db)
    tables = [name for (name,) in conn.execute(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%_fts%' order by name")]  # fmt: skip
    found = []
    for table in tables:
        rows = conn.execute(f"select count(*) from [{table}]").fetchone()[0]
        for _, column, _, _, _, _, hidden in conn.execute(f"pragma table_xinfo([{table}])"):
            if hidden:  # a generated column (2, 3) or a virtual table's hidden one (1)
                continue
            size = f"length(cast([{column}] as blob))"
            total, distinct = conn.execute(f"select coalesce(sum({size}), 0), count(distinct [{column}]) from [{table}]").fetchone()
            repeated = None
            if rows and total / rows <= REPEAT_MAX_AVG:  # (texts and blobs: a number is no cheaper named by an id)
                strings = f"from [{table}] where typeof([{column}]) in ('text', 'blob')"
                every, once = conn.execute(
                    f"select coalesce(sum({size}), 0), (select coalesce(sum({size}), 0) from (select distinct [{column}] {strings})) {strings}"
                ).fetchone()
                repeated = every - once
            found.append({"table": table, "column": column, "rows": rows, "bytes": total, "distinct": distinct, "repeated": repeated})
    conn.close()
    return sorted(found, key=lambda c: -c["bytes"])


def columns(db: Path, share: float = 0.001) -> None:
    found = column_sizes(db)
    total = sum(c["bytes"] for c in found) or 1
    print(f"{'table.column':<40}{'rows':>9}{'MB':>8}{'distinct':>10}{'repeated MB':>13}")
    for c in found:
        if c["bytes"] >= share * total:
            repeated = "" if c["repeated"] is None else f"{c['repeated'] / 1e6:.2f}"
            print(f"{(c['table'] + '.' + c['column'])[:39]:<40}{c['rows']:>9,}{c['bytes'] / 1e6:>8.2f}{c['distinct']:>10,}{repeated:>13}")


_USES_INDEX = re.compile(r"USING (?:COVERING )?INDEX (\S+)")


def index_uses(db: Path) -> dict[str, list[str]]:
    """What reads each index of the base: the canned queries (kb/queries.py, with their example
    parameters) whose plan (EXPLAIN QUERY PLAN) names it; "unique" for one that keeps a key
    unique (a primary key not the rowid, a unique column); "foreign key t.c" for one led by a
    column naming another table's row: Datasette counts the rows naming a row on its page, and a
    document's rows are found by it to be replaced. An index with none of these is read by no
    canned query, key or link, but may be by the writer (a heading found by its first characters,
    a cited document by its symbol) or by a filter of Datasette's table pages: look there before
    dropping it."""
    from plankb.kb import queries, sqlfuncs

    conn = sqlite3.connect(db)
    sqlfuncs.register_functions(conn)
    uses: dict[str, list[str]] = {}
    for name, q in queries.QUERIES.items():
        params = queries.example(conn, name)
        values = {p: params.get(p) or "" for p in q.params}
        try:
            plan = conn.execute("explain query plan " + q.sql, values).fetchall()
        except sqlite3.Error as exc:  # (a base of another schema: the question does not run on it)
            print(f"{name}: {exc}", file=sys.stderr)
            continue
        for row in plan:
            for index in _USES_INDEX.findall(row[3]):
                if name not in uses.setdefault(index, []):
                    uses[index].append(name)
    found = conn.execute("select name, tbl_name from sqlite_master where type = 'index'").fetchall()
    for index, table in found:
        unique = conn.execute(f"pragma index_list([{table}])").fetchall()
        if any(u[1] == index and u[2] for u in unique):
            uses.setdefault(index, []).append("unique")
        first = conn.execute(f"pragma index_info([{index}])").fetchone()
        keys = {fk[3] for fk in conn.execute(f"pragma foreign_key_list([{table}])")}
        if first and first[2] in keys:
            uses.setdefault(index, []).append(f"foreign key {table}.{first[2]}")
    conn.close()
    return {index: uses.get(index, []) for index, _ in found}


def indexes(db: Path) -> None:
    conn = sqlite3.connect(db)
    size = dict(conn.execute("select name, sum(pgsize) from dbstat group by name").fetchall())
    conn.close()
    found = index_uses(db)
    print(f"{'index':<58}{'MB':>8}  read by")
    for index, uses in sorted(found.items(), key=lambda kv: -size.get(kv[0], 0)):
        print(f"{index[:57]:<58}{size.get(index, 0) / 1e6:>8.2f}  {', '.join(uses) or '-- (no canned query, key or link)'}")


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
    parser.add_argument("--columns", action="store_true", help="also each stored column: its bytes, the bytes repeating a value")
    parser.add_argument("--indexes", action="store_true", help="also what reads each index: canned queries, keys, foreign keys")
    args = parser.parse_args()
    if args.docs:
        from bench_kb import build

        b = build(args.db, args.docs)
        print(f"built {args.docs:,} documents in {b['total_s']:.0f} s")
    report(args.db)
    if args.detail:
        detail(args.db)
    if args.columns:
        columns(args.db)
    if args.indexes:
        indexes(args.db)


if __name__ == "__main__":
    main()
