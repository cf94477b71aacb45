"""The ``block`` family: blocks judged as blocks. A related-stories header and its teasers
(``block:related``), teaser lists without a header (``block:teasers``), a donation or newsletter
appeal at the foot (``block:appeal``), an author's biography (``block:author-bio``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.rules import Match
    from boilerstrip.text.document import Document

from boilerstrip.heuristics.comment_meta import TIME_ONLY
from boilerstrip.heuristics.lexicon import cue_topics, is_defined_term
from boilerstrip.heuristics.safety import CLOSERS, SENTENCE_END, heading_over_paragraph
from boilerstrip.heuristics.tail import MIN_ARTICLE_WORDS, MIN_CLOSING_WORDS
from boilerstrip.rules.cues import CUE_MAX_WORDS
from boilerstrip.text.code import is_code
from boilerstrip.text.shape import has_digit

#: A related-stories header is followed by at most this many teaser headlines.
MAX_TEASERS: Final = 12
#: A teaser's one-line summary, between two teaser headlines, has at most this many words.
TEASER_SUMMARY_WORDS: Final = 40
#: Teaser headlines that must follow a related link to the end of the text for them to go with it.
MIN_LINKED_TEASERS: Final = 2
#: Teaser headlines have this many words (fewer is a menu item, more is prose).
TEASER_WORDS: Final = (3, 22)
#: A teaser list without a header: items that each open with a marker line (a date, or a bare
#: bullet such as "-"). At least this many items make a list.
MIN_TEASER_ITEMS: Final = 3
#: A dated item is its date and one summary of at most TEASER_SUMMARY_WORDS: a live blog's or a
#: blog's own entries under a date run longer, or to several paragraphs.
#: A bulleted item holds a headline and its summary: at most this many lines after the bullet,
#: each at most TEASER_ITEM_WORDS long, and at least BULLET_ITEM_MIN_WORDS in all (a list of
#: captions or short points under bare bullets is the article's).
BULLET_ITEM_LINES: Final = 2
TEASER_ITEM_WORDS: Final = 60
BULLET_ITEM_MIN_WORDS: Final = 15
#: A field of a specification or a form, "OS: Windows 10", "Memory: 4 GB", "- Storage: 110 GB":
#: a label of at most three words before a colon, and a short value. A product's requirements
#: under "Recommended" are such fields; a teaser headline is not one.
FIELD_LINE: Final = re.compile(r"^(?:[-–—•*·] )?[^\W\d][\w®™&/.()-]*(?: [\w®™&/.()-]+){0,2} ?: \S")
FIELD_MAX_WORDS: Final = 12
#: A bullet printed alone on its line, its item's text on the next.
BARE_BULLET: Final = re.compile(r"^[-–—•*·]$")


def bare_bullet(text: str) -> bool:
    """Whether *text* is a bullet alone (BARE_BULLET), asked of the pattern only for a line of
    two characters or fewer (the bullet, and the newline "$" lets through)."""
    return len(text) <= 2 and BARE_BULLET.match(text) is not None

#: Categories whose marker near the end starts an appeal block (donation, newsletter, paywall).
APPEAL_CATEGORIES: Final = frozenset({"donation", "subscribe", "paywall", "app", "social", "navigation"})
#: Categories whose words, in a block after the marker, show that the block is an appeal.
APPEAL_EVIDENCE: Final = frozenset({"donation", "subscribe", "paywall"})
#: Kept lines that may sit between the marker and a removed appeal line and go with them.
APPEAL_SANDWICH_LINES: Final = 3
#: A tail of short lines after a marker past the article's last paragraph: how many, how short.
SHORT_TAIL_MAX_LINES: Final = 40
SHORT_TAIL_WORDS: Final = 8
#: An appeal block at the foot holds at most this many lines ...
APPEAL_MAX_LINES: Final = 8
#: ... and at most this share of the document's words.
APPEAL_MAX_SHARE: Final = 0.4

#: An author's biography is looked for among this many last kept lines.
BIO_LAST_LINES: Final = 3
#: "Jane Doe is a freelance journalist ...": a name, then a writer's role within a few words.
BIO: Final = re.compile(
    r"^(?:[A-Z][\w'’.-]{1,20} |\([^)]{1,40}\) ){1,4}(?:is|was) (?:an? |the )(?:[\w&,-]{1,25} ){0,8}?"
    r"(?i:journalist|writer|reporter|editor|correspondent|contributor|columnist|author|freelancer|"
    r"photographer|producer|critic|blogger|founder|co-founder|ceo|expert|consultant|specialist|"
    r"strategist|analyst|executive|director|manager|researcher|scientist|professor|lecturer|coach|"
    r"designer|developer|engineer|marketer|entrepreneur|veteran|enthusiast|advocate|attorney|lawyer|"
    r"physician|nutritionist|dietitian|therapist|historian|educator|teacher|evangelist|"
    r"storyteller|traveler|traveller|practitioner|strategist)s?\b"
    # the author introducing themselves: "Hi, I'm Ashley, and I oversee ...", "I'm the founder of"
    r"|(?i:^(?:hi|hello|hey)?[,!]? ?(?:and welcome[!,.]? )?i'?m (?:the )?(?:[a-z][\w'’.-]{1,20} ){0,3}"
    r"(?:,? and i |the )?(?:[\w&-]{1,20} ){0,4}(?:editor|founder|writer|author|creator|owner|host)\b)"
)
#: A biography as long as a paragraph goes only when it is a writer's: the paragraph that ends a
#: news story often introduces someone the same way ("Tom Baker is the director of the water
#: authority. He said ..."), and such a paragraph is the article's.
BIO_WRITER: Final = re.compile(
    r"\b(?:journalists?|writers?|reporters?|editors?|correspondents?|contributors?|columnists?|authors?|"
    r"freelancer|freelance|bloggers?|writes|has written|contributes|covers|editor-in-chief)\b",
    re.IGNORECASE,
)
#: ... and no reporting: a paragraph in which someone said or told something is the story's, even
#: when it introduces a reporter.
BIO_REPORTED: Final = re.compile(r"\b(?:said|says|told|according to)\b", re.IGNORECASE)


def related_blocks(doc: Document) -> None:
    """A related-stories header takes the teaser headlines under it, and a one-line summary
    between two of them (headline, summary, headline, ...). A related link that is itself a
    headline ("Read also: Ferry fares rise") heads no list, unless nothing but teasers follows
    it to the end of the text."""
    for i in range(len(doc)):
        reason = doc.reasons.get(i)
        if reason is None or reason[1] != "related":
            continue
        if doc.words[i] > 6:
            _teasers_to_the_end(doc, i)
            continue
        end = min(len(doc), i + 1 + MAX_TEASERS)
        block, k = _teaser_list(doc, i, end)
        # Teasers from the top of the page, past the longest related box and on: the page is a
        # listing, its items its content (a section's "Latest" over its stories, each with its
        # summary), and so is such a list under a short introduction, longer than it. Under an
        # article, a long teaser list is still related.
        above = sum(doc.words[:i])
        if end < len(doc) and (
            (above < MIN_ARTICLE_WORDS and k == end and _is_teaser(doc, end))
            or _is_listing(doc, i, above)
        ):
            continue
        # Fields ("OS: Windows 10", "Memory: 4 GB") under "Recommended" are a specification; a
        # headline with a label ("Review: ...") among teasers is one of them.
        if 2 * sum(1 for k in block if _is_field(doc, k)) >= len(block) > 0:
            continue
        for k in block:
            doc.add(k, "block:related", "related")


def _teaser_list(doc: Document, i: int, end: int) -> tuple[list[int], int]:
    """The teaser list under the related header at *i*, looked for up to line *end*: its lines
    (headlines, and a one-line summary between two of them) and the line where it stops."""
    after_teaser = False
    # A list whose items are headlines alone (two in a row) has no summaries further down: a
    # paragraph after its last headline, before the article's next subheading, is the article's.
    headlines_only = False
    block: list[int] = []
    bulleted: bool | None = None  # whether the list's items open with a bullet
    k = i + 1
    while k < end:
        if doc.removed(k):
            after_teaser = False
        elif _is_teaser(doc, k) and (bulleted is None or bulleted == _bulleted(doc, k)):
            headlines_only = headlines_only or after_teaser
            block.append(k)
            after_teaser = True
            if bulleted is None:
                bulleted = _bulleted(doc, k)
        elif (
            after_teaser
            and not headlines_only
            and doc.words[k] <= TEASER_SUMMARY_WORDS
            and k + 1 < end
            and _is_teaser(doc, k + 1)
            and not _introduces_list(doc, k)
        ):
            block.append(k)
            after_teaser = False
        else:
            break
        k += 1
    return block, k


def _is_listing(doc: Document, i: int, above: int) -> bool:
    """Whether the teasers after the related header at *i* are a listing's items: more than
    MAX_TEASERS headlines (:func:`_teaser_lines`) under fewer than MIN_ARTICLE_WORDS words of
    text, or under fewer words than the list holds, or under more of the listing's items up to
    the top of the text (a section page's "More news" between two of its lists)."""
    headlines, words, _ = _teaser_lines(doc, range(i + 1, len(doc)))
    if headlines > MAX_TEASERS and (above < MIN_ARTICLE_WORDS or words > above):
        return True
    before, _, to_top = _teaser_lines(doc, range(i - 1, -1, -1))
    return to_top and headlines + before > MAX_TEASERS


def _teaser_lines(doc: Document, order: range) -> tuple[int, int, bool]:
    """The teaser-shaped lines met in *order* from a related header: headlines of any length up
    to a summary's, each perhaps beside one summary, until a paragraph, a line that introduces
    a list, or two lines that are no headline in a row. How many headlines, how many words, and
    whether they run to the end of *order*."""
    headlines, words, after_headline = 0, 0, True
    for k in order:
        if doc.removed(k):
            continue
        if doc.words[k] > TEASER_SUMMARY_WORDS or _introduces_list(doc, k):
            return headlines, words, False
        if _is_teaser(doc, k) or (doc.words[k] > TEASER_WORDS[1] and not doc.texts[k].endswith(_SENTENCE_END)):
            headlines, after_headline = headlines + 1, True
        elif after_headline:
            after_headline = False
        else:
            return headlines, words, False
        words += doc.words[k]
    return headlines, words, True


#: How a sentence, not a headline, ends.
_SENTENCE_END: Final = (".", "!", "?", ":", ";")


def _teasers_to_the_end(doc: Document, i: int) -> None:
    """Remove the kept lines after the related link at *i* when they are all teasers to the end
    of the text: at least MIN_LINKED_TEASERS headlines, each perhaps followed by one summary, and
    the text's last line already removed (a sub-heading and a short paragraph can end an article;
    a page's furniture ends the teaser list)."""
    if not doc.removed(len(doc) - 1):
        return
    block: list[int] = []
    headlines, after_headline = 0, False
    for k in range(i + 1, len(doc)):
        if doc.removed(k):
            continue
        if _is_teaser(doc, k):
            headlines, after_headline = headlines + 1, True
        elif after_headline and doc.words[k] <= TEASER_SUMMARY_WORDS:
            after_headline = False
        else:
            return
        block.append(k)
        if len(block) > 2 * MAX_TEASERS:
            return
    if headlines >= MIN_LINKED_TEASERS:
        for k in block:
            doc.add(k, "block:related", "related")


#: A sentence's full stop inside closing quotes: a quoted sentence of prose ("... half the
#: water.”"), not a headline (a headline that quotes someone ends with the quote's mark alone).
_QUOTED_STOP: Final = re.compile(r"[.!?…]\s?[\"”“’'»«]+$")


def _is_teaser(doc: Document, k: int) -> bool:
    """Whether line *k* has a teaser headline's shape: a few words, not a sentence (nor a quoted
    one), not a line that introduces a list (ends with a colon)."""
    low, high = TEASER_WORDS
    if not low <= doc.words[k] <= high:
        return False
    text = doc.texts[k].rstrip()
    return not text.endswith((".", ":")) and _QUOTED_STOP.search(text) is None


def _is_field(doc: Document, k: int) -> bool:
    """Whether line *k* is a field of a specification ("Memory: 4 GB"; see FIELD_LINE)."""
    return doc.words[k] <= FIELD_MAX_WORDS and FIELD_LINE.match(doc.texts[k]) is not None


def _bulleted(doc: Document, k: int) -> bool:
    """Whether line *k* opens with a bullet ("- ", "• "): a list's items share that shape."""
    return doc.texts[k][:2] in BULLETS


#: Bullets that open a list item on its own line.
BULLETS: Final = frozenset({"- ", "– ", "— ", "• ", "* ", "· "})


def _introduces_list(doc: Document, k: int) -> bool:
    """Whether line *k* ends with a colon: it introduces what follows, it summarises no teaser."""
    return doc.texts[k].rstrip().endswith(":")


def teaser_runs(doc: Document) -> None:
    """Teaser lists without a header: items that each open with a date ("05/12/2020 - 15:10") or
    a bare bullet ("-") and hold a headline or a one-line summary. Such a list at the very top,
    before the article, goes; so does a bulleted one at the very end, after it. A dated list at
    the end is left alone: a live blog's updates have the same shape and are the article."""
    first = doc.first_paragraph()
    if first is None:
        return
    reasons = doc.reasons
    kept = [i for i in range(len(doc)) if i not in reasons]
    if not kept:
        return
    head = _teaser_run(doc, kept, 0, dated=True)
    # A list that stops at a date of its own form (an entry longer than a teaser's summary), or
    # whose dates go on a line or two after where it stops (an entry with a summary or a byline
    # more), goes on past it: the dated entries are the page's (a blog's, a section's or a
    # newsroom's listing), not a box. A date of another form is the article's own dateline under
    # the box, and one date of its form is its dateline too.
    if (
        head is not None
        and _kept_words(doc, kept[head:]) >= MIN_CLOSING_WORDS
        and not _dates_go_on(doc, kept, head, _date_shape(doc.texts[kept[0]]))
    ):
        for i in kept[:head]:
            doc.add(i, "block:teasers", "related")
    words_before = 0
    counts, texts = doc.words, doc.texts
    for start, i in enumerate(kept):
        if words_before >= MIN_ARTICLE_WORDS and bare_bullet(texts[i]):
            # A list of more items than a box of other stories holds (MAX_TEASERS), or of more
            # words than the text above it, is the page's: a listing's entries (a headline and a
            # summary in each item). Under an article, the list of other stories is a few items.
            if (
                _teaser_run(doc, kept, start, dated=False) == len(kept)
                and sum(1 for k in kept[start:] if bare_bullet(texts[k])) <= MAX_TEASERS
                and _kept_words(doc, kept[start:]) <= words_before
            ):
                for k in kept[start:]:
                    doc.add(k, "block:teasers", "related")
            return
        words_before += counts[i]


#: A blog's "recent posts" list as a widget prints it: a bulleted title, a dash and the post's
#: date, "- Just This Next Step - December 16, 2019". A month written out, a day and a year, or
#: the date in figures. A title that ends in a figure is the first half of a date range (a
#: course's "- Spring term 12.01.26 - 10.04.26"), not a post's.
DATED_TITLE: Final = re.compile(
    r"^[-–—•*·] \S.{1,160}[^\d\s] [-–—|] "
    r"(?:[^\W\d_]{3,12}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}\.? [^\W\d_]{3,12}\.? \d{4}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})$"
)


def dated_title_runs(doc: Document) -> None:
    """A run of at least MIN_TEASER_ITEMS consecutive bulleted titles that each end with a date
    (:data:`DATED_TITLE`), before the article's first paragraph or after its last: a list of
    other posts. Inside the article such a run may be a timeline, and is left alone."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    if first is None or last is None:
        return
    reasons, texts = doc.reasons, doc.texts
    kept = [i for i in range(len(doc)) if i not in reasons and (i < first or i > last)]
    run: list[int] = []
    for i in [*kept, -1]:
        dated = i >= 0 and DATED_TITLE.match(texts[i]) is not None
        if dated and (not run or i == run[-1] + 1):
            run.append(i)
            continue
        if len(run) >= MIN_TEASER_ITEMS:
            for k in run:
                doc.add(k, "block:teasers", "related")
        run = [i] if dated else []


#: A dated list goes on past where its teaser rhythm stops when the dates of its form do: at least
#: MIN_RESUMED_DATES more of them, each within RESUME_LINES kept lines of the one before (the
#: first counted from where the list stops). A listing's entry with a summary or a byline more
#: puts a line or two between two dates; an article under a box of dated teasers has one dateline.
MIN_RESUMED_DATES: Final = 2
RESUME_LINES: Final = 3


def _dates_go_on(doc: Document, kept: list[int], stop: int, shape: str) -> bool:
    """Whether dates of the form *shape* go on after a dated list that stops at ``kept[stop]``
    (see MIN_RESUMED_DATES)."""
    found, last = 0, stop
    for k in range(stop, min(len(kept), stop + RESUME_LINES * (MIN_RESUMED_DATES + 1))):
        if k - last > RESUME_LINES:
            return False
        if _is_teaser_marker(doc, kept[k], dated=True) and _date_shape(doc.texts[kept[k]]) == shape:
            if k == stop:
                return True  # the list stops at a date of its own form: an entry longer than a teaser
            found, last = found + 1, k
            if found >= MIN_RESUMED_DATES:
                return True
    return False


def _teaser_run(doc: Document, kept: list[int], start: int, dated: bool) -> int | None:
    """Where a teaser list opening at ``kept[start]`` ends (an index into *kept*), or None when
    no list of MIN_TEASER_ITEMS items opens there. With *dated*, its markers are dates (a time
    alone marks a live blog's update, not a teaser); else bare bullets."""
    k, items = start, 0
    shape: str | None = None  # the form of the list's first date, read once there is one
    while k < len(kept) and _is_teaser_marker(doc, kept[k], dated):
        if dated:
            form = _date_shape(doc.texts[kept[k]])
            if shape is None:
                shape = form
            elif form != shape:
                break  # a list's dates share one form; the article's own dateline has its own
        body = k + 1
        if dated:
            if body < len(kept) and not _is_teaser_marker(doc, kept[body], dated) and (
                doc.words[kept[body]] <= TEASER_SUMMARY_WORDS
            ):
                body += 1
        else:
            while (
                body < len(kept)
                and body - k <= BULLET_ITEM_LINES
                and not _is_teaser_marker(doc, kept[body], dated)
                and doc.words[kept[body]] <= TEASER_ITEM_WORDS
            ):
                body += 1
            if _kept_words(doc, kept[k + 1:body]) < BULLET_ITEM_MIN_WORDS:
                break
        if body == k + 1:
            break
        items, k = items + 1, body
    return k if items >= MIN_TEASER_ITEMS else None


_DIGITS: Final = re.compile(r"\d+")
_LETTERS: Final = re.compile(r"[^\W\d_]+")


def _date_shape(text: str) -> str:
    """The form of a date line: each run of digits a 0, each word an a.

    >>> _date_shape("12/03/2025 - 18:40"), _date_shape("Jueves, 13 de marzo de 2025 - 08:30")
    ('0/0/0 - 0:0', 'a, 0 a a a 0 - 0:0')
    """
    return _LETTERS.sub("a", _DIGITS.sub("0", text.strip()))


def _is_teaser_marker(doc: Document, i: int, dated: bool) -> bool:
    if dated:
        return doc.meta(i) == "stamp" and not TIME_ONLY.match(doc.lines[i].norm)
    return bare_bullet(doc.texts[i])


def _kept_words(doc: Document, indices: list[int]) -> int:
    counts = doc.words
    return sum(counts[i] for i in indices)


def appeal_blocks(doc: Document) -> None:
    """A marker near the end (a donation or newsletter line, "Read more") starts a block that runs
    to the end of the document when that block is short and speaks the language of appeals; a
    donation, newsletter or paywall marker after the article's last paragraph also takes a tail
    made only of short lines (a plan table, a sign-up form)."""
    if not doc.config.tail_blocks:
        return
    first, last = doc.first_paragraph(), doc.last_paragraph()
    if first is None or last is None:
        return
    total = doc.total_words or 1
    # Look for the marker among the last APPEAL_MAX_LINES kept lines (and the removed ones among
    # them): footer lines that rules already took do not push the appeal out of reach.
    reasons = doc.reasons
    window, kept_seen = len(doc), 0
    while window > first + 1 and kept_seen <= APPEAL_MAX_LINES:
        window -= 1
        kept_seen += window not in reasons
    for m in range(min(window, last + 1), len(doc)):
        reason = reasons.get(m)
        if reason is None or reason[1] not in APPEAL_CATEGORIES:
            continue
        block = range(m + 1, len(doc))
        kept = [k for k in block if k not in reasons]
        if not kept:
            return
        short_tail = (
            m > last
            and reason[1] in APPEAL_EVIDENCE
            and len(kept) <= SHORT_TAIL_MAX_LINES
            and all(doc.words[k] <= SHORT_TAIL_WORDS for k in kept)
            and (len(kept) <= APPEAL_MAX_LINES or _speaks_appeal(doc, kept))
        )
        if short_tail or (m >= window and _appeal_evidence(doc, block, kept, total)):
            for k in kept:
                doc.add(k, "block:appeal", reason[1] if reason[1] in APPEAL_EVIDENCE else "donation")
            return


#: A long tail of short lines is a form or a plan table when at least this share of its lines
#: speak of donations, subscriptions or paywalls, or hold a figure (a price, a term): a plan
#: table's prices are a few of its lines, its features the rest.
SHORT_TAIL_APPEAL_SHARE: Final = 1 / 6


def _speaks_appeal(doc: Document, kept: list[int]) -> bool:
    """Whether a tail of short lines reads as a sign-up form or a plan table rather than a
    list of the page's own (a listing's items, a library's forms under a newsletter line)."""
    cues = doc.cue_counts()
    speaking = sum(
        1 for k in kept
        if has_digit(doc.texts[k])
        or any(category in APPEAL_EVIDENCE for category in cues[k])
        or ((found := doc.weak_match(k)) is not None and found.category in APPEAL_EVIDENCE)
    )
    return speaking >= SHORT_TAIL_APPEAL_SHARE * len(kept)


def _appeal_evidence(doc: Document, block: range, kept: list[int], total: int) -> bool:
    """The kept lines of a block are one appeal: one of them speaks of donations, subscriptions
    or paywalls, or a few sit before such a removed line ("Donate now"); and they are no large
    part of the document."""
    if _kept_words(doc, kept) > APPEAL_MAX_SHARE * total:
        return False
    if any((found := doc.weak_match(k)) is not None and found.category in APPEAL_EVIDENCE for k in kept):
        return True
    return len(kept) <= APPEAL_SANDWICH_LINES and any(
        doc.reasons[k][1] in APPEAL_EVIDENCE for k in block if k > kept[0] and doc.removed(k)
    )


#: A box of appeal lines (a newsletter sign-up, a donation request, a subscription offer) is a run
#: of consecutive lines that each speak its language (a cue word or a rule of those categories);
#: a line of at most APPEAL_RUN_GAP_WORDS words without one (a button, "Email") may sit inside
#: it. A run is a box with at least APPEAL_RUN_MIN_LINES lines and APPEAL_RUN_MIN_HITS cues and
#: rules in all; a line longer than APPEAL_RUN_LINE_WORDS is prose and ends it.
APPEAL_RUN_MIN_LINES: Final = 2
APPEAL_RUN_MIN_HITS: Final = 3
APPEAL_RUN_LINE_WORDS: Final = CUE_MAX_WORDS  # the longest line whose cues are counted
APPEAL_RUN_GAP_WORDS: Final = 3
#: A box's evidence for each of its lines grows with its cues and rules, full at this many.
APPEAL_RUN_FULL_HITS: Final = 6
#: A box is dense with them: at least one cue or rule in APPEAL_RUN_WORDS_PER_HIT words, and its
#: lines no longer than APPEAL_RUN_MEAN_WORDS on average; and it is no large part of the text
#: (APPEAL_MAX_SHARE). Paragraphs of an article about fundraising mention donations now and
#: then; a sign-up box is made of such words.
APPEAL_RUN_WORDS_PER_HIT: Final = 10
APPEAL_RUN_MEAN_WORDS: Final = 25
#: A sentence of the article beside a box ("The newsletter, which she founded in 2019, now has
#: 40,000 readers.") holds one cue word and no rule: a sentence at the box's edge of at least
#: APPEAL_RUN_EDGE_WORDS words with a single cue, no rule, and that does not speak to the reader
#: ("you", "your": the box's own pitch does) is left out of the box.
APPEAL_RUN_EDGE_WORDS: Final = 16
_READER_WORDS: Final = re.compile(r"\b(you|your|you're|you'll)\b", re.IGNORECASE)
#: ... and that ends as a sentence ends (in CJK text too: "。").
_PROSE_END: Final = (*SENTENCE_END, "。")
#: The title of a box at the foot of the text has at most this many words.
APPEAL_RUN_TITLE_WORDS: Final = 5


def appeal_runs(doc: Document) -> None:
    """Boxes of appeal lines anywhere in the text (``block:appeal-run``): the sign-up box between
    two paragraphs, the membership pitch at the foot, whatever their wording, when their lines
    hold the words of appeals together."""
    cues, matches, counts = doc.cue_counts(), doc.matches(), doc.words
    run: list[int] = []
    appeal_end = 0  # the run up to its last appeal line (a short line after it is not the box's)
    line_hits: dict[int, dict[str, int]] = {}
    texts = doc.texts
    topics = cue_topics(cues, matches, texts)
    for i in [*range(len(doc)), -1]:
        if i >= 0 and counts[i] <= APPEAL_RUN_LINE_WORDS:
            line_cues = cues[i]
            hits = (
                {c: n for c, n in line_cues.items() if c in APPEAL_EVIDENCE and c not in topics} if line_cues else {}
            )
            found = matches[i]
            # A reference's term ("Newsletter" over its definition in a glossary) is no button.
            if found is not None and found.category in APPEAL_EVIDENCE and not is_defined_term(doc, i):
                hits[found.category] = hits.get(found.category, 0) + 1
            # A line of code ('{"name": "Jane", "email": ...}') is a sample's, whatever its
            # words: it ends a run as prose does. Asked only of a line that would join a run.
            if (hits or (run and counts[i] <= APPEAL_RUN_GAP_WORDS)) and not is_code(texts[i]):
                if hits:
                    run.append(i)
                    appeal_end = len(run)
                    line_hits[i] = hits
                    continue
                run.append(i)
                continue
        if not run:
            continue  # no box ends here (most lines)
        # On a page laid out in sections a box lies within one of them: the run is judged as the
        # boxes between the section headings it crosses (see SECTIONS_MIN).
        for box in _within_sections(doc, run[:appeal_end], line_hits):
            _judge_run(doc, box, line_hits)
        run, appeal_end, line_hits = [], 0, {}


def _judge_run(doc: Document, box: list[int], line_hits: dict[int, dict[str, int]]) -> None:
    """Give every line of *box* (a run of appeal lines, see :func:`appeal_runs`) the run's
    evidence if it is dense enough in appeal words to be a box and no guard says otherwise."""
    counts, matches, texts = doc.words, doc.matches(), doc.texts
    tally: dict[str, int] = {}
    for k in box:
        for category, n in line_hits.get(k, {}).items():
            tally[category] = tally.get(category, 0) + n
    total = sum(tally.values())
    words = sum(counts[k] for k in box)
    if not (
        len(box) >= APPEAL_RUN_MIN_LINES
        and total >= APPEAL_RUN_MIN_HITS
        and words <= APPEAL_RUN_WORDS_PER_HIT * total
        and words <= APPEAL_RUN_MEAN_WORDS * len(box)
        and words <= APPEAL_MAX_SHARE * doc.total_words
        and not _answers_questions(doc, box)
        and not _in_procedure(doc, box, line_hits)
        and not _listing_entry(doc, box, line_hits)
    ):
        return
    category = max(sorted(tally), key=lambda name: tally[name])
    # The box is judged whole; an article sentence at its edge is not the box's.
    while box and _prose_edge(box[0], line_hits, counts, matches, texts):
        box = box[1:]
    while box and _prose_edge(box[-1], line_hits, counts, matches, texts):
        box = box[:-1]
    strength = min(1.0, total / APPEAL_RUN_FULL_HITS)
    for k in box:
        doc.add(k, "block:appeal-run", category, strength=strength)
    # The box's title over it at the foot of the text ("The Morning Dispatch" over its pitch and
    # sign-up line): a short line that is no sentence, with nothing after the box but lines
    # already removed.
    if box and box[0] > 0 and all(k in doc.reasons for k in range(box[-1] + 1, len(doc))):
        title = box[0] - 1
        if (
            counts[title] <= APPEAL_RUN_TITLE_WORDS
            and title not in doc.reasons
            and not texts[title].rstrip().endswith(SENTENCE_END)
        ):
            doc.add(title, "block:appeal-run", category, strength=strength)


#: A page laid out in sections, a short heading over a paragraph each ("Write", "Send", "Grow" on
#: a newsletter service's page, see safety.heading_over_paragraph), holds at least SECTIONS_MIN
#: of them. A box on it lies within one section: a run of cue words that crosses a heading (one
#: with no cue and no rule) is judged as the runs between the headings, and the page's sections
#: that speak of its subject are no box.
SECTIONS_MIN: Final = 3


def _within_sections(doc: Document, box: list[int], line_hits: dict[int, dict[str, int]]) -> list[list[int]]:
    """*box* cut at the section headings it crosses on a page laid out in sections (see
    SECTIONS_MIN), each part up to its last appeal line; *box* whole on any other page."""
    headings = [k for k in box[1:-1] if k not in line_hits and _section_heading(doc, k)]
    if not headings or sum(1 for k in range(len(doc) - 1) if _section_heading(doc, k)) < SECTIONS_MIN:
        return [box]
    parts: list[list[int]] = [[]]
    for k in box:
        if k in headings:
            parts.append([])
        else:
            parts[-1].append(k)
    for part in parts:
        while part and part[-1] not in line_hits:
            part.pop()
    return [part for part in parts if part]


def _section_heading(doc: Document, k: int) -> bool:
    """Whether line *k* is a section's heading, with no cue and no rule (see SECTIONS_MIN)."""
    return heading_over_paragraph(doc, k) and not doc.cue_counts()[k] and doc.match(k) is None


#: A page's questions and answers (a service's or a product's FAQ: "Can I cancel anytime?" over
#: "Yes. You can cancel your plan at any time from your account settings.") speak of subscribing,
#: trials and e-mail as a sign-up box does. A box holding at least FAQ_MIN_PAIRS questions, each
#: a line that ends with a question mark over an answer, is that FAQ: ...
FAQ_MIN_PAIRS: Final = 2
#: ... an answer being a sentence of at least this many words that ends with a stop, not with a
#: question mark. A box's questions are the reader's to answer ("Enjoyed this article?" over
#: "Sign up for our newsletter"), a question or two with a button or a short pitch under it.
FAQ_ANSWER_MIN_WORDS: Final = 8
_QUESTION_END: Final = ("?", "？")
_ANSWER_END: Final = (".", "!", "。", "！")


def _answers_questions(doc: Document, box: list[int]) -> bool:
    """Whether *box* (with the line above it, a question its first line answers) holds
    FAQ_MIN_PAIRS questions each answered on the line under it, neither of them a line a rule of
    the appeal categories takes ("Already a subscriber?")."""
    texts, counts, matches = doc.texts, doc.words, doc.matches()
    pairs = 0
    for k in range(max(0, box[0] - 1), box[-1] + 1):
        if (
            k + 1 < len(doc)
            and texts[k].rstrip().endswith(_QUESTION_END)
            and counts[k + 1] >= FAQ_ANSWER_MIN_WORDS
            and texts[k + 1].rstrip().rstrip(CLOSERS).endswith(_ANSWER_END)
            and not _rule_in([k, k + 1], matches)
        ):
            pairs += 1
            if pairs >= FAQ_MIN_PAIRS:
                return True
    return False


#: A documentation page's steps ("Click Sign up.", "Enter your email address and choose a
#: password.") speak as a sign-up form does. A box is a procedure's steps when it stands under a
#: step's heading ("Step 1: Create an account", "Schritt 2", "Étape 3 :"), at most
#: PROCEDURE_HEADING_LINES lines above its first line, ...
PROCEDURE_HEADING_LINES: Final = 3
STEP_HEADING: Final = re.compile(
    r"^(?:step|schritt|étape|etape|paso|passo|stap|krok|шаг|steg|trin)\s?\d{1,2}\b", re.IGNORECASE
)
#: ... or when it is items of a numbered list that goes on past it: the line above its first
#: line or under its last one is numbered next to it ("1. Open the console.", "2. Click Sign
#: up.") and speaks no appeal's words. A sign-up box's lines are no ordered list; a bulleted one
#: lists what its newsletter brings, bullets without an appeal's words among them.
_ITEM_NUMBER: Final = re.compile(r"^(\d{1,2})[.)]\s")


def _in_procedure(doc: Document, box: list[int], line_hits: dict[int, dict[str, int]]) -> bool:
    """Whether *box* is steps of a procedure (see STEP_HEADING, _ITEM_NUMBER)."""
    texts = doc.texts
    if any(STEP_HEADING.match(texts[k]) for k in range(max(0, box[0] - PROCEDURE_HEADING_LINES), box[0])):
        return True
    for inner, outer in ((box[0], box[0] - 1), (box[-1], box[-1] + 1)):
        if 0 <= outer < len(doc) and outer not in line_hits:
            first, second = _ITEM_NUMBER.match(texts[inner]), _ITEM_NUMBER.match(texts[outer])
            if first is not None and second is not None and abs(int(first[1]) - int(second[1])) == 1:
                return True
    return False


def _rule_in(lines: list[int], matches: list[Match | None]) -> bool:
    """Whether one of *lines* matches a rule of the appeal categories."""
    return any((found := matches[k]) is not None and found.category in APPEAL_EVIDENCE for k in lines)


#: A listing's entries (a library's events, a course programme) are headed alike: a label of at
#: most ENTRY_LABEL_WORDS words and a colon ("Workshop: Getting started with email", "Webinar:",
#: "Kurs:"). An entry about e-mail speaks of inboxes and spam as a sign-up box does; a box whose
#: first line is so headed is such an entry when another line of the text, with no appeal's words,
#: bears the same label ("Workshop: Video calls with family"). A sign-up box is no series.
ENTRY_LABEL_WORDS: Final = 2
_ENTRY_LABEL: Final = re.compile(rf"^(\w+(?: \w+){{0,{ENTRY_LABEL_WORDS - 1}}})\s?[:：]\s*\S")


def _listing_entry(doc: Document, box: list[int], line_hits: dict[int, dict[str, int]]) -> bool:
    """Whether *box* opens with an entry's label (see ENTRY_LABEL_WORDS) that another line of the
    text without an appeal's words bears too."""
    texts = doc.texts
    label = _ENTRY_LABEL.match(texts[box[0]])
    if label is None or label[1].isdigit():
        return False
    prefix = label[1].casefold()
    cues, matches = doc.cue_counts(), doc.matches()
    for k in range(len(doc)):
        if box[0] <= k <= box[-1] or k in line_hits:
            continue
        other = _ENTRY_LABEL.match(texts[k])
        if (
            other is not None
            and other[1].casefold() == prefix
            and not any(c in APPEAL_EVIDENCE for c in cues[k] or ())
            and not _rule_in([k], matches)
        ):
            return True
    return False


def _prose_edge(
    k: int, line_hits: dict[int, dict[str, int]], counts: list[int], matches: list[Match | None], texts: list[str]
) -> bool:
    """Whether line ``k`` at a box's edge is an article sentence beside it: long, one cue word,
    no rule of the appeal categories."""
    found = matches[k]
    return (
        counts[k] >= APPEAL_RUN_EDGE_WORDS
        and sum(line_hits.get(k, {}).values()) <= 1
        and (found is None or found.category not in APPEAL_EVIDENCE)
        and texts[k].rstrip().endswith(_PROSE_END)
        and _READER_WORDS.search(texts[k]) is None
    )


def author_bio(doc: Document) -> None:
    """An author's biography among the last lines ("Jane Doe is a freelance journalist covering
    ...") and the label over it ("About the author", "Contributor")."""
    reasons = doc.reasons
    kept: list[int] = []
    for i in range(len(doc) - 1, -1, -1):
        if i not in reasons:
            kept.append(i)
            if len(kept) == BIO_LAST_LINES:
                break
    longest = doc.config.max_rule_line_words
    for i in reversed(kept):
        text = doc.texts[i]
        if not BIO.match(text):
            continue
        # A paragraph of prose (long, ending as a sentence ends) is a biography only when a
        # writer's: the block's evidence outweighs the prose's (decision.BLOCK_FEATURES).
        if (doc.words[i] > longest and text.endswith(SENTENCE_END)
                and not (BIO_WRITER.search(text) and not BIO_REPORTED.search(text))):
            continue  # the story's closing paragraph, and the sub-heading over it is the story's
        doc.add(i, "block:author-bio", "other")
        above = i - 1
        if above >= 0 and not doc.removed(above) and doc.words[above] <= 3:
            doc.add(above, "block:author-bio", "other")
