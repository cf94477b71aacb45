"""Chunk functions: what a worker runs on a chunk of whole JSON Lines (see :mod:`boilerstrip.io.parallel`).

A chunk function takes ``(chunk, first_line_no, name)`` and returns a :class:`ChunkResult`. It is
built once per worker process by a picklable factory, so the :class:`~boilerstrip.core.Cleaner`
is compiled once per process.

>>> run = FieldChunks(on_error="pass")()
>>> result = run(b'{"text": "Rain fell.\\\\nRead more\\\\n"}\\nnot json\\n', 1, "<stdin>")
>>> result.output.decode()
'{"text": "Rain fell.\\\\n"}\\nnot json\\n'
>>> result.counts["cleaned"], result.counts["passed"]
(1, 1)
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass, field

from boilerstrip.config import Config
from boilerstrip.core import Cleaner
from boilerstrip.io.jsonl import ON_ERROR, is_blank_record
from boilerstrip.io.records import DropPolicy
from boilerstrip.io.stats import Stats


@dataclass
class ChunkResult:
    """A chunk function's answer for one chunk."""

    output: bytes = b""  #: for the output, whole lines
    rejects: bytes = b""  #: for the rejects file, whole lines
    log: str = ""  #: for stderr: warnings, ``--explain`` lines, the error that stopped the run
    counts: dict[str, int] = field(default_factory=dict)  #: e.g. read, cleaned, passed, rejected
    lines: int = 0  #: input lines handled (for progress)
    in_bytes: int = 0  #: input bytes handled (for progress)
    stopped: bool = False  #: a bad record stopped the run in this chunk
    stats: Stats | None = None  #: the chunk's statistics, when they are counted


ChunkFunction = Callable[[bytes, int, str], ChunkResult]
#: Builds a chunk function; called once in each worker process, so it must be picklable (an
#: instance of a module-level class, a module-level function, a ``functools.partial`` of one).
ChunkFactory = Callable[[], ChunkFunction]


def py_split_records(chunk: bytes) -> list[bytes]:
    """The lines of *chunk*, split at ``\\n`` only, each keeping its newline (the last may lack one).

    >>> py_split_records(b'{"a": "x\\ry"}\\n{}\\n{}')
    [b'{"a": "x\\ry"}\\n', b'{}\\n', b'{}']
    """
    parts = chunk.split(b"\n")
    last = parts.pop()
    lines = [p + b"\n" for p in parts]
    if last:
        lines.append(last)
    return lines


def py_count_newlines(chunk: bytes) -> int:
    """How many ``\\n`` *chunk* holds: its whole lines."""
    return chunk.count(b"\n")


try:  # in C where the extension is built: memchr, and one copy of each record instead of two
    from boilerstrip._native import count_newlines as count_newlines
    from boilerstrip._native import split_records as split_records
except ImportError:  # a plain-Python build: no C extension
    count_newlines, split_records = py_count_newlines, py_split_records


@dataclass(frozen=True)
class JsonlFilterChunks:
    """Runs the CLI's :class:`boilerstrip.io.jsonl.JsonlFilter` on each chunk: the JSON Lines mode's
    own parsing, error policy (``on_error``), rejects entries, warnings and ``--explain`` lines."""

    config: Config
    field: str = "text"
    explain_field: str | None = None
    on_error: str = "fail"
    quiet: bool = False
    explain: bool = False
    html_field: str | None = None
    html_info_field: str | None = None
    keep_comments: bool = False
    drop: DropPolicy | None = None
    #: Count statistics (see :mod:`boilerstrip.io.stats`): each chunk's come back in its result.
    stats: bool = False
    #: With *stats*: count them by the site of the URL in this field too.
    url_field: str | None = None
    record_timeout: float | None = None

    def __call__(self) -> ChunkFunction:
        from boilerstrip.io.jsonl import COUNTED, JsonlFilter

        html_options = None
        if self.keep_comments:
            from boilerstrip.html.pipeline import HtmlOptions

            html_options = HtmlOptions(include_comments=True)

        out: list[bytes] = []
        rejects: list[bytes] = []
        log = io.StringIO()
        jsonl = JsonlFilter(
            Cleaner(self.config), out.append, field=self.field, explain_field=self.explain_field,
            on_error=self.on_error, rejects=rejects.append, log=log, quiet=self.quiet,
            explain=self.explain, html_field=self.html_field, html_options=html_options,
            html_info_field=self.html_info_field, drop=self.drop, url_field=self.url_field,
            record_timeout=self.record_timeout,
        )

        def run(chunk: bytes, first_line_no: int, name: str) -> ChunkResult:
            # Fresh statistics for each chunk: the parent merges them in input order.
            stats = jsonl.stats = Stats(by_site=self.url_field is not None) if self.stats else None
            counts = jsonl.counts
            before = [getattr(counts, key) for key in COUNTED]
            finished = jsonl.run(split_records(chunk), name, start=first_line_no)
            result = ChunkResult(
                output=b"".join(out), rejects=b"".join(rejects), log=log.getvalue(),
                counts={key: getattr(counts, key) - old for key, old in zip(COUNTED, before, strict=True)},
                lines=count_newlines(chunk), in_bytes=len(chunk), stopped=not finished, stats=stats,
            )
            out.clear()
            rejects.clear()
            log.seek(0)
            log.truncate()
            return result

        return run


@dataclass(frozen=True)
class FieldChunks:
    """A minimal chunk function for library callers: cleans the string *field* of each JSON object.

    Bad records (not JSON, not an object, no such field, not a string) follow *on_error*: ``fail``
    stops the run, ``skip`` writes ``{"line", "reason", "raw"}`` to the rejects, ``pass`` copies the
    line unchanged. *explain_field*, if set, adds each record's removals under that name. Blank
    lines are skipped and counted as ``blank``. The CLI uses :class:`JsonlFilterChunks`.
    """

    config: Config | None = None
    field: str = "text"
    on_error: str = "fail"
    explain_field: str | None = None

    def __post_init__(self) -> None:
        if self.on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {self.on_error!r}")

    def __call__(self) -> ChunkFunction:
        cleaner = Cleaner(self.config)
        name, explain_field, on_error = self.field, self.explain_field, self.on_error
        dumps = json.JSONEncoder(ensure_ascii=False).encode

        def clean(line: bytes) -> bytes:
            """The cleaned record; ValueError names what is wrong with a bad one."""
            try:
                record = json.loads(line)
            except UnicodeDecodeError as exc:
                raise ValueError(f"not valid UTF-8 ({exc.reason} at byte {exc.start})") from None
            except ValueError as exc:
                raise ValueError(f"not valid JSON ({exc})") from None
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
            text = record.get(name)
            if not isinstance(text, str):
                raise ValueError(f"no string field {name!r}")
            if explain_field is None:
                record[name] = cleaner.strip(text)
            else:
                explanation = cleaner.explain(text)
                record[name] = explanation.text
                record[explain_field] = [r.as_dict() for r in explanation.removals]
            try:
                return (dumps(record) + "\n").encode("utf-8")
            except UnicodeEncodeError as exc:  # a lone surrogate from a \\ud800 escape
                raise ValueError(f"cannot be written as UTF-8 ({exc.reason})") from None

        def run(chunk: bytes, first_line_no: int, source: str) -> ChunkResult:
            out: list[bytes] = []
            rejects: list[bytes] = []
            log: list[str] = []
            counts = dict.fromkeys(("read", "cleaned", "passed", "rejected", "blank"), 0)
            stopped = False
            for line_no, line in enumerate(split_records(chunk), start=first_line_no):
                if is_blank_record(line):
                    counts["blank"] += 1
                    continue
                counts["read"] += 1
                try:
                    out.append(clean(line))
                    counts["cleaned"] += 1
                    continue
                except ValueError as exc:
                    reason = str(exc)
                if on_error == "pass":
                    out.append(line if line.endswith(b"\n") else line + b"\n")
                    counts["passed"] += 1
                    continue
                counts["rejected"] += 1
                if on_error == "skip":
                    raw = line.rstrip(b"\n").decode("utf-8", "backslashreplace")
                    rejects.append((dumps({"line": line_no, "reason": reason, "raw": raw}) + "\n").encode())
                    continue
                log.append(f"boilerstrip: {source}:{line_no}: {reason}\n")
                stopped = True
                break
            return ChunkResult(
                output=b"".join(out), rejects=b"".join(rejects), log="".join(log), counts=counts,
                lines=count_newlines(chunk), in_bytes=len(chunk), stopped=stopped,
            )

        return run
