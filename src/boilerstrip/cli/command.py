"""The ``boilerstrip`` command: a filter from files or stdin to stdout, plain text or JSON Lines.

The options and their checks live in :mod:`boilerstrip.cli.args`. See ``docs/cli.md`` for the
options, the exit codes and the error policy. Exit codes: 0 success, 1 a data or input error
(the message names the file and line), 2 a usage error (a bad option, a rule file that cannot be
used, an unknown language), 130 Ctrl-C, 141 closed pipe.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import errno
import json
import os
import signal
import stat
import sys
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from typing import IO, TYPE_CHECKING, TextIO, cast

from boilerstrip import __version__
from boilerstrip.cli.args import build_parser, config_from_args, parse_args
from boilerstrip.cli.outputs import Outputs, UsageError, check_output, input_names
from boilerstrip.core import Cleaner
from boilerstrip.io.deadline import Deadline, RecordTimeout
from boilerstrip.io.files import SNIFF_BYTES, open_input, open_output, sniff
from boilerstrip.io.jsonl import Counts, JsonlFilter
from boilerstrip.io.parallel import (
    MAX_WORKERS_PER_CORE,
    JsonlFilterChunks,
    Pool,
    Summary,
    keep_chunk_buffers,
    resolve_workers,
)
from boilerstrip.io.progress import Progress, input_size
from boilerstrip.io.records import DropPolicy, explain_line
from boilerstrip.io.stats import Stats
from boilerstrip.io.textio import UTF8_BOM, Sink, decode_document, encode_document, looks_like_utf16, wide_encoding
from boilerstrip.rules import RuleError

if TYPE_CHECKING:
    from boilerstrip.html.pipeline import HtmlOptions

__all__ = ["build_parser", "config_from_args", "main", "parse_args"]

EXIT_OK, EXIT_DATA, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT  # 130, as a shell reports a process killed by Ctrl-C
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as a shell reports a writer whose reader went away

#: The one subcommand, recognised only as the first argument (see boilerstrip.cli.report).
REPORT = "report"

#: Read buffer for input files: large reads, few system calls.
READ_BUFFER = 1 << 20

def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[bytes] | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command; return its exit status. The streams default to the process's own.

    A closed standard stream (``boilerstrip <&-``, ``>&-``, ``2>&-``) is a stream like any other
    that cannot be read or written: a message (where stderr is open) and status 1, no traceback.
    """
    err = stderr if stderr is not None else (sys.stderr if sys.stderr is not None else cast(TextIO, _Discard()))
    try:
        return _main(argv, stdin, stdout, err)
    except KeyboardInterrupt:  # during start-up (options, rules), before the run handles it itself
        _say(err, "boilerstrip: interrupted\n")
        return EXIT_INTERRUPTED


def _main(argv: Sequence[str] | None, stdin: IO[bytes] | None, stdout: IO[bytes] | None, err: TextIO) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == [REPORT]:  # the subcommand; a file named "report" is ./report
        from boilerstrip.cli import report

        return report.main(arguments[1:], stdin=stdin, stdout=stdout, stderr=err)
    try:
        args = parse_args(arguments)
    except SystemExit as exc:  # --help, --version, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    try:
        cleaner = Cleaner(config_from_args(args))
    except (RuleError, ValueError) as exc:
        err.write(f"boilerstrip: error: {exc}\n")
        return EXIT_USAGE

    try:
        names = input_names(args)
        check_output(args, names)
    except UsageError as exc:
        err.write(f"boilerstrip: error: {exc}\n")
        return EXIT_USAGE
    # Parquet goes to files only (--parquet needs -o or --output-dir): stdout is not used.
    real_stdout = stdout is None and args.output is None and not args.parquet
    if stdout is None and sys.stdout is None and args.output is None and not args.parquet:
        err.write("boilerstrip: error: cannot write the output: standard output is closed\n")
        return EXIT_DATA
    if stdin is None and sys.stdin is None:
        stdin = cast(IO[bytes], _ClosedInput())
    out_stream = (sys.stdout.buffer if sys.stdout is not None else cast(IO[bytes], _Discard())) \
        if stdout is None else stdout
    if args.output is not None and args.parquet:
        try:  # the Parquet writer opens it at its first batch; it must be creatable now
            open(args.output, "wb").close()
        except OSError as exc:
            err.write(f"boilerstrip: error: cannot write {args.output}: {exc.strerror or exc}\n")
            return EXIT_USAGE
    elif args.output is not None:
        try:
            out_stream = open_output(args.output)
        except OSError as exc:
            err.write(f"boilerstrip: error: cannot write {args.output}: {exc.strerror or exc}\n")
            return EXIT_USAGE
    sink = Sink(out_stream, line_buffered=args.line_buffered)
    runner = _Run(args, cleaner, sink, stdin, err, names)
    if args.stats is not None:
        try:
            runner.stats_out = open_output(args.stats)
        except OSError as exc:
            err.write(f"boilerstrip: error: cannot write the statistics to {args.stats}: {exc.strerror or exc}\n")
            if args.output is not None and not args.parquet:
                out_stream.close()
            return EXIT_USAGE
    try:
        status = _run(runner, sink, err, real_stdout)
    except BaseException:
        if args.output is not None and not args.parquet:
            with contextlib.suppress(OSError):
                out_stream.close()
        raise
    if args.output is not None and not args.parquet:
        status = _close_output(out_stream, args.output, err, status)
    return status


def _close_output(stream: IO[bytes], name: str, err: TextIO, status: int) -> int:
    """Close the --output file (finishing its compressed stream); a failure is a failed write."""
    try:
        stream.close()
    except OSError as exc:
        err.write(f"boilerstrip: error: cannot write {name}: {exc.strerror or exc}\n")
        return max(status, EXIT_DATA)
    return status


def _run(runner: _Run, sink: Sink, err: TextIO, real_stdout: bool) -> int:
    with _interrupts_to(sink):
        try:
            status = runner.run()
            sink.flush()
            return status
        except KeyboardInterrupt:
            runner.stop()
            with contextlib.suppress(OSError):
                sink.flush()
            name = _SIGNAL_NAMES.get(sink.signum, "")
            _say(err, f"boilerstrip: interrupted{f' ({name})' if name and sink.signum != signal.SIGINT else ''}\n")
            runner.report(interrupted=True)
            return 128 + sink.signum
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly.
            runner.stop()
            if real_stdout:
                _discard_stdout()
            return EXIT_BROKEN_PIPE
        except RejectsError as exc:
            runner.stop()
            err.write(f"boilerstrip: error: cannot write rejects file {exc.path}: {exc.reason}; "
                      "records rejected from here on are missing from it\n")
            runner.report(interrupted=True)
            return EXIT_DATA
        except OSError as exc:  # a failing write (disk full...): reads are InputError, handled above
            runner.stop()
            if real_stdout:
                _discard_stdout()
            err.write(f"boilerstrip: error: cannot write the output: {exc.strerror or exc}\n")
            runner.report(interrupted=True)
            return EXIT_DATA
        except WorkerError as exc:
            runner.stop()
            err.write(f"boilerstrip: error: {exc}\n")
            runner.report(interrupted=True)
            return EXIT_DATA
        finally:
            runner.close()


class _Discard:
    """Where messages go when stderr is closed."""

    def write(self, text: str) -> int:
        return len(text)

    def flush(self) -> None:
        pass


class _ClosedInput:
    """Standard input when it is closed: every read fails as reading a closed descriptor does."""

    def _fail(self) -> OSError:
        return OSError(errno.EBADF, "standard input is closed")

    def read(self, size: int = -1, /) -> bytes:
        raise self._fail()

    def read1(self, size: int = -1, /) -> bytes:
        raise self._fail()

    def __iter__(self) -> Iterator[bytes]:
        raise self._fail()

    def fileno(self) -> int:
        raise self._fail()


def _say(err: TextIO, message: str) -> None:
    """Write a last message; stderr itself may be gone (the terminal hung up)."""
    with contextlib.suppress(OSError, ValueError):
        err.write(message)
        err.flush()


def _discard_stdout() -> None:
    """Point stdout at devnull, so that the interpreter's final flush of what is still buffered
    does not fail again (what the Python docs advise for SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


#: The signals that stop a run as Ctrl-C does: whole records written, the summary printed, workers
#: stopped, and the exit status 128 + the signal's number.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name))
_SIGNAL_NAMES = {int(sig): sig.name for sig in STOP_SIGNALS}


@contextlib.contextmanager
def _interrupts_to(sink: Sink) -> Iterator[None]:
    """Route Ctrl-C, SIGTERM and SIGHUP to *sink*, which lets the record being written finish first."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, lambda signum, frame: sink.interrupt(signum)) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


class _NotText(Exception):
    """A plain-text input that cannot be read as text (the message says why and what to do)."""


class RejectsError(Exception):
    """The rejects file cannot be written: rejected records would be lost."""

    def __init__(self, path: str, cause: OSError) -> None:
        self.path = path
        self.reason = cause.strerror or str(cause)
        super().__init__(f"{path}: {self.reason}")


class WorkerError(Exception):
    """A worker process died (killed, out of memory): the records it held were not written."""


@contextlib.contextmanager
def ctrl_c_held() -> Iterator[None]:
    """Hold SIGINT back while the block runs (the worker pool forks in it); one that came meanwhile
    is delivered at its end, as a KeyboardInterrupt the run handles.

    A KeyboardInterrupt raised inside the fork's own handlers is swallowed by the interpreter
    ("Exception ignored"), and the run went on to finish with status 0 (seen once in 200
    interrupted start-ups). Only the main thread of a POSIX process can hold it.
    """
    can_hold = hasattr(signal, "pthread_sigmask") and threading.current_thread() is threading.main_thread()
    if not can_hold:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class InputError(Exception):
    """An input that cannot be opened or read (unlike a failing write, which must propagate)."""

    def __init__(self, cause: OSError, after_line: int = 0) -> None:
        message = cause.strerror or str(cause)
        if after_line:
            message += f" (after line {after_line}, which was handled)"
        super().__init__(message)


def _read_all(stream: IO[bytes]) -> bytes:
    try:
        return stream.read()
    except OSError as exc:
        raise InputError(exc) from None


def _lines(stream: IO[bytes], progress: Progress | None = None) -> Iterator[bytes]:
    """The lines of *stream*; a read error becomes :class:`InputError` (writes are not wrapped),
    saying how far the input was read (a truncated compressed file fails at its end)."""
    done = 0
    try:
        for line in stream:
            if progress is not None:
                progress.update(1, len(line))
            yield line
            done += 1
    except OSError as exc:
        raise InputError(exc, done) from None


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


def _plain_file_size(name: str) -> int | None:
    """The size of the file *name*, or None if it is not a regular file or is compressed (its
    size then says nothing of how much text it holds)."""
    try:
        if not os.path.isfile(name):
            return None
        with open(name, "rb") as stream:
            if sniff(stream.read(SNIFF_BYTES)) is not None:
                return None
        return os.path.getsize(name)
    except OSError:
        return None


class _Run:
    """One run over the inputs, in plain-text or JSON Lines mode."""

    def __init__(self, args: argparse.Namespace, cleaner: Cleaner, sink: Sink,
                 stdin: IO[bytes] | None, err: TextIO, names: list[str]) -> None:
        self.args = args
        self.names = names
        self.outputs = Outputs(args, sink)
        #: --stats: counted through the run, written by :meth:`report` to the file opened by main.
        self.stats: Stats | None = None if args.stats is None else Stats(by_site=args.url_field is not None)
        self.stats_out: IO[bytes] | None = None
        self.failed_stats = False
        self.counts: Counts | None = None  #: --parquet's counts (JSON Lines keeps its own in self.jsonl)
        self.cleaner = cleaner
        self.sink = sink
        self.stdin = stdin
        self.err = err
        self.rejects: IO[bytes] | None = None
        self.jsonl: JsonlFilter | None = None
        self.pool: Pool | None = None
        self.progress: Progress | None = None
        #: The input the workers are on, and what of it is in flight (for the summary).
        self.in_flight: Summary | None = None

    def run(self) -> int:
        names = self.names
        if self.args.parquet:
            return self._run_parquet(names)
        if self.args.jsonl:
            return self._run_jsonl(names)
        status = self._run_text(names)
        self.report()
        return max(status, EXIT_DATA if self.failed_stats else EXIT_OK)

    @contextlib.contextmanager
    def _open(self, name: str) -> Iterator[IO[bytes]]:
        """The input *name* (``-``: stdin), decompressed if its first bytes say it is compressed
        (see :mod:`boilerstrip.io.files`); failing to open it raises :class:`InputError`."""
        if name == "-":
            raw = self.stdin if self.stdin is not None else sys.stdin.buffer
            try:
                yield open_input(raw)  # stdin stays open: it belongs to the caller
            except OSError as exc:
                raise InputError(exc) from None
            return
        try:
            stream = open(name, "rb", buffering=READ_BUFFER)  # noqa: SIM115 - closed below
        except OSError as exc:
            raise InputError(exc) from None
        with stream:
            try:
                decoded = open_input(stream)
            except OSError as exc:
                raise InputError(exc) from None
            with decoded if decoded is not stream else contextlib.nullcontext(stream):
                yield decoded

    def _error(self, message: str) -> None:
        self.err.write(f"boilerstrip: {message}\n")

    def _run_text(self, names: list[str]) -> int:
        status = EXIT_OK
        if self.args.html and self.args.record_timeout is not None:
            from boilerstrip.html.pipeline import preload

            preload()  # not within a page's time
        with Deadline(self.args.record_timeout) as deadline:
            for name in names:
                shown = "<stdin>" if name == "-" else name
                # The bytes go in a list the callee empties, and in no variable here: it can drop
                # them once decoded, and a large document's peak memory is one copy smaller.
                box: list[bytes] = []
                try:
                    with self._open(name) as stream:
                        box.append(_read_all(stream))
                except InputError as exc:
                    self._error(f"{shown}: cannot read: {exc}")
                    status = EXIT_DATA
                    continue
                with self.outputs.for_input(name):
                    status = max(status, self._run_document(box, shown, deadline))
        return status

    def _run_document(self, box: list[bytes], shown: str, deadline: Deadline) -> int:
        """One document (a file's bytes, in *box*): clean it, or prune, extract and clean a page."""
        try:
            with deadline.record():
                if self.args.html:
                    return self._run_html(box.pop(), shown)
                pieces = self._clean_bytes(box, shown)
        except RecordTimeout as exc:
            self._error(f"{shown}: not cleaned: {exc}")
            return EXIT_DATA
        except _NotText as exc:
            self._error(f"{shown}: {exc}")
            return EXIT_DATA
        except Exception as exc:  # a bug in the pipeline: name the file, go on with the next
            self._error(f"{shown}: internal error while cleaning: {type(exc).__name__}: {exc}")
            return EXIT_DATA
        for piece in pieces:
            self.sink.write(piece)
        return EXIT_OK

    def _clean_bytes(self, box: list[bytes], shown: str) -> list[bytes]:
        """The cleaned document, in the encoding it came in (UTF-8, bytes that are not valid
        UTF-8 kept as they were, or UTF-16 or UTF-32 with a byte-order mark), in pieces to write
        one after the other. The bytes, in *box*, are dropped once decoded, and a long text's
        sections are encoded as they are cleaned: the document's peak memory is smaller."""
        data = box.pop()
        wide = wide_encoding(data)
        if wide is not None:
            codec, bom = wide
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise _NotText(f"not valid {codec.upper()[:6]} (it starts with that byte-order mark): "
                               f"{exc.reason} at byte {exc.start + len(bom)}") from None
            del data
            return [bom, *(piece.encode(codec) for piece in self._clean(text, shown))]
        if looks_like_utf16(data):
            raise _NotText("looks like UTF-16 without a byte-order mark (NUL bytes at every other "
                           "position); convert it to UTF-8 first, e.g. iconv -f UTF-16LE -t UTF-8")
        text, utf8_bom = decode_document(data)
        del data
        pieces = [encode_document(piece, False) for piece in self._clean(text, shown)]
        return [UTF8_BOM, *pieces] if utf8_bom else pieces

    def _run_html(self, data: bytes, shown: str) -> int:
        """One page: prune, extract, clean. A page with no article writes nothing and says why."""
        from boilerstrip.html.pipeline import explain_html

        try:
            explanation = explain_html(data, None, self.cleaner.config, self._html_options())
        except Exception as exc:  # a bug in the HTML path: name the file, go on with the next
            self._error(f"{shown}: internal error while extracting: {type(exc).__name__}: {exc}")
            return EXIT_DATA
        if self.args.explain:
            for removal in explanation.all_removals:
                self.err.write(explain_line(shown, removal) + "\n")
        if self.stats is not None:
            self.stats.add_document(explanation.extracted, (*explanation.vote_removals, *explanation.removals),
                                    where=shown)
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
        from boilerstrip.html.pipeline import HtmlOptions

        return HtmlOptions(include_comments=True)

    def _clean(self, text: str, shown: str) -> Iterable[str]:
        """The cleaned text, in pieces (see Cleaner.pieces); explained and counted as asked."""
        if not self.args.explain and self.stats is None:
            return self.cleaner.pieces(text)
        explanation = self.cleaner.explain(text)
        if self.stats is not None:
            self.stats.add_document(text, explanation.removals, where=shown)
        if self.args.explain:
            for r in explanation.removals:
                self.err.write(explain_line(shown, r) + "\n")
        return (explanation.text,)

    def _open_rejects(self, names: list[str]) -> bool:
        """Open --rejects, if given; False (and a message) if it cannot be used."""
        args = self.args
        if args.rejects is not None:
            clash = self._rejects_clash(names)
            if clash:
                self._error(f"error: --rejects {args.rejects} is {clash}: give another file")
                return False
            try:
                self.rejects = open_output(args.rejects)
            except OSError as exc:
                self._error(f"error: cannot write rejects file {args.rejects}: {exc.strerror or exc}")
                return False
        return True

    def _run_parquet(self, names: list[str]) -> int:
        """--parquet: see boilerstrip.cli.parquet_run."""
        from boilerstrip.cli.parquet_run import run_parquet
        from boilerstrip.io.parquet import ParquetError, pyarrow

        try:
            pyarrow()
        except ParquetError as exc:
            self._error(f"error: {exc}")
            return EXIT_USAGE
        if not self._open_rejects(names):
            return EXIT_USAGE
        write_rejects = None if self.rejects is None else self._write_rejects
        self.counts = Counts()
        status = run_parquet(self.args, self.cleaner.config, names, self.counts, self.stats, self._drop_policy(),
                             write_rejects, self._error, self.err)
        self.report()
        return max(status, EXIT_DATA if self.failed_stats else EXIT_OK)

    def _run_jsonl(self, names: list[str]) -> int:
        args = self.args
        if not self._open_rejects(names):
            return EXIT_USAGE
        write_rejects = None if self.rejects is None else self._write_rejects
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
            html_info_field=args.html_info_field,
            drop=self._drop_policy(),
            stats=self.stats,
            url_field=args.url_field,
            record_timeout=args.record_timeout,
        )
        workers = resolve_workers(args.workers)
        if workers < (args.workers or resolve_workers(0)) and not args.quiet:
            self._error(f"-j {args.workers}: using {workers} worker processes, {MAX_WORKERS_PER_CORE} per "
                        "usable core: more would only compete for the same cores")
        if workers > 1:
            # Each worker runs its own JsonlFilter with the same settings (see boilerstrip.io.parallel);
            # this process only reads, hands out chunks of lines, and writes the answers in order.
            keep_chunk_buffers()
            with ctrl_c_held():  # a Ctrl-C inside the fork would be swallowed (see ctrl_c_held)
                self.pool = Pool(JsonlFilterChunks(
                    self.cleaner.config, field=args.field, explain_field=args.explain_field,
                    on_error=args.on_error, quiet=args.quiet, explain=args.explain,
                    html_field=args.html_field, html_info_field=args.html_info_field,
                    keep_comments=args.keep_comments, drop=self._drop_policy(), stats=self.stats is not None,
                    url_field=args.url_field,
                    record_timeout=args.record_timeout,
                ), workers)
        status = EXIT_OK
        for name in names:
            shown = "<stdin>" if name == "-" else name
            try:
                with self._open(name) as stream, self.outputs.for_input(name):
                    if self.pool is None:
                        finished = jsonl.run(_lines(stream, progress), shown)
                    else:
                        finished = self._run_pool(self.pool, stream, shown, write_rejects)
            except InputError as exc:
                self._error(f"{shown}: cannot read: {exc}")
                status = EXIT_DATA
                continue
            if not finished:
                status = EXIT_DATA
                break
        self._close_rejects()
        self.report()
        return max(status, EXIT_DATA if self.failed_stats else EXIT_OK)

    def _run_pool(self, pool: Pool, stream: IO[bytes], shown: str,
                  write_rejects: Callable[[bytes], object] | None) -> bool:
        """One input through the workers; the counts of every chunk delivered are added to the
        run's as they come, so that a summary after an interruption is right."""
        assert self.jsonl is not None
        summary = Summary(counts=Counter())
        self.in_flight = summary
        try:
            pool.run(_Input(stream), self.sink.write, name=shown, write_rejects=write_rejects,
                     log=self.err, progress=self.progress, summary=summary)
        except BrokenProcessPool as exc:
            raise WorkerError(f"{shown}: a worker process died ({exc}); the records in flight were not "
                              "written") from None
        finally:
            counts = self.jsonl.counts
            for key, value in summary.counts.items():
                setattr(counts, key, getattr(counts, key) + value)
            if self.stats is not None and summary.stats is not None:
                self.stats.merge(summary.stats)
        self.in_flight = None
        return not summary.stopped

    def _write_rejects(self, data: bytes) -> None:
        assert self.rejects is not None
        try:
            self.sink.write_to(self.rejects, data)
        except OSError as exc:
            raise RejectsError(self.args.rejects, exc) from None

    def _close_rejects(self) -> None:
        """Write out what the rejects file still buffers: a failure there loses rejected records."""
        if self.rejects is None:
            return
        rejects, self.rejects = self.rejects, None
        try:
            rejects.close()
        except OSError as exc:
            raise RejectsError(self.args.rejects, exc) from None

    def _rejects_clash(self, names: list[str]) -> str | None:
        """What the rejects file already is, if it is an input or the output: opening it for
        writing would empty an input before it is read, or mix rejects into the output."""
        try:
            target = os.stat(self.args.rejects)
        except OSError:
            return None  # a new file
        if not stat.S_ISREG(target.st_mode):
            return None  # /dev/null, a pipe: writing it empties nothing
        key = (target.st_dev, target.st_ino)
        for name in names:
            with contextlib.suppress(OSError, ValueError):
                if name == "-":
                    stdin = self.stdin if self.stdin is not None else sys.stdin.buffer
                    found = os.fstat(stdin.fileno())
                else:
                    found = os.stat(name)
                if (found.st_dev, found.st_ino) == key:
                    return f"also the input {'<stdin>' if name == '-' else name}"
        with contextlib.suppress(AttributeError, OSError, ValueError):
            found = os.fstat(self.sink.stream.fileno())
            if (found.st_dev, found.st_ino) == key:
                return "also the output"
        return None


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
                sizes.append(_plain_file_size(name))
        known = [size for size in sizes if size is not None]
        progress.total_bytes = sum(known) if len(known) == len(sizes) else None
        return progress

    def report(self, interrupted: bool = False) -> None:
        """The end-of-run summary (JSON Lines mode, unless --quiet), and the statistics file; after
        an interruption or a failed write, also what was in flight and not written, so that the
        counts add up."""
        if self.progress is not None:
            self.progress.close()  # the final figures, and a new line for what follows
        if self.jsonl is not None and not self.args.quiet:
            _say(self.err, f"boilerstrip: {self.jsonl.counts.summary(self.jsonl.dropping)}\n")
            if interrupted:
                self._report_in_flight()
        if self.counts is not None and not self.args.quiet:
            _say(self.err, f"boilerstrip: {self.counts.summary(self._drop_policy() is not None, blank=False)}\n")
        self._write_stats()

    def _report_in_flight(self) -> None:
        assert self.jsonl is not None
        if self.in_flight is not None and self.in_flight.in_flight_lines:
            first = self.in_flight.next_line
            last = first + self.in_flight.in_flight_lines - 1
            _say(self.err, f"boilerstrip: not written: {self.in_flight.name}: input lines {first}-{last} were "
                           "in flight; nothing after them was read\n")
        elif self.jsonl.current is not None:
            name, line_no = self.jsonl.current
            _say(self.err, f"boilerstrip: not written: {name}:{line_no}: the record being cleaned; nothing "
                           "after it was read\n")

    def _write_stats(self) -> None:
        """Write --stats once, at the end of the run (also an interrupted or failed one: its figures
        are then those of the records handled, as the summary's)."""
        if self.stats is None or self.stats_out is None:
            return
        stream, self.stats_out = self.stats_out, None
        args = self.args
        about: dict[str, object] = {
            "boilerstrip": __version__,
            "mode": "parquet" if args.parquet else "jsonl" if args.jsonl else "html" if args.html else "text",
            "inputs": len(self.names),
            "preset": args.preset,
        }
        if args.jsonl or args.parquet:
            about["field"] = args.html_field or args.field
            about["url_field"] = args.url_field
            if self.jsonl is not None:
                about["records"] = dataclasses.asdict(self.jsonl.counts)
            elif self.counts is not None:
                about["records"] = dataclasses.asdict(self.counts)
        data = json.dumps(self.stats.as_dict(**about), ensure_ascii=False, indent=1) + "\n"
        try:
            with stream:
                stream.write(data.encode("utf-8", "surrogateescape"))
        except OSError as exc:
            self._error(f"error: cannot write the statistics to {args.stats}: {exc.strerror or exc}")
            self.failed_stats = True

    def _drop_policy(self) -> DropPolicy | None:
        args = self.args
        if not args.drop_empty and args.min_kept_ratio is None:
            return None
        return DropPolicy(drop_empty=args.drop_empty, min_kept_ratio=args.min_kept_ratio)

    def stop(self) -> None:
        """Stop at once (an interruption or a failed write): the workers end without finishing."""
        if self.pool is not None:
            self.pool.terminate()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None
        if self.rejects is not None:
            with contextlib.suppress(OSError):
                self.rejects.close()
            self.rejects = None
        if self.stats_out is not None:  # never written: a run that stopped before its report
            with contextlib.suppress(OSError):
                self.stats_out.close()
            self.stats_out = None
