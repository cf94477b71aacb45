"""Clean JSON Lines on several processes, with the output in input order and identical to one process.

The parent process only moves bytes: it reads the input in chunks of whole lines, hands each chunk
to a worker, and writes the workers' answers back in input order. Each worker does the real work
(JSON parse, clean, serialise) with a *chunk function* that it builds once when it starts, so the
:class:`~boilerstrip.core.Cleaner` is compiled once per process, not per record or per chunk.
With ``workers=1`` the very same chunk function runs in the calling process, so ``-j 1`` and
``-j N`` cannot differ in what they write.

A chunk function takes ``(chunk, first_line_no, name)`` (whole lines of the input named *name*,
the first being line *first_line_no*) and returns a :class:`ChunkResult`: the bytes for the
output and for the rejects, the messages for stderr, the counts, and whether the run must stop
after this chunk (``--on-error fail``). A stop is honoured exactly as in one process: everything
the stopping chunk wrote before its bad record is written, and no later chunk is.

Two chunk functions ship, in :mod:`boilerstrip.io.chunks` (and importable from here):
:class:`JsonlFilterChunks` runs :class:`boilerstrip.io.jsonl.JsonlFilter` (the CLI's JSON Lines mode,
with its error policy, rejects and messages), and :class:`FieldChunks` is a minimal one for
library callers.

>>> import io, json
>>> src = io.BytesIO(b'{"id": 1, "text": "Rain fell.\\\\n"}\\nnot json\\n')
>>> out, rejects = io.BytesIO(), io.BytesIO()
>>> summary = clean_jsonl_parallel(src, out, FieldChunks(on_error="skip"), workers=1,
...                                rejects_stream=rejects)
>>> [json.loads(line)["id"] for line in out.getvalue().splitlines()]
[1]
>>> json.loads(rejects.getvalue())["line"]
2
>>> summary.counts["read"], summary.counts["cleaned"], summary.counts["rejected"], summary.stopped
(2, 1, 1, False)
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import select
import signal
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Protocol, TextIO

from boilerstrip.io.chunks import (
    ChunkFactory,
    ChunkFunction,
    ChunkResult,
    FieldChunks,
    JsonlFilterChunks,
    count_newlines,
    split_records,
)
from boilerstrip.io.progress import Progress
from boilerstrip.io.stats import Stats

__all__ = [
    "MAX_WORKERS_PER_CORE",
    "ChunkFactory",
    "ChunkFunction",
    "ChunkResult",
    "FieldChunks",
    "JsonlFilterChunks",
    "Pool",
    "Summary",
    "clean_jsonl_parallel",
    "keep_chunk_buffers",
    "read_chunks",
    "resolve_workers",
    "split_records",
    "usable_cores",
]

#: Bytes of input per chunk sent to a worker: large enough that shipping a chunk between
#: processes costs little against cleaning it, small enough to keep every core busy and memory
#: flat (at most ``IN_FLIGHT_PER_WORKER`` chunks per worker are held at once).
CHUNK_BYTES = 1 << 20
#: Chunks queued per worker, so that a worker never waits for the parent to hand it the next one.
IN_FLIGHT_PER_WORKER = 3
#: Capacity asked for the pipes between this process and its workers: Linux's default, 64 KiB,
#: takes a chunk across in sixteen writes, each waking the other side.
PIPE_BYTES = CHUNK_BYTES
#: At most this many worker processes per usable core: the work is CPU-bound, so more only
#: compete for the same cores (and thousands would exhaust the machine's processes and memory).
MAX_WORKERS_PER_CORE = 2
#: Freed buffers up to this size stay in the process's heap (glibc's ``M_MMAP_THRESHOLD``) ...
KEEP_BUFFERS_BELOW = 16 << 20
#: ... and the heap keeps up to this much free memory at its top (``M_TRIM_THRESHOLD``).
KEEP_FREE_HEAP = 64 << 20


class BinaryInput(Protocol):
    """What the pool reads from: a binary file or anything with its ``read`` (``read1`` and
    ``fileno`` are used when present)."""

    def read(self, size: int = -1, /) -> bytes: ...


@dataclass
class Summary:
    """The whole run: counts summed over the chunks, and whether a bad record stopped it."""

    counts: Counter[str] = field(default_factory=Counter)
    lines: int = 0
    in_bytes: int = 0
    stopped: bool = False
    stats: Stats | None = None  #: the chunks' statistics, merged in input order (when counted)
    #: The input's name, the first line not yet delivered, and how many lines had been handed to
    #: the workers but not delivered when the run ended early (interrupted, or a worker died).
    name: str = ""
    next_line: int = 1
    in_flight_lines: int = 0

    def add(self, result: ChunkResult) -> None:
        self.counts.update(result.counts)
        if result.stats is not None:
            if self.stats is None:
                self.stats = result.stats
            else:
                self.stats.merge(result.stats)
        self.lines += result.lines
        self.in_bytes += result.in_bytes
        self.stopped = self.stopped or result.stopped


def read_chunks(stream: BinaryInput, chunk_bytes: int = CHUNK_BYTES) -> Iterator[bytes]:
    """Yield the input in chunks of whole lines (the very last line may lack its newline).

    A chunk is emitted once it holds *chunk_bytes*, or as soon as the source has nothing more
    ready (a slow pipe), so a trickle of records flows through without waiting for a full chunk.
    How the input is cut never changes the output: every line is handled on its own.

    >>> import io
    >>> list(read_chunks(io.BytesIO(b"a\\nb\\nc"), chunk_bytes=4))
    [b'a\\nb\\n', b'c']
    """
    read = getattr(stream, "read1", stream.read)
    # The blocks read since the last cut, joined only when a chunk is cut: one long line that
    # arrives in many blocks is copied once, not once per block (which was quadratic).
    blocks: list[bytes] = []
    size = 0
    cut = 0  # in the joined blocks: just past the last newline found so far (0: none yet)
    while True:
        try:
            block = read(chunk_bytes)
        except Exception:
            # A read error: hand in the whole lines read before it (one process would have cleaned
            # them already), then let the error through.
            if cut:
                yield b"".join(blocks)[:cut]
            raise
        if not block:
            break
        newline = block.rfind(b"\n")
        if newline >= 0:
            cut = size + newline + 1
        blocks.append(block)
        size += len(block)
        if size < chunk_bytes and (len(block) == chunk_bytes or _more_ready(stream)):
            continue
        if cut == 0:
            continue  # one long line, still arriving
        pending = b"".join(blocks)
        yield pending[:cut]
        rest = pending[cut:]
        blocks, size, cut = ([rest], len(rest), 0) if rest else ([], 0, 0)
    if blocks:
        yield b"".join(blocks)


def _more_ready(stream: object) -> bool:
    """True if reading *stream* now would not block (always true for files and memory)."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
    except (AttributeError, OSError, ValueError):
        return True
    try:
        ready, _, _ = select.select([fd], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(ready)


def resolve_workers(workers: int) -> int:
    """``0`` means every core this process may use; negative numbers are refused, and more than
    :data:`MAX_WORKERS_PER_CORE` per usable core are capped to that.

    >>> resolve_workers(2)
    2
    >>> resolve_workers(0) == usable_cores()
    True
    >>> resolve_workers(100_000) == MAX_WORKERS_PER_CORE * usable_cores()
    True
    """
    if workers < 0:
        raise ValueError(f"workers must be 0 (all cores) or more, not {workers}")
    cores = usable_cores()
    if workers:
        return min(workers, MAX_WORKERS_PER_CORE * cores)
    return cores


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return max(os.cpu_count() or 1, 1)


# -- the worker side ---------------------------------------------------------------------------

_worker_function: ChunkFunction | None = None


def keep_chunk_buffers() -> bool:
    """Have glibc keep freed chunk-sized buffers for reuse; True if it could be asked.

    Each chunk passes through several buffers of its size (read, pickled, sent, unpickled,
    cleaned, joined). glibc returns every freed buffer over its threshold (128 KiB, raised as it
    goes) to the system, and the next one faults its pages in afresh: with two workers over
    200 MB of JSON Lines, some 60,000 page faults more than one process, 5% of the run's CPU.
    With these settings a process holds at most :data:`KEEP_FREE_HEAP` of free memory, however
    long the input. Called in every worker, and by the CLI for its own process; elsewhere (musl,
    macOS) it does nothing.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    m_trim_threshold, m_mmap_threshold = -1, -3  # from glibc's malloc.h
    return bool(mallopt(m_mmap_threshold, KEEP_BUFFERS_BELOW)) and bool(mallopt(m_trim_threshold, KEEP_FREE_HEAP))


def _init_worker(factory: ChunkFactory, parent: int | None) -> None:
    # The parent owns Ctrl-C: it stops the pool and leaves whole records behind. SIGTERM and
    # SIGHUP end a worker at once, as by default (a forked worker inherits the parent's handlers).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # held back by the parent while it forked this worker
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOP_SIGNALS)
    _die_with_parent(parent)
    keep_chunk_buffers()
    global _worker_function
    _worker_function = factory()


#: prctl's option that sends the calling process a signal when its parent ends (linux/prctl.h).
PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int | None) -> bool:
    """Have Linux kill this worker when its parent process ends, however it ends (SIGKILL too):
    a worker left behind would wait for chunks forever. *parent* is the pid the worker must
    have as its parent (None with forkserver, whose server is the parent and ends with ours):
    if it is gone already, before the request took effect, the worker exits now. True if asked."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return False
    if prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
        return False
    if parent is not None and os.getppid() != parent:
        os._exit(1)
    return True


def _run_chunk(chunk: bytes, first_line_no: int, name: str) -> ChunkResult:
    assert _worker_function is not None, "worker not initialised"
    return _worker_function(chunk, first_line_no, name)


# -- the parent side ---------------------------------------------------------------------------


class Pool:
    """*workers* processes (0: all cores) running the chunk function *factory* builds.

    With one worker nothing is started: chunks run in this process. Use it as a context manager,
    and call :meth:`run` once per input (line numbers restart at 1 for each).
    """

    def __init__(self, factory: ChunkFactory, workers: int = 1, start_method: str | None = None) -> None:
        self.workers = resolve_workers(workers)
        self._local: ChunkFunction | None = None
        self._pool: ProcessPoolExecutor | None = None
        if self.workers == 1:
            self._local = factory()
        else:
            method = start_method or _default_start_method()
            parent = None if method == "forkserver" else os.getpid()
            # A stop signal that lands while a worker is forked would run the parent's handler in
            # the child: held back until the workers are up, it reaches this process alone.
            held = _hold_signals()
            try:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=multiprocessing.get_context(method),
                    initializer=_init_worker, initargs=(factory, parent),
                )
                _widen_pipes(self._pool)
                if method == "fork":
                    # Start the workers now, while this process is known to run no other thread,
                    # rather than at the first chunk (by then the caller may have started one).
                    self._pool.submit(_ready).result()
            finally:
                if held is not None:
                    signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def run(
        self,
        stream: BinaryInput,
        write: Callable[[bytes], object],
        *,
        name: str = "<stdin>",
        write_rejects: Callable[[bytes], object] | None = None,
        log: TextIO | None = None,
        progress: Progress | None = None,
        chunk_bytes: int = CHUNK_BYTES,
        summary: Summary | None = None,
    ) -> Summary:
        """Clean *stream* into *write* (and *write_rejects*, *log*), in input order.

        The counts go into *summary* (a new one if None) chunk by chunk, as each is delivered, so
        that a caller interrupted mid-run still has the counts of what was written, and in its
        ``next_line`` and ``in_flight_lines`` what was handed out and not delivered.
        """
        chunks = ((chunk, count_newlines(chunk)) for chunk in read_chunks(stream, chunk_bytes))
        return self.run_chunks(chunks, write, name=name, write_rejects=write_rejects, log=log,
                               progress=progress, summary=summary)

    def run_chunks(
        self,
        chunks: Iterator[tuple[bytes, int]],
        write: Callable[[bytes], object],
        *,
        name: str = "<stdin>",
        write_rejects: Callable[[bytes], object] | None = None,
        log: TextIO | None = None,
        progress: Progress | None = None,
        summary: Summary | None = None,
    ) -> Summary:
        """Run the chunk function on *chunks*, each given with the number of records (lines) it
        holds, from which the next chunk's first number follows; deliver the results in order, as
        :meth:`run` does."""
        summary = summary if summary is not None else Summary()
        summary.name = name

        def deliver(result: ChunkResult) -> bool:
            # Counted first: a Ctrl-C deferred to the end of a write leaves the chunk written.
            summary.add(result)
            if result.log and log is not None:
                if progress is not None:
                    progress.clear()
                log.write(result.log)
            if result.output:
                write(result.output)
            if result.rejects and write_rejects is not None:
                write_rejects(result.rejects)
            if progress is not None:
                progress.update(result.lines, result.in_bytes)
            return not result.stopped

        next_line = 1
        if self._local is not None:
            for chunk, lines in chunks:
                summary.in_flight_lines = lines or 1
                result = self._local(chunk, next_line, name)
                next_line += lines
                summary.in_flight_lines, summary.next_line = 0, next_line
                if not deliver(result):
                    break
            return summary

        assert self._pool is not None
        pending: deque[tuple[Future[ChunkResult], int]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER

        def deliver_next() -> bool:
            future, lines = pending[0]
            result = future.result()
            pending.popleft()
            summary.next_line += lines
            summary.in_flight_lines -= lines
            return deliver(result)

        try:
            while True:
                try:
                    chunk, lines = next(chunks)
                except StopIteration:
                    break
                except Exception:
                    # The input failed: deliver what was read before it, as one process would have.
                    while pending:
                        if not deliver_next():
                            break
                    raise
                lines = lines or 1  # the last line may lack its newline
                pending.append((self._pool.submit(_run_chunk, chunk, next_line, name), lines))
                summary.in_flight_lines += lines
                next_line += lines
                # Deliver every chunk that is done, in order; block only when the queue is full.
                while pending and (len(pending) >= limit or pending[0][0].done()):
                    if not deliver_next():
                        return summary
            while pending:
                if not deliver_next():
                    return summary
            return summary
        finally:
            for future, _ in pending:  # stopped or interrupted: what was not delivered is dropped
                future.cancel()
            if summary.stopped:
                summary.in_flight_lines = 0  # a stop is no loss: nothing after it was to be written

    def terminate(self) -> None:
        """End the workers now, without waiting for the chunks they are on (an interruption)."""
        if self._pool is None:
            return
        manager = getattr(self._pool, "_executor_manager_thread", None)
        if manager is not None:
            _silence(manager)
        processes = getattr(self._pool, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.kill()  # not SIGTERM: a worker still starting may run the parent's handler
        # The queue that carries chunks to the workers has a thread writing into a pipe that no
        # one reads any more: it must not hold up the exit (and its pipe is closed under it).
        queue = getattr(self._pool, "_call_queue", None)
        with contextlib.suppress(Exception):
            queue.cancel_join_thread()  # type: ignore[union-attr]
        with contextlib.suppress(Exception):
            queue._reader.close()  # type: ignore[union-attr]
        # A worker killed while it wrote its answer leaves half a message in the pipe the
        # executor's manager thread reads, and that thread then waits for the rest: from the dead
        # worker, never, and at exit Python waits for the thread. This process holds the pipe's
        # only other writing end; closing it ends the read (the thread sees a broken pool).
        results = getattr(self._pool, "_result_queue", None)
        with contextlib.suppress(Exception):
            results._writer.close()  # type: ignore[union-attr]
        self._pool.shutdown(wait=False, cancel_futures=True)
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.join(timeout=5)
        # The executor's manager thread closes its wake-up pipe as it ends. Python 3.11's exit
        # hook writes to that pipe without a lock: were the thread still closing it then, the
        # write would fail on the closed descriptor with a traceback (after a SIGTERM, with -j 2).
        # Waiting for the thread here leaves the hook a pipe marked closed, which it skips.
        if manager is not None:
            with contextlib.suppress(Exception):
                manager.join(timeout=5)
        self._pool = None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def clean_jsonl_parallel(
    in_stream: BinaryInput,
    out_stream: IO[bytes],
    factory: ChunkFactory,
    workers: int = 1,
    *,
    rejects_stream: IO[bytes] | None = None,
    log_stream: TextIO | None = None,
    progress: Progress | None = None,
    name: str = "<stdin>",
    chunk_bytes: int = CHUNK_BYTES,
    start_method: str | None = None,
) -> Summary:
    """Clean JSON Lines from *in_stream* to *out_stream* with *workers* processes (0: all cores).

    Output, rejects and messages are written in input order, byte-identical whatever *workers*
    is. A run stopped by a bad record (``summary.stopped``) has written every record before it.
    """
    with Pool(factory, workers, start_method) as pool:
        return pool.run(
            in_stream, out_stream.write, name=name,
            write_rejects=None if rejects_stream is None else rejects_stream.write,
            log=log_stream, progress=progress, chunk_bytes=chunk_bytes,
        )


def _silence(thread: threading.Thread) -> None:
    """Keep an error of *thread* (the executor's manager, during an interruption) off stderr.
    Torn down under it, with its workers killed and their futures cancelled, Python 3.11's manager
    fails a cancelled future ("InvalidStateError") and prints a traceback; the run is stopping and
    the summary says what was in flight. Errors of every other thread are reported as before."""
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.thread is not thread:
            previous(args)

    threading.excepthook = hook


def _widen_pipes(pool: ProcessPoolExecutor) -> None:
    """Ask Linux for :data:`PIPE_BYTES` of capacity on the pipes that carry chunks to the workers
    and their answers back: with two workers over 200 MB of JSON Lines, 0.1 s less wall time.
    The pipes are the executor's own (``_call_queue``, ``_result_queue``, stable since Python 3.2
    but not public): where they are not found, or Linux refuses the size (it is capped by
    /proc/sys/fs/pipe-max-size), they keep their default and only the speed-up is lost."""
    if not sys.platform.startswith("linux"):
        return
    import fcntl

    set_size = getattr(fcntl, "F_SETPIPE_SZ", 1031)
    for queue in (getattr(pool, "_call_queue", None), getattr(pool, "_result_queue", None)):
        for end in (getattr(queue, "_reader", None), getattr(queue, "_writer", None)):
            with contextlib.suppress(AttributeError, OSError, ValueError):
                fcntl.fcntl(end.fileno(), set_size, PIPE_BYTES)  # type: ignore[union-attr]


def _default_start_method() -> str:
    """fork on Linux while this process runs one thread (the CLI does), else forkserver or spawn.

    A forked worker starts with boilerstrip imported already and nothing to unpickle: on two
    cores, ``-j 2`` over 100 MB of JSON Lines ran in 1.73-1.83 s with fork against 1.92 s with
    forkserver. But a fork copies no other thread, and one holding a lock at that moment leaves
    the child deadlocked, so a process with threads (a library caller's may) gets forkserver,
    which forks from a clean single-threaded server, or spawn where there is none.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


#: The signals that stop a run (the command's handlers raise in whichever process runs them).
_STOP_SIGNALS = {getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


def _hold_signals() -> set[int | signal.Signals] | None:
    """Block the stop signals in this thread (the main one); the previous mask, or None."""
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOP_SIGNALS)


def _ready() -> None:
    """A task that does nothing: submitting it makes the pool start its workers."""
