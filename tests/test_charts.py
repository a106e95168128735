"""Browser-free tests of kit.charts: every helper returns a labelled, captioned Axes."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kit
from kit import charts

SEED = "nato_rutte_peace_talks"
HEADLINES = [
    "Rutte admits he is unsure about Ukraine talks",
    "NATO chief slams Trump peace plan as disaster",
    "Rutte: NATO will do the max for Ukraine",
    "<script>alert(1)</script> costs $5 and $6",
]
EMPTY_TEXTS = {"empty": "", "no_quotes": "The council met on Tuesday. It voted to close the pool."}


@pytest.fixture()
def plt():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as pyplot

    yield pyplot
    pyplot.close("all")


@pytest.fixture(scope="module")
def analysis():
    return kit.analyze(kit.load_article(SEED))


def _draw(name, analysis, ax=None):
    reports = [analysis.score_headline(h) for h in HEADLINES]
    calls = {
        "paragraphs": lambda: charts.plot_readability_by_paragraph(analysis, ax=ax),
        "paragraphs_ease": lambda: charts.plot_readability_by_paragraph(analysis, "flesch_reading_ease", ax=ax),
        "framing_vs_quotes": lambda: charts.plot_framing_vs_quotes(analysis, ax=ax),
        "certainty": lambda: charts.plot_certainty(HEADLINES, analysis, ax=ax),
        "spin": lambda: charts.plot_spin_profile(reports, ax=ax),
        "speakers": lambda: charts.plot_speakers(analysis, ax=ax),
    }
    return calls[name]()


NAMES = ["paragraphs", "paragraphs_ease", "framing_vs_quotes", "certainty", "spin", "speakers"]


def _check_labelled(ax):
    assert ax.get_title().strip()
    assert ax.get_xlabel().strip()
    assert ax.get_ylabel().strip()
    assert charts.caption(ax).strip()
    assert ax.title.get_fontsize() >= 11
    assert ax.xaxis.label.get_fontsize() >= 11
    for text in ax.texts:
        assert text.get_fontsize() >= 11


@pytest.mark.parametrize("name", NAMES)
def test_helper_returns_labelled_axes(plt, analysis, name):
    from matplotlib.axes import Axes

    ax = _draw(name, analysis)
    assert isinstance(ax, Axes)
    _check_labelled(ax)
    assert "Nothing to show" not in charts.caption(ax)


@pytest.mark.parametrize("name", NAMES)
def test_helper_draws_into_given_axes(plt, analysis, name):
    fig, given = plt.subplots()
    before = plt.get_fignums()
    ax = _draw(name, analysis, ax=given)
    assert ax is given
    assert plt.get_fignums() == before
    assert ax.patches or ax.collections or ax.lines


@pytest.mark.parametrize("text", list(EMPTY_TEXTS.values()), ids=list(EMPTY_TEXTS))
@pytest.mark.parametrize(
    "draw",
    [
        lambda a: charts.plot_readability_by_paragraph(a),
        lambda a: charts.plot_framing_vs_quotes(a),
        lambda a: charts.plot_certainty([], a),
        lambda a: charts.plot_certainty([]),
        lambda a: charts.plot_spin_profile([]),
        lambda a: charts.plot_spin_profile(["", "   "]),
        lambda a: charts.plot_speakers(a),
    ],
    ids=["paragraphs", "framing_vs_quotes", "certainty", "certainty_no_article", "spin", "spin_blank", "speakers"],
)
def test_empty_inputs_say_nothing_to_show(plt, text, draw):
    analysis = kit.analyze(text)
    ax = draw(analysis)
    _check_labelled(ax)
    if text == "":
        assert "Nothing to show" in charts.caption(ax)
        assert any("Nothing to show" in t.get_text() for t in ax.texts)


def test_no_quotes_article(plt):
    analysis = kit.analyze(EMPTY_TEXTS["no_quotes"])
    assert "Nothing to show" in charts.caption(charts.plot_speakers(analysis))
    ax = charts.plot_framing_vs_quotes(analysis)
    assert "quotes not measurable" in charts.caption(ax)


def test_paragraph_groups_use_colour_hatch_and_legend(plt):
    analysis = kit.analyze(kit.load_article("hollis_academy_phone_ban"))
    ax = charts.plot_readability_by_paragraph(analysis)
    hatches = {p.get_hatch() for p in ax.patches}
    colours = {p.get_facecolor() for p in ax.patches}
    assert len(hatches) >= 2 and len(colours) >= 2
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert any("mostly direct quotes" in t for t in legend)
    assert any("framing" in t for t in legend)
    tags = {t.get_text() for t in ax.texts}
    assert {"Q", "F"} <= tags


def test_framing_vs_quotes_skips_missing_metrics(plt):
    # two sentences: SMOG is None for both parts and is left out
    analysis = kit.analyze('"We will win," said Ann Lee. The club anticipates improvement.')
    ax = charts.plot_framing_vs_quotes(analysis)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert not any("SMOG" in label for label in labels)
    assert any("Flesch" in label for label in labels)
    with pytest.raises(ValueError, match="unknown readability metric"):
        charts.plot_framing_vs_quotes(analysis, ["nope"])


def test_certainty_and_spin_details(plt, analysis):
    ax = charts.plot_certainty(HEADLINES, analysis)
    assert ax.get_xlim()[0] < 0 and ax.get_xlim()[1] > 1
    markers = {c.get_paths()[0].vertices.shape for c in ax.collections}
    assert len(markers) == 2  # triangles and circles, not colour alone
    first = analysis.score_headline(HEADLINES[0])
    assert f"'{HEADLINES[0]}' {first.certainty:.2f}" in charts.caption(ax)  # the numbers are in the alt text
    assert all("$5" not in t.get_text() or "\\$" in t.get_text() for t in ax.get_yticklabels())
    ax2 = charts.plot_spin_profile([analysis.score_headline(h) for h in HEADLINES])
    legend = [t.get_text() for t in ax2.get_legend().get_texts()]
    assert "loaded word" in legend
    assert len({p.get_hatch() for p in ax2.patches if p.get_width() > 0}) >= 2
    assert "no flags" in [t.get_text() for t in ax2.texts]


def test_speakers_counts_are_direct_labels(plt):
    analysis = kit.analyze(kit.load_article("riverton_council_bus_lanes"))
    ax = charts.plot_speakers(analysis)
    counts = [str(n) for _, n in analysis.speakers()]
    assert sorted(t.get_text() for t in ax.texts) == sorted(counts)


def test_figure_renders(plt, analysis, tmp_path):
    fig, axes = plt.subplots(2, 3, figsize=(18, 9))
    for name, ax in zip(NAMES, axes.flat):
        _draw(name, analysis, ax=ax)
    fig.savefig(tmp_path / "charts.png")
    assert (tmp_path / "charts.png").stat().st_size > 10_000


def test_importing_charts_does_not_import_matplotlib():
    code = "import sys, kit, kit.charts; assert 'matplotlib' not in sys.modules, 'matplotlib imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("size", [(6.0, 3.0), (4.0, 3.0), (8.0, 4.6)])
def test_long_axis_labels_wrap_inside_the_figure(analysis, size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=size, dpi=90, layout="constrained")
    ax = charts.plot_readability_by_paragraph(analysis, "flesch_kincaid_grade", ax=fig.add_subplot())
    if size[1] < 4:
        assert ax.get_ylabel() == "Flesch-Kincaid grade\n(US school grade)"
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    for label in (ax.yaxis.label, ax.xaxis.label):
        box = label.get_window_extent(renderer)
        assert box.y0 >= 0 and box.y1 <= fig.bbox.height and box.x0 >= 0 and box.x1 <= fig.bbox.width, label.get_text()


def test_fit_label_keeps_short_labels_and_wraps_at_the_bracket():
    from matplotlib.figure import Figure

    ax = Figure(figsize=(8, 4.5)).add_subplot()
    assert charts.decorate(ax, xlabel="Paragraph (in reading order)", ylabel="Speaker").get_ylabel() == "Speaker"
    assert ax.get_xlabel() == "Paragraph (in reading order)"
    small = Figure(figsize=(2.5, 2.0)).add_subplot()
    charts.decorate(small, xlabel="Dale-Chall readability score (higher is harder)")
    lines = small.get_xlabel().split("\n")
    assert len(lines) >= 2 and lines[-1] == "(higher is harder)"
    assert " ".join(lines) == "Dale-Chall readability score (higher is harder)"


def test_decorate_and_caption_without_pyplot():
    from matplotlib.figure import Figure

    ax = Figure().add_subplot()
    assert charts.caption(ax) == ""
    assert charts.decorate(ax, title="T", xlabel="x", ylabel="y", caption="c") is ax
    assert (ax.get_title(), charts.caption(ax)) == ("T", "c")
