"""Reader-comment sections under an article: the shapes that give them away in many languages and
comment systems (reactions with no marker at all, timestamps, bylines, controls, a policy under a
header), and the pages that look alike and must keep every line (live blogs, interviews, FAQs,
letters, chatty blog posts, discussion threads)."""

from __future__ import annotations

import pytest

import boilerstrip
from boilerstrip import Config
from boilerstrip.heuristics.comment_meta import LOOSE_REACTION, NO_REACTION, READER_REACTION, meta_kind, reaction_kind
from voice_articles import FERRY_ARTICLE

#: An article of some 330 words: enough article for a section proven by reactions to follow it.
ARTICLE = FERRY_ARTICLE


def lines(*parts: str) -> str:
    return "\n".join(parts) + "\n"


def reasons(text: str, config: Config | None = None, url: str | None = None) -> dict[str, str]:
    """Removed line text -> rule or heuristic id."""
    return {r.text: r.rule_id for r in boilerstrip.explain(text, config, url=url).removals}


# Comment sections whose extractor kept the bodies alone: no header, byline or date. Each must go
# whole, from its first reader's line to the end, and the article stay.
MARKERLESS = {
    "en": (
        "Great article, thanks for writing it! The late boat will make a real difference for us.",
        "My daughter works nights at the hospital and this is exactly what she needed.",
        "Hi Margaret,",
        "Do you know whether the Sunday timetable changes too? The leaflet does not say.",
        "I agree with the others, it has taken far too long but it is good news in the end.",
        "Thanks for sharing the link to the consultation, I had missed it completely.",
    ),
    "fr": (
        "Merci pour cet article très clair, on attendait ce changement depuis des années.",
        "Ma fille travaille de nuit à l'hôpital, cela va beaucoup l'aider.",
        "Bonjour Marguerite,",
        "Savez-vous si les horaires du dimanche changent aussi ? La brochure n'en dit rien.",
        "Tout à fait d'accord avec les autres lecteurs, il était temps.",
        "Super article, comme toujours.",
    ),
    "de": (
        "Danke für den Artikel, darauf haben wir auf der Insel lange gewartet.",
        "Meine Tochter arbeitet nachts im Krankenhaus, das hilft ihr sehr.",
        "Hallo Margarete,",
        "Weiß jemand, ob sich der Sonntagsfahrplan auch ändert? Im Faltblatt steht nichts.",
        "Sehe ich genauso, es hat viel zu lange gedauert.",
        "Toller Beitrag, wie immer gut recherchiert.",
    ),
    "es": (
        "Gracias por el artículo, lo esperábamos desde hace años en la isla.",
        "Mi hija trabaja de noche en el hospital y esto le ayudará mucho.",
        "Hola Margarita,",
        "¿Alguien sabe si cambia también el horario de los domingos? El folleto no dice nada.",
        "Totalmente de acuerdo con los demás lectores, ya era hora.",
        "Excelente artículo, como siempre.",
    ),
}


@pytest.mark.parametrize("lang", sorted(MARKERLESS))
def test_readers_reacting_prove_a_section_without_any_marker(lang: str) -> None:
    comments = MARKERLESS[lang]
    removed = reasons(lines(*ARTICLE, *comments))
    assert all(removed.get(line) == "tail:comments" for line in comments)
    assert not set(ARTICLE) & set(removed)
    # --keep-comments keeps them, and the precision preset does not act on reactions alone
    assert reasons(lines(*ARTICLE, *comments), Config(keep_comments=True)) == {}
    assert reasons(lines(*ARTICLE, *comments), Config.from_preset("precision")) == {}


@pytest.mark.parametrize("article_words, cut", [(300, True), (299, False)])
def test_reactions_count_the_words_above_the_section_to_the_word(article_words: int, cut: bool) -> None:
    # The section search is skipped where too few words stand above the last lines for any
    # section to open there (see _reaction_section): at the bound, three reactions closing an
    # article of exactly MIN_REACTION_ARTICLE_WORDS words still go; one word fewer, they stay.
    article, left = [], article_words
    for paragraph in ARTICLE:
        kept = paragraph.split()[:left]
        if kept:
            article.append(" ".join(kept))
            left -= len(kept)
    comments = (MARKERLESS["en"][0], "Hi Margaret,", MARKERLESS["en"][5])
    removed = reasons(lines(*article, *comments))
    assert removed == ({line: "tail:comments" for line in comments} if cut else {})


def test_a_discussion_thread_is_no_comment_section() -> None:
    # A short opening post answered by readers: the replies are the page. Its address says so
    # where it can; where it cannot, a post this short is no article a section could follow.
    post = ("Which ferry do you take to the island in winter? We are moving there in March and the "
            "timetable is confusing.")
    replies = MARKERLESS["en"]
    assert reasons(lines(post, *replies)) == {}
    assert reasons(lines(*ARTICLE, *replies), url="https://forum.example.org/t/winter-ferries/4821") == {}


#: Threads whose replies carry the thread's title as their subject, as forum and mailing-list
#: software prints them, each with a byline and controls: no address says "forum" here.
TITLED_THREADS = {
    "en": ("Best way to store winter tyres?", "Re: Best way to store winter tyres?",
           "Posted by {} on 12 Nov 2025, 18:40",
           ("I have a set of winter tyres on rims that I swap in every November. Where do you all keep them in "
            "summer? My garage floor is damp.",
            "On rims you can stack them flat, or hang them on a wall rack. Keep them away from the boiler.",
            "Clean them first and let them dry. Many tyre shops store them for you for about 40 a season.")),
    "de": ("Winterreifen richtig lagern?", "AW: Winterreifen richtig lagern?", "Beitrag von {} » 12.11.2025, 18:40",
           ("Ich habe Winterreifen auf Felgen und wechsle jeden November. Wo lagert ihr sie im Sommer? Meine "
            "Garage ist feucht.",
            "Mit Felgen kann man sie liegend stapeln oder an die Wand hängen, nur nicht neben die Heizung.",
            "Vorher waschen und trocknen lassen. Viele Werkstätten lagern sie für etwa 40 Euro pro Saison ein.")),
    "sv": ("Hur förvarar ni vinterdäcken?", "SV: Hur förvarar ni vinterdäcken?", "Skrivet av {} 12 nov 2025 18:40",
           ("Jag har vinterdäck på fälg som jag byter till varje november. Var förvarar ni dem på sommaren? "
            "Mitt garage är fuktigt.",
            "På fälg kan du stapla dem liggande eller hänga dem på väggen, men inte nära pannan.",
            "Tvätta och torka dem först. Många verkstäder förvarar dem åt dig för ungefär 400 kronor.")),
}


@pytest.mark.parametrize("lang", sorted(TITLED_THREADS))
def test_a_thread_whose_replies_repeat_its_title_keeps_its_posts(lang: str) -> None:
    title, subject, byline, posts = TITLED_THREADS[lang]
    names = ("gearhead77", "Lotte_K", "mechanic_dan")
    text = [title, byline.format(names[0]), posts[0], "Reply", "Quote"]
    for name, post in zip(names[1:], posts[1:], strict=True):
        text += [subject, byline.format(name), post, "Reply", "Quote"]
    removed = reasons(lines(*text))
    assert not set(posts) & set(removed)
    # One reply titled so is a comment's own subject: the comments under an article still go.
    one = reasons(lines(*ARTICLE, f"Re: {ARTICLE[0]}", *MARKERLESS["en"]))
    assert all(one.get(line) == "tail:comments" for line in MARKERLESS["en"])


#: A live blog's entries: a time, the entry, and the control a live blog prints under each.
LIVE_ENTRIES = (
    ("14:05", "The harbour master has cancelled the last two sailings to the mainland. Passengers booked on "
     "them can travel tomorrow at no extra cost."),
    ("13:40", "Police say the coast road to the airport is closed after a wall collapsed onto the "
     "carriageway. Nobody was hurt."),
    ("13:12", "Wind speeds of 90 mph were recorded at the airport, the highest in the islands since 2005, "
     "the forecaster said."),
    ("12:30", "Schools in the west of the island will close at one o'clock so that buses can get children "
     "home before the worst of the wind."),
)


@pytest.mark.parametrize("control", ["Share", "Permalink"])
def test_a_live_blogs_entries_with_their_controls_are_no_comment_section(control: str) -> None:
    intro = ("Storm Ingrid live: ferries cancelled, roads closed across the islands",
             "Our reporters follow the storm through the day. All times are local.")
    entries = [line for stamp, entry in LIVE_ENTRIES for line in (stamp, entry, control)]
    removed = reasons(lines(*intro, *entries))
    assert not [entry for _, entry in LIVE_ENTRIES if entry in removed]
    # The same rhythm with who wrote each line is a comment section, and goes.
    names = ("Margaret", "Tom_K", "islander", "Jo")
    comments = [line for (stamp, entry), name in zip(LIVE_ENTRIES, names, strict=True)
                for line in (f"{name} says:", f"March 3, 2025 at {stamp}", entry, control)]
    removed = reasons(lines(*ARTICLE, *comments))
    assert all(removed.get(entry) == "tail:comments" for _, entry in LIVE_ENTRIES)


@pytest.mark.parametrize("ending", [
    # a chatty blog post's own end: a thanks, a smiley, a greeting to its readers
    ("That's all for this week, see you on the boat! :)", "Thanks again to everyone who wrote in.",
     "Hello to all the new subscribers, and welcome!"),
    # a letter quoted whole at the end of the article
    ("Dear Mr Brown,", "Thank you for writing to us about the late boat.",
     "We agree that the timetable should change and have asked the board to act.", "Yours sincerely,",
     "The harbour master"),
    # a question-and-answer box
    ("Q: Will the fares change?", "A: No, not this year.", "Q: Can I book a car space?",
     "A: Yes, from March, up to a month ahead.", "Q: Where do I find the new times?",
     "A: On the operator's site and at both piers."),
    # an interview's closing lines
    ("Jane Doe: Thank you for having me.", "Interviewer: Thank you, and good luck with the new boat.",
     "Jane Doe: I agree it was a long wait, but we got there in the end."),
])
def test_an_article_that_ends_in_its_own_voice_keeps_every_line(ending: tuple[str, ...]) -> None:
    removed = reasons(lines(*ARTICLE, *ending))
    assert not (set(ending) | set(ARTICLE)) & set(removed)


def test_the_section_opens_at_a_readers_line_not_at_the_articles_last_smiley() -> None:
    # The author signs off with a smiley and a thanks; the comments follow a few lines later.
    sign_off = ("That's all for this week, see you on the boat :)", "Thanks!")
    removed = reasons(lines(*ARTICLE, *sign_off, *MARKERLESS["en"]))
    assert not set(sign_off) & set(removed)
    assert all(removed.get(line) == "tail:comments" for line in MARKERLESS["en"])


@pytest.mark.parametrize(("stamp", "control"), [
    ("il y a 3 heures", "Répondre"), ("Il y a une heure", "Signaler"), ("vor einer Stunde", "Antworten"),
    ("hace una hora", "Responder"), ("un'ora fa", "Rispondi"), ("há 2 horas", "Responder"),
    ("час назад", "Ответить"), ("2 uur geleden", "Reageer"), ("godzinę temu", "Odpowiedz"),
    ("12 mars 2019 à 14 h 35", "J'aime"), ("12. März 2019 um 14:35", "Gefällt mir"),
    ("12 de marzo de 2019 a las 14:35", "Me gusta"), ("ieri alle 14:35", "Mi piace"),
    ("12 марта 2019 в 14:35", "Нравится"),
])
def test_comment_rhythm_in_the_first_languages(stamp: str, control: str) -> None:
    # A handle, the comment's age or date, its body and a control, three times over.
    comments = []
    for n, body in enumerate(("Pas mal.", "Na ja.", "Bueno, ya veremos.")):
        comments += [f"lecteur_{n}7", stamp, body, control]
    removed = reasons(lines(*ARTICLE[:2], *comments))
    assert set(comments) <= set(removed)
    assert not set(ARTICLE[:2]) & set(removed)


@pytest.mark.parametrize(("text", "kind"), [
    ("il y a une heure", "stamp"), ("vor einer Stunde", "stamp"), ("hace una hora", "stamp"),
    ("un'ora fa", "stamp"), ("час назад", "stamp"), ("godzinę temu", "stamp"), ("just now", "stamp"),
    ("Yesterday at 7:51 pm", "stamp"), ("hier à 19h51", "stamp"), ("12. März 2019 um 14:35 Uhr", "stamp"),
    ("1 novembre à 14h57", "stamp"),
    ("Réponse de Jean", "byline"), ("Antwort von Hans Meier", "byline"), ("Commento di Paola", "byline"),
    ("Jean Dupont a écrit :", "byline"), ("lucky said,", "byline"),
    ("Palash Goyal says: August 1, 2020 at 3:45 am", "byline"),
    ("Jean a écrit le 12 mars 2019 à 14h35 :", "byline"),
    ("J'aime", "control"), ("Signaler un abus", "control"), ("Gefällt mir", "control"),
    # a unit alone, a duration, a quote's introduction: no metadata
    ("Hours", None), ("Minutes", None), ("Over the years we grew", None), ("The minister said: we will win", None),
    ("Experts in the field of economics said,", None),
])
def test_comment_metadata_in_more_languages(text: str, kind: str | None) -> None:
    assert meta_kind(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    ("Great post, thanks!", READER_REACTION), ("Thanks for sharing this.", READER_REACTION),
    ("Hi Prince,", READER_REACTION), ("Kristin,", READER_REACTION), ("@dave_k I think so too", READER_REACTION),
    ("I totally agree with you.", READER_REACTION), ("Merci pour cet article !", READER_REACTION),
    ("Danke für den Beitrag", READER_REACTION), ("Excelente artículo", READER_REACTION),
    ("Ottimo articolo", READER_REACTION), ("Спасибо за статью", READER_REACTION),
    ("Thanks!", LOOSE_REACTION), ("lol that's me", LOOSE_REACTION), ("Looks delicious!", LOOSE_REACTION),
    ("Nice, I like it ;)", LOOSE_REACTION), ("Merci !", LOOSE_REACTION), ("jajaja", LOOSE_REACTION),
    # an author's thanks and credits, a sign-off, a heading, third-person prose: none
    ("Thank you for reading.", NO_REACTION), ("Thanks to the volunteers, the boat ran.", NO_REACTION),
    ("Merci de m'avoir lu.", NO_REACTION), ("Vielen Dank an die Helfer", NO_REACTION), ("Best,", NO_REACTION),
    ("Great Tips For Saving Money", NO_REACTION), ("The board agreed to the plan.", NO_REACTION),
    ("“Thanks for coming,” she said.", NO_REACTION),
])
def test_how_a_line_opens_as_a_reader(text: str, kind: int) -> None:
    assert reaction_kind(text) == kind


def test_a_header_over_the_comment_rules_opens_a_section() -> None:
    policy = (
        "Правила комментирования",
        "Эти несложные правила помогут Вам получать удовольствие от общения на нашем сайте!",
        "Сообщение не должно содержать более 2500 знаков, в комментариях запрещаются оскорбления.",
        "Редакция оставляет за собой право публикации отдельных комментариев в газете.",
    )
    removed = reasons(lines(*ARTICLE, *policy))
    assert set(policy) <= set(removed)
    assert not set(ARTICLE) & set(removed)


def test_a_dated_list_under_a_header_is_no_comment_rhythm() -> None:
    # Dates that a comments header follows (a teaser list with its comment counts) are no rhythm of
    # comments: the header may open a section, the dates above it do not.
    listing = []
    for n in range(3):
        listing += [f"Ferry news number {n} from the island", f"12 mars 2019 à 1{n} h 35"]
    text = lines(*ARTICLE, *listing, "Commenter")
    removed = reasons(text)
    assert removed.get(listing[0]) != "tail:comments"


def test_a_live_blogs_dated_updates_stay_in_every_language() -> None:
    updates = []
    for hour in range(9, 13):
        updates += [f"3 mars 2025 à {hour} h 15", ARTICLE[1]]
    assert reasons(lines(ARTICLE[0], *updates)) == {}


@pytest.mark.parametrize("header", [
    "2 Gedanken zu „Die neue Fähre“", "3 réflexions sur « Le nouveau bac »", "5 comentarios en «El nuevo ferry»",
    "2 pensieri su “Il nuovo traghetto”", "4 comentários sobre “A nova balsa”", "2 reacties op “De nieuwe veerboot”",
    "3 komentarze do „Nowy prom”", "4 комментария к «Новый паром»",
    "Hinterlasse eine Antwort", "Laisser une réponse", "Deja una respuesta", "Lascia una risposta",
    "Deixe uma resposta", "Laat een antwoord achter", "Zostaw odpowiedź", "Оставить ответ",
])
def test_a_blog_engines_comment_header_in_each_language_opens_a_section(header: str) -> None:
    comment = "Sehr gut. Très bien. Muy bien. Molto bene."
    removed = reasons(lines(*ARTICLE, header, comment, "lecteur_42", "12/03/2019 14:35"))
    assert removed.get(header) and removed.get(comment) == "tail:comments"
    assert not set(ARTICLE) & set(removed)


# The last paragraphs of an article, short enough together to pass for a comment form's words,
# with a stray label above them (an extractor keeps a comment button or a count mid-page).
CLOSING_PARAGRAPHS = {
    "en": ("Farmers said they would wait for the spring rains before deciding how much to plant.",
           "The state legislature is expected to debate a drought relief package next month."),
    "de": ("Die Landwirte wollen den Frühjahrsregen abwarten, bevor sie über die Aussaat entscheiden.",
           "Der Landtag wird im kommenden Monat über ein Hilfspaket für die Betriebe beraten."),
    "es": ("Los agricultores esperarán a las lluvias de primavera antes de decidir cuánto sembrar.",
           "El parlamento regional debatirá el mes que viene un paquete de ayudas contra la sequía."),
}


@pytest.mark.parametrize("lang", sorted(CLOSING_PARAGRAPHS))
@pytest.mark.parametrize("label", ["Comments", "Kommentare", "Comentarios", "12 comments", "Reply"])
def test_a_stray_label_does_not_take_the_articles_last_paragraphs(lang: str, label: str) -> None:
    closing = CLOSING_PARAGRAPHS[lang]
    removed = reasons(lines(*ARTICLE, label, *closing))
    assert not (set(ARTICLE) | set(closing)) & set(removed)


def test_a_comment_form_under_its_header_still_goes_whole() -> None:
    form = ("Leave a Reply", "Your email address will not be published. Required fields are marked *",
            "Comment *", "Name *", "Email *", "Website",
            "Save my name, email, and website in this browser for the next time I comment.", "Post Comment")
    removed = reasons(lines(*ARTICLE, *form))
    assert set(form) <= set(removed)
    assert not set(ARTICLE) & set(removed)


#: An invitation to comment first, in the languages whose comment rules word it.
FIRST_COMMENT_INVITATIONS = (
    "Be the first to comment on this story.",
    "Sé el primero en comentar esta noticia.",
    "Sii il primo a commentare questa notizia.",
    "Soyez le premier à commenter cet article.",
    "Seja o primeiro a comentar esta notícia.",
    "Schreiben Sie den ersten Kommentar zu diesem Artikel.",
    "Оставьте первый комментарий к этой новости.",
)


@pytest.mark.parametrize("invitation", FIRST_COMMENT_INVITATIONS)
def test_an_invitation_to_comment_first_takes_no_paragraph_after_it(invitation: str) -> None:
    # No comment follows an invitation to be the first: the paragraph under it is the article's.
    last = ARTICLE[-1]
    gone = reasons(lines(*ARTICLE[:-1], invitation, last))
    assert invitation in gone and last not in gone


@pytest.mark.parametrize("invitation", FIRST_COMMENT_INVITATIONS)
def test_an_invitation_to_comment_first_goes_with_its_form(invitation: str) -> None:
    form = ("Name", "Email", "Website", "Post Comment")
    gone = reasons(lines(*ARTICLE, invitation, *form))
    assert {invitation, *form} <= set(gone)
    assert not set(ARTICLE) & set(gone)


def test_a_count_header_still_stands_over_the_one_comment_it_counts() -> None:
    comment = "Carrie said: the late boat is the best news the island has had in years, thank you all."
    gone = reasons(lines(*ARTICLE, "1 Comment", comment))
    assert {"1 Comment", comment} <= set(gone)
