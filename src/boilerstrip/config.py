"""The one configuration object, its documented defaults, and the three presets.

>>> Config().preset
'balanced'
>>> Config.from_preset("precision").max_rule_line_words < Config().max_rule_line_words
True
>>> Config(disabled=frozenset({"legal"})).is_enabled("legal")
False
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PRESETS = ("precision", "balanced", "recall")


@dataclass(frozen=True)
class Config:
    """How boilerstrip decides. Every field has a documented default (the ``balanced`` preset).

    Build one with ``Config(...)``, ``Config.from_preset(name, **changes)`` or ``config.replace(...)``;
    a Config is immutable and hashable, so a cleaner built from it can be reused safely.
    """

    #: Name of the preset these thresholds came from (informational).
    preset: str = "balanced"
    #: Rule languages to load (ISO 639-1 codes); None loads every shipped language.
    languages: tuple[str, ...] | None = None
    #: Categories (``"legal"``) or rule / heuristic ids (``"en/legal:3"``, ``"shape:menu"``) that
    #: never remove anything. An unknown name is refused (ValueError): heuristic ids are those of
    #: ``boilerstrip.heuristics.heuristic_ids()``, rule ids those of the rules loaded.
    disabled: frozenset[str] = frozenset()
    #: Extra rule files of the user's, in the shipped format (see docs/rules.md).
    extra_rule_files: tuple[str, ...] = ()

    #: A rule (other than an exact-line rule) removes a line on its own only up to this many words;
    #: longer lines are prose, and go only as part of a block.
    max_rule_line_words: int = 30
    #: Lines of at least this many words count as article paragraphs when finding where the
    #: article ends.
    paragraph_min_words: int = 20
    #: A "short" line, for menus, runs of links and neighbour revision.
    short_line_words: int = 6
    #: Runs of at least this many short link-like lines at the head or foot are menus.
    menu_min_run: int = 3
    #: Remove the tail after a strong marker line ("Leave a Reply", "Comments", "Support us").
    tail_blocks: bool = True
    #: Remove reader-comment sections that no header announces, proven by the rhythm of their
    #: bylines, timestamps, reply controls and vote scores alone.
    unmarked_comments: bool = True
    #: Keep reader comments under an article (by default a comment section is boilerplate). Gold
    #: texts that count comments as content (old blogs and forums) want them kept.
    keep_comments: bool = False
    #: The score a line must reach to go (a log-odds that it is boilerplate, see
    #: boilerstrip.decision); None takes the preset's threshold from the fitted weights.
    threshold: float | None = None
    #: When the removals would take more than this share of a document's words, keep only the
    #: removals made by exact-line rules and counters: an article about newsletters or donations
    #: must survive.
    max_removed_share: float = 0.6

    def __post_init__(self) -> None:
        if self.preset not in PRESETS:
            raise ValueError(f"unknown preset {self.preset!r}; one of: {', '.join(PRESETS)}")
        if self.languages is not None:
            object.__setattr__(self, "languages", tuple(self.languages))
        object.__setattr__(self, "disabled", frozenset(self.disabled))
        object.__setattr__(self, "extra_rule_files", tuple(str(p) for p in self.extra_rule_files))
        if not 0.0 < self.max_removed_share <= 1.0:
            raise ValueError("max_removed_share must be in (0, 1]")
        self._check_disabled_names()

    def _check_disabled_names(self) -> None:
        """Refuse a name in ``disabled`` that is no category and no heuristic id, unless it has a
        rule id's form (``SOURCE:LINE``): those are checked against the rules loaded, by
        :meth:`check_rule_ids` (the Cleaner calls it)."""
        from boilerstrip.heuristics import heuristic_ids
        from boilerstrip.rules.loader import CATEGORIES

        heuristics = heuristic_ids()
        for name in sorted(self.disabled):
            if not isinstance(name, str):
                raise ValueError(f"disabled: {name!r} is not a name (a category, rule id or heuristic id)")
            if name in CATEGORIES or name in heuristics or _is_rule_id(name):
                continue
            if ":" not in name:
                raise ValueError(f"disabled: unknown category {name!r}; one of: {', '.join(CATEGORIES)}")
            raise ValueError(f"disabled: unknown heuristic id {name!r}; the heuristics: "
                             f"{', '.join(sorted(heuristics))} (a rule id ends in its line number)")

    def check_rule_ids(self, rule_ids: Collection[str]) -> None:
        """Refuse a rule id in ``disabled`` that is none of *rule_ids* (those of the rules loaded)."""
        unknown = [name for name in sorted(self.disabled) if _is_rule_id(name) and name not in rule_ids]
        if unknown:
            where = "every shipped language" if self.languages is None else f"languages {', '.join(self.languages)}"
            raise ValueError(f"disabled: no rule {', '.join(map(repr, unknown))} among the rules loaded "
                             f"({where}{' and the rule files given' if self.extra_rule_files else ''})")

    @classmethod
    def from_preset(cls, name: str, **changes: Any) -> Config:
        """The named preset (``precision``, ``balanced``, ``recall``), with *changes* applied."""
        if name not in PRESETS:
            raise ValueError(f"unknown preset {name!r}; one of: {', '.join(PRESETS)}")
        return dataclasses.replace(cls(), **{**_PRESET_CHANGES[name], "preset": name, **changes})

    def replace(self, **changes: Any) -> Config:
        """A copy with *changes* applied."""
        return dataclasses.replace(self, **changes)

    @property
    def enables_all(self) -> bool:
        """Whether every piece of evidence is enabled (the defaults: nothing disabled, comments
        not kept): :meth:`is_enabled` is then True whatever it is asked."""
        return not self.disabled and not self.keep_comments

    def is_enabled(self, *keys: str) -> bool:
        """False when any of *keys* (a category, a rule id, a heuristic id, a feature) is disabled."""
        if self.enables_all:
            return True  # the defaults: asked for every piece of evidence, so answered first
        if self.keep_comments and any(key in _COMMENT_KEYS for key in keys):
            return False
        return not any(key in self.disabled for key in keys)

    def with_rule_files(self, paths: Iterable[str | Path]) -> Config:
        return self.replace(extra_rule_files=self.extra_rule_files + tuple(str(p) for p in paths))


#: What keep_comments switches off: the comments category and the heuristics that cut a section.
_COMMENT_KEYS = frozenset({"comments", "tail:comments", "tail:after-comments"})


def _is_rule_id(name: str) -> bool:
    """Whether *name* has a rule id's form: a source, ``:``, a line number (``en/legal:3``)."""
    source, colon, line = name.rpartition(":")
    return bool(source) and bool(colon) and line.isdigit()


#: What each preset changes from the defaults above.
_PRESET_CHANGES: dict[str, dict[str, Any]] = {
    "precision": {
        "max_rule_line_words": 15,
        "unmarked_comments": False,
        "max_removed_share": 0.4,
    },
    "balanced": {},
    "recall": {
        "max_rule_line_words": 45,
        "paragraph_min_words": 15,
        "max_removed_share": 0.85,
    },
}

