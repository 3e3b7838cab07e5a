"""The digital-signature stamp that Vietnamese e-government software prints on a PDF:

    Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ      (or "Ký bởi: BỘ TÀI CHÍNH")
    Email: thongtinchinhphu@chinhphu.vn
    Cơ quan: VĂN PHÒNG CHÍNH PHỦ
    Thời gian ký: 14.04.2025 16:12:35 +07:00

It names who signed the file, not who signed the document: left in the text it would pass for
the issuer in the header or for the signer. It is read into a ``signing`` dict and taken out.
"""

from __future__ import annotations

import re

_LABELS = {
    "signer": re.compile(r"^\s*(?:Người\s+ký|Ký\s+bởi|Người\s+ký\s+số)\s*:\s*(?P<v>.*?)\s*$", re.I),
    "organization": re.compile(r"^\s*Cơ\s+quan\s*:\s*(?P<v>.*?)\s*$", re.I),
    "time": re.compile(r"^\s*Thời\s+gian\s+ký\s*:\s*(?P<v>.*?)\s*$", re.I),
    "email": re.compile(r"^\s*E-?mail\s*:\s*(?P<v>\S+@\S+?)\s*$", re.I),
}
# Labels only a stamp has: "Cơ quan:" and "Email:" alone may be ordinary text.
_ANCHORS = ("signer", "time")
_TIME = re.compile(
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?"
    r"(?:\s*(?P<tz>[+-]\d{2}:?\d{2}))?"
)
# "SAO Y; Bộ Khoa học và Công nghệ; 03/04/2025 16:23:18": a copy stamp on one line.
_ONE_LINE = re.compile(r"^\s*(?P<kind>SAO\s+Y|BẢN\s+SAO|TRÍCH\s+SAO)\s*;\s*(?P<org>[^;]+?)\s*;\s*(?P<time>[\d./: -]+)\s*$", re.I)
FIELDS = ("signer", "organization", "time", "email")


def iso_time(value: str) -> str | None:
    """ "14.04.2025 16:12:35 +07:00" -> "2025-04-14T16:12:35+07:00"."""
    m = _TIME.search(value)
    if not m:
        return None
    d, mo, y = int(m["d"]), int(m["m"]), int(m["y"])
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return None
    out = f"{y:04d}-{mo:02d}-{d:02d}"
    if m["H"]:
        out += f"T{int(m['H']):02d}:{m['M']}:{m['S'] or '00'}"
        if m["tz"]:
            tz = m["tz"].replace(":", "")
            out += f"{tz[:3]}:{tz[3:]}"
    return out


def pdf_date(raw: str) -> str | None:
    """A PDF date ("D:20250415162833+07'00'") as ISO 8601."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?", raw.strip())
    if not m:
        return None
    y, mo, d, hh, mm, ss, tz = m.groups()
    out = f"{y}-{mo}-{d}"
    if hh:
        out += f"T{hh}:{mm or '00'}:{ss or '00'}"
        if tz == "Z":
            out += "+00:00"
        elif tz:
            digits = tz.replace("'", "")
            out += f"{digits[:3]}:{digits[3:5] or '00'}"
    return out


def parse_stamp(lines: list[str]) -> dict | None:
    """The signing dict when these lines are a signature stamp, else None."""
    found: dict[str, str] = {}
    extra: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        one = _ONE_LINE.match(line)
        if one:
            found.setdefault("organization", one["org"])
            found.setdefault("time", one["time"])
            continue
        for key, pattern in _LABELS.items():
            m = pattern.match(line)
            if m and m["v"]:
                found.setdefault(key, m["v"])
                break
        else:
            extra.append(line.strip())
    if not any(k in found for k in _ANCHORS):
        return None
    signing = {k: found.get(k) for k in FIELDS}
    if signing["time"]:
        signing["time"] = iso_time(signing["time"]) or signing["time"]
    # "SAO Y / Ngân hàng Nhà nước Việt Nam / Thời gian ký: ...": the unlabelled line is the body.
    names = [x for x in extra if not re.fullmatch(r"(?i)sao\s+y|bản\s+sao|trích\s+sao", x)]
    if not signing["organization"] and names:
        signing["organization"] = names[0]
    return signing


def _label_of(line: str) -> str | None:
    for key, pattern in _LABELS.items():
        if pattern.match(line):
            return key
    return "one-line" if _ONE_LINE.match(line) else None


def remove_stamps(lines: list[str]) -> tuple[list[str], list[dict]]:
    """Take stamp lines out of a page's lines: (the other lines, the stamps read).

    A stamp is a run of labelled lines (at most one unlabelled line between them) holding a
    "Người ký"/"Ký bởi" or "Thời gian ký" line; "Cơ quan:" alone is left where it is.
    """
    keep = [True] * len(lines)
    stamps = []
    i = 0
    while i < len(lines):
        if _label_of(lines[i]) is None:
            i += 1
            continue
        j = i
        labels = []
        while j < len(lines):
            label = _label_of(lines[j])
            if label is None:
                if j + 1 < len(lines) and _label_of(lines[j + 1]) in ("signer", "time", "email") and j > i:
                    j += 1  # a stamp line wrapped, or its "SAO Y" title
                    continue
                break
            labels.append(label)
            j += 1
        if any(lab in _ANCHORS or lab == "one-line" for lab in labels):
            start = i - 1 if i > 0 and re.fullmatch(r"\s*(?i:sao\s+y)\s*", lines[i - 1]) else i
            stamp = parse_stamp(lines[start:j])
            if stamp:
                stamps.append(stamp)
                for k in range(start, j):
                    keep[k] = False
        i = max(j, i + 1)
    return [ln for ln, k in zip(lines, keep) if k], stamps


# The arrival stamp an office prints or presses on a document it receives, boxed at the top of the
# first page: "CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ / ĐẾN Giờ: ... Ngày: 02/12/2024". OCR reads it
# as lines of its own (or a cell beside the header), which would pass for an issuer or a date.
# The receiving office in capitals, OCR-damaged as it usually is ("CỔNG THÔNG TTN ĐIỆN TỬ CHÍNH
# PHỦ", "ỒNG THÔNG TN ĐIỆN TỬ GHÍNH PHÙ", "cổNG lóc NG nụ TỬ CHÍNH PHỦ"), matched without marks.
_PORTAL = re.compile(r"\bt\w{0,2}n\s+dien\s+tu\b|\bdien\s+tu\s+[cg]hinh\s+ph|\btu\s+[cg]hinh\s+phu\s*$")
_ARRIVED = re.compile(r"^\W*Đ[ẾÈEÉẼ]N(?P<rest>\W.*|)$")
# A blank of the stamp on its own: "Ngày:..", "ngày... 2.142.12028", "Gi1,....".
_STAMP_BLANK = re.compile(r"^\W*(?:(?:ng|gi|ti)\w{0,4})?\s*[:.,]*[.\d/,\s]*\.{2,}[.\d/,\s]*$", re.I)
_WORD = re.compile(r"[^\W\d_]+")


def _is_arrival_cell(cell: str) -> bool:
    from plankb.extractors.text import strip_accents

    letters = [ch for ch in cell if ch.isalpha()]
    if letters and _PORTAL.search(strip_accents(cell).lower().replace("đ", "d")):
        return sum(ch.isupper() for ch in letters) >= 0.6 * len(letters)
    if _STAMP_BLANK.match(cell) and any(ch.isdigit() or ch == "." for ch in cell):
        return True
    m = _ARRIVED.match(cell)
    if not m:
        return False
    # "ĐẾN" and the stamp's blanks ("ĐẾN Giờ: ...", "ĐẾN 2021...", specks), not "ĐẾN NĂM 2030" in a title
    first = _WORD.search(m["rest"])
    return first is None or first.group(0) in ("Gi", "GI", "Giờ", "Ngày", "ngày", "Ngáy", "Số") or not (first.group(0).isupper() and len(first.group(0)) > 1)


def drop_arrival_stamp(lines: list[str]) -> list[str]:
    """The lines of a scanned page without the cells of an arrival stamp (a row's cells are
    separated by tabs: the header beside the stamp stays). A line that held only the stamp and
    its specks becomes blank, so that what stood above and below it stays apart."""
    out = []
    for line in lines:
        cells = line.split("\t")
        kept = [c for c in cells if not _is_arrival_cell(c.strip())]
        if len(kept) == len(cells):
            out.append(line)
            continue
        kept = [c for c in kept if _WORDLIKE.search(c)]  # the stamp's other specks ("11014", "|") go with it
        out.append("\t".join(kept))
    return out


_WORDLIKE = re.compile(r"[^\W\d_]{3,}")
