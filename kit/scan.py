"""Fast whole-text regex scans for patterns that need a rare keyword.

Python's regular expressions try a pattern at every position of the text. On a
1 MB text that costs tens of milliseconds per pattern, and the registry of
people runs a dozen such patterns. Most of them can only match near a rare word
("first name", "appointed", "nicknamed"); :func:`finditer_near` finds those words
with ``str.find`` (fast) and runs the pattern only in windows around them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterator, Sequence

__all__ = ["finditer_near"]


def finditer_near(
    pattern: re.Pattern[str],
    text: str,
    start: int,
    keywords: Sequence[str],
    before: int,
    after: int,
    *,
    lowered: str | None = None,
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start)``, run only around the keywords.

    Every match of ``pattern`` must contain one of ``keywords`` (compared in lower
    case), beginning at most ``before`` characters after the match starts and
    ending at most ``after`` characters before the match ends; otherwise matches
    are missed. Windows are widened to whole lines, and windows that overlap are
    merged, so no match is found twice and none is cut at a window's edge.

    Parameters
    ----------
    pattern:
        A compiled pattern.
    text, start:
        The text, and where to start scanning.
    keywords:
        Lower-case literal strings, one of which every match contains.
    before, after:
        How far a match may reach before and after its keyword.
    lowered:
        ``text.lower()``, when the caller has it already (it must have the same length).

    >>> rx = re.compile(r"\\bknown\\s+as\\s+(\\w+)")
    >>> [m.group(1) for m in finditer_near(rx, "He is known as Tee. She is Known as Bo.", 0, ["known"], 0, 20)]
    ['Tee']
    >>> [m.start() for m in finditer_near(re.compile(r"b+"), "abbba" * 3, 2, ["b"], 3, 3)]
    [2, 6, 11]
    """
    low = lowered if lowered is not None and len(lowered) == len(text) else text.lower()
    hits: list[int] = []
    for word in keywords:
        at = low.find(word, start)
        while at != -1:
            hits.append(at)
            at = low.find(word, at + 1)
    if not hits:
        return
    hits.sort()
    longest = max(len(w) for w in keywords)
    windows: list[list[int]] = []
    for at in hits:
        # widen each window to whole lines, so that a pattern never sees a word cut at the window's end
        lo = max(start, text.rfind("\n", start, max(start, at - before)) + 1)
        hi = text.find("\n", min(len(text), at + longest + after))
        hi = len(text) if hi == -1 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from pattern.finditer(text, lo, hi)


# re.compile with a C-level cache: re.search(pattern, ...) and friends spend longer looking their pattern up in
# re's own cache than a short search takes, and the kit calls them hundreds of thousands of times on a 1 MB text
compiled = lru_cache(maxsize=4096)(re.compile)
