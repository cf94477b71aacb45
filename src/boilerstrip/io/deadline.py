"""A time limit per record: ``--record-timeout``, so that no one record can hold up a run.

The limit is a real-time interval timer (``SIGALRM``): when it expires, :class:`RecordTimeout` is
raised in the code running then, Python or the regular-expression engine, which checks for
signals as it goes. Code in C that does not (lxml parsing a page) finishes its call first, which is
why the HTML path also has a budget per page (see :mod:`boilerstrip.html.budget`). A timer is
per process and signals go to the main thread, so the limit applies only there (the command's
own process and each worker); elsewhere it is refused with a message.

>>> import time
>>> with Deadline(0.05) as deadline:
...     try:
...         with deadline.record():
...             while True:
...                 time.sleep(0.01)
...     except RecordTimeout as exc:
...         print(exc)
took longer than 0.05 s (--record-timeout)
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class RecordTimeout(BaseException):
    """A record ran past its time limit. A BaseException, as KeyboardInterrupt is, so that no
    ``except Exception`` in a library on the way (an extractor's own fallbacks) swallows it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s (--record-timeout)")
        self.seconds = seconds


#: After the limit, the timer fires again every this many seconds until the record's block ends:
#: an exception raised where Python ignores exceptions (a ``__del__``, a weakref or gc callback:
#: "Exception ignored in ...") is lost, and a one-shot timer would let that record run unbounded.
RETRY_SECONDS = 0.25


class Deadline:
    """The timer for one run: its handler is installed on entry and removed on exit, and each
    :meth:`record` arms it for one record. ``seconds`` None or 0: no limit, nothing installed."""

    def __init__(self, seconds: float | None) -> None:
        if seconds is not None and seconds < 0:
            raise ValueError(f"a record timeout must be positive, not {seconds}")
        self.seconds = seconds or None
        self._armed = False
        self._previous: object = None

    def __enter__(self) -> Deadline:
        if self.seconds is not None:
            if threading.current_thread() is not threading.main_thread():
                raise RuntimeError("a record timeout works only in a process's main thread (it uses SIGALRM)")
            self._previous = signal.signal(signal.SIGALRM, self._expire)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.seconds is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._previous)  # type: ignore[arg-type]

    def _expire(self, signum: int, frame: FrameType | None) -> None:
        # Still armed after a first raise: it was swallowed, or it is on its way out of the
        # record's block, whose ``finally`` disarms first thing. Raised again either way.
        if self._armed:
            assert self.seconds is not None
            raise RecordTimeout(self.seconds)

    @contextmanager
    def record(self) -> Iterator[None]:
        """Arm the timer for the code in the block (no limit when there is none)."""
        if self.seconds is None:
            yield
            return
        self._armed = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds, RETRY_SECONDS)
        try:
            yield
        finally:
            self._armed = False
            signal.setitimer(signal.ITIMER_REAL, 0)
