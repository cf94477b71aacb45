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

A very long text is cleaned in sections of whole lines (see :func:`sections`), so the memory a
document takes grows with one section's lines, not with all of them at once.
"""

from __future__ import annotations

import re
from typing import Final

from boilerstrip.text.shape import line_shape

_LINE: Final = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
_LINE_END: Final = re.compile(r"\r\n|\r|\n")
#: A line end followed by a line of spaces and tabs only: a place between paragraphs.
_BEFORE_BLANK: Final = re.compile(r"(\r\n|\r(?!\n)|\n)[ \t]*(?=[\r\n])")

#: A text of more characters or more lines than these is cleaned section by section (see
#: :func:`sections`). Far above any article (a long one has some 50,000 characters in a thousand
#: lines), they bound the working memory of a text that is a whole book or a dump of many pages:
#: the cleaner holds some kilobytes a line for the lines of one section (most for short lines
#: that rules match), beside the text itself.
SECTION_CHARS: Final = 1 << 20
SECTION_LINES: Final = 10_000
#: A section ends at the first blank line within a quarter of its nominal size past it, so that
#: a paragraph is not cut from its neighbours; failing one, at the first line end.
SECTION_SLACK: Final = 4


def line_ends(text: str, start: int = 0, end: int | None = None) -> int:
    """How many line ends (``\\r\\n``, ``\\r``, ``\\n``) *text* holds (between *start* and *end*).

    >>> line_ends("a\\r\\nb\\rc\\nd")
    3
    """
    end = len(text) if end is None else end
    found = text.count("\n", start, end)
    # Most texts hold no "\r": one find (a memchr) says so, where a count reads every character
    # a second time; else counted from the first one on.
    first_cr = text.find("\r", start, end)
    if first_cr < 0:
        return found
    return found + text.count("\r", first_cr, end) - text.count("\r\n", first_cr, end)


def needs_sections(text: str) -> bool:
    """True when *text* is too long to clean whole (see :data:`SECTION_CHARS`)."""
    # A text of fewer characters than SECTION_LINES cannot have more lines: most are not counted.
    return len(text) > SECTION_CHARS or (len(text) > SECTION_LINES and line_ends(text) > SECTION_LINES)


def sections(text: str, size: int = SECTION_CHARS, lines: int = SECTION_LINES) -> list[tuple[int, int]]:
    """Cut *text* into spans of whole lines, ``(start, end)`` each, together the whole text: of
    about *size* characters at most, fewer where that would be more than *lines* lines. Each ends
    before a blank line where there is one within a quarter of its size past it, else at the
    first line end past it; a single line is never cut.

    >>> text = "a line\\nmore\\n\\nnext one\\n"
    >>> [text[start:end] for start, end in sections(text, size=4)]
    ['a line\\n', 'more\\n', '\\nnext one\\n']
    >>> sections("a\\r\\nb\\r\\nc", size=1)
    [(0, 3), (3, 6), (6, 7)]
    >>> sections("1\\n2\\n3\\n4\\n5\\n6\\n", lines=2)
    [(0, 4), (4, 8), (8, 12)]
    >>> sections("short text\\n")
    [(0, 11)]
    """
    spans: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while True:
        span = min(size, length - start)
        count = line_ends(text, start, start + span)
        if span == length - start and count <= lines:
            break  # the rest is one section
        while span > 1 and count > lines:
            # at least halved each time: O(size) counted in all, however the lines fall
            span = max(1, min(span * lines // count, span // 2))
            count = line_ends(text, start, start + span)
        target = start + span - 1  # a line end just before the nominal end counts
        slack = span // SECTION_SLACK
        found = _BEFORE_BLANK.search(text, target, target + slack) if slack else None
        if found is not None:
            cut = found.end(1)
        else:
            found = _LINE_END.search(text, target)
            if found is None:
                break  # the rest is one line
            cut = found.end()
        # A search that starts inside a CRLF finds its LF alone: the cut is after it either way.
        if cut >= length:
            break
        spans.append((start, cut))
        start = cut
    spans.append((start, length))
    return spans


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
