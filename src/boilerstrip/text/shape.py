"""A line's shape: its word count, whether its whitespace is collapsed already, whether it holds digits.

:func:`line_shape` returns ``words * 2 + collapsed``, packed in one int so that the per-line call
allocates nothing but a small int:

- *words*: the words of :meth:`str.split`, but a lone ``|`` (a table's cell separator) is no word,
  so ``"|  | Audio & Music |  |"`` has three; and in scripts written without spaces between
  words (Chinese, Japanese, Thai...: :func:`boilerstrip.text.normalise.is_unspaced`), where a
  paragraph is one run of characters, each of their characters counts half a word. Exactly: a
  token of :meth:`str.split` with *u* such characters counts ``max(1, ceil(u / 2))`` words,
  ``(u + 1) // 2`` rounded up, and never less than the one word it is. A token without any
  counts one, as before, so Latin, Cyrillic, Arabic or Korean lines count as they always did;
  a Chinese paragraph of 60 characters counts 30 (Chinese words are one to two characters,
  Japanese ones two to three; Thai ones are longer, so Thai counts run high);
- *collapsed*: 1 when the line holds no whitespace but single spaces between words, that is when
  ``" ".join(text.split()) == text``.

>>> divmod(line_shape("Read more"), 2), divmod(line_shape("|  | Audio & Music |  |"), 2)
((2, 1), (3, 0))
>>> divmod(line_shape("阅读全文"), 2), divmod(line_shape("新款iPhone手机。"), 2), divmod(line_shape("더 보기"), 2)
((2, 1), (2, 1), (2, 1))

:func:`has_decimal` and :func:`has_digit` tell whether a line holds a digit, as ``\\d`` finds them
and as :meth:`str.isdigit` does (which also takes superscripts and circled digits):

>>> has_decimal("Posted 3 hours ago"), has_decimal("\u0663"), has_decimal("x\u00b2"), has_digit("x\u00b2")
(True, True, False, True)

The C extension :mod:`boilerstrip._native` does each in one scan; this module's ``py_`` functions
are their definitions and the fallbacks where the extension is not built.
"""

from __future__ import annotations

import re

from boilerstrip.text.normalise import UNSPACED_RANGES

#: A character of a script written without spaces (the ranges of is_unspaced, as a regex class).
_UNSPACED = re.compile("[" + "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in UNSPACED_RANGES) + "]")


def py_line_shape(text: str) -> int:
    """``words * 2 + collapsed`` of *text* (see the module's docstring)."""
    if not text.isascii() and _UNSPACED.search(text) is not None:
        tokens = text.split()
        words = 0
        for token in tokens:
            if token != "|":
                words += max(1, (len(_UNSPACED.findall(token)) + 1) // 2)
        return words * 2 + (" ".join(tokens) == text)
    if text[:1] != " " and text[-1:] != " " and "  " not in text and "|" not in text and text.isprintable():
        # The space is the one printable whitespace character: a line with no run of spaces and
        # none at either end is collapsed, and its words are its spaces plus one.
        return (text.count(" ") + 1) * 2 + 1 if text else 1
    tokens = text.split()
    words = len(tokens) - tokens.count("|") if "|" in text else len(tokens)
    return words * 2 + (" ".join(tokens) == text)


_DECIMAL = re.compile(r"\d")


def py_has_decimal(text: str) -> bool:
    """Whether *text* holds a decimal digit, as ``\\d`` finds them."""
    return _DECIMAL.search(text) is not None


def py_has_digit(text: str) -> bool:
    """Whether *text* holds a character :meth:`str.isdigit` accepts."""
    return any(map(str.isdigit, text))


try:
    from boilerstrip._native import has_decimal as has_decimal
    from boilerstrip._native import has_digit as has_digit
    from boilerstrip._native import line_shape as line_shape
except ImportError:  # a plain-Python build: no C extension
    has_decimal, has_digit, line_shape = py_has_decimal, py_has_digit, py_line_shape

#: Whether these functions are the C extension's.
NATIVE = line_shape is not py_line_shape
