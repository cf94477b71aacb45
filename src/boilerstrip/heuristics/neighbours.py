"""The ``neighbours`` family: a line judged by the lines around it (``neighbours:between-removed``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

#: Short lines that may sit between two removals of one category and go with them.
MAX_SANDWICH = 3


def revise_neighbours(doc: Document) -> None:
    """Short lines between removed lines go with them (jusText's revision): one short line between
    any two removals, or up to MAX_SANDWICH short lines between two removals of one category (the
    fields of a newsletter box)."""
    short = doc.config.short_line_words
    reasons, counts, count = doc.reasons, doc.words, len(doc)
    i = 1
    while i < count - 1:
        if i in reasons or i - 1 not in reasons:
            i += 1
            continue
        end = i
        while end < count and end not in reasons and counts[end] <= short:
            end += 1
        if end < count and end in reasons and end > i:
            before, after = reasons[i - 1][1], reasons[end][1]
            if end - i == 1 or (end - i <= MAX_SANDWICH and before == after):
                for k in range(i, end):
                    doc.add(k, "neighbours:between-removed", before)
        i = max(end, i + 1)
