"""boilerstrip on Spark: a whole DataFrame through ``mapInPandas``, or a column through a pandas UDF.

:func:`clean_dataframe` is the one-liner; :func:`clean_partitions` and :func:`output_schema` are
its two halves, for a caller who builds the ``mapInPandas`` call (or a pipeline) themselves::

    from boilerstrip.integrations.spark import clean_dataframe
    cleaned = clean_dataframe(spark.read.json("in/"), column="text")
    cleaned.write.json("out/")

:func:`strip_udf` and :func:`explain_udf` are pandas UDFs, for a column expression anywhere Spark
takes one (``select``, ``withColumn``, SQL once registered)::

    from boilerstrip.integrations.spark import strip_udf
    df.withColumn("text", strip_udf()("text"))

The function handed to Spark builds its :class:`~boilerstrip.core.Cleaner` once per task (once
per partition it is called on), never per row or per Arrow batch, and ships to the executors as a
small closure over the :class:`~boilerstrip.config.Config`. Each row keeps every column; the text
column is replaced by its cleaned text, and *removals_column* (if not None) gets the removed lines
as ``array<struct<line:int, text:string, rule:string, category:string, stage:string>>`` (the stage
is always ``text``: the schema is the command's ``--explain-field``). A null text stays null.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from boilerstrip.config import Config
from boilerstrip.core import Cleaner
from boilerstrip.integrations import missing

try:
    import pandas as pd
    from pyspark.sql import types as T
except ImportError as exc:  # pragma: no cover - exercised with pyspark hidden, see the tests
    raise missing("spark", "pyspark, pandas and pyarrow", exc) from exc

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

#: Default name of the column that receives the removals.
REMOVALS_COLUMN = "boilerstrip_removals"

#: The type of one removal, as :meth:`boilerstrip.core.Removal.as_dict` gives it.
REMOVAL_TYPE = T.StructType([
    T.StructField("line", T.IntegerType(), False),
    T.StructField("text", T.StringType(), False),
    T.StructField("rule", T.StringType(), False),
    T.StructField("category", T.StringType(), False),
    T.StructField("stage", T.StringType(), False),
])
#: What :func:`explain_udf` returns for a text: the cleaned text and its removals.
EXPLANATION_TYPE = T.StructType([
    T.StructField("text", T.StringType(), True),
    T.StructField("removals", T.ArrayType(REMOVAL_TYPE, False), True),
])

PandasBatches = Iterator[Any]  # Iterator[pandas.DataFrame]; pandas ships no type hints here


def output_schema(schema: T.StructType, column: str = "text",
                  removals_column: str | None = REMOVALS_COLUMN) -> T.StructType:
    """The schema :func:`clean_partitions` produces from rows of *schema*."""
    if column not in schema.fieldNames():
        raise ValueError(f"no column {column!r} to clean; columns: {', '.join(schema.fieldNames())}")
    if not isinstance(schema[column].dataType, T.StringType):
        raise ValueError(f"column {column!r} is {schema[column].dataType.simpleString()}, not a string")
    fields = [f for f in schema.fields if f.name != removals_column]
    if removals_column is not None:
        fields.append(T.StructField(removals_column, T.ArrayType(REMOVAL_TYPE, False), True))
    return T.StructType(fields)


def clean_partitions(
    config: Config | None = None,
    column: str = "text",
    removals_column: str | None = REMOVALS_COLUMN,
    drop_empty: bool = False,
) -> Callable[[PandasBatches], PandasBatches]:
    """A function for ``df.mapInPandas(f, output_schema(df.schema, ...))`` that cleans *column*.

    *drop_empty* drops rows whose text cleaning left with no non-blank character (rows whose
    text was null are kept).
    """
    config = config or Config()

    def clean(batches: PandasBatches) -> PandasBatches:
        cleaner = Cleaner(config)  # once per task: the rules are compiled here, not per row
        for batch in batches:
            texts: list[str | None] = []
            removals: list[list[dict[str, object]] | None] = []
            keep: list[bool] = []
            for text in batch[column]:
                if not isinstance(text, str):  # null (None, or NaN in an object column)
                    texts.append(None)
                    removals.append(None)
                    keep.append(True)
                    continue
                explanation = cleaner.explain(text)
                texts.append(explanation.text)
                removals.append([r.as_dict() for r in explanation.removals])
                keep.append(not drop_empty or bool(explanation.text.strip()))
            out = batch.copy()
            out[column] = pd.Series(texts, index=batch.index, dtype=object)
            if removals_column is not None:
                out[removals_column] = pd.Series(removals, index=batch.index, dtype=object)
            if drop_empty:
                out = out[keep]
            yield out

    return clean


def clean_dataframe(
    df: DataFrame,
    config: Config | None = None,
    column: str = "text",
    removals_column: str | None = REMOVALS_COLUMN,
    drop_empty: bool = False,
) -> DataFrame:
    """*df* with *column* cleaned (and its removals in *removals_column*), lazily, as Spark does."""
    schema = output_schema(df.schema, column, removals_column)
    return df.mapInPandas(clean_partitions(config, column, removals_column, drop_empty), schema)


def strip_udf(config: Config | None = None) -> Any:
    """A pandas UDF that cleans a string column: ``df.withColumn("text", strip_udf()("text"))``.

    It takes Spark's iterator of Arrow batches, so the :class:`~boilerstrip.core.Cleaner` is built
    once per task, not per batch. A null stays null.
    """
    from pyspark.sql.pandas.functions import pandas_udf

    config = config or Config()

    def strip(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        cleaner = Cleaner(config)  # once per task
        for texts in batches:
            yield pd.Series([cleaner.strip(t) if isinstance(t, str) else None for t in texts],
                            index=texts.index, dtype=object)

    # pyspark's stubs type only the older form that names the UDF's kind (functionType); Spark
    # reads it from the type hints, as its documentation now has it.
    return pandas_udf(strip, T.StringType())  # type: ignore[call-overload]


def explain_udf(config: Config | None = None) -> Any:
    """A pandas UDF giving, for a string column, a struct of the cleaned ``text`` and its ``removals``.

    ``df.withColumn("clean", explain_udf()("text")).select("id", "clean.text", "clean.removals")``.
    The removals are ``array<struct<line:int, text:string, rule:string, category:string,
    stage:string>>``; a null text gives a null text and null removals. The Cleaner is built once
    per task.
    """
    from pyspark.sql.pandas.functions import pandas_udf

    config = config or Config()

    def explain(batches: Iterator[pd.Series]) -> Iterator[pd.DataFrame]:
        cleaner = Cleaner(config)  # once per task
        for texts in batches:
            cleaned: list[str | None] = []
            removals: list[list[dict[str, object]] | None] = []
            for text in texts:
                if not isinstance(text, str):
                    cleaned.append(None)
                    removals.append(None)
                    continue
                explanation = cleaner.explain(text)
                cleaned.append(explanation.text)
                removals.append([r.as_dict() for r in explanation.removals])
            yield pd.DataFrame({"text": pd.Series(cleaned, dtype=object),
                                "removals": pd.Series(removals, dtype=object)})

    return pandas_udf(explain, EXPLANATION_TYPE)  # type: ignore[call-overload]  # see strip_udf
