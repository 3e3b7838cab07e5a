"""Extraction elsewhere, one writer: records written to shards and ingested without extracting
again give the same knowledge base as a direct ingest."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from plankb.cli import main
from plankb.kb.shards import read_shards, write_shards

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


def _tables(db: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(db)) as conn:
        names = [r[0] for r in conn.execute("select name from sqlite_master where type = 'table' and name not like '%fts%' order by name")]
        out = {}
        for name in names:
            columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])") if r[1] != "ingested_at"]
            out[name] = sorted(conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{name}]").fetchall(), key=repr)
    return out


def test_records_from_shards_make_the_same_base_as_a_direct_ingest(tmp_path: Path):
    runner = CliRunner()
    direct, loaded, shards = tmp_path / "direct.db", tmp_path / "loaded.db", tmp_path / "shards"
    assert runner.invoke(main, ["ingest", *map(str, SEEDS), "--db", str(direct), "--jobs", "1"]).exit_code == 0
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    out = runner.invoke(main, ["extract", *map(str, SEEDS), str(bad), "--shards", str(shards), "--shard-size", "2"])
    assert out.exit_code == 1 and "empty.txt" in out.stderr  # the bad file named, the others written
    assert sorted(p.name for p in shards.iterdir()) == ["records-00001.jsonl", "records-00002.jsonl", "records-00003.jsonl"]
    result = runner.invoke(main, ["ingest", "--records", str(shards), "--db", str(loaded)])
    assert result.exit_code == 0 and "added 5" in result.stdout
    assert _tables(loaded) == _tables(direct)
    again = runner.invoke(main, ["ingest", "--records", str(shards), "--db", str(loaded)])
    assert "unchanged 5" in again.stdout


def test_shards_keep_order_and_text(tmp_path: Path):
    items = [(f"d{i}.txt", {"id": str(i), "source": {"path": f"d{i}.txt"}}, f"văn bản {i}") for i in range(5)]
    write_shards(iter(items), tmp_path, size=2)
    assert list(read_shards(tmp_path)) == items


def test_a_damaged_shard_is_named(tmp_path: Path):
    (tmp_path / "records-00001.jsonl").write_text('{"path": "a.txt"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", "--records", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code != 0 and "records-00001.jsonl:1" in result.output


def test_ingest_asks_for_paths_or_records(tmp_path: Path):
    result = CliRunner().invoke(main, ["ingest", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "--records" in result.output
