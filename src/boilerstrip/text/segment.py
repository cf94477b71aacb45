"""Stage 1: cut a document into lines, keeping each line's own terminator.

Lines end at ``\\r\\n``, ``\\r`` or ``\\n`` and nowhere else (unlike ``str.splitlines``, which
also splits at form feeds and Unicode separators inside a paragraph). Joining the pieces gives
back the input exactly, which is what lets boilerstrip return kept lines byte-identical.

>>> split_lines("a\\r\\nb\\rc\\nd")
['a\\r\\n', 'b\\r', 'c\\n', 'd']
>>> "".join(split_lines("x\\n\\ny\\n")) == "x\\n\\ny\\n"
True

:func:`split_document` gives the cleaner all it needs of a document's lines in one call: the
lines, each stripped of its surrounding whitespace, and each stripped line's shape (see
:mod:`boilerstrip.text.shape`); in C where the extension is built.

>>> split_document("Rain fell.\\r\\n\\n  Read   more ")
(['Rain fell.\\r\\n', '\\n', '  Read   more '], ['Rain fell.', '', 'Read   more'], [5, 1, 4])
"""

from __future__ import annotations

import re

from boilerstrip.text.shape import line_shape

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


def split_lines(text: str) -> list[str]:
    """Split *text* into lines that keep their terminators."""
    if "\r" not in text:
        # Fast path for the common case: one C-level split.
        parts = text.split("\n")
        last = parts.pop()
        lines = [p + "\n" for p in parts]
        if last:
            lines.append(last)
        return lines
    return _LINE.findall(text)


def body(line: str) -> str:
    """The line without its terminator."""
    return line.rstrip("\r\n")


def is_blank(line: str) -> bool:
    """True for a line holding only whitespace."""
    return not line.strip()


def py_split_document(text: str) -> tuple[list[str], list[str], list[int]]:
    """The lines of *text* (:func:`split_lines`), each stripped, and each stripped line's shape."""
    lines = split_lines(text)
    bodies = [line.strip() for line in lines]
    return lines, bodies, [line_shape(body) for body in bodies]


try:
    from boilerstrip._native import split_document as split_document
except ImportError:  # a plain-Python build: no C extension
    split_document = py_split_document
