"""Stage 1: cut a document into lines, keeping each line's own terminator.

Lines end at ``\\r\\n``, ``\\r`` or ``\\n`` and nowhere else (unlike ``str.splitlines``, which
also splits at form feeds and Unicode separators inside a paragraph). Joining the pieces gives
back the input exactly, which is what lets boilerstrip return kept lines byte-identical.

>>> split_lines("a\\r\\nb\\rc\\nd")
['a\\r\\n', 'b\\r', 'c\\n', 'd']
>>> "".join(split_lines("x\\n\\ny\\n")) == "x\\n\\ny\\n"
True
"""

from __future__ import annotations

import re

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
