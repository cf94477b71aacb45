"""Evidence from the lexicons: the rule a line matches (its id, ``en/subscribe:40``), and the cue
words of each category it holds (``cue:subscribe``, see :mod:`boilerstrip.rules.cues`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.text.document import Document


#: A line's cue evidence is its distinct cues against its length: hits / (1 + words / CUE_WORDS),
#: at most 1. Eight words that hold one cue give 0.5; a newsletter box's "Get our weekly
#: newsletter in your inbox" (three cues in seven words) 1; a 60-word paragraph that mentions a
#: newsletter once, 0.12.
CUE_WORDS: Final = 8


#: A line that ends the sentence the line above it left open ("... using the --cloud-provider
#: component" / "flag.") is no line of its own: the line above has at least this many words.
CONTINUED_MIN_WORDS: Final = 6
#: How the line above ends when its sentence is not done: with a word, a figure or a comma.
_OPEN_END: Final = (",",)


def classify_rules(doc: Document) -> None:
    """Evidence of the rule each line matches on its own. A line that ends a sentence begun on
    the line above (:func:`ends_sentence_above`) is not judged on its own: its words ("flag.",
    "comments.", "email address.") are the sentence's, broken where the extractor broke it."""
    for i, found in enumerate(doc.matches()):
        if found is not None and not ends_sentence_above(doc, i):
            doc.add(i, found.rule_id, found.category, found.rule.feature)


def ends_sentence_above(doc: Document, i: int) -> bool:
    """Whether line *i* is the end of a sentence the line above left open: it opens with a
    lower-case letter and ends with a full stop, and the line above, of CONTINUED_MIN_WORDS
    words or more, ends with a word or a comma.

    Documentation extracted around inline code breaks its sentences so: "models API like clean,
    save, or" / "delete.". A label or a button ("Comments", "Read more") is no sentence's end.
    """
    if i == 0:
        return False
    text = doc.texts[i]
    if not (text[0].islower() and text.endswith(".")):
        return False
    above = doc.texts[i - 1]
    return doc.words[i - 1] >= CONTINUED_MIN_WORDS and (above[-1].isalnum() or above.endswith(_OPEN_END))


def classify_cues(doc: Document) -> None:
    """Evidence of the cue words each line holds, per category (``cue:<category>``)."""
    words = doc.words
    for i, counts in enumerate(doc.cue_counts()):
        if counts:
            scale = 1.0 + words[i] / CUE_WORDS
            for category, hits in counts.items():
                doc.add(i, f"cue:{category}", category, strength=min(1.0, hits / scale))
