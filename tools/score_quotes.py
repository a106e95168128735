"""Score the quote finder on the gold annotations in tests/gold/, by split.

Usage: python tools/score_quotes.py [--split tune|holdout|all] [--errors] [--show-holdout]

Errors of held-out articles are not printed unless --show-holdout is given.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kit.analysis import find_quotes
from kit.articles import load_article
from kit.evaluate import combine_scores, score_quotes

ROOT = Path(__file__).resolve().parent.parent
held_out: set[str] = set()


def score_split(split: str) -> tuple[dict, dict]:
    per_article = {}
    held_out.clear()
    for path in sorted((ROOT / "tests" / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if split != "all" and gold.get("split") != split:
            continue
        article = load_article(ROOT / "seeds" / f"{gold['article']}.txt")
        found = [q.to_dict() for q in find_quotes(article)]
        per_article[gold["article"]] = score_quotes(gold["quotes"], found)
        if gold.get("split") == "holdout":
            held_out.add(gold["article"])
    return per_article, combine_scores(per_article.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--show-holdout", action="store_true", help="also list the errors of held-out articles")
    args = parser.parse_args()
    per_article, total = score_split(args.split)
    for name, s in per_article.items():
        print(f"{name:45s} P={s['precision']:.3f} R={s['recall']:.3f} F1={s['f1']:.3f} spk={s['speaker_accuracy']:.3f} (tp={s['tp']} fp={s['fp']} fn={s['fn']})")
        if args.errors and name in held_out and not args.show_holdout:
            print("    (errors of held-out articles are hidden: looking at them spends the held-out set; --show-holdout)")
        elif args.errors:
            for line in s["errors"]:
                print("    " + line)
    print(f"{'TOTAL ' + args.split:45s} P={total['precision']:.3f} R={total['recall']:.3f} F1={total['f1']:.3f} "
          f"spk={total['speaker_accuracy']:.3f} strict={total['strict_tp']}/{total['tp']} (tp={total['tp']} fp={total['fp']} fn={total['fn']})")


if __name__ == "__main__":
    main()
