"""The ``boilerstrip`` command: a filter from files or stdin to stdout, plain text or JSON Lines.

See ``docs/cli.md`` for the options, the exit codes and the error policy. Exit codes:
0 success, 1 a data or input error (the message names the file and line), 2 a usage error
(a bad option, a rule file that cannot be used, an unknown language), 130 Ctrl-C, 141 closed pipe.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import IO, TYPE_CHECKING, TextIO, cast

from boilerstrip import __version__
from boilerstrip.config import PRESETS, Config
from boilerstrip.core import Cleaner
from boilerstrip.jsonl import ON_ERROR, JsonlFilter, printable
from boilerstrip.parallel import JsonlFilterChunks, Pool, resolve_workers
from boilerstrip.progress import Progress, input_size
from boilerstrip.rules import CATEGORIES, RuleError
from boilerstrip.textio import JSON_BACKEND, Sink, decode_document, encode_document

if TYPE_CHECKING:
    from boilerstrip.html import HtmlOptions

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports a process killed by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader went away

#: Read buffer for input files: large reads, few system calls.
READ_BUFFER = 1 << 20

EPILOG = """\
examples:
  boilerstrip article.txt > clean.txt
  trafilatura -u https://example.org/story | boilerstrip
  boilerstrip --explain article.txt > /dev/null        # why each line goes
  boilerstrip --jsonl < pages.jsonl > clean.jsonl
  boilerstrip --jsonl -j 0 < pages.jsonl > clean.jsonl  # on every core, same output as -j 1
  zcat pages.jsonl.gz | boilerstrip --jsonl --field content --lang en,de | gzip > clean.jsonl.gz
  boilerstrip --jsonl --on-error skip --rejects bad.jsonl < pages.jsonl > clean.jsonl
  boilerstrip --jsonl --explain-field removed < pages.jsonl | jq -c '.removed[] | [.category, .text]'
  find texts -name '*.txt' -print0 | xargs -0 -P 4 -I{} sh -c 'boilerstrip "$1" > "$1.clean"' _ {}
  jq -c '{id, text: .body}' dump.jsonl | boilerstrip --jsonl --rules site.donation.txt

exit status: 0 success; 1 bad data, an unreadable input or a failed write (the message names
the file and line); 2 bad usage, including a rule file or language that cannot be used;
130 interrupted (Ctrl-C); 141 the reader of stdout went away (`| head`).
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boilerstrip",
        description=(
            "Remove boilerplate lines (appeals, newsletter prompts, teasers, share prompts, "
            "comments, credits...) from extracted article text. Reads FILEs or stdin, writes "
            "the kept lines, byte-identical and in order, to stdout."
        ),
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="input files, each one document (or JSON Lines); '-' or none: stdin")
    parser.add_argument("--version", action="version",
                        version=f"%(prog)s {__version__} (JSON: {JSON_BACKEND})")

    what = parser.add_argument_group("how to clean")
    what.add_argument("--preset", choices=PRESETS, default="balanced",
                      help="how eager to remove (default: %(default)s)")
    what.add_argument("--lang", action="append", metavar="CODE",
                      help="use only these rule languages; repeat or give a comma list (default: all)")
    what.add_argument("--rules", action="append", metavar="FILE", default=[],
                      help="add a rule file of your own (see docs/rules.md); repeatable")
    what.add_argument("--disable", action="append", metavar="CATEGORY_OR_ID", default=[],
                      help=f"never remove for this category ({', '.join(CATEGORIES)}) "
                           "or rule id (en/legal:3); repeatable")
    what.add_argument("--explain", action="store_true",
                      help="print each removed line and its reason on stderr")

    html = parser.add_argument_group("HTML (prune the page, extract with trafilatura, clean)")
    html.add_argument("--html", action="store_true",
                      help="each FILE (or stdin) is an HTML page: write its cleaned article text")
    html.add_argument("--html-field", metavar="NAME",
                      help="with --jsonl: read the page from this field, write the text to --field")
    html.add_argument("--keep-comments", action="store_true",
                      help="with --html or --html-field: keep reader comments")

    jsonl = parser.add_argument_group("JSON Lines")
    jsonl.add_argument("--jsonl", action="store_true",
                       help="input and output are JSON Lines, one record a line")
    jsonl.add_argument("--field", default="text", metavar="NAME",
                       help="the field to clean (default: %(default)s); other fields pass through")
    jsonl.add_argument("--explain-field", metavar="NAME",
                       help="add the removed lines and their reasons to each record under NAME")
    jsonl.add_argument("--on-error", choices=ON_ERROR, default="fail",
                       help="a bad record: stop (fail, default), leave it out (skip) or copy it "
                            "unchanged (pass)")
    jsonl.add_argument("--rejects", metavar="FILE",
                       help="with --on-error skip: write each bad line and its reason here (JSON Lines)")
    jsonl.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                       help="clean on N processes, 0 for every core (default: %(default)s); the output "
                            "is in input order and identical to -j 1")

    out = parser.add_argument_group("output")
    out.add_argument("-q", "--quiet", action="store_true",
                     help="no progress line, no per-record warnings and no summary (errors are "
                          "still reported); the progress line is drawn only when stderr is a terminal")
    out.add_argument("--line-buffered", action="store_true",
                     help="flush after each record or document (for interactive pipelines)")
    return parser


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.jsonl:
        for option, given in (("--field", args.field != "text"), ("--explain-field", args.explain_field),
                              ("--on-error", args.on_error != "fail"), ("--rejects", args.rejects),
                              ("--workers", args.workers != 1), ("--html-field", args.html_field)):
            if given:
                parser.error(f"{option} needs --jsonl")
    if args.html and args.jsonl:
        parser.error("--html is for whole pages; with --jsonl, name the page's field with --html-field")
    if args.keep_comments and not (args.html or args.html_field):
        parser.error("--keep-comments needs --html or --html-field")
    if args.workers < 0:
        parser.error(f"--workers {args.workers}: give 0 (every core) or more")
    if args.rejects is not None and args.on_error != "skip":
        parser.error("--rejects needs --on-error skip")
    if args.explain_field is not None and args.explain_field == args.field:
        parser.error("--explain-field must differ from --field")
    for key in args.disable:
        if ":" not in key and key not in CATEGORIES:
            parser.error(f"--disable {key!r}: not a category ({', '.join(CATEGORIES)}) nor a rule id")
    return args


def config_from_args(args: argparse.Namespace) -> Config:
    languages: tuple[str, ...] | None = None
    if args.lang:
        codes = [code.strip() for value in args.lang for code in value.split(",")]
        languages = tuple(dict.fromkeys(code for code in codes if code))
    return Config.from_preset(
        args.preset,
        languages=languages,
        disabled=frozenset(args.disable),
        extra_rule_files=tuple(args.rules),
    )


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status. The streams default to the process's own."""
    err = stderr if stderr is not None else sys.stderr
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        cleaner = Cleaner(config_from_args(args))
    except (RuleError, ValueError) as exc:
        err.write(f"boilerstrip: error: {exc}\n")
        return EXIT_USAGE

    real_stdout = stdout is None
    sink = Sink(sys.stdout.buffer if stdout is None else stdout, line_buffered=args.line_buffered)
    runner = _Run(args, cleaner, sink, stdin, err)
    with _interrupts_to(sink):
        try:
            status = runner.run()
            sink.flush()
            return status
        except KeyboardInterrupt:
            with contextlib.suppress(OSError):
                sink.flush()
            runner.close()
            err.write("boilerstrip: interrupted\n")
            runner.report()
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly.
            if real_stdout:
                _discard_stdout()
            return EXIT_BROKEN_PIPE
        except OSError as exc:  # a failing write (disk full...): reads are InputError, handled above
            if real_stdout:
                _discard_stdout()
            err.write(f"boilerstrip: error: cannot write the output: {exc.strerror or exc}\n")
            runner.report()
            return EXIT_DATA
        finally:
            runner.close()


def _discard_stdout() -> None:
    """Point stdout at devnull, so that the interpreter's final flush of what is still buffered
    does not fail again (what the Python docs advise for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@contextlib.contextmanager
def _interrupts_to(sink: Sink) -> Iterator[None]:
    """Route Ctrl-C to *sink*, which lets the record being written finish first."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, lambda signum, frame: sink.interrupt())
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class InputError(Exception):
    """An input that cannot be opened or read (unlike a failing write, which must propagate)."""

    def __init__(self, cause: OSError) -> None:
        super().__init__(cause.strerror or str(cause))


def _read_all(stream: IO[bytes]) -> bytes:
    try:
        return stream.read()
    except OSError as exc:
        raise InputError(exc) from None


def _lines(stream: IO[bytes], progress: Progress | None = None) -> Iterator[bytes]:
    """The lines of *stream*; a read error becomes :class:`InputError` (writes are not wrapped)."""
    try:
        if progress is None:
            yield from stream
            return
        for line in stream:
            progress.update(1, len(line))
            yield line
    except OSError as exc:
        raise InputError(exc) from None


class _Input:
    """A binary input whose read errors become :class:`InputError`, for the worker pool's reader."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def read1(self, size: int = -1, /) -> bytes:
        read = getattr(self.stream, "read1", self.stream.read)
        try:
            return read(size)
        except OSError as exc:
            raise InputError(exc) from None

    def read(self, size: int = -1, /) -> bytes:
        try:
            return self.stream.read(size)
        except OSError as exc:
            raise InputError(exc) from None

    def fileno(self) -> int:
        return self.stream.fileno()


class _Run:
    """One run over the inputs, in plain-text or JSON Lines mode."""

    def __init__(self, args: argparse.Namespace, cleaner: Cleaner, sink: Sink,
                 stdin: IO[bytes] | None, err: TextIO) -> None:
        self.args = args
        self.cleaner = cleaner
        self.sink = sink
        self.stdin = stdin
        self.err = err
        self.rejects: IO[bytes] | None = None
        self.jsonl: JsonlFilter | None = None
        self.pool: Pool | None = None
        self.progress: Progress | None = None

    def run(self) -> int:
        names = self.args.files or ["-"]
        return self._run_jsonl(names) if self.args.jsonl else self._run_text(names)

    @contextlib.contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        """The input *name* (``-``: stdin); failing to open it raises :class:`InputError`."""
        if name == "-":
            yield self.stdin if self.stdin is not None else sys.stdin.buffer
            return
        try:
            stream = open(name, "rb", buffering=READ_BUFFER)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise InputError(exc) from None
        with stream:
            yield stream

    def _error(self, message: str) -> None:
        self.err.write(f"boilerstrip: {message}\n")

    def _run_text(self, names: list[str]) -> int:
        status = EXIT_OK
        for name in names:
            shown = "<stdin>" if name == "-" else name
            try:
                with self._open(name) as stream:
                    data = _read_all(stream)
            except InputError as exc:
                self._error(f"{shown}: cannot read: {exc}")
                status = EXIT_DATA
                continue
            if self.args.html:
                status = max(status, self._run_html(data, shown))
                continue
            text, bom = decode_document(data)
            try:
                cleaned = self._clean(text, shown)
                out = encode_document(cleaned, bom)
            except Exception as exc:  # a bug in the pipeline: name the file, go on with the next
                self._error(f"{shown}: internal error while cleaning: {type(exc).__name__}: {exc}")
                status = EXIT_DATA
                continue
            self.sink.write(out)
        return status

    def _run_html(self, data: bytes, shown: str) -> int:
        """One page: prune, extract, clean. A page with no article writes nothing and says why."""
        from boilerstrip.html import explain_html

        try:
            explanation = explain_html(data, None, self.cleaner.config, self._html_options())
        except Exception as exc:  # a bug in the HTML path: name the file, go on with the next
            self._error(f"{shown}: internal error while extracting: {type(exc).__name__}: {exc}")
            return EXIT_DATA
        if self.args.explain:
            for element in explanation.dom_removals:
                self.err.write(f"{shown}: element {element.as_dict()}\n")
            for line in (*explanation.vote_removals, *explanation.removals):
                self.err.write(f"{shown}:{line.line_no}: {line.category} {line.rule_id}: {printable(line.text)}\n")
        if explanation.reason is not None and not explanation.text:
            if not self.args.quiet:
                self._error(f"{shown}: no text: {explanation.reason}")
            return EXIT_OK
        text = explanation.text if explanation.text.endswith("\n") else explanation.text + "\n"
        self.sink.write(text.encode("utf-8", "surrogateescape"))
        return EXIT_OK

    def _html_options(self) -> HtmlOptions | None:
        if not self.args.keep_comments:
            return None
        from boilerstrip.html import HtmlOptions

        return HtmlOptions(include_comments=True)

    def _clean(self, text: str, shown: str) -> str:
        if not self.args.explain:
            return self.cleaner.strip(text)
        explanation = self.cleaner.explain(text)
        for r in explanation.removals:
            self.err.write(f"{shown}:{r.line_no}: {r.category} {r.rule_id}: {printable(r.text)}\n")
        return explanation.text

    def _run_jsonl(self, names: list[str]) -> int:
        args = self.args
        if args.rejects is not None:
            try:
                self.rejects = open(args.rejects, "wb")  # noqa: SIM115 - closed in close()
            except OSError as exc:
                self._error(f"error: cannot write rejects file {args.rejects}: {exc.strerror or exc}")
                return EXIT_USAGE
        rejects = self.rejects
        write_rejects = None if rejects is None else (lambda data: self.sink.write_to(rejects, data))
        self.progress = progress = self._progress(names)
        self.jsonl = jsonl = JsonlFilter(
            self.cleaner,
            self.sink.write,
            field=args.field,
            explain_field=args.explain_field,
            on_error=args.on_error,
            rejects=write_rejects,
            # Messages erase the progress line first, so that they never run into it.
            log=self.err if progress is None else cast(TextIO, progress.messages(self.err)),
            quiet=args.quiet,
            explain=args.explain,
            html_field=args.html_field,
            html_options=self._html_options(),
        )
        if resolve_workers(args.workers) > 1:
            # Each worker runs its own JsonlFilter with the same settings (see boilerstrip.parallel);
            # this process only reads, hands out chunks of lines, and writes the answers in order.
            self.pool = Pool(JsonlFilterChunks(
                self.cleaner.config, field=args.field, explain_field=args.explain_field,
                on_error=args.on_error, quiet=args.quiet, explain=args.explain,
                html_field=args.html_field, keep_comments=args.keep_comments,
            ), args.workers)
        status = EXIT_OK
        for name in names:
            shown = "<stdin>" if name == "-" else name
            try:
                with self._open(name) as stream:
                    if self.pool is None:
                        finished = jsonl.run(_lines(stream, progress), shown)
                    else:
                        summary = self.pool.run(_Input(stream), self.sink.write, name=shown,
                                                write_rejects=write_rejects, log=self.err, progress=progress)
                        for key, value in summary.counts.items():
                            setattr(jsonl.counts, key, getattr(jsonl.counts, key) + value)
                        finished = not summary.stopped
            except InputError as exc:
                self._error(f"{shown}: cannot read: {exc}")
                status = EXIT_DATA
                continue
            if not finished:
                status = EXIT_DATA
                break
        self.report()
        return status

    def _progress(self, names: list[str]) -> Progress | None:
        """A progress line on stderr, if it is a terminal and not --quiet; total size if known."""
        if self.args.quiet:
            return None
        progress = Progress(self.err)
        if not progress.enabled:
            return None
        sizes: list[int | None] = []
        for name in names:
            if name == "-":
                sizes.append(input_size(self.stdin if self.stdin is not None else sys.stdin.buffer))
            else:
                try:
                    sizes.append(os.path.getsize(name) if os.path.isfile(name) else None)
                except OSError:
                    sizes.append(None)
        known = [size for size in sizes if size is not None]
        progress.total_bytes = sum(known) if len(known) == len(sizes) else None
        return progress

    def report(self) -> None:
        """The end-of-run summary (JSON Lines mode, unless --quiet)."""
        if self.progress is not None:
            self.progress.close()  # the final figures, and a new line for what follows
        if self.jsonl is not None and not self.args.quiet:
            self._error(self.jsonl.counts.summary())

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self.rejects is not None:
            with contextlib.suppress(OSError):
                self.rejects.close()
            self.rejects = None
