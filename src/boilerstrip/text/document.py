"""The per-document working state the heuristics read and write.

A :class:`Document` holds the non-blank lines of one text, their cheap features (word count,
normal form, rule match, cue counts), computed once and on demand, the evidence the heuristics
have given for each line, and the removals that evidence decides so far (see
:mod:`boilerstrip.decision`): a heuristic that runs later sees what the earlier ones decided.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import MappingProxyType
from typing import Final

from boilerstrip.config import Config
from boilerstrip.decision import BLOCK_FEATURES, LINE_ONLY_FEATURES, VETO, Evidence, Weights
from boilerstrip.heuristics.comment_meta import META_MAX_WORDS, meta_kind, reaction_kind
from boilerstrip.heuristics.contact import is_contact
from boilerstrip.heuristics.shape import is_menu_row, shape_kind
from boilerstrip.rules import Kind, Match, RuleSet
from boilerstrip.rules.cues import CUE_MAX_CHARS, CUE_MAX_WORDS, CueSet
from boilerstrip.text.code import is_code
from boilerstrip.text.normalise import normalise_collapsed
from boilerstrip.text.shape import line_shape

#: The cue counts of a line that holds no cue: one shared mapping, never written to.
NO_CUES: Final[Mapping[str, int]] = MappingProxyType({})
#: A line longer than this many characters is never a short boilerplate line; checking the
#: length first keeps the rule matcher off long paragraphs.
LONG_LINE_CHARS: Final = 400
#: Block evidence is looked for in paragraphs up to this long; beyond it, a line is no appeal.
WEAK_MATCH_MAX_CHARS: Final = 3000


class Line:
    """One non-blank line and its features, computed on first use. *text* is the line stripped
    of surrounding whitespace (the caller has it already, from telling blank lines apart)."""

    __slots__ = (
        "_collapsed", "_contact", "_cues", "_match", "_match_known", "_menu_row", "_meta", "_meta_known", "_norm",
        "_reaction", "_shape", "index", "text", "words",
    )

    def __init__(self, index: int, text: str, shape: int = -1) -> None:
        self.index = index
        self.text = text
        # One scan for both (in C where the extension is built): the word count, and whether
        # the line is its own whitespace-collapsed form, as most lines are. *shape* is that
        # scan's result when the caller has it (see boilerstrip.text.segment.split_document).
        if shape < 0:
            shape = line_shape(text)
        self.words = shape >> 1
        self._collapsed = bool(shape & 1)
        self._norm: str | None = None
        #: The line's own rule match, once looked up (it does not change between passes).
        self._match: Match | None = None
        self._match_known = False
        #: The line's kind of comment metadata, once looked up.
        self._meta: str | None = None
        self._meta_known = False
        #: Whether the line is an author's contact line, once looked up.
        self._contact: bool | None = None
        #: How the line opens as a reader reacting to a post (reaction_kind), once looked up.
        self._reaction = -1
        #: How many distinct cue words of each category the line holds, once counted.
        self._cues: Mapping[str, int] | None = None
        #: What the line's shape alone makes it (heuristics.shape.shape_kind), once looked at.
        self._shape = -1
        #: Whether the line is a menu row (heuristics.shape.is_menu_row), once looked at: 1 or 0.
        self._menu_row = -1

    @property
    def norm(self) -> str:
        # A plain lazy attribute: functools.cached_property takes a lock on every access in 3.11.
        if self._norm is None:
            text = self.text
            self._norm = normalise_collapsed(text if self._collapsed else " ".join(text.split()))
        return self._norm

    def __repr__(self) -> str:
        return f"Line({self.index}, {self.text[:40]!r})"


class Document:
    """The lines of one document as the heuristics see them, and the removals made so far."""

    def __init__(
        self, lines: list[Line], rules: RuleSet, cues: CueSet, voices: CueSet, config: Config, weights: Weights,
        url: str | None = None,
    ) -> None:
        self.lines = lines
        #: The page's address, where the caller knows it: a hint of the page's kind.
        self.url = url
        #: Each line's word count and text, as plain lists: the heuristics' loops read them.
        self.words = [line.words for line in lines]
        self.texts = [line.text for line in lines]
        self.rules = rules
        self.cues = cues
        #: The voice words of the config's languages (boilerstrip.rules.voice.voice_set).
        self.voices = voices
        self.config = config
        self.weights = weights
        #: Config.enables_all, read once: with the defaults Config.is_enabled is then not asked
        #: (the config is plain Python, and a call into it costs as much as the rest of add()).
        self._all_enabled = config.enables_all
        #: The score a line must reach to go (the preset's threshold, or the config's own).
        self.threshold = config.threshold if config.threshold is not None else weights.threshold(config.preset)
        #: line index -> the evidence given for it, in the order given (lines without any: absent)
        self.evidence: dict[int, list[Evidence]] = {}
        #: each line's score: the bias plus its evidence's weights (the bias alone for a line
        #: without evidence). A list indexed by line, not a dict keyed by it: compiled, a dict
        #: boxes the line index on every read and write, and add() does both for each evidence.
        self.scores: list[float] = [weights.bias] * len(lines)
        #: line index -> (id, category) of the strongest evidence, for every line that goes
        self.reasons: dict[int, tuple[str, str]] = {}
        self._matches: list[Match | None] | None = None
        self._cue_counts: list[Mapping[str, int]] | None = None

    def __len__(self) -> int:
        return len(self.lines)

    @cached_property
    def total_words(self) -> int:
        return sum(self.words)

    def match(self, i: int) -> Match | None:
        """The rule that matches line *i* on its own (short lines only), or None."""
        return self.matches()[i]

    def matches(self) -> list[Match | None]:
        """:meth:`match` for every line, in order (computed once per document)."""
        if self._matches is None:
            lines = self.lines
            found = [line._match for line in lines]
            todo = [k for k, line in enumerate(lines) if not line._match_known]
            if todo:
                self._match_lines(todo, found)
            self._matches = found
        return self._matches

    def _match_lines(self, todo: list[int], found: list[Match | None]) -> None:
        """Look up the rule match of the lines at *todo*, into *found* and the lines."""
        lines = self.lines
        # Non-exact rules count only up to max_rule_line_words, and no exact rule is longer
        # than max_exact_words: a line above both limits cannot match, so it is not even
        # normalised.
        limit = max(self.config.max_rule_line_words, self.rules.max_exact_words)
        regex_words = self.config.max_rule_line_words
        positions: list[int] = []
        for k in todo:
            line = lines[k]
            found[k] = line._match = None
            line._match_known = True
            if line.words <= limit and len(line.text) <= LONG_LINE_CHARS:
                positions.append(k)
        if not positions:
            return
        candidates = [lines[k] for k in positions]
        norms = [line.norm for line in candidates]
        matched = self.rules.match_lines(norms, [line.words <= regex_words for line in candidates])
        for k, line, match in zip(positions, candidates, matched, strict=True):
            if match is not None and self._counts(match, line):
                found[k] = line._match = match

    def _counts(self, found: Match, line: Line) -> bool:
        if not self._all_enabled and not self.config.is_enabled(found.category, found.rule_id):
            return False
        if is_code(line.text):
            return False
        return found.rule.kind is Kind.EXACT or line.words <= self.config.max_rule_line_words

    def cue_counts(self) -> list[Mapping[str, int]]:
        """For each line, how many distinct cues of each category it holds (counted once a line;
        the list built once per document: heuristics ask for it line by line)."""
        if self._cue_counts is not None:
            return self._cue_counts
        lines = self.lines
        todo = [line for line in lines if line._cues is None]
        if todo:
            # A paragraph's cue words weigh next to nothing against its length (see
            # heuristics.lexicon.CUE_WORDS) and most of a document's characters are in them:
            # lines above CUE_MAX_WORDS words (or CUE_MAX_CHARS characters) are not scanned and
            # hold no cues.
            short = [line for line in todo if line.words <= CUE_MAX_WORDS and len(line.text) <= CUE_MAX_CHARS]
            for line in todo:
                line._cues = NO_CUES
            for k, counts in self.cues.count_sparse([line.text for line in short]).items():
                short[k]._cues = counts
        self._cue_counts = [line._cues or NO_CUES for line in lines]
        return self._cue_counts

    def meta(self, i: int) -> str | None:
        """The kind of comment metadata line *i* is (see :func:`boilerstrip.heuristics.comment_meta.meta_kind`)."""
        line = self.lines[i]
        if not line._meta_known:
            line._meta = meta_kind(line.text, line.words) if line.words <= META_MAX_WORDS else None
            line._meta_known = True
        return line._meta

    def reaction(self, i: int) -> int:
        """How line *i* opens as a reader reacting, if it does (see
        :func:`boilerstrip.heuristics.comment_meta.reaction_kind`)."""
        line = self.lines[i]
        if line._reaction < 0:
            line._reaction = reaction_kind(line.text)
        return line._reaction

    def shape_kind(self, i: int) -> int:
        """What line *i*'s shape alone makes it (see :func:`boilerstrip.heuristics.shape.shape_kind`):
        looked at once a line, not once a pass."""
        line = self.lines[i]
        if line._shape < 0:
            line._shape = shape_kind(line.text, line.words)
        return line._shape

    def menu_row(self, i: int) -> bool:
        """Whether line *i* is a menu row (see :func:`boilerstrip.heuristics.shape.is_menu_row`):
        looked at once a line, whether for itself or for a neighbour's sake."""
        line = self.lines[i]
        if line._menu_row < 0:
            line._menu_row = int(is_menu_row(line.text))
        return line._menu_row == 1

    def contact(self, i: int) -> bool:
        """True when line *i* is an author's contact line (see :mod:`boilerstrip.heuristics.contact`)."""
        line = self.lines[i]
        if line._contact is None:
            line._contact = is_contact(line.text)
        return line._contact

    def weak_match(self, i: int) -> Match | None:
        """A rule that matches line *i* whatever its length: evidence for a block, never alone."""
        strong = self.match(i)
        if strong is not None:
            return strong
        if len(self.lines[i].text) > WEAK_MATCH_MAX_CHARS:
            return None
        # Literal rules only: regexes are written for short lines.
        found = self.rules.match_normalised(self.lines[i].norm, allow_regex=False, evidence=True)
        if found is not None and (self._all_enabled or self.config.is_enabled(found.category, found.rule_id)):
            return found
        return None

    def last_paragraph(self) -> int | None:
        """Index of the last kept line long enough to be an article paragraph."""
        words, reasons, least = self.words, self.reasons, self.config.paragraph_min_words
        for i in range(len(words) - 1, -1, -1):
            if words[i] >= least and i not in reasons:
                return i
        return None

    def first_paragraph(self) -> int | None:
        """Index of the first kept line long enough to be an article paragraph."""
        reasons, least = self.reasons, self.config.paragraph_min_words
        for i, count in enumerate(self.words):
            if count >= least and i not in reasons:
                return i
        return None

    def add(self, i: int, source: str, category: str, feature: str | None = None, strength: float = 1.0) -> bool:
        """Give evidence for line *i*: *source* (a rule or heuristic id) speaks for *category*
        with the fitted weight of *feature* (by default the source itself, as for heuristics)
        times *strength*. Disabled categories and ids give none. True when the line now goes."""
        feature = feature or source
        if not self._all_enabled and not self.config.is_enabled(category, source, feature):
            return i in self.reasons
        found = self.evidence.get(i)
        if found is None:
            found = self.evidence[i] = []
        score = self.scores[i]
        if feature in LINE_ONLY_FEATURES and any(item.feature in BLOCK_FEATURES for item in found):
            strength = 0.0  # inside a block, the block decides (see boilerstrip.decision)
        elif feature in BLOCK_FEATURES:
            for k, item in enumerate(found):
                if item.feature in LINE_ONLY_FEATURES and item.strength:
                    score -= item.weight
                    found[k] = Evidence(item.id, item.category, 0.0, item.feature, 0.0)
        weight = self.weights.of(feature) * strength
        found.append(Evidence(source, category, weight, feature, strength))
        score += weight
        self.scores[i] = score
        return self._decide(i, score, found)

    def veto(self, i: int, source: str) -> None:
        """Keep line *i* whatever the evidence (the safety valve), and say so in its evidence."""
        self.evidence.setdefault(i, []).append(Evidence(source, "other", VETO, source, 1.0))
        self.scores[i] = VETO
        self.reasons.pop(i, None)

    def _decide(self, i: int, score: float, found: list[Evidence]) -> bool:
        if score >= self.threshold:
            best = found[0]
            for item in found:
                if item.weight > best.weight:
                    best = item
            self.reasons[i] = (best.id, best.category)
            return True
        self.reasons.pop(i, None)
        return False

    def removed(self, i: int) -> bool:
        return i in self.reasons
