"""The founding example, ``../shared/seed/moscow-times.txt``, comes out as its README says.

The text is read from the shared folder beside the repository (it is not ours to copy); the test
skips where that folder is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import boilerstrip

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "moscow-times.txt"

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"the founding example is not at {SEED}")


@pytest.fixture(scope="module")
def lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def kept(lines: list[str]) -> list[str]:
    return [line for line in boilerstrip.strip("\n".join(lines)).splitlines() if line.strip()]


def test_header_appeal_is_removed(kept: list[str]) -> None:
    assert "Support The Moscow Times!" not in kept


def test_headline_and_the_seven_paragraphs_are_kept_word_for_word(lines: list[str], kept: list[str]) -> None:
    start = next(i for i, line in enumerate(lines) if line.startswith("Russian Foreign Minister Sergei Lavrov has"))
    end = next(i for i, line in enumerate(lines) if line.endswith("end of February."))
    article = [line for line in lines[start:end + 1] if line.strip()]
    assert len(article) == 7
    headline, caption = [line for line in lines if line.strip()][1:3]  # the README: keep; either
    body = [line for line in kept if line != caption]
    assert body == [headline, *article]


def test_read_more_and_the_appeal_after_it_are_removed(lines: list[str], kept: list[str]) -> None:
    tail_start = lines.index("Read more")
    tail = [line for line in lines[tail_start:] if line.strip()]
    assert len(tail) == 5
    assert not set(tail) & set(kept)


def test_every_removal_names_its_reason(lines: list[str]) -> None:
    result = boilerstrip.explain("\n".join(lines))
    by_text = {r.text: r for r in result.removals}
    assert by_text["Support The Moscow Times!"].category == "donation"
    assert by_text["Read more"].category == "navigation"
    assert all(r.rule_id and r.category in boilerstrip.CATEGORIES for r in result.removals)
