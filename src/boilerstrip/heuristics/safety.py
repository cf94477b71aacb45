"""The ``safety`` family: the valve that keeps an article about boilerplate (``safety:share``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from boilerstrip.text.document import Document

from boilerstrip.rules import Kind

#: Removals that count as certain whatever the safety check says: a proven comment section, and
#: what follows a line that closes the article.
_CERTAIN_IDS = (
    "tail:comments", "tail:after-copyright", "tail:after-contact", "tail:after-comments", "tail:after-tags",
)


def safety(doc: Document) -> None:
    """When the removals would take most of a document, keep only the certain ones.

    An article about newsletters or donations is full of lines that look like prompts; what
    survives a wholesale removal is what no article would say: exact boilerplate lines and a
    proven comment section.
    """
    total = doc.total_words
    if not total or not doc.reasons:
        return
    doubtful = {
        i for i, (rule_id, _) in doc.reasons.items()
        if rule_id not in _CERTAIN_IDS and not _is_exact(doc, i)
    }
    counts = doc.words
    certain_words = sum(counts[i] for i in doc.reasons if i not in doubtful)
    doubtful_words = sum(counts[i] for i in doubtful)
    if doubtful_words > doc.config.max_removed_share * max(total - certain_words, 1):
        for i in sorted(doubtful):
            doc.veto(i, "safety:share")


def _is_exact(doc: Document, i: int) -> bool:
    found = doc.match(i)
    return found is not None and found.rule.kind is Kind.EXACT and found.rule_id == doc.reasons[i][0]
