"""Voice vocabularies: the words in which a line speaks to the reader, and in which a
publication speaks of itself.

An appeal is written in a voice of its own: the site speaks ("we", "our", "uns", "notre") to the
one reading ("you", "Ihre", "vous"): "Your support keeps our reporting free", "Mit Ihrer Spende
helfen Sie uns". A news report of a charity drive or a company's subscriptions speaks of them in
the third person ("The charity said donations had fallen"). With the cue words of appeals
(:mod:`boilerstrip.rules.cues`), the two voices together tell a lone appeal line in a wording no
rule lists (see :func:`boilerstrip.heuristics.lexicon.appeal_voice`).

Files: ``data/<lang>/voice/reader.txt``, ``publisher.txt`` and ``reported.txt`` (words that report
speech: "Support our work, the union asked" is the article's), one word or phrase a line in normal
form, ``#`` comments, sorted; matched as whole words as cues are.

>>> voices = CueSet([Cue("you", "reader:en", "en"), Cue("our", "publisher:en", "en"), Cue("my", "publisher:pl", "pl"),
...                  Cue("donate", "donation:en", "en"), Cue("said", "reported:en", "en")])
>>> found = voices.count(["Donate: you keep our newsroom going", "Thank you for reading our story",
...                       "You can donate to my page", "Donate to our fund, you said"])
>>> [appeal_in_voice(counts) for counts in found]
['donation', None, None, None]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Final

from boilerstrip.rules.cues import CUE_FOLDER, Cue, CueSet, parse_cue_file, shipped_cue_files
from boilerstrip.rules.loader import shipped_languages
from boilerstrip.text.normalise import is_unspaced

#: Folder of a language's voice files, beside its rule files.
VOICE_FOLDER: Final = "voice"
#: The voices: the reader addressed, the publication speaking of itself.
READER: Final = "reader"
PUBLISHER: Final = "publisher"
#: Words that report speech ("said", "bittet", "a dit"): a line that holds one tells what someone
#: said ("Support our work, the union asked"), and is the article's in any voice.
REPORTED: Final = "reported"
VOICES: Final = (PUBLISHER, READER, REPORTED)
#: The voices of prompts (comment, share and follow prompts), in the languages that have them:
#: the words in which a text speaks of itself or of its comment section ("this article", "cet
#: article", "below"), and those in which a guide tells how to do a thing ("how to", "wie",
#: "cómo"): "How to share a photo with your friends" is a guide's heading, no prompt.
ARTICLE: Final = "article"
HOWTO: Final = "howto"
PROMPT_VOICES: Final = (ARTICLE, HOWTO)
#: The words with which an appeal calls the reader to act, in the languages that need them:
#: imperatives whose form is also the language's infinitive, indicative or a noun ("join",
#: "become", "never miss", "word" lid, "bli" medlem, "colabora"). They speak to the reader only
#: where they open a clause ("Join our readers", "Never miss a story: ...", "... lectores.
#: Colabora con nosotros"), not inside one ("the union asked members to join the strike",
#: "readers who never miss an episode"), and there they count as the reader's voice. An
#: imperative with a form of its own ("rejoignez", "присоединяйтесь", "únete") is a reader's
#: word in ``reader.txt``, wherever it stands.
CALL: Final = "call"
#: The words with which a line asks something of the reader ("please", "consider", "if you",
#: "would you") or speaks of the reader's gift ("your support", "readers like you"), in the
#: languages that have them: there, a line in the appeal's voice with a single donation word is
#: an appeal only when it asks (one of these, or a call opening a clause). "Our journalism won a
#: prize, and you can read the winning stories online" holds the reader, the publication and a
#: donation word ("our journalism"), and is a statement. Two donation words need no ask.
ASK: Final = "ask"
#: Where a clause opens, in a line's normal form: the line's start, after a stop, a colon, a
#: semicolon or a comma and a space, after a dash and a space, after an opening bracket or an
#: inverted question or exclamation mark, after the full-width marks of Chinese and Japanese.
_CLAUSE_OPENING: Final = (
    r"(?:^|[.!?:;,\u2026)] |[\u2013\u2014] |[(\u00a1\u00bf\u3001\u3002\uff01\uff0c\uff1a\uff1b\uff1f])"
)


#: The cue vocabularies (see :mod:`boilerstrip.rules.cues`) of the appeals the voices are
#: weighed with, first the one a line is counted under when it holds words of both.
APPEAL_CUE_CATEGORIES: Final = ("donation", "subscribe")
DONATION: Final = APPEAL_CUE_CATEGORIES[0]
#: How many distinct cue words of each a line in an appeal's voice holds at least: one of
#: donations ("donate", "support our"), two of newsletters ("sign up" and "newsletter", "weekly"
#: and "in your inbox"). A single "sign up" or "subscribe" is a service's or a product's word to
#: its customer as often ("Sign up for the portal and we'll send you a login").
APPEAL_CUE_LEAST: Final = (1, 2)
#: The languages whose sentences leave the subject pronoun out, so that the publication speaking
#: of itself often has no word of its own: "この記事が役に立ったら、ぜひ寄付で応援してください", "이 기사가
#: 도움이 되셨다면 후원으로 응원해 주세요" (the "us" is understood). There the text speaking of itself
#: (ARTICLE: "this article", "この記事") stands for the publication in a line that speaks to the
#: reader with PRO_DROP_DONATION_LEAST donation words (and, in a language of asking, asks). The
#: reader and the donation words alone are a guide's advice as often: "Si quieres donar sangre, el
#: hospital abre su banco los sábados; las donaciones se registran en la web".
PRO_DROP: Final = frozenset({"ar", "cs", "es", "fa", "it", "ja", "ko", "pl", "pt", "ru", "tr", "uk", "zh"})
PRO_DROP_DONATION_LEAST: Final = 2
#: How many distinct donation words a line in an appeal's voice holds at least that asks nothing
#: (see ASK), in a language that has words of asking.
UNASKED_DONATION_LEAST: Final = 2
#: How many distinct cue words of a newsletter a line holds at least that speaks to the reader
#: without the publication speaking of itself: "Get the day's headlines straight to your inbox
#: every morning", "Få nyheterna i din inkorg varje morgon", "毎朝届く無料ニュースレターにご登録ください".
#: A newsletter box's words say whose it is. A donation appeal always needs the publication's
#: voice: "Donate to your local food bank" is an article's advice as often as an appeal.
READER_ALONE_CUE_LEAST: Final = {"subscribe": 3}
#: The cue vocabularies of prompts, first the one a line is counted under when it holds words of
#: both: reader comments ("comments", "Kommentar") and sharing or following ("share", "follow us").
PROMPT_CUE_CATEGORIES: Final = ("comments", "social")
#: How many of the voices of a prompt (the reader addressed, the publication speaking of itself,
#: the text speaking of itself) a prompt line holds at least: "Share this article with your
#: friends", "Tell us what you think in the comments", "Follow us for more stories like this".
#: One alone is an article's as often: "Share the file with your colleagues", "The minister's
#: comments on this article".
PROMPT_VOICES_LEAST: Final = 2


def load_voices(languages: Iterable[str] | None = None) -> list[Cue]:
    """Every shipped voice word of *languages* (all when None), as cues of the category
    ``reader:<lang>``, ``publisher:<lang>`` or ``reported:<lang>`` (and ``article:<lang>``,
    ``howto:<lang>``, ``call:<lang>`` where the language has them), and each language's appeal cues
    (APPEAL_CUE_CATEGORIES) as ``donation:<lang>`` and ``subscribe:<lang>``: a line speaks in an
    appeal's voice when its voices and its appeal words are of one language (Polish "my" is "we",
    English "my" is no publication's; Indonesian "email" is a newsletter's word, English "email"
    a contact form's as often)."""
    root = resources.files("boilerstrip.rules") / "data"
    words: list[Cue] = []
    for lang in sorted(languages) if languages is not None else shipped_languages():
        folder = root / lang / VOICE_FOLDER
        if not folder.is_dir():
            continue
        for voice in (*VOICES, *PROMPT_VOICES, CALL, ASK):
            entry = folder / f"{voice}.txt"
            if entry.is_file():
                source = f"{lang}/{VOICE_FOLDER}/{voice}"
                category = f"{voice}:{lang}"
                words.extend(parse_cue_file(entry.read_text(encoding="utf-8").splitlines(), category, lang, source))
        for cue_lang, cue_category, text in shipped_cue_files([lang]):
            if cue_category in APPEAL_CUE_CATEGORIES:
                source = f"{lang}/{CUE_FOLDER}/{cue_category}"
                words.extend(parse_cue_file(text.splitlines(), f"{cue_category}:{cue_lang}", cue_lang, source))
    return words


@lru_cache(maxsize=16)
def voice_set(languages: tuple[str, ...] | None) -> CueSet:
    """The voice words of *languages* compiled into one automaton."""
    # A pure memo of read-only package data, as the compiled rules and cues.
    return CueSet(load_voices(languages))


def appeal_in_voice(
    counts: Mapping[str, int], topics: frozenset[str] = frozenset(), asking: frozenset[str] = frozenset()
) -> str | None:
    """The appeal category (APPEAL_CUE_CATEGORIES) of a line whose voice words
    (``voice_set(...).count``, calls read by :func:`with_calls`) hold, in one language, the
    reader addressed, the publication speaking of itself and an appeal's cue words
    (APPEAL_CUE_LEAST), or the reader addressed and a newsletter's many (READER_ALONE_CUE_LEAST)
    unless that category is the page's subject (*topics*: a newsletter service's page speaks to
    its reader of inboxes in every paragraph); None for any other line, and for one that holds a
    word that reports speech in its language. In a language of *asking* (those that have words of ASK), a line
    with fewer than UNASKED_DONATION_LEAST donation words must also ask. In a language that drops
    its subject (PRO_DROP), the text speaking of itself stands for the publication with
    PRO_DROP_DONATION_LEAST donation words.

    >>> appeal_in_voice({"reader:en": 1, "publisher:en": 1, "donation:en": 1}, asking=frozenset({"en"})) is None
    True
    >>> appeal_in_voice({"reader:en": 1, "publisher:en": 1, "donation:en": 1, "ask:en": 1}, asking=frozenset({"en"}))
    'donation'
    >>> appeal_in_voice({"reader:en": 1, "publisher:en": 1, "donation:en": 2}, asking=frozenset({"en"}))
    'donation'
    >>> appeal_in_voice({"reader:ja": 1, "article:ja": 1, "donation:ja": 2})
    'donation'
    >>> appeal_in_voice({"reader:ja": 1, "donation:ja": 2}) is None
    True
    """
    readers = sorted(category.partition(":")[2] for category in counts if category.startswith(READER))
    for lang in readers:
        # A word that reports speech in the line's own language: Dutch "dit werk" (this work)
        # holds French "dit" (said), and reports nothing.
        if f"{REPORTED}:{lang}" in counts:
            continue
        publisher = f"{PUBLISHER}:{lang}" in counts
        for appeal, least in zip(APPEAL_CUE_CATEGORIES, APPEAL_CUE_LEAST, strict=True):
            found = counts.get(f"{appeal}:{lang}", 0)
            asked = lang not in asking or f"{ASK}:{lang}" in counts
            if publisher and found >= least:
                if appeal == DONATION and found < UNASKED_DONATION_LEAST and not asked:
                    continue
                return appeal
            if (
                appeal == DONATION
                and lang in PRO_DROP
                and found >= PRO_DROP_DONATION_LEAST
                and asked
                and f"{ARTICLE}:{lang}" in counts
            ):
                return appeal
            alone = READER_ALONE_CUE_LEAST.get(appeal)
            if alone is not None and found >= alone and appeal not in topics:
                return appeal
    return None


@lru_cache(maxsize=16)
def asking_languages(languages: tuple[str, ...] | None) -> frozenset[str]:
    """Those of *languages* (all when None) that have words of asking (ASK)."""
    # A pure memo of read-only package data, as voice_set.
    return frozenset(
        cue.category.partition(":")[2] for cue in load_voices(languages) if cue.category.startswith(ASK + ":")
    )


@lru_cache(maxsize=16)
def call_openings(languages: tuple[str, ...] | None) -> dict[str, re.Pattern[str]]:
    """For each of *languages* (all when None) that has call words (CALL), a pattern that finds
    one opening a clause of a line in normal form."""
    # A pure memo of read-only package data, as voice_set.
    words: dict[str, list[str]] = {}
    for cue in load_voices(languages):
        voice, _, lang = cue.category.partition(":")
        if voice == CALL:
            words.setdefault(lang, []).append(cue.text)
    return {
        lang: re.compile(
            _CLAUSE_OPENING + "(?:" + "|".join(_whole(word) for word in sorted(found, key=len, reverse=True)) + ")"
        )
        for lang, found in words.items()
    }


def _whole(word: str) -> str:
    """A call word as a pattern that ends where the word does: before no letter, digit,
    apostrophe or hyphen, but where it ends in a script written without spaces ("加入我们")."""
    return re.escape(word) + ("" if is_unspaced(word[-1]) else r"(?![\w'-])")


def with_calls(counts: Mapping[str, int], norm: str, languages: tuple[str, ...] | None) -> Mapping[str, int]:
    """A line's voice counts (``voice_set(languages).count``) with its call words (CALL) read:
    where one opens a clause of the line (*norm*, its normal form), it is the reader addressed
    (``reader:<lang>``), and asked (``ask:<lang>``, see ASK); elsewhere it is nothing.

    >>> with_calls({"call:en": 1, "publisher:en": 1}, "never miss a story: join our readers", None)
    {'publisher:en': 1, 'reader:en': 1, 'ask:en': 1}
    >>> with_calls({"call:en": 1, "publisher:en": 1}, "the union asked our members to join", None)
    {'publisher:en': 1}
    """
    calls = [category.partition(":")[2] for category in counts if category.startswith(CALL + ":")]
    if not calls:
        return counts
    out = {category: n for category, n in counts.items() if not category.startswith(CALL + ":")}
    openings = call_openings(languages)
    for lang in calls:
        pattern = openings.get(lang)
        if pattern is not None and pattern.search(norm) is not None:
            reader = f"{READER}:{lang}"
            out[reader] = out.get(reader, 0) + 1
            # A call is the reader addressed and asked ("Support our work", "Join our readers").
            ask = f"{ASK}:{lang}"
            out[ask] = out.get(ask, 0) + 1
    return out


def prompt_in_voice(voices: Mapping[str, int], cues: Mapping[str, int]) -> str | None:
    """The prompt category (PROMPT_CUE_CATEGORIES) of a line whose cue counts (*cues*, as
    ``Document.cue_counts`` gives them) hold a prompt's cue word and whose voice words (*voices*,
    ``voice_set(...).count``) hold, in one language, at least PROMPT_VOICES_LEAST of the reader
    addressed, the publication speaking of itself and the text speaking of itself, and no word of
    a guide's nor one that reports speech in that language (Dutch "dit artikel", this article, is
    no French "dit", said); None for any other line. The cue words are not weighed by language as
    an appeal's are: most of a prompt's are the networks' names ("Facebook", "WhatsApp").

    >>> prompt_in_voice({"reader:en": 1, "article:en": 1}, {"social": 1})
    'social'
    >>> prompt_in_voice({"reader:en": 1, "publisher:en": 1}, {"related": 1}) is None
    True
    >>> prompt_in_voice({"reader:en": 1, "publisher:pl": 1}, {"social": 1}) is None
    True
    >>> prompt_in_voice({"reader:en": 1, "article:en": 1, "howto:en": 1}, {"social": 1}) is None
    True
    >>> prompt_in_voice({"reader:nl": 1, "article:nl": 1, "reported:fr": 1}, {"comments": 1, "social": 1})
    'comments'
    """
    prompt = next((category for category in PROMPT_CUE_CATEGORIES if category in cues), None)
    if prompt is None:
        return None
    for category in voices:
        if not category.startswith(READER) and not category.startswith(ARTICLE):
            continue
        lang = category.partition(":")[2]
        if f"{HOWTO}:{lang}" in voices or f"{REPORTED}:{lang}" in voices:
            continue
        if sum(f"{voice}:{lang}" in voices for voice in (READER, PUBLISHER, ARTICLE)) >= PROMPT_VOICES_LEAST:
            return prompt
    return None
