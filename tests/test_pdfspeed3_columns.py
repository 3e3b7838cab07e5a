"""pdf_chars reads a page's characters into columns and makes the upright words from them at once;
the per-character path (table cells, text that is not upright) must give the same words."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest

from plankb.extractors.readers import pdf_chars

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = sorted((ROOT / "tests" / "fixtures" / "renderings").glob("*.pdf"))


def _pdf(content: bytes) -> bytes:
    """A one-page A4 PDF showing ``content`` with Helvetica (F1) and Helvetica-Bold (F2)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


MIXED = _pdf(b"""BT /F1 12 Tf 72 700 Td (Hello world, plain text) Tj ET
BT /F2 12 Tf 72 680 Td (Bold words) Tj /F1 12 Tf ( and regular) Tj ET
BT /F1 12 Tf 0 -1 1 0 350 600 Tm (Rotated text going down) Tj ET
BT /F1 12 Tf 1 0 0.3 1 72 300 Tm (Skewed italic letters) Tj ET
BT /F1 12 Tf 72 250 Td [(Kerned)-900(gap)] TJ ET
BT /F1 10 Tf 72 200 Td (Mixed ) Tj /F2 10 Tf (BOLDword) Tj /F1 10 Tf (tail) Tj ET
BT /F1 12 Tf 72 180 Td (Upright again) Tj ET
""")


def _pages(path_or_bytes):
    document = pdfium.PdfDocument(path_or_bytes)
    for page in document:
        yield pdf_chars.page_chars(page.get_textpage(), page.get_height())


def _boxes(words) -> list[tuple]:
    return [(w.text, w.x0, w.x1, w.top, w.bottom) for w in words]


@pytest.mark.parametrize("source", [*RENDERINGS, MIXED], ids=lambda s: s.name if isinstance(s, Path) else "mixed")
def test_words_from_columns_are_those_of_the_characters(source):
    for chars in _pages(source):
        assert _boxes(pdf_chars.words(chars)) == _boxes(pdf_chars._words(list(chars)))


def test_columns_and_characters_agree():
    (chars,) = _pages(MIXED)
    listed = list(chars)
    assert len(listed) == len(chars)
    assert [c.text for c in listed] == [chr(k) for k in chars.codes.tolist()]
    assert {c.fontname for c in listed} == {"Helvetica", "Helvetica-Bold"}
    assert any(not c.upright for c in listed) and any(c.upright for c in listed)


def test_bold_is_most_letters_in_a_bold_face():
    (chars,) = _pages(MIXED)
    bold = {w.text: w.bold for w in pdf_chars.words(chars, lambda name: "Bold" in name)}
    assert bold["Bold"] and bold["words"]
    assert not bold["and"] and not bold["Mixed"] and not bold["Hello"]
    assert bold["BOLDwordtail"]  # 8 bold letters of 12
    assert not any(w.bold for w in pdf_chars.words(chars))


def test_text_not_upright_keeps_its_words():
    (chars,) = _pages(MIXED)
    texts = [w.text for w in pdf_chars.words(chars)]
    assert {"Rotated", "going", "Kerned", "gap", "Upright", "again"} <= set(texts)
    # the upright text after the rotated run is read as its own run of upright characters
    assert texts.index("Upright") > texts.index("Rotated")


def test_an_empty_page_has_no_words():
    (chars,) = _pages(_pdf(b""))
    assert len(chars) == 0 and pdf_chars.words(chars) == [] and list(chars) == []


def _row_text_word_by_word(words, tab_gap):
    """Row.text's rule, pair by pair: a tab at a gap wider than ``tab_gap`` (not after a leading
    outline marker), nothing between a number and a "/..." stamped close after it, else a space."""
    from plankb.extractors.readers.positioned import _MARKER

    out = words[0].text
    for prev, word in zip(words, words[1:]):
        gap = word.x0 - prev.x1
        if tab_gap is not None and gap > tab_gap and not (prev is words[0] and _MARKER.match(prev.text + " ")):
            out += "\t"
        elif word.text.startswith("/") and prev.text[-1:].isdigit() and gap < prev.height:
            pass
        else:
            out += " "
        out += word.text
    return out


def test_a_rows_text_is_made_as_word_by_word():
    import random

    from plankb.extractors.readers.positioned import Row, Word

    rng = random.Random(5)
    for _ in range(500):
        x, words = rng.uniform(0, 100), []
        for _k in range(rng.randint(1, 8)):
            x += rng.choice([1.0, 3.0, 10.0, 25.0, 40.0])
            width = rng.uniform(5, 40)
            words.append(Word(x, x + width, 100.0, 100.0 + rng.choice([12.0, 30.0]), rng.choice(["21", "/2024/TT", "1.", "Giao", "a/b", "/"])))
            x += width
        row = Row(list(words))
        for tab_gap in (None, 18.0, 30.0):
            assert row.text(tab_gap) == _row_text_word_by_word(row.words, tab_gap)


@pytest.mark.parametrize("path", RENDERINGS[:1], ids=lambda p: p.name)
def test_table_cells_from_columns_are_those_of_the_characters(path):
    """A table's cells read from the columns (only the table's characters made) and from the
    page's characters made one by one: the same text."""
    document = pdfium.PdfDocument(path)
    found = 0
    for page in document:
        width, height = page.get_size()
        chars = pdf_chars.page_chars(page.get_textpage(), height)
        on_columns = pdf_chars.tables(pdf_chars.ruling(page, height), chars, width, height)
        one_by_one = pdf_chars.tables(pdf_chars.ruling(page, height), list(chars), width, height)
        assert on_columns == one_by_one
        found += len(on_columns)
    assert found
