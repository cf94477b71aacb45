"""Phrases found in a text by one Aho-Corasick automaton, at the characters' offsets.

The cue vocabularies (and the voice words, a cue set too) are looked for in a document's short
lines joined, thousands of phrases in one pass of a DFA (``ahocorasick_rs``), every phrase found
(overlapping ones too) with its place in the text as Python counts it, in characters.

The automaton is built over the phrases' UTF-8 bytes and searches the text's: ``ahocorasick_rs``'s
search of a ``str`` does the same underneath, but first builds, at every call, a table of eight
bytes for each byte of the text to turn byte offsets into character offsets. Here a text of ASCII
only needs no translation, and any other has only its hits' ends translated, in one pass along
the text: UTF-8 being self-synchronising, a phrase's bytes are found exactly where the phrase's
characters are. That pays where the text is long and its hits few, as cue words are in a
document's lines (some 13 in 5,000 characters); the rules' matcher, whose shorter text holds some
70 hits a document, each of them translated, searches the ``str`` (see rules/matcher.py).

>>> scan = PhraseScan(["read more", "café", "more"])
>>> scan.find("Read more")  # case counts: the callers search lower-cased text
[(2, 5, 9)]
>>> scan.find("read more: a café, more")
[(0, 0, 9), (2, 5, 9), (1, 13, 17), (2, 19, 23)]
"""

from __future__ import annotations

from collections.abc import Sequence

import ahocorasick_rs

from boilerstrip.rules.loader import with_stand_ins


class PhraseScan:
    """An automaton that finds every phrase of a list in a text: see the module's notes."""

    __slots__ = ("_automaton", "_chars")

    def __init__(self, phrases: Sequence[str]) -> None:
        # The DFA scans fastest (some 4x pyahocorasick's trie on our lines), at a build cost
        # paid once per phrase list.
        self._automaton = ahocorasick_rs.BytesAhoCorasick(
            [phrase.encode("utf-8") for phrase in phrases], implementation=ahocorasick_rs.Implementation.DFA
        )
        #: Each phrase's length in characters, by its index: a hit's start from its end.
        self._chars = [len(phrase) for phrase in phrases]

    def find(self, text: str) -> list[tuple[int, int, int]]:
        """Every phrase in *text*, overlapping ones too: its index, start and end (exclusive), in
        characters, by end. A lone surrogate (from bytes that were not UTF-8) is searched as
        SURROGATE_STAND_IN, which no phrase holds."""
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            data = with_stand_ins(text).encode("utf-8")
        hits: list[tuple[int, int, int]] = self._automaton.find_matches_as_indexes(data, overlapping=True)
        if not hits or len(data) == len(text):
            return hits  # ASCII only: a byte is a character
        return self._in_characters(hits, data)

    def _in_characters(self, hits: list[tuple[int, int, int]], data: bytes) -> list[tuple[int, int, int]]:
        """*hits* at byte offsets in *data* (UTF-8), at character offsets. The hits come by their
        end, so the ends are translated walking along the text once, each stretch between two
        decoded (a hit ends where a character does); a start is its end less its phrase's length."""
        chars = self._chars
        found: list[tuple[int, int, int]] = []
        byte_at = char_at = 0
        for index, _, end in hits:
            if end > byte_at:
                char_at += len(data[byte_at:end].decode("utf-8"))
                byte_at = end
            found.append((index, char_at - chars[index], char_at))
        return found
