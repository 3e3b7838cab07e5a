"""A record (CONTRACT.md) and its normalized text as table rows; no database here.

Body names stay names: the store turns them into body ids, since that needs the bodies table.
"""

from __future__ import annotations

import calendar
import json
import zlib
from pathlib import PurePath
from typing import Any

from plankb.kb.central_codes import is_central_symbol
from plankb.kb.citekeys import scope_of, term_of
from plankb.kb.places import Place, place_of
from plankb.kb.sections import section_kind


def stored_record(record: dict, text: str | None = None) -> bytes:
    """The record as records.record keeps it: its JSON (as ``json.dumps`` writes it, accents kept),
    zlib-compressed against the document's text (stored_json). Nobody queries inside it (its
    parts are rows of their own tables)."""
    return stored_json(json.dumps(record, ensure_ascii=False), text)


# What every record's JSON repeats whatever its document: its keys, in the order extraction writes
# them (schema 12). Appended to the text in the preset dictionary, so they cost a back-reference
# too: a fifth of a record (three records a 4 KB page instead of two). NEVER edit it: a record
# names its dictionary by zlib's DICTID (an Adler-32 of it), and records compressed with this one
# read back only with it; another one would need its own name here.
RECORD_KEYS = (
    '{"id": "", "source": {"path": "", "format": "", "sha256": ""}, "doc_type": "", "symbol": "", "issuer": {"name": "",'
    ' "code": "", "parent": null, "level": "", "evidence": ""}, "place": "", "date": "", "title": "", "signer": {"name":'
    ' "", "title": "", "authority": ""}, "recipients": [{"name": "", "purpose": null}], "references": [{"symbol": "",'
    ' "doc_type": "", "date": "", "issuer": "", "subject": "", "relation": "", "text": "", "start": 0, "end": 0}],'
    ' "deadlines": [{"date": "", "precision": "", "recurrence": null, "qualifier": "", "task": null, "bodies": [""],'
    ' "text": "", "start": 0, "end": 0}], "assignments": [{"body": "", "role": "", "task": "", "deadline": null, "text": "",'
    ' "start": 0, "end": 0}], "model_areas": [{"area": "", "label": "", "text": "", "start": 0, "end": 0}], "sections":'
    ' [{"path": "", "heading": "", "level": 0, "start": 0, "end": 0}], "warnings": [{"code": "", "message": ""}], "spans":'
    ' {"symbol": {"start": 0, "end": 0}, "title": {"start": 0, "end": 0}, "issuer": {"start": 0, "end": 0}, "signer":'
    ' {"start": 0, "end": 0}}, "pages": [], "signing": null, "extractor_version": ""}'
)


_RECORD_KEYS_BYTES = RECORD_KEYS.encode("utf-8")


def _dictionary(text: str) -> bytes:
    """zlib's preset dictionary of a record: its document's text, then the keys every record has
    (deflate reads the last 32 KB, so the keys are always in reach)."""
    return text.encode("utf-8") + _RECORD_KEYS_BYTES


def _dictionary_named(text: str, named: int) -> bytes:
    """The dictionary a stored record names by its Adler-32: the text alone (schema 10 and 11), else
    the text with the keys (schema 12); the text is encoded once."""
    plain = text.encode("utf-8")
    return plain if zlib.adler32(plain) == named else plain + _RECORD_KEYS_BYTES


def stored_json(record_text: str, text: str | None = None) -> bytes:
    """A record's JSON text as records.record keeps it (stored_record): zlib-compressed, with the
    document's text (documents.text) as preset dictionary when there is one (schema 10), so the
    quotes the record repeats from the text (citations, tasks, headings) cost a back-reference
    each: half the size of the JSON compressed alone. zlib's header says whether a dictionary was
    used (its FDICT bit), so both forms read back (record_json)."""
    if not text:
        return zlib.compress(record_text.encode("utf-8"), 6)
    packer = zlib.compressobj(6, zdict=_dictionary(text))
    return packer.compress(record_text.encode("utf-8")) + packer.flush()


def against_text(stored: bytes) -> bool:
    """Whether a stored record was compressed against its document's text: zlib's header has its
    FDICT bit set (a preset dictionary was used)."""
    return len(stored) > 1 and bool(stored[1] & 0x20)


class MissingText(ValueError):
    """A record compressed against its document's text, read without that text."""


def record_json(stored: bytes | str | None, text: str | None = None) -> str | None:
    """The JSON text of a stored record: a BLOB is compressed (schema 7), against ``text`` (its
    document's text) when its zlib header says so (schema 10); a TEXT is the JSON itself (as schema
    6 and earlier stored it, read by their migrations)."""
    if stored is None or isinstance(stored, str):
        return stored
    if against_text(stored):
        if not text:
            raise MissingText("this record is compressed against its document's text: give documents.text")
        named = int.from_bytes(stored[2:6], "big")  # zlib's DICTID: which dictionary it was packed with
        unpacker = zlib.decompressobj(zdict=_dictionary_named(text, named))
        return (unpacker.decompress(stored) + unpacker.flush()).decode("utf-8")
    return zlib.decompress(stored).decode("utf-8")


def place_of_record(record: dict) -> Place:
    """The province and locality of a document; none for a Central one: the "Hà Nội" of a Central
    document's place line is where it was signed, not a province it belongs to (and its local
    symbols and bodies must not be filed under Hà Nội)."""
    issuer = record.get("issuer") or {}
    level = issuer.get("level")
    if level == "central" or (level is None and record.get("symbol") and is_central_symbol(record["symbol"])):
        return Place(None, None)
    return place_of(issuer.get("name"), record.get("place"))


def document_row(record: dict, text: str | None, version: str, now: str) -> dict[str, Any]:
    issuer = record.get("issuer") or {}
    signer = record.get("signer") or {}
    source = record.get("source") or {}
    place = place_of_record(record)
    date = record.get("date")
    # Without symbol and title, the file's name (not its path: pages must not show where files are kept).
    name = PurePath(source["path"]).name if source.get("path") else None
    label = " — ".join(x for x in (record.get("symbol"), record.get("title")) if x) or name or record["id"]
    return {
        "id": record["id"],
        "label": label[:160],
        "doc_type": record.get("doc_type"),
        "symbol": record.get("symbol"),
        "issuer": issuer.get("name"),
        "issuer_code": issuer.get("code"),
        "issuer_level": issuer.get("level"),
        "place": record.get("place"),
        "province": place.province,
        "province_now": place.province_now,  # where that province is since the 2025 merger
        "locality": place.locality,
        "date": date,
        "year": int(date[:4]) if date and date[:4].isdigit() else None,
        "title": record.get("title"),
        "signer_name": signer.get("name"),
        "signer_title": signer.get("title"),
        "signer_authority": signer.get("authority"),
        "source_path": source.get("path"),
        "format": source.get("format"),
        "sha256": source.get("sha256"),
        "extractor_version": version,
        "n_warnings": len(record.get("warnings") or []),
        "warnings": json.dumps(record.get("warnings") or [], ensure_ascii=False),
        "text": text,
        "ingested_at": now,
    }


def passage_rows(record: dict, text: str | None) -> list[dict[str, Any]]:
    """One row per section with the section's own text (up to its first subsection), so nested
    sections do not repeat their children's text, and where the whole section ends (section_end)
    and its kind (kb/sections.py); plus the text before the first section and
    after the last one (header, signature, recipients) when the text is known."""
    sections = sorted(record.get("sections") or [], key=lambda s: (s["start"], -s["end"]))
    rows = []
    if text and (not sections or sections[0]["start"] > 0):
        head_end = sections[0]["start"] if sections else len(text)
        rows.append({"path": "", "heading": record.get("title") or "", "level": 0, "start": 0, "end": head_end,
                     "kind": None, "section_end": head_end})  # fmt: skip
    for i, s in enumerate(sections):
        end = s["end"]
        if i + 1 < len(sections):
            end = min(end, sections[i + 1]["start"])
        rows.append(
            {"path": s["path"], "heading": s["heading"], "level": s["level"], "start": s["start"], "end": max(end, s["start"]),
             # the whole section, its subsections included: what a drafter reads (kb/sections.py)
             "kind": section_kind(s["heading"]), "section_end": max(s["end"], s["start"])}
        )  # fmt: skip
    if text and sections:
        tail = max(s["end"] for s in sections)
        if text[tail:].strip():
            rows.append({"path": "~", "heading": "", "level": 0, "start": tail, "end": len(text), "kind": None, "section_end": len(text)})
    if text:
        rows = [piece for row in rows for piece in _pieces(row, text)]
    out = []
    for seq, row in enumerate(rows):
        row["seq"] = seq
        if text:  # the passage is text[start:end], stored once: offsets without the white space around it
            raw = text[row["start"] : row["end"]]
            body = raw.lstrip()
            row["start"] += len(raw) - len(body)
            row["end"] = row["start"] + len(body.rstrip())
            if row["end"] > row["start"]:
                out.append(row)
        elif row["heading"]:  # no text: the passage is its heading (the passage_texts view)
            out.append(row)
    return out


def passage_text(row: dict[str, Any], text: str | None) -> str:
    """What the passage_texts view gives for a passage row."""
    return text[row["start"] : row["end"]] if text else row["heading"]


MAX_PASSAGE_CHARS = 20_000  # some six printed pages; a longer section is stored in pieces


def _pieces(row: dict[str, Any], text: str) -> list[dict[str, Any]]:
    """A passage over MAX_PASSAGE_CHARS split at paragraph ends (else line ends, else spaces), each
    piece under the same heading: a 50 MB text with no headings must not be one passage, which
    full-text search, the similarity index and every page showing it would hold whole."""
    start, end = row["start"], row["end"]
    if end - start <= MAX_PASSAGE_CHARS:
        return [row]
    out = []
    while end - start > MAX_PASSAGE_CHARS:
        reach = start + MAX_PASSAGE_CHARS
        cut = -1
        for sep in ("\n\n", "\n", " "):
            cut = text.rfind(sep, start + MAX_PASSAGE_CHARS // 2, reach)
            if cut >= 0:
                break
        cut = cut if cut >= 0 else reach
        out.append({**row, "start": start, "end": cut})
        row = {**row, "kind": None}  # the section is found by its first piece
        start = cut
    out.append({**row, "start": start, "end": end})
    return out


def citation_rows(record: dict, place: Place) -> list[dict[str, Any]]:
    """One row per citation as written. The first mention of each symbol is marked, and the
    citing document's date copied, so "who cites X, newest first" reads one index range."""
    refs = sorted((r for r in record.get("references") or [] if r.get("symbol")), key=lambda r: r.get("start") or 0)
    seen: set[str] = set()
    out = []
    for ref in refs:
        out.append(
            {
                "symbol": ref["symbol"],
                "doc_type": ref.get("doc_type"),
                "date": ref.get("date"),
                "issuer": ref.get("issuer"),
                "term": term_of(ref.get("issuer")),
                "scope": scope_of(ref["symbol"], place.province, place.locality),
                "subject": ref.get("subject"),
                "relation": ref.get("relation"),
                "text": ref.get("text"),
                "start": ref.get("start"),
                "end": ref.get("end"),
                "citing_date": record.get("date"),
                "first_mention": int(ref["symbol"] not in seen),
            }
        )
        seen.add(ref["symbol"])
    return out


def due_of(date: str | None) -> tuple[str | None, str | None]:
    """(last day the deadline allows, MM-DD of a yearly one): "2023-04" -> ("2023-04-30", None)."""
    if not date:
        return None, None
    if date.startswith("--"):
        return None, date[2:]
    parts = date.split("-")
    if len(parts) == 3:
        return date, None
    if len(parts) == 2 and parts[0].isdigit() and parts[1].isdigit():
        year, month = int(parts[0]), int(parts[1])
        if 1 <= month <= 12:
            return f"{date}-{calendar.monthrange(year, month)[1]:02d}", None
    if len(parts) == 1 and date.isdigit():
        return f"{date}-12-31", None
    return None, None


def deadline_row(d: dict) -> dict[str, Any]:
    due, month_day = due_of(d.get("date"))
    return {
        "date": d.get("date"),
        "precision": d.get("precision"),
        "recurrence": d.get("recurrence"),
        "qualifier": d.get("qualifier"),
        "due": due,
        "month_day": month_day,
        "task": d.get("task"),
        "bodies": json.dumps(d.get("bodies") or [], ensure_ascii=False),
        "text": d.get("text"),
        "start": d.get("start"),
        "end": d.get("end"),
    }


def assignment_row(a: dict) -> dict[str, Any]:
    keys = ("body", "role", "task", "deadline", "text", "start", "end")
    return {k: a.get(k) for k in keys}


def model_area_row(m: dict) -> dict[str, Any]:
    return {k: m.get(k) for k in ("area", "label", "text", "start", "end")}
