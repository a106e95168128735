"""Load a news article: decoding, headline, front matter, paragraphs and sentences.

Every offset in this module is a Python character offset into :attr:`Article.text`,
the text *as loaded*: decoded (UTF-8, or cp1252 as a noted fallback), a leading
byte-order mark removed and Windows line ends (CRLF) turned into ``\\n``.

>>> article = Article.from_text('Mayor backs plan\\n\\nThe mayor said "Yes." Then she left.')
>>> article.headline
'Mayor backs plan'
>>> [article.text[p.start:p.end] for p in article.paragraphs]
['The mayor said "Yes." Then she left.']
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Mapping
from .scan import compiled as _rx

__all__ = [
    "Article",
    "ArticleError",
    "Span",
    "MAX_ARTICLE_BYTES",
    "decode_bytes",
    "load_article",
    "seed_names",
    "split_sentences",
    "strip_html",
]

#: Largest file the kit reads (bytes). Longer files are refused with a one-line error.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024

_FRONT_MATTER_KEYS = ("title", "source", "date", "url", "author", "headline")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>(?:[^\n]*\n)*?)---[ \t]*(?:\n|\Z)")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»“)\]]*(?=\s+|$)")
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen lt col capt sgt maj cmdr adm insp det supt st jr sr
    no nos vs etc inc corp ltd co dept univ ave rd blvd mt ft approx est fig
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m ald supv cllr coun hon rev fr pvt""".split()
)


class ArticleError(ValueError):
    """An article could not be read. The message is one plain line for the student."""


@dataclass(frozen=True)
class Span:
    """A stretch of :attr:`Article.text` from ``start`` to ``end``."""

    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A news article as loaded, with its headline, paragraphs and sentences.

    Parameters
    ----------
    text
        The whole text as loaded (headline and front matter included).
    headline
        The headline, or ``None`` when the article has none.
    source
        Where the text came from: a path, a seed name or ``"<text>"``.
    """

    text: str
    headline: str | None = None
    source: str = "<text>"
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()
    meta: Mapping[str, str] = field(default_factory=dict)
    body_start: int = 0
    paragraphs: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()

    @classmethod
    def from_text(
        cls,
        text: str,
        headline: str | None = None,
        *,
        source: str = "<text>",
        encoding: str = "utf-8",
        notes: tuple[str, ...] = (),
    ) -> "Article":
        """Build an article from a string.

        A leading byte-order mark is removed and CRLF line ends become ``\\n``.
        Front matter (``---`` / ``key: value`` lines / ``---``) is read for
        ``title``, ``source``, ``date`` and ``url``. Otherwise a short first
        line that is not a sentence is taken as the headline. An explicit
        ``headline`` always wins.

        >>> Article.from_text("").paragraphs
        ()
        >>> Article.from_text("Hi.", headline="Explicit").headline
        'Explicit'
        >>> a = Article.from_text("---\\ntitle: Big news\\nsource: Daily\\n---\\nBody text here.")
        >>> a.headline, a.meta["source"], a.text[a.body_start:]
        ('Big news', 'Daily', 'Body text here.')
        """
        if not isinstance(text, str):
            raise ArticleError(f"expected text (str), got {type(text).__name__}")
        text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        meta: dict[str, str] = {}
        body_start = 0
        found_headline: str | None = None
        match = _FRONT_MATTER.match(text)
        if match:
            for line in match.group("body").splitlines():
                key, sep, value = line.partition(":")
                key = key.strip().lower()
                if sep and key in _FRONT_MATTER_KEYS:
                    meta[key] = value.strip().strip("\"'")
            body_start = match.end()
            found_headline = meta.get("title") or meta.get("headline") or None
        else:
            found_headline, body_start = _detect_headline(text)
        if headline is not None:
            headline = " ".join(str(headline).split()) or None
        paragraphs = tuple(_split_paragraphs(text, body_start))
        sentences = tuple(s for p in paragraphs for s in split_sentences(text, p.start, p.end))
        return cls(
            text=text,
            headline=headline if headline is not None else found_headline,
            source=source,
            encoding=encoding,
            notes=tuple(notes),
            meta=meta,
            body_start=body_start,
            paragraphs=paragraphs,
            sentences=sentences,
        )

    @property
    def body(self) -> str:
        """The text after the headline or front matter."""
        return self.text[self.body_start :]

    def paragraph_index(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset``, or ``None``.

        >>> Article.from_text("One.\\n\\nTwo.").paragraph_index(7)
        1
        """
        lo, hi = 0, len(self.paragraphs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            para = self.paragraphs[mid]
            if offset < para.start:
                hi = mid - 1
            elif offset >= para.end:
                lo = mid + 1
            else:
                return mid
        return None


def _detect_headline(text: str) -> tuple[str | None, int]:
    """Return ``(headline, body_start)`` for a plain-text article."""
    first, newline, rest = text.partition("\n")
    line = first.strip()
    if not newline or not line or not rest.strip():
        return None, 0
    words = line.split()
    bare = line.rstrip("\"'”’“»)]")
    looks_like_sentence = (
        bare.endswith((".", ",", ";", ":"))
        or line[0] in "\"“”'‘«„"
        or _rx(r"[.!?][\"'”’]?\s+[A-Z“\"]").search(line) is not None
    )
    if len(words) > 25 or len(line) > 200 or looks_like_sentence:
        return None, 0
    # The headline must not also be the first sentence of the body.
    if rest.lstrip().startswith(line):
        return None, 0
    return line, len(first) + 1


def _split_paragraphs(text: str, start: int) -> list[Span]:
    """Paragraphs are non-blank lines; consecutive lines join unless blank-separated.

    Articles use either blank lines or single newlines between paragraphs. When the
    body has blank lines, a single newline is taken as a line wrap inside a
    paragraph; when it has none, each line is a paragraph.
    """
    body = text[start:]
    blank_separated = _rx(r"\n[ \t]*\n").search(body.strip("\n")) is not None
    pattern = re.compile(r"\n[ \t]*\n\s*" if blank_separated else r"\n\s*")
    spans = []
    pos = start
    for match in pattern.finditer(text, start):
        spans.append(Span(pos, match.start()))
        pos = match.end()
    spans.append(Span(pos, len(text)))
    result = []
    for span in spans:
        segment = text[span.start : span.end]
        stripped = segment.strip()
        if not stripped:
            continue
        lead = len(segment) - len(segment.lstrip())
        result.append(Span(span.start + lead, span.start + lead + len(stripped)))
    return result


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``).

    Full stops after common abbreviations (Mr., Dr., U.S., Jan.) and initials do
    not end a sentence; closing quotation marks stay with their sentence.

    >>> t = 'Dr. Chen said "We are done." Mr. Li left at 3 p.m. on Friday.'
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['Dr. Chen said "We are done."', 'Mr. Li left at 3 p.m. on Friday.']
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if match.group().startswith(".") and len(match.group().rstrip("\"'”’»“)]")) == 1:
            word = _rx(r"([A-Za-z][A-Za-z.]*)\.$").search(text[max(start, match.start() - 12) : match.start() + 1])
            if word:
                token = word.group(1).lower().rstrip(".")
                if token in _ABBREVIATIONS or len(token) == 1:
                    continue
        nxt = text[stop:end].lstrip()
        if nxt and (nxt[0].islower() or nxt[0] in ",;:"):
            continue
        spans.append(Span(pos, stop))
        pos = stop
        while pos < end and text[pos].isspace():
            pos += 1
    if pos < end and text[pos:end].strip():
        tail = text[pos:end]
        spans.append(Span(pos, pos + len(tail.rstrip())))
    return [s for s in spans if s.end > s.start]


def decode_bytes(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """Decode file bytes; return ``(text, encoding, notes)``.

    UTF-8 (with or without BOM) first, UTF-16 when a UTF-16 BOM is present, then
    cp1252 (Windows Western) with a note. Binary data raises :class:`ArticleError`.

    >>> decode_bytes("caf\\u00e9".encode("cp1252"))
    ('café', 'cp1252', ('The file is not UTF-8; it was read as cp1252 (Windows Western European).',))
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", ("The file was read as UTF-16.",)
        except UnicodeDecodeError:
            raise ArticleError("the file starts like UTF-16 but cannot be decoded") from None
    if b"\x00" in data[:8192]:
        raise ArticleError("this looks like a binary file, not plain text")
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8"
        notes: tuple[str, ...] = ()
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            encoding = "latin-1"
        else:
            encoding = "cp1252"
        label = "cp1252 (Windows Western European)" if encoding == "cp1252" else "latin-1"
        notes = (f"The file is not UTF-8; it was read as {label}.",)
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 8 and controls > len(text[:8192]) // 100:
        raise ArticleError("this looks like a binary file, not plain text")
    return text, encoding, notes


_HTML_START = re.compile(r"\A\s*(?:<!doctype html|<html\b|<head\b|<body\b|<article\b|<p\b|<div\b)", re.IGNORECASE)


def strip_html(text: str) -> tuple[str, bool]:
    """Turn a pasted web page into plain text: drop scripts, styles and tags, keep paragraphs.

    Returns ``(text, changed)``; text that does not start like HTML is returned unchanged.

    >>> text, changed = strip_html('<html><script>x()</script><p>One &amp; two.</p><p>"Hi," she said.</p></html>')
    >>> text.split(chr(10) * 2), changed
    (['One & two.', '"Hi," she said.'], True)
    """
    if not _HTML_START.match(text):
        return text, False
    import html as _html

    body = _rx(r"(?is)<(script|style|noscript|template)\b.*?</\1\s*>").sub(" ", text)
    body = _rx(r"(?is)<!--.*?-->").sub(" ", body)
    body = _rx(r"(?i)</?(p|div|br|h[1-6]|li|article|section|blockquote|header|footer|tr)\b[^>]*>").sub("\n\n", body)
    body = _rx(r"(?s)<[^>]+>").sub(" ", body)
    body = _html.unescape(body)
    paragraphs = [" ".join(part.split()) for part in _rx(r"\n\s*\n").split(body)]
    return "\n\n".join(p for p in paragraphs if p), True


def seed_names() -> tuple[str, ...]:
    """Names of the seed articles shipped with the kit.

    >>> "nato_rutte_peace_talks" in seed_names()
    True
    """
    folder = resources.files("kit.seeds")
    return tuple(sorted(p.name[:-4] for p in folder.iterdir() if p.name.endswith(".txt")))


def load_article(path_or_name: str | Path, headline: str | None = None) -> Article:
    """Load an article from a file path or a seed name.

    Parameters
    ----------
    path_or_name
        A path to a plain-text file, or the name of a seed article
        (see :func:`seed_names`).
    headline
        An explicit headline; it wins over one found in the file.

    Raises
    ------
    ArticleError
        With a one-line message: missing file, a directory, unreadable, binary or too large.

    >>> article = load_article("nato_rutte_peace_talks")
    >>> article.headline is None, len(article.paragraphs)
    (True, 17)
    """
    name = str(path_or_name)
    path = Path(name)
    if not path.exists() and "/" not in name and "\\" not in name:
        stem = name[:-4] if name.endswith(".txt") else name
        if stem in seed_names():
            data = (resources.files("kit.seeds") / f"{stem}.txt").read_bytes()
            text, encoding, notes = decode_bytes(data)
            meta_file = resources.files("kit.seeds") / f"{stem}.json"
            article = Article.from_text(text, headline, source=stem, encoding=encoding, notes=notes)
            if meta_file.is_file() and headline is None and article.headline is None:
                import json

                title = json.loads(meta_file.read_text(encoding="utf-8")).get("title")
                if title:
                    article = Article.from_text(text, title, source=stem, encoding=encoding, notes=notes)
            return article
        if not path.suffix:
            raise ArticleError(
                f"no file or seed article called '{name}' (seed articles: {', '.join(seed_names())})"
            )
    if not path.exists():
        raise ArticleError(f"no such file: {name}")
    if path.is_dir():
        raise ArticleError(f"{name} is a folder, not a text file")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{name} is too large ({size / 1_048_576:.1f} MB; the limit is "
                f"{MAX_ARTICLE_BYTES // 1_048_576} MB)"
            )
        data = path.read_bytes()
    except PermissionError:
        raise ArticleError(f"cannot read {name}: permission denied") from None
    except OSError as exc:
        raise ArticleError(f"cannot read {name}: {exc.strerror or exc}") from None
    text, encoding, notes = decode_bytes(data)
    text, was_html = strip_html(text)
    if was_html:
        notes = notes + ("The file looked like a web page; its HTML tags were removed before analysis.",)
    return Article.from_text(text, headline, source=name, encoding=encoding, notes=notes)
