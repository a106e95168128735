"""Browser-free tests of the four core widgets: build each, drive it like a student, check model and HTML."""

from __future__ import annotations

import re
import statistics
import subprocess
import sys
import time

import pytest

import kit
from kit.widgets import byo, highlighter, picker, workbench
from kit.widgets.byo import PASTE_OWN, analyze_text_safely, make_byo
from kit.widgets._common import MARKER_STYLES, contrast_ratio, label_text_colour
from kit.widgets.highlighter import (
    ARTICLE_MAX_HEIGHT,
    MARKER_ORDER,
    HighlighterModel,
    make_highlighter,
    render_highlight,
)
from kit.widgets.picker import (
    PickerModel,
    answer_groups,
    answer_key,
    check_picks,
    headline_words,
    make_picker,
    render_feedback,
)
from kit.widgets.workbench import (
    MAX_ATTEMPTS,
    WorkbenchModel,
    make_workbench,
    render_attempts,
    render_best_quote,
    render_flags,
    render_gauge,
    render_headline_terms,
)

SEED = "nato_rutte_peace_talks"
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ATTACKS = (SCRIPT, IMG)
EMPTY = ""
HTML_PASTE = '<html><script>alert(1)</script><p>"Hi," said Ann Lee.</p></html>'
HUGE = "x" * 300_000
BINARY = "\x00\x01binary"
NO_QUOTES = "The council met on Monday and talked about the budget for a long time."
EIGHT_NAMES = ("Ann Lee", "Bob Ray", "Cara Diaz", "Dan Moss", "Eva Stone", "Finn Cole", "Gina Ross", "Hugo Bell")
EIGHT_SPEAKERS = "\n\n".join(f'"We will vote on item {i} soon," said {name}.' for i, name in enumerate(EIGHT_NAMES, 1))
LESSON5_HEADLINE = "Rutte issues bold, urgent wake-up call on Ukraine peace talks"


@pytest.fixture(scope="module")
def analysis():
    return kit.analyze(kit.load_article(SEED))


@pytest.fixture(scope="module")
def attack_analysis():
    text = (
        f"Evil {SCRIPT} page {IMG} text.\n\n"
        f'"We will {SCRIPT} vote {IMG} soon," said Ann Lee. Critics slammed the "{IMG}" plan.'
    )
    return kit.analyze(kit.Article.from_text(text, headline=f"Head {SCRIPT} {IMG}"))


def assert_escaped(html: str) -> None:
    assert "<script" not in html.lower()
    assert "<img" not in html.lower()
    assert "onerror=alert(1)>" not in html  # the escaped form ends in &gt;


def click(button) -> None:
    button.click()


# --------------------------------------------------------------------------- imports


@pytest.mark.parametrize("module", ["highlighter", "workbench", "picker", "byo"])
def test_pure_modules_do_not_import_ipywidgets(module):
    code = f"import kit.widgets.{module}, sys; assert 'ipywidgets' not in sys.modules, 'ipywidgets imported'"
    subprocess.run([sys.executable, "-c", code], check=True)


# --------------------------------------------------------------------------- highlighter


def test_render_highlight_marks_quotes_terms_and_markers(analysis):
    html = render_highlight(analysis)
    assert 'class="kit-quote"' in html and "kit-label" in html
    assert 'title="Mark Rutte (mentions)"' in html
    for kind in MARKER_ORDER:
        assert f"kit-mark-{kind}" in html or not any(m["kind"] == kind for m in analysis.language()["markers"])
    assert "kit-mark-loaded" in html and "kit-mark-tag" in html
    # legend names every style shown, with its underline and tag (never colour alone)
    for label in ("loaded words", "hedges", "boosters", "loaded said-verbs", "vague sources"):
        assert label in html
    assert "wavy underline, tag L" in html
    # the quotes' words are in the page
    assert "chair the alliance and" in html


def test_render_highlight_show_filters_kinds(analysis):
    html = render_highlight(analysis, show=("hedge",))
    assert "kit-mark-hedge" in html and "kit-mark-loaded" not in html
    assert "Not shown" in html


def test_highlighter_view_toggles(analysis):
    view = make_highlighter(analysis)
    assert set(view.toggles) == set(MARKER_ORDER)
    assert view.toggles["loaded"].description.startswith("loaded words")
    assert "kit-mark-loaded" in view.output.value
    view.toggles["loaded"].value = False
    assert "loaded" not in view.model.show
    assert "kit-mark-loaded" not in view.output.value
    view.toggles["loaded"].value = True
    assert "kit-mark-loaded" in view.output.value
    assert "kit-highlighter-output" in view.output._dom_classes


def test_highlighter_article_scrolls_below_the_buttons(analysis):
    html = render_highlight(analysis)
    box = re.search(r'<div class="kit-article kit-scroll"[^>]*>', html)
    assert box, "the article text is not in a scroll box"
    assert f"max-height:{ARTICLE_MAX_HEIGHT};overflow-y:auto" in box.group()
    assert 'tabindex="0"' in box.group() and 'role="region"' in box.group()  # keyboard users can scroll it
    assert 28 <= float(ARTICLE_MAX_HEIGHT.removesuffix("em")) <= 32
    # headline and legend stay above the box; the paragraphs are inside it
    assert html.index('aria-label="Legend"') < box.start() < html.index("chair the alliance and")
    assert ".kit-scroll { overflow-y: auto; font-size: 16px" in html  # projected: not smaller than the page text
    view = make_highlighter(analysis)
    assert view.children[0] is not view.output and "kit-highlighter-toggles" in view.children[0]._dom_classes
    assert box.group() in view.output.value
    whole = render_highlight(analysis, max_height=None)
    assert 'class="kit-article kit-scroll"' not in whole and '<div class="kit-article">' in whole
    with pytest.raises(ValueError):
        render_highlight(analysis, max_height='30em" onmouseover="alert(1)')


def _label_styles(html: str) -> list[tuple[str, str, str]]:
    """(number, background, text colour) of every numbered speaker label in the HTML."""
    return re.findall(r'<span class="kit-label" style="background:(#[0-9A-Fa-f]{6});color:(#[0-9a-f]{6})"[^>]*>(\d+)<', html)


def test_speaker_labels_are_readable_and_quotes_unlike_markers():
    analysis = kit.analyze(EIGHT_SPEAKERS)
    assert len(analysis.speakers()) == 8
    html = render_highlight(analysis)
    labels = _label_styles(html)
    assert {number for _, _, number in labels} == {str(n) for n in range(1, 9)}
    for background, text, number in labels:
        assert contrast_ratio(text, background) >= 4.5, (number, background, text)
    by_number = {number: (background, text) for background, text, number in labels}
    assert by_number["8"] == ("#F0E442", "#111111")  # yellow: dark number, not white
    assert by_number["6"] == ("#56B4E9", "#111111")  # sky blue: dark number
    assert by_number["1"][1] == "#ffffff"  # dark blue keeps a white number
    # quotes are shaded boxes with a solid bar, never a patterned underline like a marker's
    quote_styles = re.findall(r'<span class="kit-quote[^"]*" style="([^"]*)"', html)
    assert len(quote_styles) >= 16  # 8 quotes and 8 legend entries
    for style in quote_styles:
        assert "text-decoration" not in style and "border-bottom-color:#" in style and "background:#" in style
    assert re.search(r"\.kit-quote \{[^}]*border-bottom: 3px solid", html)
    assert not re.search(r"\.kit-quote \{[^}]*text-decoration", html)
    assert "dashed underline, label" not in html and "shaded, with a solid bar and label 2" in html
    # the vague-source marker keeps its dashed underline and tag, so the two cannot be confused
    colour, line, tag = MARKER_STYLES["vague_source"]
    assert line == "dashed" and f"dashed underline, tag {tag}" in html


def test_label_text_colour_for_every_palette_colour():
    for colour in kit.widgets._common.PALETTE:
        assert contrast_ratio(label_text_colour(colour), colour) >= 4.5, colour


def test_exported_page_uses_readable_speaker_labels():
    from kit.report import render_html

    labels = _label_styles(render_html([kit.analyze(EIGHT_SPEAKERS)]))
    assert len(labels) >= 8 and all(contrast_ratio(t, b) >= 4.5 for b, t, _ in labels)


def test_highlighter_model_accepts_article_and_seed_name():
    model = HighlighterModel(analysis=kit.load_article(SEED))
    assert "kit-quote" in model.html
    assert HighlighterModel(analysis=SEED).html == model.html


def test_highlighter_escapes_article_text(attack_analysis):
    html = render_highlight(attack_analysis)
    assert_escaped(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert_escaped(make_highlighter(attack_analysis).output.value)


# --------------------------------------------------------------------------- workbench


def test_workbench_typing_updates_report_and_gauge(analysis):
    view = make_workbench(analysis)
    assert view.input.placeholder == "Write a headline for this article"
    assert view.input.continuous_update is True
    assert "no headline yet" in view.gauge.value
    view.input.value = "Rutte vows unshakable support"
    report = view.model.report
    assert report.text == "Rutte vows unshakable support"
    kinds = {f["kind"] for f in report.flags}
    assert "loaded" in kinds  # 'unshakable': the analysis flags it as loaded wording
    assert report.fidelity is not None and report.fidelity < 1
    gauge = view.gauge.value
    assert "no headline yet" not in gauge and f"{report.fidelity:.2f}" in gauge
    assert "unshakable" in view.flags.value and "Loaded word" in view.flags.value
    assert "Mark Rutte" in view.best_quote.value
    # a headline the quotes do not back
    view.input.value = "NATO chief refuses to join peace efforts"
    assert "misleading" in view.gauge.value or "stretches" in view.gauge.value
    assert "unsupported" in {f["kind"] for f in view.model.report.flags}
    terms = view.terms.value
    assert 'title="nobody said this"' in terms and "<s " in terms
    assert 'title="the article says so; the speaker did not"' in terms and "dotted" in terms
    assert "<strong" in terms  # 'NATO' is quoted


def test_workbench_tags_sit_outside_struck_words(analysis):
    report = analysis.score_headline("NATO chief refuses to join peace efforts")
    html = render_headline_terms(report)
    struck = re.findall(r"<s\b[^>]*>(.*?)</s>", html)
    assert len(struck) >= 2  # 'refuses' and the legend's 'struck'
    assert all("<sup" not in inner for inner in struck), struck
    assert re.search(r'<s class="kit-term-nowhere" title="nobody said this">refuses</s><sup[^>]*>\?</sup>', html)
    assert "<s>struck</s><sup" in html  # the legend too
    underlined = re.findall(r'<span class="kit-term-framing"[^>]*>(.*?)</span>', html)
    assert underlined and all("<sup" not in inner for inner in underlined)
    assert re.search(r'>efforts</span><sup[^>]*>A</sup>', html)


def test_workbench_css_classes(analysis):
    view = make_workbench(analysis)
    assert "kit-workbench-input" in view.input._dom_classes
    assert "kit-workbench-gauge" in view.gauge._dom_classes
    assert "kit-workbench-flags" in view.flags._dom_classes


def test_workbench_keep_attempts(analysis):
    view = make_workbench(analysis, headline="Rutte vows unshakable support")
    click(view.keep_button)
    click(view.keep_button)  # no duplicates
    assert [a["text"] for a in view.model.attempts] == ["Rutte vows unshakable support"]
    assert view.model.attempts[0]["flags"] == len(view.model.report.flags)
    assert "Rutte vows unshakable support" in view.attempts.value
    view.input.value = ""
    click(view.keep_button)  # empty headline is not kept
    assert len(view.model.attempts) == 1
    for i in range(MAX_ATTEMPTS + 3):
        view.input.value = f"Rutte says support {i}"
        click(view.keep_button)
    assert len(view.model.attempts) == MAX_ATTEMPTS
    assert view.model.attempts[-1]["text"] == f"Rutte says support {MAX_ATTEMPTS + 2}"


def test_workbench_never_reanalyses(analysis, monkeypatch):
    model = WorkbenchModel(analysis=analysis)
    context = analysis.headline_context()

    def boom(*args, **kwargs):
        raise AssertionError("the article was re-analysed")

    monkeypatch.setattr("kit.analysis.analyze", boom)
    monkeypatch.setattr("kit.headlines.prepare", boom)
    for text in ("R", "Ru", "Rutte", "Rutte says"):
        model.headline = text
        assert model.report.text == text
    assert analysis.headline_context() is context



def test_workbench_pure_renderers_on_empty(analysis):
    report = analysis.score_headline("")
    assert "no headline yet" in render_gauge(report.fidelity)
    assert "kit-ok" in render_flags(report)
    assert render_headline_terms(report)
    assert render_best_quote(analysis, report)
    assert "No attempts" in render_attempts([])
    assert "No flags" in render_flags(analysis.score_headline("Rutte says he will chair the alliance"))


@pytest.mark.parametrize("attack", ATTACKS)
def test_workbench_escapes_headline(analysis, attack_analysis, attack):
    for a in (analysis, attack_analysis):
        view = make_workbench(a)
        view.input.value = f"Rutte {attack} support"
        click(view.keep_button)
        for widget in (view.gauge, view.terms, view.flags, view.best_quote, view.attempts):
            assert_escaped(widget.value)
        assert "&lt;" in view.terms.value and "&gt;" in view.terms.value  # shown, escaped, word by word
        assert kit.widgets._common.escape(f"Rutte {attack} support") in view.attempts.value


# --------------------------------------------------------------------------- picker


def test_headline_words_drop_the_punctuation_around_words():
    assert headline_words("  Rutte: 'no' talks — yet! ") == ["Rutte", "no", "talks", "yet"]
    assert headline_words("Shocking: Rutte slams peace talks")[0] == "Shocking"
    assert headline_words(LESSON5_HEADLINE)[2:6] == ["bold", "urgent", "wake-up", "call"]
    assert headline_words("You won't believe Rutte's (new) plan…") == ["You", "won't", "believe", "Rutte's", "new", "plan"]
    assert headline_words("U.S. rates up 40%—again?") == ["U.S.", "rates", "up", "40%", "again"]
    assert headline_words("") == [] and headline_words(" — ") == []


def test_picker_buttons_show_bare_words(analysis):
    view = make_picker(analysis, "Shocking: Rutte slams peace talks", mode="loaded")
    assert [b.description for b in view.word_buttons] == ["Shocking", "Rutte", "slams", "peace", "talks"]
    assert view.model.key == {0, 2}  # the clickbait label is still found without its colon


def test_picker_phrase_over_several_buttons_counts_once(analysis):
    context = analysis.headline_context()
    words = headline_words(LESSON5_HEADLINE)
    groups = answer_groups(LESSON5_HEADLINE, context, "loaded")
    assert [[words[i] for i in g] for g in groups] == [["bold"], ["urgent"], ["wake-up", "call"]]
    model = PickerModel(analysis=analysis, headline=LESSON5_HEADLINE, mode="loaded")
    wake, call = words.index("wake-up"), words.index("call")
    model.toggle(wake)
    result = model.check()
    assert (result["found"], result["total"], result["wrong"]) == (1, 3, 0)
    assert result["verdicts"][wake] == result["verdicts"][call] == "correct"  # the whole phrase is found
    assert "You found 1 of 3." in model.feedback and "&#x27;wake-up call&#x27;: right" in model.feedback
    model.toggle(call)  # both words of the phrase: still one find
    assert model.check()["found"] == 1
    for i in (words.index("bold"), words.index("urgent")):
        model.toggle(i)
    result = model.check()
    assert (result["found"], result["total"], result["score"]) == (3, 3, 1.0) and "All of them!" in model.feedback
    assert model.feedback.count("right —") == 3
    assert "..</div>" not in model.feedback  # the lexicon's sentence already ends in a full stop
    # a vague source over two words is one answer as well
    model = PickerModel(analysis=analysis, headline="Experts say Rutte slams Kallas", mode="loaded")
    model.toggle(1)
    result = model.check()
    assert (result["found"], result["total"]) == (1, 2) and result["verdicts"][0] == "correct"
    assert "&#x27;Experts say&#x27;: right" in model.feedback and "missed &#x27;slams&#x27;" in model.feedback


def test_check_picks_groups_merge_and_count_once():
    result = check_picks({0, 4, 5}, [(2,), (4, 5), (5, 6)])  # groups sharing a word merge
    assert result["groups"] == [[2], [4, 5, 6]]
    assert (result["found"], result["total"], result["wrong"]) == (1, 2, 1)
    assert result["verdicts"] == {0: "wrong", 2: "missed", 4: "correct", 5: "correct", 6: "correct"}
    assert result["score"] == round(1 / 3, 2)
    assert check_picks({1}, {1, 2}) == check_picks({1}, [(1,), (2,)])


def test_answer_key_modes(analysis):
    context = analysis.headline_context()
    headline = "NATO chief refuses to join peace efforts"
    words = headline_words(headline)
    key = answer_key(headline, context, "unsupported")
    assert {words[i] for i in key} == {"refuses", "join", "peace", "efforts"}
    # "peace talks" is the quotes' "peace process": a phrase synonym, so it is not in the key
    talks = "NATO chief refuses to join peace talks"
    assert {headline_words(talks)[i] for i in answer_key(talks, context, "unsupported")} == {"refuses", "join"}
    assert not {words[i] for i in key} & {"to", "NATO", "chief"}  # small words and names never in the key
    loaded = answer_key("Experts say Rutte slams Kallas in shocking video", context, "loaded")
    words = headline_words("Experts say Rutte slams Kallas in shocking video")
    assert {words[i] for i in loaded} == {"Experts", "say", "slams", "shocking"}
    with pytest.raises(ValueError):
        answer_key(headline, context, "bogus")


def test_check_picks_and_feedback():
    result = check_picks({0, 2}, {2, 3})
    assert result["verdicts"] == {0: "wrong", 2: "correct", 3: "missed"}
    assert result["found"] == 1 and result["total"] == 2
    assert check_picks(set(), set())["score"] == 1.0
    html = render_feedback(["Rutte", "vows", "unshakable", "support"], {2: "missed"}, {2: "nobody in the quotes used it"})
    assert "You found 0 of 1." in html and "unshakable" in html


def test_picker_view_check_and_reset(analysis):
    view = make_picker(analysis, "NATO chief refuses to join peace efforts")
    words = view.model.words
    assert [b.description for b in view.word_buttons] == words
    assert all("kit-picker-word" in b._dom_classes for b in view.word_buttons)
    assert "kit-picker-check" in view.check_button._dom_classes
    assert "kit-picker-feedback" in view.feedback._dom_classes
    refuses, chief = words.index("refuses"), words.index("chief")
    view.word_buttons[refuses].value = True
    view.word_buttons[chief].value = True
    assert view.model.picked == sorted([refuses, chief])
    click(view.check_button)
    verdicts = view.model.result["verdicts"]
    assert verdicts[refuses] == "correct" and verdicts[chief] == "wrong"
    assert verdicts[words.index("join")] == "missed" and verdicts[words.index("efforts")] == "missed"
    assert view.model.checked and "You found 1 of" in view.feedback.value
    assert view.word_buttons[refuses].icon == "check" and view.word_buttons[chief].icon == "times"
    # picking a word after Check clears the old feedback
    view.word_buttons[words.index("join")].value = True
    assert not view.model.checked and view.feedback.value == ""
    assert view.word_buttons[refuses].icon == ""
    click(view.reset_button)
    assert view.model.picked == [] and not any(b.value for b in view.word_buttons)


def test_picker_model_methods(analysis):
    model = PickerModel(analysis=analysis, headline="Experts say Rutte slams Kallas", mode="loaded")
    for i in sorted(model.key):
        model.toggle(i)
    result = model.check()
    assert result["score"] == 1.0 and "All of them" in model.feedback
    model.toggle(0)
    assert model.feedback == "" and not model.checked
    with pytest.raises(IndexError):
        model.toggle(99)


@pytest.mark.parametrize("attack", ATTACKS)
def test_picker_escapes_headline(analysis, attack_analysis, attack):
    for a in (analysis, attack_analysis):
        view = make_picker(a, f"Rutte {attack} talks", mode="unsupported")
        for button in view.word_buttons:
            view.model.toggle(view.word_buttons.index(button))
        click(view.check_button)
        assert_escaped(view.feedback.value)
        assert view.feedback.value  # feedback was written


# --------------------------------------------------------------------------- bring your own


@pytest.mark.parametrize(
    "text, expected",
    [
        (EMPTY, "Paste an article first."),
        ("   \n\t", "Paste an article first."),
        (HUGE, "too long"),
        (BINARY, "binary"),
        (NO_QUOTES, "No direct quotes found"),
        (None, "Paste an article first."),
        (b"bytes", "not a file's bytes"),
    ],
)
def test_analyze_text_safely_messages(text, expected):
    analysis, message = analyze_text_safely(text)
    assert analysis is None and expected in message and "\n" not in message


def test_analyze_text_safely_strips_html():
    analysis, note = analyze_text_safely(HTML_PASTE)
    assert analysis is not None and "HTML" in note
    assert "script" not in analysis.article.text and "alert" not in analysis.article.text
    assert analysis.speakers() == [("Ann Lee", 1)]


@pytest.mark.parametrize("text", [EMPTY, HTML_PASTE, HUGE, BINARY, NO_QUOTES, SCRIPT, IMG])
def test_byo_view_never_raises(text):
    view = make_byo()
    view.textarea.value = text
    click(view.analyse_button)
    html = view.message.value
    assert_escaped(html)
    if text is HTML_PASTE:
        assert len(view.result.children) == 1 and "tags were removed" in html
        highlighted = view.result.children[0].children[0]
        assert "Ann Lee" in highlighted.output.value
        assert_escaped(highlighted.output.value)
    else:
        assert "kit-error" in html and view.result.children == ()


def test_byo_seed_dropdown_and_analyse():
    view = make_byo()
    assert view.seed.options[0] == PASTE_OWN and SEED in view.seed.options
    view.seed.value = SEED
    assert view.textarea.value == kit.load_article(SEED).text
    view.headline.value = "Rutte vows unshakable support"
    click(view.analyse_button)
    assert view.message.value == ""
    tabs = view.result.children[0]
    high, bench = tabs.children
    assert "kit-quote" in high.output.value
    assert bench.model.headline == "Rutte vows unshakable support"
    assert "unshakable" in bench.flags.value


def test_byo_callback_catches_unexpected_errors(monkeypatch):
    view = make_byo(seeds=[SEED])
    view.textarea.value = '"Hi," said Ann Lee.'

    def boom(*args, **kwargs):
        raise RuntimeError("kaboom")

    monkeypatch.setattr("kit.widgets.highlighter.render_highlight", boom)
    click(view.analyse_button)
    assert "Something went wrong" in view.message.value and view.result.children == ()


def test_byo_attack_article_is_escaped():
    text = f'{SCRIPT} {IMG}\n\n"We will {IMG} vote," said Ann Lee.'
    view = make_byo()
    view.textarea.value = text
    view.headline.value = IMG
    click(view.analyse_button)
    assert view.result.children, view.message.value
    high, bench = view.result.children[0].children
    for html in (view.message.value, high.output.value, bench.gauge.value, bench.terms.value, bench.flags.value, bench.best_quote.value):
        assert_escaped(html)


def test_modules_have_all():
    for module in (highlighter, workbench, picker, byo):
        for name in module.__all__:
            assert hasattr(module, name)
