"""Spot the spin: students click the headline words they think the quotes do not back, then check.

Two modes: ``"unsupported"`` (content words whose status is "framing" or
"nowhere": the quotes do not contain them) and ``"loaded"`` (words covered by a
loaded-word, said-verb, vague-source or clickbait flag).

>>> from kit.analysis import analyze
>>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
>>> words = headline_words("Council slams vote")
>>> words, sorted(answer_key("Council slams vote", a.headline_context(), "loaded"))
(['Council', 'slams', 'vote'], [1])
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

import traitlets

from ..headlines import HeadlineContext, score_headline
from ._common import escape, style_tag
from ._common import as_analysis

__all__ = [
    "MODES",
    "headline_words",
    "word_spans",
    "answer_key",
    "explain_key",
    "check_picks",
    "render_feedback",
    "PickerModel",
    "make_picker",
]

#: The picker's modes and what the student is asked to find.
MODES: dict[str, str] = {
    "unsupported": "Click the words that no quote backs up.",
    "loaded": "Click the loaded words: the ones that tell you how to feel.",
}

_LOADED_KINDS = ("loaded", "said_verb", "vague_source", "clickbait")
_WORDLIKE = re.compile(r"[^\W_]", re.UNICODE)


def _normalise(headline: str) -> str:
    return " ".join(str(headline).split())


def word_spans(headline: str) -> list[tuple[int, int]]:
    """Offsets of each word in the whitespace-normalised headline (punctuation stays attached).

    A piece with no letters or digits (a dash, a lone colon) joins the word before it.

    >>> word_spans("Rutte — no talks")
    [(0, 7), (8, 10), (11, 16)]
    """
    text = _normalise(headline)
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"\S+", text):
        if spans and not _WORDLIKE.search(match.group()):
            spans[-1] = (spans[-1][0], match.end())
        elif spans and not _WORDLIKE.search(text[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], match.end())  # a leading lone dash joins the next word
        else:
            spans.append((match.start(), match.end()))
    return spans


def headline_words(headline: str) -> list[str]:
    """The headline's words as shown on the buttons, punctuation kept attached.

    >>> headline_words('  Rutte: "no" talks — yet ')
    ['Rutte:', '"no"', 'talks —', 'yet']
    """
    text = _normalise(headline)
    return [text[s:e] for s, e in word_spans(text)]


def _covering(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    return [i for i, (s, e) in enumerate(spans) if s < end and start < e]


def explain_key(headline: str, context: HeadlineContext | None, mode: str = "unsupported") -> dict[int, str]:
    """Each answer word's index with a plain reason why it is in the key.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
    >>> explain_key("Council to ban cars", a.headline_context())  # doctest: +NORMALIZE_WHITESPACE
    {0: "the article's own words use it, but no quote does",
     2: 'nobody in the quotes or the article used it', 3: 'nobody in the quotes or the article used it'}
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of: {', '.join(MODES)}")
    text = _normalise(headline)
    spans = word_spans(text)
    report = score_headline(text, context)
    reasons: dict[int, str] = {}
    if mode == "unsupported":
        for term in report.terms:
            if term["status"] == "framing":
                reason = "the article's own words use it, but no quote does"
            elif term["status"] == "nowhere":
                reason = "nobody in the quotes or the article used it"
            else:
                continue
            for i in _covering(spans, term["start"], term["end"]):
                reasons.setdefault(i, reason)
    else:
        for flag in report.flags:
            if flag["kind"] not in _LOADED_KINDS or not flag["text"]:
                continue
            for match in re.finditer(re.escape(flag["text"]), text):
                for i in _covering(spans, match.start(), match.end()):
                    reasons.setdefault(i, flag["explanation"])
    return dict(sorted(reasons.items()))


def answer_key(headline: str, context: HeadlineContext | None, mode: str = "unsupported") -> set[int]:
    """Indices (into :func:`headline_words`) of the words to find.

    Parameters
    ----------
    headline
        The headline.
    context
        ``analysis.headline_context()``; ``None`` scores without an article
        (then only ``"loaded"`` mode finds anything).
    mode
        ``"unsupported"``: content words whose term status is "framing" or
        "nowhere"; ``"loaded"``: words covered by a loaded, said-verb,
        vague-source or clickbait flag.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
    >>> sorted(answer_key("Council to ban cars", a.headline_context()))
    [0, 2, 3]
    """
    return set(explain_key(headline, context, mode))


def check_picks(picked: Iterable[int], key: Iterable[int]) -> dict[str, Any]:
    """Compare the student's picks with the key.

    Returns ``{"verdicts": {index: "correct" | "missed" | "wrong"}, "found", "total",
    "wrong", "score"}``; words neither picked nor in the key get no verdict. The
    score is found / (total + wrong), so wild guessing does not pay; 1.0 when
    there is nothing to find and nothing was picked.

    >>> result = check_picks({1, 2}, {2, 3})
    >>> result["verdicts"], result["score"]
    ({1: 'wrong', 2: 'correct', 3: 'missed'}, 0.33)
    """
    picked, key = set(picked), set(key)
    verdicts: dict[int, str] = {}
    for i in sorted(picked | key):
        verdicts[i] = "correct" if i in picked and i in key else "missed" if i in key else "wrong"
    found = len(picked & key)
    wrong = len(picked - key)
    denominator = len(key) + wrong
    score = round(found / denominator, 2) if denominator else 1.0
    return {"verdicts": verdicts, "found": found, "total": len(key), "wrong": wrong, "score": score}


def render_feedback(
    words: Sequence[str],
    verdicts: Mapping[int, str],
    reasons: Mapping[int, str] | None = None,
    mode: str = "unsupported",
) -> str:
    """Plain-language feedback on a check: how many were found, and why each word counts.

    >>> html = render_feedback(["Rutte", "vows", "unshakable", "support"], {2: "missed", 1: "correct"},
    ...                        {1: "nobody in the quotes or the article used it", 2: "nobody in the quotes or the article used it"})
    >>> "You found 1 of 2." in html and "&#x27;unshakable&#x27;" in html
    True
    """
    reasons = reasons or {}
    total = sum(1 for v in verdicts.values() if v in ("correct", "missed"))
    found = sum(1 for v in verdicts.values() if v == "correct")
    wrong = [i for i, v in sorted(verdicts.items()) if v == "wrong"]
    missed = [i for i, v in sorted(verdicts.items()) if v == "missed"]
    correct = [i for i, v in sorted(verdicts.items()) if v == "correct"]

    def word(i: int) -> str:
        return escape(f"'{words[i]}'") if 0 <= i < len(words) else "?"

    def why(i: int) -> str:
        default = "a quote backs it" if mode == "unsupported" else "it is plain wording"
        return escape(reasons.get(i, default))

    lines: list[str] = []
    if total == 0:
        nothing = "every content word here is in the quotes" if mode == "unsupported" else "there are no loaded words here"
        headline = "Well spotted: nothing to find" if not wrong else "There was nothing to find"
        lines.append(f"<div><strong>{headline}</strong> — {nothing}.</div>")
    else:
        done = " All of them!" if found == total and not wrong else ""
        lines.append(f"<div><strong>You found {found} of {total}.</strong>{done}</div>")
    for i in correct:
        lines.append(f'<div class="kit-flag kit-ok">✓ {word(i)}: right — {why(i)}.</div>')
    for i in missed:
        lines.append(f'<div class="kit-flag">○ missed {word(i)}: {why(i)}.</div>')
    for i in wrong:
        backed = "a quote or the who-said-it context backs it" if mode == "unsupported" else "it is not loaded wording"
        lines.append(f'<div class="kit-flag" style="border-left-style:dashed">✗ not {word(i)}: {escape(backed)}.</div>')
    return f'{style_tag()}<div class="kit-w kit-feedback" role="status">{"".join(lines)}</div>'


class PickerModel(traitlets.HasTraits):
    """State of the picker: headline, mode, the picked word indices and the feedback.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
    >>> model = PickerModel(analysis=a, headline="Council to ban cars")
    >>> model.toggle(2); result = model.check(); result["found"], result["total"], model.checked
    (1, 3, True)
    >>> model.toggle(3); model.checked, model.feedback
    (False, '')
    """

    analysis = traitlets.Any(allow_none=True)
    headline = traitlets.Unicode("")
    mode = traitlets.Enum(tuple(MODES), default_value="unsupported")
    words = traitlets.List(traitlets.Unicode())
    picked = traitlets.List(traitlets.Int())
    feedback = traitlets.Unicode("")
    checked = traitlets.Bool(False)
    result = traitlets.Dict()

    def __init__(self, analysis: Any = None, headline: str = "", mode: str = "unsupported", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.analysis = as_analysis(analysis) if analysis is not None else None
        self._context = self.analysis.headline_context() if self.analysis is not None else None
        self.mode = mode
        self.headline = headline
        self._setup()

    @traitlets.observe("headline", "mode")
    def _on_question(self, change: dict[str, Any]) -> None:
        self._setup()

    def _setup(self) -> None:
        self.words = headline_words(self.headline)
        self.reasons = explain_key(self.headline, getattr(self, "_context", None), self.mode)
        self.key = set(self.reasons)
        self.reset()

    def toggle(self, i: int) -> None:
        """Pick or unpick word ``i``; after a check this clears the old feedback."""
        if not 0 <= i < len(self.words):
            raise IndexError(f"no word {i}: the headline has {len(self.words)} words")
        picked = set(self.picked) ^ {i}
        self._clear()
        self.picked = sorted(picked)

    def check(self) -> dict[str, Any]:
        """Compare the picks with the answer key and write the feedback."""
        self.result = check_picks(self.picked, self.key)
        self.feedback = render_feedback(self.words, self.result["verdicts"], self.reasons, self.mode)
        self.checked = True
        return self.result

    def _clear(self) -> None:
        self.checked = False
        self.feedback = ""
        self.result = {}

    def reset(self) -> None:
        """Unpick every word and clear the feedback."""
        self._clear()
        self.picked = []


def make_picker(article_or_analysis: Any, headline: str, mode: str = "unsupported") -> Any:
    """Build the picker view: one toggle button per headline word, Check and Reset, and the feedback.

    The buttons are real ``<button>`` elements, so Tab reaches each word and
    Space or Enter toggles it. The returned ``VBox`` has ``.model``
    (:class:`PickerModel`), ``.word_buttons``, ``.check_button``,
    ``.reset_button`` and ``.feedback``. It is not displayed.
    """
    import ipywidgets as widgets

    model = PickerModel(analysis=as_analysis(article_or_analysis), headline=headline, mode=mode)
    prompt = widgets.HTML(value=f'<div class="kit-w"><strong>{escape(MODES[model.mode])}</strong> Then press Check.</div>')
    prompt.add_class("kit-picker-prompt")
    buttons: list[Any] = []
    syncing = {"on": False}

    def on_word(change: dict[str, Any], i: int) -> None:
        if syncing["on"]:
            return
        if bool(change["new"]) != (i in model.picked):
            model.toggle(i)

    for i, word in enumerate(model.words):
        button = widgets.ToggleButton(value=False, description=word, tooltip=f"pick '{word}'", layout=widgets.Layout(width="auto"))
        button.add_class("kit-picker-word")
        button.observe(lambda change, i=i: on_word(change, i), names="value")
        buttons.append(button)
    row = widgets.HBox(buttons, layout=widgets.Layout(flex_flow="row wrap", max_width="1000px"))
    row.add_class("kit-picker-words")
    check = widgets.Button(description="Check", icon="check", button_style="primary", tooltip="Compare your picks with the answer")
    check.add_class("kit-picker-check")
    reset = widgets.Button(description="Reset", icon="undo", tooltip="Unpick every word")
    reset.add_class("kit-picker-reset")
    feedback = widgets.HTML(value=model.feedback, layout=widgets.Layout(width="100%", max_width="1000px"))
    feedback.add_class("kit-picker-feedback")
    traitlets.dlink((model, "feedback"), (feedback, "value"))

    marks = {"correct": ("success", "check"), "missed": ("warning", "circle-o"), "wrong": ("danger", "times")}

    def sync(change: Any = None) -> None:
        syncing["on"] = True
        try:
            verdicts = model.result.get("verdicts", {}) if model.checked else {}
            for i, button in enumerate(buttons):
                button.value = i in model.picked
                style, icon = marks.get(verdicts.get(i, ""), ("", ""))
                button.button_style = style
                button.icon = icon  # an icon as well as a colour
        finally:
            syncing["on"] = False

    model.observe(sync, names=["picked", "checked"])
    check.on_click(lambda _b: model.check())
    reset.on_click(lambda _b: model.reset())
    sync()
    box = widgets.VBox([prompt, row, widgets.HBox([check, reset]), feedback], layout=widgets.Layout(max_width="1000px"))
    box.add_class("kit-picker")
    box.model = model
    box.word_buttons = buttons
    box.check_button = check
    box.reset_button = reset
    box.feedback = feedback
    return box
