"""Build boilerstrip, compiling its text-cleaning core with mypyc where a C compiler is at hand.

The metadata lives in pyproject.toml; this file only adds the compiled modules. The cleaner's
per-line loops are ordinary typed Python, and mypyc turns them into a C extension that runs the
same code about a third faster; the scans of every character of a line or a record are
hand-written C (``_native.c``), each with a pure-Python twin. Every module stays importable as plain Python, so:

- a wheel or a regular install (``pip install .``) is compiled, and falls back to plain Python,
  with a warning, when mypyc or a C compiler is missing;
- an editable install (``pip install -e .``, the development setup) is never compiled, so an
  edited source file is what runs, with no stale extension shadowing it;
- ``BOILERSTRIP_PURE_PYTHON=1`` builds plain Python anyway.

``python -m boilerstrip --version`` says which build is installed.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

#: The modules a document passes through line by line, and the HTML path's walks over a page's
#: elements: compiled, they carry the speed-up. Configuration, I/O and html.py (which hands the
#: page to trafilatura and readability) stay plain Python: their time is spent elsewhere.
COMPILED_MODULES = (
    "closing", "comments", "core", "heuristics", "html/decode", "html/prune", "html/readability",
    "rules/loader", "rules/matcher", "text/document", "text/normalise", "text/segment",
)
#: setup.py commands that produce installable code: only these compile. Metadata queries
#: (egg_info, dist_info) need no compiler, and editable_wheel must not build one.
BUILD_COMMANDS = ("bdist_wheel", "build", "build_ext", "install")


def _warn(message: str) -> None:
    warnings.warn(f"boilerstrip: {message}; installing plain Python (same output, slower)", stacklevel=1)


#: Hand-written C for the per-character scans mypyc cannot make fast (see src/boilerstrip/_native.c);
#: each has a pure-Python twin that is its definition and its fallback.
C_EXTENSIONS = (Extension("boilerstrip._native", ["src/boilerstrip/_native.c"]),)


def compiled_extensions() -> list[Extension]:
    """The extensions to build (mypyc's and the C ones), or none when this build should be plain Python."""
    if os.environ.get("BOILERSTRIP_PURE_PYTHON", "") not in ("", "0"):
        return []
    if "editable_wheel" in sys.argv or not any(command in sys.argv for command in BUILD_COMMANDS):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        _warn("mypyc is not installed")
        return []
    try:
        extensions: list[Extension] = mypycify(
            [f"src/boilerstrip/{name}.py" for name in COMPILED_MODULES], opt_level="3"
        )
    except BaseException as exc:  # mypycify exits through SystemExit on a type error
        _warn(f"mypyc could not compile the modules ({exc!r})")
        return []
    return [*C_EXTENSIONS, *extensions]


class OptionalBuildExt(build_ext):
    """build_ext that leaves plain Python behind, not a failed install, when compiling fails."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # no compiler, missing headers: every module still works uncompiled
            for path in self.get_outputs():
                if os.path.exists(path):
                    os.remove(path)  # a half-built set would leave modules that cannot import
            _warn(f"the C extension could not be built ({exc!r})")


setup_options: dict[str, Any] = {"cmdclass": {"build_ext": OptionalBuildExt}}
extensions = compiled_extensions()
if extensions:
    setup_options["ext_modules"] = extensions
setup(**setup_options)
