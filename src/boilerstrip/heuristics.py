"""Stages 2 and 3: classify each line, then revise by position, blocks and neighbours.

Each stage is a function ``stage(doc) -> None`` that marks removals on a :class:`Document`;
:func:`run` applies them in order. Tunable thresholds live in :class:`~boilerstrip.config.Config`,
fixed ones as named constants here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from boilerstrip.comments import META_MAX_WORDS, meta_kind
from boilerstrip.document import Document

#: A line that is nothing but a web address.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)

#: Words of article text that must precede a tail block: a marker before the article has said
#: anything is a menu item, not the start of the comments.
MIN_ARTICLE_WORDS = 40
#: Comment-section markers further apart than this many lines are not one section's rhythm.
MAX_MARKER_GAP = 8
#: Markers after the first one that prove a comment section.
MIN_FOLLOWING_MARKERS = 2


def classify_rules(doc: Document) -> None:
    """Remove every line a rule matches on its own."""
    for i in range(len(doc)):
        found = doc.match(i)
        if found is not None:
            doc.remove(i, found.rule_id, found.category)


def classify_shapes(doc: Document) -> None:
    """Remove lines whose shape alone gives them away: bare URLs."""
    for i, line in enumerate(doc.lines):
        if line.words == 1 and BARE_URL.match(line.text):
            doc.remove(i, "shape:url", "navigation")


def _first_paragraph(doc: Document) -> int | None:
    for i, line in enumerate(doc.lines):
        if line.words >= doc.config.paragraph_min_words and not doc.removed(i):
            return i
    return None


def comment_section(doc: Document) -> None:
    """Cut a reader-comment section: from its first marker to the end of the document.

    A section starts at a comment header ("52 comments", "Leave a Reply") or at a comment's
    metadata line (byline, timestamp, reply control, vote score) after the article's first
    paragraph, and is proven by more markers following at a comment's rhythm.
    """
    if not doc.config.tail_blocks:
        return
    first = _first_paragraph(doc)
    if first is None:
        return
    markers: list[tuple[int, str]] = []
    words_before = 0
    for i, line in enumerate(doc.lines):
        if i > first and words_before >= MIN_ARTICLE_WORDS:
            found = doc.match(i)
            if found is not None and found.category == "comments":
                markers.append((i, "header"))
            elif line.words <= META_MAX_WORDS:
                kind = meta_kind(line.text)
                if kind is not None:
                    markers.append((i, kind))
        words_before += line.words
    for k, (start, kind) in enumerate(markers):
        chain = [start]
        for index, _ in markers[k + 1:]:
            if index - chain[-1] > MAX_MARKER_GAP:
                break
            chain.append(index)
        kinds = {kind for index, kind in markers[k:k + len(chain)]}
        rest = len(doc) - start - 1
        proven = len(chain) - 1 >= MIN_FOLLOWING_MARKERS and kinds != {"stamp"}
        if kind == "header":
            proven = proven or rest <= MAX_MARKER_GAP or len(chain) > 1
        if proven:
            for i in range(start, len(doc)):
                doc.remove(i, "tail:comments", "comments")
            return


def revise_neighbours(doc: Document) -> None:
    """A short line between two removed lines goes with them (jusText's revision)."""
    short = doc.config.short_line_words
    for i in range(1, len(doc) - 1):
        if (
            not doc.removed(i)
            and doc.lines[i].words <= short
            and doc.removed(i - 1)
            and doc.removed(i + 1)
        ):
            doc.remove(i, "neighbours:between-removed", doc.reasons[i - 1][1])


def run(doc: Document) -> None:
    """Apply every stage, in order."""
    for stage in STAGES:
        stage(doc)


STAGES: tuple[Callable[[Document], None], ...] = (
    classify_rules,
    classify_shapes,
    comment_section,
    revise_neighbours,
)
