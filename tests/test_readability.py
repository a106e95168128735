"""Tests for kit.readability: offline syllables, patched textstat, fallback formulas."""

from __future__ import annotations

import gzip
import json
import math
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kit.readability as R
from kit.readability import (
    METRICS,
    count_syllables,
    describe_grade,
    grade_level,
    readability_report,
    readability_scores,
    syllable_table,
)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kit" / "data"

PLAIN = (
    "The river rose in the night. By morning, water filled the streets of the old town. "
    "People carried their dogs and cats up the hill. The school opened its doors and gave "
    "out soup and dry clothes. Nobody was hurt. The mayor said the town would clean up "
    "fast, and most shops hope to open again by the weekend."
)
ACADEMIC = (
    "Notwithstanding considerable methodological heterogeneity, the preponderance of "
    "longitudinal evidence substantiates the hypothesis that socioeconomic stratification "
    "systematically attenuates intergenerational educational mobility. Consequently, policy "
    "interventions predicated exclusively upon individualistic behavioural assumptions are "
    "fundamentally insufficient, necessitating comprehensive institutional restructuring. "
    "Furthermore, epistemological considerations regarding the operationalization of "
    "multidimensional deprivation indicators complicate comparative international "
    "evaluation considerably."
)
SAMPLES = {
    "empty": "",
    "whitespace": "  \n\t  \r\n ",
    "punctuation_only": "!!! ... ??? -- “ ”",
    "one_word": "Hello",
    "one_short_sentence": "The cat sat on the mat.",
    "plain_prose": PLAIN,
    "academic_prose": ACADEMIC,
    "numbers_and_urls": (
        "Visit https://example.com/news/2024/05/article?id=42&ref=home for details. "
        "Prices rose 3.5% to $1,200 in 2024, up from 1,050 in 2023. "
        "Call 555-0100 before 10:30am or email press@example.org today."
    ),
    "non_english_german": (
        "Der schnelle braune Fuchs springt über den faulen Hund. Die Bundesregierung "
        "kündigte gestern umfangreiche Maßnahmen zur Stärkung der Wirtschaft an. "
        "Kritiker bezeichneten die Ankündigung als unzureichend."
    ),
    "non_english_cjk": "这是一个中文句子。東京は日本の首都です。",
    "html_pasted": (
        "<html><head><style>p { color: red; }</style></head><body>"
        "<h1>Council backs plan</h1><p>The mayor said &quot;we will act&quot; on Monday.</p>"
        "<p>Critics called it &ldquo;too little, too late&rdquo;.</p>"
        "<script>if (a < b) { run(); }</script><!-- ad slot --></body></html>"
    ),
}
NO_WORDS = {"empty", "whitespace", "punctuation_only"}
NUMERIC = [m.key for m in METRICS if m.kind != "label"]


def _check_ranges(scores: dict) -> None:
    assert set(scores) == {m.key for m in METRICS} | {"words", "sentences"}
    assert isinstance(scores["words"], int) and scores["words"] >= 0
    assert isinstance(scores["sentences"], int) and scores["sentences"] >= 0
    for m in METRICS:
        value = scores[m.key]
        if value is None:
            continue
        if m.kind == "label":
            assert isinstance(value, str) and value.endswith(" grade")
            continue
        assert isinstance(value, float) and math.isfinite(value), (m.key, value)
        assert value == round(value, 1)
        if m.kind == "ease":
            assert 0.0 <= value <= 100.0
        else:
            assert value >= 0.0
    if scores["words"] == 0:
        assert all(scores[m.key] is None for m in METRICS)
    if scores["smog_index"] is not None:
        assert scores["sentences"] >= 3


# ------------------------------------------------------------------ sample texts


@pytest.mark.parametrize("name", list(SAMPLES))
def test_samples_give_values_in_range(name: str) -> None:
    scores = readability_scores(SAMPLES[name])
    _check_ranges(scores)
    if name in NO_WORDS:
        assert scores["words"] == 0 and scores["sentences"] == 0
        assert grade_level(scores) is None
    else:
        assert scores["words"] > 0
        assert scores["flesch_reading_ease"] is not None
        assert isinstance(scores["text_standard"], str)


def test_short_texts_have_no_smog() -> None:
    for name in ("one_word", "one_short_sentence"):
        assert readability_scores(SAMPLES[name])["smog_index"] is None
    assert readability_scores(PLAIN)["smog_index"] is not None


def test_html_is_stripped() -> None:
    scores = readability_scores(SAMPLES["html_pasted"])
    # Tags, the style block, the script and the comment are gone; entities decoded.
    text = 'Council backs plan The mayor said "we will act" on Monday. ' \
        "Critics called it \u201ctoo little, too late\u201d."
    assert scores["words"] == 18
    assert scores == readability_scores(text)


def test_plain_prose_is_easier_than_academic_prose_on_every_metric() -> None:
    plain, academic = readability_scores(PLAIN), readability_scores(ACADEMIC)
    for m in METRICS:
        p, a = plain[m.key], academic[m.key]
        assert p is not None and a is not None, m.key
        if m.kind == "ease":
            assert p > a, m.key
        elif m.kind == "label":
            assert int(re.match(r"\d+", p).group()) < int(re.match(r"\d+", a).group())
        else:
            assert p < a, m.key
    assert grade_level(plain) < grade_level(academic)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_for_any_text(text: str) -> None:
    _check_ranges(readability_scores(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("ab Zé1 .!?,'’\"<>/&;#-\n\t") + ["<p>", "&amp;", "<!--", "-->"])
    ).map("".join)
)
def test_never_raises_for_punctuation_heavy_text(text: str) -> None:
    _check_ranges(readability_scores(text))


def test_rejects_non_strings() -> None:
    with pytest.raises(TypeError):
        readability_scores(None)  # type: ignore[arg-type]


# ---------------------------------------------------------------- syllable table


@pytest.mark.parametrize(
    "word, syllables",
    [
        ("readability", 5),  # pyphen says 4: proves the table is used
        ("the", 1),
        ("beautiful", 3),
        ("nato", 2),
        ("fire", 2),  # F AY1 ER0; pyphen says 1
        ("university", 5),
        ("don't", 1),
    ],
)
def test_syllable_table_spot_checks(word: str, syllables: int) -> None:
    assert syllable_table()[word] == syllables
    assert count_syllables(word) == syllables
    assert count_syllables(word.upper() + ".") == syllables


def test_unknown_words_fall_back_to_pyphen() -> None:
    import pyphen

    dic = pyphen.Pyphen(lang="en_US")
    for word in ("zorblaxify", "snarkitude", "rutte"):
        assert word not in syllable_table()
        assert count_syllables(word) == len(dic.positions(word)) + 1


def test_table_file_is_small_and_labelled() -> None:
    path = DATA / "cmu_syllables.tsv.gz"
    assert path.stat().st_size < 1_000_000
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        header = [next(fh) for _ in range(4)]
    assert all(line.startswith("#") for line in header)
    assert "CMU Pronouncing Dictionary" in header[1] and "sha256" in header[1]
    assert "CMUDICT_LICENSE.txt" in header[2]
    licence = (DATA / "CMUDICT_LICENSE.txt").read_text(encoding="utf-8")
    assert "Carnegie Mellon University" in licence and "Redistribution and use" in licence
    assert "GNU" not in licence


def test_build_script_is_deterministic(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_syllables
    finally:
        sys.path.remove(str(ROOT / "tools"))
    source = tmp_path / "mini.dict"
    source.write_text(
        "a AH0\na(2) EY1\nreadability R IY2 D AH0 B IH1 L IH0 T IY0\n"
        "fire F AY1 ER0 # comment\nfire(2) F AY1 R\nhmm HH M\n",
        encoding="utf-8",
    )
    out1, out2 = tmp_path / "one.tsv.gz", tmp_path / "two.tsv.gz"
    table = build_syllables.build(source, out1, "test")
    build_syllables.build(source, out2, "test")
    assert table == {"a": 1, "readability": 5, "fire": 2, "hmm": 0}
    assert out1.read_bytes() == out2.read_bytes()
    lines = gzip.decompress(out1.read_bytes()).decode().splitlines()
    assert [ln for ln in lines if not ln.startswith("#")] == [
        "a\t1", "fire\t2", "hmm\t0", "readability\t5"
    ]


# ------------------------------------------------------- patched textstat vs formulas


def test_textstat_is_patched_and_verified() -> None:
    assert R.patch_textstat() is True
    assert R.active_backend() == "textstat"
    from textstat.backend.counts import _count_syllables as module

    patched = module.get_cmudict
    assert getattr(patched, "kit_offline", False)
    assert isinstance(patched("en_US"), R.CMUSyllableMapping)
    assert patched("de_DE") is None
    assert R.patch_textstat() is True
    assert module.get_cmudict is patched  # once only

    import textstat

    assert textstat.syllable_count("readability") == 5  # pyphen alone would say 4
    assert textstat.syllable_count("fire") == 2


def test_failed_verification_restores_textstat(monkeypatch: pytest.MonkeyPatch) -> None:
    R.patch_textstat()
    from textstat.backend.counts import _count_syllables as module

    before = module.get_cmudict
    # A textstat whose count_syllables ignores get_cmudict must be detected.
    monkeypatch.setattr(module, "count_syllables", lambda text, lang: 1)
    reason = R._try_patch_textstat()
    assert reason is not None and "verification failed" in reason
    assert module.get_cmudict is before


def test_flesch_reading_ease_matches_the_formula_by_hand() -> None:
    text = (
        "The council met on Monday to discuss the new budget. "
        "Members argued about the cost of repairing the old library. "
        "In the end they agreed to delay the decision until spring."
    )
    words = [w.strip(".,").lower() for w in text.split()]
    sentences = text.count(". ") + 1
    table = syllable_table()
    assert all(w in table for w in words)
    syllables = sum(table[w] for w in words)
    by_hand = 206.835 - 1.015 * (len(words) / sentences) - 84.6 * (syllables / len(words))
    fk_by_hand = 0.39 * (len(words) / sentences) + 11.8 * (syllables / len(words)) - 15.59

    import textstat

    R.patch_textstat()
    assert textstat.lexicon_count(text) == len(words)
    assert textstat.sentence_count(text) == sentences
    assert textstat.syllable_count(text) == syllables
    assert textstat.flesch_reading_ease(text) == pytest.approx(by_hand, abs=1e-9)
    assert textstat.flesch_kincaid_grade(text) == pytest.approx(fk_by_hand, abs=1e-9)
    scores = readability_scores(text)
    assert scores["flesch_reading_ease"] == round(by_hand, 1)
    assert scores["flesch_kincaid_grade"] == round(fk_by_hand, 1)
    assert (scores["words"], scores["sentences"]) == (len(words), sentences)


SEED = ROOT / "seeds" / "nato_rutte_peace_talks.txt"
FALLBACK_TEXTS = [t for n, t in SAMPLES.items() if n not in NO_WORDS]
if SEED.exists():
    FALLBACK_TEXTS.append(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", FALLBACK_TEXTS)
def test_fallback_formulas_equal_patched_textstat(text: str) -> None:
    R.patch_textstat()
    cleaned = R._clean(text)
    via_textstat, own = R._raw_textstat(cleaned), R._raw_fallback(cleaned)
    assert own.keys() == via_textstat.keys()
    for key, value in via_textstat.items():
        if isinstance(value, str):
            assert own[key] == value, key
        else:
            assert own[key] == pytest.approx(value, abs=1e-9), key
    assert R._finish(own) == readability_scores(text)


_TOKENS = st.sampled_from(
    ["the", "cat", "readability", "beautiful", "NATO’s", "don't", "'tis", "a.m.", "x",
     "2024", "3.5%", "https://a.b/c", "fire", "über", "—", "...", "!", "?", ".", ",",
     "\n", "<p>", "&amp;", "we'll", "Zorblaxify", "hmm", "internationalization", "_"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_TOKENS, max_size=150).map(" ".join) | st.text(max_size=300))
def test_fallback_formulas_equal_patched_textstat_fuzzed(text: str) -> None:
    R.patch_textstat()
    cleaned = R._clean(text)
    if not R._list_words(cleaned):
        return
    via_textstat, own = R._raw_textstat(cleaned), R._raw_fallback(cleaned)
    for key, value in via_textstat.items():
        if isinstance(value, str):
            assert own[key] == value, key
        else:
            assert math.isclose(own[key], value, abs_tol=1e-9), key


def test_fallback_without_easy_word_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(R, "_easy_words", frozenset())  # textstat's list not found
    scores = R._finish(R._raw_fallback(ACADEMIC))
    assert scores["dale_chall_readability_score"] is None
    assert scores["flesch_reading_ease"] == readability_scores(ACADEMIC)["flesch_reading_ease"]
    assert isinstance(scores["text_standard"], str)


# ------------------------------------------------------------ offline, for real

_SUBPROCESS_PRELUDE = r"""
import json, os, socket, sys

def _no_network(*args, **kwargs):
    raise OSError("network disabled by test")

socket.socket.connect = _no_network
socket.socket.connect_ex = _no_network
socket.create_connection = _no_network
socket.getaddrinfo = _no_network

import nltk
import nltk.downloader

DOWNLOADS = []

def _no_download(*args, **kwargs):
    DOWNLOADS.append(args)
    raise AssertionError("nltk.download was called")

nltk.download = _no_download
nltk.downloader.download = _no_download
nltk.downloader.Downloader.download = _no_download

# Only the empty NLTK_DATA dir is searched: nltk's cmudict must really be missing.
nltk.data.path[:] = [os.environ["NLTK_DATA"]]
try:
    nltk.data.find("corpora/cmudict")
except LookupError:
    pass
else:
    raise SystemExit("nltk cmudict is available; the test would prove nothing")
"""


def _run_offline(
    tmp_path: Path, body: str, setup: str = ""
) -> subprocess.CompletedProcess[str]:
    nltk_data, home = tmp_path / "nltk_data", tmp_path / "home"
    nltk_data.mkdir()
    home.mkdir()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("NLTK", "HTTP", "HTTPS", "http", "https"))
    }
    env.update(NLTK_DATA=str(nltk_data), HOME=str(home), PYTHONPATH=str(ROOT))
    code = "\n".join(
        [_SUBPROCESS_PRELUDE, setup, "PARA = " + repr(PLAIN), textwrap.dedent(body)]
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_control_unpatched_textstat_would_download(tmp_path: Path) -> None:
    """Without the kit, the same sandbox makes textstat try to download cmudict."""
    result = _run_offline(
        tmp_path,
        """
        import textstat
        try:
            textstat.flesch_reading_ease(PARA)
        except AssertionError:
            print("DOWNLOAD_ATTEMPTED", len(DOWNLOADS))
        """,
    )
    assert result.returncode == 0, result.stderr
    assert "DOWNLOAD_ATTEMPTED 1" in result.stdout


def test_scores_offline_without_nltk_data(tmp_path: Path) -> None:
    result = _run_offline(
        tmp_path,
        """
        import kit.readability as R
        assert "textstat" not in sys.modules and R._table is None  # lazy import
        scores = R.readability_scores(PARA)
        assert R.active_backend() == "textstat", R._fallback_reason
        assert not DOWNLOADS
        print(json.dumps(scores))
        """,
    )
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert scores == readability_scores(PLAIN)
    assert scores["flesch_reading_ease"] is not None and scores["words"] > 0


@pytest.mark.parametrize(
    "breakage",
    [
        # textstat cannot be imported at all
        'sys.modules["textstat.backend.counts._count_syllables"] = None',
        # textstat imports, but its internals moved (another version)
        "import textstat.backend.counts._count_syllables as m; del m.get_cmudict",
        # textstat imports, but count_syllables no longer reads get_cmudict
        "import textstat.backend.counts._count_syllables as m; "
        "m.count_syllables = lambda text, lang: 1",
    ],
    ids=["not-importable", "no-get_cmudict", "ignores-get_cmudict"],
)
def test_fallback_path_offline(tmp_path: Path, breakage: str) -> None:
    result = _run_offline(
        tmp_path,
        setup=breakage,
        body="""
        import kit.readability as R
        scores = R.readability_scores(PARA)
        assert R.active_backend() == "fallback"
        assert R._fallback_reason
        assert not DOWNLOADS
        print(json.dumps(scores))
        """,
    )
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout.strip().splitlines()[-1])
    assert scores == readability_scores(PLAIN)


def test_import_is_lazy(tmp_path: Path) -> None:
    code = (
        "import sys, kit.readability as R; "
        "assert 'textstat' not in sys.modules and 'nltk' not in sys.modules; "
        "assert 'pyphen' not in sys.modules and R._table is None and R.active_backend() is None"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------- grades and report


def test_grade_level_is_median_of_grade_metrics() -> None:
    scores = readability_scores(ACADEMIC)
    grades = sorted(scores[m.key] for m in METRICS if m.kind == "grade")
    assert grade_level(scores) == round((grades[1] + grades[2]) / 2, 1)
    assert grade_level({"flesch_kincaid_grade": 7.0}) == 7.0
    assert grade_level({}) is None


@pytest.mark.parametrize(
    "grade, words",
    [
        (None, "no text to measure"),
        (0.0, "kindergarten level (age 5-6)"),
        (1.4, "about US grade 1 (age 6-7)"),
        (8.5, "about US grade 9 (age 14-15)"),
        (12.4, "about US grade 12 (age 17-18)"),
        (13.0, "college level"),
        (16.4, "college level"),
        (17.0, "graduate level"),
        (float("nan"), "no text to measure"),
    ],
)
def test_describe_grade(grade: float | None, words: str) -> None:
    assert describe_grade(grade) == words


def test_report_structure_and_summary() -> None:
    paragraphs = [PLAIN, ACADEMIC]
    report = readability_report(PLAIN + "\n\n" + ACADEMIC, ACADEMIC, PLAIN, paragraphs)
    assert set(report) == {"article", "framing", "quotes", "paragraphs", "summary"}
    assert len(report["paragraphs"]) == 2
    assert report["paragraphs"][0] == readability_scores(PLAIN)
    assert report["summary"].startswith("The quotes read at about grade ")
    assert "the writer's framing at about grade " in report["summary"]
    assert report["summary"].endswith("The framing is harder to read than the quotes.")
    flipped = readability_report(PLAIN, PLAIN, ACADEMIC, [])
    assert flipped["summary"].endswith("The framing is easier to read than the quotes.")
    same = readability_report(PLAIN, PLAIN, PLAIN, [])
    assert same["summary"].endswith("They are about as hard to read as each other.")


@pytest.mark.parametrize("quotes", ["", "   ", "“ ”"])
def test_report_without_quotes(quotes: str) -> None:
    report = readability_report(PLAIN, PLAIN, quotes, [PLAIN])
    assert report["summary"].startswith("There are no quotes to measure.")
    assert all(v is None for k, v in report["quotes"].items() if k not in ("words", "sentences"))
    empty = readability_report("", "", quotes, [])
    assert empty["summary"].startswith("There are no quotes to measure")


def test_word_caches_hold_an_article_vocabulary():
    """textstat's per-word caches (128 entries) are widened once the offline patch is in, same results."""
    import textstat.backend.validations._is_difficult_word as difficult

    from kit.readability import patch_textstat, readability_scores

    patch_textstat()
    first = readability_scores(" ".join(f"word{n} government responsibility" for n in range(400)))
    assert difficult.count_syllables.cache_info().maxsize >= 4096
    assert readability_scores(" ".join(f"word{n} government responsibility" for n in range(400))) == first
