"""The HTML report of a ``--stats`` file: one self-contained page, drawn in the browser.

The page holds everything it shows: its style, a small script that draws the charts as inline
SVG, and the statistics themselves as JSON. It loads nothing (a Content-Security-Policy forbids
it), so it can be opened offline, mailed or archived. Text from the corpus reaches the page only
as data and is put in with ``textContent``, never as markup.

>>> page = render({"format": 1, "documents": {"cleaned": 1}, "lines": {"items": [{"text": "</script><b>"}]}})
>>> page.startswith("<!DOCTYPE html>"), "</script><b>" in page, "http://" in page.replace(SVG_NS, "")
(True, False, False)
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from boilerstrip.io.stats import FORMAT

#: The SVG namespace the script names (a name, not an address the page loads).
SVG_NS = "http://www.w3.org/2000/svg"
#: Where the statistics go in the template.
PLACEHOLDER = "__STATS__"


class ReportError(ValueError):
    """A statistics document the report cannot draw."""


def check(stats: Any) -> dict[str, Any]:
    """*stats* if it is a ``--stats`` document of a format this version draws, else ReportError."""
    if not isinstance(stats, dict) or "documents" not in stats:
        raise ReportError("not a boilerstrip --stats file (no 'documents')")
    version = stats.get("format")
    if version != FORMAT:
        raise ReportError(f"statistics format {version!r}; this boilerstrip draws format {FORMAT}")
    return stats


def _script_safe(data: Any) -> str:
    """JSON that cannot end the ``<script>`` element it sits in, nor open a comment in it."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def render(stats: dict[str, Any]) -> str:
    """The report page for *stats* (a ``--stats`` document)."""
    template = resources.files("boilerstrip.report").joinpath("template.html").read_text(encoding="utf-8")
    return template.replace(PLACEHOLDER, _script_safe(check(stats)), 1)
