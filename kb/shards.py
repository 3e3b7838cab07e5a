"""Records as files, so extraction can run on other machines and the knowledge base is written
by one writer later: ``plankb extract --shards DIR`` writes them, ``plankb ingest --records``
loads them without extracting again.

A shard is JSON Lines, one object per document: ``path`` (as given), ``record`` (as ``extract``
prints it) and ``text`` (the normalized text the record's offsets point into, which the base
keeps beside the record). Shards are numbered, ``records-00001.jsonl``, so their order is the
order of the files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

PATTERN = "records-{:05d}.jsonl"


def write_shards(items: Iterable[tuple[str, dict, str]], directory: str | Path, size: int = 1000) -> list[Path]:
    """(path, record, text) items into numbered shards of ``size`` documents each."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    batch: list[str] = []

    def flush() -> None:
        written.append(directory / PATTERN.format(len(written) + 1))
        written[-1].write_text("".join(batch), encoding="utf-8")
        batch.clear()

    for path, record, text in items:
        batch.append(json.dumps({"path": path, "record": record, "text": text}, ensure_ascii=False) + "\n")
        if len(batch) == size:
            flush()
    if batch:
        flush()
    return written


class ShardError(ValueError):
    """A shard line that is not a record; the message names the file and the line."""


def read_shards(source: str | Path) -> Iterator[tuple[str, dict, str]]:
    """(path, record, text) from a shard file, or from every ``*.jsonl`` of a folder in name order."""
    source = Path(source)
    files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
    for file in files:
        with open(file, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    item = json.loads(line)
                    yield item["path"], item["record"], item["text"]
                except (ValueError, KeyError, TypeError) as exc:
                    raise ShardError(f"{file}:{number}: not a record of plankb extract --shards ({exc})") from exc
