"""Which build of boilerstrip runs, and why a part of it is not compiled (``boilerstrip --version``).

A regular install compiles two parts, each of which falls back to plain Python on its own (see
setup.py): the cleaner's core (mypyc) and the C scans (``boilerstrip._native``). What runs is read
off the imported modules; why a part fell back is read from the note the build left in the
package (``_build.json``), which an editable install or a source checkout does not have.

>>> describe(core=True, native=True, note={})
'compiled'
>>> describe(core=False, native=False, note={})
'pure Python'
>>> describe(core=False, native=False, note={"core": "BOILERSTRIP_PURE_PYTHON was set",
...                                          "native": "BOILERSTRIP_PURE_PYTHON was set"})
'pure Python (not compiled: BOILERSTRIP_PURE_PYTHON was set)'
>>> describe(core=False, native=True, note={"core": "mypyc is not installed", "native": "compiled"})
'partly compiled: the C scans only; the core is plain Python: mypyc is not installed'
"""

from __future__ import annotations

import json
from importlib import resources
from importlib.machinery import EXTENSION_SUFFIXES

#: The file setup.py writes into the package (setup.BUILD_NOTE).
BUILD_NOTE = "_build.json"


def core_compiled() -> bool:
    """Whether the cleaner's core runs as mypyc's extension modules."""
    from boilerstrip import core

    return (core.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def native_built() -> bool:
    """Whether the C scans (``boilerstrip._native``) are built and in use."""
    from boilerstrip.text import shape

    return shape.NATIVE


def build_note() -> dict[str, str]:
    """What the build recorded of each part ("compiled", or why not); empty where there is no note."""
    try:
        text = resources.files("boilerstrip").joinpath(BUILD_NOTE).read_text(encoding="utf-8")
        note = json.loads(text)
    except (OSError, ValueError):  # no note (editable install, source tree) or an unreadable one
        return {}
    if not isinstance(note, dict):
        return {}
    return {str(part): str(why) for part, why in note.items()}


def describe(core: bool | None = None, native: bool | None = None, note: dict[str, str] | None = None) -> str:
    """One phrase for the build that runs: ``compiled``, ``pure Python``, or which part is compiled.

    The arguments default to what this process runs (they are there for tests).
    """
    core = core_compiled() if core is None else core
    native = native_built() if native is None else native
    note = build_note() if note is None else note
    if core and native:
        return "compiled"
    if not core and not native:
        reasons = dict.fromkeys(why for why in (note.get("core"), note.get("native")) if why and why != "compiled")
        return f"pure Python (not compiled: {'; '.join(reasons)})" if reasons else "pure Python"
    if native:
        return "partly compiled: the C scans only; the core is plain Python" + _why(note, "core")
    return "partly compiled: the core only; the C scans are plain Python" + _why(note, "native")


def _why(note: dict[str, str], part: str) -> str:
    why = note.get(part, "")
    return f": {why}" if why and why != "compiled" else ""
