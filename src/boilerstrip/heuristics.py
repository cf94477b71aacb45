"""Stages 2 and 3: classify each line, then revise by position, blocks and neighbours.

Each stage is a function ``stage(doc) -> None`` that marks removals on a :class:`Document`;
:func:`run` applies them in order. Thresholds live in :class:`~boilerstrip.config.Config` or as
named constants here.
"""

from __future__ import annotations

import re

from boilerstrip.document import Document

#: Categories whose marker line, once the article has ended, starts a block that runs to the end
#: of the document (a comment section, a donation appeal, a list of related stories).
TAIL_CATEGORIES = frozenset({"comments", "donation", "related"})

#: A line that is nothing but a web address.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


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


def run(doc: Document) -> None:
    """Apply every stage, in order."""
    for stage in STAGES:
        stage(doc)


STAGES = (classify_rules, classify_shapes)
