"""HTML in: decode and parse the page, prune its boilerplate elements, extract, clean the text.

>>> page = '''<html><body><article><h1>Rain returns</h1>
... <p>Farmers in the valley welcomed the first rain in months on Tuesday after a dry spring.</p>
... <p>The forecast promises more showers for the rest of the week, the weather service said.</p>
... </article><div class="newsletter-box"><p>Sign up for our newsletter today</p></div>
... </body></html>'''
>>> print(strip_html(page), end="")
Rain returns
Farmers in the valley welcomed the first rain in months on Tuesday after a dry spring.
The forecast promises more showers for the rest of the week, the weather service said.
>>> [r.rule_id for r in explain_html(page).dom_removals]
['dom:class-token:newsletter']
>>> [(r["stage"], r["rule"], r["text"]) for r in explain_html(page).removal_dicts()]
[('dom', 'dom:class-token:newsletter', 'Sign up for our newsletter today')]
>>> explain_html(b"").reason
'empty input'

Needs trafilatura and lxml (both dependencies of boilerstrip).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from copy import copy
from dataclasses import dataclass

from lxml.html import HtmlElement

from boilerstrip.config import Config
from boilerstrip.core import Cleaner, Removal
from boilerstrip.heuristics.safety import thread_address
from boilerstrip.html.budget import (
    MAX_ATTRIBUTES,
    MAX_ELEMENT_ATTRIBUTES,
    MAX_ELEMENTS,
    MAX_PAGE_CHARS,
    over_element_attributes,
    over_tree,
)
from boilerstrip.html.decode import decode_html, looks_like_html, parse_html
from boilerstrip.html.prune import DomRemoval, Pruned, PruneOptions, prune_page
from boilerstrip.html.readability import readability_text

__all__ = ["DomRemoval", "HtmlExplanation", "HtmlOptions", "explain_html", "strip_html"]

#: trafilatura's full cascade mostly changes its text (taking readability's or jusText's) when its
#: own text is under this many characters (its ``MIN_EXTRACTED_SIZE`` default) ...
FALLBACK_MIN_CHARS = 250
#: ... or when readability's text is over this many times longer (see ``fast_first``).
FALLBACK_LENGTH_RATIO = 2.0
#: trafilatura as the floor. A line of trafilatura's own text of the unpruned page (comments as
#: asked) is *kept* by the path when at least :data:`FLOOR_LINE_KEPT` of its words are in the
#: path's text. Between the first and the last kept line (the article as both see it), the kept
#: lines must hold at least this share of the words; below it, or with no line kept, the prune,
#: the vote or the fast mode lost article text, and the text stage cleans trafilatura's text
#: instead (see :func:`floor_span_coverage`). Lines before the first and after the last kept one
#: do not count: there the path's cuts are mostly right (headers, reprint notices, comment
#: sections and teasers trafilatura keeps).
#: Chosen on tune pages only (``bench/split.py``: wcxb-dev's tune sites, dragnet's train half,
#: l3s-gn1's tune sites), against the stored no-comments outputs. The plain share of all of
#: trafilatura's words (threshold 0.8) gave wcxb-dev tune F1 0.828 (0.797 without a floor) and
#: every page_type's recall at or above trafilatura's, but fell back on 90 of dragnet's 966
#: train pages, where the path was right: F1 0.923 -> 0.911, under its target. The span share
#: at 0.8 / 0.9 gives wcxb-dev tune F1 0.818 / 0.821 (recall 0.827 / 0.832 against
#: trafilatura's 0.839), dragnet train 0.9224 / 0.9220, l3s-gn1 tune 0.941 / 0.938 (0.939
#: without), against the stored outputs; run on the pages (the floor extracted here, and
#: checked only where :data:`FLOOR_CHECK_REMOVED_RATIO` says), 0.9 took dragnet train's F1
#: from 0.9233 to 0.9216 and l3s-gn1 tune's from 0.9393 to 0.9359, too close to their targets:
#: 0.8.
FLOOR_MIN_COVERAGE = 0.8
#: On a discussion thread's address (``heuristics.safety.thread_address``) the replies are the
#: page, and a cut at its end is lost content: there the share of *all* of trafilatura's words
#: in the path's text counts (:func:`floor_coverage`), against this threshold. On wcxb-dev's
#: tune sites (59 forum pages have such an address) it took forum pages' recall from 0.722 to
#: 0.754 (trafilatura no-comments 0.728) and changed no dragnet or l3s-gn1 page.
FLOOR_THREAD_MIN_COVERAGE = 0.8
#: Whatever the span, a path's text that holds less than this share of all of trafilatura's words
#: is no cut of the same article: the two disagree about where the content is (a listing's few
#: lines, another block taken by readability), and trafilatura's text is cleaned instead. On
#: tune pages (against the stored outputs) 0.05 took wcxb-dev's collection pages' recall from
#: 0.614 to 0.629 (trafilatura no-comments 0.620) and listing pages' from 0.543 to 0.551, and
#: changed no dragnet or l3s-gn1 page; 0.1 to 0.2 took listing pages further (0.559 to 0.574)
#: but cost dragnet train's F1 0.0009, which its target has no room for.
FLOOR_MIN_TOTAL_COVERAGE = 0.05
#: A page that says what it is (an ``og:type``, a JSON-LD ``@type``) and nowhere that it is an
#: article (no ``og:type`` article, no publication date, no JSON-LD article type: see
#: :func:`declared_not_article`) is a service's, a shop's, a listing's or a reference's page:
#: there the blocks after the first are the page too (a service's sections, a listing's items),
#: and the path's text must hold this share of all of trafilatura's words, where the path's text
#: is a cut of trafilatura's (:data:`FLOOR_PAGE_CUT`; else the two took different blocks, and
#: trafilatura's is no better). Chosen on wcxb-dev's tune sites against the stored no-comments
#: outputs: 0.6 took service pages' recall from 0.706 to 0.717 and listing pages' from 0.551 to
#: 0.570 (trafilatura no-comments 0.730, 0.566), articles' F1 0.934 -> 0.936; without the cut
#: test product pages' F1 fell from 0.641 to 0.631 and collection pages' recall from 0.630 to
#: 0.620 (pages where the path took another block than trafilatura); 0.7 / 0.8 changed little
#: more. It changes no dragnet or l3s-gn1 page (2007-2012 pages say nothing of what they are);
#: the rule without the declaration (the share of all words under 0.5 on every page) cost
#: dragnet 0.010 of F1.
FLOOR_PAGE_MIN_COVERAGE = 0.6
#: ...where at least this share of the path's words are in trafilatura's text.
FLOOR_PAGE_CUT = 0.8
#: A line of trafilatura's text is kept by the path when this share of its words is there.
FLOOR_LINE_KEPT = 0.5
#: The floor holds only where trafilatura's text has at least this many words: a few labels of a
#: login form or a menu are no article to protect (no tune page's text has between 1 and 24
#: words, so this changes no tune figure; it keeps a page without an article empty).
FLOOR_MIN_WORDS = 20
#: The floor costs one more extraction (trafilatura's full cascade on the whole page: 42% of the
#: path's time on a sample of 216 wcxb-dev tune pages, where it ran on 113), so it is checked
#: only where the path could have lost much: where its stages removed at least this many words
#: (pruned elements, the vote's cuts, the text stage's lines) per word they kept. Chosen on
#: wcxb-dev's tune sites with the first floor rule (the share of all of trafilatura's words,
#: under 0.8: fall back), before the span rule replaced it: at 0.5, 432 of 850 pages are checked
#: and 162 of the 171 pages that rule changes are found, at the same F1 (0.828) as when every
#: page is checked. At 0.75 and 1.0 fewer pages are checked (361, 310) but service pages' recall
#: fell 0.9 point further. With the rules above, 0.75 checks 364 of 861 tune pages instead of 441
#: at the same F1 per page_type, but a pruned block of 40% of an article (the case the floor
#: is for) is no longer checked; 1.0 cost forum and listing pages 0.009 and 0.015 of F1.
#: 0 checks every page the cap below lets through.
FLOOR_CHECK_REMOVED_RATIO = 0.5
#: ...and where the path kept fewer than this many words (``\w+`` runs), save on a thread's
#: address or a page that declares itself no article (:func:`declared_not_article`), whose later
#: blocks are the page too. A text this long is an article found: the floor guards against losing
#: the article, and on tune pages it rarely fell back where the path kept that much, and then to
#: a lower F1 (2 of the 121 wcxb-dev tune pages no longer checked, 1 of 55 of dragnet train's
#: first 300, 2 of 27 of l3s-gn1 tune's first 300). On wcxb-dev's tune sites, at 600 the floor
#: is checked on 320 of 861 pages instead of 441 and its extractions take 22% less time; tune's
#: F1 goes from 0.8264 to 0.8266 (collection pages 0.5919 -> 0.5950, no page_type lower); on the
#: first 300 pages of dragnet's train half and of l3s-gn1's tune sites, from 0.9034 to 0.9044 and
#: from 0.9376 to 0.9386 (the path's texts and floors computed once, each cap applied to them).
#: At 500, product pages' F1 fell 0.002; without the two exceptions, service pages' fell 0.0045.
#: 0: no cap.
FLOOR_CHECK_MAX_WORDS = 600
#: ...and not where the two extractions of the pruned page agree on its article, the prune cut
#: nothing out of the article's anchors and the path kept at least
#: :data:`FLOOR_AGREED_MIN_WORDS` words, save on a thread's address or a page declared no
#: article: trafilatura's lines that readability also has hold at least this share of its
#: characters...
FLOOR_AGREED_FIRST = 0.9
#: ...readability's lines that trafilatura also has hold at least this share of readability's...
FLOOR_AGREED_SECOND = 0.5
#: ...the pruned elements inside the article's anchors (the element with the most text of its
#: own, the element whose paragraphs hold the most text: ``prune.Pruned.inner_words``) held at
#: most this share of the words the path kept (the span rule falls back where the article lost
#: more than a quarter of what was kept: under this, what the prune cut inside it cannot
#: make it fall back)...
FLOOR_AGREED_MAX_INNER_SHARE = 0.2
#: ...and the path kept at least this many words. Two extractors that find the same article in
#: the pruned page, from which the prune cut nothing that counts, found the article: the floor's
#: extraction (trafilatura's full cascade on the whole page, the path's largest cost) would only
#: confirm it. Chosen on tune pages, with the path's texts and floors computed once on every
#: page and the rule applied to them: the floor is extracted on 290 of wcxb-dev tune's 861
#: pages instead of 320, and none of its fallbacks is lost (no tune page's text changes); on 287
#: of dragnet train's 966 instead of 601 (4 fallbacks lost, F1 0.9226 -> 0.9233: there the floor
#: mostly took back boilerstrip's right cuts); on 100 of l3s-gn1 tune's 423 instead of 192 (F1
#: unchanged). Agreement at 0.8 instead of 0.9 cost wcxb-dev tune's articles 0.0016 of F1, no
#: least length 0.0028 (and listings 0.015); without the test on what was cut inside the
#: article, dragnet train and l3s-gn1 tune checked 25 and 11 pages fewer, but a block cut out of
#: the middle of an article both extractors then agree on (the case the floor is for) went
#: unchecked.
FLOOR_AGREED_MIN_WORDS = 150


@dataclass(frozen=True)
class HtmlOptions:
    """Settings of the HTML path; the text stage keeps using :class:`~boilerstrip.config.Config`."""

    #: Keep reader comments (trafilatura's ``include_comments``, and the DOM comment cues off).
    include_comments: bool = False
    #: Run the DOM stage (the cues of :mod:`boilerstrip.html.prune`) before extraction.
    prune: bool = True
    #: Run the text cleaner on the extracted text.
    clean_text: bool = True
    #: Keep tables in the extracted text (trafilatura's ``include_tables``).
    include_tables: bool = True
    #: Second opinion: also run readability (trafilatura's copy) and, where the two agree on
    #: the article, take trafilatura's head (readability leaves out the headline) and then
    #: readability's text, or at least cut trafilatura's lines after the last line readability
    #: also found (comments, appeals and teasers below the article). See :func:`vote`.
    vote: bool = True
    #: With the vote on: run trafilatura in its fast mode (no comparison with readability and
    #: jusText) and its full cascade too only where readability's text shows that comparison is
    #: likely to change the text (see :func:`_fallback_could_matter`), so readability runs once,
    #: not twice. The text can differ from the full cascade's on a few pages (about 5% of the
    #: benchmark pages are run twice). Off: always the full cascade, as trafilatura's default.
    fast_first: bool = True
    #: The two must share at least this share of trafilatura's characters for either to happen;
    #: below it they disagree about where the article is, and trafilatura's text is kept whole.
    vote_min_agreement: float = 0.4
    #: ...and at least this share of readability's characters for its text to be taken; below it
    #: readability holds much trafilatura left out, and only the cut happens.
    vote_min_readability_agreement: float = 0.3
    #: trafilatura as the floor: also extract the unpruned page with trafilatura's own settings
    #: (full cascade), and where the path's text keeps less than *floor_min_coverage* of that
    #: text's words, clean that text instead (see :func:`floor_span_coverage`). Costs one more
    #: extraction (of the page with the pruned elements put back) on the pages it checks: those
    #: where the path removed at least *floor_check_removed_ratio* words per word it kept (0:
    #: every page) and kept fewer than *floor_check_max_words* words (0: no cap; a thread's
    #: address and a page that declares itself no article are checked whatever it kept).
    floor: bool = True
    floor_min_coverage: float = FLOOR_MIN_COVERAGE
    floor_check_removed_ratio: float = FLOOR_CHECK_REMOVED_RATIO
    floor_check_max_words: int = FLOOR_CHECK_MAX_WORDS
    #: True: ...and not where the vote's two extractions agree on the article and the prune cut
    #: nothing out of it (:data:`FLOOR_AGREED_MIN_WORDS`), save on a thread's address or a page
    #: declared no article. Off by default: the floor is the promise that the path loses no
    #: article text trafilatura keeps, and agreement is no proof of it (on sites the skip was not
    #: chosen on it lost two pages' fallbacks); on, dragnet's and l3s-gn1's time falls by a fifth.
    floor_skip_agreed: bool = False
    #: The page's budget (see :mod:`boilerstrip.html.budget`): a page over any of these limits is
    #: refused with a reason, before it is parsed (characters, attributes of one element) or
    #: pruned and extracted (elements, attributes).
    max_chars: int = MAX_PAGE_CHARS
    max_elements: int = MAX_ELEMENTS
    max_attributes: int = MAX_ATTRIBUTES
    max_element_attributes: int = MAX_ELEMENT_ATTRIBUTES


@dataclass(frozen=True)
class HtmlExplanation:
    """The cleaned text, and every removal of both stages; ``reason`` says why the text is empty."""

    text: str
    dom_removals: tuple[DomRemoval, ...]
    removals: tuple[Removal, ...]  #: the text stage's removals, numbered on the extracted text
    extracted: str = ""  #: the text as extracted (after the vote), before the text stage
    encoding: str | None = None  #: the encoding the bytes were read with (None for str input)
    reason: str | None = None  #: why nothing was extracted, or None
    #: lines of trafilatura's output cut by the vote, numbered on that output
    vote_removals: tuple[Removal, ...] = ()
    #: why the text is the cleaned text of trafilatura's own extraction (the floor), or None: then
    #: ``dom_removals`` and ``vote_removals`` are empty (they did not make the text) and
    #: ``extracted`` is trafilatura's text
    fallback: str | None = None

    @property
    def all_removals(self) -> tuple[DomRemoval | Removal, ...]:
        """Every removal, stage by stage (each says its ``stage``): the pruned elements (``dom``),
        the vote's cuts (``vote``), the text stage's lines (``text``)."""
        return (*self.dom_removals, *self.vote_removals, *self.removals)

    def removal_dicts(self, detail: bool = False) -> list[dict[str, object]]:
        """:attr:`all_removals` as one flat list of records, in the schema of text mode's
        :meth:`~boilerstrip.core.Removal.as_dict` (what ``--explain-field`` writes, with *detail*)."""
        return [r.as_dict(detail) for r in self.all_removals]

    def page_info(self) -> dict[str, object]:
        """What is said of the page rather than of a removal: ``reason`` (why the text is empty,
        or None) and ``encoding`` (what ``--html-info-field`` writes)."""
        return {"reason": self.reason, "encoding": self.encoding}

    def as_dict(self, detail: bool = False) -> dict[str, object]:
        """The text, :meth:`page_info` and the flat list of :meth:`removal_dicts` (``removals``)."""
        return {"text": self.text, **self.page_info(), "removals": self.removal_dicts(detail)}


def strip_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> str:
    """The article text of an HTML page, with its boilerplate removed ("" when there is none)."""
    return explain_html(html, url, config, options).text


def explain_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> HtmlExplanation:
    """As :func:`strip_html`, with the removals of the DOM and text stages and a reason when empty."""
    options = options or HtmlOptions()
    if not isinstance(html, (bytes, bytearray, str)):
        raise TypeError(f"html must be bytes or str, not {type(html).__name__}")
    if not html or not (html.strip() if isinstance(html, str) else bytes(html).strip()):
        return _empty("empty input")
    decoded = decode_html(bytes(html) if isinstance(html, bytearray) else html)
    if len(decoded.text) > options.max_chars:
        return _empty(f"page too large: {len(decoded.text)} characters (limit {options.max_chars})",
                      decoded.encoding)
    if not looks_like_html(decoded.text):
        return _empty("not HTML: no markup found (use boilerstrip.strip for plain text)", decoded.encoding)
    over = over_element_attributes(decoded.text, options.max_element_attributes, options.max_attributes)
    if over is not None:
        return _empty(f"page too large: {over}", decoded.encoding)
    root = parse_html(decoded.text)
    if root is None:
        return _empty("not HTML: the parser found no document", decoded.encoding)
    over = over_tree(root, options.max_elements, options.max_attributes)
    if over is not None:
        return _empty(f"page too large: {over}", decoded.encoding)
    config = config or Config()
    if options.include_comments:
        # comments were asked for: the text stage must not take them out again
        config = config.replace(keep_comments=True)
    cleaner = Cleaner(config)
    dom_removals: list[DomRemoval] = []
    pruned: Pruned | None = None
    if options.prune:
        pruned = prune_page(root, cleaner.rules, PruneOptions(keep_comments=options.include_comments))
        dom_removals = pruned.removals
    extracted, cut, agreed = _extract(root, url, options)
    text, removals = _clean(cleaner, extracted, url, options.clean_text)
    removed = (sum(r.words for r in dom_removals) + _words(r.text for r in cut)
               + _words(r.text for r in removals))
    floor = ""
    page = _Page(decoded.text)
    kept = _words((text,))
    inner_words = pruned.inner_words if pruned is not None else 0
    if options.floor and _floor_checked(
        removed, kept, url, page, options, agreed and inner_words <= FLOOR_AGREED_MAX_INNER_SHARE * kept,
    ):
        # the floor is trafilatura's text of the page as it came: the pruned elements go back
        # (the extractions worked on copies of the tree), where a copy of the whole tree taken
        # before the prune cost every page 0.5 ms
        if pruned is not None:
            pruned.restore()
        floor = floor_text(root, url, options)
    fallback = _floor_verdict(floor, text, url, options, page) if floor else None
    if fallback is not None:
        dom_removals, cut, extracted = [], (), floor
        text, removals = _clean(cleaner, floor, url, options.clean_text)
    if not extracted.strip():
        return HtmlExplanation("", tuple(dom_removals), (), "", decoded.encoding,
                               "no article found: the extractor returned no main text")
    reason = None if text.strip() else "every extracted line was removed as boilerplate"
    return HtmlExplanation(text, tuple(dom_removals), removals, extracted, decoded.encoding, reason,
                           vote_removals=cut, fallback=fallback)


def preload() -> None:
    """Import trafilatura and its readability now (they are imported on the first page otherwise):
    a run with a time limit per record must not spend a record's time, nor risk an interrupted
    import, on loading them."""
    import trafilatura
    import trafilatura.external  # noqa: F401


def extract(root: HtmlElement, url: str | None, options: HtmlOptions) -> tuple[str, tuple[Removal, ...]]:
    """trafilatura's text of the (pruned) page, trimmed by the readability vote; and the cut lines."""
    text, cut, _ = _extract(root, url, options)
    return text, cut


def _extract(root: HtmlElement, url: str | None, options: HtmlOptions) -> tuple[str, tuple[Removal, ...], bool]:
    """:func:`extract`, and whether its two extractions agree on the article (see :func:`_vote`)."""
    import trafilatura

    def run(fast: bool) -> str:
        out = trafilatura.extract(
            root, url=url, include_comments=options.include_comments,
            include_tables=options.include_tables, deduplicate=False, fast=fast,
        )
        return out if out and out.strip() else ""

    if not options.vote or options.include_comments:
        return _as_text(run(fast=False)), (), False
    if not options.fast_first:
        text = run(fast=False)
        # trafilatura worked on its own copy; readability changes the tree it reads, which the
        # floor may need again (with the pruned elements put back)
        second = readability_text(copy(root))
    else:
        text = run(fast=True)
        second = readability_text(copy(root))  # the page stays whole for a second run
        if second is None or _fallback_could_matter(text, second):
            text = run(fast=False)
    if second is None:
        return _as_text(text), (), False
    if not text:
        return second, (), False
    return _vote(text, second, options.vote_min_agreement, options.vote_min_readability_agreement)


def _clean(cleaner: Cleaner, text: str, url: str | None, clean: bool) -> tuple[str, tuple[Removal, ...]]:
    """The text stage on an extracted *text* (when *clean*): its result and its removals."""
    if not clean:
        return text, ()
    cleaned = cleaner.explain(text, url)
    return cleaned.text, cleaned.removals


def floor_checked(removed: int, kept: int, url: str | None, page: str, options: HtmlOptions,
                  agreed: bool = False) -> bool:
    """Whether the floor is extracted, where the path's stages *removed* so many words and *kept*
    so many: when they removed at least :data:`FLOOR_CHECK_REMOVED_RATIO` words per word kept, and
    kept fewer than :data:`FLOOR_CHECK_MAX_WORDS` (save on a thread's address or a *page* that
    declares itself no article).

    >>> options = HtmlOptions()
    >>> floor_checked(300, 200, None, "", options), floor_checked(90, 200, None, "", options)
    (True, False)
    >>> floor_checked(900, 800, None, "<p>", options), floor_checked(900, 800, "https://x.org/forum/t/1", "", options)
    (False, True)

    With ``floor_skip_agreed`` (off by default), where the vote's two extractions *agreed* on the
    article and the prune cut nothing out of it (see :data:`FLOOR_AGREED_MIN_WORDS`), a text of at
    least that many words is not checked:

    >>> skip = HtmlOptions(floor_skip_agreed=True)
    >>> floor_checked(300, 200, None, "", skip, agreed=True), floor_checked(300, 100, None, "", skip, agreed=True)
    (False, True)
    >>> floor_checked(300, 200, None, "", options, agreed=True)
    True
    """
    return _floor_checked(removed, kept, url, _Page(page), options, agreed)


def _floor_checked(removed: int, kept: int, url: str | None, page: _Page, options: HtmlOptions,
                   agreed: bool = False) -> bool:
    """:func:`floor_checked` of a *page* whose declaration is searched at most once."""
    if removed < options.floor_check_removed_ratio * kept:
        return False
    if thread_address(url):
        return True
    if options.floor_skip_agreed and agreed and kept >= FLOOR_AGREED_MIN_WORDS:
        return page.not_article()
    if options.floor_check_max_words and kept >= options.floor_check_max_words:
        return page.not_article()
    return True


class _Page:
    """A page's text and, searched on first use, whether it declares itself no article."""

    __slots__ = ("_not_article", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._not_article: bool | None = None

    def not_article(self) -> bool:
        """:func:`declared_not_article` of the page, searched once."""
        if self._not_article is None:
            self._not_article = declared_not_article(self.text)
        return self._not_article


def _floor_verdict(floor: str, text: str, url: str | None, options: HtmlOptions, page: _Page) -> str | None:
    """Why the path's *text* falls back to trafilatura's *floor*, or None when it holds enough of it:
    on a thread's address all of its words count, a text holding almost none of them is another
    cut of the page, on a *page* that declares itself no article a text holding too few of them
    lost the page's later blocks, and otherwise the span of the article both see counts."""
    have = _word_counts(text)  # the path's words, counted once for both shares
    total = _floor_coverage(floor, have)
    if thread_address(url):
        share, least, what = total, FLOOR_THREAD_MIN_COVERAGE, "the thread's"
    elif total < FLOOR_MIN_TOTAL_COVERAGE:
        share, least, what = total, FLOOR_MIN_TOTAL_COVERAGE, "all its"
    elif (total < FLOOR_PAGE_MIN_COVERAGE and page.not_article()
          and floor_coverage(text, floor) >= FLOOR_PAGE_CUT):
        share, least, what = total, FLOOR_PAGE_MIN_COVERAGE, "the page's"
    else:
        share, least, what = _floor_span_coverage(floor, have), options.floor_min_coverage, "its article's"
    if share >= least:
        return None
    return f"trafilatura's text as the floor: the path kept {share:.0%} of {what} words (less than {least:.0%})"


#: ``og:type`` in either attribute order, and JSON-LD's ``"@type": "..."`` (the first of a list).
_OG_TYPE = re.compile(
    r"""<meta[^>]+property=["']og:type["'][^>]*content=["']([^"']+)"""
    r"""|<meta[^>]+content=["']([^"']+)["'][^>]*property=["']og:type""", re.IGNORECASE)
_LD_TYPE = re.compile(r'"@type"\s*:\s*\[?\s*"([A-Za-z]+)"')
#: A publication date, in Open Graph's article tags or schema.org's property (JSON-LD or microdata),
#: looked for as plain substrings (``str.find``: a regular expression's alternation took 2 ms on
#: a page of 200,000 characters).
_PUBLISHED = ("article:published_time", "datePublished")
#: schema.org types of articles, blog posts and discussions (the last are threads' pages).
ARTICLE_LD_TYPES = frozenset({
    "Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    "OpinionNewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "LiveBlogPosting", "Blog",
    "SocialMediaPosting", "DiscussionForumPosting", "QAPage", "Question",
})


def declared_not_article(page: str) -> bool:
    """Whether the HTML *page* says what it is (an Open Graph ``og:type`` or a JSON-LD ``@type``)
    and nowhere that it is an article: no ``og:type`` ``article``, no publication date, no
    JSON-LD type of :data:`ARTICLE_LD_TYPES`. A page that says nothing (most pages before 2012)
    is not judged. Three searches of the page: asked only where the path kept little.

    >>> declared_not_article('<meta property="og:type" content="website"><h1>Plans and prices</h1>')
    True
    >>> declared_not_article('<meta property="og:type" content="website">'
    ...                      '<script type="application/ld+json">{"@type": "NewsArticle"}</script>')
    False
    >>> declared_not_article('<meta property="og:type" content="article">'), declared_not_article("<p>Hi</p>")
    (False, False)
    """
    og = _OG_TYPE.search(page)
    kind = (og.group(1) or og.group(2)).lower() if og else ""
    if kind.startswith("article") or any(mark in page for mark in _PUBLISHED):
        return False
    types = set(_LD_TYPE.findall(page))
    return bool(kind or types) and not types & ARTICLE_LD_TYPES


def floor_text(root: HtmlElement, url: str | None, options: HtmlOptions) -> str:
    """trafilatura's own text of the page as it is (its full cascade; comments as asked): the
    floor of :data:`FLOOR_MIN_COVERAGE`; "" when it has fewer than :data:`FLOOR_MIN_WORDS` words.
    *root* is not changed (trafilatura works on a copy)."""
    import trafilatura

    out = trafilatura.extract(
        root, url=url, include_comments=options.include_comments,
        include_tables=options.include_tables, deduplicate=False,
    )
    if not out or len(_WORD.findall(out)) < FLOOR_MIN_WORDS:
        return ""
    return _as_text(out)


def _words(texts: Iterable[str]) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


def floor_coverage(floor: str, text: str) -> float:
    r"""The share of *floor*'s words (lower-cased ``\w+`` runs, counted with their repeats) that
    *text* also holds; 1.0 when *floor* has no words.

    >>> floor_coverage("The rain came. The rain went.", "the rain came")
    0.5
    """
    return _floor_coverage(floor, _word_counts(text))


def _word_counts(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text.lower()))


def _floor_coverage(floor: str, have: Counter[str]) -> float:
    """:func:`floor_coverage` of a text whose words are counted in *have*."""
    want = _word_counts(floor)
    total = sum(want.values())
    if not total:
        return 1.0
    return sum((want & have).values()) / total


def floor_span_coverage(floor: str, text: str) -> float:
    r"""The share of the words of *floor*'s lines between the first and the last line *text* keeps
    (at least :data:`FLOOR_LINE_KEPT` of its words there, counted with their repeats) that are in
    the lines it keeps; 0.0 when it keeps none, 1.0 when *floor* has no words.

    >>> floor = "Menu Home News\nThe rain came at dawn.\nFields flooded by noon.\nThe rain went.\n3 comments"
    >>> floor_span_coverage(floor, "The rain came at dawn.\nThe rain went.")  # 8 of 12 words
    0.6666666666666666
    >>> floor_span_coverage(floor, "The rain came at dawn. Fields flooded by noon.")  # head and tail cut
    1.0
    >>> floor_span_coverage(floor, "Something else"), floor_span_coverage("", "Anything")
    (0.0, 1.0)
    """
    return _floor_span_coverage(floor, _word_counts(text))


def _floor_span_coverage(floor: str, have: Counter[str]) -> float:
    """:func:`floor_span_coverage` of a text whose words are counted in *have*."""
    lines: list[tuple[int, bool]] = []
    for line in floor.split("\n"):
        words = _word_counts(line)
        size = sum(words.values())
        if size:
            lines.append((size, sum((words & have).values()) >= FLOOR_LINE_KEPT * size))
    if not lines:
        return 1.0
    kept = [i for i, (_, ok) in enumerate(lines) if ok]
    if not kept:
        return 0.0
    span = lines[kept[0]: kept[-1] + 1]
    return sum(size for size, ok in span if ok) / sum(size for size, _ in span)


def _as_text(text: str) -> str:
    return text.strip() + "\n" if text else ""


def _fallback_could_matter(text: str, second: str) -> bool:
    """Whether trafilatura's full cascade is likely to give another text than its fast mode: its
    own text is short, or readability's is much longer (the main triggers of its comparison with
    readability and jusText; see :data:`FALLBACK_MIN_CHARS`)."""
    return len(text) < FALLBACK_MIN_CHARS or len(second) > FALLBACK_LENGTH_RATIO * len(text)


def vote(
    first: str, second: str, min_agreement: float, min_second_agreement: float = 0.3
) -> tuple[str, tuple[Removal, ...]]:
    r"""Combine trafilatura's text (*first*) with readability's (*second*) where the two agree.

    A line of one *agrees* when at least :data:`LINE_AGREEMENT` of its word 3-grams occur in the
    other text (lines of fewer than three words never agree: they are headlines and labels, not
    evidence). The result, by how much of each text agrees:

    - *first*'s agreeing lines hold less than *min_agreement* of its characters: the two disagree
      about where the article is, and *first* is kept whole;
    - ...and *second*'s agreeing lines hold at least *min_second_agreement* of its characters:
      *first*'s head (its lines before the first agreeing one: readability drops headlines) and
      then *second*, which splits the article finer and leaves out the boxes trafilatura keeps;
    - else *first*'s lines up to the last agreeing one (comments and teasers follow an article).

    >>> body = "The article text, which both extractors found on the page."
    >>> text, cut = vote(f"Headline\n{body}\nA comment\n", f"{body}\nA line only readability has", 0.4)
    >>> print(text, end="")
    Headline
    The article text, which both extractors found on the page.
    A line only readability has
    >>> [r.text for r in cut]
    ['A comment']
    >>> vote("One.\nTwo.\n", "Other text entirely.", 0.4)[0]
    'One.\nTwo.\n'
    """
    text, cut, _ = _vote(first, second, min_agreement, min_second_agreement)
    return text, cut


def _vote(
    first: str, second: str, min_agreement: float, min_second_agreement: float = 0.3
) -> tuple[str, tuple[Removal, ...], bool]:
    """:func:`vote`, and whether the two texts agree on the article: *first*'s agreeing lines hold
    at least :data:`FLOOR_AGREED_FIRST` of its characters and *second*'s at least
    :data:`FLOOR_AGREED_SECOND` of its (see :func:`floor_checked`)."""
    one, two = _Side(first), _Side(second)
    lines, others = one.lines, two.lines
    agree = list(_agreeing(one, two))
    share = _share(lines, agree) if any(agree) else 0.0
    if share < min_agreement or not any(agree):
        return "\n".join(lines) + "\n", (), False
    agreed = share >= FLOOR_AGREED_FIRST and _share_reaches(two.lines, _agreeing(two, one), FLOOR_AGREED_SECOND)
    head = agree.index(True)
    last = len(agree) - 1 - agree[::-1].index(True)
    if others and _share_reaches(two.lines, _agreeing(two, one), min_second_agreement):
        cut = tuple(
            Removal(i + 1, line, "vote:after-readability-end" if i > last else "vote:not-in-readability", "other",
                    stage="vote")
            for i, line in enumerate(lines)
            if i >= head and not agree[i]
        )
        # a headline readability did keep is not repeated
        in_second = set(two.keys)
        kept = [line for line, key in zip(lines[:head], one.keys, strict=False) if key not in in_second]
        return "\n".join(kept + others) + "\n", cut, agreed
    cut = tuple(
        Removal(i + 1, line, "vote:after-readability-end", "other", stage="vote")
        for i, line in enumerate(lines) if i > last
    )
    return "\n".join(lines[: last + 1]) + "\n", cut, agreed


#: A line agrees with the other extraction when this share of its word 3-grams occur there.
LINE_AGREEMENT = 0.5
#: Words per shingle for the line agreement (the C scan ``trigrams`` takes three, as its name says).
SHINGLE_WORDS = 3


def py_trigrams(text: str) -> list[str]:
    """The word 3-grams of *text* (words between single spaces), in order, each as "a b c"
    (:data:`SHINGLE_WORDS`). The definition of the C scan.

    >>> py_trigrams(" it s 9 a m "), py_trigrams("two words")
    (['it s 9', 's 9 a', '9 a m'], [])
    """
    words = text.split()
    return [" ".join(gram) for gram in zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)]


class _Side:
    """One extraction for the vote: its non-blank lines, each line's words (lower-cased, joined by
    single spaces: its *key*), and, built on first use, all its words in a row and its 3-grams."""

    __slots__ = ("_grams", "_joined", "keys", "lines")

    def __init__(self, text: str) -> None:
        self.lines = [line for line in text.split("\n") if line.strip()]
        self.keys = line_keys("\n".join(self.lines))
        self._grams: set[str] | None = None
        self._joined: str | None = None

    def joined(self) -> str:
        """All the words, each between single spaces (`` a b c ``), across line ends too."""
        if self._joined is None:
            self._joined = f" {' '.join(key for key in self.keys if key)} "
        return self._joined

    def grams(self) -> set[str]:
        """Every 3-gram of the text ("a b c"), across line ends too."""
        if self._grams is None:
            self._grams = set(trigrams(self.joined()))
        return self._grams


def _agreeing(side: _Side, other: _Side) -> Iterator[bool]:
    """Per line of *side*, in turn, whether at least :data:`LINE_AGREEMENT` of its 3-grams occur in *other*.

    A line whose words occur in *other* in a row (a substring test, in C) has all its 3-grams
    there: it agrees (given three words) without a look-up per 3-gram; *other*'s 3-grams are
    built only for the lines that fail the test. Agreeing lines mostly come in the same order in
    both texts, so the search starts where the previous line was found.
    """
    joined = other.joined()
    at = 0
    for key in side.keys:
        grams = key.count(" ") + 2 - SHINGLE_WORDS if key else 0
        if grams <= 0:
            yield False
            continue
        padded = f" {key} "
        found_at = joined.find(padded, at)
        if found_at < 0 and at:
            found_at = joined.find(padded, 0, at + len(padded))
        if found_at >= 0:
            at = found_at + len(padded) - 1
            yield True
        else:
            found = sum(map(other.grams().__contains__, trigrams(key)))
            yield found >= LINE_AGREEMENT * grams


def _share_reaches(lines: list[str], agree: Iterator[bool], share: float) -> bool:
    """Whether ``_share(lines, list(agree)) >= share``, taking from *agree* only until that is known."""
    total = sum(map(len, lines))
    if not total:
        return share <= 0.0
    done = 0
    left = total
    for line, ok in zip(lines, agree, strict=False):
        size = len(line)
        left -= size
        if ok:
            done += size
            if done / total >= share:
                return True
        elif (done + left) / total < share:
            return False
    return done / total >= share


def _share(lines: list[str], agree: list[bool]) -> float:
    """The share of the characters of *lines* in the agreeing ones."""
    total = sum(len(line) for line in lines)
    return sum(len(line) for line, ok in zip(lines, agree, strict=True) if ok) / total if total else 0.0


_WORD = re.compile(r"\w+")
#: ASCII bytes that are not word characters (all but letters, digits, ``_``), save the line break.
_ASCII_NON_WORD = bytes(b for b in range(128) if b != ord("\n") and not _WORD.fullmatch(chr(b)))
#: Byte table for :meth:`bytes.translate` turning them into spaces.
_ASCII_NON_WORD_TO_SPACE = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))
_ASCII = bytes(range(128))


def py_line_keys(text: str) -> list[str]:
    r"""Per line of *text*, its words (``\w+``) lower-cased and joined by single spaces (the
    definition of the C scan).

    The same as ``" ".join(re.findall(r"\w+", line))`` per lower-cased line, which ran a regular
    expression over some 27,000 characters a page: here the non-word characters become spaces
    by a byte table (ASCII) and by ``str.replace`` (the few non-ASCII ones a text holds, found
    among its distinct non-ASCII characters), all in C; ``str.split`` then finds the words.

    >>> py_line_keys("It's 9\u00a0A.M. \u2014 Caf\u00e9\nL\u2019\u00e9t\u00e9_2")
    ['it s 9 a m café', 'l été_2']
    """
    # lower-casing never makes or takes a line break: the lines stay aligned
    low = text.lower()
    data = low.encode("utf-8", "surrogatepass")
    if not low.isascii():
        others = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
        odd = [char for char in set(others) if not _WORD.fullmatch(char)]
        if odd:
            for char in odd:
                low = low.replace(char, " ")
            data = low.encode("utf-8", "surrogatepass")
    spaced = data.translate(_ASCII_NON_WORD_TO_SPACE).decode("utf-8", "surrogatepass")
    return list(map(" ".join, map(str.split, spaced.split("\n"))))


try:
    from boilerstrip._native import line_keys as line_keys
    from boilerstrip._native import trigrams as trigrams
except ImportError:  # a plain-Python build: no C extension
    line_keys, trigrams = py_line_keys, py_trigrams


def _empty(reason: str, encoding: str | None = None) -> HtmlExplanation:
    return HtmlExplanation("", (), (), "", encoding, reason)
