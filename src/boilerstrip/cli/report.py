"""``boilerstrip report STATS.json -o report.html``: the statistics of a run, drawn as a web page.

``report`` is a subcommand only as the very first argument; a file named ``report`` is cleaned
with ``boilerstrip ./report`` (or ``boilerstrip -- report``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from typing import IO, TextIO

from boilerstrip.io.files import open_input
from boilerstrip.report import ReportError, render

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boilerstrip report",
        description="Draw the statistics a run wrote with --stats as one self-contained HTML page: "
                    "removals by category, rule and site, and the most frequent removed lines with "
                    "their examples. The page loads nothing from the network.",
        epilog="example:\n  boilerstrip --jsonl --url-field url --stats stats.json < pages.jsonl > clean.jsonl\n"
               "  boilerstrip report stats.json -o report.html\n\n"
               "To clean a file named 'report', write: boilerstrip ./report",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("stats", metavar="STATS.json", help="the --stats file of a run ('-': stdin)")
    parser.add_argument("-o", "--output", metavar="FILE", default="-",
                        help="where to write the page (default: stdout)")
    return parser


def main(argv: Sequence[str], *, stdin: IO[bytes] | None = None, stdout: IO[bytes] | None = None,
         stderr: TextIO | None = None) -> int:
    """Run ``boilerstrip report`` with *argv* (the arguments after ``report``)."""
    err = stderr if stderr is not None else sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code and not argv and os.path.exists("report"):
            err.write("boilerstrip: to clean the file named 'report', write: boilerstrip ./report\n")
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    name = "<stdin>" if args.stats == "-" else args.stats
    try:
        if args.stats == "-":
            raw = open_input(stdin if stdin is not None else sys.stdin.buffer).read()
        else:
            with open(args.stats, "rb") as stream:
                raw = open_input(stream).read()
    except OSError as exc:
        err.write(f"boilerstrip: {name}: cannot read: {exc.strerror or exc}\n")
        return EXIT_DATA
    try:
        page = render(json.loads(raw))
    except (ValueError, ReportError) as exc:  # json's errors are ValueErrors too
        err.write(f"boilerstrip: {name}: {exc}\n")
        return EXIT_DATA
    data = page.encode("utf-8", "surrogateescape")
    try:
        if args.output == "-":
            out = stdout if stdout is not None else sys.stdout.buffer
            out.write(data)
            out.flush()
        else:
            with open(args.output, "wb") as stream:
                stream.write(data)
    except OSError as exc:
        err.write(f"boilerstrip: error: cannot write {args.output}: {exc.strerror or exc}\n")
        return EXIT_DATA
    return EXIT_OK
