"""trafilatura as the floor of the HTML path: where the prune, the vote or the fast mode lose much
of the text trafilatura's own extraction keeps, the path cleans trafilatura's text instead.

The pages are invented here. trafilatura keeps both blocks of the flood-barrier story (neither
class means anything to it); the prune drops the second block by its class (``membership``).
"""

from __future__ import annotations

import logging

import pytest

from boilerstrip.html.pipeline import (
    FLOOR_AGREED_MIN_WORDS,
    FLOOR_CHECK_MAX_WORDS,
    FLOOR_MIN_COVERAGE,
    FLOOR_MIN_WORDS,
    HtmlOptions,
    explain_html,
    floor_span_coverage,
    strip_html,
)

FIRST = [
    f"The river council met on Tuesday to discuss the new flood barrier, item {word}, "
    "and agreed on a budget after a long debate."
    for word in ("one", "two", "three", "four", "five", "six", "seven", "eight")
]
SECOND = [
    f"Engineers said the barrier would protect four hundred homes along the {side} bank, "
    "where the water rose twice last winter."
    for side in ("north", "south", "east", "west", "upper", "lower")
]
NEWSLETTER = "Sign up for our newsletter to get the morning briefing in your inbox."


def story(second_class: str, extra: str = "") -> str:
    """The story: FIRST's first half, SECOND in a box of class *second_class*, FIRST's second half."""
    head = "".join(f"<p>{line}</p>" for line in FIRST[:4])
    second = "".join(f"<p>{line}</p>" for line in SECOND)
    rest = "".join(f"<p>{line}</p>" for line in FIRST[4:])
    return (f"<html><head><title>Flood barrier</title></head><body>"
            f'<div class="part-a"><h1>Council backs flood barrier</h1>{head}{extra}'
            f'<div class="{second_class}">{second}</div>{rest}</div></body></html>')


@pytest.fixture(autouse=True)
def _quiet_trafilatura() -> None:
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


def test_without_the_floor_the_prune_loses_article_text() -> None:
    """The case the floor is for: the prune takes the second block out by its class."""
    why = explain_html(story("membership-panel"), options=HtmlOptions(floor=False))
    assert "dom:class-token:membership" in {r.rule_id for r in why.dom_removals}
    assert not any(line in why.text for line in SECOND)
    assert why.fallback is None


def test_floor_restores_what_trafilatura_keeps() -> None:
    why = explain_html(story("membership-panel"))
    for line in FIRST + SECOND:
        assert line in why.text
    assert why.text.index(FIRST[3]) < why.text.index(SECOND[0]) < why.text.index(FIRST[4])
    assert why.fallback is not None and "floor" in why.fallback
    # the prune and the vote did not make this text: their removals are not reported
    assert why.dom_removals == () and why.vote_removals == ()
    assert why.extracted.startswith(FIRST[0])


def test_floor_text_goes_through_the_text_stage() -> None:
    """The fallback is trafilatura's text cleaned, not trafilatura's text as it is."""
    why = explain_html(story("membership-panel", f"<p>{NEWSLETTER}</p>"))
    assert why.fallback is not None
    assert NEWSLETTER in why.extracted
    assert NEWSLETTER not in why.text
    assert any(r.text == NEWSLETTER and r.stage == "text" for r in why.removals)
    assert SECOND[0] in why.text


def test_path_is_kept_where_it_keeps_trafilatura_s_text() -> None:
    """A box that trafilatura keeps too but that holds little of its text: no fallback, the
    prune's removal stands."""
    box = f'<div class="newsletter-box"><p>{NEWSLETTER}</p></div>'
    page = story("part-b").replace("</body>", f"{box}</body>")
    why = explain_html(page)
    assert why.fallback is None
    assert all(line in why.text for line in FIRST + SECOND)
    assert NEWSLETTER not in why.text


def test_floor_off_keeps_the_old_path() -> None:
    assert SECOND[0] not in strip_html(story("membership-panel"), options=HtmlOptions(floor=False))
    assert SECOND[0] in strip_html(story("membership-panel"))


def test_a_stricter_floor_falls_back_sooner() -> None:
    """``floor_min_coverage`` is the threshold: 0 never falls back."""
    lenient = explain_html(story("membership-panel"), options=HtmlOptions(floor_min_coverage=0.0))
    assert lenient.fallback is None and SECOND[0] not in lenient.text


def test_a_few_words_are_no_floor() -> None:
    """A login form's labels are no article: the page stays empty, with its reason."""
    page = ("<html><body><nav><a href='/'>Home</a> <a href='/help'>Help</a></nav>"
            "<form class='login-form'><label>Email <input></label><label>Password <input></label>"
            "<button>Sign in</button></form></body></html>")
    why = explain_html(page)
    assert why.text == "" and why.fallback is None
    assert why.reason is not None


def test_a_block_cut_at_the_end_is_not_a_loss() -> None:
    """Lines after the last line both keep do not count: there the path's cuts (comment sections,
    teasers) are mostly right. The same block as above, at the end of the page, stays pruned."""
    head = "".join(f"<p>{line}</p>" for line in FIRST)
    second = "".join(f"<p>{line}</p>" for line in SECOND)
    page = (f'<html><body><div class="part-a">{head}</div>'
            f'<div class="membership-panel">{second}</div></body></html>')
    why = explain_html(page)
    assert why.fallback is None and SECOND[0] not in why.text and FIRST[-1] in why.text


def test_span_coverage_counts_the_lines_between_the_first_and_last_kept() -> None:
    floor = "Menu\nOne two three\nFour five six seven\nEight nine\nA comment here"
    assert floor_span_coverage(floor, "one two three eight nine") == 5 / 9
    assert floor_span_coverage(floor, "One two three four five six seven") == 1.0
    assert floor_span_coverage(floor, "unrelated") == 0.0
    assert floor_span_coverage("a a a b", "a") == 0.0  # a line is kept with half its words, repeats counted
    assert floor_span_coverage("", "") == 1.0
    assert 0.0 < FLOOR_MIN_COVERAGE <= 1.0 and FLOOR_MIN_WORDS > 0


def test_floor_is_checked_only_where_the_path_removed_much() -> None:
    """The floor's extraction runs where the path removed at least ``floor_check_removed_ratio``
    words per word kept: here about 0.6 (the pruned block against the first one)."""
    assert explain_html(story("membership-panel"), options=HtmlOptions(floor_check_removed_ratio=0.5)).fallback
    unchecked = explain_html(story("membership-panel"), options=HtmlOptions(floor_check_removed_ratio=1.0))
    assert unchecked.fallback is None and SECOND[0] not in unchecked.text


def test_on_a_thread_s_address_a_cut_at_the_end_is_a_loss() -> None:
    """On a discussion thread the replies are the page: the same block cut at the end of the page
    comes back when the page's address is a forum topic's (all of trafilatura's words count)."""
    head = "".join(f"<p>{line}</p>" for line in FIRST)
    second = "".join(f"<p>{line}</p>" for line in SECOND)
    page = (f'<html><body><div class="part-a">{head}</div>'
            f'<div class="membership-panel">{second}</div></body></html>')
    assert explain_html(page, url="https://news.example.org/2026/flood-barrier.html").fallback is None
    why = explain_html(page, url="https://forum.example.org/t/flood-barrier/40024")
    assert why.fallback is not None and "thread" in why.fallback
    assert SECOND[0] in why.text and FIRST[-1] in why.text


SECTIONS = [
    f"Our {what} team plans the work with you, sends a fixed quote within two days and keeps "
    "you informed at every step until the job is signed off."
    for what in ("plumbing", "heating", "roofing", "electrical", "glazing", "flooring")
]


def service_page(declared: str) -> str:
    """A service page: an opening block, then its services in a block the prune takes by its class
    (``membership``): the path keeps the opening and cuts the rest, which trafilatura keeps."""
    head = "".join(f"<p>{line}</p>" for line in FIRST)
    rest = "".join(f"<p>{line}</p>" for line in SECTIONS)
    return (f"<html><head><title>Home repairs</title>{declared}</head><body>"
            f'<div class="intro"><h1>Home repairs</h1>{head}</div>'
            f'<div class="membership-plans">{rest}</div></body></html>')


WEBSITE = '<meta property="og:type" content="website">'


def test_on_a_page_declared_no_article_the_later_blocks_are_the_page() -> None:
    """A page that says what it is and not an article (``og:type`` website, no publication date):
    the blocks after the first are the page, and a path that kept too little of trafilatura's words
    falls back."""
    why = explain_html(service_page(WEBSITE))
    assert why.fallback is not None and "the page's" in why.fallback
    assert SECTIONS[0] in why.text and SECTIONS[-1] in why.text and FIRST[0] in why.text


@pytest.mark.parametrize("declared", [
    "",  # says nothing: pages before 2012
    '<meta property="og:type" content="article">',
    WEBSITE + '<meta property="article:published_time" content="2026-03-02T08:00:00Z">',
    WEBSITE + '<script type="application/ld+json">{"@context": "https://schema.org", '
              '"@type": "NewsArticle", "headline": "Home repairs"}</script>',
])
def test_an_article_or_a_page_that_says_nothing_keeps_the_span_rule(declared: str) -> None:
    """The same page declared an article, dated, or declaring nothing: the cut at the end stands."""
    why = explain_html(service_page(declared))
    assert why.fallback is None
    assert FIRST[0] in why.text and SECTIONS[0] not in why.text


# A long report: 36 paragraphs of some 20 words before and after a block the prune takes by its
# class (24 paragraphs): the path keeps over 600 words and removed more than half as many.
PLACES = ("harbour", "station", "library", "market", "school", "bridge", "museum", "stadium", "clinic",
          "theatre", "depot", "square")
REPORT = [
    f"The city's survey of the {place} found {n} defects in the {part}, which the council must "
    f"repair before the end of the {season} season."
    for place in PLACES for n, part, season in (("three", "roof", "winter"), ("five", "walls", "spring"),
                                                 ("seven", "drains", "summer"))
]
ANNEX = [
    f"Residents near the {place} asked for {what} during the works, and the council promised an answer "
    "within a month."
    for place in PLACES for what in ("quieter machines", "a shorter closure")
]


def report_page(head: str = "") -> str:
    first = "".join(f"<p>{line}</p>" for line in REPORT[:18])
    annex = "".join(f"<p>{line}</p>" for line in ANNEX)
    rest = "".join(f"<p>{line}</p>" for line in REPORT[18:])
    return (f"<html><head><title>Survey</title>{head}</head><body><div class='part-a'><h1>Survey</h1>"
            f"{first}<div class='membership-panel'>{annex}</div>{rest}</div></body></html>")


def _counted_floor(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Record the address of every floor extraction."""
    import boilerstrip.html.pipeline as bh

    calls: list[str | None] = []
    own = bh.floor_text

    def counted(root: object, url: str | None, options: HtmlOptions) -> str:
        calls.append(url)
        return own(root, url, options)  # type: ignore[arg-type]

    monkeypatch.setattr(bh, "floor_text", counted)
    return calls


def test_a_long_text_kept_is_an_article_found_and_the_floor_is_not_extracted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where the path kept at least ``floor_check_max_words`` words, the floor's extraction does
    not run (its cost is the path's largest), though the prune removed more than half as much."""
    calls = _counted_floor(monkeypatch)
    why = explain_html(report_page(), url="https://news.example.org/2026/survey.html")
    assert calls == [] and why.fallback is None
    assert REPORT[0] in why.text and REPORT[-1] in why.text and ANNEX[0] not in why.text
    kept = len(why.text.split())
    assert kept >= FLOOR_CHECK_MAX_WORDS and sum(r.words for r in why.dom_removals) >= 0.5 * kept
    # without the cap, the floor runs and brings the block back (the span rule)
    uncapped = explain_html(report_page(), options=HtmlOptions(floor_check_max_words=0))
    assert len(calls) == 1 and uncapped.fallback is not None and ANNEX[0] in uncapped.text


@pytest.mark.parametrize(("url", "head"), [
    ("https://forum.example.org/t/city-survey/4711", ""),  # a thread's replies are the page
    ("https://www.example.org/survey", WEBSITE),  # a page that declares itself no article
])
def test_a_thread_or_a_page_declared_no_article_is_checked_whatever_was_kept(
    url: str, head: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counted_floor(monkeypatch)
    explain_html(report_page(head), url=url)
    assert calls == [url]


def test_a_short_text_is_still_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The story above keeps fewer words than the cap: its floor runs and restores the block."""
    calls = _counted_floor(monkeypatch)
    why = explain_html(story("membership-panel"))
    assert len(calls) == 1 and why.fallback is not None and SECOND[0] in why.text


# An article of some 230 words whose page carries a long menu and a footer of links: the prune
# removes more than half as many words as the path keeps, all of them outside the article.
ARTICLE = [
    f"The ferry between the two islands will run {when} from May, the operator said on Monday, "
    f"after a winter in which storms cancelled one crossing in {share}."
    for when, share in (("every hour", "five"), ("twice an hour at peak times", "four"),
                        ("until midnight on Fridays", "six"), ("on public holidays too", "three"))
] + [
    f"Islanders on {place} had asked for more crossings for years, and the council agreed to pay "
    f"for a {thing} out of its harbour budget."
    for place, thing in (("the north island", "second crew"), ("the south island", "new ramp"),
                         ("both islands", "longer pier"), ("the smaller island", "waiting room"))
]
SECTION_NAMES = ("News Sport Weather Travel Culture Business Politics Science Health Opinion Video Audio "
                 "Podcasts Newsletters Events Jobs Property Cars Puzzles Archive Contact About Advertise")
MENU = [f"Section {name}" for name in SECTION_NAMES.split(" ")]
POLICY_NAMES = "Privacy Cookie Accessibility Complaints Corrections Syndication Licensing Archive Security"
FOOTER_LINKS = [f"{name} policy and terms of the group, its partner sites and its printed titles"
                for name in POLICY_NAMES.split(" ")]


def ferry_page(head: str = "") -> str:
    menu = "".join(f"<li><a href='/s{i}'>{item}</a></li>" for i, item in enumerate(MENU))
    links = "".join(f"<li><a href='/f{i}'>{item}</a></li>" for i, item in enumerate(FOOTER_LINKS))
    body = "".join(f"<p>{line}</p>" for line in ARTICLE)
    return (f"<html><head><title>Ferry</title>{head}</head><body><nav><ul>{menu}</ul></nav>"
            f"<div class='story'><h1>More ferries from May</h1>{body}</div>"
            f"<footer><ul>{links}</ul></footer></body></html>")


#: The floor's skip where the vote's two extractions agree, off by default.
SKIP_AGREED = HtmlOptions(floor_skip_agreed=True)


def test_where_the_two_extractions_agree_the_floor_is_not_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura and readability find the same article in the pruned page, and the prune cut
    nothing out of it: the floor would only confirm the path's text, and is not extracted."""
    calls = _counted_floor(monkeypatch)
    why = explain_html(ferry_page(), url="https://news.example.org/2026/ferry.html", options=SKIP_AGREED)
    assert calls == [] and why.fallback is None
    assert all(line in why.text for line in ARTICLE) and MENU[0] not in why.text
    kept = len(why.text.split())
    assert FLOOR_AGREED_MIN_WORDS <= kept < FLOOR_CHECK_MAX_WORDS
    assert sum(r.words for r in why.dom_removals) >= 0.5 * kept
    # checked by default (the skip is off), with the same text
    checked = explain_html(ferry_page(), url="https://news.example.org/2026/ferry.html")
    assert calls == ["https://news.example.org/2026/ferry.html"] and checked.text == why.text


@pytest.mark.parametrize(("url", "head"), [
    ("https://forum.example.org/t/ferry-timetable/812", ""),  # a thread's replies are the page
    ("https://www.example.org/ferry", WEBSITE),  # a page that declares itself no article
])
def test_agreement_does_not_skip_a_thread_or_a_page_declared_no_article(
    url: str, head: str, monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = _counted_floor(monkeypatch)
    explain_html(ferry_page(head), url=url, options=SKIP_AGREED)
    assert calls == [url]


def test_agreement_does_not_skip_a_short_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Under ``FLOOR_AGREED_MIN_WORDS`` words kept, the floor is checked though both agree."""
    calls = _counted_floor(monkeypatch)
    short = ferry_page().replace("".join(f"<p>{line}</p>" for line in ARTICLE[2:]), "")
    why = explain_html(short, url="https://news.example.org/2026/ferry.html", options=SKIP_AGREED)
    assert len(why.text.split()) < FLOOR_AGREED_MIN_WORDS and ARTICLE[0] in why.text
    assert calls == ["https://news.example.org/2026/ferry.html"]


def test_agreement_does_not_skip_a_block_cut_out_of_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """The flood-barrier story: both extractions agree on what is left, but the prune took a block
    from inside the article (the element whose paragraphs hold the most text): the floor runs and
    brings the block back."""
    calls = _counted_floor(monkeypatch)
    why = explain_html(story("membership-panel"), options=SKIP_AGREED)
    path = explain_html(story("membership-panel"), options=HtmlOptions(floor=False)).text
    assert len(path.split()) >= FLOOR_AGREED_MIN_WORDS and SECOND[0] not in path
    assert len(calls) == 1 and why.fallback is not None and SECOND[0] in why.text
    # it is the block inside the article that keeps the check: allowed any share, the floor is skipped
    import boilerstrip.html.pipeline as bh

    monkeypatch.setattr(bh, "FLOOR_AGREED_MAX_INNER_SHARE", float("inf"))
    skipped = explain_html(story("membership-panel"), options=SKIP_AGREED)
    assert len(calls) == 1 and skipped.fallback is None and SECOND[0] not in skipped.text
