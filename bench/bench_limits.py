"""Peak memory and time of plankb on hostile inputs (issue 14), each run in a subprocess.

    python bench/bench_limits.py            # a table
    python bench/bench_limits.py --json     # the figures as JSON
    python bench/bench_limits.py --keep DIR # keep the generated files in DIR

The inputs are made here (with the generators of tests/test_limits.py), in a temporary folder:
a Word file holding 200 MB of XML in under 1 MB, a zip bomb named .docx, a 300 KB line of task
verbs with no sentence end, a text of 5 million characters with no headings, a TCVN3 text, an encrypted and a
truncated PDF. Each is given to ``plankb extract`` and to ``plankb ingest --jobs 1`` (a new base
each time), one process per run; the peak memory is the child's maximum resident set, as
``os.wait4`` reports it (its own children included), and the time is the wall-clock time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the tests' generators, when run as a script

from tests import test_limits as hostile  # noqa: E402  (the generators of the tests)


def make_inputs(folder: Path) -> list[tuple[str, Path]]:
    files = []

    def add(label: str, name: str, data: bytes | None = None) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data)
        files.append((label, path))
        return path

    hostile._docx(folder / "inflating.docx", paragraphs=2_800_000)  # ~200 MB of XML
    add("docx: 200 MB of XML", "inflating.docx")
    hostile._docx(folder / "bomb.docx", extra={"word/media/image1.bin": 2_000_000_000})
    add("docx: zip bomb (2 GB of zeros)", "bomb.docx")
    hostile._docx(folder / "big-ok.docx", paragraphs=100_000)  # ~7 MB of XML: read
    add("docx: 7 MB of XML (read)", "big-ok.docx")
    add("txt: 300 KB line of task verbs", "long-line.txt", hostile._long_line(300_000).encode())
    add("txt: 5 M characters, no headings", "flat.txt", hostile._flat_text(5_000_000).encode())
    add("txt: TCVN3 plan", "tcvn3.txt", hostile._tcvn3(hostile.PLAN * 50))
    add("pdf: encrypted", "encrypted.pdf", hostile._pdf(hostile.LINES, user_password="secret"))
    whole = hostile._pdf(hostile.LINES)
    add("pdf: truncated after page 2", "truncated.pdf", whole[: whole.index(b"7 0 obj")])
    return files


def run(cmd: list[str], cwd: Path) -> dict:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read().decode("utf-8", "replace")
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    lines = [ln for ln in err.splitlines() if ln.startswith(("error", "warning", "failed"))]
    return {
        "exit": proc.returncode,
        "seconds": round(seconds, 2),
        "peak_mb": round(usage.ru_maxrss / 1024),  # kilobytes on Linux
        "message": (lines[0] if lines else "")[:140],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="Print the figures as JSON.")
    parser.add_argument("--keep", type=Path, help="Make the inputs in this folder and keep them.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plankb-limits-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        files = make_inputs(folder)
        results = []
        for label, path in files:
            size = path.stat().st_size
            for command in ("extract", "ingest"):
                cmd = [sys.executable, "-m", "plankb.cli", command, str(path)]
                if command == "ingest":
                    db = Path(tmp) / f"{path.stem}.db"
                    cmd += ["--db", str(db), "--jobs", "1"]
                result = run(cmd, ROOT)
                results.append({"input": label, "file_mb": round(size / 1e6, 2), "command": command, **result})
                if not args.json:
                    r = results[-1]
                    print(
                        f"{label:<32} {r['file_mb']:>7.2f} MB  {command:<7}  exit {r['exit']}  "
                        f"{r['seconds']:>6.2f} s  {r['peak_mb']:>5} MB peak  {r['message'][:90]}",
                        flush=True,
                    )
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
