"""Issuer codes: the part of a symbol after the type code that names the issuing body (Decree
30/2020/NĐ-CP, Appendix I; Guidance 36-HD/VPTW). Used to put back the hyphens an export lost
between codes ("318/QĐTTg" -> "318/QĐ-TTg", "861/CTrBGDĐTTWĐTN" -> "861/CTr-BGDĐT-TWĐTN").

A code not listed here is still read when it cannot be a Vietnamese word: a run of capitals with
no vowel ("CNĐT", "ĐKTHTN", "VP") is an abbreviation, never a syllable.
"""

from __future__ import annotations

# Bodies that issue documents in their own name (central, ministerial and local, State and Party).
ISSUER_CODES: frozenset[str] = frozenset(
    """
    CP TTg VPCP QH UBTVQH CTN VPCTN TANDTC VKSNDTC VKSTC KTNN
    BNV BTC BYT BGDĐT BTNMT BNNMT BCA BQP BCT BXD BKHĐT BLĐTBXH BVHTTDL BTTTT BNNPTNT BGTVT BTP BNG
    BKHCN BDTTG UBDT NHNN TTCP BHXH BHXHVN BNN
    UBND HĐND MTTQ UBMTTQ MTTW UBTWMTTQVN ĐCTUBTWMTTQVN TLĐ HLHPN HND HCCB
    VPUBND VPHĐND
    TW TU HU ĐU QU TWĐTN TĐTN ĐTN BCH BCĐ VPTW BTGTW BDVTW BTCTW UBKTTW BTGDVTW
    BTG BDV BTC UBKT VP BTGTU BDVTU BTCTU UBKTTU BTGDVTU
    """.split()
)

# The offices of a People's Committee and Council (Văn phòng UBND, Văn phòng HĐND) write their code
# whole: "704/TB-VPUBND", "125/VPUBND-KT", never "VP-UBND"; read whole, a glued run is not cut in two.

# Bodies whose departments follow them after a hyphen: "UBND-VX", "TWĐTN-BTG", "MTTQ-BTT".
# When the hyphen is lost ("TWĐTNBTG"), what follows such a body is its department.
PARENT_CODES: frozenset[str] = frozenset("UBND HĐND TWĐTN TĐTN MTTQ UBMTTQ MTTW".split())

# Bodies whose letters carry the code of the unit that drafted them after a hyphen (Decree 30/2020,
# Appendix I: "Số: .../BNV-CQĐP", "Số: .../SGDĐT-GDPT"): the ministries and the departments (Sở) of a
# province. When an export loses that hyphen ("938/BKHCNKHTC", "2150/SNVCCVC"), what follows such a
# code is the unit. State symbols only: in a Party symbol "BTC..." is a Ban Tổ chức.
LETTER_UNIT_PARENTS: frozenset[str] = frozenset(
    """
    BNV BTC BYT BGDĐT BTNMT BNNMT BCA BQP BCT BXD BKHĐT BLĐTBXH BVHTTDL BTTTT BNNPTNT BGTVT BTP BNG
    BKHCN BDTTG
    SNV STC SYT SGDĐT STNMT SNNMT SCT SXD SKHĐT SLĐTBXH SVHTTDL SVHTT STTTT SNNPTNT SGTVT STP
    SKHCN SDTTG SDL
    """.split()
)
LETTER_UNIT_EXAMPLES = (
    ("BKHCNKHTC", ("BKHCN", "KHTC")),
    ("SNVCCVC", ("SNV", "CCVC")),
    ("SGDĐTGDPT", ("SGDĐT", "GDPT")),
    ("BYTVPB", ("BYT", "VPB")),
)

# The central bodies a State symbol's first code names on its own, wherever the document is read
# (Decree 30/2020/NĐ-CP, Appendix I: the symbol abbreviates the issuing body's name). Local codes
# (UBND, HĐND, Sở ...) do not say which province or commune, so they are not here. Two readers use
# it: a page that gives only the symbol ("xem công văn số 2092/BNN-KN trong file đính kèm") still
# names the ministry; a header written on two lines ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH") that a
# flattened table left with its first line only ("BỘ VĂN HÓA, THỂ THAO |") is the start of the name
# its code stands for, cut.
CENTRAL_BODY_OF_CODE: dict[str, str] = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội", "QH": "Quốc hội",
    "BNV": "Bộ Nội vụ", "BTC": "Bộ Tài chính", "BYT": "Bộ Y tế", "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BNN": "Bộ Nông nghiệp và Phát triển nông thôn", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BCA": "Bộ Công an", "BQP": "Bộ Quốc phòng", "BCT": "Bộ Công Thương", "BXD": "Bộ Xây dựng",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch", "BTTTT": "Bộ Thông tin và Truyền thông",
    "BGTVT": "Bộ Giao thông vận tải", "BTP": "Bộ Tư pháp", "BNG": "Bộ Ngoại giao",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BDTTG": "Bộ Dân tộc và Tôn giáo", "UBDT": "Ủy ban Dân tộc",
    "NHNN": "Ngân hàng Nhà nước Việt Nam", "TTCP": "Thanh tra Chính phủ",
    "BHXHVN": "Bảo hiểm xã hội Việt Nam", "TLĐ": "Tổng Liên đoàn Lao động Việt Nam",
}
# Examples the tests check: (a header name as a flattened table leaves it, the code, the name).
CODE_NAME_EXAMPLES = (
    ("BỘ VĂN HOÁ, THỂ THAO", "BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BỘ LAO ĐỘNG – THƯƠNG BINH", "BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("TỔNG LIÊN ĐOÀN LAO ĐỘNG", "TLĐ", "Tổng Liên đoàn Lao động Việt Nam"),
)

# Codes written with small letters; capitals lose them ("QĐ-TTG" in a title in capitals).
MIXED_CASE: dict[str, str] = {c.upper(): c for c in ISSUER_CODES if not c.isupper()}

# Examples the tests check: (issuer part as written, the codes read).
EXAMPLES = (
    ("TTg", ("TTg",)),
    ("BGDĐTTWĐTN", ("BGDĐT", "TWĐTN")),
    ("TWĐTNBTG", ("TWĐTN", "BTG")),
    ("TWĐTNCNĐT", ("TWĐTN", "CNĐT")),
    ("BDVTU", ("BDVTU",)),
    ("UBNDVX", ("UBND", "VX")),
    ("VPUBND", ("VPUBND",)),  # the office of the People's Committee: not "VP" and "UBND"
)

