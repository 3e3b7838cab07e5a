"""The provinces as they are now (since the 2025 reorganisation: 34 provinces and centrally-run
cities), from the maintained ``vietnam-provinces`` package, and where a province a document
names is now.

The package gives the current divisions (names, codes, kinds, wards) offline; it has no
pre-2025 names, so the step from a province as written to its successor is the table in
extractors/patterns/places.py, whose successors must all be the package's provinces (checked
when first used, and by tests/test_places.py). The package is loaded on first use: importing it
takes about 0.1 s, which commands that never ask for a current province do not pay.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from plankb.extractors.patterns.places import SUCCESSOR_OF, SUCCESSORS

_KINDS = ("Thành phố ", "Tỉnh ")  # the package names cities "Thành phố Hà Nội" (older versions also "Tỉnh Cà Mau")


@dataclass(frozen=True)
class CurrentProvince:
    name: str  # "Hà Nội", as documents and our tables write it
    official: str  # "Thành phố Hà Nội"
    code: int  # the General Statistics Office's code: 1
    kind: str  # "tỉnh" or "thành phố trung ương"
    wards: tuple[str, ...]  # its communes, wards and special zones ("Phường Ba Đình", "Xã Sóc Sơn", ...)


@cache
def current_provinces() -> dict[str, CurrentProvince]:
    """The 34 provinces of today by short name, from vietnam-provinces."""
    from vietnam_provinces import Province, Ward

    wards: dict[int, list[str]] = {}
    for ward in Ward.iter_all():
        wards.setdefault(int(ward.province_code), []).append(ward.name)
    out = {}
    for p in Province.iter_all():
        name = next((p.name.removeprefix(k) for k in _KINDS if p.name.startswith(k)), p.name)
        out[name] = CurrentProvince(name, p.name, int(p.code), p.division_type.value, tuple(wards.get(int(p.code), ())))
    missing = set(SUCCESSORS) - set(out)
    if missing:  # a renamed or re-merged province in a newer package: the table must follow it
        raise RuntimeError(f"extractors/patterns/places.py names provinces vietnam-provinces does not have: {sorted(missing)}")
    return out


def province_now(province: str | None) -> str | None:
    """The current province of a province as written ("Quảng Bình" -> "Quảng Trị"); None when
    unknown (a name that is not a province is not guessed)."""
    if province is None:
        return None
    new = SUCCESSOR_OF.get(province) or (province if province in SUCCESSORS else None)
    return new if new is None or new in current_provinces() else None
