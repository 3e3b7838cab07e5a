"""The tree's page and JSON keep what they worked out for a symbol while the base's file is the same
one (kb/plugins/plankb_datasette.py _kept): asked again, the same answer without asking the base;
another file, or the file written again, starts afresh; only the last TREES_KEPT symbols are kept."""

from __future__ import annotations

import os
from types import SimpleNamespace

from plankb.kb.plugins import plankb_datasette as plugin


def test_answers_are_kept_per_file_and_symbol(tmp_path, monkeypatch):
    monkeypatch.setattr(plugin, "_TREES", type(plugin._TREES)())
    path = tmp_path / "kb.db"
    path.write_bytes(b"x" * 10)
    db = SimpleNamespace(path=str(path))
    kept = plugin._kept(db, "25-NQ/TW")
    kept["json"] = "{}"
    assert plugin._kept(db, "25-NQ/TW") == {"json": "{}"}
    assert plugin._kept(db, "04-NQ/TU") == {}
    other = tmp_path / "other.db"
    other.write_bytes(b"x" * 10)
    assert plugin._kept(SimpleNamespace(path=str(other)), "25-NQ/TW") == {}
    path.write_bytes(b"y" * 12)  # the base built again
    os.utime(path, ns=(1, 1))
    assert plugin._kept(db, "25-NQ/TW") == {}
    assert plugin._kept(SimpleNamespace(path=None), "25-NQ/TW") == {}  # a database in memory: nothing kept


def test_only_the_last_symbols_asked_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(plugin, "_TREES", type(plugin._TREES)())
    monkeypatch.setattr(plugin, "TREES_KEPT", 3)
    path = tmp_path / "kb.db"
    path.write_bytes(b"x")
    db = SimpleNamespace(path=str(path))
    for symbol in ("a", "b", "c"):
        plugin._kept(db, symbol)["found"] = symbol
    plugin._kept(db, "a")  # asked again: the last to go
    plugin._kept(db, "d")
    assert [plugin._kept(db, s).get("found") for s in ("a", "c")] == ["a", "c"]
    assert plugin._kept(db, "b") == {}
