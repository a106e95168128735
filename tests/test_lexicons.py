"""Tests for the lexicon data files and their loader (kit/lexicons.py)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from kit.language import _part_starts
from kit.lexicons import (
    Lexicon,
    LexiconEntry,
    _parse_lexicon,
    _parse_stopwords,
    _parse_synonyms,
    lexicon_names,
    load_lexicon,
    load_stopwords,
    load_synonyms,
)

NAMES = ("boosters", "clickbait", "hedges", "loaded", "said_verbs", "vague_sources")

# Words of each header that show it names its published sources.
SOURCES = {
    "hedges": ("Hyland", "Metadiscourse", "1998", "MOS:WTW"),
    "boosters": ("Hyland", "Metadiscourse", "2005"),
    "loaded": ("MOS:WTW", "Puffery", "Contentious labels", "Editorializing"),
    "said_verbs": ("MOS:SAID", "Synonyms for"),
    "vague_sources": ("MOS:WEASEL", "Unsupported attributions"),
    "clickbait": ("Chakraborty", "Stop Clickbait", "2016", "Potthast"),
}

# (lowest, highest) number of entries the brief asks for.
SIZES = {
    "hedges": (120, 300),
    "boosters": (120, 260),
    "loaded": (200, 420),
    "said_verbs": (100, 250),
    "vague_sources": (60, 200),
    "clickbait": (30, 150),
}

NEGATIONS = {"not", "no", "never", "n't", "none", "nobody", "nothing", "neither", "nor", "nowhere", "cannot", "without"}
MODALS = {"will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought", "'ll", "'d"}


def _entry(name: str, phrase: str) -> LexiconEntry:
    matches = [entry for entry in load_lexicon(name).entries if entry.phrase == phrase]
    assert len(matches) == 1, f"{phrase!r} not found once in {name}"
    return matches[0]


# ----------------------------------------------------------------------------------------------
# Loading


def test_lexicon_names_are_the_tsv_stems_sorted() -> None:
    assert lexicon_names() == NAMES


@pytest.mark.parametrize("name", NAMES)
def test_every_lexicon_loads(name: str) -> None:
    lexicon = load_lexicon(name)
    assert isinstance(lexicon, Lexicon)
    assert lexicon.name == name
    assert lexicon.entries
    assert lexicon.categories == tuple(dict.fromkeys(entry.category for entry in lexicon.entries))
    for category in lexicon.categories:
        assert lexicon.by_category(category)
        assert all(entry.category == category for entry in lexicon.by_category(category))
    assert sum(len(lexicon.by_category(c)) for c in lexicon.categories) == len(lexicon.entries)


def test_load_lexicon_is_cached() -> None:
    assert load_lexicon("hedges") is load_lexicon("hedges")


@pytest.mark.parametrize("name", NAMES)
def test_header_names_sources_columns_and_rules(name: str) -> None:
    header = load_lexicon(name).header
    assert not any(line.startswith("#") for line in header.splitlines())
    for word in SOURCES[name]:
        assert word in header, f"{name} header does not mention {word!r}"
    assert "written for this kit by its authors" in header
    assert "Columns" in header or "Format" in header
    assert "Matching" in header or "matched" in header
    for category in load_lexicon(name).categories:
        assert f"category: {category}" in header


@pytest.mark.parametrize("name", NAMES)
def test_entry_counts_are_in_the_asked_range(name: str) -> None:
    low, high = SIZES[name]
    assert low <= len(load_lexicon(name).entries) <= high


def test_unknown_name_lists_valid_names() -> None:
    with pytest.raises(ValueError) as info:
        load_lexicon("headlines")
    message = str(info.value)
    assert "'headlines'" in message
    for name in NAMES:
        assert name in message


def test_synonyms_is_not_loaded_as_a_lexicon() -> None:
    with pytest.raises(ValueError, match="valid names"):
        load_lexicon("synonyms")


def test_importing_the_module_reads_no_file(tmp_path: Path) -> None:
    script = (
        "import importlib.resources as r\n"
        "def boom(*a, **k):\n"
        "    raise AssertionError('importing kit.lexicons touched package data')\n"
        "r.files = boom\n"
        "import kit.lexicons\n"
        "print('ok')\n"
    )
    root = Path(__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path,
        env={"PYTHONPATH": str(root), "PATH": ""}, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# ----------------------------------------------------------------------------------------------
# Content rules shared by all lexicons


@pytest.mark.parametrize("name", NAMES)
def test_no_duplicate_phrases(name: str) -> None:
    counts = Counter(entry.phrase for entry in load_lexicon(name).entries)
    assert [phrase for phrase, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("name", NAMES)
def test_notes_are_sentences_that_can_follow_the_word(name: str) -> None:
    for entry in load_lexicon(name).entries:
        assert entry.note, entry.phrase
        assert entry.note.endswith("."), entry.phrase
        assert entry.note[0].islower() or entry.note[0] in "('", f"{entry.phrase}: {entry.note}"
        assert "\t" not in entry.note


@pytest.mark.parametrize("name", NAMES)
def test_notes_are_specific(name: str) -> None:
    lexicon = load_lexicon(name)
    for category in lexicon.categories:
        entries = lexicon.by_category(category)
        if len(entries) > 1:
            assert len({entry.note for entry in entries}) > 1, f"{name}/{category}: one note copied everywhere"
    notes = Counter(entry.note for entry in lexicon.entries)
    assert max(notes.values()) == 1, notes.most_common(3)


@pytest.mark.parametrize("name", NAMES)
def test_weights(name: str) -> None:
    for entry in load_lexicon(name).entries:
        if name == "said_verbs" and entry.category == "neutral":
            assert entry.weight == 0, entry.phrase
        else:
            assert 1 <= entry.weight <= 3, entry.phrase


@pytest.mark.parametrize("name", [n for n in NAMES if n != "clickbait"])
def test_phrases_are_lowercase_ascii_words(name: str) -> None:
    word = re.compile(r"[a-z0-9]+(?:['\-][a-z0-9]+)*(?:\*)?")
    for entry in load_lexicon(name).entries:
        assert entry.words == tuple(entry.phrase.split(" "))
        assert all(word.fullmatch(w) for w in entry.words), entry.phrase
        assert "\u2019" not in entry.phrase
        # '*' is a prefix wildcard: only at the end of a word, after a real prefix
        for w in entry.words:
            if w.endswith("*"):
                assert len(w) >= 4, entry.phrase


def test_hedges_and_boosters_share_no_phrase() -> None:
    hedges = {entry.phrase for entry in load_lexicon("hedges").entries}
    boosters = {entry.phrase for entry in load_lexicon("boosters").entries}
    assert hedges & boosters == set()


# ----------------------------------------------------------------------------------------------
# Entries the kit relies on (from the NATO seed article and the brief)


@pytest.mark.parametrize(
    ("name", "phrase", "category"),
    [
        ("hedges", "not always sure", "negated_certainty"),
        ("hedges", "i don't expect", "negated_certainty"),
        ("hedges", "don't feel at liberty", "negated_certainty"),
        ("hedges", "from my position", "limitation"),
        ("hedges", "might", "modal"),
        ("hedges", "potentially", "adverb"),
        ("hedges", "roughly", "approximator"),
        ("hedges", "if", "conditional"),
        ("boosters", "firm", "certainty_adjective"),
        ("boosters", "unshakable", "certainty_adjective"),
        ("boosters", "clear", "certainty_adjective"),
        ("boosters", "vow*", "commitment_verb"),
        ("boosters", "will", "future_certain"),
        ("boosters", "of course", "emphasis"),
        ("boosters", "must", "necessity"),
        ("boosters", "no doubt", "certainty_adverb"),
        ("loaded", "slam*", "conflict_verb"),
        ("loaded", "bombshell", "extreme"),
        ("loaded", "wake-up call", "puffery"),
        ("loaded", "turning point", "puffery"),
        ("loaded", "so-called", "contentious_label"),
        ("loaded", "betray*", "moral"),
        ("loaded", "escalat*", "urgency"),
        ("said_verbs", "said", "neutral"),
        ("said_verbs", "according to", "neutral"),
        ("said_verbs", "admitted", "admission"),
        ("said_verbs", "insisted", "insistence"),
        ("said_verbs", "stressed", "insistence"),
        ("said_verbs", "claimed", "doubt"),
        ("said_verbs", "revealed", "revelation"),
        ("said_verbs", "fumed", "emotion"),
        ("said_verbs", "denied", "rebuttal"),
        ("vague_sources", "experts", "group_noun"),
        ("vague_sources", "experts say", "unnamed_experts"),
        ("vague_sources", "critics claim", "unnamed_critics"),
        ("vague_sources", "observers note", "unnamed_observers"),
        ("vague_sources", "see", "report_verb"),
        ("vague_sources", "it has been reported", "unnamed_sources"),
        ("vague_sources", "it is widely believed", "unnamed_many"),
        ("vague_sources", "predict", "report_verb"),
    ],
)
def test_key_entries(name: str, phrase: str, category: str) -> None:
    assert _entry(name, phrase).category == category


def test_firm_note_reads_after_the_word() -> None:
    entry = _entry("boosters", "firm")
    assert f"'{entry.phrase}' {entry.note}" == (
        "'firm' makes the position sound fixed and certain, as if there is no doubt left."
    )


def test_loaded_notes_name_a_neutral_word_for_conflict_verbs() -> None:
    for entry in load_lexicon("loaded").by_category("conflict_verb"):
        assert "'" in entry.note or "neutral" in entry.note, entry.phrase
    assert "'criticises' is neutral" in _entry("loaded", "slam*").note


def test_said_verbs_list_every_form_of_the_main_verbs() -> None:
    phrases = {entry.phrase for entry in load_lexicon("said_verbs").entries}
    for forms in (
        ("say", "says", "said", "saying"),
        ("admit", "admits", "admitted", "admitting"),
        ("claim", "claims", "claimed", "claiming"),
        ("insist", "insists", "insisted", "insisting"),
        ("reveal", "reveals", "revealed", "revealing"),
        ("deny", "denies", "denied", "denying"),
    ):
        assert set(forms) <= phrases, forms


def test_loaded_categories_are_the_said_verbs_that_are_not_neutral() -> None:
    said = load_lexicon("said_verbs")
    assert said.categories[0] == "neutral"
    assert {"admission", "insistence", "doubt", "revelation", "emotion", "rebuttal"} <= set(said.categories)


# ----------------------------------------------------------------------------------------------
# Vague sources: the combination rule in the header can be implemented and finds the NATO examples


def _vague_attributions(sentence: str) -> list[tuple[str, str]]:
    """A small reference matcher for the rule documented in vague_sources.tsv."""
    lexicon = load_lexicon("vague_sources")
    words = re.findall(r"[a-z0-9]+(?:['\-][a-z0-9]+)*", sentence.lower().replace("\u2019", "'"))
    verbs = [entry.words for entry in lexicon.by_category("report_verb")]
    found: list[tuple[str, str]] = []

    def verb_at(i: int) -> bool:
        return any(tuple(words[i : i + len(v)]) == v for v in verbs)

    for entry in lexicon.entries:
        if entry.category == "report_verb":
            continue
        n = len(entry.words)
        for i in range(len(words) - n + 1):
            if tuple(words[i : i + n]) != entry.words:
                continue
            # a group noun needs a report verb after it, with at most two words between
            needs_verb = entry.category == "group_noun"
            if not needs_verb or any(verb_at(j) for j in range(i + 1, min(i + 4, len(words)))):
                found.append((entry.phrase, entry.category))
    return found


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Experts see this as a response to mounting pressures from multiple fronts.", "group_noun"),
        ("Observers note that this clarity might strengthen NATO's operational effectiveness.", "unnamed_observers"),
        ("Looking ahead, analysts predict that Rutte's position will be tested.", "unnamed_experts"),
        ("Critics have long argued it goes too far.", "group_noun"),
        ("Critics claim the scheme is too expensive.", "unnamed_critics"),
        ("The club is in talks, according to sources close to the board.", "unnamed_sources"),
        ("It is widely believed that the mayor will stand again.", "unnamed_many"),
    ],
)
def test_vague_source_rule_finds_unnamed_groups(sentence: str, category: str) -> None:
    assert category in {c for _, c in _vague_attributions(sentence)}


def test_vague_source_group_word_alone_is_not_flagged() -> None:
    assert _vague_attributions("Critics of the law were jubilant.") == []


def test_vague_source_parts_are_single_words_and_verbs() -> None:
    lexicon = load_lexicon("vague_sources")
    assert {"group_noun", "report_verb"} <= set(lexicon.categories)
    assert all(len(entry.words) == 1 for entry in lexicon.by_category("group_noun"))
    # every unnamed_* entry is a complete attribution of two or more words
    for entry in lexicon.entries:
        if entry.category.startswith("unnamed_"):
            assert len(entry.words) >= 2, entry.phrase


# ----------------------------------------------------------------------------------------------
# Stopwords and synonyms


def test_stopwords_have_no_negation_or_modal_words() -> None:
    stop = load_stopwords()
    assert {"the", "a", "of", "and", "is", "said", "says", "say", "he", "they"} <= stop
    assert stop & NEGATIONS == set()
    assert stop & MODALS == set()
    for word in stop:
        assert not word.endswith(("n't", "'ll", "'d")), word
    assert not stop & {"against", "all", "every", "only", "very", "really"}


def test_stopwords_contain_no_hedge_or_booster_modals() -> None:
    modal_entries = {e.phrase for e in load_lexicon("hedges").by_category("modal")}
    assert load_stopwords() & modal_entries == set()


def test_synonyms_map_each_word_to_one_group() -> None:
    synonyms = load_synonyms()
    groups = set(synonyms.values())
    assert 60 <= len(groups) <= 150  # a small, hand-checked list (issue 3), not a thesaurus
    for group in groups:
        assert synonyms[group] == group
    assert synonyms["talks"] == synonyms["negotiations"] == synonyms["peace process"] == "negotiation"
    assert synonyms["defence"] == synonyms["defense"] == synonyms["protect"]
    assert synonyms["chair"] == synonyms["lead"]
    assert synonyms["helpful"] == synonyms["support"] == "help"
    assert synonyms["won't"] == synonyms["refuse"]


def test_synonyms_are_a_fresh_dict() -> None:
    first = load_synonyms()
    first["talks"] = "changed"
    assert load_synonyms()["talks"] == "negotiation"


def test_synonyms_file_has_no_word_in_two_groups() -> None:
    text = (Path(__file__).resolve().parents[1] / "kit/data/lexicons/synonyms.tsv").read_text(encoding="utf-8")
    seen: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group, words = line.split("\t")
        for word in words.split(","):
            assert word not in seen, f"{word!r} is in {seen[word]!r} and {group!r}"
            seen[word] = group


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("rise", "fall"),
        ("increase", "decrease"),
        ("win", "lose"),
        ("won", "lost"),
        ("support", "oppose"),
        ("confirm", "deny"),
        ("ban", "allow"),
        ("approve", "reject"),
        ("guilty", "acquitted"),
        ("arrested", "released"),
        ("start", "end"),
        ("agree", "oppose"),
        ("attack", "defend"),
        ("buy", "sell"),
        ("employment", "unemployment"),
        ("closed", "reopened"),
    ],
)
def test_synonyms_never_group_opposites(a: str, b: str) -> None:
    synonyms = load_synonyms()
    assert synonyms.get(a) is None or synonyms.get(a) != synonyms.get(b)


def test_synonyms_leave_out_ambiguous_words() -> None:
    synonyms = load_synonyms()
    for word in ("firm", "state", "close", "talk"):
        assert word not in synonyms


def test_synonyms_parse_errors(tmp_path: Path) -> None:
    path = tmp_path / "syn.tsv"
    path.write_text("# demo\nhelp\thelp,aid\nrelief\trelief,aid\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"syn\.tsv, line 3: 'aid' is already in group 'help'"):
        _parse_synonyms(path.read_text(encoding="utf-8"), path.stem)
    with pytest.raises(ValueError, match="line 1: group name 'x' must be one of its own words"):
        _parse_synonyms("x\thelp,aid\n", "syn")
    with pytest.raises(ValueError, match="line 1: expected 2 tab-separated columns"):
        _parse_synonyms("help\thelp\taid\n", "syn")
    with pytest.raises(ValueError, match="line 2: uppercase"):
        _parse_synonyms("# c\nhelp\thelp,Aid\n", "syn")


def test_stopwords_parse_errors() -> None:
    with pytest.raises(ValueError, match=r"stop\.txt, line 2: duplicate word 'the'"):
        _parse_stopwords("the\nthe\n", "stop")
    with pytest.raises(ValueError, match="line 1: not a single lowercase word"):
        _parse_stopwords("The\n", "stop")
    with pytest.raises(ValueError, match="line 1: curly apostrophe"):
        _parse_stopwords("it\u2019s\n", "stop")


# ----------------------------------------------------------------------------------------------
# Clickbait patterns


def _matches(pattern: str, headline: str) -> bool:
    """As kit.find_clickbait does: each part of the headline ("... . Here's why ...") is tried."""
    return any(re.search(pattern, headline[start:], re.IGNORECASE) for start in _part_starts(headline))


def _clickbait_categories(headline: str) -> set[str]:
    return {entry.category for entry in load_lexicon("clickbait").entries if _matches(entry.phrase, headline)}


CLICKBAIT = [
    ("Carrow council just changed the rules on your bin collection", "direct_address"),
    ("Carrow planning row: the council finally speaks", "curiosity_gap"),
    ("Why the Carrow rates rise could hit your wallet", "direct_address"),
    ("Carrow bakery's sourdough goes viral", "sensational_superlative"),
    ("The dog photo that broke the internet", "sensational_superlative"),
    ("Landlords hate this one trick", "curiosity_gap"),
    ("This changes everything for Carrow commuters", "sensational_superlative"),
    ("Nobody expected the vote to go this way", "curiosity_gap"),
    ("Carrow festival: all you need to know", "direct_address"),
    ("The bin schedule you never knew you needed", "direct_address"),
    ("Shoppers can't get enough of the new market", "sensational_superlative"),
    ("Seven Carrow cafés to try - number 4 will make you smile", "listicle"),
    ("Divers stunned by what they found in the Carrow reservoir", "curiosity_gap"),
    ("Mayor's surprising answer when asked about the stadium", "curiosity_gap"),
    ("Find out if your school is on the new bus route", "direct_address"),
    ("How one nurse changed a whole village", "curiosity_gap"),
    ("It's official: the Carrow festival is cancelled", "urgency"),
    ("Big changes are coming to your bin day", "forward_reference"),
    ("Twitter erupts over council's new logo", "sensational_superlative"),
    ("Meet the farmer who refused to sell to the quarry", "curiosity_gap"),
    ("What it's really like inside the Inchmore fish plant", "curiosity_gap"),
    ("Villagers planted a wood in 1990. Then the road planners came", "curiosity_gap"),
    ("Ferry strike hits Inchmore - and your crossing could be next", "curiosity_gap"),
    ("What happened at the Inchmore depot should worry every commuter", "direct_address"),
    ("What the ferry company didn't tell Inchmore passengers", "curiosity_gap"),
    ("Dock strike: the one vote that could decide everything", "forward_reference"),
    ("Dengue cases are rising. Here's when to see a doctor", "curiosity_gap"),
    ("Is the island's only GP really leaving?", "question_bait"),
    ("Sirens fail in storm: CHAOS at the county office", "sensational_superlative"),
    ("The coffee harvest has failed. What happens next", "curiosity_gap"),
    ("Gas cuts in Mirpur: everything we know so far", "direct_address"),
    ("Five things to know about the new bus fares", "listicle"),
    ("What the new app isn't telling you about your data", "curiosity_gap"),
    ("Why your bus fare is going up again", "direct_address"),
    ("The reason fewer buses may run past your street this winter", "curiosity_gap"),
    ("The ferry has stopped, and the reason will sound familiar to islanders", "curiosity_gap"),
    ("What's really emptying the town's fishing boats?", "question_bait"),
    ("Bought a heater this winter? Read this first", "direct_address"),
    ("Got a smart meter in your hall? Here is the problem", "question_bait"),
    ("Could your children soon have Fridays off? One council wants to know", "question_bait"),
    ("Why Harbour Bank shares just fell to a two-year low", "curiosity_gap"),
    ("Could this be the answer to Lisdara's bus delays?", "question_bait"),
    ("The mine is closing. What happens to the town now?", "curiosity_gap"),
    ("What the inspector found in this school kitchen will make you think twice", "direct_address"),
    ("A loaf of bread costs HOW much on the island?", "sensational_superlative"),
    ("This family pays $900 a month for heating. Guess where they live", "forward_reference"),
    ("This village is about to lose something you probably take for granted", "direct_address"),
    ("The one number that shows how long the ferry queues have got", "forward_reference"),
    ("Tenants were told the damp was their fault. Then the inspectors came", "curiosity_gap"),
    ("This fisherman could lose his season. The reason? Fuel", "curiosity_gap"),
    ("Birds are dying on the lake. Scientists have a theory", "curiosity_gap"),
    ("The ‘one phrase’ that has shop owners worried", "forward_reference"),
    ("The mayor's biggest worry isn't what you'd think", "curiosity_gap"),
    ("Is the ferry safe? What the inspector told us", "question_bait"),
    ("Minister reveals the surprising cost of the fee freeze", "curiosity_gap"),
    ("A neurologist gives his verdict on the new migraine pill", "curiosity_gap"),
    ("Harbour board picks new chair, and it's not who you'd expect", "curiosity_gap"),
    ("Rates rise: the one figure every homeowner is worried about", "curiosity_gap"),
    ("New parking rules could cost you 200 dollars", "question_bait"),
    ("This is the town the floods forgot", "curiosity_gap"),
    ("The tax change every renter needs to know about", "curiosity_gap"),
    ("Flood inquiry: what the engineer just revealed", "curiosity_gap"),
    ("Is this the end of the high street? Shop owners speak out", "question_bait"),
    ("Residents, here's what the new bin rules mean", "curiosity_gap"),
    ("Will the old pier ever reopen? The mayor's reply says it all", "curiosity_gap"),
    ("Will the old pier ever reopen?", "question_bait"),
    ("What teachers really think about the new timetable", "curiosity_gap"),
    ("Council REALLY wants you to recycle", "sensational_superlative"),
    ("New parking rules start Monday - but there's a catch", "curiosity_gap"),
    ("The missing ballots and the question officials won't answer", "curiosity_gap"),
    ("This year's school calendar has a twist in store for parents", "curiosity_gap"),
    ("She opened a bakery in 1998. Then came the phone call that changed everything", "curiosity_gap"),
    ("How a tiny club found the money - and the decade-long secret behind it", "curiosity_gap"),
    ("Council tax bills: everything you need to know", "direct_address"),
    ("New recycling rules: what you need to know", "direct_address"),
    ("The single sentence the judge read before the verdict", "forward_reference"),
    ("Prices held in March. Here's why economists expected a rise", "curiosity_gap"),
    ("You won't believe what this mayor did", "curiosity_gap"),
    ("You won\u2019t believe what this mayor did", "curiosity_gap"),
    ("She opened the box. What happened next is amazing", "curiosity_gap"),
    ("The reason for the delay will surprise you", "curiosity_gap"),
    ("Here's why your electricity bill is going up", "curiosity_gap"),
    ("This is why teachers are quitting", "curiosity_gap"),
    ("The truth about school dinners", "curiosity_gap"),
    ("The rule change nobody's talking about", "curiosity_gap"),
    ("Nobody saw this coming at the village fete", "curiosity_gap"),
    ("Wait until you see the new stadium", "curiosity_gap"),
    ("What banks don't want you to know about savings", "curiosity_gap"),
    ("You'll never guess who turned up at the council meeting", "curiosity_gap"),
    ("Find out which celebrities live in your town", "curiosity_gap"),
    ("People can't stop watching this video of a goat", "curiosity_gap"),
    ("17 things every parent should know", "listicle"),
    ("Seven signs your phone has been hacked", "listicle"),
    ("Top 10 beaches to visit this summer", "listicle"),
    ("Budget day: 5 things you need to know", "listicle"),
    ("21 stunning photos of the northern lights", "listicle"),
    ("Why you should never charge your phone overnight", "direct_address"),
    ("Shoppers: you need to stop doing this with your bank card", "direct_address"),
    ("Your weekend just got better", "direct_address"),
    ("You'll love this new coffee shop", "direct_address"),
    ("This trick will change your life", "direct_address"),
    ("Here are the winners nobody expected", "forward_reference"),
    ("This one simple trick cuts energy bills", "forward_reference"),
    ("Try these clever storage hacks for small kitchens", "forward_reference"),
    ("These dogs have a better social life than most people", "forward_reference"),
    ("Guess who is coming to the summer fair", "forward_reference"),
    ("This video will make you cry", "forward_reference"),
    ("Here's the list of schools closing on Monday", "forward_reference"),
    ("The greatest comeback ever", "sensational_superlative"),
    ("The best goal you have ever seen", "sensational_superlative"),
    ("Is this the funniest cat of all time?", "sensational_superlative"),
    ("Mind-blowing footage shows storm over city", "sensational_superlative"),
    ("Adorable puppy meets baby goat", "sensational_superlative"),
    ("This recipe will blow your mind", "sensational_superlative"),
    ("Literally the best pizza in town", "sensational_superlative"),
    ("Local bakery wins award!!", "sensational_superlative"),
    ("The only guide you'll ever need", "sensational_superlative"),
    ("BREAKING: Mayor resigns", "urgency"),
    ("Must-see moment as fox runs onto pitch", "urgency"),
    ("Book now before it's too late", "urgency"),
    ("Act now to claim your refund", "urgency"),
    ("Don't miss the meteor shower tonight", "urgency"),
    ("Can you spot the hidden cat in this picture?", "question_bait"),
    ("Are you drinking enough water?", "question_bait"),
    ("Is this the end of the high street?", "question_bait"),
    ("What would you do with a four-day week?", "question_bait"),
    ("How well do you know your town's history?", "question_bait"),
    ("The new bus timetable is not what you think", "curiosity_gap"),
    ("Mayor was asked about the pool. What she said next", "curiosity_gap"),
    ("The real reason behind the council's U-turn", "curiosity_gap"),
    ("Fans react as club unveils new badge", "curiosity_gap"),
    ("Referee's decision leaves fans stunned", "curiosity_gap"),
    ("Here's what the new budget means", "forward_reference"),
    ("One simple trick to cut your energy bill", "forward_reference"),
    ("REVEALED: the council's spending list", "urgency"),
    ("The shocking truth about school dinners", "curiosity_gap"),
    ("Why everyone is talking to their bank this week", "curiosity_gap"),
    ("What happened when a town banned cars for a day", "curiosity_gap"),
    ("The new rules could stun many drivers", "curiosity_gap"),
    ("Interest rates rise: what it means for you", "direct_address"),
    ("This is the moment a fox stole the match ball", "forward_reference"),
    ("The meteor shower you won't want to miss", "urgency"),
    ("Chairman's update leaves fans with one big question", "curiosity_gap"),
    ("The cost of the new bridge has been revealed", "curiosity_gap"),
    ("The one thing both sides agreed on", "forward_reference"),
    ("What's next for the pool? Swimmers won't like the answer", "curiosity_gap"),
]

PLAIN = [
    "Teachers really think the new timetable works, survey finds",
    "Pier repairs to take two years, council says",
    "Fishermen say the catch is down a third this year",
    "Police answer questions about the missing ballots",
    "Mayor to speak in May on bus lanes. Council vote follows in June",
    "Council approves new bus lanes after two-year study",
    "NATO chief says he will not comment on peace talks",
    "Judge strikes down bail law as governor vows appeal",
    "Toxic algae shuts Lake Varenne beaches as canton weighs farm limits",
    "Hollis Academy to lock away pupils' phones from September",
    "Kestrel FC chairman keeps options open on Marsh Lane future",
    "Inflation falls to 2.1% in March, statistics office says",
    "Three people injured in motorway crash near Leeds",
    "Ten schools to close early as heatwave continues",
    "Parliament passes budget after all-night session",
    "Health ministry reports 40 new measles cases",
    "Why the central bank kept interest rates on hold",
    "Police arrest two men after jewellery shop break-in",
    "Breakthrough in talks as unions accept pay offer",
    "Will the new stadium be ready by 2027?",
    "Film festival names winners of best short documentary award",
    "July was the hottest month on record in Europe, scientists say",
    "What we know about the Riverton bus lane plan",
]


@pytest.mark.parametrize(("headline", "category"), CLICKBAIT)
def test_clickbait_category_fires(headline: str, category: str) -> None:
    assert category in _clickbait_categories(headline)


@pytest.mark.parametrize("headline", PLAIN)
def test_plain_news_headline_is_not_clickbait(headline: str) -> None:
    assert _clickbait_categories(headline) == set()


def test_every_clickbait_pattern_is_tested() -> None:
    untested = [
        entry.phrase
        for entry in load_lexicon("clickbait").entries
        if not any(_matches(entry.phrase, headline) for headline, _ in CLICKBAIT)
    ]
    assert untested == []


def test_every_clickbait_pattern_compiles_and_has_no_words() -> None:
    for entry in load_lexicon("clickbait").entries:
        re.compile(entry.phrase, re.IGNORECASE)
        assert entry.words == ()


# ----------------------------------------------------------------------------------------------
# Malformed lines


GOOD_HEADER = "# A demo list.\n# category: modal - a modal verb\n# category: adverb - an adverb\n"


@pytest.mark.parametrize(
    ("body", "name", "message"),
    [
        ("may\tmodal\t2\n", "demo", r"demo\.tsv, line 4: expected 4 tab-separated columns"),
        ("may\tmodal\t2\tx.\textra\n", "demo", r"line 4: expected 4 tab-separated columns"),
        ("may modal 2 x.\n", "demo", r"line 4: expected 4 tab-separated columns"),
        ("may\tmodal\tstrong\tx.\n", "demo", r"line 4: weight 'strong' is not a number"),
        ("may\tmodal\t4\tx.\n", "demo", r"line 4: weight 4 is outside 0-3"),
        ("may\tmodal\t-1\tx.\n", "demo", r"line 4: weight -1 is outside 0-3"),
        ("may\tmodal\tnan\tx.\n", "demo", r"line 4: weight nan is outside 0-3"),
        ("May\tmodal\t2\tx.\n", "demo", r"line 4: uppercase letters in 'May'"),
        ("don\u2019t know\tadverb\t2\tx.\n", "demo", r"line 4: curly apostrophe"),
        ("not  sure\tadverb\t2\tx.\n", "demo", r"line 4: bad word '' in 'not  sure'"),
        (" may\tmodal\t2\tx.\n", "demo", r"line 4: bad word"),
        ("may.\tmodal\t2\tx.\n", "demo", r"line 4: bad word 'may\.'"),
        ("ma*\tmodal\t2\tx.\n", "demo", r"line 4: wildcard prefix 'ma\*' is too short"),
        ("m*y\tmodal\t2\tx.\n", "demo", r"line 4: bad word 'm\*y'"),
        ("may\tmodal\t2\t\n", "demo", r"line 4: empty note"),
        ("may\tverb\t2\tx.\n", "demo", r"line 4: category 'verb' is not declared"),
        ("may\tmodal\t2\tx.\nperhaps\tadverb\t2\ty.\nmay\tmodal\t1\tz.\n", "demo",
         r"line 6: duplicate phrase 'may' \(first on line 4\)"),
        ("may\tmodal\t2\tx.\n", "demo", r"line 3: category 'adverb' is declared but has no entries"),
        (
            "(unclosed\tmodal\t2\tx.\nx\tadverb\t1\ty.\n",
            "clickbait",
            r"clickbait\.tsv, line 4: invalid regular expression",
        ),
    ],
)
def test_malformed_lines_are_rejected(tmp_path: Path, body: str, name: str, message: str) -> None:
    path = tmp_path / f"{name}.tsv"
    path.write_text(GOOD_HEADER + body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        _parse_lexicon(path.read_text(encoding="utf-8"), path.stem)


def test_header_must_declare_categories() -> None:
    with pytest.raises(ValueError, match=r"demo\.tsv, line 1: the header declares no categories"):
        _parse_lexicon("# no categories here\nmay\tmodal\t2\tx.\n", "demo")


def test_well_formed_text_parses(tmp_path: Path) -> None:
    path = tmp_path / "demo.tsv"
    path.write_text(
        "\ufeff" + GOOD_HEADER + "\n# a comment between entries\n"
        "may\tmodal\t2\tleaves room for doubt.\n\nperhaps\tadverb\t1.5\tshows doubt.\r\n",
        encoding="utf-8",
    )
    lexicon = _parse_lexicon(path.read_text(encoding="utf-8"), "demo")
    assert lexicon.header.startswith("A demo list.")
    assert "a comment between entries" not in lexicon.header
    assert "--- " not in load_lexicon("hedges").header  # section titles are not header
    assert lexicon.categories == ("modal", "adverb")
    assert lexicon.entries[1] == LexiconEntry("perhaps", ("perhaps",), "adverb", 1.5, "shows doubt.")
    assert lexicon.by_category("adverb") == (lexicon.entries[1],)
