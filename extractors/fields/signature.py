"""The signer: name, title and authority (T/M, K/T, T/L, TUQ, Q.) from the signature block."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component, warn
from plankb.extractors.layout import HONORIFIC, Layout, is_name_line, is_signature_title, name_without_specks
from plankb.extractors.names import name_case
from plankb.extractors.patterns import layout_markers as M
from plankb.extractors.patterns.grammar import AUTHORITY_LINE, authority_label
from plankb.extractors.syllables import garbled, is_syllable
from plankb.extractors.text import fold, squash, strip_accents


@field_component(
    "plankb_signature",
    requires=('layout',),  # and record._metadata when a portal page gave one (optional)
    assigns=('record.signer',),
)
def signature(doc: Doc) -> None:
    layout: Layout = doc._.layout
    rec = doc._.record
    if layout.signer_line is None:
        rec["signer"] = _from_metadata(rec)
        return
    signer_line = _past_the_seal(layout)
    name = squash(signer_line.stripped)
    if not is_name_line(name) and is_name_line(name_without_specks(name)):
        name = name_without_specks(name)  # '" Phạm Mạnh Cường -': the seal's and the signature's specks around it
    before_name = HONORIFIC.match(name)
    name = HONORIFIC.sub("", name).strip(" .,;")
    if name and _title_without_tones(name):
        warn(doc, "signer-doubtful", f"the signer's name reads as a title: {name!r}")
        name = None
    if name and name.isupper():
        name = " ".join(w.capitalize() for w in name.split())
    if name and _reads_as_title(name, layout.signature_lines):
        # The seal or the signature wiped the name: what is left is the title line. Unknown, not a guess.
        warn(doc, "signer-doubtful", f"the signer's name reads as a title: {name!r}")
        name = None
    # An OCR misreading ("Kéẻ Hoạch", "Đo àn Thái Sơn": every part of a name is capitalised): unknown, not a guess.
    if name and any(garbled(w) or w.islower() for w in name.split()):
        warn(doc, "signer-doubtful", f"the signer's name is not readable: {name!r}")
        name = None
    authority_parts, titles = [], []
    for line in layout.signature_lines:
        if line is layout.signer_line or line is signer_line:
            continue
        s = squash(line.stripped)
        m = AUTHORITY_LINE.match(fold(s))
        if m:
            label = authority_label(m.group("a"))
            rest = s[m.start("rest") :].strip()
            authority_parts.append(f"{label} {name_case(rest)}".strip() if rest else label)
        elif is_signature_title(s):
            titles.append(name_case(s))
    rec["signer"] = {
        "name": name,
        "title": " ".join(titles) or None,
        "authority": "; ".join(authority_parts) or None,
    }
    if name is not None:
        start = signer_line.start
        if before_name:  # the span holds the name, not "Đã ký:" or a rank before it
            start = max(start, doc.text.find(name.split()[0], start, signer_line.end))
        rec.setdefault("spans", {})["signer"] = {"start": start, "end": signer_line.end}


SEAL_LINES = 4  # a seal's ring, read as lines of capitals, runs to a few lines


def _past_the_seal(layout: Layout):
    """The signer's line: a "name" without a family name ("CHẤP HÀNH", the words of the red seal's
    ring, or "À Pự", the strokes of the signature, that OCR reads between the title and the name)
    gives way to the name written a few lines below it, a family name first."""
    line = layout.signer_line
    if is_name_line(line.stripped) and not _title_without_tones(line.stripped):
        return line
    # The signature's strokes read as specks ("` ` x ọ / =j `", "— —.»zf") are no line of the seal's
    # ring: they do not count among the lines the name may sit below.
    later = [ln for ln in layout.lines if ln.start > line.start and ln.stripped and not _strokes(ln.stripped)][:SEAL_LINES]
    earlier = [ln for ln in layout.lines if ln.start < line.start and ln.stripped][-2:]
    on_behalf = any((m := AUTHORITY_LINE.match(fold(ln.stripped))) and authority_label(m.group("a")) == "T/M" for ln in earlier)
    for ln in later:
        m = AUTHORITY_LINE.match(fold(ln.stripped))
        if m and on_behalf and authority_label(m.group("a")) != "T/M":
            on_behalf = False  # "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": one block (Decree 30, Appendix I)
            continue
        if m:
            break  # a second signature's block (a joint document): its name is not this signer's
        if (is_name_line(ln.stripped) or is_name_line(name_without_specks(ln.stripped))) and not ln.stripped.isupper():
            return ln
    return line


_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def _strokes(s: str) -> bool:
    """A line OCR read off a signature's strokes or a seal's specks: no word of two letters or more
    that is a syllable."""
    return not any(is_syllable(w) for w in _LETTER_RUN.findall(s))


# The first word of a title of several words that no family name shares: "Trưởng" (of "Trưởng ban",
# "Trưởng đoàn", and so "Trưởng cơ quan"), "Giám", "Chủ", "Bí". A name never opens with one.
_TITLE_HEADS = frozenset(
    fold(t.split()[0]) for t in M.SIGNER_TITLES
    if " " in t and t.split()[0].capitalize() not in M.SURNAMES
)
MISREAD_HEAD = 2  # "Ó" for "PHÓ", "KI." for "KT.": OCR keeps a letter or two of a title's first word


def _bare(s: str) -> str:
    return " ".join(strip_accents(fold(s)).strip(" .,").split())


_BARE_TITLES = frozenset(_bare(t) for t in M.SIGNER_TITLES)


def _title_without_tones(s: str) -> bool:
    """A title line in capitals read with a tone or a hook lost ("CHU TỊCH" for "CHỦ TỊCH": a fax's
    specks, the signature's stroke over the hook), which then reads as a family name and a given
    name. Decree 30 prints the title in capitals and the name in small letters, so only capitals
    are taken for the title ("Vũ Trường" is a name, "VỤ TRƯỞNG" the title)."""
    return s.isupper() and _bare(s) in _BARE_TITLES


def _reads_as_title(name: str, signature_lines: list) -> bool:
    """A candidate name that is a signer's title or what an authority signs for, as printed or with
    its first word misread (Decree 30/2020/NĐ-CP: authority, title, signature, NAME: when the seal
    or the signature covers the name, the title is the last readable line)."""
    words = name.split()
    if is_signature_title(name):
        return True
    if len(words) > 2 and len(words[0].strip(".,:;")) <= MISREAD_HEAD and is_signature_title(" ".join(words[1:])):
        return True
    if words[0].capitalize() not in M.SURNAMES and fold(words[0]) in _TITLE_HEADS:
        return True
    bare = _bare(name)
    for line in signature_lines:
        m = AUTHORITY_LINE.match(fold(squash(line.stripped)))
        rest = _bare(m.group("rest")) if m else ""
        # "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH", "T/M CƠ QUAN" / "TRƯỞNG CƠ QUAN": the title repeats it,
        # its tones maybe misread ("PHÓ CHỦ TICH").
        if len(rest.split()) >= 2 and (bare == rest or bare.endswith(" " + rest)):
            return True
    return False


def _from_metadata(rec: dict) -> dict | None:
    """A portal page cut before the signature still names the signer in its block ("Người ký:
    Nguyễn Văn Du"): the name, when it reads as one, with where it was read."""
    found = (rec.get("_metadata") or {}).get("signer")
    if not found:
        return None
    value = squash(found["text"])
    name = HONORIFIC.sub("", value).strip(" .,;")
    words, title = name.split(), None
    # "Người ký: Phó Chủ tịch Nguyễn Văn Du": some portals put the office before the name.
    for cut in range(1, len(words) - 1):
        before, after = " ".join(words[:cut]), " ".join(words[cut:])
        if is_signature_title(before) and is_name_line(after):
            words, title = words[cut:], name_case(before)
            break
    if not 2 <= len(words) <= 5 or not all(w[:1].isupper() and not garbled(w) for w in words):
        return None
    name = " ".join(words)
    start = found["start"] + max(0, found["text"].find(words[0])) if title else found["start"]
    rec.setdefault("spans", {})["signer"] = {"start": start, "end": found["end"]}
    return {"name": name, "title": title, "authority": None}
