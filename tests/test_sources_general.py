"""Sources on news outside diplomacy: one made-up story per error kind seen on other outlets.

Each story is written for this test (none is copied from a benchmark); each asserts the speaker,
the kind of record and the source type, or that nothing is recorded where nobody speaks.
"""

import gzip
import json
from importlib import resources

import pytest

from analysis.article import parse_article
from analysis.attribution_model import MODEL_FILE, tagger
from analysis.entities import entities
from analysis.quotes import quote_records
from analysis.sources import sources


def story(*paragraphs):
    return parse_article("\n\n".join(paragraphs) + "\n")


def said(article):
    return [(r["kind"], r["speaker"], r["speaker_type"]) for r in quote_records(article)]


def source_row(article, name):
    frame = sources(article)
    rows = frame[frame["name"] == name]
    assert len(rows) == 1, frame[["name", "type", "status"]].to_dict("records")
    return rows.iloc[0]


def test_he_said_goes_to_the_paragraph_subject_not_a_man_named_inside_the_quote():
    article = story(
        "Police seek witness to robbery",
        "Police Chief John Barnes said officers were looking for witnesses on Tuesday.",
        '"We think Tom Miller saw the whole thing and we want to talk to him," he said.',
    )
    direct = [r for r in quote_records(article) if r["kind"] == "direct"]
    assert [(r["speaker"], r["speaker_type"]) for r in direct] == [("John Barnes", "person")]
    assert source_row(article, "Tom Miller")["status"] == "mentioned"


def test_a_match_winner_keeps_his_quote_when_the_opposing_manager_was_named_last():
    article = story(
        "United win at the death",
        "Striker Marcus Reed scored twice as United beat Rovers 2-1 on Saturday.",
        "Rovers manager Paul Hart was unhappy with the referee.",
        'Reed was delighted. "It was the best goal of my life, honestly," he said.',
    )
    assert said(article) == [("direct", "Marcus Reed", "person")]
    assert source_row(article, "Paul Hart")["status"] == "mentioned"
    assert source_row(article, "Paul Hart")["role"] == "manager"


def test_a_place_inside_a_noun_phrase_is_neither_speaker_nor_person():
    article = story(
        "Actor sells her home",
        "The actor listed her Santa Barbara home for $5 million last week.",
        '"It was time to move on and start again somewhere new," the actor said in a statement.',
    )
    assert ("direct", "The actor", "anonymous") in said(article)
    assert "Santa Barbara" not in set(entities(article).query("kind == 'person'")["name"])
    assert "Santa Barbara" not in set(sources(article)["name"])


def test_a_dash_credit_goes_to_the_manager_not_his_club():
    article = story(
        "Late winner",
        '"We never stopped believing in ourselves and it paid off today." - Manchester United manager Erik Smith',
    )
    assert said(article) == [("direct", "Erik Smith", "person")]
    assert source_row(article, "Erik Smith")["role"] == "manager"


@pytest.mark.parametrize(
    "sentence",
    [
        "China maintains tight control over the internet, and the service has been blocked since Monday.",
        "Four points separated the two teams at the break.",
        "The bank declined to comment on the report.",
        "The airline planned to add seats on the route, adding seats in March.",
        "What did Smith say after the play?",
    ],
)
def test_sentences_that_report_no_speech_give_no_record(sentence):
    article = story("Notes", sentence)
    assert said(article) == []


@pytest.mark.parametrize(
    ("sentence", "not_a_speaker"),
    [
        ("The 48 million plan would fund new teachers, officials said.", "48 million"),
        ("In April, the head teacher said nothing had changed at the school.", "April"),
        ("GCSEs show a decline across the region this year, the report found.", "GCSEs"),
    ],
)
def test_numbers_months_and_things_are_never_speakers(sentence, not_a_speaker):
    records = said(story("Schools", sentence))
    assert records, "the sentence does report speech"
    assert all(speaker != not_a_speaker for _, speaker, _ in records)
    assert all(speaker_type in ("person", "group", "organization", "anonymous") for _, _, speaker_type in records)


@pytest.mark.parametrize(
    ("sentence", "name", "role"),
    [
        ("Chief Financial Officer Mark Delaney said revenue rose 10 percent.", "Mark Delaney", "Chief Financial Officer"),
        ("Head coach Tom Baker said the team was ready for the new season.", "Tom Baker", "Head coach"),
        ("Council member Ana Ruiz said the budget would pass easily next week.", "Ana Ruiz", "Council member"),
        ("Council president Joe Park said the vote would be held on Monday.", "Joe Park", "Council president"),
        ("Jane Doe, an analyst at Bernstein, said the shares were undervalued.", "Jane Doe", "analyst"),
        ("Police Chief John Barnes said the road would reopen on Friday.", "John Barnes", "Police Chief"),
    ],
)
def test_titles_of_any_field_are_roles_never_people(sentence, name, role):
    article = story("Roles", sentence)
    assert said(article) == [("indirect", name, "person")]
    people = sources(article)
    assert list(people["name"]) == [name]  # no person "Financial", "Council" or "Chief"
    assert people.iloc[0]["role"] == role


def test_one_organisation_written_several_ways_is_one_source():
    article = story(
        "Merger talks",
        "Time Warner said on Monday it would sell the unit to a rival for cash.",
        '"This is a great day for our shareholders and our staff," the company said.',
    )
    assert said(article) == [("indirect", "Time Warner", "organization"), ("direct", "Time Warner", "organization")]
    row = source_row(article, "Time Warner")
    assert (row["type"], row["direct_quotes"], row["indirect"], row["mentions"]) == ("organization", 1, 1, 2)


CAST_STORY = (
    "Storm hits coast",
    "Sheriff Dana Cole said the storm had knocked out power to 4,000 homes overnight.",
    '"We are asking everyone to stay off the roads until the morning," Cole said.',
    "Forecaster Raj Patel of the National Weather Service said winds would ease by noon.",
    '"The worst is behind us," he said, "but the rivers are still rising."',
    "Residents said the water rose quickly. Mayor Lin Ho toured the shelters.",
)


def test_every_speaker_is_a_source_and_an_entity_with_its_mentions():
    article = story(*CAST_STORY)
    records = [r for r in quote_records(article) if r["speaker"]]
    table = sources(article)
    people = entities(article)
    assert records
    for r in records:
        row = table[table["name"] == r["speaker"]]
        assert len(row) == 1 and row.iloc[0]["mentions"] >= 1, r["speaker"]
        if r["speaker_type"] in ("person", "organization"):
            entity = people[people["name"] == r["speaker"]]
            assert len(entity) == 1 and entity.iloc[0]["mentions"] >= 1, r["speaker"]
            assert row.iloc[0]["mentions"] == entity.iloc[0]["mentions"]
    patel = table[table["name"] == "Raj Patel"].iloc[0]
    assert (patel["direct_quotes"], patel["role"]) == (2, "Forecaster")
    assert table[table["name"] == "Lin Ho"].iloc[0]["status"] == "mentioned"


def test_the_shipped_model_records_its_provenance_and_is_plain_json():
    raw = resources.files("analysis.data").joinpath(MODEL_FILE).read_bytes()
    assert len(raw) <= 10 * 1024 * 1024
    data = json.loads(gzip.decompress(raw))  # JSON: reading it runs no code
    provenance = data["provenance"]
    assert len(provenance["sha256"]) == 64 and provenance["articles"] > 500
    assert provenance["settings"]["algorithm"] == "lbfgs"
    assert tagger().labels == ("O", "S", "C", "Q")


@pytest.mark.parametrize(
    "sentence",
    ["Two council members said the vote was rushed.", "A board member said the deal would close in May."],
)
def test_unnamed_members_of_a_body_are_anonymous_people_not_the_body(sentence):
    """ "Two council members" are people of the council, not the council speaking."""
    assert [speaker_type for *_, speaker_type in said(story("Budget", sentence))] == ["anonymous"]


def test_a_demonym_that_speaks_is_its_country_and_no_entity():
    """ "German call to boycott British lamb": Germany calls; "German" is no person or organisation."""
    article = story("EU rejects German call to boycott British lamb", "Officials in Brussels met on Thursday.")
    assert all(speaker != "German" for _, speaker, _ in said(article))
    assert "German" not in set(entities(article)["name"])


def test_a_named_speaker_placed_by_a_phrase_is_the_person_and_the_content_no_speaker():
    """ "Judge Ana Ruiz in Dover, Delaware, said the deal would harm competition": Ana Ruiz speaks;
    the clause after "said" is what she said, never a source of its own."""
    article = story("Merger blocked", "U.S. District Judge Ana Ruiz in Dover, Delaware, said the deal would harm competition.")
    assert said(article) == [("indirect", "Ana Ruiz", "person")]


def test_a_party_named_by_its_members_speaks_as_a_group_and_is_no_person():
    """ "The Free Democrats said": a party's members in the plural, a group speaking, not a person."""
    article = story(
        "Bonn plan",
        "The government would stick to its savings plan.",
        "The Free Democrats said the plan was unfair to workers in the east.",
    )
    assert said(article) == [("indirect", "Free Democrats", "group")]
    assert "Free Democrats" not in set(entities(article)["name"])


def test_a_plural_noun_opening_a_sentence_that_the_story_also_writes_in_lower_case_is_no_name():
    """ "Aides said", where the story also speaks of "his aides": the word, not an organisation."""
    article = story(
        "Campaign trail",
        "The senator met his aides in Ohio on Monday.",
        "Aides said the senator would return to Washington on Friday.",
    )
    assert "Aides" not in set(entities(article)["name"])
    assert [speaker_type for _, _, speaker_type in said(article)] == ["anonymous"]
