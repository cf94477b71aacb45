"""A prompt's voice: a short line with the cue words of a comment, share or follow prompt that
holds two of the voices of a prompt (the reader addressed, the publication speaking of itself, the
text speaking of itself or of its comment section) goes, whatever its wording; a report about a
social network, a minister's comments, a how-to step, a guide's heading and a quote stay."""

from __future__ import annotations

from importlib import resources

import pytest

import boilerstrip
from boilerstrip.heuristics.lexicon import PROMPT_MAX_WORDS
from boilerstrip.rules.voice import PROMPT_VOICES, VOICE_FOLDER
from boilerstrip.text.normalise import normalise

#: Two paragraphs of an article per language, the line under test placed between them.
ARTICLES = {
    "en": (
        "The ferry operator confirmed on Friday that the late sailing to the island will return in May, "
        "two years after it was cut because of a shortage of crew.",
        "Islanders had collected more than 3,000 signatures asking for it, saying that the last boat at "
        "six in the evening made it impossible to work a full day on the mainland.",
    ),
    "de": (
        "Die Fähre zur Insel soll ab Mai wieder abends fahren, zwei Jahre nachdem die letzte Verbindung "
        "wegen Personalmangels gestrichen worden war.",
        "Die Inselbewohner hatten mehr als 3000 Unterschriften gesammelt, weil sie mit der letzten Fähre "
        "um 18 Uhr keinen vollen Arbeitstag auf dem Festland schaffen.",
    ),
    "fr": (
        "La compagnie maritime a confirmé vendredi le retour de la dernière rotation vers l'île à partir "
        "du mois de mai, deux ans après sa suppression faute d'équipage.",
        "Les habitants avaient réuni plus de 3 000 signatures, expliquant qu'un dernier bateau à 18 heures "
        "les empêchait de travailler une journée complète sur le continent.",
    ),
    "es": (
        "La naviera confirmó el viernes que el último barco hacia la isla volverá a salir en mayo, dos "
        "años después de que se suprimiera por falta de tripulación.",
        "Los vecinos habían reunido más de 3.000 firmas, porque con el último barco a las seis de la tarde "
        "no podían trabajar una jornada completa en la península.",
    ),
    "it": (
        "La compagnia di navigazione ha confermato venerdì che da maggio tornerà la corsa serale verso "
        "l'isola, soppressa due anni fa per mancanza di personale.",
        "Gli abitanti avevano raccolto più di 3.000 firme, spiegando che con l'ultimo traghetto alle 18 "
        "era impossibile lavorare una giornata intera sulla terraferma.",
    ),
    "pt": (
        "A empresa de ferries confirmou na sexta-feira que a última ligação à ilha regressa em maio, dois "
        "anos depois de ter sido suprimida por falta de tripulantes.",
        "Os moradores tinham reunido mais de 3.000 assinaturas, dizendo que com o último barco às 18 horas "
        "era impossível trabalhar um dia inteiro no continente.",
    ),
    "nl": (
        "De veerdienst heeft vrijdag bevestigd dat de late boot naar het eiland vanaf mei weer vaart, twee "
        "jaar nadat die wegens personeelstekort was geschrapt.",
        "Eilandbewoners hadden meer dan 3000 handtekeningen verzameld, omdat ze met de laatste boot om zes "
        "uur geen volledige werkdag op het vasteland konden maken.",
    ),
    "ru": (
        "Паромная компания в пятницу подтвердила, что с мая вернёт вечерний рейс на остров, отменённый "
        "два года назад из-за нехватки экипажа.",
        "Жители острова собрали более трёх тысяч подписей, объясняя, что с последним паромом в шесть "
        "вечера невозможно отработать полный день на материке.",
    ),
    "pl": (
        "Armator potwierdził w piątek, że od maja wróci wieczorny rejs na wyspę, zawieszony dwa lata temu "
        "z powodu braku załogi.",
        "Mieszkańcy zebrali ponad 3 tysiące podpisów, tłumacząc, że ostatni prom o osiemnastej uniemożliwiał "
        "im pracę przez cały dzień na stałym lądzie.",
    ),
    "ja": (
        "フェリー会社は金曜日、島へ向かう最終便を5月から再開すると発表した。乗組員不足で運休してから2年ぶりとなる。",
        "島の住民は3000人以上の署名を集め、午後6時の最終便では本土で一日働くことができないと訴えていた。",
    ),
}

#: Prompts in wordings no rule lists: the reader and the text itself, or the reader and the publication.
PROMPTS = [
    ("en", "What do you think? Tell us in the comments below."),
    ("en", "Liked this story? Share it with your friends."),
    ("de", "Teilen Sie diesen Artikel mit Ihren Freunden."),
    ("fr", "Donnez-nous votre avis sur cet article en commentaire."),
    ("es", "Comparte este artículo con tus amigos."),
    ("it", "Lascia il tuo commento qui sotto."),
    ("pt", "Deixe a sua opinião nos comentários abaixo."),
    ("nl", "Wat vind jij? Laat een reactie achter onder dit artikel."),
    ("ru", "Поделитесь этой статьей в соцсетях."),
    ("pl", "Podziel się opinią w komentarzach poniżej."),
    ("ja", "この記事が気に入ったら、シェアしてください。"),
]

#: Article lines of the same words: one voice alone, a guide, a quote, a blog's longer question.
TWINS = [
    # a how-to step speaks to the reader, and of no article or publication
    ("en", "Share the timetable with your colleagues from the app."),
    ("es", "Comparte el horario con tus compañeros desde la aplicación."),
    ("ru", "Поделитесь расписанием с коллегами в приложении."),
    # a guide's heading
    ("en", "How to share this article with your friends"),
    ("fr", "Comment partager cet article avec vos amis"),
    ("ja", "スマートフォンでこの記事をシェアする方法"),
    # the third person: a minister's comments, a share of an article
    ("de", "Die Kommentare des Ministers zu diesem Artikel sorgten für Ärger."),
    ("es", "El ministro compartió este artículo en sus redes sociales."),
    ("pl", "Minister udostępnił ten artykuł na swoim profilu."),
    # a quote, and reported speech
    ("en", "\"Tell us in the comments what you think of it,\" the ferry operator wrote."),
    ("it", "Condividete questo articolo, ha detto il sindaco ai cittadini."),
]


def removals(lang: str, line: str) -> dict[str, list[str]]:
    first, second = ARTICLES[lang]
    text = "\n".join((first, line, second)) + "\n"
    return {r.text: [item.id for item in r.evidence] for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize(("lang", "line"), PROMPTS)
def test_a_line_in_a_prompts_voice_goes(lang: str, line: str) -> None:
    removed = removals(lang, line)
    assert line in removed and "voice:prompt" in removed[line]
    assert set(removed) == {line}


@pytest.mark.parametrize(("lang", "line"), TWINS)
def test_an_article_line_of_the_same_words_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


def test_a_blogs_longer_closing_question_is_prose() -> None:
    # an author's own question to the readers, longer than a prompt
    line = "Should the island council pay for a second evening boat in summer? Share your thoughts in the comments."
    assert len(line.split()) > PROMPT_MAX_WORDS
    assert removals("en", line) == {}


def test_prompt_voice_files_are_sorted_words_in_normal_form() -> None:
    root = resources.files("boilerstrip.rules") / "data"
    for lang in ("en", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "ja"):
        for voice in PROMPT_VOICES:
            text = (root / lang / VOICE_FOLDER / f"{voice}.txt").read_text(encoding="utf-8")
            words = [line for line in text.splitlines() if line and not line.startswith("#")]
            assert words == sorted(set(words)), f"{lang}/{voice}: sort the words and drop duplicates"
            assert all(normalise(word) == word for word in words), f"{lang}/{voice}"


#: A prompt's words quoted, with who spoke them after the quote: the article's, whatever rule
#: the quote's words begin as ("follow us on ...").
QUOTED = [
    ("en", "\"Follow us on Instagram and tell your friends,\" the ferry operator wrote on Monday."),
    ("de", "„Folgen Sie uns auf Instagram“, schrieb die Reederei am Montag."),
    ("fr", "« Suivez-nous sur Facebook », a lancé le maire aux habitants."),
    ("pl", "„Obserwuj nas na Instagramie” – zachęcał armator w poniedziałek."),
]


@pytest.mark.parametrize(("lang", "line"), QUOTED)
def test_a_quoted_prompt_with_its_speaker_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Follow us on Instagram and Facebook"),
    ("de", "Folgen Sie uns auf Instagram und Facebook"),
    ("fr", "Suivez-nous sur Facebook et Instagram"),
    ("pl", "Obserwuj nas na Instagramie i Facebooku"),
])
def test_the_same_prompt_unquoted_goes(lang: str, line: str) -> None:
    assert set(removals(lang, line)) == {line}
