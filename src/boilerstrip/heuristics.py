"""Stages 2 and 3: classify each line, then revise by position, blocks and neighbours.

Each stage is a function ``stage(doc) -> None`` that marks removals on a :class:`Document`;
:func:`run` applies them in order. Tunable thresholds live in :class:`~boilerstrip.config.Config`,
fixed ones as named constants here.

Every heuristic id is ``family:name`` (``tail:comments``, ``shape:menu``), so that
``Config(disabled={"shape:menu"})`` switches one off.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from boilerstrip.comments import META_MAX_WORDS, TIME_ONLY
from boilerstrip.rules import Kind
from boilerstrip.text.document import Document
from boilerstrip.text.shape import has_digit

#: A line that is nothing but a web address.
BARE_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
#: "Home > News > World": short segments joined by arrow-like separators.
BREADCRUMB = re.compile(r"^[^>›»]{1,40}(?:\s+[>›»]\s+[^>›»]{1,60}){2,8}$")
#: A menu laid out in one table row or one line: "| Home | News | Sport | Weather |".
MENU_ROW_SPLIT = re.compile(r"\s[|·•]\s|^\||\|$")
MENU_ROW_MIN_CELLS = 4
#: A menu item: a few words, no sentence punctuation at the end, no digits.
MENU_ITEM_MAX_WORDS = 3
_SENTENCE_END = tuple(".!?:;,…\"”'’)")
#: Words that open a byline or dateline, which sit among short lines at the head but are article.
_BYLINE_OPENERS = frozenset({"by", "von", "par", "por", "di", "door", "от", "przez", "de", "posted", "written"})

#: Words of article text that must precede a tail block: a marker before the article has said
#: anything is a menu item, not the start of the comments.
MIN_ARTICLE_WORDS = 40
#: Comment-section markers further apart than this many lines are not one section's rhythm.
MAX_MARKER_GAP = 8
#: Markers after the first one that prove a comment section.
MIN_FOLLOWING_MARKERS = 2

#: A section's first marker (other than a header) recurs among this many markers after it.
RHYTHM_WINDOW = 3

#: Marker kinds that an article's own text can show too (datelines, names): a section proven by
#: these alone is no section.
WEAK_MARKERS = frozenset({"stamp", "handle", "signature"})
#: "0 comments", "no comments yet", "Reader comments (0)": a header that announces no section.
ZERO_COUNT = re.compile(r"^(?:0|no|zero|keine|aucun|sin|nessun|sem|нет|geen|brak)\b|\(0\)$")

#: A related-stories header is followed by at most this many teaser headlines.
MAX_TEASERS = 12
#: A teaser's one-line summary, between two teaser headlines, has at most this many words.
TEASER_SUMMARY_WORDS = 40
#: Teaser headlines that must follow a related link to the end of the text for them to go with it.
MIN_LINKED_TEASERS = 2
#: Teaser headlines have this many words (fewer is a menu item, more is prose).
TEASER_WORDS = (3, 22)
#: A teaser list without a header: items that each open with a marker line (a date, or a bare
#: bullet such as "-"). At least this many items make a list.
MIN_TEASER_ITEMS = 3
#: A dated item is its date and one summary of at most TEASER_SUMMARY_WORDS: a live blog's or a
#: blog's own entries under a date run longer, or to several paragraphs.
#: A bulleted item holds a headline and its summary: at most this many lines after the bullet,
#: each at most TEASER_ITEM_WORDS long, and at least BULLET_ITEM_MIN_WORDS in all (a list of
#: captions or short points under bare bullets is the article's).
BULLET_ITEM_LINES = 2
TEASER_ITEM_WORDS = 60
BULLET_ITEM_MIN_WORDS = 15
#: A bullet printed alone on its line, its item's text on the next.
BARE_BULLET = re.compile(r"^[-–—•*·]$")
#: Categories whose marker near the end starts an appeal block (donation, newsletter, paywall).
APPEAL_CATEGORIES = frozenset({"donation", "subscribe", "paywall", "app", "social", "navigation"})
#: Categories whose words, in a block after the marker, show that the block is an appeal.
APPEAL_EVIDENCE = frozenset({"donation", "subscribe", "paywall"})
#: Kept lines that may sit between the marker and a removed appeal line and go with them.
APPEAL_SANDWICH_LINES = 3
#: A tail of short lines after a marker past the article's last paragraph: how many, how short.
SHORT_TAIL_MAX_LINES = 40
SHORT_TAIL_WORDS = 8
#: An appeal block at the foot holds at most this many lines ...
APPEAL_MAX_LINES = 8
#: ... and at most this share of the document's words.
APPEAL_MAX_SHARE = 0.4

#: Words of article that must come before a closing line for it to close the article.
MIN_CLOSING_WORDS = 100
#: An author's contact line is short; a longer line mentioning how to reach someone is prose.
CONTACT_MAX_WORDS = 40
#: Short lines that may sit between two removals of one category and go with them.
MAX_SANDWICH = 3
#: An author's biography is looked for among this many last kept lines.
BIO_LAST_LINES = 3
#: "Jane Doe is a freelance journalist ...": a name, then a writer's role within a few words.
BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]{1,20} ){1,3}(?:is|was) (?:an? |the )(?:[\w-]{1,20} ){0,6}?"
    r"(?:journalist|writer|reporter|editor|correspondent|contributor|columnist|author|freelancer|"
    r"photographer|producer|critic|blogger)s?\b"
)
#: A post's tag line ("Tags: budget, ferries", "Filed under: Local", "Schlagwörter: ...") in the
#: languages with shipped rules, as normalised. Blogs and magazines print it where the article
#: ends: what follows is furniture, or the next article of an endless-scroll page. Labels that
#: also head an article's own lists ("Categories:", "Keywords:") are left out.
TAG_LINE = re.compile(
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

#: Removals that count as certain whatever the safety check says: a proven comment section, and
#: what follows a line that closes the article.
_CERTAIN_IDS = (
    "tail:comments", "tail:after-copyright", "tail:after-contact", "tail:after-comments", "tail:after-tags",
)


def classify_rules(doc: Document) -> None:
    """Remove every line a rule matches on its own."""
    for i, found in enumerate(doc.matches()):
        if found is not None:
            doc.remove(i, found.rule_id, found.category)


def classify_shapes(doc: Document) -> None:
    """Remove lines whose shape alone gives them away: breadcrumbs anywhere, and bare URLs
    outside the article body (inside it, a URL is often the article's own reference)."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    for i, (count, text) in enumerate(zip(doc.words, doc.texts, strict=True)):
        if count == 1 and BARE_URL.match(text):
            if first is None or last is None or not first < i < last:
                doc.remove(i, "shape:url", "navigation")
        elif (
            count <= 16
            # BREADCRUMB needs one of its separators: substring tests are far cheaper than a match.
            and (">" in text or "›" in text or "»" in text)
            and BREADCRUMB.match(text)
        ):
            doc.remove(i, "shape:breadcrumb", "navigation")
        elif (
            count <= 40
            and ("|" in text or "·" in text)
            and _is_menu_row(text)
            and not _next_to_data_row(doc, i)
        ):
            doc.remove(i, "shape:menu-row", "navigation")


def _is_menu_row(text: str) -> bool:
    """At least MENU_ROW_MIN_CELLS cells, each a menu item's few words without digits."""
    if has_digit(text):
        return False  # a digit is in some cell (the separators hold none): no need to split
    cells = [cell.strip() for cell in MENU_ROW_SPLIT.split(text.strip())]
    cells = [cell for cell in cells if cell]
    return len(cells) >= MENU_ROW_MIN_CELLS and all(
        len(cell.split()) <= MENU_ITEM_MAX_WORDS for cell in cells
    )


def _next_to_data_row(doc: Document, i: int) -> bool:
    """A row of short words above or below a table row with figures is that table's header."""
    for k in (i - 1, i + 1):
        if 0 <= k < len(doc):
            text = doc.texts[k]
            if text.startswith("|") and has_digit(text):
                return True
    return False


def _is_menu_item(doc: Document, i: int) -> bool:
    # The word count first: it spares normalising the article's long lines. A table row's
    # cells are judged on the words of its normal form below, however many the row has.
    if doc.words[i] > MENU_ITEM_MAX_WORDS + 2 and "|" not in doc.texts[i]:
        return False
    norm = doc.lines[i].norm
    if not norm:
        return False
    words = norm.split()
    text = doc.texts[i].strip(" |\t")
    return (
        len(words) <= MENU_ITEM_MAX_WORDS
        and not has_digit(norm)
        and not text.endswith(_SENTENCE_END)
        and words[0] not in _BYLINE_OPENERS
    )


def menu_runs(doc: Document) -> None:
    """Runs of menu items before the article's first paragraph or after its last one."""
    first, last = doc.first_paragraph(), doc.last_paragraph()
    if first is None or last is None:
        return
    reasons, counts = doc.reasons, doc.words
    # The line just above the first paragraph is the headline (or standfirst), however short.
    head_end = first - 1 if first > 0 and first - 1 not in reasons else first
    zones = (range(0, head_end), range(last + 1, len(doc)))
    for zone in zones:
        run: list[int] = []
        for i in [*zone, -1]:
            if i >= 0 and (_is_menu_item(doc, i) or (i in reasons and counts[i] <= 6)):
                run.append(i)
                continue
            if i >= 0 and not counts[i]:
                continue  # an empty table row ("|  |  |") neither makes nor breaks a run
            if not run:
                continue  # nothing to decide: an empty run removes nothing
            # At the very top a shorter run will do when a rule has already marked part of it:
            # a section label over a share bar ("Science", "Share") is a menu of two.
            needed = doc.config.menu_min_run
            if run[0] == 0 and any(k in reasons for k in run):
                needed = 2
            if len(run) >= needed and not all(k in reasons for k in run):
                for k in run:
                    doc.remove(k, "shape:menu", "navigation")
            run = []


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
        after_teaser = False
        for k in range(i + 1, end):
            if doc.removed(k):
                after_teaser = False
                continue
            if _is_teaser(doc, k):
                doc.remove(k, "block:related", "related")
                after_teaser = True
            elif (
                after_teaser
                and doc.words[k] <= TEASER_SUMMARY_WORDS
                and k + 1 < end
                and _is_teaser(doc, k + 1)
            ):
                doc.remove(k, "block:related", "related")
                after_teaser = False
            else:
                break


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
            doc.remove(k, "block:related", "related")


def _is_teaser(doc: Document, k: int) -> bool:
    low, high = TEASER_WORDS
    return low <= doc.words[k] <= high and not doc.texts[k].rstrip().endswith(".")


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
    if head is not None and _kept_words(doc, kept[head:]) >= MIN_CLOSING_WORDS:
        for i in kept[:head]:
            doc.remove(i, "block:teasers", "related")
    words_before = 0
    counts, texts = doc.words, doc.texts
    for start, i in enumerate(kept):
        if words_before >= MIN_ARTICLE_WORDS and BARE_BULLET.match(texts[i]):
            if _teaser_run(doc, kept, start, dated=False) == len(kept):
                for k in kept[start:]:
                    doc.remove(k, "block:teasers", "related")
            return
        words_before += counts[i]


def _teaser_run(doc: Document, kept: list[int], start: int, dated: bool) -> int | None:
    """Where a teaser list opening at ``kept[start]`` ends (an index into *kept*), or None when
    no list of MIN_TEASER_ITEMS items opens there. With *dated*, its markers are dates (a time
    alone marks a live blog's update, not a teaser); else bare bullets."""
    k, items = start, 0
    while k < len(kept) and _is_teaser_marker(doc, kept[k], dated):
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


def _is_teaser_marker(doc: Document, i: int, dated: bool) -> bool:
    if dated:
        return doc.meta(i) == "stamp" and not TIME_ONLY.match(doc.lines[i].norm)
    return BARE_BULLET.match(doc.texts[i]) is not None


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
        )
        if short_tail or (m >= window and _appeal_evidence(doc, block, kept, total)):
            for k in kept:
                doc.remove(k, "block:appeal", reason[1] if reason[1] in APPEAL_EVIDENCE else "donation")
            return


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


def comment_section(doc: Document) -> None:
    """Cut a reader-comment section: from its first marker to the end of the document.

    A section starts at a comment header ("52 comments", "Leave a Reply") or at a comment's
    metadata line (byline, timestamp, reply control, vote score) after the article's first
    paragraph, and is proven by more markers following at a comment's rhythm.
    """
    if not doc.config.tail_blocks:
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
        if found is not None and found.category == "comments":
            line = lines[i]
            # A table cell saying "Comments:" labels a column, not a section.
            if not ZERO_COUNT.search(line.norm) and not line.text.startswith("|"):
                markers.append((i, "header"))
        elif counts[i] <= META_MAX_WORDS:
            kind = doc.meta(i)
            if kind is not None:
                markers.append((i, kind))
    if not doc.config.unmarked_comments:
        # Only a header ("52 comments", "Leave a Reply") may open a section: a rhythm of
        # bylines and timestamps alone is evidence the precision preset does not act on.
        markers = [marker for marker in markers if marker[1] == "header"]
    start = _first_proven_marker(markers)
    if start is not None:
        for i in range(start, len(doc)):
            doc.remove(i, "tail:comments", "comments")


def _after_words(counts: list[int], first: int, least: int, end: int) -> int:
    """The first line after line *first* (the first paragraph) that has at least *least* words
    of text above it, or *end* if none before it does."""
    begin, words_before = first + 1, sum(counts[: first + 1])
    while begin < end and words_before < least:
        words_before += counts[begin]
        begin += 1
    return begin


def _first_proven_marker(markers: list[tuple[int, str]]) -> int | None:
    """The line of the first marker that opens a proven comment section, or None.

    A header proves itself; any other marker needs MIN_FOLLOWING_MARKERS more markers after it,
    each within MAX_MARKER_GAP lines of the one before, not all of them weak, and its own kind
    again among the next RHYTHM_WINDOW of them: every comment repeats its byline or timestamp,
    where an article's own "Colon writes:" before a quote is a single line of its kind. One backward pass
    gives each marker the end of its chain and the next strong marker, so this is linear.
    """
    count = len(markers)
    chain_end = [0] * count  # index (into markers) of the last marker of the chain starting here
    next_strong = [count] * count  # index of the first strong marker at or after here
    for k in range(count - 1, -1, -1):
        linked = k + 1 < count and markers[k + 1][0] - markers[k][0] <= MAX_MARKER_GAP
        chain_end[k] = chain_end[k + 1] if linked else k
        strong = markers[k][1] not in WEAK_MARKERS
        next_strong[k] = k if strong else (next_strong[k + 1] if k + 1 < count else count)
    for k, (line, kind) in enumerate(markers):
        if kind == "header":
            return line
        if (
            chain_end[k] - k >= MIN_FOLLOWING_MARKERS
            and next_strong[k] <= chain_end[k]
            and any(markers[j][1] == kind for j in range(k + 1, min(chain_end[k], k + RHYTHM_WINDOW) + 1))
        ):
            return line
    return None


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
            norm = lines[i].norm
            closes = norm.startswith("©") or "copyright" in norm
            rule_id, category = "tail:after-copyright", "legal"
        else:
            continue
        if closes:
            for k in range(i + 1, len(doc)):
                doc.remove(k, rule_id, category)
            return


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
                    doc.remove(k, "neighbours:between-removed", before)
        i = max(end, i + 1)


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
    for i in reversed(kept):
        if BIO.match(doc.texts[i]):
            doc.remove(i, "block:author-bio", "other")
            above = i - 1
            if above >= 0 and not doc.removed(above) and doc.words[above] <= 3:
                doc.remove(above, "block:author-bio", "other")


def safety(doc: Document) -> None:
    """When the removals would take most of a document, keep only the certain ones.

    An article about newsletters or donations is full of lines that look like prompts; what
    survives a wholesale removal is what no article would say: exact boilerplate lines and a
    proven comment section.
    """
    total = doc.total_words
    if not total or not doc.reasons:
        return
    doubtful = {
        i for i, (rule_id, _) in doc.reasons.items()
        if rule_id not in _CERTAIN_IDS and not _is_exact(doc, i)
    }
    counts = doc.words
    certain_words = sum(counts[i] for i in doc.reasons if i not in doubtful)
    doubtful_words = sum(counts[i] for i in doubtful)
    if doubtful_words > doc.config.max_removed_share * max(total - certain_words, 1):
        for i in doubtful:
            del doc.reasons[i]


def _is_exact(doc: Document, i: int) -> bool:
    found = doc.match(i)
    return found is not None and found.rule.kind is Kind.EXACT and found.rule_id == doc.reasons[i][0]


def run(doc: Document) -> None:
    """Apply every stage, in order."""
    for stage in STAGES:
        stage(doc)


STAGES: tuple[Callable[[Document], None], ...] = (
    classify_rules,
    classify_shapes,
    related_blocks,
    comment_section,
    appeal_blocks,
    menu_runs,
    teaser_runs,
    author_bio,
    closing_lines,
    revise_neighbours,
    safety,
)

#: Every heuristic id the stages above give (``family:name``): with the categories and the ids of
#: the rules loaded, what ``Config(disabled=...)`` accepts. A new stage or id goes here too
#: (tests/test_hostile.py checks that every removal carries a rule id or one of these).
HEURISTIC_IDS: frozenset[str] = frozenset({
    "shape:url", "shape:breadcrumb", "shape:menu-row", "shape:menu",
    "block:related", "block:teasers", "block:appeal", "block:author-bio",
    "tail:comments", "tail:after-copyright", "tail:after-contact", "tail:after-comments", "tail:after-tags",
    "neighbours:between-removed",
})


def heuristic_ids() -> frozenset[str]:
    """The ids of the heuristics, for checking the names given to ``Config(disabled=...)``."""
    return HEURISTIC_IDS
