"""The ``plankb_example_phones`` component: Vietnamese phone numbers and email addresses.

Writes ``doc._.record["contacts"]``, a list of
``{"kind": "phone" | "email", "value": ..., "normalized": ..., "start": ..., "end": ...}``
in the order found. ``value`` is the text as written; ``start``/``end`` are offsets into the
normalized text (``doc._.ptext.text``), like every other span plankb reports, so
``doc._.ptext.text[start:end] == value``; ``doc._.ptext.source_span(start, end)`` maps them
back to the reader's text. ``normalized`` is the number's digits in national form
("0912345678") or the address in lower case.

Numbers recognised (separators: one space, dot or hyphen between any two digits):

* mobile: 10 digits, 03x/05x/07x/08x/09x ("0912 345 678", "08866 08999", "0912.345.678");
* landline: 11 digits, 02x area codes ("024.3825.1234", "(024) 3825 1234", "0236 3822 123");
* either with the country code instead of the leading 0 ("+84 912 345 678", "(+84) 24 3825 1234");
* hotlines 1800/1900 followed by 4 or 6 digits ("1900 1234", "1800.588.826").

Anything else made of digits (dates, document numbers, amounts "1.250.000.000") is left alone:
a number glued to a longer run of digits is rejected rather than cut.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from plankb.extractors.fields.base import field_component

NAME = "plankb_example_phones"

_SEP = r"[ .\-]?"
# Not glued to a longer token on the left, nor followed by more digits on the right.
_BEFORE = r"(?<![\w+.\-@])(?<!\d[ .\-])"
_AFTER = rf"(?!{_SEP}\d|[\w@])"
_PHONE = re.compile(
    rf"""{_BEFORE}
    (?:
        (?P<intl>\(\+84\)|\+84){_SEP}(?:\(0\){_SEP})?   # +84 912 ..., (+84) 24 ..., +84 (0) 24 ...
      | (?P<area>\(0\d{{2,3}}\)){_SEP}                  # (024) 3825 1234
      | (?=0)                                           # 0912 345 678
    )
    (?P<rest>\d(?:{_SEP}\d){{6,10}})
    {_AFTER}""",
    re.X,
)
_HOTLINE = re.compile(rf"{_BEFORE}(?:1800|1900)(?:[ .]?\d){{4}}(?:(?:[ .]?\d){{2}})?{_AFTER}")
_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}(?![\w\-@])")


def national_number(match: re.Match[str]) -> str | None:
    """The number's digits with a leading 0 ("0912345678"), or None when it is no valid number."""
    digits = re.sub(r"\D", "", (match.group("area") or "") + match.group("rest"))
    if match.group("intl"):
        digits = "0" + digits
    if len(digits) == 10 and digits[1] in "35789":  # mobile
        return digits
    if len(digits) == 11 and digits.startswith("02"):  # landline: 02x area code + 7-8 digits
        return digits
    return None


def _contact(kind: str, m: re.Match[str], normalized: str) -> dict:
    return {"kind": kind, "value": m.group(0), "normalized": normalized, "start": m.start(), "end": m.end()}


def find_contacts(text: str) -> list[dict]:
    """Every phone number and email address in ``text``, in order, with offsets into it."""
    found = [_contact("email", m, m.group(0).lower()) for m in _EMAIL.finditer(text)]
    emails = [(c["start"], c["end"]) for c in found]
    for m in _PHONE.finditer(text):
        number = national_number(m)
        if number is not None and not any(a <= m.start() < b for a, b in emails):
            found.append(_contact("phone", m, number))
    for m in _HOTLINE.finditer(text):
        if not any(a <= m.start() < b for a, b in emails):
            found.append(_contact("phone", m, re.sub(r"\D", "", m.group(0))))
    found.sort(key=lambda c: c["start"])
    return found


@field_component(NAME)
def contacts(doc: Doc) -> None:
    # doc._.ptext is set by plankb's extraction; a bare nlp("...") call only has doc.text.
    text = doc._.ptext.text if doc._.ptext is not None else doc.text
    doc._.record["contacts"] = find_contacts(text)
