"""Cue vocabularies: the words that make a line what it is, per category and language.

A rule names a fixed text ("sign up for our newsletter"); a cue vocabulary names the words a
kind of boilerplate is made of, whatever the phrasing: a newsletter box speaks of a newsletter,
an inbox, signing up, weekly delivery; an appeal of donating, supporting, contributions and
independent journalism. A line's cue evidence for a category is how many distinct cues of that
category it holds, against how long it is: "Get our weekly newsletter delivered to your inbox"
is made of them, a paragraph that mentions a newsletter once is not. The decision weighs that
evidence with the rest (see :mod:`boilerstrip.decision`); a cue never removes a line alone.

Files: ``data/<lang>/cues/<category>.txt``, one cue a line (a word or a phrase of a few words, in
the normal form of :func:`boilerstrip.text.normalise.normalise`), ``#`` comments, sorted group by
group. A cue is found as whole words (for scripts written without spaces, as a run of characters).
A cue that ends in STEM_MARK (``yorum*``, ``gazetemiz*``) is a stem: it starts a word and may end
inside one, for the languages that write their endings onto the word (Turkish "yorumlarda", in
the comments; "gazetemize", to our paper).

>>> cues = CueSet([Cue("newsletter", "subscribe", "en"), Cue("inbox", "subscribe", "en"),
...                Cue("donate", "donation", "en")])
>>> cues.count(["Get our weekly NEWSLETTER in your inbox", "The inboxes", "Donate now"])
[{'subscribe': 2}, {}, {'donation': 1}]
>>> CueSet([Cue("yorum", "comments", "tr", stem=True)]).count(["Yorumlarda buluşalım", "Ne düşünüyorum?"])
[{'comments': 1}, {}]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Final

from boilerstrip.rules.loader import SURROGATE_STAND_IN, RuleError, shipped_languages
from boilerstrip.rules.phrases import PhraseScan
from boilerstrip.text.normalise import bounded, fold_letters, lower, normalise

#: The categories a cue vocabulary may describe: those whose lines have a vocabulary of their own.
CUE_CATEGORIES: Final[tuple[str, ...]] = (
    "donation", "subscribe", "paywall", "social", "navigation", "related", "comments", "cookie", "legal",
    "ads", "app",
)
#: Folder of a language's cue files, beside its rule files.
CUE_FOLDER: Final = "cues"


#: The mark that ends a stem in a cue file (see the module's notes).
STEM_MARK: Final = "*"


@dataclass(frozen=True)
class Cue:
    """One cue word or phrase of a category, in normal form."""

    text: str
    category: str
    lang: str
    #: a stem: it starts a word and may end inside one (``yorum*``)
    stem: bool = False


def parse_cue_file(lines: Iterable[str], category: str, lang: str, source: str) -> Iterator[Cue]:
    """The cues of a file's lines; a cue not in normal form is an error naming file and line."""
    for line_no, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        stem = text.endswith(STEM_MARK)
        if stem:
            text = text[: -len(STEM_MARK)]
        if normalise(text) != text:
            raise RuleError(f"{source}:{line_no}: cue {text!r} is not in normal form; write it as {normalise(text)!r}")
        if SURROGATE_STAND_IN in text:
            raise RuleError(f"{source}:{line_no}: cue {text!r} holds U+FFFD, the mark of undecodable text")
        yield Cue(text, category, lang, stem)


def shipped_cue_files(languages: Iterable[str] | None = None) -> Iterator[tuple[str, str, str]]:
    """``(lang, category, text)`` for every shipped cue file."""
    root = resources.files("boilerstrip.rules") / "data"
    for lang in sorted(languages) if languages is not None else shipped_languages():
        folder = root / lang / CUE_FOLDER
        if not folder.is_dir():
            continue
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".txt"):
                yield lang, entry.name[:-4], entry.read_text(encoding="utf-8")


def load_cues(languages: Iterable[str] | None = None) -> list[Cue]:
    """Every shipped cue of *languages* (all when None)."""
    cues: list[Cue] = []
    for lang, category, text in shipped_cue_files(languages):
        source = f"{lang}/{CUE_FOLDER}/{category}"
        if category not in CUE_CATEGORIES:
            raise RuleError(f"{source}: unknown cue category {category!r}; one of: {', '.join(CUE_CATEGORIES)}")
        cues.extend(parse_cue_file(text.splitlines(), category, lang, source))
    return cues


#: Lines of more words than this hold no cue evidence: a paragraph's few cue words weigh next to
#: nothing against its length (see Document.cue_counts, which leaves such lines out).
CUE_MAX_WORDS: Final = 60
#: Nor do lines of more characters than this, whatever their word count: sixty words are some 400
#: characters, and a longer line of so few words is a string of URLs, code or data, no label or
#: box (and scanning it would take memory some times its length).
CUE_MAX_CHARS: Final = 3000


class CueSet:
    """Cue vocabularies compiled into one automaton: a document's lines are scanned once."""

    def __init__(self, cues: Iterable[Cue]) -> None:
        owners: dict[str, set[str]] = {}
        stems: set[str] = set()
        for cue in cues:
            owners.setdefault(cue.text, set()).add(cue.category)
            if cue.stem:
                stems.add(cue.text)
        self._texts = list(owners)
        #: For each cue text, by its index in the automaton: the categories it is a cue of.
        self._categories = [tuple(sorted(owners[text])) for text in self._texts]
        #: For each cue text, by its index: whether it is a stem (a text that is a stem in one
        #: category's file is read as one in all).
        self._stems = [text in stems for text in self._texts]
        self._automaton = PhraseScan(self._texts) if self._texts else None

    def __len__(self) -> int:
        return len(self._texts)

    def count(self, texts: Sequence[str]) -> list[dict[str, int]]:
        """For each line (as written: it is lower-cased here, typographic apostrophes made
        plain, as the normal form does), how many distinct cues of each category it holds."""
        found = self.count_sparse(texts)
        return [found.get(k, {}) for k in range(len(texts))]

    def count_sparse(self, texts: Sequence[str]) -> dict[int, dict[str, int]]:
        """:meth:`count` for the lines that hold a cue only, by their index (most lines hold
        none, and a document's scan should not build a mapping for each of them)."""
        found: dict[int, dict[str, int]] = {}
        if self._automaton is None or not texts:
            return found
        # Lines are never normalised one by one for this: a cue, being in normal form, needs no
        # more than case and apostrophes. The typographic apostrophe is made plain before
        # lower-casing: str.lower leaves both apostrophes as they are, makes neither from any
        # other character, and reads both alike around a Greek sigma (both are case-ignorable),
        # so the order of the two steps changes nothing, and a line it alone took beyond ASCII is
        # lower-cased in str.lower's one pass for ASCII. Lower-casing the lines joined by "\n"
        # gives the lines lower-cased one by one (str.lower maps no other character to "\n" nor
        # looks across one, Greek final sigma included): a document of ASCII only (after the
        # apostrophes) is lower-cased in one call, where a call a line costs more than the
        # mapping; any other is lower-cased line by line, since one character beyond ASCII would
        # send all of the joined text through the slower per-character mapping.
        joined = "\n".join(texts).replace("’", "'")
        lines: Sequence[str] = texts  # the lines as scanned, for their lengths
        if joined.isascii():
            joined = lower(joined)  # ASCII: the same length, character for character
        else:
            # the letters some languages write several ways (Turkish I's, Arabic alef forms...)
            # are folded as the normal form folds them, line by line (folding may collapse
            # spaces, and so change a line's length); an ASCII line holds none of them
            norms = [lower(text.replace("’", "'")) for text in texts]
            norms = [norm if norm.isascii() else fold_letters(norm) for norm in norms]
            joined = "\n".join(norms)
            lines = norms
        hits = self._automaton.find(joined)
        if not hits:
            return found
        # Hits come by their end, and none holds a "\n": walking the lines along with them finds
        # each one's line, in order. A cue counts once a line, where it stands as whole words:
        # bounded reads the joined text as it would the line alone, the "\n" on either side of a
        # line being no word character, as the line's own start and end are none.
        line, line_end = 0, len(lines[0])
        seen: set[int] = set()  # the cues counted in this line
        counts: dict[str, int] | None = None  # this line's counts, once it holds a cue
        for index, start, stop in hits:
            if stop > line_end:
                while stop > line_end:
                    line += 1
                    line_end += 1 + len(lines[line])
                seen.clear()
                counts = None
            if index in seen or not bounded(joined, start, stop, endings=True, stem=self._stems[index]):
                continue
            seen.add(index)
            if counts is None:
                counts = found[line] = {}
            for category in self._categories[index]:
                counts[category] = counts.get(category, 0) + 1
        return found
