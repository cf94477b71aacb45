"""Bytes in, bytes out: lossless text decoding, the JSON backend, and a Ctrl-C-safe output sink.

Plain text is decoded with ``surrogateescape``: every byte that is not valid UTF-8 becomes a lone
surrogate and is encoded back to the very same byte, so kept lines come out byte-identical and no
replacement character is ever invented.

>>> text, bom = decode_document(b"\\xef\\xbb\\xbfcaf\\xe9\\r\\n")
>>> text, bom
('caf\\udce9\\r\\n', True)
>>> encode_document(text, bom)
b'\\xef\\xbb\\xbfcaf\\xe9\\r\\n'

JSON goes through orjson when it is importable and through :mod:`json` otherwise; both accept and
reject the same lines (strict UTF-8, no ``NaN``), and both give the same error messages, because a
line orjson refuses is parsed again by :mod:`json` to say why.

>>> parse_json(b'{"text": "Read more"}\\n')[0]
{'text': 'Read more'}
>>> parse_json(b'{"text": NaN}')
Traceback (most recent call last):
...
boilerstrip.io.textio.RecordError: not valid JSON: NaN is not allowed
>>> dump_json({"text": "é", "n": 10 ** 30})
b'{"text":"\\xc3\\xa9","n":1000000000000000000000000000000}\\n'
"""

from __future__ import annotations

import contextlib
import importlib
import json
import signal
from collections.abc import Iterator
from typing import IO, Any

_orjson: Any
try:  # an optional speed-up, not a dependency: the stdlib path below gives the same results
    _orjson = importlib.import_module("orjson")
except ImportError:  # pragma: no cover - depends on the environment
    _orjson = None

#: The name of the JSON backend in use (shown by ``--version``).
JSON_BACKEND = "orjson" if _orjson is not None else "json"

UTF8_BOM = b"\xef\xbb\xbf"
#: Byte-order marks of the wider Unicode encodings, UTF-32 first (its little-endian mark begins
#: with UTF-16's), and the codec that reads what follows each.
WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: Bytes looked at to tell UTF-16 without a byte-order mark from UTF-8 ...
SNIFF_BYTES = 4096
#: ... by the share of NUL bytes at even or at odd offsets: ASCII text in UTF-16 has one at every
#: other byte; UTF-8 text has none, or a few where a NUL is part of the data.
UTF16_NUL_SHARE = 0.4
#: ... with NULs at no more than this share of the other offsets ...
UTF16_STRAY_NUL_SHARE = 0.02
#: ... in at least this many 2-byte units.
UTF16_MIN_UNITS = 8


class RecordError(ValueError):
    """A JSON Lines record that cannot be cleaned; the message is the reason, without location."""


# --- plain text ------------------------------------------------------------------------------


def decode_document(data: bytes) -> tuple[str, bool]:
    """Decode *data* losslessly; return the text without a leading BOM, and whether there was one."""
    bom = data.startswith(UTF8_BOM)
    if bom:
        data = data[len(UTF8_BOM):]
    return data.decode("utf-8", "surrogateescape"), bom


def encode_document(text: str, bom: bool) -> bytes:
    """The inverse of :func:`decode_document`: original bytes back, the BOM put back if there was one."""
    data = text.encode("utf-8", "surrogateescape")
    return UTF8_BOM + data if bom else data


def wide_encoding(data: bytes) -> tuple[str, bytes] | None:
    """The UTF-16 or UTF-32 codec and byte-order mark *data* starts with, or None.

    >>> wide_encoding(b"\\xff\\xfeR\\x00e\\x00")
    ('utf-16-le', b'\\xff\\xfe')
    >>> wide_encoding(b"Read more") is None
    True
    """
    for bom, codec in WIDE_BOMS:
        if data.startswith(bom):
            return codec, bom
    return None


def looks_like_utf16(data: bytes) -> bool:
    """True when *data* (without a byte-order mark) looks like UTF-16 text: NUL bytes at most of
    its even offsets and at almost none of its odd ones, or the other way round, as ASCII letters
    in UTF-16 have. NUL bytes elsewhere are ordinary characters of a UTF-8 document.

    >>> looks_like_utf16("Read more on page 2\\n".encode("utf-16-le"))
    True
    >>> looks_like_utf16(b"Read more\\x00\\n"), looks_like_utf16(b"\\x00" * 64)
    (False, False)
    """
    head = data[:SNIFF_BYTES]
    half = len(head) // 2
    if half < UTF16_MIN_UNITS:
        return False
    even, odd = head[0:2 * half:2].count(0), head[1:2 * half:2].count(0)
    many, few = UTF16_NUL_SHARE * half, UTF16_STRAY_NUL_SHARE * half
    return (even >= many and odd <= few) or (odd >= many and even <= few)


# --- JSON ------------------------------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise RecordError(f"not valid JSON: {name} is not allowed")


# NaN and Infinity are not JSON; orjson refuses them, so the stdlib path must too.
_DECODER = json.JSONDecoder(parse_constant=_reject_constant)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# For strings holding lone surrogates (from "\ud800" escapes): escaped, they stay valid JSON.
_ASCII_ENCODER = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False)


#: Digits all made "0", so that a run of digits is found by a plain substring search: ten times
#: faster than a regex.
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
#: A run this long may be an integer beyond 64 bits, which orjson would turn into a float.
LONG_DIGIT_RUN = 19


def py_has_digit_run(data: bytes, n: int) -> bool:
    """Whether *data* holds a run of at least *n* ASCII digits (the definition of the C scan).

    >>> py_has_digit_run(b'{"n": 18446744073709551616}', 19), py_has_digit_run(b'{"n": 2024}', 19)
    (True, False)
    """
    return b"0" * n in data.translate(_DIGITS_TO_ZERO)


try:  # in C where the extension is built: it reads about one byte in *n*
    from boilerstrip._native import has_digit_run as has_digit_run
except ImportError:  # a plain-Python build: no C extension
    has_digit_run = py_has_digit_run


def parse_json(raw: bytes) -> tuple[Any, bool]:
    """Parse one JSON Lines line (bytes, terminator included) or raise :class:`RecordError`.

    Returns the value and whether the fast backend may write it back: values it could not read
    exactly (integers beyond 64 bits, which orjson silently makes floats) go back through the
    stdlib, so a record's other fields always come out as they went in.
    """
    if _orjson is not None and not has_digit_run(raw, LONG_DIGIT_RUN):
        try:
            return _orjson.loads(raw), True
        except _orjson.JSONDecodeError:
            pass  # the stdlib path says why, or accepts what orjson cannot hold (lone surrogates)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = raw[exc.start:exc.end]
        raise RecordError(f"not valid UTF-8: byte {bad[:1].hex()} at column {exc.start + 1}") from None
    try:
        return _DECODER.decode(text), False
    except json.JSONDecodeError as exc:
        # Some of json's messages end in "at" already ("Invalid control character at").
        raise RecordError(f"not valid JSON: {exc.msg.removesuffix(' at')} at column {exc.colno}") from None
    except RecursionError:
        raise RecordError("not valid JSON: nested too deeply") from None


def dump_json(value: Any, fast: bool = True) -> bytes:
    """Serialise *value* compactly as one UTF-8 JSON line with its newline, or raise RecordError.

    *fast* False (a value :func:`parse_json` read with the stdlib) writes it with the stdlib too.
    """
    if fast and _orjson is not None:
        try:
            data: bytes = _orjson.dumps(value, option=_orjson.OPT_APPEND_NEWLINE)
            return data
        except TypeError:
            pass  # ints over 64 bits, lone surrogates: the stdlib handles them below
    try:
        try:
            return (_ENCODER.encode(value) + "\n").encode("utf-8")
        except UnicodeEncodeError:
            return (_ASCII_ENCODER.encode(value) + "\n").encode("ascii")
    except (ValueError, RecursionError) as exc:
        raise RecordError(f"cannot be written as JSON: {exc}") from None


def type_name(value: object) -> str:
    """The JSON name of a parsed value's type, for messages.

    >>> [type_name(v) for v in (None, True, 1, 1.5, "s", [], {})]
    ['null', 'boolean', 'number', 'number', 'string', 'array', 'object']
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


# --- output ----------------------------------------------------------------------------------


class Sink:
    """The outputs of a run, each written one whole record or document at a time.

    While a write is under way, Ctrl-C is only noted (see :meth:`interrupt`) and raised as
    :class:`KeyboardInterrupt` once the write is done, so the output only ever holds whole records.
    """

    def __init__(self, stream: IO[bytes], line_buffered: bool = False) -> None:
        self.stream = stream
        self.line_buffered = line_buffered
        self.busy = False
        self.interrupted = False
        #: A stop was raised: further signals are ignored while the run winds down.
        self.stopping = False
        #: The signal that stopped the run (SIGINT unless a SIGTERM or SIGHUP came).
        self.signum = int(signal.SIGINT)

    def write(self, data: bytes) -> None:
        """Write *data* to the main output."""
        self.write_to(self.stream, data)

    def write_to(self, stream: IO[bytes], data: bytes) -> None:
        """Write *data* whole to *stream* (the main output or a side file such as the rejects)."""
        self.busy = True
        try:
            done = stream.write(data)
            # A large write can come back short without an error (the reader closed the pipe, or
            # a signal arrived mid-write); writing the rest raises the error or finishes the job.
            while done is not None and done < len(data):
                done += stream.write(memoryview(data)[done:])
            if self.line_buffered:
                stream.flush()
        finally:
            self.busy = False
        if self.interrupted and not self.stopping:
            self.stopping = True
            raise KeyboardInterrupt

    def interrupt(self, signum: int = signal.SIGINT) -> None:
        """Called from a signal handler (SIGINT, SIGTERM, SIGHUP): stop now, or right after the
        write under way, by raising :class:`KeyboardInterrupt`."""
        if self.stopping:
            return  # a second signal while the run winds down: it is stopping already
        self.signum = int(signum)
        if self.busy:
            self.interrupted = True
        else:
            self.stopping = True
            raise KeyboardInterrupt

    def flush(self) -> None:
        self.stream.flush()

    @contextlib.contextmanager
    def redirect(self, stream: IO[bytes]) -> Iterator[None]:
        """Write to *stream* instead of the main output until the block ends (one output file per
        input); Ctrl-C is still deferred to the end of each write."""
        previous = self.stream
        self.stream = stream
        try:
            yield
        finally:
            self.stream = previous
