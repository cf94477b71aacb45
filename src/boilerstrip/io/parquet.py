"""Parquet in and out (``--parquet``), through pyarrow, with the JSON Lines mode's field options.

A Parquet file is read a batch of rows at a time (:data:`BATCH_ROWS`; pyarrow decodes one row
group at a time, so memory follows the file's row groups, not its length). Each batch travels as
Arrow IPC bytes, so it runs through the same worker pool as JSON Lines chunks (``-j N``), and
its rows are cleaned one by one as dicts (nested structs are dicts: ``--field doc.body`` works)
by :class:`~boilerstrip.io.records.RecordCleaner`. The cleaned batch is written with the input's
schema, plus the ``--explain-field`` column if asked: a list of removals as JSON Lines mode writes
them (:func:`explain_type`), and, for pages (``--html-field``), the ``--html-info-field`` column
(:func:`html_info_type`).

Bad rows follow ``--on-error`` as bad JSON Lines records do: ``skip`` writes
``{"file", "row", "reason", "record"}`` to the rejects (``record``: the row as JSON, values JSON
cannot hold as strings), ``pass`` writes the row unchanged. Rows are numbered from 1.

pyarrow is an optional dependency (``pip install 'boilerstrip[parquet]'``), imported when Parquet
is used.
"""

from __future__ import annotations

import copy
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from boilerstrip.config import Config
from boilerstrip.core import Cleaner
from boilerstrip.io.chunks import ChunkFunction, ChunkResult
from boilerstrip.io.deadline import Deadline, RecordTimeout
from boilerstrip.io.fields import FieldPath
from boilerstrip.io.jsonl import COUNTED, ON_ERROR, Counts
from boilerstrip.io.records import DropPolicy, RecordCleaner
from boilerstrip.io.stats import Stats
from boilerstrip.io.textio import RecordError, dump_json

if TYPE_CHECKING:
    import pyarrow as pa

#: Rows per batch read from a file and handed to a worker: enough that a batch's trip to a worker
#: and back (as Arrow IPC) costs little against cleaning it, few enough to keep memory small.
BATCH_ROWS = 1024
#: The first and last bytes of every Parquet file.
PARQUET_MAGIC = b"PAR1"
INSTALL_HINT = "Parquet needs pyarrow: pip install 'boilerstrip[parquet]' (or pip install pyarrow)"


class ParquetError(Exception):
    """A Parquet input or output that cannot be used; the message says why."""


def pyarrow() -> Any:
    """The pyarrow module, or ParquetError with the install hint."""
    try:
        import pyarrow as pa
        import pyarrow.ipc
        import pyarrow.parquet
    except ImportError:
        raise ParquetError(INSTALL_HINT) from None
    return pa


def is_parquet(path: str) -> bool:
    """Whether the file *path* starts with Parquet's magic number (OSError if it cannot be read)."""
    with open(path, "rb") as stream:
        return stream.read(len(PARQUET_MAGIC)) == PARQUET_MAGIC


def open_parquet(path: str) -> Any:
    """The ``pyarrow.parquet.ParquetFile`` *path*; ParquetError says why it cannot be read."""
    pa = pyarrow()
    try:
        if not is_parquet(path):
            raise ParquetError("cannot read: not a Parquet file (it does not start with PAR1)")
        return pa.parquet.ParquetFile(path)
    except OSError as exc:
        raise ParquetError(f"cannot read: {exc.strerror or exc}") from None
    except (pa.ArrowException, ValueError) as exc:
        raise ParquetError(f"cannot read: not a readable Parquet file: {exc}") from None


def read_batches(path: str, batch_rows: int = BATCH_ROWS) -> Iterator[tuple[bytes, int]]:
    """The rows of the Parquet file *path*, as (Arrow IPC bytes, row count) batches."""
    pa = pyarrow()
    parquet = open_parquet(path)
    schema = parquet.schema_arrow
    batches = parquet.iter_batches(batch_size=batch_rows)
    done = 0
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, ValueError, OSError) as exc:
            raise ParquetError(f"cannot read: damaged Parquet data after row {done}: {exc}") from None
        done += batch.num_rows
        yield to_ipc(pa.Table.from_batches([batch], schema=schema)), batch.num_rows


def to_ipc(table: pa.Table) -> bytes:
    pa = pyarrow()
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def from_ipc(data: bytes) -> pa.Table:
    pa = pyarrow()
    return pa.ipc.open_stream(data).read_all()


def explain_type() -> pa.DataType:
    """The ``--explain-field`` column's type, in text and HTML mode alike: a list of the records of
    ``Removal.as_dict(detail=True)`` (and ``DomRemoval``'s), a field left out of a record is null
    (``line`` and ``score`` of a pruned element; ``element`` and ``words`` of a line)."""
    pa = pyarrow()
    evidence = pa.struct([("id", pa.string()), ("category", pa.string()), ("weight", pa.float64())])
    return pa.list_(pa.struct([
        ("line", pa.int64()), ("text", pa.string()), ("rule", pa.string()), ("category", pa.string()),
        ("stage", pa.string()), ("score", pa.float64()), ("evidence", pa.list_(evidence)),
        ("element", pa.string()), ("words", pa.int64()),
    ]))


def html_info_type() -> pa.DataType:
    """The ``--html-info-field`` column's type: ``HtmlExplanation.page_info()``."""
    pa = pyarrow()
    return pa.struct([("reason", pa.string()), ("encoding", pa.string())])


def output_schema(schema: pa.Schema, explain: FieldPath | None, html: FieldPath | None,
                  text: FieldPath, html_info: FieldPath | None = None) -> pa.Schema:
    """*schema* with the explain column at its path, and, for pages (*html*), the text column and
    the page information column (*html_info*), each replacing a field of that name."""
    pa = pyarrow()
    fields = list(schema)
    if html is not None:
        fields = _with_field(fields, text.keys, pa.string(), text.text)
    if explain is not None:
        fields = _with_field(fields, explain.keys, explain_type(), explain.text)
    if html is not None and html_info is not None:
        fields = _with_field(fields, html_info.keys, html_info_type(), html_info.text)
    return pa.schema(fields, metadata=schema.metadata)


def _with_field(fields: list[Any], keys: tuple[str, ...], kind: Any, text: str) -> list[Any]:
    pa = pyarrow()
    names = [f.name for f in fields]
    head = keys[0]
    if len(keys) == 1:
        new = pa.field(head, kind)
    elif head in names:
        inner = fields[names.index(head)]
        if not pa.types.is_struct(inner.type):
            raise ParquetError(f"cannot add the column {text}: column {head!r} is {inner.type}, not a struct")
        new = pa.field(head, pa.struct(_with_field(list(inner.type), keys[1:], kind, text)))
    else:
        new = pa.field(head, pa.struct(_with_field([], keys[1:], kind, text)))
    if head in names:
        fields = list(fields)
        fields[names.index(head)] = new
        return fields
    return [*fields, new]


@dataclass(frozen=True)
class ParquetChunks:
    """The chunk function for Parquet batches (see :mod:`boilerstrip.io.parallel`): a chunk is a
    batch as Arrow IPC bytes, its first number the batch's first row, and the output the cleaned
    batch as Arrow IPC bytes."""

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
    stats: bool = False
    url_field: str | None = None
    #: Seconds a row may take (``--record-timeout``); a slower one is a bad row.
    record_timeout: float | None = None

    def __post_init__(self) -> None:
        if self.on_error not in ON_ERROR:
            raise ValueError(f"on_error must be one of {', '.join(ON_ERROR)}, not {self.on_error!r}")

    def __call__(self) -> ChunkFunction:
        pa = pyarrow()
        html_options = None
        if self.keep_comments:
            from boilerstrip.html.pipeline import HtmlOptions

            html_options = HtmlOptions(include_comments=True)
        log: list[str] = []
        records = RecordCleaner(
            Cleaner(self.config), field=self.field, explain_field=self.explain_field,
            html_field=self.html_field, html_options=html_options, html_info_field=self.html_info_field,
            drop=self.drop, url_field=self.url_field,
            explain_log=(lambda line: log.append(line + "\n")) if self.explain else None,
            warn=None if self.quiet else (lambda message: log.append(f"boilerstrip: {message}\n")),
        )
        explain, info = records.explain_field, records.html_info_field
        nested = any(len(path.keys) > 1 for path in (records.field, explain, info) if path is not None)

        def run(chunk: bytes, first_row: int, name: str) -> ChunkResult:
            with Deadline(self.record_timeout) as deadline:
                return run_rows(chunk, first_row, name, deadline)

        def run_rows(chunk: bytes, first_row: int, name: str, deadline: Deadline) -> ChunkResult:
            table = from_ipc(chunk)
            schema = output_schema(table.schema, explain, records.html_field, records.field, info)
            records.stats = Stats(by_site=self.url_field is not None) if self.stats else None
            counts = Counts()
            rows: list[dict[str, Any]] = []
            rejects: list[bytes] = []
            stopped = False
            for row_no, row in enumerate(table.to_pylist(), start=first_row):
                counts.read += 1
                # What goes to the rejects or passes through is the row as it came: a copy, deep
                # where cleaning writes inside nested structs.
                original = copy.deepcopy(row) if nested else dict(row)
                where = f"{name}: row {row_no}"
                try:
                    with deadline.record():
                        drop = records.clean(row, where)
                except (Exception, RecordTimeout) as exc:  # a bad row, or a bug: the policy decides
                    if isinstance(exc, RecordError):
                        reason = str(exc)
                    elif isinstance(exc, RecordTimeout):
                        reason = f"not cleaned: {exc}"
                    else:
                        reason = f"internal error while cleaning: {type(exc).__name__}: {exc}"
                    if self.on_error == "pass":
                        counts.passed += 1
                        rows.append(original)
                        if not self.quiet:
                            log.append(f"boilerstrip: {where}: {reason} (passed through unchanged)\n")
                        continue
                    counts.rejected += 1
                    if self.on_error == "skip":
                        rejects.append(dump_json(_reject(name, row_no, reason, original)))
                        if not self.quiet:
                            log.append(f"boilerstrip: {where}: {reason} (skipped)\n")
                        continue
                    log.append(f"boilerstrip: {where}: {reason}\n")
                    stopped = True
                    break
                if drop is not None:
                    counts.dropped += 1
                    entry = _reject(name, row_no, drop.reason, original)
                    entry["dropped"] = drop.kind
                    rejects.append(dump_json(entry))
                    continue
                counts.cleaned += 1
                rows.append(row)
            try:
                output = to_ipc(pa.Table.from_pylist(rows, schema=schema)) if rows else b""
            except (pa.ArrowException, ValueError) as exc:
                raise ParquetError(f"{name}: rows {first_row}-{first_row + table.num_rows - 1} cannot be "
                                   f"written with the input's schema: {exc}") from None
            result = ChunkResult(
                output=output, rejects=b"".join(rejects), log="".join(log),
                counts={key: getattr(counts, key) for key in COUNTED},
                lines=table.num_rows, in_bytes=len(chunk), stopped=stopped, stats=records.stats,
            )
            log.clear()
            return result

        return run


def _reject(name: str, row_no: int, reason: str, row: dict[str, Any]) -> dict[str, Any]:
    return {"file": name, "row": row_no, "reason": reason,
            "record": json.loads(json.dumps(row, ensure_ascii=False, default=str))}


class ParquetOutput:
    """Writes cleaned batches (Arrow IPC bytes) to one Parquet file, opened at the first batch
    with that batch's schema; a later batch with another schema is a ParquetError."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.writer: Any = None
        self.schema: Any = None
        self.source = ""

    def write(self, data: bytes) -> None:
        if not data:
            return
        pa = pyarrow()
        table = from_ipc(data)
        if self.writer is None:
            self.schema = table.schema
            self.writer = pa.parquet.ParquetWriter(self.path, table.schema)
        elif not table.schema.equals(self.schema):
            raise ParquetError(f"{self.source}: its schema differs from the first input's, so its rows "
                               f"cannot go to the same file {self.path} (use --output-dir)")
        self.writer.write_table(table)

    def close(self, empty_schema: Any = None) -> None:
        """Finish the file; with no batch written, write an empty one with *empty_schema*."""
        if self.writer is None and empty_schema is not None:
            pa = pyarrow()
            self.writer = pa.parquet.ParquetWriter(self.path, empty_schema)
        if self.writer is not None:
            self.writer.close()
            self.writer = None


def input_schema(path: str) -> Any:
    """The Arrow schema of the Parquet file *path* (ParquetError if it cannot be read)."""
    return open_parquet(path).schema_arrow
