"""The ``safety`` family: evidence for keeping a line, and the valve that keeps an article about
boilerplate (``safety:share``). A line of prose, long and ending as a sentence ends, is the
article's more often than not (``safety:prose``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from boilerstrip.decision import Evidence
    from boilerstrip.text.document import Document

from boilerstrip.heuristics.shape import PLACEHOLDER_SHAPE
from boilerstrip.rules import Kind

#: Removals that count as certain whatever the safety check says: a proven comment section, what
#: follows a line that closes the article, and a template's filler text.
_CERTAIN_IDS: Final = (
    "tail:comments", "tail:after-copyright", "tail:after-contact", "tail:after-comments", "tail:after-tags",
    "shape:placeholder",
)


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
        for i in sorted(doubtful):
            doc.veto(i, "safety:share")


def _is_exact(doc: Document, i: int) -> bool:
    found = doc.match(i)
    return found is not None and found.rule.kind is Kind.EXACT and found.rule_id == doc.reasons[i][0]


#: Characters a sentence ends with (closing quotes and brackets after the stop included).
#: The stops a sentence ends with, and the closing quotes and brackets that may follow the stop.
SENTENCE_STOPS: Final = ".!?…"
CLOSERS: Final = "\"”’')»"
SENTENCE_END: Final = tuple(SENTENCE_STOPS + CLOSERS)


def prose_evidence(doc: Document) -> None:
    """Evidence for keeping each line of prose: longer than a rule may take alone
    (``Config.max_rule_line_words``), and ending as a sentence does. A cookie notice or a
    newsletter pitch of twenty words is a rule's to judge; a paragraph is judged as prose. A
    template's filler text ("Lorem ipsum dolor sit amet, ...") is no prose however long."""
    least = doc.config.max_rule_line_words
    evidence = doc.evidence
    for i, (count, text) in enumerate(zip(doc.words, doc.texts, strict=True)):
        # A paragraph a notice's first sentence opens (heuristics.lexicon.classify_leads) is
        # the notice, not prose.
        if (count > least and text.endswith(SENTENCE_END) and not _opens_notice(evidence.get(i))
                and doc.shape_kind(i) != PLACEHOLDER_SHAPE):
            doc.add(i, "safety:prose", "other")


def _opens_notice(found: list[Evidence] | None) -> bool:
    """Whether a line's evidence so far holds a rule's (on a long line: its first sentence's)."""
    return found is not None and any(item.feature.startswith("rule:") for item in found)


#: The addresses of discussion threads, by the conventions of the software that serves them:
#: a forum's host (forum., forums., community., discuss., boards.) or path segment (/forum/,
#: /threads/, /discussion/), phpBB's viewtopic.php and vBulletin's showthread.php, a topic or
#: question numbered in its path as Discourse, Invision, NodeBB, Flarum, Vanilla and Stack Exchange
#: number them (/t/<slug>/<n>, /topic/<n>-<slug>, /d/<n>-<slug>, /questions/<n>), a /boards/ path,
#: a ShowTopic- page, and Reddit's /r/<sub>/comments/. A plural "/topics/<name>" is a news site's
#: section, not a thread.
THREAD_ADDRESS: Final = re.compile(
    r"^[a-z][a-z0-9+.-]*://(?:[^/?#]*\.)?(?:forums?|community|discuss|discussions|boards?)\.[^/?#]+(?:[/?#]|$)"
    r"|/(?:forums?|threads?|discussions?|boards|viewtopic\.php|showthread\.php|showtopic\.php)(?:[/?#.]|$)"
    r"|/showtopic-"
    r"|/(?:t|topic|d|discussion|questions)/(?:[^/?#]+/)?\d+(?:[-/?#.]|$)"
    r"|/r/[^/?#]+/comments/",
    re.IGNORECASE,
)
#: Addresses longer than this are not read (the pattern is linear; this bounds it anyway).
MAX_ADDRESS_CHARS: Final = 2000


def thread_address(url: str | None) -> bool:
    """Whether *url* is a discussion thread's address: there the replies are the page's content,
    not reader comments under an article, and no comment section is cut.

    >>> thread_address("https://forum.example.org/t/which-lens-for-birds/40024")
    True
    >>> thread_address("https://example.com/threads/new-tank-thoughts.32375/")
    True
    >>> thread_address("https://games.example.com/boards/189706-switch/80702016")
    True
    >>> thread_address("https://news.example.com/topics/climate/story.html")
    False
    >>> thread_address("https://news.example.com/2024/03/board-approves-ferry-timetable.html")
    False
    >>> thread_address(None)
    False
    """
    return url is not None and len(url) <= MAX_ADDRESS_CHARS and THREAD_ADDRESS.search(url) is not None


#: A reply's subject line as forum and mailing-list software prints it: the thread's title after
#: the reply prefix of the writer's language ("Re:", German "AW:", Scandinavian "SV:", Finnish
#: "VS:", Dutch "Antw:", Polish "Odp:", Italian "Rif:", Turkish "Ynt:", Russian "Ответ:", Chinese "回复:"), at most
#: numbered ("Re[2]:").
REPLY_SUBJECT: Final = re.compile(
    r"^(?:re|aw|sv|vs|antw|odp|rif|ynt|ответ|回复)(?:\[\d+\])?\s*[:：]\s*(.+)$", re.IGNORECASE
)
#: Replies titled with the thread's title that make the text a discussion thread.
MIN_TITLED_REPLIES: Final = 2


def titled_replies(texts: list[str]) -> bool:
    """Whether MIN_TITLED_REPLIES lines are replies' subject lines that repeat the text's first
    line, its title ("Best way to store winter tyres?", then "Re: Best way to store winter
    tyres?"): the text is a discussion thread whatever its address, and its replies are the page.
    A threaded comment section's replies repeat their own comment's title, not the article's.

    >>> titled_replies(["Winter tyres?", "Mine are in the loft.", "Re: Winter tyres?", "Ok", "AW: Winter tyres?"])
    True
    >>> titled_replies(["Ferry fares rise", "Re: (Score:2)", "Re: Ferry fares rise"])
    False
    """
    if not texts:
        return False
    title = " ".join(texts[0].split()).casefold()
    found = 0
    for text in texts[1:]:
        # The length test first: a subject line is the title and a short prefix.
        if len(text) <= len(title) + 12:
            subject = REPLY_SUBJECT.match(text.strip())
            if subject is not None and " ".join(subject.group(1).split()).casefold() == title:
                found += 1
                if found >= MIN_TITLED_REPLIES:
                    return True
    return False


#: A page's section heading: at most HEADING_MAX_WORDS words and HEADING_MIN_LETTERS letters or
#: more ("X", a form's close button, is none), ending with no stop of a sentence or a clause, over
#: a paragraph of PARAGRAPH_MIN_WORDS words or more that ends as a sentence does (in CJK text too).
HEADING_MAX_WORDS: Final = 4
HEADING_MIN_LETTERS: Final = 2
PARAGRAPH_MIN_WORDS: Final = 8
HEADING_STOPS: Final = (".", "!", "?", ",", ";", ":", "…", "。")
PARAGRAPH_END: Final = (*SENTENCE_END, "。", "！", "？")


def heading_over_paragraph(doc: Document, k: int) -> bool:
    """Whether line *k* is a short heading over a paragraph, by their shapes alone (see
    HEADING_MAX_WORDS): "Line joining" over how two lines are joined, "Grow" over a service's
    paragraph on growth. What the two lines say is the caller's to weigh."""
    texts, counts = doc.texts, doc.words
    if not 0 < counts[k] <= HEADING_MAX_WORDS or k + 1 >= len(doc) or counts[k + 1] < PARAGRAPH_MIN_WORDS:
        return False
    heading = texts[k].rstrip()
    return (
        not heading.endswith(HEADING_STOPS)
        and sum(1 for char in heading if char.isalpha()) >= HEADING_MIN_LETTERS
        and texts[k + 1].rstrip().endswith(PARAGRAPH_END)
    )
