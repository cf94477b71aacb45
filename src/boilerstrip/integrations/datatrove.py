"""boilerstrip as a datatrove pipeline step.

:class:`BoilerstripFilter` is a datatrove ``BaseFilter``: it cleans ``doc.text`` in place, records
each removed line (``Removal.as_dict()``) in ``doc.metadata["boilerstrip"]``, and drops a document
left with no text, with the reason ``boilerstrip_empty`` (written as ``filter_reason`` by an
``exclusion_writer``, counted as ``dropped_boilerstrip_empty``). Its stats count the documents that
lost lines, the lines and characters removed, and the lines removed per category
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

from collections import Counter
from typing import Any

from boilerstrip.config import Config
from boilerstrip.core import Cleaner
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


class BoilerstripFilter(BaseFilter):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean ``doc.text`` with boilerstrip; drop documents left empty.

    *config*: the :class:`~boilerstrip.config.Config` (default settings if None).
    *metadata_key*: where the removals go in ``doc.metadata`` (None: record nothing).
    *drop_empty*: drop documents with no non-blank text left (default); if False they go on, empty.
    *exclusion_writer*: a datatrove writer that receives the dropped documents.
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
        explanation = self.cleaner.explain(doc.text)
        removals = explanation.removals
        if self.metadata_key is not None:
            doc.metadata[self.metadata_key] = [r.as_dict() for r in removals]
        if removals:
            self.stat_update("docs_cleaned")
            self.stat_update("removed_lines", value=len(removals))
            self.stat_update("removed_chars", value=len(doc.text) - len(explanation.text))
            for category, count in Counter(r.category for r in removals).items():
                self.stat_update(f"removed_lines_{category}", value=count)
        doc.text = explanation.text
        if self.drop_empty and not doc.text.strip():
            return False, EMPTY_REASON
        return True
