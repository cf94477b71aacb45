"""A one-line progress display on stderr: records, MB/s and, when the input size is known, ETA.

It draws only when its stream is a terminal (a log file or a pipe gets nothing), at most a few
times a second whatever the record rate, and ends its line on :meth:`Progress.close`.

>>> import io
>>> p = Progress(io.StringIO(), total_bytes=None)   # not a terminal: draws nothing
>>> p.enabled
False
>>> format_line(records=12345, done_bytes=50_000_000, elapsed=2.0, total_bytes=100_000_000)
'12,345 records  50.0 MB  25.0 MB/s  50%  ETA 0:02'
>>> format_line(records=3, done_bytes=1_500_000, elapsed=0.5, total_bytes=None)
'3 records  1.5 MB  3.0 MB/s'
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from typing import TextIO

#: Seconds between two redraws: often enough to look alive, rarely enough to cost nothing.
REDRAW_SECONDS = 0.2
MB = 1_000_000


def format_eta(seconds: float) -> str:
    """``H:MM:SS`` or ``M:SS``.

    >>> format_eta(75), format_eta(3725)
    ('1:15', '1:02:05')
    """
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def format_line(records: int, done_bytes: int, elapsed: float, total_bytes: int | None) -> str:
    """The text of one progress line."""
    rate = done_bytes / MB / elapsed if elapsed > 0 else 0.0
    parts = [f"{records:,} records", f"{done_bytes / MB:.1f} MB", f"{rate:.1f} MB/s"]
    if total_bytes:
        share = min(done_bytes / total_bytes, 1.0)
        parts.append(f"{share:.0%}")
        if rate > 0:
            parts.append("ETA " + format_eta((total_bytes - done_bytes) / MB / rate))
    return "  ".join(parts)


def input_size(stream: object) -> int | None:
    """The size in bytes of a regular file behind *stream*, or None (a pipe, a terminal, a gzip)."""
    try:
        fd = stream.fileno()  # type: ignore[attr-defined]
        st = os.fstat(fd)
    except (AttributeError, OSError, ValueError):
        return None
    import stat

    if not stat.S_ISREG(st.st_mode):
        return None
    try:
        # What is left to read from here, so a stream already partly read still gives a true ETA.
        return max(st.st_size - os.lseek(fd, 0, os.SEEK_CUR), 0)
    except OSError:
        return st.st_size


class Progress:
    """Counts records and bytes, and redraws one line on a terminal.

    *enabled* None means "when *stream* is a terminal"; pass False for ``--quiet``.
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        total_bytes: int | None = None,
        enabled: bool | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.total_bytes = total_bytes
        if enabled is None:
            enabled = _isatty(self.stream)
        self.enabled = enabled
        self._clock = clock
        self.started = self._now()
        self._last_draw = self.started
        self.records = 0
        self.done_bytes = 0
        self._drawn = False  # anything was ever drawn
        self._visible = False  # the progress line is on the screen now

    def _now(self) -> float:
        return self._clock()

    def update(self, records: int, done_bytes: int) -> None:
        """Add *records* and *done_bytes* of input handled; redraw if it is time."""
        self.records += records
        self.done_bytes += done_bytes
        if not self.enabled:
            return
        now = self._now()
        if now - self._last_draw >= REDRAW_SECONDS:
            self._last_draw = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        line = format_line(self.records, self.done_bytes, now - self.started, self.total_bytes)
        # \r then clear to end of line (ESC[K): a shorter line leaves no tail of the longer one.
        self.stream.write("\r" + line + "\x1b[K")
        self.stream.flush()
        self._drawn = self._visible = True

    def clear(self) -> None:
        """Erase the progress line, so that a message written next starts on a clean line."""
        if self._visible:
            self.stream.write("\r\x1b[K")
            self._visible = False

    def messages(self, stream: TextIO) -> MessageStream:
        """A stream for messages (warnings, ``--explain``) that erases the progress line first."""
        return MessageStream(stream, self)

    def close(self) -> None:
        """Draw the final figures and end the line (only if anything was drawn)."""
        if self.enabled and (self._drawn or self.records):
            self._draw(self._now())
            self.stream.write("\n")
            self.stream.flush()
            self._visible = False
            self.enabled = False  # closing twice draws nothing more

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class MessageStream:
    """Writes to *stream*, erasing *progress*'s line first; it redraws at its next update."""

    def __init__(self, stream: TextIO, progress: Progress) -> None:
        self.stream = stream
        self.progress = progress

    def write(self, text: str) -> int:
        self.progress.clear()
        return self.stream.write(text)

    def flush(self) -> None:
        self.stream.flush()


def _isatty(stream: object) -> bool:
    try:
        return bool(stream.isatty())  # type: ignore[attr-defined]
    except (AttributeError, ValueError):
        return False
