"""The command line: ``boilerstrip`` (see ``boilerstrip --help`` and docs/cli.md)."""

from boilerstrip.cli.command import main as main
