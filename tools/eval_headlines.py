"""Evaluate headline scoring, certainty and loaded-language detection on tests/data/ (by split).

Usage: python tools/eval_headlines.py [--split tune|holdout|all] [--details]
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
sys.path.insert(0, str(ROOT))

from kit import Article, analyze  # noqa: E402
from kit.certainty import certainty  # noqa: E402
from kit.headlines import prepare, score_headline  # noqa: E402
from kit.language import find_markers  # noqa: E402


def _rows(name: str) -> list[dict]:
    lines = [line for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def pearson(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / (sx * sy) if sx and sy else 0.0


def headline_eval(split: str, details: bool = False, files: str = "headline_pairs*.json", show_holdout: bool = False) -> dict:
    data: dict[str, list] = {"articles": [], "pairs": [], "faithful_extra": []}
    for path in sorted(DATA.glob(files)):  # headline_pairs.json, headline_pairs_ho2.json, ...
        part = json.loads(path.read_text(encoding="utf-8"))
        for key in data:
            data[key].extend(part.get(key, []))
    contexts = {a["id"]: prepare(analyze(Article.from_text(a["text"]))) for a in data["articles"]}
    pairs = [p for p in data["pairs"] if split == "all" or p["split"] == split]
    ordered = main_kind = any_kind = 0
    per_kind: dict[str, list[int]] = {}
    faithful_flags = []
    for p in pairs:
        ctx = contexts[p["article"]]
        good, bad = score_headline(p["faithful"], ctx), score_headline(p["distorted"], ctx)
        kinds = {f["kind"] for f in bad.flags}
        ok_order = good.fidelity > bad.fidelity
        ordered += ok_order
        main_kind += p["kinds"][0] in kinds
        any_kind += bool(set(p["kinds"]) & kinds)
        per_kind.setdefault(p["kinds"][0], []).append(int(p["kinds"][0] in kinds))
        faithful_flags.append(len(good.flags))
        if details and (show_holdout or p["split"] != "holdout") and (not ok_order or p["kinds"][0] not in kinds or good.flags):
            print(f"[{p['kinds']}] F={good.fidelity} D={bad.fidelity}")
            print(f"   faithful: {p['faithful']}  flags={[(f['kind'], f['text']) for f in good.flags]}")
            print(f"   distorted: {p['distorted']}  flags={[(f['kind'], f['text']) for f in bad.flags]}")
    extra = [e for e in data["faithful_extra"] if split == "all" or e["split"] == split]
    for e in extra:
        report = score_headline(e["headline"], contexts[e["article"]])
        faithful_flags.append(len(report.flags))
        if details and (show_holdout or e["split"] != "holdout") and report.flags:
            print(f"   extra faithful: {e['headline']}  flags={[(f['kind'], f['text']) for f in report.flags]}")
    n = len(pairs)
    return {
        "pairs": n,
        "faithful_above_distorted": round(ordered / n, 3) if n else None,
        "right_kind_main": round(main_kind / n, 3) if n else None,
        "right_kind_any": round(any_kind / n, 3) if n else None,
        "per_kind_main": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(per_kind.items())},
        "faithful_headlines": len(faithful_flags),
        "faithful_without_flags": round(sum(1 for f in faithful_flags if f == 0) / len(faithful_flags), 3) if faithful_flags else None,
        "faithful_mean_flags": round(statistics.fmean(faithful_flags), 3) if faithful_flags else None,
    }


def certainty_eval(split: str, details: bool = False) -> dict:
    rows = [r for r in _rows("certainty_ratings.tsv") if split == "all" or r["split"] == split]
    ratings = [float(r["rating"]) for r in rows]
    scores = [certainty(r["sentence"]).score for r in rows]
    if details:
        for r, s in sorted(zip(rows, scores), key=lambda x: abs(float(x[0]["rating"]) - x[1]), reverse=True)[:12]:
            print(f"   rated {r['rating']} scored {s:.2f}: {r['sentence']}")
    return {"sentences": len(rows), "pearson_r": round(pearson(scores, ratings), 3)}


def loaded_eval(split: str, details: bool = False) -> dict:
    rows = [r for r in _rows("loaded_sentences.tsv") if split == "all" or r["split"] == split]
    def weight(sentence: str) -> float:
        return sum(m.weight for m in find_markers(sentence, kinds=("loaded",)))
    loaded = [weight(r["sentence"]) for r in rows if r["label"] == "loaded"]
    neutral = [weight(r["sentence"]) for r in rows if r["label"] == "neutral"]
    pairs = [(a, b) for a in loaded for b in neutral]
    auc = sum(1.0 if a > b else 0.5 if a == b else 0.0 for a, b in pairs) / len(pairs) if pairs else None
    flagged = lambda w: w >= 2  # noqa: E731
    if details:
        for r in rows:
            w = weight(r["sentence"])
            if flagged(w) != (r["label"] == "loaded"):
                print(f"   {r['label']} weight={w}: {r['sentence']}  {[m.text for m in find_markers(r['sentence'], kinds=('loaded',))]}")
    return {
        "sentences": len(rows),
        "auc": round(auc, 3) if auc is not None else None,
        "loaded_flagged": f"{sum(map(flagged, loaded))}/{len(loaded)}",
        "neutral_flagged": f"{sum(map(flagged, neutral))}/{len(neutral)}",
        "mean_weight_loaded": round(statistics.fmean(loaded), 2) if loaded else None,
        "mean_weight_neutral": round(statistics.fmean(neutral), 2) if neutral else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--only", choices=["headlines", "certainty", "loaded"])
    parser.add_argument("--files", default="headline_pairs*.json", help="which pair files in tests/data (a glob)")
    parser.add_argument("--show-holdout", action="store_true", help="also print details of held-out pairs (spends them)")
    args = parser.parse_args()
    for name, fn in (("headlines", headline_eval), ("certainty", certainty_eval), ("loaded", loaded_eval)):
        if args.only and args.only != name:
            continue
        result = headline_eval(args.split, args.details, args.files, args.show_holdout) if name == "headlines" else fn(args.split, args.details)
        print(f"{name} [{args.split}]: {json.dumps(result)}")


if __name__ == "__main__":
    main()
