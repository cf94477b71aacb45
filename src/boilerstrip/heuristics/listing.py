"""A listing's shapes, which a comment section's evidence must not be taken from: a blog's index
or a section page prints each entry with its headline, byline, date and comment count, as
readers' comments carry theirs. :mod:`boilerstrip.heuristics.tail` asks these before it cuts.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Final

from boilerstrip.heuristics.position import HEADLINE_WORDS

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

#: A listing's entries that a rhythm of bylines or timestamps shows: at least this many.
MIN_LISTING_ENTRIES: Final = 3
#: A listing entry's headline ends as no sentence does (and has position.HEADLINE_WORDS words).
_SENTENCE_END: Final = (".", "!", "?", ":", ";", ",")


#: The figures of a count header or a control ("12 Comments", "Comments (12)"), which differ from
#: one entry to the next: replaced to compare wordings.
_FIGURES: Final = re.compile(r"\d[\d,.]*")


def wording(norm: str) -> str:
    """A line's normal form with its figures replaced: the wording an entry's control repeats."""
    return _FIGURES.sub("#", norm)


def entry_counts(doc: Document, markers: list[tuple[int, str]]) -> set[int]:
    """The lines of the count headers that a listing prints with each of its entries: the same
    wording ("3 Comments", "5 Comments") with different figures, or the same line under at least
    MIN_LISTING_ENTRIES entries ("1 comment", "Leave a comment" under each post), and a headline
    between each two of them (:func:`is_headline`). A comment section has one count, and a vote
    widget under each comment ("Rate This: 1 0") has the comments' prose between; a blog's index
    or a section page counts each post's comments, or offers to comment, under its headline."""
    figures: dict[str, set[str]] = {}
    lines: dict[str, list[int]] = {}
    for i, kind in markers:
        if kind != "header":
            continue
        norm = doc.lines[i].norm
        shape = wording(norm)
        figures.setdefault(shape, set()).add(" ".join(_FIGURES.findall(norm)))
        lines.setdefault(shape, []).append(i)
    counts: set[int] = set()
    for shape, seen in figures.items():
        at = lines[shape]
        if (len(seen) > 1 or len(at) >= MIN_LISTING_ENTRIES) and all(
            any(is_headline(doc, k) for k in range(a + 1, b)) for a, b in pairwise(at)
        ):
            counts.update(at)
    return counts


def is_headline(doc: Document, i: int) -> bool:
    """Whether line *i* has a headline's shape: HEADLINE_WORDS words, ending as no sentence does."""
    low, high = HEADLINE_WORDS
    return low <= doc.words[i] <= high and not doc.texts[i].endswith(_SENTENCE_END)


def without_entry_counts(doc: Document, markers: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """*markers* less a listing's count headers (:func:`entry_counts`): they open no section."""
    counts = entry_counts(doc, markers)
    return [marker for marker in markers if marker[0] not in counts] if counts else markers


def listing_entries(doc: Document, markers: list[tuple[int, str]], start: int) -> bool:
    """Whether the rhythm that opens at *start* is a listing's: a blog's index or a section page
    prints each post as its headline, its byline, its date, its summary (or its date over its
    headline); a comment has no headline over its byline. True when every marker of the kind at
    *start* (and at least MIN_LISTING_ENTRIES of them) sits under a headline, or every one over a
    headline where they are timestamps: a line of a few words, no marker, that ends as no
    sentence does."""
    kind = next((k for i, k in markers if i == start), None)
    if kind is None or kind in ("header", "control-header"):  # a header opens a section as itself
        return False
    marked = {i for i, _ in markers}
    entries = [i for i, k in markers if k == kind and i >= start]
    if len(entries) < MIN_LISTING_ENTRIES:
        return False
    # A news ticker or a press list prints each entry's date and time over its headline.
    return all(_beside_headline(doc, marked, i, -1) for i in entries) or (
        kind == "stamp" and all(_beside_headline(doc, marked, i, 1) for i in entries)
    )


def _beside_headline(doc: Document, marked: set[int], i: int, step: int) -> bool:
    """Whether the first line from marker *i* in the direction *step* (-1 above, 1 below) that is
    no marker has a headline's shape: an entry prints its headline over its byline and date, or
    its date over its headline."""
    k = i + step
    while 0 <= k < len(doc) and k in marked:
        k += step
    return 0 <= k < len(doc) and is_headline(doc, k)
