"""The ``neighbours`` family: a line judged by the lines around it (``neighbours:between-removed``)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Final

from boilerstrip.heuristics.listing import wording
from boilerstrip.heuristics.safety import CLOSERS

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

#: Short lines that may sit between two removals of one category and go with them.
MAX_SANDWICH: Final = 3
#: A control that each entry of a list has ("Read More") is printed at least this many times.
LIST_CONTROLS: Final = 3
#: A sentence is the article's, however short and whatever stands around it: at least this many
#: words, not opening in lower case (a fragment), ending with a full stop (closing quotes or
#: brackets after it allowed). "The mayor declined to comment." between an "Advertisement" and a
#: "Read more" is a one-sentence paragraph; a box's fields and buttons ("Email", "Sign up") are
#: no sentences. An exclamation ("Great work guys!") is left out: between a comment's controls it
#: is a reader's, and an article's one-line paragraphs seldom exclaim.
SENTENCE_MIN_WORDS: Final = 3
_SENTENCE_STOP: Final = re.compile(f"[.?…。？][{CLOSERS}」』]*$")


def revise_neighbours(doc: Document) -> None:
    """Short lines between removed lines go with them (jusText's revision): one short line between
    any two removals, or up to MAX_SANDWICH short lines between two removals of one category (the
    fields of a newsletter box)."""
    short = doc.config.short_line_words
    reasons, counts, count = doc.reasons, doc.words, len(doc)
    wordings: Counter[str] | None = None  # how often each line's wording recurs, once needed
    i = 1
    while i < count - 1:
        if i in reasons or i - 1 not in reasons:
            i += 1
            continue
        end = i
        while end < count and end not in reasons and counts[end] <= short and not _sentence(doc, end):
            end += 1
        if end < count and end in reasons and end > i:
            before, after = reasons[i - 1][1], reasons[end][1]
            if end - i == 1 or (end - i <= MAX_SANDWICH and before == after):
                if wordings is None:
                    wordings = Counter(_wording(doc, k) for k in range(count))
                if _list_item(doc, wordings, i - 1, end):
                    i = end
                    continue
                for k in range(i, end):
                    doc.add(k, "neighbours:between-removed", before)
        i = max(end, i + 1)


def _sentence(doc: Document, k: int) -> bool:
    """Whether line *k* is a sentence (see SENTENCE_MIN_WORDS)."""
    if doc.words[k] < SENTENCE_MIN_WORDS:
        return False
    text = doc.texts[k].strip()
    return not text[:1].islower() and _SENTENCE_STOP.search(text) is not None


def _list_item(doc: Document, wordings: Counter[str], before: int, after: int) -> bool:
    """Whether the lines between removed lines *before* and *after* are one entry of a list whose
    every entry has the same controls ("Read More", "12 Comments", "Download"): the removed
    lines on both sides recur, figures aside, LIST_CONTROLS times or more, and a line between
    them is said once (the entry's own title). A box's fields recur with the box; a list's
    entries differ."""
    return (
        wordings[_wording(doc, before)] >= LIST_CONTROLS
        and wordings[_wording(doc, after)] >= LIST_CONTROLS
        and any(wordings[_wording(doc, k)] == 1 for k in range(before + 1, after))
    )


def _wording(doc: Document, i: int) -> str:
    """Line *i*'s wording as an entry's control repeats it (see :func:`.listing.wording`)."""
    return wording(doc.lines[i].norm)
