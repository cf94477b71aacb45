"""Build boilerstrip, compiling its text-cleaning core with mypyc where a C compiler is at hand.

The metadata lives in pyproject.toml; this file only adds the compiled modules. The cleaner's
per-line loops are ordinary typed Python, and mypyc turns them into a C extension that runs the
same code about a third faster; the scans of every character of a line or a record are
hand-written C (``_native.c``), each with a pure-Python twin. Every module stays importable as
plain Python, so:

- a wheel or a regular install (``pip install .``) is compiled; the two parts fall back to plain
  Python independently (the C scans need only a C compiler, mypyc's part also needs mypy's type
  check to pass), and a build that falls back says so on the installer's own output, not only in
  the build log that pip hides without ``-v``;
- an editable install (``pip install -e .``, the development setup) is never compiled, so an
  edited source file is what runs, with no stale extension shadowing it;
- ``BOILERSTRIP_PURE_PYTHON=1`` builds plain Python anyway.

The build writes what it made, and why a part fell back, to ``boilerstrip/_build.json`` in the
package; ``boilerstrip --version`` reads it (see ``boilerstrip.buildinfo``).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.build_py import build_py

#: The modules a document passes through line by line, and the HTML path's walks over a page's
#: elements: compiled, they carry the speed-up. Configuration, I/O and html/pipeline.py (which
#: hands the page to trafilatura and readability) stay plain Python: their time is spent elsewhere.
#: This list is the one place that names them. Their module-level constants are declared Final:
#: mypyc then inlines them or reads them from C statics, where a plain module global is looked up
#: in the module's dict at every use (some 1,500 look-ups a document in the per-line loops).
COMPILED_MODULES = (
    "core", "decision",
    "heuristics/block", "heuristics/comment_meta", "heuristics/contact", "heuristics/lexicon", "heuristics/listing",
    "heuristics/neighbours", "heuristics/position", "heuristics/safety", "heuristics/shape", "heuristics/tail",
    "html/decode", "html/prune", "html/readability",
    "rules/cues", "rules/loader", "rules/matcher", "rules/phrases", "rules/voice",
    "text/code", "text/document", "text/normalise", "text/segment", "text/wrap",
)
#: mypy's options for the type check mypyc compiles from. The build runs in the installer's
#: isolated environment, where neither boilerstrip's dependencies nor their stubs are installed
#: (and a development venv has some of them), so what this check sees must not depend on the
#: environment: no config file (the strict lint is the test suite's job, with pyproject's
#: settings), no installed package looked at, and every third-party module taken as Any. A fresh
#: ``pip install .`` and a development build then compile the same code from the same types.
MYPYC_MYPY_OPTIONS = ("--config-file=", "--no-site-packages", "--ignore-missing-imports")
#: Hand-written C for the per-character scans mypyc cannot make fast (see src/boilerstrip/_native.c);
#: each has a pure-Python twin that is its definition and its fallback. It needs only a C compiler.
C_EXTENSIONS = (Extension("boilerstrip._native", ["src/boilerstrip/_native.c"]),)
NATIVE_NAMES = frozenset(ext.name for ext in C_EXTENSIONS)
#: setup.py commands that produce installable code: only these compile. Metadata queries
#: (egg_info, dist_info) need no compiler, and editable_wheel must not build one.
BUILD_COMMANDS = ("bdist_wheel", "build", "build_ext", "install")
#: Where the build records what it made, inside the package (read by boilerstrip.buildinfo).
BUILD_NOTE = "_build.json"

#: How the build's two parts are named in its messages and its note.
PARTS = {"core": "the cleaner's core (mypyc)", "native": "the C scans (boilerstrip._native)"}
#: What this build makes of each part: "compiled", or why it is plain Python.
build_state: dict[str, str] = {}


def _mypyc_extensions() -> list[Extension]:
    """mypyc's extensions for COMPILED_MODULES, or none (with the reason in build_state)."""
    try:
        from mypyc.build import mypycify
    except ImportError:
        build_state["core"] = "mypyc is not installed"
        return []
    paths = [f"src/boilerstrip/{name}.py" for name in COMPILED_MODULES]
    try:
        extensions: list[Extension] = mypycify([*MYPYC_MYPY_OPTIONS, *paths], opt_level="3")
    except SystemExit:  # how mypycify reports mypy's errors, after printing them
        build_state["core"] = "mypy's type check for mypyc failed (its errors are in the build log)"
        return []
    except Exception as exc:
        build_state["core"] = f"mypyc failed ({exc!r})"
        return []
    build_state["core"] = "compiled"
    return extensions


def compiled_extensions() -> list[Extension]:
    """The extensions to build (the C scans and mypyc's), or none when this build is plain Python."""
    if "editable_wheel" in sys.argv or not any(command in sys.argv for command in BUILD_COMMANDS):
        return []
    if os.environ.get("BOILERSTRIP_PURE_PYTHON", "") not in ("", "0"):
        build_state["core"] = build_state["native"] = "BOILERSTRIP_PURE_PYTHON was set"
        return []
    build_state["native"] = "compiled"
    # The C scans come first and do not depend on mypyc: without it they are still built.
    return [*C_EXTENSIONS, *_mypyc_extensions()]


def tell_installer(message: str) -> None:
    """Show *message* to the person running the installer, as well as in the build's log.

    pip hides a build's output unless the build fails or ``-v`` is given (pip 25 and newer show a
    build's Python warnings, but only for a local directory, not for an sdist from an index), so a
    message printed here alone would rarely be seen. The build runs in a child process of the
    installer, whose own stderr is the user's terminal or CI log: write there too (on Linux,
    through /proc; elsewhere the controlling terminal), unless that is this process's stderr
    already, as under ``python -m build``, which shows the build's output as it goes.
    """
    print(message, file=sys.stderr, flush=True)
    for path in (f"/proc/{os.getppid()}/fd/2", "/dev/tty"):
        try:
            if os.path.samestat(os.stat(path), os.fstat(2)):
                return
            with open(path, "a", encoding="utf-8", errors="replace") as out:
                out.write(f"\n{message}\n")
            return
        except OSError:
            continue  # no /proc (not Linux), no terminal (CI): the build log still has it


def write_note(build_lib: str) -> None:
    """Record build_state in the package, for ``boilerstrip --version``."""
    note = os.path.join(build_lib, "boilerstrip", BUILD_NOTE)
    os.makedirs(os.path.dirname(note), exist_ok=True)
    with open(note, "w", encoding="utf-8") as out:
        json.dump(build_state, out, indent=1, sort_keys=True)


class NotedBuildPy(build_py):
    """build_py that also records what the build makes (build_ext, when it runs, records the outcome)."""

    def run(self) -> None:
        super().run()
        if build_state and not self.editable_mode:
            write_note(self.build_lib)


class OptionalBuildExt(build_ext):
    """build_ext that leaves plain Python behind, not a failed install, when compiling fails.

    The C scans and mypyc's modules fall back separately: one failing leaves the other built.
    """

    def build_extension(self, ext: Extension) -> None:
        part = "native" if ext.name in NATIVE_NAMES else "core"
        if build_state.get(part, "compiled") != "compiled":
            return  # the other half of mypyc's modules failed already: they go together
        try:
            super().build_extension(ext)
        except Exception as exc:  # no compiler, missing headers: every module still works uncompiled
            print(f"boilerstrip: building {ext.name} failed: {exc!r}", file=sys.stderr)
            build_state[part] = "the C compiler failed (its messages are in the build log)"

    def run(self) -> None:
        super().run()
        # A half-built set of mypyc's modules would leave shims that cannot import their shared
        # library: remove every output of a part that did not build whole.
        for ext in self.extensions:
            part = "native" if ext.name in NATIVE_NAMES else "core"
            path = self.get_ext_fullpath(ext.name)
            if build_state.get(part) != "compiled" and os.path.exists(path):
                os.remove(path)
        write_note(self.build_lib)
        failed = {part: why for part, why in build_state.items() if why != "compiled"}
        if failed:
            tell_installer(
                "boilerstrip: WARNING: this build is not fully compiled; it gives the same output, "
                "but runs slower (about twice as slow in plain Python). "
                + "; ".join(f"{PARTS[part]}: {why}" for part, why in sorted(failed.items()))
                + ". `boilerstrip --version` says which build runs; `pip install -v` shows the build log."
            )


setup_options: dict[str, Any] = {"cmdclass": {"build_ext": OptionalBuildExt, "build_py": NotedBuildPy}}
extensions = compiled_extensions()
if extensions:
    setup_options["ext_modules"] = extensions
setup(**setup_options)
