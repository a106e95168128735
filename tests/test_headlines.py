"""Headline fidelity, flags and the language markers they rest on."""

from __future__ import annotations

import pytest

from kit import Article, analyze, load_article
from kit.certainty import certainty
from kit.headlines import _added_clause, _stated_flatly, prepare, score_headline, score_headlines
from kit.language import find_clickbait, find_markers, language_report, stem, tokenize
from kit.numbers import find_numbers, numbers_match

ARTICLE = (
    "Millbrook council leader Dana Okafor spoke after Tuesday's meeting.\n\n"
    '"We will not close any library branch this year," Okafor said. "We may trim evening hours at two of our six '
    'branches, but nothing is decided."\n\n'
    'She added: "I\'m not sure the budget gap will close by June. This is not about punishing readers."\n\n'
    "The petition, organised by residents, has 3,000 signatures."
)


@pytest.fixture(scope="module")
def context():
    return prepare(analyze(Article.from_text(ARTICLE)))


def kinds(headline, context):
    return [f["kind"] for f in score_headline(headline, context).flags]


def test_faithful_headline_has_no_flags_and_high_fidelity(context):
    report = score_headline("Millbrook council leader says no library branch will close this year", context)
    assert report.flags == ()
    assert report.fidelity >= 0.8 and report.support >= 0.8
    assert report.best_quote == 0


def test_certainty_flag_names_the_evidence(context):
    report = score_headline("Millbrook will trim evening hours at library branches", context)
    flag = next(f for f in report.flags if f["kind"] == "certainty")
    assert "'may'" in flag["explanation"] and "'will'" in flag["explanation"]
    assert report.certainty > report.quote_certainty


def test_negation_flag(context):
    assert "negation" in kinds("Millbrook to close library branch this year", context)


def test_number_flags_digits_and_words(context):
    assert "number" in kinds("Millbrook may trim hours at two of 16 branches", context)
    assert "number" not in kinds("Millbrook may trim hours at two of six branches", context)
    assert "number" in kinds("Library petition has 30,000 signatures", context)
    assert "number" not in kinds("Library petition has 3,000 signatures", context)


@pytest.mark.parametrize(
    "headline, kind",
    [
        ("Furious Okafor slams library critics", "loaded"),
        ("You won't believe what Millbrook did to its libraries", "clickbait"),
        ("Okafor admits library hours may be trimmed", "said_verb"),
        ("Experts say Millbrook libraries may lose evening hours", "vague_source"),
        ("Millbrook libraries to get new rooftop gardens and a cinema", "unsupported"),
    ],
)
def test_each_flag_kind(context, headline, kind):
    assert kind in kinds(headline, context)


def test_unsupported_terms_say_whether_framing_has_them(context):
    report = score_headline("Residents' petition wins cinema for Millbrook library", context)
    detail = {u["text"]: u["in_framing"] for u in report.unsupported}
    assert detail["petition"] is True and detail["cinema"] is False


def test_without_article_only_language_flags():
    report = score_headline("Mayor slams critics")
    assert report.fidelity is None and report.support is None and report.best_quote is None
    assert [f["kind"] for f in report.flags] == ["loaded"]
    assert report.spin > 0


@pytest.mark.parametrize("text", ["", "   ", "<script>alert(1)</script>", "?!", "a" * 5000, "“”“”"])
def test_odd_headlines_do_not_break(context, text):
    report = score_headline(text, context)
    assert report.fidelity is None or 0 <= report.fidelity <= 1
    assert 0 <= report.certainty <= 1


def test_score_headlines_keeps_order():
    reports = score_headlines(["B", "A", "C"], analyze(ARTICLE))
    assert [r.text for r in reports] == ["B", "A", "C"]


def test_seed_article_framing_vs_quotes():
    report = language_report(analyze(load_article("nato_rutte_peace_talks")))
    framing, quotes = report["framing"], report["quotes"]
    assert framing["booster"] > quotes["booster"] and framing["loaded"] > 0
    assert quotes["hedge"] >= 1
    texts = {m["text"].lower() for m in report["markers"] if m["in"] == "framing"}
    assert {"bold", "unshakable"} <= texts
    hedges = [m["text"] for m in report["markers"] if m["in"] == "quote" and m["kind"] == "hedge"]
    assert "not always sure" in hedges


def test_markers_have_plain_explanations():
    markers = find_markers("The firm plan is a bold and urgent fiasco, critics claim.")
    assert {m.kind for m in markers} >= {"booster", "loaded", "vague_source"}
    for m in markers:
        assert m.explain().startswith(f"'{m.text}' is ")


def test_longest_marker_wins():
    assert [m.text for m in find_markers("I'm not always sure.")] == ["not always sure"]


def test_clickbait_patterns():
    assert find_clickbait("17 things every parent should know")[0].category == "listicle"
    assert find_clickbait("Council approves new bus lanes after two-year study") == []


def test_certainty_orders_sentences():
    unsure = certainty("I'm not sure; it may be too early to say.").score
    plain = certainty("The council met on Tuesday.").score
    sure = certainty("We will never, ever back down. This is absolutely certain.").score
    assert unsure < plain < sure
    assert certainty("Will the council close the library?").score < plain


def test_numbers():
    values = [n.values for n in find_numbers("six, 60, 3,000, 300, halved")]
    assert not numbers_match(values[0], values[1]) and not numbers_match(values[2], values[3])
    assert numbers_match(values[4], (50.0,))


def test_tokens_and_stems():
    assert [t.norm for t in tokenize("Rutte’s ’90s")] == ["rutte's", "90s"]
    assert stem("negotiations") == stem("negotiation")


# --------------------------------------------------------------------------- negation heads and opposites

_POOL = (
    'Mayor Rosa Quint spoke on Monday. "We will not close the Westgate pool this summer," Quint said. '
    '"The lido will stay open until September, and no lifeguard jobs were cut." '
    'Her deputy, Amir Hale, added: "It does not mean the budget problem is solved."'
)


def _kinds(headline: str) -> set[str]:
    return {f["kind"] for f in score_headline(headline, prepare(analyze(_POOL))).flags}


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor to close Westgate pool this summer",  # asserts what the quote denies
        "Westgate lido to close before September",  # the opposite word: "stay open" / "close"
        "Lifeguard jobs cut at Westgate",  # "no lifeguard jobs were cut"
    ],
)
def test_flipped_headlines_get_a_negation_flag(headline):
    assert "negation" in _kinds(headline)


@pytest.mark.parametrize(
    "headline",
    [
        "Mayor will not close Westgate pool this summer",  # agrees with the denial: "this summer" is not denied
        "Westgate lido to stay open until September, mayor says",
        "Deputy mayor says budget problem is not solved",  # "does not mean" is not a denial of what follows
        "Mayor says she will keep the pool open before fixing the budget",  # nothing after "before" is asserted
    ],
)
def test_faithful_negations_are_not_flagged(headline):
    assert "negation" not in _kinds(headline)


def test_negation_heads_skip_auxiliaries():
    from kit.headlines import _negation_scope

    text = "I'm not going to walk away and nothing has been approved"
    negated, positive, heads = _negation_scope(text, tokenize(text))
    assert heads == {"abandon", "approve"}  # "walk away" (= abandon), not "going"; "approved" sits four words after "nothing"


def test_certainty_against_the_speaker_a_headline_names():
    """No quote shares the headline's claim words, but the headline names the speaker by role."""
    text = (
        'Defence lawyer Curtis Bell spoke after the hearing. "We haven\'t ruled it in or out. '
        'It\'s too early to say," Bell said. The judge, Ann Roe, said: "This is about repair."'
    )
    context = prepare(analyze(text))
    report = score_headline("Ex-treasurer will appeal sentence, lawyer says", context)
    flags = [f for f in report.flags if f["kind"] == "certainty"]
    assert flags and "on average" in flags[0]["explanation"]
    assert "certainty" not in {f["kind"] for f in score_headline("Lawyer says too early to say on appeal", context).flags}


def test_breaking_label_counts_once_as_clickbait():
    kinds = [f["kind"] for f in score_headline("BREAKING: Mayor resigns").flags]
    assert kinds.count("clickbait") == 1 and "loaded" not in kinds


def test_reversed_quote_caps_fidelity_and_cites_the_quote_cleanly():
    text = 'Council leader Dana Okafor defended the plan. "This is not a war on cars," Okafor said. "It is about buses."'
    report = score_headline("Okafor says bus lanes are a war on cars", prepare(analyze(text)))
    negation = [f for f in report.flags if f["kind"] == "negation"]
    assert negation and report.fidelity <= 0.4
    assert 'war on cars"' in negation[0]["explanation"] and 'cars,"' not in negation[0]["explanation"]


def test_number_flag_names_the_closest_quote_numbers():
    text = 'The club has 4,000 members and a 2027 plan. "We will sign two players, maybe three," the manager, Ana Ruiz, said.'
    report = score_headline("Ruiz says club will sign six players", prepare(analyze(text)))
    number = [f for f in report.flags if f["kind"] == "number"]
    assert number and "closest quote says 'two'" in number[0]["explanation"] and "4,000" not in number[0]["explanation"]


def test_about_is_a_hedge_only_before_a_number():
    hedges = lambda t: [m.text for m in find_markers(t, kinds=("hedge",))]  # noqa: E731
    assert hedges("It raises questions about coordination") == []
    assert hedges("About 300 people came") == ["About"]


def test_clickbait_explanation_names_the_form():
    (marker,) = find_clickbait("Here's why the bus is late")[:1]
    assert "clickbait (" in marker.explain()


def _ctx(text: str):
    return prepare(analyze(Article.from_text(text)))


def test_future_stated_flatly_when_the_article_only_hedges_it():
    ctx = _ctx(
        "The heating charge stands at 14 euros a week. Ms Devane said it might rise, but gave no figure.\n\n"
        '"We have not decided anything," she said. Private rents in the town rose by 11 per cent last year.'
    )
    flat = score_headline("Heating charge to rise, housing chief says", ctx)
    kept = score_headline("Heating charge might rise, housing chief says", ctx)
    assert [f["kind"] for f in flat.flags] == ["certainty"]
    assert "might rise" in flat.flags[0]["explanation"]
    assert not kept.flags and kept.fidelity > flat.fidelity


def test_plain_use_about_the_same_thing_blocks_the_hedged_check():
    ctx = _ctx('"The charge will rise in April," Ms Devane said. "Rents may rise later," she added.')
    assert not score_headline("Heating charge to rise in April", ctx).flags


@pytest.mark.parametrize(
    "headline",
    ["Some fear the plant will close", "Observers doubt the deal will hold", "Fears grow over water supply"],
)
def test_more_vague_source_forms(headline):
    assert "vague_source" in {f["kind"] for f in score_headline(headline).flags}


@pytest.mark.parametrize(
    "headline",
    ["Porthaven residents told to expect delays", "Firm has less room than bigger rivals, analyst says"],
)
def test_group_word_that_is_not_a_vague_source(headline):
    assert "vague_source" not in {f["kind"] for f in score_headline(headline).flags}


@pytest.mark.parametrize("headline", ["Minister owns up to delay", "Council caves to pressure on fees", "Chief plays down outbreak"])
def test_more_loaded_said_verbs(headline):
    assert "said_verb" in {f["kind"] for f in score_headline(headline).flags}


def test_speakers_own_quoted_words_and_refusals_do_not_raise_certainty():
    ctx = _ctx(
        'Chaudhry said the company might break even next year. "It\'s possible, not promised," he said. '
        '"We hope to open a Berlin office, but nothing is signed," said Aoife Brennan.'
    )
    for headline in (
        "Break-even next year 'possible, not promised', co-founder says",
        "Tallyhold hopes to open Berlin office, though 'nothing is signed'",
        "Co-founder makes no promise on break-even next year",
    ):
        assert "certainty" not in {f["kind"] for f in score_headline(headline, ctx).flags}, headline


def test_numbers_in_words_are_not_unsupported_claims():
    ctx = _ctx('The museum will return about one in six of its 140 objects. "These were taken by force," the director said.')
    report = score_headline("Museum to return about one in six of its objects", ctx)
    assert "six" not in {u["text"] for u in report.unsupported}


def test_time_spans_written_without_digits():
    ctx = _ctx('"Staff will be paid for at least a month," the owner said. Rent rises to 71,000 rupees a month.')
    assert "number" in {f["kind"] for f in score_headline("Staff to be paid for at least a year", ctx).flags}
    assert not score_headline("Staff to be paid for at least a month", ctx).flags


_HATCHERY = (
    'Fish farm manager Ines Valdal spoke on Tuesday. "We have logged 12 escapes this year. None of them released '
    'more than a few fish," Valdal said. "We have not made this decision lightly. Nothing\'s final until the board '
    'votes, and the board votes in May." Inspector Tomas Berg said: "We have no evidence that any diseased fish '
    'escaped. I don\'t doubt that the farm takes it seriously, Ms Valdal. It is too early to say whether we will '
    'fine anyone." A neighbour, Karl Moe, said: "Nobody has told us what happens next. People still eat the fish."'
)


@pytest.mark.parametrize(
    "headline",
    [
        "None of 12 fish farm escapes released more than a few fish, manager says",  # "none of" denies the predicate
        "Fish farm decision 'not made lightly', manager says",  # the quote's own denial, reordered
        "Nothing final on fish farm until board votes, manager says",  # "Nothing's" is a negator
        "No evidence diseased fish escaped, inspector says",  # "no evidence that ..." covers the clause
        "Inspector says he does not doubt Valdal's farm takes escapes seriously",  # a possessive is no head
        "Inspector says too early to say on fines for fish farm",  # what follows a doubt is not asserted
        "'Nobody has told us' what happens next, neighbour says",  # an indirect question is not denied
        "Neighbour tells farm nobody has explained escapes",  # the reporting verb is not a claim to flip
    ],
)
def test_faithful_denials_are_not_flagged(headline):
    kinds = {f["kind"] for f in score_headline(headline, _ctx(_HATCHERY)).flags}
    assert "negation" not in kinds


@pytest.mark.parametrize(
    "headline",
    [
        "Diseased fish escaped from farm, inspector says",  # "no evidence that any diseased fish escaped"
        "Fish farm board decision is final, manager says",  # "Nothing's final until the board votes"
    ],
)
def test_denials_turned_around_are_still_flagged(headline):
    kinds = {f["kind"] for f in score_headline(headline, _ctx(_HATCHERY)).flags}
    assert "negation" in kinds


_REFUSAL_ARTICLE = Article.from_text(
    "The Harbourside ferry strike entered its third day on Monday.\n\n"
    "\u201cThe Christmas sailings will run,\u201d said union secretary Dora Lindqvist. "
    "\u201cWe accept the arbitration ruling,\u201d she added.\n\n"
    "\u201cWe have agreed a pay rise in principle,\u201d said operator chief Omar Haddad.\n\n"
    "\u201cI don\u2019t expect the strike to last into a second week,\u201d said port manager Ines Kovac."
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Union refuses to guarantee Christmas sailings will run", True),  # she said they will run
        ("Union rejects arbitration ruling, secretary says", True),  # she accepts it
        ("Ferry operator denies agreeing pay rise", True),  # he said they agreed one
        ("Union says Christmas sailings will run", False),
        ("Port manager does not expect ferry strike to last into a second week", False),  # her own denial, reworded
    ],
)
def test_refusals_and_reworded_denials(headline, flagged):
    """A refusal in the headline of what the speaker plainly said is a negation; a reworded denial is not."""
    kinds = {f["kind"] for f in score_headline(headline, prepare(analyze(_REFUSAL_ARTICLE))).flags}
    assert ("negation" in kinds) is flagged, kinds


_CLAUSE_ARTICLE = Article.from_text(
    "Millport council shut its payments website on Friday while engineers checked its servers.\n\n"
    "\u201cWe took the site down as a precaution,\u201d said council chief executive Ruth Amadi. "
    "\u201cNo payment data has been taken.\u201d\n\n"
    "The council said the site would be back next week after the checks."
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Millport council shuts payments website after hack by former contractor", True),  # nobody said so
        ("Millport council shuts payments website amid union anger over pay cuts", True),
        ("Millport council shuts payments website as a precaution", False),  # the chief executive's words
        ("Millport payments website to be back next week after checks", False),  # the article says so
        ("Millport council shuts payments website and sacks IT contractor", True),  # a second act nobody reported
        ("Millport council shuts payments website, angering local traders", True),
        ("Millport council shuts payments website, citing a precaution", False),  # a reporting word, then her words
        ("Millport council shuts payments website and says no data taken", False),
    ],
)
def test_added_clause_is_unsupported(headline, flagged):
    """A cause or event joined on with "after", "amid", "as" that no sentence of the article reports."""
    kinds = {f["kind"] for f in score_headline(headline, prepare(analyze(_CLAUSE_ARTICLE))).flags}
    assert ("unsupported" in kinds) is flagged, kinds


_REPORTED_ARTICLE = Article.from_text(
    "A grass fire burned across 300 hectares of farmland north of Tallow Bridge on Tuesday.\n\n"
    "Fire chief Nora Bexley said no houses had been damaged. \u201cThe wind was on our side,\u201d she said.\n\n"
    "The company that owns the power line said its equipment was not the cause, and a spokesman said "
    "he did not think the fire would spread again.\n\n"
    "Sheep were moved to the showground, farmers said."
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Houses damaged as grass fire sweeps Tallow Bridge farmland", True),  # the chief said none were
        ("Fire chief says no houses damaged in Tallow Bridge grass fire", False),
        ("Power company doubts Tallow Bridge fire will spread again", False),  # his doubt, reported faithfully
        ("Grass fire burns 300 hectares of Tallow Bridge farmland", False),
    ],
)
def test_reported_speech_is_checked_for_negation(headline, flagged):
    """What the writer reports a speaker said ("said no houses had been damaged") counts for negation."""
    flags = score_headline(headline, prepare(analyze(_REPORTED_ARTICLE))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


_SCOPE_ARTICLE = Article.from_text(
    "Coastal Air will stop flying to Harlow Point in March.\n\n"
    "\u201cLosing the only route hurts. It isn\u2019t the end of this harbour town,\u201d said mayor Ines Dobrev.\n\n"
    "\u201cI\u2019d be surprised if we didn\u2019t lose a few of the smaller hotels by next summer,\u201d said tourism officer Paul Amadi.\n\n"
    "\u201cI don\u2019t see the council voting for a subsidy, not this year and probably not next year either,\u201d said councillor Rosa Lind.\n\n"
    "\u201cWe paid the deposit in full in June. We may appeal the ruling,\u201d said hotel owner Sam Ortiz."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        ("Coastal Air ends Harlow Point's only route", "negation", False),  # the denial is about the town, not the route
        ("Tourism officer expects a few smaller hotels to close by next summer", "negation", False),  # "surprised if ... didn't"
        ("Councillor doubts council will back subsidy this year or next", "negation", False),  # a doubt, reported as one
        ("Hotel owner paid deposit in full in June", "certainty", False),  # "may" hedges the appeal, not the payment
        ("Hotel owner will appeal the ruling", "certainty", True),  # "may appeal" -> "will appeal"
    ],
)
def test_negation_and_hedge_scope(headline, kind, flagged):
    """A denial or a hedge only covers what it is about: the rest of the quote is said plainly."""
    flags = score_headline(headline, prepare(analyze(_SCOPE_ARTICLE))).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


_DENIAL_ARTICLE = Article.from_text(
    "Brackwater council set its budget on Monday.\n\n"
    "\u201cWe are not cutting school meals, and we never said we would,\u201d said council leader Aoife Brennan.\n\n"
    "The council said it hoped to reopen the Marsh Lane library in the spring \u201cif the repairs go well\u201d.\n\n"
    "\u201cIt is an early estimate, not a confirmed figure,\u201d finance director Tom Reyes said of the \u00a34m repair bill. "
    "The union has lodged a 6 per cent pay claim."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        ("Brackwater council denies cutting school meals", "said_verb", False),  # she did deny it
        ("Brackwater council denies library will close", "said_verb", True),  # nobody denied that
        ("Brackwater council weighs union's 6 per cent pay claim", "said_verb", False),  # a noun
        ("Brackwater library to reopen in spring", "certainty", True),  # the council only "hoped" to
        ("Finance director confirms \u00a34m library repair bill", "certainty", True),  # "not a confirmed figure"
        ("Finance director gives early \u00a34m estimate for library repairs", "certainty", False),
    ],
)
def test_denials_nouns_and_denied_boosters(headline, kind, flagged):
    """"Denies" is fair when the speaker denied it; a booster the speaker denied is a certainty flag."""
    flags = score_headline(headline, prepare(analyze(_DENIAL_ARTICLE))).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


_ADDED_ARTICLE = Article.from_text(
    headline="Hollin bus drivers to vote on strike",
    text=
    "Bus drivers at Hollin Transit will vote on strike action after pay talks with the company broke down.\n\n"
    "Hollin Transit carried about half as many passengers on Sundays as on weekdays.\n\n"
    "\u201cWe asked for 8 per cent and they offered 3,\u201d said union rep Dev Malik. "
    "Hollin Transit said its offer was fair.\n\n"
    "Passenger numbers rose by a fifth last year, and the company has installed new ticket machines.",
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Hollin bus drivers to vote on strike after company cuts overtime pay", True),  # overtime: nobody said it
        ("Hollin bus drivers to vote on strike after pay talks broke down", False),
        ("Hollin Transit introduces new ticket machines as passenger numbers rise", False),  # "installed"
        ("Hollin carries half as many passengers on Sundays as on weekdays", False),  # "as many": no clause
    ],
)
def test_added_clause_with_a_word_nobody_used(headline, flagged):
    """A clause joined with after/as/amid, holding a word the article never uses, in words it never says together."""
    context = prepare(analyze(_ADDED_ARTICLE))
    assert (_added_clause(headline, context) is not None) is flagged
    if flagged:
        assert "unsupported" in {f["kind"] for f in score_headline(headline, context).flags}


_STANCE_ARTICLE = Article.from_text(
    headline="Ferry firm and villagers at odds over Inchmore pier",
    text=(
        "Villagers on Inchmore met ferry operator Clyde Isles on Tuesday over plans to move the island's pier.\n\n"
        "\u201cWe are not against the new pier. We want to be asked where it goes,\u201d said community council chair Morag Bell.\n\n"
        "\u201cNobody is blaming the harbour master for the delay,\u201d said Bell.\n\n"
        "Clyde Isles said it had not ruled out keeping the old pier open during the works. "
        "\u201cThe timetable stays as it is until March,\u201d said operations director Iain Ross."
    ),
)


_NP_ARTICLE = Article.from_text(
    headline="Marlow school sets new bag rules",
    text=(
        "Marlow High will check pupils' lockers from January under a new search policy.\n\n"
        "\u201cWe are not asking teachers to search bags. Staff will only check the lockers,\u201d said head teacher Ruth Gale.\n\n"
        "\u201cThis is not a blanket ban on phones in the whole school,\u201d she added. "
        "\u201cThere are no plans for a stock market listing,\u201d said Keelan Tech founder Aidan Roe, whose company supplies the lockers."
    ),
)


@pytest.mark.parametrize(
    "article, headline, flagged",
    [
        (_STANCE_ARTICLE, "Inchmore community council opposes new ferry pier", True),  # "We are not against the new pier"
        (_STANCE_ARTICLE, "Inchmore chair blames harbour master for pier delay", True),  # "Nobody is blaming the harbour master"
        (_STANCE_ARTICLE, "Clyde Isles rules out keeping old Inchmore pier open", True),  # it had not ruled it out
        (_STANCE_ARTICLE, "Clyde Isles has not ruled out keeping old Inchmore pier open during works", False),
        (_STANCE_ARTICLE, "Inchmore chair wants villagers asked where new pier goes", False),
        (_NP_ARTICLE, "Marlow teachers to search pupils' bags", True),  # "We are not asking teachers to search bags"
        (_NP_ARTICLE, "Marlow High brings in blanket phone ban across whole school", True),  # "not a blanket ban ..."
        (_NP_ARTICLE, "Keelan Tech founder eyes IPO", True),  # "no plans for a stock market listing"
        (_NP_ARTICLE, "Marlow staff will check lockers, not bags, head says", False),
    ],
)
def test_denied_stances_phrases_and_ruling_out(article, headline, flagged):
    """A stance the speaker denied, "rules out" where the article says it was not ruled out, "not asking X to
    Y" and "not a blanket ban" (the whole phrase is denied) are negations."""
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "text, value",
    [
        ("loses $2.1-billion on towers", 2.1e9),  # a hyphen between the number and its scale
        ("agrees R85-million deal", 85e6),  # rand: a currency letter stuck to the digits
        ("a N5,000 fine", 5000.0),  # naira
        ("budget of $412M", 412e6),
    ],
)
def test_numbers_with_currency_letters_and_hyphens(text, value):
    from kit.numbers import find_numbers

    assert value in find_numbers(text)[0].values


def test_names_are_not_what_a_negation_denies():
    """"I'm not blaming Tōtara Rail": the railway is who, not what; a headline naming it is not flipped."""
    article = Article.from_text(
        "Tōtara Rail will run fewer trains on the Waimārie Line from March.\n\n"
        "\u201cI\u2019m not blaming Tōtara Rail. The driver shortage is real,\u201d said union organiser Mere Tane."
    )
    flags = score_headline("Driver shortage behind Waimārie Line cuts, Tōtara Rail says", prepare(analyze(article))).flags
    assert "negation" not in {f["kind"] for f in flags}, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Harbour board abandons Kettle Point ferry after third breakdown", True),  # "We are not abandoning anyone."
        ("Panic on Kettle Point as ferry breaks down again", True),  # "Nobody is panicking" -> "We are not panicking"
        ("Kettle Point ferry broke down for the third time this month", False),
        ("Harbour board says it will keep Kettle Point ferry and hire a second engineer", False),
    ],
)
def test_a_short_denial_inside_a_longer_quote(headline, flagged):
    """A denied verb in a short sentence of a long quote ("That is not true. We are not abandoning anyone.")
    is enough to flip a headline that asserts it; its noun form ("Panic") counts too."""
    article = Article.from_text(
        "The Kettle Point ferry broke down for the third time this month on Tuesday.\n\n"
        "\u201cThere are rumours that we will sell the boat and leave the island without a service. That is not true. "
        "We are not abandoning anyone. We will keep the ferry and we will hire a second engineer,\u201d said harbour "
        "board chair Rua Whitmore.\n\n"
        "\u201cWe are not panicking. We have a spare engine on order,\u201d she said."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline",
    [
        "Pension fund says earned pensions untouched, dispute is about new hires only",  # "un-" denies it
        "Finance minister declines to comment on the central bank's next move",  # "declines to" is a denial
        "Blaze may reach Kettle Point tonight if the wind turns, fire officer says",  # who speaks is no claim
    ],
)
def test_faithful_headlines_that_carry_the_denial_in_other_words(headline):
    article = Article.from_text(
        "The fund's board met on Monday.\n\n"
        "\u201cNobody's pension that has already been earned is being touched. This is about new hires,\u201d said "
        "chair Ana Ruiz.\n\n"
        "\u201cThe bank is independent, and I will not comment on what it should do next,\u201d the finance "
        "minister, Tom Berg, said.\n\n"
        "\u201cThis is not a fire we can put out in a day. If the wind turns, it may reach Kettle Point tonight,\u201d "
        "said fire officer Lee Tan."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert "negation" not in {f["kind"] for f in flags}, flags


def test_demonyms_and_citing_are_not_unsupported_claims():
    """"Chilean team" when the article names Chile, and "citing" as a reporting verb, add no claim."""
    article = Article.from_text(
        "Astronomers in Chile said on Monday they had found a faint signal from a planet 110 light-years away.\n\n"
        "\u201cIt is a tentative water vapour signal,\u201d said team leader Ana Urrutia. \u201cThe pilot shortage "
        "has nothing to do with it,\u201d she joked."
    )
    report = score_headline("Chilean team reports tentative water vapour signal", prepare(analyze(article)))
    assert "Chilean" not in [u["text"] for u in report.unsupported]
    unsupported = score_headline("Astronomers report signal, citing water vapour", prepare(analyze(article))).unsupported
    assert "citing" not in [u["text"] for u in unsupported]


def test_un_words_and_near_synonyms_are_supported():
    """"unpaid" is supported by "have not been paid"; "fall ill" by "got sick"; "seek" by "ask for"."""
    article = Article.from_text(
        "Workers at the Dunmore depot walked out on Monday.\n\n"
        "\u201cWe have not been paid since March, and six of us got sick from the fumes. We will ask for a "
        "meeting with the minister,\u201d said shop steward Rui Lobo."
    )
    context = prepare(analyze(article))
    unsupported = [u["text"] for u in score_headline("Unpaid Dunmore depot workers fall ill, will seek meeting with minister", context).unsupported]
    assert not {"Unpaid", "fall", "ill", "seek"} & set(unsupported), unsupported


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Kettle Point rink shut for the winter after gas leak", True),  # "not shutting the Dome": the rink's name
        ("Kettle Point mayor unsure grants will close budget gap", False),  # "will not close any library": other thing
    ],
)
def test_denials_naming_the_place_and_denials_of_something_else(headline, flagged):
    article = Article.from_text(
        "A gas leak closed the Kettle Point rink on Monday.\n\n"
        "\u201cI want to be very clear: we are not shutting the Dome for the winter. We'll fix it and reopen it,\u201d "
        "said Mayor Ana Ruiz.\n\n"
        "\u201cWe will not close any library branch this year. What we may have to do is trim evening opening hours "
        "at three branches, and I'm not sure sales-tax receipts will cover the shortfall,\u201d she added."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Brookhaven care home will take new residents again from April", True),  # "I can't guarantee that"
        ("Brookhaven market repairs to be finished by end of August", True),  # "not going to promise a date"
        ("Brookhaven care home could take residents again by April, manager says", False),  # the hedge is kept
        ("Brookhaven care home pauses admissions over staff shortage", False),  # nothing promised
    ],
)
def test_a_commitment_the_speaker_would_not_make(headline, flagged):
    """A headline that commits to a date or a plan ("will take ... from April", "to be finished by August")
    when the speaker said "I can't guarantee that" or "I'm not going to promise a date" is a certainty flag."""
    article = Article.from_text(
        "The only care home in Brookhaven has stopped taking new residents because of a staff shortage.\n\n"
        "\u201cWe are pausing new admissions. If recruitment works, we could be taking residents again by April. I "
        "can't guarantee that,\u201d said manager Ellen Sweeney.\n\n"
        "Mayor Tom Okafor said the market roof would be repaired. \u201cThe repairs could take eight months. I'm not "
        "going to promise a date for the repairs to be finished,\u201d he said."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("certainty" in {f["kind"] for f in flags}) is flagged, flags


def test_an_ordered_act_the_speaker_denies():
    """"Island orders evacuation" when the civil protection chief said "We are not evacuating anyone today": the
    noun names the act the quote denies ("anyone" and "today" are no other object of the denial)."""
    article = Article.from_text(
        "The alert level for the volcano rose to orange on Sunday.\n\n"
        "\u201cWe are not evacuating anyone today,\u201d said civil protection chief Marta Ruiz. \u201cThe buses are "
        "ready if the level goes to red.\u201d"
    )
    context = prepare(analyze(article))
    flags = score_headline("Island orders evacuation as volcano alert rises to orange", context).flags
    assert [f["text"] for f in flags if f["kind"] == "negation"] == ["evacuation"], flags
    kept = score_headline("Volcano alert rises to orange but no evacuation yet, civil protection chief says", context).flags
    assert "negation" not in {f["kind"] for f in kept}, kept


def test_everyday_verbs_alone_do_not_make_an_invention():
    """A faithful paraphrase that uses everyday verbs the quotes lack ("bring", "move") is not flagged as
    `unsupported` for them alone; a headline that adds real claims still is."""
    article = Article.from_text(
        "The council met on Tuesday.\n\n"
        "\u201cThe new depot will let us run the routes from the east side of town,\u201d said transport chief "
        "Ana Lima."
    )
    context = prepare(analyze(article))
    paraphrase = score_headline("New depot to bring routes to east side of town, transport chief says", context)
    assert "unsupported" not in {f["kind"] for f in paraphrase.flags}, paraphrase.flags
    invented = score_headline("New depot to bring layoffs and fare rises to east side, transport chief says", context)
    assert "unsupported" in {f["kind"] for f in invented.flags}, invented.flags


@pytest.mark.parametrize(
    "headline",
    [
        "No evidence anyone fell ill from Kettle Point water, council says",
        "Kettle Point water: no sign anyone sick yet, council says",
    ],
)
def test_a_headline_that_keeps_the_quotes_own_denial(headline):
    """The headline denies what the quote denies ("There is no evidence at this stage that anyone has become
    sick"), so it does not "deny what the quote says", even though the quote uses the words elsewhere too."""
    article = Article.from_text(
        "A boil-water notice was issued for Kettle Point on Tuesday.\n\n"
        "\u201cThere is no evidence at this stage that anyone has become sick from the water. Anyone who feels sick "
        "should call a doctor,\u201d said council engineer Rua Tane."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert "negation" not in {f["kind"] for f in flags}, flags


def test_fail_to_is_a_denial_in_a_headline():
    """"buyers fail to pay" says what "The buyers have not paid us" says: no flip."""
    article = Article.from_text(
        "Growers are still waiting for their bonus.\n\n"
        "\u201cWe are not holding anybody's money. The buyers have not paid us for two sales,\u201d said factory "
        "chairman Peter Mwangi."
    )
    flags = score_headline("Tea bonus delayed as buyers fail to pay for two sales, chairman says", prepare(analyze(article))).flags
    assert "negation" not in {f["kind"] for f in flags}, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Most Brindle cranes back in service by Saturday, operator says", True),  # "not going to give a guarantee"
        ("Brindle operator hopes most cranes are back by Saturday, gives no guarantee", False),
    ],
)
def test_a_weekday_commitment_the_speaker_would_not_make(headline, flagged):
    article = Article.from_text(
        "A software fault froze 14 cranes at the Brindle terminal.\n\n"
        "\u201cWe hope to have most of the cranes back in service by Saturday, but I'm not going to give a guarantee "
        "on that,\u201d said chief executive Lene Aas."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("certainty" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Harrow Vale schools shut after E. coli found in water", True),  # "Schools are not closing" (shut = close)
        ("Harrow Vale students boycott lectures over fee rise", True),  # "We are not calling for a boycott"
        ("Regulator cancels Harrow Vale quarry permit", True),  # "a suspension, not a cancellation"
        ("Harrow Vale schools stay open during water notice, mayor says", False),
        ("Regulator suspends Harrow Vale quarry permit, 'not a cancellation'", False),
    ],
)
def test_denials_in_other_word_forms(headline, flagged):
    """A quote's denial covers the word's near-synonym group ("not closing" / "shut"), the object of "calling
    for" ("not calling for a boycott" / "boycott"), and the verb of a denied noun ("not a cancellation" /
    "cancels")."""
    article = Article.from_text(
        "E. coli was found in the Harrow Vale water supply on Monday.\n\n"
        "\u201cSchools are not closing. They have bottled water,\u201d said Mayor Ana Reyes.\n\n"
        "\u201cWe are not calling for a boycott of lectures. We want dialogue,\u201d said student leader Ben Osei.\n\n"
        "\u201cThis is a suspension, not a cancellation,\u201d said regulator chief Tom Ward of the quarry permit."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Ransomware gang shut down Corvell ticket machines", True),  # "no evidence that this was ransomware"
        ("Tainted flour made Lisdara pupils ill", True),  # "We have not found that the flour was tainted"
        ("Corvell ticket machines down for two days, no sign of ransomware, rail firm says", False),
        ("Lisdara bakery flour still being tested after pupils fell ill", False),
    ],
)
def test_no_evidence_sentences_deny_their_clause(headline, flagged):
    """"There is no evidence that ..." and "We have not found that ..." deny the clause after "that", even as
    one short sentence of a longer quote, and "found" itself is not what is denied."""
    article = Article.from_text(
        "Ticket machines across the Corvell network were down for two days this week.\n\n"
        "\u201cThere is no evidence that this was ransomware. Everything we have seen so far points to a faulty "
        "software update from our supplier, and engineers are replacing it station by station,\u201d said the rail "
        "firm's operations director, Hana Brodsky.\n\n"
        "Eleven pupils at Lisdara primary school fell ill after lunch on Tuesday.\n\n"
        "\u201cWe have not found that the flour was tainted. Samples are still at the county laboratory and we "
        "expect results next week,\u201d said environmental health officer Conor Baines."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Tenants' group opposes Brackley estate regeneration", True),  # "not against regeneration"
        ("Brackley council closes library", True),  # "We are not closing the library. We are closing the annexe"
        ("Tenants' group opposes regeneration that forces families out, chair says", False),
        ("Brackley council to close library annexe on Fridays", False),
    ],
)
def test_a_corrected_object_keeps_the_denial(headline, flagged):
    """"We are not against X. We are against Y": a headline that keeps X and drops Y reverses the speaker."""
    article = Article.from_text(
        "Plans to rebuild the Brackley estate went on show this week.\n\n"
        "\u201cWe are not against regeneration. We are against regeneration that forces families out of the area,"
        "\u201d said tenants' group chair Mo Adeyemi.\n\n"
        "\u201cWe are not closing the library. We are closing the annexe on Fridays to save on heating,\u201d "
        "said council leader Ruth Kamara."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, loaded",
    [
        ("Ferris wheel terror as riders stuck for an hour", True),
        ("Shoppers fleeced by new car park charges", True),
        ("Police investigate terror attack on Lisdara station", False),  # the usual name: weight 1, no flag
    ],
)
def test_terror_and_fleeced_are_loaded(headline, loaded):
    assert ("loaded" in {f["kind"] for f in score_headline(headline).flags}) is loaded


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Bus driver says pensioners don't deserve free travel", True),  # "I'm not saying pensioners don't deserve ..."
        ("Bus driver wants free passes reviewed, 'not saying' pensioners don't deserve them", False),
        ("Bus driver wants free passes reviewed after fares rise", False),
    ],
)
def test_a_view_the_speaker_disowned(headline, flagged):
    """"I'm not saying X" does not say X: a headline that gives the speaker X reverses her."""
    article = Article.from_text(
        "Fares on the Lisdara routes rose by 12 per cent this month.\n\n"
        "\u201cI'm not saying pensioners don't deserve free travel. I'm saying the free passes need a review,\u201d said "
        "bus driver Maeve Tierney."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, kind",
    [
        ("This island is being evacuated. What happens to the people who stay?", "clickbait"),
        ("Warehouse plan will doom village, residents say", "loaded"),
        ("Tenants stage revolt over service charges", "loaded"),
    ],
)
def test_session_nine_lexicon_forms(headline, kind):
    assert kind in {f["kind"] for f in score_headline(headline).flags}


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Harbour festival scrapped for good", True),  # "not cancelling the festival forever"
        ("Harbour festival cancelled this year over pier repairs", False),
        ("Council prosecutes Harbour cafe owner over pier signs", True),  # "This is not a prosecution."
        ("Traders demand harbour master's resignation", True),  # "We are not calling for anyone's resignation."
        ("Traders want the pier repair plan published", False),
    ],
)
def test_session_nine_negations(headline, flagged):
    """"Not ... forever" denies permanence, not the act; "not a prosecution" denies "prosecutes"; a short sentence
    "We are not calling for anyone's resignation." in a longer quote denies "demand resignation"."""
    article = Article.from_text(
        "Repairs to the Harbour pier will take most of the summer.\n\n"
        "\u201cWe are not cancelling the festival forever. This is about this year and this pier,\u201d said "
        "council leader Ann Ross.\n\n"
        "\u201cThe letter to the cafe owner is a warning about the signs. This is not a prosecution,\u201d a "
        "council spokesperson said.\n\n"
        "\u201cWe are not calling for anyone's resignation. We want the repair plan published and a date for the "
        "work,\u201d said traders' association chair Tom Byrne."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


def test_no_evidence_yet_and_nobody_has_decided():
    """"There is no evidence yet that ..." denies its clause; "nobody has decided anything yet" is no commitment."""
    article = Article.from_text(
        "Queues at the Kisima registry office have grown for three months.\n\n"
        "\u201cThere is no evidence yet that people are paying bribes for permits,\u201d said advocate Ruth Otieno.\n\n"
        "\u201cWe will talk to our lawyers about a court case over the permits, but nobody has decided anything yet,\u201d said traders' "
        "chair Ben Mwangi."
    )
    context = prepare(analyze(article))
    assert "negation" in {f["kind"] for f in score_headline("Kisima applicants paying bribes for permits", context).flags}
    committed = score_headline("Kisima traders to bring court case over permits", context).flags
    kept = score_headline("Kisima traders to talk to lawyers but 'nobody has decided anything yet'", context).flags
    assert "certainty" in {f["kind"] for f in committed}, committed
    assert "certainty" not in {f["kind"] for f in kept}, kept


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Lisdara ferry exports to resume in weeks, minister says", True),  # drops "may ... I cannot give a date"
        ("Minister can't give a date for Lisdara ferry exports to resume", False),  # the headline refuses too
        ("Lisdara traders not sure ferry exports resume soon", False),
    ],
)
def test_a_headline_that_keeps_the_doubt_is_not_surer(headline, flagged):
    article = Article.from_text(
        "Fish exports on the Lisdara ferry stopped in March.\n\n"
        "\u201cExports may possibly resume in a few weeks, but I cannot give a date,\u201d said the minister, "
        "Ann Keane.\n\n"
        "\u201cWe are not sure the ferry exports resume soon,\u201d said traders' chair Tom Byrne."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("certainty" in {f["kind"] for f in flags}) is flagged, flags


def test_units_after_numbers_are_not_claim_words():
    """"30 cm", "a month ago": a number's unit belongs to the number (the number check compares it), so a
    headline in abbreviations is not 'unsupported' against an article that spells them out."""
    article = Article.from_text(
        "\u201cThe ice is down to 30 centimetres from 55 centimetres a month ago,\u201d Reeve Doug Hale said of "
        "Lake Amber."
    )
    context = prepare(analyze(article))
    assert not score_headline("Lake Amber ice down to 30 cm from 55 cm a month ago, reeve says", context).flags
    assert "number" in {f["kind"] for f in score_headline("Lake Amber ice down to 13 cm, reeve says", context).flags}


@pytest.mark.parametrize(
    "headline",
    [
        "Bus fare scandal: desperate commuters queue at dawn",
        "Monster pothole terrorises Lisdara drivers",
        "Stray cattle menace as council dithers",
        "Hammer blow for high street as bank closes",
        "Council slaps parking charge on hospital visitors",
        "Minister torpedoes hopes of new ferry",
        "Parking charge is a revenue grab, say shop owners",
    ],
)
def test_session_nine_loaded_words(headline):
    assert "loaded" in {f["kind"] for f in score_headline(headline).flags}


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Ferry firm lays off crews as Lisdara pier stays shut", True),  # "We're not laying anybody off"
        ("Lisdara festival called off over pier repairs", True),  # "We are not cancelling the festival"
        ("Ferry firm keeps crews on but they sit idle while pier stays shut", False),
    ],
)
def test_phrasal_verbs_against_denials(headline, flagged):
    """"lays off" against "We're not laying anybody off" ("anybody" is no other object), and "called off" as a
    form of "cancel"."""
    article = Article.from_text(
        "The Lisdara pier has been shut for repairs since March.\n\n"
        "\u201cWe're not laying anybody off, but our crews are sitting idle,\u201d said ferry manager Ann Keane.\n\n"
        "\u201cWe are not cancelling the festival. It will move to the harbour green,\u201d said organiser Tom Byrne."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


def test_give_up_is_abandon_even_with_light_verbs():
    """"gives up" counts as "abandon" though "gives" and "up" are both stopwords, so it meets "not giving up"."""
    article = Article.from_text(
        "Asbestos was found in the Lisdara village hall in June.\n\n"
        "\u201cWe are not giving up on the hall. We will fight to keep it,\u201d said committee chair Ann Keane."
    )
    context = prepare(analyze(article))
    assert "negation" in {f["kind"] for f in score_headline("Lisdara committee gives up on village hall", context).flags}
    assert "negation" not in {f["kind"] for f in score_headline("Lisdara committee will fight to keep village hall", context).flags}


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Board shuts Marlow Road Bridge after inspection", False),  # "Bridge" only names the thing shut
        ("Marlow Road Bridge reopens, board says", True),  # "We are not reopening the bridge"
        ("Shop owner says board had to shut the bridge", False),  # "I'm not blaming the board"
        ("Shop owner blames board for bridge closure", True),
    ],
)
def test_names_and_objects_of_a_denied_stance_are_not_flipped(headline, flagged):
    """A word used only inside a name in the headline, or only as the object of a denied stance ("I'm not blaming
    the board"), is not a claim the headline turns around; the stance itself still is."""
    article = Article.from_text(
        "The Marlow Road Bridge closed on Monday after an inspection found cracked bearings.\n\n"
        "\u201cWe are not reopening the bridge this winter. The bearings must be replaced,\u201d said board engineer Ruth Ames.\n\n"
        "\u201cI'm not blaming the board, they had to shut it, but trade has halved,\u201d said shop owner Dev Patel."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Blight found on Corran Valley potato farms", True),  # "no evidence of blight on any commercial farm"
        ("Corran Valley blight outbreak kept to garden plots, inspector says", False),
        ("Foul play suspected in Corran packhouse fire", True),  # "no evidence of foul play"
        ("Corran Valley runs out of seed potatoes", True),  # "We are not out of seed potatoes"
        ("Corran Valley is not out of seed potatoes, inspector says", False),
    ],
)
def test_no_evidence_of_and_out_of(headline, flagged):
    """"No evidence of X on Y" denies X where the quote says it is not (Y), and X itself when nothing follows;
    "not out of X" is turned around by "runs out of X" although "out of" is two stopwords."""
    article = Article.from_text(
        "Potato blight was confirmed in garden plots near Corran on Monday.\n\n"
        "\u201cWe have found no evidence of blight on any commercial farm. The outbreak is in garden plots,\u201d "
        "said plant inspector Ruth Ames.\n\n"
        "\u201cThere is no evidence of foul play in the packhouse fire,\u201d said fire officer Dev Patel.\n\n"
        "\u201cWe are not out of seed potatoes. We have enough seed potatoes for the spring,\u201d Ames said."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


def test_axe_is_loaded():
    report = score_headline("Council axes Corran bus route")
    assert "loaded" in {f["kind"] for f in report.flags}


def test_forces_closure_against_not_closing():
    """"forces closure" names the act ("closure" is the noun of "close"), so it meets "We are not closing"."""
    article = Article.from_text(
        "Storms washed away part of the Inchmore golf course in October.\n\n"
        "\u201cWe are not closing the course. Two holes will move inland,\u201d said club secretary Ann Keane."
    )
    context = prepare(analyze(article))
    assert "negation" in {f["kind"] for f in score_headline("Storm damage forces closure of Inchmore golf course", context).flags}
    assert "negation" not in {f["kind"] for f in score_headline("Two Inchmore holes to move inland, club says", context).flags}


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Inchmore school bus routes cut as 40 pupils left without seats", True),  # "not cutting any routes"
        # ("not turning anyone away"; with only "pay fee to be turned" after "can't", "turned" would still fall inside
        # the five-word scope of the headline's own "can't": a known limit)
        ("Inchmore patients who can't pay $45 gap fee to be turned away", True),
        ("Inchmore ski club writes off season", True),  # "We are not cancelling the season"
        ("No Inchmore bus routes cut this year, minister says", False),
    ],
)
def test_side_denials_do_not_hide_a_flip(headline, flagged):
    """A denial in a side phrase of the headline ("left without seats", "who can't pay") is not the quote's own
    denial carried over, so the main claim is still checked; "writes off" is a form of "cancel"."""
    article = Article.from_text(
        "Pupils in Inchmore are waiting for bus seats.\n\n"
        "\u201cWe are not cutting any routes this year,\u201d said minister Ann Keane.\n\n"
        "\u201cWe are not turning anyone away. If someone can't pay, they will still see a doctor,\u201d said GP Tom Roe.\n\n"
        "\u201cWe are not cancelling the season,\u201d said ski club chair Dev Patel."
    )
    flags = score_headline(headline, prepare(analyze(article))).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


def test_told_to_is_an_order():
    """"Department told to slow down applications" is an order ("told to" is "instruct"), which "There is no
    instruction to slow down applications" denies; "told" as plain reporting is still who-said-it."""
    article = Article.from_text(
        "MPs questioned officials about the redress scheme.\n\n"
        "\u201cThere is no instruction, written or otherwise, to slow down applications,\u201d said official Ann Keane."
    )
    context = prepare(analyze(article))
    assert "negation" in {f["kind"] for f in score_headline("Department told to slow down applications", context).flags}
    assert "negation" not in {f["kind"] for f in score_headline("No instruction to slow down applications, official says", context).flags}


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Bush racing could end, industry figures warn", True),
        ("Bus shortfall could become a crisis, educators warn", True),
        ("Staff pushed upgrades before closure, shoppers say", True),
        ("Fans' club chair says supporters are happy", False),  # a group's named representative
        ("Residents' association says the road is unsafe", False),
    ],
)
def test_more_unnamed_groups_and_their_representatives(headline, flagged):
    """"industry figures", "educators", "shoppers" are unnamed groups; a group word with a possessive ("fans' club
    chair", "residents' association") names who speaks for it."""
    kinds = {f["kind"] for f in score_headline(headline).flags}
    assert ("vague_source" in kinds) is flagged, kinds


_HARBOUR = (
    "The Kelsey Point harbour wall was damaged in Sunday's storm, and the marina was closed to visitors.\n\n"
    "\u201cThe wall is cracked along about 30 metres. I don't blame the contractor, the storm was simply bigger than "
    "anything we designed for,\u201d said harbour master Ines Vaughan.\n\n"
    "\u201cWe are not re-opening the marina until engineers have checked every pontoon,\u201d she added.\n\n"
    "Boat owner Rhys Tallon said the evacuation of the pontoons on Saturday night had gone smoothly. \u201cWe were "
    "told to go and we went,\u201d he said."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        # one invented event, stated flatly, is an invention; hedged, denied or in another form, it is not
        ("Harbour master to resign after storm cracks Kelsey Point wall", "unsupported", True),
        ("Kelsey Point boat owners to sue over cracked harbour wall", "unsupported", True),
        ("Harbour master says contractor may be to blame for cracked wall", "unsupported", False),
        ("Boat owners evacuated from Kelsey Point pontoons before storm", "unsupported", False),
        # a denied stance is about the stance, whatever its object is called
        ("Harbour master blames builder for cracked Kelsey Point wall", "negation", True),
        # "re-open" and "re-opening" are one word
        ("Kelsey Point marina re-opens after storm", "negation", True),
        ("Kelsey Point marina will not re-open until pontoons are checked", "negation", False),
    ],
)
def test_invented_events_denied_stances_and_hyphenated_verbs(headline, kind, flagged):
    """An event nobody reported ("to resign", "to sue") is flagged even alone; "may be to blame" and "evacuated"
    (the article says "evacuation") are not. "I don't blame the contractor" is turned around by "blames builder".
    Hyphenated verbs are stemmed on their last part ("re-opening" / "re-opens")."""
    flags = score_headline(headline, _ctx(_HARBOUR)).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


_CAUSEWAY = (
    "Council engineers inspected the Tolvane causeway after cracks were reported last week.\n\n"
    "\u201cIt is not in danger of collapse. We have not withdrawn the inspectors either; they go back on Monday,\u201d "
    "engineer Maura Quill said.\n\n"
    "\u201cThe road surface is probably sound,\u201d she added.\n\n"
    "Council leader Finn Ashby said the repair bill could reach \u00a380,000."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        ("Tolvane causeway at risk of collapse, engineer says", "negation", True),  # risk / danger
        ("Council inspectors pulled out of Tolvane causeway", "negation", True),  # pull out / withdraw
        ("Tolvane causeway not in danger of collapse, engineer says", "negation", False),
        ("Tolvane causeway road surface is sound, engineer says", "certainty", True),  # "probably sound"
        ("Tolvane causeway road surface probably sound, engineer says", "certainty", False),
    ],
)
def test_near_synonyms_in_denials_and_a_state_stated_flatly(headline, kind, flagged):
    """"at risk" meets "not in danger", "pulls out" meets "have not withdrawn"; "is sound" drops the "probably"
    the engineer put on it."""
    flags = score_headline(headline, _ctx(_CAUSEWAY)).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


_MARINA = (
    "The Dunmore marina board met on Tuesday to discuss moorings.\n\n"
    "\u201cWe are not trying to push the houseboats out. Nobody is being evicted,\u201d chair Ruth Ogden said.\n\n"
    "\u201cWe may have to raise fees if the grant does not come through,\u201d she said.\n\n"
    "\u201cBookings could recover by spring, but I'm not certain,\u201d treasurer Sam Hale said."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        # "not trying to push X out": the aim is what is denied
        ("Dunmore marina moves to push houseboats out", "negation", True),
        ("Dunmore marina 'not trying to push houseboats out', chair says", "negation", False),
        # a condition the headline keeps does not keep the speaker's "may have to"
        ("Dunmore marina will raise fees unless grant comes through", "certainty", True),
        ("Dunmore marina may have to raise fees if grant falls through", "certainty", False),
        # "bounce back" is "recover"
        ("Dunmore bookings will bounce back by spring, treasurer says", "certainty", True),
    ],
)
def test_denied_aims_kept_conditions_and_recovery(headline, kind, flagged):
    flags = score_headline(headline, _ctx(_MARINA)).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


def test_bounce_back_is_recover():
    report = score_headline("Dunmore bookings could bounce back by spring, treasurer says", _ctx(_MARINA))
    assert not report.unsupported and not report.flags, (report.unsupported, report.flags)


_CROFT = (
    "Crofters on Beinn Tarsuinn met the carbon firm on Friday.\n\n"
    "\u201cWe are not asking anyone to give up their cattle,\u201d said the firm's manager, Iona Reid.\n\n"
    "\u201cI'm not against trees, I'm against losing the grazing,\u201d crofter Alasdair Munro said.\n\n"
    "\u201cNo-one on the two townships will lose their grazing rights,\u201d Ms Reid said.\n\n"
    "\u201cThere is no truth in the suggestion that we are buying up crofts,\u201d she added.\n\n"
    "\u201cNobody will be evicted,\u201d the council's housing officer, Mhairi Gunn, said."
)


@pytest.mark.parametrize(
    "headline, flagged",
    [
        ("Beinn Tarsuinn crofters told to give up cattle for carbon trees", True),  # "not asking anyone to"
        ("Crofter Alasdair Munro says he is against trees as townships lose grazing", True),  # corrected in one sentence
        ("Two townships to lose grazing rights under carbon plan", True),  # "No-one on ... will lose"
        ("Carbon firm buying up crofts on Beinn Tarsuinn", True),  # "no truth in the suggestion that"
        ("Crofters on Beinn Tarsuinn to be evicted, housing officer says", True),  # "Nobody will be evicted"
        ("Crofter 'not against trees' but against losing grazing", False),
        ("Nobody will be evicted from Beinn Tarsuinn crofts, housing officer says", False),
    ],
)
def test_more_denials_carried_over(headline, flagged):
    flags = score_headline(headline, _ctx(_CROFT)).flags
    assert ("negation" in {f["kind"] for f in flags}) is flagged, flags


_ACKEE = (
    "Ackee exports from Blue Orchard have been on hold since Monday.\n\n"
    "\u201cI can't promise that every farmer will be covered,\u201d agriculture minister Delroy Carrington said.\n\n"
    "\u201cWe are not asking for a handout. We are asking for help to replant,\u201d farmers' leader Merline Tulloch said.\n\n"
    "\u201cSome of our members have lost everything. We are counting about 40 tonnes of fruit,\u201d she said."
)


@pytest.mark.parametrize(
    "headline, kind, flagged",
    [
        ("Minister pledges cover for every ackee farmer hit by export hold", "certainty", True),  # "can't promise"
        ("Ackee farmers demand handout after losing 40 tonnes of fruit", "negation", True),  # "not asking for a handout"
        ("Ackee farmers 'not asking for a handout', want help to replant", "negation", False),
        ("Minister 'can't promise' every ackee farmer will be covered", "certainty", False),
    ],
)
def test_denied_pledges_and_demands(headline, kind, flagged):
    flags = score_headline(headline, _ctx(_ACKEE)).flags
    assert (kind in {f["kind"] for f in flags}) is flagged, flags


def _flag_kinds(headline: str, ctx) -> list[str]:
    return [f["kind"] for f in score_headline(headline, ctx).flags]


def test_session_twelve_false_alarms_removed():
    """A denied denial ("Nobody is saying students shouldn't live here") denies nothing; "I think" before an opinion
    the headline reports with "calls"/"says" is kept; advice ("advises people to talk to a doctor") is no fact;
    a passive "to be pushed back" is no reporting verb; a vague group noun needs its own verb ("figures but says")
    and words quoted in the headline are the speaker's own ("'once we understand ...'")."""
    ctx = _ctx(
        "Residents have lodged an appeal against a 640-bed student block in Carrigmoy.\n\n"
        "\"Nobody here is saying students shouldn't live in Carrigmoy. What we object to is the height,\" said "
        "residents' chair Aoife Lynch.\n\n"
        "Local TD Martin Roche said: \"I think the decision is wrong and I have written to the minister.\"\n\n"
        "\"People with asthma who are worried should talk to their doctor,\" the health officer, Dr Ruth Kane, said.\n\n"
        "\"About 14 trials will likely have to move,\" Judge Ellen Marsh said.\n\n"
        "\"We will issue a new forecast once we understand the inflow rate,\" said chief executive Lars Holm.\n\n"
        "Cafe owner Niamh Burke said: \"I don't know the theatre's figures, but the car park has been quieter.\""
    )
    assert _flag_kinds("Glenview residents appeal 640-bed Carrigmoy student block over its height", ctx) == []
    assert _flag_kinds("TD calls decision wrong", ctx) == []
    assert _flag_kinds("Health officer advises people with asthma to talk to their doctor", ctx) == []
    assert "said_verb" not in _flag_kinds("About 14 trials likely to be pushed back over mold, judge says", ctx)
    assert "vague_source" not in _flag_kinds("Cafe owner doesn't know theatre's figures but says car park is quieter", ctx)
    assert "vague_source" not in _flag_kinds("New forecast 'once we understand the inflow rate'", ctx)


def test_session_twelve_verbs_in_ves_and_walking_away():
    """"removes" is stemmed like "removing" (not as a plural in -f like "halves"), so "We are not removing
    headstones" meets "Council removes headstones"; "walking away" and "bar" join their synonym groups."""
    assert stem("removes") == stem("removing") and stem("approves") == stem("approved") and stem("halves") == "half"
    ctx = _ctx(
        "Engineers laid 300 headstones flat after safety tests.\n\n"
        "\"We are not removing anyone's headstone,\" council leader Paul Avery said.\n\n"
        "\"We are not walking away from this courthouse,\" commissioner Jo Hart said.\n\n"
        "\"We are not banning anyone from the library because they're homeless,\" board chair Sam Oduya said."
    )
    assert "negation" in _flag_kinds("Council removes 300 headstones after safety tests", ctx)
    assert "negation" in _flag_kinds("County abandons courthouse", ctx)
    assert "negation" in _flag_kinds("Library to bar homeless people", ctx)


def test_session_twelve_numbers_clickbait_words_and_conditions():
    """A number the quote itself gives is supported even when the next word is not what it counts ("About forty kiwi
    aversion training bookings" for "about forty bookings"), but not when the quote counts something else with it
    ("Four beavers" for "four family groups"); the words of a clickbait form claim nothing, so they are never a
    denial's object; "close only when" is the quote's "not until" in other words."""
    ctx = _ctx(
        "Vets in Whareroa say demand for kiwi aversion training has risen since six kiwi were found dead.\n\n"
        "\"We've had about forty bookings this month, roughly double a normal November,\" vet Ana Rowe said.\n\n"
        "\"We will release eight beavers in four family groups,\" trust manager Ian Kerr said.\n\n"
        "\"You don't need to know when the power is back to stay safe,\" the utility's spokesman, Ray Doyle, said.\n\n"
        "\"We do not close schools until the API is above 200 for 24 hours,\" director Nor Aini said."
    )
    assert _flag_kinds("About forty kiwi aversion training bookings this month, vet says", ctx) == []
    assert "number" in _flag_kinds("Four beavers to be released first, trust says", ctx)
    assert "negation" not in _flag_kinds("Ice storm: everything you need to know about when your power is back", ctx)
    assert "negation" not in _flag_kinds("Schools close only when API tops 200 for 24 hours, director says", ctx)


def test_session_twelve_end_as_a_place_and_denied_refusals():
    """"the west end", "at the end of October" are a place and a time, not an act of ending, so "We are not ending
    mail service" still flips "to end mail service"; a refusal the speaker denies ("not refusing these shifts")
    flips a headline that says they refuse, but not one that keeps the "not"."""
    ctx = _ctx(
        "\"We are not ending mail service to anyone. About 3,100 addresses in the west end will move to community "
        "mailboxes,\" Northpost spokeswoman Lise Beaulieu said.\n\n"
        "\"Firefighters are not refusing these shifts. We understand the budget,\" union president Ana Delgado said."
    )
    assert "negation" in _flag_kinds("Northpost to end mail service to 3,100 addresses", ctx)
    assert "negation" in _flag_kinds("Firefighters refuse to work brownout shifts", ctx)
    assert "negation" not in _flag_kinds("Firefighters 'not refusing' brownout shifts, union says", ctx)


def test_session_twelve_withheld_firmness_is_no_booster():
    """"too early to put a firm number on it", "can't give a firm date", "no firm timeline": the firmness is withheld,
    so it does not make the quote sound sure, and the headline that states the forecast flatly is flagged."""
    assert certainty("The cut could reduce output from 2029, but it's too early to put a firm number on it.").boosters == ()
    assert certainty("I can't give a firm date.").boosters == () and certainty("There is no firm timeline.").boosters == ()
    assert [m.text for m in certainty("We will definitely finish.").boosters] == ["will", "definitely"]
    ctx = _ctx(
        "\"The cut could reduce national output by 2% to 3% from around 2029, but it's too early to put a firm number "
        "on it,\" analyst Ravi Menon said."
    )
    assert "certainty" in _flag_kinds("Subsidy cut to reduce palm oil output by 2-3% from 2029 - analyst", ctx)


def test_session_twelve_hedge_reach_and_prepositional_to():
    """A hedge reaches five words ("may be necessary to appoint an administrator"), so a headline that states the
    appointment flatly is flagged; "to" after a participle or a word such as "consent" is a preposition, so "fault
    linked to single supplier" states no future."""
    ctx = _ctx(
        "\"It may be necessary to appoint an administrator if they fail, but we are a long way from that,\" finance "
        "minister Ana Beltran said."
    )
    assert "certainty" in _flag_kinds("Meridia to appoint administrator for toll road, minister says", ctx)
    for headline, word in (("Fault linked to single battery supplier", "single"), ("Mother to consent to dengue vaccine", "dengue")):
        tokens = tokenize(headline)
        assert not _stated_flatly(headline, tokens, next(t for t in tokens if t.norm == word))


def test_session_twelve_not_every_off_the_table_and_handing_back():
    """"not destroying every hive" denies the act ("every" right after "not" is a limit: "not every hive is
    infected"); "Toll increases are not on the table" denies toll increases; "handing back" joins "hand back"."""
    ctx = _ctx(
        "\"I want to be really clear: we are not destroying every hive in the zone. We are testing first,\" chief "
        "plant protection officer Dr Ruth Whitcombe said.\n\n"
        "\"Toll increases are not on the table,\" said finance director Paolo Ferrante.\n\n"
        "\"We are not handing back any contracts,\" chief executive Mark Lisle said."
    )
    assert "negation" in _flag_kinds("Every hive in varroa zone to be destroyed", ctx)
    assert "negation" in _flag_kinds("Toll road operator weighs toll increases", ctx)
    assert "negation" in _flag_kinds("Care firm to hand back council contracts", ctx)
    assert "negation" not in _flag_kinds("Not every hive in the zone will be destroyed, officer says", ctx)


def test_session_twelve_a_number_in_a_name():
    """"Kiln 2" in "move 140 Kiln 2 staff" is a name the article uses, not a count of staff."""
    ctx = _ctx("\"The 140 staff on Kiln 2 will move to maintenance work,\" chief executive Erik Halvorsen said.")
    assert "number" not in _flag_kinds("Halvor to move 140 Kiln 2 staff to maintenance, CEO says", ctx)
    assert "number" in _flag_kinds("Halvor to move 410 Kiln 2 staff to maintenance, CEO says", ctx)


def test_session_thirteen_false_alarms_removed():
    """"claims" ending a noun phrase ("over scale tampering claims") and a participle after a noun ("four shipments
    rejected") are no reporting verbs; "turned back" is no opposite of "rejected"; a booster inside the headline's own
    quote marks, apostrophes and all ("'won't be good'"), is the speaker's; "at all eleven branches" and "whether one
    person took all three" claim nothing total; "won't guess why" is no clickbait."""
    ctx = _ctx(
        "\"Four of the 19 yam shipments that left in October were turned back or destroyed on arrival,\" said "
        "inspection chief Marcia Dunn. \"But there is no ban on Jamaican yam.\"\n\n"
        "Publican Ray Quinn said: \"I don't know yet what losing it will mean, but it won't be good.\"\n\n"
        "\"I am not promising Sunday opening at all eleven branches,\" said library director Ann Forde.\n\n"
        "\"I'm not going to speculate on whether one person took all three,\" said co-ordinator Bill Mays.\n\n"
        "\"I won't guess why the shelter stayed locked until the logs are pulled,\" said director Jo Hart.\n\n"
        "\"Clerks were suspended over claims that scales were tampered with,\" the factory said."
    )
    assert _flag_kinds("No ban on Jamaican yam after four shipments rejected, inspection chief says", ctx) == []
    assert "certainty" not in _flag_kinds("Losing it 'won't be good' for business, publican says", ctx)
    assert "certainty" not in _flag_kinds("Library director not promising Sunday opening at all eleven branches", ctx)
    assert "certainty" not in _flag_kinds("Co-ordinator 'not going to speculate' on whether one person took all three", ctx)
    assert "clickbait" not in _flag_kinds("Director won't guess why shelter stayed locked until logs are pulled", ctx)
    assert "said_verb" not in _flag_kinds("Factory suspends clerks over scale tampering claims", ctx)
    assert "said_verb" in _flag_kinds("Inspection chief admits yam shipments were turned back", ctx)


def test_session_thirteen_open_questions_and_against_as_a_preposition():
    """What follows "doesn't know when/whether" or "too early to say if" is an open question, neither asserted nor
    denied; "against" after a noun ("joint operations against colorum tricycles") is a preposition, not the stance
    "opposed to" that "We are not against the moratorium" denies."""
    ctx = _ctx(
        "\"We are not going to reopen the loop without a bridge,\" said park manager Lena Ortiz. \"I don't know yet "
        "when that will be.\"\n\n"
        "\"We are not against the moratorium,\" said drivers' leader Ramon Cruz. \"We hope to start joint operations "
        "with the police before Christmas.\""
    )
    assert "negation" not in _flag_kinds("Park manager doesn't know yet when Falls Loop trail will reopen", ctx)
    assert "negation" not in _flag_kinds("Drivers hope to start joint operations against colorum tricycles", ctx)
    assert "negation" in _flag_kinds("Drivers' leader says they are against the moratorium", ctx)


def test_session_thirteen_things_rejected_and_bulldozers():
    """"rejected 11 truckloads" turns away things, not words: no reporting verb and no refusal of a claim;
    "bulldoze" is "demolish", so it turns "will not be demolished" around."""
    ctx = _ctx(
        "\"We turned back 11 truckloads in a month,\" said compost contractor Dee Marsh.\n\n"
        "\"The shelters will not be demolished this year,\" committee chair Alan Pike said."
    )
    assert _flag_kinds("Compost contractor rejected 11 truckloads in a month", ctx) == []
    assert "negation" in _flag_kinds("Council to bulldoze seafront shelters", ctx)


def test_session_thirteen_dropped_nots_in_stances_and_requests():
    """A headline that drops the speaker's "not" from a stance keeps its own, unrelated denial ("... against
    protecting capercaillie, says he was not consulted") without hiding the flipped stance; "not going to ask anyone
    to pay" denies the paying, however many words the denial has to skip."""
    ctx = _ctx(
        "\"I'm not against protecting the birds, but a phone call would have been nice,\" said bike shop owner "
        "Fraser Lyall. He said he was not consulted on the closure.\n\n"
        "\"We have not clawed back a single dollar, and we are not going to ask anyone to pay while this is being "
        "reviewed,\" said Northvale vice-president Kevin Marchand."
    )
    assert "negation" in _flag_kinds("Bike shop owner against protecting capercaillie, says he was not consulted on closure", ctx)
    assert "negation" not in _flag_kinds("Bike shop owner 'not against protecting the birds' but says he was not consulted", ctx)
    assert "negation" in _flag_kinds("Northvale going to ask doctors to pay while clawback is reviewed, VP says", ctx)
    assert "negation" not in _flag_kinds("Northvale not going to ask doctors to pay while clawback is reviewed, VP says", ctx)


def test_session_thirteen_rates_spans_and_named_areas():
    """"300 sheep a day", "after a week of extra shifts" and "14 leave in a year" are rates and spans, not counts to
    check; "Area 7K" is a name the article uses; a changed count is still a number flag."""
    ctx = _ctx(
        "\"Our technicians have worked extra shifts all week,\" said union rep Ann Cole. \"Trainees take two or three "
        "seasons to reach 300 sheep,\" said tutor Bill Ray. \"In Area 7K the quota is cut 30 per cent,\" said "
        "official Jo Lam. \"Fourteen lifeguards left this year,\" said manager Ed Sim."
    )
    assert "number" not in _flag_kinds("Technicians 'tired' after a week of extra shifts, union says", ctx)
    assert "number" not in _flag_kinds("Trainees take two or three seasons to reach 300 sheep a day", ctx)
    assert "number" not in _flag_kinds("Snow crab quota in Area 7K cut 30 per cent", ctx)
    assert "number" not in _flag_kinds("Pools cut hours after 14 lifeguards leave in a year", ctx)
    assert "number" in _flag_kinds("Pools cut hours after 40 lifeguards leave in a year", ctx)


def test_session_thirteen_bare_numbers_in_the_quote():
    """A count the quote the headline rests on gives bare ("at least two for our cluster", "it could take three",
    "62 jobs out of 190") supports the headline's count, whatever noun the headline puts after it."""
    ctx = _ctx(
        "\"We need reading specialists. We hope the ministry will send us at least two for our cluster next term,\" "
        "said principal Ama Boateng. \"We had 20 reading lessons cancelled,\" she added.\n\n"
        "\"The inspection could take a week, it could take three,\" said engineer Tom Reyes."
    )
    assert "number" not in _flag_kinds("Principal hopes ministry will send two reading specialists next term", ctx)
    assert "number" not in _flag_kinds("Inspection of bridge could take one to three weeks, engineer says", ctx)
    assert "number" in _flag_kinds("Principal hopes ministry will send five reading specialists next term", ctx)


def test_session_fourteen_a_cause_the_speaker_had_not_confirmed():
    """A headline that names a cause ("caused", "fuelling", "blamed on") where the speaker said the cause is not
    known yet gets a certainty flag, even when the doubt sits in the sentence after the one the headline echoes;
    keeping the doubt, a speaker who does give the cause and "due to report by June" get none."""
    ctx = _ctx(
        "Hundreds of dead fish washed up at Lake Orani this week.\n\n"
        "\"The water was very warm in March. It is too early to say what killed them, and we have not confirmed the "
        "cause,\" said biologist Mere Tane.\n\n"
        "The council's waste manager, Joe Rangi, said the new gate fee was behind the rise in dumping. \"People are "
        "dumping because the fee went up,\" he said. \"We are not sure how many trucks come each week.\"\n\n"
        "A review of the lake's health is due to report by June."
    )
    assert "certainty" in _flag_kinds("Warm March water caused Lake Orani die-off, biologist says", ctx)
    assert "certainty" not in _flag_kinds("Warm water may be behind Lake Orani die-off, but cause not confirmed", ctx)
    assert "certainty" not in _flag_kinds("Gate fee rise is fuelling dumping, waste manager says", ctx)
    assert "certainty" not in _flag_kinds("Lake Orani review due to report by June", ctx)


def test_session_fourteen_getting_rid_of_is_ending():
    """"We are not getting rid of snow days" denies what "Schools scrapping snow days" asserts ("get rid of",
    "stopping", "scrapping" and "halting" now sit with "end" and "scrap")."""
    ctx = _ctx(
        "The board will vote on virtual learning days next week.\n\n"
        "\"We are not getting rid of snow days. A snow day is still a snow day,\" superintendent Ana Cole said."
    )
    assert "negation" in _flag_kinds("Harlow schools scrapping snow days for virtual learning", ctx)
    assert "negation" not in _flag_kinds("Harlow schools not getting rid of snow days, superintendent says", ctx)


def test_session_fifteen_elliptical_denials_and_codes():
    """"It didn't." after "should have called us" denies the call: a headline that keeps the denial is no flip, one
    that says the alarm called is; a code the article uses ("TBL-17") is no number the headline changed."""
    ctx = _ctx(
        "A fire broke out on a bottling line known as TBL-17 at the Tarnby plant on Monday night.\n\n"
        "The company said it was not shutting the rest of the plant. \"The other 16 lines are running normally,\" "
        "spokesperson Ines Marr said.\n\n"
        "Shift manager Tom Hale said the alarm failed. \"The alarm should have called us. It didn't. I can't tell "
        "you yet why,\" he said."
    )
    assert "negation" not in _flag_kinds("Manager can't yet say why Tarnby alarm did not call staff", ctx)
    assert "negation" not in _flag_kinds("Alarm should have called Tarnby staff but didn't, manager says", ctx)
    assert "negation" in _flag_kinds("Tarnby alarm called staff as fire broke out, manager says", ctx)
    assert "number" not in _flag_kinds("Crews on site at fire-hit TBL-17 line, company says", ctx)
    assert "number" in _flag_kinds("Tarnby plant keeps 18 lines running after fire, company says", ctx)


def test_session_fifteen_numbers_written_out_in_words():
    """"Six hundred and fifty" is 650 and "two thousand three hundred" is 2,300, so a headline that gives them in
    digits changes no number; 700 still does."""
    ctx = _ctx(
        "\"Six hundred and fifty of our people will move to other work,\" union organiser Ruth Vane said.\n\n"
        "The company has fitted two thousand three hundred new sensors."
    )
    assert "number" not in _flag_kinds("650 workers to move to other work, union says", ctx)
    assert "number" not in _flag_kinds("Company fits 2,300 new sensors", ctx)
    assert "number" in _flag_kinds("700 workers to move to other work, union says", ctx)


def test_session_fifteen_a_date_given_only_as_a_possibility():
    """A date the article only gives with a doubt ("could be back by March 28", "hope to announce before
    Christmas") is a certainty flag when the headline gives it as settled; a hedged headline, a date the article
    also states plainly, and a date outside the hedge's clause are left alone."""
    ctx = _ctx(
        "Two units at the Kessra plant are shut after a leak.\n\n"
        "\"The units could be back by March 28,\" operations chief Ana Dravic said. \"That date is not firm.\"\n\n"
        "\"We will meet the union on Monday and we hope to announce a deal before Christmas,\" she said.\n\n"
        "A safety review ends on April 30, the regulator said. \"It may report by April 30,\" a spokesman added."
    )
    assert "certainty" in _flag_kinds("Kessra units to restart on March 28, operator says", ctx)
    assert "certainty" in _flag_kinds("Kessra deal to be announced before Christmas", ctx)
    assert "certainty" not in _flag_kinds("Kessra units could be back by March 28, operator says", ctx)
    # (the flat "to meet" still sounds surer than the quote's "we hope", but the date is not what is flagged)
    assert not [f for f in score_headline("Kessra operator to meet union on Monday", ctx).flags if f["text"] == "Monday"]
    assert "certainty" not in _flag_kinds("Kessra safety review ends on April 30", ctx)
