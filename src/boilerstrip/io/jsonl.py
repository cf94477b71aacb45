"""JSON Lines filtering: one record at a time, in constant memory, no record lost.

Each non-blank line is one record. The text field is cleaned; every other field passes through
(records are re-serialised compactly, key order kept). A record that cannot be cleaned (not JSON,
not an object, no text field, a text field that is not a string) is handled by the error policy:

- ``fail`` (default): stop; every record before it is already written;
- ``skip``: leave it out of the output, and write it with its reason to the rejects file;
- ``pass``: copy the line to the output unchanged.

Whatever happens, ``read == cleaned + passed + rejected + dropped`` (*dropped*: documents left
out by a drop policy, which go to the rejects too). Blank lines are not records: they are
skipped and counted apart.

>>> import io
>>> from boilerstrip import Cleaner
>>> out = io.BytesIO()
>>> f = JsonlFilter(Cleaner(), out.write, on_error="pass")
>>> f.run([b'{"id": 1, "text": "Read more\\\\nThe vote was held on Monday."}\\n', b'[1]\\n', b'\\n'])
True
>>> print(out.getvalue().decode(), end="")
{"id":1,"text":"The vote was held on Monday."}
[1]
>>> f.counts
Counts(read=2, cleaned=1, passed=1, rejected=0, blank=1, dropped=0)
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from boilerstrip.core import Cleaner
from boilerstrip.io.deadline import Deadline, RecordTimeout
from boilerstrip.io.records import Drop, DropPolicy, RecordCleaner
from boilerstrip.io.stats import Stats
from boilerstrip.io.textio import UTF8_BOM, UTF16_BOMS, RecordError, dump_json, parse_json

if TYPE_CHECKING:
    from boilerstrip.html.pipeline import HtmlOptions

ON_ERROR = ("fail", "skip", "pass")

#: JSON's whitespace: a line of nothing else is blank, no record. Other control characters (a
#: vertical tab, a form feed) are not JSON: a line of them is a bad record, reported, not dropped.
JSON_WHITESPACE = b" \t\r\n"


def is_blank_record(raw: bytes) -> bool:
    """True for a line of JSON whitespace only (or nothing).

    >>> is_blank_record(b" \\t\\r\\n"), is_blank_record(b"\\x0c\\n"), is_blank_record(b"\\x0b")
    (True, False, False)
    """
    return not raw.strip(JSON_WHITESPACE)
#: The fields of :class:`Counts` that count (summed over chunks and files).
COUNTED = ("read", "cleaned", "passed", "rejected", "blank", "dropped")

@dataclass
class Counts:
    """What happened to the lines of a run."""

    read: int = 0  #: records read (blank lines excluded)
    cleaned: int = 0  #: records cleaned and written
    passed: int = 0  #: bad records copied to the output unchanged (``--on-error pass``)
    rejected: int = 0  #: bad records not written (``skip``, or the one that stopped a ``fail`` run)
    blank: int = 0  #: blank lines skipped
    dropped: int = 0  #: documents cleaned and left out by the drop policy (``--drop-empty``...)

    @property
    def written(self) -> int:
        return self.cleaned + self.passed

    def summary(self, dropping: bool = False, blank: bool = True) -> str:
        """One line for stderr; dropped documents are named when *dropping* (a drop policy is on),
        blank lines unless *blank* is False (Parquet has no lines)."""
        dropped = f"{self.dropped} dropped" if dropping or self.dropped else ""
        parts = [f"{self.read} records read", f"{self.cleaned} cleaned", f"{self.passed} passed",
                 f"{self.rejected} rejected", dropped, f"{self.blank} blank lines skipped" if blank else ""]
        return ", ".join(part for part in parts if part)


def reject_record(line_no: int, reason: str, raw: bytes, name: str | None = None) -> dict[str, Any]:
    """The rejects-file entry for a bad line: its input *name* (if given), its number, the reason,
    and the line itself.

    ``raw`` is the line without its ``\\n``; when the line is not valid UTF-8, ``raw`` shows the bad
    bytes as ``\\xNN`` escapes and ``raw_base64`` holds the exact bytes.

    >>> entry = reject_record(3, "not valid UTF-8", b'{"text": "\\xff"}\\n')
    >>> entry["raw"], entry["raw_base64"]
    ('{"text": "\\\\xff"}', 'eyJ0ZXh0IjogIv8ifQ==')
    """
    body = raw[:-1] if raw.endswith(b"\n") else raw
    entry: dict[str, Any] = {} if name is None else {"file": name}
    entry["line"] = line_no
    entry["reason"] = reason
    try:
        entry["raw"] = body.decode("utf-8")
    except UnicodeDecodeError:
        entry["raw"] = body.decode("utf-8", "backslashreplace")
        entry["raw_base64"] = base64.b64encode(body).decode("ascii")
    return entry


class JsonlFilter:
    """Clean the text field of each JSON Lines record, with one :class:`Cleaner` for every record.

    *write* receives each output line (a whole record with its newline). *rejects* receives the
    entries of skipped records (``skip`` policy) and of dropped documents (*drop*). *log* gets the
    error that stops a run, a warning per bad record (unless *quiet*) and, with *explain*, one line
    per removal. *field*, *explain_field*, *html_field*, *html_info_field* and *url_field* may be
    dotted paths (``doc.body``). *stats*, if given, counts every cleaned document (see
    :mod:`boilerstrip.io.stats`).
    """

    def __init__(
        self,
        cleaner: Cleaner,
        write: Callable[[bytes], object],
        *,
        field: str = "text",
        explain_field: str | None = None,
        on_error: str = "fail",
        rejects: Callable[[bytes], object] | None = None,
        log: TextIO | None = None,
        quiet: bool = False,
        explain: bool = False,
        html_field: str | None = None,
        html_options: HtmlOptions | None = None,
        html_info_field: str | None = None,
        drop: DropPolicy | None = None,
        stats: Stats | None = None,
        url_field: str | None = None,
        record_timeout: float | None = None,
    ) -> None:
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
        self.cleaner = cleaner
        self.write = write
        self.on_error = on_error
        self.rejects = rejects
        self.log = log
        self.quiet = quiet
        self.records = RecordCleaner(
            cleaner, field=field, explain_field=explain_field, html_field=html_field,
            html_options=html_options, html_info_field=html_info_field, drop=drop, stats=stats,
            url_field=url_field,
            explain_log=self._explain_line if explain and log is not None else None,
            warn=self._warn,
        )
        #: Seconds a record may take (parse, clean, serialise); past it the record is bad, with
        #: that reason. None: no limit. Only in a process's main thread (see boilerstrip.io.deadline).
        self.record_timeout = record_timeout
        self.counts = Counts()
        #: The input and line of the record being handled, None between records.
        self.current: tuple[str, int] | None = None

    @property
    def dropping(self) -> bool:
        """Whether a drop policy is on."""
        return self.records.drop is not None

    @property
    def stats(self) -> Stats | None:
        return self.records.stats

    @stats.setter
    def stats(self, stats: Stats | None) -> None:
        self.records.stats = stats

    def run(self, lines: Iterable[bytes], name: str = "<stdin>", start: int = 1) -> bool:
        """Filter *lines* (each with its ``\\n``, as a binary file iterates). False if a bad record
        stopped the run (``fail`` policy). *start* is the line number of the first line (for a
        chunk of a bigger input; only line 1 may begin with a BOM).

        A record counts as read once its fate is settled (written, passed, rejected or dropped),
        so that the counts add up even when the run is interrupted; the record being handled then
        is :attr:`current`.
        """
        if self.record_timeout is not None and self.records.html_field is not None:
            from boilerstrip.html.pipeline import preload

            preload()  # not within a record's time
        with Deadline(self.record_timeout) as deadline:
            return self._run(lines, name, start, deadline)

    def _run(self, lines: Iterable[bytes], name: str, start: int, deadline: Deadline) -> bool:
        counts = self.counts
        write = self.write
        limited = deadline.seconds is not None
        for line_no, raw in enumerate(lines, start=start):
            if line_no == 1 and raw.startswith(UTF8_BOM):
                raw = raw[len(UTF8_BOM):]
            if is_blank_record(raw):
                counts.blank += 1
                continue
            self.current = (name, line_no)
            try:
                if limited:
                    with deadline.record():
                        data = self._record(raw, name, line_no)
                else:
                    data = self._record(raw, name, line_no)
            except RecordError as exc:
                if not self._bad(raw, line_no, str(exc), name):
                    return False
                continue
            except RecordTimeout as exc:
                if not self._bad(raw, line_no, f"not cleaned: {exc}", name):
                    return False
                continue
            except Exception as exc:  # a bug in the pipeline: report it like bad data, lose nothing
                reason = f"internal error while cleaning: {type(exc).__name__}: {exc}"
                if not self._bad(raw, line_no, reason, name):
                    return False
                continue
            if isinstance(data, Drop):  # outside the try: a failing rejects file is no bad record
                self._dropped(raw, line_no, data, name)
                continue
            # Counted first: a Ctrl-C deferred to the end of the write leaves it written.
            counts.read += 1
            counts.cleaned += 1
            self.current = None
            write(data)
        self.current = None
        return True

    def _record(self, raw: bytes, name: str, line_no: int) -> bytes | Drop:
        """The output line for one record, the drop policy's reason to leave it out, or
        RecordError with the reason it is bad."""
        if line_no == 1 and raw.startswith(UTF16_BOMS):
            raise RecordError("not valid UTF-8: the input starts with a UTF-16 byte-order mark; JSON Lines "
                              "must be UTF-8 (convert it first, e.g. iconv -f UTF-16 -t UTF-8)")
        record, fast = parse_json(raw)
        drop = self.records.clean(record, f"{name}:{line_no}")
        return drop if drop is not None else dump_json(record, fast)

    def _explain_line(self, line: str) -> None:
        assert self.log is not None
        self.log.write(line + "\n")

    def _dropped(self, raw: bytes, line_no: int, drop: Drop, name: str) -> None:
        """A document left out by the drop policy: to the rejects with its reason, never silently."""
        self.counts.read += 1
        self.counts.dropped += 1
        self.current = None
        if self.rejects is not None:
            entry = reject_record(line_no, drop.reason, raw, name)
            entry["dropped"] = drop.kind
            self.rejects(dump_json(entry))
        else:
            self._warn(f"{name}:{line_no}: {drop.reason} (dropped)")

    def _bad(self, raw: bytes, line_no: int, reason: str, name: str) -> bool:
        """Apply the error policy to a bad line; False when the run must stop."""
        counts = self.counts
        counts.read += 1
        self.current = None
        if self.on_error == "pass":
            counts.passed += 1
            self.write(raw if raw.endswith(b"\n") else raw + b"\n")
            self._warn(f"{name}:{line_no}: {reason} (passed through unchanged)")
            return True
        counts.rejected += 1
        if self.on_error == "skip":
            if self.rejects is not None:
                self.rejects(dump_json(reject_record(line_no, reason, raw, name)))
            self._warn(f"{name}:{line_no}: {reason} (skipped)")
            return True
        self._log(f"{name}:{line_no}: {reason}")
        return False

    def _warn(self, message: str) -> None:
        if not self.quiet:
            self._log(message)

    def _log(self, message: str) -> None:
        if self.log is not None:
            self.log.write(f"boilerstrip: {message}\n")


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), 0x7F) if c != 0x09}


def printable(text: str) -> str:
    """*text* with control characters escaped, for one-line messages.

    >>> printable("a\\x00b\\tc")
    'a\\\\x00b\\tc'
    """
    return text.translate(_CONTROL)
