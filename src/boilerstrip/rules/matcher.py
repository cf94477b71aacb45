"""The compiled matcher: every rule of a set looked for in a line at once.

Literal rules of every kind are compiled into one Aho-Corasick automaton, so a line is scanned once
whatever the number of rules; regular expressions are tried only on short lines, and only where the
text every match of theirs holds is there (the same automaton finds those texts too).

>>> from boilerstrip.rules.loader import Rule
>>> rs = RuleSet.from_rules([Rule.parse("read more", "en/navigation", 1),
...                          Rule.parse("... all rights reserved", "en/legal", 1)])
>>> rs.match("» Read More…").rule_id
'en/navigation:1'
>>> rs.match("© 2025 Example Ltd. All Rights Reserved.").category
'legal'
>>> rs.match("Read more about it here") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

import ahocorasick_rs

from boilerstrip.rules.loader import Kind, Rule, with_stand_ins
from boilerstrip.rules.regex_index import first_keys, required_literal, required_texts
from boilerstrip.rules.safety import LINE_CHARS
from boilerstrip.text.normalise import bounded, normalise
from boilerstrip.text.shape import line_shape

#: Regexes are tried on lines of at most this many characters: longer than any line the cleaner
#: gives them (text/document.py tries regexes on lines of at most 400), it bounds the time a user's
#: regex can take on one line whatever the caller (see boilerstrip.rules.safety.LINE_CHARS).
REGEX_MAX_CHARS: Final = LINE_CHARS

#: A regex's required text (see regex_index.required_literal) of at least this many characters is
#: looked for by the automaton, in the same pass as the phrases: one pass over a document then
#: tells which lines hold which, where a substring test per regex per line did (some 400 tests a
#: document, nearly all failing). Shorter ones (" ", ":", "c") are in most lines: as phrases of
#: the automaton they would be found at every occurrence and rule nothing out, so those regexes
#: keep their substring test.
INDEXED_LITERAL_CHARS: Final = 3


class _Regex:
    """A compiled regex, its rule, its required text (regex_index.required_literal), the texts the
    automaton looks for, one of which every match holds (() when the required text is tested),
    and that text when there is one only ("" else): most regexes have one, and a line is ruled
    out by one set lookup, where a test against the tuple costs some ten times as much.

    A class, not a tuple: compiled, its fields are read in place, where mypyc unpacks a tuple of
    fixed length into its fields and packs it again (a new tuple) wherever it goes into a list
    or a tuple of candidates."""

    __slots__ = ("literal", "one", "pattern", "required", "rule")

    def __init__(self, pattern: re.Pattern[str], rule: Rule, literal: str, required: tuple[str, ...], one: str) -> None:
        self.pattern = pattern
        self.rule = rule
        self.literal = literal
        self.required = required
        self.one = one



@dataclass(frozen=True)
class Match:
    """A rule that matched a line."""

    rule: Rule

    @property
    def rule_id(self) -> str:
        return self.rule.rule_id

    @property
    def category(self) -> str:
        return self.rule.category


class RuleSet:
    """The compiled rules: one automaton for every literal, a list of regexes, an exact-line table."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        self.rules = tuple(rules)
        strong = [rule for rule in self.rules if not rule.evidence_only]
        # The strong rules are a subset of all: one automaton, built for all, serves both (a DFA of
        # some thousands of phrases takes tens of MB, and is built at every start-up).
        self._all = _Compiled(self.rules)
        self._strong = _Compiled(strong, literals_of=self._all) if len(strong) < len(self.rules) else self._all
        #: The most words any exact-line rule has (counted as a line's words are, see
        #: boilerstrip.text.shape): a longer line can match one only if it is no longer than the
        #: non-exact rules' limit.
        self.max_exact_words = max(
            (line_shape(rule.pattern) >> 1 for rule in strong if rule.kind is Kind.EXACT), default=0
        )
        self._rule_ids: frozenset[str] | None = None

    @property
    def rule_ids(self) -> frozenset[str]:
        """The id of every rule of the set (built on first use)."""
        if self._rule_ids is None:
            self._rule_ids = frozenset(rule.rule_id for rule in self.rules)
        return self._rule_ids

    @classmethod
    def from_rules(cls, rules: Iterable[Rule]) -> RuleSet:
        return cls(rules)

    def __len__(self) -> int:
        return len(self.rules)

    def match(self, line: str, allow_regex: bool = True) -> Match | None:
        """The first rule that removes *line* on its own (raw text; it is normalised here), or None."""
        return self.match_normalised(normalise(line), allow_regex)

    def match_normalised(self, norm: str, allow_regex: bool = True, evidence: bool = False) -> Match | None:
        """As :meth:`match`, for a line already in normal form; with *evidence*, evidence-only
        rules count too."""
        return (self._all if evidence else self._strong).match(norm, allow_regex)

    def exact(self, norm: str) -> Match | None:
        """The rule that names *norm* (in normal form) as a whole line, or None: a label's own
        words, without the phrase and pattern rules a longer text would need."""
        rule = self._strong._exact.get(norm)
        return Match(rule) if rule is not None else None

    def match_lines(self, norms: Sequence[str], allow_regex: Sequence[bool]) -> list[Match | None]:
        """:meth:`match_normalised` for each line of one document at once (*allow_regex* per
        line); the same answers, with the literal and regex searches done once for the lot."""
        return self._strong.match_lines(norms, allow_regex)


def _first_key(norm: str) -> str:
    """The key of the regexes that can match *norm* (see regex_index.first_keys): its first two
    characters, any leading digit written "0"."""
    return "0" + norm[1:2] if norm[0].isdigit() else norm[:2]


class _Compiled:
    """One set of rules compiled: an exact-line table, one automaton, a list of regexes."""

    def __init__(self, rules: Iterable[Rule], literals_of: _Compiled | None = None) -> None:
        """*rules* compiled; with *literals_of*, a set compiled from a superset of *rules*, its
        automaton is used instead of a new one."""
        self._exact: dict[str, Rule] = {}
        #: Each regex: its rule, the text every match holds (regex_index.required_literal), and
        #: the texts one of which every match holds that the automaton looks for (see _Regex).
        self._regexes: list[_Regex] = []
        needles: dict[str, list[Rule]] = {}
        # A subset's regexes are the superset's, compiled already (re's own cache holds fewer
        # patterns than the rules have, and would compile each again)
        known = {entry.rule: entry for entry in literals_of._regexes} if literals_of is not None else {}
        for rule in rules:
            if rule.kind is Kind.EXACT:
                self._exact.setdefault(rule.pattern, rule)
            elif rule.kind is Kind.REGEX:
                self._regexes.append(known.get(rule) or _compiled_regex(rule))
            else:
                needles.setdefault(rule.pattern, []).append(rule)
        self._automaton: ahocorasick_rs.AhoCorasick | None = None
        #: For each phrase of the automaton, by its index there: its length and its rules (none
        #: for a regex's required text only, or a phrase of other rules only, see below).
        self._phrases: list[tuple[int, tuple[Rule, ...]]] = []
        #: The automaton's phrases, by index.
        self._needles: list[str] = []
        #: By index: whether the phrase is a required text of a regex (one that is indexed).
        self._is_literal: list[bool] = []
        if literals_of is not None:
            # The same automaton: a phrase only the superset's rules have has no rules here, and
            # the superset's regexes include these (their required texts are among its phrases).
            self._automaton = literals_of._automaton
            self._needles = literals_of._needles
            self._is_literal = literals_of._is_literal
            self._phrases = [(len(needle), tuple(needles.get(needle, ()))) for needle in self._needles]
        else:
            texts = dict.fromkeys(needles)
            for entry in self._regexes:
                for text in entry.required:
                    texts.setdefault(text)
            if texts:
                # The DFA scans fastest (some 4x pyahocorasick's trie on our lines), at a build
                # cost paid once per rule set. Searches ask for overlapping matches: every phrase
                # found, even inside a longer one, since the rule's kind and word bounds decide
                # which counts (and a required text counts wherever it is). A search of the
                # str, not of its UTF-8 bytes as the cues' (rules/phrases.py): a document's rule
                # lines hold many hits, and translating each one's offsets cost more than the
                # str search's own table of them.
                self._automaton = ahocorasick_rs.AhoCorasick(
                    list(texts), implementation=ahocorasick_rs.Implementation.DFA
                )
                self._needles = list(texts)
                self._phrases = [(len(needle), tuple(needles.get(needle, ()))) for needle in self._needles]
                looked_for = {text for entry in self._regexes for text in entry.required}
                self._is_literal = [needle in looked_for for needle in self._needles]
        # Most regexes are anchored at the line's start: index them by the characters a match can
        # begin with, so a line is tried only against the few that can match it.
        self._regex_index: dict[str, list[int]] = {}
        self._regex_anywhere: list[int] = []
        for position, entry in enumerate(self._regexes):
            starts = first_keys(entry.pattern.pattern)
            if starts is None:
                self._regex_anywhere.append(position)
            else:
                for ch in starts:
                    self._regex_index.setdefault(ch, []).append(position)
        #: The regexes tried everywhere by what rules them in for a document: for each text the
        #: automaton looks for, those that require it (one of their required texts: see _Regex);
        #: and those that require no text of the automaton's, which test their own.
        self._anywhere_by_text: dict[str, list[int]] = {}
        self._anywhere_unindexed: list[int] = []
        for position in self._regex_anywhere:
            entry = self._regexes[position]
            if entry.required:
                for text in entry.required:
                    self._anywhere_by_text.setdefault(text, []).append(position)
            else:
                self._anywhere_unindexed.append(position)
        self._by_first: dict[str, tuple[_Regex, ...]] = {}
        #: The same without the regexes tried everywhere, each with its position (rule order).
        self._anchored_by_first: dict[str, tuple[tuple[int, _Regex], ...]] = {}
        self._anchored_only: dict[str, tuple[_Regex, ...]] = {}

    def _regexes_for(self, key: str) -> tuple[_Regex, ...]:
        """The regexes that can match a line whose :func:`_first_key` is *key*, in rule order."""
        found = self._by_first.get(key)
        if found is None:
            positions = sorted({*self._anchored_positions(key), *self._regex_anywhere})
            found = tuple(self._regexes[p] for p in positions)
            self._by_first[key] = found  # per instance, bounded by the alphabet of first characters
        return found

    def _anchored_positions(self, key: str) -> set[int]:
        one = "0" if key[0] == "0" else key[0]
        return {*self._regex_index.get(key, ()), *self._regex_index.get(one, ())}

    def _anchored_for(self, key: str) -> tuple[tuple[int, _Regex], ...]:
        """The regexes anchored at a line's start that can match a line whose :func:`_first_key`
        is *key*, with their positions, in rule order."""
        found = self._anchored_by_first.get(key)
        if found is None:
            found = tuple((p, self._regexes[p]) for p in sorted(self._anchored_positions(key)))
            self._anchored_by_first[key] = found  # per instance, as _by_first
        return found

    def _candidates(
        self, key: str, present: list[tuple[int, _Regex]], table: dict[str, tuple[_Regex, ...]]
    ) -> tuple[_Regex, ...]:
        """The regexes to try on a line of one document whose :func:`_first_key` is *key*: those
        anchored for *key* and the document's *present* regexes tried everywhere (those whose
        required text it holds), merged in rule order, so the first that matches is the one
        :meth:`match` finds; kept in the document's *table*."""
        anchored = self._anchored_for(key)
        if not present:
            found = self._anchored_only.get(key)
            if found is None:
                found = self._anchored_only[key] = tuple(entry[1] for entry in anchored)
            table[key] = found
            return found
        merged: list[_Regex] = []
        i = 0
        for position, regex in present:
            while i < len(anchored) and anchored[i][0] < position:
                merged.append(anchored[i][1])
                i += 1
            merged.append(regex)
        merged.extend(entry[1] for entry in anchored[i:])
        found = tuple(merged)
        table[key] = found
        return found

    def match(self, norm: str, allow_regex: bool) -> Match | None:
        if not norm:
            return None
        exact = self._exact.get(norm)
        if exact is not None:
            return Match(exact)
        if self._automaton is not None:
            best = self._best_phrase(norm, self._find(norm))
            if best is not None:
                return Match(best)
        if allow_regex and len(norm) <= REGEX_MAX_CHARS:
            for regex in self._regexes_for(_first_key(norm)):
                # A substring test is far cheaper than a search, and rules out most lines.
                if regex.literal in norm and regex.pattern.search(norm):
                    return Match(regex.rule)
        return None

    def match_lines(self, norms: Sequence[str], allow_regex: Sequence[bool]) -> list[Match | None]:
        """``[self.match(norm, allow) for norm, allow in zip(norms, allow_regex)]``, computed so:
        no phrase of the automaton holds a line break, so one pass over the lines joined finds
        every phrase and every indexed required text of each line, where a search of that line
        would find them, in the same order; a line is searched for literal rules with its own
        phrases, and a regex is tried on a line only where its required text is (a regex whose
        required text is nowhere in the document is left out of every line's candidates)."""
        found: list[Match | None] = [None] * len(norms)
        if not norms:
            return found
        joined = "\n".join(norms)
        # line index -> the phrases of rules in it (index, start, end: offsets in the line)
        line_phrases: dict[int, list[tuple[int, int, int]]] = {}
        # line index -> the indexed required texts in it
        line_texts: dict[int, set[str]] = {}
        texts_found: set[str] = set()
        if self._automaton is not None:
            phrases, needles, is_literal = self._phrases, self._needles, self._is_literal
            line, line_start, line_end = 0, 0, len(norms[0])
            for index, start, stop in self._find(joined):
                while stop > line_end:  # hits come by their end: move on to the line holding this one
                    line += 1
                    line_start = line_end + 1
                    line_end = line_start + len(norms[line])
                if phrases[index][1]:  # not a phrase of other rules' only, nor a required text only
                    hits = line_phrases.get(line)
                    if hits is None:
                        hits = line_phrases[line] = []
                    hits.append((index, start - line_start, stop - line_start))
                if is_literal[index]:
                    text = needles[index]
                    texts_found.add(text)
                    held = line_texts.get(line)
                    if held is None:
                        held = line_texts[line] = set()
                    held.add(text)
        # The regexes tried everywhere that this document can match: those whose required text
        # it holds (a text of the automaton's is known from its pass; another is looked for).
        # Found from the few texts the document holds, where asking each of the regexes (some
        # eighty) cost a look-up or more apiece in every document.
        positions: set[int] = set()
        for text in texts_found:
            requiring = self._anywhere_by_text.get(text)
            if requiring is not None:
                positions.update(requiring)
        for position in self._anywhere_unindexed:
            literal = self._regexes[position].literal
            if not literal or literal in joined:
                positions.add(position)
        present = [(position, self._regexes[position]) for position in sorted(positions)]
        # This document's candidates by first key: the anchored ones alone where it holds none
        # of those (most documents), else merged with them per key as lines ask.
        by_first: dict[str, tuple[_Regex, ...]] = {}
        exact = self._exact
        for i, norm in enumerate(norms):
            if not norm:
                continue
            rule = exact.get(norm)
            if rule is not None:
                found[i] = Match(rule)
                continue
            line_hits = line_phrases.get(i)
            if line_hits is not None:
                best = self._best_phrase(norm, line_hits)
                if best is not None:
                    found[i] = Match(best)
                    continue
            if allow_regex[i] and len(norm) <= REGEX_MAX_CHARS:
                key = _first_key(norm)
                candidates = by_first.get(key)
                if candidates is None:
                    candidates = self._candidates(key, present, by_first)
                held = line_texts.get(i)
                for regex in candidates:
                    if regex.required:
                        one = regex.one
                        if held is None or (one not in held if one else not _holds_any(held, regex.required)):
                            continue
                    elif regex.literal not in norm:
                        continue
                    if regex.pattern.search(norm):
                        found[i] = Match(regex.rule)
                        break
        return found

    def _find(self, text: str) -> list[tuple[int, int, int]]:
        """Every phrase in *text*: its index, start and end (exclusive), by end."""
        assert self._automaton is not None
        found: list[tuple[int, int, int]]
        try:
            found = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates, from bytes that were not UTF-8
            stand_in = with_stand_ins(text)
            found = self._automaton.find_matches_as_indexes(stand_in, overlapping=True)
        return found

    def _best_phrase(self, norm: str, hits: list[tuple[int, int, int]]) -> Rule | None:
        """The literal rule with the longest phrase that matches *norm* where its kind says,
        among *hits*, the automaton's matches in *norm* (see :meth:`_find`)."""
        size = len(norm)
        best: Rule | None = None
        best_len = 0
        phrases = self._phrases
        for index, start, stop in hits:
            length, owners = phrases[index]
            end = stop - 1
            if length <= best_len or not owners:
                continue
            # On word boundaries, except inside a run of a script written without spaces
            # (Chinese, Japanese), where a phrase meets the characters around it directly.
            if not bounded(norm, start, stop):
                continue
            for rule in owners:
                if (
                    (rule.kind is Kind.CONTAINS)
                    or (rule.kind is Kind.PREFIX and start == 0)
                    or (rule.kind is Kind.SUFFIX and end == size - 1)
                ):
                    best, best_len = rule, length
                    break
        return best


def _indexed(literal: str) -> bool:
    """Whether the automaton looks for the required text *literal* (see INDEXED_LITERAL_CHARS)."""
    return len(literal) >= INDEXED_LITERAL_CHARS


def _compiled_regex(rule: Rule) -> _Regex:
    """*rule*'s regex compiled, with what rules a line out before a search: the text every match
    holds, and the texts the automaton looks for, one of which every match holds: that text, if
    it is long enough, else a set of alternatives ("kommentar" or "antwort"), if each is, else
    none (then the substring test of the first decides)."""
    literal = required_literal(rule.pattern)
    if _indexed(literal):
        return _Regex(re.compile(rule.pattern), rule, literal, (literal,), literal)
    texts = required_texts(rule.pattern)
    if not all(map(_indexed, texts)):
        texts = ()
    return _Regex(re.compile(rule.pattern), rule, literal, texts, texts[0] if len(texts) == 1 else "")


def _holds_any(held: set[str], texts: tuple[str, ...]) -> bool:
    """Whether *held* has one of *texts*. Membership tests, not ``set.isdisjoint``: compiled,
    each is a direct set lookup (mypyc makes the generator a loop), where the method is looked
    up by name at each call (some 800 instructions a call, for a tuple of a few texts)."""
    return any(text in held for text in texts)
