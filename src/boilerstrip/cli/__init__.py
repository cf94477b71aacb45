"""The command line: ``boilerstrip`` (see ``boilerstrip --help`` and docs/cli.md).

:func:`main` imports the command itself (the rules, the cleaner, their dependencies) only when it
runs, inside its own handling of Ctrl-C: an interrupt during start-up ends the command with
``boilerstrip: interrupted`` and status 130, never a traceback.
"""

from __future__ import annotations

import contextlib
import signal
import sys
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
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
        with _ctrl_c_noted() as noted:
            from boilerstrip.cli.command import main as run
        interrupted = bool(noted)
    except KeyboardInterrupt:
        interrupted = True
    if interrupted:
        err = stderr if stderr is not None else sys.stderr
        if err is not None:
            err.write("boilerstrip: interrupted\n")
        return EXIT_INTERRUPTED
    return run(argv, stdin=stdin, stdout=stdout, stderr=stderr)


@contextlib.contextmanager
def _ctrl_c_noted() -> Iterator[list[int]]:
    """While the block runs, Ctrl-C is noted in the list yielded instead of raised.

    A KeyboardInterrupt raised while a C extension initialises (orjson's does, on import) can crash
    the interpreter rather than unwind it; the imports are short, so the interrupt waits for them.
    Only the main thread may set a signal handler: elsewhere the block runs as it is.
    """
    noted: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        yield noted
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum))
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)
