"""``boilerstrip.strip_html`` and ``boilerstrip.explain_html``, importing the HTML path on first use.

``import boilerstrip`` stays fast and does not load trafilatura; the first call does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boilerstrip.config import Config
    from boilerstrip.html.pipeline import HtmlExplanation, HtmlOptions


def strip_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> str:
    """The article text of an HTML page, with its boilerplate removed (see :mod:`boilerstrip.html.pipeline`)."""
    from boilerstrip.html.pipeline import strip_html as run

    return run(html, url, config, options)


def explain_html(
    html: bytes | str,
    url: str | None = None,
    config: Config | None = None,
    options: HtmlOptions | None = None,
) -> HtmlExplanation:
    """As :func:`strip_html`, with the removals of every stage and a reason when the text is empty."""
    from boilerstrip.html.pipeline import explain_html as run

    return run(html, url, config, options)
