"""Named sample texts shared by the tests (house style: parametrize over these, empty string included)."""

from __future__ import annotations

from kit.articles import load_article

EMPTY = ""
WHITESPACE = "   \n\n\t  \n"
SEED = load_article("nato_rutte_peace_talks").text
NO_QUOTES = "The council met on Tuesday. It approved the budget after a short debate.\n\nThe vote was 7-2."
UNBALANCED = 'She said "we will see about that.\n\nThe next paragraph has no quotes at all. It goes on.'
ONLY_MARKS = '"""“”“”\'\'\'«»„“' * 20
MANY_UNBALANCED = ('He said "yes and she said "no ' * 2000).strip()
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>News</title><script>alert(1)</script></head><body>"
    "<p>The mayor said &quot;We are ready&quot; and left.</p><p>\"Fine,\" said Ann Lee.</p></body></html>"
)
LONG_LINE = ('"Yes," said Ann Lee. ' * 5000).strip()
HUGE = (SEED + "\n") * 140  # about 1 MB

ALL = {
    "EMPTY": EMPTY,
    "WHITESPACE": WHITESPACE,
    "SEED": SEED,
    "NO_QUOTES": NO_QUOTES,
    "UNBALANCED": UNBALANCED,
    "ONLY_MARKS": ONLY_MARKS,
    "MANY_UNBALANCED": MANY_UNBALANCED,
    "HTML_PAGE": HTML_PAGE,
    "LONG_LINE": LONG_LINE,
}
