"""Golden tests: every article in fixtures/text/ comes out as its .expected.txt says.

Fixtures the cleaner does not yet get right are listed, with the reason, in
``tests/known_failures.txt``; they run as strict xfails, so a fix shows up as an XPASS to be
taken off the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import boilerstrip

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures" / "text"
KNOWN_FAILURES = ROOT / "tests" / "known_failures.txt"


def known_failures() -> dict[str, str]:
    entries = {}
    for line in KNOWN_FAILURES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, reason = line.partition(":")
            entries[name.strip()] = reason.strip()
    return entries


def cases() -> list[object]:
    failing = known_failures()
    params = []
    for source in sorted(FIXTURES.glob("*.txt")):
        if source.name.endswith(".expected.txt"):
            continue
        marks = [pytest.mark.xfail(strict=True, reason=failing[source.stem])] if source.stem in failing else []
        params.append(pytest.param(source, id=source.stem, marks=marks))
    return params


def read(path: Path) -> str:
    # newline="" keeps CRLF fixtures as they are on disk.
    with path.open(encoding="utf-8", newline="") as f:
        return f.read()


@pytest.mark.parametrize("source", cases())
def test_fixture_cleans_to_expected(source: Path) -> None:
    expected = read(source.with_name(source.stem + ".expected.txt"))
    assert boilerstrip.strip(read(source)) == expected


@pytest.mark.parametrize("source", cases())
def test_fixture_output_is_fixed_point(source: Path) -> None:
    once = boilerstrip.strip(read(source))
    assert boilerstrip.strip(once) == once


def test_every_fixture_has_expected_output() -> None:
    inputs = [p for p in FIXTURES.glob("*.txt") if not p.name.endswith(".expected.txt")]
    assert len(inputs) >= 25
    for source in inputs:
        assert source.with_name(source.stem + ".expected.txt").exists(), source.name


def test_known_failures_name_real_fixtures() -> None:
    for name in known_failures():
        assert (FIXTURES / f"{name}.txt").exists(), name
