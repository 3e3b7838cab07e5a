"""The OCR time limit per page (issue 14): an option with a default, and a page over it is given
up with a warning that names the file and the page; the file is still stored."""

from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner
from PIL import Image, ImageDraw

from plankb.cli import main
from plankb.extractors.readers import ocr


def _scan(path) -> None:
    """A one-page PDF that is only a picture of a page with words on it."""
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for i in range(40):
        draw.text((100, 100 + 35 * i), "KE HOACH thuc hien phong trao thi dua Dan van kheo nam 2023", fill=0)
    buf = io.BytesIO()
    page.save(buf, format="PDF", resolution=150)
    path.write_bytes(buf.getvalue())


def test_the_page_limit_comes_from_the_environment_with_a_default(monkeypatch):
    monkeypatch.delenv(ocr.PAGE_SECONDS_ENV, raising=False)
    assert ocr.page_seconds() == ocr.DEFAULT_PAGE_SECONDS
    monkeypatch.setenv(ocr.PAGE_SECONDS_ENV, "2.5")
    assert ocr.page_seconds() == 2.5
    monkeypatch.setenv(ocr.PAGE_SECONDS_ENV, "soon")
    assert ocr.page_seconds() == ocr.DEFAULT_PAGE_SECONDS


@pytest.mark.skipif(ocr.unavailable() is not None, reason="needs Tesseract with its Vietnamese model")
def test_a_page_over_the_limit_is_given_up_with_a_warning_naming_it(tmp_path, monkeypatch):
    monkeypatch.delenv("PLANKB_OCR_CACHE", raising=False)
    scan = tmp_path / "scan.pdf"
    _scan(scan)
    result = CliRunner().invoke(main, ["extract", str(scan), "--ocr-page-seconds", "0.001"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    failed = [w for w in record["warnings"] if w["code"] == "ocr-failed"]
    assert failed and "page 1" in failed[0]["message"] and str(scan) in failed[0]["message"], record["warnings"]
    assert "timed out" in failed[0]["message"]


def test_a_pdf_over_the_page_limit_is_refused_naming_the_file_and_the_limit(tmp_path, monkeypatch):
    from tests.test_limits import LINES, _pdf

    whole = _pdf(LINES)  # three pages
    three, cut = tmp_path / "three.pdf", tmp_path / "cut.pdf"
    three.write_bytes(whole)
    cut.write_bytes(whole[: whole.index(b"7 0 obj")])  # cut short: read by the other reader
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(three), "--max-pages", "3"]).exit_code == 0
    for path in (three, cut):
        refused = runner.invoke(main, ["extract", str(path), "--max-pages", "1"])
        assert refused.exit_code == 1
        assert f"{path}: " in refused.stderr and "over the limit of 1 pages a PDF (--max-pages" in refused.stderr, refused.stderr
