"""The command line: ``boilerstrip`` (see ``boilerstrip --help`` and docs/cli.md).

:func:`main` imports the command itself (the rules, the cleaner, their dependencies) only when it
runs, inside its own handling of Ctrl-C: an interrupt during start-up ends the command with
``boilerstrip: interrupted`` and status 130, never a traceback.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import IO, TextIO

#: 128 + SIGINT, as a shell reports a process ended by Ctrl-C (also :data:`command.EXIT_INTERRUPTED`).
EXIT_INTERRUPTED = 130


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status (see :func:`boilerstrip.cli.command.main`)."""
    try:
        from boilerstrip.cli.command import main as run
    except KeyboardInterrupt:
        err = stderr if stderr is not None else sys.stderr
        if err is not None:
            err.write("boilerstrip: interrupted\n")
        return EXIT_INTERRUPTED
    return run(argv, stdin=stdin, stdout=stdout, stderr=stderr)
