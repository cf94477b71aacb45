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

>>> voices = CueSet([Cue("you", "reader:en", "en"), Cue("our", "publisher:en", "en"), Cue("my", "publisher:pl", "pl")])
>>> found = voices.count(["Your help keeps our newsroom going", "Thank you for reading our story",
...                       "Thank you, my friend"])
>>> [speaks_as_publisher(counts) for counts in found]
[False, True, False]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Final

from boilerstrip.rules.cues import Cue, CueSet, parse_cue_file
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


def load_voices(languages: Iterable[str] | None = None) -> list[Cue]:
    """Every shipped voice word of *languages* (all when None), as cues of the category
    ``reader:<lang>`` or ``publisher:<lang>``: a line speaks in an appeal's voice when both
    voices are of one language (Polish "my" is "we", English "my" is no publication's)."""
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
    return words


@lru_cache(maxsize=16)
def voice_set(languages: tuple[str, ...] | None) -> CueSet:
    """The voice words of *languages* compiled into one automaton."""
    # A pure memo of read-only package data, as the compiled rules and cues.
    return CueSet(load_voices(languages))


def speaks_as_publisher(counts: Mapping[str, int]) -> bool:
    """Whether a line's voice words (``voice_set(...).count``) hold both voices in one language:
    the reader addressed and the publication speaking of itself, and no word that reports speech."""
    if any(category.startswith(REPORTED) for category in counts):
        return False
    readers = {category.partition(":")[2] for category in counts if category.startswith(READER)}
    return any(f"{PUBLISHER}:{lang}" in counts for lang in readers)
