"""Browser-free tests of the certainty ladder, the readability explorer and the quiz."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import kit
from kit.widgets._common import MARKER_STYLES
from kit.widgets.ladder import SOURCES, LadderModel, as_analysis, ladder_items, make_certainty_ladder, render_ladder
from kit.widgets.quiz import Question, QuizModel, check_answer, make_quiz
from kit.widgets.readability_explorer import (
    CHART_DPI,
    CHART_SIZE,
    METRIC_CHOICES,
    ReadabilityModel,
    chart_figure,
    explorer_summary,
    make_readability_explorer,
)

ROOT = Path(__file__).resolve().parent.parent

SEED = "nato_rutte_peace_talks"
XSS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]


@pytest.fixture(scope="module")
def analysis():
    return kit.analyze(kit.load_article(SEED))


def _assert_escaped(html: str) -> None:
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=alert(1)>" not in html


# --------------------------------------------------------------------------- ladder


def test_ladder_items_cover_sources_and_are_sorted(analysis):
    items = ladder_items(analysis, ["Rutte vows NATO will never abandon Ukraine"])
    scores = [i["score"] for i in items]
    assert scores == sorted(scores)
    sources = [i["source"] for i in items]
    assert sources.count("headline") == 1
    assert 1 <= sources.count("framing") <= 12
    assert sources.count("quote") >= len(analysis.speech)
    for item in items:
        assert set(item) >= {"text", "source", "speaker", "score", "label", "words", "reasons"}
        assert 0 <= item["score"] <= 1
        if item["source"] == "framing":
            assert item["words"]
        if item["source"] == "quote":
            assert item["speaker"] == "Mark Rutte"
    least = items[0]
    assert least["source"] == "quote" and "not always sure" in least["words"]
    assert items[-1]["source"] == "headline"


def test_ladder_framing_sentences_hide_the_quotes(analysis):
    quotes = {i["text"] for i in ladder_items(analysis) if i["source"] == "quote"}
    for item in ladder_items(analysis):
        if item["source"] == "framing":
            assert not any(q in item["text"] for q in quotes if len(q) > 30)


@pytest.mark.parametrize("text", ["", "No quotes here. None at all."])
def test_ladder_empty_articles(text):
    analysis = kit.analyze(text)
    assert [i for i in ladder_items(analysis) if i["source"] == "quote"] == []
    html = render_ladder(ladder_items(analysis))
    assert "kit-ladder-widget" in html


def test_render_ladder_shape_and_text_tags(analysis):
    html = render_ladder(ladder_items(analysis, ["NATO will never abandon Ukraine"]))
    for tag in ("\u25cf Q", "\u25a0 F", "\u25b2 HL"):
        assert tag in html
    assert 'class="kit-mark kit-mark-hedge"' in html and 'class="kit-mark kit-mark-booster"' in html
    assert html.index("kit-rung-absolute") < html.index("kit-rung-unsure")
    assert "not always sure" in html


def test_ladder_source_tags_differ_from_marker_tags(analysis):
    source_tags = {tag for tag, _, _ in SOURCES.values()}
    marker_tags = {tag for _, _, tag in MARKER_STYLES.values()}
    assert len(source_tags) == len(SOURCES) and not source_tags & marker_tags
    assert SOURCES["headline"][0] != MARKER_STYLES["hedge"][2]
    html = render_ladder(ladder_items(analysis, ["Rutte may step back from peace talks"]))
    badges = set(re.findall(r'<span class="kit-src kit-src-\w+"[^>]*>\S+ (\w+)</span>', html))
    tags = set(re.findall(r'<span class="kit-mark-tag">(\w+)</span>', html))
    assert badges == source_tags and {"H", "B"} <= tags and not badges & tags
    view = make_certainty_ladder(analysis)
    assert view.source_boxes["headline"].description == "\u25b2 HL: headline"


def test_ladder_model_sources_and_headlines(analysis):
    model = LadderModel(analysis=analysis)
    model.add_headline("  Rutte   vows NATO will never abandon Ukraine ")
    model.add_headline("Rutte vows NATO will never abandon Ukraine")
    model.add_headline("   ")
    assert model.headlines == ["Rutte vows NATO will never abandon Ukraine"]
    assert "kit-item-headline" in model.html
    model.sources = ["headline"]
    assert "kit-item-quote" not in model.html and "kit-item-framing" not in model.html
    model.sources = []
    assert "Nothing to place" in model.html


def test_ladder_view_like_a_student(analysis):
    view = make_certainty_ladder(analysis, headlines=["Rutte admits he is unsure"])
    assert "kit-certainty-ladder" in view._dom_classes
    assert "kit-item-headline" in view.ladder.value
    view.source_boxes["quote"].value = False
    assert "quote" not in view.model.sources
    assert "kit-item-quote" not in view.ladder.value
    view.source_boxes["quote"].value = True
    assert "kit-item-quote" in view.ladder.value
    view.headline_text.value = "NATO will never abandon Ukraine"
    view.add_button.click()
    assert view.model.headlines[-1] == "NATO will never abandon Ukraine"
    assert view.headline_text.value == ""
    assert view.ladder.value == view.model.html


def test_ladder_accepts_seed_name_article_and_text():
    assert as_analysis(SEED).speakers() == [("Mark Rutte", 7)]
    assert as_analysis(kit.load_article(SEED)).speakers() == [("Mark Rutte", 7)]
    assert as_analysis("").quotes == ()
    with pytest.raises(TypeError):
        as_analysis(42)


@pytest.mark.parametrize("payload", XSS)
def test_ladder_escapes_headlines_and_article_text(payload):
    article = kit.Article.from_text(f'{payload} said the mayor. "We may {payload} delay it," said Ann Lee.')
    view = make_certainty_ladder(article)
    view.headline_text.value = f"Mayor vows {payload}"
    view.add_button.click()
    _assert_escaped(view.ladder.value)
    assert "&lt;" in view.ladder.value
    _assert_escaped(view.model.html)


# --------------------------------------------------------------------------- readability explorer


def test_explorer_summary(analysis):
    line = explorer_summary(analysis, "flesch_kincaid_grade")
    assert line.startswith("The quotes read at about grade 11; the framing at about grade 15")
    assert "\n" not in line
    ease = explorer_summary(analysis, "flesch_reading_ease")
    assert "Flesch reading ease: quotes 57.9, framing 25.1 (higher is easier)." in ease
    assert "Dale-Chall" in explorer_summary(analysis, "dale_chall_readability_score")
    with pytest.raises(ValueError):
        explorer_summary(analysis, "text_standard")
    assert "no quotes" in explorer_summary(kit.analyze("The council met. It voted."), "gunning_fog").lower()


def test_readability_model(analysis):
    keys = [key for _, key in METRIC_CHOICES]
    assert "text_standard" not in keys and len(keys) == 6
    model = ReadabilityModel(analysis=analysis)
    first = model.summary
    model.metric = "coleman_liau_index"
    assert model.summary != first and "Coleman-Liau" in model.summary
    import traitlets

    with pytest.raises(traitlets.TraitError):
        model.metric = "text_standard"


def test_explorer_view_like_a_student(analysis):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figures_before = plt.get_fignums()
    view = make_readability_explorer(analysis)
    assert "kit-readability-explorer" in view._dom_classes
    labels = [label for label, _ in view.dropdown.options]
    assert "Flesch-Kincaid grade" in labels
    first_png = bytes(view.paragraph_image.value)
    assert first_png[:4] == b"\x89PNG" and bytes(view.comparison_image.value)[:4] == b"\x89PNG"
    assert "Flesch-Kincaid" in view.summary.value
    view.dropdown.value = "flesch_reading_ease"
    assert view.model.metric == "flesch_reading_ease"
    assert bytes(view.paragraph_image.value) != first_png
    assert "Flesch reading ease: quotes" in view.summary.value
    assert plt.get_fignums() == figures_before  # no figures left open


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_explorer_charts_are_stacked_full_width(analysis):
    import ipywidgets

    view = make_readability_explorer(analysis)
    assert isinstance(view.charts, ipywidgets.VBox) and not isinstance(view.charts, ipywidgets.HBox)
    assert list(view.charts.children) == [view.paragraph_image, view.comparison_image]
    assert not any(isinstance(child, ipywidgets.HBox) and view.paragraph_image in child.children
                   for child in view.children)
    width = round(CHART_SIZE[0] * CHART_DPI)
    assert width >= 700  # wide enough to read, not two ~400 px charts side by side
    for image in (view.paragraph_image, view.comparison_image):
        assert image.layout.width == "100%" and image.layout.max_width == f"{width}px"
        assert _png_size(bytes(image.value))[0] == width


def _text_outside(fig) -> list[str]:
    """Every piece of drawn text that runs past the figure's edge (it would be cut off in the PNG)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    width, height = fig.bbox.width, fig.bbox.height
    out = []
    for ax in fig.axes:
        texts = [ax.title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
        texts += [t for t in ax.get_xticklabels() + ax.get_yticklabels() if t.get_text()]
        view_x, view_y = sorted(ax.get_xlim()), sorted(ax.get_ylim())
        for text in texts:
            if not text.get_visible() or not text.get_text().strip():
                continue
            if text in ax.get_yticklabels() and not view_y[0] <= text.get_position()[1] <= view_y[1]:
                continue  # ticks outside the view are not drawn
            if text in ax.get_xticklabels() and not view_x[0] <= text.get_position()[0] <= view_x[1]:
                continue
            box = text.get_window_extent(renderer)
            if box.x0 < -0.5 or box.y0 < -0.5 or box.x1 > width + 0.5 or box.y1 > height + 0.5:
                out.append(text.get_text())
        tight = ax.get_tightbbox(renderer)
        if tight.x0 < -0.5 or tight.y0 < -0.5 or tight.x1 > width + 0.5 or tight.y1 > height + 0.5:
            out.append(f"axes {ax.get_title()!r}")
    return out


@pytest.mark.parametrize("which", ["paragraphs", "comparison"])
@pytest.mark.parametrize("metric", [key for _, key in METRIC_CHOICES])
def test_explorer_chart_labels_are_never_cut_off(analysis, metric, which):
    fig = chart_figure(analysis, metric, which)
    assert _text_outside(fig) == []
    label = fig.axes[0].get_ylabel()
    assert "\n" in label or len(label) <= 30  # long axis labels are wrapped


@pytest.mark.parametrize("text", ["", XSS[0] + " " + XSS[1] + ' "We ' + XSS[1] + ' win," said Lee.'])
def test_explorer_empty_and_hostile_articles(text):
    view = make_readability_explorer(text)
    _assert_escaped(view.summary.value)
    assert bytes(view.paragraph_image.value)[:4] == b"\x89PNG"
    view.dropdown.value = "smog_index"
    _assert_escaped(view.summary.value)


# --------------------------------------------------------------------------- quiz


QUESTIONS = [
    Question("hedge", "Which word is a hedge?", "choice", ("will", "may", "never"), 1,
             "Yes: 'may' leaves room for doubt.", "No: that word makes it sound surer.", "Least sure?"),
    Question("who", "Who is quoted most in the NATO article?", "text", answer=["Mark Rutte", "Rutte"],
             feedback_wrong="Look at the speakers chart."),
    Question("any", "Name a booster.", "text", answer=lambda s: (s.strip().lower() in {"will", "never"}, "Checked against: will, never.")),
    Question("two", "Pick a framing word", "choice", ("unshakable", "said", "bold"), {0, 2}),
]


def test_check_answer_rules():
    choice, text, func, multi = QUESTIONS
    assert check_answer(choice, 1)[0] and not check_answer(choice, 0)[0]
    assert check_answer(choice, "MAY")[0]
    assert check_answer(choice, 0)[1].endswith("Hint: Least sure?")
    assert check_answer(choice, None) == (False, "Choose an answer first.")
    assert check_answer(text, "  mark RUTTE!! ")[0]
    assert check_answer(text, "rutte.")[0]
    assert not check_answer(text, "Trump")[0]
    assert check_answer(text, "") == (False, "Type an answer first.")
    assert check_answer(func, "Never") == (True, "Checked against: will, never.")
    assert check_answer(func, "may") == (False, "Checked against: will, never.")
    bare = Question("b", "Name a hedge", "text", answer=lambda s: s.strip() == "may", hint="Think 'may'.")
    assert check_answer(bare, "may") == (True, "Right!")
    assert check_answer(bare, "will") == (False, "Not quite. Hint: Think 'may'.")
    assert check_answer(multi, 0)[0] and check_answer(multi, 2)[0] and not check_answer(multi, 1)[0]
    assert check_answer(multi, {0, 2})[0] and not check_answer(multi, {0, 1})[0]


def test_question_validation():
    with pytest.raises(ValueError):
        Question("x", "?", "choice", (), 0)
    with pytest.raises(ValueError):
        Question("x", "?", "choice", ("a", "b"), 5)
    with pytest.raises(ValueError):
        Question("x", "?", "text")
    import traitlets

    with pytest.raises(traitlets.TraitError):
        QuizModel(questions=[QUESTIONS[0], QUESTIONS[0]])


def test_quiz_model_score():
    model = QuizModel(questions=QUESTIONS)
    assert (model.score, model.total) == (0, 4)
    model.answer("hedge", 1)
    model.answer("who", "Biden")
    assert model.check("hedge")[0] and not model.check("who")[0]
    assert model.score == 1 and model.score_line == "Score: 1 of 4 right."
    model.answer("who", "rutte")
    model.check("who")
    assert model.score == 2 and model.results["who"]["correct"]
    with pytest.raises(KeyError):
        model.check("missing")


def test_quiz_has_no_title_by_default():
    import ipywidgets

    view = make_quiz(QUESTIONS)

    def html_values(widget):
        if isinstance(widget, ipywidgets.HTML):
            yield widget.value
        for child in getattr(widget, "children", ()):
            yield from html_values(child)

    values = list(html_values(view))
    assert values and not any("Check your understanding" in v or "kit-quiz-title" in v for v in values)
    assert "kit-quiz-question" in view.children[0]._dom_classes  # the first question comes first
    assert len(view.children) == len(QUESTIONS) + 1  # the questions and the score line
    assert "kit-quiz-title" in make_quiz(QUESTIONS, title="Quick check").children[0].value
    assert "kit-quiz-question" in make_quiz(QUESTIONS, title="   ").children[0]._dom_classes


def test_lessons_call_the_quiz_without_a_title_under_their_own_heading():
    calls = 0
    for path in sorted((ROOT / "lessons").glob("*.ipynb")) + sorted((ROOT / "exercises").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        for number, cell in enumerate(cells):
            source = "".join(cell["source"])
            if cell["cell_type"] != "code" or "make_quiz(" not in source:
                continue
            calls += 1
            assert "title=" not in source, f"{path.name}: the quiz would repeat the notebook's heading"
            above = "".join("".join(c["source"]) for c in cells[:number] if c["cell_type"] == "markdown")
            assert "Check your understanding" in above, path.name
    assert calls >= 9


def test_quiz_view_like_a_student():
    view = make_quiz(QUESTIONS, title="Hedges & boosters")
    assert "kit-quiz" in view._dom_classes
    assert "Hedges &amp; boosters" in view.children[0].value
    view.inputs["hedge"].value = 0
    view.buttons["hedge"].click()
    assert view.model.results["hedge"]["correct"] is False
    assert "Hint: Least sure?" in view.feedback["hedge"].value
    view.inputs["hedge"].value = 1
    view.buttons["hedge"].click()
    assert "leaves room for doubt" in view.feedback["hedge"].value
    view.inputs["who"].value = "Mark Rutte"
    view.buttons["who"].click()
    assert view.model.score == 2
    assert "Score: 2 of 4 right." in view.score.value
    view.buttons["any"].click()  # nothing typed yet
    assert "Type an answer first." in view.feedback["any"].value


@pytest.mark.parametrize("payload", XSS)
def test_quiz_escapes_answers_and_prompts(payload):
    questions = [
        Question("t", f"Prompt {payload}", "text", answer=[payload], feedback_wrong=f"No {payload}"),
        Question("c", "Pick", "choice", (payload, "b"), 1, hint=payload),
    ]
    view = make_quiz(questions, title=payload)
    view.inputs["t"].value = f"my answer {payload}"
    view.buttons["t"].click()
    view.inputs["c"].value = 0
    view.buttons["c"].click()
    import ipywidgets

    def html_widgets(widget):
        if isinstance(widget, ipywidgets.HTML):
            yield widget.value
        for child in getattr(widget, "children", ()):
            yield from html_widgets(child)

    htmls = list(html_widgets(view))
    assert len(htmls) >= 6
    htmls.extend(w.value for w in view.feedback.values())
    assert any("&lt;" in h for h in htmls)
    for html in htmls:
        _assert_escaped(html)
    assert "You answered: <q>my answer &lt;" in view.feedback["t"].value


# --------------------------------------------------------------------------- imports


@pytest.mark.parametrize(
    "module", ["kit.charts", "kit.widgets.quiz", "kit.widgets.ladder", "kit.widgets.readability_explorer"]
)
def test_imports_stay_light(module):
    code = (
        f"import sys, {module}\n"
        "heavy = [m for m in ('matplotlib', 'ipywidgets') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
