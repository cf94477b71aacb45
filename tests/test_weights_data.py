"""The shipped weights (src/boilerstrip/data/weights.tsv) as data: complete, well formed, signed as
the fit constrains them, and of the kind the decision needs."""

from __future__ import annotations

from importlib import resources

import pytest

from boilerstrip.config import PRESETS
from boilerstrip.decision import WEIGHTS_FILE, Weights, WeightsError
from boilerstrip.heuristics import FEATURES

TEXT = resources.files("boilerstrip.data").joinpath(WEIGHTS_FILE).read_text(encoding="utf-8")
SHIPPED = Weights.parse(TEXT)


def test_every_feature_has_a_weight_and_no_other_name_is_given() -> None:
    assert set(SHIPPED.features) == set(FEATURES)


def test_every_preset_has_a_threshold_and_they_are_ordered() -> None:
    assert set(SHIPPED.thresholds) == set(PRESETS)
    t = SHIPPED.thresholds
    assert t["recall"] < t["balanced"] < t["precision"]


def test_evidence_against_removal_weighs_against_and_the_rest_for() -> None:
    for name, weight in SHIPPED.features.items():
        if name.startswith("safety:"):
            assert weight <= 0, name
        else:
            assert weight >= 0, name


def test_the_bias_alone_keeps_a_line() -> None:
    # A line without evidence is kept under every preset.
    assert all(SHIPPED.bias < threshold for threshold in SHIPPED.thresholds.values())


def test_weak_evidence_alone_removes_nothing() -> None:
    # Cues and positions add to other evidence; neither of them, nor both, removes a line alone.
    weak = [name for name in FEATURES if name.startswith(("cue:", "position:"))]
    strongest_cue = max(SHIPPED.of(n) for n in weak if n.startswith("cue:"))
    strongest_position = max(SHIPPED.of(n) for n in weak if n.startswith("position:"))
    assert SHIPPED.bias + strongest_cue + strongest_position < SHIPPED.thresholds["balanced"]


def test_the_file_is_what_format_writes_and_says_how_it_was_made() -> None:
    header = [line[2:] for line in TEXT.splitlines() if line.startswith("#")]
    assert SHIPPED.format(header).strip() == TEXT.strip()
    assert any("bench/fit.py" in line for line in header)


def test_shipped_is_this_file() -> None:
    assert Weights.shipped() == SHIPPED


@pytest.mark.parametrize("text", ["", "bias\tx\n", "bias\t1\nrule:exact:ads\t1\nrule:exact:ads\t2\n", "bias 1\n"])
def test_a_broken_weights_file_is_refused_naming_the_line(text: str) -> None:
    with pytest.raises(WeightsError):
        Weights.parse(text)
