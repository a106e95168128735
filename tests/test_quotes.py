"""Quote finding: every quoting style the kit promises to handle."""

from __future__ import annotations

import pytest

from kit import Article, find_quotes
from kit.quotes import find_quote_spans


def quotes(text: str):
    article = Article.from_text(text)
    found = find_quotes(article)
    for q in found:
        assert article.text[q.start : q.end] == q.text
    return found


def texts(text: str, speech_only: bool = True):
    return [q.text for q in quotes(text) if q.kind != "term" or not speech_only]


def test_straight_double_quotes():
    assert texts('"We are ready," said Ann Lee. She left.') == ["We are ready,"]


def test_curly_double_quotes():
    assert texts("“We are ready,” said Ann Lee.") == ["We are ready,"]


def test_same_mark_both_ends_u201c():
    text = "Rutte said, “I need to chair the alliance.“ Then he left. He added, “Her position is different.“"
    assert texts(text) == ["I need to chair the alliance.", "Her position is different."]


def test_same_mark_both_ends_u201d():
    assert texts("Ann Lee said: ”We will win.” The crowd cheered.") == ["We will win."]


def test_british_single_quotes_with_apostrophes():
    text = (
        "‘We don’t expect the students’ union to agree,’ said Ann Lee, whose Rutte’s-style "
        "plan dates from the ’90s. It’s rock ’n’ roll, she added: ‘It won’t be easy.’"
    )
    assert texts(text) == ["We don’t expect the students’ union to agree,", "It won’t be easy."]


def test_straight_single_quotes_with_apostrophes():
    text = "'It's the teachers' decision,' Ms Lee said. The '90s were different. 'We'll see.'"
    assert texts(text) == ["It's the teachers' decision,", "We'll see."]


def test_plural_possessive_is_not_a_closer():
    assert texts("The parents' group met. Nobody spoke.") == []


def test_nested_quote_belongs_to_outer():
    text = "\"She told me, 'We are not moving,' and I believed her,\" said Tom Reid."
    found = quotes(text)
    assert [q.text for q in found] == ["She told me, 'We are not moving,' and I believed her,"]
    assert found[0].speaker == "Tom Reid"


def test_nested_double_inside_single():
    text = "‘He said “never” twice,’ Ann Lee recalled."
    assert texts(text) == ["He said “never” twice,"]


def test_split_quote_two_parts_one_speaker():
    text = "Dana Okafor is the principal. \"The plan,\" she said, \"is to finish by June.\""
    found = quotes(text)
    assert [q.text for q in found] == ["The plan,", "is to finish by June."]
    assert [q.speaker for q in found] == ["Dana Okafor", "Dana Okafor"]
    assert found[1].kind == "full"


def test_multi_paragraph_quote():
    text = (
        "Ann Lee spoke for an hour.\n\n"
        "\"We started in March. It was hard.\n\n"
        "\"We finished in June,\" she said.\n\n"
        "The meeting ended."
    )
    found = quotes(text)
    assert [q.text for q in found] == ["We started in March. It was hard.", "We finished in June,"]
    assert found[1].continues == 0
    assert {q.speaker for q in found} == {"Ann Lee"}


def test_unclosed_mark_stops_at_paragraph_end():
    text = 'Ann Lee said "we will see about that.\n\nThe next paragraph. "Yes," said Tom Reid.'
    found = quotes(text)
    assert [q.text for q in found] == ["we will see about that.", "Yes,"]
    assert found[1].speaker == "Tom Reid"


def test_guillemets_french_and_german_direction():
    assert texts("« Nous sommes prêts », a déclaré le ministre. Ann Lee said «We are ready».") == [
        "Nous sommes prêts",
        "We are ready",
    ]
    assert texts("Er sagte »Wir sind bereit« und ging.") == ["Wir sind bereit"]


def test_single_guillemets():
    assert texts("Ann Lee said ‹We are ready› and left.") == ["We are ready"]


def test_low_high_marks():
    text = "„Wir schaffen das“, sagte Anna Berg. „Es wird dauern“, fügte sie hinzu."
    assert texts(text) == ["Wir schaffen das", "Es wird dauern"]


def test_titles_and_scare_quotes_are_terms_without_speaker():
    text = (
        "The report, titled \"Roads to Nowhere\", was published on Monday. "
        "Critics called the so-called 'reform' a failure. Ann Lee said \"the plan is dead.\""
    )
    found = quotes(text)
    terms = [q for q in found if q.kind == "term"]
    assert {q.text for q in terms} == {"Roads to Nowhere", "reform"}
    assert all(q.speaker is None for q in terms)
    assert [q.text for q in found if q.kind != "term"] == ["the plan is dead."]


def test_fragment_kind():
    text = 'Judge Ann Lee called the ruling "deeply disappointing" in a short statement.'
    found = quotes(text)
    assert [(q.text, q.kind) for q in found] == [("deeply disappointing", "fragment")]


def test_full_kind():
    assert quotes('"We are ready," said Ann Lee.')[0].kind == "full"


def test_quote_at_paragraph_start_after_headline():
    text = 'School board votes\n\n"We are ready," said Ann Lee.'
    article = Article.from_text(text)
    assert article.headline == "School board votes"
    assert [q.text for q in find_quotes(article)] == ["We are ready,"]


@pytest.mark.parametrize("text", ["", "   ", '"', '""', "''", "“", "«»", "'90s", "don't", '" "'])
def test_degenerate_inputs_give_no_speech(text):
    assert all(q.text.strip() for q in quotes(text))


def test_a_label_a_document_gives_is_a_term():
    text = "The bill would cut crews in winter. The draft describes the measure as \u201ccrew flexibility\u201d."
    assert [(q.text, q.kind, q.speaker) for q in find_quotes(Article.from_text(text))] == [("crew flexibility", "term", None)]


def test_a_phrase_a_named_person_called_something_is_theirs():
    text = (
        "Campaigners say the cut would leave families at what Okonjo has called a \u2018cliff edge\u2019. "
        "It is part of what the European Commission calls a \u201cgreen package\u201d."
    )
    kinds = [(q.text, q.kind) for q in find_quotes(Article.from_text(text))]
    assert kinds == [("cliff edge", "fragment"), ("green package", "term")]


def test_session_thirteen_labels_people_have_taken_to_calling():
    """What residents "have taken to calling" something, a "mantra of" or "slogan of", and what a body "calls a
    'double-shift system'" are labels (kind term); "what he called a 'softly-softly' approach" describes the noun
    after it in the speaker's own words (not a term)."""
    text = (
        "Near the shed, which residents have taken to calling the \"white elephant,\" children played.\n"
        "He urged calm in line with the Second Republic's mantra of \"leaving no one and no place behind\".\n"
        "Teachers handle classes under what the partner calls a \"double-shift system\", with long days.\n"
        "Parata said officers would take what he called a \"softly-softly\" approach in the first weeks."
    )
    kinds = {q.text: q.kind for q in find_quote_spans(text)}
    assert kinds["white elephant,"] == "term"
    assert kinds["leaving no one and no place behind"] == "term"
    assert kinds["double-shift system"] == "term"
    assert kinds["softly-softly"] != "term"


def test_session_fourteen_glosses_and_waiting_lists():
    """A word in another language followed by its translation in brackets is a term; "described the waiting list as
    'a lottery ...'" is speech ("list ... as" labels only with words between, as in "lists the hall as")."""
    text = (
        "Farmers blame what they describe as \"maji mabaya\" (bad water) for the losses.\n"
        "She described the waiting list as \u2018a queue that never moves\u2019.\n"
        "The council lists the hall as \"at risk\"."
    )
    kinds = {q.text: q.kind for q in find_quote_spans(text)}
    assert kinds["maji mabaya"] == "term"
    assert kinds["a queue that never moves"] != "term"
    assert kinds["at risk"] == "term"


def test_session_fourteen_branded_by_someone_is_speech():
    """"branded 'a kick in the teeth' ... by a local MLA" quotes someone; "dubbed 'Operation Clean Sweep' by police"
    and "the scheme, branded 'Fair Fares'," stay names."""
    text = (
        "The closure has been branded \u2018a kick in the teeth\u2019 for rural Tyrone by a local MLA.\n"
        "The raids were dubbed \"Operation Clean Sweep\" by police.\n"
        "The scheme, branded \"Fair Fares\", starts on Monday."
    )
    kinds = {q.text: q.kind for q in find_quote_spans(text)}
    assert kinds["a kick in the teeth"] == "fragment"
    assert kinds["Operation Clean Sweep"] == "term"
    assert kinds["Fair Fares"] == "term"
