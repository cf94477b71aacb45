"""Evidence from the lexicons: the rule a line matches (its id, ``en/subscribe:40``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boilerstrip.text.document import Document


def classify_rules(doc: Document) -> None:
    """Remove every line a rule matches on its own."""
    for i, found in enumerate(doc.matches()):
        if found is not None:
            doc.add(i, found.rule_id, found.category, found.rule.feature)
