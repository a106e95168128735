"""Who said it: attribution patterns, name resolution, pronouns, organisations, anonymous sources."""

from __future__ import annotations

import re

import pytest

from kit import Article, find_quotes
from kit.evaluate import speakers_match
from kit.people import find_people


def speakers(text: str):
    return [(q.speaker, q.cue) for q in find_quotes(Article.from_text(text)) if q.kind != "term"]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ('"We are ready," said Dana Okafor.', "Dana Okafor", "said"),
        ('Dana Okafor leads the board. "We are ready," Okafor said.', "Dana Okafor", "said"),
        ('Dana Okafor leads the board. "We are ready," she added.', "Dana Okafor", "added"),
        ('Wei Chen runs the lab. "It works," according to Chen.', "Wei Chen", "according to"),
        ('Wei Chen runs the lab. Chen told reporters: "It works."', "Wei Chen", "told reporters"),
        ('Wei Chen posted late. "It works," he wrote on social media.', "Wei Chen", "wrote on social media"),
        ('Wei Chen spoke. According to Chen, "the tests passed."', "Wei Chen", "according to"),
        ('"We are ready," Maria Fonseca, the school\'s principal, said.', "Maria Fonseca", "said"),
        ('"We are ready," said Maria Fonseca, the principal.', "Maria Fonseca", "said"),
        ('"We are ready," Dr. Maria Fonseca said.', "Maria Fonseca", "said"),
        ('Mayor Dana Okafor spoke first. The mayor was blunt: "No more delays."', "Dana Okafor", None),
        ('"We are ready," the mayor said. Mayor Dana Okafor then left.', "Dana Okafor", "said"),
    ],
)
def test_attribution_patterns(text, speaker, cue):
    assert speakers(text)[0] == (speaker, cue)


def test_fullest_name_is_used():
    text = 'NATO Secretary-General Mark Rutte spoke on Monday.\n\n"I need to chair the alliance," Rutte said.'
    assert speakers(text) == [("Mark Rutte", "said")]


def test_organisation_statement():
    text = (
        "Harbor Tech Inc. laid off 40 workers on Friday.\n\n"
        '"We regret the decision," the company said in a statement.'
    )
    assert speakers(text) == [("Harbor Tech Inc.", "said in a statement")]


def test_named_organisation_speaker():
    text = '"The road stays closed," the Ministry of Transport said on Tuesday.'
    assert speakers(text)[0][0] == "Ministry of Transport"


def test_anonymous_source():
    text = (
        '"The talks are stuck," one official, who asked not to be named because she was not '
        "authorized to speak publicly, said."
    )
    assert speakers(text) == [("one official", "said")]


def test_follow_on_quote_continues_speaker():
    text = (
        'Dana Okafor, the principal, spoke first. "We are ready," Okafor said. "The staff worked hard."\n\n'
        '"And the students did too."\n\n'
        "The board will vote in May."
    )
    assert [s for s, _ in speakers(text)] == ["Dana Okafor"] * 3


def test_pronoun_picks_fitting_gender():
    text = (
        "Mr. Tom Reid and Ms. Ann Lee met on Monday. Lee spoke about the budget, and Reid spoke about roads.\n\n"
        '"We need more money," she said.\n\n'
        '"The roads come first," he said.'
    )
    assert [s for s, _ in speakers(text)] == ["Ann Lee", "Tom Reid"]


def test_gender_learned_from_pronouns_in_text():
    text = (
        "Dana Okafor has led the school since 2019. She grew up nearby. Her first job was here.\n\n"
        "Tom Reid, a parent, attended too.\n\n"
        '"We are proud of the school," she said.'
    )
    assert speakers(text)[0][0] == "Dana Okafor"


def test_unknown_speaker_is_none_not_a_guess():
    text = 'A sign on the gate read: "Closed until further notice." Nobody was there.'
    result = [(q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    # a sign's whole sentences are a full quote that nobody in particular said (the gold annotations' convention in
    # 64 of 80 sign quotes); a slogan with no full stop stays a label
    assert result == [(None, "full")]
    slogan = 'Marchers carried banners reading "Homes for People, Not for Profit" through the town.'
    assert [(q.speaker, q.kind) for q in find_quotes(Article.from_text(slogan))] == [(None, "term")]


def test_quote_with_no_attribution_and_no_context_is_none():
    assert speakers('"Closed until further notice."')[0][0] is None


def test_seed_article_all_quotes_by_mark_rutte():
    from kit import analyze, load_article

    analysis = analyze(load_article("nato_rutte_peace_talks"))
    assert len(analysis.speech) == 7
    assert {q.speaker for q in analysis.speech} == {"Mark Rutte"}
    assert analysis.quotes[0].cue == "mentions"


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Ann Lee and Tom Reid disagreed. "No," Reid replied. "Yes," Lee shot back.', [("Tom Reid", "replied"), ("Ann Lee", "shot back")]),
        ('Senator Ann Lee spoke. "We are done," Lee told The Hartwell Gazette.', [("Ann Lee", "told The Hartwell Gazette")]),
        ('Joan Miller spoke. "We will see." Miller added that talks would continue on Friday.', [("Joan Miller", None)]),
        ('"It is a scandal," said Mr Reid, 54, a retired teacher.', [("Reid", "said")]),
    ],
)
def test_real_world_forms(text, expected):
    assert speakers(text) == expected


# --------------------------------------------------------------------------- rules added from held-out errors


def test_numbered_group_then_definite_reference():
    text = (
        "In a letter to the council, 12 primary school teachers raised concerns about the plan.\n\n"
        '"We are not against change," the teachers wrote, "but this is rushed."'
    )
    assert [s for s, _ in speakers(text)] == ["primary school teachers", "primary school teachers"]


def test_according_to_opening_a_sentence_with_a_fragment():
    text = "According to Mara Quint, an economist at Delby University, the tax would \u201cdepend almost entirely on how the money is spent\u201d."
    assert speakers(text)[0][0] == "Mara Quint"


def test_role_named_between_pronoun_and_last_speaker():
    text = (
        'Defence lawyer Ruth Kane said her client was sorry. "She regrets it," Kane said.\n\n'
        "Judge Anna Price, the presiding judge, was not persuaded. The judge rejected that account. "
        'Lying to a court, she said, "is not a mistake."'
    )
    assert speakers(text)[-1][0] == "Anna Price"


def test_councillor_honorific_cr():
    text = 'Cr Leanne Fitzgibbon said: "We had no choice." Later, Cr Fitzgibbon added: "It was hard."'
    assert [s for s, _ in speakers(text)] == ["Leanne Fitzgibbon", "Leanne Fitzgibbon"]


def test_shortened_company_name_then_the_company():
    text = (
        "Shares of Kelvo Robotics fell 9%. An analyst at Brantley Capital called it a reset.\n\n"
        'In a statement, Kelvo said it would cut 200 jobs. "These are hard decisions," the company said.'
    )
    assert speakers(text)[-1][0] == "Kelvo Robotics"


def test_spokesperson_speaks_for_the_named_organisation():
    text = (
        "The Orla Animal Trust took the dog in.\n\n"
        'A spokesman for the charity said: "Cases like this are heartbreaking."\n\n'
        'A spokesperson for the Department of Regional Development said the fund would open "in the first half of 2027".'
    )
    assert [s for s, _ in speakers(text)] == [
        "spokesman for the Orla Animal Trust",
        "spokesperson for the Department of Regional Development",
    ]


def test_and_inside_an_organisation_name():
    text = 'The state Department of Wildlife and Parks said in a statement that it "welcomes research" on bats.'
    assert speakers(text)[0][0] == "Department of Wildlife and Parks"


def test_passive_said_to_has_no_speaker():
    text = "A neighbour said: \"It was awful.\"\n\nBiscuit is said to be 'back to her old self' and sleeping well."
    assert speakers(text)[-1][0] is None


def test_relative_clause_verb_is_not_the_cue():
    text = (
        "Nasrin Haddadi runs the kitchen. A former employee, who asked not to be named because she still works "
        'locally, described a kitchen that could be "silent in a way that was scarier than shouting." '
        "Haddadi does not deny the hours."
    )
    assert speakers(text)[0] == ("A former employee", "described")


def test_unknown_gender_person_introduced_just_before_he_said():
    text = (
        'Graham Pettifer wrote the review. "I was sure it would be a flash," Pettifer told me.\n\n'
        'Her sous-chef, Bao Tran, offered a gentler version. "She is strict about the food," he said.'
    )
    assert speakers(text)[-1][0] == "Bao Tran"


def test_parenthetical_says_before_a_fragment():
    text = (
        'Dana Lindqvist, a spokeswoman, said it was "a win." Earl Hobbs, who hosts six turbines, says he knew little '
        'about bats. Now, he says, he\'s "kind of a convert."'
    )
    assert speakers(text)[-1] == ("Earl Hobbs", "says")


def test_report_with_a_publisher_and_without_one():
    text = (
        'Maria Lopez, a manager, spoke first. "It sells well," she said.\n\n'
        'The report, published by the Health Foundation, warned that "waiting lists will grow."\n\n'
        'The audit warned of "serious gaps in record keeping."'
    )
    assert [s for s, _ in speakers(text)] == ["Maria Lopez", "Health Foundation", None]


def test_product_names_are_not_people():
    text = (
        "The Sentry Plus camera went on sale in May. Lumera delayed the Nova Pro.\n\n"
        'Derek Onyango runs a letting agency. "I will not pay rent on a lock," he said.'
    )
    assert speakers(text)[0][0] == "Derek Onyango"


def test_surname_that_is_also_a_place_word():
    text = 'Sun-hee Park said the Nova Pro "was never going to be big." Park added: "We move on."'
    assert speakers(text) == [("Sun-hee Park", "said"), ("Sun-hee Park", "added")]


def test_person_known_by_first_name_only():
    text = (
        "Maria Lopez spoke at the meeting. The woman, who asked that only her first name, Denise, be used, "
        'said the water was rising. "We lost everything," she said.'
    )
    assert speakers(text)[-1][0] == "Denise"


def test_qualified_role_refers_back_to_its_holder():
    text = (
        "The turning point came when the Castlegate manager, Graham Doyle, took Idris off.\n\n"
        "'I told them to be patient,' said the Harbourside manager, Luis Ortega.\n\n"
        "Doyle defended it. 'Jamal had a tight hamstring,' the Castlegate manager said."
    )
    assert [s for s, _ in speakers(text)] == ["Luis Ortega", "Graham Doyle"]


def test_person_of_an_organisation_and_a_message_from_someone():
    text = (
        'Sun-hee Park of Kestrel Research called the sell-off "an overreaction."\n\n'
        "A separate message from an engineering manager, whose name was blacked out, told the team that "
        '"nobody is to discuss the issue."'
    )
    found = [s for s, _ in speakers(text)]
    assert found[0] == "Sun-hee Park" and found[1].lower() == "an engineering manager"


def test_first_name_given_before_the_request():
    text = (
        "Dr. Amara Nwosu led the trial. For Linh, 61, a retired bookkeeper who asked that only her first name be "
        'used, the routine stuck.\n\n"At first I felt silly," she said.'
    )
    assert speakers(text)[-1][0] == "Linh"


def test_mr_surname_among_relatives_and_kin_words():
    text = (
        "Farida Haddad builds organs. Her husband, Samir Haddad, keeps the accounts. "
        '"Farida is a genius with a reed pipe," Mr Haddad says.\n\n'
        'Their son, Karim Haddad, joined in 2019. "I love it," Karim says. Judith Okonjo, a customer, praised him.\n\n'
        "His mother is less certain he will stay.\n\n"
        '"He has the hands for it," she says.'
    )
    assert [s for s, _ in speakers(text)] == ["Samir Haddad", "Karim Haddad", "Farida Haddad"]


def test_acronym_rank_and_statement_introduced_earlier():
    text = (
        "The Care Quality Commission (CQC) inspected the ward. The CQC said the unit was "
        '"not consistently safe."\n\n'
        'The Divisional Police Officer, CSP Emmanuel Okon, said: "Stay calm."\n\n'
        "In a statement on Wednesday, the Oyo State Water Corporation said parts were ordered.\n\n"
        '"The Corporation regrets the inconvenience," the statement added.'
    )
    assert [s for s, _ in speakers(text)] == ["Care Quality Commission", "Emmanuel Okon", "Oyo State Water Corporation"]


def test_said_someone_had_promised_a_fragment():
    text = (
        "Liberal Leader Marc-André Thibodeau, campaigning in Moncton, said the Tories had promised "
        "“almost exactly the same thing” in the last two elections."
    )
    assert speakers(text)[0][0] == "Marc-André Thibodeau"


@pytest.mark.parametrize(
    "text",
    [
        "The supporters call him ‘the Ghost’. He scored twice.",
        "The organ, known to generations of cinema-goers simply as “the Mighty Cal”, was restored.",
        "The report downgraded the unit from 'requires improvement' to 'inadequate' on Thursday.",
        "It appeared under the title “Downslope shift in rock wren nesting”, in May.",
        'Water carts whose pushers are known locally as "mai ruwa" are busy.',
    ],
)
def test_nicknames_titles_and_labels_are_terms(text):
    assert [q.kind for q in find_quotes(Article.from_text(text))] and all(
        q.kind == "term" for q in find_quotes(Article.from_text(text))
    )


def test_saint_names_spokesperson_back_reference_and_noun_report():
    text = (
        "Kilcarrig manager Declan Moran was relieved when St Fintan's faded.\n\n"
        "'Fair play to Fintan's, they set up well,' he said.\n\n"
        'A spokesperson for Corvant confirmed the figures and said it was "committed to every employee."\n\n'
        '"We are not commenting further," the spokesperson said.\n\n'
        "Susan Marsh, whose father, Alan, spent 26 hours on a trolley, said the report 'told me nothing new'."
    )
    assert [s for s, _ in speakers(text)] == [
        "Declan Moran", "spokesperson for Corvant", "spokesperson for Corvant", "Susan Marsh",
    ]


def test_cue_before_a_title_reaches_a_later_fragment():
    text = (
        "Natalie Boudreau spoke in Miramichi. Boudreau said the plan, which her party calls “Care Close to Home,” "
        "would cost $84 million and would be paid for by “trimming” consultants’ contracts."
    )
    assert [s for s, _ in speakers(text)] == ["Natalie Boudreau"]


def test_pronouns_inside_quotes_do_not_set_a_gender_and_relative_who():
    text = (
        "Nasrin Haddadi runs the kitchen. Graham Pettifer reviewed it. \"It works,\" Pettifer told me.\n\n"
        "Her sous-chef, Bao Tran, who has worked with her since the second winter, offered a gentler version. "
        "\u201cShe\u2019s strict about the food,\u201d he said.\n\n"
        'Baptiste was joined by Council Member Rosalind Fenn, who called the delay "a vote for the status quo."'
    )
    assert [s for s, _ in speakers(text)][1:] == ["Bao Tran", "Rosalind Fenn"]


def test_statements_spokespeople_updates_signs_and_kin():
    text = (
        "Samuel Kofi Nyarko, a former Member of Parliament, spoke.\n\n"
        '"The count was wrong," the former MP said.\n\n'
        "The Scottish Government said it was in contact. A spokesperson said: 'Ministers recognise the disruption.'\n\n"
        "Late last night Mr Graham Lennox issued a written update. It read:\n\n"
        "'Our engineers have completed the inspection.'\n\n"
        "The shop has put a handwritten notice in its window: 'Sorry, no deliveries'.\n\n"
        "Mehmet Yildiz has worked there since 1994. His daughter, Elif Yildiz, joined last year.\n\n"
        '"My father has given them 30 years," Elif Yildiz said.\n\n'
        'Her father was less hopeful. "When I started, we built cars for the world," he said.'
    )
    found = [(q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    assert found == [
        ("Samuel Kofi Nyarko", "full"),
        ("spokesperson for the Scottish Government", "full"),
        ("Graham Lennox", "full"),
        (None, "term"),
        ("Elif Yildiz", "full"),
        ("Mehmet Yildiz", "full"),
    ]


def test_set_thirteen_patterns():
    text = (
        "The Norwegian Directorate of Fisheries said on Friday that fish had escaped.\n\n"
        "In a statement, the directorate said it was treating the escape \u201cvery seriously\u201d.\n\n"
        "Property agent Grace Tsui Wing-yan called it \u201cthe real test\u201d. Tsui added: \u201cBuyers are back.\u201d\n\n"
        "Eleri Jones, whose children attend the school, spoke after Mr Gareth Jones. "
        "'When the school goes, the village goes,' Mrs Jones said.\n\n"
        'The blockades were called by the Union des Exploitants Agricoles (UEA), which has warned of "a long winter".\n\n'
        'Banners read "No farmers, no food" and "Mercosur = death".\n\n'
        'One reporter then put it to the chief selector directly: "Is this about cricket?"'
    )
    found = [(q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    assert found == [
        ("Norwegian Directorate of Fisheries", "fragment"),
        ("Grace Tsui Wing-yan", "fragment"),
        ("Grace Tsui Wing-yan", "full"),
        ("Eleri Jones", "full"),
        ("Union des Exploitants Agricoles", "fragment"),
        (None, "term"),
        (None, "term"),
        ("One reporter", "full"),
    ]


def test_set_fourteen_patterns():
    """Patterns studied on the ho14_ articles, checked here on sentences written fresh for the test."""
    text = (
        "Pakatan's Datuk Seri Anwar Hamzah Idris beat Dr Siti Aminah Razak in the Kuala Teluk poll.\n\n"
        "\u201cWe listened to the fishermen,\u201d Anwar Hamzah said. Dr Siti Aminah conceded defeat.\n\n"
        "\u201cThe count was fair,\u201d Siti Aminah said, \u201cbut the campaign was not.\u201d\n\n"
        "Independent candidate Peter Tan Boon Huat, a retired pilot, cycled to the count. "
        "\u201cTwo parties are not a choice,\u201d Tan said.\n\n"
        "The firm's head of communications, Wanjiru Achieng, said: \u201cWe have paid every claim.\u201d\n\n"
        "Kettle Valley Mills Ltd runs the weir. The tribunal dismissed the firm's argument that the flood was \u201can act of God\u201d.\n\n"
        "It relied on a 2023 review by the Lake Basin Water Authority (LBWA), which found the weir \u201cbadly maintained\u201d.\n\n"
        "A note made at 2:15 a.m. by a duty nurse reads: \u201cPatient asked for water.\u201d\n\n"
        "A LBWA spokesperson said the authority would \u201cco-operate fully\u201d.\n\n"
        "The regional government of Upper Tarn, which opposed the scheme, said it was \u201cdelighted\u201d.\n\n"
        "Grace Oduya, a teacher, said turnout was high in French-speaking Switzerland. "
        "\u201cIt surprised everyone,\u201d she said.\n\n"
        "The Minister for Rail, Ciar\u00e1n Dunne, was in Cork. Speaking on Monday, he told radio listeners that fares "
        "would \u201chave to rise\u201d.\n\n"
        "An aide close to the board said the dispute had become a 'running battle' by March."
    )
    found = [(q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    assert found == [
        ("Anwar Hamzah Idris", "full"),  # "Anwar Hamzah": the first words of the fuller name
        ("Siti Aminah Razak", "full"),  # after "Dr", "Siti Aminah" begins the name
        ("Siti Aminah Razak", "full"),
        ("Peter Tan Boon Huat", "full"),  # "Tan": a middle word of the fuller name
        ("Wanjiru Achieng", "full"),  # the name between the commas, not the role before it
        ("Kettle Valley Mills Ltd", "fragment"),  # the firm argued that, not the last speaker
        ("Lake Basin Water Authority", "fragment"),  # the review's author
        ("a duty nurse", "full"),  # "11:42 p.m." does not cut the sentence at its colon
        ("spokesperson for the Lake Basin Water Authority", "fragment"),  # the acronym spelled out
        ("regional government of Upper Tarn", "fragment"),  # the government, not the place
        ("Grace Oduya", "full"),  # "Switzerland" is a place, not the "she"
        ("Ciar\u00e1n Dunne", "fragment"),  # "Ciar\u00e1n" is a man's name, accent or not
        ("aide close to the board", "fragment"),  # the aide's words, not a scare-quoted term
    ]


def test_shared_surname_gender_by_elimination():
    text = (
        "The farmers' lawyer, Mulenga Phiri, spoke first. Grace Phiri, a farmer, is not related to him.\n\n"
        "\u201cThe ruling is a start,\u201d Mr Phiri said.\n\n"
        "\u201cWe still buy water,\u201d Mrs Phiri said. She said the well was still green.\n\n"
        "\u201cWe will appeal if we must,\u201d he said."
    )
    assert [q.speaker for q in find_quotes(Article.from_text(text))] == ["Mulenga Phiri", "Grace Phiri", "Mulenga Phiri"]


def test_set_eighteen_patterns():
    """Patterns studied on the tune18_ articles, checked on sentences written fresh for the test."""
    text = (
        "Flames reached the Cascade Range foothills. \u201cWe held the line,\u201d Battalion Chief Ana Ruiz said.\n\n"
        "Ruiz said crews came from Oregon. \u201cTomorrow is harder,\u201d she said.\n\n"
        "\u201cI lost the barn,\u201d said Mary Cole, 64. Her friend, Jane Pike, stood by. "
        "\u201cYou rebuild,\u201d she said. Cole shrugged. \u201cNot at my age.\u201d\n\n"
        "The chief said the wind would drop. \u201cWe'll know by morning,\u201d the chief said.\n\n"
        "Ms Lena Otieno, a trader, said the meeting at which the rise was said to be agreed was \u201ca few friends\u201d.\n\n"
        "The county's Chief Medical Officer, Dr Paul Wekesa, spoke next. \u201cWe are ready,\u201d the CMO said.\n\n"
        "Kisumu East MLA Grace Achieng called it \u201creckless\u201d. \u201cWe will fight it,\u201d the MLA said.\n\n"
        "Ruling party MP Tom Mbeki, a Luo moderate, backed the bill. Opposition MP Rose Wanjiru did not.\n\n"
        "The Luo MP, for his part, said he was confident. \u201cIt will pass,\u201d he said.\n\n"
        "The governor rejected a delay, saying the funds were \u201calready committed\u201d.\n\n"
        "The auditor, Njeri Kamau, filed a report that described the accounts as \u201ca mess\u201d."
    )
    found = [(q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    assert found == [
        ("Ana Ruiz", "full"),
        ("Ana Ruiz", "full"),  # "Cascade Range" and "Oregon" are places, not the "she"
        ("Mary Cole", "full"),
        ("Jane Pike", "full"),
        ("Mary Cole", "full"),  # "Cole shrugged." between two quotes: the beat names the speaker
        ("Ana Ruiz", "full"),  # "Battalion Chief Ana Ruiz" is "the chief"
        ("Lena Otieno", "fragment"),  # "was said to be agreed" is a passive, not her cue
        ("Paul Wekesa", "full"),  # "the CMO": the role spelled out before his name
        ("Grace Achieng", "fragment"),  # "MLA" is a role
        ("Grace Achieng", "full"),
        ("Tom Mbeki", "full"),  # "The Luo MP": the MP the article described as a Luo
        ("The governor", "fragment"),  # "..., saying": the main clause's subject
        ("Njeri Kamau", "fragment"),  # her report described it so
    ]


def _by_opening(text: str) -> tuple[dict, dict]:
    """Speaker and kind of each quote in ``text``, keyed by the quote's first 12 characters."""
    found = [(q.text[:12], q.speaker, q.kind) for q in find_quotes(Article.from_text(text))]
    return {t: s for t, s, _ in found}, {t: k for t, _, k in found}


def test_set_seventeen_patterns():
    """Patterns studied on the tune17_ articles, checked on sentences written fresh for the test."""
    text = (
        "Minister of Housing and Urban Renewal Claudette Myers visited the site.\n\n"
        "\u201cNo family will be left out,\u201d Myers told residents.\n\n"
        "The site manager, Yvonne Pratt, runs the kitchen. \u201cWe need blankets,\u201d she said.\n\n"
        "The site manager was blunter. \u201cWe need them tonight,\u201d she said.\n\n"
        "\u201cThe wind took everything,\u201d said 80-year-old Hyacinth Reid of Bull Bay.\n\n"
        "Desmond Lyle, 41, a welder from Port Antonio, lost his shop. \u201cMi cyaan work,\u201d he said.\n\n"
        "Glenn Harbour Ferries, which has run the crossing since 1998, will stop in May, after Ardmore District Council cut its grant.\n\n"
        "In a statement, the company said: \u201cThe numbers no longer add up.\u201d\n\n"
        "Ingrid Solberg, 77, of Nether Wallop, takes the ferry weekly since she stopped driving. "
        "\u201cIt is my only way out,\u201d she said.\n\n"
        "In a statement, the Office of the Governor said the camp posed \u201cgrave risks\u201d.\n\n"
        "Ruth Bekele, standing beside Ana Ortiz, said she would appeal. \u201cThis is not over,\u201d she said.\n\n"
        "Pablo Ferreira, a spokesman, said the plan Bekele described \u201cnever existed\u201d.\n\n"
        "Ortiz was asked about it. The match did not meet the \u2018clear and convincing\u2019 standard, she said.\n\n"
        "DAVID O'ROURKE insisted his Rovers side deserved more. \u2018We were robbed,\u2019 said the Rovers boss.\n\n"
        "Asked whether Kerr had dived under Lowe\u2019s challenge, the United manager smiled. \u2018He went down,\u2019 he said.\n\n"
        "\u201cI found out from the news,\u201d said one of them, a cashier at the Leeds store who asked not to be named.\n\n"
        "Voltaris said in a statement that plants were exempt. \u201cWe protect critical sites,\u201d the utility said."
    )
    speakers, kinds = _by_opening(text)
    assert speakers["No family wi"] == "Claudette Myers"  # a ministry's long title, then her name
    assert speakers["We need blan"] == "Yvonne Pratt"
    assert speakers["We need them"] == "Yvonne Pratt"  # "The site manager was blunter.": the manager's words
    assert speakers["The wind too"] == "Hyacinth Reid"  # "said 80-year-old Hyacinth Reid"
    assert speakers["Mi cyaan wor"] == "Desmond Lyle"  # "Port Antonio" is a place, not the "he"
    assert speakers["The numbers "] == "Glenn Harbour Ferries"  # not the district council: a council is no company
    assert speakers["It is my onl"] == "Ingrid Solberg"  # "of Nether Wallop" is where she lives
    assert speakers["grave risks"] == "Office of the Governor"  # the office, not a governor
    assert speakers["This is not "] == "Ruth Bekele"  # the subject, not the name in the aside
    assert speakers["never existe"] == "Pablo Ferreira"  # "the plan Bekele described": a relative clause
    assert kinds["clear and co"] == "term"  # "the 'clear and convincing' standard": a label before a noun
    assert speakers["We were robb"] == "David O'Rourke"  # his Rovers side: the Rovers boss; capitals undone
    assert speakers["He went down"] != "Lowe"  # a name in the question is not the one answering
    assert speakers["I found out "].startswith("a cashier")  # "one of them, a cashier ..."
    assert speakers["We protect c"] == "Voltaris"  # "said in a statement": an organisation, and it is the utility


def test_set_twenty_patterns():
    """Patterns studied on the tune20_ articles, checked on sentences written fresh for the test."""
    text = (
        "The Minister for Transport, Eamon Kavanagh, spoke on Monday.\n\n"
        "\u201cWe cannot fund every route,\u201d the Minister said in a statement.\n\n"
        "Independent TD for Cork South Oisín Mac Con Iomaire said the plan had failed. "
        "\u201cIt is a fudge,\u201d Mr Mac Con Iomaire said.\n\n"
        "A spokeswoman for the Department of Finance said the budget was fixed. \u201cThere is no more money,\u201d she said.\n\n"
        "The Garda spokesman said two people were cautioned. \u201cIt was largely calm,\u201d he said.\n\n"
        "\u201cThe elephants came at night,\u201d said Mzee Baraka Mwangemi.\n\n"
        "\u201cWe have no water,\u201d said Ana Lucía Moreno Ibarra, who lives in the neighborhood of Valle de San Pedro.\n\n"
        "Moreno said the tankers never reached Valle de San Pedro. \u201cWe wait and wait,\u201d she said.\n\n"
        "Residents chanted \u201cWater for all\u201d outside city hall.\n\n"
        "Homes in the valley get their water from Aqualis Utilities. "
        "The utility said in a statement that repairs were under way. \u201cCrews are working day and night,\u201d the statement said.\n\n"
        "Dairy lobby group MilkFirst Europe, which staged a protest in May, said the plan was \u201ca betrayal\u201d.\n\n"
        "The Civic Renewal Party filed a complaint. In its complaint, the party termed the spending \u201can abuse of office\u201d.\n\n"
        "A senior party functionary, who did not wish to be named, said the claim was false. \u201cCheck the books,\u201d the functionary said.\n\n"
        "Janet Cole, the councillor, spoke first. \u201cThe mayor keeps promising,\u201d she said.\n\n"
        "A friend of the singer told us: \u2018She is heartbroken.\u2019\n\n"
        "\u2018She has not slept for days.\u2019\n\n"
        "The families get what the council calls \u201cflexi slots,\u201d which start at 6am.\n\n"
        "Some water is delivered by trucks known locally as \u201cpipas.\u201d"
    )
    speakers, kinds = _by_opening(text)
    assert speakers["We cannot fu"] == "Eamon Kavanagh"  # "The Minister for Transport, Eamon Kavanagh," is "the Minister"
    assert speakers["It is a fudg"] == "Oisín Mac Con Iomaire"  # a surname of three words
    assert speakers["There is no "] == "spokeswoman for the Department of Finance"  # the spokeswoman is the "she"
    assert speakers["It was large"] in ("Garda", "Garda spokesman")  # the spokesman speaks for the Garda
    assert speakers["The elephant"] == "Baraka Mwangemi"  # "Mzee" is a title
    assert speakers["We wait and "] == "Ana Lucía Moreno Ibarra"  # "Moreno": the first of two surnames; the place is no person
    assert speakers["Water for al"] == "Residents"  # chanted
    assert speakers["Crews are wo"] == "Aqualis Utilities"  # "The utility said in a statement" then "the statement said"
    assert speakers["a betrayal"] == "MilkFirst Europe"  # not "Dairy"
    assert speakers["an abuse of "] == "Civic Renewal Party"  # "termed" is no cue, "the party" is the subject
    assert speakers["Check the bo"] == "senior party functionary"
    assert speakers["The mayor ke"] == "Janet Cole"  # not "the mayor" named inside the quote itself
    assert speakers["She has not "] == "A friend of the singer"  # follows on; "She" inside the quote is someone else
    assert kinds["flexi slots,"] == "term"  # what the council calls "flexi slots,"
    assert kinds["pipas."] == "term"


def test_set_nineteen_patterns():
    """Patterns studied on the tune19_ articles, checked on sentences written fresh for the test."""
    text = (
        "Riverton Rays coach Paul \u201cBluey\u201d Hanlon named his squad on Friday. "
        "\u201cWe are close,\u201d Hanlon told reporters.\n\n"
        "Star winger Sam Odell was back in training. \u201cThe hamstring is fine,\u201d the 24-year-old said.\n\n"
        "Veteran prop Ioane Leota, a front-rower in his 10th season, said the group was tight. "
        "The veteran front-rower said Odell had trained hard. \u201cHe never stopped,\u201d he said.\n\n"
        "And when he was asked whether Odell would play, the Rays coach shrugged. \u201cWait and see,\u201d he said.\n\n"
        "Prices are rising, according to a broker at a regional grain house in Goi\u00e2nia, who asked not to be named because "
        "he was not authorized to speak. \u201cEveryone is calling,\u201d he said.\n\n"
        "Brazil\u2019s Ministry of Agriculture said in a statement it was \u201cwatching closely\u201d.\n\n"
        "Sitting in the hall was Warsini, 48, a rice farmer. \u201cWe ran at night,\u201d she said.\n\n"
        "\u201cWe clean the rooms at noon,\u201d said Tariq al-Shami, the headmaster.\n\n"
        "Umm Hassan, a 40-year-old mother of three, walks her daughter Lina, 9, to school.\n\n"
        "\u201cI want Lina to finish,\u201d she said.\n\n"
        "At the end of the bar sits Fred, a retired miner. \u2018Call me Fred,\u2019 he says.\n\n"
        "Gaz, who drives a taxi and has drunk here since he was \u2018old enough, and then some\u2019, was at the meeting.\n\n"
        "\u201cYou were not wearing glasses, correct?\u201d Ms Ortega asked.\n\n"
        "\u201cI can see fine,\u201d Dean Pike replied.\n\n"
        "\u201cBut you need them to drive?\u201d\n\n"
        "Ortega has argued that the fire was an accident. In her opening, she called the case \u201ca guess dressed up as proof.\u201d\n\n"
        "The council has asked to list the hall as an \u2018asset of community value\u2019."
    )
    speakers, kinds = _by_opening(text)
    assert speakers["We are close"] == "Paul Hanlon"  # the nickname inside the name is left out
    assert kinds["Bluey"] == "term"
    assert speakers["The hamstrin"] == "Sam Odell"  # "the 24-year-old": the person just named, not the Riverton Rays
    assert speakers["He never sto"] == "Ioane Leota"  # "The veteran front-rower" is the role he was given
    assert speakers["Wait and see"] == "Paul Hanlon"  # "when he was asked whether Odell ...": Odell is the topic
    assert speakers["Everyone is "] == "broker at a regional grain house in Goi\u00e2nia"
    assert speakers["watching clo"] == "Ministry of Agriculture"  # "Brazil’s" is not part of its name
    assert speakers["We ran at ni"] == "Warsini"  # "Warsini, 48,": a person with one name
    assert speakers["We clean the"] == "Tariq al-Shami"
    assert speakers["I want Lina "] == "Umm Hassan"  # the paragraph before is about her, Lina is her daughter
    assert speakers["Call me Fred"] == "Fred"  # "Fred, a retired miner" is a named person, not an anonymous one
    assert speakers["old enough, "] == "Gaz"
    assert speakers["But you need"] == "Ortega"  # the questioner's turn in a question-and-answer exchange
    assert speakers["a guess dres"] == "Ortega"
    assert kinds["asset of com"] == "term"  # "to list the hall as an ‘asset of community value’"


def test_set_twenty_two_patterns():
    """Patterns studied on the tune22_ articles, checked on sentences written fresh for the test."""
    text = (
        "Kranji Heights MP Tay Hui Min said she had received complaints. \u201cWe need answers,\u201d wrote Ms Tay.\n\n"
        "\u201cI waited an hour,\u201d said Madam Siti Aminah, a cleaner.\n\n"
        "\u201cWe will strike,\u201d said Comrade Tunde Bakare, the union leader.\n\n"
        "In a statement, the Minister of State for Power, Chief Obinna Eze, appealed for calm.\n\n"
        "\u201cStay calm,\u201d the minister said.\n\n"
        "Le Van Hung, 60, and his wife, Tran Thi Mai Anh, grow rice in Cho Lach district.\n\n"
        "\u201cThe salt came early,\u201d Anh said.\n\n"
        "Her husband nodded. \u201cIt always does now,\u201d he said.\n\n"
        "\u201cHe loved the game,\u201d said his wife of 40 years, Joan Mercer.\n\n"
        "Mark Pryce has led the club since 2019. But Pryce was in no mood to talk yesterday. \u2018We are not selling,\u2019 said the Rovers boss.\n\n"
        "The manager added: \u2018He stays.\u2019\n\n"
        "One fans\u2019 group, the Rovers Supporters\u2019 Trust, said in a statement: \u2018We back the manager.\u2019"
    )
    speakers, _ = _by_opening(text)
    assert speakers["We need answ"] == "Tay Hui Min"  # family name first, after a role
    assert speakers["I waited an "] == "Siti Aminah"  # "Madam" is a title
    assert speakers["We will stri"] == "Tunde Bakare"  # so is "Comrade"
    assert speakers["Stay calm,"] == "Obinna Eze"  # "the Minister of State for Power, Chief Obinna Eze,"
    assert speakers["The salt cam"] == "Tran Thi Mai Anh"  # "Cho Lach district" is a place
    assert speakers["It always do"] == "Le Van Hung"  # "Her husband": the man named with "his wife"
    assert speakers["He loved the"] == "Joan Mercer"  # "said his wife of 40 years, Joan Mercer"
    assert speakers["We are not s"] == "Mark Pryce"  # the person the writer was just talking about
    assert speakers["He stays."] == speakers["We are not s"]  # "The manager added:"
    assert speakers["We back the "] == "Rovers Supporters\u2019 Trust"  # the group named in the aside


def test_set_twenty_one_patterns():
    """Patterns studied on the tune21_ articles, checked on sentences written fresh for the test."""
    text = (
        "The chief executive of Harbourline told MPs on Monday that the ferry had \u201cfailed its passengers\u201d.\n\n"
        "Joanna Brisk, who has run the company since 2020, appeared before the transport committee.\n\n"
        "\u201cWe own this,\u201d the chief executive said.\n\n"
        "Police Sgt. Mateo Ruiz Pardo, who leads the unit, spoke briefly. \u201cWe will not use force,\u201d Ruiz said.\n\n"
        "Kestrel Minerals S.A. said in a statement that it would cooperate. \u201cWe respect the community,\u201d the company said.\n\n"
        "Harvest Paper announced Friday that it would close the mill. "
        "\u201cThis was not an easy choice,\u201d the Toronto-based company said in a statement.\n\n"
        "The Tidewater Consortium, which runs the locks, apologised. \u201cWe regret the delay,\u201d the consortium said.\n\n"
        "Sen. Laura Finch, R-Iowa, chaired the hearing. \u201cWho signed it?\u201d the senator asked.\n\n"
        "\u201cThe deputy director,\u201d Mr. Kane replied.\n\n"
        "\u201cAnd who was that?\u201d\n\n"
        "\u201cPaul Ostrow.\u201d\n\n"
        "One junior doctor, who asked not to be named, described the rota as unsafe. \u201cWe are exhausted,\u201d the junior said.\n\n"
        "Nimbus Labs makes drones. A Nimbus spokesperson said the company \u201cvalues every employee\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["failed its p"] == "Joanna Brisk"  # the role in the first paragraph, her name in the second
    assert speakers["We own this,"] == "Joanna Brisk"
    assert speakers["We will not "] == "Mateo Ruiz Pardo"  # "Police Sgt.": a force and a rank before the name
    assert speakers["We respect t"] == "Kestrel Minerals S.A."  # "S.A." is a company's legal form
    assert speakers["This was not"] == "Harvest Paper"  # "announced ... that it would": an organisation
    assert speakers["We regret th"] == "Tidewater Consortium"
    assert speakers["Who signed i"] == "Laura Finch"  # "Sen." is "the senator"
    assert speakers["And who was "] == "Laura Finch"  # the questioner's turn
    assert speakers["Paul Ostrow."] == "Kane"  # and the answer after a question
    assert speakers["We are exhau"] == "junior doctor"  # "the junior" after "One junior doctor"
    assert speakers["values every"] == "spokesperson for Nimbus Labs"


def test_set_twenty_three_patterns():
    """Patterns studied on the tune23_ articles, checked on sentences written fresh for the test."""
    text = (
        "\u201cThe water is rising,\u201d said Kaumātua Rewi Parata.\n\n"
        "Niran Boonmee, a 40-year-old boatman known to his friends as Nok, ferried families out. "
        "\u201cWe know the deep water,\u201d Nok said.\n\n"
        "\u201cHave you spoken to Dale Hendry?\u201d a reporter asked.\n\n"
        "Hendry, a car dealer, said on the radio that the decision was \u201ca disgrace\u201d.\n\n"
        "Sen. Mary Cole, R-Dayton, who chairs the committee, spoke first. "
        "Sen. Ana Ruiz, D-Toledo, the ranking Democrat, said Cole's caucus had moved \u201cthe goalposts again\u201d.\n\n"
        "Tesfaye Bekele, chairman of the Oromia Growers Union, spoke to farmers. \u201cWait for a better price,\u201d the chairman said.\n\n"
        "Head coach Ray Dunn picked the side. Asked whether money had played a part, the veteran coach shook his head. \u201cNever,\u201d he said.\n\n"
        "Mr Lane\u2019s wife, Rita Lane, 52, said the family were \u201crelieved\u201d.\n\n"
        "\u201cWe just want him home.\u201d\n\n"
        "The North Jutland Region said in a statement it was hiring. \u201cFour doctors start in March,\u201d the region said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The water is"] == "Rewi Parata"  # "Kaumātua" is a title
    assert speakers["We know the "] == "Niran Boonmee"  # "known to his friends as Nok"
    assert speakers["a disgrace"] == "Dale Hendry"  # his full name was only said inside a quote
    assert speakers["the goalpost"] == "Ana Ruiz"  # "D-Toledo" is a party tag, "Cole's caucus" the topic
    assert speakers["Wait for a b"] == "Tesfaye Bekele"  # "chairman of ..." with no article
    assert speakers["Never,"] == "Ray Dunn"  # "the veteran coach shook his head": the coach, not the topic
    assert speakers["We just want"] == "Rita Lane"  # "Mr Lane’s wife, Rita Lane,"
    assert speakers["Four doctors"] == "North Jutland Region"  # "the region said"


def test_set_twenty_four_patterns():
    """Patterns studied on the tune24_ articles, checked on sentences written fresh for the test."""
    text = (
        "The Ministry of Culture, Youth and Sport said in a statement that museums would stay open. "
        "\u201cVisitors are safe,\u201d the statement said.\n\n"
        "Anika Rao, a partner at Lotus Ventures, said in a LinkedIn post on Friday: \u201cWe back the founders.\u201d\n\n"
        "\u201cWe play for the badge,\u201d said coach Rui Falcao, who arrived in June.\n\n"
        "\u201cThere are no shortcuts,\u201d the Portuguese said.\n\n"
        "Claire Duval, 58, a retired nurse, came with her husband, Olivier, for a week.\n\n"
        "\u201cWe love the heat,\u201d Mrs. Duval said. \u201cIt is an adventure,\u201d said Mr. Duval.\n\n"
        "\u2018Nobody here is against wind power,\u2019 said the council\u2019s convener, Eilidh MacLeod.\n\n"
        "Strikers from the Union des Dockers de Marseille walked out. The union said the strike would last \u201cuntil the reform is withdrawn\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Visitors are"] == "Ministry of Culture, Youth and Sport"  # a ministry with a list of portfolios
    assert speakers["We back the "] == "Anika Rao"  # "a LinkedIn post": a noun, not the cue
    assert speakers["There are no"] == "Rui Falcao"  # "the Portuguese": the coach the article is describing
    assert speakers["It is an adv"] == "Olivier Duval"  # "her husband, Olivier," then "Mr. Duval"
    assert speakers["We love the "] == "Claire Duval"
    assert speakers["Nobody here "] == "Eilidh MacLeod"  # "said the council’s convener, Name"
    assert speakers["until the re"] == "Union des Dockers de Marseille"  # "des" joins a French name


def test_set_twenty_six_patterns():
    """Patterns studied on the tune26_ articles, checked on sentences written fresh for the test."""
    text = (
        "Adaeze Okonkwo-Bello was on Monday declared governor-elect of Enugu State after a long count. "
        "The governor-elect called it \u201ca win for patience\u201d.\n\n"
        "The chief returning officer, Professor Musa Garba, read the figures. \u201cThe count is final,\u201d the returning officer said.\n\n"
        "Citizens\u2019 Vote Watch said the count had been \u201cmostly orderly\u201d.\n\n"
        "The carmaker Voss Antriebe AG will cut 900 jobs, the company said. \u201cWe remain committed to Kassel,\u201d the company said.\n\n"
        "Lower Saxony\u2019s economy minister, Jens Harder, asked for talks. \u201cWe expect a partner,\u201d he said.\n\n"
        "The selector praised Sri Lanka\u2019s approach. Fawad Iqbal, the chief selector, said the panel \u201clooked ahead\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["a win for pa"] == "Adaeze Okonkwo-Bello"  # "declared governor-elect of Enugu State"
    assert speakers["The count is"] == "Musa Garba"  # "The chief returning officer, Professor Musa Garba,"
    assert speakers["mostly order"] == "Citizens\u2019 Vote Watch"
    assert speakers["We remain co"] == "Voss Antriebe AG"  # "AG": a company
    assert speakers["We expect a "] == "Jens Harder"  # "Lower Saxony’s economy minister" is a place's minister
    assert speakers["looked ahead"] == "Fawad Iqbal"  # "Sri Lanka" is a country, not a person called Lanka


def test_held_out_seventeen_patterns():
    """Patterns studied on the ho17_ articles after their one held-out measurement, on fresh sentences."""
    text = (
        "TARNOW \u2014 A PENSIONER has been fined \u00a380 for feeding pigeons \u2013 and says she feels \u2018like a criminal\u2019.\n\n"
        "Grandmother Edith Lowry, 84, said she had fed the birds for 30 years.\n\n"
        "\u201cWe are watching the slick,\u201d said Petty Officer 1st Class Dana Ruiz, a Coast Guard spokesperson.\n\n"
        "The owner, Rotterdam-based Kessel Marine, said it would \u201cpay every cent\u201d.\n\n"
        "Widower Walter Ames, 79, was angry. \u201cNobody asked us,\u201d said Mr Ames.\n\n"
        "One tenant, Mrs Grace Obi, a retired nurse, wept as she spoke.\n\n"
        "\u201cThis flat is all I have,\u201d she lamented.\n\n"
        "\u201cIt is a young male,\u201d the wildlife protection officer (WPO) said.\n\n"
        "WPO Arjun Nair said traps had been set.\n\n"
        "\u201cYou could see the mould,\u201d the show\u2019s chief judge said of the cake.\n\n"
        "Lena Voss, chief judge of the county show since 2015, said the rules were clear.\n\n"
        "Tom Reid has driven ice roads for 20 years. He fears the stretch that drivers call \u201cthe widowmaker.\u201d\n\n"
        "\u201cYou listen to the ice the whole way,\u201d he said."
    )
    speakers, kinds = _by_opening(text)
    assert speakers["like a crimi"] == "Edith Lowry"  # "A PENSIONER" in capitals, named in the next paragraph
    assert speakers["We are watch"] == "Dana Ruiz"  # "1st Class" is part of the rank
    assert speakers["pay every ce"] == "Kessel Marine"  # "Rotterdam-based" is not part of the name
    assert speakers["Nobody asked"] == "Walter Ames"  # "Widower" is a description
    assert speakers["This flat is"] == "Grace Obi"  # "she lamented"
    assert speakers["It is a youn"] == "Arjun Nair"  # the role's short form names him next
    assert speakers["You could se"] == "Lena Voss"  # "chief judge of the county show"
    assert kinds["the widowmak"] == "term"  # "that drivers call": a name for a place
    assert speakers["You listen t"] == "Tom Reid"


def test_held_out_eighteen_patterns():
    """Patterns studied on the ho18_ articles after their one held-out measurement, on fresh sentences."""
    text = (
        "OSLO, Dec 2 \u2013 Fjordvik Foods cut its forecast on Monday, calling demand \u201csoft\u201d.\n\n"
        "Hearing the case, Justice Amina Qureshi said the delay was unacceptable. "
        "\u201cThis cannot go on,\u201d the judge observed.\n\n"
        "Ghulam Haider Shah, head of the traders\u2019 group, called the rules \u201cunfair\u201d.\n\n"
        "\u201cThe river is dying,\u201d said Nana Kwaku Boateng III, the paramount chief."
    )
    speakers, _ = _by_opening(text)
    assert speakers["soft"] == "Fjordvik Foods"  # "OSLO, Dec 2 –" is a dateline
    assert speakers["This cannot "] == "Amina Qureshi"  # "Justice" makes her "the judge"
    assert speakers["unfair"] == "Ghulam Haider Shah"  # "Ghulam" is a given name
    assert speakers["The river is"] == "Kwaku Boateng III"  # "Nana" is a chief's title


def test_held_out_eighteen_patterns_after_study():
    """More ho18_ patterns (a role of an organisation before the name, an anonymous source of unknown gender)."""
    text = (
        "\u201cWe cannot pump mud,\u201d the Eastern Regional Director of Volta Grid, Mr Samuel Kwame Owusu, told this reporter.\n\n"
        "\u201cIt is done,\u201d the head of communications at Norvik Ports, Lise Aaberg, said on Monday.\n\n"
        "A charcoal burner at Mpanda, a hamlet near the forest, who did not want to be named for fear of arrest, "
        "told this reporter that nobody had other work.\n\n"
        "\u201cIf they give us jobs, we will leave the forest,\u201d he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We cannot pu"] == "Samuel Kwame Owusu"  # the director, not the company he directs
    assert speakers["It is done,"] == "Lise Aaberg"
    assert speakers["If they give"] == "charcoal burner"  # nobody named since: the anonymous source


def test_he_said_still_prefers_a_named_man_over_an_older_anonymous_source():
    text = (
        "A shopkeeper, who asked not to be named, said trade was slow.\n\n"
        "Then the mayor, Tomas Berg, arrived. \u201cWe will reopen the road,\u201d he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We will reop"] == "Tomas Berg"


def test_set_nineteen_and_twenty_seven_names():
    """Names studied on the ho19_ and tune27_ articles, checked on fresh sentences: titles from Zimbabwe and
    Fiji, initials, a middle name that is also a title, long titles with names the name list does not know."""
    cases = {
        "Cde Tendai Marufu Chidzikwe said it": ("Tendai Marufu Chidzikwe", "Cde"),
        "Ratu Josaia Naulu Matanitobua said it": ("Josaia Naulu Matanitobua", "Ratu"),
        "Adi Mereani Tuilau said it": ("Mereani Tuilau", "Adi"),
        "district collector R. K. Venkatesan said it": ("R. K. Venkatesan", None),
        "Passenger Suwarni said it": ("Suwarni", "Passenger"),
        "Kupang Regent Yohanes Dethan Lamabelawa said it": ("Yohanes Dethan Lamabelawa", "Kupang Regent"),
        "Jordan's Minister of Water and Irrigation Raed Nabil Al-Khatib said it": ("Raed Nabil Al-Khatib", "Minister of Water and Irrigation"),
        "Opposition MP for Tunapuna East Kavita Ramdeen-Lewis said it": ("Kavita Ramdeen-Lewis", "MP for Tunapuna East"),
        "Secretary of State for Health Wes Streeting said it": ("Wes Streeting", "Secretary of State for Health"),
    }
    for text, (name, role) in cases.items():
        found = [(m.name, m.role) for m in find_people(text) if m.kind == "person"]
        assert found == [(name, role)], (text, found)
    assert [m for m in find_people("the Minister of Foreign Affairs said it") if m.kind == "person"] == []
    assert [m.name for m in find_people("Anjali Kumari Thapa said it")] == ["Anjali Kumari Thapa"]


def test_set_nineteen_and_twenty_seven_attribution():
    """Organisations and paragraph subjects studied on the ho19_ and tune27_ articles, on fresh sentences."""
    text = (
        "The Lake Basin Water Authority (Labwa) raised tariffs on Monday.\n\n"
        "\u201cThe tariff is not a tax,\u201d Labwa said.\n\n"
        "The council has given Kariba Copper (Private) Limited 30 days to pay.\n\n"
        "Kariba Copper, in a statement issued on Friday, said it \u201cremains committed to the district\u201d.\n\n"
        "In a statement, heritage NGO Din l-Art Ħelwa Nostra said the ruling was \u201clong overdue\u201d.\n\n"
        "\u201cWe planted in October,\u201d said Mai Rutendo Mapfumo, a farmer.\n\n"
        "Panthers coach Leland Okoye called the fourth down \u201cthe right call\u201d and said he would do it again.\n\n"
        "\u201cI trust my players,\u201d he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The tariff i"] == "Lake Basin Water Authority"  # "Labwa" is spelled out in brackets
    assert speakers["remains comm"] == "Kariba Copper (Private) Limited"
    assert speakers["long overdue"] == "Din l-Art Ħelwa Nostra"
    assert speakers["We planted i"] == "Rutendo Mapfumo"  # "Mai" is a Shona title before a full name
    assert speakers["I trust my p"] == "Leland Okoye"  # the subject of the paragraph before, its fragment aside


def test_set_nineteen_and_twenty_seven_more_patterns():
    """More ho19_/tune27_ patterns on fresh sentences: an anonymous source with no comma before "who", an
    airline whose name ends in "Air", a fragment in a "where" clause, a name with initials before an aside
    naming a place, a Speaker of a House, a portfolio title that opens its paragraph."""
    text = (
        "A senior Roads Division engineer, who asked not to be named because he is not authorised to speak, said "
        "the bridge was unsafe.\n\n"
        "\u201cWe cannot patch it again,\u201d he said.\n\n"
        "Pacific Wings Air said in a statement that it was \u201cworking with investigators\u201d.\n\n"
        "The vote was taken at a tense meeting on Monday, where Ward 4 councillor Nyasha Chikore accused the firm of "
        "\u201cstealing our roads\u201d.\n\n"
        "But K. R. Deshpande, a 70-year-old retired teacher from Ganesh Peth, said the water came \u201conly at night\u201d.\n\n"
        "House Speaker Natalie Baptiste-Ramkissoon called the exchange \u201cbeneath this chamber\u201d.\n\n"
        "A market porter who declined to be named said her brother had lost his stall.\n\n"
        "\u201cHe has nothing now,\u201d she said.\n\n"
        "Minister of State for Provincial Affairs in the province, Cde Farai Dube-Ncube, urged calm.\n\n"
        "\u201cWe want the road built,\u201d said the Minister."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We cannot pa"] == "senior Roads Division engineer"
    assert speakers["working with"] == "Pacific Wings Air"
    assert speakers["stealing our"] == "Nyasha Chikore"
    assert speakers["only at nigh"] == "K. R. Deshpande"
    assert speakers["beneath this"] == "Natalie Baptiste-Ramkissoon"
    assert speakers["He has nothi"] == "market porter"
    assert speakers["We want the "] == "Farai Dube-Ncube"


def test_documents_name_who_issued_them():
    """"the report states", "the post read": a document speaks for whoever issued it, named a paragraph or two
    before ("prepared by ... firm X", "X said in an interim report", "X posted a notice", "In a statement, X urged")."""
    text = (
        "The review, titled \u2018Harbour Futures\u2019 and prepared by Cairns firm Tidewater Analytics, found "
        "traffic had halved.\n\n"
        "\u2018Without dredging, the harbour will close to large ships by 2030,\u2019 the review states.\n\n"
        "An expert group set up by the state, the Coastal Erosion Advisory Panel, said in an interim report "
        "released in May that the dunes were retreating.\n\n"
        "\u2018The trend cannot be reversed by sand alone,\u2019 the report said.\n\n"
        "On Tuesday, the Kinsella Bay residents\u2019 association posted a notice of its own on Facebook.\n\n"
        "\u2018Please keep off the dunes,\u2019 the post read.\n\n"
        "In a statement, the Northern Growers Council urged the minister to act.\n\n"
        "\u2018Farmers cannot wait another season,\u2019 the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Without dred"] == "Tidewater Analytics"
    assert speakers["The trend ca"] == "Coastal Erosion Advisory Panel"
    assert speakers["Please keep "] == "Kinsella Bay residents\u2019 association"
    assert speakers["Farmers cann"] == "Northern Growers Council"


def test_dateline_with_a_colon_and_a_country_of_two_words():
    """"LAHORE: Pakistan’s chief selector X ..., saying ...": the dateline is not the subject, and "Sri Lanka"
    at the end of the sentence is a country, not the person who is "saying" it."""
    text = (
        "KARACHI: Pakistan\u2019s hockey coach Tariq Mehmood Butt on Monday defended dropping two forwards for the "
        "series against Sri Lanka, saying the team had \u201cplanned for the next Olympics\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["planned for "] == "Tariq Mehmood Butt"
    assert not [m for m in find_people("a tour of New Zealand and Sri Lanka") if m.kind == "person"]


def test_a_paper_named_with_the_and_an_opening_gerund_are_not_people():
    text = (
        "Responding to queries from the Clarion, a spokesperson for Dunmore County Council said the plan "
        "\u2018remains at an early stage\u2019.\n\n"
        "\u2018The council is committed to talking to every landowner,\u2019 the spokesperson added."
    )
    speakers, _ = _by_opening(text)
    assert "Clarion" not in speakers.values()
    assert speakers["The council "] == speakers["remains at a"]
    assert not [m for m in find_people("Responding to queries from the Clarion, she said") if m.kind == "person"]


def test_set_twenty_patterns():
    """ho20_ patterns on fresh sentences: long Pakistani titles with "in the", "Syed"/"Mian" as part of a name,
    an MPA, a "Kot" place, a Welsh "ap", a Ghanaian Omanhene and his Traditional Area, the second half of a
    split quote after "said Mr X,", and a title cut short before a name."""
    cases = {
        "Leader of the Opposition in the Punjab Assembly Mian Tariq Mehmood Kasuri said it":
            ("Mian Tariq Mehmood Kasuri", "Leader of the Opposition in the Punjab Assembly"),
        "moved by MPA Syeda Rukhsana Bano Shah, said it": ("Syeda Rukhsana Bano Shah", "MPA"),
        "Rhodri ap Hywel said it": ("Rhodri ap Hywel", None),
        "the Punjab Assembly Mian Tariq Mehmood Kasuri said it": ("Mian Tariq Mehmood Kasuri", None),
    }
    for text, (name, role) in cases.items():
        found = [(m.name, m.role) for m in find_people(text) if m.kind == "person"]
        assert found == [(name, role)], (text, found)
    assert not [m for m in find_people("relief camps in Kot Addu last week") if m.kind == "person"]
    text = (
        "The Omanhene of the Asante Akim Traditional Area, Nana Kwabena Owusu Ababio III, met farmers.\n\n"
        "The Omanhene described the delay as \u201ca scandal\u201d.\n\n"
        "Leader of the Opposition Mian Tariq Mehmood Kasuri spoke first.\n\n"
        "\"Families are sleeping in tents,\" said Mr Kasuri, \"while cards are handed out to friends.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["a scandal"] == "Kwabena Owusu Ababio III"
    assert speakers["Families are"] == speakers["while cards "] == "Mian Tariq Mehmood Kasuri"


def test_set_twenty_ledes_and_long_names():
    """A lede that withholds the speaker's name ("A lawmaker has accused ...", "The council has been accused of
    ..."), a long body name before a role and a name after an inverted cue, and "Dean" as a given name."""
    text = (
        "Headline about the lifts\n\n"
        "A councillor has accused the utility of leaving old people \u201cstuck in the dark\u201d, after repairs "
        "ran late.\n\n"
        "Mereana Te Awa, who chairs the housing committee, said on Monday that some tenants had not gone out.\n\n"
        "\u201cThey stop going out,\u201d she said.\n\n"
        "\"We are not against order,\" said Kisumu Boda Boda Riders Welfare Association chairman Peter Otieno "
        "Owino. \"We are against the new stage.\"\n\n"
        "Local oyster farmer Dean Matthewson said the spill was hurting trade."
    )
    speakers, _ = _by_opening(text)
    assert speakers["stuck in the"] == "Mereana Te Awa"
    assert speakers["We are not a"] == "Peter Otieno Owino"
    assert [m.name for m in find_people("Local oyster farmer Dean Matthewson said") if m.kind == "person"] == ["Dean Matthewson"]
    text2 = (
        "Headline about the quarry\n\n"
        "The Government has been accused of leaving a village \u2018at the mercy\u2019 of a quarry operator.\n\n"
        "Raising the matter on Wednesday, Independent TD Siobhán Ní Bhriain said families had been ignored."
    )
    speakers2, _ = _by_opening(text2)
    assert speakers2["at the mercy"] == "Siobhán Ní Bhriain"


def test_reports_named_by_their_body():
    """"A 2019 council report described ...": the council's words; "a report by the city's Office of X, which
    found that ...": the office's."""
    text = (
        "Headline about pipes\n\n"
        "The Tarawera District Council wants to renew its consent.\n\n"
        "A 2019 council report, however, described the pipe as \"close to failing\" and urged a review.\n\n"
        "Mayor Ana Ruiz pointed to a report by the city's Office of Air Quality, which found that a blower can emit "
        "\"more pollution than a car driven 1,000 miles.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["close to fai"] == "Tarawera District Council"
    assert speakers["more polluti"] == "Office of Air Quality"


def test_capitalised_anonymous_source_and_an_aside_before_and():
    text = (
        "The deal was signed on Friday.\n\n"
        "A Treasury official familiar with the talks said the land was \u201cstill contested\u201d.\n\n"
        "Mereana Walker, the region\u2019s emergency minister, flew into Taupo on Sunday and called the fires "
        "\u201cunpredictable\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["still contes"] == "Treasury official familiar with the talks"
    assert speakers["unpredictabl"] == "Mereana Walker"


def test_set_twenty_two_and_twenty_eight_names():
    """ho22_/tune28_ names on fresh sentences: Setswana and English council titles, a deputy minister's
    portfolio, an additional advocate-general, a hamlet as a local government, an MP's seat before the role,
    double particles ("van der"), and a nationality before a name."""
    cases = {
        "Rra Kabelo Modise said it": [("Kabelo Modise", "Rra")],
        "Coun Helen Brierley said it": [("Helen Brierley", "Coun")],
        "Deputy Minister of Trade Nimal Perera told Parliament": [("Nimal Perera", "Deputy Minister of Trade")],
        "Additional Advocate-General R. Kannan told the court": [("R. Kannan", "Additional Advocate-General")],
        "St Andrew MP Kerry Symmonds said it": [("Kerry Symmonds", "St Andrew MP")],
        "councillor Anna-Marie van der Merwe said it": [("Anna-Marie van der Merwe", None)],
        "Venezuelan Yorman Pérez Castillo said it": [("Yorman Pérez Castillo", "Venezuelan")],
        "Kenyan runner Eliud Kiprop said it": [("Eliud Kiprop", None)],
    }
    for text, expected in cases.items():
        found = [(m.name, m.role) for m in find_people(text) if m.kind == "person"]
        assert found == expected, (text, found)
    assert [(m.name, m.kind) for m in find_people("the Hamlet of Arviat wrote")] == [("Hamlet of Arviat", "org")]
    text = "Kgosi Thato Ramokate met the farmers on Monday.\n\n\u201cI have called them three times,\u201d the chief said."
    speakers, _ = _by_opening(text)
    assert speakers["I have calle"] == "Thato Ramokate"


def test_unnamed_source_familiar_with_a_named_project():
    """"A contractor familiar with the Sungai Tepus project, who declined to be named, said ...": the
    contractor, not the river the project is named after; a waiter is an unnamed source too."""
    text = (
        "The pump house was never built.\n\n"
        "A contractor familiar with the Sungai Besar project, who declined to be named, said costs had made the "
        "price \"impossible\".\n\n"
        "\"When we tendered, steel was one price,\" he said.\n\n"
        "A waiter at the hotel, who asked not to be named, said the guests had left early.\n\n"
        "\"They were scared,\" she said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["impossible"] == speakers["When we tend"] == "contractor familiar with the Sungai Besar project"
    assert speakers["They were sc"] == "waiter at the hotel"


def test_statements_and_assessments_of_bodies():
    """"X, in a statement issued on Tuesday, said ..." then "the statement read"; "Consumer Watch Jamaica" (a
    body named for its country); "The council's own impact assessment says ..."; an MK is a member of a
    parliament."""
    text = (
        "The Rift Valley Drought Response Commission, in a statement issued on Tuesday, said food had been sent.\n\n"
        "\u201cThe scale of the need exceeds our capacity,\u201d the statement read.\n\n"
        "In a statement last night, Consumer Watch Jamaica said the rise was unfair.\n\n"
        "\u201cPeople will pay more for less,\u201d the statement said.\n\n"
        "The Dunmore Council said it would act. The council\u2019s own impact assessment says the plan \u2018will "
        "not raise crime\u2019.\n\n"
        "Likud MK Avi Ben-David wrote on X: \u201cThis is a disgrace.\u201d"
    )
    speakers, _ = _by_opening(text)
    assert speakers["The scale of"] == "Rift Valley Drought Response Commission"
    assert speakers["People will "] == "Consumer Watch Jamaica"
    assert speakers["will not rai"] == "Dunmore Council"
    assert speakers["This is a di"] == "Avi Ben-David"


def test_session_eight_hearing_patterns():
    """A nickname in straight quotes inside a name ('Sen. Ramon "Bong" Villareal') for a given name the list
    lacks; "Pressed by X, Y admitted ... '...,' he said" (Y answers, not X); "a report of the Commission on
    Audit (COA), which ..., flagged ..."; a party tag with a two-word district ("R-Broken Arrow")."""
    text = (
        'Committee chair Sen. Arnulfo "Jun" Dimaculangan opened the hearing on Tuesday.\n\n'
        '"Where did the money go?" Dimaculangan asked.\n\n'
        '"We relied on the engineers," said Sen. Marisol Tabuena-Cruz.\n\n'
        "Pressed by Tabuena-Cruz, district engineer Felimon Ocampo admitted he had not visited the sites. "
        '"I accept," he said, "that I should have gone."\n\n'
        "A 2024 report of the Commission on Audit (COA), which senators entered into the record, flagged the "
        'dikes as having "no physical progress" at all.\n\n'
        "The House's lead negotiator, Rep. Lorna Pettibone, R-Glen Rose, said the chambers were \"not far "
        'apart\" on Friday.'
    )
    speakers, _ = _by_opening(text)
    assert speakers["Where did th"] == "Arnulfo Dimaculangan"
    assert speakers["I accept,"] == speakers["that I shoul"] == "Felimon Ocampo"
    assert speakers["no physical "] == "Commission on Audit"
    assert speakers["not far apar"] == "Lorna Pettibone"


def test_session_eight_sources_after_a_connective():
    """"However, a senior employee, who ..., told The Standard that ..."; "In a statement, the X Agency (XA),
    which ..., said ..."; "arap" inside a Kalenjin name; "..., a claim X dismissed as '...'" (X's words)."""
    text = (
        '"We cannot live on this," said Mzee Kiprono arap Chepkwony, 68, a grower from Kapsoit.\n\n'
        "The board chairman, Wilson Kibet Langat, defended the payout. \"Prices fell,\" Langat said.\n\n"
        "However, a senior clerk at the factory, who requested anonymity, told reporters that the dryer "
        'was "never installed".\n\n'
        '"They paid for a machine that does not exist," he said.\n\n'
        "In a statement, the Highland Growers Authority (HGA), which oversees the factory, said prices were hit by "
        '"a global glut".\n\n'
        "Residents alleged the plot was sold \"to a politician's friend\", a claim Langat dismissed as \"pure fiction\".\n\n"
        'Mzee arap Chepkwony said farmers would uproot the bushes. "We shall plant maize," he said.'
    )
    speakers, _ = _by_opening(text)
    assert speakers["We cannot li"] == speakers["We shall pla"] == "Kiprono arap Chepkwony"
    # (the scorer ignores a leading article, as the gold conventions say)
    assert {re.sub(r"^A ", "", speakers[k]) for k in ("never instal", "They paid fo")} == {"senior clerk at the factory"}
    assert speakers["a global glu"] == "Highland Growers Authority"
    assert speakers["pure fiction"] == "Wilson Kibet Langat"


def test_session_eight_roles_bulletins_and_beats():
    """"The mayor of X, Name, said" then "the mayor wrote:"; "the department's weekly bulletin" then "the bulletin
    said" (the department's words); a quote after "At the pump on Monday, retired nurse Name, 68, was ..."."""
    text = (
        "The Rural Water Board (RWB) cut supplies to four villages. The mayor of Agios Theodoros, Maria "
        "Konstantinou-Hadji, said residents learned of it from the radio.\n\n"
        "The board chairman, Petros Ioannides, rejected the criticism. \u2018We wrote to everyone,\u2019 Ioannides said.\n\n"
        "In a post on her Facebook page, the mayor wrote: \u2018We will go to court.\u2019\n\n"
        "He pointed to the board\u2019s latest weekly bulletin, which recorded almost no rain.\n\n"
        "\u2018Reservoir levels remain critical,\u2019 the bulletin said.\n\n"
        "At the village pump in Agios Theodoros on Monday, retired nurse Eleni Savva, 68, was filling jerrycans. "
        "\u2018We have seen this before.\u2019"
    )
    speakers, _ = _by_opening(text)
    assert speakers["We will go t"] == "Maria Konstantinou-Hadji"
    assert speakers["Reservoir le"] == "Rural Water Board"
    assert speakers["We have seen"] == "Eleni Savva"


def test_session_eight_unnamed_sources_and_documents():
    """"Outside the meeting, a crewman from one of ..., who did not want to be named, said ... 'grim'"; "A former
    project coordinator at the firm, who spoke to CNA on condition of anonymity"; "The X Government, in a
    statement on Sunday, said ... and described the strike as '...'"; "the 'Y Survey', commissioned from Perth
    engineers Z, which warned that ... '...'"."""
    text = (
        "Councillor Moira Baird said no. \u2018I have sympathy,\u2019 she said.\n\n"
        "Outside the hall, a deckhand from one of the harbour\u2019s last creel boats, who did not want to be named, "
        "said the mood was \u2018bleak\u2019.\n\n"
        "\u2018The young ones are leaving.\u2019\n\n"
        "A former site supervisor at the company, who spoke on condition of anonymity, said staff were told to "
        "\u2018sign first, build later\u2019.\n\n"
        "The Kwara Valley State Government, in a statement on Monday, said it had paid the arrears in June and "
        "described the walkout as \u2018needless and political\u2019.\n\n"
        "Officers will examine the \u2018Harbour Wall Survey\u2019, commissioned from Perth engineers Tayside Marine "
        "Design, which warned that the wall could fail \u2018within three winters\u2019."
    )
    speakers, _ = _by_opening(text)
    strip = lambda s: re.sub(r"^(?:A|a) ", "", s)  # (the scorer ignores a leading article)
    assert strip(speakers["bleak"]) == strip(speakers["The young on"])
    assert speakers_match("deckhand", speakers["bleak"])  # (the description may keep "from one of ... boats")
    assert strip(speakers["sign first, "]).startswith("former site supervisor")
    assert speakers["needless and"] == "Kwara Valley State Government"
    assert speakers["within three"] == "Tayside Marine Design"


def test_session_eight_teams_units_and_districts():
    """"Calder State coach Name said" (the capitalised "State" is no cue); "Contacted, Name, engineer of BWDB's
    Kushtia division, said" (a participle and a unit of an organisation are not people); "The upazila nirbahi
    officer (UNO) of Kushtia, Name," then "the UNO said"; "Hundreds of Maple Grove City Schools families ...
    the district said" (the school system)."""
    text = (
        '"We stayed patient," Calder State coach Rhonda Pettigrew said. "That won it."\n\n'
        "Contacted, Md Rafiqul Islam, executive engineer of BWDB's Kushtia division, said work had begun.\n\n"
        '"We have money for 300 metres," he said.\n\n'
        "The upazila nirbahi officer (UNO) of Kushtia, Nasrin Sultana, said rice had been sent.\n\n"
        '"The list is being prepared," the UNO said.\n\n'
        "Hundreds of Maple Grove City Schools families need rides after the district cut routes.\n\n"
        'In a statement on Tuesday, the district said it was "reviewing options".'
    )
    speakers, _ = _by_opening(text)
    assert speakers["We stayed pa"] == speakers["That won it."] == "Rhonda Pettigrew"
    assert speakers["We have mone"] == "Md Rafiqul Islam"
    assert speakers["The list is "] == "Nasrin Sultana"
    assert speakers["reviewing op"] == "Maple Grove City Schools"


def test_session_eight_seats_postnominals_and_bodies():
    """"Independent TD for Wexford Name" (a seat, then a name the given-name list lacks); "Name TD" and "Name KC"
    (letters after a name); "the Department of Agriculture, Food and the Marine"; "A mart manager inside the
    zone, who asked not to be named"; "the company" is not the news outlet that asked for comment."""
    text = (
        "Independent TD for Carlow Saoirse Ní Bhriain said she had met the farmer.\n\n"
        "\u201cHe is heartbroken,\u201d Ms Ní Bhriain said.\n\n"
        "Labour\u2019s spokesperson, Donncha Mac Aodha TD, called it \u201ca scandal\u201d.\n\n"
        "In a statement, the Department of Agriculture, Food and the Marine said the herd had been \u201cculled\u201d.\n\n"
        "A mart manager inside the zone, who asked not to be named, said sales were off. \u201cIt is gone,\u201d he said.\n\n"
        "Brightwell Care Centers runs six clinics. A nephrologist reviewed the records at WKRG News\u2019 request. "
        "In a statement, the company said it \u201cfollows every rule\u201d."
    )
    speakers, _ = _by_opening(text)
    assert speakers["He is heartb"] == "Saoirse Ní Bhriain"
    assert speakers["a scandal"] == "Donncha Mac Aodha"
    assert speakers["culled"] == "Department of Agriculture, Food and the Marine"
    assert re.sub(r"^A ", "", speakers["It is gone,"]) == "mart manager"
    assert speakers["follows ever"] == "Brightwell Care Centers"


def test_session_eight_bullets_memos_and_former_staff():
    """Axios-style bullets ("• One driver ... posted on X:"); "The memo, signed by ... Name, ... It says ...";
    "a coalition of five state energy offices" ("state" is no cue); "the former manager" after "A former nurse
    manager who ..."; "One, a patient care technician, said"; "DPP Teo" after "Deputy Public Prosecutor Name";
    a source "who worked ... and asked not to be named"."""
    text = (
        "Zoom in: The memo, signed by finance chief Dana Whitlock, calls the closures necessary.\n\n"
        "\u2022 It says the company \"cannot keep losing money\" next year.\n\n"
        "\u2022 One driver in rural Nebraska posted on X: \"Last charger for 80 miles. Gone.\"\n\n"
        "\u2022 The Prairie Charging Compact, a group of four state energy offices, said it expects grantees \"to keep "
        "their promises.\"\n\n"
        "A former nurse manager who worked at three clinics said the rule was routine.\n\n"
        "\"We wrote it up that way,\" said the former manager, who spoke on condition of anonymity.\n\n"
        "Two other former employees agreed. One, a lab technician, said the list was \"never to be shared.\"\n\n"
        "A former sampler, who worked there from 2018 to 2023 and asked not to be named, described the routine. "
        "\"Nobody argued,\" she said.\n\n"
        "Deputy Public Prosecutor Grace Lim said the thefts ran for years. Seeking jail, DPP Lim said the man "
        "showed no remorse. \"It was planned,\" she said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["cannot keep "] == "Dana Whitlock"
    assert speakers["Last charger"] == "One driver in rural Nebraska"
    assert speakers["to keep thei"] == "Prairie Charging Compact"
    assert speakers["We wrote it "] == "former nurse manager"
    assert speakers["never to be "] == "a lab technician"
    assert speakers["Nobody argue"] == "former sampler"
    assert speakers["It was plann"] == "Grace Lim"


def test_session_eight_ledes_buildings_and_acronyms():
    """"..., with one pensioner saying she feels like '...'" then "Name, 79, ..." (a lede that holds back the
    name); a building ("Heron House") is nobody who speaks; "Name, KC, told the court"; "the CPSC" after "the
    U.S. Consumer Product Safety Commission"."""
    text = (
        "Residents of a 19-storey block in Bow have been stuck for a month after its lift failed, with one "
        "pensioner saying she feels \u2018trapped in the sky\u2019.\n\n"
        "Doris Mulligan, 84, who has lived on the 15th floor of Heron House since the \u201970s, has not been out since "
        "October.\n\n"
        "\u2018I used to walk to the park every day,\u2019 she said.\n\n"
        "The tenants\u2019 barrister, Imogen Castle, KC, told the court the landlord had been \u2018wilfully slow\u2019.\n\n"
        "The kettles were sold from March, according to the U.S. Consumer Product Safety Commission.\n\n"
        "\"Stop using them now,\" the CPSC said in a statement."
    )
    speakers, _ = _by_opening(text)
    assert speakers["trapped in t"] == speakers["I used to wa"] == "Doris Mulligan"
    assert speakers["wilfully slo"] == "Imogen Castle"
    assert speakers["Stop using t"] == "U.S. Consumer Product Safety Commission"


def test_session_eight_accusations_and_companions():
    """"Parliamentary affairs minister Name hit back, accusing the opposition of '...'" (the accuser speaks; "was
    accused of" is no cue); "A lawmaker has accused officials of ... '...'" in a lede that names her next;
    "The Ontario-based grocery distributor ... saying ..." (the company); "Name, her husband and their two kids
    rode out the storm" then a quote with no cue."""
    text = (
        "A lawmaker has accused transport officials of leaving commuters \u201cstranded every winter\u201d.\n\n"
        "Grace Wong Mei-ling, who sits on the transport panel, said on Monday the delays were unacceptable.\n\n"
        "'Who is protecting the contractors?' opposition leader Arvind Rathore said.\n\n"
        "Urban development minister Kavita Deshmukh hit back, accusing the opposition of 'playing games with "
        "commuters'.\n\n"
        "The minister was accused of 'hiding the audit' last year.\n\n"
        "Harbourline Foods Ltd. said on Thursday it would close two depots. The Manitoba-based food distributor said "
        "the depots had become \u201ctoo costly to run.\u201d\n\n"
        "\u201cWe heard nothing,\u201d Lorna Biggs told reporters.\n\n"
        "Biggs, her husband and their three dogs sheltered in a bathtub after the alert.\n\n"
        "\u201cIf the dog hadn\u2019t barked, we\u2019d still be asleep.\u201d"
    )
    speakers, _ = _by_opening(text)
    assert speakers["stranded eve"] == "Grace Wong Mei-ling"
    assert speakers["playing game"] == "Kavita Deshmukh"
    assert speakers["hiding the a"] != "Kavita Deshmukh"
    assert speakers["too costly t"] == "Harbourline Foods Ltd."
    assert speakers["If the dog h"] == "Lorna Biggs"


def test_session_eight_mainstream_house_styles():
    """"said Ald. Name" (Chicago aldermen; "Ald." ends no sentence); "Scottish Conservative MSP for the Highlands
    and Islands Name"; "One GP on Carsay, who asked not to be named"; "A bus operator with 19 years at the agency,
    who ..."; "The national weather agency said in a statement" then "the statement said" (a body described, not
    the news agency reporting); "In a statement, Transit Workers Union Local 412 said"."""
    text = (
        "\u201cThe buses vanish,\u201d said Ald. Marisol Pena, 14th, who chairs the transit committee.\n\n"
        "A bus operator with 12 years at the agency, who spoke on condition of anonymity because she was not "
        "authorized to speak, said drivers were quitting. \u201cNobody asks why,\u201d she said.\n\n"
        "In a statement, Amalgamated Transit Union Local 308 said 150 drivers had left. \u201cYou cannot hire your way "
        "out,\u201d the statement said.\n\n"
        "Scottish Labour MSP for the Highlands and Islands Catriona Mhairi Bain said ministers had known.\n\n"
        "\u2018We were promised a doctor,\u2019 she said.\n\n"
        "A rescuer told AFP the water rose fast. The national weather agency said in a statement that it had "
        "issued a red warning. \u201cThe warnings followed protocol,\u201d the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The buses va"] == "Marisol Pena"
    assert speakers["Nobody asks "] == "bus operator"
    assert speakers["You cannot h"] == "Amalgamated Transit Union Local 308"
    assert speakers["We were prom"] == "Catriona Mhairi Bain"
    assert speakers["The warnings"] == "national weather agency"


def test_session_eight_firms_holidays_and_participle_anonymity():
    """"Hartwell & Booth" is one firm (and "the company said" is it, not "the UK" named just before); "the
    Christmas season" names nobody; "One Democratic senator, speaking on condition of anonymity, ..." then "the
    senator said" (not the senator named earlier)."""
    found = [(m.name, m.kind) for m in find_people("Shares in Pellow & Grange fell.")]
    assert ("Pellow & Grange", "org") in found and not [n for n, _ in found if n in ("Pellow", "Grange")]
    assert find_people("a poor start to the Christmas season") == []
    text = (
        "Shares in Pellow & Grange fell 20pc after a poor start to the Christmas season across its 90 UK stores.\n\n"
        "In a statement, the company said: \u2018Footfall has fallen sharply.\u2019\n\n"
        "\u201cShe did the work,\u201d Sen. Ada Morrow said of her colleague.\n\n"
        "One Democratic senator, speaking on condition of anonymity because leaders asked members not to comment, "
        "said the vote was rushed.\n\n"
        "\u201cNobody read the amendment,\u201d the senator said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Footfall has"] == "Pellow & Grange"
    assert speakers["Nobody read "] == "Democratic senator"


def test_session_eight_reports_judges_and_unnamed_follow_ons():
    """"a report published this month by the X Trust" then "the report concludes"; "Judge Name, ruling from the
    bench in Wilmington, Delaware, said the sale ... raised '...'" (a town and its state are one aside, and the
    words after "said" are hers); a quote with no cue after "A senior official ..., who asked not to be named,
    told Daily Maverick that ..."."""
    text = (
        "Her data feed into a report published this month by the Broadland Peat Trust, a research charity.\n\n"
        "\u201cThe choice is between two transitions,\u201d the report concludes.\n\n"
        "U.S. Bankruptcy Judge Alma Restrepo, ruling from the bench in Wilmington, Delaware, said the sale to a "
        "Tennessee data firm, Vantor Health, raised \"serious questions\" about privacy.\n\n"
        "A senior official in the provincial treasury, who asked not to be named because he was not authorised to "
        "speak, told Daily Maverick that an intervention had been discussed.\n\n"
        "\u201cEverybody knows this town is next.\u201d"
    )
    speakers, _ = _by_opening(text)
    assert speakers["The choice i"] == "Broadland Peat Trust"
    assert speakers["serious ques"] == "Alma Restrepo"
    assert re.sub(r"^A ", "", speakers["Everybody kn"]).startswith("senior official")


def test_session_eight_described_bodies_and_ledes():
    """"The Aerial Commerce Alliance, a trade group ..., urged Congress ..." then "the group said" (the body the
    article described as a group, not Congress); "The charity Learning Disability Voice said" (an organisation,
    and "A spokesperson for the charity" speaks for it); "A mother whose son ... says ... '...'" in a lede whose
    next paragraph opens with "Joanne Pryce's son ..."."""
    text = (
        "A father whose daughter has used the centre for 12 years says families are \"at breaking point\".\n\n"
        "Colin Ashby's daughter Mia, 29, goes to Elmfield Day Centre four days a week.\n\n"
        "The charity Carers Voice Wales said the plans were cruel. A spokesperson for the charity said: \"Centres "
        "are not a luxury.\"\n\n"
        "The Drone Commerce Alliance, a trade group whose members include the largest operators, urged Congress to "
        "act before the end of the year.\n\n"
        "\"The technology is ready,\" the group said in a statement."
    )
    speakers, _ = _by_opening(text)
    assert speakers["at breaking "] == "Colin Ashby"
    assert speakers["Centres are "] in ("spokesperson for the Carers Voice Wales", "Carers Voice Wales")
    assert speakers["The technolo"] == "Drone Commerce Alliance"


def test_session_eight_mecs_lead_ins_and_named_spokespeople():
    """"KwaZulu-Natal MEC for Transport and Community Safety Name"; "Speaking to Al Jazeera by phone, an
    engineer at the field, who ..., said"; "One senior civil servant there, who asked not to be named"; "said
    department spokesperson Name" (the person, not the department)."""
    text = (
        "Gauteng MEC for Roads and Community Safety Sipho Dlamini-Nkosi, who visited the rank, called the "
        "killings \"senseless\".\n\n"
        "\"We will close the route,\" Dlamini-Nkosi said.\n\n"
        "Speaking to Al Jazeera by phone, a technician at the plant, who asked not to be named, said the pumps had "
        "been \"idle for months\".\n\n"
        "One senior civil servant there, who asked not to be named, said the app crashed. \u2018People set "
        "alarms,\u2019 she said.\n\n"
        "In a statement, the Department of Health said it \"shares the concern\". \u201cHealth comes first,\u201d "
        "said department spokesperson Karen Lund."
    )
    speakers, _ = _by_opening(text)
    assert speakers["senseless"] == speakers["We will clos"] == "Sipho Dlamini-Nkosi"
    assert re.sub(r"^An? ", "", speakers["idle for mon"]).startswith("technician")
    assert re.sub(r"^An? ", "", speakers["People set a"]) == "senior civil servant"
    assert speakers["Health comes"] == "Karen Lund"


def test_session_eight_ward_tags_which_clauses_and_portfolio_spokespeople():
    """"said Coun. Name (Ward 3)" and "(At Large)" are tags, not names; "Hearthline, which is based in Austin,
    Texas, and sells ..., said in a statement that it '...'"; "A spokesperson for the Department for Culture,
    Media and Sport said: '...'"."""
    text = (
        "\u201cTonight we stood up for tenants,\u201d said Coun. Amira Haddad (Ward 5), who brought the motion.\n\n"
        "\u201cNobody takes this lightly,\u201d said board chair Colleen Brandt (At Large), who voted yes.\n\n"
        "Thermiq, which is based in Austin, Texas, and sells its devices through big retailers, said in a statement "
        "that it \u201cstrongly disagrees\u201d with the account.\n\n"
        "A spokesperson for the Department for Culture, Media and Sport said: \u201cDecisions are made at arm's "
        "length.\u201d"
    )
    speakers, _ = _by_opening(text)
    assert speakers["Tonight we s"] == "Amira Haddad"
    assert speakers["Nobody takes"] == "Colleen Brandt"
    assert speakers["strongly dis"] == "Thermiq"
    assert speakers["Decisions ar"] == "spokesperson for the Department for Culture, Media and Sport"


def test_session_eight_acronym_titles_ventures_and_sources():
    """"Superintendent of Police (SP) Name" then "the SP said"; "CMRK, a joint venture between X and the Guinean
    state, which holds 15%, said in a statement" (CMRK, and "state" is no cue); "A member of the BAC, who asked not
    to be named, told Rappler ..." then "the source said" (the outlet is nobody who speaks)."""
    text = (
        "The Compagnie Minière du Kogon Ouest (CMKO) runs the mine.\n\n"
        "Superintendent of Police (SP) Meera Joshi said two workers had been rescued.\n\n"
        "\"Both are stable,\" the SP said.\n\n"
        "A member of the BAC, who asked not to be named, told Rappler the committee \"never met\".\n\n"
        "\"We signed after the delivery,\" the source said.\n\n"
        "CMKO, a joint venture between Baiyun Metals and the Guinean state, which holds 15%, said in a statement "
        "that it had \"always met its obligations\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Both are sta"] == "Meera Joshi"
    assert re.sub(r"^A ", "", speakers["We signed af"]).startswith("member")
    assert speakers["always met i"] == "Compagnie Minière du Kogon Ouest"


def test_session_eight_ranks_elders_acronym_roles_and_tags():
    """"CP Name" and "SP Name" (Nigerian police ranks), "Aunty Name" (an elder's title); "deputy commissioner of
    police (southwest) Name" then "The DCP said ... '...,' she said" (one "his" about the victim does not make her
    a man); "The complainant, who spoke on condition of anonymity"; "said the bill's sponsor, Sen. Name
    (R-Lebanon)"; "the MoD" after "the Ministry of Defence"."""
    text = (
        "\"Give us information,\" CP Adebola Fashola said.\n\n"
        "Aunty Joan Kemarre said the lagoon mattered. \"We will be there,\" she said.\n\n"
        "\"He was told not to leave,\" said deputy commissioner of police (southwest) Sunita Rao.\n\n"
        "The DCP said the gang persuaded the victim to move his savings.\n\n"
        "\"Fear did the rest,\" she said.\n\n"
        "The complainant, who spoke on condition of anonymity, said he kept his camera on. \"They watched me,\" he "
        "said.\n\n"
        "\"We have known this for years,\" said the bill's sponsor, Sen. Dale Morrow (R-Lebanon).\n\n"
        "The Ministry of Defence will sell the land. \"The sale will raise money,\" the MoD said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Give us info"] == "Adebola Fashola"
    assert speakers["We will be t"] == "Joan Kemarre"
    assert speakers["Fear did the"] == "Sunita Rao"
    assert speakers["They watched"] == "complainant"
    assert speakers["We have know"] == "Dale Morrow"
    assert speakers["The sale wil"] == "Ministry of Defence"


def test_session_eight_taoiseach_and_people_familiar():
    """"the Taoiseach said" (a role that ends like a nationality, "the Czech said") after "Taoiseach Name said";
    "said one person familiar with the matter" (an unnamed source, inverted)."""
    text = (
        "Sinn Féin TD Aoife Ní Bhriain said the town was afraid.\n\n"
        "\"The station is open four hours a day,\" she said.\n\n"
        "Responding, Taoiseach Cathal Brennan said garda numbers had risen by 61.\n\n"
        "\"I will not pretend. It is not acceptable,\" the Taoiseach said.\n\n"
        "The bank will be fined, according to people familiar with the matter.\n\n"
        "\u2018The examiners have lost patience,\u2019 said one person familiar with the matter."
    )
    speakers, _ = _by_opening(text)
    assert speakers["I will not p"] == "Cathal Brennan"
    assert speakers["The examiner"] == "person familiar with the matter"


def test_session_eight_companies_that_are_based_somewhere():
    """"Voltrek, which is based in Boulder, Colorado, said ..." (a company, even with an unknown one-word name)
    then "the company said" (not the regulator named before); "A former Voltrek engineer, who asked not to be
    identified because he ..., told CBS News ..." then "'...,' he said"."""
    text = (
        "The U.S. Consumer Product Safety Commission announced the recall on Thursday.\n\n"
        "In a statement to CBS News, Pedalon, which is based in Boulder, Colorado, said it had found a defect.\n\n"
        "\"The safety of our riders comes first,\" the company said.\n\n"
        "A former Pedalon engineer, who asked not to be identified because he signed a separation agreement, told "
        "CBS News that concerns had been raised in 2024.\n\n"
        "\"We flagged it,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The safety o"] == "Pedalon"
    assert re.sub(r"^A ", "", speakers["We flagged i"]) == "former Pedalon engineer"


def test_session_eight_irregular_past_verbs_end_the_subject():
    """"The DPP sought 10 weeks' jail, noting that housing was '...'": "sought" ends the subject, so the DPP (and
    the prosecutor the initials stand for) is the speaker."""
    text = (
        "\"He knew the rules,\" Deputy Public Prosecutor Grace Tan said in her submissions.\n\n"
        "The DPP sought 10 weeks' jail, noting that public housing was \"a scarce national resource\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["a scarce nat"] == "Grace Tan"


def test_session_eight_pages_and_aware_sources():
    """"According to a notice posted on the X County Government's official Facebook page on Wednesday, '...'";
    "A senior police officer aware of the investigation said ... '...,' the officer said"."""
    text = (
        "The Kiambu County Government banned early harvests. According to a notice posted on the Kiambu County "
        "Government's official Facebook page on Wednesday, \"Anyone who harvests early will be prosecuted.\"\n\n"
        "A senior police officer aware of the investigation said the men were \"only the bottom of the pyramid\". "
        "\"The handlers are abroad,\" the officer said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Anyone who h"] == "Kiambu County Government"
    assert re.sub(r"^A ", "", speakers["only the bot"]) == re.sub(r"^A ", "", speakers["The handlers"])
    assert re.sub(r"^A ", "", speakers["The handlers"]).startswith("senior police officer")


def test_session_eight_documents_of_bodies():
    """"A 2024 annual audit report of the Commission on Audit (COA) flagged ..., noting that ... '...'" ("report"
    after a noun is no cue); "A circular from the X Board dated November 20 warned that ... '...'"; "the state Home
    Department said" (where it sits is not part of its name)."""
    text = (
        "The Commission on Audit reviewed the town. A 2024 annual audit report of the Commission on Audit (COA) "
        "flagged the purchase, noting that the trucks were accepted \"without inspection\".\n\n"
        "A circular from the Kitui County Public Service Board dated November 20 warned that strikers \"will be "
        "deemed absent\".\n\n"
        "In a statement, the state Home Department said it \"respects the order\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["without insp"] == "Commission on Audit"
    assert speakers["will be deem"] == "Kitui County Public Service Board"
    assert speakers["respects the"] == "Home Department"


def test_session_eight_south_asian_and_kenyan_titles():
    """"District Collector R. Name", "Ward MCA Name" (roles before names), "W.M. Chandima Kumari Wijesekara" (a name
    that starts with initials keeps its middle words), "X Facility Services Pvt. Ltd." (the full stop of "Pvt." ends
    neither the name nor the sentence)."""
    assert [(m.name, m.kind) for m in find_people("District Collector R. Meena Kumari said")] == [("R. Meena Kumari", "person")]
    assert [m.name for m in find_people("Kiamokama Ward MCA Dennis Mogaka Onsongo said")] == ["Dennis Mogaka Onsongo"]
    assert [m.name for m in find_people("W.M. Nirosha Kumari Perera said")] == ["W.M. Nirosha Kumari Perera"]
    assert [(m.name, m.kind) for m in find_people("Sri Ganesh Facility Services Pvt. Ltd. said")] == [
        ("Sri Ganesh Facility Services Pvt. Ltd.", "org")
    ]


def test_session_eight_regional_name_prefixes_and_posts():
    """"Md", "Mst" and "Chaudhry" begin names the press keeps whole; "YB" (Malaysia) and "Upazila Food Controller"
    are titles; "A midwife ..., who pleaded anonymity, ..."; "The Member of Parliament for the area, Hon. Name, in a
    post on her Facebook page on Sunday, blamed ..." then "the post read"."""
    assert [m.name for m in find_people("Md Abdul Karim said")] == ["Md Abdul Karim"]
    assert [m.name for m in find_people("Upazila Food Controller Mst Rehana Begum said")] == ["Mst Rehana Begum"]
    assert [m.name for m in find_people("YB Tan Wei Ming said")] == ["Tan Wei Ming"]
    assert [m.name for m in find_people("Chaudhry Muhammad Arif Gill said")] == ["Chaudhry Muhammad Arif Gill"]
    text = (
        "The district's two ambulances have been grounded since August.\n\n"
        "A midwife at the Asante Government Hospital, who pleaded anonymity because she is not authorised to speak, "
        "said women were referred on motorbikes.\n\n"
        "\"We hold the drip in one hand,\" she said.\n\n"
        "The Member of Parliament for the area, Hon. Abena Owusu-Ansah, in a post on her Facebook page on Sunday, "
        "blamed the District Assembly.\n\n"
        "\"Three months. Zero movement,\" the post read."
    )
    speakers, _ = _by_opening(text)
    assert re.sub(r"^A ", "", speakers["We hold the "]) == "midwife"
    assert speakers["Three months"] == "Abena Owusu-Ansah"


def test_session_nine_police_posts_and_statements():
    """South Asian and African police posts as roles ("the SHO", "the OC" after "officer-in-charge (OC)"), a
    prefixed name after a police station ("Kalihati Police Station Md Jahid Hasan"), "Hajji" as a title, and a
    statement confirmed by an officer named in apposition ("The spokesman in the state, DSP Name, confirmed the
    arrests in a statement" then "the statement read")."""
    assert [(m.name, m.kind) for m in find_people("Kalihati Police Station Md Jahid Hasan said")] == [
        ("Kalihati Police Station", "org"), ("Md Jahid Hasan", "person"),
    ]
    assert [m.name for m in find_people("Hajji Ismail Wandera Okello said")] == ["Ismail Wandera Okello"]
    text = (
        "Traffic on the Dhunat road was blocked for three hours.\n\n"
        "Sirajul Karim, officer-in-charge (OC) of Dhunat Police Station, said the road was cleared by noon.\n\n"
        "\"Nobody was hurt and nobody was detained,\" the OC said.\n\n"
        "City SHO Inspector Harpreet Kaur Gill said the complaints had come from the ward office.\n\n"
        "\"We acted on a written complaint,\" the SHO said.\n\n"
        "The Police Public Relations Officer in the state, DSP Aisha Bello Garba, confirmed the arrests in a "
        "statement on Monday.\n\n"
        "\"Nine suspects are in custody and will be charged,\" the statement read."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Nobody was h"] == "Sirajul Karim"
    assert speakers["We acted on "] == "Harpreet Kaur Gill"
    assert speakers["Nine suspect"] == "Aisha Bello Garba"


def test_session_nine_regional_names_after_posts():
    """A post's place before a prefixed name ("Deputy Commissioner (DC) Malir Syed ...", "SSP Malir Chaudhry ..."),
    a body or place before a name that starts with initials ("... Eastern Province W.A. Priyantha Senaratne"), a
    nickname after a role ('Mayor Rodolfo "Jun-Jun" Baltazar'), "the DCE" after "The District Chief Executive
    (DCE), Hon. Name", and Malaysia's "the YB" for the assemblyman the article named."""
    assert [m.name for m in find_people("SSP Korangi Chaudhry Naveed Akhtar Bajwa said")] == ["Chaudhry Naveed Akhtar Bajwa"]
    assert [m.name for m in find_people("Deputy Commissioner (DC) Korangi Syed Hamid Raza said")][-1] == "Syed Hamid Raza"
    assert [m.name for m in find_people("DIG of the Southern Province K.L. Nimal Perera said")][-1] == "K.L. Nimal Perera"
    assert [m.name for m in find_people("A.K.M. Rahman said")] == ["A.K.M. Rahman"]
    assert [m.name for m in find_people('Mayor Teodoro "Bong-Bong" Salazar said')] == ["Teodoro Salazar"]
    text = (
        "The District Chief Executive (DCE), Hon. Esi Mawusi Tetteh, visited the market on Friday.\n\n"
        "\"The stalls will be rebuilt before Christmas,\" the DCE said.\n\n"
        "Sungai Melati assemblyman Wong Kah Seng said he would table the matter.\n\n"
        "\"Residents deserve answers,\" the YB said in a Facebook post."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The stalls w"] == "Esi Mawusi Tetteh"
    assert speakers["Residents de"] == "Wong Kah Seng"


def test_session_nine_south_asian_and_malay_names():
    """"Kumari" after a given name is a middle name ("Laxmi Kumari Shrestha"); "Ir" is an engineer's title; a
    place, a post, then a nicknamed person ('San Jose Mayor Teodoro "Dodong" Salazar'); "Malik Qayyum" is the
    short form of Malik Abdul Qayyum."""
    assert [m.name for m in find_people("Ward chair Sita Kumari Thapa said")][-1] == "Sita Kumari Thapa"
    assert [m.name for m in find_people("DID director Ir Norhayati Abdul Rahman said")][-1] == "Norhayati Abdul Rahman"
    assert [m.name for m in find_people('San Jose del Monte Mayor Teodoro "Dodong" Salazar said')] == ["Teodoro Salazar"]
    text = (
        "SSP Malik Abdul Qayyum said the shop had been sealed.\n\n"
        "\"Every year the shops are sealed and every year they open again,\" Malik Qayyum said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Every year t"] == "Malik Abdul Qayyum"


def test_session_nine_posts_letters_and_statements():
    """"the police boss" is the police officer named last; "the RDC" after "The RDC, Hajji Name, arrived";
    "Officer-in-charge of X police station Md Name" for "the OC"; 'Member of Parliament for X Central Name “Nick”
    Surname'; "The letter, signed by Name, states that ..."; "In a statement, the Forum, a charity that ..., said"."""
    assert [m.name for m in find_people("Member of Parliament for Kingston Central Andre “Skip” Whyte said")] == ["Andre Whyte"]
    text = (
        "Mwala OCPD Daniel Kiprop said four suspects had been arrested.\n\n"
        "\"Anybody found digging at night will be arrested,\" the police boss said.\n\n"
        "The RDC, Hajji Musa Kato Ssemakula, arrived at the school at 8am.\n\n"
        "\"Nobody should pay for anything,\" the RDC told the parents.\n\n"
        "Officer-in-charge of Dhunat police station Md Rezaul Karim said a case had been filed.\n\n"
        "\"Two are on the run,\" the OC said.\n\n"
        "The letter, signed by Sushila Rai and seen by the Post, states that the families face \"a winter without "
        "shelter\".\n\n"
        "In a statement on Friday, the Hill Families Forum, a charity that runs a school at the camp, said it was "
        "worried.\n\n"
        "\"Children are at serious risk,\" the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Anybody foun"] == "Daniel Kiprop"
    assert speakers["Nobody shoul"] == "Musa Kato Ssemakula"
    assert speakers["Two are on t"] == "Md Rezaul Karim"
    assert speakers["a winter wit"] == "Sushila Rai"
    assert speakers["Children are"] == "Hill Families Forum"


def test_session_nine_bodies_and_their_members():
    """"the Assembly said" is the Agbleve Municipal Assembly (not "an Assembly member" who spoke anonymously, nor
    the "Assembly Hall" where it met); "Name Surname of X Cycling Club, which ..." is a person and a club."""
    assert [(m.name, m.kind) for m in find_people("Orla Brennan of Kilkee Rowing Club, which has 200 members, said")] == [
        ("Orla Brennan", "person"), ("Kilkee Rowing Club", "org"),
    ]
    text = (
        "The Dofor Municipal Assembly has moved the lorry station, the MCE told a meeting at the Assembly Hall.\n\n"
        "An Assembly member, who spoke on condition of anonymity, said \"the decision was rushed\".\n\n"
        "In a statement signed by its Public Relations Officer, the Assembly said the toll was \"a temporary "
        "measure\".\n\n"
        "\"The Assembly remains committed to dialogue,\" the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["the decision"] == "Assembly member"
    assert speakers["a temporary "] == "Dofor Municipal Assembly"
    assert speakers["The Assembly"] == "Dofor Municipal Assembly"


def test_session_nine_titles_prefixes_and_listeners():
    """"Malam", "Kagawad" and "Ir" are titles; "Mir" begins a name; "MS" after a Welsh member's name is not part of
    it; a post's place between the post and a prefixed name; a nickname before "dela"; a name only ever met as the
    one spoken to ("Speaking to Ada Derana ...") is not a speaker."""
    assert [m.name for m in find_people("Malam Yakubu Sarkin Noma said")] == ["Yakubu Sarkin Noma"]
    assert [m.name for m in find_people('Kagawad Ernesto "Boyet" dela Cruz said')] == ["Ernesto dela Cruz"]
    assert [m.name for m in find_people("Deputy Commissioner Quetta Syed Zulfiqar Ali Shah said")] == ["Syed Zulfiqar Ali Shah"]
    assert [m.name for m in find_people("SSP Operations Mir Naseer Ahmed Raisani said")] == ["Mir Naseer Ahmed Raisani"]
    assert [m.name for m in find_people("Delyth Prys-Morgan MS said")] == ["Delyth Prys-Morgan"]
    text = (
        "Nimal Perera, a driver, was slapped by an officer.\n\n"
        "Speaking to Ada Derana from the hospital, Perera said he had been asked to pay.\n\n"
        "\"When I said I did not have the money, he hit me,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["When I said "] == "Nimal Perera"


def test_session_nine_statements_from_bodies_with_short_names():
    """"In a statement issued on Tuesday, the Office of the Prime Minister (OPM), which runs the settlement, said it
    was '...'" then "the statement continued"; "Headman" is a title."""
    assert [m.name for m in find_people("Headman Tobias Maposa said")] == ["Tobias Maposa"]
    text = (
        "A police officer, who asked not to be named, said the traders were not refugees.\n\n"
        "In a statement issued on Tuesday, the Office of the Prime Minister (OPM), which runs the settlement, said it "
        "was \"aware of the tension\" and had called a meeting.\n\n"
        "\"Government remains committed to peaceful co-existence,\" the statement continued."
    )
    speakers, _ = _by_opening(text)
    assert speakers["aware of the"] == "Office of the Prime Minister"
    assert speakers["Government r"] == "Office of the Prime Minister"


def test_session_nine_lawmakers_and_long_posts():
    """"The lawmaker" after "The member representing X Constituency ..., Hon. Name,"; "the DIG" after "Deputy
    Inspector General (DIG) in charge of the X Range Name"; "X and Y Borough Council’s committee" is one body."""
    assert [m.name for m in find_people("Glenarrow and Lough Bawn Borough Council’s environment committee met")] == [
        "Glenarrow and Lough Bawn Borough Council"
    ]
    text = (
        "The member representing Kauran West Constituency in the state House of Assembly, Hon. Bello Adamu Garba, on "
        "Tuesday moved a motion.\n\n"
        "The lawmaker described the surveyors as \"high-handed\".\n\n"
        "Deputy Inspector General (DIG) in charge of the Southern Range K.L. Nimal Perera visited the station.\n\n"
        "\"No officer is above the law,\" the DIG said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["high-handed"] == "Bello Adamu Garba"
    assert speakers["No officer i"] == "K.L. Nimal Perera"


def test_session_nine_compound_names_outlets_and_staff():
    """Compound given names stay whole ("Mayor Jean Claude Nshimiyimana"); "The Divisional Officer, DO, for X,
    Name," for "the DO"; a news outlet that "gathered" or was "contacted by" is not a speaker; "A council staff who
    preferred anonymity" is an unnamed source."""
    assert [m.name for m in find_people("Mayor Jean Claude Nshimiyimana said")] == ["Jean Claude Nshimiyimana"]
    assert [m.name for m in find_people("Parent Jean Pierre Ndagijimana said")] == ["Jean Pierre Ndagijimana"]
    text = (
        "The Divisional Officer, DO, for Ndop Subdivision, Tabi Emmanuel Fon, has summoned the contractor.\n\n"
        "\"Public money is not a gift,\" the DO said.\n\n"
        "The Mountain Post gathered that the contractor had left the site.\n\n"
        "A council staff who preferred anonymity told The Mountain Post that the deal was made \"under pressure\".\n\n"
        "\"Everybody knew the company had no equipment,\" the staff said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Public money"] == "Tabi Emmanuel Fon"
    assert re.sub(r"^A ", "", speakers["under pressu"]) == "council staff"
    assert speakers["Everybody kn"] == "council staff"


def test_session_nine_sarawak_filipino_and_sri_lankan_names():
    """Sarawak chiefs' titles ("Temenggong", "Tuai Rumah", but "Rumah Ngelai" is a longhouse); Filipino "Ma." in a
    name; a long portfolio, then a name that starts with initials; "X (ACR) said in a statement" then "the statement
    said"."""
    assert [m.name for m in find_people("Tuai Rumah Ngelai Janting said")] == ["Ngelai Janting"]
    assert [m.name for m in find_people("Temenggong Jimbun Lanyau said")] == ["Jimbun Lanyau"]
    assert [m.name for m in find_people("Ma. Lourdes Ybañez said")] == ["Ma. Lourdes Ybañez"]
    assert [m.name for m in find_people("Minister of Ports and Highways K.P. Nimal Ranasinghe said")] == ["K.P. Nimal Ranasinghe"]
    text = (
        "Rep. Ana Cruz said she supported the inquiry.\n\n"
        "The Department of Social Welfare (DSW) said in a statement that it had sent a team.\n\n"
        "\"The DSW will not tolerate any irregularity,\" the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The DSW will"] == "Department of Social Welfare"


def test_session_nine_long_roles_saints_and_described_sources():
    """"said the head of the provincial disaster ... office, Name"; a seat named for a saint before a titled name
    ("St Mary North Central Dr Owen McLeary"); "Opanin" is a title; "A Form Three student, who spoke on condition of
    anonymity" is an unnamed source, not a person called "Form Three"."""
    assert [m.name for m in find_people("St Catherine East Central Dr Paula Grant said")] == ["Paula Grant"]
    assert [m.name for m in find_people("Opanin Kwaku Fosu said")] == ["Kwaku Fosu"]
    text = (
        "\"The island is our biggest worry,\" said the head of the provincial disaster risk reduction and "
        "management office, Arnel Dizon.\n\n"
        "A Form Two student, who spoke on condition of anonymity, said the girls were woken by screams.\n\n"
        "\"The smoke was already everywhere,\" she said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The island i"] == "Arnel Dizon"
    assert speakers["The smoke wa"] == "Form Two student"


def test_session_ten_titles_epithets_and_long_names():
    """Malawian chiefs' titles ("Traditional Authority Name", "Group Village Headman Name"), a family name written
    first and used later with a title ("Enow Peter Tabi" ... "Mayor Enow"), "the lawmaker" for the member named
    last, "the old man" for the man named just before, an organisation whose name runs on after "in"/"of" up to
    its bracketed initials, and a post's place between the post and the name ("SSP Saddar Syed ...")."""
    assert [(m.name, m.role) for m in find_people("Group Village Headman Kaliati said so.")] == [("Kaliati", "Group Village Headman")]
    assert [(m.name, m.kind) for m in find_people("The Institute of Studies in Coastal Ecology (ISCE) said.")][0] == (
        "Institute of Studies in Coastal Ecology", "org"
    )
    text = (
        "Traders in Mbengwi marched to the council on Tuesday.\n\n"
        "The Mayor of Mbengwi Council, Enow Peter Tabi, said the new stalls were fairly shared.\n\n"
        "\"Every trader on the old list got a stall,\" Mayor Enow said.\n\n"
        "For Pa Ndi Samuel Achu, a 71-year-old cloth seller, the new hall is out of reach.\n\n"
        "\"I have sold cloth here for forty years,\" the old man said.\n\n"
        "The protest drew the member for Mbengwi Central in the regional assembly, Hon. Grace Ambe Fomba, who "
        "addressed the traders.\n\n"
        "\"Nobody will be pushed out,\" the lawmaker said.\n\n"
        "The Cameroon Association of Traders in Cloth and Textiles (CATCT) said in a statement it would appeal.\n\n"
        "\"We will take the list to court,\" it added.\n\n"
        "SSP Saddar Syed Imran Ali Shah, who came with twenty officers, met the traders.\n\n"
        "\"We will keep the road open,\" the SSP said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Every trader"] == "Enow Peter Tabi"
    assert speakers["I have sold "] == "Ndi Samuel Achu"
    assert speakers["Nobody will "] == "Grace Ambe Fomba"
    assert speakers["We will take"] == "Cameroon Association of Traders in Cloth and Textiles"
    assert speakers["We will keep"] == "Syed Imran Ali Shah"


def test_session_ten_unnamed_sources_statements_and_posts():
    """An unnamed source described by what they are doing ("A driver plying the ... route, who asked not to be
    named"), or after "When contacted,"; an unnamed source later called by the initials the article gave them
    ("an agricultural extension development officer (AEDO) ..., who asked for anonymity" ... "the AEDO"); a
    statement "signed by" someone, said by a body; "Vice Mayor" is not "the mayor"; a post's area in brackets
    ("DCP (North)"); a Malay given name before "Abdul"; a Malay school is no person; who holds "a copy" of a
    document is not its author."""
    assert [(m.name, m.role) for m in find_people("said Norliza Abdul Hamid, 44, a trader")] == [("Norliza Abdul Hamid", None)]
    assert [m.kind for m in find_people("Sekolah Kebangsaan Bukit Merah was flooded.")] == ["org"]
    text = (
        "Fares on the Lakeview route rose on Monday.\n\n"
        "A driver working the Lakeview–Centro route, who asked not to be named, said some drivers had charged more "
        "\"for months already.\"\n\n"
        "\"Now it is allowed,\" he said.\n\n"
        "Mayor Ernesto Villamor said he would sign the ordinance. \"It is a fair deal,\" the mayor said.\n\n"
        "Vice Mayor Corazon Ilagan said the council would review the fare.\n\n"
        "When contacted, a ticket clerk at the terminal, who spoke on condition of anonymity, denied the claims.\n\n"
        "\"Nobody told us about the new fares,\" he said.\n\n"
        "In a statement signed by its spokesman, Mr Abel Ramos, one of the operators on the route, Lakeview Transit "
        "Cooperative, said it had suspended two drivers.\n\n"
        "\"We will not tolerate overcharging,\" the statement said.\n\n"
        "An assistant revenue officer (ARO) at the city hall, who asked for anonymity, said the fare table was late.\n\n"
        "\"We printed it only on Friday,\" the ARO said.\n\n"
        "DCP (North) Ravi Shankar Menon said two touts had been arrested. \"More arrests will follow,\" the DCP said.\n\n"
        "The ordinance, a copy of which was obtained by the Lakeview Courier, states that fares \"shall be posted in "
        "every vehicle.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers_match("driver", speakers["for months a"]) and speakers_match("driver", speakers["Now it is al"])
    assert speakers["It is a fair"] == "Ernesto Villamor"
    assert speakers_match("ticket clerk", speakers["Nobody told "])
    assert speakers["We will not "] == "Lakeview Transit Cooperative"
    assert speakers_match("assistant revenue officer", speakers["We printed i"])
    assert speakers["More arrests"] == "Ravi Shankar Menon"
    assert speakers["shall be pos"] != "Lakeview Courier"


def test_session_ten_regional_names_and_bodies():
    """Titles of rulers and elders ("Fon", "Ambuya", "Barr.", "Engr.") and "the Fon"; "Parent Name"; a clan prefix
    before a given name says nothing about gender ("Rana Tariq Mehmood" is "he"); South Asian middle names ("Govind
    Ram Jakhar"); "The City of X"; bodies whose names hold a list ("Ministry of Finance, Budget and Economic
    Planning", "Tanzania Electrical, Mechanical and Electronics Services Agency"); "the chief" for a Traditional
    Authority; the words of a split quote are not the subject of "reads the resolution"."""
    people = lambda t: [(m.name, m.kind) for m in find_people(t)]
    assert people("Govind Ram Jakhar said so.") == [("Govind Ram Jakhar", "person")]
    assert people("The City of Tshwane said in a statement.") == [("City of Tshwane", "org")]
    assert people("In a statement, the Ministry of Works, Housing and Urban Renewal said so.") == [
        ("Ministry of Works, Housing and Urban Renewal", "org")
    ]
    assert people("The Kenya Ports, Harbours and Lighthouses Authority said.") == [("Kenya Ports, Harbours and Lighthouses Authority", "org")]
    assert people("Engr. Musa Bello Dauda said.") == [("Musa Bello Dauda", "person")]
    text = (
        "Fon Nfor Tabi III met the traders at the palace.\n\n"
        "\"This land belongs to the palace,\" the Fon said.\n\n"
        "Ambuya Rudo Chikore, 80, said she would not move. \"My husband is buried here,\" she said.\n\n"
        "Parent Sipho Dlamini said the school had no toilets. \"The children go home,\" he said.\n\n"
        "Police said Muhammad Arif, 19, was hurt.\n\n"
        "SSP Rana Tariq Naveed told reporters that 40 people had been arrested.\n\n"
        "\"Most of them are teenagers,\" he said.\n\n"
        "Traditional Authority Mpama said the lists were false. \"We will check every name,\" the chief said.\n\n"
        "Councillor Grace Ndlovu tabled a resolution. \"This House demands a new road,\" reads the resolution, "
        "\"and a bridge by June.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["This land be"] == "Nfor Tabi III"
    assert speakers["My husband i"] == "Rudo Chikore"
    assert speakers["The children"] == "Sipho Dlamini"
    assert speakers["Most of them"] == "Rana Tariq Naveed"
    assert speakers["We will chec"] == "Mpama"
    assert speakers["and a bridge"] != "House"


def test_session_ten_unnamed_sources_posted_somewhere():
    """Unnamed sources described by where they are posted ("a police officer attached to X police post", "One garda
    based in the division") or who pleaded not to be named; "the officer" / "the official" later is the same source."""
    text = (
        "Evictions in Kitenga continued on Monday.\n\n"
        "However, a police officer attached to Kitenga police post, who asked not to be named, said the men were "
        "\"hired\".\n\n"
        "\"We know some of them,\" the officer said.\n\n"
        "A senior official of the ministry, who pleaded not to be named, told reporters a deal was close.\n\n"
        "\"The minister is under pressure,\" the official said.\n\n"
        "One garda based in the division, who spoke on condition of anonymity, said members were \"stretched\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match("police officer", speakers["We know some"])
    assert speakers_match("senior official", speakers["The minister"])
    assert speakers_match("garda", speakers["stretched"])
    assert speakers_match("garda", "garda attached to the division")  # (the scorer: where they are posted is no part)


def test_session_ten_places_relative_clauses_and_statements():
    """Villages and settlements are places, not people a "he" could be ("Bellevue Settlement", "Barangay Ambatong",
    "Dhuseni Rural Municipality-4"); the verb of a relative clause ("who works in ...", ", and who asked ...") is not
    the cue; "In a statement ..., the GWCL apologised" makes "the statement said" the body's; "preferring anonymity"."""
    assert find_people("He spoke to farmers at Bellevue Settlement and in Barangay Ambatong.") == []
    text = (
        "Water supply in Oframase stopped on Friday.\n\n"
        "Dredging went on all week at Char Baliadanga.\n\n"
        "A union parishad member of Baliadanga, preferring anonymity, alleged that a syndicate was behind it.\n\n"
        "\"Everyone knows who owns the dredgers,\" he said.\n\n"
        "A council officer who works in the bursary office, and who asked not to be named, told reporters that the "
        "list had been \"changed at the last minute\".\n\n"
        "In a statement issued in Accra on Sunday, the Ghana Water Company Limited apologised to its customers.\n\n"
        "\"Normal supply will be restored soon,\" the statement said."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match("union parishad member", speakers["Everyone kno"])
    assert speakers_match("council officer", speakers["changed at t"])
    assert speakers["Normal suppl"] == "Ghana Water Company Limited"


def test_session_ten_click_names_titles_and_unnamed_sources_at_places():
    """Khoekhoe names with a click letter ("Jeremia !Uirab"); village heads' and councillors' titles ("Sarpanch",
    "Turaga ni Koro", "Punong Barangay", "Clr", "DO"); a compound Filipino given name ("Rey Anthony"); a UNO who
    "told The Business Standard" (an outlet, not a speaker); "the DCE" after "The District Chief Executive (DCE) for X
    in Y Region, Hon. Name"; "the chief" is the chief named last; "A farmer at Camp Nine, who ..." is the farmer."""
    people = lambda t: [(m.name, m.role) for m in find_people(t)]
    assert people("Councillor Jeremia !Uirab said.") == [("Jeremia !Uirab", "Councillor")]
    assert people("Turaga ni Koro Sakiasi Tuivanua said.") == [("Sakiasi Tuivanua", "Turaga ni Koro")]
    assert people("Sarpanch Kuldeep Kaur Grewal said.") == [("Kuldeep Kaur Grewal", "Sarpanch")]
    assert people("Rey Anthony Calibo said.") == [("Rey Anthony Calibo", None)]
    text = (
        "Farms near Camp Seven were burnt on Tuesday.\n\n"
        "The District Chief Executive (DCE) for Kpando in the Volta Region, Hon. Ama Serwaa Boateng, visited the area.\n\n"
        "Speaking to residents, the DCE said the Assembly would not allow \"a few hotheads\" to cause trouble.\n\n"
        "Traditional Authority Kapeni said the lists were false. \"We will check every name,\" said the chief.\n\n"
        "Group Village Headman Mwale said chiefs would help.\n\n"
        "A farmer at Camp Seven, who pleaded anonymity, said he lost his crop. \"Who will pay me now?\" he asked.\n\n"
        "\"We found bags of sand,\" the UNO, Md Karim Uddin, told The Business Standard.\n\n"
        "\"This is a crime,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["a few hothea"] == "Ama Serwaa Boateng"
    assert speakers["We will chec"] == "Kapeni"
    assert speakers_match("farmer", speakers["Who will pay"])
    assert speakers["This is a cr"] == "Md Karim Uddin"


def test_session_ten_reports_releases_and_their_authors():
    """Reports and releases speak for the body that wrote them: "A report submitted by X ... the report stated",
    "The audit report, prepared by X" then "The report further noted:", "In a release signed by ..., X said" then
    "The release further stated:", and "The PAC report ... reads in part:" after "X (PAC)" (with "reads" as the cue)."""
    text = (
        "A report submitted by the Lake Care Committee to the collector had flagged the problem. \"Oxygen levels have "
        "dropped,\" the report stated.\n\n"
        "The audit report, prepared by the County Audit Unit and seen by this paper, found vials missing.\n\n"
        "The report further noted: \"Stock cards were missing.\"\n\n"
        "In a release signed by its Secretary General, Tabi Nkeng, Mbengwi Council said the allocation was fair.\n\n"
        "The release further stated: \"Any trader may complain.\"\n\n"
        "The Kirembe District Public Accounts Committee (PAC) met on Monday.\n\n"
        "The PAC report, dated October 14, reads in part: \"The diesel could not be traced.\""
    )
    found = {q.text[:12]: (q.speaker, q.cue) for q in find_quotes(Article.from_text(text))}
    assert found["Oxygen level"][0] == "Lake Care Committee"
    assert found["Stock cards "][0] == "County Audit Unit"
    assert found["Any trader m"][0] == "Mbengwi Council"
    assert found["The diesel c"] == ("Kirembe District Public Accounts Committee", "reads")


def test_session_ten_outlets_epithets_and_malay_names():
    """A newspaper that only sees a letter or is told things is no speaker ("In the letter, seen by the Press and
    Journal, the group states:"); "the 78-year-old retired headmaster"; "Chief X" known by one name is "the chief";
    "Housewife R. Kalaivani"; "Nor Azlina Abdul Rahman" (two Malay given names before "Abdul"); "Hajji" between a
    post's initials and the name; "who wished to remain anonymous"; "X Trading" is a company."""
    assert [m.name for m in find_people("Nor Azlina Abdul Rahman, 35, said so.")] == ["Nor Azlina Abdul Rahman"]
    assert [m.name for m in find_people("Housewife R. Kalaivani, 42, said so.")] == ["R. Kalaivani"]
    text = (
        "The ferry users' group wrote to the council in October.\n\n"
        "In the letter, seen by the Oban Courier, the group states: \u2018Three sailings are not enough.\u2019\n\n"
        "Moses Edafe, 78, a retired headmaster, led the protest. \"These are our children,\" the 78-year-old retired "
        "headmaster said.\n\n"
        "Chief Mavhuradonha met the villagers. \"Batteries must not be stolen,\" said the chief.\n\n"
        "The Buwaali Resident District Commissioner (RDC), Hajji Yusuf Kateregga, visited the hospital.\n\n"
        "\"You cannot have three doctors for 200 patients,\" the RDC said.\n\n"
        "A senior official of the department, who wished to remain anonymous, said few divers had licences. "
        "\"That is the reality,\" the official said.\n\n"
        "The supplier, Golden Harvest Rice Trading, denied the claim. In a statement, the company said the rice was "
        "\"in good condition\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Three sailin"] != "Oban Courier"
    assert speakers["These are ou"] == "Moses Edafe"
    assert speakers["Batteries mu"] == "Mavhuradonha"
    assert speakers["You cannot h"] == "Yusuf Kateregga"
    assert speakers_match("senior official", speakers["That is the "])
    assert speakers["in good cond"] == "Golden Harvest Rice Trading"


def test_a_pronoun_with_an_adverb_does_not_loop():
    """"They further said": the adverb is kept with a pronoun, and noun-phrase resolution has a depth limit, so
    no article can make the rules hand a phrase back and forth until Python gives up (a held-out article did)."""
    for text in (
        "The workers met on Monday. They further said: \u201cWe will strike.\u201d",
        "\u201cWe go,\u201d they further said. \u201cNow,\u201d they also said.",
    ):
        quotes = find_quotes(Article.from_text(text))
        assert quotes and all(q.speaker is None or isinstance(q.speaker, str) for q in quotes)


def test_session_ten_party_epithets_and_full_body_names():
    """"the Liberal Democrat said" is the politician named just before; "SAP" is "Syarikat Air Pelangi Bhd (SAP)"
    (the legal form is not in the initials); "the Health Ministry" is the "Ministry of Health" the article also
    names."""
    text = (
        "Ardcraig councillor Hamish Drummond said he would vote against the cuts.\n\n"
        "\u2018It\u2019s a false economy,\u2019 the Liberal Democrat said.\n\n"
        "Syarikat Air Pelangi Bhd (SAP) cut supply to 40,000 homes.\n\n"
        "\"SAP apologises for the inconvenience,\" SAP said in a statement.\n\n"
        "The Ministry of Health issued a circular on Monday.\n\n"
        "\"Emergency units will stay open,\" the Health Ministry said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["It\u2019s a false"] == "Hamish Drummond"
    assert speakers["SAP apologis"] == "Syarikat Air Pelangi Bhd"
    assert speakers["Emergency un"] == "Ministry of Health"


def test_session_ten_welsh_names_provincial_departments_and_party_members():
    """"Siân Elin Morgan" (a Welsh given name before a second one); "Hajiya" as a title; "the Mpumalanga department
    of health said" is the department, not the province; "the Plaid Cymru MS said" is the member named before."""
    assert [m.name for m in find_people("Siân Elin Morgan said so.")] == ["Siân Elin Morgan"]
    assert [m.name for m in find_people("Hajiya Rakiya Umar Dambam said so.")] == ["Rakiya Umar Dambam"]
    text = (
        "Siân Elin Morgan, who represents the valleys, criticised the closures.\n\n"
        "\u2018People will have a 40-minute round trip,\u2019 the Plaid Cymru MS said.\n\n"
        "In a statement, the Mpumalanga department of health said: \"The reduced hours are temporary.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["People will "] == "Siân Elin Morgan"
    assert speakers["The reduced "] == "Mpumalanga department of health"


def test_session_ten_notices_issued_by_a_body():
    """"The notices, issued by the GHMC and a copy of which is with Deccan Chronicle, stated that ..." are the
    body's words, not the newspaper's."""
    text = (
        "The Greater Hyderabad Municipal Corporation (GHMC) began demolitions on Monday.\n\n"
        "The notices, issued by the GHMC and a copy of which is with this newspaper, stated that occupants were "
        "\"directed to vacate within seven days\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["directed to "] == "Greater Hyderabad Municipal Corporation"


def test_session_eleven_bodies_and_their_short_names():
    """An unnamed official whose body is followed by its bracketed initials; a school's association whose initials
    cover only its last words ("... Primary Parent-Teacher Association (PTA)"); a Cameroonian "Delegation" and a
    South Asian "Collectorate" as bodies; "the Supreme Court" after "the Kerala Supreme Court" is that court; "the
    spokesperson" after "A KMC spokesperson" speaks for KMC, not for a body named later in the sentence."""
    assert [(m.name, m.kind) for m in find_people("A memo from the South West Regional Delegation of Basic Education.")] == [
        ("South West Regional Delegation of Basic Education", "org")
    ]
    assert [(m.name, m.kind) for m in find_people("The Collectorate of Land Revenue-West said so.")] == [
        ("Collectorate of Land Revenue-West", "org")
    ]
    text = (
        "Vouchers for the season have not arrived.\n\n"
        "A senior officer at the Upland Cocoa Growers Authority (UCGA), who requested anonymity, said the money "
        "had not been released.\n\n"
        "\"The forms are printed and waiting,\" the officer said.\n\n"
        "In a post on Sunday, the Hillcrest Heights Primary Parent-Teacher Association (PTA) wrote: \"Our pupils "
        "come first.\"\n\n"
        "The Kolvani Municipal Corporation (KMC) began demolitions on Monday.\n\n"
        "A KMC spokesperson said the work followed orders of the Kerala Supreme Court, which is hearing a case. "
        "\"We are only doing what we were told,\" the spokesperson said.\n\n"
        "In its ruling, the Supreme Court had asked the council to \"act only after due notice\" to families."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match(speakers["The forms ar"], "senior officer at the Upland Cocoa Growers Authority")
    assert speakers["Our pupils c"] == "Hillcrest Heights Primary Parent-Teacher Association"
    assert speakers_match(speakers["We are only "], "Kolvani Municipal Corporation")
    assert speakers["act only aft"] == "Kerala Supreme Court"


def test_session_eleven_offices_short_names_and_honorifics():
    """An honorific after a chief's title ("Turaga ni Koro Ratu Name") is no part of the name; where a body's
    office is ("(BFAR) in Bicol") is a place, also when "the statement" comes later; "X's Place office" is an
    office; a short name in brackets belongs to the body before it even when its letters differ; "A press release
    from X" is X's; a portfolio with commas ("Commissioner for Trade, Mines and Energy, Prof. Name") gives "the
    commissioner"."""
    assert [(m.name, m.role) for m in find_people("Turaga ni Koro Ratu Seru Nadolo spoke.")] == [("Seru Nadolo", "Turaga ni Koro")]
    assert [(m.name, m.kind) for m in find_people("an engineer of the NWA's Kalmar office said")] == [("NWA's Kalmar", "org")]
    text = (
        "Fishing boats were lost in the storm.\n\n"
        "The Office of Coastal Fisheries (OCF) in Mindara said in a statement that 30 boats would be replaced.\n\n"
        "\"Boats will be delivered within the month,\" the statement read.\n\n"
        "Growers asked the National Coffee Authority (NACOFA) for help.\n\n"
        "In a statement issued on Tuesday, NACOFA said funds were ready. \"Nobody will go unpaid,\" the statement said.\n\n"
        "A press release from the Velur Town Panchayat said stalls would be given out \"strictly by lottery\".\n\n"
        "But the state Commissioner for Trade, Mines and Energy, Prof. Adaeze Onyekachi-Bello, defended the move.\n\n"
        "\"The road is not a market,\" the commissioner said in a telephone interview."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Boats will b"] == "Office of Coastal Fisheries"
    assert speakers["Nobody will "] == "National Coffee Authority"
    assert speakers["strictly by "] == "Velur Town Panchayat"
    assert speakers["The road is "] == "Adaeze Onyekachi-Bello"


def test_session_eleven_given_names_clan_names_and_company_spokespeople():
    """Three plain words after a comma are a name even when the list does not know the first one ("..., Emmanuel
    Kwesi Dzokoto,"); "Sister" and "Honourable" are titles; a plural possessive's apostrophe is no part of a body's
    name; a clan word ("Rana") does not make an unknown given name a woman's; "A spokesperson for Tarn Valley
    Quarries" speaks for "Tarn Valley Quarries Ltd"."""
    assert [(m.name, m.role) for m in find_people("The chief executive for the district, Ebenezer Kwabena Tetteh, spoke.")] == [
        ("Ebenezer Kwabena Tetteh", None)
    ]
    assert [m.name for m in find_people("Sister Agnes Wambui said the ward was full.")] == ["Agnes Wambui"]
    assert [m.name for m in find_people("the Department of Urban Roads' 2027 plan")] == ["Department of Urban Roads"]
    text = (
        "Tarn Valley Quarries Ltd wants to blast four days a week.\n\n"
        "A spokesperson for Tarn Valley Quarries said: \u2018We take our duties seriously.\u2019\n\n"
        "DSP Mehwish Tariq said the road would stay open.\n\n"
        "SSP Rana Shafqat Hussain said wardens would guide drivers.\n\n"
        "\"No rickshaw will be impounded this week,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match(speakers["We take our "], "Tarn Valley Quarries Ltd")
    assert speakers["No rickshaw "] == "Rana Shafqat Hussain"


def test_session_eleven_words_from_a_document_and_its_author():
    """A fragment from a report, an audit or an assessment belongs to whoever the sentence says wrote it: "an
    assessment by X, commissioned by Y, which found ...", "The audit, carried out ... by X, stated that ...", "A report
    by the council's planning officer, Name, ... describing it as ...", "A 2021 KWC report ... listed ..."; "seen by
    the Courier" names a reader, not the author."""
    text = (
        "The Kenya Wildlife Council (KWC) has met twice this year.\n\n"
        "The bridge was condemned in a 2020 assessment by Orrin Structural Consultants, commissioned by the county "
        "roads department, which found that it posed \"a serious risk to road users\" and said it should close.\n\n"
        "The audit, carried out for the council by Brennan & Iyer Engineers, stated that \"the deck cannot carry "
        "lorries\".\n\n"
        "A 2021 KWC report on corridors listed the ranch among areas where \"elephants cross every dry season\".\n\n"
        "A report by the council\u2019s senior planning officer, Ffion Beddoe, published on Friday, describes the scheme "
        "as \u2018broadly acceptable\u2019 subject to conditions.\n\n"
        "A consultants\u2019 report, seen by the Courier, called the plan \"poorly costed\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["a serious ri"] == "Orrin Structural Consultants"
    assert speakers["the deck can"] == "Brennan & Iyer Engineers"
    assert speakers["broadly acce"] == "Ffion Beddoe"
    assert speakers["elephants cr"] == "Kenya Wildlife Council"
    assert speakers["poorly coste"] != "Courier"


def test_session_eleven_titles_seats_and_short_posts():
    """"Tan Sri" before a Malaysian name is a title; a district between a post and a name is the post's ("DC Sialkot
    Usman Tariq Bhatti"); "the MP" after "Member of Parliament for the constituency, Name,"; "the chief" after "T/A
    Name"; "the doctor" for the last person named with "Dr"."""
    assert [(m.name, m.role) for m in find_people("funded by tycoon Tan Sri Wong Kah Meng, who")] == [("Wong Kah Meng", "Tan Sri")]
    assert [m.name for m in find_people("DC Sialkot Usman Tariq Bhatti ordered a survey.")] == ["Usman Tariq Bhatti"]
    text = (
        "Villagers in Chisenga have waited two years for a clinic.\n\n"
        "Member of Parliament for the area, Doreen Mbewe, called the delay \"shameful\". In a post on Sunday, the MP "
        "wrote: \"I will raise this in the House.\"\n\n"
        "T/A Mlonyeni, whose area the clinic serves, said women walk 20 kilometres to give birth.\n\n"
        "\"We are tired of promises,\" the chief said.\n\n"
        "The district health officer, Dr Grace Phiri, said the building was almost finished. \"We only need the "
        "roof,\" the doctor said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["I will raise"] == "Doreen Mbewe"
    assert speakers["We are tired"] == "Mlonyeni"
    assert speakers["We only need"] == "Grace Phiri"


def test_session_eleven_coordinators_chiefs_and_bracketed_posts():
    """"Coordinator" is a post; "the traditional leader" after "Chief Name" is the chief; "the CEC" after "the County
    Executive Committee Member (CEC) for Health, Water and Sanitation, Ms Name"."""
    assert [(m.name, m.role) for m in find_people("Provincial Health Coordinator Chanda Mwila said so.")] == [
        ("Chanda Mwila", "Provincial Health Coordinator")
    ]
    text = (
        "Armyworm has reached Mukuni.\n\n"
        "Chief Mwanachingwala, who toured the fields, said farmers were desperate.\n\n"
        "\"My people have nothing left,\" the traditional leader said.\n\n"
        "A notice signed by the County Executive Committee Member (CEC) for Health, Water and Sanitation, Ms Ruth "
        "Akinyi Were, closed the market.\n\n"
        "\"We had no choice,\" the CEC said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["My people ha"] == "Mwanachingwala"
    assert speakers["We had no ch"] == "Ruth Akinyi Were"


def test_session_eleven_post_wings_prefixed_words_and_later_sources():
    """A post's wing between the post and the name ("Deputy Director Operations Name"); "iTaukei" and "eThekwini"
    continue a body's name; "the councillor" is not an unnamed councillor the article introduces only later."""
    assert [(m.name, m.role) for m in find_people("teams led by Deputy Director Operations Saima Rafiq checked milk")][-1] == (
        "Saima Rafiq", "Deputy Director Operations"
    )
    assert [m.name for m in find_people("The Ministry of iTaukei Affairs said so.")] == ["Ministry of iTaukei Affairs"]
    text = (
        "Vendors at Chitsere market refused to pay the new fee.\n\n"
        "Ward 4 councillor Tendai Mushonga, who chairs the finance committee, defended the rise.\n\n"
        "\"We are open to dialogue,\" the councillor said, \"but the fee stands.\"\n\n"
        "However, another councillor, who requested anonymity, said the committee had rushed the vote."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We are open "] == "Tendai Mushonga"


def test_session_eleven_iban_names_and_statements_without_a_comma():
    """"anak" (son or daughter of) and "binti" join an Iban or Malay name; "In a statement the trust said:" is the
    trust's."""
    assert [m.name for m in find_people("Headman Jelian anak Bunsu said the river was dangerous.")] == ["Jelian anak Bunsu"]
    assert [m.name for m in find_people("Nurul binti Hassan said so.")] == ["Nurul binti Hassan"]
    text = (
        "The Lough Erne Health Trust runs the centre.\n\n"
        "In a statement the trust said: \"We have been unable to find cover for the weekend.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["We have been"] == "Lough Erne Health Trust"


def test_a_sentence_opening_with_a_family_name_first():
    """"Ayuk Brenda Tabe, a trader, said": a short word no lower-case use explains, then a given name and a family
    name, opening the sentence before a comma, is all one name; "Elder Name" is a title; "Crofter Name" is not a
    name."""
    assert [m.name for m in find_people("Ayuk Brenda Tabe, a cloth trader from Kumbo, said so.")][0] == "Ayuk Brenda Tabe"
    assert [(m.name, m.role) for m in find_people("Elder Mary Qitsualik, 80, said so.")] == [("Mary Qitsualik", "Elder")]
    assert [(m.name, m.role) for m in find_people("Crofter Morag MacKinnon, 60, said so.")] == [("Morag MacKinnon", "Crofter")]


def test_a_post_known_by_its_initials_after_the_verb():
    """"the Kilosa District Executive Director (DED), Mr Name," ... '"...," said the DED.'"""
    text = (
        "Cholera has spread in Kilosa.\n\n"
        "The regional commissioner directed the Kilosa District Executive Director (DED), Mr Hamisi Juma Mbwana, to "
        "close the wells.\n\n"
        "\"We will seal every well by Tuesday,\" said the DED."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We will seal"] == "Hamisi Juma Mbwana"


def test_session_twelve_documents_statements_and_titles():
    """A ministry whose name lists its portfolios ("Ministry of Police, Prisons and Corrections") or carries
    initials in mixed case ("(Nema)") issues the statement that "the statement said" quotes; "in a statement, the
    council said" is the council's; "A post ... read:" is a new document, not the last speaker's, and a notice
    "signed by" someone is theirs; "the monarch" is the Oba; "the Hon." after a post is a title; a glossed local word
    ("tulafono", the rules that ...) is a term."""
    text = (
        "A fisherman from the village, who asked not to be named, said the ban was unfair.\n\n"
        "\"Only a few boys were fighting,\" he said.\n\n"
        "In a statement, the Ministry of Transport, Roads and Bridges said the road had been closed.\n\n"
        "\"Repairs will take six weeks,\" the statement said.\n\n"
        "A post on a page for families living abroad, which was shared widely, read: \"Fix the road first.\"\n\n"
        "A notice signed by Dr Helen Otieno and pinned at the market reads: \"Traders must move by Friday.\"\n\n"
        "The paramount ruler of the town, Oba Samuel Adeyemi-Cole, appealed for calm.\n\n"
        "\"Nobody will be chased away,\" the monarch said.\n\n"
        "The Custos of St Ann, the Hon. Desmond Barrington Clarke, who toured the area, called it \"a disgrace\".\n\n"
        "\"These are our children,\" the Custos said.\n\n"
        "He said the ban would be written into the village \"tulafono\", the rules that every family follows."
    )
    speakers, kinds = _by_opening(text)
    assert speakers_match(speakers["Only a few b"], "fisherman from the village")
    assert speakers["Repairs will"] == "Ministry of Transport, Roads and Bridges"
    assert speakers["Fix the road"] is None
    assert speakers["Traders must"] == "Helen Otieno"
    assert speakers["Nobody will "] == "Samuel Adeyemi-Cole"
    assert speakers["a disgrace"] == "Desmond Barrington Clarke"
    assert speakers["These are ou"] == "Desmond Barrington Clarke"
    assert kinds["tulafono"] == "term" and speakers["tulafono"] is None
    text = (
        "In a statement, the National Water Quality Authority (Nwqa) said it had issued no licence.\n\n"
        "\"Any permit issued over the wetland is void,\" the statement said.\n\n"
        "But in a statement on Wednesday, the council said the stalls were illegal.\n\n"
        "\"Notices were served a year ago,\" the statement read."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Any permit i"] == "National Water Quality Authority"
    assert speakers["Notices were"] == "the council"


def test_session_twelve_people_known_by_one_name_and_samoan_titles():
    """Indonesian and other one-name people set off by commas ("His wife, Wati,", "The head of the agency,
    Hasnawati,"); a paragraph about someone ("For Sudirman, ..."); Samoan honorifics ("Tofa", "Afioga") are not part
    of the name; a person whose given name is known is no news outlet even when they "gathered" something; a
    subject cut short by "and had" is the sentence's subject, never the words before "and"."""
    text = (
        "\"One trip needs 60 litres,\" said Sudirman, 47, a squid fisher.\n\n"
        "His wife, Wati, said the family had pawned a bracelet. \"When the boat does not go out, nothing comes in,\" "
        "she said.\n\n"
        "The head of the Lamuru Fisheries Agency, Hasnawati, said her office had issued letters.\n\n"
        "\"The letters are not the problem,\" she told reporters on Wednesday.\n\n"
        "Regent Andi Rahman Mallarangeng said: \"I have heard you.\"\n\n"
        "For Sudirman, the promises are familiar. \"Last year they also said next week,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["When the boa"] == "Wati"
    assert speakers["The letters "] == "Hasnawati"
    assert speakers["Last year th"] == "Sudirman"
    text = (
        "The orator chief who chaired the fono, Tofa Leaupepe Sione Fa'alogo, said the council had no choice.\n\n"
        "\"We cannot allow the church to be disrespected,\" Tofa Leaupepe said.\n\n"
        "An online petition launched by Portnaskie mum Claire Buchan has gathered more than 4,200 signatures.\n\n"
        "\"Music is the one thing that keeps them going,\" said Mrs Buchan.\n\n"
        "Themba Mabaso, the MEC, visited the site.\n\n"
        "Mabaso said he would meet the municipal manager on Friday and had asked for a plan \"with dates, not "
        "promises\"."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We cannot al"] == "Leaupepe Sione Fa'alogo"
    assert speakers["Music is the"] == "Claire Buchan"
    assert speakers["with dates, "] == "Themba Mabaso"


def test_session_twelve_long_titles_wings_and_longhouses():
    """A long title before a name set off by commas ("The district secretary of the Upcountry Estate Workers'
    Union, V. Ramachandran, accused ...") makes the name the subject of a paragraph that the next quote continues;
    "narrated" is a cue; a rank's wing ("SSP Operations Name") is no part of the name; "Rumah Nyalau" is a
    longhouse, a place, while "Tuai Rumah Nyalau Bujang" is its headman."""
    text = (
        "Estate superintendent W.A.D. Jayasundara said the creche was closed. \"It is temporary,\" he said.\n\n"
        "The district secretary of the Upcountry Estate Workers' Union, V. Ramachandran, accused the company of "
        "cutting welfare to protect profits.\n\n"
        "\"Every time the tea price falls, it is the worker's child who pays first.\"\n\n"
        "One of the affected farmers, Margaret Wanjiru Kamau, said she lost three cows.\n\n"
        "\"I woke up at 5am and found the shed empty,\" she narrated.\n\n"
        "SSP Operations Faisal Saleem Bhatti said the accused had been released. \"We are not interested in "
        "putting traders behind bars,\" he said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Every time t"] == "V. Ramachandran"
    assert speakers["I woke up at"] == "Margaret Wanjiru Kamau"
    assert speakers["We are not i"] == "Faisal Saleem Bhatti"
    assert [(m.name, m.role) for m in find_people("Tuai Rumah Nyalau Bujang said the longhouse at Rumah Nyalau has no water.")] == [
        ("Nyalau Bujang", "Tuai Rumah")
    ]


def test_session_thirteen_titles_aliases_and_local_bodies():
    """Shona titles with a surname ("Baba Mukoki" is "Baba Chenjerai Mukoki"); a name the article says someone is
    "popularly known as" ("Mai Tafadzwa"); "Chief Nyamutora" is a person, not the "Nyamutora Irrigation Scheme"; a
    month as a given name ("president June Halloran", but not "In June Halloran said"); "the Baglung chapter of the
    Nepal Teachers' Association" is one body; a paper's capitalised opening ("A GROUP of landowners") and "GPS
    readings" are no bodies; a page's owner ("the Vangara Youth Voice Facebook page") is "the group"."""
    text = (
        "A GROUP of landowners at Nyamutora Irrigation Scheme have blocked the road, citing GPS readings.\n\n"
        "Chief Nyamutora, who attended the ceremony, thanked the Government.\n\n"
        "\"Some of these plots were given to families,\" he said.\n\n"
        "Mrs Rudo Chiyangwa, popularly known as Mai Tafadzwa, who grows tomatoes, said the years had been painful.\n\n"
        "\"We were carrying water in buckets,\" said Mai Tafadzwa.\n\n"
        "The chairman of the committee, Baba Chenjerai Mukoki, said members had agreed to a levy.\n\n"
        "\"We have learnt our lesson,\" said Baba Mukoki.\n\n"
        "Progress association president June Halloran said the hall was needed.\n\n"
        "\"We were told the hall was a priority,\" Ms Halloran said.\n\n"
        "The Baglung chapter of the Nepal Teachers' Association, in a statement, called the decision \"arbitrary\".\n\n"
        "In a post on the Vangara Youth Voice Facebook page on Tuesday, the group wrote: \"We are peaceful.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["Some of thes"] == "Nyamutora"
    assert speakers["We were carr"] == "Rudo Chiyangwa"
    assert speakers["We have lear"] == "Chenjerai Mukoki"
    assert speakers["We were told"] == "June Halloran"
    assert speakers["arbitrary"] == "Baglung chapter of the Nepal Teachers' Association"
    assert speakers["We are peace"] == "Vangara Youth Voice"
    names = [m.name for m in find_people(text)]
    assert "GROUP" not in names and "GPS" not in names
    assert [m.name for m in find_people("In June Halloran said the hall was closed.")] == ["Halloran"]


def test_session_thirteen_unnamed_voices_and_company_documents():
    """Anyone can be an anonymous source when the article says so ("said a plot holder who declined to be named");
    an unnamed spokeswoman introduced after an opening phrase is "she" later, also in "She added that ... '...'";
    "the company's statement" is the company's; "The management of X said" is X; "A post on the X Facebook page" is
    X's; "the group" after "The Save X campaign" is that campaign."""
    text = (
        "\"We want the list read out,\" said a plot holder who declined to be named.\n\n"
        "In response to queries, a spokeswoman for the National Environment Agency (NEA) said costs had risen.\n\n"
        "\"The charges are set through an open tender,\" she said.\n\n"
        "She added that stallholders could ask for help. \"We will continue to engage the hawkers.\"\n\n"
        "Halvard Traffic Systems, based in Tulsa, runs similar programs. The company sent a written response.\n\n"
        "\"Every program we run is designed to become less profitable,\" the company's statement said.\n\n"
        "The management of Tapuka General Hospital said the wards were relying on \"two water tankers\".\n\n"
        "A post on the Ngāti Pareuru Trust Facebook page on Sunday asked people to \"respect the rāhui\".\n\n"
        "The Save Drumcorran Hospital campaign, which has 9,000 followers online, urged people to respond. In a post "
        "on Facebook, the group wrote: 'Tell the trust your story.'"
    )
    speakers, _ = _by_opening(text)
    assert speakers_match(speakers["We want the "], "plot holder")
    assert speakers_match(speakers["The charges "], "National Environment Agency")
    assert speakers_match(speakers["We will cont"], "National Environment Agency")
    assert speakers["Every progra"] == "Halvard Traffic Systems"
    assert speakers["two water ta"] == "Tapuka General Hospital"
    assert speakers["respect the "] == "Ngāti Pareuru Trust"
    assert speakers["Tell the tru"] == "Save Drumcorran Hospital campaign"
    assert speakers_match("Union of Primary Teachers", "Gwarmai chapter of the Union of Primary Teachers")


def test_session_thirteen_names_with_apostrophes_and_one_word_names():
    """A name written with a leading apostrophe or 'okina ("'M'e 'Mathabo Nkuebe", "'Ana Moala") opens no quote;
    Sesotho "Ntate"/"'M'e" and Gambian "Alkalo"/"Alhagie" are titles; a one-word name after a post in lower case
    ("Gram panchayat president Lakshmamma denied") is a person "she" can mean; "a price one villager described as"
    is the villager's; "the engineers' report stated" names no speaker "the engineers'"."""
    text = (
        "'M'e 'Mathabo Nkuebe, a widow who keeps 140 sheep, said she had counted on the money.\n\n"
        "\"This wool is my children's school fees,\" she said.\n\n"
        "'Ana Moala, a mother of three students at the school, said parents were worried.\n\n"
        "Ntate Tšeliso Ramakatsa said the bales were weighed. \"Every bale was written down,\" said Ntate Ramakatsa.\n\n"
        "The Alkalo of Sitanba, Alhagie Ebrima Touray, said trade had stopped.\n\n"
        "Alkalo Touray said villagers were worried. \"These canoes are not made to carry 20 people,\" he said.\n\n"
        "A tractor driver, speaking on condition of anonymity, told DH that kiln owners were paying.\n\n"
        "\"The silt is very good for bricks,\" he said.\n\n"
        "Gram panchayat president Lakshmamma denied that the panchayat had any role.\n\n"
        "\"The panchayat has not collected even one rupee,\" she said.\n\n"
        "Families pay K1,100 a kilogramme, a price one villager described as \"daylight robbery\".\n\n"
        "\"The blocks are not fit for use,\" the engineers' report stated."
    )
    speakers, _ = _by_opening(text)
    assert not any(opening.startswith(("M'e", "Ana Moala", "Mathabo")) for opening in speakers)
    assert speakers["This wool is"] == "Mathabo Nkuebe"
    assert speakers["Every bale w"] == "Tšeliso Ramakatsa"
    assert speakers["These canoes"] == "Ebrima Touray"
    assert speakers["The panchaya"] == "Lakshmamma"
    assert speakers_match(speakers["daylight rob"], "villager")
    assert speakers["The blocks a"] in (None, "the engineers", "engineers")
    assert speakers_match("'Ana Moala", "Ana Moala") and speakers_match("Lord Mavaeholo", "Mavaeholo")


def test_session_thirteen_bodies_signatories_and_partial_names():
    """A body's statement "by its secretary, Name" is the body's; "Reacting, X and Y Company Limited, ..." names the
    company (an "and" inside a firm's name, "Sonali Builders and Engineers", joins no two subjects); "Tahsildar" is
    a post; "Malik Qadir" is Malik Ghulam Qadir Joiya; "In a post on its Facebook page, it said" is the body the
    sentence before was about, and "the community council" is the one whose name says so."""
    text = (
        "The Kwara State chapter of the Nigeria Union of Teachers (NUT), in a statement on Friday by its secretary, "
        "Gbenga Olowookere, urged the government to \"end the suspense\".\n\n"
        "Reacting, Ebrovwe Petroleum and Refining Company Limited, operators of the plant, in a statement signed by its "
        "Head of Corporate Communications, Mrs. Ufuoma Ighoroje, said it had \"substantially complied\".\n\n"
        "In a written reply, the contracting firm, Sonali Builders and Engineers, said the delay was due to "
        "\"unavoidable circumstances\".\n\n"
        "Tahsildar K. Ramamoorthy said the route was unsafe. \"The car weighs over 30 tonnes,\" he said.\n\n"
        "Malik Ghulam Qadir Joiya, a farmer, said the canal breached. \"We are already under debt,\" Malik Qadir said.\n\n"
        "\"No charges will be introduced this year,\" a Lorn and Isles Council spokeswoman said.\n\n"
        "The Inchcarra Community Council has urged residents to respond before the deadline.\n\n"
        "In a post on its Facebook page, it said: \"Fill in the form.\"\n\n"
        "\"We have not been consulted,\" the community council said."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match(speakers["end the suspe"[:12]], "Nigeria Union of Teachers")
    assert speakers["substantiall"] == "Ebrovwe Petroleum and Refining Company Limited"
    assert speakers["unavoidable "] == "Sonali Builders and Engineers"
    assert speakers["The car weig"] == "K. Ramamoorthy"
    assert speakers["We are alrea"] == "Malik Ghulam Qadir Joiya"
    assert speakers["Fill in the "] == "Inchcarra Community Council"
    assert speakers["We have not "] == "Inchcarra Community Council"


def test_session_thirteen_posts_and_press_offices():
    """"MMC" (member of a mayoral committee), "CS" and "PS" (Kenya's cabinet and principal secretaries) are posts;
    "the university's Corporate Communications office said" is the university's."""
    text = (
        "Kirimara University will close two campuses, its council said.\n\n"
        "In a statement on Saturday, the university's Corporate Communications office said learning \"will continue "
        "uninterrupted\".\n\n"
        "Education CS Beatrice Mwende Kaluki said funds were coming. \"Let us not politicise this matter,\" CS Kaluki said.\n\n"
        "Transport MMC Lindiwe Mahlangu said the route was closed. \"We will not put our drivers in harm's way,\" "
        "Mahlangu said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["will continue"[:12]] == "Kirimara University"
    assert speakers["Let us not p"] == "Beatrice Mwende Kaluki"
    assert speakers["We will not "] == "Lindiwe Mahlangu"


def test_session_thirteen_crowd_voices_and_committee_members():
    """A shout from a crowd ('a voice from among the vendors called out, "..."', 'a shout of "..."', 'Someone near
    the back shouted') has no speaker, whoever spoke before; "the committee member" is the unnamed member of a
    committee the article introduced."""
    text = (
        "MP Everton Chambers said he would walk the contractor onto the site. \"This is not a political football,\" he "
        "said. As he spoke, a voice from among the vendors called out, \"Talk is cheap, MP!\"\n\n"
        "At one point, a shout of \"Follow the money!\" came from the back of the room.\n\n"
        "Someone near the back shouted, \"Vote it down!\"\n\n"
        "A member of the area council's disaster committee, who asked not to be named, said the ship was late.\n\n"
        "\"The captain said the sea was too rough,\" the committee member said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["This is not "] == "Everton Chambers"
    assert speakers["Talk is chea"] is None and speakers["Follow the m"] is None and speakers["Vote it down"] is None
    assert speakers_match("member of the area council's disaster committee", speakers["The captain "])


def test_session_fourteen_names_titles_and_bodies():
    """Sesotho "said 'M'e Name" after a quote; "Ha Name" is a village, not the chief named after it; the "OIC" is
    the Officer-in-Charge named with his rank; an Indonesian "PT ..." is the company "the company" means; a
    Minangkabau "Datuk" inside a name belongs to it; "the X shelter" is no person "he" could mean; a trucker's
    occupation is no part of his name; "the office" is the office the article described in lower case."""
    text = (
        "Water has not reached Ha Sekhobe since the contractor, Lerato Civil Works, left.\n\n"
        "\"We were promised taps by Easter,\" said 'M'e 'Malineo Tsiu, a mother of four.\n\n"
        "The village chief, Chief Motlatsi Sekhobe, said he had written to the council.\n\n"
        "\"I have run out of words,\" Chief Sekhobe said.\n\n"
        "The Officer-in-Charge of the Pettah Police, Inspector K.L.M. Gunasekara, met the traders.\n\n"
        "\"The market will stay open,\" the OIC told the traders.\n\n"
        "Residents group Suara Warga said logging was to blame, pointing to a concession held by PT Hutan Rimba Jaya.\n\n"
        "The company said it would help \"with full commitment\" and sent rice to the camps.\n\n"
        "Bupati Suharto Datuk Bagindo Sati declared an emergency.\n\n"
        "\"Our first duty is the evacuees,\" Suharto told reporters at the Lubuk Alung shelter.\n\n"
        "He said the timber was not from the river. \"These logs were cut with saws,\" he said.\n\n"
        "Trucker Delroy Bembridge, whose firm holds a contract, denied the claims.\n\n"
        "\"Every load reached the tank,\" said Bembridge.\n\n"
        "Early tests by the county water quality office found nitrate in two wells.\n\n"
        "\"We are taking more samples this week,\" the office said."
    )
    speakers, _ = _by_opening(text)
    assert speakers_match(speakers["We were prom"], "'Malineo Tsiu")
    assert speakers["I have run o"] == "Motlatsi Sekhobe"
    assert speakers["The market w"] == "K.L.M. Gunasekara"
    assert speakers["with full co"] == "PT Hutan Rimba Jaya"
    assert speakers["Our first du"] == "Suharto Datuk Bagindo Sati"
    assert speakers["These logs w"] == "Suharto Datuk Bagindo Sati"
    assert speakers["Every load r"] == "Delroy Bembridge"
    assert speakers["We are takin"] == "county water quality office"


def test_session_fourteen_posts_reports_and_chiefs():
    """The caption of a video "posted on Facebook by" a group is the group's; "A report by the office" is the
    office's; "In a statement, X Police say" makes "the statement says" the police's; "the chief" after "the
    Ofoasehene, Nana ..." is that chief; "(PH-Bukit Mas)" after a name is a party and seat, not a person "she" could
    mean; the name in "the Lubuk Alung shelter" stays a name for the headline checks."""
    text = (
        "The leader of the Hausa community, Alhaji Sani Bello, said graves had been dug up.\n\n"
        "A video posted on Facebook by the Ofoase Youth Forum shows an excavator beside the graves. The caption reads: "
        "\"Not even the dead are safe here.\"\n\n"
        "Findings by the district veterinary office point to contaminated feed.\n\n"
        "A report by the office, seen by reporters, notes that \"feed stores were not inspected for a year\".\n\n"
        "In a statement, Waitara Police say a man was arrested on Monday.\n\n"
        "\"Inquiries are continuing,\" the statement says.\n\n"
        "The Ofoasehene, Nana Kwabena Asante II, said elders had been insulted.\n\n"
        "The chief said rites would be performed to \"calm the spirits\" next week.\n\n"
        "Speaking in the assembly, Lim Mei Fong (PH-Bukit Mas) said villagers were never asked.\n\n"
        "\"Their rubber trees are still standing there,\" she said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["Not even the"] == "Ofoase Youth Forum"
    assert speakers["feed stores "] == "district veterinary office"
    assert speakers["Inquiries ar"] == "Waitara Police"
    assert speakers["calm the spi"] == "Kwabena Asante II"
    assert speakers["Their rubber"] == "Lim Mei Fong"
    names = {m.name: m.kind for m in find_people("They slept at the Lubuk Alung shelter.", keep_places=True)}
    assert names.get("Lubuk Alung") == "place"
    assert "Lubuk Alung" not in {m.name for m in find_people("They slept at the Lubuk Alung shelter.")}


def test_session_fourteen_councillors_shelters_and_what_a_company_calls():
    """"Cr Dean Whitlock": a given name that is also a post, after a title, is the name; "Western Australian" is
    nobody's name; "the shelter wrote:" is the shelter the article named; "The X Agency, which manages ..., said in
    a statement" makes "the statement read" the agency's; "what the company describes as '...'" is the company's."""
    text = (
        "A remote Western Australian town is split over the camp.\n\n"
        "Cr Dean Whitlock, a former truck driver, backed it.\n\n"
        "\u2018If we knock this back we get nothing,\u2019 Whitlock said.\n\n"
        "Dogs are kept in crates at Marlow County Animal Shelter, said its director, Ann Okoro.\n\n"
        "In a Facebook post on Sunday, the shelter wrote:\n\n"
        "\"We are pausing all stray intake from Monday.\"\n\n"
        "The Upland Dairy Management Agency, which runs the plant for its members, said in a statement that it "
        "would review the closures.\n\n"
        "\"The agency has heard the farmers,\" the statement read.\n\n"
        "Tarnvale Quarrying Limited wants the road moved after surveys found what the company describes as "
        "\"a deep limestone seam\" under it."
    )
    speakers, _ = _by_opening(text)
    assert speakers["If we knock "] == "Dean Whitlock"
    assert speakers["We are pausi"] == "Marlow County Animal Shelter"
    assert speakers["The agency h"] == "Upland Dairy Management Agency"
    assert speakers["a deep limes"] == "Tarnvale Quarrying Limited"
    assert "Western Australian" not in {m.name for m in find_people(text)}


def test_session_fourteen_eswatini_titles_posts_and_rulers():
    """siSwati "Make"/"Mkhulu" before a full name and the post "Bucopho" are no part of the name; "The SDM, Ratia,
    Name": the post's place between commas; a body's short name after a comma ("the X Society, XSOC.") is that
    body; a ministry with a many-word portfolio ("Agriculture, Animal Industry and Fisheries") is one body; "the
    traditional ruler" after "The Baale of Ile-Ora, Chief Name" is that chief."""
    text = (
        "Make Nomsa Dlamini, a mother of four, walks to the mill. \"We carry maize on our heads,\" she said.\n\n"
        "Bucopho Sipho Shongwe denied owning the mill. \"I have never seen the keys,\" Shongwe said.\n\n"
        "The Sub-Divisional Magistrate (SDM), Tohana, Anil Kumar Dhull, met the farmers.\n\n"
        "\"The breach will be plugged tonight,\" the SDM said.\n\n"
        "Ngwa Tabe, president of the Bamali Coffee Growers Cooperative Society, BACOFCOOP, led the march.\n\n"
        "In a statement, BACOFCOOP said it would go to court. \"We are not against the council,\" it said.\n\n"
        "In a statement issued on Monday, the Ministry of Agriculture, Animal Industry and Fisheries said it "
        "supported the closure. \"Illegal nets are prohibited,\" the statement said.\n\n"
        "The Baale of Ile-Ora, Chief Adewale Oyekunle Ajani, said farmers pay more now.\n\n"
        "\"Our people were promised this road,\" the traditional ruler said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We carry mai"] == "Nomsa Dlamini"
    assert speakers["I have never"] == "Sipho Shongwe"
    assert speakers["The breach w"] == "Anil Kumar Dhull"
    assert speakers["We are not a"] == "Bamali Coffee Growers Cooperative Society"
    assert speakers["Illegal nets"] == "Ministry of Agriculture, Animal Industry and Fisheries"
    assert speakers["Our people w"] == "Adewale Oyekunle Ajani"


def test_session_fifteen_given_names_titles_and_post_acronyms():
    """"Jan" before a surname is a given name, not January; "P.C." (Paramount Chief) is a title, so "P.C. Sesay" is
    the chief named in full before; a post's short form defined in brackets ("Area Administrator (AA)") is a post,
    so "AA Tabi said" is the administrator; "the kagawad" is the barangay councillor the article described."""
    text = (
        "Harbour ward councillor Jan Verhoeven, who runs a fish shop, opposed the plan.\n\n"
        "\u201cIt\u2019s the wrong place for a car park,\u201d Cr Verhoeven said.\n\n"
        "The Paramount Chief of Tonko Chiefdom, P.C. Alhaji Brima Konteh III, said he had written to the firm.\n\n"
        "\"Our farmers cannot cross the river now,\" P.C. Konteh said.\n\n"
        "Lamap Area Administrator (AA), Rose Kalo, said the tanks had no taps.\n\n"
        "\"We cannot install a tank like that,\" AA Kalo said.\n\n"
        "But a barangay kagawad (councilor), who asked not to be named, said the rice had been kept for weeks.\n\n"
        "\"We asked the captain why,\" the kagawad said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["It\u2019s the wro"] == "Jan Verhoeven"
    assert speakers["Our farmers "] in ("Brima Konteh III", "Alhaji Brima Konteh III")
    assert speakers["We cannot in"] == "Rose Kalo"
    assert speakers["We asked the"] == "barangay kagawad"


def test_session_fifteen_a_caption_is_the_posters():
    """"Photos ... spread after a resident posted them with the caption: '...'" is the resident's caption, not the
    photos'; "after Ama Boateng, a trader, shared it with the caption:" is hers."""
    text = (
        "Pictures of the flooded ward spread online after a nurse posted them on Facebook with the caption: "
        "\"This is where we work now.\"\n\n"
        "The clip spread after Ama Boateng, a trader, shared it with the caption: \"This is our road now.\""
    )
    speakers, _ = _by_opening(text)
    assert speakers["This is wher"] == "a nurse"
    assert speakers["This is our "] == "Ama Boateng"


def test_session_fifteen_village_posts():
    """"Toshao" (a Guyanese village chief), "Grama Niladhari" (a Sri Lankan village officer) and "Executive
    Engineer" are posts: "the Grama Niladhari said" and "the executive engineer said" are the people who hold them,
    and a Toshao's name does not include the title."""
    text = (
        "Toshao Wendell Peters said the sea dam was leaking. \"We sent pictures to the region,\" he said.\n\n"
        "Kandegama Grama Niladhari K.M. Ruwan Perera said 90 families depend on the tank.\n\n"
        "\"They can come back to their fields,\" the Grama Niladhari said.\n\n"
        "Rangpur BWDB Executive Engineer Md Aminul Haque said the dyke was weak.\n\n"
        "\"We are not against the families,\" the executive engineer said."
    )
    speakers, _ = _by_opening(text)
    assert speakers["We sent pict"] == "Wendell Peters"
    assert speakers["They can com"] == "K.M. Ruwan Perera"
    assert speakers["We are not a"] == "Md Aminul Haque"


def test_session_fifteen_md_names_a_man():
    """"Md" (Mohammad) before a Bangladeshi name says the person is a man, so "he added" after his quotes stays
    with him rather than going back to the last man whose gender a pronoun had shown."""
    text = (
        "Chairman Md Abdul Motaleb said he had asked the board to wait.\n\n"
        "\"These people are not here by choice,\" said Motaleb.\n\n"
        "Gaibandha BWDB Executive Engineer Md Shahidul Islam said the embankment had cracks.\n\n"
        "\"We are not against the poor people,\" the executive engineer said. \"But if it breaks, 30,000 people will "
        "go under water.\"\n\n"
        "He said repair work was scheduled to begin in January. \"The contractor cannot start work with houses on the "
        "slope,\" he added."
    )
    speakers, _ = _by_opening(text)
    assert speakers["The contract"] == "Md Shahidul Islam"
