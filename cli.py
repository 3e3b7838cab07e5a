"""plankb: turn Vietnamese plans and directives into a cross-referenced knowledge base.

Thin click commands over extractors/, corpus/, schema/ and kb/; no logic of their own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from plankb.extractors import __version__
from plankb.kb.limits import apply_limits, limit_options
from plankb.kb.output import format_option, write_rows

CONFIG_OPTION = click.option(
    "--config", type=click.Path(exists=True, dir_okay=False), help="Pipeline config (spaCy .cfg) listing the components to run."
)


def _pipeline(config: str | None):
    from plankb.extractors.pipeline import load_pipeline

    try:
        return load_pipeline(config)
    except Exception as exc:  # a bad config file or a broken plugin: say which
        raise click.ClickException(f"cannot build the extraction pipeline{f' from {config}' if config else ''}: {exc}") from exc


def _iter_records(files: tuple[str, ...], config: str | None):
    """(path, record or None, error message or None) for each file, in order."""
    from plankb.extractors.extract import extract_file
    from plankb.extractors.source import ReadError

    nlp = _pipeline(config)
    from plankb.extractors.pipeline import plugin_components

    for plugin in plugin_components():
        if plugin.error:
            click.echo(f"warning: extractor plugin {plugin.name} ({plugin.origin}) not used: {plugin.error}", err=True)
    show = len(files) > 1 and sys.stderr.isatty()
    with click.progressbar(files, label="Extracting", file=sys.stderr) if show else _Plain(files) as bar:
        for path in bar:
            try:
                yield path, extract_file(path, nlp), None
            except ReadError as exc:
                yield path, None, str(exc)
            except Exception as exc:  # one bad file must not stop the others
                yield path, None, f"{path}: extraction failed ({type(exc).__name__}: {exc})"


class _Plain:
    def __init__(self, items):
        self.items = items

    def __enter__(self):
        return self.items

    def __exit__(self, *exc):
        return False


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="plankb")
def main() -> None:
    """Extract structured records from Vietnamese plans, directives and resolutions,
    score the extraction, and publish a cross-referenced knowledge base."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@format_option("jsonl")
@CONFIG_OPTION
@click.option("--spans/--no-spans", default=True, show_default=True, help="Include where each header value was read.")
@limit_options
@click.option("--shards", "shards_dir", type=click.Path(file_okay=False),
              help="Write the records with their texts into numbered JSON Lines shards in this folder, for plankb ingest --records.")
@click.option("--shard-size", type=click.IntRange(min=1), default=1000, show_default=True, help="Documents per shard.")
@click.option("--scheduler", help="Extract on this Dask cluster (tcp://HOST:8786), whose workers read the FILES from shared storage; "
              "records come back here, in the order of the files.")
def extract(files: tuple[str, ...], fmt: str, config: str | None, spans: bool, max_inflated_mb: float | None, ocr_page_seconds: float | None, max_pages: int | None,
            shards_dir: str | None, shard_size: int, scheduler: str | None) -> None:
    """Extract the document record from each FILE: text (.txt, .md), Word (.docx, .doc) or PDF
    (born-digital, or scanned and read with Tesseract); more with plugins (plankb plugins).

    Records go to standard output: jsonl one whole record a line, json one document (an array
    when several files), table and csv the header of each (file, type, symbol, date, issuer,
    title). Errors, naming the file, go to standard error, and the other files are still
    processed. Exit status 1 when any file failed.

    \b
    With --scheduler the files are extracted on a Dask cluster's workers (with the default
    pipeline), which must reach them at the same paths; the output is as above.

    \b
    Example:
      plankb extract corpus/seeds/*.txt > records.jsonl
      plankb extract plan.docx scan.pdf --format table
      plankb extract /shared/archive/*.pdf --scheduler tcp://HOST:8786 --shards shards/
    """

    if scheduler and config:
        raise click.UsageError("--config cannot be used with --scheduler: the workers extract with the default pipeline")
    apply_limits(max_inflated_mb, ocr_page_seconds, max_pages)
    if shards_dir:
        _extract_shards(files, shards_dir, shard_size, scheduler)
        return
    from plankb.kb.files import shown
    from plankb.kb.ingest import message

    failed = 0
    records = []
    out = sys.stdout
    for _path, data, error in _cluster_records(files, scheduler) if scheduler else _local_records(files, config):
        if error:
            failed += 1
            click.echo(f"error: {shown(error)}", err=True)
            continue
        if not spans:
            data.pop("spans", None)
        for w in data.get("warnings") or []:  # the path once, and printable whatever its bytes
            click.echo(f"warning: {shown(message(data['source']['path'], w['message']))} [{w['code']}]", err=True)
        if fmt == "jsonl":
            click.echo(json.dumps(data, ensure_ascii=False))
        else:
            records.append(data)
    if fmt == "json":
        whole = records[0] if len(files) == 1 and records else records
        click.echo(json.dumps(whole, ensure_ascii=False, indent=2))
    elif fmt != "jsonl":
        _print_headers(records, fmt, out)
    if failed:
        click.echo(f"{failed} of {len(files)} file(s) failed", err=True)
        sys.exit(1)


HEADER_COLUMNS = ["file", "doc_type", "symbol", "date", "issuer", "place", "title"]


def _header_row(record: dict) -> list:
    return [record["source"]["path"], record.get("doc_type"), record.get("symbol"), record.get("date"),
            (record.get("issuer") or {}).get("name"), record.get("place"), record.get("title")]


def _print_headers(records: list[dict], fmt: str, out) -> None:
    """The header of each record, one row each: table or CSV."""
    rows = [_header_row(r) for r in records]
    if fmt == "table":
        from plankb.kb.cli import _table

        if rows:
            click.echo(_table(HEADER_COLUMNS, [dict(zip(HEADER_COLUMNS, r, strict=True)) for r in rows], None))
    else:
        write_rows(HEADER_COLUMNS, rows, fmt, out)


def _local_records(files: tuple[str, ...], config: str | None):
    """(path, record as a dict or None, error or None) of each file, extracted here."""
    for path, record, error in _iter_records(files, config):
        yield path, (record.to_dict() if record is not None else None), error


def _cluster_results(files: tuple[str, ...], scheduler: str):
    """(path, record dict, text, error) of each file, in order, extracted on the Dask cluster at
    ``scheduler``, with the progress a local run shows (a bar on a terminal)."""
    from plankb.kb.distributed import ClusterUnavailable, extract_on_cluster

    results = extract_on_cluster(list(files), scheduler)
    show = len(files) > 1 and sys.stderr.isatty()
    try:
        with click.progressbar(results, length=len(files), label="Extracting on the cluster", file=sys.stderr) if show else _Plain(results) as bar:
            yield from bar
    except ClusterUnavailable as exc:
        raise click.ClickException(str(exc)) from exc


def _cluster_records(files: tuple[str, ...], scheduler: str):
    for path, record, _text, error in _cluster_results(files, scheduler):
        yield path, record, error


def _extract_shards(files: tuple[str, ...], directory: str, size: int, scheduler: str | None = None) -> None:
    """Records and their texts into shards: extraction here (or on a Dask cluster), the knowledge
    base written elsewhere."""
    from plankb.kb.shards import write_shards
    from plankb.kb.work import extract_all

    failed = []

    from plankb.kb.files import shown

    def good():
        for path, record, text, error in _cluster_results(files, scheduler) if scheduler else extract_all(list(files)):
            if error:
                failed.append(path)
                click.echo(f"error: {shown(error)}", err=True)
            else:
                yield path, record, text

    written = write_shards(good(), directory, size)
    click.echo(f"{len(files) - len(failed)} record(s) in {len(written)} shard(s) in {directory}", err=True)
    if failed:
        click.echo(f"{len(failed)} of {len(files)} file(s) failed", err=True)
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold_dir", required=False, type=click.Path(exists=True, file_okay=False))
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@format_option("table")
@click.option("--json", "as_json", is_flag=True, hidden=True, help="Same as --format json.")
@CONFIG_OPTION
@click.option("--details/--no-details", default=True, show_default=True, help="List what each document missed or added (table).")
def eval_command(gold_dir: str | None, files: tuple[str, ...], fmt: str, as_json: bool, config: str | None, details: bool) -> None:
    """Score extraction against annotated documents: precision, recall, F1 per field.

    GOLD_DIR holds annotations in the form of corpus/gold/ (one JSON per document), or is a
    set folder with gold/ beside docs/ and files/; FILES are the documents,
    paired with their annotation by file name without suffix, so a .txt, .docx or .pdf
    rendering of one document is scored against the same annotation. Without FILES, each
    annotation's own document is looked for beside it (docs/, files/, seeds/). With no
    arguments, the bundled corpus (corpus/seeds with corpus/gold) is scored. json: the whole
    summary, per document too; csv and jsonl: one row per field.

    \b
    Example:
      plankb eval                                   # the bundled corpus
      plankb eval my-set/                           # my-set/gold with my-set/docs, files
      plankb eval my-gold/ my-docs/*.pdf --format json
    """
    from plankb.corpus import scoring

    gold_path = Path(gold_dir) if gold_dir else scoring.BUNDLED_GOLD
    if not any(gold_path.glob("*.json")) and (gold_path / "gold").is_dir():
        gold_path = gold_path / "gold"  # a set folder (as the annotated sets are laid out): gold/ beside docs/ and files/
    golds = scoring.load_gold(gold_path)
    if not golds:
        raise click.ClickException(f"{gold_path}: no annotations (*.json) found")
    if not files:
        search = [gold_path, *(gold_path.parent / d for d in ("seeds", "docs", "files")), scoring.BUNDLED_DOCS]
        resolved = []
        for g in golds:
            hit = next((d / g["doc"] for d in search if (d / g["doc"]).exists()), None)
            if hit is None:
                click.echo(f"warning: {g['doc']}: document not found beside {gold_path}; not scored", err=True)
            else:
                resolved.append(str(hit))
        files = tuple(resolved)
    pairs = scoring.pair_documents(golds, [Path(f) for f in files])
    unpaired = sorted({Path(f).name for f in files} - {p.name for _, p in pairs})
    for name in unpaired:
        click.echo(f"warning: {name}: no annotation in {gold_path}; not scored", err=True)
    if not pairs:
        raise click.ClickException("no document has an annotation to score against")
    from plankb.extractors.extract import extract_file
    from plankb.extractors.source import ReadError

    nlp = _pipeline(config)
    scores = []
    for gold, path in pairs:
        try:
            record = extract_file(path, nlp).to_dict()
        except ReadError as exc:
            click.echo(f"error: {exc}", err=True)
            record = {}
        scores.append(scoring.score_document(gold, record))
    summary = scoring.summarize(scores)
    fmt = "json" if as_json else fmt
    if fmt == "json":
        click.echo(json.dumps(summary, ensure_ascii=False, indent=2))
        return
    if fmt != "table":
        columns = ["field", "accuracy", "precision", "recall", "f1", "tp", "fp", "fn", "docs"]
        rows = ([name, *(f.get(c) for c in columns[1:])] for name, f in summary["fields"].items())
        write_rows(columns, rows, fmt, sys.stdout)
        return
    click.echo(f"{'field':<20}{'accuracy':>10}{'precision':>10}{'recall':>10}{'F1':>10}{'tp':>6}{'fp':>6}{'fn':>6}{'docs':>6}")
    for name, f in summary["fields"].items():
        acc = f"{f['accuracy']:>10.3f}" if "accuracy" in f else f"{'':>10}"
        click.echo(f"{name:<20}{acc}{f['precision']:>10.3f}{f['recall']:>10.3f}{f['f1']:>10.3f}{f['tp']:>6}{f['fp']:>6}{f['fn']:>6}{f['docs']:>6}")
    share = summary["header_all_right"]
    click.echo(f"documents: {summary['documents']}; whole header right: {'-' if share is None else f'{share:.0%}'}")
    if details:
        for doc in summary["per_document"]:
            if doc["missed"] or doc["added"]:
                click.echo(f"\n{doc['doc']}:")
                for name, values in doc["missed"].items():
                    click.echo(f"  missed {name}: {values}")
                for name, values in doc["added"].items():
                    click.echo(f"  added  {name}: {values}")


@main.command()
@click.argument("shared", required=False, default="../shared", type=click.Path(file_okay=False))
@click.option("--set", "only", multiple=True,
              help="Score only this set (dev, dev-files, real-texts, real-pdfs, seeds; none: only the --extra sets); repeatable.")
@click.option("--extra", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="Also score the set folders under this folder (gold/ beside docs/ and files/, as in SHARED's dev/); repeatable.")
@click.option("--save", type=click.Path(dir_okay=False), help="Keep the per-document results in this JSON file.")
@click.option("--compare", type=click.Path(exists=True, dir_okay=False), help="Print what changed against results kept with --save.")
@click.option("--jobs", type=int, default=None, help="Processes extracting in parallel [default: cores, at most 4].")
@click.option("--ocr-cache", type=click.Path(file_okay=False), default=None,
              help="Keep Tesseract's output per page here, so scans are OCR'd once [default: ~/.cache/plankb/ocr].")
@click.option("--records", "record_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Score these records (JSON Lines from plankb extract, e.g. of another build) instead of extracting; repeatable.")
@CONFIG_OPTION
@format_option("table")
def report(shared: str, only: tuple[str, ...], extra: tuple[str, ...], save: str | None, compare: str | None, jobs: int | None, ocr_cache: str | None,
           record_files: tuple[str, ...], config: str | None, fmt: str) -> None:
    """Score every annotated set of real documents in SHARED in one run.

    SHARED is a folder of annotated sets (dev/, dev-files/, real-texts-gold/, real-pdfs-gold/,
    seeds/ with gold/), as the project's developers keep it beside their clone [default:
    ../shared]. Prints one table (Markdown), set x kind (whole text, opening only, portal page, announcement, Word,
    born-digital or scanned PDF) x field: header fields as accuracy per document, lists as F1.
    Gold keys left out are not scored, symbol_alt is accepted, deadlines_optional neither count
    for nor against, and a PDF's references count only on its annotated pages.

    \b
    Example:
      plankb report --save before.json
      plankb report --compare before.json --save after.json
      plankb report --extra my-sets/ --set none      # only the sets under my-sets/
    """
    import os

    from plankb.corpus import report as rep
    from plankb.corpus.sets import folder_sets, shared_sets
    from plankb.extractors.readers import ocr_cache as cache

    root = Path(shared)
    # --set none: no shared set, only the --extra ones
    sets = [s for s in shared_sets(root) if not only or s.name in only]
    unknown = set(only) - {s.name for s in shared_sets(root)} - {"none"}
    sets += [s for folder in extra for s in folder_sets(Path(folder))]
    if unknown:
        raise click.ClickException(f"no such set: {', '.join(sorted(unknown))}")
    sets = [s for s in sets if s.available()]
    if not sets:
        raise click.ClickException(f"{root}: no annotated set found (expected dev/, real-texts-gold/, real-pdfs-gold/ ...)")
    os.environ[cache.ENV] = str(Path(ocr_cache) if ocr_cache else cache.default_dir())
    total = sum(len(s.items()) for s in sets)
    done = [0]

    from plankb.kb.files import shown

    def progress(item, error) -> None:
        done[0] += 1
        if error:
            click.echo(f"error: {shown(error)}", err=True)
        if sys.stderr.isatty():
            click.echo(f"\rscored {done[0]}/{total}", err=True, nl=False)

    records = rep.load_records(record_files) if record_files else None
    results = rep.run(sets, jobs or rep.default_jobs(), config, progress, records)
    if sys.stderr.isatty():
        click.echo("", err=True)
    if fmt == "table":
        click.echo(rep.table(results))
    else:
        columns = ["set", "kind", "n", *(label for _, label, _ in rep.COLUMNS)]
        rows = ([name, kind, fig["n"], *(None if (c := rep._cell(fig, field, measure)) == "-" else c for field, _, measure in rep.COLUMNS)]
                for name, kind, fig in rep.rows(results))
        write_rows(columns, rows, fmt, sys.stdout)
    if compare:
        gains, losses = rep.compare(rep.load(compare), results)
        click.echo(f"\nAgainst {compare}: {len(gains)} gained, {len(losses)} lost")
        for line in gains:
            click.echo(f"  + {line}")
        for line in losses:
            click.echo(f"  - {line}")
    if save:
        rep.save(results, save)
        click.echo(f"\nper-document results kept in {save}", err=True)


@main.command()
@CONFIG_OPTION
def plugins(config: str | None) -> None:
    """List the readers and extractor components found, with where each came from."""
    from plankb.extractors.pipeline import describe_components
    from plankb.extractors.readers import available_readers

    click.echo("Readers:")
    for r in available_readers():
        click.echo(f"  {r.name:<22}{' '.join(r.suffixes) or '-':<28} {r.origin}")
    click.echo("Extractor components (in pipeline order):")
    try:
        components = describe_components(config)
    except Exception as exc:
        raise click.ClickException(f"cannot build the extraction pipeline: {exc}") from exc
    for c in components:
        click.echo(f"  {c.name:<28} {c.origin}")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the document record."""
    from plankb.schema.jsonschema import record_schema

    click.echo(json.dumps(record_schema(), ensure_ascii=False, indent=2))


def _add_knowledge_base_commands() -> None:
    # ingest, serve, cites, search, export: kb/cli.py (light imports; the work is imported lazily)
    from plankb.kb.cli import COMMANDS

    for command in COMMANDS:
        main.add_command(command)


_add_knowledge_base_commands()

if __name__ == "__main__":
    main()
