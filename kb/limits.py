"""The limits `extract` and `ingest` take as options, once for both: each is passed to the readers,
and to worker processes, through the environment (a worker inherits it), under the name the
reader that applies it gives it."""

from __future__ import annotations

import os

import click


def _option_envs() -> dict[str, str]:
    """Each option's keyword argument and the environment variable its reader reads."""
    from plankb.extractors.readers import docx, ocr, pdf

    return {"max_inflated_mb": docx.INFLATED_ENV, "max_pages": pdf.MAX_PAGES_ENV, "ocr_page_seconds": ocr.PAGE_SECONDS_ENV}


def limit_envs() -> tuple[str, ...]:
    """Every limit the readers take from the environment: what a Dask client hands its workers."""
    from plankb.extractors.readers import MAX_MB_ENV

    return (MAX_MB_ENV, *_option_envs().values())


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
    """The limits a command was given, set for this process and its workers (one not given keeps
    the environment's value or the reader's default)."""
    given = {"max_inflated_mb": max_inflated_mb, "max_pages": max_pages, "ocr_page_seconds": ocr_page_seconds}
    for option, env in _option_envs().items():
        value = given[option]
        if value is not None:
            os.environ[env] = str(value) if isinstance(value, int) else f"{value:g}"
