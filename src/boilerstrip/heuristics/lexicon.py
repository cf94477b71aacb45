"""Evidence from the lexicons: the rule a line matches (its id, ``en/subscribe:40``), and the cue
words of each category it holds (``cue:subscribe``, see :mod:`boilerstrip.rules.cues`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final

from boilerstrip.heuristics.safety import CLOSERS, SENTENCE_END, SENTENCE_STOPS
from boilerstrip.heuristics.shape import BULLETS
from boilerstrip.rules.cues import CUE_MAX_WORDS
from boilerstrip.rules.loader import Kind
from boilerstrip.rules.voice import (
    APPEAL_CUE_CATEGORIES,
    PROMPT_CUE_CATEGORIES,
    appeal_in_voice,
    asking_languages,
    prompt_in_voice,
    with_calls,
)
from boilerstrip.text.code import is_code
from boilerstrip.text.normalise import normalise

if TYPE_CHECKING:
    from boilerstrip.rules import Match
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
    the line above (:func:`ends_sentence_above`), or that is a piece of one broken around it
    (:func:`inside_sentence`), is not judged on its own: its words ("flag.", "comments.", "email
    address.", "like") are the sentence's, broken where the extractor broke it. Nor is a
    reference's term over its definition (:func:`is_defined_term`): "- close" over "- Fired
    when the connection is closed." is an event's name, not a button."""
    for i, found in enumerate(doc.matches()):
        if (
            found is not None
            and not ends_sentence_above(doc, i)
            and not inside_sentence(doc, i)
            and not is_defined_term(doc, i)
            and not (found.rule.kind is Kind.PREFIX and is_quoted_speech(doc.texts[i]))
            and not (found.category == "paywall" and in_price_list(doc, i))
        ):
            doc.add(i, found.rule_id, found.category, found.rule.feature)


#: A price: a currency sign before or after a figure ("$890/month", "9,99 €", "49 zł"), as
#: normalised (lower case).
PRICE: Final = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:[€£¥₹]|zł|kr\b|руб|₽)")
#: A line of a price list is short: a price, its period, a plan's name or a seat count.
PRICE_LINE_MAX_WORDS: Final = 6
#: A price list holds, within this many lines of one of its prices, ...
PRICE_LIST_WINDOW: Final = 6
#: ... at least this many other prices, ...
PRICE_LIST_MIN_OTHERS: Final = 1
#: ... and no line of an offer's words: of these categories' rules.
OFFER_CATEGORIES: Final = frozenset({"donation", "subscribe", "paywall"})
#: An introductory offer's second price ("then $4/week", "danach 9,99 €/Monat"): a plan's
#: price is no sequel to another, an offer's is.
_THEN: Final = re.compile(
    r"(?:then|after that|dann|danach|puis|ensuite|luego|después|despues|poi|dopo|depois|daarna|"
    r"potem|następnie|затем|потом|sedan|därefter)\b"
)


def _price_line(doc: Document, k: int) -> bool:
    return doc.words[k] <= PRICE_LINE_MAX_WORDS and PRICE.search(doc.lines[k].norm) is not None


def in_price_list(doc: Document, i: int) -> bool:
    """Whether line *i* is a short line with a price among the short price lines of a list: at
    least PRICE_LIST_MIN_OTHERS others within PRICE_LIST_WINDOW lines of it, and no line there
    that a rule of an offer's categories (OFFER_CATEGORIES) takes for more than a price. A
    product's or a service's plans and prices ("Basic", "$8/month", "Business", "$24/month";
    "9,99 €/Monat") are the page's; a bare price is a paywall's offer where it stands alone, or
    beside the offer's own words ("Subscribe to the Courier", "Support local journalism"), or
    where one price follows another as an introductory offer's does ("$1/week", "then $4/week").
    """
    if not _price_line(doc, i) or _THEN.match(doc.lines[i].norm):
        return False
    others = 0
    for k in range(max(0, i - PRICE_LIST_WINDOW), min(len(doc), i + PRICE_LIST_WINDOW + 1)):
        if k == i:
            continue
        if _price_line(doc, k):
            if _THEN.match(doc.lines[k].norm):
                return False
            others += 1
        elif (found := doc.match(k)) is not None and found.category in OFFER_CATEGORIES:
            return False
    return others >= PRICE_LIST_MIN_OTHERS


#: Marks that open a quotation at a line's start.
_OPENING_QUOTES: Final = tuple("\"“„«‘'「")
#: Where a quotation closes and its attribution follows: a comma, question or exclamation mark
#: closed in the quote ('journey," the band wrote'), a comma or dash after it ('Weg“, schrieb',
#: "podróży” – napisał"), Japanese と after 」.
_QUOTE_CLOSED: Final = re.compile(r"[,!?][\"”“»’'」]\s*\w|[\"”“»’'」]\s*[,–—]\s*\w|」と")


def is_quoted_speech(text: str) -> bool:
    """Whether *text* opens by quoting someone and goes on to say who spoke: '"Follow us on this
    journey," the band wrote', „Folgen Sie uns auf diesem Weg“, schrieb die Band. A prefix rule
    ("follow us on ...") reads the quote's words as the line's own; the line is the article's.

    >>> is_quoted_speech('"Follow us on this journey," the band wrote in a post.')
    True
    >>> is_quoted_speech("«Suivez-nous dans cette aventure», a écrit le groupe.")
    True
    >>> is_quoted_speech('"Follow us on Instagram"')
    False
    >>> is_quoted_speech("Follow us on Instagram, Facebook and X")
    False
    """
    return text.startswith(_OPENING_QUOTES) and _QUOTE_CLOSED.search(text, 1) is not None


#: A term of a reference's list: an identifier, as code writes it ("close", "onclose",
#: "WebSocket.close()", "max_retries"): it opens with a lower-case letter or an underscore.
_IDENTIFIER: Final = re.compile(r"^[a-z_$][\w$.]*(?:\(\))?$")
#: The definition under a term is a sentence of at least this many words.
DEFINITION_MIN_WORDS: Final = 4
#: A piece of a broken sentence has at most this many words.
PIECE_MAX_WORDS: Final = 3


def is_defined_term(doc: Document, i: int) -> bool:
    """Whether line *i* is a term of a reference's bulleted list: a bullet and an identifier
    ("- close", "- message"), and under it, with the same bullet, a sentence that says what it
    is ("- Fired when a connection with a WebSocket is closed."), or beside it, with the same
    bullet, an identifier only code writes ("- send()", "- ready_state", "- socket.close()").
    A menu's or a box's "Close" has neither. Nor is a reference's heading over its usage line a
    button: "SUBSCRIBE" over "SUBSCRIBE channel [channel ...]", "share" over "share(topic,
    group)" (see _usage_below), nor a glossary's term over its definition (see _in_glossary)."""
    text = doc.texts[i]
    if _usage_below(doc, i) or _in_glossary(doc, i):
        return True
    if not text.startswith(BULLETS) or _IDENTIFIER.match(text[2:].strip()) is None:
        return False
    bullet = text[:2]
    if i + 1 < len(doc):
        below = doc.texts[i + 1]
        if (
            below.startswith(bullet)
            and doc.words[i + 1] >= DEFINITION_MIN_WORDS
            and below.rstrip().endswith(SENTENCE_END)
        ):
            return True
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc) and doc.texts[k].startswith(bullet):
            term = doc.texts[k][2:].strip()
            if _IDENTIFIER.match(term) and ("(" in term or "." in term or "_" in term):
                return True
    return False


#: The marks of a usage line's arguments: "SUBSCRIBE channel [channel ...]", "share(topic, group)",
#: "git push <remote> <branch>", "set {key} {value}".
_USAGE_MARKS: Final = frozenset("[](){}<>")


def _usage_below(doc: Document, i: int) -> bool:
    """Whether line *i*, one word, heads the usage line under it: that line opens with the same
    word (in any case before a bracket, in the same case before a space), writes its arguments
    with brackets and ends with no sentence's stop. A button over a box's pitch ("Subscribe" over
    "Subscribe to our newsletter (it's free).") is over a sentence."""
    term = doc.texts[i].strip()
    if i + 1 >= len(doc) or not term or " " in term:
        return False
    below = doc.texts[i + 1].strip()
    after = below[len(term) : len(term) + 1]
    # A heading capitalised over a call written in lower case ("Subscribe" over
    # "subscribe(topic, callback)") heads it too; over words, only in the same case.
    opens = below.startswith(term) if after == " " else below[: len(term)].casefold() == term.casefold()
    return (
        opens
        and after in (" ", "(")
        and not _USAGE_MARKS.isdisjoint(below[len(term) :])
        and not below.rstrip(CLOSERS).endswith(tuple(SENTENCE_STOPS))
    )


#: A glossary: terms of at most GLOSSARY_TERM_WORDS words, no sentence, each over its definition,
#: a sentence of at least GLOSSARY_DEFINITION_WORDS words, at least GLOSSARY_MIN_PAIRS such pairs
#: in a row, at least half of the terms no rule's. "Share" over "A part of a company's capital.
#: ..." is a term there; a box's "Newsletter" over its pitch, then a form's "Email" and "Sign
#: up", keeps no such rhythm.
GLOSSARY_TERM_WORDS: Final = 3
GLOSSARY_DEFINITION_WORDS: Final = 6
GLOSSARY_MIN_PAIRS: Final = 3


def _term_over_definition(doc: Document, k: int) -> bool:
    """Whether line *k* is a term over its definition, by their shapes (see GLOSSARY_MIN_PAIRS)."""
    if not 0 <= k < len(doc) - 1:
        return False
    term, definition = doc.texts[k].rstrip(), doc.texts[k + 1].rstrip()
    return (
        0 < doc.words[k] <= GLOSSARY_TERM_WORDS
        and not term.endswith(SENTENCE_END)
        and doc.words[k + 1] >= GLOSSARY_DEFINITION_WORDS
        and definition.rstrip(CLOSERS).endswith(tuple(SENTENCE_STOPS))
    )


def _in_glossary(doc: Document, i: int) -> bool:
    """Whether line *i* is a term over its definition among GLOSSARY_MIN_PAIRS such pairs in a
    row, most of whose terms no rule names (see GLOSSARY_MIN_PAIRS): an article's credit and
    "Advertisement" lines between its paragraphs have the rhythm, and every one of them is a
    rule's."""
    if not _term_over_definition(doc, i):
        return False
    terms = [i]
    for step in (-2, 2):  # the pairs above it, then those below it
        k = i + step
        while _term_over_definition(doc, k):
            terms.append(k)
            k += step
    plain = sum(1 for k in terms if doc.match(k) is None)
    return len(terms) >= GLOSSARY_MIN_PAIRS and 2 * plain >= len(terms)


def inside_sentence(doc: Document, i: int) -> bool:
    """Whether line *i* is a piece of a sentence broken on both sides of it: a few words that
    open with a lower-case letter, under a line of CONTINUED_MIN_WORDS words or more that ends
    with a word or a comma and over a line that goes on in lower case. Documentation extracted
    around inline code breaks its sentences so: "Pod update operations" / "like" / "patch, and"."""
    if i == 0 or i + 1 >= len(doc) or doc.words[i] > PIECE_MAX_WORDS:
        return False
    text, above, below = doc.texts[i], doc.texts[i - 1], doc.texts[i + 1]
    return (
        text[:1].islower()
        and below[:1].islower()
        and doc.words[i - 1] >= CONTINUED_MIN_WORDS
        and (above[-1:].isalnum() or above.endswith(_OPEN_END))
    )


#: Categories of notice whose first sentence says what the whole paragraph is: a cookie banner
#: ("We use cookies to ... . Cookies allow us to ..."), a sign-up form's consent ("By signing up,
#: you agree to ... . Msg and data rates may apply."), a prompt to follow or to comment, a legal
#: notice ("(C) 2008 Example Inc. All rights reserved. Example is a trademark of ...", "Disclaimer:
#: This article is not a substitute for medical advice. Always consult ..."), a note on who
#: produced the story ("This story was produced in partnership with ... . Sign up for ..."). A
#: disclosure of
#: affiliate links is left out: some pages' gold keeps it as the article's.
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


#: Categories whose labels open an inline teaser: "Read more: <headline>", "Lo más leído:
#: <headline>", "関連記事：<headline>". Any whole-line rule of these categories is such a label, in
#: every language with rules, so a label needs no second rule of its own for the inline form.
LABEL_CATEGORIES: Final = frozenset({"related"})
#: The label ends within this many characters ("You might also like:" is 20).
LABEL_MAX_CHARS: Final = 40
#: An inline teaser is a headline: at most this many words after the label...
LABEL_HEADLINE_MAX_WORDS: Final = 20
#: ... and at least this many (in a script written without spaces, this many characters), so that
#: a table's "Featured: yes" or "Popular: 4" is no teaser.
LABEL_HEADLINE_MIN_WORDS: Final = 3
LABEL_HEADLINE_MIN_CHARS: Final = 8
#: The colons a label ends with (the full-width one of Chinese and Japanese text too).
_LABEL_COLONS: Final = (":", "\uff1a")
#: A headline ends without a full stop; a sentence after a label ("Latest: Police say three
#: people were hurt.") is a live blog's or a story's own line.
_SENTENCE_FULL_STOPS: Final = (".", "\u3002")


def label_split(text: str) -> tuple[str, str] | None:
    """A line's label and the text after it, when the line opens with a short label and a colon.

    >>> label_split("Most read: Heatwave warning issued for three counties")
    ('Most read', 'Heatwave warning issued for three counties')
    >>> label_split("関連記事：新しい駅が来月開業")
    ('関連記事', '新しい駅が来月開業')
    >>> label_split("No colon in this line") is None
    True
    """
    head = text[:LABEL_MAX_CHARS]
    cut = -1
    for colon in _LABEL_COLONS:
        at = head.find(colon)
        if at > 0 and (cut < 0 or at < cut):
            cut = at
    if cut < 0:
        return None
    return text[:cut].strip(), text[cut + 1:].strip()


def is_headline(text: str) -> bool:
    """Whether *text* has a headline's shape: one short sentence, no full stop at its end."""
    if not text or text.endswith(_SENTENCE_FULL_STOPS) or _LEAD_END.search(text):
        return False
    words = len(text.split())
    if words == 1:
        return len(text) >= LABEL_HEADLINE_MIN_CHARS and not text.isascii()
    return LABEL_HEADLINE_MIN_WORDS <= words <= LABEL_HEADLINE_MAX_WORDS


def classify_labels(doc: Document) -> None:
    """Evidence of the rule a line's label is, for an inline teaser: a label that a whole-line
    rule of LABEL_CATEGORIES names ("Most read", "Das könnte Sie auch interessieren"), a colon,
    and a headline (:func:`is_headline`), set into the text: the line after it, if any, is no
    short line (``Config.short_line_words``). Followed by short lines, such a line heads a list
    (a product page's "Related videos: <the product>" over its features), which the block
    heuristics judge as a whole.
    The evidence is the label's rule (its id and kind)."""
    texts, words = doc.texts, doc.words
    last = len(texts) - 1
    short = doc.config.short_line_words
    for i, found in enumerate(doc.matches()):
        if found is not None or words[i] > LABEL_HEADLINE_MAX_WORDS + 4 or (i < last and words[i + 1] <= short):
            continue
        parts = label_split(texts[i])
        if parts is None or not is_headline(parts[1]):
            continue
        label = doc.rules.exact(normalise(parts[0]))
        if label is not None and label.category in LABEL_CATEGORIES:
            doc.add(i, label.rule_id, label.category, label.rule.feature)


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


#: The cue categories of the appeals a line in an appeal's voice speaks for. A paywall's words
#: ("subscription", "premium", "per month") are a product's as often: a line that holds as many
#: of them as of these is a product's pitch ("For $9.99 per month, the subscription gets you a
#: credit and a membership") more likely than an appeal.
VOICE_CUES: Final = frozenset(APPEAL_CUE_CATEGORIES)
#: An appeal line in the appeal's voice has at most this many words: a longer paragraph that
#: speaks to the reader of "our" newsletter is a blog's own prose more often than a pitch.
VOICE_MAX_WORDS: Final = 28
#: A prompt line in a prompt's voice has at most this many words: "Have your say in the comments
#: below", "Partagez cet article". A longer line that asks the reader to share or to comment is a
#: blog author's own closing question more often ("Should the meeting include more representatives
#: of the tech community? Share your thoughts in the comments."), or a step of advice.
PROMPT_MAX_WORDS: Final = 12
#: Quotation marks: a line that quotes someone ("We need your help," said the director) is
#: reported speech, the article's, whatever voice the quote is in.
_QUOTES: Final = frozenset("\"“”„«»「」『』")
#: The dashes that open a line of dialogue or an interview's question or answer ("— Do you
#: donate to our fund yourself?", "—¿Usted dona...?"): the line is someone's speech, as a quote is.
_DIALOGUE_DASHES: Final = ("—", "–", "―")


def _appeal_words(counts: Mapping[str, int]) -> bool:
    """Whether a line's cue counts hold an appeal's words (VOICE_CUES) more than a paywall's."""
    paywall = counts.get("paywall", 0)
    return any(counts.get(category, 0) > paywall for category in VOICE_CUES)


def _prompt_words(counts: Mapping[str, int]) -> bool:
    """Whether a line's cue counts hold a comment, share or follow prompt's words (PROMPT_CUE_CATEGORIES)."""
    return any(category in counts for category in PROMPT_CUE_CATEGORIES)


#: The categories of appeal whose cue words can be a page's topic (those of heuristics.block's
#: appeal runs).
TOPIC_CATEGORIES: Final = frozenset({"donation", "subscribe", "paywall"})
#: A page whose subject is what a category's cue words name (an e-mail tool's page, a guide to
#: newsletters, a charity's report on its donors) uses them in line after line. A box is a few
#: lines, and most boxes hold one of the category's fixed lines ("Enter your email", "Thanks for
#: subscribing!") or stand within TOPIC_RULE_REACH lines of one. At least TOPIC_MIN_LINES other
#: lines with the category's cues (a line repeated down the page counts once) make the category
#: the page's topic, and its cue words no evidence of a box there (its rules still are).
TOPIC_MIN_LINES: Final = 6
TOPIC_RULE_REACH: Final = 2


def cue_topics(cues: list[Mapping[str, int]], matches: list[Match | None], texts: list[str]) -> frozenset[str]:
    """The appeal categories whose cue words are the page's subject (see TOPIC_MIN_LINES)."""
    near: dict[str, set[int]] = {}
    for i, found in enumerate(matches):
        if found is not None and found.category in TOPIC_CATEGORIES:
            near.setdefault(found.category, set()).update(range(i - TOPIC_RULE_REACH, i + TOPIC_RULE_REACH + 1))
    lines: dict[str, set[str]] = {}
    for i, line_cues in enumerate(cues):
        for category in line_cues:
            if category in TOPIC_CATEGORIES and i not in near.get(category, ()):
                lines.setdefault(category, set()).add(texts[i])
    return frozenset(category for category, found in lines.items() if len(found) >= TOPIC_MIN_LINES)


def appeal_voice(doc: Document) -> None:
    """Evidence (``voice:appeal``) for a short line that holds the cue words of an appeal
    (VOICE_CUES) and speaks as an appeal does: to the reader ("you", "Ihre", "vous") and of the
    publication itself ("our", "uns", "notre"), all in one language (see
    :mod:`boilerstrip.rules.voice`). An imperative that is also an infinitive or an indicative
    ("Join", "Never miss", "Colabora", "Word lid") speaks to the reader where it opens a clause;
    a newsletter box may speak to the reader alone, with a newsletter's many words ("Get the
    headlines straight to your inbox every morning"). A report of a charity drive or of a
    newsletter's success speaks of them in the third person, and a quote or reported speech is
    the article's.

    Evidence (``voice:prompt``) likewise for a line of PROMPT_MAX_WORDS words at most that holds
    the cue words of a comment, share or follow prompt and two of the voices of one: the reader
    addressed, the publication, and the text speaking of itself ("Share this article with your
    friends", "Was meinen Sie? Schreiben Sie uns in den Kommentaren", "Lascia un commento qui
    sotto"), and no word of a guide ("How to share a photo with your friends"). A report about a
    social network or about a minister's comments speaks of them in the third person, a how-to
    step ("Share the file with your colleagues") in the reader's voice alone."""
    words, texts, cue_counts = doc.words, doc.texts, doc.cue_counts()
    lines = [
        i for i, counts in enumerate(cue_counts)
        if counts and words[i] <= VOICE_MAX_WORDS
        and (_appeal_words(counts) or (words[i] <= PROMPT_MAX_WORDS and _prompt_words(counts)))
        and _QUOTES.isdisjoint(texts[i]) and not texts[i].startswith(_DIALOGUE_DASHES)
    ]
    if not lines:
        return
    languages = doc.config.languages
    voices = doc.voices.count_sparse([texts[i] for i in lines])
    # A page about newsletters speaks to its reader of inboxes as a box does: there the reader's
    # voice alone is no newsletter box's (see cue_topics).
    topics = cue_topics(cue_counts, doc.matches(), texts) if voices else frozenset()
    asking = asking_languages(languages)
    for k, counted in voices.items():
        found = with_calls(counted, doc.lines[lines[k]].norm, languages)
        category = appeal_in_voice(found, topics, asking)
        if category is not None:
            doc.add(lines[k], "voice:appeal", category)
        prompt = prompt_in_voice(found, cue_counts[lines[k]]) if words[lines[k]] <= PROMPT_MAX_WORDS else None
        if prompt is not None:
            doc.add(lines[k], "voice:prompt", prompt)
