"""The installed package: one namespace (plankb), the Python API, the Datasette entry point."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import zipfile
from importlib.metadata import entry_points
from pathlib import Path

import plankb

SEEDS = Path(plankb.__file__).with_name("corpus") / "seeds"


def test_the_wheel_holds_only_the_plankb_namespace(tmp_path):
    """What pip installs: plankb/... and its metadata, no top-level cli, kb, schema, corpus or extractors."""
    repo = Path(plankb.__file__).parent
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path), str(repo)],
                   check=True, capture_output=True)
    (wheel,) = tmp_path.glob("plankb-*.whl")
    with zipfile.ZipFile(wheel) as z:
        names = z.namelist()
        entry = next(n for n in names if n.endswith("entry_points.txt"))
        points = z.read(entry).decode()
    assert {n.split("/")[0] for n in names} == {"plankb", wheel.name.split("-py")[0] + ".dist-info"}
    assert {"plankb/__init__.py", "plankb/cli.py", "plankb/kb/templates/base.html", "plankb/extractors/pipeline.cfg",
            "plankb/schema/CONTRACT.md"} <= set(names)
    assert "plankb = plankb.cli:main" in points and "plankb = plankb.kb.plugins.plankb_datasette" in points


def test_extract_returns_a_record_with_spans():
    record = plankb.extract(next(SEEDS.glob("*.txt")))
    assert isinstance(record, plankb.Record)
    assert record.doc_type and record.symbol
    assert all(isinstance(ref, plankb.Reference) for ref in record.references)


def test_ingest_stores_the_files(tmp_path):
    db = tmp_path / "kb.db"
    result = plankb.ingest(str(SEEDS), db, jobs=1)
    assert isinstance(result, plankb.IngestResult) and result.ok
    assert result.added == len(list(SEEDS.glob("*.txt")))
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*) from documents").fetchone()[0] == result.added


def test_datasette_entry_point_names_the_plugin():
    points = {ep.name: ep.value for ep in entry_points(group="datasette")}
    assert points.get("plankb") == "plankb.kb.plugins.plankb_datasette"
    assert tuple(entry_points(group="datasette", name="plankb"))[0].load().prepare_connection
