"""The hand-made evaluation sets in tests/data/: regression floors for the headline, certainty and
loaded-language scores (the issue's targets and the measured figures are in the README)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.eval_headlines import certainty_eval, headline_eval, loaded_eval  # noqa: E402


@pytest.fixture(scope="module")
def tune():
    return headline_eval("tune")


def test_faithful_usually_scores_above_distorted(tune):
    assert tune["faithful_above_distorted"] >= 0.7


def test_right_flag_kind(tune):
    assert tune["right_kind_main"] >= 0.7


def test_faithful_headlines_mostly_unflagged(tune):
    assert tune["faithful_without_flags"] >= 0.7 and tune["faithful_mean_flags"] <= 0.4


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_certainty_correlates_with_ratings(split):
    assert certainty_eval(split)["pearson_r"] >= 0.6


@pytest.mark.parametrize("split", ["tune", "holdout"])
def test_loaded_language_separates_loaded_from_neutral(split):
    result = loaded_eval(split)
    assert result["auc"] >= 0.78
    flagged, total = map(int, result["neutral_flagged"].split("/"))
    assert flagged <= total * 0.1


def test_held_out_headline_part_regression_floor():
    """The held-out headline parts (ho6 and ho9, never tuned on) measure together ordering 0.927, right kind
    0.823, faithful unflagged 0.819. Floors a little under that catch a regression; the targets are in the README."""
    held = headline_eval("holdout")
    if not held["pairs"]:
        pytest.skip("no held-out headline pairs right now (see tests/data/README.md)")
    assert held["faithful_above_distorted"] >= 0.9
    assert held["right_kind_main"] >= 0.75
    assert held["faithful_without_flags"] >= 0.78
