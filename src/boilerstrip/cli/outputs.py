"""Where a run reads and writes: FILEs or a folder's files in; stdout, one file or a folder out.

Outputs are compressed as their names end (see :mod:`boilerstrip.io.files`). With
``--output-dir``, each input gets its own output at the same relative path, written while that
input is read and closed (its compressed stream finished) before the next one starts.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator

from boilerstrip.io.files import open_output, output_path, walk_inputs
from boilerstrip.io.textio import Sink


class UsageError(Exception):
    """Inputs or outputs that cannot be used as given (exit status 2, nothing is read)."""


def input_names(args: argparse.Namespace) -> list[str]:
    """The inputs of a run: the FILEs (none: stdin, ``-``), or the files under ``--input-dir``."""
    if args.input_dir is None:
        names: list[str] = args.files or ["-"]
        return names
    if not os.path.isdir(args.input_dir):
        raise UsageError(f"--input-dir {args.input_dir}: not a folder")
    if args.output_dir is not None and _same_path(args.input_dir, args.output_dir):
        raise UsageError("--output-dir must differ from --input-dir (the inputs would be overwritten)")
    return walk_inputs(args.input_dir, exclude=args.output_dir)


def check_output(args: argparse.Namespace, names: list[str]) -> None:
    """Refuse an ``--output`` that is one of the inputs (it would be emptied before it is read)."""
    if args.output is None:
        return
    for name in names:
        if name != "-" and os.path.exists(args.output) and _same_path(name, args.output):
            raise UsageError(f"--output {args.output} is also an input")


def _same_path(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


class Outputs:
    """Sends what the run writes for each input to the right place."""

    def __init__(self, args: argparse.Namespace, sink: Sink) -> None:
        self.args = args
        self.sink = sink
        self.written: list[str] = []  #: the files --output-dir made, in order

    @contextlib.contextmanager
    def for_input(self, name: str) -> Iterator[None]:
        """While the input *name* is handled, what the sink writes goes to its output."""
        args = self.args
        if args.output_dir is None or name == "-":
            yield
            return
        path = output_path(name, args.input_dir, args.output_dir, html=args.html)
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            stream = open_output(path)
        except OSError as exc:  # a failed write: the run stops, exit 1, and the message names the file
            raise OSError(exc.errno, f"{path}: {exc.strerror or exc}") from None
        self.written.append(path)
        try:
            with self.sink.redirect(stream):
                yield
        finally:
            stream.close()  # finishes a compressed stream: a failure is a failed write too
