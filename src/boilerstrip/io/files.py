"""Opening inputs and outputs, compressed or not (gzip, bzip2, xz, Zstandard), through xopen.

An input's compression is read from its first bytes, whatever its name: a gzip file named
``.jsonl`` is read as gzip, and stdin may be compressed too. An output's compression follows its
name (``clean.jsonl.zst``), as ``gzip``, ``xz`` and ``zstd`` name their files. The codecs are
xopen's (ISA-L for gzip where it is installed, which xopen brings; the standard library's bz2 and
lzma; backports.zstd or the standard library's zstd).

A damaged compressed input (truncated, corrupt) raises :class:`CorruptInput`, an
:class:`OSError` whose message says which format failed, so that the caller reports it as an
unreadable input, naming the file.

>>> import gzip, io
>>> sniff(gzip.compress(b"{}\\n")), sniff(b'{"text": "x"}'), sniff(b"BZh, said the sign")
('gz', None, None)
>>> open_input(io.BytesIO(gzip.compress(b'{"text": "Rain."}\\n'))).read()
b'{"text": "Rain."}\\n'
>>> compression_of_name("out/clean.jsonl.ZST"), compression_of_name("clean.jsonl")
('zst', None)
"""

from __future__ import annotations

import io
import os
from typing import IO, Any

#: The first bytes of each compressed format (RFC 1952, the xz file format, RFC 8478). None of
#: them can open UTF-8 text; bzip2's "BZh" can, so it is recognised by its longer signature.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gz"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zst"),
)
#: bzip2: "BZh", the block size ("1" to "9"), then the first block's magic (the digits of pi),
#: or the end-of-stream magic (those of its square root) for an empty file.
BZIP2_BLOCK_MAGIC = (b"1AY&SY", b"\x17rE8P\x90")
#: File name endings and the format each one writes.
EXTENSIONS: dict[str, str] = {".gz": "gz", ".bz2": "bz2", ".xz": "xz", ".zst": "zst"}
#: The format names used in messages.
FORMAT_NAMES: dict[str, str] = {"gz": "gzip", "bz2": "bzip2", "xz": "xz", "zst": "Zstandard"}
#: The longest magic number: how many bytes are peeked at to tell the format.
SNIFF_BYTES = 10
#: Read buffer for inputs: large reads, few system calls.
READ_BUFFER = 1 << 20
#: Decompressed bytes asked of a codec at a time. When a file is truncated, ISA-L's gzip reader
#: raises on the call that runs out of input and drops what that call had decompressed: asking
#: for little at a time bounds what is lost before the damage to this much (a call costs about a
#: microsecond: some 60 ms a gigabyte).
DECOMPRESS_STEP = 16 << 10


class CorruptInput(OSError):
    """A compressed input that cannot be decompressed (truncated or damaged)."""


def sniff(head: bytes) -> str | None:
    """The compression format whose magic number *head* starts with, or None."""
    for magic, name in MAGIC:
        if head.startswith(magic):
            return name
    if head[:3] == b"BZh" and head[3:4] in b"123456789" and head[4:10] in BZIP2_BLOCK_MAGIC:
        return "bz2"
    return None


def compression_of_name(name: str) -> str | None:
    """The compression format an output named *name* gets from its ending, or None."""
    _, ext = os.path.splitext(name)
    return EXTENSIONS.get(ext.lower())


def strip_compression(name: str) -> str:
    """*name* without its compression ending (``a.jsonl.gz`` -> ``a.jsonl``)."""
    root, ext = os.path.splitext(name)
    return root if ext.lower() in EXTENSIONS else name


def _xopen(target: Any, mode: str, fmt: str) -> IO[bytes]:
    from xopen import xopen

    # threads=0: decompress and compress in this process, with no helper process or thread (a
    # thread would make the worker pool's fork unsafe, and the codecs are fast enough inline).
    stream: IO[bytes] = xopen(target, mode, threads=0, format=fmt)  # type: ignore[call-overload]
    return stream


class _Decompressing(io.RawIOBase):
    """A decompressed stream whose codec errors become :class:`CorruptInput`, naming the format."""

    def __init__(self, stream: IO[bytes], fmt: str, source: IO[bytes]) -> None:
        self._stream = stream
        # read1, where the codec has it, returns what one step decompressed: a truncated file
        # then fails on the call after its last whole block, and what came before is handed on
        # (a plain read of a megabyte would fail with a megabyte of good text unreturned).
        self._read = getattr(stream, "read1", stream.read)
        self._fmt = fmt
        self._source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            data = self._read(min(len(buffer), DECOMPRESS_STEP))
        except OSError as exc:
            if isinstance(exc, CorruptInput) or exc.errno is not None:
                raise  # a read error of the file itself (EIO...), not of the data
            raise self._corrupt(exc) from None
        except (EOFError, ValueError, MemoryError) as exc:
            raise self._corrupt(exc) from None
        except Exception as exc:  # lzma.LZMAError, zstd.ZstdError: each codec has its own
            raise self._corrupt(exc) from None
        buffer[: len(data)] = data
        return len(data)

    def _corrupt(self, exc: BaseException) -> CorruptInput:
        detail = str(exc) or type(exc).__name__
        if isinstance(exc, EOFError):
            detail = f"the file is truncated ({detail})"
        return CorruptInput(f"damaged {FORMAT_NAMES[self._fmt]} data: {detail}")

    def fileno(self) -> int:
        # The compressed file's descriptor: the worker pool only asks whether a read would block.
        return self._source.fileno()

    def close(self) -> None:
        try:
            self._stream.close()
        finally:
            super().close()


def open_input(stream: IO[bytes], buffer_size: int = READ_BUFFER) -> IO[bytes]:
    """*stream* decompressed if its first bytes say it is compressed, else *stream* itself.

    Closing the returned stream does not close *stream* (the caller owns it).
    """
    head = _peek(stream)
    if isinstance(head, tuple):  # the stream could not be peeked: it was wrapped to allow it
        stream, head = head
    fmt = sniff(head)
    if fmt is None:
        return stream
    raw = _Decompressing(_xopen(_Unclosed(stream), "rb", fmt), fmt, stream)
    return io.BufferedReader(raw, buffer_size)


def _peek(stream: IO[bytes]) -> bytes | tuple[IO[bytes], bytes]:
    peek = getattr(stream, "peek", None)
    if peek is not None:
        try:
            head: bytes = peek(SNIFF_BYTES)[:SNIFF_BYTES]
            return head
        except OSError as exc:
            if exc.errno is not None:
                raise
    buffered = io.BufferedReader(_Unclosed(stream))
    return buffered, buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]


class _Unclosed(io.RawIOBase):
    """A view of a binary stream that leaves it open when closed (stdin belongs to the caller)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        readinto = getattr(self._stream, "readinto", None)
        if readinto is not None:
            n: int | None = readinto(buffer)
            return n or 0
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def fileno(self) -> int:
        return self._stream.fileno()


def open_output(path: str) -> IO[bytes]:
    """Create (or truncate) the file *path* for writing, compressed as its name ends.

    Errors are the :class:`OSError` of creating the file.
    """
    fmt = compression_of_name(path)
    if fmt is None:
        return open(path, "wb")
    return _xopen(path, "wb", fmt)


#: Endings of HTML pages: with ``--html``, an output in a directory is named ``.txt`` instead.
HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")


def walk_inputs(root: str, exclude: str | None = None) -> list[str]:
    """The regular files under *root*, at any depth, in a stable order: a folder's files by name,
    then its subfolders by name, depth first.

    Hidden files and folders (``.name``) are left out, as are the folder *exclude* and
    everything in it (an output folder inside the input folder). Symbolic links to files are
    followed, links to folders are not (no cycles).
    """
    excluded = os.path.realpath(exclude) if exclude is not None else None
    found: list[str] = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d for d in dirs
            if not d.startswith(".") and os.path.realpath(os.path.join(folder, d)) != excluded
        )
        found.extend(os.path.join(folder, f) for f in sorted(files)
                     if not f.startswith(".") and os.path.isfile(os.path.join(folder, f)))
    return found


def output_path(input_path: str, input_dir: str, output_dir: str, *, html: bool = False) -> str:
    """Where the output for *input_path* (a file under *input_dir*) goes: the same relative path
    under *output_dir*; with *html*, a page's ``.html`` ending becomes ``.txt`` (the output is text).

    >>> output_path("in/2024/a.jsonl.gz", "in", "out")
    'out/2024/a.jsonl.gz'
    >>> output_path("in/site/page.html.gz", "in", "out", html=True)
    'out/site/page.txt.gz'
    """
    relative = os.path.relpath(input_path, input_dir)
    if html:
        bare = strip_compression(relative)
        compression = relative[len(bare):]
        root, ext = os.path.splitext(bare)
        if ext.lower() in HTML_EXTENSIONS:
            relative = root + ".txt" + compression
    return os.path.join(output_dir, relative)
