"""Makes patterns/common_pairs.py: the pairs of neighbouring words that plans and directives write
often, with their marks, counted over born-digital texts (typed, not OCR'd: their marks are the
writer's), so that the table is reproducible and its rule is this code.

    python -m plankb.extractors.patterns.make_common_pairs [--shared ../shared] [--check]

Reads ../shared/dev/docs, ../shared/real-texts and the seeds (corpus/seeds); never the gold
files, never a scan's OCR. ``--check`` writes nothing and fails when the table differs.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from plankb.extractors.patterns.layout_markers import SURNAMES
from plankb.extractors.readers.ocr_case import name_cased, neighbours
from plankb.extractors.syllables import is_syllable
from plankb.extractors.text import fold

MIN_DOCUMENTS = 3  # a pair at least this many documents write...
RIVAL_SHARE = 5  # ...and no pair of the same letters with other marks in more than 1/5 as many
AMBIGUOUS_TIMES = 3  # a rival written this many times...
AMBIGUOUS_SHARE = 10  # ...and at least 1/10 as often: the letters are two phrases, left out
# Phrases of the same administrative language that the typed texts here happen not to write, whose
# letters a pair they write often shares: "cổ đông" (shareholders, in every decision on a state
# enterprise or bank) is not "cổ động" (tuyên truyền cổ động). Such a pair is ambiguous too.
RIVAL_PHRASES = ("cổ đông",)
NAMED_SHARE = 2  # a pair written in a person's name in more than half its uses is a name's
CASED_TIMES = 2  # a pair written this many times with capitals inside a sentence ("Ban Tổ chức") may be corrected so cased
JOINT_SHARE = 2  # ...and one written in more than half its uses between two pairs more frequent than
# it is the end of one phrase and the start of the next

# Words that stand next to anything: a pair with one says nothing about the other word's marks
# ("diện cho" in "đại diện cho" must not correct "điện cho", nor "qua đó" "quả do").
FUNCTION_WORDS = frozenset(
    """và các của về theo trong có được để với tại đến trên cho là những ở hoặc không giữa này đây
    đó kia ấy vào qua đã do khi như nhằm nếu nào thì một mà bị gồm từ sau ra cùng nay sẽ cũng
    rằng vẫn còn lại hay nên vì bởi nhưng dù mỗi mọi chưa rất""".split()
)

_WORD = re.compile(r"[^\W\d_]+")
_TABLE = Path(__file__).with_name("common_pairs.py")


def marks_off(word: str) -> str:
    """The letters without their marks: "tổ" and "tô" share "to" (as ocr_consensus compares)."""
    stripped = unicodedata.normalize("NFD", word.lower().replace("đ", "d"))
    return "".join(ch for ch in stripped if not unicodedata.combining(ch))


def word_runs(text: str) -> Iterable[list[str]]:
    """Runs of neighbouring words as ocr_consensus pairs them (ocr_case.neighbours: only spaces
    between, no blank line before a capital), each a Vietnamese syllable as written (its case kept)."""
    text = unicodedata.normalize("NFC", text)
    run: list[str] = []
    last = None
    for match in _WORD.finditer(text):
        if last is None or not neighbours(text, last, match) or not is_syllable(match.group(0)):
            if len(run) > 1:
                yield run
            run = []
        if is_syllable(match.group(0)):
            run.append(match.group(0))
        last = match
    if len(run) > 1:
        yield run


def make_tables(texts: Iterable[str]) -> tuple[list[str], list[str], list[str]]:
    """The pairs written often, those of them whose letters are also another phrase, and those
    written mostly where one phrase ends and the next begins; each sorted."""
    runs = [list(word_runs(text)) for text in texts]
    documents: Counter[tuple[str, str]] = Counter()
    times: Counter[tuple[str, str]] = Counter()
    for document in runs:
        found = Counter(pair for run in document for pair in _folded_pairs(run))
        times.update(found)
        documents.update(found.keys())
    # How each pair is written: inside a person's name, and between two pairs each written more
    # often than it (the end of one phrase and the start of the next).
    named: Counter[tuple[str, str]] = Counter()
    joint: Counter[tuple[str, str]] = Counter()
    for document in runs:
        for run in document:
            folded = [fold(w) for w in run]
            in_name = _in_names(run)
            for k in range(len(run) - 1):
                pair = (folded[k], folded[k + 1])
                if in_name[k] and in_name[k + 1]:
                    named[pair] += 1
                if 0 < k < len(run) - 2 and min(times[(folded[k - 1], folded[k])], times[(folded[k + 1], folded[k + 2])]) > times[pair]:
                    joint[pair] += 1
    by_letters: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for pair in times:
        by_letters[(marks_off(pair[0]), marks_off(pair[1]))].append(pair)
    often, ambiguous, joints = [], [], []
    for pair, n in documents.items():
        letters = (marks_off(pair[0]), marks_off(pair[1]))
        if n < MIN_DOCUMENTS or pair == letters or FUNCTION_WORDS.intersection(pair):
            continue  # rare, nothing to correct (no mark), or a function word
        if NAMED_SHARE * named[pair] > times[pair]:
            continue  # a name's marks are its own: "Văn Cường" is not "Văn Cương" for being a pair
        rivals = [other for other in by_letters[letters] if other != pair]
        if any(RIVAL_SHARE * documents[other] > n for other in rivals):
            continue
        often.append(" ".join(pair))
        if any(times[other] >= AMBIGUOUS_TIMES and AMBIGUOUS_SHARE * times[other] >= times[pair] for other in rivals) or any(
            " ".join(letters) == " ".join(marks_off(w) for w in phrase.split()) and " ".join(pair) != phrase for phrase in RIVAL_PHRASES
        ):
            ambiguous.append(" ".join(pair))
        if JOINT_SHARE * joint[pair] > times[pair]:
            joints.append(" ".join(pair))
    return sorted(often), sorted(ambiguous), sorted(joints)


def cased_forms(texts: Iterable[str], pairs: Iterable[str]) -> dict[str, list[str]]:
    """For each of ``pairs``, the case forms of a proper name (ocr_case.NAME_FORMS) in which the
    texts write it at least CASED_TIMES times: "tổ chức" -> ["Tl"] (Luật Tổ chức, Ban Tổ
    chức). A pair the texts write only as prose is no name's: "Phan Thị" is not "Phần Thi"."""
    wanted = set(pairs)
    seen: Counter[tuple[str, str]] = Counter()
    for text in texts:
        text = unicodedata.normalize("NFC", text)
        words = list(_WORD.finditer(text))
        for a, b in zip(words, words[1:]):
            if not neighbours(text, a, b):
                continue
            pair = f"{fold(a.group(0))} {fold(b.group(0))}"
            form = name_cased(text, a, b) if pair in wanted else None
            if form:
                seen[(pair, form)] += 1
    out: dict[str, list[str]] = {}
    for (pair, form), n in sorted(seen.items()):
        if n >= CASED_TIMES:
            out.setdefault(pair, []).append(form)
    return out


def _in_names(run: list[str]) -> list[bool]:
    """Which words of the run are in a person's name: three or four capitalised words (and no
    more) from a family name on, "Triệu Văn Cường"."""
    flags = [False] * len(run)
    k = 0
    while k < len(run):
        end = k
        while end < len(run) and run[end][:1].isupper() and run[end][1:].islower():
            end += 1
        if 3 <= end - k <= 4 and run[k] in SURNAMES:
            flags[k:end] = [True] * (end - k)
        k = max(end, k + 1)
    return flags


def _folded_pairs(run: list[str]) -> Iterable[tuple[str, str]]:
    """The run's pairs, lower case with one tone placement ("hoà" is "hòa")."""
    words = [fold(w) for w in run]
    return zip(words, words[1:])


def born_digital_texts(shared: Path, seeds: Path) -> list[str]:
    """The typed texts: dev documents, real texts and seeds, each once (the seeds are also in
    ../shared/seeds)."""
    paths = [p for d in (shared / "dev" / "docs", shared / "real-texts", shared / "seeds", seeds) if d.is_dir() for p in sorted(d.iterdir())]
    texts, seen = [], set()
    for path in paths:
        if path.suffix.lower() not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        digest = hashlib.sha1(text.encode()).hexdigest()
        if digest not in seen:
            seen.add(digest)
            texts.append(text)
    return texts


def _joined(pairs: list[str], indent: str = "        ", width: int = 118) -> str:
    """The pairs as "|"-joined string literals, one line each of at most ``width`` characters."""
    lines, line = [], ""
    for pair in pairs:
        if line and len(indent) + len(line) + len(pair) + 4 > width:
            lines.append(f'{indent}"{line}"')
            line = ""
        line += pair + "|"
    lines.append(f'{indent}"{line[:-1]}"')
    return "\n".join(lines)


def _cased(cased: dict[str, list[str]], indent: str = "    ", width: int = 118) -> str:
    """The cased pairs as dict entries, several a line."""
    items = [f'"{pair}": "{" ".join(forms)}",' for pair, forms in sorted(cased.items())]
    lines, line = [], ""
    for item in items:
        if line and len(indent) + len(line) + len(item) + 1 > width:
            lines.append(indent + line.rstrip())
            line = ""
        line += item + " "
    if line:
        lines.append(indent + line.rstrip())
    return "\n".join(lines)


def render(often: list[str], ambiguous: list[str], joints: list[str], documents: int, cased: dict[str, list[str]] | None = None) -> str:
    return f'''"""Pairs of neighbouring words that Vietnamese plans and directives write often, with their marks:
what OCR'd text is corrected against when Tesseract misreads a word's marks the same way all
through a document ("bỗ sung", "tô chức", "thành phô"), so that the document's own spelling
(ocr_consensus) cannot outvote the error.

MADE BY patterns/make_common_pairs.py (do not edit by hand: change its rule and run it again),
from {documents} born-digital texts (dev documents, real texts, seeds; not the gold files, not the
scans): pairs of two Vietnamese syllables that at least {MIN_DOCUMENTS} documents write, whose letters without
marks no other pair with different marks shares in more than 1/{RIVAL_SHARE} as many documents; pairs
without any mark are left out (nothing to correct), and so are pairs with a function word ("cho",
"của", "đó"...): "diện cho" (đại diện cho) must not correct "điện cho", nor "qua đó" "quả do";
and pairs written in people's names in more than 1/{NAMED_SHARE} of their uses ("Văn Cường").
Separated by "|" to keep the table short.
"""

_WRITTEN_OFTEN = tuple(
    (
{_joined(often)}
    ).split("|")
)


# Pairs written often whose letters, with other marks, are another phrase the same texts write at
# least {AMBIGUOUS_TIMES} times and at least 1/{AMBIGUOUS_SHARE} as often, or that the rule's list of phrases they do not write
# holds ({", ".join(f'"{p}"' for p in RIVAL_PHRASES)}): "thủ trưởng" and "thứ trưởng" (the rank in the
# title of a deputy minister's decision), "vị sự" (đơn vị sự nghiệp) and "vì sự" (Ban vì sự tiến
# bộ của phụ nữ). For them the table cannot say which was printed: the document's own spelling
# decides (ocr_consensus), or nothing.
AMBIGUOUS_PAIRS = frozenset(
    (
{_joined(ambiguous)}
    ).split("|")
)

# Pairs written often, but mostly where one phrase ends and the next begins, between two pairs
# each written more often than they are: "giáo trung" (Ban Tuyên giáo Trung ương), "định chi"
# (quy định chi tiết). Their letters are as likely two other phrases ("Giao Trung tâm..."): they
# correct nothing, but vouch for a word that another pair corrects ("chi tiết" after "định").
JOINT_PAIRS = frozenset(
    (
{_joined(joints)}
    ).split("|")
)

# What OCR'd pairs are corrected against: the pairs written often, less those in doubt.
COMMON_PAIRS = tuple(p for p in _WRITTEN_OFTEN if p not in AMBIGUOUS_PAIRS and p not in JOINT_PAIRS)

# The case forms of a proper name (readers/ocr_case: "Tl" "Tổ chức", "TT" "Hồ Chí") in which the
# same texts write a common pair at least {CASED_TIMES} times, inside a sentence: a pair OCR'd with such
# capitals is corrected only towards a pair written so (names' marks are their own).
_CASED = {{
{_cased(cased or {})}
}}
CASED_PAIRS = {{pair: frozenset(forms.split()) for pair, forms in _CASED.items()}}

EXAMPLES = (
    ("bỗ sung", "bổ sung"),
    ("tô chức", "tổ chức"),
    ("thành phô", "thành phố"),
    ("sửa đôi", "sửa đổi"),
    ("quân chúng", "quần chúng"),
    ("tiên bộ", "tiến bộ"),
)
'''


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parents[2]
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the table differs")
    args = parser.parse_args(argv)
    texts = born_digital_texts(args.shared, root / "corpus" / "seeds")
    often, ambiguous, joints = make_tables(texts)
    common = [p for p in often if p not in ambiguous and p not in joints]
    table = render(often, ambiguous, joints, len(texts), cased_forms(texts, common))
    if args.check:
        same = _TABLE.read_text(encoding="utf-8") == table
        print("common_pairs.py is up to date" if same else "common_pairs.py differs from what its rule makes")
        return 0 if same else 1
    _TABLE.write_text(table, encoding="utf-8")
    print(f"{len(texts)} texts: {len(often)} pairs written often, {len(ambiguous)} of them ambiguous, {len(joints)} between two phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
