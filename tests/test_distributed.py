"""Extraction on a Dask cluster gives the records of a local run, in the same order, with the
same per-file errors; the knowledge base is written by the client alone."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask.distributed is installed with plankb[test]")

from plankb.kb.distributed import extract_on_cluster  # noqa: E402
from plankb.kb.work import extract_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpus" / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


def test_records_on_the_cluster_equal_a_local_run(cluster, tmp_path: Path):
    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    paths = [str(p) for p in SEEDS] + [str(bad)]
    with distributed.Client(cluster) as client:
        remote = list(extract_on_cluster(paths, client))
    local = [extract_path(p) for p in paths]
    assert [r[0] for r in remote] == paths  # the order of the files
    assert remote == local
    assert remote[-1][3] and "empty.txt" in remote[-1][3]  # the bad file named, the others extracted


def test_ingest_on_a_cluster_stores_what_a_local_ingest_stores(cluster, tmp_path: Path):
    from click.testing import CliRunner

    from plankb.cli import main

    runner = CliRunner()
    local, remote = tmp_path / "local.db", tmp_path / "remote.db"
    assert runner.invoke(main, ["ingest", *map(str, SEEDS), "--db", str(local), "--jobs", "1"]).exit_code == 0
    result = runner.invoke(main, ["ingest", *map(str, SEEDS), "--db", str(remote), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.output
    assert "added 5" in result.stdout
    from tests.test_shards import _tables

    assert _tables(remote) == _tables(local)


def test_a_task_that_fails_on_a_worker_names_its_file(cluster, monkeypatch):
    import plankb.kb.distributed as kd

    def flaky(path: str):
        if path.endswith("broken.txt"):
            raise MemoryError("worker ran out")  # as a task lost with its worker would
        return path, {"id": path}, "", None

    monkeypatch.setattr(kd, "extract_path", flaky)
    with distributed.Client(cluster) as client:
        results = list(extract_on_cluster(["a.txt", "broken.txt", "b.txt"], client))
    assert [r[0] for r in results] == ["a.txt", "broken.txt", "b.txt"]
    assert results[1][1] is None and results[1][3].startswith("broken.txt: extraction failed on the cluster")
    assert results[2][1] == {"id": "b.txt"}


def test_an_unreachable_scheduler_is_one_clear_error():
    from plankb.kb.distributed import ClusterUnavailable

    with pytest.raises(ClusterUnavailable, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        list(extract_on_cluster(["a.txt"], "tcp://127.0.0.1:9", connect_timeout=1))
