"""Plain text and Markdown: detect the encoding (never assume it) and decode."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

from plankb.extractors.readers import legacy_vn
from plankb.extractors.source import ReadError, Source, read_bytes

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".text": "txt"}

# Vietnamese letters that only a right decoding produces; a wrong one gives mojibake instead.
_VIET = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")
# Letters only Vietnamese has: a Western code page never decodes into them.
_ONLY_VIET = re.compile(r"[ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
_MOJIBAKE = re.compile(r"[ÃÂÆÐ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def decode(data: bytes, path: str = "") -> tuple[str, str, list[tuple[str, str]]]:
    """Return (text, encoding, warnings). UTF-8 (with or without BOM), UTF-16, Windows-1258."""
    warnings: list[tuple[str, str]] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", warnings
    # UTF-16 without a BOM: every other byte of ASCII text is NUL.
    if len(data) >= 4 and data.count(0) > len(data) // 4:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        return data.decode(enc, errors="replace"), enc, warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if _MOJIBAKE.search(text) and len(_MOJIBAKE.findall(text)) > len(_VIET.findall(text)):
            # UTF-8 read as Windows-1252 and saved again: undo the double encoding when it is one.
            try:
                fixed = text.encode("cp1252").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            else:
                warnings.append(("double-encoded", f"{path}: text was UTF-8 encoded twice; repaired"))
                return fixed, "utf-8 (double-encoded)", warnings
        if _legacy_marks(text):  # TCVN3 or VNI text read as Windows-1252 and saved again as UTF-8
            readings = {"utf-8": text}
            readings.update((enc, t) for enc in legacy_vn.NAMES if (t := legacy_vn.convert_text(text, enc)) is not None)
            enc = legacy_vn.detect(readings)
            if enc:
                warnings.append(_legacy_warning(path, enc, "saved again as UTF-8 without converting"))
                return readings[enc], f"utf-8 ({enc})", warnings
        return text, "utf-8", warnings
    # A legacy 8-bit code page: Windows-1258 is the Vietnamese one; score it against 1252.
    candidates = []
    for enc in ("cp1258", "cp1252"):
        text = data.decode(enc, errors="replace")
        score = len(_ONLY_VIET.findall(unicodedata.normalize("NFC", text))) - 5 * text.count("\ufffd")
        candidates.append((score, enc, text))
    candidates.sort(reverse=True)
    _score, enc, text = candidates[0]
    if _legacy_marks(text):  # the Vietnamese font encodings of old Word files: TCVN3 (ABC), VNI
        readings = {enc: text, **{name: legacy_vn.convert(data, name) for name in legacy_vn.NAMES}}
        legacy = legacy_vn.detect(readings)
        if legacy:
            warnings.append(_legacy_warning(path, legacy, "not UTF-8"))
            return readings[legacy], legacy, warnings
    warnings.append(("legacy-encoding", f"{path}: not UTF-8; decoded as {enc}"))
    if "\ufffd" in text:
        warnings.append(("undecodable-bytes", f"{path}: some bytes could not be decoded"))
    return text, enc, warnings


# Latin-1 letters and signs the two font encodings write Vietnamese letters with ("B¸o c¸o",
# "Keá hoaïch"); a page of real Vietnamese (or French) in 1252 has few of them among its letters.
_LEGACY_MARKS = re.compile("[\u00a1-\u00ff]")


def _legacy_marks(text: str) -> bool:
    sample = text[:200_000]
    marks = len(_LEGACY_MARKS.findall(sample))
    return marks >= 5 and marks > 2 * len(_ONLY_VIET.findall(sample))


def _legacy_warning(path: str, encoding: str, how: str) -> tuple[str, str]:
    message = f"{path}: {how}; detected {legacy_vn.NAMES[encoding]} and converted to Unicode"
    if encoding == "tcvn3":
        message += " (text set in its capitals fonts, .VnTimeH, and typed in lower case comes out in lower case)"
    return "legacy-encoding", message


def read(path: Path) -> Source:
    data = read_bytes(path, empty_ok=True)  # empty is judged on the decoded text
    if _has_stray_nuls(data):
        raise ReadError(f"{path}: not a text file (NUL bytes: binary content)")
    text, encoding, warnings = decode(data, str(path))
    if not text.strip():
        raise ReadError(f"{path}: the file is empty (no text)")
    if _mostly_not_text(text):
        raise ReadError(f"{path}: not a text file (mostly control or undecodable characters: binary content)")
    fmt = FORMATS.get(path.suffix.lower(), "txt")
    if _HTML_SOURCE.match(text):
        text = html_to_text(text)
        warnings.append(("html-source", f"{path}: a web page saved as its HTML source; read its title and text"))
    source = Source(str(path), fmt, hashlib.sha256(data).hexdigest(), text, warnings=warnings)
    source.meta["encoding"] = encoding
    # Text exported from PDF is hard-wrapped at the page width: many lines of similar length.
    source.soft_wrapped = looks_soft_wrapped(text)
    return source


def _has_stray_nuls(data: bytes) -> bool:
    """NUL bytes that are not UTF-16's: text has none, UTF-16 (with or without BOM) has those of
    its ASCII letters all on one side of each pair; a few at the end are an editor's padding."""
    sample = data[:1_000_000].rstrip(b"\0")
    nuls = sample.count(0)
    if not nuls or data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    utf16 = nuls > len(sample) // 4 and min(even, odd) * 4 < max(even, odd)
    return not utf16


# Characters no text is made of: controls other than layout ones, unassigned or private code
# points, and what could not be decoded. A few are noise; this many is a binary file.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd\ue000-\uf8ff\ud800-\udfff]")


def _mostly_not_text(text: str) -> bool:
    sample = text[:1_000_000]
    return len(_NOT_TEXT.findall(sample)) > 0.05 * len(sample)


def looks_soft_wrapped(text: str) -> bool:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 20:
        return False
    long_lines = [ln for ln in lines if len(ln) > 50]
    # Word exports one paragraph per line: many lines are far longer than a printed line.
    very_long = sum(1 for ln in lines if len(ln) > 200)
    return very_long < len(lines) * 0.05 and len(long_lines) > len(lines) * 0.4


# A web page saved (or crawled) as its HTML source rather than its text: the page's headline is in
# <title>, the article in <body>; the markup, scripts and the <head>'s metadata are no text of it.
_HTML_SOURCE = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])", re.I)
_BLOCK_TAGS = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6",
               "title", "table", "ul", "ol", "section", "article", "header", "footer", "blockquote"}
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg"}


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._in_head = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "head":
            self._in_head = True
        elif tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS and self._skip:
            self._skip -= 1
        elif tag == "head":
            self._in_head = False
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._skip or (self._in_head and not self._in_title):
            return
        self.parts.append(data)


def html_to_text(source: str) -> str:
    """The text a browser shows of an HTML page: its title line, then its body's text, one line per
    block; markup, scripts and the head's metadata dropped. A source cut inside its head keeps the
    title (the cut tag at the end is dropped with the markup)."""
    parser = _PageText()
    parser.feed(source)
    parser.close()
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in "".join(parser.parts).splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
