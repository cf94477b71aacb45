"""HTML in: decode and parse the page, prune its boilerplate elements, extract, clean the text.

>>> page = '''<html><body><article><h1>Rain returns</h1>
... <p>Farmers in the valley welcomed the first rain in months on Tuesday after a dry spring.</p>
... <p>The forecast promises more showers for the rest of the week, the weather service said.</p>
... </article><div class="newsletter-box"><p>Sign up for our newsletter today</p></div>
... </body></html>'''
>>> print(strip_html(page), end="")
Rain returns
Farmers in the valley welcomed the first rain in months on Tuesday after a dry spring.
The forecast promises more showers for the rest of the week, the weather service said.
>>> [r.rule_id for r in explain_html(page).dom_removals]
['dom:class-token:newsletter']
>>> explain_html(b"").reason
'empty input'

Needs trafilatura and lxml (both dependencies of boilerstrip).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml.html import HtmlElement

from boilerstrip.config import Config
from boilerstrip.core import Cleaner, Removal
from boilerstrip.html_decode import decode_html, looks_like_html, parse_html
from boilerstrip.html_prune import DomRemoval, PruneOptions, prune

__all__ = ["DomRemoval", "HtmlExplanation", "HtmlOptions", "explain_html", "strip_html"]

#: Pages longer than this many characters (after decoding) are refused with a stated reason
#: rather than parsed: no article page comes near it, and it bounds the time one record can take.
MAX_PAGE_CHARS = 50_000_000


@dataclass(frozen=True)
class HtmlOptions:
    """Settings of the HTML path; the text stage keeps using :class:`~boilerstrip.config.Config`."""

    #: Keep reader comments (trafilatura's ``include_comments``, and the DOM comment cues off).
    include_comments: bool = False
    #: Run the DOM stage (the cues of :mod:`boilerstrip.html_prune`) before extraction.
    prune: bool = True
    #: Run the text cleaner on the extracted text.
    clean_text: bool = True
    #: Keep tables in the extracted text (trafilatura's ``include_tables``).
    include_tables: bool = True
    #: Refuse pages longer than this many characters (see :data:`MAX_PAGE_CHARS`).
    max_chars: int = MAX_PAGE_CHARS


@dataclass(frozen=True)
class HtmlExplanation:
    """The cleaned text, and every removal of both stages; ``reason`` says why the text is empty."""

    text: str
    dom_removals: tuple[DomRemoval, ...]
    removals: tuple[Removal, ...]  #: the text stage's removals, numbered on the extracted text
    extracted: str = ""  #: the text as extracted, before the text stage
    encoding: str | None = None  #: the encoding the bytes were read with (None for str input)
    reason: str | None = None  #: why nothing was extracted, or None
    notes: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, object]:
        return {
            "text": self.text,
            "reason": self.reason,
            "encoding": self.encoding,
            "dom_removals": [r.as_dict() for r in self.dom_removals],
            "removals": [r.as_dict() for r in self.removals],
        }


def strip_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> str:
    """The article text of an HTML page, with its boilerplate removed ("" when there is none)."""
    return explain_html(html, url, config, options).text


def explain_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> HtmlExplanation:
    """As :func:`strip_html`, with the removals of the DOM and text stages and a reason when empty."""
    options = options or HtmlOptions()
    if not isinstance(html, (bytes, bytearray, str)):
        raise TypeError(f"html must be bytes or str, not {type(html).__name__}")
    if not html or not (html.strip() if isinstance(html, str) else bytes(html).strip()):
        return _empty("empty input")
    decoded = decode_html(bytes(html) if isinstance(html, bytearray) else html)
    if len(decoded.text) > options.max_chars:
        return _empty(f"page too large: {len(decoded.text)} characters (limit {options.max_chars})",
                      decoded.encoding)
    if not looks_like_html(decoded.text):
        return _empty("not HTML: no markup found (use boilerstrip.strip for plain text)", decoded.encoding)
    root = parse_html(decoded.text)
    if root is None:
        return _empty("not HTML: the parser found no document", decoded.encoding)
    config = config or Config()
    if options.include_comments:
        # comments were asked for: the text stage must not take them out again
        config = config.replace(disabled=config.disabled | {"comments"})
    cleaner = Cleaner(config)
    dom_removals: list[DomRemoval] = []
    if options.prune:
        dom_removals = prune(root, cleaner.rules, PruneOptions(keep_comments=options.include_comments))
    extracted = _extract(root, url, options)
    if not extracted.strip():
        return HtmlExplanation("", tuple(dom_removals), (), "", decoded.encoding,
                               "no article found: the extractor returned no main text")
    if not options.clean_text:
        return HtmlExplanation(extracted, tuple(dom_removals), (), extracted, decoded.encoding)
    cleaned = cleaner.explain(extracted)
    reason = None if cleaned.text.strip() else "every extracted line was removed as boilerplate"
    return HtmlExplanation(cleaned.text, tuple(dom_removals), cleaned.removals, extracted,
                           decoded.encoding, reason)


def _extract(root: HtmlElement, url: str | None, options: HtmlOptions) -> str:
    import trafilatura

    text = trafilatura.extract(
        root,
        url=url,
        include_comments=options.include_comments,
        include_tables=options.include_tables,
        deduplicate=False,
    )
    return (text or "").strip() + "\n" if text and text.strip() else ""


def _empty(reason: str, encoding: str | None = None) -> HtmlExplanation:
    return HtmlExplanation("", (), (), "", encoding, reason)
