"""Packaging: a build that cannot compile a part falls back to plain Python for that part alone,
says so in pip's normal output (which hides the build's own log), and ``--version`` says which
build runs and why.

These tests build wheels from a copy of the source with pip, in pip's isolated build environment
(so they need the package index, as any build does), and take a minute. They run once, with the
plain-Python build: a wheel built from source is the same whichever build runs the tests.
scripts/smoke.sh checks the release wheel itself (compiled, in a fresh venv).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import boilerstrip

ROOT = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(boilerstrip.COMPILED, reason="builds from source; runs once, in the plain-Python stage"),
    pytest.mark.skipif(shutil.which("cc") is None and shutil.which("gcc") is None, reason="no C compiler"),
]

WARNING = "boilerstrip: WARNING: this build is not fully compiled"


def source_copy(tmp_path: Path) -> Path:
    """The files a build reads, copied (no build products, no venv, no caches)."""
    src = tmp_path / "src-copy"
    for name in ("setup.py", "pyproject.toml", "README.md", "MANIFEST.in"):
        src.mkdir(exist_ok=True)
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "src", src / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.egg-info", "_build.json"))
    return src


def build_wheel(src: Path, out: Path, **env: str) -> tuple[Path, str]:
    """pip wheel at its normal verbosity; the wheel and everything pip printed."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--wheel-dir", str(out), str(src)],
        capture_output=True, text=True, env={**os.environ, **env}, timeout=900,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    (wheel,) = out.glob("boilerstrip-*.whl")
    return wheel, output


def installed_version(wheel: Path, tmp_path: Path) -> str:
    """``boilerstrip --version`` of *wheel*, unpacked on its own (the dependencies are this venv's)."""
    target = tmp_path / "target"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target),
                    str(wheel)], check=True, capture_output=True)
    result = subprocess.run([sys.executable, "-m", "boilerstrip", "--version"], capture_output=True, text=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(target)}, check=True)
    return result.stdout.strip()


def wheel_contents(wheel: Path) -> tuple[list[str], dict[str, str]]:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        note = json.loads(archive.read("boilerstrip/_build.json"))
    return [name for name in names if name.endswith(".so")], note


def test_a_type_error_for_mypyc_leaves_the_c_scans_built_and_says_so(tmp_path: Path) -> None:
    src = source_copy(tmp_path)
    with (src / "src" / "boilerstrip" / "text" / "segment.py").open("a", encoding="utf-8") as f:
        f.write('\n_NOT_AN_INT: int = "x"  # a type error for mypyc\'s check\n')
    wheel, output = build_wheel(src, tmp_path / "out")
    # pip hid the build's log (mypy's error is not in its output), yet the warning came through.
    assert "Incompatible types in assignment" not in output
    assert WARNING in output
    assert "mypy's type check for mypyc failed" in output
    binaries, note = wheel_contents(wheel)
    assert [name for name in binaries if "_native" in name], binaries
    assert not [name for name in binaries if "core" in name or "__mypyc" in name], binaries
    assert note["native"] == "compiled" and "type check" in note["core"]
    version = installed_version(wheel, tmp_path)
    assert "(partly compiled: the C scans only; the core is plain Python: mypy's type check" in version, version


def test_without_a_working_c_compiler_the_build_is_plain_python_and_says_so(tmp_path: Path) -> None:
    wheel, output = build_wheel(source_copy(tmp_path), tmp_path / "out", CC="false")
    assert WARNING in output
    assert "the C compiler failed" in output
    binaries, note = wheel_contents(wheel)
    assert binaries == []
    assert "C compiler failed" in note["core"] and "C compiler failed" in note["native"]
    version = installed_version(wheel, tmp_path)
    assert "(pure Python (not compiled: the C compiler failed" in version, version
