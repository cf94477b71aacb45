"""Rule files: parsing and validation (the compiled matcher is :mod:`boilerstrip.rules.matcher`).

A rule file holds one rule a line (see ``docs/rules.md``)::

    read more                     exact line
    sign up for our newsletter ...   line starts with the phrase
    ... all rights reserved       line ends with the phrase
    ... first appeared on ...     line contains the phrase
    re:^\\d+ comments?$            regular expression, searched in the normalised line

>>> Rule.parse("... all rights reserved", "en/legal", 3).rule_id
'en/legal:3'
>>> Rule.parse("... all rights reserved", "en/legal", 3).kind.value
'suffix'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Final

from boilerstrip.rules.safety import regex_hazard
from boilerstrip.text.normalise import normalise

#: Every category a rule or heuristic can assign. ``other`` is for heuristics only.
CATEGORIES: tuple[str, ...] = (
    "donation", "subscribe", "paywall", "social", "navigation", "related", "comments",
    "ads", "cookie", "legal", "credit", "syndication", "app", "other",
)

REGEX_PREFIX = "re:"
ELLIPSIS = "..."
#: Marks a rule that is evidence only: it never removes a line by itself, but shows that a block
#: (an appeal at the foot) is boilerplate. For the vocabulary of appeals, which prose shares.
EVIDENCE_PREFIX = "~"


#: What a lone surrogate (an undecodable byte kept by ``surrogateescape``) is searched as: the
#: automaton reads UTF-8, which has no surrogates, and one character for one keeps the offsets.
#: No phrase may hold it (Rule.parse refuses one), so it matches nothing, as the byte would not.
SURROGATE_STAND_IN = "\ufffd"
_SURROGATES: Final = re.compile("[\\ud800-\\udfff]")  # escapes for re: mypyc takes no surrogates in literals


def with_stand_ins(text: str) -> str:
    """*text* with each lone surrogate made SURROGATE_STAND_IN, for an automaton that reads UTF-8."""
    return _SURROGATES.sub(SURROGATE_STAND_IN, text)


class RuleError(ValueError):
    """A rule line that cannot be used; the message names the file and line."""


class Kind(str, Enum):
    EXACT = "exact"
    PREFIX = "prefix"
    SUFFIX = "suffix"
    CONTAINS = "contains"
    REGEX = "regex"


def rule_feature(kind: Kind, category: str) -> str:
    """``rule:exact:navigation``, ``rule:phrase:subscribe``, ``rule:regex:comments``."""
    shape = "exact" if kind is Kind.EXACT else "regex" if kind is Kind.REGEX else "phrase"
    return f"rule:{shape}:{category}"


@dataclass(frozen=True)
class Rule:
    """One rule: what it matches, where it comes from, and its category."""

    kind: Kind
    pattern: str  # the phrase (literal kinds) or the regular expression
    category: str
    source: str  # "en/navigation" for shipped rules, a file path for user rules
    line_no: int
    evidence_only: bool = False

    @property
    def rule_id(self) -> str:
        return f"{self.source}:{self.line_no}"

    @property
    def feature(self) -> str:
        """The kind of evidence this rule gives, whose weight the decision fits: exact lines,
        phrases (prefix, suffix, contains) and regexes of each category weigh apart."""
        return rule_feature(self.kind, self.category)

    @classmethod
    def parse(cls, text: str, source: str, line_no: int, category: str | None = None) -> Rule:
        """Parse one rule line. *source* is ``lang/category`` or a file path."""
        category = category or source.rsplit("/", 1)[-1]
        where = f"{source}:{line_no}"
        raw = text.strip()
        evidence_only = raw.startswith(EVIDENCE_PREFIX)
        if evidence_only:
            raw = raw[len(EVIDENCE_PREFIX):].lstrip()
        if raw.startswith(REGEX_PREFIX):
            pattern = raw[len(REGEX_PREFIX):]
            try:
                re.compile(pattern)
            except re.error as exc:
                raise RuleError(f"{where}: bad regular expression {pattern!r}: {exc}") from None
            if not pattern:
                raise RuleError(f"{where}: empty regular expression")
            return cls(Kind.REGEX, pattern, category, source, line_no, evidence_only)
        starts, ends = raw.startswith(ELLIPSIS), raw.endswith(ELLIPSIS)
        phrase = raw.removeprefix(ELLIPSIS).removesuffix(ELLIPSIS).strip()
        if not phrase:
            raise RuleError(f"{where}: empty rule")
        if SURROGATE_STAND_IN in phrase:
            raise RuleError(f"{where}: rule {phrase!r} holds U+FFFD, the mark of undecodable text")
        if normalise(phrase) != phrase:
            raise RuleError(
                f"{where}: rule {phrase!r} is not in normal form; write it as {normalise(phrase)!r}"
            )
        kind = (
            Kind.CONTAINS if starts and ends
            else Kind.SUFFIX if starts
            else Kind.PREFIX if ends
            else Kind.EXACT
        )
        return cls(kind, phrase, category, source, line_no, evidence_only)


def parse_rule_file(lines: Iterable[str], source: str, category: str | None = None) -> Iterator[Rule]:
    """Yield the rules of a file's lines, skipping comments and blank lines."""
    for line_no, line in enumerate(lines, start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        yield Rule.parse(text, source, line_no, category)


def shipped_languages() -> list[str]:
    """The languages that have rule files in the package."""
    root = resources.files("boilerstrip.rules") / "data"
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith("_"))


def shipped_rule_files(languages: Iterable[str] | None = None) -> Iterator[tuple[str, str]]:
    """Yield ``(source, text)`` for every shipped rule file, ``source`` being ``lang/category``."""
    root = resources.files("boilerstrip.rules") / "data"
    for lang in sorted(languages) if languages is not None else shipped_languages():
        folder = root / lang
        if not folder.is_dir():
            raise RuleError(f"no rules for language {lang!r}; shipped: {', '.join(shipped_languages())}")
        for entry in sorted(folder.iterdir(), key=lambda p: p.name):
            if entry.name.endswith(".txt"):
                yield f"{lang}/{entry.name[:-4]}", entry.read_text(encoding="utf-8")


def user_rule_category(path: Path, text: str) -> str:
    """A user file's category: a ``# category: NAME`` line, else the name (``site.donation.txt``)."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.lower().startswith("# category:"):
            name = stripped.split(":", 1)[1].strip()
            break
    else:
        parts = path.name.split(".")
        name = parts[-2] if len(parts) >= 3 else "other"
    if name not in CATEGORIES:
        raise RuleError(f"{path}: unknown category {name!r}; one of: {', '.join(CATEGORIES)}")
    return name


def load_rules(languages: Iterable[str] | None = None, extra_files: Iterable[str | Path] = ()) -> list[Rule]:
    """Read the shipped rules (all languages unless given) and the user's rule files. A user's
    regex that can backtrack without bound is refused (see :mod:`boilerstrip.rules.safety`)."""
    rules: list[Rule] = []
    for source, text in shipped_rule_files(languages):
        rules.extend(parse_rule_file(text.splitlines(), source))
    for name in extra_files:
        path = Path(name)
        try:
            # utf-8-sig: a byte-order mark at the start (Windows editors write one) is no rule text.
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise RuleError(f"{path}: cannot read rule file: {exc}") from None
        for rule in parse_rule_file(text.splitlines(), str(path), user_rule_category(path, text)):
            if rule.kind is Kind.REGEX:
                hazard = regex_hazard(rule.pattern)
                if hazard is not None:
                    raise RuleError(f"{rule.rule_id}: regular expression {rule.pattern!r} refused: {hazard}; "
                                    "rewrite it (docs/rules.md, 'Regular expressions')")
            rules.append(rule)
    return rules
