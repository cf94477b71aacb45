"""boilerstrip as a datatrove pipeline step.

:class:`BoilerstripFilter` is a datatrove ``BaseFilter``: it cleans ``doc.text`` in place, records
the removed lines in ``doc.metadata["boilerstrip"]`` as a JSON string (a list of
``Removal.as_dict()``: ``"[]"`` when nothing went), and drops a document left with no text, with
the reason ``boilerstrip_empty`` (counted as ``dropped_boilerstrip_empty``); an
``exclusion_writer`` receives it with its original text and ``filter_reason``. Its stats count the
documents that lost lines, the lines and characters removed, and the lines removed per category
(``removed_lines_comments``, ``removed_lines_navigation``...)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from boilerstrip.integrations.datatrove import BoilerstripFilter

    LocalPipelineExecutor(
        pipeline=[JsonlReader("in/"), BoilerstripFilter(), JsonlWriter("out/")],
        tasks=8, logging_dir="logs/",
    ).run()

The :class:`~boilerstrip.core.Cleaner` is built once per task, in the process that runs it, so
the step pickles small and compiles its rules once, not per document.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any

from boilerstrip.config import Config
from boilerstrip.core import Cleaner, Removal
from boilerstrip.integrations import missing

try:
    from datatrove.data import Document
    from datatrove.pipeline.filters.base_filter import BaseFilter
    from datatrove.pipeline.writers.disk_base import DiskWriter
except ImportError as exc:  # pragma: no cover - exercised with datatrove hidden, see the tests
    raise missing("datatrove", "datatrove", exc) from exc

#: The reason given for a document that cleaning left empty.
EMPTY_REASON = "boilerstrip_empty"
#: Default metadata key for the removals.
METADATA_KEY = "boilerstrip"


def removals_json(removals: Sequence[Removal]) -> str:
    """The removals as the metadata holds them: a JSON list of ``{"line", "text", "rule", "category",
    "stage"}`` (the stage is always ``text`` here).

    A string, not a list: datatrove's ParquetWriter takes its schema from the first document it
    writes, and an empty list would be typed as a list of nulls, which no later document with a
    removal fits. A string has the same type whatever it holds.

    >>> removals_json([Removal(3, "Read more", "en/navigation:1", "navigation")])
    '[{"line":3,"text":"Read more","rule":"en/navigation:1","category":"navigation","stage":"text"}]'
    >>> json.loads(removals_json([]))
    []
    """
    return json.dumps([r.as_dict() for r in removals], ensure_ascii=False, separators=(",", ":"))


class BoilerstripFilter(BaseFilter):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean ``doc.text`` with boilerstrip; drop documents left empty.

    *config*: the :class:`~boilerstrip.config.Config` (default settings if None).
    *metadata_key*: where the removals go in ``doc.metadata``, as a JSON string (None: record nothing).
    *drop_empty*: drop documents with no non-blank text left (default); if False they go on, empty.
    *exclusion_writer*: a datatrove writer that receives the dropped documents, with their original
    text (what was dropped, not the empty result) and their removals.
    """

    name = "🧹 boilerstrip"

    def __init__(
        self,
        config: Config | None = None,
        metadata_key: str | None = METADATA_KEY,
        drop_empty: bool = True,
        exclusion_writer: DiskWriter | None = None,
    ) -> None:
        super().__init__(exclusion_writer)
        self.config = config or Config()
        self.metadata_key = metadata_key
        self.drop_empty = drop_empty
        self._cleaner: Cleaner | None = None

    @property
    def cleaner(self) -> Cleaner:
        # Built on first use, in the task's own process (the step itself is pickled to each task).
        if self._cleaner is None:
            self._cleaner = Cleaner(self.config)
        return self._cleaner

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_cleaner"] = None
        return state

    def filter(self, doc: Document) -> bool | tuple[bool, str]:
        # datatrove's readers keep a page's address in the metadata: it tells a thread from an article.
        url = doc.metadata.get("url")
        explanation = self.cleaner.explain(doc.text, url if isinstance(url, str) else None)
        removals = explanation.removals
        if self.metadata_key is not None:
            doc.metadata[self.metadata_key] = removals_json(removals)
        if removals:
            self.stat_update("docs_cleaned")
            self.stat_update("removed_lines", value=len(removals))
            self.stat_update("removed_chars", value=len(doc.text) - len(explanation.text))
            for category, count in Counter(r.category for r in removals).items():
                self.stat_update(f"removed_lines_{category}", value=count)
        if self.drop_empty and not explanation.text.strip():
            return False, EMPTY_REASON  # doc.text stays as it came: the exclusion writer keeps what went
        doc.text = explanation.text
        return True
