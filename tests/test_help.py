"""Every command and every option says what it does, in words an installed user can follow."""

from __future__ import annotations

import click
import pytest
from click.testing import CliRunner

from plankb.cli import main


def _commands(group: click.Group, prefix: tuple[str, ...] = ("plankb",)):
    yield " ".join(prefix), group
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield " ".join((*prefix, name)), command


COMMANDS = dict(_commands(main))


def _help_text(name: str, command: click.Command | None = None) -> str:
    done = CliRunner().invoke(main, [*name.split()[1:], "-h"], prog_name="plankb")
    assert done.exit_code == 0, done.output
    return done.output


@pytest.mark.parametrize("name", list(COMMANDS))
def test_command_and_options_have_help(name):
    command = COMMANDS[name]
    assert (command.help or "").strip(), f"{name}: no help"
    assert command.get_short_help_str(), name
    text = _help_text(name, command)
    for param in command.params:
        if isinstance(param, click.Option):
            assert (param.help or "").strip(), f"{name} {param.opts[0]}: no help"
        else:  # an argument has no help of its own: the command's text names it
            assert param.human_readable_name.rstrip("S") in command.help, f"{name}: {param.human_readable_name} not explained"
    assert text.startswith(f"Usage: {name} ")


@pytest.mark.parametrize("name", list(COMMANDS))
def test_help_points_to_nothing_an_installed_user_lacks(name):
    text = _help_text(name, COMMANDS[name])
    assert "CONTRACT.md" not in text or "schema/CONTRACT.md" in text
    assert "../shared/" not in text, f"{name}: names a folder of the developers' own"
    assert ".txt, .md," not in text or ".docx" in text


def test_every_command_is_listed_in_the_main_help():
    text = _help_text("plankb")
    for name in main.commands:
        assert f"  {name} " in text or f"  {name}\n" in text, name
