"""A line's shape: its word count, and whether its whitespace is collapsed already.

:func:`line_shape` returns ``words * 2 + collapsed``, packed in one int so that the per-line call
allocates nothing but a small int:

- *words*: the words of :meth:`str.split`, but a lone ``|`` (a table's cell separator) is no word,
  so ``"|  | Audio & Music |  |"`` has three;
- *collapsed*: 1 when the line holds no whitespace but single spaces between words, that is when
  ``" ".join(text.split()) == text``.

>>> divmod(line_shape("Read more"), 2), divmod(line_shape("|  | Audio & Music |  |"), 2)
((2, 1), (3, 0))

The C extension :mod:`boilerstrip._native` does it in one scan; this module's
:func:`py_line_shape` is its definition and the fallback where the extension is not built.
"""

from __future__ import annotations

from collections.abc import Callable


def py_line_shape(text: str) -> int:
    """``words * 2 + collapsed`` of *text* (see the module's docstring)."""
    if text[:1] != " " and text[-1:] != " " and "  " not in text and "|" not in text and text.isprintable():
        # The space is the one printable whitespace character: a line with no run of spaces and
        # none at either end is collapsed, and its words are its spaces plus one.
        return (text.count(" ") + 1) * 2 + 1 if text else 1
    tokens = text.split()
    words = len(tokens) - tokens.count("|") if "|" in text else len(tokens)
    return words * 2 + (" ".join(tokens) == text)


def _native() -> Callable[[str], int] | None:
    try:
        from boilerstrip._native import line_shape as native
    except ImportError:  # a plain-Python build: no C extension
        return None
    return native


line_shape: Callable[[str], int] = _native() or py_line_shape
#: Whether :func:`line_shape` is the C extension's.
NATIVE = line_shape is not py_line_shape
