"""Provinces and centrally-run cities: where documents come from (kb/places.py scopes local
numbers and bodies by them) and the names an OCR'd place line should read as
(extractors/readers/ocr_consensus.py repairs "Lâm Đông" to "Lâm Đồng").

A document keeps the province it names, as it was on its date: a 2022 plan of "tỉnh Quảng Bình"
is Quảng Bình. Where that province is now is ``SUCCESSORS``: the 2025 reorganisation merged the
63 provinces into 34 (Resolution 202/2025/QH15 of the National Assembly, 12 June 2025, on
arranging provincial-level administrative units; the merged provinces' authorities work from
1 July 2025, when districts were abolished and local government became two levels, province
and commune/ward). Each merged province took the name of one of its members, so every current
name is also a pre-2025 one, except Huế: Thừa Thiên Huế became the city of Huế on 1 January 2025
(Resolution 1314/NQ-UBTVQH15) and was not merged.

Why a table of our own: the maintained list of current divisions, ``vietnam-provinces`` (used at
run time by kb/provinces.py for the 34 provinces' official names, codes and wards), has no
pre-2025 names; ``vietnamadminunits`` has the old → new mapping but loads geopy and shapely
(0.65 s at import) and geocodes addresses over the network. tests/test_places.py checks this
table against both when they are installed.
"""

from __future__ import annotations

# Current province (2025) -> the pre-2025 provinces it was made of (itself included when it kept its name).
SUCCESSORS = {
    "Hà Nội": ("Hà Nội",),
    "Huế": ("Thừa Thiên Huế",),
    "Lai Châu": ("Lai Châu",),
    "Điện Biên": ("Điện Biên",),
    "Sơn La": ("Sơn La",),
    "Lạng Sơn": ("Lạng Sơn",),
    "Quảng Ninh": ("Quảng Ninh",),
    "Thanh Hóa": ("Thanh Hóa",),
    "Nghệ An": ("Nghệ An",),
    "Hà Tĩnh": ("Hà Tĩnh",),
    "Cao Bằng": ("Cao Bằng",),
    "Tuyên Quang": ("Tuyên Quang", "Hà Giang"),
    "Lào Cai": ("Lào Cai", "Yên Bái"),
    "Thái Nguyên": ("Thái Nguyên", "Bắc Kạn"),
    "Phú Thọ": ("Phú Thọ", "Vĩnh Phúc", "Hòa Bình"),
    "Bắc Ninh": ("Bắc Ninh", "Bắc Giang"),
    "Hưng Yên": ("Hưng Yên", "Thái Bình"),
    "Hải Phòng": ("Hải Phòng", "Hải Dương"),
    "Ninh Bình": ("Ninh Bình", "Hà Nam", "Nam Định"),
    "Quảng Trị": ("Quảng Trị", "Quảng Bình"),
    "Đà Nẵng": ("Đà Nẵng", "Quảng Nam"),
    "Quảng Ngãi": ("Quảng Ngãi", "Kon Tum"),
    "Gia Lai": ("Gia Lai", "Bình Định"),
    "Khánh Hòa": ("Khánh Hòa", "Ninh Thuận"),
    "Lâm Đồng": ("Lâm Đồng", "Đắk Nông", "Bình Thuận"),
    "Đắk Lắk": ("Đắk Lắk", "Phú Yên"),
    "Hồ Chí Minh": ("Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"),
    "Đồng Nai": ("Đồng Nai", "Bình Phước"),
    "Tây Ninh": ("Tây Ninh", "Long An"),
    "Cần Thơ": ("Cần Thơ", "Sóc Trăng", "Hậu Giang"),
    "Vĩnh Long": ("Vĩnh Long", "Bến Tre", "Trà Vinh"),
    "Đồng Tháp": ("Đồng Tháp", "Tiền Giang"),
    "Cà Mau": ("Cà Mau", "Bạc Liêu"),
    "An Giang": ("An Giang", "Kiên Giang"),
}

# Pre-2025 province -> the current province it is part of.
SUCCESSOR_OF = {old: new for new, olds in SUCCESSORS.items() for old in olds}

# Every province name a document may write: the 63 before 2025 (the current ones among them) and Huế.
PROVINCES = sorted(set(SUCCESSOR_OF) | set(SUCCESSORS))

# Names OCR must read right on a scan: a place line that matches one of them but for its marks.
EXAMPLES = (("Lâm Đông", "Lâm Đồng"), ("Hà Nói", "Hà Nội"), ("Khánh Hoà", "Khánh Hòa"))

# A province as written -> where it is now (checked by tests/test_places.py).
SUCCESSOR_EXAMPLES = (
    ("Quảng Bình", "Quảng Trị"),
    ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("Hà Giang", "Tuyên Quang"),
    ("Thừa Thiên Huế", "Huế"),
    ("Cà Mau", "Cà Mau"),
    ("Nam Định", "Ninh Bình"),
)
