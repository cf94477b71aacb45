"""The ``tail`` family: what ends the article, and what follows it. A reader-comment section
(``tail:comments``) and the lines after a line that closes an article: a copyright line, a tag
line, an empty comment section's header, the author's contact line (``tail:after-*``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

from boilerstrip.heuristics.comment_meta import (
    CONTROLS,
    LOOSE_REACTION,
    META_MAX_WORDS,
    NO_REACTION,
    is_letter_closing,
)
from boilerstrip.heuristics.lexicon import ends_sentence_above
from boilerstrip.heuristics.listing import listing_entries, without_entry_counts
from boilerstrip.heuristics.safety import heading_over_paragraph, thread_address, titled_replies
from boilerstrip.heuristics.shape import NO_SHAPE

#: Words of article text that must precede a tail block: a marker before the article has said
#: anything is a menu item, not the start of the comments.
MIN_ARTICLE_WORDS: Final = 40
#: Comment-section markers further apart than this many lines are not one section's rhythm.
MAX_MARKER_GAP: Final = 8
#: A section's first marker may be this many lines from the next whatever the rhythm after it
#: (see _stands_apart).
LOOSE_GAP: Final = 3
#: Markers after the first one that prove a comment section.
MIN_FOLLOWING_MARKERS: Final = 2

#: A section's first marker (other than a header) recurs among this many markers after it.
RHYTHM_WINDOW: Final = 3

#: A line a comments rule matches ("52 comments", "Leave a Reply"): a section's header, which
#: opens a section and comes once; and one that is also a control printed under every comment
#: ("Reply"), which keeps a comment's rhythm as a control does (a header does not: a rhythm of
#: dates that a header follows is a dated list, not comments).
HEADER: Final = "header"
CONTROL_HEADER: Final = "control-header"
HEADERS: Final = frozenset({HEADER, CONTROL_HEADER})
#: Marker kinds that say who wrote a comment and when: a section proven by rhythm holds one.
CORE_MARKERS: Final = frozenset({"byline", "stamp", "score"})
#: Words of readers talking: to the author or each other, of themselves, thanking, exclaiming,
#: in the languages with shipped rules (as normalised, so lower case). A comment body speaks so
#: line after line; an article's prose, most of it, does not.
CONVERSATION: Final = re.compile(
    r"(?:^|\W)(?:i|i'm|i've|i'd|i'll|my|me|you|you're|your|thanks|thank you|thx|lol|wow|"
    r"ich|mein|meine|mir|mich|du|dich|dir|ihr|danke|"
    r"je|j'ai|moi|mon|ma|mes|tu|vous|votre|merci|"
    r"yo|mi|me|tú|usted|gracias|"
    r"io|mio|mia|grazie|"
    r"eu|meu|minha|você|obrigad[oa]|"
    r"я|мне|меня|мой|моя|ты|вы|спасибо|"
    r"ik|mijn|jij|je|jullie|bedankt|"
    r"ja|mój|moja|ty|dzięki|dziękuję)(?:\W|$)|[!?]\s*$"
)
#: A header with no other marker after it is corroborated by readers talking in the lines after
#: it: at least this share of the next CONVERSATION_LINES lines (and two of them) talk so, and
#: they are no longer, on average, than CONVERSATION_MEAN_WORDS words.
CONVERSATION_SHARE: Final = 0.5
CONVERSATION_LINES: Final = 8
CONVERSATION_MEAN_WORDS: Final = 70
#: Controls that a live blog prints under each of its entries as a comment system does under each
#: comment ("Share", "Link to this post"): a marker of their own kind, ENTRY_CONTROL.
ENTRY_CONTROLS: Final = frozenset({"share", "like", "permalink", "link to this"})
ENTRY_CONTROL: Final = "entry-control"
#: Marker kinds that an article's own text can show too (datelines, names, an entry's share
#: control): a section proven by these alone is no section (a live blog's timestamps, each entry
#: with its "Share", are the article).
WEAK_MARKERS: Final = frozenset({"stamp", "handle", "signature", ENTRY_CONTROL})
#: A header with no other marker after it opens a section only when at most this many words
#: follow it to the end: a comment form ("Leave a Reply", "Name", "Email", "Post Comment").
FORM_MAX_WORDS: Final = 80
#: ... and when no two lines in a row after it are sentences of the article's kind: at least
#: FORM_PROSE_WORDS words that no rule and no cue word speaks for. A form's lines are labels,
#: buttons and a notice here and there ("Your email address will not be published"); the last
#: paragraphs of an article that a stray label ("Comments", "Reply") stands above are prose. Nor
#: may a heading after it stand over such a paragraph: a short page's section on comments (a
#: language's comment syntax) followed by its other sections is no form (see _sections_follow).
FORM_PROSE_WORDS: Final = 8
#: Reader reactions (see :func:`~boilerstrip.heuristics.comment_meta.is_reaction`) that prove a
#: comment section no header announces: at least this many ...
MIN_REACTIONS: Final = 3
#: ... each within this many lines of the comment evidence before it (a reaction or a marker),
#: the last of them this many lines or fewer from the document's end (counting only the lines
#: no other evidence removes): most comments are a few lines, and one in a few opens as a
#: reaction does.
REACTION_GAP: Final = 20
#: ... and it opens at the first of them that the next one follows within this many lines.
REACTION_START_GAP: Final = 6
#: A letter's closing formula is this many words or fewer.
LETTER_CLOSING_WORDS: Final = 6
#: Words of article a section proven by reactions alone must follow: a discussion thread's
#: opening post, answered by readers as a comment section is, is shorter most of the time.
MIN_REACTION_ARTICLE_WORDS: Final = 300
#: A rhythm of markers (no header) that ends at its last marker, no marker following it, with
#: more words after it than in it, over more than MAX_MARKER_GAP lines, is no comment section:
#: testimonials quoted on a service page ("Posted on Trustpilot by ...") have a comment's rhythm,
#: and the page goes on after them (see :func:`_rhythm_end`).
RHYTHM_END_SHARE: Final = 1.0
#: A header over the site's rules for commenting opens a section when at most this many words
#: follow it to the end, and this many of the CONVERSATION_LINES lines after it speak of comments.
POLICY_MAX_WORDS: Final = 400
POLICY_LINES: Final = 2
#: "0 comments", "no comments yet", "Reader comments (0)": a header that announces no section.
ZERO_COUNT: Final = re.compile(r"^(?:0|no|zero|keine|aucun|sin|nessun|sem|нет|geen|brak)\b|\(0\)$")
#: "Be the first to comment", as the comment rules of each language word it: the invitation of a
#: section with no comment in it yet, over its form. No comment can follow it, so a line of prose
#: after it is not one (see _form_follows).
FIRST_COMMENT: Final = re.compile(
    r"first to comment|primero en comentar|premier à commenter|primo a commentare|primeiro a comentar"
    r"|ersten kommentar|als eerste een reactie|eerste die reageert|первым, кто|первый комментарий"
    r"|першим, хто|перший коментар|jako pierwszy|pierwszy, który|první, kdo|ilk yorumu|最初のコメント|抢沙发|첫 댓글"
)
#: Words of article that must come before a closing line for it to close the article.
MIN_CLOSING_WORDS: Final = 100
#: An author's contact line is short; a longer line mentioning how to reach someone is prose.
CONTACT_MAX_WORDS: Final = 40
#: The words of a software licence's notice and grant, in the languages with shipped rules (as
#: normalised, so lower case): a line that holds them, right after a copyright line, makes that
#: line a licence notice (see :func:`_licence_notice`). A site's footer says "all rights
#: reserved", or offers "a licence to reproduce material": no software licence by name.
LICENCE: Final = re.compile(
    r"permission is hereby granted|free software|spdx-license-identifier|redistribution and use|"
    r"licensed under|(?:mit|apache|bsd|mozilla public|general public) licen[cs]e|"
    r"use of this source code is governed|"
    r"hiermit wird .{0,80}erlaubnis|freie software|unter der .{0,20}lizenz|"
    r"logiciel libre|sous (?:la )?licence|software libre|bajo la licencia|"
    r"sotto (?:la )?licenza|sob a licença|под лицензией|onder de .{0,20}licentie|na licencji"
)
#: The lines after a copyright line that LICENCE is looked for in.
LICENCE_LINES: Final = 2
#: A listing's entry (a headline, a date or byline, a summary of a few sentences) holds at most
#: this many words: a closing line of the same kind again after no more words than that is the
#: next entry's, and the first one closed only its entry (see :func:`_recurs`). An article, even
#: a short one after another on an endless-scroll page, is longer.
ENTRY_MAX_WORDS: Final = 150
#: A post's tag line ("Tags: budget, ferries", "Filed under: Local", "Schlagwörter: ...") in the
#: languages with shipped rules, as normalised. Blogs and magazines print it where the article
#: ends: what follows is furniture, or the next article of an endless-scroll page. Labels that
#: also head an article's own lists ("Categories:", "Keywords:") are left out.
TAG_LINE: Final = re.compile(
    r"^(?:tags|tagged|tagged with|tagged as|filed under|filed in|related topics|related tags|"
    r"schlagwörter|schlagworte|stichwörter|stichworte|"
    r"étiquettes|mots-clés|mots clés|"
    r"etiquetas|"
    r"tag|argomenti|"
    r"tópicos|"
    r"теги|тэги|метки|"
    r"trefwoorden|"
    r"tagi|słowa kluczowe)\s?:\s?\S"
)


#: What a page's copyright notice says beside the sign: a year, "all rights reserved".
_NOTICE: Final = re.compile(r"(?:^|\D)(?:19|20)\d\d(?:\D|$)|\brights\b|\breserved\b")


def closes_with_copyright(norm: str) -> bool:
    """Whether a legal line (as normalised) is the page's copyright notice, which closes the
    article: "copyright ...", or "©" with a year or the rights reserved. A photo's credit
    ("© Jane Doe", under each picture of a gallery or a listing) closes the article only where
    it is the page's one line opening with the sign (see :func:`closing_lines`).

    >>> closes_with_copyright("© 2025 harbour courier media ltd."), closes_with_copyright("© jane doe")
    (True, False)
    """
    return "copyright" in norm or (norm.startswith("©") and _NOTICE.search(norm) is not None)


def _signs(doc: Document) -> int:
    """How many lines open with a copyright sign (a table's cell bars aside): a credit under
    each picture of a page, or one notice."""
    return sum(1 for text in doc.texts if text.lstrip("| ").startswith("©"))


def comment_section(doc: Document) -> None:
    """Cut a reader-comment section: from its first marker to the end of the document.

    A section starts at a comment header ("52 comments", "Leave a Reply") or at a comment's
    metadata line (byline, timestamp, reply control, vote score) after the article's first
    paragraph, and must be corroborated: a header by another marker close after it, or by what
    follows being no more than a comment form; a metadata line by more markers following at a
    comment's rhythm, among them a byline, a timestamp or a score (the who and when of a
    comment). One label line never takes the prose after it.

    Every line of the section gets ``tail:comments``. On a discussion thread's address
    (:func:`~boilerstrip.heuristics.safety.thread_address`), or in a text whose replies repeat its
    title as their subject (:func:`~boilerstrip.heuristics.safety.titled_replies`), the replies
    are the page: no cut.
    """
    if not doc.config.tail_blocks or thread_address(doc.url):
        return
    first = doc.first_paragraph()
    if first is None:
        return
    markers: list[tuple[int, str]] = []
    # Markers count only after the first paragraph and MIN_ARTICLE_WORDS words of article.
    counts = doc.words
    begin = _after_words(counts, first, MIN_ARTICLE_WORDS, len(counts))
    matches, lines = doc.matches(), doc.lines
    for i in range(begin, len(counts)):
        found = matches[i]
        if found is not None and found.category == "comments" and not ends_sentence_above(doc, i):
            line = lines[i]
            # A table cell saying "Comments:" labels a column, not a section.
            if not ZERO_COUNT.search(line.norm) and not line.text.startswith("|"):
                # "Reply", "Report": a control printed under every comment, which a rule names
                # too, opens a section as a header does and keeps a comment's rhythm as a control.
                markers.append((i, CONTROL_HEADER if doc.meta(i) == "control" else HEADER))
        elif counts[i] <= META_MAX_WORDS:
            kind = doc.meta(i)
            if kind is not None:
                markers.append((i, ENTRY_CONTROL if kind == "control" and lines[i].norm in ENTRY_CONTROLS else kind))
    markers = without_entry_counts(doc, markers)
    if not doc.config.unmarked_comments:
        # Only a header ("52 comments", "Leave a Reply") may open a section: a rhythm of
        # bylines and timestamps alone is evidence the precision preset does not act on.
        markers = [marker for marker in markers if marker[1] in HEADERS]
    words_after = _words_after(counts)
    start = _first_proven_marker(
        markers,
        lambda i: words_after[i] <= FORM_MAX_WORDS and _form_follows(doc, i) and not _sections_follow(doc, i),
        lambda i: _readers_talk(doc, i) or _reaction_follows(doc, i) or _policy_follows(doc, i, words_after),
    )
    if doc.config.unmarked_comments:
        unmarked = _reaction_section(doc, markers, begin)
        if unmarked is not None and (start is None or unmarked < start):
            start = unmarked
    # A listing's entries, each with its comment count or byline, are the page's; a thread's
    # replies titled with its title are the thread's, wherever it is served from.
    if start is None or listing_entries(doc, markers, start) or titled_replies(doc.texts):
        return
    # A rhythm that the page goes on after (see _rhythm_end) is testimonials or reviews quoted
    # inside the page, and the page's own: a comment section runs to the end.
    if _rhythm_end(doc, markers, start) < len(doc):
        return
    for i in range(start, len(doc)):
        doc.add(i, "tail:comments", "comments")


def _rhythm_end(doc: Document, markers: list[tuple[int, str]], start: int) -> int:
    """Where a rhythm opened at *start* ends: the document's end, unless it is a rhythm of markers
    with no header (a header announces the comments, and what follows it is theirs) whose last
    marker no other follows, and the lines after that marker are more than MAX_MARKER_GAP and
    hold more words (of lines nothing else removes) than the rhythm up to it, RHYTHM_END_SHARE
    times over: then it was a run of quoted testimonials or reviews inside the page, and it ends
    at its last marker (and is no comment section). A comment section runs to the page's end, or
    to a form and a footer of a few lines."""
    end = len(doc)
    at = next((k for k, (line, _) in enumerate(markers) if line == start), None)
    if at is None or markers[at][1] in HEADERS:
        return end
    last = markers[-1][0]
    if any(b - a > MAX_MARKER_GAP for (a, _), (b, _) in pairwise(markers[at:])):
        return end
    if end - (last + 1) <= MAX_MARKER_GAP:
        return end
    counts, reasons = doc.words, doc.reasons
    inside = sum(counts[start:last + 1])
    after = sum(counts[i] for i in range(last + 1, end) if i not in reasons)
    return last + 1 if after > RHYTHM_END_SHARE * inside else end


def _words_after(counts: list[int]) -> list[int]:
    """For each line, the words from it to the end of the document."""
    after = [0] * (len(counts) + 1)
    for i in range(len(counts) - 1, -1, -1):
        after[i] = after[i + 1] + counts[i]
    return after


def _after_words(counts: list[int], first: int, least: int, end: int) -> int:
    """The first line after line *first* (the first paragraph) that has at least *least* words
    of text above it, or *end* if none before it does."""
    begin, words_before = first + 1, sum(counts[: first + 1])
    while begin < end and words_before < least:
        words_before += counts[begin]
        begin += 1
    return begin


def _form_follows(doc: Document, header: int) -> bool:
    """Whether the lines after a header (to the end) can be a comment form or an empty section's
    furniture: no two of them in a row are prose (see FORM_PROSE_WORDS; a header with a count
    may stand over the one comment it counts), and none after an invitation to comment first
    (FIRST_COMMENT: the prose after it is the article's, under a stray label)."""
    cues, matches, counts = doc.cue_counts(), doc.matches(), doc.words
    # The prose a header may stand over: one line, or none after an invitation to comment first.
    allowed = 0 if FIRST_COMMENT.search(doc.lines[header].norm) else 1
    run = 0
    for k in range(header + 1, len(doc)):
        run = run + 1 if counts[k] >= FORM_PROSE_WORDS and matches[k] is None and not cues[k] else 0
        if run > allowed:
            return False
    return True


def _readers_talk(doc: Document, header: int) -> bool:
    """Whether the lines after a comment header read as comments (see CONVERSATION): a header
    that is no comment control ("Reply", "Report") over readers talking opens a section even
    where the extractor dropped every comment's byline and date."""
    if doc.lines[header].norm in CONTROLS:
        return False
    window = range(header + 1, min(len(doc), header + 1 + CONVERSATION_LINES))
    if len(window) < 2:
        return False
    talking = sum(1 for k in window if CONVERSATION.search(doc.lines[k].norm))
    mean_words = sum(doc.words[k] for k in window) / len(window)
    return talking >= 2 and talking >= CONVERSATION_SHARE * len(window) and mean_words <= CONVERSATION_MEAN_WORDS


def _policy_follows(doc: Document, header: int, words_after: list[int]) -> bool:
    """Whether a header stands over the site's rules for commenting and little else: at most
    POLICY_MAX_WORDS words follow it to the end, POLICY_LINES of the lines after it speak of
    comments (a cue word or a comments rule: "Comments must not exceed 2,500 characters"), and no
    heading after it stands over a paragraph of another subject (_sections_follow): the rules
    close the page, where a page's section on comments (a language's comment syntax) is followed
    by its other sections ("Line continuation" over how to continue a line)."""
    if words_after[header + 1] > POLICY_MAX_WORDS:
        return False
    speaking = sum(
        1 for k in range(header + 1, min(len(doc), header + 1 + CONVERSATION_LINES)) if _speaks_of_comments(doc, k)
    )
    if speaking < POLICY_LINES:
        return False
    return not _sections_follow(doc, header)


def _sections_follow(doc: Document, header: int) -> bool:
    """Whether a heading after line *header* stands over a paragraph of another subject (the
    page goes on; see :func:`~boilerstrip.heuristics.safety.heading_over_paragraph`), neither
    of them removed nor speaking of comments, the heading no address (a trackback's)."""
    reasons = doc.reasons
    return any(
        heading_over_paragraph(doc, k)
        and k not in reasons
        and k + 1 not in reasons
        and doc.shape_kind(k) == NO_SHAPE
        and not _speaks_of_comments(doc, k)
        and not _speaks_of_comments(doc, k + 1)
        for k in range(header + 1, len(doc) - 1)
    )


def _speaks_of_comments(doc: Document, k: int) -> bool:
    """Whether line *k* speaks of comments: a comments cue word or a comments rule's match."""
    found = doc.match(k)
    return bool(doc.cue_counts()[k].get("comments")) or (found is not None and found.category == "comments")


def _reaction_follows(doc: Document, header: int) -> bool:
    """Whether a reader's reaction follows a header within MAX_MARKER_GAP lines."""
    return any(doc.reaction(k) != NO_REACTION for k in range(header + 1, min(len(doc), header + 1 + MAX_MARKER_GAP)))


def _reaction_section(doc: Document, markers: list[tuple[int, str]], begin: int) -> int | None:
    """The first line of a comment section that readers' reactions prove, or None.

    The extractor may have dropped every header, byline and date of a section and kept the
    comments' bodies alone. They still read as comments: lines that open as readers answer a post
    ("Great article!", "Thanks for sharing", "Hi Melissa,", "I agree", "lol", a smiley). The last
    run of comment evidence (reactions and markers other than weak ones, each within REACTION_GAP
    lines of the one before) proves a section when it holds MIN_REACTIONS reactions and runs to
    the end: no more than REACTION_GAP lines that nothing else removes follow it. The section
    opens at the run's first line that only a reader writes, close to the next evidence, after
    any letter's closing, and after MIN_REACTION_ARTICLE_WORDS words of article; the comments
    before it are left. The run is read from the end backwards, so an article without comments
    costs the look at its last lines only.
    """
    # The section opens at a line (start) with MIN_REACTIONS reactions from it on, so at most at
    # the MIN_REACTIONS-th line from the end, and after MIN_REACTION_ARTICLE_WORDS words: a
    # document with fewer words above that line has no such section, and no line of it need be
    # asked how it opens (the costliest test of the comment search).
    if sum(doc.words[: max(0, len(doc) - MIN_REACTIONS)]) < MIN_REACTION_ARTICLE_WORDS:
        return None
    # A date or a handle is evidence an article holds too: it links no reactions.
    strong = {line for line, kind in markers if kind not in WEAK_MARKERS}
    reasons = doc.reasons
    evidence: list[int] = []  # the run, from the end backwards
    reactions = 0
    kept_after = 0
    for i in range(len(doc) - 1, begin - 1, -1):
        if evidence and evidence[-1] - i > REACTION_GAP:
            break
        if doc.reaction(i) != NO_REACTION:
            reactions += 1
        elif i not in strong:
            if not evidence and i not in reasons:
                kept_after += 1
                if kept_after > REACTION_GAP:
                    return None
            continue
        evidence.append(i)
    if reactions < MIN_REACTIONS:
        return None
    evidence.reverse()
    first = 0
    # The section opens at a line only a reader writes (or a comment's own marker), where the
    # evidence comes close together: a bare "Thanks!" or a smiley, or a reaction far above the
    # next one, may be the article's own.
    while first < len(evidence) - 1 and (
        evidence[first + 1] - evidence[first] > REACTION_START_GAP
        or doc.reaction(evidence[first]) == LOOSE_REACTION
    ):
        first += 1
    # A letter the article quotes opens and thanks as a reader does ("Dear Sophia,", "Thank you for
    # writing me"): the section starts after its closing ("Sincerely,"), if anywhere.
    closing = _last_letter_closing(doc, evidence[first])
    while first < len(evidence) - 1 and evidence[first] <= closing:
        first += 1
    start = evidence[first]
    if start <= closing or sum(1 for i in evidence[first:] if doc.reaction(i) != NO_REACTION) < MIN_REACTIONS:
        return None
    if sum(doc.words[:start]) < MIN_REACTION_ARTICLE_WORDS:
        return None
    return start


def _last_letter_closing(doc: Document, begin: int) -> int:
    """The last line from *begin* on that closes a letter ("Yours sincerely,"), or -1."""
    texts = doc.texts
    for i in range(len(doc) - 1, begin - 1, -1):
        if doc.words[i] <= LETTER_CLOSING_WORDS and is_letter_closing(texts[i]):
            return i
    return -1


def _first_proven_marker(
    markers: list[tuple[int, str]], form_follows: Callable[[int], bool], readers_talk: Callable[[int], bool]
) -> int | None:
    """The line of the first marker that opens a corroborated comment section, or None.

    A header is corroborated by another marker within MAX_MARKER_GAP lines after it, by a comment
    form or an empty section's furniture after it to the end (*form_follows*), or by readers
    talking in the lines after it (*readers_talk*). Any
    other marker needs MIN_FOLLOWING_MARKERS more markers after it, each within MAX_MARKER_GAP
    lines of the one before, its own kind again among the next RHYTHM_WINDOW of them (every
    comment repeats its byline or timestamp, where an article's own "Colon writes:" before a
    quote is a single line of its kind), a byline, timestamp or score among them (a run of
    code identifiers or edit links has the rhythm but no who or when), and not all of them weak
    (a live blog's timestamps have the rhythm too). One backward pass gives each marker the end
    of its chain and the next core and strong markers, so this is linear.
    """
    count = len(markers)
    chain_end = [0] * count  # index (into markers) of the last marker of the chain starting here
    next_core = [count] * count  # index of the first core marker at or after here
    next_strong = [count] * count  # index of the first marker not weak at or after here
    for k in range(count - 1, -1, -1):
        linked = k + 1 < count and markers[k + 1][0] - markers[k][0] <= MAX_MARKER_GAP
        chain_end[k] = chain_end[k + 1] if linked else k
        later_core = next_core[k + 1] if k + 1 < count else count
        later_strong = next_strong[k + 1] if k + 1 < count else count
        next_core[k] = k if markers[k][1] in CORE_MARKERS else later_core
        next_strong[k] = k if markers[k][1] not in WEAK_MARKERS and markers[k][1] != HEADER else later_strong
    for k, (line, kind) in enumerate(markers):
        if kind in HEADERS:
            if chain_end[k] > k or form_follows(line) or readers_talk(line):
                return line
            continue
        if (
            chain_end[k] - k >= MIN_FOLLOWING_MARKERS
            and not (kind in WEAK_MARKERS and _stands_apart(markers, k))
            and next_core[k] <= chain_end[k]
            and next_strong[k] <= chain_end[k]
            and any(markers[j][1] == kind for j in range(k + 1, min(chain_end[k], k + RHYTHM_WINDOW) + 1))
        ):
            return line
    return None


def _stands_apart(markers: list[tuple[int, str]], k: int) -> bool:
    """Whether marker *k* stands apart from the rhythm of the two after it: further from the next
    than LOOSE_GAP lines and than twice the gap between the next two. A date (a weak marker) at
    the article's end, a few paragraphs above a list of dated comments, is the article's own; a
    comment's byline above a long first comment is not, and is not asked."""
    gap = markers[k + 1][0] - markers[k][0]
    return gap > max(LOOSE_GAP, 2 * (markers[k + 2][0] - markers[k + 1][0]))


def closing_lines(doc: Document) -> None:
    """Lines that close an article end it, and what follows them is the page's furniture: a
    copyright line ("Copyright 2007 Associated Press. All rights reserved."), a post's tag line
    ("Tags: ferries, harbour"), an empty comment section's header ("No comments yet"), all three
    removed too, or the author's contact line
    ("Staff writer Jane Doe can be reached at ..."; kept, it is the article's own)."""
    if not doc.config.tail_blocks:
        return
    first = doc.first_paragraph()
    if first is None:
        return
    lines, reasons, counts = doc.lines, doc.reasons, doc.words
    # A closing line only removes lines after it: once every line from here to the end is
    # removed already, nothing can change (and the long lines of a cut comment section are
    # not normalised for nothing).
    end = len(lines)
    while end > 0 and end - 1 in reasons:
        end -= 1
    for i in range(_after_words(counts, first, MIN_CLOSING_WORDS, end), end):
        reason = reasons.get(i)
        if reason is None:
            if counts[i] > CONTACT_MAX_WORDS or not doc.contact(i):
                continue
            closes, rule_id, category = True, "tail:after-contact", "other"
        elif reason[1] == "comments":
            # "No comments yet", "Reader comments (0)": where the comments would begin
            closes = ZERO_COUNT.search(lines[i].norm) is not None
            rule_id, category = "tail:after-comments", "comments"
        elif reason[1] == "navigation":
            closes = TAG_LINE.match(lines[i].norm) is not None
            rule_id, category = "tail:after-tags", "related"
        elif reason[1] == "legal":
            # A paragraph that is a notice by its first sentence only (heuristics.lexicon's
            # leads: "© 2024 Studio Nord. All rights reserved. Every print ... is made to
            # order ...") goes on about the page: it is the page's paragraph, not its last line.
            norm = lines[i].norm
            closes = (
                counts[i] <= doc.config.max_rule_line_words
                and (closes_with_copyright(norm) or (norm.startswith("©") and _signs(doc) == 1))
                and not _licence_notice(doc, i)
            )
            rule_id, category = "tail:after-copyright", "legal"
        else:
            continue
        if closes and not _recurs(doc, i, rule_id):
            for k in range(i + 1, len(doc)):
                doc.add(k, rule_id, category)
            return


def _licence_notice(doc: Document, i: int) -> bool:
    """Whether the copyright line at *i* is a licence notice the page quotes rather than its own
    footer: one of the LICENCE_LINES lines after it names a software licence or its grant
    ("Permission is hereby granted", "This is free software", "SPDX-License-Identifier: MIT",
    "Licensed under the Apache License"). A project's documentation, a README's licence section,
    a program's version banner print one, and the page goes on after it; a site's notice is
    followed by its links."""
    return any(LICENCE.search(doc.lines[k].norm) for k in range(i + 1, min(len(doc), i + 1 + LICENCE_LINES)))


def _closes_as(doc: Document, k: int, rule_id: str) -> bool:
    """Whether line *k* is a closing line of the kind *rule_id* names, as a listing's entry
    repeats it: a tag line, a comment count or header (any count: "0 Comments" and "3 Comments"
    under two entries), a copyright line, an author's contact line."""
    reason = doc.reasons.get(k)
    if rule_id == "tail:after-contact":
        return reason is None and doc.words[k] <= CONTACT_MAX_WORDS and doc.contact(k)
    if reason is None:
        return False
    if rule_id == "tail:after-comments":
        return reason[1] == "comments"
    if rule_id == "tail:after-tags":
        return reason[1] == "navigation" and TAG_LINE.match(doc.lines[k].norm) is not None
    return reason[1] == "legal" and doc.lines[k].norm.startswith(("©", "copyright"))


def _recurs(doc: Document, i: int, rule_id: str) -> bool:
    """Whether the closing line at *i* comes back after a listing entry's worth of text: a line
    of its kind (:func:`_closes_as`) after at most ENTRY_MAX_WORDS words of kept lines. A blog's
    index or a section page prints a tag line, a comment count, a credit or the author's contact
    under each entry; what follows the first of them is the next entry, not the page's furniture.
    An article that ends with one is followed by furniture, or by another whole article."""
    words = 0
    counts, reasons = doc.words, doc.reasons
    for k in range(i + 1, len(doc)):
        if _closes_as(doc, k, rule_id):
            return True
        if k not in reasons:
            words += counts[k]
            if words > ENTRY_MAX_WORDS:
                return False
    return False
