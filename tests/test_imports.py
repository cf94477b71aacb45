"""Every module of the package imports on its own, first, in a fresh interpreter: an import cycle
that only works in one order (a module importing a package whose stages import it back) fails
here, whatever order the rest of the suite happens to import them in."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import boilerstrip

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(boilerstrip.__path__, "boilerstrip.")
    if not info.name.startswith("boilerstrip.integrations.")  # optional dependencies, tested apart
)


def test_the_package_has_its_modules() -> None:
    assert "boilerstrip.text.document" in MODULES and "boilerstrip.heuristics.block" in MODULES


@pytest.mark.parametrize("name", MODULES)
def test_module_imports_first_in_a_fresh_interpreter(name: str) -> None:
    done = subprocess.run([sys.executable, "-c", f"import {name}"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
