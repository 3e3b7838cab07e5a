"""Word's white shading behind a paragraph is exported as white boxes under each run of text and
each space of each line, touching along the line and from line to line: pdfminer's (and so
pdfplumber's) table finder takes them for the ruling of a table whose cells cut the words
("hiệu l | ực"). Only ruling that shows makes a table, in both PDF engines."""

from __future__ import annotations

import re

import pytest

from plankb.extractors.readers import pdf as pdf_reader

# Vietnamese syllables that Latin-1 spells (a text layer is judged by its syllables and marks)
LINES = [
    "cá bò lá mía tú hé cá bò lá mía",
    "má bí tò ví dú cà phê sá bó lá",
    "bò cá mía lá hé tú bò cá mía lá",
    "ví dú má bí tò sá bó phê cà tú",
]
SIZE, LEAD, LEFT, TOP = 12, 16, 72, 700
CHAR = 0.6 * SIZE  # Courier's advance


def _pdf(fill: str) -> bytes:
    """One page of LINES in Courier, a box filled with ``fill`` ("1 g" white, "0 g" black) under
    each word and each space, a line high: the boxes touch along the line and from line to line."""
    ops = []
    for k, line in enumerate(LINES):
        y = TOP - k * LEAD
        for run in re.finditer(r"\S+| ", line):  # Word shades each run of text, and each space, on its own
            ops.append(f"{fill} {LEFT + run.start() * CHAR:.2f} {y - 4} {len(run.group()) * CHAR:.2f} {LEAD} re f")
        ops.append(f"0 g BT /F1 {SIZE} Tf {LEFT} {y} Td ({line}) Tj ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Courier/Encoding/WinAnsiEncoding>>",
        b"<</Length %d>>stream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _texts(pages: list[pdf_reader.Page]) -> list[str]:
    page = pages[0]
    return [row.text() for row in page.rows] + [line for block in page.blocks for line in block.lines]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_white_shading_is_no_table(tmp_path, engine):
    path = tmp_path / "shaded.pdf"
    data = _pdf("1 g")
    path.write_bytes(data)
    pages = pdf_reader._read_with_pdfium(path, data) if engine == "pdfium" else pdf_reader._read_with_pdfplumber(path, [], data)
    assert not pages[0].blocks
    assert _texts(pages) == LINES


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_black_boxes_still_rule_a_table(tmp_path, engine):
    """The same boxes painted black are ruling that shows: the table finder still sees them."""
    path = tmp_path / "ruled.pdf"
    data = _pdf("0 g")
    path.write_bytes(data)
    pages = pdf_reader._read_with_pdfium(path, data) if engine == "pdfium" else pdf_reader._read_with_pdfplumber(path, [], data)
    assert pages[0].blocks
