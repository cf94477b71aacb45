"""Cleaning one record (a JSON Lines object, or a Parquet row as a dict), in place.

The record's text is read from a field path (``doc.body``, see :mod:`boilerstrip.io.fields`),
cleaned, and written back; the removals can be added under another path, counted into
:class:`~boilerstrip.io.stats.Stats`, and the document can be dropped when it ends up empty or
mostly removed (:class:`DropPolicy`). A record that cannot be cleaned raises
:class:`~boilerstrip.io.textio.RecordError`, whose message is the reason.

>>> from boilerstrip import Cleaner
>>> records = RecordCleaner(Cleaner(), field="doc.body", drop=DropPolicy(drop_empty=True))
>>> record = {"doc": {"body": "Rain fell all day.\\nRead more\\n"}}
>>> records.clean(record, "a.jsonl:1"), record
(None, {'doc': {'body': 'Rain fell all day.\\n'}})
>>> records.clean({"doc": {"body": "Read more\\n"}}, "a.jsonl:2")
Drop(kind='empty', reason='empty after cleaning (1 line removed)')
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from boilerstrip.core import Cleaner, Removal
from boilerstrip.io.fields import FieldPath
from boilerstrip.io.stats import Stats

if TYPE_CHECKING:
    from boilerstrip.html.pipeline import HtmlOptions
    from boilerstrip.html.prune import DomRemoval

#: The field a page's URL is read from when ``--url-field`` is not given (the HTML path's hint).
DEFAULT_URL_FIELD = "url"


def explain_line(where: str, removal: Removal | DomRemoval, in_record: bool = False) -> str:
    """One ``--explain`` line: ``WHERE:LINE: CATEGORY RULE: TEXT`` for a removed line of a file,
    ``WHERE: line LINE: ...`` for one of a record's text (*in_record*; *where* names the record),
    and ``WHERE: element TAG#ID.CLASS: ...`` for an element the HTML path pruned, which is no line
    of any text. Control characters in the text are escaped.

    >>> explain_line("a.txt", Removal(3, "Read more", "en/navigation:1", "navigation"))
    'a.txt:3: navigation en/navigation:1: Read more'
    >>> explain_line("a.jsonl:7", Removal(3, "Read more", "en/navigation:1", "navigation"), in_record=True)
    'a.jsonl:7: line 3: navigation en/navigation:1: Read more'
    """
    from boilerstrip.io.jsonl import printable

    if not isinstance(removal, Removal):
        place = f"{where}: element {removal.element}"
    elif in_record:
        place = f"{where}: line {removal.line_no}"
    else:
        place = f"{where}:{removal.line_no}"
    return f"{place}: {removal.category} {removal.rule_id}: {printable(removal.text)}"


@dataclass(frozen=True)
class Drop:
    """Why a document is left out of the output: its kind (``empty``, ``kept-ratio``) and reason."""

    kind: str
    reason: str


def _non_space(text: str) -> int:
    """Characters that are not white space: what a reader sees of a text."""
    return len(text) - sum(map(text.count, (" ", "\n", "\t", "\r", "\xa0", "\u3000", "\f", "\v")))


@dataclass(frozen=True)
class DropPolicy:
    """Which cleaned documents to leave out of the output (each goes to the rejects instead).

    *drop_empty*: a document with no text left (nothing but white space). *min_kept_ratio*: one
    whose cleaning kept less than this share of its characters (white space not counted); a
    document that had no text to begin with is judged by *drop_empty* alone.

    >>> DropPolicy(min_kept_ratio=0.5).verdict("Rain fell all day long.\\nRead more about it\\n", "Rain.\\n", 1)
    Drop(kind='kept-ratio', reason='kept 15% of its characters, under --min-kept-ratio 0.5 (1 line removed)')
    """

    drop_empty: bool = False
    min_kept_ratio: float | None = None

    @property
    def active(self) -> bool:
        return self.drop_empty or self.min_kept_ratio is not None

    def verdict(self, before: str, after: str, removed: int) -> Drop | None:
        lines = f"{removed} line{'' if removed == 1 else 's'} removed"
        kept = _non_space(after)
        if self.drop_empty and kept == 0:
            if _non_space(before) == 0:
                return Drop("empty", "empty before cleaning")
            return Drop("empty", f"empty after cleaning ({lines})")
        if self.min_kept_ratio is not None:
            total = _non_space(before)
            if total and kept / total < self.min_kept_ratio:
                return Drop("kept-ratio", f"kept {kept / total:.0%} of its characters, under "
                                          f"--min-kept-ratio {self.min_kept_ratio:g} ({lines})")
        return None


class RecordCleaner:
    """Cleans the text at *field* of each record it is given, with one :class:`Cleaner`.

    *html_field*: read a page from there, and write its cleaned article text to *field*.
    *explain_field*: add the removals there (one flat list, every stage's, for a page).
    *html_info_field*: with *html_field*, add there what is said of the page itself: the reason
    its text is empty (or None) and the encoding it was read with. *stats*: count each document
    (the run's statistics object; it may be replaced between calls, as the chunked runs do).
    *explain_log*: called with one ``--explain`` line (:func:`explain_line`) per removal.
    *warn*: for a page with no text.
    """

    def __init__(
        self,
        cleaner: Cleaner,
        *,
        field: str = "text",
        explain_field: str | None = None,
        html_field: str | None = None,
        html_options: HtmlOptions | None = None,
        html_info_field: str | None = None,
        drop: DropPolicy | None = None,
        stats: Stats | None = None,
        url_field: str | None = None,
        explain_log: Callable[[str], object] | None = None,
        warn: Callable[[str], object] | None = None,
    ) -> None:
        self.cleaner = cleaner
        self.field = FieldPath.parse(field)
        self.explain_field = None if explain_field is None else FieldPath.parse(explain_field)
        self.html_field = None if html_field is None else FieldPath.parse(html_field)
        self.html_options = html_options
        self.html_info_field = None if html_info_field is None else FieldPath.parse(html_info_field)
        self.drop = drop if drop is not None and drop.active else None
        self.stats = stats
        self.url_field = FieldPath.parse(url_field or DEFAULT_URL_FIELD)
        self.explain_log = explain_log
        self.warn = warn

    @property
    def explaining(self) -> bool:
        """Whether the removals are needed (not only the cleaned text)."""
        return (self.explain_field is not None or self.explain_log is not None or self.stats is not None
                or self.drop is not None)

    def clean(self, record: Any, where: str) -> Drop | None:
        """Clean *record* in place; return why to drop it, or None to write it."""
        if self.html_field is not None:
            return self._from_html(record, where)
        text = self.field.get_text(record)
        url = self._url(record)
        if not self.explaining:
            self.field.set(record, self.cleaner.strip(text, url))
            return None
        explanation = self.cleaner.explain(text, url)
        self.field.set(record, explanation.text)
        if self.explain_field is not None:
            self.explain_field.set(record, [r.as_dict(detail=True) for r in explanation.removals])
        self._log(where, explanation.removals)
        return self._account(record, text, explanation.text, explanation.removals, where)

    def _url(self, record: Any) -> str | None:
        """The page's address, where the record has one as a string: the HTML path's URL, and in
        both modes the hint that tells a discussion thread from an article."""
        url = self.url_field.get(record, None)
        return url if isinstance(url, str) else None

    def _from_html(self, record: Any, where: str) -> Drop | None:
        """Prune, extract and clean the page in the HTML field; a page without an article gets an
        empty text and a warning with the reason (and the reason in the explain field)."""
        from boilerstrip.html.pipeline import explain_html

        assert self.html_field is not None
        page = self.html_field.get_text(record)
        explanation = explain_html(page, self._url(record), self.cleaner.config, self.html_options)
        self.field.set(record, explanation.text)
        if self.explain_field is not None:
            self.explain_field.set(record, explanation.removal_dicts(detail=True))
        if self.html_info_field is not None:
            self.html_info_field.set(record, explanation.page_info())
        if explanation.reason is not None and not explanation.text and self.warn is not None:
            self.warn(f"{where}: no text: {explanation.reason}")
        self._log(where, explanation.all_removals)
        # the statistics and the drop policy count lines of the extracted text: pruned elements are none
        removals = (*explanation.vote_removals, *explanation.removals)
        return self._account(record, explanation.extracted, explanation.text, removals, where)

    def _log(self, where: str, removals: Sequence[Removal | DomRemoval]) -> None:
        if self.explain_log is None:
            return
        for r in removals:
            self.explain_log(explain_line(where, r, in_record=True))

    def _account(self, record: Any, before: str, after: str, removals: Sequence[Removal],
                 where: str) -> Drop | None:
        if self.stats is not None:
            self.stats.add_document(before, removals, where=where, url=self.url_field.get(record, None))
        if self.drop is None:
            return None
        drop = self.drop.verdict(before, after, len(removals))
        if drop is not None and self.stats is not None:
            self.stats.add_drop(drop.kind)
        return drop
