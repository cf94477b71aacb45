"""A page template's filler text left in the extracted text ("Lorem ipsum dolor sit amet, ..."):
it goes wherever it stands and whatever the article's language, however long its paragraph, and
even when it is most of the text; a sentence about the filler stays."""

from __future__ import annotations

import pytest

import boilerstrip
from voice_articles import FERRY_ARTICLE

FILLER_PARAGRAPH = (
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore "
    "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut "
    "aliquip ex ea commodo consequat."
)

ARTICLES = {
    "en": FERRY_ARTICLE[:3],
    "de": (
        "Der Hafenausschuss hat am Montag den neuen Fahrplan der Fähre beschlossen, nachdem die Anwohner "
        "lange frühere Abfahrten im Winter und eine spätere letzte Fähre am Freitag gefordert hatten.",
        "Die Änderung koste wenig, sagten die Verantwortlichen, weil die Besatzungen ohnehin im geteilten "
        "Dienst arbeiten; die Gewerkschaft stimmte nach einer Abstimmung ihrer Mitglieder zu.",
        "Die erste Fähre legt ab März um zehn nach sechs am Ostpier ab, vierzig Minuten früher als bisher, "
        "und die letzte Fähre verlässt die Insel freitags um halb zwölf.",
    ),
}


def removed(text: str) -> dict[str, str]:
    return {r.text: r.rule_id for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize("lang", sorted(ARTICLES))
def test_filler_text_goes_in_any_article(lang: str) -> None:
    body = list(ARTICLES[lang])
    filler = ["Lorem Ipsum", FILLER_PARAGRAPH, "- Lorem ipsum 1", "- Lorem ipsum 2"]
    text = "\n".join(body[:2] + filler + body[2:]) + "\n"
    assert removed(text) == dict.fromkeys(filler, "shape:placeholder")


def test_filler_text_goes_even_when_it_is_most_of_the_text() -> None:
    body = list(ARTICLES["en"])
    filler = [FILLER_PARAGRAPH, FILLER_PARAGRAPH.replace("Lorem", "LOREM"),
              FILLER_PARAGRAPH + " Duis aute irure dolor in reprehenderit.",
              FILLER_PARAGRAPH + " Excepteur sint occaecat cupidatat non proident."]
    gone = removed("\n".join(body[:1] + filler + body[1:]) + "\n")
    assert gone == dict.fromkeys(filler, "shape:placeholder")


@pytest.mark.parametrize("line", [
    "Lorem ipsum, the filler text printers have used since the 1500s, comes from a treatise by Cicero.",
    "Lorem ipsum is what designers type into a page before the writers have delivered their copy.",
])
def test_a_sentence_about_the_filler_stays(line: str) -> None:
    body = list(ARTICLES["en"])
    assert removed("\n".join([*body[:2], line, *body[2:]]) + "\n") == {}
