"""JSON Lines filtering: one record at a time, in constant memory, no record lost.

Each non-blank line is one record. The text field is cleaned; every other field passes through
(records are re-serialised compactly, key order kept). A record that cannot be cleaned (not JSON,
not an object, no text field, a text field that is not a string) is handled by the error policy:

- ``fail`` (default): stop; every record before it is already written;
- ``skip``: leave it out of the output, and write it with its reason to the rejects file;
- ``pass``: copy the line to the output unchanged.

Whatever happens, ``read == cleaned + passed + rejected``. Blank lines are not records: they are
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
Counts(read=2, cleaned=1, passed=1, rejected=0, blank=1)
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from boilerstrip.core import Cleaner
from boilerstrip.io.textio import UTF8_BOM, RecordError, dump_json, parse_json, type_name

if TYPE_CHECKING:
    from boilerstrip.html.pipeline import HtmlOptions

ON_ERROR = ("fail", "skip", "pass")

_MISSING = object()


@dataclass
class Counts:
    """What happened to the lines of a run."""

    read: int = 0  #: records read (blank lines excluded)
    cleaned: int = 0  #: records cleaned and written
    passed: int = 0  #: bad records copied to the output unchanged (``--on-error pass``)
    rejected: int = 0  #: bad records not written (``skip``, or the one that stopped a ``fail`` run)
    blank: int = 0  #: blank lines skipped

    @property
    def written(self) -> int:
        return self.cleaned + self.passed

    def summary(self) -> str:
        return (
            f"{self.read} records read, {self.cleaned} cleaned, {self.passed} passed, "
            f"{self.rejected} rejected, {self.blank} blank lines skipped"
        )


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
    entries of skipped records (``skip`` policy). *log* gets the error that stops a run, a warning
    per bad record (unless *quiet*) and, with *explain*, one line per removed line.
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
    ) -> None:
        if on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
        self.cleaner = cleaner
        self.write = write
        self.field = field
        self.explain_field = explain_field
        self.on_error = on_error
        self.rejects = rejects
        self.log = log
        self.quiet = quiet
        self.explain = explain
        #: With an HTML field, each record's page is read from it, and its cleaned article text
        #: is written to *field* (see :mod:`boilerstrip.html.pipeline`).
        self.html_field = html_field
        self.html_options = html_options
        self.counts = Counts()

    def run(self, lines: Iterable[bytes], name: str = "<stdin>", start: int = 1) -> bool:
        """Filter *lines* (each with its ``\\n``, as a binary file iterates). False if a bad record
        stopped the run (``fail`` policy). *start* is the line number of the first line (for a
        chunk of a bigger input; only line 1 may begin with a BOM)."""
        counts = self.counts
        write = self.write
        explaining = self.explain or self.explain_field is not None
        for line_no, raw in enumerate(lines, start=start):
            if line_no == 1 and raw.startswith(UTF8_BOM):
                raw = raw[len(UTF8_BOM):]
            if raw.isspace() or not raw:
                counts.blank += 1
                continue
            counts.read += 1
            try:
                record, fast = parse_json(raw)
                if self.html_field is not None:
                    data = self._from_html(record, name, line_no, fast)
                    counts.cleaned += 1
                    write(data)
                    continue
                text = self._text_of(record)
                if explaining:
                    data = self._explained(record, text, name, line_no, fast)
                else:
                    record[self.field] = self.cleaner.strip(text)
                    data = dump_json(record, fast)
            except RecordError as exc:
                if not self._bad(raw, line_no, str(exc), name):
                    return False
                continue
            except Exception as exc:  # a bug in the pipeline: report it like bad data, lose nothing
                reason = f"internal error while cleaning: {type(exc).__name__}: {exc}"
                if not self._bad(raw, line_no, reason, name):
                    return False
                continue
            counts.cleaned += 1  # first: a Ctrl-C deferred to the end of the write leaves it written
            write(data)
        return True

    def _text_of(self, record: Any, field: str | None = None) -> str:
        field = field or self.field
        if type(record) is not dict:
            raise RecordError(f"not a JSON object but {'an' if type_name(record) == 'array' else 'a'} "
                              f"{type_name(record)}")
        text = record.get(field, _MISSING)
        if type(text) is str:
            return text
        if text is _MISSING:
            raise RecordError(f"no field {field!r}")
        raise RecordError(f"field {field!r} is {type_name(text)}, not a string")

    def _from_html(self, record: Any, name: str, line_no: int, fast: bool) -> bytes:
        """Prune, extract and clean the page in the HTML field; a page without an article gets an
        empty text and a warning with the reason (and the reason in the explain field)."""
        from boilerstrip.html.pipeline import explain_html

        assert self.html_field is not None
        page = self._text_of(record, self.html_field)
        url = record.get("url")
        explanation = explain_html(page, url if isinstance(url, str) else None, self.cleaner.config,
                                   self.html_options)
        record[self.field] = explanation.text
        if self.explain_field is not None:
            details = explanation.as_dict()
            del details["text"]
            record[self.explain_field] = details
        if explanation.reason is not None and not explanation.text:
            self._warn(f"{name}:{line_no}: no text: {explanation.reason}")
        if self.explain and self.log is not None:
            for element in explanation.dom_removals:
                self.log.write(f"{name}:{line_no}: element {element.as_dict()}\n")
            for line in (*explanation.vote_removals, *explanation.removals):
                self.log.write(f"{name}:{line_no}: line {line.line_no}: {line.category} {line.rule_id}: "
                               f"{printable(line.text)}\n")
        return dump_json(record, fast)

    def _explained(self, record: dict[str, Any], text: str, name: str, line_no: int, fast: bool) -> bytes:
        explanation = self.cleaner.explain(text)
        record[self.field] = explanation.text
        if self.explain_field is not None:
            record[self.explain_field] = [r.as_dict() for r in explanation.removals]
        if self.explain and self.log is not None:
            for r in explanation.removals:
                self.log.write(f"{name}:{line_no}: line {r.line_no}: {r.category} {r.rule_id}: "
                               f"{printable(r.text)}\n")
        return dump_json(record, fast)

    def _bad(self, raw: bytes, line_no: int, reason: str, name: str) -> bool:
        """Apply the error policy to a bad line; False when the run must stop."""
        counts = self.counts
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
