"""Progress on stderr, drawn by tqdm: input read, rate, records, and the share done with an ETA
when the input's size is known.

It draws only when its stream is a terminal (a log file or a pipe gets nothing; ``--quiet``
turns it off there too), at most a few times a second whatever the record rate, and ends its line
on :meth:`Progress.close`. A run over before the first redraw draws nothing.

>>> import io
>>> p = Progress(io.StringIO(), total_bytes=None)   # not a terminal: draws nothing
>>> p.enabled
False
>>> p.update(3, 1_500)
>>> p.records, p.done_bytes
(3, 1500)
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, NoReturn, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm

#: Seconds between two redraws, and before the first: often enough to look alive, rarely enough
#: to cost nothing, and a run that short is not worth a line.
REDRAW_SECONDS = 0.2


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


def _bar(stream: TextIO, total_bytes: int | None, redraw_seconds: float) -> tqdm[NoReturn]:
    """A tqdm bar counting bytes, with the records in its postfix."""
    from tqdm import tqdm

    class Bar(tqdm):  # type: ignore[type-arg]  # generic in its stubs only
        # No monitor thread: the CLI forks its workers only from a process with no other thread
        # (see boilerstrip.io.parallel), and redraws come with the updates anyway.
        monitor_interval = 0

    bar: tqdm[NoReturn] = Bar(
        total=total_bytes, file=stream, unit="B", unit_scale=True, unit_divisor=1000,
        mininterval=redraw_seconds, miniters=0, delay=redraw_seconds, dynamic_ncols=True,
        leave=True, postfix="0 records",
    )
    return bar


class Progress:
    """Counts records and bytes, and shows them with a tqdm bar on a terminal.

    *enabled* None means "when *stream* is a terminal"; pass False for ``--quiet``.
    *redraw_seconds*: the least time between two redraws, and before the first (default
    :data:`REDRAW_SECONDS`).
    """

    def __init__(
        self,
        stream: TextIO | None = None,
        total_bytes: int | None = None,
        enabled: bool | None = None,
        redraw_seconds: float | None = None,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        if enabled is None:
            enabled = _isatty(self.stream)
        self.enabled = enabled
        self.records = 0
        self.done_bytes = 0
        self._redraw_seconds = REDRAW_SECONDS if redraw_seconds is None else redraw_seconds
        self._last_update = time.monotonic()
        # Made now, so that its clock starts with the run; it draws nothing before redraw_seconds.
        self._bar: tqdm[NoReturn] | None = _bar(self.stream, total_bytes, self._redraw_seconds) if enabled else None

    @property
    def total_bytes(self) -> int | None:
        """The input's size, when known: tqdm then shows the share done and an ETA."""
        if self._bar is None or self._bar.total is None:
            return None
        return int(self._bar.total)

    @total_bytes.setter
    def total_bytes(self, value: int | None) -> None:
        if self._bar is not None:
            self._bar.total = value

    def update(self, records: int, done_bytes: int) -> None:
        """Add *records* and *done_bytes* of input handled; redraw if it is time."""
        self.records += records
        self.done_bytes += done_bytes
        if self._bar is None:
            return
        # One clock read per call here; tqdm is told only a few times a second.
        now = time.monotonic()
        if now - self._last_update >= self._redraw_seconds:
            self._last_update = now
            self._sync()

    def _sync(self) -> None:
        bar = self._bar
        if bar is None:
            return
        bar.set_postfix_str(f"{self.records:,} records", refresh=False)
        bar.update(self.done_bytes - bar.n)

    def clear(self) -> None:
        """Erase the progress line, so that a message written next starts on a clean line."""
        if self._bar is not None:
            self._bar.clear()

    def messages(self, stream: TextIO) -> MessageStream:
        """A stream for messages (warnings, ``--explain``) that erases the progress line first."""
        return MessageStream(stream, self)

    def close(self) -> None:
        """Draw the final figures and end the line (only if the bar was ever drawn)."""
        if self._bar is not None:
            self._sync()
            self._bar.close()
            self._bar = None  # closing twice draws nothing more

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
