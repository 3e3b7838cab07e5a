"""The annotated sets of real documents that the accuracy report scores, and the kind of each
document (whole text, opening only, portal page, announcement, Word, born-digital or scanned PDF).

A set is a folder of gold files and the folder(s) of its documents, paired by file name without
suffix. The layout is the one of the shared folder (its README says what is where); a set whose
folder is missing is left out of the report, not an error.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from plankb.corpus import scoring

# The kinds, in the order the report shows them.
KINDS = ("whole", "opening", "portal", "announcement", "word", "born_digital", "old_ocr_layer", "image_only")
KIND_LABELS = {
    "whole": "whole text",
    "opening": "opening only",
    "portal": "portal page",
    "announcement": "announcement",
    "word": "Word file",
    "born_digital": "born-digital PDF",
    "old_ocr_layer": "PDF, old OCR layer",
    "image_only": "PDF, image only",
}
# How the shared sources tables name the kind of a text.
_SOURCE_KINDS = {"full_text": "whole", "partial": "opening", "news_summary": "announcement"}
# A portal page carries a metadata block: at least two of these labels at a line start.
_PORTAL_LABELS = re.compile(r"(?mi)^[ \t|*]*(?:Số hiệu|Loại văn bản|Cơ quan ban hành|Ngày ban hành|Người ký|Ngày hiệu lực|Lĩnh vực)\s*:")


@dataclass
class Item:
    gold: dict
    path: Path
    kind: str


@dataclass
class Set:
    name: str
    gold_dir: Path
    doc_dirs: list[Path]
    suffixes: tuple[str, ...]
    sources: list[Path] = field(default_factory=list)  # tables with a "kind" column per document id

    def available(self) -> bool:
        return self.gold_dir.is_dir() and any(d.is_dir() for d in self.doc_dirs)

    def items(self) -> list[Item]:
        golds = scoring.load_gold(self.gold_dir)
        files = sorted(p for d in self.doc_dirs if d.is_dir() for p in d.iterdir() if p.suffix.lower() in self.suffixes)
        kinds = _source_kinds(self.sources)
        return [Item(gold, path, kind_of(gold, path, kinds.get(path.stem))) for gold, path in scoring.pair_documents(golds, files)]


def shared_sets(shared: Path) -> list[Set]:
    dev = shared / "dev"
    return [
        Set("dev", dev / "gold", [dev / "docs"], (".txt", ".md"), sorted(dev.glob("sources-*.tsv"))),
        Set("dev-files", dev / "gold", [dev / "files"], (".pdf", ".docx", ".doc")),
        Set("real-texts", shared / "real-texts-gold", [shared / "real-texts"], (".txt", ".md")),
        Set("real-pdfs", shared / "real-pdfs-gold", [shared / "real-pdfs"], (".pdf",)),
        Set("seeds", shared / "gold", [shared / "seeds"], (".txt", ".md")),
    ]


def folder_sets(root: Path) -> list[Set]:
    """Every set folder under ``root`` (``root`` itself included), laid out as the shared sets are:
    ``gold/`` beside ``docs/`` (texts) and ``files/`` (Word, PDF), with optional ``sources*.tsv``
    giving each document's kind. A set is named by its path under ``root``'s parent, so that
    ``silver/web/tune`` and ``silver/web/check`` stay apart in one report."""
    found = sorted({g.parent for g in root.rglob("gold") if g.is_dir()} | ({root} if (root / "gold").is_dir() else set()))
    return [Set(str(d.relative_to(root.parent)), d / "gold", [d / "docs", d / "files"],
                (".txt", ".md", ".pdf", ".docx", ".doc"), sorted(d.glob("sources*.tsv"))) for d in found]


def kind_of(gold: dict, path: Path, source_kind: str | None) -> str:
    if gold.get("kind") in KINDS:
        return gold["kind"]
    if path.suffix.lower() in (".docx", ".doc"):
        return "word"
    if path.suffix.lower() == ".pdf":
        return "born_digital"
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    except OSError:
        head = ""
    if len(_PORTAL_LABELS.findall(head)) >= 2:
        return "portal"
    return _SOURCE_KINDS.get(source_kind or "", "whole")


def _source_kinds(tables: list[Path]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for table in tables:
        with open(table, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("id") and row.get("kind"):
                    kinds[row["id"]] = row["kind"]
    return kinds
