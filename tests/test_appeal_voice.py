"""An appeal's voice: a short line with an appeal's cue words that speaks to the reader and of the
publication itself goes, whatever its wording; a report of a charity drive or of a company's
subscribers, and a quote, stay. The voice vocabularies are checked as data."""

from __future__ import annotations

from importlib import resources

import pytest

import boilerstrip
from boilerstrip.heuristics.lexicon import VOICE_MAX_WORDS
from boilerstrip.rules.voice import APPEAL_CUE_CATEGORIES, VOICE_FOLDER, VOICES, load_voices
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
    "sv": (
        "Rederiet bekräftade på fredagen att den sena turen till ön kommer tillbaka i maj, två år efter "
        "att den ställdes in på grund av brist på besättning.",
        "Öborna hade samlat in över 3 000 namnunderskrifter och sagt att den sista båten klockan sex gjorde "
        "det omöjligt att arbeta en hel dag på fastlandet.",
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

#: Appeal lines in an appeal's voice, in wordings no rule lists.
APPEALS = [
    ("en", "Stories like this take weeks to report, and a donation from you today helps us keep them free."),
    ("de", "Wenn Ihnen unsere Recherchen wichtig sind, helfen Sie uns mit einer Spende."),
    ("fr", "Vos dons nous permettent de rester un média sans actionnaire et sans publicité."),
    ("es", "Tu aportación nos permite seguir contando lo que pasa en la isla."),
    ("it", "Il tuo contributo ci permette di raccontare le isole ogni giorno."),
    ("pt", "Contribua e ajude-nos a continuar a fazer jornalismo independente nas ilhas."),
    ("nl", "Jouw donatie helpt ons om elke week over de eilanden te blijven schrijven."),
    ("sv", "Din gåva gör att vi kan fortsätta bevaka öarna året runt."),
    ("pl", "Wesprzyj nas, abyśmy mogli dalej pisać o wyspach."),
    ("ja", "私たちの取材はサポーターの皆さまに支えられています。ご支援をお願いいたします。"),
]

#: Their twins: the same words of donations and subscriptions, in an article's own voice.
TWINS = [
    ("en", "The ferry company said its subscribers would get a discount on the new sailing."),
    ("en", '"Your support means we can keep the late boat running," said the operator\'s chairman.'),
    ("de", "Der Förderverein der Insel sammelte Spenden für einen Rettungsring am Anleger."),
    ("fr", "Les abonnés de la compagnie bénéficieront d'une réduction sur la nouvelle rotation."),
    ("es", "La asociación de vecinos recogió donaciones para un nuevo muelle."),
    ("it", "Gli abbonati della compagnia avranno uno sconto sulla corsa serale."),
    ("pt", "A associação de moradores recolheu donativos para reparar o cais."),
    ("nl", "De vereniging van eilandbewoners zamelde donaties in voor een nieuwe steiger."),
    ("sv", "Öns förening samlade in gåvor till en ny brygga."),
    ("pl", "Stowarzyszenie mieszkańców zebrało darowizny na nowy pomost."),
    ("ja", "島の住民団体は新しい桟橋のための寄付を集めた。"),
    # reported speech, without quotation marks: the article tells what someone asked for
    ("de", "Helfen Sie uns mit Ihrer Spende, appellierte der Tierschutzverein an die Besucher."),
    ("es", "Necesitamos tu aportación para reparar el muelle, explicó la presidenta de la asociación."),
    # a service speaking to its customer: one sign-up word is no newsletter box
    ("en", "Sign up for the ferry portal and we will send you a boarding code before each trip."),
    # English "my" is no publication's "we" (Polish "my" is): the two voices must be of one language
    ("en", "I shared your post about the ferry with my friends and made a donation too."),
]


def removals(lang: str, line: str) -> dict[str, list[str]]:
    first, second = ARTICLES[lang]
    text = "\n".join((first, line, second)) + "\n"
    return {r.text: [item.id for item in r.evidence] for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize(("lang", "line"), APPEALS)
def test_a_line_in_an_appeals_voice_goes(lang: str, line: str) -> None:
    removed = removals(lang, line)
    assert line in removed and "voice:appeal" in removed[line]
    assert set(removed) == {line}


@pytest.mark.parametrize(("lang", "line"), TWINS)
def test_an_article_line_of_the_same_words_stays(lang: str, line: str) -> None:
    assert removals(lang, line) == {}


def test_a_long_first_person_paragraph_is_prose() -> None:
    # a blog's own paragraph that speaks to its reader of "our" newsletter, longer than a pitch
    line = (
        "When we started our newsletter in 2019 we had no idea whether you would want another email in "
        "your inbox, and for the first year we wrote it mostly for our friends, who kindly pretended to "
        "read every issue and told us which stories they liked."
    )
    assert len(line.split()) > VOICE_MAX_WORDS
    assert removals("en", line) == {}


def test_voice_files_are_sorted_words_in_normal_form() -> None:
    root = resources.files("boilerstrip.rules") / "data"
    languages = [lang.name for lang in root.iterdir() if (lang / VOICE_FOLDER).is_dir()]
    assert len(languages) >= 10
    for lang in languages:
        for voice in VOICES:
            text = (root / lang / VOICE_FOLDER / f"{voice}.txt").read_text(encoding="utf-8")
            words = [line for line in text.splitlines() if line and not line.startswith("#")]
            assert words == sorted(set(words)), f"{lang}/{voice}: sort the words and drop duplicates"
            assert all(normalise(word) == word for word in words), f"{lang}/{voice}"
    expected = {f"{voice}:en" for voice in VOICES} | {f"{cue}:en" for cue in APPEAL_CUE_CATEGORIES}
    assert {cue.category for cue in load_voices(["en"])} == expected
