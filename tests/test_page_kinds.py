"""No harm on pages that are not articles: a listing's entries, a product's feature list, a
documentation page's code and broken sentences are the page's content, however much they look
like a related box, a menu, a comment section or a rule's line. Each case has its twin, the
boilerplate of the same shape, that must still go."""

from __future__ import annotations

import pytest

import boilerstrip
from test_heuristics import PARAGRAPH, SECOND  # the same two paragraphs of article

HEADLINES = (
    "Council approves the swing bridge repair plan",
    "Ferry fares rise again in April",
    "Harbour wall repair finished ahead of schedule",
    "New lifeboat station to open next year",
    "School board reviews the parking charges",
    "Cafe on the quay wins a national award",
    "Volunteers clear four tonnes of litter from the beach",
    "Tide tables for the spring are on the noticeboard",
)
SUMMARY = "Our reporter explains what the decision means for people who live near the harbour."
SUMMARIES = (
    SUMMARY,
    "The vote was close, and the opposition says it will take the matter to the regional court.",
    "Readers have written to us in their hundreds about it; here is what they said and what happens next.",
)


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def removed(text: str) -> dict[str, str]:
    """Removed line text -> rule or heuristic id."""
    return {r.text: r.rule_id for r in boilerstrip.explain(text).removals}


def entries(count: int, *extra: str) -> list[str]:
    """A listing's entries: headline, the *extra* lines, a summary."""
    out: list[str] = []
    for k in range(count):
        out += [f"{HEADLINES[k % len(HEADLINES)]} in part {k + 1}", *extra, SUMMARIES[k % len(SUMMARIES)]]
    return out


# A listing's items under a related-stories header.


def test_a_sections_latest_stories_under_an_introduction_are_its_content() -> None:
    intro = (
        "Welcome to the local news section, where our reporters cover the council, the schools, the "
        "harbour and the people of Portmere every day, with stories sent in by readers too."
    )
    text = lines(intro, "Latest stories", *entries(20))
    assert set(removed(text)) <= {"Latest stories"}


def test_a_section_header_between_two_lists_of_a_listing_takes_none() -> None:
    text = lines("Top stories", *entries(6), "More news", *entries(10))
    assert set(removed(text)) <= {"Top stories", "More news"}


def test_a_related_box_under_an_article_still_goes() -> None:
    text = lines(PARAGRAPH, SECOND, PARAGRAPH, "More stories", *HEADLINES[:5])
    assert all(removed(text).get(headline) == "block:related" for headline in HEADLINES[1:5])


# A listing's per-entry counts and bylines are no comment section.


def test_each_posts_comment_count_opens_no_comment_section() -> None:
    text = lines("Harbour Courier blog", PARAGRAPH, *[
        line for k in range(6) for line in (HEADLINES[k], f"{k + 3} Comments", SUMMARY, "Read more")
    ])
    gone = removed(text)
    assert "tail:comments" not in gone.values()
    assert not any(line in gone for line in (*HEADLINES[:6], SUMMARY))


def test_a_comment_count_over_a_real_section_still_cuts_it() -> None:
    text = lines(PARAGRAPH, SECOND, "12 Comments", "Great piece, thanks!", "I disagree with the board.")
    assert removed(text).get("I disagree with the board.") == "tail:comments"


def test_a_blog_index_with_bylines_and_times_is_no_comment_section() -> None:
    posts = [
        line
        for k in range(6)
        for line in (HEADLINES[k], "Posted by Jane Doe", f"March {20 - k}, 2025 10:{10 + k} AM", SUMMARY)
    ]
    gone = removed(lines("Local news", PARAGRAPH, *posts))
    assert "tail:comments" not in gone.values()


def test_comments_with_bylines_and_times_still_go() -> None:
    comments = [
        line
        for k, name in enumerate(("Dawn", "Mike", "Priya"))
        for line in (f"Posted by {name}", f"March {20 - k}, 2025 10:{10 + k} AM", f"{name} agrees with every word.")
    ]
    gone = removed(lines(PARAGRAPH, SECOND, *comments))
    assert gone.get("Priya agrees with every word.") == "tail:comments"


# A blog's dated entries are no teaser box.


def test_dated_entries_that_go_on_past_a_long_one_are_the_page() -> None:
    long_entry = (
        "The trust has won a grant of forty thousand pounds from the coastal fund to restore the old "
        "lifeboat station, which has stood empty since the new station opened; work starts in the "
        "spring and the building should open to visitors as a small museum by the end of next year."
    )
    dated = []
    for k in range(8):
        dated += [f"March {20 - k}, 2025, 10:30 AM", long_entry if k == 3 else f"{HEADLINES[k]}."]
    assert removed(lines(*dated)) == {}


# A product's feature list is no menu; a menu is.


def test_a_feature_list_with_figures_among_its_items_is_no_menu() -> None:
    text = lines(
        "Men's Loke Jacket", PARAGRAPH, SECOND, "Features", "- Fully seam sealed", "- Adjustable hood",
        "- 2.5-layer construction", "- Hand pockets", "- External hanging loop", "- Adjustable cuffs",
    )
    assert removed(text) == {}


def test_a_bulleted_menu_at_the_top_still_goes() -> None:
    text = lines("- Home", "- News", "- Sport", "- Weather", "Ferry timetable approved", PARAGRAPH, SECOND)
    gone = removed(text)
    assert {"- News", "- Sport", "- Weather"} <= set(gone)


# Documentation: code and sentences broken around inline code.


def test_a_yaml_line_is_no_photo_credit() -> None:
    text = lines(PARAGRAPH, "spec:", "  containers:", "  - name: nginx", "    image: nginx:1.14.2", SECOND)
    assert "image: nginx:1.14.2" not in removed(text)
    assert "Image: Reuters" in removed(lines(PARAGRAPH, "Image: Reuters", SECOND))


def test_a_sentences_last_word_on_its_own_line_is_no_rules_line() -> None:
    text = lines(
        PARAGRAPH,
        "the multiple versions of the patch have been sent out in response to",
        "comments.",
        SECOND,
    )
    assert "comments." not in removed(text)


def test_a_css_selector_is_no_breadcrumb() -> None:
    text = lines(PARAGRAPH, "thead > tr:last-of-type > th:nth-of-type(1) {", "  color: red;", "}", SECOND)
    assert removed(text) == {}
    assert "Home > News > Local" in removed(lines("Home > News > Local", PARAGRAPH, SECOND))


def test_code_lines_make_no_newsletter_box() -> None:
    text = lines(
        PARAGRAPH,
        '{"name":"John Doe","email":"john@example.com"}',
        '{"id":12345,"name":"John Doe","email":"john@example.com","subscribed":true}',
        SECOND,
    )
    assert removed(text) == {}


# A list whose every item ends with the same control: the items are the page's.


def test_items_between_repeated_read_more_controls_stay() -> None:
    items = []
    for k in range(4):
        items += [HEADLINES[k], "National Student Support Accelerator", "Read More"]
    gone = removed(lines(PARAGRAPH, SECOND, *items, PARAGRAPH))
    assert set(gone) == {"Read More"}


def test_a_short_line_between_two_different_removals_still_goes() -> None:
    text = lines(
        PARAGRAPH, SECOND, "Share this article", "Harbour Courier", "Sign up for our newsletter",
        PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH, SECOND,
    )
    assert removed(text).get("Harbour Courier") == "neighbours:between-removed"


# A newsletter line over a list of the page's own short items takes none of them.


FORMS = (
    "Divorce petition", "Child custody agreement", "Small claims complaint", "Eviction answer",
    "Name change request", "Fee waiver application", "Protection order petition", "Power of attorney",
    "Simple will", "Landlord repair request", "Debt validation letter", "Wage claim form",
)


def test_a_list_of_the_pages_own_items_under_a_newsletter_line_stays() -> None:
    intro = (
        "These free forms are provided by the clinic for people who represent themselves in court; "
        "choose the form you need from the list below and read its instructions first."
    )
    gone = removed(lines("Free legal forms", intro, "Subscribe to our newsletter", *FORMS))
    assert set(gone) == {"Subscribe to our newsletter"}


def test_a_plan_table_under_a_subscription_offer_still_goes() -> None:
    plans = (
        "Digital", "$4 a month", "Unlimited articles", "The app", "Print and digital", "$9 a month",
        "The daily paper", "Unlimited articles", "The app", "Puzzles",
    )
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", "Subscribe today", *plans))
    assert set(plans) <= set(gone)


# A photo's credit under each entry closes nothing; the page's notice closes the article.


def test_a_credit_under_each_picture_closes_no_article() -> None:
    walk = "A walk of about two hours along the cliffs, with a cafe at the end and a bus back to the start."
    text = lines("The best walks on the coast", PARAGRAPH, SECOND, *[
        line for k in range(6) for line in (HEADLINES[k], "© Jane Doe", walk)
    ])
    gone = removed(text)
    assert set(gone) == {"© Jane Doe"}


def test_the_pages_copyright_notice_still_closes_the_article() -> None:
    text = lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.",
                 "© 2025 Harbour Courier Media Ltd.", "About us", "Jobs at the Courier")
    gone = removed(text)
    assert gone.get("Jobs at the Courier") == "tail:after-copyright"


# Testimonials quoted on a service page have a comment's rhythm (a quote, then "Posted by ..."):
# where the page goes on after the last of them, the cut ends there.

PLANS = {
    "en": (
        "What our customers say",
        ("Posted on Trustpilot by Maria S.", "Posted by Tom R.", "Posted on Trustpilot by Ann W."),
        "Choose the plan that suits you",
        [
            "Every plan comes with a thirty-day money-back guarantee and support by phone seven days a week.",
            "Basic", "- Monitoring of one bank account", "- Alerts by email and text message",
            "Family", "- Monitoring for up to five people", "- Alerts by email and text message",
            "- A named adviser who calls you back within the hour",
            "Premium", "- Everything in Family", "- Insurance of up to one million dollars against fraud",
            "Protect the whole household with one subscription: family plans start at twelve dollars a month, "
            "and you can change or cancel your plan at any time from your account page.",
        ],
    ),
    "fr": (
        "Ce que disent nos clients",
        ("Publié par Claire D.", "Publié par Marc L.", "Publié par Sophie T."),
        "Choisissez la formule qui vous convient",
        [
            "Chaque formule est remboursée pendant trente jours et notre équipe répond au téléphone "
            "sept jours sur sept.",
            "Essentiel", "- Surveillance d'un compte bancaire", "- Alertes par courriel et par SMS",
            "Famille", "- Surveillance pour cinq personnes au plus", "- Alertes par courriel et par SMS",
            "- Un conseiller attitré qui vous rappelle dans l'heure",
            "Premium", "- Tout ce que comprend la formule Famille",
            "- Une assurance contre la fraude jusqu'à un million d'euros",
            "Protégez tout le foyer avec un seul abonnement : les formules familiales commencent à douze "
            "euros par mois, et vous pouvez changer de formule ou résilier à tout moment depuis votre espace client.",
        ],
    ),
    "es": (
        "Lo que dicen nuestros clientes",
        ("Publicado por Lucía M.", "Publicado por Jorge P.", "Publicado por Elena R."),
        "Elija el plan que más le convenga",
        [
            "Todos los planes incluyen treinta días de garantía de devolución y atención telefónica todos los días.",
            "Básico", "- Vigilancia de una cuenta bancaria", "- Alertas por correo y por SMS",
            "Familia", "- Vigilancia para hasta cinco personas", "- Alertas por correo y por SMS",
            "- Un asesor propio que le devuelve la llamada en menos de una hora",
            "Premium", "- Todo lo del plan Familia", "- Un seguro contra el fraude de hasta un millón de euros",
            "Proteja a toda la familia con una sola suscripción: los planes familiares empiezan en doce euros al mes, "
            "y puede cambiar de plan o darse de baja cuando quiera desde su cuenta.",
        ],
    ),
}
QUOTES = {
    "en": (
        "“I had another service for years and never heard from it. These people told me about a card "
        "opened in my name within a day, and they had it closed before any harm was done.”",
        "“Setting it up took five minutes, and the alerts come to my phone as soon as anything changes "
        "on my accounts. I sleep better for it.”",
        "“When my wallet was stolen the adviser walked me through every step, called the banks with me "
        "and checked on me again the next week.”",
    ),
    "fr": (
        "« J'avais un autre service depuis des années sans jamais en avoir de nouvelles. Eux m'ont signalé "
        "en un jour une carte ouverte à mon nom, et l'ont fait fermer avant tout dommage. »",
        "« L'inscription a pris cinq minutes, et les alertes arrivent sur mon téléphone dès que quelque "
        "chose change sur mes comptes. Je dors mieux. »",
        "« Quand on m'a volé mon portefeuille, le conseiller m'a guidée à chaque étape, a appelé les "
        "banques avec moi et a repris de mes nouvelles la semaine suivante. »",
    ),
    "es": (
        "«Tuve otro servicio durante años y nunca supe nada de él. Ellos me avisaron en un día de una "
        "tarjeta abierta a mi nombre y la hicieron cancelar antes de que hubiera ningún daño.»",
        "«Darme de alta me llevó cinco minutos, y las alertas llegan a mi teléfono en cuanto algo cambia "
        "en mis cuentas. Duermo más tranquila.»",
        "«Cuando me robaron la cartera, el asesor me acompañó en cada paso, llamó conmigo a los bancos y "
        "volvió a preguntarme cómo estaba a la semana siguiente.»",
    ),
}


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_testimonials_with_a_byline_each_take_no_plan_table_after_them(lang: str) -> None:
    header, bylines, plans_header, plans = PLANS[lang]
    testimonials = [line for quote, byline in zip(QUOTES[lang], bylines, strict=True) for line in (quote, byline)]
    text = lines(PARAGRAPH, SECOND, header, *testimonials, plans_header, *plans)
    gone = removed(text)
    assert not any(line in gone for line in (plans_header, *plans))


def test_comments_with_bylines_over_a_short_footer_still_go_to_the_end() -> None:
    comments = [
        line
        for k, name in enumerate(("Dawn", "Mike", "Priya"))
        for line in (f"Posted by {name}", f"March {20 - k}, 2025 10:{10 + k} AM", f"{name} agrees with every word.")
    ]
    footer = ["Leave a comment", "Name", "Email", "Post comment", "About us", "Contact", "Privacy"]
    gone = removed(lines(PARAGRAPH, SECOND, *comments, *footer, "More from the Courier", *HEADLINES[:3]))
    assert gone.get("Priya agrees with every word.") == "tail:comments"
    assert all(line in gone for line in HEADLINES[:3])


# A listing prints a tag line, a comment count or an offer to comment, or the author's contact
# under each entry: the first of them closes no article and opens no comment section.

ENTRY_LINES = {
    "en": {
        "headline": "What the council decided about {topic}",
        "date": "March {day}, 2025",
        "summary": "The council voted on {topic} last night, and residents had mixed feelings about the "
                   "outcome of a long debate.",
        "topics": ("harbour ferries", "school meals", "river cleanup", "cycle lanes", "library hours",
                   "bus fares", "park benches", "market stalls"),
        "furniture": ("Tags: council, {topic}", "Filed under: Local news", "Leave a comment", "1 comment",
                      "Reporter Sam Lee can be reached at sam.lee@example.com"),
        "zero": ("0 Comments", "3 Comments"),
    },
    "de": {
        "headline": "Stadtrat entscheidet über {topic}",
        "date": "{day}. März 2025",
        "summary": "Der Stadtrat hat gestern Abend lange über die Pläne beraten, und die Anwohner sind "
                   "mit dem Ergebnis nur teilweise zufrieden.",
        "topics": ("die Fähre", "das Schulessen", "den Fluss", "neue Radwege", "die Bücherei", "die Buspreise",
                   "die Parkbänke", "den Wochenmarkt"),
        "furniture": ("Schlagwörter: Stadtrat, Verkehr", "2 Kommentare"),
        "zero": ("Keine Kommentare", "2 Kommentare"),
    },
    "fr": {
        "headline": "Le conseil municipal se prononce sur {topic}",
        "date": "Publié le {day} mars 2025",
        "summary": "Les élus ont débattu pendant trois heures avant de voter, malgré l'opposition de "
                   "plusieurs habitants du quartier.",
        "topics": ("le ferry", "la cantine", "la rivière", "les pistes cyclables", "la bibliothèque",
                   "les tarifs du bus", "les bancs du parc", "le marché"),
        "furniture": ("Mots-clés : budget, mairie",),
        "zero": ("Aucun commentaire", "3 commentaires"),
    },
    "es": {
        "headline": "El ayuntamiento decide sobre {topic}",
        "date": "{day} de marzo de 2025",
        "summary": "Los concejales debatieron durante horas antes de aprobar el plan, que incluye nuevos "
                   "carriles bici y más autobuses.",
        "topics": ("el ferry", "el comedor escolar", "el río", "los carriles bici", "la biblioteca",
                   "el autobús", "los bancos del parque", "el mercado"),
        "furniture": ("Etiquetas: movilidad, ayuntamiento",),
        "zero": ("Sin comentarios", "4 comentarios"),
    },
}


def listing_with(lang: str, furniture: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """A section page of eight entries, each with its furniture line (cycling through
    *furniture*): the page's lines, and the entries' own lines (headline, date, summary)."""
    words = ENTRY_LINES[lang]
    page, own = ["Local news"], []
    for k, topic in enumerate(words["topics"]):
        entry = [words["headline"].format(topic=topic), words["date"].format(day=20 - k),
                 words["summary"].format(topic=topic)]
        own += entry
        page += [*entry, furniture[k % len(furniture)].format(topic=topic)]
    return page, own


@pytest.mark.parametrize(("lang", "furniture"), [
    (lang, (line,)) for lang, words in ENTRY_LINES.items() for line in words["furniture"]
] + [(lang, words["zero"]) for lang, words in ENTRY_LINES.items()])
def test_a_line_under_each_entry_of_a_listing_cuts_none_of_it(lang: str, furniture: tuple[str, ...]) -> None:
    page, own = listing_with(lang, furniture)
    gone = removed(lines(*page))
    assert not [line for line in own if line in gone]


@pytest.mark.parametrize("closing", [
    "Tags: ferries, harbour", "Schlagwörter: Fähre, Hafen", "No comments yet",
    "Reporter Sam Lee can be reached at sam.lee@example.com",
])
def test_a_closing_line_under_an_article_still_ends_it(closing: str) -> None:
    article = [PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH + " Once more."]
    text = lines(*article, closing, "About us", "Jobs at the Courier", "Advertise with us")
    gone = removed(text)
    assert gone.get("Jobs at the Courier", "").startswith("tail:after-")
    assert not [line for line in article if line in gone]


def test_a_leave_a_comment_header_over_comments_still_cuts_them() -> None:
    text = lines(PARAGRAPH, SECOND, "Leave a comment", "Great piece, thanks!", "I disagree with the board.")
    assert removed(text).get("I disagree with the board.") == "tail:comments"


# A listing of dated entries whose rhythm changes (one entry with a summary or a byline more)
# is no box of teasers over an article.

DATED_HEADLINES = {
    "en": ("{day:02d}/03/2025 - 10:{day:02d}", "Written by Jane Miller",
           "Residents of the harbour district had waited years for the decision, and the vote in the "
           "council chamber last night was closer than anyone had expected it to be."),
    "de": ("{day:02d}.03.2025 - 10:{day:02d}", "Von Jana Müller",
           "Die Anwohner am Hafen hatten jahrelang auf diese Entscheidung gewartet, und die Abstimmung "
           "im Stadtrat war gestern Abend deutlich knapper, als alle erwartet hatten."),
    "it": ("{day:02d}/03/2025 - 10:{day:02d}", "di Giulia Rossi",
           "I residenti del quartiere del porto aspettavano questa decisione da anni, e il voto di ieri "
           "sera in consiglio comunale è stato molto più combattuto del previsto."),
}


@pytest.mark.parametrize("lang", sorted(DATED_HEADLINES))
def test_dated_entries_with_a_byline_or_summary_here_and_there_are_the_page(lang: str) -> None:
    date, byline, summary = DATED_HEADLINES[lang]
    page = ["Skip to content"]
    for k in range(16):
        page += [date.format(day=28 - k), f"{HEADLINES[k % len(HEADLINES)]} ({k + 1})"]
        if k in (3, 7):
            page.append(byline)
        if k in (5, 11):
            page.append(summary)
    gone = removed(lines(*page))
    assert set(gone) <= {"Skip to content"}


def test_a_dated_box_over_an_article_with_a_dateline_of_its_form_still_goes() -> None:
    box = [line for day in (12, 11, 10, 9) for line in (f"{day:02d}/03/2025 - 18:{day:02d}", HEADLINES[day % 8])]
    article = ["Council approves the swing bridge repair", "By Jane Miller", "13/03/2025 - 08:30",
               PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH + " Once more."]
    gone = removed(lines(*box, *article))
    assert set(gone) == set(box)


# A list under bare bullets (a headline and a summary in each item) of more items than a box of
# other stories holds is a listing's, whatever stands above it.

BULLET_SUMMARIES = {
    "en": "Residents had waited years for the decision, and the vote was closer than expected.",
    "fr": "Les habitants attendaient cette décision depuis des années, et le vote a été serré.",
    "pt": "Os moradores esperavam a decisão havia anos, e a votação foi mais apertada do que o previsto.",
}


@pytest.mark.parametrize("lang", sorted(BULLET_SUMMARIES))
def test_a_long_bulleted_listing_under_an_introduction_is_the_page(lang: str) -> None:
    items = [
        line for k in range(16) for line in ("-", f"{HEADLINES[k % len(HEADLINES)]} ({k + 1})", BULLET_SUMMARIES[lang])
    ]
    # An introduction longer than the list: the list is no large share of the page, and no
    # safety valve keeps it.
    intro = [f"{PARAGRAPH[:-1]} ({k})." if k % 2 == 0 else f"{SECOND[:-1]} ({k})." for k in range(12)]
    gone = removed(lines(*intro, *items))
    assert not [line for line in items if line in gone and line != "-"]


def test_a_few_bulleted_teasers_under_an_article_still_go() -> None:
    items = [line for k in range(4) for line in ("-", HEADLINES[k], BULLET_SUMMARIES["en"])]
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.", *items))
    assert gone.get(HEADLINES[2]) == "block:teasers"


# A documentation page quotes a licence notice: a README's licence section, a program's version
# banner. Its copyright line ends nothing; a site's notice over its links still does.

GUIDE = [
    "This guide shows how to install the library on a new machine and check that it works; you need "
    "about two gigabytes of free disk space and a network connection for the first download.",
    "The library reads and writes tables in many formats and runs on every common operating system, "
    "from a small single-board computer to a server in a data centre.",
    "It has been in use for many years and is looked after by a small group of volunteers, who welcome "
    "every bug report and every pull request, however small.",
    "Install it with the package manager of your system, or build it from source with the commands "
    "below, which take about ten minutes on a recent laptop.",
]
LICENCES = {
    "mit": ["License", "Copyright (c) 2024 Jane Doe",
            "Permission is hereby granted, free of charge, to any person obtaining a copy of this software "
            "and associated documentation files, to deal in the Software without restriction."],
    "apache": ["License", "Copyright 2024 The Example Authors",
               "Licensed under the Apache License, Version 2.0 (the “License”); you may not use this file "
               "except in compliance with the License."],
    "gcc": ["$ gcc --version", "gcc (GCC) 13.2.0", "Copyright (C) 2023 Free Software Foundation, Inc.",
            "This is free software; see the source for copying conditions."],
    "de": ["Lizenz", "Copyright (c) 2024 Jana Müller",
           "Hiermit wird unentgeltlich jeder Person, die eine Kopie der Software erhält, die Erlaubnis "
           "erteilt, sie uneingeschränkt zu nutzen."],
    "fr": ["Licence", "Copyright (c) 2024 Jeanne Martin",
           "Ce programme est un logiciel libre ; vous pouvez le redistribuer et le modifier selon les "
           "termes de la licence."],
}
AFTER_LICENCE = [
    "Contributing",
    "Pull requests are welcome. For major changes, please open an issue first to discuss what you "
    "would like to change, and add tests for every new feature.",
]


@pytest.mark.parametrize("kind", sorted(LICENCES))
def test_a_licence_notice_on_a_documentation_page_ends_nothing(kind: str) -> None:
    gone = removed(lines(*GUIDE, *LICENCES[kind], *AFTER_LICENCE))
    assert not [line for line in (*GUIDE, *AFTER_LICENCE) if line in gone]
    assert "tail:after-copyright" not in gone.values()


def test_a_sites_notice_offering_a_licence_to_reproduce_still_closes_the_article() -> None:
    text = lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.",
                 "© Copyright 2025 Harbour Courier Media Ltd.",
                 "To inquire about a licence to reproduce material, visit our syndication site.",
                 "Jobs at the Courier")
    assert removed(text).get("Jobs at the Courier") == "tail:after-copyright"


@pytest.mark.parametrize("lang", sorted(PLANS))
def test_testimonials_that_the_page_goes_on_after_are_its_own(lang: str) -> None:
    header, bylines, plans_header, plans = PLANS[lang]
    testimonials = [line for quote, byline in zip(QUOTES[lang], bylines, strict=True) for line in (quote, byline)]
    gone = removed(lines(PARAGRAPH, SECOND, header, *testimonials, plans_header, *plans))
    assert "tail:comments" not in gone.values()


# A reference page's or a product page's title is its first line, a menu item's few words that
# the body goes on naming; a menu's first item is not what the body is about.

TITLED_PAGES = {
    "en-reference": (
        "Tokenizer",
        "Baseline",
        "The Tokenizer object splits a text into tokens; create a Tokenizer with the constructor and pass it "
        "the text, then call next() until the Tokenizer reports the end of the input.",
        "A Tokenizer keeps no state between texts, so one Tokenizer can serve many threads at once, and the "
        "tokens it returns stay valid after the text is gone.",
    ),
    "de-product": (
        "Wanderjacke Fjell",
        "Neu",
        "Die Wanderjacke Fjell hält Regen und Wind ab und wiegt nur 340 Gramm; die Jacke lässt sich in die "
        "eigene Brusttasche packen und passt so in jeden Rucksack.",
        "Für die Fjell verwenden wir recyceltes Polyamid, und jede Fjell wird in unserer Werkstatt in "
        "Tirol genäht und geprüft, bevor sie zu Ihnen kommt.",
    ),
    "fr-reference": (
        "Horodatage",
        "Stable",
        "Un horodatage indique l'instant où un événement a eu lieu ; la fonction renvoie l'horodatage "
        "courant en secondes depuis l'époque, avec une précision de la microseconde.",
        "Chaque horodatage est en temps universel : pour l'afficher à l'heure locale, convertissez "
        "l'horodatage avec le fuseau horaire de l'utilisateur avant de le formater.",
    ),
}


@pytest.mark.parametrize("kind", sorted(TITLED_PAGES))
def test_a_pages_title_that_its_body_names_is_no_menu_item(kind: str) -> None:
    title, badge, first, second = TITLED_PAGES[kind]
    # without the title, the two short lines under it make no run long enough for a menu
    gone = removed(lines(title, badge, "Widely available", "Since 2021", first, second))
    assert title not in gone and badge not in gone


@pytest.mark.parametrize("kind", sorted(TITLED_PAGES))
def test_a_menu_over_a_titled_page_still_goes(kind: str) -> None:
    title, _, first, second = TITLED_PAGES[kind]
    # a menu whose first item the body never names goes whole
    gone = removed(lines("Home", "Shop", "Guides", "Contact", "New this season", first, second))
    assert set(gone) == {"Home", "Shop", "Guides", "Contact"}
    # and under the title, the menu's items still go while the title stays
    gone = removed(lines(title, "Home", "Shop", "Guides", "Contact", "New this season", first, second))
    assert {"Home", "Shop", "Guides", "Contact"} <= set(gone) and title not in gone


def test_a_title_repeated_under_itself_stays_but_once() -> None:
    _, _, first, second = TITLED_PAGES["de-product"]
    text = lines(*["Wanderjacke Fjell"] * 4, "Preis 189 €", first, second)
    kept = boilerstrip.strip(text).splitlines()
    assert kept.count("Wanderjacke Fjell") == 1 and kept[0] == "Wanderjacke Fjell"


# An API reference lists events and methods as terms over their definitions: "- close" is an
# event's name there, while a box's "Close" button still goes.

EVENTS = {
    "en": ("Fired when the connection is closed by either side.",
           "Fired when a message arrives from the server.",
           "Fired when the connection is open and ready to send."),
    "de": ("Wird ausgelöst, wenn eine Seite die Verbindung schließt.",
           "Wird ausgelöst, wenn eine Nachricht vom Server eintrifft.",
           "Wird ausgelöst, wenn die Verbindung offen und bereit ist."),
    "es": ("Se dispara cuando cualquiera de los lados cierra la conexión.",
           "Se dispara cuando llega un mensaje del servidor.",
           "Se dispara cuando la conexión está abierta y lista."),
}


@pytest.mark.parametrize("lang", sorted(EVENTS))
def test_an_event_named_close_over_its_definition_stays(lang: str) -> None:
    closed, message, opened = EVENTS[lang]
    events = ["Events", "- close", f"- {closed}", "- message", f"- {message}", "- open", f"- {opened}"]
    gone = removed(lines(PARAGRAPH, SECOND, *events, PARAGRAPH + " More."))
    assert "- close" not in gone


def test_a_close_button_at_a_boxs_edge_still_goes() -> None:
    box = ["Get the harbour newsletter every Friday in your inbox.", "Sign up", "Close"]
    assert "Close" in removed(lines(PARAGRAPH, SECOND, *box))
    # a bulleted "Close" among a menu's items, with no definition under it, goes too
    assert "- close" in removed(lines(PARAGRAPH, SECOND, "- close", "- Home", "- News"))


# Documentation broken around inline code leaves a word of a sentence on a line of its own.


def test_a_word_of_a_sentence_broken_around_inline_code_stays() -> None:
    text = lines(
        PARAGRAPH, "You can change some fields of a running job in place. However, update operations",
        "like", "patch, and", "replace", "have some limits, listed below.", SECOND,
    )
    assert "like" not in removed(text)


def test_a_like_button_under_a_paragraph_still_goes() -> None:
    text = lines(PARAGRAPH, SECOND, "like", "share")
    assert "like" in removed(text)


# A list at the foot under a sentence that announces it with a colon is what the sentence
# announces; the same items under a paragraph that ends its sentence are a menu.

ANNOUNCED = {
    "en": ("Every shake is rich in the vitamins and minerals that support your health, and it helps with:",
           ["Muscle Function", "Reduced Fatigue", "Immune Support", "Heart Health"]),
    "de": ("Jeder Shake ist reich an Vitaminen und Mineralstoffen, die Ihre Gesundheit unterstützen, etwa bei:",
           ["Muskelfunktion", "Müdigkeit", "Immunsystem", "Herzgesundheit"]),
    "fr": ("Chaque boisson est riche en vitamines et en minéraux qui soutiennent votre santé, notamment pour :",
           ["Fonction musculaire", "Fatigue", "Immunité", "Santé du cœur"]),
}


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_a_list_under_a_sentence_that_announces_it_is_no_menu(lang: str) -> None:
    intro, items = ANNOUNCED[lang]
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", intro, *items))
    assert not [item for item in items if item in gone]


@pytest.mark.parametrize("lang", sorted(ANNOUNCED))
def test_the_same_items_under_a_finished_sentence_are_a_menu(lang: str) -> None:
    intro, items = ANNOUNCED[lang]
    finished = intro.rstrip(" :") + "."
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", finished, *items))
    assert set(items) <= set(gone)


# A documentation page's last sections are headings over tables; a menu laid out in a table's
# cells has no header row.

SECTIONS = {
    "en": ("Examples", "Specifications", "| Specification |", "| Harbour Timetable Format # the-sailing-record |"),
    "de": ("Beispiele", "Spezifikationen", "| Spezifikation |", "| Fahrplanformat # der-abfahrtsdatensatz |"),
    "fr": ("Exemples", "Spécifications", "| Spécification |", "| Format des horaires # l-enregistrement |"),
}


@pytest.mark.parametrize("lang", sorted(SECTIONS))
def test_headings_over_a_table_at_the_foot_are_no_menu(lang: str) -> None:
    examples, specifications, header, row = SECTIONS[lang]
    text = lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", examples, specifications, header, "|---|", row)
    gone = removed(text)
    assert specifications not in gone and header not in gone


def test_a_menu_in_table_cells_at_the_foot_still_goes() -> None:
    menu = ["| Home |  |", "| Timetables |  |", "| Fares |  |", "| Contact |  |"]
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", *menu))
    assert set(menu) <= set(gone)


def test_a_method_named_close_among_other_methods_stays() -> None:
    methods = ["Methods", "- connect()", "- close", "- send()", "- ready_state"]
    gone = removed(lines(PARAGRAPH, SECOND, *methods, PARAGRAPH + " More."))
    assert "- close" not in gone
    # in a menu of words, a bulleted "close" is the box's button
    assert "- close" in removed(lines(PARAGRAPH, SECOND, "- close", "- home", "- news"))


#: A shop's collection: items of a title, a description and a price.
PRINTS = [
    line
    for k in range(8)
    for line in (
        f"Mountain print no. {k + 1}",
        "A giclée print of the northern ridge at dawn, printed on heavy cotton paper with archival inks, "
        f"signed and numbered by the artist, edition of {50 + k}.",
        f"€ {40 + 5 * k}.00",
    )
]


@pytest.mark.parametrize("notice", [
    "© 2024 Studio Nord. All rights reserved. Every print in this collection is made to order in our "
    "workshop in Bergen and shipped flat in a rigid sleeve within five working days of your order, so "
    "that it reaches you unfolded and ready to frame.",
    "© 2024 Atelier Nord. Tous droits réservés. Chaque tirage de cette collection est réalisé à la "
    "commande dans notre atelier de Bergen et expédié à plat dans une pochette rigide sous cinq jours "
    "ouvrés, pour qu'il vous parvienne sans pli et prêt à encadrer.",
])
def test_a_paragraph_that_opens_with_a_copyright_notice_closes_no_page(notice: str) -> None:
    page = ["Prints and posters", "Our collection of landscape prints, made in small editions.", *PRINTS]
    page.insert(11, notice)
    gone = removed(lines(*page))
    assert not set(gone) & set(PRINTS)


def test_a_copyright_line_of_its_own_at_an_articles_foot_still_closes_it() -> None:
    text = lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.",
                 "© 2024 Harbour Gazette. All rights reserved.", "Terms", "Privacy", "Contact the newsroom")
    gone = removed(text)
    assert {"Terms", "Privacy", "Contact the newsroom"} <= set(gone)


# A product's or a service's plans and prices are the page's: a bare price is a paywall's offer
# only where it stands alone (or where a box around it speaks of subscribing).

PRICE_LISTS = {
    "en": (
        "Plans for teams of every size, with every tool included from the first day of your trial.",
        ["Starter", "$20/month", "per seat", "Professional", "$890/month", "3 seats included",
         "Enterprise", "$3,600/month", "5 seats included"],
    ),
    "en-gb": (
        "Choose the cleaning plan that suits your home; every visit is done by the same vetted cleaner, "
        "who brings the products and the equipment.",
        ["Flat", "£45/month", "Family house", "£80/month", "Large house", "£150/month"],
    ),
    "de": (
        "Wählen Sie den Tarif, der zu Ihrem Team passt; alle Tarife lassen sich monatlich kündigen.",
        ["Basis", "9,99 €/Monat", "Team", "19,99 €/Monat", "Firma", "49,99 €/Monat"],
    ),
}


@pytest.mark.parametrize("lang", sorted(PRICE_LISTS))
def test_a_pages_list_of_plans_and_prices_stays(lang: str) -> None:
    intro, plans = PRICE_LISTS[lang]
    gone = removed(lines("Plans and pricing", intro, *plans, SECOND))
    assert not [line for line in plans if line in gone]


@pytest.mark.parametrize("price", ["$4/month", "$1/week", "£2/week"])
def test_a_lone_price_under_an_article_still_goes(price: str) -> None:
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", "Unlimited access to every story", price))
    assert price in gone


def test_two_plans_with_their_prices_stay() -> None:
    plans = ["Basic", "$8/month", "Up to 5 devices", "Business", "$24/month", "Up to 25 devices", "Enterprise"]
    intro = PRICE_LISTS["en"][0]
    gone = removed(lines("Plans and pricing", intro, *plans, "Contact sales", SECOND))
    assert not [line for line in plans if line in gone]


def test_an_introductory_offer_still_goes() -> None:
    # "then $4/week" follows the first price as an offer's second price does: no plan's list
    offer = ["Read without limits", "$1/week", "then $4/week"]
    gone = removed(lines(PARAGRAPH, SECOND, *offer, PARAGRAPH + " More."))
    assert {"$1/week", "then $4/week"} <= set(gone)


def test_prices_under_an_offers_words_still_go() -> None:
    box = ["Support local journalism", "$1/week", "$40/year"]
    gone = removed(lines(PARAGRAPH, SECOND, *box, PARAGRAPH + " More.", SECOND + " Again."))
    assert set(box) <= set(gone)


# A service's questions and answers speak of subscribing, trials and e-mail as a sign-up box does;
# a question answered by a sentence under it, twice over, is the page's FAQ.

FAQS = {
    "en": [
        "Can I cancel anytime?",
        "Yes. You can cancel your subscription at any time from your account settings, and you will not be "
        "billed again.",
        "Do you offer a free trial?",
        "Every plan starts with a 14-day free trial, and no credit card is required to sign up.",
        "How do I get started?",
        "Create an account, download the app on each device, and choose the folders you want to protect.",
    ],
    "de": [
        "Ist das Abo jederzeit kündbar?",
        "Ja. Das Abo ist jederzeit kündbar: ein Klick in den Kontoeinstellungen genügt, danach wird nichts "
        "mehr abgebucht.",
        "Gibt es einen Probemonat?",
        "Ja, jeder Tarif beginnt mit einem kostenlosen Probemonat, und zum Registrieren brauchen Sie keine "
        "Kreditkarte.",
        "Wie fange ich an?",
        "Legen Sie ein Konto an, installieren Sie die App auf jedem Gerät und wählen Sie die Ordner aus, die "
        "gesichert werden.",
    ],
    "fr": [
        "Puis-je résilier mon abonnement à tout moment ?",
        "Oui. L'abonnement est sans engagement : vous le résiliez depuis votre compte, sans frais "
        "supplémentaires.",
        "Proposez-vous un essai gratuit ?",
        "Chaque formule commence par un essai gratuit de 14 jours, et il suffit d'une adresse e-mail pour "
        "s'inscrire.",
        "Comment commencer ?",
        "Créez un compte, installez l'application sur chaque appareil et choisissez les dossiers à protéger.",
    ],
}
SERVICE_INTRO = (
    "Protect every laptop and server in your office with automatic, encrypted backups that run in the "
    "background while your team works, and restore any file in minutes."
)


@pytest.mark.parametrize("lang", sorted(FAQS))
def test_a_services_questions_and_answers_stay(lang: str) -> None:
    faq = FAQS[lang]
    gone = removed(lines("Cloud backup", SERVICE_INTRO, PARAGRAPH, "FAQ", *faq, SECOND, PARAGRAPH))
    assert not [line for line in faq if line in gone]


def test_a_sign_up_box_with_a_question_in_it_still_goes() -> None:
    box = [
        "Enjoyed this story?", "Get the Courier weekly digest delivered to your inbox every Friday morning.",
        "No spam, and you can unsubscribe at any time.", "Already a subscriber?",
        "Manage your newsletters and email preferences here.",
    ]
    gone = removed(lines(PARAGRAPH, SECOND, *box, PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH))
    assert set(box[1:]) <= set(gone)


# A documentation page's steps speak as a sign-up form does ("Click Sign up.", "Enter your email
# address and choose a password."): under a step's heading, or numbered in a list that goes on past
# them, they are the page's.

PROCEDURES = {
    "en": (
        "Getting started with the Harbour API",
        "This guide walks you through creating your first project, generating an API key and sending your "
        "first request from the command line.",
        "Step 1: Create an account",
        ["Open the Harbour console in your browser.", "Click Sign up.",
         "Enter your email address and choose a password.",
         "Confirm your email address by clicking the link we send you."],
        "Step 2: Create a project",
    ),
    "de": (
        "Erste Schritte mit der Harbour-API",
        "Diese Anleitung zeigt, wie Sie Ihr erstes Projekt anlegen, einen API-Schlüssel erzeugen und Ihre "
        "erste Anfrage von der Kommandozeile senden.",
        "Schritt 1: Konto anlegen",
        ["Öffnen Sie die Harbour-Konsole im Browser.", "Klicken Sie auf Registrieren.",
         "Geben Sie Ihre E-Mail-Adresse ein und wählen Sie ein Passwort.",
         "Bestätigen Sie Ihre E-Mail-Adresse über den Link, den wir Ihnen schicken."],
        "Schritt 2: Projekt anlegen",
    ),
    "fr": (
        "Premiers pas avec l'API Harbour",
        "Ce guide vous montre comment créer votre premier projet, générer une clé d'API et envoyer votre "
        "première requête depuis la ligne de commande.",
        "Étape 1 : créer un compte",
        ["Ouvrez la console Harbour dans votre navigateur.", "Cliquez sur S'inscrire.",
         "Saisissez votre adresse e-mail et choisissez un mot de passe.",
         "Confirmez votre adresse e-mail en cliquant sur le lien que nous vous envoyons."],
        "Étape 2 : créer un projet",
    ),
}


@pytest.mark.parametrize("lang", sorted(PROCEDURES))
def test_steps_under_a_steps_heading_stay(lang: str) -> None:
    title, intro, heading, steps, after = PROCEDURES[lang]
    gone = removed(lines(title, intro, SECOND, heading, *steps, after, PARAGRAPH))
    assert not [step for step in steps if step in gone]


@pytest.mark.parametrize("lang", sorted(PROCEDURES))
def test_numbered_steps_stay(lang: str) -> None:
    title, intro, _, steps, _ = PROCEDURES[lang]
    numbered = [f"{n}. {step}" for n, step in enumerate(steps, 1)]
    gone = removed(lines(title, intro, SECOND, *numbered, PARAGRAPH))
    assert not [step for step in numbered if step in gone]


def test_a_sign_up_box_after_a_numbered_list_still_goes() -> None:
    box = ["Enjoyed this story?", "Get the Courier weekly digest in your inbox every Friday.", "Subscribe"]
    numbered = ["1. The ferry leaves at six.", "2. The last boat is at ten."]
    gone = removed(lines(PARAGRAPH, *numbered, *box, PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH))
    assert set(box[1:]) <= set(gone) and not set(numbered) & set(gone)


def test_a_bulleted_sign_up_box_still_goes() -> None:
    box = [
        "Get the Harbour Courier in your inbox", "- The morning briefing, every weekday",
        "- Local news in your inbox before breakfast", "- No spam, unsubscribe at any time", "Sign up",
    ]
    gone = removed(lines(PARAGRAPH, SECOND, *box, PARAGRAPH + " More.", SECOND + " Again.", PARAGRAPH))
    assert set(box[2:]) <= set(gone)


# A documentation page's section on a language's comments speaks of comments line after line, as
# a site's rules for commenting do; the page's other sections after it are no such rules.

COMMENT_SYNTAX = {
    "en": ("Python syntax basics",
           "This page explains the building blocks of a Python program: statements, indentation, comments and "
           "the way long lines are continued.",
           "Comments",
           ["A comment starts with a hash character and runs to the end of the line.", "# This is a comment",
            "Comments are ignored by the interpreter, so you can use them to explain why the code does what it "
            "does.",
            "Line continuation",
            "A long expression can be continued on the next line inside parentheses, brackets or braces, "
            "without a backslash.",
            "Outside them, end the line with a backslash; nothing may follow the backslash on that line, not "
            "even a space."]),
    "de": ("Grundlagen der Python-Syntax",
           "Diese Seite erklärt die Bausteine eines Python-Programms: Anweisungen, Einrückung, Kommentare und "
           "das Fortsetzen langer Zeilen.",
           "Kommentare",
           ["Ein Kommentar beginnt mit einer Raute und reicht bis zum Ende der Zeile.", "# Das ist ein Kommentar",
            "Kommentare werden vom Interpreter übersprungen; schreiben Sie in Kommentare, warum der Code tut, "
            "was er tut.",
            "Zeilenfortsetzung",
            "Ein langer Ausdruck kann innerhalb von runden, eckigen oder geschweiften Klammern auf der nächsten "
            "Zeile weitergehen.",
            "Außerhalb von Klammern endet die Zeile mit einem Backslash; danach darf auf dieser Zeile nichts "
            "mehr stehen, auch kein Leerzeichen."]),
    "fr": ("Les bases de la syntaxe Python",
           "Cette page présente les briques d'un programme Python : instructions, indentation, commentaires et "
           "suite des lignes trop longues.",
           "Commentaires",
           ["Un commentaire commence par un dièse et court jusqu'à la fin de la ligne.",
            "# Ceci est un commentaire",
            "Les commentaires sont ignorés par l'interpréteur : utilisez les commentaires pour expliquer "
            "pourquoi le code fait ce qu'il fait.",
            "Suite de ligne",
            "Une expression longue peut continuer sur la ligne suivante entre parenthèses, crochets ou "
            "accolades, sans barre oblique.",
            "Hors de ces signes, terminez la ligne par une barre oblique inverse ; rien ne doit la suivre sur "
            "cette ligne, pas même une espace."]),
}


@pytest.mark.parametrize("lang", sorted(COMMENT_SYNTAX))
def test_a_section_on_a_languages_comments_cuts_no_page(lang: str) -> None:
    title, intro, heading, section = COMMENT_SYNTAX[lang]
    gone = removed(lines(title, intro, "Indentation", PARAGRAPH, heading, *section))
    assert not [line for line in section if line in gone]


#: A short documentation page (a few sections, fewer words after its "Comments" heading than a
#: comment form has): its sections after that heading are a paragraph under each heading, no form.
SHORT_SYNTAX_PAGES = {
    "en": (
        "Python syntax basics",
        "A Python program is read by a parser, which turns the text of the program into tokens. This page "
        "describes the parts of the syntax every program uses.",
        "Indentation",
        "Leading whitespace at the start of a line sets the indentation level of the line, which groups "
        "statements. Tabs are replaced by spaces up to the next multiple of eight.",
        "Comments",
        "A comment starts with a hash character that is not part of a string literal, and ends at the end of "
        "the physical line. Comments are ignored by the syntax.",
        "Line joining",
        "Two physical lines may be joined into one logical line with a backslash at the end of the first of them.",
        "Keywords",
        "The following identifiers are used as reserved words and cannot be used as ordinary identifiers.",
    ),
    "de": (
        "Grundlagen der Lua-Syntax",
        "Ein Lua-Programm wird vom Parser gelesen, der den Text in Token zerlegt. Diese Seite beschreibt die "
        "Teile der Syntax, die jedes Programm verwendet.",
        "Bezeichner",
        "Namen bestehen aus Buchstaben, Ziffern und Unterstrichen und dürfen nicht mit einer Ziffer beginnen.",
        "Kommentare",
        "Ein Kommentar beginnt mit zwei Bindestrichen außerhalb einer Zeichenkette und reicht bis zum Ende "
        "der Zeile. Der Parser überspringt ihn.",
        "Zeichenketten",
        "Zeichenketten stehen in einfachen oder doppelten Anführungszeichen und dürfen Escape-Sequenzen enthalten.",
        "Schlüsselwörter",
        "Die folgenden Wörter sind reserviert und können nicht als Namen verwendet werden.",
    ),
    "ja": (
        "Pythonの基本文法",
        "このページでは、Pythonのプログラムを書くときに必要な基本的な文法を説明します。インデントやコメントの書き方など、"
        "最初に覚えておきたい規則をまとめました。",
        "インデント",
        "Pythonでは、行頭の空白でブロックを表します。同じブロックの文は同じ幅だけ字下げします。",
        "コメント",
        "コメントは「#」から行末までです。コメントはプログラムの実行には影響しません。",
        "変数",
        "変数は値に付ける名前です。最初に値を代入したときに作られます。",
        "関数",
        "関数はdefで定義します。引数は括弧の中に書き、戻り値はreturnで返します。",
    ),
    "fr": (
        "Les bases de la syntaxe SQL",
        "Une requête SQL est lue par l'analyseur, qui découpe son texte en unités lexicales. Cette page "
        "décrit les éléments que toute requête utilise.",
        "Identifiants",
        "Un identifiant commence par une lettre ou un tiret bas et peut contenir des chiffres.",
        "Commentaires",
        "Un commentaire commence par deux tirets et se termine à la fin de la ligne. L'analyseur l'ignore.",
        "Chaînes de caractères",
        "Une chaîne est placée entre apostrophes simples ; une apostrophe à l'intérieur se double.",
        "Mots réservés",
        "Les mots suivants sont réservés et ne peuvent pas servir de noms de tables ou de colonnes.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SHORT_SYNTAX_PAGES))
def test_a_short_pages_sections_after_its_comments_heading_are_no_form(lang: str) -> None:
    page = SHORT_SYNTAX_PAGES[lang]
    gone = removed(lines(*page))
    assert not [line for line in page[5:] if line in gone]


#: A service's page laid out in sections, a short heading over a paragraph each, that speaks of
#: newsletters and subscribers throughout: its sections are no sign-up box.
SECTIONED_SERVICES = {
    "en": (
        "Start your newsletter with Inkwell",
        "Write, send and grow a newsletter in one place. Inkwell is free until you reach 1,000 subscribers.",
        "Write",
        "A clean editor that works like a document. Drag in images, embed videos and schedule each issue for "
        "the morning your readers expect it.",
        "Send",
        "Every issue lands in the inbox, not the spam folder. We handle the sending domains, the unsubscribe "
        "links and the bounces.",
        "Grow",
        "A sign-up page and embeddable forms bring in new subscribers. Referral rewards let your readers "
        "invite their friends.",
        "Earn",
        "Turn on paid subscriptions when you are ready. Readers pay monthly or yearly, and Inkwell takes 5% "
        "of the revenue.",
    ),
    "de": (
        "Ihr Newsletter mit Tintenfass",
        "Schreiben, verschicken und wachsen an einem Ort. Tintenfass ist kostenlos bis 1.000 Abonnenten.",
        "Schreiben",
        "Ein aufgeräumter Editor, der wie ein Dokument funktioniert. Bilder und Videos ziehen Sie einfach "
        "hinein, jede Ausgabe lässt sich planen.",
        "Verschicken",
        "Jede Ausgabe landet im Posteingang statt im Spam. Wir kümmern uns um Absenderdomains, Abmeldelinks "
        "und Rückläufer.",
        "Wachsen",
        "Eine Anmeldeseite und Formulare zum Einbetten bringen neue Abonnenten. Mit Empfehlungsprämien laden "
        "Ihre Leser ihre Freunde ein.",
        "Verdienen",
        "Schalten Sie bezahlte Abos ein, wenn Sie so weit sind. Leser zahlen monatlich oder jährlich, "
        "Tintenfass behält 5 Prozent.",
    ),
}


@pytest.mark.parametrize("lang", sorted(SECTIONED_SERVICES))
def test_a_sectioned_pages_paragraphs_about_sign_ups_are_no_box(lang: str) -> None:
    assert removed(lines(*SECTIONED_SERVICES[lang])) == {}


def test_a_sign_up_box_within_one_section_of_such_a_page_still_goes() -> None:
    page = SECTIONED_SERVICES["en"]
    box = (
        "Get the Inkwell digest",
        "The best newsletters of the week in your inbox every Friday. Sign up free.",
        "Enter your email address",
        "Subscribe",
    )
    gone = removed(lines(*page[:6], *box, *page[6:]))
    assert set(box[1:]) <= set(gone)  # its title in the middle of the page is left, as on any page
    assert not set(page) & set(gone)


def test_the_rules_for_commenting_over_a_form_at_an_articles_foot_still_go() -> None:
    rules = [
        "Comments",
        "Comments are moderated and may take up to a day to appear under the story, so please be patient.",
        "Please keep your comments civil and on topic; we remove personal attacks, advertising and spam.",
        "Our newsroom reads every comment, and the best of them appear in the letters page on Saturday.",
        "Name", "Email", "Post comment",
    ]
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.", *rules))
    assert set(rules) <= set(gone)


def test_the_rules_for_commenting_go_whole_though_most_lines_name_no_comment() -> None:
    # A site's rules speak of length, language, insults and respect, most of them without the word
    # "comment"; no heading over a paragraph of another subject follows them.
    rules = [
        "Правила комментирования",
        "Эти простые правила помогут всем получать удовольствие от общения на нашем сайте.",
        "Комментарий не должен быть длиннее 2500 знаков вместе с пробелами.",
        "Пишите по-русски; пару фраз на другом языке можно оставить, если вы переведёте их для остальных "
        "читателей.",
        "Запрещаются оскорбления, брань и реклама любых товаров, услуг и других сайтов.",
        "Не уходите от темы статьи и разговора под ней.",
        "Давайте уважать друг друга и сайт, на который мы все приходим поговорить.",
        "Редакция может напечатать отдельные комментарии в субботнем номере газеты.",
    ]
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", SECOND + " Again.", *rules))
    assert set(rules) <= set(gone)


#: A command reference: each command's name over its usage line, then what it does.
PUBSUB_REFERENCE = (
    "Pub/Sub",
    "Publish/subscribe messaging lets clients send messages to channels without knowing who receives "
    "them. Subscribers receive only the messages published on the channels they asked for.",
    "SUBSCRIBE",
    "SUBSCRIBE channel [channel ...]",
    "Subscribes the client to the given channels. Once subscribed, the client may only issue further "
    "SUBSCRIBE, UNSUBSCRIBE, PING and QUIT commands.",
    "Share",
    "share(topic, group)",
    "Subscribes as part of a group: each message goes to one member of the group only, which spreads "
    "work across workers.",
    "PUBLISH",
    "PUBLISH channel message",
    "Posts a message to the given channel and returns the number of clients that received it.",
)


def test_a_commands_name_over_its_usage_line_is_no_button() -> None:
    assert removed(lines(*PUBSUB_REFERENCE)) == {}


def test_a_button_over_a_boxs_pitch_still_goes() -> None:
    box = ("Subscribe", "Subscribe to our newsletter for the week's ferry news (it's free).")
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", *box))
    assert box[0] in gone


#: Glossaries: each term over its definition. Terms that buttons and labels also use are terms here.
GLOSSARIES = {
    "en": (
        "Glossary",
        "Share", "A part of a company's capital. Owning a share gives a right to part of the profits.",
        "Subscription", "An agreement to receive something, such as a magazine, by paying in advance.",
        "Newsletter", "A regular report sent to the members or the customers of an organisation.",
        "Cookie", "A small file that a website stores on a visitor's device.",
    ),
    "de": (
        "Glossar",
        "Aktie", "Ein Anteil am Kapital einer Firma, der ein Recht auf einen Teil des Gewinns gibt.",
        "Newsletter", "Ein regelmäßiger Bericht, den eine Organisation an Mitglieder oder Kunden schickt.",
        "Dividende", "Der Teil des Gewinns, den eine Firma an ihre Aktionäre auszahlt.",
        "Teilen", "Einen Inhalt an andere weitergeben, etwa über einen Link oder eine Nachricht.",
    ),
}


@pytest.mark.parametrize("lang", sorted(GLOSSARIES))
def test_a_glossarys_terms_are_no_buttons(lang: str) -> None:
    assert removed(lines(*GLOSSARIES[lang])) == {}


def test_a_boxs_label_over_its_pitch_is_no_glossary() -> None:
    box = ("Newsletter", "The week's ferry news in your inbox every Sunday.", "Email", "Sign up")
    gone = removed(lines(PARAGRAPH, SECOND, PARAGRAPH + " More.", *box))
    assert {"Newsletter", "Sign up"} <= set(gone)


def test_an_articles_credit_and_advertisement_lines_between_paragraphs_are_no_glossary() -> None:
    between = ("Advertisement", "Photo: Jane Doe/Harbour Press", "Advertisement")
    text = lines(PARAGRAPH, between[0], SECOND, between[1], PARAGRAPH + " More.", between[2], SECOND + " Again.")
    assert set(between) <= set(removed(text))
