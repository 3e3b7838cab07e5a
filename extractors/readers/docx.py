"""Word: .docx with python-docx, legacy .doc through LibreOffice.

The body is read in document order, paragraphs and tables interleaved. The table that lays out
the header (issuer and number on the left, motto and place-date on the right) and the one that
sets "Nơi nhận" beside the signature are read column by column, one line per paragraph; other
tables become tab-separated rows, as Word's own text export writes them. Automatic list numbers
are rebuilt (docx_numbering). Paragraphs are separated by a blank line; consecutive centred
paragraphs (a type name and its summary) stay together, one per line.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx.oxml.ns import qn

from plankb.extractors.readers.docx_numbering import Numbering
from plankb.extractors.source import ReadError, Source, read_bytes

FORMATS = {".docx": "docx", ".doc": "doc"}
_LAYOUT_TABLE_REACH = 3  # a table among the first blocks of text is the header table
_SKIP_ANCESTORS = (qn("w:del"), qn("w:txbxContent"))

# A .docx is a zip: a small file can inflate to gigabytes, and python-docx holds every part in
# memory (its XML parsed, ~17 bytes per byte of XML). The sizes the zip declares are checked
# before anything is inflated; zipfile never inflates a member past its declared size.
DEFAULT_MAX_INFLATED_MB = 100  # a hundred-page plan with its pictures is a few MB
INFLATED_ENV = "PLANKB_MAX_INFLATED_MB"
_BOMB_RATIO = 500  # real Word XML deflates ~5-30 times, a repetitive one a few hundred; zeros ~1000
_BOMB_MIN_BYTES = 10_000_000


def max_inflated_bytes() -> int:
    value = os.environ.get(INFLATED_ENV, "")
    return int(float(value) * 1e6) if value.replace(".", "", 1).isdigit() else DEFAULT_MAX_INFLATED_MB * 1_000_000


def check_inflated_size(docx_path: Path, name: Path) -> None:
    """Raise ReadError (naming the file and the limit) for a Word file that would inflate past
    the limit or that deflates like a zip bomb; a file that is no zip is left to python-docx."""
    try:
        with zipfile.ZipFile(docx_path) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return
    limit = max_inflated_bytes()
    total = sum(m.file_size for m in members)
    if total > limit:
        raise ReadError(
            f"{name}: inflates to {total / 1e6:.0f} MB, over the limit of {limit / 1e6:g} MB for a Word file's "
            f"unpacked contents (set {INFLATED_ENV} to change it)"
        )
    for m in members:
        if m.file_size > _BOMB_MIN_BYTES and m.file_size > _BOMB_RATIO * max(m.compress_size, 1):
            raise ReadError(
                f"{name}: {m.filename} inflates {m.file_size // max(m.compress_size, 1)} times "
                f"({m.compress_size / 1e6:.1f} MB to {m.file_size / 1e6:.0f} MB): a zip bomb, not a Word document "
                f"(the limit is {_BOMB_RATIO} times for parts over {_BOMB_MIN_BYTES / 1e6:.0f} MB)"
            )


def read(path: Path) -> Source:
    data = read_bytes(path)
    fmt = FORMATS.get(path.suffix.lower(), "docx")
    if fmt == "doc" and not data.startswith(b"PK"):  # a .docx saved under .doc is read directly
        if not data.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):
            raise ReadError(f"{path}: not a Word document (neither Word 97-2003 nor RTF)")
        text = _read_doc(path)
    else:
        text = _read_docx(path, path)
    text = closing_columns(text)
    if not text.strip():
        raise ReadError(f"{path}: the document has no text")
    return Source(str(path), fmt, hashlib.sha256(data).hexdigest(), text)


_RECIPIENTS = re.compile(r"(?im)^[ \t]*nơi\s+nhận\s*:?[^\n]*\t")


def closing_columns(text: str) -> str:
    """"Nơi nhận" and the signature set side by side with tab stops instead of a table
    ("Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND các huyện;\tNguyễn Văn A"): read column by column,
    as the closing table is, so the signature's lines stand alone."""
    m = _RECIPIENTS.search(text)
    if m is None:
        return text
    lines = text[m.start() :].split("\n")
    left, right, used = [], [], 0
    for line in lines:
        if line.strip() and "\t" not in line and not line.lstrip().startswith(("-", "+", "•")):
            break  # the block ends where a line neither has a column nor is a recipient
        used += 1
        head, _, tail = line.partition("\t")
        if head.strip():
            left.append(head.rstrip())
        if tail.strip():
            right.append(tail.strip())
    rest = lines[used:]
    return text[: m.start()] + "\n".join([*left, "", *right, *rest])


def _read_docx(docx_path: Path, name: Path) -> str:
    import docx

    check_inflated_size(docx_path, name)
    try:
        document = docx.Document(str(docx_path))
    except Exception as exc:  # zipfile, lxml and python-docx raise many kinds for a damaged file
        raise ReadError(f"{name}: not a readable Word document ({type(exc).__name__}: {exc})") from exc
    return _Body(document).text()


def _read_doc(path: Path) -> str:
    """Legacy Word 97-2003: LibreOffice converts it to .docx, which is then read as above."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if exe is None:
        raise ReadError(f"{path}: a legacy .doc file; install LibreOffice to read .doc (or save it as .docx)")
    with tempfile.TemporaryDirectory(prefix="plankb-doc-") as tmp:
        # A profile of its own, so a LibreOffice already open does not swallow the request.
        profile = Path(tmp, "profile").as_uri()
        cmd = [exe, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx", "--outdir", tmp, str(path)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=180, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            raise ReadError(f"{path}: LibreOffice could not convert the .doc ({exc})") from exc
        out = Path(tmp, path.stem + ".docx")
        if not out.exists():
            raise ReadError(f"{path}: LibreOffice could not convert the .doc (damaged or not a Word file)")
        return _read_docx(out, path)


class _Body:
    def __init__(self, document):
        self.document = document
        self.numbering = Numbering(document)
        self.styles = self.numbering.styles
        self.chunks: list[tuple[str, bool]] = []  # (text, centred)

    def text(self) -> str:
        self._walk(self.document.element.body)
        out = ""
        for k, (chunk, centred) in enumerate(self.chunks):
            if k:
                out += "\n" if centred and self.chunks[k - 1][1] else "\n\n"
            out += chunk
        return out

    def _walk(self, parent) -> None:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                self._paragraph(child)
            elif child.tag == qn("w:tbl"):
                self._table(child)
            elif child.tag in (qn("w:sdt"), qn("w:customXml"), qn("w:sdtContent")):
                self._walk(child)  # content controls wrap ordinary paragraphs and tables

    # --- paragraphs ---

    def _paragraph(self, p) -> None:
        for box in _text_boxes(p):  # a text box's paragraphs come before the anchoring one
            for inner in box.iterchildren(qn("w:p")):
                self._paragraph(inner)
        text = self._line(p)
        if text.strip():
            self.chunks.append((text, self._alignment(p) == "center"))

    def _line(self, p) -> str:
        text = _runs_text(p).strip(" ")
        prefix = self.numbering.prefix(p) if text.strip() else ""
        return f"{prefix} {text}" if prefix else text

    def _alignment(self, p) -> str | None:
        ppr = p.find(qn("w:pPr"))
        jc = ppr.find(qn("w:jc")) if ppr is not None else None
        if jc is not None:
            return jc.get(qn("w:val"))
        style_id = _style_of(ppr)
        seen = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self.styles.get(style_id)
            if style is None:
                return None
            sppr = style.find(qn("w:pPr"))
            jc = sppr.find(qn("w:jc")) if sppr is not None else None
            if jc is not None:
                return jc.get(qn("w:val"))
            based = style.find(qn("w:basedOn"))
            style_id = based.get(qn("w:val")) if based is not None else None
        return None

    # --- tables ---

    def _table(self, tbl) -> None:
        rows = [_cells(tr) for tr in tbl.iterchildren(qn("w:tr"))]
        if not rows:
            return
        if self._is_layout_table(rows):
            self._columns(rows)
            return
        lines = []
        for row in rows:
            cells = []
            for tc, span in row:
                cells.append(" ".join(self._line(p) for p in tc.iter(qn("w:p")) if _runs_text(p).strip()))
                cells.extend([""] * (span - 1))
            if any(c.strip() for c in cells):
                lines.append("\t".join(cells))
        if lines:
            self.chunks.append(("\n".join(lines), False))

    def _is_layout_table(self, rows) -> bool:
        width = max(sum(span for _tc, span in row) for row in rows)
        if width > 3:
            return False
        if len(self.chunks) < _LAYOUT_TABLE_REACH:
            return True  # the header: nothing but a line or two stands above it
        first_texts = [_runs_text(p) for row in rows for tc, _ in row for p in tc.iter(qn("w:p"))]
        return any(re.match(r"\s*(?i:nơi\s+nhận)", t) for t in first_texts)

    def _columns(self, rows) -> None:
        columns: dict[int, list[str]] = {}
        for row in rows:
            col = 0
            for tc, span in row:
                lines = [self._line(p) for p in tc.iter(qn("w:p"))]
                columns.setdefault(col, []).extend(ln for ln in lines if ln.strip())
                col += span
        lines = [ln for col in sorted(columns) for ln in columns[col]]
        if lines:
            self.chunks.append(("\n".join(lines), False))


def _cells(tr) -> list[tuple[object, int]]:
    """A row's cells with their column span; a vertically merged continuation is skipped."""
    out = []
    for tc in tr.iterchildren(qn("w:tc")):
        tcpr = tc.find(qn("w:tcPr"))
        span_el = tcpr.find(qn("w:gridSpan")) if tcpr is not None else None
        span = int(span_el.get(qn("w:val"), "1")) if span_el is not None else 1
        vmerge = tcpr.find(qn("w:vMerge")) if tcpr is not None else None
        if vmerge is not None and vmerge.get(qn("w:val")) in (None, "continue"):
            out.append((_EMPTY, span))
            continue
        out.append((tc, span))
    return out


class _Empty:
    def iter(self, _tag):
        return iter(())


_EMPTY = _Empty()


def _style_of(ppr) -> str | None:
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    return style.get(qn("w:val")) if style is not None else None


_RUN_TEXT = {qn("w:t"): None, qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


def _runs_text(p) -> str:
    """The paragraph's visible text: runs, hyperlinks, insertions, fields' results; not deletions
    nor text boxes (read as paragraphs of their own)."""
    parts = []
    for r in p.iter(qn("w:r")):
        if any(a.tag in _SKIP_ANCESTORS for a in r.iterancestors()) and not _inside_own_box(r, p):
            continue
        for el in r.iterchildren():
            if el.tag == qn("w:t"):
                parts.append(el.text or "")
            elif el.tag == qn("w:br") and el.get(qn("w:type")) == "page":
                parts.append("\n")
            elif el.tag in _RUN_TEXT:
                parts.append(_RUN_TEXT[el.tag])
    return "".join(parts)


def _inside_own_box(r, p) -> bool:
    """True when the text box holding this run is ``p``'s own container (p is in the box)."""
    for a in r.iterancestors():
        if a is p:
            return True
        if a.tag in _SKIP_ANCESTORS:
            return False
    return False


def _text_boxes(p) -> list:
    """Text boxes anchored in this paragraph; Word stores each twice (mc:Choice and mc:Fallback)."""
    fallback = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
    boxes = []
    for box in p.iter(qn("w:txbxContent")):
        if any(a.tag == fallback for a in box.iterancestors()):
            continue
        if any(a.tag == qn("w:txbxContent") for a in box.iterancestors()):
            continue  # a box in a box is read with its outer box
        boxes.append(box)
    return boxes
