"""The datatrove step, run the way its users run it: reader, our step, writer, local executor."""

from __future__ import annotations

import gzip
import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="datatrove not installed: pip install 'boilerstrip[datatrove]'")

from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from boilerstrip import Cleaner, Config
from boilerstrip.integrations.datatrove import EMPTY_REASON, BoilerstripFilter

# A house rule of a made-up site, so one document is certain to be all boilerplate whatever the
# shipped lexicons say while they are being written: exact-line rules survive every safety check.
HOUSE_RULES = "# category: subscribe\nget the valley gazette in your inbox every morning\n"

DOCS = [
    ("council", "Council backs new bus lanes\n"
     "The city council voted on Tuesday to add bus lanes on three of the busiest roads, after a year "
     "of consultation with residents and shop owners.\n"
     "Share this article\n"
     "Work will start in the spring and should take about eight months.\n"
     "Get the Valley Gazette in your inbox every morning\n"
     "Read more\n"),
    ("only-promo", "Get the Valley Gazette in your inbox every morning\n"),
    ("harvest", "Farmers report an early harvest\n"
     "Growers across the valley began picking grapes two weeks earlier than usual after a dry summer.\n"
     "© 2024 Valley Gazette. All rights reserved.\n"),
    ("bakery", "A bakery reopens\nThe bakery on Mill Street reopened on Saturday after a long renovation.\n"
     "Follow us on Facebook\n3 comments\n"),
    ("blank", "\n  \n"),
]


def write_inputs(folder: Path) -> None:
    folder.mkdir()
    # Three files, two compressed: the reader shards by file across tasks.
    groups = [DOCS[:2], DOCS[2:4], DOCS[4:]]
    for n, group in enumerate(groups):
        lines = "".join(json.dumps({"id": doc_id, "text": text, "source": "gazette"}) + "\n"
                        for doc_id, text in group)
        if n < 2:
            with gzip.open(folder / f"part{n}.jsonl.gz", "wt", encoding="utf-8") as f:
                f.write(lines)
        else:
            (folder / f"part{n}.jsonl").write_text(lines, encoding="utf-8")


def read_outputs(folder: Path) -> dict[str, dict[str, object]]:
    records = {}
    for path in sorted(folder.glob("*.jsonl*")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                records[record["id"]] = record
    return records


def test_pipeline_cleans_records_removals_drops_empty_and_counts(tmp_path: Path) -> None:
    rules = tmp_path / "gazette.subscribe.txt"
    rules.write_text(HOUSE_RULES, encoding="utf-8")
    config = Config(extra_rule_files=(str(rules),))
    write_inputs(tmp_path / "in")
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(tmp_path / "in")),
            BoilerstripFilter(config, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))),
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=2,
        workers=2,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    # What the pipeline wrote must be what the library says, document by document.
    cleaner = Cleaner(config)
    expected = {doc_id: cleaner.explain(text) for doc_id, text in DOCS}
    kept = {i for i, e in expected.items() if e.text.strip()}
    assert {"council", "harvest", "bakery"} <= kept and "only-promo" not in kept and "blank" not in kept

    out = read_outputs(tmp_path / "out")
    assert set(out) == kept
    for doc_id in kept:
        record = out[doc_id]
        assert record["text"] == expected[doc_id].text
        meta = record["metadata"]
        assert isinstance(meta, dict)
        assert isinstance(meta["boilerstrip"], str)  # JSON: one type, so Parquet gets a fixed schema
        assert json.loads(meta["boilerstrip"]) == [r.as_dict() for r in expected[doc_id].removals]
        assert meta["source"] == "gazette"  # the reader's other fields pass through

    dropped = read_outputs(tmp_path / "dropped")
    assert set(dropped) == set(expected) - kept
    assert all(r["metadata"]["filter_reason"] == EMPTY_REASON for r in dropped.values())  # type: ignore[index]
    # The exclusion writer gets what was dropped: the original text, and why each line went.
    assert {doc_id: r["text"] for doc_id, r in dropped.items()} == {doc_id: dict(DOCS)[doc_id] for doc_id in dropped}
    promo = json.loads(dropped["only-promo"]["metadata"]["boilerstrip"])  # type: ignore[index]
    assert [(r["rule"], r["category"]) for r in promo] == [(f"{rules}:2", "subscribe")]

    # Stats, merged over both tasks, count what was removed, per category.
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    ours = next(s for s in stats if "boilerstrip" in s["name"])["stats"]
    removals = [r for e in expected.values() for r in e.removals]
    assert ours["total"] == len(DOCS)
    assert ours["forwarded"] == len(kept)
    assert ours["dropped"] == ours[f"dropped_{EMPTY_REASON}"] == len(DOCS) - len(kept)
    assert total(ours["removed_lines"]) == len(removals) > 0
    for category, count in Counter(r.category for r in removals).items():
        assert total(ours[f"removed_lines_{category}"]) == count


def test_parquet_writer_takes_documents_with_and_without_removals_in_any_order(tmp_path: Path) -> None:
    """ParquetWriter fixes its schema from the first document it writes: here one with no removals,
    then batches with removals, with none, and dropped documents for a Parquet exclusion writer."""
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow not installed: pip install pyarrow")
    from datatrove.pipeline.writers import ParquetWriter

    rules = tmp_path / "gazette.subscribe.txt"
    rules.write_text(HOUSE_RULES, encoding="utf-8")
    config = Config(extra_rule_files=(str(rules),))
    clean_first = ("ferry", "The new ferry timetable starts on Monday, with a boat every twenty minutes.\n")
    docs = [clean_first, *DOCS[:4], clean_first]
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "part.jsonl").write_text(
        "".join(json.dumps({"id": f"{n}-{doc_id}", "text": text}) + "\n" for n, (doc_id, text) in enumerate(docs)),
        encoding="utf-8",
    )
    LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(folder)),
            BoilerstripFilter(config, exclusion_writer=ParquetWriter(str(tmp_path / "dropped"), batch_size=1)),
            ParquetWriter(str(tmp_path / "out"), batch_size=2),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    cleaner = Cleaner(config)
    out = [row for path in sorted((tmp_path / "out").glob("*.parquet")) for row in pq.read_table(path).to_pylist()]
    dropped = [row for path in sorted((tmp_path / "dropped").glob("*.parquet"))
               for row in pq.read_table(path).to_pylist()]
    by_id = {f"{n}-{doc_id}": text for n, (doc_id, text) in enumerate(docs)}
    assert sorted(row["id"] for row in out + dropped) == sorted(by_id)  # nothing lost
    assert out[0]["id"] == "0-ferry" and json.loads(out[0]["metadata"]["boilerstrip"]) == []
    assert any(json.loads(row["metadata"]["boilerstrip"]) for row in out)
    for row in out:
        explanation = cleaner.explain(by_id[row["id"]])
        assert row["text"] == explanation.text
        assert json.loads(row["metadata"]["boilerstrip"]) == [r.as_dict() for r in explanation.removals]
    assert [row["id"] for row in dropped] == ["2-only-promo"]
    assert dropped[0]["text"] == by_id["2-only-promo"]  # the original text, not the empty result
    assert dropped[0]["metadata"]["filter_reason"] == EMPTY_REASON


def total(stat: int | dict[str, int]) -> int:
    """datatrove saves a metric as a bare number, or as a dict with its total and spread."""
    return stat if isinstance(stat, int) else stat["total"]


def test_step_pickles_without_its_compiled_cleaner() -> None:
    import pickle

    step = BoilerstripFilter()
    _ = step.cleaner  # compiled in this process
    clone = pickle.loads(pickle.dumps(step))
    assert clone._cleaner is None
    assert clone.config == step.config


def test_missing_datatrove_gives_an_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "datatrove", None)  # makes "import datatrove..." fail
    for name in [m for m in sys.modules if m.startswith("datatrove.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delitem(sys.modules, "boilerstrip.integrations.datatrove")
    with pytest.raises(ImportError, match=r"pip install 'boilerstrip\[datatrove\]'"):
        importlib.import_module("boilerstrip.integrations.datatrove")
