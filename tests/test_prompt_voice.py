"""A prompt's voice: a short line with the cue words of a comment, share or follow prompt that
holds two of the voices of a prompt (the reader addressed, the publication speaking of itself, the
text speaking of itself or of its comment section) goes, whatever its wording; a report about a
social network, a minister's comments, a how-to step, a guide's heading and a quote stay."""

from __future__ import annotations

from importlib import resources

import pytest

from boilerstrip.heuristics.lexicon import PROMPT_MAX_WORDS
from boilerstrip.rules.voice import PROMPT_VOICES, VOICE_FOLDER
from voice_articles import removals, written_in_normal_form

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
    ("de", "Diskutieren Sie mit: Ihre Meinung zu diesem Thema interessiert uns."),
    ("ja", "この記事が気に入ったら、シェアしてください。"),
    ("ko", "이 기사를 친구들과 공유해 주세요."),
    ("ko", "인스타그램에서 저희를 팔로우하세요."),
    ("tr", "Bu haberi arkadaşlarınızla paylaşın."),
    ("cs", "Sdílejte tento článek s přáteli na Facebooku."),
    ("id", "Bagikan artikel ini ke teman-teman Anda."),
    ("pt", "Partilhe este artigo com os seus amigos."),
    ("it", "Seguici sul nostro canale WhatsApp per restare aggiornato."),
    ("uk", "Поділіться цією статтею з друзями."),
    ("id", "Ikuti saluran WhatsApp kami untuk berita terkini."),
    ("id", "Tonton video lainnya di kanal YouTube kami."),
    ("ar", "شارك هذا المقال مع أصدقائك."),
    ("fa", "این مطلب را با دوستان خود به اشتراک بگذارید."),
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
    ("cs", "Jak sdílet fotografie s rodinou na Facebooku: návod krok za krokem."),
    ("id", "Cara membagikan artikel ini ke Facebook: klik tombol bagikan."),
    # a documentation page's step about its comment feature, in the reader's voice alone
    ("en", "Leave a comment on the shared document so your colleagues see it."),
    ("en", "To reply to a comment, click the arrow beside your name."),
    ("pt", "Deixe um comentário no documento para os seus colegas."),
    # the third person: a minister's comments, a share of an article
    ("de", "Die Kommentare des Ministers zu diesem Artikel sorgten für Ärger."),
    ("es", "El ministro compartió este artículo en sus redes sociales."),
    ("pl", "Minister udostępnił ten artykuł na swoim profilu."),
    ("id", "Berita ini telah dibagikan ribuan kali di WhatsApp."),
    ("pt", "O ministro partilha a opinião de que o orçamento é insuficiente."),
    ("uk", "Міністр поділився цією статтею у своєму профілі."),
    ("id", "Ikuti langkah berikut untuk mengganti kata sandi Anda."),
    ("uk", "Як поділитися цією статтею у соцмережах: покрокова інструкція."),
    ("ar", "قال الوزير إنه شارك هذا المقال مع أصدقائه."),
    ("ar", "شارك الوزير في المؤتمر الذي عقد أمس في الدوحة."),
    ("fa", "وزیر این مطلب را با دوستانش به اشتراک گذاشت."),
    ("cs", "Sdílejte své zkušenosti s lékařem, radí odborníci."),
    # a quote, and reported speech
    ("en", "\"Tell us in the comments what you think of it,\" the ferry operator wrote."),
    ("it", "Condividete questo articolo, ha detto il sindaco ai cittadini."),
]


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
            assert all(written_in_normal_form(word) for word in words), f"{lang}/{voice}"


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
