"""Dates as Vietnamese documents write them: "ngày 27 tháng 02 năm 2023", "13/7/2022",
"14.04.2025", "tháng 4/2023", "10/10 hàng năm". Values are ISO strings (YYYY-MM-DD, YYYY-MM,
--MM-DD); a date that cannot exist is None, never a guess.
"""

from __future__ import annotations

import datetime as _dt
import re

# A full date: "ngày 18 tháng 01 năm 2024" (with "ngày" optional) or "13/7/2022", "13-7-2022", "13.7.2022".
# Exports lose the space between a number and the next word ("ngày 20 tháng 7năm 2023"): optional.
# A scan or an export may split a number with a space: month "1 1" (11) before "năm", year "20 21";
# a PDF text layer may space the letters of a word apart ("n ă m").
LONG_DATE = r"(?:ngày\s*)?(?<!\d)(?P<d>\d{1,2})\s*th ?á ?ng\s*(?P<m>1 [0-2]|\d{1,2})\s*n ?ă ?m\s*(?P<y>(?:19|20) ?\d{2})(?!\d)"
SHORT_DATE = r"(?P<d2>\d{1,2})\s?(?P<sep>[/.\-])\s?(?P<m2>\d{1,2})\s?(?P=sep)\s?(?P<y2>(?:19|20) ?\d{2})(?!\d)"
FULL_DATE = re.compile(rf"(?:{LONG_DATE}|{SHORT_DATE})", re.I)
# Day and month only: "20/6", "01/9" (year from context).
DAY_MONTH = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s?/\s?(?P<m>\d{1,2})(?![\d/])")
# Month and year: "tháng 4/2023", "tháng 4 năm 2023", "4/2023".
MONTH_YEAR = re.compile(r"(?P<m>\d{1,2})\s?(?:/|\s+năm\s+)\s?(?P<y>(?:19|20)\d{2})(?!\d)", re.I)


def iso_date(year: int | str, month: int | str, day: int | str) -> str | None:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def iso_month(year: int | str, month: int | str) -> str | None:
    month = int(month)
    return f"{int(year):04d}-{month:02d}" if 1 <= month <= 12 else None


def recurring_day(month: int | str, day: int | str) -> str | None:
    # 2000 is a leap year, so 29/02 is a valid recurring day.
    return f"--{int(month):02d}-{int(day):02d}" if iso_date(2000, month, day) else None


def parse_full_date(m: re.Match[str]) -> str | None:
    if m.group("d") is not None:
        return iso_date(_digits(m.group("y")), _digits(m.group("m")), m.group("d"))
    return iso_date(_digits(m.group("y2")), m.group("m2"), m.group("d2"))


def _digits(number: str) -> str:
    return number.replace(" ", "")


def first_date(text: str) -> str | None:
    m = FULL_DATE.search(text)
    return parse_full_date(m) if m else None
