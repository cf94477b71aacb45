"""Evidence from the lexicons: the rule a line matches (its id, ``en/subscribe:40``), and the cue
words of each category it holds (``cue:subscribe``, see :mod:`boilerstrip.rules.cues`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boilerstrip.text.document import Document


#: A line's cue evidence is its distinct cues against its length: hits / (1 + words / CUE_WORDS),
#: at most 1. Eight words that hold one cue give 0.5; a newsletter box's "Get our weekly
#: newsletter in your inbox" (three cues in seven words) 1; a 60-word paragraph that mentions a
#: newsletter once, 0.12.
CUE_WORDS = 8


def classify_rules(doc: Document) -> None:
    """Evidence of the rule each line matches on its own."""
    for i, found in enumerate(doc.matches()):
        if found is not None:
            doc.add(i, found.rule_id, found.category, found.rule.feature)


def classify_cues(doc: Document) -> None:
    """Evidence of the cue words each line holds, per category (``cue:<category>``)."""
    words = doc.words
    for i, counts in enumerate(doc.cue_counts()):
        if counts:
            scale = 1.0 + words[i] / CUE_WORDS
            for category, hits in counts.items():
                doc.add(i, f"cue:{category}", category, strength=min(1.0, hits / scale))
