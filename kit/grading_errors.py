"""The two kinds of problem ``kit grade`` reports: the run's own, and one student's file.

A :class:`GradingError` stops the whole run (unknown assignment, bad zip, bad
overrides) and becomes one line for the teacher; a :class:`SubmissionProblem`
only marks one student's row (its ``status`` and ``reason``) and the batch goes
on.  Both are re-exported by :mod:`kit.grading`.

>>> try:
...     raise SubmissionProblem("corrupt notebook", "alice.ipynb is not valid notebook JSON")
... except SubmissionProblem as exc:
...     print(exc.status, "|", exc.reason)
corrupt notebook | alice.ipynb is not valid notebook JSON
"""

from __future__ import annotations

__all__ = [
    "GradingError",
    "SubmissionProblem",
]


class GradingError(Exception):
    """A problem with the grading run itself (not one student's file): one line for the teacher."""


class SubmissionProblem(Exception):
    """One student's file cannot be graded; ``status`` is short, ``reason`` says why.

    Parameters
    ----------
    status : str
        The gradebook status, e.g. ``"corrupt notebook"``.
    reason : str
        One sentence for the teacher (also the exception message).
    """

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.reason = status, reason
