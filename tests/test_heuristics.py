"""Each heuristic on small texts: what it removes, what it must leave, and the reason it gives."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip import Config
from boilerstrip.heuristics.comment_meta import meta_kind
from boilerstrip.text.document import Line

PARAGRAPH = (
    "The harbour board approved the new ferry timetable on Monday after a long debate with residents, "
    "who had asked for earlier sailings in winter and a later last boat on Fridays."
)
SECOND = (
    "Officials said the change would cost little because the crews already work split shifts, and the "
    "union agreed to the plan after a ballot of its members last week."
)

#: An article of over 100 words, enough for a closing line after it to close it.
ARTICLE = (PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.")


def reasons(text: str, config: Config | None = None) -> dict[str, str]:
    """Removed line text -> rule or heuristic id."""
    return {r.text: r.rule_id for r in boilerstrip.explain(text, config).removals}


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def test_comment_header_cuts_to_the_end() -> None:
    text = lines(PARAGRAPH, SECOND, "12 Comments", "Great piece, thanks!", "I disagree with the board.")
    removed = reasons(text)
    assert set(removed) == {"12 Comments", "Great piece, thanks!", "I disagree with the board."}
    assert removed["Great piece, thanks!"] == "tail:comments"


def test_zero_comment_count_opens_no_section() -> None:
    text = lines(PARAGRAPH, "0 comments", SECOND, "The ferry will run from March.")
    assert "The ferry will run from March." not in reasons(text)


def test_comment_rhythm_without_header() -> None:
    comments = []
    for name, hour in (("Dawn", 8), ("Mike", 9), ("Priya", 10)):
        comments += [f"Comment by {name} — January 7, 2008 @ {hour}:48 pm", f"{name} agrees with every word."]
    removed = reasons(lines(PARAGRAPH, SECOND, *comments))
    assert len(removed) == 6 and set(removed.values()) == {"tail:comments"}


def test_unmarked_comments_off_needs_a_header() -> None:
    comments = []
    for name, hour in (("Dawn", 8), ("Mike", 9), ("Priya", 10)):
        comments += [f"Comment by {name} — January 7, 2008 @ {hour}:48 pm", f"{name} agrees with every word."]
    no_rhythm = Config(unmarked_comments=False)
    assert "tail:comments" not in reasons(lines(PARAGRAPH, SECOND, *comments), no_rhythm).values()
    # A header still opens the section, and the precision preset leaves the rhythm alone.
    headed = reasons(lines(PARAGRAPH, SECOND, "3 Comments", *comments), no_rhythm)
    assert set(headed) == {"3 Comments", *comments}
    precision = Config.from_preset("precision")
    assert "tail:comments" not in reasons(lines(PARAGRAPH, SECOND, *comments), precision).values()


def test_timestamps_alone_prove_no_section() -> None:
    # A live blog's own timestamps are article, not comments.
    updates = []
    for hour in range(9, 13):
        updates += [f"March 3, 2025 {hour}:15 am", SECOND]
    assert reasons(lines(PARAGRAPH, *updates)) == {}


def test_related_header_takes_its_teasers_but_not_prose() -> None:
    text = lines(
        PARAGRAPH, "Related articles", "Ferry fares to rise in spring", "New pier opens at Eastbay", SECOND
    )
    removed = reasons(text)
    assert removed["Ferry fares to rise in spring"] == "block:related"
    assert SECOND not in removed


def test_appeal_block_at_the_foot() -> None:
    text = lines(
        PARAGRAPH, SECOND, "Share this article",
        "Local reporting like this depends on readers like you.",
        "Every contribution, big or small, keeps our journalism free for everyone to read.",
        "Donate now",
    )
    removed = {r.text: r for r in boilerstrip.explain(text).removals}
    appeal = "Every contribution, big or small, keeps our journalism free for everyone to read."
    # the run of appeal lines (or the block under the marker) speaks for it
    assert {item.id for item in removed[appeal].evidence} & {"block:appeal", "block:appeal-run"}
    assert PARAGRAPH not in removed and SECOND not in removed


#: A reader-funded publisher's appeal at the foot: a short plea, then a paragraph too long for a
#: rule alone that describes how the site is funded and asks for a gift.
FUNDING_PARAGRAPHS = {
    "en": "The Review is a non-profit project kept alive by reader donations, with no ads and no paywall, "
          "only the generosity of the people who read it. It is a model we love, but it only works if enough "
          "of you chip in: visit our support page to become a Friend and receive a card pack each season, "
          "or give a one-off donation of any size. Already a supporter? Thank you for making this possible.",
    "de": "Das Magazin ist ein gemeinnütziges Projekt und finanziert sich durch Spenden unserer Leserinnen "
          "und Leser, ohne Werbung und ohne Bezahlschranke. Das funktioniert nur, wenn genug von Ihnen mithelfen: "
          "Werden Sie Fördermitglied und erhalten Sie jede Saison ein Kartenset, oder unterstützen Sie uns mit "
          "einer einmaligen Spende in beliebiger Höhe. Sie unterstützen uns schon? Vielen Dank dafür.",
    "fr": "La revue est un projet à but non lucratif qui vit grâce aux dons de nos lecteurs, sans publicité "
          "ni abonnement obligatoire. Ce modèle ne tient que si assez d'entre vous participent : devenez ami "
          "de la revue et recevez chaque saison un jeu de cartes, ou choisissez de faire un don ponctuel du "
          "montant de votre choix. Vous nous soutenez déjà ? Merci de rendre tout cela possible.",
}
FUNDING_PLEAS = {
    "en": "Enjoyed this piece? We need your help to keep publishing.",
    "de": "Jetzt spenden",
    "fr": "Faites un don",
}


@pytest.mark.parametrize("lang", sorted(FUNDING_PARAGRAPHS))
def test_a_long_funding_paragraph_under_a_plea_goes_with_it(lang: str) -> None:
    paragraph = FUNDING_PARAGRAPHS[lang]
    removed = {r.text: r for r in boilerstrip.explain(lines(*ARTICLE, FUNDING_PLEAS[lang], paragraph)).removals}
    assert paragraph in removed and "block:appeal" in {item.id for item in removed[paragraph].evidence}
    assert not set(ARTICLE) & set(removed)


def test_an_article_paragraph_about_a_reader_funded_museum_stays() -> None:
    paragraph = (
        "The railway museum, kept alive by reader donations to the local paper's appeal since 1998, will "
        "reopen in May. Volunteers said they would give a one-off donation of their own to mend the roof, "
        "and the council promised to match every pound raised by the summer."
    )
    assert reasons(lines(*ARTICLE[:2], paragraph, *ARTICLE[2:])) == {}


def test_article_about_donations_survives() -> None:
    text = lines(
        "Hospice appeal passes its target",
        PARAGRAPH,
        "The hospice said every contribution, big or small, had helped, and thanked readers like you "
        "who had made a one-time donation or a monthly donation during the winter appeal.",
        SECOND,
    )
    assert reasons(text) == {}


def test_menu_run_before_the_first_paragraph() -> None:
    removed = reasons(lines("News", "Sport", "Opinion", "Culture", "Ferry timetable changes", PARAGRAPH))
    assert set(removed) == {"News", "Sport", "Opinion", "Culture"}


def test_menu_run_laid_out_as_table_cells() -> None:
    # An extractor prints a layout table's cells between pipes; the pipes are no words, and an
    # empty row between the items neither makes nor breaks the run.
    menu = ["|  | Harbour Services |  |", "|  | Ferry Times |  |", "|  |  |  |", "|  | Visitor Info |  |"]
    removed = reasons(lines(*menu, "Ferry timetable changes", PARAGRAPH, SECOND))
    assert {menu[0], menu[1], menu[3]} <= set(removed)
    assert removed[menu[1]] == "shape:menu"
    assert "Ferry timetable changes" not in removed


def test_table_cell_separators_are_no_words() -> None:
    assert Line(0, "|  | Ferry Times |  |").words == 2
    assert Line(0, "| Team | Won | Lost |").words == 3
    assert Line(0, "Fares rose by a third || said the board").words == 9  # only lone pipes go


def test_byline_and_dateline_at_the_head_stay() -> None:
    text = lines("Ferry timetable changes", "By Anna Keller", "WESTPORT", PARAGRAPH)
    assert reasons(text) == {}


def test_menu_row_goes_but_a_table_header_stays() -> None:
    text = lines(
        PARAGRAPH, "| Team | Won | Lost | Points |", "| Rovers | 20 | 3 | 63 |", "| Home | News | Sport | Weather |"
    )
    assert set(reasons(text)) == {"| Home | News | Sport | Weather |"}


def test_a_lines_shape_is_looked_at_once_and_read_in_every_pass() -> None:
    from boilerstrip.heuristics import shape

    assert shape.shape_kind("https://example.org/x", 1) == shape.URL_SHAPE
    assert shape.shape_kind("Home > News > Local", 5) == shape.BREADCRUMB_SHAPE
    assert shape.shape_kind("| Home | News | Sport | Weather |", 4) == shape.MENU_ROW_SHAPE
    assert shape.shape_kind("| Rovers | 20 | 3 | 63 |", 4) == shape.NO_SHAPE
    assert shape.shape_kind("The ferry | a story in four parts, one a week, all summer long", 14) == shape.NO_SHAPE
    # The shape is kept by the line across passes; whether a menu row is a table's is asked of
    # its neighbours in each pass. Every pass's document answers as the definitions do.
    text = lines(
        PARAGRAPH, "| Team | Won | Lost | Points |", "| Rovers | 20 | 3 | 63 |", "| Home | News | Sport | Weather |",
        "Read more",
    )
    removed = reasons(text)
    assert "| Home | News | Sport | Weather |" in removed and "| Team | Won | Lost | Points |" not in removed
    cleaner = boilerstrip.Cleaner()
    for doc, _ in cleaner.documents(text)[1]:
        for i, line in enumerate(doc.lines):
            assert doc.shape_kind(i) == shape.shape_kind(line.text, line.words)
            assert doc.menu_row(i) == shape.is_menu_row(line.text)


def test_breadcrumb_and_bare_url() -> None:
    text = lines("Home > News > Local", PARAGRAPH, "https://example.org/ferry", SECOND, "https://example.org/x")
    removed = reasons(text)
    assert removed["Home > News > Local"] in {"shape:breadcrumb", "en/navigation:133"}
    assert "https://example.org/ferry" not in removed  # inside the article body: its own reference
    assert removed["https://example.org/x"] == "shape:url"


def test_short_line_between_removed_lines_goes() -> None:
    text = lines(PARAGRAPH, SECOND, "Share this article", "Portmere Quay", "Advertisement", SECOND + " Again.")
    assert reasons(text)["Portmere Quay"] == "neighbours:between-removed"


@pytest.mark.parametrize("sentence", [
    "The mayor declined to comment.", "Police are investigating.", "Why does it matter?",
    "Der Bürgermeister äußerte sich nicht.", "Nadie resultó herido.", "“It was not the first time.”",
    "町長はコメントを控えた。",
])
def test_a_one_sentence_paragraph_between_removed_lines_stays(sentence: str) -> None:
    # An advertisement label above and a "Read more" below: the sentence between them is a
    # paragraph of the article, not a field of a box.
    text = lines(PARAGRAPH, SECOND, "Advertisement", sentence, "Read more", SECOND + " Again.")
    removed = reasons(text)
    assert "Advertisement" in removed and "Read more" in removed
    assert sentence not in removed


@pytest.mark.parametrize("disabled", ["comments", "tail:comments"])
def test_disabling_a_category_or_heuristic(disabled: str) -> None:
    text = lines(PARAGRAPH, SECOND, "12 Comments", "Great piece, thanks!")
    removed = reasons(text, Config(disabled=frozenset({disabled})))
    assert "Great piece, thanks!" not in removed


def test_safety_valve_keeps_a_document_of_prompts() -> None:
    # Nothing but prompt-like lines: an article about them, or a page we should not gut.
    text = lines(
        "Why newsletters win", "Sign up for our newsletter to get the best stories.",
        "Subscribe to continue reading and support quality journalism today.", PARAGRAPH,
    )
    result = boilerstrip.explain(text)
    assert PARAGRAPH in result.text


def test_related_block_takes_summaries_between_headlines_only() -> None:
    text = lines(
        PARAGRAPH, SECOND, "Most viewed articles",
        "Ferry fares to rise in spring",
        "The harbour board will raise single fares by twenty pence from April.",
        "New pier opens at Eastbay",
        "The new pier cost four million pounds and took two years to build.",
    )
    removed = reasons(text)
    assert removed["The harbour board will raise single fares by twenty pence from April."] == "block:related"
    assert removed["New pier opens at Eastbay"] == "block:related"
    # The last summary is followed by no headline: it could be the article's own closing line.
    assert "The new pier cost four million pounds and took two years to build." not in removed


@pytest.mark.parametrize("quote", [
    "“We can't keep losing money on corn,” said one farmer. “Sorghum needs half the water.”",
    "„Wir können mit Mais kein Geld mehr verdienen“, sagte ein Landwirt. „Hirse braucht weniger Wasser.“",
    "« On ne peut plus perdre d'argent avec le maïs », a dit un agriculteur. « Le sorgho boit moins. »",
])
def test_a_quoted_sentence_is_no_teaser_headline(quote: str) -> None:
    # A paragraph that is a quote ends with its mark after the full stop: a sentence, not a
    # headline, so the teaser list above it stops there.
    article = (PARAGRAPH, quote, "The shift has been quick, seed dealers say.", "What the data show", SECOND)
    text = lines(PARAGRAPH, "Related", "Ferry fares to rise in spring", "New pier opens at Eastbay", *article[1:])
    removed = reasons(text)
    assert removed["New pier opens at Eastbay"] == "block:related"
    assert not set(article) & set(removed)


def test_a_list_of_headlines_alone_takes_no_paragraph_as_a_summary() -> None:
    # Two headlines in a row: the list has no summaries, and the paragraph after it, before the
    # article's next subheading, is the article's.
    paragraph = "The shift has been quick. Seed dealers say orders doubled between January and February."
    text = lines(PARAGRAPH, "Related", "Ferry fares to rise in spring", "New pier opens at Eastbay",
                 paragraph, "What the data show", SECOND)
    removed = reasons(text)
    assert removed["New pier opens at Eastbay"] == "block:related"
    assert paragraph not in removed and "What the data show" not in removed


def test_a_zero_count_in_brackets_opens_no_section() -> None:
    text = lines(PARAGRAPH, "Reader comments (0)", SECOND, "The ferry will run from March.")
    assert "The ferry will run from March." not in reasons(text)


def test_a_copyright_line_after_the_article_closes_it() -> None:
    text = lines(
        *ARTICLE,
        "Copyright 2008 Example Press. All rights reserved.",
        "Live coverage of the ferry launch starts at six on our sister channel.",
    )
    removed = reasons(text)
    assert removed["Live coverage of the ferry launch starts at six on our sister channel."] == "tail:after-copyright"


def test_a_copyright_line_before_the_article_body_closes_nothing() -> None:
    text = lines("© 2025 Example Media", PARAGRAPH, SECOND)
    assert SECOND not in reasons(text)


def test_the_authors_contact_line_closes_the_article_and_stays() -> None:
    contact = "Staff writer Anna Keller can be reached at anna.keller@example.org."
    text = lines(*ARTICLE, contact, "Great story, thanks!")
    removed = reasons(text)
    assert contact not in removed
    assert removed["Great story, thanks!"] == "tail:after-contact"


def test_an_empty_comment_section_closes_the_article() -> None:
    text = lines(
        *ARTICLE,
        "No comments have so far been submitted. Why not be the first to send us your thoughts?",
        "Ferry fares to rise in spring as the board reviews its budget for the coming year.",
    )
    removed = reasons(text)
    assert removed["Ferry fares to rise in spring as the board reviews its budget for the coming year."] == (
        "tail:after-comments"
    )


def test_a_tag_line_after_the_article_closes_it() -> None:
    # Endless-scroll pages append the next article after the tag line.
    next_article = "The lighthouse on the east pier will be repainted this summer for the first time in forty years."
    text = lines(*ARTICLE, "Tags: ferries, harbour", next_article)
    assert reasons(text)[next_article] == "tail:after-tags"


def test_a_tag_line_over_the_article_closes_nothing() -> None:
    text = lines("Schlagwörter: Hafen, Fähre", PARAGRAPH, SECOND)
    assert set(reasons(text)) == {"Schlagwörter: Hafen, Fähre"}


def test_a_dated_teaser_list_over_the_article_goes() -> None:
    teasers = []
    items = ((12, "Ferry fares to rise in spring"), (9, "New pier opens at Eastbay"), (11, "Harbour cafe wins award"))
    for day, summary in items:
        teasers += [f"{day:02d}/03/2025 - 18:40", summary + " after a vote by the board."]
    removed = reasons(lines(*teasers, *ARTICLE))
    assert set(removed) == set(teasers) and set(removed.values()) == {"block:teasers"}


def test_bare_bullets_over_short_captions_are_the_article() -> None:
    captions = []
    for caption in ("The old ferry at dawn.", "Crowds on the new pier.", "The harbour master's office."):
        captions += ["-", caption]
    assert reasons(lines(PARAGRAPH, SECOND, *captions)) == {}


def test_a_related_link_takes_the_teasers_that_end_the_text() -> None:
    teasers = ["Ferry fares to rise in spring", "Fares rise by twenty pence.", "New pier opens at Eastbay"]
    link = "Read also: Harbour cafe on the east pier wins a national award"
    removed = reasons(lines(PARAGRAPH, SECOND, link, *teasers, "© 2025 Harbour Herald"))
    assert all(removed[t] == "block:related" for t in teasers)


def test_a_related_link_mid_article_takes_no_sub_heading() -> None:
    link = "Read also: Harbour cafe on the east pier wins a national award"
    text = lines(PARAGRAPH, link, "Fares and timetables", "The new fares", SECOND, "Ferry fares to rise in spring")
    assert set(reasons(text)) == {link}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Posted by jane at 9:39 PM | Permalink", "byline"),
        ("Posted: 19 June 2003", "byline"),
        ("Posted on July 19th, 2015", "byline"),
        ("Comments (3)", "byline"),
        ("Comment number 12.", "byline"),
        ("ReplyDelete", "control"),
        # sentences and headings that merely open with the same words
        ("Posted the appeal on our club's Facebook page", None),
        ("Commentary", None),
        ("Comments--", None),
        ("Written over two winters, the book follows the ferry crews", None),
    ],
)
def test_comment_metadata_needs_its_shape(text: str, kind: str | None) -> None:
    assert meta_kind(text) == kind


def test_a_quote_introduction_opens_no_comment_section() -> None:
    # "X writes:" before a quote looks like a comment byline, but no other byline follows it:
    # the comment section starts where its own metadata (timestamp, reply control) repeats.
    quote_intro = "As the harbour master put it, Ms Keller writes:"
    after = "The board will review the timetable again in the autumn."
    text = lines(
        PARAGRAPH, SECOND, quote_intro, "We cannot run a late boat without a second crew.", after,
        "March 3, 2015 at 9:12 am", "Great news for commuters.", "Reply",
        "March 3, 2015 at 10:40 am", "About time too.", "Reply",
        "March 4, 2015 at 8:05 am", "Will the fares change?", "Reply",
    )
    removed = reasons(text)
    assert quote_intro not in removed and after not in removed
    assert removed["Great news for commuters."] == "tail:comments"


def test_one_label_line_never_takes_the_prose_after_it() -> None:
    # "Comments" alone, with article prose and no comment after it, is a stray label.
    text = lines(PARAGRAPH, SECOND, "Comments", *ARTICLE, PARAGRAPH + " Finally.")
    removed = reasons(text)
    assert not any(line in removed for line in (*ARTICLE, PARAGRAPH + " Finally."))


def test_comment_header_over_a_form_alone_opens_a_section() -> None:
    text = lines(*ARTICLE, "Leave a Reply", "Your email address will not be published.", "Name", "Email",
                 "Website", "Post Comment")
    removed = reasons(text)
    assert {"Leave a Reply", "Name", "Email", "Website", "Post Comment"} <= set(removed)


def test_code_identifiers_and_edit_links_make_no_comment_section() -> None:
    code = ["first_name", "[edit]", "last_name", "[edit]", "user_id", "[edit]", "created_at"]
    text = lines(*ARTICLE, *code, SECOND + " Closing.")
    assert not any(r.rule_id == "tail:comments" for r in boilerstrip.explain(text).removals)


def test_table_rows_of_short_words_are_no_menu() -> None:
    table = ["| Feature | Python | Rust | Go |", "| Garbage collection | Yes | No | Yes |",
             "| Generics | Yes | Yes | Yes |", "| Exceptions | Yes | No | No |"]
    removed = reasons(lines(PARAGRAPH, *table, SECOND))
    assert not any(row in removed for row in table)
    assert "| Home | News | Sport | Weather |" in reasons(lines("| Home | News | Sport | Weather |", PARAGRAPH, SECOND))


@pytest.mark.parametrize("header", ["  city   | country | region  | airport", " name | kind | owner | status"])
def test_a_consoles_table_header_is_no_menu(header: str) -> None:
    """A database shell's output in a documentation page: the header row over its "+"-crossed rule."""
    rule = "-" * 9 + "+" + "-" * 9 + "+" + "-" * 9 + "+" + "-" * 9
    sample = ("To list the ferry ports with their airports, run this query:", "SELECT * FROM ports;", header, rule)
    rows = (" Kirkwall | UK | Orkney | KOI", " Stromness | UK | Orkney | KOI", "(2 rows)")
    removed = reasons(lines(PARAGRAPH, *sample, *rows, SECOND))
    assert header not in removed


def test_a_long_list_under_a_short_introduction_is_no_menu() -> None:
    items = [f"- {name}" for name in ("Ada", "Algol", "APL", "AWK", "BASIC", "COBOL", "Eiffel", "Forth",
                                      "Fortran", "Haskell", "Lisp", "Logo", "ML", "Oberon", "Pascal",
                                      "Perl", "Prolog", "Ruby", "Scheme", "Simula", "Smalltalk", "Tcl")]
    text = lines("List of programming languages", PARAGRAPH, *items)
    assert not any(item in reasons(text) for item in items)
    # under a long article, the same few items at the foot are a menu
    assert {"- Ada", "- Algol", "- APL"} <= set(reasons(lines(*ARTICLE, "- Ada", "- Algol", "- APL")))


def test_a_comment_header_over_readers_talking_opens_a_section() -> None:
    # the extractor dropped every byline and date: the comments still read as comments
    talk = ["Thanks for writing this, I wondered about the late boat all winter!",
            "My daughter works shifts in town and this will help her a lot.",
            "Do you know if the Sunday timetable changes too?",
            "I agree with Margaret, twenty minutes is fine for me."]
    removed = reasons(lines(*ARTICLE, "4 Responses", *talk))
    assert all(removed.get(line) == "tail:comments" for line in talk)
    # the same header over third-person prose is a stray label
    assert not any(line in reasons(lines(*ARTICLE, "4 Responses", *ARTICLE)) for line in ARTICLE)


def test_a_newsletter_box_in_other_words_is_one_run() -> None:
    box = ["The Morning Brief", "Get the day's top stories delivered to your inbox every weekday.",
           "Enter your email address", "Sign up",
           "You can unsubscribe at any time. See our privacy policy."]
    removed = reasons(lines(PARAGRAPH, *box, SECOND, PARAGRAPH + " Later."))
    assert {box[1], box[2], box[3], box[4]} <= set(removed)
    assert PARAGRAPH not in removed and SECOND not in removed


THREAD = lines(
    "Which lens for birds in flight?", PARAGRAPH, SECOND,
    "12 Comments", "Great question, thanks! I use a 100-400 myself.", "I disagree, a prime is sharper for me.",
)


@pytest.mark.parametrize("url", [
    "https://forum.example.org/t/which-lens-for-birds/40024",
    "https://example.com/threads/which-lens-for-birds.32375/",
    "https://example.com/community/viewtopic.php?t=487157",
    "https://qa.example.com/questions/21553327/which-lens",
    "https://www.example.com/r/photography/comments/1rl4mew/which_lens/",
])
def test_a_thread_address_keeps_the_replies(url: str) -> None:
    # The same text under an article's address loses its comment section; under a thread's, the
    # replies are the page's content.
    assert "tail:comments" in reasons(THREAD).values()
    assert "tail:comments" not in {r.rule_id for r in boilerstrip.explain(THREAD, url=url).removals}
    assert boilerstrip.strip(THREAD, url=url).count("\n") >= 5


@pytest.mark.parametrize("url", [
    "https://news.example.com/topics/photography/birds-in-flight.html",
    "https://shop.example.com/t/telephoto-lens-LMhfRGdO",
    "https://example.com/d/online/photo-walks/",
    None,
])
def test_other_addresses_cut_the_comments(url: str | None) -> None:
    assert "tail:comments" in {r.rule_id for r in boilerstrip.explain(THREAD, url=url).removals}


def test_a_specification_under_recommended_is_no_teaser_list() -> None:
    spec = ("OS: Windows 10 version 18362.0 or higher", "Processor: Intel i5-8400 or AMD Ryzen 5 1500X",
            "Memory: 16 GB RAM", "Graphics: NVidia GTX 1070 or AMD RX 590")
    removed = reasons(lines(PARAGRAPH, SECOND, "Recommended", *spec))
    assert not set(spec) & set(removed)
    # Teasers with a label among them are still teasers.
    teasers = ("Review: The new ferry is quieter than the old one", "Ferry fares rise again for winter commuters",
               "Harbour board names a new chair after long search")
    removed = reasons(lines(PARAGRAPH, SECOND, "Recommended", *teasers))
    assert set(teasers) <= set(removed)


def test_a_teaser_list_stops_at_a_line_introducing_a_list() -> None:
    text = lines(
        PARAGRAPH, SECOND, "Also read:",
        "- How the harbour board plans its winter timetables", "- Why ferry crews work split shifts",
        "Trend five, exercises for mental health", "Different training styles offer unique benefits:",
        "- Resistance training can reduce depressive symptoms.",
    )
    removed = reasons(text)
    assert "- Why ferry crews work split shifts" in removed
    # An unbulleted sub-heading after bulleted teasers, and a line ending in a colon, are the article's.
    assert "Trend five, exercises for mental health" not in removed
    assert "Different training styles offer unique benefits:" not in removed


def test_a_listing_from_the_top_keeps_its_items() -> None:
    items = [f"Harbour story number {n} makes the news on the island today" for n in range(40)]
    removed = reasons(lines("Latest", *items))
    assert not set(items) & set(removed)


@pytest.mark.parametrize(("stamp", "control"), [
    ("3 saat önce", "Yanıtla"), ("3시간 전", "답글"), ("před 3 hodinami", "Odpovědět"), ("3 giờ trước", "Trả lời"),
    ("3 jam yang lalu", "Balas"), ("3小时前", "回复"), ("منذ 3 ساعات", "رد"),
])
def test_comment_rhythm_in_the_languages_added_later(stamp: str, control: str) -> None:
    # Handles, relative timestamps and reply controls of a comment section in each language: the
    # rhythm proves the section without a header.
    comments = []
    for n, body in enumerate(("Harika bir yazı, teşekkürler!", "Bence de öyle.", "Katılmıyorum, bence hata.")):
        comments += [f"reader_{n}42", stamp, body, control]
    removed = reasons(lines(PARAGRAPH, SECOND, *comments))
    assert set(comments) <= set(removed)
    assert PARAGRAPH not in removed and SECOND not in removed


def test_comment_bylines_without_their_colon_prove_a_section() -> None:
    comments = ("Sharon says", "Is that your cabbage in the picture? It is beautiful.", "Jill Winger says",
                "Yes, my cabbages are doing well this year!", "Amy says", "Mine too, the cauliflower is enormous!")
    removed = reasons(lines(PARAGRAPH, SECOND, *comments))
    assert set(comments) <= set(removed)
    # One such line in an article is a sub-heading, not a comment section.
    assert reasons(lines(PARAGRAPH, "The harbour master says", SECOND, PARAGRAPH + " Again.")) == {}


def test_a_hard_wrapped_paragraph_is_judged_whole() -> None:
    # Wrapped at 69 characters, the paragraph's last piece is "read more.": alone, a rule's line;
    # as the end of the paragraph it is, article text. The boilerplate lines after it still go.
    import textwrap

    paragraph = (
        "The decision will cost about 38,000 pounds a year, which the finance committee said would come "
        "from the reserve set aside for the new ferry terminal. The full report on the library runs to some "
        "forty pages, and residents who want every figure in it, from the heating bill to the cost of the "
        "cleaners, can go to the council's website and read more."
    )
    wrapped = [textwrap.fill(p, 69) for p in (PARAGRAPH, SECOND, paragraph, PARAGRAPH + " Again.")]
    assert wrapped[2].endswith("\nread more.")
    text = "\n\n".join(wrapped) + "\n\nShare this article\n\nRead more\n"
    removed = boilerstrip.explain(text).removals
    assert [r.text for r in removed] == ["Share this article", "Read more"]


def test_a_removed_wrapped_paragraph_goes_with_all_its_lines() -> None:
    import textwrap

    appeal = ("If you value our reporting on the harbour and the council, please consider supporting us with a "
              "donation today: independent local journalism depends on readers like you, and every contribution "
              "helps us keep our journalism free for everyone.")
    body = [textwrap.fill(p, 72) for p in (PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.")]
    text = "\n\n".join([*body, "Support our journalism", textwrap.fill(appeal, 72), "Donate now"]) + "\n"
    removed = {r.text for r in boilerstrip.explain(text).removals}
    appeal_lines = set(textwrap.fill(appeal, 72).splitlines())
    # the appeal box takes the wrapped paragraph, every line of it
    assert appeal_lines <= removed
    assert not any(line in removed for part in body for line in part.splitlines())


#: An article whose paragraphs, wrapped at 60 characters, often end on a line that fills the width.
DROUGHT = (
    "Drought forces farmers to rethink crops",
    "By Maria Lopez",
    "March 3, 2026",
    "Farmers across the southern plains are planting sorghum instead of corn this spring, betting "
    "that the hardier grain will survive a third year of drought.",
    "“We can't keep losing money on corn,” said Dale Henson, who farms 1,200 acres near the county "
    "line. “Sorghum needs half the water.”",
    "The shift has been quick. Seed dealers say orders for sorghum doubled between January and February.",
    "What the data show",
    "State figures released on Monday show that reservoirs stand at 38 percent of capacity, the "
    "lowest level since records began in 1952.",
    "Irrigation districts have cut allocations twice this year, and some growers received no water "
    "at all in February.",
    "Agronomists warn that a switch of this size carries its own risks: sorghum prices could fall "
    "if too many farmers plant it at once.",
    "Others are leaving fields fallow and collecting insurance payments instead.",
    "I think we'll see more of that, said Henson. Nobody wants to plant into dust.",
    "The state legislature is expected to debate a drought relief package next month.",
    "Henson said he would wait for the spring rains before deciding how much to plant.",
)


def test_a_wrapped_article_whose_paragraphs_end_on_full_lines_is_judged_by_paragraph() -> None:
    import textwrap

    # A paragraph's last line that fills the width says nothing of where lines break; read as
    # pieces, "I think we'll see more of that, said Henson. Nobody wants to" has a headline's
    # shape and a related box's list took it.
    box = "Related\nStorm damage closes two bridges\nReservoir levels hit record low"
    wrapped = [textwrap.fill(p, 60) for p in DROUGHT]
    text = "\n\n".join([*wrapped[:11], box, *wrapped[11:]]) + "\n"
    removed = {r.text for r in boilerstrip.explain(text).removals}
    assert "Storm damage closes two bridges" in removed
    assert not any(line in removed for part in wrapped for line in part.splitlines())


def test_lines_of_code_are_no_rule_lines() -> None:
    # A code sample holds the rules' words ("continue", "category:", "home"); its lines stay.
    code = ("for item in items {", "if item.skip {", "continue;", "}",
            '{ category: "Fruits", price: "$1", stocked: true, name: "Apple" },', "<Home />")
    removed = reasons(lines(PARAGRAPH, *code, SECOND, "Read more"))
    assert not set(code) & set(removed)
    assert removed == {"Read more": removed["Read more"]}


#: A blog's recent-posts widget, in English, German and French dates.
RECENT_POSTS = {
    "en": [
        "- Winter sailings return to Eastbay - January 13, 2025",
        "- The night ferry, remembered - December 16, 2024",
        "- Why the old pier had to go - December 9, 2024",
    ],
    "de": [
        "- Winterfahrplan der Fähre – 13. Januar 2025",
        "- Erinnerungen an die Nachtfähre – 16. Dezember 2024",
        "- Warum der alte Steg weichen musste – 9. Dezember 2024",
    ],
    "fr": [
        "- Le retour des traversées d'hiver - 13/01/2025",
        "- Souvenirs du ferry de nuit - 16/12/2024",
        "- Pourquoi l'ancienne jetée a disparu - 09/12/2024",
    ],
}


@pytest.mark.parametrize("lang", sorted(RECENT_POSTS))
def test_a_run_of_dated_post_titles_after_the_article_goes(lang: str) -> None:
    posts = RECENT_POSTS[lang]
    removed = reasons(lines(*ARTICLE, *posts))
    assert removed == dict.fromkeys(posts, "block:teasers")


def test_dated_titles_inside_the_article_are_a_timeline() -> None:
    timeline = ["- First sailing - May 2, 1921", "- A new pier - June 14, 1958", "- Night ferry ends - May 3, 1999"]
    assert reasons(lines(PARAGRAPH, *timeline, SECOND)) == {}


def test_two_dated_titles_or_a_date_range_make_no_list() -> None:
    assert reasons(lines(*ARTICLE, *RECENT_POSTS["en"][:2])) == {}
    terms = ["- Spring 12.01.26 - 10.04.26", "- Summer 27.04.26 - 31.07.26", "- Autumn 21.09.26 - 18.12.26"]
    assert reasons(lines(*ARTICLE, *terms)) == {}


# A notice whose first sentence says what it is, run on into one long paragraph.

NOTICES = [
    "We use cookies to improve your experience on our site. Some of them are essential, others help us "
    "understand how the site is used and show you offers that may interest you; you can change your "
    "choice at any time from the link at the foot of every page.",
    "Nous utilisons des cookies pour améliorer votre expérience sur notre site. Certains sont indispensables "
    "à son fonctionnement, d'autres nous aident à mesurer l'audience et à vous proposer des contenus adaptés ; "
    "vous pouvez modifier vos choix à tout moment.",
    "Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten. Einige sind für den Betrieb "
    "notwendig, andere helfen uns, die Nutzung zu verstehen und Ihnen passende Angebote zu zeigen; Ihre "
    "Auswahl können Sie jederzeit in den Einstellungen ändern.",
    "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Algunas son necesarias para "
    "que el sitio funcione y otras nos ayudan a entender cómo se usa y a mostrarle ofertas de su interés; "
    "puede cambiar su elección en cualquier momento.",
    "By signing up, you agree to our Terms of Use and Privacy Policy. You will receive recurring marketing "
    "messages at the number you gave us, message and data rates may apply, and you can reply STOP at any "
    "time to end them.",
    "Suivez-nous sur Instagram et Facebook pour ne rien manquer de nos recettes. Chaque semaine, nous y "
    "partageons les plats de saison, les astuces de la cuisine et les photos que vous nous envoyez.",
    "Folgen Sie uns auf Instagram und Facebook, um kein Rezept zu verpassen. Jede Woche zeigen wir dort "
    "Gerichte der Saison, kleine Küchentricks und die schönsten Fotos, die Sie uns aus Ihrer eigenen Küche "
    "schicken.",
]


@pytest.mark.parametrize("notice", NOTICES)
def test_a_long_notice_goes_by_its_first_sentence(notice: str) -> None:
    text = "\n".join([*ARTICLE[:2], notice, *ARTICLE[2:]]) + "\n"
    gone = {r.text: r for r in boilerstrip.explain(text).removals}
    assert notice in gone and gone[notice].category in ("cookie", "subscribe", "social")
    assert not set(ARTICLE) & set(gone)


# A medical disclaimer under a health article: the page's content is "not a substitute for medical
# advice". Short, a rule takes it; run on into a paragraph, its first sentence does.

MEDICAL_DISCLAIMERS = [
    "Disclaimer: This article is for general information only and is not a substitute for professional "
    "medical advice. Talk to your doctor or a registered dietitian before you change what you eat, start "
    "a supplement or take up a new training plan.",
    "This post is not intended to replace the advice of a qualified healthcare professional.",
    "We do not provide medical advice. The products in this guide were tested by our editors at home, and "
    "anyone with a condition of the gums or teeth should ask a dentist which brush suits them.",
    "Hinweis: Dieser Artikel ersetzt keine ärztliche Beratung. Bei anhaltenden Beschwerden wenden Sie sich "
    "bitte an Ihre Hausärztin oder Ihren Hausarzt, bevor Sie Ihre Ernährung oder Ihr Training umstellen.",
    "Cet article ne remplace pas l'avis d'un médecin. En cas de douleur persistante, consultez un "
    "professionnel de santé avant de modifier votre alimentation ou votre entraînement.",
    "Este artículo no sustituye la consulta médica. Si los síntomas persisten, acuda a su médico antes de "
    "cambiar su dieta o empezar un nuevo plan de ejercicio.",
    "Questo articolo non sostituisce il parere del medico: in caso di dubbi rivolgetevi al vostro medico "
    "di base.",
    "Este artigo não substitui a consulta médica.",
    "Dit artikel vervangt geen medisch advies van een arts.",
]

#: An article's own sentences about a test or an app that is no substitute for a doctor.
MEDICAL_PROSE = [
    "The symptom checker is not a substitute for medical advice, its makers say, and in our tests it named "
    "the wrong condition for one patient in three.",
    "Doctors warned that the home test does not replace the advice of a physician.",
    "Die App ersetzt keine ärztliche Beratung, sagt die Kassenärztliche Vereinigung, und sie verschickt "
    "Warnungen zu spät.",
    "Selon l'ordre des médecins, l'application ne remplace pas l'avis d'un médecin.",
]


@pytest.mark.parametrize("disclaimer", MEDICAL_DISCLAIMERS)
def test_a_medical_disclaimer_goes(disclaimer: str) -> None:
    text = "\n".join([*ARTICLE, disclaimer]) + "\n"
    gone = {r.text: r for r in boilerstrip.explain(text).removals}
    assert disclaimer in gone and gone[disclaimer].category == "legal"
    assert not set(ARTICLE) & set(gone)


@pytest.mark.parametrize("sentence", MEDICAL_PROSE)
def test_an_articles_sentence_about_medical_advice_stays(sentence: str) -> None:
    text = "\n".join([*ARTICLE[:2], sentence, *ARTICLE[2:]]) + "\n"
    assert reasons(text) == {}


# A note on who produced the story, at its foot, run on into the newsroom's pitch.

PARTNERSHIP_NOTES = [
    "This story about school meals was written by Jane Doe and produced by The Example Report, a "
    "nonprofit, independent news organization focused on education. Sign up for our weekly newsletter "
    "to get stories like this in your inbox.",
    "This article was produced in partnership with the Example Center for Crisis Reporting.",
    "Dieser Artikel entstand in Zusammenarbeit mit dem Recherchezentrum Beispiel.",
    "Cet article a été réalisé en partenariat avec le Centre Exemple de journalisme.",
    "Este artículo fue producido en colaboración con la Fundación Ejemplo.",
    "Questo articolo è stato realizzato in collaborazione con il Centro Esempio.",
    "Este artigo foi produzido em parceria com o Centro Exemplo.",
    "Dit artikel is gemaakt in samenwerking met het Voorbeeldfonds.",
]

#: The article's own sentences about partnerships and about who wrote what.
PARTNERSHIP_PROSE = [
    "The report was produced in partnership with three universities, the council said on Monday.",
    "This story about a village school was written by a pupil, and the teacher read it aloud at assembly.",
]


@pytest.mark.parametrize("note", PARTNERSHIP_NOTES)
def test_a_partnership_note_goes(note: str) -> None:
    text = "\n".join([*ARTICLE, note]) + "\n"
    gone = {r.text: r for r in boilerstrip.explain(text).removals}
    assert note in gone and gone[note].category == "syndication"
    assert not set(ARTICLE) & set(gone)


@pytest.mark.parametrize("sentence", PARTNERSHIP_PROSE)
def test_an_articles_sentence_about_a_partnership_stays(sentence: str) -> None:
    assert reasons("\n".join([*ARTICLE[:2], sentence, *ARTICLE[2:]]) + "\n") == {}


# A follow prompt joined to the line's sentence or after a question, naming a network.

FOLLOW_PROMPTS = [
    "Catch up on our coverage of gardening and home projects, and follow us on Instagram and TikTok to "
    "stay up to date.",
    "Want more recipes like this one? Follow me on Pinterest to see what I'm pinning.",
    "Noch mehr Rezepte? Folgen Sie uns auf Instagram.",
    "Envie d'autres recettes ? Suivez-nous sur Instagram.",
    "¿Quieres más recetas? Síguenos en Instagram.",
    "Vuoi altre ricette? Seguici su Instagram.",
    "Quer mais receitas? Siga-nos no Instagram.",
    "Meer recepten? Volg ons op Instagram.",
]

FOLLOW_PROSE = [
    "The singer told fans that they should not follow her on TikTok because she rarely posts there.",
    "Fans who follow us on a tour of the old mill will see the wheel turn again.",
]


@pytest.mark.parametrize("prompt", FOLLOW_PROMPTS)
def test_a_follow_prompt_inside_a_line_goes(prompt: str) -> None:
    text = "\n".join([*ARTICLE, prompt]) + "\n"
    gone = {r.text: r for r in boilerstrip.explain(text).removals}
    assert prompt in gone and gone[prompt].category == "social"


@pytest.mark.parametrize("sentence", FOLLOW_PROSE)
def test_an_articles_sentence_about_following_stays(sentence: str) -> None:
    assert reasons("\n".join([*ARTICLE[:2], sentence, *ARTICLE[2:]]) + "\n") == {}


# A contact or sign-up form's consent line, left in the text where the form stood.

FORM_CONSENTS = [
    "Terms of submitting this form: I agree that Example College may contact me by email or phone.",
    "New accounts only. By submitting your email you agree to our Privacy Policy",
    "By providing my email, I am consenting to receive emails and offers from Example Socks.",
    "By submitting this form, you agree to be contacted about our programmes.",
    "Mit dem Absenden des Formulars erkläre ich mich mit der Verarbeitung meiner Daten einverstanden.",
    "Ich bin damit einverstanden, dass mich die Beispiel GmbH per E-Mail kontaktiert.",
    "En soumettant ce formulaire, vous acceptez d'être recontacté par nos conseillers.",
    "J'accepte que Exemple me contacte par e-mail au sujet de ma demande.",
    "Al enviar este formulario, acepto la política de privacidad.",
    "Acepto que Ejemplo me contacte por correo electrónico.",
    "Inviando questo modulo, accetto l'informativa sulla privacy.",
    "Ao enviar este formulário, você concorda com a nossa política de privacidade.",
    "Door dit formulier te verzenden, ga je akkoord met ons privacybeleid.",
]

#: An article's own sentences about forms and consent.
FORM_PROSE = [
    "I agree that the council may have acted too fast, the mayor said on Tuesday.",
    "By submitting this form, the tenants hoped to stop the eviction, but the court refused it.",
]


@pytest.mark.parametrize("consent", FORM_CONSENTS)
def test_a_forms_consent_line_goes(consent: str) -> None:
    gone = {r.text: r for r in boilerstrip.explain(lines(*ARTICLE, consent)).removals}
    assert consent in gone and gone[consent].category == "subscribe"


@pytest.mark.parametrize("sentence", FORM_PROSE)
def test_an_articles_sentence_about_a_form_stays(sentence: str) -> None:
    assert reasons(lines(*ARTICLE[:2], sentence, *ARTICLE[2:])) == {}


def test_a_paragraph_opening_as_a_related_link_is_judged_as_prose() -> None:
    paragraph = (
        "Read more. That was the advice the head teacher gave every pupil at the prize-giving on Friday, "
        "and the library says loans of novels have doubled since the school started its reading hour."
    )
    text = "\n".join([*ARTICLE[:2], paragraph, *ARTICLE[2:]]) + "\n"
    assert paragraph not in {r.text for r in boilerstrip.explain(text).removals}


def test_a_long_paragraph_about_cookies_is_prose() -> None:
    paragraph = " ".join([
        "We use cookies to bake for the stall every Saturday.",
        *["The recipe came from a grandmother in the village and has not changed in sixty years."] * 8,
    ])
    text = "\n".join([*ARTICLE[:2], paragraph, *ARTICLE[2:]]) + "\n"
    assert paragraph not in {r.text for r in boilerstrip.explain(text).removals}


# An author's biography at the foot, as long as a paragraph: it goes when it is a writer's and
# reports nothing; a closing paragraph that introduces someone in the news stays.

WRITER_BIOS = [
    "Rebecca Stone is a freelance writer living in Denver. She has covered water policy and farming for "
    "regional magazines for more than ten years, and she spends her weekends hiking with her dog.",
    "Sam Ortiz is a staff reporter covering energy and the environment. He joined the paper in 2019 after "
    "five years at a wire service, and his work has won two state press awards since then.",
]

CLOSING_PARAGRAPHS = [
    "Tom Baker is the director of the regional water authority. He said the reservoir levels were the "
    "lowest since records began in 1976 and urged residents to conserve water wherever they could.",
    "Anna Weiss is a professor of hydrology at the state university, and her team found that groundwater "
    "levels have fallen by two metres since 2015, faster than any model had predicted for the region.",
    "James Carter is a reporter for the local paper who first revealed the leaks in the pipeline last "
    "year. He said officials had known about the problem for a decade and had done nothing to fix it.",
    "Jana Novak ist Reporterin der Lokalzeitung und deckte im vergangenen Jahr die Lecks in der Leitung "
    "auf. Sie sagte, die Behörden hätten seit zehn Jahren davon gewusst und nichts unternommen.",
    "Claire Martin est journaliste au quotidien régional et a révélé l'an dernier les fuites de la "
    "canalisation. Selon elle, les services de l'eau connaissaient le problème depuis dix ans.",
]


@pytest.mark.parametrize("bio", WRITER_BIOS)
def test_a_writers_biography_at_the_foot_goes_though_long(bio: str) -> None:
    gone = reasons(lines(*ARTICLE, bio))
    assert gone.get(bio) == "block:author-bio"
    assert not set(ARTICLE) & set(gone)


@pytest.mark.parametrize("paragraph", CLOSING_PARAGRAPHS)
def test_a_closing_paragraph_introducing_someone_stays(paragraph: str) -> None:
    assert not reasons(lines(*ARTICLE, paragraph))
    # ... and so does the sub-heading over it: a label over a biography goes only with it
    assert not reasons(lines(*ARTICLE, "What comes next", paragraph))


# A copyright notice that names its reserved rights goes wherever it stands, in any language with
# rules (reserved rights are a regex, so a notice is weighed as one, not as a phrase).

COPYRIGHT_NOTICES = [
    "© 2025 Example Media Ltd. All rights reserved.",
    "Copyright 2024 Harbour Press. All Rights Reserved.",
    "All rights reserved.",
    "© 2025 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
    "© 2025 Exemple Médias. Tous droits réservés.",
    "© 2025 Ejemplo Medios S.L. Todos los derechos reservados.",
    "© 2025 Esempio Editore. Tutti i diritti riservati.",
]


@pytest.mark.parametrize("notice", COPYRIGHT_NOTICES)
def test_a_copyright_notice_with_reserved_rights_goes_mid_text(notice: str) -> None:
    gone = reasons(lines(*ARTICLE[:2], notice, *ARTICLE[2:]))
    assert notice in gone
    assert not set(ARTICLE) & set(gone)


#: Inline teasers: a whole-line related label of the lexicons, a colon, a headline, set into an
#: article, in several languages (the labels are rules; the inline form needs no rule of its own).
@pytest.mark.parametrize("teaser", [
    "Most read: Heatwave warning issued for three counties as temperatures climb",
    "You might also like: Why the price of coffee keeps rising",
    "Meistgelesen: Warum der Kaffeepreis weiter steigt",
    "Empfehlungen der Redaktion: Bäckerei aus dem Ort gewinnt Preis für Sauerteigbrot",
    "Les plus lus : Alerte canicule dans trois départements",
    "Lo más leído: Una panadería local gana un premio nacional",
    "関連記事：新しい駅が来月開業、沿線の住民説明会も",
])
def test_an_inline_teaser_goes_between_paragraphs(teaser: str) -> None:
    removed = reasons(lines(PARAGRAPH, teaser, SECOND, PARAGRAPH + " More."))
    assert list(removed) == [teaser]
    assert "/related:" in removed[teaser]


@pytest.mark.parametrize("line", [
    # A sentence after a label is a live blog's or a story's own line.
    "Latest: Police say three people were taken to hospital after the crash.",
    # A table's row: too short for a headline.
    "Featured: yes",
    # No label that a rule names.
    "The council said: we will decide on the timetable in March",
    # A label heading a list of short lines (a product's features) is judged with the list.
    "Related videos: Studio microphone with built-in preamp",
])
def test_a_label_and_colon_alone_make_no_teaser(line: str) -> None:
    text = lines(PARAGRAPH, line, "Built-in preamp", "Cardioid pattern", "XLR output", SECOND, PARAGRAPH + " More.")
    assert line not in reasons(text)


#: A listing's entries about e-mail, each headed by the same label as its neighbours: no sign-up box.
EMAIL_LISTINGS = [
    (
        "Workshop: Getting started with email",
        "Learn to send a message and keep spam out of your inbox. Sign up at the front desk.",
        "Workshop: Video calls with family",
        "Bring your own tablet or borrow one of ours. Thursday 16 May, 14:00 to 16:00.",
    ),
    (
        "Kurs: E-Mail für Einsteiger",
        "Wie Sie ein Postfach einrichten, Spam erkennen und Newsletter abbestellen. "
        "Anmeldung kostenlos in der Bibliothek.",
        "Kurs: Fotos vom Handy auf den Computer",
        "Bringen Sie Ihr eigenes Gerät mit. Donnerstag, 16. Mai, 14 bis 16 Uhr.",
    ),
]


@pytest.mark.parametrize("entries", EMAIL_LISTINGS)
def test_a_listings_entry_about_email_is_no_sign_up_box(entries: tuple[str, ...]) -> None:
    text = lines(PARAGRAPH, *entries, SECOND)
    assert "block:appeal-run" not in reasons(text).values()


def test_a_labelled_sign_up_box_without_siblings_goes() -> None:
    box = (
        "Newsletter: The Harbour Weekly",
        "Get the week's ferry news in your inbox every Sunday. Sign up free, unsubscribe anytime.",
    )
    removed = reasons(lines(PARAGRAPH, SECOND, *box, PARAGRAPH + " More.", SECOND + " Again."))
    assert removed.get(box[0]) == "block:appeal-run" and box[1] in removed


#: A service's page about e-mail (English) and a newsletter tool's page (German): their cue words
#: of sign-ups are the page's subject, in line after line, and no fixed sign-up line is among
#: them. Features that speak of inboxes and addresses are no sign-up box.
EMAIL_SERVICE_EN = (
    "Mailroute helps small teams send email that reaches the people it was written for.",
    "Warm up new sending domains",
    "New addresses start slowly and build a reputation with the big email providers over three weeks.",
    "Clean your lists",
    "Each address is checked before a campaign goes out; the ones that bounce are taken off for you.",
    "Write better subject lines",
    "Test two versions of a subject line and let the better one go to the rest of your email list.",
    "Reach the inbox, not the spam folder",
    "Verify every email address, sign up contacts from your own forms and never worry about spam filters again.",
    "Send your newsletter and receipts from one account, with reports on opens, clicks and replies.",
    "Pricing",
    "Plans start at 29 dollars a month for up to five thousand contacts.",
    "“We moved four brands over in a week and our email open rates went up by a third.” Dana Ruiz, Northwind Outdoor",
    (
        "“Setup took an afternoon. The reports finally tell us which campaigns bring in orders.” Sam Okafor, "
        "Tidewater Coffee"
    ),
    "Our support team answers questions about email deliverability around the clock.",
)
EMAIL_SERVICE_DE = (
    "Postwerk ist ein Werkzeug für Vereine und kleine Firmen, die regelmäßig einen Newsletter verschicken.",
    "Adressen pflegen",
    "Jede E-Mail-Adresse wird vor dem Versand geprüft, unzustellbare Adressen fallen automatisch heraus.",
    "Vorlagen gestalten",
    "Ihr Newsletter sieht auf dem Telefon genauso aus wie am Rechner, ganz ohne Programmierkenntnisse.",
    "Versand planen",
    "Legen Sie fest, wann Ihre Leser die E-Mail erhalten, auch über Zeitzonen hinweg.",
    "Im Posteingang statt im Spam",
    "Prüfen Sie jede E-Mail-Adresse, melden Sie Abonnenten über Ihr eigenes Formular an und landen Sie im Posteingang.",
    "Verschicken Sie Newsletter und Rechnungen aus einem Konto, mit Statistiken zu Öffnungen und Klicks.",
    "Preise",
    "Die Tarife beginnen bei 19 Euro im Monat für bis zu 2.500 Kontakte, jeder weitere Tausender kostet vier Euro.",
    (
        "„Wir haben drei Vereine in einer Woche umgezogen, die Öffnungsrate ist um ein Drittel gestiegen, "
        "und niemand musste dafür etwas Neues lernen.“ Jana Wolff, Turnverein Eiche"
    ),
    (
        "„Die Einrichtung hat einen Nachmittag gedauert, und die Statistiken zeigen endlich, was unsere "
        "Mitglieder wirklich lesen und was sie überspringen.“ Murat Demir, Chor am Markt"
    ),
    (
        "„Wir schicken jeden Monat die Termine der Saison an fast tausend Familien, und seit dem Umzug kommt "
        "fast nichts mehr zurück.“ Petra Lange, Musikschule Nord"
    ),
    (
        "Der Umzug von einem anderen Anbieter ist im Preis enthalten: Wir übernehmen Ihre Listen, Vorlagen "
        "und Abmeldungen, prüfen alles gemeinsam mit Ihnen und schalten erst um, wenn Sie zufrieden sind."
    ),
    "Unser Support beantwortet Fragen zur Zustellbarkeit von E-Mails werktags von 8 bis 18 Uhr, auch am Telefon.",
)


@pytest.mark.parametrize("page", [EMAIL_SERVICE_EN, EMAIL_SERVICE_DE])
def test_a_page_about_email_keeps_its_features(page: tuple[str, ...]) -> None:
    assert reasons(lines(*page)) == {}


def test_a_sign_up_box_on_a_page_about_newsletters_goes_by_its_fixed_lines() -> None:
    """The page's topic takes the weight off its cue words, not off the box's fixed lines."""
    box = ("Get our tips in your inbox", "Enter your email address", "Subscribe")
    removed = reasons(lines(*EMAIL_SERVICE_EN, *box))
    assert set(box) <= set(removed)
    assert not set(removed) & set(EMAIL_SERVICE_EN)


def test_what_makes_a_category_the_pages_topic() -> None:
    """Six lines with sign-up cues make the topic; a line repeated down the page (a box printed
    twice) counts once, and lines beside a fixed sign-up line are that box's."""
    from boilerstrip.heuristics.lexicon import TOPIC_MIN_LINES, cue_topics
    from boilerstrip.rules import Match
    from boilerstrip.rules.loader import Kind, Rule

    cue = {"subscribe": 1}
    texts = [f"Paragraph {k} about email" for k in range(TOPIC_MIN_LINES)]
    assert cue_topics([cue] * len(texts), [None] * len(texts), texts) == {"subscribe"}
    assert cue_topics([cue] * len(texts), [None] * len(texts), texts[:-1] + texts[:1]) == frozenset()
    ruled = [None] * len(texts)
    ruled[0] = Match(Rule(Kind.EXACT, "enter your email address", "subscribe", "en/subscribe", 1))
    assert cue_topics([cue] * len(texts), ruled, texts) == frozenset()


#: A box's question to the reader over its pitch, in seven languages.
BOX_QUESTIONS = (
    "Enjoyed this story?",
    "Hat Ihnen dieser Artikel gefallen?",
    "Vous avez aimé cet article ?",
    "¿Te ha gustado este artículo?",
    "Ti è piaciuto questo articolo?",
    "Vond je dit artikel interessant?",
    "Gostou deste artigo?",
)


@pytest.mark.parametrize("question", BOX_QUESTIONS)
def test_a_boxs_question_to_the_reader_goes_with_its_box(question: str) -> None:
    box = ("Get our weekly briefing in your inbox every Monday.", "Enter your email address", "Sign up")
    removed = reasons(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", question, *box))
    assert question in removed and set(box) <= set(removed)


def test_the_question_inside_a_sentence_of_the_article_stays() -> None:
    said = "“Did you enjoy this story?” the teacher asked, and thirty hands went up at once."
    assert said not in reasons(lines(PARAGRAPH, said, SECOND))


#: The same question with its pitch after it on one line, in seven languages.
BOX_QUESTIONS_WITH_PITCH = (
    "Enjoyed this story? Pass it on to someone who would like it.",
    "Found this helpful? Give it a share on Facebook or X.",
    "Hat Ihnen der Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.",
    "Vous avez aimé cet article ? Partagez-le autour de vous.",
    "¿Te ha gustado este artículo? Compártelo con tus amigos.",
    "Ti è piaciuto questo articolo? Condividilo con i tuoi amici!",
    "Vond je dit artikel interessant? Stuur het door naar een vriend.",
    "Gostou deste artigo? Partilhe com os seus amigos.",
)


@pytest.mark.parametrize("line", BOX_QUESTIONS_WITH_PITCH)
def test_a_boxs_question_with_its_pitch_on_one_line_goes_between_paragraphs(line: str) -> None:
    assert line in reasons(lines(PARAGRAPH, line, SECOND))


@pytest.mark.parametrize("line", [
    "Like this article says, the ferry will be late again on Friday because of the strike.",
    "Liked this story's ending, the teacher said, because the ferry arrived on time after all.",
    "Enjoyed this story, she wrote? No: she had hated every page of it and said so in her review.",
])
def test_an_article_sentence_that_opens_with_the_words_stays(line: str) -> None:
    assert line not in reasons(lines(PARAGRAPH, line, SECOND))
