"""Evidence from the lexicons: the rule a line matches (its id, ``en/subscribe:40``), and the cue
words of each category it holds (``cue:subscribe``, see :mod:`boilerstrip.rules.cues`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from boilerstrip.heuristics.safety import CLOSERS, SENTENCE_STOPS
from boilerstrip.rules.cues import CUE_MAX_WORDS
from boilerstrip.text.code import is_code
from boilerstrip.text.normalise import normalise

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


#: Categories of notice whose first sentence says what the whole paragraph is: a cookie banner
#: ("We use cookies to ... . Cookies allow us to ..."), a sign-up form's consent ("By signing up,
#: you agree to ... . Msg and data rates may apply."), a prompt to follow or to comment, a legal
#: notice ("(C) 2008 Example Inc. All rights reserved. Example is a trademark of ...", "Disclaimer:
#: This article is not a substitute for medical advice. Always consult ..."), a note on who
#: produced the story ("This story was produced in partnership with ... . Sign up for ..."). A
#: disclosure of affiliate links is left out: some pages' gold keeps it as the article's.
LEAD_CATEGORIES: Final = frozenset({"cookie", "subscribe", "social", "comments", "legal", "syndication"})
#: A paragraph longer than this many words is judged as prose whatever its first sentence says
#: (it holds no cue evidence either).
LEAD_MAX_WORDS: Final = CUE_MAX_WORDS
#: A first sentence of at most ``Config.max_rule_line_words`` words ends within this many
#: characters: the search for its end stops there.
LEAD_MAX_CHARS: Final = 300
#: Where a line's first sentence ends: a stop (and any closing quote or bracket) and a space.
_LEAD_END: Final = re.compile(f"[{SENTENCE_STOPS}][{CLOSERS}]*\\s")


def lead_sentence(text: str) -> str | None:
    """The first sentence of a line of several sentences, or None for a line of one or whose first
    sentence runs past LEAD_MAX_CHARS characters.

    >>> lead_sentence("We use cookies to run this site. You can change your choice at any time.")
    'We use cookies to run this site.'
    >>> lead_sentence("One sentence only.") is None
    True
    """
    found = _LEAD_END.search(text, 0, LEAD_MAX_CHARS)
    if found is None:
        return None
    return text[: found.end()].rstrip()


def classify_leads(doc: Document) -> None:
    """Evidence of the rule a long line's first sentence matches, for the notices that open so
    (LEAD_CATEGORIES): a paragraph too long for a rule to take alone
    (``Config.max_rule_line_words``), of at most LEAD_MAX_WORDS words and holding a cue word,
    whose first sentence, short enough, is a cookie banner's or a sign-up form's own words is
    that notice, in any language with rules. The evidence is the rule's (its id and kind), and
    such a line is no prose (see :func:`~boilerstrip.heuristics.safety.prose_evidence`)."""
    least = doc.config.max_rule_line_words
    texts = doc.texts
    lines: list[int] = []
    leads: list[str] = []
    # Only a paragraph that holds a cue word (of any kind of boilerplate: "cookies", "privacy",
    # "follow", "comment") is looked at further: the cue counts are the ones classify_cues
    # gives evidence from, so the gate costs nothing, and most paragraphs of an article hold none.
    for i, (count, cues) in enumerate(zip(doc.words, doc.cue_counts(), strict=True)):
        if least < count <= LEAD_MAX_WORDS and cues:
            lead = lead_sentence(texts[i])
            if lead is not None and len(lead.split()) <= least:
                lines.append(i)
                leads.append(normalise(lead))
    if not leads:
        return
    for i, found in zip(lines, doc.rules.match_lines(leads, [True] * len(leads)), strict=True):
        if found is not None and found.category in LEAD_CATEGORIES and not is_code(texts[i]):
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
