"""A small quiz for lessons and exercises: choice and short-text questions with feedback.

Three layers (see :mod:`kit.widgets`):

1. :class:`Question` and :func:`check_answer` -- pure;
2. :class:`QuizModel` -- a ``traitlets.HasTraits`` model (answers, results, score);
3. :func:`make_quiz` -- a thin ipywidgets view.

The answer key lives in the :class:`Question` objects the notebook passes in:
fine for lessons, not for graded tests.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import traitlets

from ._common import escape, style_tag

__all__ = ["Question", "QuizModel", "check_answer", "feedback_html", "make_quiz", "normalize_text"]


@dataclass(frozen=True)
class Question:
    """One quiz question.

    Attributes
    ----------
    id : str
        Unique within a quiz.
    prompt : str
        The question, in plain words.
    kind : str
        ``"choice"`` (pick one option) or ``"text"`` (type a short answer).
    options : tuple of str
        The choices (for ``"choice"``).
    answer
        For ``"choice"``: the index of the right option, or a set of indices
        that are all acceptable.  For ``"text"``: a list of acceptable answers
        (compared ignoring case, spaces and punctuation) or a callable taking
        the student's text and returning ``bool`` or ``(bool, message)``.
    feedback_right, feedback_wrong, hint : str
        What the student reads after checking; the hint follows a wrong answer.

    Examples
    --------
    >>> Question("q1", "Which word is a hedge?", "choice", ("will", "may"), 1).options
    ('will', 'may')
    >>> Question("q2", "?", "essay")
    Traceback (most recent call last):
    ...
    ValueError: question 'q2': kind must be 'choice' or 'text', not 'essay'
    """

    id: str
    prompt: str
    kind: str = "choice"
    options: Sequence[str] = ()
    answer: Any = None
    feedback_right: str = "Right!"
    feedback_wrong: str = "Not quite."
    hint: str = ""

    def __post_init__(self) -> None:
        if self.kind not in ("choice", "text"):
            raise ValueError(f"question {self.id!r}: kind must be 'choice' or 'text', not {self.kind!r}")
        object.__setattr__(self, "options", tuple(str(o) for o in self.options))
        if self.kind == "choice":
            if not self.options:
                raise ValueError(f"question {self.id!r}: a choice question needs options")
            right = _indices(self.answer)
            if not right or any(not 0 <= i < len(self.options) for i in right):
                raise ValueError(f"question {self.id!r}: answer must be an option index (0-{len(self.options) - 1})")
        elif self.answer is None:
            raise ValueError(f"question {self.id!r}: a text question needs acceptable answers or a callable")


def _indices(answer: Any) -> frozenset[int]:
    if isinstance(answer, bool):
        return frozenset()
    if isinstance(answer, int):
        return frozenset({answer})
    if isinstance(answer, Collection) and not isinstance(answer, str):
        if all(isinstance(a, int) and not isinstance(a, bool) for a in answer):
            return frozenset(answer)
    return frozenset()


def normalize_text(text: object) -> str:
    """Lower-case, drop punctuation and squeeze spaces, for comparing typed answers.

    Examples
    --------
    >>> normalize_text("  The  Writer's   FRAMING!! ")
    'the writers framing'
    >>> normalize_text("“may”, not ‘will’")
    'may not will'
    """
    kept = "".join(ch for ch in unicodedata.normalize("NFKC", str(text)) if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.casefold().split())


def _with_hint(question: Question, message: str) -> str:
    return f"{message} Hint: {question.hint}" if question.hint else message


def check_answer(question: Question, answer: Any) -> tuple[bool, str]:
    """Is ``answer`` right? Returns ``(correct, feedback)``.

    Parameters
    ----------
    question : Question
        The question.
    answer
        For a choice question: the chosen index or option text (``None`` if
        nothing is chosen).  For a text question: the typed text.

    Returns
    -------
    tuple of (bool, str)
        Whether it is right, and the feedback to show (with the hint after a
        wrong answer).

    Examples
    --------
    >>> q = Question("q1", "Which word is a hedge?", "choice", ("will", "may", "never"), 1,
    ...              "Yes: 'may' leaves room for doubt.", "No.", "Which word is least sure?")
    >>> check_answer(q, 1)
    (True, "Yes: 'may' leaves room for doubt.")
    >>> check_answer(q, "will")
    (False, 'No. Hint: Which word is least sure?')
    >>> check_answer(q, None)
    (False, 'Choose an answer first.')
    >>> t = Question("t1", "Who is quoted most?", "text", answer=["Mark Rutte", "Rutte"])
    >>> check_answer(t, "  mark   RUTTE. ")
    (True, 'Right!')
    >>> check_answer(Question("t2", "Name a hedge", "text", answer=lambda s: s.strip() in {"may", "might"}), "might")
    (True, 'Right!')
    """
    if question.kind == "choice":
        if answer is None or (isinstance(answer, str) and not answer.strip()):
            return False, "Choose an answer first."
        chosen: frozenset[int]
        if isinstance(answer, str):
            matches = [i for i, o in enumerate(question.options) if normalize_text(o) == normalize_text(answer)]
            chosen = frozenset(matches[:1])
        else:
            chosen = _indices(answer)
        if not chosen:
            return False, "Choose one of the options."
        right = _indices(question.answer)
        correct = chosen <= right if len(chosen) == 1 else chosen == right
    else:
        text = "" if answer is None else str(answer)
        if not text.strip():
            return False, "Type an answer first."
        if callable(question.answer):
            result = question.answer(text)
            if isinstance(result, tuple):
                correct, message = bool(result[0]), str(result[1])
                return correct, message if correct else _with_hint(question, message)
            correct = bool(result)
        else:
            accepted = [question.answer] if isinstance(question.answer, str) else list(question.answer)
            correct = normalize_text(text) in {normalize_text(a) for a in accepted}
    if correct:
        return True, question.feedback_right
    return False, _with_hint(question, question.feedback_wrong)


class QuizModel(traitlets.HasTraits):
    """Answers given so far, the result of each check and the score.

    ``answers`` and ``results`` are replaced (not mutated) on every change, so
    observers fire.  ``results[id]`` is ``{"correct": bool, "feedback": str,
    "answer": given}``.

    Examples
    --------
    >>> model = QuizModel(questions=[Question("q1", "2 + 2?", "text", answer=["4", "four"])])
    >>> model.answer("q1", "Four")
    >>> model.check("q1")
    (True, 'Right!')
    >>> model.score, model.total, model.score_line
    (1, 1, 'Score: 1 of 1 right.')
    """

    questions = traitlets.List()
    answers = traitlets.Dict()
    results = traitlets.Dict()
    score_line = traitlets.Unicode("")

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._update_line()

    @traitlets.validate("questions")
    def _valid_questions(self, proposal: dict[str, Any]) -> list[Question]:
        questions = list(proposal["value"])
        if not all(isinstance(q, Question) for q in questions):
            raise traitlets.TraitError("questions must be Question objects")
        ids = [q.id for q in questions]
        if len(set(ids)) != len(ids):
            raise traitlets.TraitError(f"question ids must be unique: {ids}")
        return questions

    @traitlets.observe("questions", "results")
    def _on_change(self, change: dict[str, Any]) -> None:
        self._update_line()

    def _update_line(self) -> None:
        self.score_line = f"Score: {self.score} of {self.total} right."

    def question(self, question_id: str) -> Question:
        """The question with this id (``KeyError`` if there is none)."""
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def answer(self, question_id: str, value: Any) -> None:
        """Record the student's answer (not checked yet)."""
        self.question(question_id)
        self.answers = {**self.answers, question_id: value}

    def check(self, question_id: str) -> tuple[bool, str]:
        """Check the recorded answer to one question and store the result."""
        given = self.answers.get(question_id)
        correct, feedback = check_answer(self.question(question_id), given)
        self.results = {**self.results, question_id: {"correct": correct, "feedback": feedback, "answer": given}}
        return correct, feedback

    @property
    def score(self) -> int:
        """How many questions were last checked as right."""
        return sum(1 for r in self.results.values() if r["correct"])

    @property
    def total(self) -> int:
        """How many questions there are."""
        return len(self.questions)


def feedback_html(result: dict[str, Any] | None) -> str:
    """The feedback for one checked question as escaped HTML.

    Examples
    --------
    >>> "&lt;script&gt;" in feedback_html({"correct": False, "feedback": "No.", "answer": "<script>"})
    True
    >>> feedback_html(None)
    ''
    """
    if not result:
        return ""
    ok = bool(result.get("correct"))
    mark = "\u2714 Right" if ok else "\u2718 Not yet"
    given = result.get("answer")
    echo = ""
    if isinstance(given, str) and given.strip():
        echo = f'<div class="kit-quiz-given">You answered: <q>{escape(given)}</q></div>'
    return (
        f'{style_tag()}<div class="kit-w"><div class="kit-flag {"kit-ok" if ok else ""} kit-quiz-feedback" role="status">'
        f"<strong>{mark}.</strong> {escape(result.get('feedback', ''))}{echo}</div></div>"
    )


def make_quiz(questions: Iterable[Question], title: str = "") -> Any:
    """Build the quiz widget (not displayed: show it as a cell's last line).

    Parameters
    ----------
    questions : iterable of Question
        The questions, in order.
    title : str
        Shown above the questions; none by default, because the notebook's own
        heading ("Check your understanding") already introduces the quiz.

    Returns
    -------
    ipywidgets.VBox
        With ``.model`` (:class:`QuizModel`), ``.inputs``, ``.buttons`` and
        ``.feedback`` (dicts keyed by question id) and ``.score`` (HTML).
    """
    import ipywidgets as w

    model = QuizModel(questions=list(questions))
    inputs: dict[str, Any] = {}
    buttons: dict[str, Any] = {}
    feedback: dict[str, Any] = {}
    blocks: list[Any] = []
    if title and title.strip():
        blocks.append(w.HTML(f'{style_tag()}<div class="kit-w"><h3 class="kit-quiz-title">{escape(title)}</h3></div>'))
    for number, question in enumerate(model.questions, 1):
        prompt = w.HTML(f'{style_tag()}<div class="kit-w kit-quiz-prompt"><strong>{number}.</strong> '
                        f"{escape(question.prompt)}</div>")
        if question.kind == "choice":
            box = w.RadioButtons(options=[(o, i) for i, o in enumerate(question.options)], value=None,
                                 layout=w.Layout(width="auto"))
            box.add_class("kit-quiz-choice")
        else:
            box = w.Text(placeholder="Type your answer", layout=w.Layout(width="28em"))
            box.add_class("kit-quiz-text")
        button = w.Button(description="Check", tooltip="Check this answer")
        button.add_class("kit-quiz-check")
        out = w.HTML()
        out.add_class("kit-quiz-feedback")

        def on_value(change: dict[str, Any], qid: str = question.id) -> None:
            model.answer(qid, change["new"])

        def on_click(_: Any, qid: str = question.id, box: Any = box) -> None:
            model.answer(qid, box.value)
            model.check(qid)

        box.observe(on_value, names="value")
        button.on_click(on_click)
        inputs[question.id], buttons[question.id], feedback[question.id] = box, button, out
        block = w.VBox([prompt, box, w.HBox([button]), out])
        block.add_class("kit-quiz-question")
        block.add_class(f"kit-quiz-{question.kind}-question")
        blocks.append(block)

    score = w.HTML()
    score.add_class("kit-quiz-score")

    def on_results(_: Any = None) -> None:
        for qid, out in feedback.items():
            out.value = feedback_html(model.results.get(qid))
        score.value = f'<div class="kit-w"><strong>{escape(model.score_line)}</strong></div>'

    model.observe(on_results, names=["results", "score_line"])
    on_results()
    blocks.append(score)
    view = w.VBox(blocks)
    view.add_class("kit-quiz")
    view.model, view.inputs, view.buttons, view.feedback, view.score = model, inputs, buttons, feedback, score
    return view
