"""The author's contact line that closes a news article ("Jane Doe can be reached at ...").

>>> is_contact("Staff writer Jane Doe can be reached at 555-0100.")
True
>>> is_contact("Contact the writer: jdoe@example.com"), is_contact("CAN BE REACHED AT x")
(True, True)
>>> is_contact("The rescuers could not reach the village.")
False
"""

from __future__ import annotations

import re
from typing import Final

CONTACT: Final = re.compile(
    r"\b(?:can be reached at|can be contacted at|can be reached by e-?mail|e-?mail (?:him|her|them) at)\b"
    r"|^(?:contact|e-?mail|reach) (?:the )?(?:writer|author|reporter)\b",
    re.IGNORECASE,
)
#: Every alternative of CONTACT holds one of these words: a line that holds none of them, in any
#: case (see :func:`py_mentions`), cannot match, and that test is far cheaper than the search.
CONTACT_WORDS: Final = ("reach", "contact", "mail")
#: Characters that a case-insensitive pattern matches to an ASCII letter although they are none
#: ("İ" and "ı" match "i", "ſ" matches "s", the Kelvin sign "K" matches "k"): a line holding one
#: is always searched.
CASE_ODD: Final = ("\u0130", "\u0131", "\u017f", "\u212a")


def py_mentions(text: str, words: tuple[str, ...]) -> bool:
    """Whether *text* may hold one of *words* (lower-case ASCII) in any case, as a case-insensitive
    pattern would find it: it does once its ASCII letters are lower-cased, or it holds one of
    :data:`CASE_ODD`. The definition of the C scan.

    >>> py_mentions("E-MAIL HIM", ("mail",)), py_mentions("Maıl", ("mail",)), py_mentions("Mai", ("mail",))
    (True, True, False)
    """
    folded = text.encode("ascii", "replace").lower()
    return any(word.encode() in folded for word in words) or case_odd(text)


def case_odd(text: str) -> bool:
    """Whether *text* holds one of :data:`CASE_ODD`: a test that lower-cases a line before looking
    for ASCII words must let such a line through to the case-insensitive pattern ("ſays")."""
    return not text.isascii() and any(char in text for char in CASE_ODD)


try:
    from boilerstrip._native import mentions as mentions
except ImportError:  # a plain-Python build: no C extension
    mentions = py_mentions


def is_contact(text: str) -> bool:
    """True when *text* is an author's contact line (CONTACT matches it)."""
    return mentions(text, CONTACT_WORDS) and CONTACT.search(text) is not None
