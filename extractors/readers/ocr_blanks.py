"""The number and the date written into a scanned document's blanks, read a second time.

An issued document's number and day are often written by hand (or stamped) into the blanks the
typist left: "Số: 757 /QĐ-TTg", "Hà Nội, ngày 14 tháng 4 năm 2025". Tesseract's Vietnamese model
reads such handwriting badly ("Á4", "g4", a number dropped or misread as another), so the number
line and the date line Tesseract found are cropped and read again, each as one line, by the second
engine's recognizer (ocr_lines: PP-OCRv5's, trained on handwriting), and its digits replace
Tesseract's in those two lines. A slot v5 does not read as digits is read by PP-OCRv4's recognizer
on the same crop (v4 reads some hands v5 does not, and a flagged "1" worse: v5 comes first).

Misreadings of handwritten digits are the shapes of the digits: a "1" with its long flag reads
"A" or "Λ", an open "4" reads "H", a "9" "g", a "2" drawn as a stroke down and a flat base "L". Those are read as the digit; a slot where anything
else stands is unknown and left blank (the date then stays unknown, never a guess); a slot neither
recognizer reads keeps Tesseract's reading.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from plankb.extractors import symbols
from plankb.extractors.dates import LONG_DATE, parse_full_date
from plankb.extractors.patterns.grammar import PLACE
from plankb.extractors.patterns.layout_markers import MOTTOS
from plankb.extractors.readers import ocr_lines
from plankb.extractors.readers.positioned import Word
from plankb.extractors.text import fold, strip_accents

# Letters the recognizer gives for handwritten digits (and the usual O/0, l/1 confusions).
_DIGIT_SHAPES = str.maketrans({"A": "1", "Λ": "1", "l": "1", "I": "1", "|": "1", "H": "4", "h": "4", "g": "9",
                               "L": "2", "O": "0", "o": "0", "D": "0"})
BLANK = "..."
_SLOT_PUNCTUATION = "-.,;:'`"  # a dash or a dot between the number and the next word ("07-tháng") is none of its digits

# Lines as the second engine reads them: no Vietnamese marks, "Số" often as "S6".
_NUMBER_LINE = re.compile(r"^\W{0,2}[Ss][o6ốôó0]\s*[:;.]?\s*(?P<num>[^/\s]{1,6}?)\s*(?=/|-[A-Z]|$)")
# The slash lost between the number and the code ("S6: 227MTTQ-BTT"): digits, then the code's capitals.
_NUMBER_LINE_NO_SLASH = re.compile(r"^\W{0,2}[Ss][o6ốôó0]\s*[:;.]?\s*(?P<num>\d{1,5})(?=[A-ZĐ]{2,}[\w&]*-[A-ZĐ]{2,})")
# "thang" read with a letter more or less ("thaing", "thng") is still the month's word; a sign or
# two before "ngay" is the end of the word the crop cut ("i ngay 26": "thông qua ngày 26").
_DATE_LINE = re.compile(r"(?:^\s*(?:\S{1,2}\s+(?=ngay))?(?:ngay)?|,\s*ngay)\s*(?P<day>\S{0,3}?)\s*th[a-z]{0,2}ng\s*(?P<month>\S{1,3}?)(?=\s|nam|$)(?:\s*nam\s*(?P<year>\S{4}))?", re.I)

# Tesseract's lines: "Số:", "SỐ:", "Sô:"; the date's words, however the day beside them was read.
_TESS_NUMBER = re.compile(r"^\W{0,2}s[ốôoó0-9]\s*[:;.]", re.I)
# A Party document writes "Số" with no colon (Guidance 36-HD/VPTW: "Số 210-CV/BTGDVTU"): the word
# alone, with a capital (a sentence's "số 154/2020/NĐ-CP" is a citation), and a code ("-" or "/")
# in the words after it.
_TESS_NUMBER_WORD = re.compile(r"^\W{0,2}s[ốôoó0]$", re.I)
_TESS_DAY_WORD = re.compile(r"^ng[àaạả]")
_TESS_MONTH_WORD = re.compile(r"^th[áa]ng$")
_TESS_YEAR_WORD = re.compile(r"^\S{0,3}?n[ăa]m$")  # the month's digits glued to it ("lInăm" for "11 năm") are read again
# An act a body adopts (a law, a resolution of the National Assembly, its Standing Committee or a
# People's Council) may carry no place-and-date line: its date is that of the closing sentence,
# "... thông qua ngày 26 tháng 3 năm 2025", read again as a date line is.
_ADOPTED = "qua"

HEADER_SHARE = 0.45  # the symbol and the date stand in the top of the first page...
# ...but for a consolidated text (văn bản hợp nhất), whose number and day are written into the
# authentication block after its last article ("XÁC THỰC VĂN BẢN HỢP NHẤT / Số: 04/VBHN-NHNN /
# Hà Nội, ngày 31 tháng 3 năm 2025"), anywhere on the page that signs: END_SHARE.
END_SHARE = 1.0


def digits(slot: str) -> str | None:
    """The number a slot holds, its handwriting shapes read as digits; None when it holds anything else."""
    value = slot.strip(_SLOT_PUNCTUATION).translate(_DIGIT_SHAPES)
    return value if value.isdigit() else None


def read_blanks(lines: list[str]) -> dict[str, str | None]:
    """What the second engine's lines say for the number and the date: keys present only for the
    slots it found ("number", "day", "month", "year"), None where the slot is not digits."""
    found: dict[str, str | None] = {}
    for text in map(_plain, lines):
        m = _NUMBER_LINE_NO_SLASH.match(text) or _NUMBER_LINE.match(text)  # "04VBHN-NHNN": the digits, then the code
        if m and "number" not in found:
            found["number"] = digits(m["num"])
            found["code"] = text[m.end("num") :].strip()
        m = _DATE_LINE.search(text)
        if m and "day" not in found:
            day, month, year = (digits(m[k] or "") for k in ("day", "month", "year"))
            found["day"] = day if day and 1 <= int(day) <= 31 else None
            found["month"] = month if month and 1 <= int(month) <= 12 else None
            found["year"] = year
    return found


def _plain(text: str) -> str:
    """The second engine's text without marks and in half-width forms ("Só：" is "So:"): its
    patterns are written without marks, as v4 read them."""
    return strip_accents(unicodedata.normalize("NFKC", text))  # strip_accents makes "đ" "d" too


def blank_lines(width: float, height: float, rows: list, share: float = HEADER_SHARE) -> tuple[list[Word] | None, list[Word] | None]:
    """Tesseract's words of the number line ("Số: .../QĐ-TTg") and of the place-and-date line
    among the rows in the top ``share`` of a page (None for a line not found)."""
    number_words = date_words = None
    for row in rows:
        if row.top > share * height:
            break
        words = sorted(row.words, key=lambda w: w.x0)
        if number_words is None:
            left = [w for w in words if w.x0 < 0.5 * width]
            start = next((i for i, w in enumerate(left) if _TESS_NUMBER.match(fold(w.text))
                          or (_TESS_NUMBER_WORD.match(fold(w.text)) and w.text.lstrip("\"'“(")[:1] == "S"
                              and any(ch in x.text for x in left[i + 1 : i + 3] for ch in "-/"))), None)
            if start is not None and start <= 1:
                number_words = _phrase(left[start:])
        if date_words is None:
            where = _date_words(words)
            if where is not None:
                date_words = words[where[0] : where[2] + 2]
    return number_words, date_words


_SIGNS = re.compile(r"^(?:[^\w\s]|_){1,3}$")  # a word of signs alone: a speck, a stroke, a dash
_SPECKS_AFTER = re.compile(r"(?<=[^\W_])[_`'\"~|¬^]+$")  # signs glued after a code's last letter ("KH-UBND_`")


def mend_number_line(width: float, height: float, rows: list, lines: list[list[Word]]) -> bool:
    """The number line without what a copier's specks added to it: a word of signs alone before
    "Số" ("- Số: 2739/VPCP-ĐMDN": no header line starts with a dash) and signs glued after the
    code's last letter ("14092/KH-UBND_`"). ``lines`` are mended in place; True when a word changed."""
    number_words, _date = blank_lines(width, height, rows)
    if not number_words:
        return False
    first, last = number_words[0], number_words[-1]
    home = next((line for line in lines if any(w is first for w in line)), None)
    if home is None:
        return False
    level = (first.top + first.bottom) / 2
    before = [w for w in home if w.x1 <= first.x0 and _SIGNS.match(w.text) and w.top <= level <= w.bottom + (first.bottom - first.top)]
    tail = _SPECKS_AFTER.search(last.text) if "/" in last.text or "-" in last.text else None
    code = _code_mended(last.text[: tail.start()] if tail else last.text)
    if not before and not tail and code == last.text:
        return False
    home[:] = [w for w in home if not any(w is b for b in before)]
    if code != last.text:
        cut = Word(last.x0, last.x1, last.top, last.bottom, code)
        for line in lines:
            line[:] = [cut if w is last else w for w in line]
    return True


def _code_mended(text: str) -> str:
    """A symbol's code parts read with "Đ" for "D" or "D" for "Đ" (the bar a scan adds or loses:
    "14092/KH-UBNĐ", "04/NQ-HDND") as the known code they are then; a part that is known, or that
    neither way is, stays."""
    if "/" not in text and "-" not in text:
        return text
    parts = re.split(r"([/-])", text)
    for k, part in enumerate(parts):
        if not re.fullmatch(r"[A-ZĐ]{2,}", part) or _known_code(part):
            continue
        bars = [i for i, ch in enumerate(part) if ch in "DĐ"][:4]
        variants = set()
        for letters in itertools.product("DĐ", repeat=len(bars)):
            chars = list(part)
            for i, ch in zip(bars, letters):
                chars[i] = ch
            variants.add("".join(chars))
        known = {v for v in variants if v != part and _known_code(v)}
        if len(known) == 1:
            parts[k] = known.pop()
    return "".join(parts)


def _known_code(part: str) -> bool:
    return bool(symbols.type_code(part) or symbols.known_issuer(part))


def slot_boxes(width: float, number_words: list[Word] | None, date_words: list[Word] | None) -> dict[str, tuple[float, float, float, float]]:
    """The crop of each line to read again ("number", "date"; x0, top, x1, bottom in points): the
    line as Tesseract found it, with room above and below for handwriting taller than the print,
    and, after a number line, room for a number and a code Tesseract lost ("Số:" alone)."""
    boxes = {}
    for key, words in (("number", number_words), ("date", date_words)):
        if not words:
            continue
        size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        x0, x1 = words[0].x0 - size / 2, words[-1].x1 + size / 2
        if key == "date" and not _TESS_DAY_WORD.match(fold(words[0].text)):
            x0 -= DAY_ROOM * size  # Tesseract lost "ngày" with the day written over it: read where they stood
        if key == "number" and not any("/" in w.text for w in words):  # Tesseract lost the code too
            x1 = max(x1, min(words[0].x0 + ROOM_AFTER_NUMBER * size, 0.5 * width))
        boxes[key] = (max(0.0, x0), max(0.0, min(w.top for w in words) - MARGIN * size),
                      min(width, x1), max(w.bottom for w in words) + MARGIN * size)
    return boxes


MARGIN = 0.1  # a handwritten number stands a little taller than the line it is written into (0.25 and 0.4: more digits misread on the shared scans)
DAY_ROOM = 4  # line heights: "ngày 16 " before "tháng"
ROOM_AFTER_NUMBER = 12  # line heights after "Số:": a number and a code ("1482/QĐ-TTg" is nine)


def fill_blanks(path: str, index: int, width: float, height: float, rows: list, lines: list[list[Word]], share: float = HEADER_SHARE) -> bool:
    """Read the number and date lines of a scanned page (the first: in its top ``share``) again and
    put the digits read into Tesseract's lines (``lines``, in place; ``rows`` are the page's rows
    built from them). True when a word changed."""
    if ocr_lines.slots_unavailable() is not None:
        return False
    number_words, date_words = blank_lines(width, height, rows, share)
    boxes = slot_boxes(width, number_words, date_words)
    if not boxes:
        return False
    found = _read_slots(path, index, boxes, "v5")
    unknown = {key: box for key, box in boxes.items() if not _known(key, found)}
    if unknown:  # what v5 could not read as digits, v4 may: its reading fills those slots only
        again = _read_slots(path, index, unknown, "v4")
        for key, group in (("number", ("number", "code")), ("day", ("day", "month", "year"))):
            if again.get(key) is not None:  # the slot with what v4 read around it ("/VBHN-NHNN", the month)
                found.update({k: again[k] for k in group if k in again})
    _ink_digits(path, index, boxes, found)
    _gap_digits(path, index, number_words, date_words, found)
    changed = False
    if number_words and "number" in found:
        changed |= _replace(lines, number_words, _number_words(number_words, found["number"], found.get("code")))
    if date_words and "day" in found:
        changed |= _replace(lines, date_words, _new_date_words(date_words, found))
    return changed


def _ink_digits(path: str, index: int, boxes: dict[str, tuple[float, float, float, float]], found: dict[str, str | None]) -> None:
    """The number and the day written in another ink than the print, read from that ink alone
    (ocr_lines.read_ink_slots) by both recognizers: put in ``found`` when the two read the same
    digits and the line's reading had none, or only their last ones ("93" for "493": the line's
    reading merged the first digit into "Số:"). Two inks' readings that disagree change nothing."""
    keys = {"number": "number", "date": "day"}
    wanted = [key for key in boxes if key in keys]
    if not wanted:
        return
    band = ocr_lines.band_of([boxes[k] for k in wanted])  # the band of all the lines, read or not: its pixels
    # a day of two digits: what the ink could add is a first digit, which makes no day of a month
    wanted = [key for key in wanted if not (key == "date" and len(found.get("day") or "") == 2)]
    if not wanted:
        return
    reads = ocr_lines.read_ink_slots(path, index, [boxes[k] for k in wanted], band)
    for key, pair in zip(wanted, reads):
        values = {digits(text.strip()) or "" for text in pair}
        value = values.pop() if len(values) == 1 else ""
        if not value or (key == "date" and not 1 <= int(value) <= 31):
            continue
        _fill(found, keys[key], value)


def _fill(found: dict[str, str | None], slot: str, value: str) -> None:
    """``value`` put in ``found[slot]`` when the line's reading had no digits there, or only the
    last of ``value``'s (a first digit lost to the word before it); kept as it was when both agree."""
    line = found.get(slot)
    if line is None or (value != line and value.endswith(line)):
        found[slot] = value


def _conflicting(found: dict[str, str | None], slot: str, value: str) -> bool:
    """Whether ``value`` and the line's reading of ``slot`` are two different numbers: neither the
    same, nor one of them the other's last digits (the shorter lost a first digit: the longer stands)."""
    line = found.get(slot)
    return line is not None and not value.endswith(line) and not line.endswith(value)  # one lost the other's first digits


# The blank between two printed words, as Tesseract placed them: "Số:" and the code after it
# ("Số: 1482 /QĐ-TTg"), "ngày" and "tháng" ("ngày 29 tháng"). Read alone, what is written there
# is digits and nothing else: no printed letter for the recognizer to merge a first digit into
# ("Số 113-CV" read "Số 3-CV" as one line, "ngày 13" read "ngày 3"); "tháng" and "năm" alike.
GAP_MARGIN = 0.1, 0.2  # line heights: off the printed words either side, and above and below


def gap_boxes(number_words: list[Word] | None, date_words: list[Word] | None) -> dict[str, tuple[float, float, float, float]]:
    """The blank of the number ("number": between "Số" and a code word starting with "/" or "-"),
    of the day ("day": between "ngày" and "tháng" when Tesseract read both as words of their own)
    and of the month ("month": between "tháng" and "năm"), x0, top, x1, bottom in points; a blank
    Tesseract did not leave between words is none."""
    gaps = {}
    if number_words and len(number_words) >= 2 and number_words[1].text[:1] in "/-":
        gaps["number"] = (number_words[0], number_words[1], number_words)
    folded = [fold(w.text) for w in date_words or []]
    month = next((i for i in (1, 2) if i < len(folded) and _TESS_MONTH_WORD.match(folded[i])), None)
    if month is not None and folded[0] == "ngày":
        gaps["day"] = (date_words[0], date_words[month], date_words)
    elif month is not None and folded[0].startswith("ngày") and len(folded[0]) > 4 and not folded[0][4].isalpha():
        # the day (or a sign) glued to "ngày" ("ngày-14", "ngày,¿J"): the word's first four letters' share is "ngày"
        first = date_words[0]
        cut = first.x0 + (first.x1 - first.x0) * 4 / len(first.text)
        gaps["day"] = (Word(first.x0, cut, first.top, first.bottom, "ngày"), date_words[month], date_words)
    if month is not None and month + 2 < len(folded) and any(folded[k] == "năm" for k in (month + 1, month + 2)):
        year = next(k for k in (month + 1, month + 2) if folded[k] == "năm")
        gaps["month"] = (date_words[month], date_words[year], date_words)
    boxes = {}
    for key, (before, after, words) in gaps.items():
        size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        x0, x1 = before.x1 + GAP_MARGIN[0] * size, after.x0 - GAP_MARGIN[0] * size
        if x1 - x0 >= size / 2:  # room for a digit
            boxes[key] = (x0, min(w.top for w in words) - GAP_MARGIN[1] * size, x1, max(w.bottom for w in words) + GAP_MARGIN[1] * size)
    return boxes


def _gap_digits(path: str, index: int, number_words: list[Word] | None, date_words: list[Word] | None, found: dict[str, str | None]) -> None:
    """The blanks read alone by v5 (``gap_boxes``): put in ``found`` where the line's reading had
    none of the digits or only their last ones; a blank read as another number than the line's
    makes the slot unknown (two readings that disagree are no reading)."""
    every = gap_boxes(number_words, date_words)
    boxes = {key: box for key, box in every.items() if key in found and not _read_twice_whole(key, found, date_words or [], box)}
    if not boxes:
        return
    band = ocr_lines.band_of(list(every.values()))  # the band of all the blanks, read or not: its pixels
    for key, (text, _conf) in zip(boxes, ocr_lines.read_slots(path, index, list(boxes.values()), "v5", band)):
        value = digits(text.strip())
        if not value or key not in found or not 1 <= int(value) <= {"number": 1 << 30, "day": 31, "month": 12}[key]:
            continue  # (a line the second engine did not read as a number or a date line: its other slots unknown)
        if _conflicting(found, key, value):
            found[key] = None
        else:
            _fill(found, key, value)


def _read_twice_whole(key: str, found: dict[str, str | None], date_words: list[Word], box: tuple[float, float, float, float]) -> bool:
    """Whether the day's or the month's blank needs no reading alone: the second engine's line and
    Tesseract's word in the blank (its one word there, all digits) read the same number, and one
    with no first digit to lose (a day of two digits; a month of two, or 3 to 9: "1" and "2" may
    be "11" and "12"). Read alone, the blank could then only give the same number again, or one
    out of range (left out), or the same with a zero before it, or another number that two
    readings outvote."""
    value = found.get(key)
    if key not in ("day", "month") or not value or not (len(value) == 2 or (key == "month" and len(value) == 1 and value in "3456789")):
        return False
    inside = [w for w in date_words if box[0] <= (w.x0 + w.x1) / 2 <= box[2]]
    return len(inside) == 1 and inside[0].text == value


def _read_slots(path: str, index: int, boxes: dict[str, tuple[float, float, float, float]], version: str) -> dict[str, str | None]:
    texts = dict(zip(boxes, (text for text, _conf in ocr_lines.read_slots(path, index, list(boxes.values()), version))))
    return read_blanks([texts.get("number", ""), texts.get("date", "")])


def _known(key: str, found: dict[str, str | None]) -> bool:
    """Whether the number line's number, or the date line's day, was read as digits."""
    return found.get("number" if key == "number" else "day") is not None


_CODE_WORD = re.compile(r"[A-ZĐ][A-ZĐ&]+(?:-[A-ZĐ&]+)+[.,]?")  # a code in capitals with a dash: "LĐLĐ-CTCĐ"


def _phrase(words: list[Word]) -> list[Word]:
    """"Số:", the blank, and the code from its first "/" to the first space wider than a letter's
    height: the symbol, not the place-and-date line beside it in the same row."""
    slash = next((i for i, w in enumerate(words) if "/" in w.text), None)
    if slash is None:  # the code's "/" lost ("Số: LĐLĐ-CTCĐ"): the code is the next word that holds a "-"
        dash = next((i for i, w in enumerate(words[1:3], 1) if _CODE_WORD.fullmatch(w.text)), None)
        return words[: dash + 1] if dash is not None else words[:1]
    out = words[: slash + 1]
    for w in words[slash + 1 :]:
        if w.x0 - out[-1].x1 > max(w.bottom - w.top, out[-1].bottom - out[-1].top):
            break
        out.append(w)
    return out


def _replace(lines: list[list[Word]], old: list[Word], new: list[Word] | None) -> bool:
    """``old`` words out of the OCR lines, ``new`` in the line that held the first of them."""
    if new is None or [w.text for w in new] == [w.text for w in old]:
        return False
    ids = {id(w) for w in old}
    home = next(line for line in lines if any(id(w) in ids for w in line))
    for line in lines:
        line[:] = [w for w in line if id(w) not in ids]
    home.extend(new)
    return True


def _date_words(words: list[Word]) -> tuple[int, int | None, int] | None:
    """Where "ngày" (or, when Tesseract lost it, what follows the place's comma), "tháng" (None
    when Tesseract lost it) and "năm" stand in a row's words, or None when it holds no
    place-and-date line (its "ngày" starts the row, follows the place's comma or the adoption's
    "thông qua": not a date in a title)."""
    folded = [fold(w.text) for w in words]
    for day, f in enumerate(folded):
        if not _TESS_DAY_WORD.match(f) or (day and not folded[day - 1].endswith(",") and folded[day - 1] != _ADOPTED):
            continue
        year = next((i for i in range(day + 1, min(len(words), day + 7)) if _TESS_YEAR_WORD.match(folded[i])), None)
        if year is None:
            continue
        month = next((i for i in range(day + 1, year) if _TESS_MONTH_WORD.match(folded[i])), None)
        if (month is None and year - day <= 4) or (month is not None and month - day <= 3 and year - month <= 3):
            return day, month, year
    # "Hà Nội, tháng 4-| năm 2024": the day written by hand over "ngày" took the word with it; the
    # date starts after the place's comma (and what is left of the day, a few signs at most)
    for month, f in enumerate(folded):
        if not _TESS_MONTH_WORD.match(f) or not month:
            continue
        if folded[month - 1].endswith(","):
            start = month
        elif month > 1 and folded[month - 2].endswith(",") and len(words[month - 1].text) <= 3:
            start = month - 1
        else:
            continue
        year = next((i for i in range(month + 1, min(len(words), month + 4)) if _TESS_YEAR_WORD.match(folded[i])), None)
        if year is not None:
            return start, month, year
    return None


def _bare(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", strip_accents(text).lower().replace("đ", "d"))


def _number_words(words: list[Word], number: str | None, code: str | None) -> list[Word] | None:
    """"Số: <number>/QĐ-TTg" (a Party document's "Số <number>-CV/BTGDVTU"): what stands between
    "Số" and the "/" (or "-") that starts the code becomes ``number`` (blank when None). The code
    is Tesseract's (it has the marks: "QĐ"), from where its letters are those the second engine read
    after the number ("/74/UBND" read for "4532/UBND")."""
    text = " ".join(w.text for w in words)
    colon = re.match(r"\W{0,2}\S{2}\s*[:;.]", text)
    head = text[: colon.end()] if colon else words[0].text
    starts = [i for i, ch in enumerate(text) if ch in "/-" and i >= len(head)]
    if not starts:  # Tesseract lost the code too: the second engine's, when every part of it is a known code
        if not (number and code and _known_codes(code)):
            return None
        text, starts = head + " " + code.strip(), [len(head) + 1]
    cut = next((i for i in starts if text[i] == "/"), starts[0])  # without "/", the Party form's "-" starts the code
    if code:
        cut = next((i for i in starts if _bare(text[i:]).startswith(_bare(code))), cut)
        if "/" not in text[len(head) :] and code.lstrip().startswith("/"):
            # Tesseract lost the code's "/" ("Số LĐLĐ-CTCĐ"), the second engine kept it ("81/LDLD-CTCD"):
            # the code starts at the word that is the code's letters, with the "/" given back
            word = next((i for i in range(len(head), len(text)) if text[i - 1] == " " and _bare(text[i:]) == _bare(code)), None)
            if word is not None:
                text, cut = text[:word] + "/" + text[word:], word
    first, last = words[0], words[-1]
    step = (last.x1 - first.x0) / 3
    return [Word(first.x0, first.x0 + step - 0.1, first.top, first.bottom, head),
            Word(first.x0 + step, last.x1, first.top, first.bottom, (number or BLANK) + text[cut:].replace(" ", ""))]


def _known_codes(code: str) -> bool:
    """Whether a code read without marks ("/QD-TTg") is known codes throughout: a type code (its "Đ"
    restored when the symbol is read) or an issuer's; "/LDLD-CTCD" is not (its marks are unknown)."""
    parts = [p for p in re.split(r"[/-]", code.strip()) if p]
    return bool(parts) and all(symbols.type_code(p) or symbols.known_issuer(p) or re.fullmatch(r"(?:19|20)\d\d", p) for p in parts)


def _new_date_words(words: list[Word], found: dict[str, str | None]) -> list[Word] | None:
    """"ngày <day> tháng <month> năm <year>" with the slots read: unknown slots blank, a year the
    second engine could not read kept as Tesseract read it."""
    year_i = next((i for i, w in enumerate(words) if _TESS_YEAR_WORD.match(fold(w.text))), None)  # the words are the date's (_date_words)
    if year_i is None:
        return None
    year_word = words[year_i + 1].text if year_i + 1 < len(words) else ""
    tess_year = re.match(r"\d{4}", year_word)
    year = found.get("year") or (tess_year[0] if tess_year else None)
    trail = year_word[tess_year.end() :] if tess_year else ""
    texts = ["ngày", found.get("day") or BLANK, "tháng", found.get("month") or BLANK, "năm", (year or BLANK) + trail]
    if year is None and year_i + 1 == len(words):
        texts.pop()  # "năm" ends the row: a narrow column put the year on the next line, which keeps it
    start, end = words[0], words[-1]
    step = (end.x1 - start.x0) / len(texts)
    return [Word(start.x0 + k * step, start.x0 + (k + 1) * step - 0.1, start.top, start.bottom, t) for k, t in enumerate(texts)]


# --- the place-and-date line under a seal --------------------------------------------------------
# A seal stamped over the place-and-date line (a short letter signed high on its page, a copy's
# certifying stamp, an arrival stamp) takes its words with it in the page pass ("Bạc Liêu, ngày
# m 2018", "Hà Nội, NN 2026"). The band under the motto, where Decree 30/2020/NĐ-CP puts that line,
# is read again alone, in the red channel (a red seal fades there, the black print stays; a grey
# scan's red channel is its grey) as one block; its line that reads as a whole place and date
# takes the place of what the page pass read there.
# Composed of the header grammar's pieces (patterns/grammar.py, dates.py, patterns/layout_markers.py):
# the place before the date's comma, the date as LONG_DATE reads it after "ngày", and the motto
# line the date stands under, known by any part of the national motto (split at its dashes: a seal
# leaves "Độc lậ ... phúc") or by the Party's name (Guidance 36-HD/VPTW), its first three words.
_PLACE_COMMA = re.compile(rf"{PLACE}[ \t]*,")
_NATIONAL_MOTTOS = [motto for motto, organisation in MOTTOS.items() if organisation is None]
_MOTTO_WORDS = (*dict.fromkeys(_plain(part) for motto in _NATIONAL_MOTTOS if " - " in motto for part in motto.split(" - ")),
                *(_plain(" ".join(motto.split()[:3])) for motto, organisation in MOTTOS.items() if organisation == "Đảng"))
# A seal over the motto can leave only its first line's start ("DÂN CỘNG HÒA", the issuer's words
# before it): the band then starts under that line. The country's name, its first two words.
_MOTTO_FIRST_WORDS = tuple(_plain(" ".join(motto.split()[:2])) for motto in _NATIONAL_MOTTOS if "độc lập" not in motto)
# (in small letters: the header writes "ngày ... tháng ... năm"; a title's capitals cite another date)
_WHOLE_DATE = re.compile(rf"(?:^|,\s*|\s)ngày\s+{LONG_DATE}")
MOTTO_BAND = 7  # line heights under the motto: its rule, the date line, and a number row beside it (two-row header tables)


def _whole_date(text: str) -> re.Match | None:
    """The whole date (day, month, year) a line reads as once repaired, or None."""
    from plankb.extractors.readers.ocr_repairs import repair_line

    m = _WHOLE_DATE.search(repair_line(text)[0])
    return m if m and parse_full_date(m) else None


def _day_and_month(m: re.Match) -> tuple[int, int]:
    return int(m["d"]), int(m["m"].replace(" ", ""))


_DAY_AND_MONTH = re.compile(r"(?:^|,\s*|\s)ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?!\d)")


def _days_seen(rows: list, band: tuple[float, float, float, float]) -> set[tuple[int, int]]:
    """The day and month the page pass read in the band's rows where the seal spared them
    ("Lạng Sơn, ngày 05 tháng 9 nđi)' 018")."""
    from plankb.extractors.readers.ocr_repairs import repair_line

    seen = set()
    for row in rows:
        if band[1] <= (row.top + row.bottom) / 2 <= band[3]:
            for m in _DAY_AND_MONTH.finditer(repair_line(" ".join(w.text for w in row.words if w.x1 > band[0]))[0]):
                seen.add(_day_and_month(m))
    return seen


def has_whole_date(rows: list, band: tuple[float, float, float, float]) -> bool:
    """Whether a row in ``band`` (its words right of the band's left edge) reads as a whole date,
    with the year a narrow column put first on the next row ("... tháng 6 năm" / "2014")."""
    texts = [" ".join(w.text for w in sorted(row.words, key=lambda w: w.x0) if w.x1 > band[0])
             for row in rows if band[1] <= (row.top + row.bottom) / 2 <= band[3]]
    for text, below in zip(texts, [*texts[1:], ""]):
        year = re.match(r"(?:19|20)\d\d(?!\d)", below) if fold(text).endswith("năm") else None
        if _whole_date(text + (" " + year[0] if year else "")):
            return True
    return False


def date_band(width: float, height: float, rows: list) -> tuple[float, float, float, float] | None:
    """The band under the motto (or a Party document's "ĐẢNG CỘNG SẢN VIỆT NAM") on the right of
    the header, in points, or None when the page pass found no motto."""
    header = [row for row in rows if row.top <= HEADER_SHARE * height]
    for markers, lines_under in ((_MOTTO_WORDS, MOTTO_BAND), (_MOTTO_FIRST_WORDS, MOTTO_BAND + 2)):  # the first line: one more under it
        for row in header:
            words = [w for w in row.words if w.x0 > 0.3 * width]
            if words and any(k in _plain(fold(" ".join(w.text for w in words))) for k in markers):
                size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
                return (max(0.0, min(w.x0 for w in words) - 3 * size), max(w.bottom for w in words),
                        0.98 * width, min(height, max(w.bottom for w in words) + lines_under * size))
    return _date_row_band(width, height, header)


# What a seal leaves of a place-and-date line: the place's comma, then a year ("Mỹ Tho, SN 12 2009")
# or the month's or the year's word.
_DATE_REMNANT = re.compile(r"(?:(?<!\d)(?:19|20)\d\d\S{0,2}$|\bth[aá]ng\b|\bn[aă]m\b)")


def _date_row_band(width: float, height: float, rows: list) -> tuple[float, float, float, float] | None:
    """The band around the header's place-and-date line, known by what a seal left of it, when
    the page pass lost the motto above it (the same seal over both): None without such a row."""
    for row in rows:
        words = sorted((w for w in row.words if w.x0 > 0.4 * width), key=lambda w: w.x0)
        comma = next((i for i, w in enumerate(words) if re.fullmatch(r"[^\W\d_]+,", w.text)), None)
        if comma is None or not _DATE_REMNANT.search(fold(" ".join(w.text for w in words[comma + 1 :]))):
            continue
        start = max(0, comma - 3)  # the place's words before its comma
        size = sorted(w.bottom - w.top for w in words)[len(words) // 2]
        return (max(0.0, words[start].x0 - 3 * size), max(0.0, row.top - 1.5 * size),
                0.98 * width, min(height, row.bottom + 2.5 * size))
    return None


def date_under_seal(path: str, index: int, width: float, height: float, rows: list, lines: list[list[Word]], blocks: list[int]) -> bool:
    """Read the band under the motto again when no row of the header reads as a whole date, and
    put its place-and-date line in place of the page pass's words there (``lines`` and
    ``blocks`` in place). True when the line was put in."""
    from plankb.extractors.readers import ocr

    band = date_band(width, height, rows)
    if band is None or has_whole_date(rows, band):
        return False
    seen = _days_seen(rows, band)
    for line in _years_joined(_months_joined(ocr.region_words(path, index, band, "6", None, True))):
        line = _day_word_mended(line)
        m = _whole_date(" ".join(w.text for w in line))
        if not m or (seen and _day_and_month(m) not in seen):
            continue  # no date, or one the page pass read otherwise: two readings that disagree are no reading
        new = _place_and_date(line)
        if not new:
            continue
        _put_line(lines, blocks, new)
        return True
    return False


def _years_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """A line ending in "năm" with the year that stands first on the next line joined to it: a seal
    (or a narrow column) can make the year a line of its own ("... tháng 8 năm" / "2011 KG")."""
    out = [list(line) for line in lines]
    for line, below in zip(out, out[1:]):
        if line and below and fold(line[-1].text) == "năm" and re.fullmatch(r"(?:19|20)\d\d[.,]?", below[0].text) \
                and below[0].top >= line[-1].top:
            year, last = below.pop(0), line[-1]
            at = last.x1 + (last.bottom - last.top) / 3  # put on the line after "năm", where rows read it
            line.append(Word(at, at + year.x1 - year.x0, last.top, last.bottom, year.text))
    return [line for line in out if line]


def _months_joined(lines: list[list[Word]]) -> list[list[Word]]:
    """A line ending in "ngày" and the day with the month that begins the next line joined to it: a
    long place in a narrow right column ("Thành phố Hồ Chí Minh, ngày 03" / "tháng 9 năm 2019")
    wraps the date line there. The next line's words are put on the line after the day."""
    out = [list(line) for line in lines]
    for line, below in zip(out, out[1:]):
        if len(line) >= 2 and below and _TESS_DAY_WORD.match(fold(line[-2].text)) and _NUMBER.match(line[-1].text) \
                and strip_accents(fold(below[0].text)) == "thang" and below[0].top >= line[-1].top:
            last = line[-1]
            at = last.x1 + (last.bottom - last.top) / 3 - below[0].x0
            line += [Word(w.x0 + at, w.x1 + at, last.top, last.bottom, w.text) for w in below]
            below.clear()
    return [line for line in out if line]


_NUMBER = re.compile(r"^\d{1,2}$")
_GLUED_DAY_WORD = re.compile(r"^[^\W\d_]+,[^\W\d_]{2,6}\W?$")


_DAY_WORD_GLUED = re.compile(r"^(ng\w{1,3})['’`.,:;]{1,2}(\d{1,2})$")  # "ngày'07", "ngàỳ.05"


def _day_word_mended(line: list[Word]) -> list[Word]:
    """"ngày" put back where a seal's stroke spoilt it between the place's comma and the day
    ("Thái Nguyên, rígày' 10 tháng 6 năm 2014"): a short word that is no number, after a word
    ending in a comma, before a day's digits and "tháng". The line otherwise as it was.

    Two more marks a seal's ring leaves there: a speck in the space between "ngày" and the day
    joins them into one word ("ngày'07", "ngàỳ.05": cut apart again, and a "ngày" read with a
    stray tone mark, "ngàỳ", is put back too), and a speck over the place's
    comma makes it a semicolon ("Hà Nội; ngày 23 tháng 01 ...": the comma given back when
    "ngày", a day and "tháng" follow)."""
    split: list[Word] = []
    for w in line:
        m = _DAY_WORD_GLUED.match(w.text)
        if m and _TESS_DAY_WORD.match(fold(m[1])):
            at = w.x0 + (w.x1 - w.x0) * len(m[1]) / len(w.text)
            split += [Word(w.x0, at, w.top, w.bottom, m[1]), Word(at, w.x1, w.top, w.bottom, m[2])]
        else:
            split.append(w)
    line = split
    for i in range(1, len(line) - 2):
        if (line[i - 1].text.endswith(";") and _TESS_DAY_WORD.match(fold(line[i].text)) and _NUMBER.match(line[i + 1].text)
                and _TESS_MONTH_WORD.match(fold(line[i + 2].text))):
            w = line[i - 1]
            line = [*line[: i - 1], Word(w.x0, w.x1, w.top, w.bottom, w.text[:-1] + ","), *line[i:]]
            break
    glued = next((i for i, w in enumerate(line) if _GLUED_DAY_WORD.match(w.text)), None)
    if glued is not None:  # "Nguyên,rigày": the comma's word and the spoilt "ngày" apart
        word, cut = line[glued], line[glued].text.index(",") + 1
        at = word.x0 + (word.x1 - word.x0) * cut / len(word.text)
        line = [*line[:glued], Word(word.x0, at, word.top, word.bottom, word.text[:cut]),
                Word(at, word.x1, word.top, word.bottom, word.text[cut:]), *line[glued + 1 :]]
    for i in range(1, len(line) - 2):
        word = line[i]
        if (line[i - 1].text.endswith(",") and _NUMBER.match(line[i + 1].text) and _TESS_MONTH_WORD.match(fold(line[i + 2].text))
                and len(word.text) <= 7 and not any(ch.isdigit() for ch in word.text) and word.text != "ngày"):
            return [*line[:i], Word(word.x0, word.x1, word.top, word.bottom, "ngày"), *line[i + 1 :]]
    return line


def _place_and_date(line: list[Word]) -> list[Word] | None:
    """The place (one to four capitalised words before "ngày", the last with its comma) and the
    date of a line read in the band; None without a place: what the band cut of a number row
    beside it ("3/NQ-UBTVQH15 Hà Nội, ngày ...") is left out."""
    day = next((i for i, w in enumerate(line) if _TESS_DAY_WORD.match(fold(w.text))), None)
    if not day:
        return None
    if not line[day - 1].text.endswith(","):
        return None
    # the longest run of words before "ngày" that is a place as the header grammar writes it
    start = next((k for k in range(max(0, day - 7), day) if _PLACE_COMMA.fullmatch(" ".join(w.text for w in line[k:day]))), None)
    return line[start:] if start is not None else None


def _put_line(lines: list[list[Word]], blocks: list[int], new: list[Word]) -> None:
    """``new`` in place of the page pass's words of its line from where it starts (a number row
    left of it stays), in the block those words were in."""
    top, bottom, x0 = min(w.top for w in new), max(w.bottom for w in new), new[0].x0 - (new[0].bottom - new[0].top)

    def replaced(w: Word) -> bool:
        return top <= (w.top + w.bottom) / 2 <= bottom and w.x0 >= x0

    block = next((b for old, b in zip(lines, blocks) if any(map(replaced, old))), max(blocks, default=0) + 1)
    for old in lines:
        old[:] = [w for w in old if not replaced(w)]
    keep = [i for i, old in enumerate(lines) if old]
    lines[:] = [lines[i] for i in keep]
    blocks[:] = [blocks[i] for i in keep]
    lines.append(list(new))
    blocks.append(block)
