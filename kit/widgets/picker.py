"""Spot the spin: students click the headline words they think the quotes do not back, then check.

Two modes: ``"unsupported"`` (content words whose status is "framing" or
"nowhere": the quotes do not contain them) and ``"loaded"`` (words covered by a
loaded-word, said-verb, vague-source or clickbait flag).

The buttons show each word without the punctuation around it ("Shocking:" ->
"Shocking"); a hyphen or apostrophe inside a word stays ("wake-up", "won't").
A flagged phrase that covers several words ("wake-up call", "Experts say") is
one answer: picking any of its words finds it, and it counts once.

>>> from kit.analysis import analyze
>>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
>>> words = headline_words("Council slams vote!")
>>> words, sorted(answer_key("Council slams vote!", a.headline_context(), "loaded"))
(['Council', 'slams', 'vote'], [1, 2])
"""

from __future__ import annotations

import re
import unicodedata
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
    "answer_groups",
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
#: A piece of the headline: split at spaces and at an em dash written without spaces ("Rutte—no").
_PIECE = re.compile("[^\\s\u2014]+")
#: Punctuation kept at the edge of a word because it changes the meaning: "40%", "#1".
_KEEP_AT_EDGE = frozenset("%#")


def _normalise(headline: str) -> str:
    return " ".join(str(headline).split())


def _piece_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of each word *with* the punctuation around it ("Shocking:", "talks —").

    A piece with no letters or digits (a dash, a lone colon, "!!!") joins the word
    before it. These spans decide which word covers a flag, so a flagged "!!!"
    still belongs to the word it follows.
    """
    spans: list[tuple[int, int]] = []
    for match in _PIECE.finditer(text):
        if spans and not _WORDLIKE.search(match.group()):
            spans[-1] = (spans[-1][0], match.end())
        elif spans and not _WORDLIKE.search(text[spans[-1][0] : spans[-1][1]]):
            spans[-1] = (spans[-1][0], match.end())  # a leading lone dash joins the next word
        else:
            spans.append((match.start(), match.end()))
    return spans


def _is_edge_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P") and char not in _KEEP_AT_EDGE


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim the punctuation around a word; keep an abbreviation's last full stop ("U.S.")."""
    if not _WORDLIKE.search(text[start:end]):
        return start, end  # nothing but punctuation: show it as it is
    s, e = start, end
    while s < e and (text[s].isspace() or _is_edge_punctuation(text[s])):
        s += 1
    while e > s and (text[e - 1].isspace() or _is_edge_punctuation(text[e - 1])):
        e -= 1
    if e < end and text[e] == "." and re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", text[s:e]):
        e += 1
    return s, e


def word_spans(headline: str) -> list[tuple[int, int]]:
    """Offsets of each word in the whitespace-normalised headline, without the punctuation around it.

    A piece with no letters or digits (a dash, a lone colon) is not a word. A
    hyphen or apostrophe inside a word stays ("wake-up", "Rutte's"), and so does
    the full stop of an abbreviation ("U.S.") and a per cent sign ("40%").

    >>> word_spans("Rutte — no talks!")
    [(0, 5), (8, 10), (11, 16)]
    """
    text = _normalise(headline)
    return [_strip_span(text, s, e) for s, e in _piece_spans(text)]


def headline_words(headline: str) -> list[str]:
    """The headline's words as shown on the buttons, without the punctuation around them.

    >>> headline_words('  Shocking: "no" wake-up call — U.S. rates up 40%! ')
    ['Shocking', 'no', 'wake-up', 'call', 'U.S.', 'rates', 'up', '40%']
    """
    text = _normalise(headline)
    return [text[s:e] for s, e in word_spans(text)]


def _covering(spans: Sequence[tuple[int, int]], start: int, end: int) -> list[int]:
    return [i for i, (s, e) in enumerate(spans) if s < end and start < e]


def _merge(groups: Iterable[Iterable[int]]) -> list[tuple[int, ...]]:
    """Merge groups that share a word, so each word belongs to one answer at most."""
    merged: list[set[int]] = []
    for group in groups:
        current = set(group)
        if not current:
            continue
        for other in [m for m in merged if m & current]:
            current |= other
            merged.remove(other)
        merged.append(current)
    return sorted((tuple(sorted(m)) for m in merged), key=lambda g: g[0])


def _key_spans(headline: str, context: HeadlineContext | None, mode: str) -> tuple[dict[int, str], list[tuple[int, ...]]]:
    """The reasons per word index and the answers (groups of word indices) for a headline."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of: {', '.join(MODES)}")
    text = _normalise(headline)
    spans = _piece_spans(text)
    report = score_headline(text, context)
    reasons: dict[int, str] = {}
    groups: list[list[int]] = []
    if mode == "unsupported":
        for term in report.terms:
            if term["status"] == "framing":
                reason = "the article's own words use it, but no quote does"
            elif term["status"] == "nowhere":
                reason = "nobody in the quotes or the article used it"
            else:
                continue
            covered = _covering(spans, term["start"], term["end"])
            groups.append(covered)
            for i in covered:
                reasons.setdefault(i, reason)
    else:
        for flag in report.flags:
            if flag["kind"] not in _LOADED_KINDS or not flag["text"]:
                continue
            for match in re.finditer(re.escape(flag["text"]), text):
                covered = _covering(spans, match.start(), match.end())
                groups.append(covered)
                for i in covered:
                    reasons.setdefault(i, flag["explanation"])
    return dict(sorted(reasons.items())), _merge(groups)


def answer_groups(headline: str, context: HeadlineContext | None, mode: str = "unsupported") -> list[tuple[int, ...]]:
    """The answers to find, each a tuple of word indices that count as one find.

    A flagged phrase over several words ("wake-up call", "Experts say") is one
    answer; answers that share a word are merged, so no word counts twice.

    >>> answer_groups("Experts say Rutte slams talks", None, "loaded")
    [(0, 1), (3,)]
    """
    return _key_spans(headline, context, mode)[1]


def explain_key(headline: str, context: HeadlineContext | None, mode: str = "unsupported") -> dict[int, str]:
    """Each answer word's index with a plain reason why it is in the key.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
    >>> explain_key("Council to ban cars", a.headline_context())  # doctest: +NORMALIZE_WHITESPACE
    {0: "the article's own words use it, but no quote does",
     2: 'nobody in the quotes or the article used it', 3: 'nobody in the quotes or the article used it'}
    """
    return _key_spans(headline, context, mode)[0]


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


def _as_groups(key: Iterable[int] | Iterable[Iterable[int]]) -> list[tuple[int, ...]]:
    """A key given as word indices (each its own answer) or as groups of indices, as merged groups."""
    return _merge([item] if isinstance(item, int) else item for item in key)


def check_picks(picked: Iterable[int], key: Iterable[int] | Iterable[Iterable[int]]) -> dict[str, Any]:
    """Compare the student's picks with the key.

    ``key`` is either word indices (each one answer) or groups of word indices
    (from :func:`answer_groups`), where a group is one answer: picking any of its
    words finds it, and it counts once however many of its words were picked.

    Returns ``{"verdicts": {index: "correct" | "missed" | "wrong"}, "groups",
    "found", "total", "wrong", "score"}``. Every word of a found answer is
    "correct" (picked or not), every word of an answer not found is "missed";
    words neither picked nor in the key get no verdict. ``groups`` lists each
    answer's word indices. The score is found / (total + wrong), so wild
    guessing does not pay; 1.0 when there is nothing to find and nothing was picked.

    >>> result = check_picks({1, 2}, {2, 3})
    >>> result["verdicts"], result["score"]
    ({1: 'wrong', 2: 'correct', 3: 'missed'}, 0.33)
    >>> result = check_picks({4, 5}, [(2,), (4, 5)])  # "wake-up" and "call" are one answer
    >>> result["found"], result["total"], result["score"]
    (1, 2, 0.5)
    """
    picked = set(picked)
    groups = _as_groups(key)
    in_key = {i for group in groups for i in group}
    verdicts: dict[int, str] = {}
    found = 0
    for group in groups:
        hit = bool(picked & set(group))
        found += hit
        for i in group:
            verdicts[i] = "correct" if hit else "missed"
    wrong = sorted(picked - in_key)
    for i in wrong:
        verdicts[i] = "wrong"
    denominator = len(groups) + len(wrong)
    score = round(found / denominator, 2) if denominator else 1.0
    return {
        "verdicts": dict(sorted(verdicts.items())),
        "groups": [list(g) for g in groups],
        "found": found,
        "total": len(groups),
        "wrong": len(wrong),
        "score": score,
    }


def render_feedback(
    words: Sequence[str],
    verdicts: Mapping[int, str],
    reasons: Mapping[int, str] | None = None,
    mode: str = "unsupported",
    groups: Sequence[Sequence[int]] | None = None,
) -> str:
    """Plain-language feedback on a check: how many were found, and why each answer counts.

    ``groups`` (from :func:`check_picks`) joins the words of one answer ("wake-up
    call"), which is then counted and explained once; without it every word with a
    verdict is its own answer.

    >>> html = render_feedback(["Rutte", "vows", "unshakable", "support"], {2: "missed", 1: "correct"},
    ...                        {1: "nobody in the quotes or the article used it", 2: "nobody in the quotes or the article used it"})
    >>> "You found 1 of 2." in html and "&#x27;unshakable&#x27;" in html
    True
    >>> html = render_feedback(["urgent", "wake-up", "call"], {0: "missed", 1: "correct", 2: "correct"},
    ...                        {1: "loaded", 2: "loaded"}, "loaded", groups=[[0], [1, 2]])
    >>> "You found 1 of 2." in html and "&#x27;wake-up call&#x27;: right" in html
    True
    """
    reasons = reasons or {}
    answers: list[tuple[int, ...]] = []
    seen: set[int] = set()
    for group in groups or ():
        group = tuple(i for i in group if verdicts.get(i) in ("correct", "missed"))
        if group and not seen & set(group):
            answers.append(group)
            seen.update(group)
    answers += [(i,) for i, v in sorted(verdicts.items()) if v in ("correct", "missed") and i not in seen]
    answers.sort()
    total = len(answers)
    correct = [a for a in answers if any(verdicts[i] == "correct" for i in a)]
    missed = [a for a in answers if a not in correct]
    found = len(correct)
    wrong = [(i,) for i, v in sorted(verdicts.items()) if v == "wrong"]

    def word(answer: Sequence[int]) -> str:
        shown = [words[i] for i in answer if 0 <= i < len(words)]
        return escape(f"'{' '.join(shown)}'") if shown else "?"

    def why(answer: Sequence[int]) -> str:
        default = "a quote backs it" if mode == "unsupported" else "it is plain wording"
        reason = next((reasons[i] for i in answer if i in reasons), default).rstrip()
        return escape(reason if reason.endswith((".", "!", "?")) else reason + ".")

    lines: list[str] = []
    if total == 0:
        nothing = "every content word here is in the quotes" if mode == "unsupported" else "there are no loaded words here"
        headline = "Well spotted: nothing to find" if not wrong else "There was nothing to find"
        lines.append(f"<div><strong>{headline}</strong> — {nothing}.</div>")
    else:
        done = " All of them!" if found == total and not wrong else ""
        lines.append(f"<div><strong>You found {found} of {total}.</strong>{done}</div>")
    for answer in correct:
        lines.append(f'<div class="kit-flag kit-ok">✓ {word(answer)}: right — {why(answer)}</div>')
    for answer in missed:
        lines.append(f'<div class="kit-flag">○ missed {word(answer)}: {why(answer)}</div>')
    for answer in wrong:
        backed = "a quote or the who-said-it context backs it" if mode == "unsupported" else "it is not loaded wording"
        lines.append(f'<div class="kit-flag" style="border-left-style:dashed">✗ not {word(answer)}: {escape(backed)}.</div>')
    return f'{style_tag()}<div class="kit-w kit-feedback" role="status">{"".join(lines)}</div>'


class PickerModel(traitlets.HasTraits):
    """State of the picker: headline, mode, the picked word indices and the feedback.

    ``key`` holds every word index in an answer, ``groups`` the answers (a
    phrase over several words is one answer and counts once), ``reasons`` why
    each word is in the key.

    >>> from kit.analysis import analyze
    >>> a = analyze('The council met. "We will vote in June," said Ann Lee.')
    >>> model = PickerModel(analysis=a, headline="Council to ban cars")
    >>> model.toggle(2); result = model.check(); result["found"], result["total"], model.checked
    (1, 3, True)
    >>> model.toggle(3); model.checked, model.feedback
    (False, '')
    >>> model = PickerModel(analysis=a, headline="Experts say Lee slams vote", mode="loaded")
    >>> model.words, model.groups
    (['Experts', 'say', 'Lee', 'slams', 'vote'], [(0, 1), (3,)])
    >>> model.toggle(0); model.toggle(1); result = model.check(); result["found"], result["total"]
    (1, 2)
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
        self.reasons, self.groups = _key_spans(self.headline, getattr(self, "_context", None), self.mode)
        self.key = {i for group in self.groups for i in group}
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
        self.result = check_picks(self.picked, self.groups)
        self.feedback = render_feedback(self.words, self.result["verdicts"], self.reasons, self.mode, self.result["groups"])
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

    The buttons show the words without the punctuation around them. After Check,
    every word of a found answer is marked right (a phrase such as "wake-up call"
    is one answer), every word of a missed answer is marked missed.

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
