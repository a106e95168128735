"""Loading articles: encodings, headlines, front matter, paragraphs, sentences, bad files."""

from __future__ import annotations

import os

import pytest

from kit import Article, ArticleError, load_article, seed_names, split_sentences
from kit.articles import MAX_ARTICLE_BYTES, decode_bytes

from samples import ALL


def test_seed_loads_without_headline():
    article = load_article("nato_rutte_peace_talks")
    assert article.headline is None
    assert article.text.startswith("\nIn a bold")
    assert len(article.paragraphs) == 17


def test_seed_by_path(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Headline here\n\nBody “text”.".encode("utf-8"))
    article = load_article(path)
    assert article.headline == "Headline here"
    assert article.source == str(path)


def test_unknown_seed_name_lists_valid_names():
    with pytest.raises(ArticleError, match="nato_rutte_peace_talks"):
        load_article("no_such_seed")


def test_bom_removed_and_crlf_tolerated(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle line\r\n\r\nFirst para.\r\nSecond para.\r\n")
    article = load_article(path)
    assert article.headline == "Title line"
    assert "\r" not in article.text and not article.text.startswith("\ufeff")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == ["First para.", "Second para."]


def test_cp1252_fallback_with_note(tmp_path):
    path = tmp_path / "win.txt"
    path.write_bytes("“Café,” said Zoë Lind.".encode("cp1252"))
    article = load_article(path)
    assert article.encoding == "cp1252"
    assert article.text == "“Café,” said Zoë Lind."
    assert "cp1252" in article.notes[0]


def test_utf16_with_bom():
    text, encoding, _ = decode_bytes("“Hi,” said Ann.".encode("utf-16"))
    assert text == "“Hi,” said Ann." and encoding == "utf-16"


def test_explicit_headline_wins():
    assert Article.from_text("Own headline\n\nBody.", headline="Mine").headline == "Mine"


def test_first_line_that_is_a_sentence_is_not_a_headline():
    article = Article.from_text("The council met on Tuesday and voted.\n\nMore text.")
    assert article.headline is None


def test_front_matter():
    text = "---\ntitle: Bus lanes approved\nsource: Gazette\ndate: 2026-03-14\nurl: https://example.org/x\n---\n\nBody here."
    article = Article.from_text(text)
    assert article.headline == "Bus lanes approved"
    assert dict(article.meta) == {
        "title": "Bus lanes approved",
        "source": "Gazette",
        "date": "2026-03-14",
        "url": "https://example.org/x",
    }
    assert article.text[article.paragraphs[0].start : article.paragraphs[0].end] == "Body here."


def test_single_newline_paragraphs():
    article = Article.from_text("\nOne.\nTwo.\nThree.")
    assert [article.text[p.start : p.end] for p in article.paragraphs] == ["One.", "Two.", "Three."]


def test_sentences_respect_abbreviations_and_quotes():
    text = 'Dr. Ann Lee arrived at 9 a.m. on Jan. 5. "We are ready." She left.'
    spans = split_sentences(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Dr. Ann Lee arrived at 9 a.m. on Jan. 5.",
        '"We are ready."',
        "She left.",
    ]


@pytest.mark.parametrize("name", sorted(ALL))
def test_offsets_valid_for_samples(name):
    article = Article.from_text(ALL[name])
    for span in article.paragraphs + article.sentences:
        assert 0 <= span.start < span.end <= len(article.text)


def test_every_seed_loads():
    for name in seed_names():
        article = load_article(name)
        assert article.paragraphs, name


def test_missing_file():
    with pytest.raises(ArticleError, match="no such file"):
        load_article("/no/such/file.txt")


def test_directory(tmp_path):
    with pytest.raises(ArticleError, match="folder"):
        load_article(tmp_path)


def test_binary_file(tmp_path):
    path = tmp_path / "x.bin"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ArticleError, match="binary"):
        load_article(path)


def test_too_large_file(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(ArticleError, match="permission"):
        load_article(path)


def test_html_page_is_stripped_with_a_note(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>"
        "<p>&quot;We are ready,&quot; said Ann Lee.</p><p>More text.</p></body></html>",
        encoding="utf-8",
    )
    article = load_article(path)
    assert "<" not in article.text and "alert" not in article.text
    assert any("web page" in note for note in article.notes)
    from kit import find_quotes

    assert [(q.text, q.speaker) for q in find_quotes(article)] == [("We are ready,", "Ann Lee")]
