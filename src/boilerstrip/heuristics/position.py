"""The ``position`` family: where a line stands against the article's paragraphs. Lines before
the first paragraph (but the headline over it) are the page's head: menus, labels, share bars
(``position:head``); lines after the last one are its foot: teasers, prompts, credits
(``position:foot``), and a headline there is most often another article's (``position:foot-headline``).
None removes a line alone; with a cue word or a rule, it tips the scale."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

#: A headline's length in words, and the characters a sentence (not a headline) ends with.
HEADLINE_WORDS: Final = (3, 22)
SENTENCE_END: Final = tuple(".!?…:;,")


def mark_positions(doc: Document) -> None:
    """Evidence of the head and foot zones around the article's paragraphs."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    if first is None or last is None:
        return
    # The line just above the first paragraph is the headline (or standfirst), however short.
    for i in range(0, first - 1):
        doc.add(i, "position:head", "navigation")
    low, high = HEADLINE_WORDS
    for i in range(last + 1, len(doc)):
        doc.add(i, "position:foot", "other")
        if low <= doc.words[i] <= high and not doc.texts[i].endswith(SENTENCE_END):
            doc.add(i, "position:foot-headline", "related")
