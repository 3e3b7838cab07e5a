"""Plugins for real: install examples/plankb-example-plugin with pip into a temporary folder and
run the plankb command with that folder on PYTHONPATH, so its entry points are found exactly
as an installed plugin's would be. Nothing is installed into the environment running the tests.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, entry_points, version
from pathlib import Path

import pytest

from plankb.extractors.text import normalize

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "plankb-example-plugin"
COMPONENT = "plankb_example_phones"
# The distribution as plankb prints it: "<name> <version>" (the name may come normalized).
DIST = re.compile(r"plankb[-_.]example[-_.]plugin 0\.1\.0")

# Runs of spaces are squashed by normalization, so offsets into the normalized text differ
# from offsets into the file: the test checks both, through the map back to the source.
DOC = """ỦY BAN NHÂN DÂN
TỈNH BẮC NINH

Số: 125/KH-UBND

Bắc Ninh, ngày 15 tháng 02 năm 2024

KẾ HOẠCH
Tổ chức Ngày hội Chuyển đổi số năm 2024

Căn cứ Quyết định số 1234/QĐ-UBND ngày 15/02/2024 của Ủy ban nhân dân tỉnh; kinh phí dự kiến
1.250.000.000 đồng.

Thông tin liên hệ: đồng chí Nguyễn Văn An,  điện thoại:  0912 345 678; Văn phòng
Sở Thông tin và Truyền thông, điện thoại 024.3825.1234, email: vanthu.stttt@bacninh.gov.vn.
Đường dây nóng: 08866 08999.
"""
EXPECTED = [
    ("phone", "0912 345 678", "0912345678"),
    ("phone", "024.3825.1234", "02438251234"),
    ("email", "vanthu.stttt@bacninh.gov.vn", "vanthu.stttt@bacninh.gov.vn"),
    ("phone", "08866 08999", "0886608999"),
]


def _env(*front: Path) -> dict[str, str]:
    """The environment with ``front`` (then the project root) ahead on PYTHONPATH."""
    env = os.environ.copy()
    parts = [str(p) for p in (*front, ROOT)]
    if env.get("PYTHONPATH"):
        parts.append(env["PYTHONPATH"])
    env["PYTHONPATH"] = os.pathsep.join(parts)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=600)


def plankb(*args: str | Path, cwd: Path, site: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the plankb command; with ``site``, the plugin installed there is visible."""
    code = "from cli import main; main(prog_name='plankb')"
    return _run([sys.executable, "-c", code, *map(str, args)], _env(*([site] if site else [])), cwd)


def _setuptools_has_bdist_wheel() -> bool:
    # setuptools ships bdist_wheel itself from 70.1; before that it comes from the wheel package.
    major, minor = (int(x) for x in re.findall(r"\d+", version("setuptools"))[:2])
    return (major, minor) >= (70, 1)


def _build_tools(base: Path) -> list[Path]:
    """Folders to put on PYTHONPATH so that setuptools can build a wheel without isolation."""
    try:
        if _setuptools_has_bdist_wheel() or version("wheel"):
            return []
    except PackageNotFoundError as exc:
        if exc.name == "setuptools":
            pytest.skip("setuptools is not installed: cannot build the example plugin")
    # Old setuptools and no wheel: fetch wheel into a private folder, from pip's configured
    # index or find-links (never into the environment running the tests).
    tools = base / "build-tools"
    result = _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--retries", "0", "--timeout", "15", "--target", str(tools), "wheel"],
        _env(),
        base,
    )
    if result.returncode != 0:
        pytest.skip(f"setuptools {version('setuptools')} needs the 'wheel' package to build, and pip cannot get it:\n{result.stderr}")
    return [tools]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples/plankb-example-plugin installed by pip into a folder of its own."""
    base = tmp_path_factory.mktemp("plugin")
    # Build from a copy: pip builds in the source tree, leaving build/ and *.egg-info behind.
    src = base / "src"
    shutil.copytree(EXAMPLE, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
    target = base / "site"
    result = _run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "--target", str(target), str(src)],
        _env(*_build_tools(base)),
        base,
    )
    assert result.returncode == 0, f"pip install failed:\n{result.stdout}\n{result.stderr}"
    assert (target / "plankb_example" / "contacts.py").is_file()
    assert list(target.glob("plankb_example_plugin-0.1.0.dist-info/entry_points.txt")), sorted(p.name for p in target.iterdir())
    return target


def _records(result: subprocess.CompletedProcess[str]) -> list[dict]:
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def test_extract_outputs_contacts(site: Path, tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text(DOC, encoding="utf-8")
    (record,) = _records(plankb("extract", "--format", "jsonl", path, cwd=tmp_path, site=site))
    contacts = record["contacts"]
    assert [(c["kind"], c["value"], c["normalized"]) for c in contacts] == EXPECTED
    # Offsets are into the normalized text, like every span plankb reports ...
    text = normalize(DOC)
    assert text.text != DOC  # the runs of spaces are gone: the offsets really are different
    for c in contacts:
        assert text.text[c["start"] : c["end"]] == c["value"]
        # ... and map back onto the file's text.
        start, end = text.source_span(c["start"], c["end"])
        assert DOC[start:end] == c["value"]
    # The built-in fields are still there, beside the plugin's.
    assert record["symbol"] == "125/KH-UBND"
    assert record["source"]["format"] == "txt"


def test_plugins_lists_component_and_reader(site: Path, tmp_path: Path) -> None:
    result = plankb("plugins", cwd=tmp_path, site=site)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    components = lines[lines.index("Extractor components (in pipeline order):") + 1 :]
    # Appended after the built-in components, so it sees what they found.
    assert components[-1].split()[0] == COMPONENT
    assert DIST.search(components[-1]), components[-1]
    assert all("built-in" in line for line in components[:-1])
    readers = lines[1 : lines.index("Extractor components (in pipeline order):")]
    plain = [line for line in readers if line.split()[0] == "plain"]
    assert len(plain) == 1, readers
    assert ".plain" in plain[0].split()
    assert DIST.search(plain[0]), plain[0]


def test_plain_files_are_read_by_the_plugin_reader(site: Path, tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.plain"
    path.write_text(DOC, encoding="utf-8")
    (record,) = _records(plankb("extract", path, cwd=tmp_path, site=site))
    assert record["source"]["format"] == "plain"
    assert record["source"]["path"] == str(path)
    assert [(c["kind"], c["value"]) for c in record["contacts"]] == [(k, v) for k, v, _ in EXPECTED]


def test_plugin_reader_errors_name_the_file(site: Path, tmp_path: Path) -> None:
    bad = tmp_path / "legacy.plain"
    bad.write_bytes(DOC.encode("cp1258", errors="replace"))
    good = tmp_path / "good.plain"
    good.write_text(DOC, encoding="utf-8")
    result = plankb("extract", bad, good, cwd=tmp_path, site=site)
    assert result.returncode == 1
    assert f"{bad}: not UTF-8" in result.stderr
    assert len(result.stdout.splitlines()) == 1  # the other file is still extracted


def test_contact_patterns(site: Path, tmp_path: Path) -> None:
    cases = {
        "ĐT: 0912.345.678": ["0912.345.678"],
        "gọi 0912-345-678 hoặc 0369694325": ["0912-345-678", "0369694325"],
        "Fax: (024) 3825 1234.": ["(024) 3825 1234"],
        "điện thoại 0236 3822 123": ["0236 3822 123"],
        "+84 912 345 678 và (+84) 24 3825 1234": ["+84 912 345 678", "(+84) 24 3825 1234"],
        "tổng đài 1900.54.55.86, 1800 1090": ["1900.54.55.86", "1800 1090"],
        "Email: Van.Thu-01@so-tttt.hanoi.gov.vn.": ["Van.Thu-01@so-tttt.hanoi.gov.vn"],
        # Not phone numbers: dates, document numbers, amounts, digits glued to longer runs.
        "ngày 15/02/2024, số 0123/QĐ-UBND, 1.250.000.000 đồng, năm 1900": [],
        "mã 123 0912 345 678, 09123456789, 0123456789, 0912 345 6789": [],
        "x@y.z": [],
    }
    code = "import json, sys; from plankb_example.contacts import find_contacts; print(json.dumps([[c['value'] for c in find_contacts(t)] for t in json.load(sys.stdin)]))"
    result = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(list(cases)),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_env(site),
        cwd=tmp_path,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    assert dict(zip(cases, json.loads(result.stdout), strict=True)) == cases


def test_without_the_plugin_there_are_no_contacts(tmp_path: Path) -> None:
    if COMPONENT in {ep.name for ep in entry_points(group="plankb.components")}:
        pytest.skip("the example plugin is installed in this environment")
    path = tmp_path / "ke-hoach.txt"
    path.write_text(DOC, encoding="utf-8")
    (record,) = _records(plankb("extract", "--format", "jsonl", path, cwd=tmp_path))
    assert "contacts" not in record
    assert record["symbol"] == "125/KH-UBND"
    listing = plankb("plugins", cwd=tmp_path)
    assert listing.returncode == 0, listing.stderr
    assert COMPONENT not in listing.stdout and ".plain" not in listing.stdout
    plain = tmp_path / "ke-hoach.plain"
    plain.write_text(DOC, encoding="utf-8")
    result = plankb("extract", plain, cwd=tmp_path)
    assert result.returncode == 1
    assert f"{plain}: no reader for .plain" in result.stderr
