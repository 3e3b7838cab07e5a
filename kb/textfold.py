"""Folding for search: the same function folds what is indexed and what is typed.

FTS5's unicode61 tokenizer strips accents but keeps "đ" and does not unify old and new tone
placement ("uỷ"/"ủy"), so passages are indexed in a *plain* form: lowercase, every accented
letter as its base letter, "đ" as "d" (which also makes tone placement moot). ``aligned_plain``
gives the same letters at the same offsets as the text, so a match can be highlighted in it.

Why ours and not unidecode or text-unidecode (measured with bench/bench_libraries.py on the 79
real texts, 1.2 M characters): on Vietnamese letters all three agree, "đ" -> "d" and both tone
placements included; but both libraries transliterate punctuation too ('…' -> '...', '“' -> '"',
'–' -> '-', no-break space -> space), which changes the length of 41 of the 79 texts, so their
offsets no longer point into the text (``aligned_plain``'s whole job), and turns a typed curly
quote into FTS5's phrase quote. ``plain`` is also the fastest: unidecode takes 2.5 times as long,
text-unidecode 1.1 times. Changing the folding would also mean re-indexing every base.
"""

from __future__ import annotations

import re
import unicodedata

from plankb.extractors.text import fold, squash, strip_accents


def _plain_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2000):  # Latin-1 to Latin Extended Additional: every Vietnamese letter
        ch = chr(cp)
        base = strip_accents(ch)
        if len(base) == 1 and base != ch and base.isascii():
            table[cp] = base.lower()
    table.update({ord("Ð"): "d", ord("ð"): "d", ord("Đ"): "d", ord("đ"): "d"})
    return table


_PLAIN = _plain_table()


_MARKS = re.compile("[\u0300-\u036f]")


def plain(text: str | None) -> str | None:
    """ "Thành uỷ Dân vận" -> "thanh uy dan van": what is indexed and what a query is matched as.

    Without accents tone placement no longer matters: lowercase, decompose, drop the marks,
    all in C, which matters at ingest."""
    if text is None:
        return None
    return _MARKS.sub("", unicodedata.normalize("NFD", text.lower())).replace("đ", "d").replace("ð", "d")


def aligned_plain(text: str) -> str:
    """``plain`` letter for letter but keeping the length of (NFC) ``text``: an offset found in it
    is an offset in the text, which is how snippets highlight matches."""
    return fold(unicodedata.normalize("NFC", text)).translate(_PLAIN)


def folded(text: str | None) -> str | None:
    """Fold for comparing names: no case, one tone placement, single spaces."""
    return None if text is None else squash(fold(text))


_WORD = re.compile(r"\w+\*?")
_PHRASE = re.compile(r'"([^"]*)"|(\S+)')


def fts_query(query: str | None) -> str:
    """A safe FTS5 query from what a person typed: words AND-ed, "quoted phrases" kept, word* prefix.

    Every token is quoted, so FTS5 syntax characters in the input cannot cause an error; an
    empty query becomes '""', which matches nothing.
    """
    parts = []
    for m in _PHRASE.finditer(plain(query or "")):
        if m.group(1) is not None:
            words = [w.rstrip("*") for w in _WORD.findall(m.group(1))]
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        for word in _WORD.findall(m.group(2)):
            if word.upper() == "OR" and parts:  # keep a typed OR between words
                parts.append("OR")
            elif word.endswith("*"):
                parts.append(f'"{word[:-1]}"*')
            else:
                parts.append(f'"{word}"')
    while parts and parts[-1] == "OR":
        parts.pop()
    return " ".join(parts) if parts else '""'


def _term_patterns(query: str | None) -> list[str]:
    """Regex for each typed word in plain form; a prefix word* matches the rest of the word too."""
    out = []
    for w in _WORD.findall(plain(query or "")):
        if w.upper() == "OR" or not w.rstrip("*"):
            continue
        out.append(re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w))
    return out


def phrase(query: str | None) -> str:
    """The typed words in plain form, in order: a passage containing them together ranks first."""
    return " ".join(w.rstrip("*") for w in _WORD.findall(plain(query or "")) if w.upper() != "OR")


NEAR_TOKENS = 10  # words apart at most for "near each other"


def near_query(query: str | None) -> str:
    """An FTS5 NEAR query of the typed words ("dan van kheo" -> NEAR("dan" "van" "kheo", 10)), for
    ranking passages whose words stand close together; '""' (matches nothing) for one word, or
    when the typed query has its own phrases or alternatives."""
    text = plain(query or "")
    if '"' in text:
        return '""'
    words = _WORD.findall(text)
    if len(words) < 2 or any(w.upper() == "OR" for w in words):
        return '""'
    parts = [f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words if w.rstrip("*")]
    return f"NEAR({' '.join(parts)}, {NEAR_TOKENS})" if len(parts) > 1 else '""'


def snippet(text: str | None, query: str | None, width: int = 200) -> str | None:
    """The part of ``text`` around the first match, matches in **bold** (found via the plain form)."""
    if not text:
        return text
    terms = _term_patterns(query)
    flat = " ".join(text.split())  # one line: snippets are shown in tables
    if not terms:
        return flat[:width] + ("…" if len(flat) > width else "")
    words = "|".join(sorted(set(terms), key=len, reverse=True))
    run = re.compile(rf"(?<!\w)(?:{words})(?:\s+(?:{words}))*(?!\w)")
    low = aligned_plain(flat)
    together = phrase(query)
    at = re.search(rf"(?<!\w){re.escape(together)}(?!\w)", low) if " " in together else None
    first = at or run.search(low)
    start = 0 if first is None else max(0, first.start() - width // 3)
    if start:  # start on a word boundary
        space = flat.find(" ", start)
        start = space + 1 if 0 <= space < first.start() else start
    end = min(len(flat), start + width)
    out, last = [], start
    for m in run.finditer(low, start, end):
        out.append(flat[last : m.start()])
        out.append(f"**{flat[m.start() : m.end()]}**")
        last = m.end()
    out.append(flat[last:end])
    return ("…" if start else "") + "".join(out) + ("…" if end < len(flat) else "")
