"""The limits `extract` and `ingest` take as options, once for both: each is passed to the readers,
and to worker processes, through the environment (a worker inherits it)."""

from __future__ import annotations

import click

# Every limit the readers take from the environment: what a Dask client hands its workers.
LIMIT_ENVS = ("PLANKB_MAX_MB", "PLANKB_MAX_INFLATED_MB", "PLANKB_MAX_PAGES", "PLANKB_OCR_PAGE_SECONDS")


def limit_options(command):
    """--max-inflated-mb, --max-pages and --ocr-page-seconds, as the keyword arguments
    ``max_inflated_mb``, ``max_pages`` and ``ocr_page_seconds``."""
    command = click.option(
        "--max-pages",
        type=click.IntRange(min=1),
        default=None,
        help="Refuse a PDF of more pages than this [default: PLANKB_MAX_PAGES or 2000].",
    )(command)
    command = click.option(
        "--ocr-page-seconds",
        type=click.FloatRange(min=0, min_open=True),
        default=None,
        help="Give up OCR of a page after this many seconds, with a warning naming it [default: PLANKB_OCR_PAGE_SECONDS or 300].",
    )(command)
    return click.option(
        "--max-inflated-mb",
        type=click.FloatRange(min=0),
        default=None,
        help="Refuse a Word file whose unpacked contents exceed this [default: PLANKB_MAX_INFLATED_MB or 100].",
    )(command)


def apply_limits(max_inflated_mb: float | None, ocr_page_seconds: float | None, max_pages: int | None = None) -> None:
    from plankb.extractors.readers.docx import set_inflated_limit
    from plankb.extractors.readers.ocr import set_page_seconds
    from plankb.extractors.readers.pdf import set_max_pages

    set_inflated_limit(max_inflated_mb)
    set_page_seconds(ocr_page_seconds)
    set_max_pages(max_pages)
