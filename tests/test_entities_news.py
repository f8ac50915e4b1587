"""Entities on wire copy: made-up stories in the shapes that went wrong on other news.

Each story is written for this test. They check kinds (person, place, organisation), that one
place written two ways is one entity, that datelines and headlines in capitals are read as
such, and that every mention comes with offsets.
"""

import pytest

from analysis.article import parse_article
from analysis.entities import entities, entity_mentions

WIRE = """SOCCER - ROVERS HOLD CITY AS MAYOR WATCHES

LEEDS 2024-03-02

Leeds Rovers held the visitors to a 1-1 draw on Saturday, watched by Russia's ambassador.

Frantisek Kolarik, a Slovak lawmaker, said the match was "a fine advert for the game".

Pacific Airways Plc said on Friday it would add flights to Russia, while Northgate Gold Corp shares fell 2 percent in Toronto.

The Department of Transport said two council members in Wales had complained. PT Sinar Timah, the Indonesian tin miner, was not affected.

Tendai Sindiso Moyo, the mayor of Bulawayo, told reporters in Scotland and England that the Gaza Strip talks would resume in Gaza next week.

Surgeon Oleg Marchenko operated on the patient in Moscow. Dulles International Airport was closed, the Chicago Newsroom reported.
"""


@pytest.fixture(scope="module")
def wire():
    article = parse_article(WIRE)
    table = entities(article)
    return article, {name: kind for name, kind in zip(table["name"], table["kind"])}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Russia", "place"),  # a country by its short name, not only "Russian Federation"
        ("England", "place"),
        ("Scotland", "place"),
        ("Wales", "place"),
        ("Toronto", "place"),
        ("Leeds", "place"),  # a dateline in capitals is a place
        ("Leeds Rovers", "organization"),  # a club
        ("Pacific Airways Plc", "organization"),  # company suffixes as wire copy writes them
        ("Northgate Gold Corp", "organization"),
        ("PT Sinar Timah", "organization"),
        ("Department of Transport", "organization"),
        ("Frantisek Kolarik", "person"),  # no known first name, but an appositive role
        ("Tendai Sindiso Moyo", "person"),
        ("Oleg Marchenko", "person"),  # a title of any field
        ("Dulles International Airport", "place"),  # a facility, not a person
    ],
)
def test_kinds_on_wire_copy(wire, name, kind):
    _, found = wire
    assert found.get(name) == kind, found


def test_one_place_written_two_ways_is_one_entity(wire):
    _, found = wire
    assert ("Gaza" in found) != ("Gaza Strip" in found)


@pytest.mark.parametrize("not_an_entity", ["SOCCER", "ROVERS", "CITY", "MAYOR", "Chicago Newsroom", "Two council members"])
def test_slugs_headline_words_and_groups_are_not_people(wire, not_an_entity):
    _, found = wire
    assert found.get(not_an_entity) in (None, "organization") and found.get(not_an_entity) != "person"
    if not_an_entity.isupper():
        assert not_an_entity not in found


def test_every_mention_has_offsets_that_slice_to_its_text(wire):
    article, _ = wire
    mentions = entity_mentions(article)
    assert len(mentions) > 20
    for row in mentions.itertuples():
        assert article.text[row.start : row.end] == row.text
        assert row.kind in ("person", "place", "organization")


def test_seed_people_keep_their_roles_and_all_their_mentions(seed):
    mentions = entity_mentions(seed)
    kamikawa = mentions[mentions["name"] == "Yoko Kamikawa"]
    blinken = mentions[mentions["name"] == "Antony Blinken"]
    assert {"Kamikawa", "Yoko Kamikawa", "she"} <= set(kamikawa["text"])
    assert {"Blinken", "Antony Blinken"} <= set(blinken["text"])
    assert len(kamikawa) == entities(seed).set_index("name").loc["Yoko Kamikawa", "mentions"]
    table = entities(seed)
    assert (table["name"] == "Yoko Kamikawa").sum() == 1 and (table["name"] == "Antony Blinken").sum() == 1
    # no two mentions of one entity overlap
    for _, group in mentions.groupby("name"):
        spans = sorted(zip(group["start"], group["end"]))
        assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:]))
