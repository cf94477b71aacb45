"""Run statistics (``--stats FILE``): what was removed, by category, rule and site, in flat memory.

One :class:`Stats` is filled per process (and, with ``-j N``, one per chunk in each worker, sent
back with the chunk's answer and merged in input order), so the figures are the same whatever
``-j`` is, as long as no table had to be cut (below).

Memory does not grow with the number of records:

- categories and rules are bounded by the rule set;
- sites (with ``--url-field``) and distinct removed lines each live in a table of at most
  ``2 * limit`` entries: when one fills up, the half with the fewest removed lines is folded into
  an ``other`` entry (so every total still adds up) and the count of folded entries is kept. A site
  or line folded away and seen again starts from zero: the figures of the entries kept are then
  lower bounds, and ``truncated`` says so. Lines are counted by a key that ignores case, spacing and
  digits (``52 Comments`` and ``3 comments`` are one line); their text is cut to
  :data:`MAX_LINE_CHARS`, and each keeps at most :data:`EXAMPLES_PER_LINE` examples.

>>> from boilerstrip.core import Removal
>>> stats = Stats(by_site=True)
>>> stats.add_document("Rain.\\nRead more\\n", [Removal(2, "Read more", "en/navigation:1", "navigation")],
...                    where="a.jsonl:1", url="https://www.example.org/rain")
>>> stats.categories["navigation"].lines, stats.sites["example.org"].lines, stats.documents.touched
(1, 1, 1)
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

#: Version of the JSON layout :meth:`Stats.as_dict` writes (the report reads it).
FORMAT = 1
#: Sites kept apart before the least active are folded into ``other`` (see the module's doc).
MAX_SITES = 1000
#: Distinct removed lines kept before the least frequent are folded.
MAX_LINES = 1000
#: Examples kept for each removed line: where it was seen.
EXAMPLES_PER_LINE = 3
#: A removed line's text is kept up to this many characters.
MAX_LINE_CHARS = 200
#: The site of a record with no usable URL.
NO_SITE = "(no url)"

_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"\s+")


class RemovalLike(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def rule_id(self) -> str: ...
    @property
    def category(self) -> str: ...


@dataclass
class Tally:
    """Removed lines and characters, and the documents with at least one such removal."""

    lines: int = 0
    chars: int = 0
    documents: int = 0

    def merge(self, other: Tally) -> None:
        self.lines += other.lines
        self.chars += other.chars
        self.documents += other.documents


@dataclass
class SiteTally(Tally):
    """A site's removals, with the documents seen (touched or not) and removals by category."""

    seen: int = 0
    categories: dict[str, int] = field(default_factory=dict)

    def merge(self, other: Tally) -> None:
        super().merge(other)
        if isinstance(other, SiteTally):
            self.seen += other.seen
            for name, lines in other.categories.items():
                self.categories[name] = self.categories.get(name, 0) + lines


@dataclass
class LineTally:
    """One removed line (all its spellings that share a key), how often, and where."""

    text: str
    category: str
    rule: str
    count: int = 0
    chars: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)

    def merge(self, other: LineTally) -> None:
        self.count += other.count
        self.chars += other.chars
        room = EXAMPLES_PER_LINE - len(self.examples)
        if room > 0:
            self.examples.extend(other.examples[:room])


@dataclass
class Documents:
    """Documents cleaned, touched (something removed) and dropped, with each drop's kind."""

    cleaned: int = 0
    touched: int = 0
    chars_before: int = 0
    lines_before: int = 0
    dropped: dict[str, int] = field(default_factory=dict)

    def merge(self, other: Documents) -> None:
        self.cleaned += other.cleaned
        self.touched += other.touched
        self.chars_before += other.chars_before
        self.lines_before += other.lines_before
        for kind, n in other.dropped.items():
            self.dropped[kind] = self.dropped.get(kind, 0) + n


def line_key(text: str) -> str:
    """What counts a removed line: case, runs of spaces and digits do not matter.

    >>> line_key("  52 Comments ") == line_key("3 comments")
    True
    """
    return _DIGITS.sub("0", _SPACE.sub(" ", text.strip()).casefold())[:MAX_LINE_CHARS]


def site_of(url: object) -> str:
    """The host of *url*, without ``www.``, lower-cased; :data:`NO_SITE` if there is none.

    >>> site_of("https://WWW.Example.org:8080/a?b"), site_of(None), site_of("not a url")
    ('example.org', '(no url)', '(no url)')
    """
    if not isinstance(url, str):
        return NO_SITE
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return NO_SITE
    if not host:
        return NO_SITE
    return host[4:] if host.startswith("www.") else host


class Stats:
    """The statistics of a run (or of one chunk of it, to be merged)."""

    def __init__(self, max_sites: int = MAX_SITES, max_lines: int = MAX_LINES, by_site: bool = False) -> None:
        self.max_sites = max_sites
        self.max_lines = max_lines
        self.by_site = by_site
        self.documents = Documents()
        self.removed = Tally()
        self.categories: dict[str, Tally] = {}
        self.rules: dict[str, Tally] = {}
        self.sites: dict[str, SiteTally] = {}
        self.other_sites = SiteTally()
        self.sites_folded = 0
        self.lines: dict[str, LineTally] = {}
        self.other_lines = Tally()
        self.lines_folded = 0

    # -- filling ---------------------------------------------------------------------------------

    def add_document(self, text: str, removals: Sequence[RemovalLike], *, where: str = "",
                     url: object = None) -> None:
        """Count one cleaned document: its text before cleaning and its removals."""
        docs = self.documents
        docs.cleaned += 1
        docs.chars_before += len(text)
        docs.lines_before += _count_lines(text)
        site: SiteTally | None = None
        if self.by_site:
            name = site_of(url)
            site = self.sites.get(name)
            if site is None:
                site = self.sites[name] = SiteTally()
                if len(self.sites) > 2 * self.max_sites:
                    self._fold_sites()
                    site = self.sites.setdefault(name, SiteTally())
            site.seen += 1
        if not removals:
            return
        docs.touched += 1
        self.removed.documents += 1
        if site is not None:
            site.documents += 1
        seen_categories: set[str] = set()
        seen_rules: set[str] = set()
        for removal in removals:
            chars = len(removal.text)
            self.removed.lines += 1
            self.removed.chars += chars
            category = self.categories.get(removal.category)
            if category is None:
                category = self.categories[removal.category] = Tally()
            category.lines += 1
            category.chars += chars
            if removal.category not in seen_categories:
                seen_categories.add(removal.category)
                category.documents += 1
            rule = self.rules.get(removal.rule_id)
            if rule is None:
                rule = self.rules[removal.rule_id] = Tally()
            rule.lines += 1
            rule.chars += chars
            if removal.rule_id not in seen_rules:
                seen_rules.add(removal.rule_id)
                rule.documents += 1
            if site is not None:
                site.lines += 1
                site.chars += chars
                site.categories[removal.category] = site.categories.get(removal.category, 0) + 1
            self._add_line(removal, chars, where, url)

    def add_drop(self, kind: str) -> None:
        """Count a dropped document (``empty``, ``kept-ratio``)."""
        self.documents.dropped[kind] = self.documents.dropped.get(kind, 0) + 1

    def _add_line(self, removal: RemovalLike, chars: int, where: str, url: object) -> None:
        key = line_key(removal.text)
        entry = self.lines.get(key)
        if entry is None:
            entry = self.lines[key] = LineTally(removal.text[:MAX_LINE_CHARS], removal.category, removal.rule_id)
            if len(self.lines) > 2 * self.max_lines:
                self._fold_lines()
                entry = self.lines.setdefault(key, entry)
        entry.count += 1
        entry.chars += chars
        if len(entry.examples) < EXAMPLES_PER_LINE:
            example = {"where": where, "text": removal.text[:MAX_LINE_CHARS]}
            if isinstance(url, str):
                example["url"] = url[:MAX_LINE_CHARS]
            entry.examples.append(example)

    # -- bounding ----------------------------------------------------------------------------------

    def _fold_sites(self) -> None:
        """Keep the :attr:`max_sites` sites with most removed lines (then most documents)."""
        ranked = sorted(self.sites.items(), key=lambda item: (-item[1].lines, -item[1].seen, item[0]))
        for _, tally in ranked[self.max_sites:]:
            self.other_sites.merge(tally)
        self.sites_folded += max(len(ranked) - self.max_sites, 0)
        self.sites = dict(ranked[: self.max_sites])

    def _fold_lines(self) -> None:
        """Keep the :attr:`max_lines` most frequent removed lines."""
        ranked = sorted(self.lines.items(), key=lambda item: (-item[1].count, item[0]))
        for _, entry in ranked[self.max_lines:]:
            self.other_lines.lines += entry.count
            self.other_lines.chars += entry.chars
        self.lines_folded += max(len(ranked) - self.max_lines, 0)
        self.lines = dict(ranked[: self.max_lines])

    # -- merging and writing ---------------------------------------------------------------------

    def merge(self, other: Stats) -> None:
        """Add *other*'s figures (another chunk or process of the same run)."""
        self.documents.merge(other.documents)
        self.removed.merge(other.removed)
        _merge_tallies(self.categories, other.categories.items())
        _merge_tallies(self.rules, other.rules.items())
        for name, site in other.sites.items():
            mine = self.sites.get(name)
            if mine is None:
                self.sites[name] = mine = SiteTally()
            mine.merge(site)
        self.other_sites.merge(other.other_sites)
        self.sites_folded += other.sites_folded
        if len(self.sites) > 2 * self.max_sites:
            self._fold_sites()
        for key, line in other.lines.items():
            entry = self.lines.get(key)
            if entry is None:
                self.lines[key] = LineTally(line.text, line.category, line.rule, line.count, line.chars,
                                            list(line.examples))
            else:
                entry.merge(line)
        self.other_lines.merge(other.other_lines)
        self.lines_folded += other.lines_folded
        if len(self.lines) > 2 * self.max_lines:
            self._fold_lines()

    def as_dict(self, **about: Any) -> dict[str, Any]:
        """The JSON document ``--stats`` writes; *about* adds fields that describe the run."""
        self._finish()
        docs = self.documents
        result: dict[str, Any] = {"format": FORMAT, **about}
        result["documents"] = {
            "cleaned": docs.cleaned, "touched": docs.touched,
            "dropped": dict(sorted(docs.dropped.items())),
            "written": docs.cleaned - sum(docs.dropped.values()),
        }
        result["before"] = {"lines": docs.lines_before, "chars": docs.chars_before}
        result["removed"] = _tally(self.removed)
        result["categories"] = {name: _tally(t) for name, t in _by_lines(self.categories)}
        result["rules"] = {name: _tally(t) for name, t in _by_lines(self.rules)}
        if self.by_site:
            result["sites"] = {
                "limit": self.max_sites,
                "truncated": self.sites_folded > 0,
                "folded": self.sites_folded,
                "other": _site(self.other_sites),
                "items": [{"site": name, **_site(t)} for name, t in
                          sorted(self.sites.items(), key=lambda i: (-i[1].lines, -i[1].seen, i[0]))],
            }
        result["lines"] = {
            "limit": self.max_lines,
            "truncated": self.lines_folded > 0,
            "folded": self.lines_folded,
            "other": {"lines": self.other_lines.lines, "chars": self.other_lines.chars},
            "items": [
                {"text": e.text, "count": e.count, "chars": e.chars, "category": e.category, "rule": e.rule,
                 "examples": e.examples}
                for e in sorted(self.lines.values(), key=lambda e: (-e.count, e.text))
            ],
        }
        return result

    def _finish(self) -> None:
        """Bring the tables down to their limits for writing."""
        if len(self.sites) > self.max_sites:
            self._fold_sites()
        if len(self.lines) > self.max_lines:
            self._fold_lines()


def _count_lines(text: str) -> int:
    """Non-blank lines, as the cleaner counts lines it may remove."""
    return sum(1 for line in text.splitlines() if line.strip())


def _merge_tallies(mine: dict[str, Tally], theirs: Iterable[tuple[str, Tally]]) -> None:
    for name, tally in theirs:
        entry = mine.get(name)
        if entry is None:
            mine[name] = entry = Tally()
        entry.merge(tally)


def _by_lines(tallies: dict[str, Tally]) -> list[tuple[str, Tally]]:
    return sorted(tallies.items(), key=lambda item: (-item[1].lines, item[0]))


def _tally(t: Tally) -> dict[str, int]:
    return {"lines": t.lines, "chars": t.chars, "documents": t.documents}


def _site(t: SiteTally) -> dict[str, Any]:
    return {"documents": t.seen, "touched": t.documents, "lines": t.lines, "chars": t.chars,
            "categories": dict(sorted(t.categories.items(), key=lambda i: (-i[1], i[0])))}
