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

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Final

from boilerstrip.rules.cues import CUE_FOLDER, Cue, CueSet, parse_cue_file, shipped_cue_files
from boilerstrip.rules.loader import shipped_languages

#: Folder of a language's voice files, beside its rule files.
VOICE_FOLDER: Final = "voice"
#: The voices: the reader addressed, the publication speaking of itself.
READER: Final = "reader"
PUBLISHER: Final = "publisher"
#: Words that report speech ("said", "bittet", "a dit"): a line that holds one tells what someone
#: said ("Support our work, the union asked"), and is the article's in any voice.
REPORTED: Final = "reported"
VOICES: Final = (PUBLISHER, READER, REPORTED)


#: The cue vocabularies (see :mod:`boilerstrip.rules.cues`) of the appeals the voices are
#: weighed with, first the one a line is counted under when it holds words of both.
APPEAL_CUE_CATEGORIES: Final = ("donation", "subscribe")
#: How many distinct cue words of each a line in an appeal's voice holds at least: one of
#: donations ("donate", "support our"), two of newsletters ("sign up" and "newsletter", "weekly"
#: and "in your inbox"). A single "sign up" or "subscribe" is a service's or a product's word to
#: its customer as often ("Sign up for the portal and we'll send you a login").
APPEAL_CUE_LEAST: Final = (1, 2)


def load_voices(languages: Iterable[str] | None = None) -> list[Cue]:
    """Every shipped voice word of *languages* (all when None), as cues of the category
    ``reader:<lang>``, ``publisher:<lang>`` or ``reported:<lang>``, and each language's appeal cues
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
        for voice in VOICES:
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


def appeal_in_voice(counts: Mapping[str, int]) -> str | None:
    """The appeal category (APPEAL_CUE_CATEGORIES) of a line whose voice words
    (``voice_set(...).count``) hold, in one language, the reader addressed, the publication
    speaking of itself and an appeal's cue word; None for any other line, and for one that holds
    a word that reports speech."""
    if any(category.startswith(REPORTED) for category in counts):
        return None
    readers = sorted(category.partition(":")[2] for category in counts if category.startswith(READER))
    for lang in readers:
        if f"{PUBLISHER}:{lang}" in counts:
            for appeal, least in zip(APPEAL_CUE_CATEGORIES, APPEAL_CUE_LEAST, strict=True):
                if counts.get(f"{appeal}:{lang}", 0) >= least:
                    return appeal
    return None
