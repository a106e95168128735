"""Score the quote finder against hand-made gold annotations.

Gold files follow ``tests/gold/README.md``: one JSON object per article with a
``quotes`` list of ``{"text", "start", "end", "speaker", "kind"}``. Instructors
who annotate their own articles can use this to check the kit on them.

Scoring rules:

* Only speech counts (``full`` and ``fragment``); ``term`` entries are ignored on
  both sides, so calling a scare quote speech is a false positive, and calling
  speech a term a false negative.
* A found quote matches a gold quote when their character spans overlap by at
  least 80% of their union (``strict`` counts only identical spans).
* Speaker accuracy is over matched quotes: the speakers agree after
  :func:`normalise_speaker` (case, honorifics, a leading "the/a/an/one"); an
  anonymous description agrees on its core (:func:`speakers_match`).

>>> gold = [{"text": "Hi", "start": 1, "end": 3, "speaker": "Dr. Ann Lee", "kind": "full"}]
>>> found = [{"text": "Hi", "start": 1, "end": 3, "speaker": "Ann Lee", "kind": "full"}]
>>> score_quotes(gold, found)["f1"], score_quotes(gold, found)["speaker_accuracy"]
(1.0, 1.0)
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Mapping, Sequence

__all__ = ["normalise_speaker", "speakers_match", "score_quotes", "combine_scores"]

_HONORIFIC = re.compile(
    r"^(?:(?:mr|mrs|ms|miss|dr|prof|professor|sen|rep|gov|gen|lt|col|capt|sgt|insp|det|supt|rev|fr|cllr|maj|"
    r"sir|dame|judge|justice|president|mayor|coach|minister|inspector|detective|(?:senior\s+|paramount\s+)?chief|sheriff|senator|governor|"
    # titles of respect the press writes before a name in West Africa, Fiji, Malaysia, Zimbabwe and elsewhere
    r"hon|honourable|honorable|nana|togbe|oba|ratu|adi|alhaji|alhaja|alhagie|haji|hajia|datuk|dato'?|tan\s+sri|cde|comrade|"
    r"engr|eng|barr|kgosi|mzee|afioga|tofa|susuga|lord|lady|ntate|m'e|mme|rra|mma)\.?\s+)+",
    re.IGNORECASE,
)


def normalise_speaker(name: str | None) -> str | None:
    """Normalise a speaker for comparison.

    >>> normalise_speaker("One official")
    'official'
    >>> normalise_speaker("Dr. Maria Fonseca")
    'maria fonseca'
    >>> normalise_speaker("the Ministry of Health’s")
    'ministry of health'
    >>> normalise_speaker("Nana Kwame Asiedu Ofori III"), normalise_speaker('Teresita "Tessie" Lumapas')
    ('kwame asiedu ofori iii', 'teresita lumapas')
    """
    if name is None:
        return None
    text = " ".join(str(name).replace("’", "'").split()).strip(" ,.;:").lower()
    text = re.sub(r"'s$", "", text)
    text = re.sub(r"^(?:the|a|an|one)\s+", "", text)
    text = re.sub(r"(?:(?<=\s)|^)'(?=\w)", "", text)  # a leading apostrophe or 'okina in a name: 'Ana Moala
    text = _HONORIFIC.sub("", text)
    text = re.sub(r'\s+["“‘\'][^"”’\']{1,20}["”’\']\s+', " ", text)  # a nickname in a name: Teresita "Tessie" Lumapas
    return text or None


_DESCRIPTION_END = re.compile(r"\s+(?:in|of|at|for|with|from|familiar|close|who|whose|on|to|briefed|involved|assigned|based|working|stationed|posted|employed|attached|associated|contracted|connected|linked|deployed|affiliated)\b.*$")


_SPOKES = re.compile(r"^(?:[a-z-]+\s+){0,2}(?:spokes(?:person|man|woman)|representative|press officer)\s+(?:for|of|at)\s+(?:the\s+)?")


_UNIT_OF = re.compile(r"^[^,;]{1,60}?\s(?:chapter|branch|wing|unit|section|affiliate|arm)\s+of\s+(?:the\s+)?")


_SPOKES_AFTER = re.compile(r"\s+(?:spokes(?:person|man|woman)|representative|press office)$")


def _speaking_for(name: str) -> str:
    """The organisation a spokesperson speaks for, or the name itself: a normalised speaker.

    >>> _speaking_for("spokesperson for the canine trust"), _speaking_for("fairway foods spokesperson")
    ('canine trust', 'fairway foods')
    """
    return _SPOKES_AFTER.sub("", _SPOKES.sub("", name))


def speakers_match(gold: str | None, found: str | None) -> bool:
    """Speakers agree after :func:`normalise_speaker`; anonymous descriptions agree on their core.

    A description (not a name: it starts in lower case) matches when the words before its first
    preposition agree: "official" and "official in the state budget office" are the same source.

    >>> speakers_match("official", "one official in the state budget office")
    True
    >>> speakers_match("Ann Lee", "Lee"), speakers_match(None, None)
    (False, True)

    Someone speaking for an organisation is the organisation's voice:

    >>> speakers_match("Canine Welfare Trust", "spokesman for the Canine Welfare Trust")
    True
    >>> speakers_match("council spokesperson", "spokesperson for the Ashcombe Borough Council")
    True

    A local part of a body speaks for the body:

    >>> speakers_match("Union of Primary Teachers", "Gwarmai chapter of the Union of Primary Teachers")
    True
    """
    a, b = normalise_speaker(gold), normalise_speaker(found)
    if a == b:
        return True
    if a is not None and b is not None and _speaking_for(a) == _speaking_for(b):
        return True  # "spokesperson for the Canine Welfare Trust" speaks for "Canine Welfare Trust"
    if a is not None and b is not None and _UNIT_OF.sub("", a) == _UNIT_OF.sub("", b):
        return True  # "the Rhone branch of the Union ..." is the union's voice
    if a is not None and b is not None and (a != _speaking_for(a) or b != _speaking_for(b)):
        # "council spokesperson" and "spokesperson for the Ashcombe Borough Council": the same voice
        short, full = sorted((_speaking_for(a), _speaking_for(b)), key=len)
        if " " not in short and (full.split()[-1:] == [short] or full.split()[:1] == [short]):
            return True  # ("Corvane spokeswoman" and "spokeswoman for Corvane Logistics": Corvane's voice)
    if a is None or b is None or not str(gold).strip()[:1].islower() and not str(gold).lower().startswith(("the ", "a ", "an ", "one ")):
        return False
    return _DESCRIPTION_END.sub("", a) == _DESCRIPTION_END.sub("", b)


def _speech(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [q for q in items if q.get("kind") != "term"]


def _overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> float:
    inter = min(a["end"], b["end"]) - max(a["start"], b["start"])
    union = max(a["end"], b["end"]) - min(a["start"], b["start"])
    return max(inter, 0) / union if union > 0 else 0.0


def score_quotes(
    gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]], threshold: float = 0.8
) -> dict[str, Any]:
    """Precision, recall, F1 and speaker accuracy of ``found`` against ``gold``.

    Returns a dict with counts (``tp``, ``fp``, ``fn``, ``speaker_correct``,
    ``strict_tp``), the rates, and ``errors``: readable lines for each miss.
    """
    gold_s, found_s = _speech(gold), _speech(found)
    used: set[int] = set()
    tp = strict = speaker_ok = 0
    errors: list[str] = []
    for g in gold_s:
        best, best_j = 0.0, -1
        for j, f in enumerate(found_s):
            if j in used:
                continue
            ov = _overlap(g, f)
            if ov > best:
                best, best_j = ov, j
        if best >= threshold:
            used.add(best_j)
            f = found_s[best_j]
            tp += 1
            strict += int(g["start"] == f["start"] and g["end"] == f["end"])
            if speakers_match(g.get("speaker"), f.get("speaker")):
                speaker_ok += 1
            else:
                errors.append(f"speaker: {g['text'][:50]!r} gold={g.get('speaker')!r} found={f.get('speaker')!r}")
        else:
            errors.append(f"missed: {g['text'][:60]!r} ({g.get('kind')})")
    for j, f in enumerate(found_s):
        if j not in used:
            errors.append(f"extra: {f['text'][:60]!r} ({f.get('kind')}, {f.get('speaker')!r})")
    fp = len(found_s) - len(used)
    fn = len(gold_s) - tp
    return _rates({"tp": tp, "fp": fp, "fn": fn, "strict_tp": strict, "speaker_correct": speaker_ok, "errors": errors})


def _rates(counts: dict[str, Any]) -> dict[str, Any]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    counts.update(
        precision=round(precision, 4),
        recall=round(recall, 4),
        f1=round(f1, 4),
        speaker_accuracy=round(counts["speaker_correct"] / tp, 4) if tp else 1.0,
    )
    return counts


def combine_scores(scores: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Micro-average several :func:`score_quotes` results.

    >>> combine_scores([{"tp": 1, "fp": 0, "fn": 1, "strict_tp": 1, "speaker_correct": 1, "errors": []}])["recall"]
    0.5
    """
    total: dict[str, Any] = {"tp": 0, "fp": 0, "fn": 0, "strict_tp": 0, "speaker_correct": 0, "errors": []}
    for s in scores:
        for key in ("tp", "fp", "fn", "strict_tp", "speaker_correct"):
            total[key] += s[key]
        total["errors"].extend(s["errors"])
    return _rates(total)
