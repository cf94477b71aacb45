"""readability's text of a page, for the vote of :mod:`boilerstrip.html.pipeline`.

readability is trafilatura's copy of it (``trafilatura.external.try_readability``); the summary it
returns is turned into text one block a line, the way the vote compares it with trafilatura's.

>>> from lxml.html import fromstring
>>> page = fromstring("<html><body><div><p>First block</p>Loose text<br>after a break</div></body></html>")
>>> print(summary_text(page), end="")
First block
Loose text
after a break
"""

from __future__ import annotations

from lxml import etree
from lxml.html import HtmlElement

__all__ = ["readability_text", "summary_text"]

#: Elements that end a line in readability's output.
BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "pre", "blockquote",
                    "td", "dd", "dt", "section", "article", "table", "ul", "ol"})


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
