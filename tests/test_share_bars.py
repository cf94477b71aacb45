"""Share and follow bars: a short line that offers the article to social networks by name
("Share on Facebook, X or WhatsApp", "Artikel teilen: per WhatsApp, Facebook oder E-Mail") goes,
in any language whose social cues it speaks and wherever it stands; a sentence that names the
same networks stays. And the data of the networks' names is checked as the rules' is."""

from __future__ import annotations

from importlib import resources

import pytest

import boilerstrip
from boilerstrip.heuristics.shape import NETWORKS_FILE, is_share_bar, share_patterns
from boilerstrip.rules.check import check_sorted
from boilerstrip.text.normalise import normalise
from voice_articles import ARTICLES

BARS = [
    ("en", "Share on Facebook, X or WhatsApp"),
    ("en", "Share this: Facebook · LinkedIn · Reddit"),
    ("de", "Artikel teilen: per WhatsApp, Facebook oder E-Mail"),
    ("de", "Teilen auf Facebook, X und LinkedIn"),
    ("fr", "Partager sur Facebook, X ou WhatsApp"),
    ("es", "Compartir en Facebook, X o WhatsApp"),
    ("it", "Condividi su Facebook, WhatsApp o via email."),
    ("pt", "Compartilhe no WhatsApp, Facebook ou Telegram"),
    ("ru", "Поделиться: ВКонтакте, Telegram, WhatsApp"),
    ("uk", "Поділитися: Facebook, Telegram, Viber"),
]

SENTENCES = [
    ("en", "Meta owns Facebook, WhatsApp and Instagram."),
    ("en", "Users can share posts on Facebook, WhatsApp and Telegram."),
    ("en", "Share prices of Facebook and Twitter fell sharply on Monday."),
    ("en", "Share the timetable with your neighbours: the operator posts changes on Facebook and X as well."),
    ("de", "Teilen Facebook und WhatsApp die Daten ihrer Nutzer mit Werbekunden in den USA?"),
    ("ru", "Поделиться мнением о пароме жители смогут на встрече во вторник."),
]


def removed(lang: str, line: str) -> dict[str, str]:
    first, second = ARTICLES[lang]
    text = "\n".join([first, line, second]) + "\n"
    return {r.text: r.rule_id for r in boilerstrip.explain(text).removals}


@pytest.mark.parametrize(("lang", "line"), BARS)
def test_a_share_bar_goes_between_paragraphs(lang: str, line: str) -> None:
    assert line in removed(lang, line)


@pytest.mark.parametrize(("lang", "line"), BARS)
def test_a_share_bar_is_its_shape_without_a_rule(lang: str, line: str) -> None:
    assert is_share_bar(normalise(line), len(line.split()), share_patterns(None))


@pytest.mark.parametrize(("lang", "line"), SENTENCES)
def test_a_sentence_that_names_networks_stays(lang: str, line: str) -> None:
    assert removed(lang, line) == {}
    assert not is_share_bar(normalise(line), len(line.split()), share_patterns(None))


def test_one_network_is_no_bar() -> None:
    assert not is_share_bar("share on facebook", 3, share_patterns(None))


def test_a_name_inside_a_word_is_no_network() -> None:
    # "x" of "xbox" and "vk" of "vkusno" are no networks' names
    assert not is_share_bar("share: xbox, vkusno", 3, share_patterns(None))


def test_the_networks_file_is_sorted_unique_and_normal() -> None:
    text = (resources.files("boilerstrip.rules") / "data" / NETWORKS_FILE).read_text(encoding="utf-8")
    assert check_sorted(text) == []
    names = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert len(names) >= 20
    for name in names:
        assert normalise(name) == name and len(name.split()) == 1, name
