"""The command's Parquet mode (``--parquet``): files in, files out, through the worker pool.

Each input is read a batch of rows at a time (see :mod:`boilerstrip.io.parquet`); the cleaned
batches go to ``--output`` (all inputs into one file, which must then share one schema) or, with
``--output-dir``, to one file per input at the same relative path. An input whose rows all go
(rejected or dropped) still gets its output: an empty file with the output's schema.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from boilerstrip.io.files import output_path
from boilerstrip.io.jsonl import Counts
from boilerstrip.io.parallel import Pool, keep_chunk_buffers, resolve_workers
from boilerstrip.io.parquet import (
    ParquetChunks,
    ParquetError,
    ParquetOutput,
    input_schema,
    output_schema,
    read_batches,
)
from boilerstrip.io.records import DropPolicy
from boilerstrip.io.stats import Stats

if TYPE_CHECKING:
    from boilerstrip.config import Config

EXIT_OK, EXIT_DATA = 0, 1


def run_parquet(
    args: argparse.Namespace,
    config: Config,
    names: list[str],
    counts: Counts,
    stats: Stats | None,
    drop: DropPolicy | None,
    write_rejects: Callable[[bytes], object] | None,
    error: Callable[[str], None],
    log: TextIO,
) -> int:
    """Clean the Parquet files *names*; return the exit status (0, or 1 for a data error)."""
    from boilerstrip.io.fields import FieldPath

    explain = None if args.explain_field is None else FieldPath.parse(args.explain_field)
    html = None if args.html_field is None else FieldPath.parse(args.html_field)
    text = FieldPath.parse(args.field)
    info = None if args.html_info_field is None else FieldPath.parse(args.html_info_field)
    factory = ParquetChunks(
        config, field=args.field, explain_field=args.explain_field, on_error=args.on_error, quiet=args.quiet,
        explain=args.explain, html_field=args.html_field, html_info_field=args.html_info_field,
        keep_comments=args.keep_comments, drop=drop,
        stats=stats is not None, url_field=args.url_field, record_timeout=args.record_timeout,
    )
    if resolve_workers(args.workers) > 1:
        keep_chunk_buffers()
    single = ParquetOutput(args.output) if args.output is not None else None
    status = EXIT_OK
    first_schema = None
    from boilerstrip.cli.command import ctrl_c_held

    with ctrl_c_held():  # a Ctrl-C inside the fork would be swallowed (see ctrl_c_held)
        pool = Pool(factory, args.workers)
    with pool:
        try:
            for name in names:
                output = single
                if output is None:
                    path = output_path(name, args.input_dir, args.output_dir)
                    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
                    output = ParquetOutput(path)
                output.source = name
                schema = None
                try:
                    schema = output_schema(input_schema(name), explain, html, text, info)
                    if first_schema is None:
                        first_schema = schema
                    summary = pool.run_chunks(read_batches(name), output.write, name=name,
                                              write_rejects=write_rejects, log=log)
                except ParquetError as exc:
                    error(f"{name}: {exc}")
                    status = EXIT_DATA
                    continue
                finally:
                    if output is not single:
                        output.close(empty_schema=schema)
                for key, value in summary.counts.items():
                    setattr(counts, key, getattr(counts, key) + value)
                if stats is not None and summary.stats is not None:
                    stats.merge(summary.stats)
                if summary.stopped:
                    return EXIT_DATA
        finally:
            if single is not None:
                single.close(empty_schema=first_schema)
    return status
