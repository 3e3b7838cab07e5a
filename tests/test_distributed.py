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


def test_extract_on_a_cluster_prints_what_a_local_extract_prints(cluster, tmp_path: Path):
    """plankb extract --scheduler: the same JSON Lines, the same shards, the bad file's error."""
    import json

    from click.testing import CliRunner

    from plankb.cli import main

    bad = tmp_path / "empty.txt"
    bad.write_text("", encoding="utf-8")
    files = [*map(str, SEEDS[:3]), str(bad)]
    runner = CliRunner()
    local = runner.invoke(main, ["extract", *files])
    remote = runner.invoke(main, ["extract", *files, "--scheduler", cluster.scheduler_address])
    assert local.exit_code == remote.exit_code == 1  # the empty file failed, the others were extracted
    assert remote.stdout == local.stdout
    assert [json.loads(line)["source"]["path"] for line in remote.stdout.splitlines()] == files[:3]
    assert "empty.txt" in remote.stderr and "1 of 4 file(s) failed" in remote.stderr
    shards = runner.invoke(main, ["extract", *files[:3], "--scheduler", cluster.scheduler_address, "--shards", str(tmp_path / "s"), "--shard-size", "2"])
    assert shards.exit_code == 0, shards.output
    from plankb.kb.shards import read_shards
    from plankb.kb.work import extract_path

    assert [(p, r, t) for p, r, t in read_shards(tmp_path / "s")] == [tuple(extract_path(p)[:3]) for p in files[:3]]


def test_extract_with_an_unreachable_scheduler_says_so(monkeypatch):
    import functools

    from click.testing import CliRunner

    import plankb.kb.distributed as kd
    from plankb.cli import main

    monkeypatch.setattr(kd, "extract_on_cluster", functools.partial(kd.extract_on_cluster, connect_timeout=1))
    result = CliRunner().invoke(main, ["extract", str(SEEDS[0]), "--scheduler", "tcp://127.0.0.1:9"])
    assert result.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr


def test_the_clients_limits_reach_the_workers(cluster, tmp_path: Path, monkeypatch):
    """--max-inflated-mb (or PLANKB_MAX_INFLATED_MB) given to the client applies on the workers,
    started before it with their own environment."""
    from tests.test_limits import _docx

    word = tmp_path / "plan.docx"
    _docx(word, paragraphs=20_000)  # about 1.4 MB of XML
    with distributed.Client(cluster) as client:
        assert list(extract_on_cluster([str(word)], client))[0][3] is None  # within the default limit
        monkeypatch.setenv("PLANKB_MAX_INFLATED_MB", "0.5")
        refused = list(extract_on_cluster([str(word)], client))[0][3]
        monkeypatch.delenv("PLANKB_MAX_INFLATED_MB")
        again = list(extract_on_cluster([str(word)], client))[0][3]
    assert refused and "over the limit of 0.5 MB" in refused, refused
    assert again is None  # the limit ends with the command that set it
