"""What the docs show of the code, made by the code: cog (cogapp) runs these from the [[[cog]]]
blocks of README.md and schema/CONTRACT.md, and tests/test_docs.py fails when a file differs from
what they print now. Regenerate with, from the repository root:

    cog -r -I docs README.md schema/CONTRACT.md
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import tempfile
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 100  # help is laid out for this many columns, whatever the terminal


def _main() -> click.Group:
    from plankb.cli import main

    return main


def _commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield (*prefix, name), command


def _run(args: list[str]) -> click.testing.Result:
    return CliRunner().invoke(_main(), args, prog_name="plankb", terminal_width=WIDTH, max_content_width=WIDTH)


def commands_table() -> str:
    """| command | what it does |, one row per command, from its usage and the first sentence of its help."""
    main = _main()
    rows = ["| command | what it does |", "|---|---|"]
    for path, command in _commands(main):
        ctx = click.Context(command, info_name=" ".join(("plankb", *path)))
        usage = " ".join(["plankb", *path, *command.collect_usage_pieces(ctx)]).replace("[OPTIONS] ", "")
        usage = usage.replace(" [OPTIONS]", "").replace("|", "\\|")
        what = command.get_short_help_str(limit=300).replace("|", "\\|")
        rows.append(f"| `{usage}` | {what} |")
    return "\n".join(rows)


def command_help(*path: str) -> str:
    done = _run([*path, "--help"])
    assert done.exit_code == 0, done.output
    return done.output.rstrip()


def reference() -> str:
    """Each command's --help, folded under its name."""
    parts = []
    for path, _command in _commands(_main()):
        name = " ".join(("plankb", *path))
        parts.append(f"<details><summary><code>{name}</code></summary>\n\n```\n{command_help(*path)}\n```\n\n</details>")
    return "\n".join(parts)


def _cut(value, width: int = 100):
    if isinstance(value, str) and len(value) > width:
        return value[: width - 1] + "…"
    if isinstance(value, dict):
        return {k: _cut(v, width) for k, v in value.items()}
    return value


def extract_example(path: str, items: int = 2) -> str:
    """``plankb extract PATH --format json --no-spans`` as printed, lists cut to their first items
    and long strings to 100 characters (both marked)."""
    done = _run(["extract", path, "--format", "json", "--no-spans"])
    assert done.exit_code == 0, done.output
    record = json.loads(done.stdout)
    record.pop("pages", None)
    lines = ["{"]
    keys = list(record)
    for i, key in enumerate(keys):
        value = record[key]
        comma = "," if i < len(keys) - 1 else ""
        if key == "source":
            value = {**value, "sha256": value["sha256"][:8] + "…"}
        if isinstance(value, list) and value:
            shown = [f"    {json.dumps(_cut(v), ensure_ascii=False)}" for v in value[:items]]
            more = [f"    … {len(value) - items} more"] if len(value) > items else []
            lines.append(f'  "{key}": [\n' + ",\n".join(shown) + ("\n" + more[0] if more else "") + f"\n  ]{comma}")
        else:
            lines.append(f'  "{key}": {json.dumps(_cut(value), ensure_ascii=False)}{comma}')
    lines.append("}")
    return "\n".join(lines)


@contextlib.contextmanager
def _workdir():
    """A fresh folder with the repository's corpus/ in it, as a clone has."""
    here, every = os.getcwd(), os.environ.get("PLANKB_PROGRESS_SECONDS")
    with tempfile.TemporaryDirectory(prefix="plankb-docs-") as tmp:
        os.symlink(ROOT / "corpus", Path(tmp) / "corpus")
        os.chdir(tmp)
        os.environ["PLANKB_PROGRESS_SECONDS"] = "3600"  # no periodic line, however slow the machine
        try:
            yield Path(tmp)
        finally:
            os.chdir(here)
            if every is None:
                os.environ.pop("PLANKB_PROGRESS_SECONDS", None)
            else:
                os.environ["PLANKB_PROGRESS_SECONDS"] = every


def session(*command_lines: str) -> str:
    """Each ``plankb ...`` line run in a fresh folder, in turn, and what it printed (standard output
    and error), as a terminal shows it."""
    out = []
    with _workdir():
        for line in command_lines:
            args = shlex.split(line)
            assert args[0] == "plankb", line
            done = _run(args[1:])
            out.append(f"$ {line}")
            if done.output.strip():  # (a run's time differs from run to run: not shown)
                out.append(re.sub(r"\bin (\d+ h \d+ min|\d+ min \d+ s|[\d.]+ s)$", "in …", done.output.rstrip(), flags=re.M))
    return "\n".join(out)


def schema_fields() -> str:
    """The record's fields as the JSON Schema (schema/record.schema.json) gives them."""
    from plankb.schema.jsonschema import record_schema

    schema = record_schema()
    required = set(schema["required"])
    rows = ["| field | type | always there | description |", "|---|---|---|---|"]
    for name, prop in schema["properties"].items():
        rows.append(f"| `{name}` | {_type(prop, schema)} | {'yes' if name in required else ''} | {prop.get('description', '')} |")
    return "\n".join(rows)


def _type(prop: dict, schema: dict) -> str:
    if "enum" in prop:
        return "one of " + ", ".join(f"`{v}`" if v is not None else "null" for v in prop["enum"])
    if "$ref" in prop:
        return f"object ({prop['$ref'].split('/')[-1]})"
    if "anyOf" in prop:
        return " or ".join(_type(p, schema) for p in prop["anyOf"])
    if prop.get("type") == "array":
        return f"list of {_type(prop.get('items', {}), schema)}"
    if isinstance(prop.get("type"), list):
        return " or ".join(prop["type"])
    return prop.get("type", "any")


def schema_parts() -> str:
    """Each object inside the record (a reference, a deadline ...): its fields as the JSON Schema gives them."""
    from plankb.schema.jsonschema import record_schema

    schema = record_schema()
    parts = []
    for name, part in schema.get("$defs", {}).items():
        required = set(part.get("required", []))
        rows = [f"#### {name}", "", "| field | type | always there | description |", "|---|---|---|---|"]
        for field, prop in part.get("properties", {}).items():
            rows.append(f"| `{field}` | {_type(prop, schema)} | {'yes' if field in required else ''} | {prop.get('description', '')} |")
        parts.append("\n".join(rows))
    return "\n\n".join(parts)
