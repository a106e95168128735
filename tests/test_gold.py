"""Quote finding and attribution scored against the hand-made gold annotations in tests/gold/.

Targets from the issue: quote F1 >= 0.97 and speaker accuracy >= 0.90 on text not used for tuning.
The tune split must stay at those targets; the held-out split is checked against the same targets so a
change that only helps the tuning articles shows up here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kit import find_quotes, load_article
from kit.evaluate import combine_scores, score_quotes

ROOT = Path(__file__).resolve().parent.parent
GOLD = sorted((ROOT / "tests" / "gold").glob("*.json"))


def _load(path: Path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    article = load_article(ROOT / "seeds" / f"{gold['article']}.txt")
    return gold, article


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_consistent(path):
    gold, article = _load(path)
    assert gold["split"] in {"tune", "holdout"}
    for quote in gold["quotes"]:
        assert article.text[quote["start"] : quote["end"]] == quote["text"]
        assert quote["kind"] in {"full", "fragment", "term"}
        if quote["kind"] == "term":
            assert quote["speaker"] is None


def _split_scores(split: str):
    scores = []
    for path in GOLD:
        gold, article = _load(path)
        if gold["split"] == split:
            scores.append(score_quotes(gold["quotes"], [q.to_dict() for q in find_quotes(article)]))
    return combine_scores(scores), len(scores)


def test_tune_split_meets_the_targets():
    total, articles = _split_scores("tune")
    assert articles >= 6
    detail = "\n".join(total["errors"])
    assert total["f1"] >= 0.97, f"quote F1 {total['f1']} on tune\n{detail}"
    assert total["speaker_accuracy"] >= 0.90, f"speaker accuracy {total['speaker_accuracy']} on tune\n{detail}"


def test_holdout_split_regression_floor():
    """The held-out set is never tuned on. The current one (ho24_ to ho29_: 48 articles, 758 spoken quotes: mainstream
    house styles from the BBC, Reuters and the New York Times to CNA, RNZ and The Hindu, and in ho29 regional ones from
    Ghana, Pakistan, Malaysia, Zimbabwe, Jamaica and the Philippines) was written blind outside the repository in
    session 8 (2026-11-29). ho24-ho26 were scored once at commit 862cad4: quote F1 0.991, speaker accuracy 0.898 (334
    of 372). After a study of nine fresh *tuning* sets (tune29-tune37; the held-out errors were never looked at) ho27
    scored 0.905 at its first measurement (53d0f3c), ho28 0.934 (a81f8b6) and ho29, the regional set, 0.863
    (78722f7). The six sets together at 78722f7: F1 0.991, speaker accuracy 0.913 (692 of 758). The test holds the
    split to the 0.97 and 0.90 targets (see tests/gold/README.md); it prints no details when it fails."""
    total, articles = _split_scores("holdout")
    if articles == 0:
        pytest.skip("no gold articles in the holdout split right now (see tests/gold/README.md)")
    assert total["f1"] >= 0.97, f"quote F1 {total['f1']} (details hidden: held out)"
    assert total["speaker_accuracy"] >= 0.90, f"speaker accuracy {total['speaker_accuracy']} (details hidden: held out)"


def test_enough_articles():
    splits = [json.loads(p.read_text(encoding="utf-8"))["split"] for p in GOLD]
    assert splits.count("tune") >= 6 and len(splits) >= 9
