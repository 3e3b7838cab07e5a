"""One key per body, so that spelling variants of a name meet in one row.

"Thành uỷ"/"Thành ủy" differ in tone placement, "UBND tỉnh"/"Ủy ban nhân dân tỉnh" in
abbreviation, "Ủy ban nhân dân tỉnh Cà Mau"/"UBND tỉnh" only in saying the province a Cà Mau
document already implies. The key folds all three away, and adds the place: "Ban Dân vận Tỉnh ủy"
of Cà Mau is not that of Bắc Ninh. A body whose place is unknown is keyed by its name alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankb.kb.places import Place
from plankb.kb.textfold import folded, plain

# Folded abbreviation -> folded full form (Decree 30/2020 and Party office usage).
ABBREVIATIONS = {
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "mttq": "mặt trận tổ quốc",
    "tand": "tòa án nhân dân",
    "vksnd": "viện kiểm sát nhân dân",
    "btv": "ban thường vụ",
    "bch": "ban chấp hành",
    "ubkt": "ủy ban kiểm tra",
    "đuk": "đảng ủy khối",
    "bdv": "ban dân vận",
    "btg": "ban tuyên giáo",
    "bcđ": "ban chỉ đạo",
    "bcsđ": "ban cán sự đảng",
    "tp": "thành phố",
    "tp.": "thành phố",
    "tx": "thị xã",
    "tx.": "thị xã",
    "lđlđ": "liên đoàn lao động",
    "hlhpn": "hội liên hiệp phụ nữ",
    "ccb": "cựu chiến binh",
    "tncs": "thanh niên cộng sản",
    "hcm": "hồ chí minh",
    "tw": "trung ương",
    "vp": "văn phòng",
}
# A ministry starts the name ("Bộ Tư pháp"); "Đảng bộ tỉnh" is local.
_CENTRAL = re.compile(r"(?<![\wđ])(?:trung ương|bộ chính trị|ban bí thư|chính phủ|quốc hội|thủ tướng)|^bộ (?!phận)")
_DISTRICT = re.compile(r"(?<![\wđ])(?:huyện|quận|thị xã|thị ủy|xã|phường|thị trấn)(?![\wđ])")
_PUNCT = re.compile(r"[“”\"'‘’()]")


@dataclass(frozen=True)
class BodyKey:
    key: str  # "ban dân vận tỉnh ủy|cà mau": unique per body
    name_key: str  # "ban dân vận tỉnh ủy": the name without place, for looking bodies up
    scope: str | None  # "Cà Mau", "Trung ương" or None when the place is unknown
    level: str  # "central", "local"


def name_key(name: str) -> str:
    """Folded name with abbreviations written out: "UBND tỉnh" -> "ủy ban nhân dân tỉnh"."""
    words = folded(_PUNCT.sub(" ", name)).strip(" ,;:.-").split()
    return " ".join(ABBREVIATIONS.get(w, w) for w in words)


def body_key(name: str, place: Place) -> BodyKey:
    key = name_key(name)
    if _CENTRAL.search(key):
        return BodyKey(f"{key}|trung ương", key, "Trung ương", "central")
    # District-level bodies belong to the locality; province-level ones to the province.
    scope = (place.locality or place.province) if _DISTRICT.search(key) else (place.province or place.locality)
    if scope:
        # The document's own place adds nothing: "UBND tỉnh Cà Mau" in Cà Mau is "UBND tỉnh".
        for named in (place.province, place.locality):
            suffix = " " + folded(named) if named else None
            if suffix and key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
    return BodyKey(f"{key}|{folded(scope) if scope else ''}", key, scope, "local")


def search_key(name: str) -> str:
    """What a body is looked up by: the name key without accents ("ban dan van thanh uy")."""
    return plain(name_key(name)) or ""
