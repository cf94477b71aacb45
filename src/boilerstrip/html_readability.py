"""readability's text of a page for the vote, without running readability a second time.

``trafilatura.extract`` runs readability itself (trafilatura's copy of it, in
``trafilatura.external.compare_extraction``) on its own copy of the page, to compare with its
own extraction. :func:`seen_readability` wraps that call, once per process, so that the text of
the summary readability returned is kept for the vote: the vote then costs no readability run of
its own (about as much time as the prune pass). The wrapper hands trafilatura the very summary
readability returned, so trafilatura's results do not change, inside boilerstrip or out; it only
records when a :func:`seen_readability` block is open in the same thread or task. When
trafilatura did not call readability (it gave up on the page first, or a trafilatura version
calls it another way), :func:`readability_text` runs readability on the page as before.

>>> from lxml.html import fromstring
>>> page = fromstring("<html><body><div><p>First block</p>Loose text<br>after a break</div></body></html>")
>>> print(summary_text(page), end="")
First block
Loose text
after a break
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["readability_text", "seen_readability", "summary_text"]

#: Elements that end a line in readability's output.
BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "pre", "blockquote",
                    "td", "dd", "dt", "section", "article", "table", "ul", "ol"})

#: The texts of the summaries readability returned inside the open :func:`seen_readability` block.
_SEEN: ContextVar[list[str] | None] = ContextVar("boilerstrip_seen_readability", default=None)
#: Marks the wrapper, so that it is installed once.
_WRAPPED = "_boilerstrip_records_summaries"


def summary_text(summary: HtmlElement) -> str:
    """The text of a readability summary, one block a line, spaces collapsed (the tree is not changed)."""
    parts: list[str] = []
    for event, el in etree.iterwalk(summary, events=("start", "end")):
        tag = el.tag
        if event == "start":
            if tag in BLOCKS and tag != "br":
                parts.append("\n")
            if el.text and isinstance(tag, str):
                parts.append(el.text)
        else:
            if tag in BLOCKS:
                parts.append("\n")
            if el.tail:
                parts.append(el.tail)
    # each line's words joined by single spaces, blank lines dropped (map and filter keep it in C)
    text = "\n".join(map(" ".join, filter(None, map(str.split, "".join(parts).split("\n")))))
    return text + "\n" if text else ""


def readability_text(root: HtmlElement) -> str | None:
    """readability's text of *root* (trafilatura's copy of it), or None if unavailable; *root* is changed."""
    try:
        from trafilatura.external import try_readability
    except ImportError:  # pragma: no cover - a trafilatura without its readability copy
        return None
    return summary_text(try_readability(root))


@contextmanager
def seen_readability(record: bool = True) -> Iterator[list[str]]:
    """Inside the block, the text of the first summary trafilatura's readability call returns is
    appended to the list given (it stays empty when readability is not called, or *record* is false)."""
    seen: list[str] = []
    token = _SEEN.set(seen if record and _wrap_readability() else None)
    try:
        yield seen
    finally:
        _SEEN.reset(token)


def _wrap_readability() -> bool:
    """Wrap ``trafilatura.external.try_readability`` (once); False when it is not there."""
    try:
        from trafilatura import external
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return False
    original: Callable[[HtmlElement], HtmlElement] | None = getattr(external, "try_readability", None)
    if original is None:  # pragma: no cover - a trafilatura without its readability copy
        return False
    if getattr(original, _WRAPPED, False):
        return True

    def try_readability(htmlinput: HtmlElement) -> HtmlElement:
        summary = original(htmlinput)
        seen = _SEEN.get()
        if seen is not None and not seen:
            # the text now: trafilatura may go on to change the summary it keeps
            seen.append(summary_text(summary))
        return summary

    setattr(try_readability, _WRAPPED, True)
    try_readability.__doc__ = original.__doc__
    external.try_readability = try_readability
    return True
