"""boilerstrip: remove boilerplate lines from extracted article text.

>>> import boilerstrip
>>> boilerstrip.strip("Share this article\\nThe council approved the budget on Tuesday.\\n")
'The council approved the budget on Tuesday.\\n'
"""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES

from boilerstrip import core as _core
from boilerstrip.config import PRESETS, Config
from boilerstrip.core import Cleaner, Explanation, Removal
from boilerstrip.html import explain_html as explain_html
from boilerstrip.html import strip_html as strip_html
from boilerstrip.rules import CATEGORIES, RuleError
from boilerstrip.text import shape as _shape

__version__ = "0.1.0"

#: True when the cleaner's core runs compiled (with mypyc, and its per-character scans in C,
#: boilerstrip._native: a regular install where a C compiler was at hand; see setup.py), False for
#: plain Python (an editable install). The output is the same.
COMPILED: bool = (_core.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES)) and _shape.NATIVE

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
    "strip",
]


def strip(text: str, config: Config | None = None) -> str:
    """Return *text* with its boilerplate lines removed; kept lines are byte-identical, in order."""
    return Cleaner(config).strip(text)


def explain(text: str, config: Config | None = None) -> Explanation:
    """Return the cleaned text and, for each removed line, its number, text, rule id and category."""
    return Cleaner(config).explain(text)
