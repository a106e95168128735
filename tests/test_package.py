"""The package: fast import without global side effects, explicit public names, lazy widgets."""

from __future__ import annotations

import subprocess
import sys

import kit


def test_import_is_light_and_changes_nothing_global():
    code = (
        "import sys, warnings, logging; before = (list(warnings.filters), logging.root.level);"
        "import kit;"
        "heavy = [m for m in ('ipywidgets', 'matplotlib', 'textstat', 'nltk', 'traitlets') if m in sys.modules];"
        "assert not heavy, heavy;"
        "assert (list(warnings.filters), logging.root.level) == before"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_public_names_resolve():
    for name in kit.__all__:
        assert getattr(kit, name) is not None, name


def test_unknown_attribute():
    import pytest

    with pytest.raises(AttributeError):
        kit.no_such_thing  # noqa: B018


def test_modules_stay_a_few_hundred_lines():
    """House style: one module per concept, a few hundred lines each (the big modules were split in session 15)."""
    from pathlib import Path

    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in Path(kit.__file__).parent.rglob("*.py")}
    assert sizes, "no modules found"
    too_long = {name: n for name, n in sizes.items() if n > 650}
    assert not too_long, f"split these modules: {too_long}"
