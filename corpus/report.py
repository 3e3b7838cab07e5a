"""The accuracy report: every annotated set scored in one run, as one table of set x kind x field,
with the per-document results kept (``save``) and compared with an earlier run (``compare``):
what a change gained and lost, document by document and field by field.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

from plankb.corpus import scoring
from plankb.corpus.sets import KIND_LABELS, KINDS, Item, Set

# The columns of the table: header fields by accuracy, lists by F1, reference dates by accuracy.
COLUMNS = [
    ("doc_type", "type", "accuracy"),
    ("symbol", "symbol", "accuracy"),
    ("issuer", "issuer", "accuracy"),
    ("place", "place", "accuracy"),
    ("date", "date", "accuracy"),
    ("title", "title", "accuracy"),
    ("signer", "signer", "accuracy"),
    ("header", "header", "share"),
    ("references", "refs F1", "f1"),
    ("references", "refs R", "recall"),
    ("references.date", "ref dates", "accuracy"),
    ("deadlines", "deadl. F1", "f1"),
    ("assignments", "assign. F1", "f1"),
]
# Rows that sum several sets, as the targets are stated.
GROUPS = {"texts (dev + real-texts)": ("dev", "real-texts")}
# Silver sets come in halves (bench/silver/README.md): "tune" (misses read) and "check" (only
# scored); the halves of every set scored are also summed, one row each.
HALVES = ("tune", "check")

_nlp = None


def _init(config: str | None) -> None:
    global _nlp
    from plankb.extractors.pipeline import load_pipeline

    _nlp = load_pipeline(config)


def _extract(path: str) -> tuple[dict, str | None]:
    from plankb.extractors.extract import extract_file
    from plankb.extractors.source import ReadError

    try:
        return extract_file(path, _nlp).to_dict(), None
    except ReadError as exc:
        return {}, str(exc)
    except Exception as exc:  # one bad file must not stop the report
        return {}, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


def run(sets: Iterable[Set], jobs: int = 1, config: str | None = None, on_done: Callable[[Item, str | None], None] | None = None,
        records: dict[str, dict] | None = None) -> list[dict]:
    """Extract and score every document of every set; one result per document. With ``records``
    (file name -> record, as ``plankb extract`` printed them), score those instead of extracting."""
    work = [(s.name, item) for s in sets if s.available() for item in s.items()]
    if records is not None:
        return [_result(name, item, records.get(item.path.name, {}), None if item.path.name in records
                        else f"{item.path}: no record given", on_done) for name, item in work]
    paths = [str(item.path) for _, item in work]
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(config,)) as pool:
            outputs = pool.map(_extract, paths, chunksize=1)
            results = [_result(name, item, *out, on_done) for (name, item), out in zip(work, outputs)]
    else:
        _init(config)
        results = [_result(name, item, *_extract(str(item.path)), on_done) for name, item in work]
    return results


def _result(set_name: str, item: Item, record: dict, error: str | None, on_done) -> dict:
    if on_done:
        on_done(item, error)
    score = scoring.score_document(item.gold, record)
    return {"set": set_name, "kind": item.kind, "path": str(item.path), "error": error, **score.as_dict()}


# --- the table ------------------------------------------------------------------------------


def _scores(results: list[dict]) -> list[scoring.DocumentScore]:
    return [
        scoring.DocumentScore(r["doc"], {k: scoring.Counts(**v) for k, v in r["counts"].items()}, r["missed"], r["added"])
        for r in results
    ]


def figures(results: list[dict]) -> dict:
    """The figures of one row: per field its accuracy or F1, and the share of whole headers right."""
    scores = _scores(results)
    sums = scoring.total(scores)
    row = {"n": len(results), "header": {"share": scoring.header_share(scores), "docs": sum(s.header_scored for s in scores)}}
    for name, c in sums.items():
        row[name] = {**scoring.field_figures(c, name), "accuracy": c.accuracy}
    return row


def rows(results: list[dict]) -> list[tuple[str, str, dict]]:
    """(set, kind, figures) for each set's kinds, the set's total, and the groups."""
    out = []
    names = list(dict.fromkeys(r["set"] for r in results))
    for name in names:
        mine = [r for r in results if r["set"] == name]
        kinds = [k for k in KINDS if any(r["kind"] == k for r in mine)]
        if len(kinds) > 1:
            for kind in kinds:
                out.append((name, KIND_LABELS[kind], figures([r for r in mine if r["kind"] == kind])))
        out.append((name, "all" if len(kinds) > 1 else KIND_LABELS[kinds[0]], figures(mine)))
    for label, members in GROUPS.items():
        mine = [r for r in results if r["set"] in members]
        if {r["set"] for r in mine} == set(members):
            out.append((label, "all", figures(mine)))
    for half in HALVES:
        # the halves of several silver sets together: the read ones, and the estimate (the unread)
        sets = [n for n in names if n.rsplit("/", 1)[-1] == half]
        if len(sets) > 1:
            out.append((f"{half} halves ({len(sets)} sets)", "all", figures([r for r in results if r["set"] in sets])))
    return out


def _cell(fig: dict, name: str, measure: str) -> str:
    value = fig.get(name, {})
    if name == "header":
        return "-" if not value["docs"] else f"{value['share']:.0%}"
    if not value or not value.get("docs"):
        return "-"
    if name in scoring.HEADER_FIELDS or measure == "accuracy":
        return f"{value['accuracy']:.2f}"
    if value["tp"] + value["fp"] + value["fn"] == 0:
        return "-"
    return f"{value[measure]:.2f}"


def table(results: list[dict]) -> str:
    """The report as a Markdown table (it goes into the README and the notes as it is)."""
    head = ["set", "kind", "n"] + [label for _, label, _ in COLUMNS]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for set_name, kind, fig in rows(results):
        cells = [set_name, kind, str(fig["n"])] + [_cell(fig, name, measure) for name, _, measure in COLUMNS]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


# --- keeping and comparing runs -----------------------------------------------------------------


def load_records(paths: Iterable[str]) -> dict[str, dict]:
    """Records from JSON Lines files (``plankb extract --format jsonl``), by their file's name."""
    records: dict[str, dict] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    records[os.path.basename(record["source"]["path"])] = record
    return records


def save(results: list[dict], path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        json.dump({"version": 1, "documents": results}, handle, ensure_ascii=False, indent=1)


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return data["documents"] if isinstance(data, dict) else data


def _key(r: dict) -> tuple[str, str]:
    return r["set"], r["doc"]


def _header_right(counts: dict | None) -> bool | None:
    return None if counts is None else counts["right"] == counts["docs"]


def compare(before: list[dict], after: list[dict]) -> tuple[list[str], list[str]]:
    """(gains, losses): one line per document and field that changed."""
    gains: list[str] = []
    losses: list[str] = []
    old = {_key(r): r for r in before}
    for r in after:
        o = old.get(_key(r))
        if o is None:
            continue
        where = f"{r['set']}/{r['doc']}"
        for name in scoring.FIELDS:
            a, b = o["counts"].get(name), r["counts"].get(name)
            if a is None or b is None:
                continue
            if name in scoring.HEADER_FIELDS:
                was, now = _header_right(a), _header_right(b)
                if was != now:
                    shown = f"{where} {name}: {_value(o, name)} -> {_value(r, name)}"
                    (gains if now else losses).append(shown)
                continue
            _list_change(where, name, o, r, a, b, gains, losses)
    return gains, losses


def _value(r: dict, name: str) -> str:
    added = r["added"].get(name)
    if added:
        return repr(added[0])
    missed = r["missed"].get(name)
    return f"null (gold {missed[0]!r})" if missed else "right"


def _list_change(where: str, name: str, o: dict, r: dict, a: dict, b: dict, gains: list[str], losses: list[str]) -> None:
    def items(d: dict, kind: str) -> set[str]:
        return {json.dumps(x, ensure_ascii=False) if not isinstance(x, str) else x for x in d[kind].get(name, [])}

    found = items(o, "missed") - items(r, "missed")
    lost = items(r, "missed") - items(o, "missed")
    fixed = items(o, "added") - items(r, "added")
    wrong = items(r, "added") - items(o, "added")
    if found:
        gains.append(f"{where} {name}: found {sorted(found)}")
    if fixed:
        gains.append(f"{where} {name}: no longer added {sorted(fixed)}")
    if lost:
        losses.append(f"{where} {name}: now missed {sorted(lost)}")
    if wrong:
        losses.append(f"{where} {name}: now added {sorted(wrong)}")


def default_jobs() -> int:
    return max(1, min(4, os.cpu_count() or 1))
