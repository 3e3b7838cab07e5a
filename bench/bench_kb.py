"""Knowledge-base benchmark: ingest speed, database size, query latency through Datasette.

    python bench/bench_kb.py --docs 100000 [--db /tmp/bench_kb.db] [--repeat 40]

Documents are made cheaply from the bundled seeds (extracted once) by perturbing their records:
other numbers, dates, provinces, spellings of bodies and order of lists; the text's digits are
permuted (same length, so offsets stay valid). Ingest runs in this one process (one core), with
full-text indexing and similarity. Latency is measured in-process through Datasette's JSON API
for the cites, search (and its second page), body_tasks, due, how_written, tree and similar canned queries,
for the tree's page (/DB/-/tree, its picture drawn) and its JSON, and for the table pages of assignments,
citations and similar passages. Targets: >= 100 docs/s, p95 < 50 ms.
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import hashlib
import random
import re
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent

from plankb.kb import fts, similar  # noqa: E402
from plankb.kb.places import PROVINCES  # noqa: E402
from plankb.kb.store import Store  # noqa: E402
from plankb.kb.work import extract_path  # noqa: E402

_LEADING_NUMBER = re.compile(r"^\d+")
_VARIANTS = [("Tỉnh ủy", "Tỉnh uỷ"), ("Ủy ban nhân dân", "UBND"), ("Đảng ủy", "Đảng uỷ"), ("Thành ủy", "Thành uỷ")]


def seeds() -> list[tuple[dict, str]]:
    out = []
    for path in sorted((ROOT / "corpus" / "seeds").glob("*.txt")):
        _path, record, text, error = extract_path(str(path))
        if error:
            raise SystemExit(error)
        out.append((record, text))
    return out


def _date(rng: random.Random, year_shift: int, date: str | None) -> str | None:
    if not date or date.startswith("--"):
        return date
    year = int(date[:4]) + year_shift
    return f"{year}{date[4:]}"


def _spell(rng: random.Random, name: str | None) -> str | None:
    if not name:
        return name
    for a, b in _VARIANTS:
        if a in name and rng.random() < 0.5:
            name = name.replace(a, b)
    return name


def perturb(i: int, record: dict, text: str, rng: random.Random) -> tuple[dict, str, str]:
    rec = copy.deepcopy(record)
    digits = list("0123456789")
    rng.shuffle(digits)
    permuted = str.maketrans("0123456789", "".join(digits))
    text = text.translate(permuted)
    for key in ("references", "assignments", "deadlines", "model_areas"):
        for item in rec.get(key) or []:  # a sentence quoted from the text reads as the text now does
            if item.get("text"):
                item["text"] = item["text"].translate(permuted)
    for section in rec.get("sections") or []:  # a section's heading too (a passage's heading)
        if section.get("heading"):
            section["heading"] = section["heading"].translate(permuted)
    doc_id = hashlib.sha256(f"bench-{i}".encode()).hexdigest()[:20]
    province = rng.choice(PROVINCES)
    shift = rng.randint(-6, 2)
    rec["id"] = doc_id
    rec["source"] = {
        "path": f"bench/{i:07d}.txt",
        "format": "txt",
        "sha256": hashlib.sha256(text.encode() + doc_id.encode()).hexdigest(),
    }
    rec["place"] = province
    if rec.get("symbol"):
        rec["symbol"] = _LEADING_NUMBER.sub(str(rng.randint(1, 400)), rec["symbol"])
    rec["date"] = (
        _date(rng, shift, rec.get("date")) or f"{rng.randint(2016, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    )
    if rec.get("issuer"):
        rec["issuer"]["name"] = _spell(rng, rec["issuer"]["name"])
    for ref in rec["references"]:
        if not ref["symbol"].endswith("/TW") and rng.random() < 0.3:
            ref["symbol"] = _LEADING_NUMBER.sub(str(rng.randint(1, 60)), ref["symbol"])
        ref["date"] = _date(rng, shift if rng.random() < 0.2 else 0, ref["date"])
        ref["issuer"] = _spell(rng, ref["issuer"])
    for a in rec["assignments"]:
        a["body"] = _spell(rng, a["body"])
    for d in rec["deadlines"]:
        d["date"] = _date(rng, shift, d["date"])
        d["bodies"] = [_spell(rng, b) for b in d["bodies"]]
    for key in ("references", "assignments", "recipients"):
        rng.shuffle(rec[key])
    return rec, text, rec["source"]["path"]


def build(db: Path, n: int, seed: int = 1) -> dict:
    base = seeds()
    rng = random.Random(seed)
    if db.exists():
        db.unlink()
    store = Store(db)
    started = time.perf_counter()
    cpu_started = time.process_time()
    report_every = max(1, n // 10)
    for i in range(n):
        record, text = base[i % len(base)]
        store.ingest(*perturb(i, record, text, rng))
        if (i + 1) % report_every == 0:
            rate = (i + 1) / (time.perf_counter() - started)
            print(f"  {i + 1:>8} documents, {rate:,.0f}/s", file=sys.stderr, flush=True)
    t = time.perf_counter()
    store.create_deferred_indexes()  # a first build writes without its secondary indexes
    index_s = time.perf_counter() - t
    written = time.perf_counter() - started
    cpu_written = time.process_time() - cpu_started
    t = time.perf_counter()
    fts.index_pending(store.conn)
    fts_s = time.perf_counter() - t
    t = time.perf_counter()
    indexed = similar.index_pending(store.conn)
    similar_s = time.perf_counter() - t
    t = time.perf_counter()
    store.finish()
    finish_s = time.perf_counter() - t
    store.close()
    return {
        "docs": n,
        "write_s": written,
        "write_cpu_s": cpu_written,
        "index_s": index_s,
        "fts_s": fts_s,
        "similar_s": similar_s,
        "similar_passages": indexed,
        "finish_s": finish_s,
        "total_s": written + fts_s + similar_s + finish_s,
        "db_mb": db.stat().st_size / 1e6,
    }


def _answers(response, name: str) -> int:
    """Rows of a JSON answer, documents of a tree's JSON, documents linked from a page."""
    if not response.headers.get("content-type", "").startswith("application/json"):
        return response.text.count(f'href="/{name}/documents/')
    found = response.json()
    return found["documents"] if isinstance(found, dict) and "documents" in found else len(found)


def latency(db: Path, repeat: int) -> dict[str, dict[str, float]]:
    from plankb.kb.app import make_datasette

    name = db.stem
    conn = sqlite3.connect(db)
    # Four symbols every base has, and four drawn with a fixed seed: runs on one base compare.
    every = sorted({s for (s,) in conn.execute("select symbol from cited_documents")})
    symbols = ["25-NQ/TW", "04-NQ/TU", "11-CT/TU", "16-KH/ĐUK"] + random.Random(0).sample(every, min(4, len(every)))
    bodies = ["Ban Dân vận Thành ủy", "Ban Tuyên giáo Đảng ủy Khối", "van phong dang uy", "UBKT Đảng ủy Sở"]
    searches = ["dan van kheo", "uỷ ban", "quốc phòng an ninh", "tổng kết phong trào", '"hướng về cơ sở"', "Từ Sơn"]
    # passages and documents with similar passages, drawn with a fixed seed (the pairs' first passages)
    paired = [p for (p,) in conn.execute("select passage_id from similar_passages order by passage_id limit 2000")]
    passages = random.Random(0).sample(paired, min(4, len(paired)))
    documents = [d for (d,) in conn.execute(f"select document_id from passages where id in ({','.join('?' * len(passages))})", passages)]
    conn.close()
    requests = {
        "cites": [f"/{name}/cites.json?_shape=array&symbol={quote(s)}" for s in symbols],
        "search": [f"/{name}/search.json?_shape=array&q={quote(q)}" for q in searches],
        "body_tasks": [f"/{name}/body_tasks.json?_shape=array&body={quote(b)}" for b in bodies],
        # the next 30 days (the page's default), a whole year, a year for one body
        "due": [f"/{name}/due.json?_shape=array", f"/{name}/due.json?_shape=array&from=2023-01-01&to=2023-12-31"]
        + [f"/{name}/due.json?_shape=array&from=2023-01-01&to=2023-12-31&body={quote(b)}" for b in bodies[:2]],
        # one kind of section across plans: all, filtered, with words, a later page
        "how_written": [
            f"/{name}/how_written.json?_shape=array",
            f"/{name}/how_written.json?_shape=array&kind=purpose&doc_type=KH&year=2023",
            f"/{name}/how_written.json?_shape=array&q={quote('dân vận')}",
            f"/{name}/how_written.json?_shape=array&issuer={quote('Đảng ủy Khối')}&page=3",
        ],
        "search_p2": [f"/{name}/search.json?_shape=array&page=2&q={quote(q)}" for q in searches],
        # what a symbol set in motion: the question's rows, the page with its picture, its nested JSON
        "tree": [f"/{name}/tree.json?_shape=array&symbol={quote(s)}" for s in symbols],
        "tree_page": [f"/{name}/-/tree?symbol={quote(s)}" for s in symbols],
        "tree_json": [f"/{name}/-/tree.json?symbol={quote(s)}" for s in symbols],
        # a passage's similar passages (both directions of the pairs), a document's
        "similar": [f"/{name}/similar.json?_shape=array&passage={p}" for p in passages]
        + [f"/{name}/similar_document.json?_shape=array&document={d}" for d in documents],
        # the table pages staff read: tasks with their quote and facets, citations of a symbol, the best pairs
        "tables": [f"/{name}/assignments?_facet=role", f"/{name}/assignments.json?_shape=array&role=lead",
                   f"/{name}/citations?symbol={quote(symbols[0])}", f"/{name}/similar_passages?_sort_desc=score"],
    }  # fmt: skip
    ds = make_datasette(db)

    async def run() -> dict[str, dict[str, float]]:
        out = {}
        for query, paths in requests.items():
            times, sizes = [], []
            for path in paths:
                await ds.client.get(path)  # warm the page cache and prepared statements
            for _ in range(repeat):
                for path in paths:
                    t = time.perf_counter()
                    response = await ds.client.get(path)
                    times.append((time.perf_counter() - t) * 1000)
                    if response.status_code != 200:
                        raise SystemExit(f"{path}: {response.status_code} {response.text[:300]}")
                    sizes.append(_answers(response, name))
            times.sort()
            out[query] = {
                "p50_ms": statistics.median(times),
                "p95_ms": times[int(len(times) * 0.95) - 1],
                "max_ms": times[-1],
                "rows_avg": statistics.mean(sizes),
            }
        return out

    return asyncio.run(run())


def similarity_quality(db: Path, sample: int = 300) -> dict[str, float]:
    """How close the stored MinHash scores are to the exact Jaccard similarity of word pairs."""
    from plankb.kb.sqlfuncs import register_functions

    conn = sqlite3.connect(db)
    register_functions(conn)
    pairs = conn.execute(
        "select s.score, plankb_plain(a.text), plankb_plain(b.text) from similar_passages s join passage_texts a on a.id = s.passage_id"
        " join passage_texts b on b.id = s.other_id order by random() limit ?",
        (sample,),
    ).fetchall()
    # passages long enough to be compared (similar.MIN_WORDS), signed or not (a passage in no bucket keeps no signature)
    long_passages = sum(
        len(re.findall(r"\w+", plain or "")) >= similar.MIN_WORDS
        for (plain,) in conn.execute("select plankb_plain(text) from passage_texts")
    )
    with_similar = conn.execute("select count(distinct passage_id) from similar_passages").fetchone()[0]
    conn.close()

    def bigrams(text: str) -> set[str]:
        words = re.findall(r"\w+", text)
        return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}

    errors = []
    for score, a, b in pairs:
        x, y = bigrams(a), bigrams(b)
        errors.append(abs(score - len(x & y) / len(x | y)))
    return {
        "pairs_checked": len(pairs),
        "mean_abs_error": statistics.mean(errors) if errors else 0.0,
        "passages_with_neighbours": with_similar / long_passages if long_passages else 0.0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=100_000, help="documents to generate and ingest")
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench_kb.db"), help="database file (overwritten)")
    parser.add_argument("--repeat", type=int, default=30, help="rounds of each query for the latency figures")
    parser.add_argument("--skip-build", action="store_true", help="measure latency on an existing --db")
    args = parser.parse_args()
    if not args.skip_build:
        b = build(args.db, args.docs)
        n = b["docs"]
        with_fts = b["write_s"] + b["fts_s"]
        print(
            f"ingest, one core: {n} documents written in {b['write_s']:.1f} s (CPU {b['write_cpu_s']:.1f} s; {b['index_s']:.1f} s of it"
            f" creating the secondary indexes at the end), full-text indexed in"
            f" {b['fts_s']:.1f} s: {n / with_fts:,.0f} docs/s with full-text search; similar passages {b['similar_s']:.1f} s"
            f" ({b['similar_passages']:,} passages, {n / max(b['similar_s'], 1e-9):,.0f} docs/s); resolving citations and checkpoint"
            f" {b['finish_s']:.1f} s; overall {n / b['total_s']:,.0f} docs/s; database {b['db_mb']:,.0f} MB"
        )
    with sqlite3.connect(args.db) as conn:
        counts = {
            t: conn.execute(f"select count(*) from [{t}]").fetchone()[0]
            for t in ("documents", "passages", "citations", "cited_documents", "bodies", "conflicts", "similar_passages")
        }
    print("rows: " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    for query, figures in latency(args.db, args.repeat).items():
        print(
            f"{query:<11} p50 {figures['p50_ms']:6.1f} ms   p95 {figures['p95_ms']:6.1f} ms   max {figures['max_ms']:6.1f} ms   rows/answer {figures['rows_avg']:.0f}"
        )
    q = similarity_quality(args.db)
    print(
        f"similar: {q['pairs_checked']} stored pairs checked, MinHash score vs exact Jaccard: mean error {q['mean_abs_error']:.3f};"
        f" {q['passages_with_neighbours']:.0%} of comparable passages have a similar passage elsewhere"
    )


if __name__ == "__main__":
    main()
