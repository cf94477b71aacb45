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

from boilerstrip.normalise import lower

CONTACT = re.compile(
    r"\b(?:can be reached at|can be contacted at|can be reached by e-?mail|e-?mail (?:him|her|them) at)\b"
    r"|^(?:contact|e-?mail|reach) (?:the )?(?:writer|author|reporter)\b",
    re.IGNORECASE,
)
#: Every alternative of CONTACT holds one of these words: a line whose lower-cased form holds
#: none of them cannot match, and three substring tests are far cheaper than the search.
CONTACT_WORDS = ("reach", "contact", "mail")
#: Characters that a case-insensitive pattern matches to an ASCII letter although ``str.lower``
#: makes them something else ("İ" and "ı" match "i", "ſ" matches "s"): a line holding one is
#: always searched.
CASE_ODD = ("\u0130", "\u0131", "\u017f")


def is_contact(text: str) -> bool:
    """True when *text* is an author's contact line (CONTACT matches it)."""
    lowered = lower(text)
    if not any(word in lowered for word in CONTACT_WORDS) and (
        text.isascii() or not any(ch in text for ch in CASE_ODD)
    ):
        return False
    return CONTACT.search(text) is not None
