"""boilerstrip: remove boilerplate lines from extracted article text.

>>> import boilerstrip
>>> boilerstrip.strip("Share this article\\nThe council approved the budget on Tuesday.\\n")
'The council approved the budget on Tuesday.\\n'

The names below are loaded on first use (PEP 562): ``import boilerstrip`` itself reads no rules
and imports no dependency, so the ``boilerstrip`` command starts its own handling of Ctrl-C before
anything slow happens (a Ctrl-C during start-up ends it quietly, not with a traceback).
"""

from __future__ import annotations

# Not typing.TYPE_CHECKING: importing typing alone takes longer than the rest of this module.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from boilerstrip.config import PRESETS as PRESETS
    from boilerstrip.config import Config as Config
    from boilerstrip.core import Cleaner as Cleaner
    from boilerstrip.core import Explanation as Explanation
    from boilerstrip.core import Removal as Removal
    from boilerstrip.html import explain_html as explain_html
    from boilerstrip.html import strip_html as strip_html
    from boilerstrip.rules import CATEGORIES as CATEGORIES
    from boilerstrip.rules import RuleError as RuleError

    #: True when the cleaner's core runs compiled (see :func:`_compiled`).
    COMPILED: bool

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "COMPILED",
    "PRESETS",
    "Cleaner",
    "Config",
    "Explanation",
    "Removal",
    "RuleError",
    "__version__",
    "explain",
    "explain_html",
    "strip",
    "strip_html",
]

#: Where each lazily loaded name lives.
_LAZY = {
    "PRESETS": "boilerstrip.config",
    "Config": "boilerstrip.config",
    "Cleaner": "boilerstrip.core",
    "Explanation": "boilerstrip.core",
    "Removal": "boilerstrip.core",
    "explain_html": "boilerstrip.html",
    "strip_html": "boilerstrip.html",
    "CATEGORIES": "boilerstrip.rules",
    "RuleError": "boilerstrip.rules",
}


def __getattr__(name: str) -> Any:
    if name == "COMPILED":
        value: Any = _compiled()
    elif name in _LAZY:
        value = getattr(__import__(_LAZY[name], fromlist=[name]), name)
    else:
        raise AttributeError(f"module 'boilerstrip' has no attribute {name!r}")
    globals()[name] = value  # later look-ups find it directly
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


def _compiled() -> bool:
    """True when the cleaner's core runs compiled (with mypyc, and its per-character scans in C,
    boilerstrip._native: a regular install where a C compiler was at hand; see setup.py), False
    for plain Python (an editable install). The output is the same."""
    from importlib.machinery import EXTENSION_SUFFIXES

    from boilerstrip import core
    from boilerstrip.text import shape

    return (core.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES)) and shape.NATIVE


def strip(text: str, config: Config | None = None, url: str | None = None) -> str:
    """Return *text* with its boilerplate lines removed; kept lines are byte-identical, in order.

    *url*, the page's address where known, hints at the page's kind: on a discussion thread's
    address (a forum topic, a Q&A question) the replies are the content and are kept."""
    from boilerstrip.core import Cleaner
    from boilerstrip.text.check import check_text

    check_text(text, "strip")
    return Cleaner(config).strip(text, url)


def explain(text: str, config: Config | None = None, url: str | None = None) -> Explanation:
    """Return the cleaned text and, for each removed line, its number, text, rule id and category."""
    from boilerstrip.core import Cleaner
    from boilerstrip.text.check import check_text

    check_text(text, "explain")
    return Cleaner(config).explain(text, url)
