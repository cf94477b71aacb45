"""The decision: every rule and heuristic gives evidence, and the sum of it decides.

Each piece of evidence names what gave it (a rule id such as ``en/subscribe:40``, a heuristic id
such as ``tail:comments``), the category of boilerplate it speaks for, and its weight in the
decision. The weight of a kind of evidence (its *feature*: a rule's kind and category, a cue
vocabulary, a heuristic) is data, fitted on labelled pages of the tune sites by
``bench/fit.py`` and shipped as ``data/weights.tsv``. A line's score is a bias plus the weights
of its evidence, a log-odds that the line is boilerplate; it goes when the score reaches the
threshold of the preset (``precision``, ``balanced``, ``recall``).

Evidence for a line comes from the line itself (its words, its shape), from the block it belongs
to (a comment section, an appeal at the foot, a teaser list) and from its neighbours; the
heuristics decide where blocks begin and end, the weights how much each kind of evidence counts.
Evidence with a negative weight speaks for the line being the article's.

>>> weights = Weights.parse("bias\\t-1.0\\nthreshold:balanced\\t0.0\\nrule:exact:navigation\\t3.5\\n")
>>> score = weights.bias + weights.of("rule:exact:navigation")
>>> score, score >= weights.threshold("balanced")
(2.5, True)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Final

#: The file of fitted weights, in the package.
WEIGHTS_FILE: Final = "weights.tsv"
BIAS: Final = "bias"
THRESHOLD_PREFIX: Final = "threshold:"
#: Evidence that a line belongs to a block judged as a block: a proven comment section, an
#: appeal at the foot or a box of appeal lines, a teaser list, the lines after a closing line.
BLOCK_FEATURES: Final = frozenset({
    "tail:comments", "tail:after-copyright", "tail:after-tags", "tail:after-comments", "tail:after-contact",
    "block:appeal", "block:appeal-run", "block:author-bio", "block:related", "block:teasers",
})
#: Evidence a line gives of itself that does not count inside such a block: a paragraph of
#: prose is the article's more often than not, but a comment or an appeal is prose too, and
#: its block decides for it.
LINE_ONLY_FEATURES: Final = frozenset({"safety:prose"})
#: The score a veto gives a line (the safety valve's "keep this line whatever the evidence").
VETO: Final = -math.inf


class Evidence:
    """One piece of evidence about one line: who gave it, for which category, with what weight.

    Read-only (its attributes are ``Final``: the type checker refuses an assignment, and the
    compiled build refuses it at run time too). A plain class rather than a frozen dataclass: a
    document gets dozens of pieces, and a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, several times the cost of the rest of :meth:`Document.add
    <boilerstrip.text.document.Document.add>`.
    """

    __slots__ = ("category", "feature", "id", "strength", "weight")

    def __init__(self, id: str, category: str, weight: float, feature: str = "", strength: float = 1.0) -> None:
        self.id: Final = id  #: a rule id (``en/navigation:12``) or a heuristic id (``tail:comments``)
        self.category: Final = category  #: the category of boilerplate it speaks for
        #: its contribution to the line's score (the feature's weight times its strength)
        self.weight: Final = weight
        self.feature: Final = feature  #: the kind of evidence whose fitted weight this is (``rule:exact:navigation``)
        #: how strongly the line shows the feature (1 for most; cue density, say)
        self.strength: Final = strength

    def _key(self) -> tuple[str, str, float, str, float]:
        return (self.id, self.category, self.weight, self.feature, self.strength)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Evidence):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (
            f"Evidence(id={self.id!r}, category={self.category!r}, weight={self.weight!r}, "
            f"feature={self.feature!r}, strength={self.strength!r})"
        )

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "category": self.category, "weight": round(self.weight, 3)}


class WeightsError(ValueError):
    """A weights file that cannot be used; the message names the line."""


@dataclass(frozen=True)
class Weights:
    """The fitted weights: a bias, one weight per feature, one threshold per preset."""

    bias: float
    # Plain dicts, not Mappings: compiled, Weights.of (called for every piece of evidence) then
    # calls dict.get directly instead of the generic Mapping.get.
    features: dict[str, float]
    thresholds: dict[str, float]

    def of(self, feature: str) -> float:
        """The weight of *feature*; 0 for a feature the fit has not seen (it then decides nothing)."""
        return self.features.get(feature, 0.0)

    def threshold(self, preset: str) -> float:
        return self.thresholds[preset]

    @classmethod
    def parse(cls, text: str, source: str = WEIGHTS_FILE) -> Weights:
        """Read ``name<TAB>value`` lines (``#`` comments): ``bias``, ``threshold:<preset>``, features."""
        bias: float | None = None
        features: dict[str, float] = {}
        thresholds: dict[str, float] = {}
        for line_no, line in enumerate(text.splitlines(), start=1):
            stripped = line.strip()
            if not stripped or stripped.startswith("#"):
                continue
            name, sep, value = stripped.partition("\t")
            try:
                number = float(value)
            except ValueError:
                number = math.nan
            if not sep or not name or not math.isfinite(number):
                raise WeightsError(f"{source}:{line_no}: expected NAME<TAB>NUMBER, got {stripped!r}")
            if name == BIAS:
                bias = number
            elif name.startswith(THRESHOLD_PREFIX):
                thresholds[name[len(THRESHOLD_PREFIX):]] = number
            elif name in features:
                raise WeightsError(f"{source}:{line_no}: {name!r} given twice")
            else:
                features[name] = number
        if bias is None:
            raise WeightsError(f"{source}: no {BIAS!r} line")
        return cls(bias, features, thresholds)

    @staticmethod
    def shipped() -> Weights:
        """The weights shipped in the package (read once: they are read-only package data)."""
        return _shipped()

    def format(self, header: Iterable[str] = ()) -> str:
        """The weights as a file :meth:`parse` reads back: header comments, bias, thresholds, features."""
        out = [f"# {line}".rstrip() for line in header]
        out.append(f"{BIAS}\t{self.bias:.4f}")
        out.extend(f"{THRESHOLD_PREFIX}{name}\t{value:.4f}" for name, value in sorted(self.thresholds.items()))
        out.extend(f"{name}\t{value:.4f}" for name, value in sorted(self.features.items()))
        return "\n".join(out) + "\n"


@lru_cache(maxsize=1)
def _shipped() -> Weights:
    # A pure memo of read-only package data: no call's result depends on another call.
    text = (resources.files("boilerstrip") / "data" / WEIGHTS_FILE).read_text(encoding="utf-8")
    return Weights.parse(text, f"boilerstrip/data/{WEIGHTS_FILE}")


def strongest(evidence: Iterable[Evidence]) -> Evidence | None:
    """The evidence that weighs most for removal (the first of equals), or None if none is positive."""
    best: Evidence | None = None
    for item in evidence:
        if item.weight > 0 and (best is None or item.weight > best.weight):
            best = item
    return best


def ranked(evidence: Iterable[Evidence]) -> tuple[Evidence, ...]:
    """Evidence strongest first (for removal first, then against it), equals in the order given."""
    return tuple(sorted(evidence, key=lambda item: -item.weight))
