"""The pipeline: segment, classify each line, revise by neighbours and blocks, assemble.

>>> cleaner = Cleaner()
>>> text = "Rain returns to the valley\\nFarmers welcomed the first rain in months.\\nRead more\\n"
>>> print(cleaner.strip(text), end="")
Rain returns to the valley
Farmers welcomed the first rain in months.
>>> [(r.line_no, r.category) for r in cleaner.explain("Read more\\nText.\\n").removals]
[(1, 'navigation')]
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from boilerstrip import heuristics
from boilerstrip.config import Config
from boilerstrip.decision import Evidence, Weights, ranked
from boilerstrip.heuristics.shape import share_patterns
from boilerstrip.rules import RuleSet, load_rules
from boilerstrip.rules.cues import CueSet, load_cues
from boilerstrip.rules.voice import asking_languages, call_openings, voice_set
from boilerstrip.text.check import check_text
from boilerstrip.text.document import Document, Line
from boilerstrip.text.segment import is_blank, needs_sections, sections, split_document
from boilerstrip.text.wrap import paragraphs

#: Passes of the pipeline over the kept lines before giving up on a fixed point. Position
#: heuristics see a new "end of article" once a tail is cut; re-running on what is left makes
#: ``strip(strip(x)) == strip(x)``. Real documents settle in two passes.
MAX_PASSES: Final = 4


@dataclass(frozen=True)
class Removal:
    """One removed line: where it was, what it said, and why it went.

    *rule_id* and *category* are those of the strongest evidence; *evidence* lists all of it,
    strongest first (evidence against removal, with negative weights, last), and *score* is the
    sum that decided (see :mod:`boilerstrip.decision`).
    """

    line_no: int  #: 1-based line number in the input
    text: str  #: the line, without its line terminator
    rule_id: str  #: the rule (``en/navigation:12``) or heuristic (``tail:comments``) that weighed most
    category: str  #: one of :data:`boilerstrip.rules.CATEGORIES`
    evidence: tuple[Evidence, ...] = ()  #: every piece of evidence about the line, strongest first
    score: float = 0.0  #: the line's score: the bias plus the evidence's weights
    #: the stage that removed it: ``text`` (the cleaner), or ``vote`` (the HTML path's
    #: readability vote, see :mod:`boilerstrip.html.pipeline`)
    stage: str = "text"

    def as_dict(self, detail: bool = False) -> dict[str, object]:
        """The removal as a record: line, text, rule, category and stage (the fixed schema the
        integrations write); with *detail*, also its score and its evidence, strongest first.

        >>> Removal(3, "Read more", "en/navigation:1", "navigation").as_dict()
        {'line': 3, 'text': 'Read more', 'rule': 'en/navigation:1', 'category': 'navigation', 'stage': 'text'}
        """
        record: dict[str, object] = {
            "line": self.line_no, "text": self.text, "rule": self.rule_id, "category": self.category,
            "stage": self.stage,
        }
        if detail:
            # only the text stage weighs evidence; the vote's cuts have no score
            record["score"] = round(self.score, 3) if self.stage == "text" else None
            record["evidence"] = [item.as_dict() for item in self.evidence]
        return record


@dataclass(frozen=True)
class Explanation:
    """The cleaned text and every removal that produced it, in line order."""

    text: str
    removals: tuple[Removal, ...]


@dataclass(frozen=True)
class _Verdict:
    """Why one line goes: the strongest evidence's id and category, all the evidence, the score."""

    rule_id: str
    category: str
    evidence: tuple[Evidence, ...]
    score: float


class Cleaner:
    """A reusable cleaner: rules compiled once for a :class:`Config`.

    It holds no state between calls, so the output for a text never depends on what it cleaned before.
    """

    def __init__(self, config: Config | None = None, weights: Weights | None = None) -> None:
        self.config = config or Config()
        self.rules = _compiled_rules(self.config.languages, _file_keys(self.config.extra_rule_files))
        self.config.check_rule_ids(self.rules.rule_ids)
        self.cues = _compiled_cues(self.config.languages)
        #: The voice words (see boilerstrip.rules.voice), compiled here with the rules and cues:
        #: the first document that asks for them would otherwise build their automaton in its call.
        self.voices = voice_set(self.config.languages)
        # ... and so are the patterns of their call words (a memo, as voice_set): the first line
        # that holds one would otherwise read the voice files again and compile them in its call.
        call_openings(self.config.languages)
        # ... as are the languages that have words of asking, and the share bar's patterns.
        asking_languages(self.config.languages)
        share_patterns(self.config.languages)
        #: The decision's weights: the shipped ones unless given (``bench/fit.py`` passes its own).
        self.weights = weights or Weights.shipped()

    def strip(self, text: str, url: str | None = None) -> str:
        """*text* with its boilerplate lines removed. *url*, the page's address where known, is
        a hint of the page's kind: a discussion thread's replies are its content (see
        :func:`boilerstrip.heuristics.safety.thread_address`).

        A text of more than :data:`~boilerstrip.text.segment.SECTION_CHARS` characters or
        :data:`~boilerstrip.text.segment.SECTION_LINES` lines (a book, a dump of many pages: no
        article is so long) is cleaned section by section, each judged on its own (see
        :meth:`pieces`)."""
        check_text(text, "Cleaner.strip")
        if not needs_sections(text):
            lines, removed = self._removed(text, url)
            return assemble(lines, removed)
        return "".join(self._pieces(text, url))

    def pieces(self, text: str, url: str | None = None) -> Iterator[str]:
        """:meth:`strip`'s result in pieces, one a section of *text*: joined, they are
        ``strip(text)``. A caller that writes each out (or encodes it) as it comes holds one
        section's work at a time, besides the text, instead of the whole cleaned text too."""
        check_text(text, "Cleaner.pieces")
        return self._pieces(text, url)

    def _pieces(self, text: str, url: str | None) -> Iterator[str]:
        assembly = Assembly()
        for start, end in sections(text):
            # one section: text[0:len(text)] is the text itself, not a copy
            lines, removed = self._removed(text[start:end], url)
            yield assembly.add(lines, removed)
        yield from assembly.end()

    def _removed(self, text: str, url: str | None) -> tuple[list[str], set[int]]:
        """The lines of *text* (one section) and the indices of those that go."""
        lines, passes, members = self._passes(text, url)
        # Only which lines go: the reasons, their evidence ranked, are explain's.
        removed: set[int] = set()
        for doc, live in passes:
            for k in doc.reasons:
                removed.add(live[k])
                removed.update(members.get(live[k], ()))
        return lines, removed

    def explain(self, text: str, url: str | None = None) -> Explanation:
        """The cleaned text and the reason for each removed line (*url* as for :meth:`strip`;
        a long text is judged section by section as there)."""
        check_text(text, "Cleaner.explain")
        assembly = Assembly()
        pieces: list[str] = []
        removals: list[Removal] = []
        offset = 0  # lines in the sections before this one
        for start, end in sections(text):
            lines, verdicts = self._verdicts(text[start:end], url)
            removals.extend(
                Removal(offset + i + 1, lines[i].rstrip("\r\n"), v.rule_id, v.category, v.evidence, v.score)
                for i, v in sorted(verdicts.items())
            )
            pieces.append(assembly.add(lines, verdicts.keys()))
            offset += len(lines)
        pieces.extend(assembly.end())
        return Explanation("".join(pieces), tuple(removals))

    def documents(self, text: str, url: str | None = None) -> tuple[list[str], list[tuple[Document, list[int]]]]:
        """The lines of *text* and each pass's document with the input line index of each of its
        lines: every piece of evidence given, for what removed lines and what kept them
        (``bench/fit.py`` learns the weights from it). A hard-wrapped paragraph is one line of
        the documents, at the index of its first line (see :mod:`boilerstrip.text.wrap`)."""
        lines, passes, _ = self._passes(text, url)
        return lines, passes

    def _passes(
        self, text: str, url: str | None
    ) -> tuple[list[str], list[tuple[Document, list[int]]], dict[int, list[int]]]:
        """:meth:`documents`, and for each hard-wrapped paragraph of several lines, by the index
        of its first line, the indices of the others (they go with it)."""
        lines, bodies, shapes = split_document(text)
        # Line objects live across passes, so each line is normalised and matched once. A line
        # that strips to nothing is blank: it is no Line, and assemble keeps it as it was.
        members: dict[int, list[int]] = {}
        groups = paragraphs(bodies)
        if groups is None:
            features = {i: Line(i, body, shapes[i]) for i, body in enumerate(bodies) if body}
        else:
            features = {}
            for group in groups:
                first = group[0]
                if len(group) == 1:
                    features[first] = Line(first, bodies[first], shapes[first])
                else:
                    features[first] = Line(first, " ".join(bodies[k] for k in group))
                    members[first] = group[1:]
        live = list(features)
        passes: list[tuple[Document, list[int]]] = []
        for _ in range(MAX_PASSES):
            doc = Document(
                [features[i] for i in live], self.rules, self.cues, self.voices, self.config, self.weights, url
            )
            heuristics.run(doc)
            passes.append((doc, live))
            if not doc.reasons:
                break
            live = [i for k, i in enumerate(live) if k not in doc.reasons]
        return lines, passes, members

    def _verdicts(self, text: str, url: str | None) -> tuple[list[str], dict[int, _Verdict]]:
        """The lines of *text* and, for each removed one (by index), why it goes."""
        lines, passes, members = self._passes(text, url)
        verdicts: dict[int, _Verdict] = {}
        for doc, live in passes:
            for k, (rule_id, category) in doc.reasons.items():
                verdict = _Verdict(rule_id, category, ranked(doc.evidence[k]), doc.scores[k])
                verdicts[live[k]] = verdict
                for other in members.get(live[k], ()):
                    verdicts[other] = verdict  # a hard-wrapped paragraph goes whole
        return lines, verdicts


def assemble(lines: list[str], removed: Collection[int]) -> str:
    """Join the kept lines; where a block was cut, leave no longer run of blank lines than was there.

    >>> assemble(["a\\n", "\\n", "x\\n", "\\n", "b\\n"], {2})
    'a\\n\\nb\\n'
    >>> assemble(["x\\n", "\\n", "a\\n"], {0})
    'a\\n'
    >>> assemble(["a\\n", "x\\n", "\\n"], {1})
    'a\\n'
    >>> assemble(["a\\r", "x\\n", "\\n", "b\\n"], {1})  # a lone CR and a LF are not fused
    'a\\rb\\n'
    """
    if not removed:
        return "".join(lines)
    assembly = Assembly()
    return "".join([assembly.add(lines, removed), *assembly.end()])


class Assembly:
    """:func:`assemble` over a text's lines given section by section: the pieces it returns,
    joined, are what :func:`assemble` gives for all the lines at once.

    >>> assembly = Assembly()
    >>> [assembly.add(["a\\n", "x\\n"], {1}), assembly.add(["\\n", "b\\n"], ()), assembly.end()]
    ['a\\n', '\\nb\\n', []]
    """

    def __init__(self) -> None:
        # The blank lines since the last kept line fall into runs, split at each removed line;
        # a kept line after a cut takes the longest of them (the first, of equals). Only that
        # one and the run being read are held: a long stretch of removed lines holds no list each.
        #: the run being read (before any removed line: the blank lines to keep as they are)
        self._run: list[str] = []
        #: how many of the run's first items are earlier sections' lines joined, and how many
        #: lines they hold: a text of nothing but blank lines holds a string a section, not a
        #: reference a line
        self._joined = 0
        self._joined_lines = 0
        #: the longest run before it, since a removed line came (None: none came), and its lines
        self._best: list[str] | None = None
        self._best_lines = 0
        #: the last kept line, once there is one
        self._last: str | None = None

    def add(self, lines: list[str], removed: Collection[int]) -> str:
        """The text the next *lines* of the input give, with those at the indices *removed* left out."""
        out: list[str] = []
        run, joined, joined_lines = self._run, self._joined, self._joined_lines
        best, best_lines, last = self._best, self._best_lines, self._last
        for i, line in enumerate(lines):
            if i in removed:
                count = joined_lines + len(run) - joined
                if best is None or count > best_lines:
                    best, best_lines = run, count
                run, joined, joined_lines = [], 0, 0
            elif is_blank(line):
                run.append(line)
            else:
                if best is None:
                    out.extend(run)
                elif last is not None:
                    blanks = run if joined_lines + len(run) - joined > best_lines else best
                    # A kept line ending in a lone CR followed by a blank line starting with LF would
                    # read back as one CRLF line: leave the blank lines out rather than fuse them.
                    if not (blanks and last.endswith("\r") and blanks[0].startswith("\n")):
                        out.extend(blanks)
                out.append(line)
                last = line
                run, joined, joined_lines, best = [], 0, 0, None
        if len(run) - joined > 1:
            joined_lines += len(run) - joined
            run[joined:] = ["".join(run[joined:])]
            joined += 1
        self._run, self._joined, self._joined_lines = run, joined, joined_lines
        self._best, self._best_lines, self._last = best, best_lines, last
        return "".join(out)

    def end(self) -> list[str]:
        """The blank lines at the end of the text, unless a removed line is among them (in
        pieces, as they are held: a text of blank lines is not copied whole once more)."""
        return [] if self._best is not None else self._run


def _file_keys(paths: tuple[str, ...]) -> tuple[tuple[str, int, int], ...]:
    """Identify user rule files by path, size and modification time, so an edited file is re-read."""
    keys = []
    for name in paths:
        try:
            st = Path(name).stat()
            keys.append((name, st.st_size, st.st_mtime_ns))
        except OSError:
            keys.append((name, -1, -1))  # load_rules reports the missing file with its name
    return tuple(keys)


@lru_cache(maxsize=16)
def _compiled_rules(
    languages: tuple[str, ...] | None, files: tuple[tuple[str, int, int], ...]
) -> RuleSet:
    # A pure memo: the key holds everything the result depends on (the shipped rules are
    # read-only package data), so caching cannot make one call's output depend on another's.
    return RuleSet(load_rules(languages, [name for name, _, _ in files]))


@lru_cache(maxsize=16)
def _compiled_cues(languages: tuple[str, ...] | None) -> CueSet:
    # A pure memo of read-only package data, as _compiled_rules.
    return CueSet(load_cues(languages))
