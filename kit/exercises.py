"""Check answers to the graded exercises, without the answer key in plain text.

Each exercise ``exercises/NAME.ipynb`` has a keyfile ``exercises/keys/NAME.json``
(written by ``tools/make_student_versions.py`` from the instructor notebook).
Closed questions store only salted SHA-256 hashes of normalised answers, as
nbgrader does for hashed tests; word-picking questions store one hash per word,
so "2 of 3 right" feedback and partial credit work. Open tasks (write a
headline, rewrite a loaded sentence) are checked by a rubric built on the kit's
own headline scoring (see :func:`rubric_scores`).

Question types in a keyfile:

``choice``
    The student gives an option number; ``hashes`` holds the right one(s).
``words``
    The student gives a list of words; ``hashes`` holds one hash per right word.
``number``
    The student gives a number; ``hashes`` holds every accepted whole number
    (the key plus or minus the tolerance).
``open``
    Free text, scored by the ``rubric`` (fidelity, no loaded words, names the
    speaker, length).

The hashes hide the key from a casual reader, not from a determined one: a
question with four options can be tried four times.

>>> keys = {"salt": "s", "questions": {"q1": {"type": "choice", "points": 1, "options": 3,
...         "hashes": [hash_answer("s", "q1", "2")], "hint": "Count again."}}}
>>> score_answer(keys, "q1", 2).points
1.0
>>> print(score_answer(keys, "q1", 3).feedback)
Not this one. Hint: Count again.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = [
    "Result",
    "check",
    "check_answer",
    "find_keyfile",
    "hash_answer",
    "load_keys",
    "normalize_answer",
    "rubric_scores",
    "score_answer",
]

KEY_SCHEMA = "kit.exercise-keys/1"
_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Result:
    """The outcome of checking one answer.

    ``status`` is ``"right"``, ``"partial"``, ``"wrong"``, ``"empty"`` or
    ``"invalid"`` (an answer of the wrong kind, e.g. text for a number).
    """

    question: str
    points: float
    max_points: float
    status: str
    feedback: str
    details: tuple[str, ...] = field(default=())

    @property
    def full(self) -> bool:
        """True when the answer earned every point."""
        return self.points >= self.max_points

    def __str__(self) -> str:
        head = f"{self.question}: {_fmt(self.points)} of {_fmt(self.max_points)} points. {self.feedback}"
        return "\n".join([head, *("  - " + d for d in self.details)])


def _fmt(points: float) -> str:
    return f"{points:.2f}".rstrip("0").rstrip(".")


def normalize_answer(value: object) -> str:
    """Case-fold, drop punctuation and squeeze spaces (the form that is hashed).

    >>> normalize_answer("  Unshakable! ")
    'unshakable'
    >>> normalize_answer("“Bold”")
    'bold'
    """
    text = unicodedata.normalize("NFKC", str(value))
    kept = "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.casefold().split())


def hash_answer(salt: str, question: str, normalized: str) -> str:
    """The salted SHA-256 hash of one normalised answer.

    >>> len(hash_answer("salt", "q1", "2"))
    64
    """
    return hashlib.sha256(f"{salt}|{question}|{normalized}".encode("utf-8")).hexdigest()


def find_keyfile(exercise: str) -> Path:
    """Find ``keys/<exercise>.json`` near the current folder or in the kit's repository.

    Raises ``ValueError`` naming the places looked at.
    """
    name = Path(exercise).stem
    places = []
    env = os.environ.get("KIT_EXERCISES")
    if env:
        places.append(Path(env) / "keys")
    cwd = Path.cwd()
    places += [cwd / "keys", cwd.parent / "keys", cwd / "exercises" / "keys", _ROOT / "exercises" / "keys"]
    for place in places:
        candidate = place / f"{name}.json"
        if candidate.is_file():
            return candidate
    raise ValueError(f"no answer key for exercise {name!r} (looked for keys/{name}.json in the exercises folder)")


def load_keys(exercise: str | Path) -> dict[str, Any]:
    """Load a keyfile (by exercise name or path); ``ValueError`` if missing or malformed."""
    path = Path(exercise)
    if path.suffix != ".json" or not path.is_file():
        path = find_keyfile(str(exercise))
    try:
        keys = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"cannot read the answer key {path}: {exc}") from None
    if not isinstance(keys, dict) or keys.get("schema") != KEY_SCHEMA:
        raise ValueError(f"{path} is not a kit answer key (schema {KEY_SCHEMA})")
    return keys


@lru_cache(maxsize=8)
def _headline_context(article: str):
    from .analysis import analyze
    from .articles import load_article

    return analyze(load_article(article)).headline_context()


def rubric_scores(text: str, rubric: dict[str, Any], article: str) -> list[tuple[str, float, float, str]]:
    """Score free text against an open task's rubric.

    Returns one ``(criterion, earned, possible, feedback sentence)`` per criterion:
    ``fidelity`` (the kit's fidelity at least ``min_fidelity``), ``loaded`` (no
    loaded words), ``speaker`` (names one of ``speaker``), ``length`` (at most
    ``max_words`` words). Text that shares no words with any quote is off topic
    and earns nothing.

    >>> rubric = {"min_fidelity": 0.7, "fidelity_points": 2, "loaded_points": 1, "speaker": ["Rutte"],
    ...           "speaker_points": 1, "max_words": 14, "min_words": 4, "length_points": 1}
    >>> [(c, e) for c, e, _, _ in rubric_scores("Rutte slams Ukraine aid critics", rubric, "nato_rutte_peace_talks")]
    [('fidelity', 0.0), ('loaded', 0.0), ('speaker', 1.0), ('length', 1.0)]
    """
    from .analysis import count_words
    from .headlines import score_headline

    text = " ".join(str(text).split())
    words = count_words(text)
    report = score_headline(text, _headline_context(article))
    out: list[tuple[str, float, float, str]] = []
    low, high = int(rubric.get("min_words", 4)), int(rubric.get("max_words", 14))
    threshold = float(rubric.get("min_fidelity", 0.7))
    points = float(rubric.get("fidelity_points", 1))
    fidelity = report.fidelity or 0.0
    if words and report.best_quote is None:
        message = "This does not seem to be about what was quoted: no quote shares its words."
        return [(name, 0.0, float(rubric.get(f"{name}_points", 1)), message if name == "fidelity" else "Not checked (off topic).")
                for name in ("fidelity", "loaded", "speaker", "length")]
    if words < low:
        out.append(("fidelity", 0.0, points, f"Too short to judge: write a headline of at least {low} words."))
    elif fidelity >= threshold:
        out.append(("fidelity", points, points, f"Faithful to the quotes (fidelity {fidelity:.2f})."))
    else:
        why = next((f["explanation"] for f in report.flags), "too few of its words come from the quotes.")
        out.append(("fidelity", 0.0, points, f"Not faithful enough to the quotes (fidelity {fidelity:.2f}, needs {threshold:.2f}): {why}"))
    points = float(rubric.get("loaded_points", 1))
    loaded = [f["text"] for f in report.flags if f["kind"] == "loaded"]
    if loaded:
        out.append(("loaded", 0.0, points, f"Uses loaded wording ({', '.join(repr(w) for w in loaded)}): choose neutral words."))
    elif words == 0:
        out.append(("loaded", 0.0, points, "Nothing written yet."))
    else:
        out.append(("loaded", points, points, "No loaded words."))
    points = float(rubric.get("speaker_points", 1))
    names = [str(n) for n in rubric.get("speaker", [])]
    if any(re.search(rf"\b{re.escape(n)}\b", text, flags=re.IGNORECASE) for n in names):
        out.append(("speaker", points, points, "Names who said it."))
    else:
        out.append(("speaker", 0.0, points, "Say who is speaking: name the person quoted."))
    points = float(rubric.get("length_points", 1))
    if low <= words <= high:
        out.append(("length", points, points, f"Short enough ({words} words)."))
    elif words > high:
        out.append(("length", 0.0, points, f"Too long ({words} words): a headline has at most {high}."))
    else:
        out.append(("length", 0.0, points, f"Too short ({words} words)."))
    return out


def _hint(spec: dict[str, Any]) -> str:
    return f" Hint: {spec['hint']}" if spec.get("hint") else ""


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip().rstrip("%").strip())
        except ValueError:
            return None
        return number if math.isfinite(number) else None
    return None


def score_answer(keys: dict[str, Any], question: str, answer: Any) -> Result:
    """Score one answer against a loaded keyfile (pure: no printing, no files).

    Parameters
    ----------
    keys
        A keyfile as loaded by :func:`load_keys`.
    question
        The question id (``"q1"``).
    answer
        The student's answer (``None`` when not answered).
    """
    questions = keys.get("questions", {})
    if question not in questions:
        raise ValueError(f"unknown question {question!r}; this exercise has {', '.join(questions)}")
    spec = questions[question]
    salt = str(keys.get("salt", ""))
    kind = spec.get("type")
    points = float(spec.get("points", 1))

    def result(earned: float, status: str, feedback: str, details: tuple[str, ...] = ()) -> Result:
        return Result(question, round(earned, 2), points, status, feedback, details)

    def hashed(text: str) -> str:
        return hash_answer(salt, question, text)

    if answer is None or (isinstance(answer, (str, list, tuple, set)) and not answer):
        return result(0, "empty", "No answer yet: replace None with your answer.")
    if kind == "choice":
        number = _as_number(answer)
        count = int(spec.get("options", 0))
        if number is None or number != int(number) or not 1 <= number <= count:
            return result(0, "invalid", f"Answer with the number of one option, 1 to {count}.")
        key = hashed(str(int(number)))
        if key in spec.get("hashes", []):
            return result(points, "right", spec.get("right", "Right!"))
        wrong = spec.get("feedback", {}).get(key, "Not this one.")
        return result(0, "wrong", wrong + _hint(spec))
    if kind == "number":
        number = _as_number(answer)
        if number is None:
            return result(0, "invalid", "Answer with a number, like 42.")
        accepted = set(spec.get("hashes", []))
        if hashed(str(round(number))) in accepted:
            return result(points, "right", spec.get("right", "Right!"))
        if 0 < abs(number) < 1 and hashed(str(round(number * 100))) in accepted:
            return result(0, "wrong", "That looks like a share between 0 and 1: give a percent (multiply by 100).")
        return result(0, "wrong", "Not quite." + _hint(spec))
    if kind == "words":
        if isinstance(answer, str):
            picked = [w for w in re.split(r"[,;\s]+", answer) if w]
        elif isinstance(answer, (list, tuple, set, frozenset)):
            picked = [str(w) for w in answer]
        else:
            return result(0, "invalid", 'Answer with a list of words, like ["word", "other"].')
        normal = list(dict.fromkeys(normalize_answer(w) for w in picked if normalize_answer(w)))
        accepted = set(spec.get("hashes", []))
        right = [w for w in normal if hashed(w) in accepted]
        wrong = [w for w in normal if hashed(w) not in accepted]
        total = len(accepted)
        earned = points * max(0, len(right) - len(wrong)) / total if total else 0.0
        details = tuple(f"{w!r} is not one of the loaded words here." for w in wrong)
        if len(right) == total and not wrong:
            return result(points, "right", spec.get("right", f"Right: all {total} loaded words."))
        message = f"{len(right)} of {total} right."
        if wrong:
            message += f" {len(wrong)} of your words {'is' if len(wrong) == 1 else 'are'} not loaded (each wrong pick cancels a right one)."
        if len(right) < total:
            message += f" {total - len(right)} still to find."
        return result(earned, "partial" if earned > 0 else "wrong", message + _hint(spec), details)
    if kind == "open":
        if not isinstance(answer, str):
            return result(0, "invalid", "Answer with text in quotes, like \"...\".")
        criteria = rubric_scores(answer, spec.get("rubric", {}), str(keys.get("article", "")))
        earned = sum(c[1] for c in criteria)
        possible = sum(c[2] for c in criteria) or 1.0
        earned = points * earned / possible
        details = tuple(("\u2714 " if e >= p else "\u2718 ") + message for _, e, p, message in criteria)
        status = "right" if earned >= points else "partial" if earned > 0 else "wrong"
        feedback = "All criteria met." if status == "right" else "Some criteria are not met yet." + _hint(spec)
        return result(earned, status, feedback, details)
    raise ValueError(f"question {question!r} has an unknown type {kind!r}")


def check_answer(question: str, answer: Any, exercise: str | None = None) -> Result:
    """Check one answer against the exercise's keyfile and return the :class:`Result`.

    ``exercise`` may be omitted when only one keyfile exists.
    """
    if exercise is None:
        found = sorted({p.stem for base in (Path.cwd() / "keys", Path.cwd().parent / "keys", _ROOT / "exercises" / "keys")
                        if base.is_dir() for p in base.glob("*.json")})
        if len(found) != 1:
            raise ValueError("say which exercise: check(question, answer, exercise='01_quotes_and_framing')")
        exercise = found[0]
    return score_answer(load_keys(exercise), question, answer)


def check(question: str, answer: Any, exercise: str | None = None) -> None:
    """Print feedback on one answer: points, what is right or wrong, and a hint (never the key).

    >>> check("q4", "lots", "01_quotes_and_framing")
    q4: 0 of 1 points. Answer with a number, like 42.
    """
    print(check_answer(question, answer, exercise))
