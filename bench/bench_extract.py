"""Extraction throughput on one core: MB/s and documents/s over a generated corpus.

    python bench/bench_extract.py                     # 200 variants + 5 large documents, best of 3 passes
    python bench/bench_extract.py --docs 500 --json   # figures as JSON
    python bench/bench_extract.py --profile 25        # then one pass under cProfile, top 25 functions
    python bench/bench_extract.py --by-stage          # then each stage's share of one pass

The corpus is built from the bundled plans in corpus/seeds/*.txt. Each variant is one seed with its
dates, symbol numbers and body names changed and the paragraphs inside its sections shuffled, all from
a seeded random generator, so a given --seed always gives the same corpus. A few large documents
(--concat variants joined together) measure long input. The documents are written to a temporary
folder and read back with the ordinary readers; reading is timed and shown apart, and only
``extract_source`` counts toward the throughput. Everything runs in this one process, pinned to one
CPU where the system allows it (the idlest one, or --cpu N); the pipeline is loaded and warmed up before timing.

MB means 10**6 bytes of the documents' text encoded as UTF-8. The target is at least 2 MB/s.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import platform
import pstats
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import spacy

from plankb import corpus
from plankb.extractors.extract import extract_source, extract_with_text
from plankb.extractors.pipeline import load_pipeline
from plankb.extractors.readers import read_file
from plankb.extractors.source import Source

TARGET_MB_S = 2.0
SEEDS = Path(corpus.__file__).with_name("seeds")

# Bodies that issue or receive plans; a variant swaps them among themselves (some occur only as substitutes).
BODIES = (
    "Ban Thường vụ Tỉnh ủy",
    "Ban Chấp hành Đảng bộ tỉnh",
    "Ban Dân vận Tỉnh ủy",
    "Ban Dân vận Huyện ủy",
    "Ban Chấp hành Trung ương",
    "Ban Bí thư",
    "Bộ Chính trị",
    "Ban Thường vụ Thành ủy",
    "Ban Thường vụ Huyện ủy",
    "Ủy ban nhân dân tỉnh",
    "Sở Tư pháp",
    "Sở Nội vụ",
)
_BODY = re.compile("|".join(re.escape(b) for b in sorted(BODIES, key=len, reverse=True)))
_DATE_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\s?\d{4})\b")  # 13/7/2022, 08/8/ 2022
_DATE_WORDS = re.compile(r"\bngày (\d{1,2}) tháng (\d{1,2}) năm")  # ngày 27 tháng 02 năm 2023
_SYMBOL_NUMBER = re.compile(r"(?<![\d/])(\d{1,4})(?=\s?-\s?[A-ZĐ][A-Za-zĐ]*/[A-ZĐ])")  # 114-KH/ĐUK, 04-NQ/TU
_HEADER_NUMBER = re.compile(r"(\bSố:?\s*)(\d{1,4})(?=\s?[/-])")  # Số: 03/KH-TA, Số 114 -KH/ĐUK
_MAJOR_HEADING = re.compile(r"^[\s*#]*[IVX]+\.\s")  # I. MỤC ĐÍCH, YÊU CẦU
_NUMBERED = re.compile(r"^[\s*#]*(?:[IVX]+|\d+(?:\.\d+)*|[a-zđ])[.)]")  # I. / 2.1. / a)
_LABEL = re.compile(r"^\s*(?:[-+•]|\d+(?:\.\d+)*[.)]|[a-zđ][.)])?\s*")  # "- ", "2.1. ", "a) ": stays in place
_CLOSING = re.compile(r"Nơi nhận|Trên đây")  # from here on: signature, recipients, annexes
_LINE = re.compile(r"[^\n]*\n*")


# --- the corpus ---------------------------------------------------------------------------------------


def _renumber(rng: random.Random, memo: dict[str, str], old: str, low: int, high: int) -> str:
    """A new number for old, the same each time old recurs in the document, keeping its zero padding."""
    if old not in memo:
        memo[old] = str(rng.randint(low, high)).zfill(len(old) if old.startswith("0") else 1)
    return memo[old]


def vary_numbers(text: str, rng: random.Random) -> str:
    days: dict[str, str] = {}
    months: dict[str, str] = {}
    numbers: dict[str, str] = {}
    text = _DATE_NUMERIC.sub(lambda m: f"{_renumber(rng, days, m[1], 1, 28)}/{_renumber(rng, months, m[2], 1, 12)}/{m[3]}", text)
    text = _DATE_WORDS.sub(
        lambda m: f"ngày {_renumber(rng, days, m[1], 1, 28)} tháng {_renumber(rng, months, m[2], 1, 12)} năm", text
    )
    text = _SYMBOL_NUMBER.sub(lambda m: _renumber(rng, numbers, m[1], 1, 450), text)
    return _HEADER_NUMBER.sub(lambda m: m[1] + _renumber(rng, numbers, m[2], 1, 450), text)


def swap_bodies(text: str, rng: random.Random) -> str:
    swapped = list(BODIES)
    rng.shuffle(swapped)
    mapping = dict(zip(BODIES, swapped, strict=True))
    return _BODY.sub(lambda m: mapping[m[0]], text)


def _fixed(line: str) -> bool:
    """Lines that keep their place: blank lines, headings, table rows."""
    stripped = line.strip()
    return (
        not stripped
        or "\t" in line
        or bool(_MAJOR_HEADING.match(line))
        or (bool(_NUMBERED.match(line)) and len(stripped) <= 100)
        or stripped.startswith("#")
        or (stripped.startswith("**") and stripped.endswith("**"))
    )


def shuffle_sections(text: str, rng: random.Random) -> str:
    """Shuffle the paragraphs between headings in the body sections; the header before the first
    section, headings, tables and the closing (from "Nơi nhận" on) stay put.

    Only what follows a paragraph's label ("- ", "2.1. ", "a) ") moves, and a line's trailing blank
    lines stay where they were, so numbering and layout keep their shape.
    """
    units = [u for u in _LINE.findall(text) if u]
    out: list[str] = []
    run: list[str] = []
    in_body = False

    def flush() -> None:
        labels = [_LABEL.match(u)[0] for u in run]
        bodies = [u[len(label) :].rstrip("\n") for u, label in zip(run, labels, strict=True)]
        rng.shuffle(bodies)
        out.extend(label + body + u[len(u.rstrip("\n")) :] for u, label, body in zip(run, labels, bodies, strict=True))
        run.clear()

    for i, unit in enumerate(units):
        line = unit.rstrip("\n")
        if _CLOSING.search(line):
            flush()
            out.extend(units[i:])
            break
        in_body = in_body or bool(_MAJOR_HEADING.match(line))
        if not in_body or _fixed(line):
            flush()
            out.append(unit)
        else:
            run.append(unit)
    else:
        flush()
    return "".join(out)


def make_variant(seed_text: str, rng: random.Random) -> str:
    return shuffle_sections(swap_bodies(vary_numbers(seed_text, rng), rng), rng)


@dataclass
class CorpusSpec:
    docs: int
    large: int
    concat: int
    seed: int


def build_corpus(seeds: list[str], spec: CorpusSpec) -> dict[str, str]:
    """File name -> text: spec.docs variants, then spec.large documents of spec.concat variants each."""
    rng = random.Random(spec.seed)
    texts = {f"doc_{i:05d}.txt": make_variant(seeds[i % len(seeds)], rng) for i in range(spec.docs)}
    for i in range(spec.large):
        parts = [make_variant(seeds[(i + j) % len(seeds)], rng) for j in range(spec.concat)]
        texts[f"large_{i:03d}.txt"] = "\n\n".join(parts)
    return texts


# --- measuring ----------------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (as numpy's default)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def figures(sizes: list[int], latencies: list[float], seconds: float) -> dict[str, float]:
    mb = sum(sizes) / 1e6
    return {
        "documents": len(sizes),
        "mb": round(mb, 4),
        "seconds": round(seconds, 4),
        "mb_per_s": round(mb / seconds, 4) if seconds else 0.0,
        "docs_per_s": round(len(sizes) / seconds, 2) if seconds else 0.0,
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 2),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 2),
    }


def timed_pass(sources: list[Source], nlp) -> tuple[list[float], float, list]:
    """Per-document latencies, wall time of the whole loop, and the records."""
    latencies = []
    records = []
    gc.collect()
    started = time.perf_counter()
    for source in sources:
        t0 = time.perf_counter()
        records.append(extract_source(source, nlp))
        latencies.append(time.perf_counter() - t0)
    return latencies, time.perf_counter() - started, records


def _idle_ticks(cpus: set[int]) -> dict[int, int]:
    """Idle plus iowait ticks of each CPU so far, from /proc/stat (Linux)."""
    ticks = {}
    for line in Path("/proc/stat").read_text().splitlines():
        name, *fields = line.split()
        if name.startswith("cpu") and name[3:].isdigit() and int(name[3:]) in cpus:
            ticks[int(name[3:])] = int(fields[3]) + int(fields[4])
    return ticks


def idlest_cpu(cpus: set[int], interval: float = 0.3) -> int:
    """The CPU that was idle longest over a short interval: other work on the machine skews less."""
    try:
        before = _idle_ticks(cpus)
        time.sleep(interval)
        after = _idle_ticks(cpus)
        return max(sorted(after), key=lambda c: after[c] - before.get(c, 0))
    except (OSError, ValueError, IndexError):
        return min(cpus)


def pin_to_one_cpu(cpu: int | None) -> int | None:
    """Pin this process to ``cpu`` (default: the idlest allowed CPU); None where pinning is not supported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    allowed = os.sched_getaffinity(0)
    if cpu is None:
        cpu = idlest_cpu(allowed)
    elif cpu not in allowed:
        sys.exit(f"CPU {cpu} is not available to this process (allowed: {sorted(allowed)})")
    os.sched_setaffinity(0, {cpu})
    return cpu


def run(args: argparse.Namespace) -> tuple[dict, list[Source]]:
    """The figures, and the documents they were measured on."""
    cpu = None if args.no_pin else pin_to_one_cpu(args.cpu)
    seed_files = sorted(args.seeds.glob("*.txt"))
    if not seed_files:
        sys.exit(f"no seed documents in {args.seeds}")
    seeds = [read_file(p).text for p in seed_files]
    texts = build_corpus(seeds, CorpusSpec(args.docs, args.large, args.concat, args.seed))

    with tempfile.TemporaryDirectory(prefix="plankb-bench-") as tmp:
        folder = args.corpus_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for name, text in texts.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        sources = []
        read_latencies = []
        started = time.perf_counter()
        for path in paths:
            t0 = time.perf_counter()
            sources.append(read_file(path))
            read_latencies.append(time.perf_counter() - t0)
        read_seconds = time.perf_counter() - started
    sizes = [len(s.text.encode("utf-8")) for s in sources]
    corpus_digest = hashlib.sha256("".join(s.sha256 for s in sources).encode()).hexdigest()[:16]

    nlp = load_pipeline()
    warm = sources[: args.warmup] + [s for s in sources if Path(s.path).name.startswith("large_")][:1]
    for source in warm:
        extract_source(source, nlp)

    best = None
    for _ in range(args.repeat):
        latencies, seconds, records = timed_pass(sources, nlp)
        if best is None or seconds < best[1]:
            best = (latencies, seconds, records)
    latencies, seconds, records = best

    is_large = [Path(s.path).name.startswith("large_") for s in sources]
    groups = {}
    for group, keep in (("regular", False), ("large", True)):
        idx = [i for i, large in enumerate(is_large) if large == keep]
        if idx:
            groups[group] = figures([sizes[i] for i in idx], [latencies[i] for i in idx], sum(latencies[i] for i in idx))
    groups["all"] = figures(sizes, latencies, seconds)

    regular = [r for r, large in zip(records, is_large, strict=True) if not large]
    found = {
        "with_symbol": sum(bool(r.symbol) for r in regular),
        "with_date": sum(bool(r.date) for r in regular),
        "references": sum(len(r.references) for r in regular),
        "deadlines": sum(len(r.deadlines) for r in regular),
        "assignments": sum(len(r.assignments) for r in regular),
    }
    result = {
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "pinned_cpu": cpu,
        "seed": args.seed,
        "corpus_sha": corpus_digest,
        "seeds": len(seed_files),
        "concat": args.concat,
        "passes": args.repeat,
        "target_mb_per_s": TARGET_MB_S,
        "meets_target": groups["all"]["mb_per_s"] >= TARGET_MB_S,
        "read": figures(sizes, read_latencies, read_seconds),
        "extract": groups,
        "found_in_regular": found,
    }
    return result, sources


def report(result: dict) -> None:
    pinned = f"pinned to CPU {result['pinned_cpu']}" if result["pinned_cpu"] is not None else "not pinned"
    print(f"plankb extraction benchmark: one process, {pinned}; Python {result['python']}, spaCy {result['spacy']}")
    ext = result["extract"]
    n_large = ext.get("large", {}).get("documents", 0)
    print(
        f"corpus {result['corpus_sha']}: {ext['all']['documents'] - n_large} variants of {result['seeds']} seeds"
        f" + {n_large} large ({result['concat']} variants each), seed {result['seed']}; best of {result['passes']} passes"
    )
    read = result["read"]
    print(
        f"reading (apart): {read['documents']} files, {read['mb']:.2f} MB in {read['seconds']:.3f} s = {read['mb_per_s']:.2f} MB/s,"
        f" p50 {read['p50_ms']:.1f} ms, p95 {read['p95_ms']:.1f} ms\n"
    )
    print(f"{'extraction':<10} {'docs':>6} {'MB':>8} {'s':>8} {'MB/s':>7} {'docs/s':>8} {'p50 ms':>8} {'p95 ms':>8}")
    for group, f in ext.items():
        print(
            f"{group:<10} {f['documents']:>6} {f['mb']:>8.3f} {f['seconds']:>8.3f} {f['mb_per_s']:>7.3f}"
            f" {f['docs_per_s']:>8.1f} {f['p50_ms']:>8.1f} {f['p95_ms']:>8.1f}"
        )
    verdict = "meets" if result["meets_target"] else "BELOW"
    print(f"\nthroughput {ext['all']['mb_per_s']:.3f} MB/s (target >= {result['target_mb_per_s']:.1f} MB/s: {verdict} target)")
    found = result["found_in_regular"]
    print("found in the variants: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in found.items()))


def profile(sources: list[Source], top: int) -> None:
    nlp = load_pipeline()
    profiler = cProfile.Profile()
    profiler.enable()
    for source in sources:
        extract_source(source, nlp)
    profiler.disable()
    for order in ("tottime", "cumulative"):
        print(f"\n--- one pass under cProfile, top {top} by {order} ---", file=sys.stderr)
        pstats.Stats(profiler, stream=sys.stderr).strip_dirs().sort_stats(order).print_stats(top)


def by_stage(sources: list[Source], passes: int = 3) -> None:
    """Seconds spent in each stage (normalize, each component, building the record), fastest of
    ``passes`` passes per stage: where the time goes, without the profiler's own overhead."""
    nlp = load_pipeline()
    best: dict[str, float] = {}
    for _ in range(passes):
        spent: dict[str, float] = defaultdict(float)
        for source in sources:
            extract_with_text(source, nlp, on_stage=lambda name, seconds, spent=spent: spent.__setitem__(name, spent[name] + seconds))
        for name, seconds in spent.items():
            best[name] = min(best.get(name, seconds), seconds)
    total = sum(best.values())
    mb = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    print(f"\nby stage, fastest of {passes} passes over {len(sources)} documents ({mb:.2f} MB):")
    for name, seconds in sorted(best.items(), key=lambda x: -x[1]):
        print(f"  {name:<22} {seconds * 1000:8.1f} ms  {seconds / total:6.1%}  {mb / seconds:8.1f} MB/s alone")
    print(f"  {'sum':<22} {total * 1000:8.1f} ms          {mb / total:8.2f} MB/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=200, help="number of seed variants (default 200)")
    parser.add_argument("--large", type=int, default=5, help="number of large documents (default 5)")
    parser.add_argument("--concat", type=int, default=10, help="variants joined into each large document (default 10)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the corpus (default 0)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes; the fastest is reported (default 3)")
    parser.add_argument("--warmup", type=int, default=10, help="documents extracted before timing (default 10, plus one large)")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of seed .txt documents (default corpus/seeds)")
    parser.add_argument("--corpus-dir", type=Path, help="write the generated corpus here and keep it (default: a temp folder)")
    parser.add_argument("--cpu", type=int, help="CPU to pin the process to (default: the idlest one)")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the process to one CPU")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--profile", type=int, metavar="N", default=0, help="afterwards, profile one pass; top N functions to stderr"
    )
    parser.add_argument("--by-stage", action="store_true", help="afterwards, time each stage of extraction apart")
    args = parser.parse_args()
    if args.docs < 0 or args.large < 0 or args.concat < 1 or args.repeat < 1 or args.docs + args.large == 0:
        parser.error("need --docs/--large >= 0 (not both 0), --concat >= 1 and --repeat >= 1")

    result, sources = run(args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        report(result)
    if args.profile:
        profile(sources, args.profile)
    if args.by_stage:
        by_stage(sources)


if __name__ == "__main__":
    main()
