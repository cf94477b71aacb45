"""The Spark helper, on a real local Spark (``local[2]``): one small DataFrame, one session per module.

Skipped, with the reason, where pyspark or a Java runtime is missing; on CI (``CI`` set) a missing
Java is an error instead, because scripts/setup.sh installs one there and these tests must run.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("pyspark", reason="pyspark not installed: pip install 'boilerstrip[spark]'")
pytest.importorskip("pandas", reason="pandas not installed: pip install 'boilerstrip[spark]'")
pytest.importorskip("pyarrow", reason="pyarrow not installed: pip install 'boilerstrip[spark]'")

from boilerstrip import Cleaner, Config
from boilerstrip.integrations.spark import REMOVALS_COLUMN, clean_dataframe, clean_partitions, output_schema

HOUSE_RULES = "# category: subscribe\nget the valley gazette in your inbox every morning\n"

ROWS = [
    (1, "Council backs new bus lanes\n"
        "The city council voted on Tuesday to add bus lanes on three of the busiest roads.\n"
        "Share this article\nRead more\nGet the Valley Gazette in your inbox every morning\n", "news"),
    (2, "Get the Valley Gazette in your inbox every morning\n", "promo"),
    (3, None, "missing"),
    (4, "A bakery reopens\nThe bakery on Mill Street reopened on Saturday.\n"
        "© 2024 Valley Gazette. All rights reserved.\n3 comments\n", "news"),
    (5, "", "empty"),
]


def java_available() -> bool:
    home = os.environ.get("JAVA_HOME")
    return bool((home and Path(home, "bin", "java").exists()) or shutil.which("java"))


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    if not java_available():
        message = "no Java runtime (java on PATH or JAVA_HOME) for Spark; scripts/setup.sh installs one"
        if os.environ.get("CI"):
            pytest.fail("CI must run the Spark tests: " + message)
        pytest.skip(message)
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter too
    session = (
        SparkSession.builder.master("local[2]")
        .appName("boilerstrip-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "512m")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")  # several batches per task
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture()
def config(tmp_path: Path) -> Config:
    rules = tmp_path / "gazette.subscribe.txt"
    rules.write_text(HOUSE_RULES, encoding="utf-8")
    return Config(extra_rule_files=(str(rules),))


def frame(spark: Any) -> Any:
    return spark.createDataFrame(ROWS, "id long, text string, kind string").repartition(2)


def test_clean_dataframe_matches_the_library_row_by_row(spark: Any, config: Config) -> None:
    result = {row["id"]: row for row in clean_dataframe(frame(spark), config).collect()}
    assert sorted(result) == [1, 2, 3, 4, 5]
    cleaner = Cleaner(config)
    for row_id, text, kind in ROWS:
        row = result[row_id]
        assert row["kind"] == kind  # other columns pass through
        if text is None:
            assert row["text"] is None and row[REMOVALS_COLUMN] is None
            continue
        expected = cleaner.explain(text)
        assert row["text"] == expected.text
        got = [r.asDict() for r in row[REMOVALS_COLUMN]]
        assert got == [r.as_dict() for r in expected.removals]
    assert result[2]["text"].strip() == ""  # the house rule took the whole promo
    assert result[2][REMOVALS_COLUMN][0]["category"] == "subscribe"


def test_drop_empty_and_no_removals_column(spark: Any, config: Config) -> None:
    df = frame(spark)
    cleaned = clean_dataframe(df, config, removals_column=None, drop_empty=True)
    assert cleaned.columns == ["id", "text", "kind"]
    ids = sorted(row["id"] for row in cleaned.collect())
    assert 2 not in ids and 5 not in ids  # left empty, or empty to begin with
    assert {1, 3, 4} <= set(ids)  # a null text is not "left empty": it stays


def test_mapinpandas_by_hand_and_schema_errors(spark: Any) -> None:
    df = frame(spark)
    schema = output_schema(df.schema, "text")
    assert schema.fieldNames() == ["id", "text", "kind", REMOVALS_COLUMN]
    assert df.mapInPandas(clean_partitions(), schema).count() == len(ROWS)
    with pytest.raises(ValueError, match="no column 'body'"):
        output_schema(df.schema, "body")
    with pytest.raises(ValueError, match="not a string"):
        output_schema(df.schema, "id")


def test_the_cleaner_is_built_once_per_task_not_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # Run the partition function directly (as a Spark task does), counting Cleaner builds.
    import pandas as pd

    import boilerstrip.integrations.spark as module

    built: list[int] = []

    # A wrapper, not a subclass: the compiled build's Cleaner is a native class.
    def counting_cleaner(config: Config | None = None) -> Cleaner:
        built.append(1)
        return Cleaner(config)

    monkeypatch.setattr(module, "Cleaner", counting_cleaner)
    batches = [pd.DataFrame({"text": ["a\n", "Read more\nb\n"]}) for _ in range(5)]
    out = list(clean_partitions()(iter(batches)))
    assert len(out) == 5 and len(built) == 1


def test_missing_pyspark_gives_an_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyspark", None)
    for name in [m for m in sys.modules if m.startswith("pyspark.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.delitem(sys.modules, "boilerstrip.integrations.spark")
    with pytest.raises(ImportError, match=r"pip install 'boilerstrip\[spark\]'"):
        importlib.import_module("boilerstrip.integrations.spark")


def test_strip_udf_and_explain_udf_match_the_library_row_by_row(spark: Any, config: Config) -> None:
    from pyspark.sql.functions import col

    from boilerstrip.integrations.spark import explain_udf, strip_udf

    rows = (
        frame(spark)
        .withColumn("clean", strip_udf(config)("text"))
        .withColumn("why", explain_udf(config)("text"))
        .select("id", "clean", col("why.text").alias("why_text"), col("why.removals").alias("why_removals"))
        .collect()
    )
    result = {row["id"]: row for row in rows}
    assert sorted(result) == [1, 2, 3, 4, 5]
    cleaner = Cleaner(config)
    for row_id, text, _ in ROWS:
        row = result[row_id]
        if text is None:  # a null stays null
            assert row["clean"] is None and row["why_text"] is None and row["why_removals"] is None
            continue
        expected = cleaner.explain(text)
        assert row["clean"] == row["why_text"] == expected.text
        assert [r.asDict() for r in row["why_removals"]] == [r.as_dict() for r in expected.removals]
    assert result[1]["why_removals"]  # the test data has removals to compare

    # Registered, the same UDF runs from SQL.
    spark.udf.register("boilerstrip_strip", strip_udf(config))
    frame(spark).createOrReplaceTempView("pages")
    query = "SELECT id, boilerstrip_strip(text) AS clean FROM pages"
    from_sql = {row["id"]: row["clean"] for row in spark.sql(query).collect()}
    assert from_sql == {row_id: row["clean"] for row_id, row in result.items()}


def test_the_udfs_build_one_cleaner_per_task_not_per_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    # The UDFs' functions run directly (as a Spark task runs them: an iterator of Arrow batches).
    import pandas as pd

    import boilerstrip.integrations.spark as module

    built: list[int] = []

    def counting_cleaner(config: Config | None = None) -> Cleaner:  # a wrapper: Cleaner may be native
        built.append(1)
        return Cleaner(config)

    monkeypatch.setattr(module, "Cleaner", counting_cleaner)
    batches = [pd.Series(["a\n", "Read more\nb\n", None]) for _ in range(4)]
    stripped = list(module.strip_udf().func(iter(batches)))
    assert len(built) == 1 and [s.tolist() for s in stripped] == [["a\n", "b\n", None]] * 4
    explained = list(module.explain_udf().func(iter(batches)))
    assert len(built) == 2 and len(explained) == 4
    assert explained[0]["text"].tolist() == ["a\n", "b\n", None]
    assert [r["category"] for r in explained[0]["removals"][1]] == ["navigation"]
