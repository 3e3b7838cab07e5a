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
    BKHCN BDTTG UBDT NHNN TTCP BHXH BHXHVN
    UBND HĐND MTTQ UBMTTQ MTTW UBTWMTTQVN ĐCTUBTWMTTQVN TLĐ HLHPN HND HCCB
    TW TU HU ĐU QU TWĐTN TĐTN ĐTN BCH BCĐ VPTW BTGTW BDVTW BTCTW UBKTTW BTGDVTW
    BTG BDV BTC UBKT VP BTGTU BDVTU BTCTU UBKTTU BTGDVTU
    """.split()
)

# Bodies whose departments follow them after a hyphen: "UBND-VX", "TWĐTN-BTG", "MTTQ-BTT".
# When the hyphen is lost ("TWĐTNBTG"), what follows such a body is its department.
PARENT_CODES: frozenset[str] = frozenset("UBND HĐND TWĐTN TĐTN MTTQ UBMTTQ MTTW".split())

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
)
