"""Issuer codes of Central bodies, so that a Central document is never taken for a local one.

A symbol names its issuer by a code (Decree 30/2020/NĐ-CP, Appendix I; Party Guidance 36-HD/VPTW):
after the slash in Party style ("01-CT/TWĐTN-BKT": the Youth Union Central Committee, its
department BKT), after the type code in State style ("70/2025/NĐ-CP"), or first in an official
letter without a type ("2143/VPCP-CN": the Government Office, its department CN). Departments
follow their body after a hyphen and say nothing of its level: only the issuer's code counts.
A code not in this table is local (its scope is the citing document's place).
"""

from __future__ import annotations

import re

from plankb.extractors.patterns.doc_types import TYPE_CODES
from plankb.extractors.patterns.issuer_codes import ISSUER_CODES

# Central codes by family; a code is Central when it is one of these.
CENTRAL_CODES: dict[str, frozenset[str]] = {
    # Party Central bodies; also any code ending in TW / TƯ (VPTW, BTGTW, ĐUKCQTW ..., rule below)
    "party": frozenset("TW TƯ VPTW BTGTW BDVTW BTCTW UBKTTW BTGDVTW BNCTW BKTTW QUTW ĐUCA ĐUQSTW ĐUKCQTW ĐUKDNTW".split()),
    # Central committees of the mass organisations: "TW" before the organisation (rule below) and these
    "mass": frozenset("TWĐTN TWHSV TWHLHTNVN MTTW UBTWMTTQVN ĐCTUBTWMTTQVN TLĐ TWHLHPNVN TWHND TWHCCB".split()),
    # State: Government, Prime Minister, National Assembly, President, courts, audit
    "state": frozenset("CP TTg VPCP QH UBTVQH CTN VPCTN TANDTC VKSNDTC VKSTC KTNN TTCP NHNN BHXHVN UBDT".split()),
    # Ministries (before and after the 2025 reorganisation)
    "ministry": frozenset(
        """BNV BTC BCA BQP BYT BGDĐT BTTTT BVHTTDL BLĐTBXH BKHĐT BTP BTNMT BNNPTNT BNNMT BXD BGTVT BCT
        BKHCN BNG BDTTG""".split()
    ),
}
_ALL = frozenset().union(*CENTRAL_CODES.values())
# "TW" last (Party Central bodies: VPTW, BTGTW), or first before another body (TWĐTN, TWHSV);
# QH with its term number (QH15) or the Standing Committee's (UBTVQH15).
_RULES = re.compile(r"(?:TW|TƯ)$|^TW[A-ZĐ]{2,}$|^(?:UBTV)?QH\d*$")
_TYPES = frozenset(TYPE_CODES)

# Examples the tests check: (symbol, Central?).
EXAMPLES = (
    ("25-NQ/TW", True),
    ("66-QĐ/TW", True),
    ("36-HD/VPTW", True),
    ("01-CT/TWĐTN-BKT", True),
    ("18-HD/TWĐTN-BTC", True),
    ("318-KHPH/BSGGPTWĐTN", True),  # a joint plan: the Youth Union Central Committee signs it
    ("70/2025/NĐ-CP", True),
    ("1319/QĐ-TTg", True),
    ("911/TTg-CN", True),  # an official letter of the Prime Minister, department CN
    ("2143/VPCP-CN", True),
    ("31/2024/QH15", True),
    ("1339/NQ-UBTVQH15", True),
    ("23/2024/TT-BTNMT", True),
    ("861/CTr-BGDĐT-TWĐTN", True),
    ("04-NQ/TU", False),
    ("42-KH/BDVTU", False),
    ("03/KH-TA", False),
    ("123/UBND-VX", False),
    ("47-KH/BCĐ", False),
    ("12-HD/TĐTN-BTC", False),  # a provincial Youth Union committee
)
# Codes the tests check as local (known), and as neither (unknown: an OCR misreading).
LOCAL_EXAMPLES = ("TU", "BDVTU", "HU", "UBND", "TĐTN", "BCĐ", "SNV")
UNKNOWN_EXAMPLES = ("UBTVOQHI5", "XYZ")


def issuer_codes(symbol: str) -> list[str]:
    """The codes of the issuers of a normalized symbol, departments left out:
    "01-CT/TWĐTN-BKT" -> ["TWĐTN"], "70/2025/NĐ-CP" -> ["CP"], "2143/VPCP-CN" -> ["VPCP"],
    "861/CTr-BGDĐT-TWĐTN" -> ["BGDĐT", "TWĐTN"] (a joint document)."""
    last = symbol.rsplit("/", 1)[-1]
    parts = [p for p in last.split("-") if p]
    if not parts:
        return []
    if re.match(r"^\d+[a-z]?-[^/]+/", symbol):  # Party style: the issuer follows the slash
        return parts[:1]
    if parts[0] in _TYPES:  # State style with a type: issuers after it
        issuers = parts[1:]
        return [p for p in issuers if is_central(p)] or issuers[:1]
    return parts[:1]  # an official letter: issuer, then department


def is_central(code: str) -> bool:
    """A code of a Central body; a code made of two run together ("BSGGPTWĐTN") by its end."""
    if code in _ALL or _RULES.search(code):
        return True
    return any(code.endswith(c) and len(c) >= 4 for c in CENTRAL_CODES["mass"] | CENTRAL_CODES["state"])


def is_central_symbol(symbol: str) -> bool:
    return any(is_central(c) for c in issuer_codes(symbol))


# Local Party committees and their boards end in the committee's code: Tỉnh ủy TU, Huyện ủy HU, Đảng
# ủy ĐU, Quận ủy QU, Thị ủy TXU / ThU (BDVTU: Ban Dân vận Tỉnh ủy); local State bodies start the code.
_LOCAL = re.compile(r"(?:TU|HU|ĐU|QU|TXU|ThU)$|^(?:UBND|HĐND|UBMTTQ|MTTQ|TĐTN|ĐTN|BCĐ|BCH|LĐLĐ|HLHPN|HND|HCCB|S[A-ZĐ]{2,})")


def is_local_code(code: str) -> bool:
    """A code known to be a local body's (a provincial or district committee, a People's Committee,
    a provincial department); an unknown code (an OCR misreading) is neither local nor Central."""
    return not is_central(code) and bool(code in ISSUER_CODES or _LOCAL.search(code))
