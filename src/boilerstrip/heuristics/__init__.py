"""The heuristics: named stages that give evidence about a document's lines.

Each stage is a function ``stage(doc) -> None`` that adds evidence to a
:class:`~boilerstrip.text.document.Document` (see :mod:`boilerstrip.decision`); :func:`run`
applies them in order, and each sees what the evidence so far decides. Families, one module
each, name the heuristic ids (``family:name``), so that ``Config(disabled={"shape:menu"})``
switches one off:

- :mod:`~boilerstrip.heuristics.lexicon`: the rule a line matches (``en/subscribe:40``), or a
  long notice's first sentence, its cue words (``cue:subscribe``), and an appeal's or a prompt's voice
  (``voice:appeal``, ``voice:prompt``);
- :mod:`~boilerstrip.heuristics.position`: the head and foot zones around the paragraphs;
- :mod:`~boilerstrip.heuristics.shape`: lines whose form gives them away, menus;
- :mod:`~boilerstrip.heuristics.block`: blocks judged as blocks (teasers, appeals, bios);
- :mod:`~boilerstrip.heuristics.tail`: comment sections and the lines after an article's end;
- :mod:`~boilerstrip.heuristics.neighbours`: a line judged by its neighbours;
- :mod:`~boilerstrip.heuristics.safety`: the valve that keeps an article about boilerplate.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from boilerstrip.heuristics.block import (
    appeal_blocks,
    appeal_runs,
    author_bio,
    dated_title_runs,
    related_blocks,
    teaser_runs,
)
from boilerstrip.heuristics.lexicon import (
    appeal_voice,
    classify_cues,
    classify_labels,
    classify_leads,
    classify_rules,
)
from boilerstrip.heuristics.neighbours import revise_neighbours
from boilerstrip.heuristics.position import mark_positions
from boilerstrip.heuristics.safety import prose_evidence, safety
from boilerstrip.heuristics.shape import classify_shapes, menu_runs
from boilerstrip.heuristics.tail import closing_lines, comment_section
from boilerstrip.rules.cues import CUE_CATEGORIES
from boilerstrip.rules.loader import CATEGORIES, Kind, rule_feature

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

STAGES: tuple[Callable[[Document], None], ...] = (
    classify_rules,
    classify_leads,
    classify_labels,
    classify_cues,
    appeal_voice,
    prose_evidence,
    mark_positions,
    classify_shapes,
    related_blocks,
    comment_section,
    appeal_runs,
    appeal_blocks,
    menu_runs,
    teaser_runs,
    dated_title_runs,
    author_bio,
    closing_lines,
    revise_neighbours,
    safety,
)

#: Every heuristic id a stage can give evidence under: with the categories and the ids of the
#: rules loaded, what ``Config(disabled=...)`` accepts. A new stage or id goes here too (the
#: tests check that every removal carries a rule id or one of these).
HEURISTIC_IDS: frozenset[str] = frozenset({
    "shape:url", "shape:breadcrumb", "shape:menu-row", "shape:menu", "shape:placeholder", "shape:share-bar",
    "block:related", "block:teasers", "block:appeal", "block:appeal-run", "block:author-bio",
    "tail:comments", "tail:after-copyright", "tail:after-tags", "tail:after-comments", "tail:after-contact",
    "neighbours:between-removed",
    "position:head", "position:foot", "position:foot-headline",
    "safety:share", "safety:prose",
    "voice:appeal", "voice:prompt",
})


def heuristic_ids() -> frozenset[str]:
    """The ids of the heuristics, for checking the names given to ``Config(disabled=...)``."""
    return HEURISTIC_IDS
#: Every feature evidence is given under, and so every weight the decision has (the safety
#: valve's veto is no weight): rules by kind and category, cue vocabularies, heuristics.
FEATURES: frozenset[str] = frozenset(
    {rule_feature(kind, category) for kind in Kind for category in CATEGORIES if category != "other"}
    | {f"cue:{category}" for category in CUE_CATEGORIES}
    | (HEURISTIC_IDS - {"safety:share"})
)


def run(doc: Document) -> None:
    """Apply every stage, in order."""
    for stage in STAGES:
        stage(doc)
