"""The examples of docs/cli.md marked ``<!-- tested -->`` run as written, from the repository's root."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "cli.md"
#: A marked example: the HTML comment, then a fenced shell block.
EXAMPLE = re.compile(r"<!-- tested -->\n```sh\n(.*?)\n```", re.S)


def examples() -> list[str]:
    return EXAMPLE.findall(DOC.read_text(encoding="utf-8"))


def test_the_doc_has_tested_examples() -> None:
    assert len(examples()) >= 1


@pytest.mark.parametrize("script", examples(), ids=lambda s: s.splitlines()[0][:40])
def test_example_runs_as_written(tmp_path: Path, script: str) -> None:
    # A scratch copy of the repository's fixtures, so the examples' files land in tmp_path.
    shutil.copytree(ROOT / "fixtures", tmp_path / "fixtures")
    env = dict(os.environ)
    # The boilerstrip of this interpreter (the plain or the compiled build under test).
    bindir = tmp_path / "bin"
    bindir.mkdir()
    launcher = bindir / "boilerstrip"
    launcher.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m boilerstrip "$@"\n')
    launcher.chmod(0o755)
    # ... and `python` is this interpreter, as in an activated virtual environment.
    python = bindir / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    env["PATH"] = f"{bindir}{os.pathsep}{env.get('PATH', '')}"
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{script}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
