"""Line labels for fitting the decision's weights, from the tune part of the benchmark sets.

Each source gives, for lines of an extractor's output, a label (1 boilerplate, 0 content) and a
confidence that becomes the line's weight in the fit (``bench/fit.py``). Only pages of the
**tune** part (``bench/split.py``) are ever labelled here.

- ``modern-dev``, ``multilingual-dev``: every line labelled by hand (content lines marked unsure
  are left out). Most trusted.
- ``wcxb-dev``: a line that is mostly a ``without`` snippet is boilerplate, a line holding a
  ``with`` snippet is content; other lines of four words or more are labelled by the gold text
  (at least half of their words found in it, the gold used up as it is matched: content). That
  gold leaves out headings, captions and code on some pages, so those labels weigh less.
- ``l3s-gn1``: its human block labels (headline, full text and supplemental are content; related,
  comments and not-content are boilerplate), found by the words of each line in the blocks'.
- ``dragnet`` (train split) and ``cleaneval``: the gold text alone, weighing least. cleaneval's
  gold keeps reader comments, so its pages are cleaned with ``keep_comments``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import split

WORD = re.compile(r"\w+")

#: How much a label of each kind weighs in the fit.
W_HAND = 3.0  #: a hand-labelled line
W_SNIPPET = 2.0  #: a wcxb-dev snippet
W_BLOCK = 1.0  #: an l3s-gn1 block label
W_GOLD = 0.15  #: a wcxb-dev line labelled by the gold text
W_OLD_GOLD = 0.0  #: a dragnet or cleaneval line labelled by the gold text (not used in the fit)
#: Lines shorter than this many words are not labelled by a gold text: a few common words are
#: found in any gold.
GOLD_MIN_WORDS = 4
#: A line is a ``without`` snippet when the snippet makes up at least this share of it.
SNIPPET_SHARE = 0.5

SOURCES = ("modern-dev", "multilingual-dev", "wcxb-dev", "l3s-gn1")


@dataclass
class Page:
    """One tune page: its input text, whether comments are content, and its labelled lines."""

    dataset: str
    id: str
    text: str
    keep_comments: bool
    #: input line index (as ``boilerstrip.text.segment.split_lines`` cuts the text) -> (label, weight)
    labels: dict[int, tuple[int, float]]
    page_type: str = ""
    #: the page's address, where the set has one: the cleaner reads it as a hint (thread pages)
    url: str | None = None


def _ws(text: str) -> str:
    return " ".join(text.split()).lower()


def _gold_flags(lines: list[str], gold: str) -> list[bool | None]:
    """For each line: whether at least half its words are found in the gold (used up as matched),
    None for a line without words."""
    left = Counter(WORD.findall(gold.lower()))
    flags: list[bool | None] = []
    for line in lines:
        tokens = Counter(WORD.findall(line.lower()))
        if not tokens:
            flags.append(None)
            continue
        found = sum((tokens & left).values())
        if found * 2 >= sum(tokens.values()):
            left -= tokens
            flags.append(True)
        else:
            flags.append(False)
    return flags


def _input_lines(text: str) -> list[str]:
    from boilerstrip.text.segment import split_lines

    return [line.strip() for line in split_lines(text)]


def hand_labels(page: dict[str, Any]) -> Page:
    text = page["extracted"]["text"]
    lines = _input_lines(text)
    labels: dict[int, tuple[int, float]] = {}
    marked = [x for x in page["lines"]]
    # extracted.text is the labelled lines joined by newlines: line i is marked[i]
    for i, (line, mark) in enumerate(zip(lines, marked, strict=False)):
        if not line or line != mark["text"].strip():
            continue
        if mark["label"] == "boilerplate":
            labels[i] = (1, W_HAND)
        elif not mark.get("unsure"):
            labels[i] = (0, W_HAND)
    return Page(page.get("_dataset", ""), page["id"], text, False, labels, url=page.get("url"))


def wcxb_labels(page: dict[str, Any]) -> Page:
    text = page["extracted"]["trafilatura"] or ""
    lines = _input_lines(text)
    without = [s for s in (_ws(x) for x in page.get("without") or []) if s]
    with_ = [s for s in (_ws(x) for x in page.get("with") or []) if s]
    flags = _gold_flags(lines, page.get("gold") or "")
    labels: dict[int, tuple[int, float]] = {}
    for i, line in enumerate(lines):
        if not line:
            continue
        norm = _ws(line)
        if any(s in norm and len(s) >= SNIPPET_SHARE * len(norm) for s in without):
            labels[i] = (1, W_SNIPPET)
        elif any(s in norm for s in with_):
            labels[i] = (0, W_SNIPPET)
        elif flags[i] is not None and len(line.split()) >= GOLD_MIN_WORDS:
            labels[i] = (0 if flags[i] else 1, W_GOLD)
    return Page("wcxb-dev", page["id"], text, False, labels, page.get("page_type") or "", page.get("url"))


_CONTENT_BLOCKS = frozenset({"headline", "fulltext", "supplemental"})


def l3s_labels(page: dict[str, Any]) -> Page:
    """Each line's words found in order in the blocks' words; its label is its blocks' majority."""
    text = page["extracted"]["trafilatura"] or ""
    lines = _input_lines(text)
    tokens: list[str] = []
    marks: list[int] = []
    for block in page.get("gold_blocks") or []:
        words = WORD.findall(block["text"].lower())
        tokens.extend(words)
        marks.extend([0 if block["label"] in _CONTENT_BLOCKS else 1] * len(words))
    starts: dict[str, list[int]] = {}
    for k, token in enumerate(tokens):
        starts.setdefault(token, []).append(k)
    labels: dict[int, tuple[int, float]] = {}
    for i, line in enumerate(lines):
        # the blocks' non-ASCII characters were replaced by "?": compare ASCII words only
        words = [w for w in WORD.findall(line.lower()) if w.isascii()]
        if len(words) < 2:
            continue
        for k in starts.get(words[0], ()):
            if tokens[k:k + len(words)] == words:
                share = sum(marks[k:k + len(words)]) / len(words)
                labels[i] = (1 if share > 0.5 else 0, W_BLOCK)
                break
    return Page("l3s-gn1", page["id"], text, False, labels, url=page.get("url"))


def gold_labels(page: dict[str, Any], dataset: str) -> Page:
    text = page["extracted"]["trafilatura"] or ""
    lines = _input_lines(text)
    flags = _gold_flags(lines, page.get("gold") or "")
    labels = {
        i: (0 if flag else 1, W_OLD_GOLD)
        for i, (line, flag) in enumerate(zip(lines, flags, strict=True))
        if flag is not None and len(line.split()) >= GOLD_MIN_WORDS
    }
    return Page(dataset, page["id"], text, dataset == "cleaneval", labels, url=page.get("url"))


def tune_pages(bench: Path, datasets: tuple[str, ...] = SOURCES) -> Iterator[Page]:
    """Every labelled page of the tune part of *datasets*."""
    for dataset in datasets:
        if not (bench / dataset / "pages.jsonl.gz").exists():
            continue
        for page in split.pages(bench, dataset):
            if split.part(page) != split.TUNE:
                continue
            page["_dataset"] = dataset
            if "lines" in page:
                labelled = hand_labels(page)
                labelled.dataset = dataset
            elif dataset == "wcxb-dev":
                if not WORD.search(page.get("gold") or ""):
                    continue
                labelled = wcxb_labels(page)
            elif dataset == "l3s-gn1":
                labelled = l3s_labels(page)
            else:
                if not WORD.search(page.get("gold") or ""):
                    continue
                labelled = gold_labels(page, dataset)
            if labelled.text and labelled.labels:
                yield labelled
