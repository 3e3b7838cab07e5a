"""Where a document comes from: its province and its locality (district, town, city; commune or ward).

Local document numbers ("04-NQ/TU") and body names ("Ban Dân vận Tỉnh ủy") mean nothing without
the place, so both are scoped by it. Only the issuer's name and the place line are used: a guess
from the body text would put documents in the wrong province.

The province is the one the document names, as it was on its date (a 2022 plan of "tỉnh Quảng
Bình" stays Quảng Bình); ``Place.province_now`` is where that province is since the 2025
reorganisation (Quảng Trị), from kb/provinces.py. One name is not taken as written: "Huế" is
filed as Thừa Thiên Huế, also when a 2025 document writes the city of Huế (the province renamed,
not merged): the scope of local numbers and bodies must not change at a rename, or a 2025 plan
citing "04-NQ/TU" of 2022 would look for it in another province. Its ``province_now`` is Huế.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankb.extractors.patterns.places import PROVINCES  # one list for the extractor and the base
from plankb.kb.provinces import province_now
from plankb.kb.textfold import folded

_BY_FOLD = {folded(p): p for p in PROVINCES}
_BY_FOLD.update({"bà rịa vũng tàu": "Bà Rịa - Vũng Tàu", "tp hồ chí minh": "Hồ Chí Minh", "huế": "Thừa Thiên Huế"})
_PROVINCE_RE = re.compile(
    r"(?<![\wđ])(" + "|".join(re.escape(k) for k in sorted(_BY_FOLD, key=len, reverse=True)) + r")(?![\wđ])"
)
# "huyện Châu Thành", "thị xã Từ Sơn", "thành phố Từ Sơn", and since 2025 (districts abolished,
# communes the only local level under the province) "xã Tân Phú", "phường Ba Đình", "đặc khu Côn
# Đảo": the name runs to the end or to a comma. The name is capitalised: "Huyện ủy" is a body,
# not the district "ủy".
_LOCALITY_RE = re.compile(
    r"(?<![\wđ])(?i:(?:huyện|quận|thị|thành) (?:ủy|uỷ)|huyện|quận|thị xã|thành phố|tp\.?|xã|phường|đặc khu)"
    r"\s+([^\W\d_][^\s,;()]*(?:\s+[^\s,;()]+){0,3})\s*$"
)


@dataclass(frozen=True)
class Place:
    province: str | None  # "Cà Mau"
    locality: str | None  # "Từ Sơn": a district-level place when it is not a province

    @property
    def scope(self) -> str | None:
        """The narrowest known place, the scope of local symbols and bodies."""
        return self.locality or self.province

    @property
    def province_now(self) -> str | None:
        """The province of today (34 since 2025) the document's province is part of."""
        return province_now(self.province)


def province_in(text: str | None) -> str | None:
    if not text:
        return None
    m = _PROVINCE_RE.search(folded(text))
    return _BY_FOLD[m.group(1)] if m else None


def place_of(issuer: str | None, place: str | None) -> Place:
    """Province and locality of a document from its issuer's name and the place of issue."""
    province = province_in(place) or province_in(issuer)
    locality = None
    if place and not province_in(place):
        locality = " ".join(place.split())
    elif issuer:
        m = _LOCALITY_RE.search(" ".join(issuer.split()))
        if m and m.group(1)[0].isupper() and not province_in(m.group(1)):
            locality = m.group(1)
    return Place(province, locality)
