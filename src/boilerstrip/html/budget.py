"""The budget of one page: what the HTML path refuses, with a stated reason, before the work
whose time grows with it (parsing, pruning, trafilatura, readability).

A page over :data:`MAX_PAGE_CHARS` characters, or with more than :data:`MAX_ELEMENTS` elements or
:data:`MAX_ATTRIBUTES` attributes, or with an element of more than :data:`MAX_ELEMENT_ATTRIBUTES`
attributes, gets no text and a reason (``"page too large: ..."``). The limits are many times what
real pages have: over the 3,937 pages of the shared benchmark (cleaneval, dragnet, l3s-gn1,
multilingual-dev, wcxb-dev) the largest has 5.3 million characters, 15,793 elements and 39,076
attributes. Within them a page takes seconds at most (bench/pathological.py, the ``html-*`` cases): the time
grows linearly with the page's size but for many short paragraphs, where trafilatura's own
extraction grows faster (see :data:`MAX_ELEMENTS`).

The attributes of one element are counted before parsing: libxml2 checks each attribute against
the element's others, so an element of 40,000 attributes took 4 s to parse here and one of a million
would take most of an hour. Elements and attributes are counted on the parsed tree, in C (XPath
``count``), before anything else walks it.

>>> over_element_attributes('<p><div ' + ' '.join(f'a{i}="x"' for i in range(6000)) + '>', 5000)
'an element with about 6,000 attributes (limit 5,000 per element)'
>>> over_element_attributes('<img src="data:image/png;base64,' + 'A' * 10_000 + '">', 1000) is None
True
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

#: Characters of a page's decoded text.
MAX_PAGE_CHARS = 50_000_000
#: Elements of the parsed page. trafilatura's extraction grows faster than the page here (4 times
#: the paragraphs took 5.8 times as long, bench/pathological.py's html-paragraphs): this limit,
#: nearly 4 times the benchmark's largest page, keeps the worst page to seconds.
MAX_ELEMENTS = 60_000
#: Attributes of the parsed page, all elements together.
MAX_ATTRIBUTES = 250_000
#: Attributes of one element (counted before parsing; the benchmark's most is about 640).
MAX_ELEMENT_ATTRIBUTES = 5_000

#: Before parsing, the attributes of the tags at least this long are counted (each attribute takes
#: at least two characters, a name and a space, so a shorter tag holds at most 64): their sum must
#: stay within MAX_ATTRIBUTES too. With the limit per element, this bounds the parser's checks of
#: attributes against each other (at most 64 or MAX_ELEMENT_ATTRIBUTES per attribute counted).
LONG_TAG_CHARS = 128
#: An opening tag's text up to its end (or the next "<"): the runs never overlap, so finding them
#: all is linear in the page.
_LONG_TAG_RE = re.compile(f"<[A-Za-z][^<>]{{{LONG_TAG_CHARS - 2},}}")
#: A quoted attribute value: its spaces separate no attributes.
_QUOTED = re.compile(r'"[^"]*"|\'[^\']*\'')


def over_element_attributes(text: str, limit: int, total_limit: int = MAX_ATTRIBUTES) -> str | None:
    """The reason *text* is over budget for the attributes of its long tags, or None: one with
    more than *limit*, or more than *total_limit* in all.

    Counting a tag's attributes (setting its quoted values aside) took more than half of the
    check's time on the benchmark's pages, so the tags are first bounded by their length: a tag of
    *n* characters holds at most (*n* - 1) / 2 attributes (each takes a name and a space). Only a
    tag whose bound is over *limit* is counted, and only when the bounds together pass
    *total_limit* is every tag counted (:func:`_count_all`): the reason is the same as if all were.
    """
    bound = 0
    for found in _LONG_TAG_RE.finditer(text):
        end = text.find(">", found.end())
        size = (end if end >= 0 else len(text)) - found.start()
        bound += (size - 1) // 2
        if bound > total_limit:
            return _count_all(text, limit, total_limit)
        if (size - 1) // 2 > limit:
            count = _attributes(text, found, end)
            if count > limit:
                return f"an element with about {count:,} attributes (limit {limit:,} per element)"
    return None


def _attributes(text: str, found: re.Match[str], end: int) -> int:
    """The attributes of the long tag *found* in *text*, up to its end at *end* (-1: none)."""
    if end < 0:
        end = len(text)
    # the attributes are the runs between spaces, once the quoted values are set aside
    return len(_QUOTED.sub("", found.group() + text[found.end():end]).split()) - 1


def _count_all(text: str, limit: int, total_limit: int) -> str | None:
    """:func:`over_element_attributes`, counting every long tag's attributes."""
    total = 0
    for found in _LONG_TAG_RE.finditer(text):
        count = _attributes(text, found, text.find(">", found.end()))
        if count > limit:
            return f"an element with about {count:,} attributes (limit {limit:,} per element)"
        total += count
        if total > total_limit:
            return f"over {total_limit:,} attributes in its long tags alone (limit {total_limit:,})"
    return None


def over_tree(root: HtmlElement, max_elements: int, max_attributes: int) -> str | None:
    """The reason the parsed page *root* is over budget for elements or attributes, or None."""
    elements = int(root.xpath("count(//*)"))
    if elements > max_elements:
        return f"{elements:,} elements (limit {max_elements:,})"
    attributes = int(root.xpath("count(//@*)"))
    if attributes > max_attributes:
        return f"{attributes:,} attributes (limit {max_attributes:,})"
    return None
