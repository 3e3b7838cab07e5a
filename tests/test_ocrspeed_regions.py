"""Second readings of a scanned page's regions: several crops read by one Tesseract process give
what each gives read alone, and a region read once is not read again."""

from __future__ import annotations

from pathlib import Path

import pytest

from plankb.extractors.readers import ocr
from plankb.extractors.readers.positioned import Word

ROOT = Path(__file__).resolve().parent.parent
RENDERINGS = ROOT / "tests" / "fixtures" / "renderings"
needs_ocr = pytest.mark.skipif(ocr.unavailable() is not None, reason=f"no OCR engine: {ocr.unavailable()}")


@pytest.fixture(autouse=True)
def _the_command(monkeypatch):
    monkeypatch.setenv("PLANKB_OCR_IN_PROCESS", "0")  # these count the command's processes (ocr_engine: none)


def test_split_pages_gives_each_image_its_rows_numbered_as_alone():
    header = "level\tpage_num\tblock_num\ttext"
    tsv = f"{header}\n1\t1\t0\t\n5\t1\t1\tMột\n1\t2\t0\t\n5\t2\t1\tHai\n5\t2\t1\tBa\n"
    first, second = ocr._split_pages(tsv, 2)
    assert first == f"{header}\n1\t1\t0\t\n5\t1\t1\tMột\n"
    assert second == f"{header}\n1\t1\t0\t\n5\t1\t1\tHai\n5\t1\t1\tBa\n"
    assert ocr._split_pages(tsv, 3) is None  # an image lost from the list: read each alone
    assert ocr._split_pages("Error\n", 1) is None


class _Runs:
    """Counts the Tesseract processes started."""

    def __init__(self, monkeypatch):
        self.count = 0
        run = ocr.subprocess.run

        def counted(args, *a, **k):
            self.count += args[0] == "tesseract"
            return run(args, *a, **k)

        monkeypatch.setattr(ocr.subprocess, "run", counted)


@needs_ocr
def test_regions_read_together_as_alone_and_once(monkeypatch):
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])
    regions = [((40, 40, 300, 80), "7", None, False), ((40, 80, 300, 120), "7", None, False), ((40, 40, 300, 200), "6", None, False),
               ((40, 120, 300, 160), "7", None, False)]
    ocr._READ.clear()
    alone = [ocr.region_words(path, 0, box, psm, threshold, red) for box, psm, threshold, red in regions]
    assert any(alone)
    ocr._READ.clear()
    runs = _Runs(monkeypatch)
    together = ocr.read_regions(path, 0, regions)
    assert runs.count == 2  # one process for the three lines (psm 7), one for the block (psm 6)
    assert [[[w.text for w in line] for line in lines] for lines in together] == [[[w.text for w in line] for line in lines] for lines in alone]
    assert ocr.region_words(path, 0, *regions[2][:2]) == together[2] and runs.count == 2  # read before: no new process


@needs_ocr
def test_regions_read_together_are_cached_each(monkeypatch, tmp_path):
    monkeypatch.setenv("PLANKB_OCR_CACHE", str(tmp_path))
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])
    regions = [((40, 40, 300, 80), "7", None, False), ((40, 80, 300, 120), "7", None, False)]
    ocr._READ.clear()
    first = ocr.read_regions(path, 0, regions)
    assert len(list(tmp_path.rglob("*.tsv"))) == 2
    ocr._READ.clear()
    runs = _Runs(monkeypatch)
    assert ocr.region_words(path, 0, *regions[1][:2]) == first[1] and runs.count == 0  # from the cache


@needs_ocr
def test_the_titles_holes_and_damaged_lines_are_read_by_one_process(monkeypatch):
    from plankb.extractors.readers import ocr_gaps
    from plankb.extractors.readers.positioned import Word

    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    path = str(sorted(RENDERINGS.glob("*.pdf"))[0])

    def line(top: float, *words: tuple[float, str]) -> list[Word]:
        return [Word(x0, x0 + 8 * len(text), top, top + 12, text) for x0, text in words]

    holed = line(180, (100, "Phê"), (175, "Quy"), (207, "hoạch"))  # a word-wide hole after "Phê"
    damaged = line(220, (100, "t"), (120, "luận"), (160, "của"), (190, "Thủ"), (220, "tướng"))  # "t" for "Kết"
    lines = [holed, damaged]
    assert ocr_gaps.holes(holed, 842) and ocr_gaps.damaged(damaged, 842) == [0]
    ocr._READ.clear()
    runs = _Runs(monkeypatch)
    ocr_gaps.fill_holes(path, 0, 842, lines)
    assert runs.count == 1
    ocr_gaps.mend_damaged(path, 0, 842, lines)
    assert runs.count == 1  # its line was read with the holes


def test_a_word_read_with_its_tone_mark_twice_is_the_syllable_with_it_once():
    from plankb.extractors.readers.ocr_gaps import one_tone_mark, replacement

    assert one_tone_mark("tạị") == "tại" and one_tone_mark("ngườì") == "người"
    assert one_tone_mark("tạìi") is None  # two different tones: unknown
    assert one_tone_mark("tại") is None  # one mark: nothing to mend
    read = [[Word(100, 118, 10, 22, "-tạị"), Word(121, 140, 10, 22, "buổi")]]
    assert [w.text for w in replacement(read, 90, 120)] == ["tại"]


@needs_ocr
def test_lines_read_as_a_list_are_read_as_alone_and_alone_when_the_list_fails(monkeypatch):
    from PIL import Image, ImageDraw

    images = []
    for number in ("21", "1482"):
        image = Image.new("L", (240, 80), 255)
        ImageDraw.Draw(image).text((20, 20), number, fill=0, font_size=40)
        images.append(image)
    together = [t.strip() for t in ocr._read_lines_of(images)]
    assert together == [ocr._line_of(image).strip() for image in images] == ["21", "1482"]
    monkeypatch.setattr(ocr, "_one_process", lambda *args: None)  # the list spoilt: each image alone
    assert [t.strip() for t in ocr._read_lines_of(images)] == together
