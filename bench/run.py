"""`make bench`: time the kit's hot paths and print a table.

Each figure is the median over repeated runs, shown with its ratio to a
reference measured in the same run (textstat's Flesch reading ease on a fresh
copy of the seed article, through the kit's offline syllable table), so the
ratios compare across machines. Texts are varied between runs so that no
cache (ours or textstat's) hides the real cost.

Usage: python bench/run.py [--quick]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def median_time(fn, repeat: int) -> float:
    times = []
    for i in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn(i)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fmt(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats (for a smoke test)")
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    args = parser.parse_args()
    repeat = 3 if args.quick else 11

    import kit
    from kit.headlines import prepare, score_headline
    from kit.readability import readability_scores, patch_textstat

    seed = kit.load_article("nato_rutte_peace_talks").text
    patch_textstat()
    import textstat

    # reference: textstat Flesch reading ease on a fresh copy of the seed
    reference = median_time(lambda i: textstat.flesch_reading_ease(seed + f" Run {i} ref."), repeat * 3)
    readability_scores(seed)  # warm the syllable table

    rows: list[tuple[str, float, str, float | None]] = []

    def add(name: str, seconds: float, target: str, limit: float | None) -> None:
        rows.append((name, seconds, target, limit))

    # import kit cold, in a fresh interpreter each time
    env = dict(os.environ)
    code = "import time; t=time.perf_counter(); import kit; print(time.perf_counter()-t)"
    imports = []
    for _ in range(max(3, repeat // 2)):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=str(ROOT / "bench"))
        imports.append(float(out.stdout.strip() or "nan"))
    add("import kit (cold, fresh interpreter)", statistics.median(imports), "<= 0.3 s", 0.3)

    def full(i: int) -> None:
        analysis = kit.analyze(kit.Article.from_text(seed + f"\nRun {i}.", source="seed"))
        analysis.to_dict(full=True)

    full(-1)
    add("full analysis of the seed article (quotes, language, readability)", median_time(full, repeat), "<= 30 ms", 0.030)

    def quotes_only(i: int) -> None:
        kit.analyze(kit.Article.from_text(seed + f"\nRun {i}."))

    add("quotes and speakers only, seed article", median_time(quotes_only, repeat), "-", None)

    context = prepare(kit.analyze(kit.Article.from_text(seed)))
    typed = "NATO chief Rutte vows unshakable support and slams peace talks"
    score_headline(typed, context)
    add(
        "re-score one typed headline against the seed",
        median_time(lambda i: score_headline(typed[: 20 + i % 40], context), repeat * 20),
        "<= 5 ms",
        0.005,
    )

    words = ["NATO", "chief", "Rutte", "vows", "to", "stay", "out", "of", "peace", "talks", "slams", "critics", "may", "help", "Ukraine", "experts", "say", "6", "sixty"]
    headlines = [" ".join(words[(k + j * 7) % len(words)] for j in range(6 + k % 6)) + f" {k}" for k in range(10_000)]

    def batch(i: int) -> None:
        ctx = prepare(kit.analyze(kit.Article.from_text(seed + f"\nRun {i}.")))
        for h in headlines:
            score_headline(h, ctx)

    add("10,000 headlines against the seed (kit headlines)", median_time(batch, max(1, repeat // 4)), "<= 10 s", 10.0)

    base = seed[:1000]
    articles = [f'{base}\n\n"Quote number {k} is here," said Person{k} Smith. ' for k in range(1000)]
    total_bytes = sum(len(a.encode()) for a in articles)

    def thousand(i: int) -> None:
        for text in articles:
            kit.analyze(kit.Article.from_text(text + str(i)))

    seconds = median_time(thousand, max(1, repeat // 4))
    add(f"1,000 articles ({total_bytes / 1e6:.1f} MB), quotes and speakers", seconds, "<= 10 s", 10.0)

    # one huge text: every seed article one after another, cut at the first paragraph end after 1 MB
    # (thousands of different speakers, and about seven times as many quotes per MB as the seed article)
    every = "\n\n".join(kit.load_article(p).text for p in sorted((ROOT / "seeds").glob("*.txt")))
    huge = every
    while len(huge.encode()) < 1_000_000:
        huge += "\n\n" + every
    cut = huge.find("\n\n", 1_000_000)
    huge = huge[:cut] if cut > 0 else huge
    huge_mb = len(huge.encode()) / 1e6
    seed_text = kit.load_article(ROOT / "seeds" / "nato_rutte_peace_talks.txt").text
    long_seed = "\n\n".join([seed_text] * (1_000_000 // len(seed_text.encode()) + 1))

    def one_long_article(i: int) -> None:
        kit.analyze(kit.Article.from_text(long_seed + f"\nRun {i}."))

    add(f"one {len(long_seed.encode()) / 1e6:.1f} MB article (the seed repeated), quotes and speakers", median_time(one_long_article, 3), "< 1 s", 1.0)

    def one_huge(i: int) -> None:
        kit.analyze(kit.Article.from_text(huge + f"\nRun {i}."))

    add(f"one {huge_mb:.1f} MB text of the seed articles in a row, quotes and speakers", median_time(one_huge, 1), "<= 1 s", 1.0)

    def one_huge_full(i: int) -> None:
        kit.analyze(kit.Article.from_text(huge + f"\nRun {i}.")).to_dict(full=True)

    add(f"the same {huge_mb:.1f} MB text, full analysis", median_time(one_huge_full, 1), "-", None)

    # a broken paste: one 62 KB paragraph with 4,000 quotation marks that never close and no full stop
    broken = ('He said "yes and she said "no ' * 2000).strip()
    add("62 KB pasted paragraph, 4,000 unclosed marks, no full stops", median_time(lambda i: kit.analyze(kit.Article.from_text(broken + f" {i}")), 1), "<= 15 s", 15.0)
    tracemalloc.start()
    for text in articles[:100]:
        kit.analyze(kit.Article.from_text(text))
    first, _ = tracemalloc.get_traced_memory()
    for text in articles:
        kit.analyze(kit.Article.from_text(text + "x"))
    last, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    memory_note = f"memory after 100: {first / 1e6:.1f} MB, after 1,100: {last / 1e6:.1f} MB (peak {peak / 1e6:.1f} MB)"

    lessons = sorted((ROOT / "lessons").glob("*.ipynb"))
    if lessons and not args.quick:
        import nbformat
        from nbclient import NotebookClient

        start = time.perf_counter()
        for path in lessons:
            nb = nbformat.read(path, as_version=4)
            NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}).execute()
        add(f"execute all {len(lessons)} lessons headless", time.perf_counter() - start, "<= 60 s", 60.0)

    grading = ROOT / "bench" / "grading.py"
    if grading.exists() and not args.quick:
        out = subprocess.run([sys.executable, str(grading)], capture_output=True, text=True, cwd=str(ROOT))
        if out.returncode == 0 and out.stdout.strip():
            add("grade 200 submissions (no --execute)", float(out.stdout.strip().splitlines()[-1]), "<= 10 s", 10.0)

    print(f"reference: textstat Flesch reading ease on the seed article = {fmt(reference)} (median of {repeat * 3})")
    print()
    print(f"| {'what':68} | {'median':>9} | {'x reference':>11} | {'target':>9} | ok |")
    print(f"|{'-' * 70}|{'-' * 11}|{'-' * 13}|{'-' * 11}|----|")
    results = []
    for name, seconds, target, limit in rows:
        ok = "yes" if limit is None or seconds <= limit else "NO"
        print(f"| {name:68} | {fmt(seconds):>9} | {seconds / reference:>11.1f} | {target:>9} | {ok:>2} |")
        results.append({"what": name, "seconds": seconds, "ratio": seconds / reference, "target": target, "ok": ok})
    print()
    print(memory_note)
    if args.json:
        Path(args.json).write_text(json.dumps({"reference_seconds": reference, "rows": results, "memory": memory_note}, indent=2))


if __name__ == "__main__":
    main()
