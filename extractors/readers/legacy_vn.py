"""Vietnamese text in the font encodings of the 1990s, still met in files saved from old Word
documents: TCVN3 (ABC, the .VnTime fonts) and VNI (VNI-Windows, the VNI-Times fonts).

Neither is a code page Python knows. Read as Windows-1258 or 1252 they give mojibake
("KÕ ho¹ch" for "Kế hoạch" in TCVN3, "Keá hoaïch" in VNI); ``detect`` tells them apart by which
decoding gives Vietnamese syllables (extractors.syllables), and ``convert`` turns them into
Unicode with the tables below.

TCVN3 is one byte per letter: the Vietnamese letters sit in 0xA1-0xFE; the other bytes are read
as Windows-1252 (the fonts kept its quotes and dashes). Its capitals fonts (.VnTimeH) draw the
lower-case codes as capitals: a line whose other letters are capitals is put in capitals; one
typed in lower case comes out in lower case (nothing in the bytes tells).
VNI writes a vowel and its marks as a base letter followed by a second character ("aø" = à,
"eä" = ệ), read as Windows-1252.
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 (TCVN 5712:1993 VN3) ------------------------------------------------------------------

# byte: letter, for every Vietnamese letter TCVN3 encodes (data table; EXAMPLES below check it).
TCVN3_LETTERS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip

_TCVN3_TABLE = {b: bytes([b]).decode("cp1252", errors="replace") for b in range(0x80, 0x100)}
_TCVN3_TABLE.update(TCVN3_LETTERS)
_TCVN3_DECODE = "".join(chr(b) for b in range(0x80)) + "".join(_TCVN3_TABLE[b] for b in range(0x80, 0x100))
_TCVN3_TRANSLATE = {i: c for i, c in enumerate(_TCVN3_DECODE) if i != ord(c)}

# --- VNI (VNI-Windows) ---------------------------------------------------------------------------

_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc, huyền, hỏi, ngã, nặng
# What follows a vowel: a tone alone, or a circumflex / breve with or without a tone.
_VNI_MARKS = {
    "ù": ("", 0), "ø": ("", 1), "û": ("", 2), "õ": ("", 3), "ï": ("", 4),
    "â": ("\u0302", None), "á": ("\u0302", 0), "à": ("\u0302", 1), "å": ("\u0302", 2), "ã": ("\u0302", 3), "ä": ("\u0302", 4),
    "ê": ("\u0306", None), "é": ("\u0306", 0), "è": ("\u0306", 1), "ú": ("\u0306", 2), "ü": ("\u0306", 3), "ë": ("\u0306", 4),
}  # fmt: skip
# Letters VNI writes with one character: ơ, ư (bases of further marks), i with a tone, ỵ, đ.
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ", "ñ": "đ"}


def _vni_pairs() -> dict[str, str]:
    pairs = {}
    for base in ("a", "e", "o", "u", "y", "ô", "ö"):
        for mark, (shape, tone) in _VNI_MARKS.items():
            if shape == "\u0306" and base != "a" or shape == "\u0302" and base not in "aeo":
                continue  # only ă has a breve; only â, ê, ô a circumflex
            if base in "ôö" and shape:
                continue
            letter = _VNI_SINGLE.get(base, base)
            composed = unicodedata.normalize("NFC", letter + shape + (_TONES[tone] if tone is not None else ""))
            pairs[base + mark] = composed
            pairs[(base + mark).upper()] = pairs[base.upper() + mark] = composed.upper()
    return pairs


VNI_PAIRS = _vni_pairs()
VNI_SINGLE = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
_VNI_RE = re.compile("|".join(sorted(map(re.escape, [*VNI_PAIRS, *VNI_SINGLE]), key=len, reverse=True)))

# (legacy bytes, the Unicode text they stand for): the tables' tests.
EXAMPLES = [
    ("tcvn3", b"K\xd5 ho\xb9ch tri\xd3n khai th\xf9c hi\xd6n", "Kế hoạch triển khai thực hiện"),
    ("tcvn3", b"B\xb8o c\xb8o c\xf1a \xf1y ban nh\xa9n d\xa9n t\xd8nh", "Báo cáo của ủy ban nhân dân tỉnh"),
    ("tcvn3", b"M\xad\xeang Kh\xad\xacng, B\xb6o Th\xbeng", "Mường Khương, Bảo Thắng"),
    ("tcvn3", b"\xa7\xa8ng k\xfd \xae\xe3ng g\xe3p \xfd ki\xd5n", "Đăng ký đóng góp ý kiến"),
    ("tcvn3", b"Ngh\xde quy\xd5t s\xe8 04-NQ/TU ng\xb5y 5 th\xb8ng 3 n\xa8m 2023", "Nghị quyết số 04-NQ/TU ngày 5 tháng 3 năm 2023"),
    ("vni", "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("cp1252"), "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("vni", "Keá hoaïch trieån khai thöïc hieän".encode("cp1252"), "Kế hoạch triển khai thực hiện"),
    ("vni", "Ñoäc laäp - Töï do - Haïnh phuùc".encode("cp1252"), "Độc lập - Tự do - Hạnh phúc"),
    ("vni", "ÑAÛNG COÄNG SAÛN VIEÄT NAM, ngöôøi daân, taêng cöôøng, khuyeán khích, Oâng".encode("cp1252"),
     "ĐẢNG CỘNG SẢN VIỆT NAM, người dân, tăng cường, khuyến khích, Ông"),
]  # fmt: skip

NAMES = {"tcvn3": "TCVN3 (ABC, .VnTime fonts)", "vni": "VNI (VNI-Windows, VNI-Times fonts)"}


def convert(data: bytes, encoding: str) -> str:
    """``data`` in TCVN3 or VNI as Unicode (NFC)."""
    if encoding == "tcvn3":
        text = data.decode("latin-1").translate(_TCVN3_TRANSLATE)
        text = "\n".join(map(_capitals, text.split("\n")))
    else:
        text = _VNI_RE.sub(lambda m: VNI_PAIRS.get(m.group(0)) or VNI_SINGLE[m.group(0)], data.decode("cp1252", errors="replace"))
    return unicodedata.normalize("NFC", text)


_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")


def _capitals(line: str) -> str:
    """A line typed in capitals in a .VnTimeH font ("TØNH ñY" for "TỈNH ỦY"): its marked letters
    have lower-case codes only, its other letters tell the case."""
    if _ASCII_LOWER.search(line) or len(_ASCII_UPPER.findall(line)) < 2:
        return line
    return line.upper()


def convert_text(text: str, encoding: str) -> str | None:
    """Text already decoded as Windows-1252 (a TCVN3 or VNI file saved again as UTF-8) converted;
    None when it holds characters 1252 has not (it was no such text)."""
    try:
        return convert(text.encode("cp1252"), encoding)
    except UnicodeEncodeError:
        return None


def detect(candidates: dict[str, str], sample_chars: int = 200_000) -> str | None:
    """Of ``candidates`` (encoding name: decoded text, including "tcvn3" and "vni"), the legacy
    font encoding whose text reads as Vietnamese syllables far better than every other reading,
    or None."""
    from plankb.extractors.syllables import text_quality

    def score(text: str) -> float:
        q = text_quality(text[:sample_chars])
        return q.valid + q.toned if q.words >= 5 else 0.0

    scores = {name: score(text) for name, text in candidates.items()}
    best = max(scores, key=scores.get)
    others = max((s for name, s in scores.items() if name != best), default=0.0)
    if best in NAMES and scores[best] >= 1.1 and scores[best] > others + 0.2:
        return best
    return None
