"""Steps for the engines people already run at scale. Each module imports its engine lazily.

- :mod:`boilerstrip.integrations.datatrove`: ``BoilerstripFilter``, a datatrove pipeline step
  (``pip install 'boilerstrip[datatrove]'``).
- :mod:`boilerstrip.integrations.spark`: ``clean_partitions`` / ``clean_dataframe`` for
  ``DataFrame.mapInPandas``, and the pandas UDFs ``strip_udf`` / ``explain_udf`` for a column
  (``pip install 'boilerstrip[spark]'``).

Importing this package imports neither engine; importing one of its modules without its engine
installed raises :class:`ImportError` that says what to install.
"""

from __future__ import annotations


def missing(extra: str, package: str, exc: ImportError) -> ImportError:
    """The error to raise when an engine is not installed: what is missing and how to get it."""
    return ImportError(
        f"boilerstrip.integrations.{extra} needs {package}, which is not installed ({exc}). "
        f"Install it with: pip install 'boilerstrip[{extra}]'"
    )
