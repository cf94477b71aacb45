"""Clean JSON Lines on several processes, with the output in input order and identical to one process.

The parent process only moves bytes: it reads the input in chunks of whole lines, hands each chunk
to a worker, and writes the workers' output chunks back in input order. Each worker does the real
work, record by record (JSON parse, clean, serialise), with a *record handler* it builds once when
it starts (so a :class:`~boilerstrip.core.Cleaner` is compiled once per process, not per record).
With ``workers=1`` the very same chunk function runs in the calling process, so ``-j 1`` and
``-j N`` cannot differ in what they write.

A handler is a function ``handler(line, line_no) -> Handled`` for one input line (bytes, with its
newline) and its 1-based line number. It says what to write where: to the output, to the rejects,
or that the run must stop here (``--on-error fail``), which is honoured exactly as in one process:
every record before the failing one is written, nothing after it.

>>> import io
>>> factory = FieldHandlerFactory(field="text")
>>> src = io.BytesIO(b'{"id": 1, "text": "Read more\\\\nRain fell.\\\\n"}\\n')
>>> out = io.BytesIO()
>>> summary = clean_jsonl_parallel(src, out, factory, workers=1)
>>> out.getvalue()
b'{"id": 1, "text": "Rain fell.\\\\n"}\\n'
>>> (summary.read, summary.cleaned, summary.rejected, summary.failure)
(1, 1, 0, None)
"""

from __future__ import annotations

import json
import multiprocessing
import os
import select
import signal
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from enum import IntEnum
from typing import IO, NamedTuple

from boilerstrip.config import Config
from boilerstrip.core import Cleaner
from boilerstrip.progress import Progress

#: Bytes of input per chunk sent to a worker: large enough that the cost of shipping a chunk
#: between processes is small against cleaning it, small enough to keep every core busy and
#: memory flat (at most ``IN_FLIGHT_PER_WORKER`` chunks per worker are held at once).
CHUNK_BYTES = 1 << 20
#: Chunks queued per worker, so a worker never waits for the parent to hand it the next one.
IN_FLIGHT_PER_WORKER = 3
#: What ``--on-error`` accepts.
ON_ERROR = ("fail", "skip", "pass")


class Status(IntEnum):
    CLEANED = 0  #: the record was cleaned; its line goes to the output
    PASSED = 1  #: a bad record copied to the output unchanged (``--on-error pass``)
    REJECTED = 2  #: a bad record written to the rejects (``--on-error skip``)
    FAILED = 3  #: a bad record that stops the run (``--on-error fail``)


class Handled(NamedTuple):
    """What a handler made of one input line."""

    status: Status
    output: bytes = b""  #: written to the output, newline included
    reject: bytes = b""  #: written to the rejects, newline included
    message: str = ""  #: why the record was bad (passed, rejected or failed records)


RecordHandler = Callable[[bytes, int], Handled]
#: Builds a handler; called once in each worker process, so it must be picklable (a module-level
#: function, a ``functools.partial`` of one, or an instance of a module-level class).
HandlerFactory = Callable[[], RecordHandler]


@dataclass(frozen=True)
class Failure:
    """The record that stopped the run."""

    line_no: int
    message: str


@dataclass
class Summary:
    """Counts for the whole run. Always ``read == cleaned + passed + rejected (+1 if failed)``."""

    read: int = 0
    cleaned: int = 0
    passed: int = 0
    rejected: int = 0
    in_bytes: int = 0
    failure: Failure | None = None

    def add(self, chunk: ChunkResult) -> None:
        self.read += chunk.read
        self.cleaned += chunk.cleaned
        self.passed += chunk.passed
        self.rejected += chunk.rejected
        self.in_bytes += chunk.in_bytes
        if chunk.failure is not None and self.failure is None:
            self.failure = chunk.failure


@dataclass
class ChunkResult:
    """A worker's answer for one chunk: bytes to write, and the counts."""

    output: bytes = b""
    rejects: bytes = b""
    read: int = 0
    cleaned: int = 0
    passed: int = 0
    rejected: int = 0
    in_bytes: int = 0
    failure: Failure | None = None
    messages: list[str] = field(default_factory=list)


def process_chunk(handler: RecordHandler, chunk: bytes, first_line_no: int) -> ChunkResult:
    """Run *handler* over every line of *chunk*; stop at the first FAILED record."""
    out: list[bytes] = []
    rejects: list[bytes] = []
    counts = [0, 0, 0, 0]
    result = ChunkResult()
    line_no = first_line_no
    for line in split_records(chunk):
        handled = handler(line, line_no)
        counts[handled.status] += 1
        if handled.status is Status.FAILED:
            result.failure = Failure(line_no, handled.message)
            break
        if handled.output:
            out.append(handled.output)
        if handled.reject:
            rejects.append(handled.reject)
        line_no += 1
    result.output = b"".join(out)
    result.rejects = b"".join(rejects)
    result.cleaned, result.passed, result.rejected = counts[0], counts[1], counts[2]
    result.read = sum(counts)
    result.in_bytes = len(chunk)
    return result


def split_records(chunk: bytes) -> list[bytes]:
    """The lines of *chunk*, split at ``\\n`` only, each keeping its newline (the last may lack one).

    >>> split_records(b'{"a": "x\\ry"}\\n{}\\n{}')
    [b'{"a": "x\\ry"}\\n', b'{}\\n', b'{}']
    """
    parts = chunk.split(b"\n")
    last = parts.pop()
    lines = [p + b"\n" for p in parts]
    if last:
        lines.append(last)
    return lines


def read_chunks(stream: IO[bytes], chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Yield the input in chunks of whole lines (the very last line may lack its newline).

    A chunk is emitted once it holds *chunk_bytes*, or as soon as the source has nothing more
    ready (a slow pipe), so a trickle of records flows through without waiting for a full chunk.
    How the input is cut never changes the output: every line is handled on its own.

    >>> import io
    >>> list(read_chunks(io.BytesIO(b"a\\nb\\nc"), chunk_bytes=4))
    [b'a\\nb\\n', b'c']
    """
    read = getattr(stream, "read1", stream.read)
    pending = b""
    while True:
        block = read(chunk_bytes)
        if not block:
            break
        pending += block
        if len(pending) < chunk_bytes and (len(block) == chunk_bytes or _more_ready(stream)):
            continue
        cut = pending.rfind(b"\n") + 1
        if cut == 0:
            continue  # one long line, still arriving
        yield pending[:cut]
        pending = pending[cut:]
    if pending:
        yield pending


def _more_ready(stream: IO[bytes]) -> bool:
    """True if reading *stream* now would not block (always true for files and memory)."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return True
    try:
        ready, _, _ = select.select([fd], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(ready)


def resolve_workers(workers: int) -> int:
    """``0`` means every core this process may use; negative numbers are refused.

    >>> resolve_workers(3)
    3
    >>> resolve_workers(0) >= 1
    True
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, not {workers}")
    if workers:
        return workers
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


# -- the worker side ---------------------------------------------------------------------------

_worker_handler: RecordHandler | None = None


def _init_worker(factory: HandlerFactory) -> None:
    # The parent owns Ctrl-C: it stops the pool and leaves whole records behind.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker_handler
    _worker_handler = factory()


def _run_chunk(chunk: bytes, first_line_no: int) -> ChunkResult:
    assert _worker_handler is not None, "worker not initialised"
    return process_chunk(_worker_handler, chunk, first_line_no)


# -- the parent side ---------------------------------------------------------------------------


def clean_jsonl_parallel(
    in_stream: IO[bytes],
    out_stream: IO[bytes],
    handler_factory: HandlerFactory,
    workers: int = 1,
    rejects_stream: IO[bytes] | None = None,
    progress: Progress | None = None,
    chunk_bytes: int = CHUNK_BYTES,
    start_method: str | None = None,
) -> Summary:
    """Clean JSON Lines from *in_stream* to *out_stream* with *workers* processes (0 = all cores).

    Output and rejects are written in input order, byte-identical whatever *workers* is. The run
    stops at the first record whose handler says FAILED, after writing every record before it;
    the returned :class:`Summary` then names it in ``failure``.
    """
    workers = resolve_workers(workers)
    summary = Summary()
    next_line = 1

    def write(result: ChunkResult) -> None:
        if result.output:
            out_stream.write(result.output)
        if result.rejects and rejects_stream is not None:
            rejects_stream.write(result.rejects)
        summary.add(result)
        if progress is not None:
            progress.update(result.read, result.in_bytes)

    if workers == 1:
        handler = handler_factory()
        for chunk in read_chunks(in_stream, chunk_bytes):
            result = process_chunk(handler, chunk, next_line)
            next_line += chunk.count(b"\n")
            write(result)
            if result.failure is not None:
                break
        return summary

    context = multiprocessing.get_context(start_method or _default_start_method())
    pending: deque[Future[ChunkResult]] = deque()
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_init_worker, initargs=(handler_factory,)
    )
    try:
        for chunk in read_chunks(in_stream, chunk_bytes):
            pending.append(pool.submit(_run_chunk, chunk, next_line))
            next_line += chunk.count(b"\n")
            # Write every chunk that is done, in order; wait only when the queue is full.
            while pending and (len(pending) >= workers * IN_FLIGHT_PER_WORKER or pending[0].done()):
                result = pending.popleft().result()
                write(result)
                if result.failure is not None:
                    return summary
        while pending:
            result = pending.popleft().result()
            write(result)
            if result.failure is not None:
                return summary
        return summary
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _default_start_method() -> str:
    # fork is unsafe in a process that runs threads (a library caller may); forkserver forks
    # workers from a clean single-threaded server at almost fork's cost. spawn elsewhere.
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


# -- a record handler: clean one field of each JSON object ------------------------------------


@dataclass(frozen=True)
class FieldHandlerFactory:
    """Builds a handler that cleans the string *field* of each JSON object and keeps the rest.

    Bad records (not JSON, not an object, no such field, not a string) are handled per
    *on_error*: ``fail`` stops the run, ``skip`` writes ``{"line", "error", "record"}`` to the
    rejects, ``pass`` copies the line to the output unchanged. *explain_field*, if set, adds each
    record's removals (``Removal.as_dict()``) under that name.
    """

    config: Config | None = None
    field: str = "text"
    on_error: str = "fail"
    explain_field: str | None = None

    def __post_init__(self) -> None:
        if self.on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {self.on_error!r}")

    def __call__(self) -> RecordHandler:
        cleaner = Cleaner(self.config)
        name, explain_field, on_error = self.field, self.explain_field, self.on_error
        dumps = json.JSONEncoder(ensure_ascii=False).encode

        def bad(line: bytes, line_no: int, message: str) -> Handled:
            if on_error == "pass":
                return Handled(Status.PASSED, output=line if line.endswith(b"\n") else line + b"\n",
                               message=message)
            if on_error == "skip":
                record = line.rstrip(b"\r\n").decode("utf-8", "backslashreplace")
                reject = dumps({"line": line_no, "error": message, "record": record}) + "\n"
                return Handled(Status.REJECTED, reject=reject.encode("utf-8"), message=message)
            return Handled(Status.FAILED, message=message)

        def handle(line: bytes, line_no: int) -> Handled:
            try:
                record = json.loads(line)
            except UnicodeDecodeError as exc:
                where = f"{exc.reason} at byte {exc.start}"
                return bad(line, line_no, f"line {line_no}: not valid UTF-8 ({where})")
            except ValueError as exc:
                return bad(line, line_no, f"line {line_no}: not valid JSON ({exc})")
            if not isinstance(record, dict):
                return bad(line, line_no, f"line {line_no}: not a JSON object")
            text = record.get(name)
            if not isinstance(text, str):
                what = "has no field" if name not in record else "has a non-string field"
                return bad(line, line_no, f"line {line_no}: record {what} {name!r}")
            if explain_field is None:
                record[name] = cleaner.strip(text)
            else:
                explanation = cleaner.explain(text)
                record[name] = explanation.text
                record[explain_field] = [r.as_dict() for r in explanation.removals]
            try:
                out = dumps(record) + "\n"
                return Handled(Status.CLEANED, output=out.encode("utf-8"))
            except UnicodeEncodeError as exc:  # a lone surrogate from a \\ud800 escape
                return bad(line, line_no, f"line {line_no}: cannot be written as UTF-8 ({exc.reason})")

        return handle
