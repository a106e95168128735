"""Bring your own article: paste a text (or pick a seed), analyse it, then highlight it and write headlines.

Nothing a student pastes raises: :func:`analyze_text_safely` turns every problem
into one friendly line, and the view catches anything else inside its callback.

>>> analysis, message = analyze_text_safely("   ")
>>> analysis is None, message
(True, 'Paste an article first.')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Sequence

import traitlets

from ._common import escape, style_tag

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis import Analysis

__all__ = ["MAX_CHARS", "PASTE_OWN", "analyze_text_safely", "render_message", "ByoModel", "make_byo"]

#: The longest text the widget analyses (about 30,000 words; a long feature is under 50,000 characters).
MAX_CHARS = 200_000

#: The dropdown entry for pasting your own text.
PASTE_OWN = "— paste your own —"

_TAG = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*|!--|!doctype)[^>]*>", re.IGNORECASE)


def _strip_tags(text: str) -> str:
    from ..articles import strip_html

    stripped, changed = strip_html(text)
    if not changed:  # a fragment that does not start like a page: wrap it so the same stripping applies
        stripped, _ = strip_html("<div>" + text)
    return stripped


def _looks_binary(text: str) -> bool:
    if "\x00" in text or "\ufffd\ufffd\ufffd" in text:
        return True
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls >= 2 and controls > len(sample) // 100


def analyze_text_safely(text: Any, headline: str | None = None) -> tuple["Analysis | None", str | None]:
    """Analyse pasted text, returning ``(analysis, message)`` and never raising.

    ``analysis`` is ``None`` when the text cannot be used and ``message`` says
    why in one friendly line; with an analysis, ``message`` is ``None`` or a note
    (for example that HTML tags were removed).

    Parameters
    ----------
    text
        What the student pasted.
    headline
        An optional headline for the article (blank: the one found in the text, if any).

    >>> analyze_text_safely("")[1]
    'Paste an article first.'
    >>> analyze_text_safely("No quotes here at all.")[1]
    'No direct quotes found — the kit compares headlines with what people said, so try an article that quotes people.'
    >>> analysis, note = analyze_text_safely('<p>"Hi," said Ann Lee.</p>')
    >>> analysis.speakers(), note
    ([('Ann Lee', 1)], 'This looked like HTML: the tags were removed before the analysis.')
    """
    try:
        if text is None:
            return None, "Paste an article first."
        if isinstance(text, bytes):
            return None, "Paste the article's text, not a file's bytes."
        if not isinstance(text, str):
            return None, f"Paste the article's text (got {type(text).__name__})."
        if not text.strip():
            return None, "Paste an article first."
        if len(text) > MAX_CHARS:
            return None, (
                f"That text is too long ({len(text):,} characters): paste one article of at most {MAX_CHARS:,} characters."
            )
        if _looks_binary(text):
            return None, "This looks like binary data, not article text: copy the article's words and paste those."
        note = None
        if _TAG.search(text):
            text = _strip_tags(text)
            note = "This looked like HTML: the tags were removed before the analysis."
            if not text.strip():
                return None, "This looked like HTML with no readable text in it: paste the article's words instead."
        from ..analysis import analyze
        from ..articles import Article, ArticleError

        headline = " ".join(str(headline or "").split()) or None
        try:
            article = Article.from_text(text, headline=headline, source="pasted text")
        except ArticleError as exc:
            return None, f"This text cannot be read: {exc}."
        analysis = analyze(article)
        if not analysis.speech:
            return None, (
                "No direct quotes found — the kit compares headlines with what people said, "
                "so try an article that quotes people."
            )
        return analysis, note
    except Exception as exc:  # a student's paste must never show a traceback
        return None, f"Something went wrong reading this text ({type(exc).__name__}); try pasting plain text."


def render_message(message: str | None, error: bool = True) -> str:
    """A one-line message box (an error, or a neutral note); empty string for no message.

    >>> "kit-error" in render_message("Paste an article first.")
    True
    >>> render_message(None)
    ''
    """
    if not message:
        return ""
    cls = "kit-error" if error else "kit-legend"
    role = "alert" if error else "status"
    return f'{style_tag()}<div class="kit-w"><div class="{cls}" role="{role}">{escape(message)}</div></div>'


class ByoModel(traitlets.HasTraits):
    """State of the bring-your-own widget: the chosen seed, the text, the headline and the result.

    >>> model = ByoModel()
    >>> model.text = '"Hi," said Ann Lee.'
    >>> model.analyse() is not None, model.message
    (True, '')
    """

    seed = traitlets.Unicode(PASTE_OWN)
    text = traitlets.Unicode("")
    headline = traitlets.Unicode("")
    analysis = traitlets.Any(allow_none=True)
    message = traitlets.Unicode("")
    note = traitlets.Unicode("")

    @traitlets.observe("seed")
    def _load_seed(self, change: dict[str, Any]) -> None:
        name = change["new"]
        if not name or name == PASTE_OWN:
            return
        from ..articles import load_article

        try:
            article = load_article(name)
        except Exception as exc:  # noqa: BLE001 - shown to the student
            self.message = f"Could not load the seed article: {exc}"
            return
        self.text = article.text
        self.headline = article.headline or ""

    def analyse(self) -> "Analysis | None":
        """Analyse the current text; sets ``analysis`` and ``message``/``note`` and never raises."""
        analysis, message = analyze_text_safely(self.text, self.headline or None)
        self.analysis = analysis
        self.message = message if analysis is None else ""
        self.note = (message or "") if analysis is not None else ""
        return analysis


def make_byo(seeds: Sequence[str] | None = None) -> Any:
    """Build the bring-your-own-article view.

    A dropdown of seed articles (plus :data:`PASTE_OWN`), a text area, an optional
    headline and an "Analyse" button; the result (the highlighter and the
    headline workbench for that article) or a friendly message appears inside the
    widget. The returned ``VBox`` has ``.model`` (:class:`ByoModel`), ``.seed``,
    ``.textarea``, ``.headline``, ``.analyse_button``, ``.message`` and ``.result``.
    It is not displayed.
    """
    import ipywidgets as widgets

    from ..articles import seed_names
    from .highlighter import make_highlighter
    from .workbench import make_workbench

    names = list(seed_names() if seeds is None else seeds)
    model = ByoModel()
    dropdown = widgets.Dropdown(options=[PASTE_OWN] + names, value=PASTE_OWN, description="Article")
    dropdown.add_class("kit-byo-seed")
    textarea = widgets.Textarea(
        placeholder="Paste the text of a news article here (plain text is best).",
        layout=widgets.Layout(width="100%", max_width="1000px", height="12em"),
    )
    textarea.add_class("kit-byo-text")
    headline = widgets.Text(
        placeholder="Optional: the article's headline",
        description="Headline",
        layout=widgets.Layout(width="100%", max_width="900px"),
    )
    headline.add_class("kit-byo-headline")
    button = widgets.Button(description="Analyse", icon="search", button_style="primary", tooltip="Find the quotes and marked words")
    button.add_class("kit-byo-analyse")
    message = widgets.HTML(layout=widgets.Layout(width="100%", max_width="1000px"))
    message.add_class("kit-byo-message")
    result = widgets.VBox(layout=widgets.Layout(width="100%", max_width="1000px"))
    result.add_class("kit-byo-result")

    traitlets.link((dropdown, "value"), (model, "seed"))
    traitlets.link((textarea, "value"), (model, "text"))
    traitlets.link((headline, "value"), (model, "headline"))

    def on_analyse(_button: Any = None) -> None:
        try:
            analysis = model.analyse()
            if analysis is None:
                result.children = ()
                message.value = render_message(model.message)
                return
            message.value = render_message(model.note, error=False)
            tabs = widgets.Tab(
                children=[make_highlighter(analysis), make_workbench(analysis, headline=model.headline)]
            )
            tabs.set_title(0, "Highlighted article")
            tabs.set_title(1, "Headline workbench")
            result.children = (tabs,)
        except Exception as exc:  # never a traceback in the notebook
            result.children = ()
            message.value = render_message(f"Something went wrong ({type(exc).__name__}); try pasting plain text.")

    button.on_click(on_analyse)
    box = widgets.VBox(
        [dropdown, textarea, headline, button, message, result], layout=widgets.Layout(max_width="1000px")
    )
    box.add_class("kit-byo")
    box.model = model
    box.seed = dropdown
    box.textarea = textarea
    box.headline = headline
    box.analyse_button = button
    box.message = message
    box.result = result
    box.analyse = on_analyse
    return box
