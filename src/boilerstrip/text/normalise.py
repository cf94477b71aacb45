"""Line normalisation shared by the rule files and the matcher.

A rule is written, and a line is matched, in one normal form: lower-cased, typographic apostrophes
made plain, whitespace collapsed, and decoration at both ends (punctuation, bullets, arrows)
stripped, so that ``» Read More…`` and ``[read more]`` are the same line to the rules.

>>> normalise("  » Read   More…  ")
'read more'
>>> normalise("Don’t miss: OUR newsletter!")
"don't miss: our newsletter"
>>> normalise("156 Responses to “Shuteye”")
'156 responses to "shuteye'
>>> normalise("Kommentare (3)"), normalise("[Reply]"), normalise("(Read more…)")
('kommentare (3)', 'reply', 'read more')
>>> normalise("▶️ Mantente informado 👉")
'mantente informado'
>>> normalise("© 2024 Example Media")
'© 2024 example media'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: ``str.lower``, called through the type. In a build compiled with mypyc, ``text.lower()`` is
#: inlined as a character-by-character mapping that misses Greek final sigma (``"ΟΔΟΣ"`` gives
#: ``"οδοσ"``, not ``"οδος"``); called so, both builds run CPython's own and agree on every text.
lower: Callable[[str], str] = str.lower

# Characters stripped from both ends of a line before matching. Kept on purpose: letters, digits,
# "#", "@", "$", "%", "&" and "©", which carry meaning in boilerplate ("© 2024", "#ad", "@handle").
EDGE_CHARS = (
    " \t\r\n\f\v\u00a0\u2007\u202f\u200b\u200e\u200f\ufeff"
    "!\"'()*+,-./:;<=>?[\\]^_`{|}~"
    "«»‹›„“”‘’‚…–—―•·●◦▪▫■□►▶▸◀◂◄→←↑↓⇒⇨➔➜➤✓✔✕✖×|¦†‡§¶"
)

#: Typographic characters and their plain forms. No plain form is itself replaced, so replacing
#: them one after another gives what one ``str.translate`` would, and ``str.replace`` runs in C
#: where ``translate`` with non-ASCII characters goes through a dict lookup per character.
_APOSTROPHES = (
    ("’", "'"), ("‘", "'"), ("ʼ", "'"), ("`", "'"), ("´", "'"),
    ("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("«", '"'), ("»", '"'),
    ("\u00a0", " "),
)


#: The characters _APOSTROPHES maps: most lines hold none, and one search rules them all out.
_TYPOGRAPHIC = re.compile("[’‘ʼ`´“”„‟«»\u00a0]")

_CLOSERS = ")]}"
_EDGE_BUT_CLOSERS = EDGE_CHARS.translate(str.maketrans("", "", _CLOSERS))
_OPENER = {")": "(", "]": "[", "}": "{"}


def normalise(line: str) -> str:
    """Return the normal form of *line* that rules are written in.

    A closing bracket at the end stays when the line opened it (``comments (3)``), so that
    counters keep their shape; a bracket around the whole line goes (``[reply]`` -> ``reply``).
    """
    return normalise_collapsed(" ".join(line.split()))


def normalise_collapsed(text: str) -> str:
    """:func:`normalise` for a line whose whitespace is collapsed already (``" ".join(line.split())``,
    which a caller that counted the line's words has at hand).

    Collapsing first gives what collapsing after lower-casing and the typographic mapping would:
    ``str.lower`` maps every whitespace character to itself and no other character to whitespace,
    and no typographic character but the no-break space (whitespace itself) maps to whitespace.
    A line of ASCII only is normalised in C where the extension is built (most lines are).
    """
    form = ascii_normal_form(text)
    return form if form is not None else py_normalise_collapsed(text)


def py_ascii_normal_form(text: str) -> str | None:
    """:func:`py_normalise_collapsed` of a line of ASCII only, None for any other line (the
    definition of the C scan, which only spares the calls for the most common lines).

    >>> py_ascii_normal_form("[Read More]"), py_ascii_normal_form("Comments (3)"), py_ascii_normal_form("Café")
    ('read more', 'comments (3)', None)
    """
    return py_normalise_collapsed(text) if text.isascii() else None


def py_normalise_collapsed(text: str) -> str:
    """:func:`normalise_collapsed` in Python, for every line."""
    text = lower(text)
    # "`" is the one typographic character in ASCII, and an ASCII line holds no other.
    if ("`" in text or not text.isascii()) and _TYPOGRAPHIC.search(text):
        for typographic, plain in _APOSTROPHES:
            text = text.replace(typographic, plain)
    text = text.lstrip(EDGE_CHARS)
    if text and not text[0].isalnum():
        text = _strip_symbols(text).lstrip(EDGE_CHARS)
    text = text.rstrip(_EDGE_BUT_CLOSERS)
    if text and not text[-1].isalnum():
        text = _strip_symbols(text, from_end=True).rstrip(_EDGE_BUT_CLOSERS)
    while text and text[-1] in _CLOSERS and text.count(_OPENER[text[-1]]) < text.count(text[-1]):
        text = text[:-1].rstrip(_EDGE_BUT_CLOSERS)
    return text


#: Unicode categories of decoration: emoji and other symbols, joiners, variation selectors.
_DECORATION = frozenset({"So", "Sk", "Cf", "Mn", "Me"})
_KEPT_SYMBOLS = "©®℗"


def _strip_symbols(text: str, from_end: bool = False) -> str:
    """Strip emoji bullets ("▶️", "👉") from one end; "©" and "®" stay."""
    while text:
        ch = text[-1] if from_end else text[0]
        if ch in _KEPT_SYMBOLS or unicodedata.category(ch) not in _DECORATION:
            break
        text = (text[:-1] if from_end else text[1:]).strip(" ")
    return text


try:
    from boilerstrip._native import ascii_normal_form as ascii_normal_form
except ImportError:  # a plain-Python build: no C extension
    ascii_normal_form = py_ascii_normal_form


def is_word_char(ch: str) -> bool:
    """True for characters that continue a word (letters, digits, underscore)."""
    return ch.isalnum() or ch == "_"
