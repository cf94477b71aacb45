"""The public entry points' check of their text argument: a str, or a message saying what to do.

>>> check_text(b"Read more", "strip")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
TypeError: strip() takes the text as str, not bytes: decode it first ...
>>> check_text(None, "explain")
Traceback (most recent call last):
...
TypeError: explain() takes the text as str, not None
"""

from __future__ import annotations


def check_text(text: object, function: str) -> None:
    """Refuse anything but a str (a subclass of str is fine), naming the entry point *function*."""
    if isinstance(text, str):
        return
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"{function}() takes the text as str, not {type(text).__name__}: decode it first "
            "(data.decode('utf-8', 'surrogateescape') keeps undecodable bytes), or pass an HTML "
            "page to strip_html()"
        )
    raise TypeError(f"{function}() takes the text as str, not {'None' if text is None else type(text).__name__}")
