"""Property tests: any text in, no exception, valid offsets, no overlapping quotes."""

from __future__ import annotations


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit import Article, analyze, find_quotes

from samples import HUGE

MARKS = list("\"'“”‘’„‚«»‹›") + ["“", "”"]
NAMES = ["Ann Lee", "Tom Reid", "Dr. Maria Fonseca", "the company", "she", "he", "one official", "Rutte"]
WORDS = ["said", "told reporters:", "according to", "we", "will", "not", "don't", "students'", "'90s", ",", ".", "\n", "\n\n"]

pieces = st.one_of(st.sampled_from(MARKS), st.sampled_from(NAMES), st.sampled_from(WORDS), st.text(max_size=8))
articles = st.lists(pieces, max_size=60).map(" ".join)


def check(text: str) -> None:
    article = Article.from_text(text)
    quotes = find_quotes(article)
    last_end = -1
    for q in quotes:
        assert 0 <= q.start < q.end <= len(article.text)
        assert article.text[q.start : q.end] == q.text
        assert q.start >= last_end, "quotes overlap"
        last_end = q.end
        assert q.kind in {"full", "fragment", "term"}
        if q.kind == "term":
            assert q.speaker is None


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles)
def test_generated_articles(text):
    check(text)


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_any_string(text):
    check(text)
    analyze(text).to_dict()


def test_one_megabyte_article():
    """A 1 MB article is analysed completely (how fast: `make bench`, 1,000 articles of 1.1 MB)."""
    analysis = analyze(HUGE)
    assert len(HUGE) > 1_000_000
    assert len(analysis.speech) == 7 * 140
