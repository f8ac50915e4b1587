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


def _names(text: str) -> set[str]:
    """The entity names of a made-up story."""
    return set(entities(parse_article(text))["name"])


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


FUNDRAISERS = """Donors line up behind the senator

The fundraisers include Marta Okonkwo of Ridgeline Partners and Tomas Verhoeven of Halden Bank, the
Center for Fiscal Reform said. The dinner was organized by Okonkwo for Delgado's first campaign.

Delgado met the Minister for Foreign Affairs at the Bank of Ireland, and Voters for Clean Water
praised her.
"""


def test_a_connector_joins_names_only_where_one_name_is_made_that_way():
    """ "Marta Okonkwo of Ridgeline Partners" is a person and her firm, "Okonkwo for Delgado's
    campaign" two people; "Center for ...", "Bank of ...", a title and a group with "for" are one."""
    from analysis.names import capitalised_runs
    from analysis.tokens import tokenize

    tokens = tokenize(FUNDRAISERS)
    runs = [" ".join(t.text for t in tokens[a:b]) for a, b in capitalised_runs(tokens, first_is_sentence_start=False)]
    for joined in ("Center for Fiscal Reform", "Bank of Ireland", "Minister for Foreign Affairs", "Voters for Clean Water"):
        assert joined in runs
    for apart in ("Marta Okonkwo", "Ridgeline Partners", "Tomas Verhoeven", "Halden Bank", "Okonkwo", "Delgado"):
        assert apart in runs
    assert not any(" of Ridgeline" in r or " for Delgado" in r or " of Halden" in r for r in runs)
    names = _names(FUNDRAISERS)
    assert "Marta Okonkwo" in names and "Halden Bank" in names and not any("Okonkwo for" in n for n in names)


FAMILY = """Senator Maria Lindqvist opened her campaign in Duluth on Monday.

Lindqvist was joined by her husband, former governor Per Lindqvist, and their daughters Ebba
Lindqvist and Paris Lindqvist. "We are ready," Lindqvist said. M. Lindqvist later thanked the
volunteers.
"""


def test_people_who_share_a_surname_stay_apart():
    """Two full names with one surname and different first names are two people (a family, two
    presidents), and a known surname makes a full name a person's; a bare surname or an initial
    still joins the person first named."""
    article = parse_article(FAMILY)
    table = entities(article)
    people = {name: (kind, n) for name, kind, n in zip(table["name"], table["kind"], table["mentions"])}
    assert people["Per Lindqvist"][0] == "person" and people["Ebba Lindqvist"][0] == "person"
    assert people["Per Lindqvist"][1] == 1 and people["Ebba Lindqvist"][1] == 1
    assert people["Paris Lindqvist"][0] == "person"  # a relative's first name may be a place's
    mentions = entity_mentions(article)
    maria = [
        article.text[s:e] for name, s, e in zip(mentions["name"], mentions["start"], mentions["end"]) if name == "Maria Lindqvist"
    ]
    assert maria.count("Lindqvist") == 2 and "M. Lindqvist" in maria


def test_an_adjective_made_from_a_name_is_no_part_of_the_next_name():
    """ "London-based Halden Bank" is Halden Bank, "Texas-born Ann Okafor" is Ann Okafor."""
    text = (
        "Markets steadied on Monday.\n\n"
        "London-based Halden Bank said Texas-born economist Ann Okafor would lead the Republican-controlled "
        "Senate panel's review, and Saudi-led talks resumed.\n"
    )
    names = _names(text)
    assert {"Halden Bank", "Ann Okafor"} <= names
    assert not any("-" in name for name in names)


def test_handles_and_hashtags_of_an_embedded_post_are_no_names():
    """An embedded post's "@MichaelOkafor" and "#Leeds" name an account and a topic, not people or places."""
    text = (
        "Council approves budget\n\n"
        "Mayor Michael Okafor welcomed the vote on Tuesday.\n\n"
        "Watch the full talk.@CityHall sits down with @MichaelOkafor. Great to meet @JohnMensah today #Leeds\n"
    )
    names = _names(text)
    assert "Michael Okafor" in names
    assert not names & {"MichaelOkafor", "JohnMensah", "CityHall", "Leeds"}


def test_a_word_capitalised_by_its_place_after_an_opening_quotation_mark_starts_no_name():
    names = _names("Council approves budget\n\n“If the Senate votes no, we start again,” Mayor Ann Lee said.\n")
    assert {"Ann Lee", "Senate"} <= names
    assert not any(name.startswith("If") for name in names)


def test_a_run_in_heading_in_capitals_is_no_place_but_a_dateline_is():
    """A digest's "BUDGET TALKS NEVER IN DOUBT, SAYS TREASURER -" opens a paragraph as a dateline does."""
    text = (
        "Weekly digest\n\n"
        "BUDGET TALKS NEVER IN DOUBT, SAYS TREASURER - Michael Okafor: “The numbers were there all along.”\n\n"
        "SALT LAKE CITY (Reuters) - Utah lawmakers met on Friday.\n"
    )
    kinds = dict(zip(*(entities(parse_article(text))[c] for c in ("name", "kind"))))
    assert kinds.get("Salt Lake City") == "place" and kinds.get("Michael Okafor") == "person"
    assert not any("Budget" in name or "Treasurer" in name for name in kinds)


def test_a_plural_title_is_no_part_of_the_first_name():
    names = _names(
        "Senate race tightens\n\nSens. Ann Okafor and Tom Lee spoke on Monday. Govs. Kofi Mensah and Jo Ward did not.\n"
    )
    assert {"Ann Okafor", "Tom Lee", "Kofi Mensah", "Jo Ward"} <= names
    assert not any(name.startswith(("Sens", "Govs")) for name in names)


def _kinds(text: str) -> dict[str, str]:
    """Name -> kind for a made-up story."""
    table = entities(parse_article(text))
    return dict(zip(table["name"], table["kind"]))


def test_initials_before_a_surname_make_a_person_but_not_an_abbreviation_in_initials():
    kinds = _kinds(
        "Tour match drawn\n\n"
        "K. Mensah made 40 and J. R. Okafor took two wickets before rain stopped play.\n\n"
        "Shares in U.S. Steel fell at the U.N. Plaza branch.\n"
    )
    assert kinds.get("K. Mensah") == "person" and kinds.get("J. R. Okafor") == "person"
    assert kinds.get("U.S. Steel") != "person"


def test_an_adjective_capitalised_by_its_place_is_no_part_of_the_name_after_it():
    """ "Top-seeded Ana Ruiz" is Ana Ruiz; a name with a hyphen ("Ban Ki-moon") keeps it."""
    names = _names("Ruiz through\n\nTop-seeded Ana Ruiz beat Jo Ward on Sunday. Long-time ally Ban Ki-moon watched.\n")
    assert {"Ana Ruiz", "Ban Ki-moon"} <= names
    assert not any(name.startswith(("Top", "Long")) for name in names)


def test_names_before_scores_in_a_results_table_are_teams():
    """Clubs named after cities are organisations in a results or standings row; a national side
    stays its country; a golfer's rounds are no standings row."""
    kinds = _kinds(
        "SOCCER - LEAGUE RESULTS\n\n"
        "Results of league matches on Saturday:\n"
        "Norwich 2 Bristol 0\n"
        "Hull City 1 Stoke 1\n\n"
        "Standings (played, won, drawn, lost, goals for, against, points):\n"
        "Brighton 4 3 0 1 8 4 9\n\n"
        "Friendly: Ghana 2 Peru 1\n\n"
        "Leading scores: Ana Ruiz 68 70 71 209\n"
    )
    for team in ("Norwich", "Bristol", "Hull City", "Stoke", "Brighton"):
        assert kinds.get(team) == "organization", team
    assert kinds.get("Ghana") == "place" and kinds.get("Peru") == "place"
    assert kinds.get("Ana Ruiz") == "person"


def test_standings_with_a_winning_percentage_results_under_a_heading_and_competitors_by_country():
    """Baseball and basketball standings give a percentage (``.561``) and games behind; their
    teams are organisations, in capitals too. A heading above a results row is no part of a name.
    A full name before a country in brackets is a competitor; one word there may be a team."""
    text = (
        "BASEBALL - STANDINGS\n\n"
        "Standings after Thursday's games:\n"
        "W L PCT GB\n"
        "TOLEDO 74 58 .561 -\n"
        "RIVERTON 70 63 .526 4 1/2\n\n"
        "THURSDAY'S RESULTS\n"
        "Fresno 7 Tacoma 4\n\n"
        "Results on Friday:\n"
        "Kalev Tamm (Estonia) beat Ivo Maric (Croatia) 6-3 6-4\n"
        "1. Festina (France) 12:02:10\n"
    )
    kinds = _kinds(text)
    for team in ("TOLEDO", "RIVERTON", "Fresno", "Tacoma"):
        assert kinds.get(team) == "organization", team
    assert not any("RESULTS" in name or "PCT" in name for name in kinds)
    assert kinds.get("Kalev Tamm") == "person" and kinds.get("Ivo Maric") == "person"
    assert kinds.get("Estonia") == "place" and kinds.get("Festina") != "person"


def test_summaries_with_scorers_in_brackets_and_teams_named_city_and_nickname():
    """Reuters' match summaries put the scorers and their minutes in brackets after each score;
    an overtime note there names nothing. "Tulsa Hawks" is a team: a city and a plural nickname,
    as North American leagues name them; "Tulsa Heights" is a place, "Ohio Democrats" a group,
    and a treaty named after a city is no organisation."""
    kinds = _kinds(
        "SOCCER - SUMMARIES\n\n"
        "Summaries of matches on Saturday:\n\n"
        "Riverton 2 (Okafor 12, Lindqvist 55) Halden 1 (Marsh 60). Half-time 1-0.\n\n"
        "Results on Friday:\n"
        "Fresno 92 Tacoma 88 (OT)\n\n"
        "The Tulsa Hawks beat the Fresno Owls, and fans in Tulsa Heights cheered. Ohio Democrats "
        "discussed the Lima Accords.\n"
    )
    for team in ("Riverton", "Halden", "Fresno", "Tacoma", "Tulsa Hawks", "Fresno Owls"):
        assert kinds.get(team) == "organization", team
    for player in ("Okafor", "Lindqvist", "Marsh"):
        assert kinds.get(player) == "person", player
    assert "OT" not in kinds and kinds.get("Tulsa Heights") == "place"
    assert kinds.get("Ohio Democrats") != "organization" and "Lima Accords" not in kinds


def test_a_name_keeps_the_kind_the_article_gave_it_first():
    """After "energy company Voltra", "Voltra spokesman Ivan Petrov" and "Voltra said" are the company."""
    text = (
        "Gas talks stall\n\n"
        "The state energy company Voltra said on Monday it would cut supplies, Novosti news agency reported.\n\n"
        "Voltra spokesman Ivan Petrov said the debt had grown.\n"
    )
    table = entity_mentions(parse_article(text))
    voltra = set(table.loc[table["name"] == "Voltra", "kind"])
    assert voltra == {"organization"}
    assert _kinds(text).get("Novosti") == "organization"  # a name a noun for an organisation follows


def test_a_city_that_plays_a_match_is_a_team_and_a_club_prefix_makes_a_club():
    """ "Norwich drew 1-1 with Aston Villa": sides, organisations; "in Brighton" stays the city
    (while "Brighton faced Norwich" is the club), a national side its country, and a vote tally far
    from "against" is no score."""
    kinds = _kinds(
        "Weekend round-up\n\n"
        "Norwich drew 1-1 with Aston Villa on Saturday, and Ghana beat Peru 2-0 in Lima.\n\n"
        "Fans gathered in Brighton before Brighton faced Norwich.\n\n"
        "AC Parma and Dynamo Tula won their cup ties.\n"
    )
    assert kinds.get("Norwich") == "organization" and kinds.get("Aston Villa") == "organization"
    assert kinds.get("Ghana") == "place" and kinds.get("Peru") == "place" and kinds.get("Lima") == "place"
    assert kinds.get("AC Parma") == "organization" and kinds.get("Dynamo Tula") == "organization"
    table = entities(
        parse_article(
            "Round-up\n\nNorwich drew 1-1 with Aston Villa.\n\nFans gathered in Brighton before Brighton faced Norwich.\n"
        )
    )
    assert ("Brighton", "place") in set(zip(table["name"], table["kind"]))
    # outside a sports story (a story with a match and its score reads every match word as one)
    court = _kinds("Court roundup\n\nThe council voted 7-2 to build the road, and Ohio won its case against Texas.\n")
    assert court.get("Ohio") == "place" and court.get("Texas") == "place"


def test_unions_of_states_are_organisations_and_dotted_state_initials_are_places():
    """ "U.N." and "the EU" are bodies however often news writes them like countries; AP's "N.J."
    is New Jersey, one place with it, and never a person's initials."""
    text = (
        "Aid pledged\n\n"
        "U.N. officials and the European Union said on Monday the EU would send aid. The United Nations agreed.\n\n"
        "At a rally in Camden, N.J., Gov. Ann Okafor of New Jersey said the D.C. Circuit had ruled. "
        "E.J. Mensah, an aide, told the Daily Courier and the Riverton Gazette.\n"
    )
    kinds = _kinds(text)
    # named as written, the first form winning a tie: "U.N." then "United Nations", "European Union" then "EU"
    assert kinds.get("U.N.") == "organization" and kinds.get("European Union") == "organization"
    assert "United Nations" not in kinds and "EU" not in kinds
    places = [name for name, kind in kinds.items() if kind == "place"]
    assert len([p for p in places if p in ("N.J.", "New Jersey")]) == 1
    assert kinds.get("E.J. Mensah") == "person" and kinds.get("D.C. Circuit") == "organization"
    assert kinds.get("Ann Okafor") == "person"  # not "Ann Okafor of New Jersey"
    assert len(entity_mentions(parse_article(text)).query("name == 'European Union'")) == 2  # "on Monday the EU" too
    assert kinds.get("Riverton Gazette") == "organization"
    assert not any(kind == "person" and name.startswith(("N.J.", "D.C.")) for name, kind in kinds.items())


def test_a_city_written_without_its_accents_is_still_a_place():
    """English-language wire copy writes "Zurich", "Sao Paulo", "Bogota" for GeoNames' "Zürich",
    "São Paulo", "Bogotá"."""
    kinds = _kinds("Talks move\n\nThe talks moved from Zurich to Bogota on Monday. -- Sao Paulo newsroom\n")
    assert [kinds.get(name) for name in ("Zurich", "Bogota", "Sao Paulo")] == ["place"] * 3


def test_players_in_scorecards_bowling_figures_and_scorers_lists_are_people():
    """A batting row's names, a name before bowling figures or goal minutes, and a scorers' list
    are players; a dateline's date is no bowling figure and the list's label is no name."""
    kinds = _kinds(
        "CRICKET - TOUR MATCH\n\n"
        "LEEDS 2024-06-01\n\n"
        "Okafor c Mensah b Lindqvist 31\n"
        "Ruiz not out 12\n"
        "Extras (b-4 lb-2) 6\n"
        "Bowling: Kolarik 9.4-1-33-3, Petrov 10-2-41-1\n\n"
        "SOCCER - CUP TIE\n\n"
        "Scorers: Halvorsen 12, Takacs 45\n\n"
        "Brennan (23rd, 45th), Oduya (67th pen)\n"
    )
    for player in ("Okafor", "Mensah", "Lindqvist", "Ruiz", "Kolarik", "Petrov", "Halvorsen", "Takacs", "Brennan", "Oduya"):
        assert kinds.get(player) == "person", player
    assert kinds.get("Leeds") == "place"
    assert not {"Extras", "Bowling", "Scorers"} & set(kinds)


def test_a_person_tied_to_an_organisation_is_a_person_whatever_the_context():
    """ "Dana Whitfield of Channel Nine" and "the Herald's Tom Okafor" are people who work somewhere."""
    kinds = _kinds(
        "Debate night\n\n"
        "The candidate told Dana Whitfield of Channel Nine that he would win. "
        "As the Riverton Herald's Tom Okafor reported, the crowd left early.\n"
    )
    assert kinds.get("Dana Whitfield") == "person" and kinds.get("Tom Okafor") == "person"
    assert kinds.get("Channel Nine") != "person"


def test_surname_particles_stay_inside_the_name():
    names = _names(
        "EU talks\n\nChief spokesman Pieter van der Berg told a briefing on Friday. "
        "Maria de los Santos and Ursula von der Linde agreed.\n"
    )
    assert {"Pieter van der Berg", "Maria de los Santos", "Ursula von der Linde"} <= names
    assert not names & {"Pieter", "Berg", "Santos", "Ursula", "Linde"}


def test_a_nationality_before_a_full_name_is_no_part_of_it():
    """ "Italian Fabrizio Ravanelli" is Fabrizio Ravanelli, of Italy; "American Unity Fund" stays whole."""
    table = entities(
        parse_article("Derby\n\nThe match ended 2-2 on Saturday. Italian Fabrizio Ravanelli gave to the American Unity Fund.\n")
    )
    row = table[table["name"] == "Fabrizio Ravanelli"]
    assert len(row) == 1 and row["affiliation"].iloc[0] == "Italy"
    assert not any(name.startswith("Unity") for name in table["name"])


def test_patronymic_particles_stay_inside_the_name():
    names = _names(
        "Talks\n\nThe leaders met in Nairobi on Friday. President Daniel arap Moi greeted King Abdullah ibn Hussein.\n"
    )
    assert {"Daniel arap Moi", "Abdullah ibn Hussein"} <= names and not names & {"Daniel", "Abdullah"}


def test_company_endings_make_organisations_only_after_a_name():
    """ "Halden Securities", "Club for Growth", "Bundesbank"; a lone "Trust" opening a quote is a word."""
    kinds = _kinds(
        "Markets\n\n“Trust me, rates will hold,” a trader said. Halden Securities, the Club for Growth "
        "and the Bundesbank disagreed, and Mira Holdings fell.\n"
    )
    for name in ("Halden Securities", "Club for Growth", "Bundesbank", "Mira Holdings"):
        assert kinds.get(name) == "organization", name
    assert "Trust" not in kinds


def test_an_acronym_is_never_a_person_or_an_unknown_place():
    """The tagger may read "KTVN's Dana Whitfield" or "at WZRB" as a person or a place; an acronym
    that is no known place names an organisation."""
    kinds = _kinds(
        "Debate night\n\nA panel led by KTVN’s Dana Whitfield agreed on Saturday. KTVN said ratings rose. "
        "The rally at WZRB ended, and the NYC mayor spoke.\n"
    )
    assert kinds.get("KTVN") == "organization" and kinds.get("Dana Whitfield") == "person"
    assert kinds.get("WZRB") in (None, "organization")


def test_state_abbreviations_after_a_city_and_in_party_tags_are_states():
    """ "Dover, Del." and "Sen. Ann Lee, D-N.Y." name states; the tag's letters name no one."""
    text = (
        "Budget vote\n\nThe plant in Dover, Del., closed on Friday. Sen. Ann Lee, D-N.Y., spoke, "
        "as did Rep. Tom Ward (R-Texas) and Sen. Kofi Mensah, R-Ariz., on Monday.\n"
    )
    mentions = entity_mentions(parse_article(text))
    places = dict(zip(mentions["text"], mentions["name"]))
    assert {"Del.", "N.Y.", "Texas", "Ariz."} <= set(places)
    assert set(mentions.loc[mentions["kind"] == "person", "name"]) == {"Ann Lee", "Tom Ward", "Kofi Mensah"}
    assert not any(name.startswith(("D-", "R-")) for name in mentions["name"])


def test_storms_and_operations_are_events_not_people_or_places():
    kinds = _kinds("Aid arrives\n\nAid came after Hurricane Selma and Tropical Storm Ivo, as Operation Blue Harbour ended.\n")
    assert not any(name.startswith(("Hurricane", "Tropical", "Operation")) for name in kinds)


def test_firms_by_their_suffix_ampersand_or_as_where_someone_works():
    """Reuters' "Kroger Co" and "Albertsons Cos", and "analysts at Halvorsen and Brightwater" are
    firms; "C&S" stays one word."""
    kinds = _kinds(
        "Grocers\n\nA judge blocked the merger of Kroger Co and Albertsons Cos on Tuesday, and stores went to "
        "C&S Wholesale Grocers. Analysts at Halvorsen and Brightwater said the ruling was expected; "
        "an economist at Kestrel Lane agreed.\n"
    )
    for name in ("Kroger Co", "Halvorsen", "Brightwater", "Kestrel Lane"):
        assert kinds.get(name) == "organization", name
    assert not any(name.startswith("S ") for name in kinds)
    assert any(name.startswith("Albertsons Cos") and kind == "organization" for name, kind in kinds.items())


def test_courtesy_titles_without_a_full_stop_stand_before_names():
    """British style: "Mr Okafor", "Ms Lindqvist", "Dr Patel" are Okafor, Lindqvist and Patel."""
    names = _names("Council row\n\nMr Okafor said Ms Lindqvist had resigned, and Dr Patel agreed.\n")
    assert {"Okafor", "Lindqvist", "Patel"} <= names
    assert not any(name.startswith(("Mr ", "Ms ", "Dr ")) for name in names)


def test_tournaments_wars_and_summits_are_events_not_organisations():
    kinds = _kinds(
        "Round-up\n\nThe Riverton Cup and the Halden Open drew crowds after the Korean War memorial opened, "
        "and the Oslo Summit ended.\n"
    )
    assert not any(name.endswith(("Cup", "Open", "War", "Summit")) for name in kinds)


def test_countries_by_their_short_and_former_names():
    """ "Bosnia" is Bosnia and Herzegovina, "St Lucia" Saint Lucia; wire copy of the 1990s names
    Yugoslavia, Zaire and the Soviet Union, which ISO 3166-3 keeps."""
    kinds = _kinds(
        "Envoys meet\n\nEnvoys from Bosnia, Trinidad and St Lucia met in Geneva, where the former Soviet Union "
        "and Yugoslavia once kept missions. Zaire sent none.\n"
    )
    for name in ("Bosnia", "Trinidad", "St Lucia", "Soviet Union", "Yugoslavia", "Zaire"):
        assert kinds.get(name) == "place", name


def test_a_city_by_the_short_name_before_its_qualifier():
    """GeoNames' "Frankfurt am Main" and "Newcastle upon Tyne" are "Frankfurt" and "Newcastle" in news."""
    kinds = _kinds("Markets\n\nShares fell in Frankfurt on Monday, while traders in Acapulco were calm.\n")
    assert kinds.get("Frankfurt") == "place" and kinds.get("Acapulco") == "place"


def test_regions_abroad_by_their_english_names():
    """GeoNames' English names of first-level regions: news writes "Chechnya" and "Bavaria", not
    ISO's "Chechenskaya Respublika" and "Bayern"."""
    kinds = _kinds("Floods\n\nFloods hit Bavaria and Sicily on Monday. Fighting went on in Chechnya, and Kerala stayed dry.\n")
    for name in ("Bavaria", "Sicily", "Chechnya", "Kerala"):
        assert kinds.get(name) == "place", name


def test_a_person_named_earlier_keeps_a_name_that_is_also_a_place():
    """ "Mendoza" is an Argentine province and, after "Gustavo Mendoza", that man; "in Mendoza" is
    the province. A region that is also a woman's name ("Diana") is a place only as one."""
    mentions = entity_mentions(
        parse_article(
            "Vintage\n\nGustavo Mendoza, a winemaker, spoke on Monday. Mendoza said the harvest in Mendoza was late. "
            "Diana Whitlow, his partner, agreed. Diana said prices would rise.\n"
        )
    )
    kinds = dict(zip(mentions["text"] + "@" + mentions["start"].astype(str), mentions["kind"]))
    said = [k for k in kinds if k.startswith("Mendoza@")]
    assert sorted(kinds[k] for k in said) == ["person", "place"]
    assert "place" not in set(mentions.loc[mentions["text"] == "Diana", "kind"])


def test_a_movement_named_before_rebels_or_militants_is_no_person_or_place():
    """ "Zapatista rebels", "Shabaab insurgents": the movement's name describes the fighters; the
    tagger alone would read it as a person or a place. A known organisation stays one."""
    kinds = _kinds(
        "Clashes\n\nZapatista rebels and Shabaab insurgents attacked on Monday, officials in Kenya said, "
        "and PKK militants fled.\n"
    )
    assert "Zapatista" not in kinds and "Shabaab" not in kinds
    assert kinds.get("Kenya") == "place" and kinds.get("PKK") == "organization"


def test_listed_companies_by_how_their_shares_move():
    """Market reports show a company by its price: "Kessler rose 1.20 marks", "Halberg shares fell",
    "shares in Brenwick"; a candidate gaining poll points is no company."""
    kinds = _kinds(
        "Stocks close higher\n\nFRANKFURT 1996-08-30\n\n"
        "Kessler rose 1.20 marks to 70.10, while Halberg shares fell and Marlow slipped 2%. Investors bought "
        "shares in Brenwick. Senator Ana Ruiz said Okafor gained three points in polls.\n"
    )
    for name in ("Kessler", "Halberg", "Marlow", "Brenwick"):
        assert kinds.get(name) == "organization", name
    assert kinds.get("Okafor") != "organization"


def test_a_tagger_guess_gives_way_to_market_evidence_later_in_the_article():
    """The tagger may take a company's first bare mention for a person; "a stake in" it later
    shows it is a company, in every mention."""
    mentions = entity_mentions(
        parse_article(
            "Fund loses\n\nMuch of the decline was driven by Marlena. Marlena was spurned by rivals. "
            "Ackerly Partners raised its stake in Marlena on Monday.\n"
        )
    )
    marlena = mentions.loc[mentions["text"] == "Marlena"]
    assert len(marlena) == 3 and set(marlena["kind"]) == {"organization"}


def test_an_organisation_named_of_the_something_is_one_name():
    names = _names("Relief\n\nThe International Committee of the Red Cross and the Bank of the Andes sent aid to Lima.\n")
    assert {"International Committee of the Red Cross", "Bank of the Andes"} <= names


def test_and_inside_an_organisations_field_keeps_one_name_but_two_names_stay_two():
    """ "and" joins the fields of an organisation's name; coordinated names, a second
    organisation with its own head, a place and a person after "and" stay apart."""
    kinds = _kinds(
        "Health funds\n\nThe Department of Farming and Rural Affairs and the Centers for Water Control and Prevention "
        "wrote to the Organization for Economic Cooperation and Development on Monday. The Bank of Elbonia and Finance "
        "Ministry disagreed, as did the Ministry of Defence and Interior Ministry. A fellow at the University of Zurich "
        "and Gordon Hanson of Yale also disagreed.\n"
    )
    assert kinds["Department of Farming and Rural Affairs"] == "organization"
    assert kinds["Centers for Water Control and Prevention"] == "organization"
    assert kinds["Organization for Economic Cooperation and Development"] == "organization"
    assert {"Finance Ministry", "Interior Ministry", "Ministry of Defence"} <= set(kinds)
    assert "University of Zurich" in kinds and kinds.get("Gordon Hanson") == "person"


def test_a_short_acronym_opening_a_sentence_is_an_organisation_but_a_heading_is_not():
    """ "NATO said" and "CNN exit polls" open their sentences and are organisations; a longer word
    in capitals opening a line is a heading ("ABSTRACT"), and "OK" is a word."""
    kinds = _kinds(
        "Alliance meets\n\nThe ministers met on Monday. NATO said the talks went well. CNN exit polls showed a gap. "
        "OK, the minister said.\n\nABSTRACT\n\nThe talks were long.\n"
    )
    assert kinds.get("NATO") == "organization" and kinds.get("CNN") == "organization"
    assert "ABSTRACT" not in kinds and "OK" not in kinds


def test_a_union_of_states_is_named_as_the_article_writes_it():
    """The EU is one organisation under "EU" when the article writes "EU" most, as a place is."""
    table = entities(parse_article("Deal\n\nThe EU agreed on Monday. EU ministers met. The European Union said so.\n"))
    assert table.loc[table["name"] == "EU", "mentions"].tolist() == [3]


def test_a_cricket_margin_makes_a_match_report_but_points_do_not():
    """ "beat Somerset by an innings and 39 runs": counties playing, teams; "beat Ohio by 10
    points" is a vote, and the states stay places."""
    kinds = _kinds(
        "County cricket\n\nThe champions lost on Friday. Lancashire beat Somerset by an innings and 39 runs at "
        "Taunton. Yorkshire beat Durham by five wickets.\n"
    )
    assert {kinds[k] for k in ("Lancashire", "Somerset", "Yorkshire", "Durham")} == {"organization"}
    assert _kinds("Primary\n\nThe polls closed on Tuesday. Texas beat Ohio by 10 points in turnout.\n")["Texas"] == "place"


def test_a_surname_that_is_also_a_title_and_two_presidents_apart_by_their_middle_initials():
    """ "Paul Singer" and "Tom Judge" are people (a one-word title after a given name is the
    surname); "George H.W. Bush" and "George W. Bush" are two people, not one."""
    kinds = _kinds(
        "Donors\n\nThe fund raised money on Monday. Its backers include Paul Singer and Tom Judge. "
        "The son of George H.W. Bush and brother of George W. Bush spoke. Prime Minister Ann Lee thanked the Minister.\n"
    )
    assert kinds.get("Paul Singer") == "person" and kinds.get("Tom Judge") == "person"
    assert kinds.get("George H.W. Bush") == "person" and kinds.get("George W. Bush") == "person"
    assert kinds.get("Ann Lee") == "person"


def test_a_body_on_its_subject_and_a_ministry_of_a_field_are_one_name_but_not_a_date():
    """ "Council on Foreign Relations" and "Department of Justice" (where "Justice" could be a
    judge's title) are one name each; "Congress on Tuesday" ends at "Congress"."""
    kinds = _kinds(
        "Review\n\nThe ministers met on Monday. A fellow at the Council on Foreign Relations said the Department of "
        "Justice would sue. The Commission on Trade and Industry agreed, and Congress on Tuesday voted.\n"
    )
    assert kinds.get("Council on Foreign Relations") == "organization"
    assert kinds.get("Department of Justice") == "organization"
    assert kinds.get("Commission on Trade and Industry") == "organization"
    assert kinds.get("Congress") == "organization" and not any("Tuesday" in name for name in kinds)


def test_a_citys_people_and_a_clocks_time_zone_are_no_entities():
    """ "New Yorkers", "Londoners", "Californians" are people of a place, no entity; "EST" and
    "GMT" after a clock time are zones; "Sanders" is no people of "Sand"."""
    kinds = _kinds(
        "Vote count\n\nThe count ended at 9 p.m. EST on Tuesday, or 0200 GMT. Three million New Yorkers voted, "
        "as Londoners and Californians watched. Senator Ann Sanders said so.\n"
    )
    assert not {"New Yorkers", "Londoners", "Californians", "EST", "GMT"} & set(kinds)
    assert kinds.get("Ann Sanders") == "person"


def test_a_day_after_a_name_dates_it_but_a_days_own_name_is_no_entity():
    """ "won New Hampshire Tuesday": the state, then the day; "Super Tuesday" names a day, no entity."""
    kinds = _kinds(
        "Primary\n\nThe polls closed at eight. Ann Lee won New Hampshire Tuesday, a week before Super Tuesday, "
        "and told the Daily Courier Wednesday she was pleased.\n"
    )
    assert kinds.get("New Hampshire") == "place" and kinds.get("Daily Courier") == "organization"
    assert not any("Tuesday" in name or "Wednesday" in name for name in kinds)


def test_partners_joined_by_an_ampersand_are_one_firm_but_cited_authors_and_couples_are_not():
    """ "Standard & Poor's" and "Latham & Watkins" are firms; "Dye & Bavelier, 2010" are two
    authors, "Jim & Sarah" two people."""
    kinds = _kinds(
        "Ratings\n\nThe bonds fell on Monday. Standard & Poor's said it might cut the rating, and lawyers at "
        "Latham & Watkins agreed. Earlier work (Dye & Bavelier, 2010) found the same. Jim & Sarah Okafor sold "
        "their shares.\n"
    )
    assert kinds.get("Standard & Poor's") == "organization" and kinds.get("Latham & Watkins") == "organization"
    assert "Dye & Bavelier" not in kinds and not any("Jim &" in name for name in kinds)


def test_in_a_sports_story_every_match_word_reports_a_match():
    """Once a story reports a match with its score, "Seattle lost to Cleveland" and "a defeat by
    Tenerife" name sides too, though those sentences give no score; "in Boston" stays the city, and
    a political story's "won Ohio" a state."""
    kinds = _kinds(
        "Orioles win\n\nCal Ripken homered as the Baltimore Orioles beat the New York Yankees 7-5 on Wednesday. "
        "Seattle lost to Cleveland, and Betis slipped with a home defeat by Tenerife. Fans in Boston watched.\n"
    )
    assert {kinds[k] for k in ("Seattle", "Cleveland", "Tenerife")} == {"organization"}
    assert kinds["Boston"] == "place"
    assert _kinds("Primary\n\nThe count ended on Tuesday. Ann Lee won Ohio and lost Iowa.\n")["Ohio"] == "place"


def test_in_a_sports_story_a_name_before_a_players_verb_is_a_player():
    """ "Shearer scored twice", "Asprilla hit the post": players, in a story with a score;
    "Newcastle scored again" stays the side, and outside sport "Ferrari hit" names no person."""
    kinds = _kinds(
        "Magpies win\n\nNewcastle beat Leeds 3-0 on Saturday. Shearer scored twice and Asprilla hit the post. "
        "Newcastle scored again late on.\n"
    )
    assert kinds.get("Shearer") == "person" and kinds.get("Asprilla") == "person"
    assert kinds.get("Newcastle") == "organization"
    assert _kinds("Sales\n\nCar sales fell in March. Ferrari hit a record in April.\n").get("Ferrari") != "person"


def test_in_a_sports_story_a_name_listed_after_a_player_is_a_player():
    """ "goals from Le Tissier and Ostenstad": both players in a story with a score; outside sport
    a name listed after a person keeps the evidence it has ("Ann Lee and Humana")."""
    kinds = _kinds(
        "Saints lead\n\nSouthampton drew 2-2 with Leeds on Saturday. Goals from Le Tissier and Ostenstad gave them the lead.\n"
    )
    assert kinds.get("Le Tissier") == "person" and kinds.get("Ostenstad") == "person"
    assert _kinds("Deal\n\nTalks ended on Friday. Officials named Ann Lee and Humana in the suit.\n").get("Humana") != "person"


def test_a_state_or_the_capital_in_a_results_row_is_a_club_and_a_country_its_national_side():
    """ "New York 4 Boston 2" and "Washington 103 Detroit 95" are clubs, though the place lists
    know New York and Washington as a state and a capital; "Ghana 2 Peru 0" stay countries."""
    kinds = _kinds(
        "Results\n\nResults of games on Wednesday:\n\nNew York 4 Boston 2\n\nWashington 103 Detroit 95\n\nGhana 2 Peru 0\n"
    )
    assert {kinds[k] for k in ("New York", "Boston", "Washington", "Detroit")} == {"organization"}
    assert kinds["Ghana"] == "place" and kinds["Peru"] == "place"


def test_a_club_named_after_a_weekday_keeps_its_name_before_a_score_or_a_match_word():
    """ "Sheffield Wednesday 1" and "Sheffield Wednesday drew" are the club; "won Ohio Tuesday" the state, then the day."""
    kinds = _kinds(
        "Results\n\nLONDON 1996-12-07\n\nLiverpool 0 Sheffield Wednesday 1 (Whittingham 21).\n\n"
        "Sheffield Wednesday drew 1-1 with Arsenal on Saturday.\n"
    )
    assert kinds.get("Sheffield Wednesday") == "organization" and "Sheffield" not in kinds


def test_a_feature_word_after_a_name_makes_a_place_and_a_faction_an_organisation():
    """ "the Erez crossing" and "the Litani river" are places, "the Kataib faction" and "the
    Sabena airline" organisations; "a CIA station" stays the agency and "the Middle Eastern
    region" no place."""
    kinds = _kinds(
        "Border talks\n\nNegotiators met on Friday at the Erez crossing, near the Litani river. The Kataib faction "
        "and the Sabena airline rejected the plan, which a CIA station had reported, for the Middle Eastern region.\n"
    )
    assert kinds.get("Erez") == "place" and kinds.get("Litani") == "place"
    assert kinds.get("Kataib") == "organization" and kinds.get("Sabena") == "organization"
    assert kinds.get("CIA") == "organization" and "Middle Eastern" not in kinds


def test_party_radio_and_arabic_particles_and_a_headline_guess_settled_by_the_body():
    """ "the ruling Kadima party" and "Israel Radio" are organisations, and the headline's "Kadima"
    (a guess without evidence) is that party too; "Farouq al-Shara" is one person; a lone "Police"
    opening a sentence is the common noun."""
    text = (
        "Israel's Kadima seeks talks\n\n"
        "JERUSALEM 1996-08-30\n\n"
        "The ruling Kadima party said on Friday it would resume talks, Israel Radio reported. "
        "Police said Syrian Foreign Minister Farouq al-Shara was in Cairo.\n"
    )
    mentions = entity_mentions(parse_article(text))
    assert set(mentions.loc[mentions["name"] == "Kadima", "kind"]) == {"organization"}
    assert len(mentions.loc[mentions["name"] == "Kadima"]) == 2
    kinds = _kinds(text)
    assert kinds.get("Israel Radio") == "organization" and kinds.get("Farouq al-Shara") == "person"
    assert "Police" not in kinds


def test_who_and_said_he_show_a_person_however_the_name_looks():
    """A surname after a country's possessive is anyone's guess to a tagger; ", who" and "said he"
    show a person. An acronym before ", who" stays an organisation."""
    kinds = _kinds(
        "Talks\n\nEgypt's Farouki said he was hopeful. Russia's Kalenko, who is ill, agreed. "
        "UNICEF, who sent aid, did not comment.\n"
    )
    assert kinds.get("Farouki") == "person" and kinds.get("Kalenko") == "person"
    assert kinds.get("UNICEF") == "organization"


def test_bylines_and_credit_lines_name_people():
    """Reporters' names in a byline or a wire credit line are people even without a known given
    name; the places they report from stay places, and "data compiled by" a body is no credit."""
    kinds = _kinds(
        "Talks resume\n\nBy Olena Marchuk and Huseyin Sayatgever\n\nKYIV (Reuters) - Talks resumed on Monday, "
        "according to data compiled by the Center for Grain Studies.\n\n"
        "(Reporting by Olena Marchuk in Kyiv and Huseyin Sayatgever in Ankara; Editing by Denver Stroud)\n"
    )
    for name in ("Olena Marchuk", "Huseyin Sayatgever", "Denver Stroud"):
        assert kinds.get(name) == "person", name
    assert kinds.get("Ankara") == "place" and kinds.get("Center for Grain Studies") == "organization"
    assert not any(name in ("Reporting", "Editing") for name in kinds)


def test_a_short_name_of_an_organisation_named_in_full_before():
    """ "Daelim" after "Daelim Group" is the group (a mention of it), whatever the tagger makes of
    it alone; "in Sandy Creek" after "Sandy Creek Promise" is a place."""
    table = entities(
        parse_article(
            "Deal\n\nSEOUL 1996-12-05\n\nDaelim Group said on Thursday it would buy a stake in Thorvald SA. "
            "Analysts said the deal would give Daelim access to Europe. Sandy Creek Promise met in Sandy Creek.\n"
        )
    )
    kinds = dict(zip(table["name"], table["kind"]))
    assert kinds.get("Daelim Group") == "organization" and kinds.get("Daelim", "organization") == "organization"
    assert table.set_index("name").loc["Daelim Group", "mentions"] + ("Daelim" in kinds) == 2
    assert kinds.get("Sandy Creek") != "organization"


def test_peoples_and_trophies_are_no_entities():
    """ "Bosnian Serb leader", "Hutu rebels", "Chechen fighters" name peoples (CoNLL's MISC), and
    the "Sheffield Shield" is a competition: none of them is a person, place or organisation."""
    kinds = _kinds(
        "Round-up\n\nBosnian Serb leader Radovan Karadzic met Serb officers in Sarajevo. Hutu refugees and "
        "Chechen fighters were reported. Victoria won the Sheffield Shield.\n"
    )
    assert kinds.get("Radovan Karadzic") == "person" and kinds.get("Sarajevo") == "place"
    assert not any(name in ("Serb", "Bosnian Serb", "Hutu", "Chechen", "Sheffield Shield") for name in kinds)


def test_a_given_name_alone_is_a_person():
    """Players known by one name ("Vito scored") and first names in talk are people; a common word
    that is also a given name ("Will", "May") is not."""
    kinds = _kinds("Cup tie\n\nVito scored twice and Thelma cheered. May was cold in Hartford, and Will agreed.\n")
    assert kinds.get("Vito") == "person" and kinds.get("Thelma") == "person"
    assert "May" not in kinds and "Will" not in kinds


def test_a_full_name_is_no_place_and_tennis_players_are_no_sides():
    """A given name and a surname that the tagger reads as a place ("the attack on Howard
    Strickman") are a person; a town GeoNames knows ("Des Moines") stays a place. Set scores one
    after another are a match between players, so a player's surname after "beat" is no team."""
    kinds = _kinds(
        "Campaign\n\nThe attack on Howard Strickman came in the debate in Des Moines. "
        "Later, Jana Hlavacova beat Novotna 6-4 6-4.\n"
    )
    assert kinds.get("Howard Strickman") == "person" and kinds.get("Des Moines") == "place"
    assert kinds.get("Novotna") != "organization"


def test_a_headline_surname_joins_the_person_named_in_full_below():
    """A surname the tagger guessed to be a place in a headline ("Zambezia's Mutasa warns") is the
    person the story names in full ("President Robert Mutasa") when only one person has it."""
    mentions = entity_mentions(
        parse_article(
            "Zambezia's Mutasa warns farmers\n\nHARARE 1996-12-04\n\n"
            "President Robert Mutasa said on Wednesday farmers must give up land.\n"
        )
    )
    mutasa = mentions.loc[mentions["text"].isin(["Mutasa", "Robert Mutasa"])]
    assert set(mutasa["kind"]) == {"person"} and set(mutasa["name"]) == {"Robert Mutasa"} and len(mutasa) == 2


def test_an_office_with_its_field_is_a_title_not_a_person():
    """ "Minister for Foreign Affairs", "High Commissioner for Refugees", "President of Chile": the
    field after "for" or "of" belongs to the office, so no person is called "Refugees" or "Foreign
    Affairs Tomas Varga". A body in the field is still named ("CEO of Marlow Dairy Association")."""
    kinds = _kinds(
        "Talks\n\nMinister for Foreign Affairs Tomas Varga met the United Nations High Commissioner for Refugees. "
        "The Secretary for Defence agreed. President of Chile Ana Ruiz spoke, as did Representative Ruth Kell of New York. "
        "Olaf Brandt, CEO of Marlow Dairy Association, said nothing.\n"
    )
    assert kinds.get("Tomas Varga") == "person" and kinds.get("Ana Ruiz") == "person"
    assert kinds.get("United Nations") == "organization" and kinds.get("Marlow Dairy Association") == "organization"
    assert not {"Refugees", "Defence", "York", "New York"} & {name for name, kind in kinds.items() if kind == "person"}


def test_a_national_adjective_formed_from_a_country_is_no_person():
    """ "Zairean", "Malawian", "Gabonese" are formed regularly from country names and describe the
    name after them; "Kengo wa Dondo" keeps the Swahili "wa" inside the name."""
    kinds = _kinds("Talks\n\nZairean Prime Minister Kengo wa Dondo met Malawian and Gabonese envoys. Zairean troops left.\n")
    assert kinds.get("Kengo wa Dondo") == "person"
    assert not {"Zairean", "Malawian", "Gabonese", "Dondo"} & set(kinds)


def test_a_plural_noun_opening_a_sentence_is_no_part_of_the_name_after_of():
    """ "Shares of Compaq fell": the firm is named, not "Shares of Compaq"; "Brothers" ends a firm's
    name as "Partners" does; "Bill" opening a sentence is a given name, whatever the stop list says."""
    kinds = _kinds(
        "Markets\n\nShares of Dunmore Computer Corp fell 2 percent. Residents of Kelso were told. "
        "Harlan Brothers raised its estimate. Bill Okonjo said so.\n"
    )
    assert kinds.get("Dunmore Computer Corp") == "organization" and kinds.get("Harlan Brothers") == "organization"
    assert kinds.get("Bill Okonjo") == "person"
    assert not any(name.startswith(("Shares", "Residents")) for name in kinds)


def test_short_company_names_in_a_market_report():
    """In a story that reports share prices, names before a price move, an end state or what
    they lead are companies ("Kessler and Vantor were little changed"), even when the headline
    made the tagger think one a person; outside such a story the same shapes decide nothing."""
    report = (
        "Frankfurt stocks close higher, Kessler leads\n\nFRANKFURT 1996-08-30\n\n"
        "German shares closed 1.2 percent higher on Friday, with Kessler and Morvan-Tech leading gains, dealers said. "
        "The DAX index rose 12.34 points. Bramsch and Vantor were little changed.\n"
    )
    kinds = _kinds(report)
    for name in ("Kessler", "Morvan-Tech", "Bramsch", "Vantor"):
        assert kinds.get(name) == "organization", name
    campaign = _kinds("Campaign\n\nDES MOINES 2016-01-30\n\nKessler and Vantor were little changed in the polls, aides said.\n")
    assert campaign.get("Kessler") != "organization" and campaign.get("Vantor") != "organization"


def test_a_guessed_name_joins_the_organisation_named_in_full():
    """A name that only a given-name list or the tagger made a person in a headline ("Halla to buy
    stake": Halla is a woman's name too) is the company the story names in full ("Halla Group")."""
    mentions = entity_mentions(
        parse_article(
            "Halla to buy stake in French unit\n\nSEOUL 1996-12-05\n\n"
            "South Korea's Halla Group said on Thursday it would buy a stake in Thorvald SA. "
            "Analysts said the deal would give Halla access to Europe.\n"
        )
    )
    halla = mentions.loc[mentions["text"].str.startswith("Halla")]
    assert set(halla["name"]) == {"Halla Group"} and set(halla["kind"]) == {"organization"} and len(halla) == 3


def test_bodies_named_with_a_leaders_title_and_one_name_people():
    """ "the official Kivu News Agency" is the agency, not a person titled "official"; a name before
    "leader" and a person's name is the body led ("Umoja leader Peter Kariuki"); "Lurasia's
    Barimbo warns" in a headline is the "President Barimbo" of the story; a surname opening a
    paragraph before a comma is no dateline ("O'Malley, the former governor, said")."""
    table = entities(
        parse_article(
            "Lurasia's Barimbo warns rebels\n\nNAIROBI 1996-08-05\n\n"
            "President Barimbo warned on Monday that troops would act, the official Kivu News Agency said.\n\n"
            "Umoja leader Peter Kariuki said his party was ready for talks. Halvard Groupe bought the unit.\n\n"
            "O'Malley, the former governor, said so.\n"
        )
    )
    kinds = dict(zip(table["name"], table["kind"]))
    assert kinds.get("Kivu News Agency") == "organization" and kinds.get("Umoja") == "organization"
    assert list(table.loc[table["name"] == "Barimbo", "kind"]) == ["person"] and kinds.get("Peter Kariuki") == "person"
    assert kinds.get("Halvard Groupe") == "organization" and kinds.get("O'Malley") == "person"


def test_listed_companies_are_organisations_unless_the_text_says_otherwise():
    """A listed company's name (``data/companies.txt``) is an organisation where nothing marks it
    ("loans from Goldman Sachs", "Nucor said"); a given name first still makes a person ("Walt
    Disney")."""
    kinds = _kinds(
        "Loans\n\nThe senator took loans from Goldman Sachs. Nucor said it would close a mill. "
        "Walt Disney drew the mouse in 1928.\n"
    )
    assert kinds.get("Goldman Sachs") == "organization" and kinds.get("Nucor") == "organization"
    assert kinds.get("Walt Disney") == "person"


def test_media_titles_before_a_name():
    """ "host", "anchor", "correspondent" and "columnist" are titles before a name, whatever the
    tagger makes of a given name it does not know before a common surname ("Vantage News host
    Brynne Kelly’s coverage"); a country after "host" stays a place ("the host Qatar")."""
    kinds = _kinds(
        "Notes\n\nHe criticised Vantage News host Brynne Kelly’s coverage and radio host Tamsyn Price’s show. "
        "The host Qatar won 2-0.\n"
    )
    assert kinds.get("Brynne Kelly") == "person" and kinds.get("Tamsyn Price") == "person"
    assert kinds.get("Qatar") == "place"


def test_bodies_named_for_their_members_and_firms_listed_before_their_shares():
    """A plural possessive inside a body's name keeps it whole ("National Farmers' Union",
    "People's Liberation Army"), not after a surname ("Sanders' Senate"); firms listed before
    "shares" move with them ("Kelvor Mining and Astrid Dome shares rose"); a cult is a body."""
    kinds = _kinds(
        "Notes\n\nThe National Farmers' Union and the People's Liberation Army met. "
        "Kelvor Mining and Astrid Dome shares rose in New York. The Hikari Seido cult was banned. "
        "Ana Sanders' Senate campaign began.\n"
    )
    for name in ("National Farmers' Union", "People's Liberation Army", "Kelvor Mining", "Astrid Dome", "Hikari Seido"):
        assert kinds.get(name) == "organization", name
    assert not any("Senate" in name and "Sanders" in name for name in kinds)


def test_an_acronyms_expansion_and_a_share_class():
    """A name whose initials make the acronym in brackets after it is an organisation
    ("Stabilisation Force (SFOR)"), but a law is no body ("Fair Housing Act (FHA)"); a share class
    may stand between a firm and its shares ("Vantro preferred shares gained")."""
    kinds = _kinds(
        "Notes\n\nTroops of the Stabilisation Force (SFOR) guarded the hall. Parliament passed the Fair Housing Act (FHA). "
        "Vantro preferred shares gained 3.4 percent.\n"
    )
    assert kinds.get("Stabilisation Force") == "organization" and kinds.get("Vantro") == "organization"
    assert "Fair Housing Act" not in kinds


def test_a_body_that_opens_a_title_is_named():
    """ "Senate Majority Leader Ana Dole" and "House Speaker Tom Vell" mention the Senate and the
    House, as "Foreign Ministry spokesman" mentions the ministry; "Treasury Secretary" names no body."""
    kinds = _kinds("Talks\n\nSenate Majority Leader Ana Dole and House Speaker Tom Vell met Treasury Secretary Rob Ruiz.\n")
    assert kinds.get("Senate") == "organization" and kinds.get("House") == "organization"
    assert kinds.get("Ana Dole") == "person" and "Treasury" not in kinds


def test_a_name_particle_opening_a_sentence_stays_in_the_name():
    """ "De Klerk said", "La Paz was calm", "De Graafschap 1": a particle that opens a sentence is
    part of the name after it, though the stop list holds it; so is a two-letter surname the list
    holds as an abbreviation ("Li Peng, the premier", "Ed Brookover")."""
    kinds = _kinds(
        "Talks\n\nDe Vries said so. La Paz was calm. Al Gore agreed. Li Wenbo, the Chinese premier, left. Ed Kowal spoke. "
        "Wells Fargo lent the money.\n"
    )
    assert kinds.get("Wells Fargo") == "organization"  # a listed company whose first word the stop list holds
    assert kinds.get("De Vries") == "person" and kinds.get("La Paz") == "place" and kinds.get("Al Gore") == "person"
    assert kinds.get("Li Wenbo") == "person" and kinds.get("Ed Kowal") == "person"
    assert not {"Vries", "Paz", "Wenbo", "Kowal"} & set(kinds)


def test_parties_named_by_a_short_name():
    """ "Likud", "Hamas" and "Labour" name parties (``data/parties.tsv``); "Labour", an English word
    too, only before a party's word or once the party is named ("Labour costs rose" names none)."""
    party = _kinds(
        "Election\n\nLabour leader Ann Vell said a Labour government would act. Voters gave Labour a lead. "
        "Likud and Hamas rejected the plan.\n"
    )
    assert party.get("Labour") == "organization" and party.get("Likud") == "organization" and party.get("Hamas") == "organization"
    assert "Labour" not in _kinds("Costs\n\nLabour costs rose in May, and the departments of State and Labour agreed.\n")


def test_news_agencies_cited_by_name():
    """Wire copy cites agencies by name alone: "Tanjug quoted", "according to Itar-Tass", "Bernama
    said" are organisations (``data/news_agencies.txt``), not people."""
    kinds = _kinds("Talks\n\nTanjug quoted officials. The talks ended, according to Itar-Tass. Bernama said so.\n")
    for name in ("Tanjug", "Itar-Tass", "Bernama"):
        assert kinds.get(name) == "organization", name


def test_a_firm_before_what_it_flies_a_pollster_and_a_dateline_in_capitals():
    """ "A Trans Ocean Airlines Boeing 747": the airline and the maker, not one name; "a Kellan poll"
    names the pollster; "EAST KIPWORTH, N.Y." in a dateline line of capitals is a town no list
    knows, while a slug ("SOCCER -") names no place."""
    kinds = _kinds(
        "Crash\n\nEAST KIPWORTH, N.Y. 1996-07-18\n\nA Trans Ocean Airlines Boeing 747 crashed. A Kellan poll showed "
        "concern.\n\nSOCCER - ROVERS WIN\n\nLEEDS 1996-08-01\n\nRovers won.\n"
    )
    assert kinds.get("Trans Ocean Airlines") == "organization" and kinds.get("Kellan") == "organization"
    assert kinds.get("East Kipworth") == "place" and "Soccer" not in kinds


def test_a_summary_row_with_match_details_and_sports_positions():
    """A soccer summary row may end with its details ("Half-time 1-1 Attendance 28,401"): its clubs
    are still organisations and its scorers people; "top seed", "batsman" and "fly-half" are titles."""
    kinds = _kinds(
        "SOCCER - SUMMARIES\n\nLONDON 1996-12-07\n\nSummaries of matches on Saturday:\n\n"
        "Kelworth 2 (Varga 23, Ostrov 67) Dunmore 1 (Pell 40) Half-time 1-1 Attendance 28,401\n\n"
        "In tennis, top seed Lena Brask beat Ana Kell. Batsman Rohan Vell made 40.\n"
    )
    assert kinds.get("Kelworth") == "organization" and kinds.get("Dunmore") == "organization"
    for name in ("Varga", "Ostrov", "Pell", "Lena Brask", "Rohan Vell"):
        assert kinds.get(name) == "person", name


def test_a_team_after_a_competitor_and_country_in_a_results_row():
    """ "2. Jean Alvesi (France) Benton 18.265 seconds behind": the name after the competitor's
    country is the team he drives or rides for, an organisation."""
    kinds = _kinds(
        "MOTOR RACING - RESULTS\n\nMONZA, Italy 1996-09-08\n\nLeading results:\n\n"
        "1. Mikhail Sorin (Germany) Varetti 1 hour 17 minutes 43.632 seconds\n"
        "2. Jean Alvesi (France) Benton 18.265 seconds behind\n"
    )
    assert kinds.get("Varetti") == "organization" and kinds.get("Benton") == "organization"
    assert kinds.get("Jean Alvesi") == "person" and kinds.get("France") == "place"


def test_a_body_named_with_its_region():
    """ "Organisation for Security and Cooperation in Europe" is one body; "the Bank of Japan in
    Asia" is a bank and a place, as a place is no field of work."""
    kinds = _kinds(
        "Monitors\n\nThe Organisation for Security and Cooperation in Europe sent monitors. The Bank of Japan in Asia said so.\n"
    )
    assert kinds.get("Organisation for Security and Cooperation in Europe") == "organization"
    assert kinds.get("Bank of Japan") == "organization" and kinds.get("Asia") == "place"


def test_a_month_after_a_name_and_an_airport_named_for_a_person():
    """ "Zenica October rallies": a month dates the town before it, not part of its name ("Red
    October" keeps it); "John F. Kennedy airport" is the airport, a place."""
    kinds = _kinds("Notes\n\nTuzla October rallies were held. The plane left John K. Miller airport.\n")
    assert kinds.get("Tuzla") == "place" and "Tuzla October" not in kinds
    assert kinds.get("John K. Miller") == "place"


def test_a_team_named_for_a_city_and_a_singular_nickname():
    """In a sports story a city's or state's name and a common word after it name a team ("the
    Oklahoma City Thunder rested"), while "in Salt Lake City" is the city."""
    kinds = _kinds(
        "BASKETBALL - ROUNDUP\n\nNEW YORK 1996-12-06\n\nKarl Malone scored 30 points as Utah beat Boston 105-96. "
        "Later the Oklahoma City Thunder rested in Salt Lake City.\n"
    )
    assert kinds.get("Oklahoma City Thunder") == "organization"
    assert kinds.get("Salt Lake City") == "place"


def test_newspapers_named_by_their_last_word():
    """ "Boston Globe", "Des Moines Register", "China Daily", "USA Today", "Asahi Shimbun" are
    newspapers, organisations, though each last word alone is a common noun."""
    kinds = _kinds("Press\n\nThe Kelvor Globe and Marlow Today reported it, as did Dunmore Daily and the Hokuto Shimbun.\n")
    for name in ("Kelvor Globe", "Marlow Today", "Dunmore Daily", "Hokuto Shimbun"):
        assert kinds.get(name) == "organization", name


def test_a_partys_members_by_their_office_are_a_group():
    """ "Tory MPs", "Republican Senators": a party's members named by their office are a group of
    people, no person and no organisation."""
    kinds = _kinds("Vote\n\nTory MPs said the vote was lost. Republican Senators agreed.\n")
    assert "Tory MPs" not in kinds and "Republican Senators" not in kinds


def test_an_appositive_role_after_a_possessive():
    """ "Condoleezza Rice, his national security adviser" and "X, Croatia's foreign minister":
    the role after a possessive makes a person, whatever the tagger makes of the name."""
    kinds = _kinds("Memoir\n\nThe former president referred to Condoleezza Rice, his national security adviser.\n")
    assert kinds.get("Condoleezza Rice") == "person"


def test_a_full_name_the_tagger_reads_as_a_body_is_a_person():
    """A man's or a woman's given name and a surname with no organisation word and no listed firm
    is a person, whatever the tagger says ("Gary Hart started winning"); bodies with a place, an
    acronym or a title in their names stay bodies ("America Rising PAC")."""
    kinds = _kinds(
        "Labor\n\nThe party was divided. Gary Hart started winning Senate campaigns by denouncing rivals. "
        "The ads were paid for by America Rising PAC.\n"
    )
    assert kinds.get("Gary Hart") == "person" and kinds.get("America Rising PAC") != "person"


def test_regions_within_countries_are_places():
    """ "New England", "the Midwest", "the Rust Belt", "the Horn of Africa" are places news names,
    though no country list holds them (``data/regions.txt``)."""
    kinds = _kinds("Vote\n\nVoters in New England and the Midwest backed him, as did the Rust Belt and the Horn of Africa.\n")
    for name in ("New England", "Midwest", "Rust Belt", "Horn of Africa"):
        assert kinds.get(name) == "place", name


def test_a_cricket_scores_row_names_its_sides_and_ground():
    """Each line of a cricket scores table is a ground before a colon, then each side with its
    totals (``259 and 207``, ``81-3``, ``313-8 dec``) and its scorers in brackets: the sides are
    teams, the ground a place; "Boeing 747 and 767" in prose is no such row."""
    kinds = _kinds(
        "CRICKET - COUNTY SCORES\n\nLONDON 1996-08-30\n\nClose of play scores on Friday:\n\n"
        "Brambleford: Wexshire 259 and 207 (A. Dale 69; D. Fenn 4-43), Norbury 114 (S. Watt 4-28) and 81-3.\n\n"
        "Ashcombe-on-Leigh (The Meads): Thornshire 313-8 dec (C. Lowe 80 not out), Marlshire 95-2.\n\n"
        "Kelby: Thornshire beat Norbury by an innings and 39 runs.\n\n"
        "Result: Wexshire beat Marlshire by five wickets.\n\n"
        "Flights\n\nThe crew were flying a Kestrel 747 and 767.\n"
    )
    for side in ("Wexshire", "Norbury", "Thornshire", "Marlshire"):
        assert kinds.get(side) == "organization", side
    for ground in ("Brambleford", "Ashcombe-on-Leigh", "The Meads", "Kelby"):
        assert kinds.get(ground) == "place", ground
    assert kinds.get("D. Fenn") == "person" and kinds.get("C. Lowe") == "person"
    assert "Result" not in kinds and kinds.get("Kestrel") != "organization"


def test_a_plural_noun_opening_a_sentence_describes_the_name_after_it():
    """ "Holders Varnland beat ...", "Champions Ostborg drew ...", "Candidates Ben Carson and ...":
    a plural common noun capitalised by its place describes the name, which is the entity. Names
    of that shape stay whole: "Champions League", "Workers Party", a body named with a place
    outside a match report ("Priorities USA"), and given names ending in s ("Chris Cox")."""
    kinds = _kinds(
        "SOCCER - ROUNDUP\n\nMADRID 1996-12-06\n\nHolders Germany beat Italy 2-1 on Friday.\n\n"
        "Champions Ostborg drew 1-1 with Kelby.\n\nChampions League games resume next week.\n"
    )
    assert kinds.get("Germany") == "place" and "Holders Germany" not in kinds
    assert _kinds("SOCCER - PREVIEW\n\nDUBAI 1996-12-06\n\nHosts Oman play Kuwait on Saturday.\n").get("Oman") == "place"
    assert "Ostborg" in kinds and "Champions Ostborg" not in kinds
    assert kinds.get("Champions League") == "organization"
    kinds = _kinds(
        "Donors\n\nPriorities USA raised $16 million. Candidates Ben Carson and Ted Cruz spoke. "
        "Chris Cox said so. Workers Party members left.\n"
    )
    assert "USA" not in kinds
    assert kinds.get("Ben Carson") == "person" and "Candidates Ben Carson" not in kinds
    assert kinds.get("Chris Cox") == "person" and "Workers Party" in kinds


def test_a_body_named_for_a_cause_with_an_article():
    """ "Movement for a Democratic Slovakia", "Institute for the Study of Labor": an organisation
    word, "for" and an article open the rest of one body's name."""
    kinds = _kinds(
        "Vote\n\nHe quit the Movement for a Democratic Varnland on Monday. The Institute for the Study of Labor agreed.\n"
    )
    assert kinds.get("Movement for a Democratic Varnland") == "organization"
    assert kinds.get("Institute for the Study of Labor") == "organization"


def test_a_tables_typographic_note_names_nothing():
    """ "(home team in CAPS)" says how the results are set; "CAPS" is no organisation."""
    kinds = _kinds(
        "ICE HOCKEY - RESULTS\n\nNEW YORK 1996-12-06\n\nResults on Thursday (home team in CAPS):\n\nKelby 4 MARLOW 2\n"
    )
    assert "CAPS" not in kinds and kinds.get("Kelby") == "organization"


def test_the_sides_players_are_named_with_in_a_slugged_sports_story():
    """A sport's slug makes a sports story even with no score. There the name before a position
    and a player ("Marlow fly-half Tom Reed"), before a possessive and a full name ("Kelby's Sam
    Hart"), after a full name and "of" ("Dan Cole of Ashby") or a plural after "the" ("played for
    the Corsairs") is a club; a country's is its national side, a place ("Varnland coach", "West
    Indies captain"). Events stay out ("the Asian Games"); a demonym names no side."""
    kinds = _kinds(
        "RUGBY UNION - VARNLAND NAME SQUAD\n\nLONDON 1996-12-06\n\n"
        "England coach Jack Rowell named an unchanged side on Friday.\n\n"
        "Marlow fly-half Tom Reed keeps his place ahead of Dan Cole of Ashby, while Kelby's Sam Hart captains the side.\n\n"
        "Welsh flanker Ian Moss, who played for the Corsairs last month, returns after the Asian Games.\n\n"
        "West Indies captain Courtney Walsh watched.\n"
    )
    for club in ("Marlow", "Ashby", "Kelby", "Corsairs"):
        assert kinds.get(club) == "organization", club
    assert kinds.get("England") == "place" and kinds.get("West Indies") == "place"
    assert kinds.get("Tom Reed") == "person" and kinds.get("Dan Cole") == "person"
    assert "Asian Games" not in kinds and "Welsh" not in kinds


def test_players_sides_outside_sports_are_left_to_the_text():
    """Without a slug or a score, "Paul Reed of Ashby" is a man from a town and "campaign manager"
    names no club."""
    kinds = _kinds("Campaign\n\nPaul Reed of Ashby said the campaign was over. Marlow manager Tom Reed agreed.\n")
    assert kinds.get("Ashby") != "organization" and kinds.get("Marlow") != "organization"


def test_a_tables_column_heads_name_nothing():
    """ "W L PCT GB" heads a standings table's columns; it names no organisation."""
    kinds = _kinds("BASKETBALL - STANDINGS\n\nNEW YORK 1996-12-06\n\nW L PCT GB\n\nKELBY 14 4 .778 -\n\nMARLOW 12 5 .706 1 1/2\n")
    assert not any("PCT" in name for name in kinds) and kinds.get("Kelby", kinds.get("KELBY")) == "organization"


def test_a_city_with_its_umlauts_spelt_out():
    """Wire copy spells "Düsseldorf" as "Duesseldorf" and "Malmö" as "Malmoe": the same places."""
    kinds = _kinds("Rates\n\nA council member said in a speech in Duesseldorf and later in Malmoe that rates would hold.\n")
    assert kinds.get("Duesseldorf") == "place" and kinds.get("Malmoe") == "place"


def test_two_fields_joined_before_the_body_that_heads_them():
    """ "Securities and Exchange Commission", "Trade and Industry Ministry", "Bill and Melinda
    Gates Foundation" are one body each; "House and Senate", "the Bank of Japan and Finance
    Ministry", "Clinton and State Department" and two firms ("Virgin Atlantic and United
    Airlines") are two names; a firm's legal form after both makes one ("Cable and Wireless Plc")."""
    kinds = _kinds(
        "Regulators\n\nThe Securities and Exchange Commission and the Trade and Industry Ministry agreed, "
        "as did the Kelvor Futures and Options Exchange and the Tom and Ann Marlow Foundation. "
        "The House and Senate voted. The Bank of Japan and Finance Ministry met. Clinton and State Department aides left. "
        "Rivals Marlow Atlantic and United Airlines objected.\n"
    )
    assert kinds.get("United Airlines") == "organization" and not any(" and United" in name for name in kinds)
    for body in (
        "Securities and Exchange Commission",
        "Trade and Industry Ministry",
        "Kelvor Futures and Options Exchange",
        "Tom and Ann Marlow Foundation",
    ):
        assert kinds.get(body) == "organization", body
    assert not any(" and " in name for name in kinds if "Senate" in name or "Japan" in name or "State" in name)
    kinds = _kinds("Shares\n\nCable and Wireless Plc rose, as did Kettle and Nephew Plc on Friday.\n")
    assert kinds.get("Cable and Wireless Plc") == "organization" and kinds.get("Kettle and Nephew Plc") == "organization"


def test_a_countrys_name_with_and_in_it_is_one_place():
    """ "Bosnia and Herzegovina", "Trinidad and Tobago": one country each, not two places."""
    kinds = _kinds("Votes\n\nBosnia and Herzegovina voted, as did Trinidad and Tobago.\n")
    assert kinds.get("Bosnia and Herzegovina") == "place" and kinds.get("Trinidad and Tobago") == "place"
    assert "Tobago" not in kinds and "Herzegovina" not in kinds


def test_a_sentence_opening_noun_the_article_writes_in_lower_case_is_no_name():
    """ "Settler leader Noam Arnon said ..." in a story about "Jewish settlers": "Settler" is a
    noun capitalised by its place, neither a body led nor a person; "Islamic Jihad" is a movement."""
    kinds = _kinds(
        "Hebron\n\nSome 400 Jewish settlers live in the town. Settler leader Noam Arnon said the army should stay. "
        "Militants of Islamic Jihad fired.\n"
    )
    assert "Settler" not in kinds and kinds.get("Noam Arnon") == "person"
    assert kinds.get("Islamic Jihad") == "organization"


def test_an_appositive_that_says_what_a_body_is():
    """ "Kelvar, the state power utility," and "Sonatrach, Algeria's state energy firm," are
    organisations by what the appositive says; "Tom Hart, a bank manager," stays a person and
    "Paris, the French capital," a place."""
    kinds = _kinds(
        "Power\n\nKelvar, the state power utility, disagreed. Ostrana, Varnland's state energy firm, did too. "
        "Felko, the Federal Land Development Authority, said output would rise. "
        "Tom Hart, a bank manager, said so. Paris, the French capital, was calm.\n"
    )
    for body in ("Kelvar", "Ostrana", "Felko"):
        assert kinds.get(body) == "organization", body
    assert kinds.get("Tom Hart") == "person" and kinds.get("Paris") == "place"


def test_world_newspapers_and_bodies_named_in_their_own_language():
    """ "Le Monde said", "according to Die Welt", "Corriere della Sera" are newspapers; "Banca di
    Kelvo" and "Banque de Varnland" are banks by their first word; "Piero della Francesca" keeps
    his particle."""
    kinds = _kinds(
        "Press\n\nPARIS 1996-12-06\n\nLe Monde said on Friday the government would fall, according to Die Welt. "
        "Corriere della Sera said Banca di Kelvo would merge with Banque de Varnland. Piero della Francesca painted it.\n"
    )
    for body in ("Le Monde", "Die Welt", "Corriere della Sera", "Banca di Kelvo", "Banque de Varnland"):
        assert kinds.get(body) == "organization", body
    assert "Sera" not in kinds and kinds.get("Piero della Francesca") == "person"


def test_the_side_a_player_scored_for():
    """In a sports story, "scored for Stuttgart" and "signed for Leeds" name the clubs; "flew to
    Leeds" is the city, and a country a player scores for is its national side, a place."""
    kinds = _kinds(
        "SOCCER - ROUNDUP\n\nBONN 1996-12-07\n\nKelby beat Marlow 2-0 on Saturday.\n\n"
        "Giovane Elber scored for Stuttgart, who stay third. Tom Reed, who signed for Leeds, scored for Brazil.\n"
    )
    assert kinds.get("Stuttgart") == "organization" and kinds.get("Leeds") == "organization"
    assert kinds.get("Brazil") == "place"


def test_a_name_glossed_in_brackets_before_its_organisation_noun():
    """ "the Zajedno (Together) coalition": the name's translation in brackets does not hide the
    noun that makes it a body."""
    kinds = _kinds("Protest\n\nLeaders of the Zavet (Together) coalition told the crowd they would stay.\n")
    assert kinds.get("Zavet") == "organization"


def test_a_teams_line_up_names_its_side_and_players():
    """In a sports story, "Kelby: Moss, Dane (Hart 70), Wright, Adams" is a line-up: the side is a
    club, every name a player, even those a gazetteer knows as towns ("Wright", "Dane"); a
    "Squad:" heading names no side, and outside sports such a list is left to the text."""
    kinds = _kinds(
        "SOCCER - KELBY WIN\n\nLONDON 1996-12-07\n\nKelby beat Marlow 2-0 on Saturday.\n\n"
        "Kelby: Moss, Dane (Hart 70), Wright, Adams, Bould.\n\nSquad: Reed, Cole, Lowe, Hunt.\n"
    )
    assert kinds.get("Kelby") == "organization" and "Squad" not in kinds
    for player in ("Moss", "Dane", "Hart", "Wright", "Adams", "Bould", "Reed", "Cole", "Lowe", "Hunt"):
        assert kinds.get(player) == "person", player
    kinds = _kinds("Guests\n\nAttendees: Moss, Dane, Wright, Adams.\n")
    assert kinds.get("Attendees") != "organization"


def test_a_programme_is_a_body():
    """ "The World Food Programme said": a U.N. programme is an organisation, not a person who spoke."""
    kinds = _kinds("Aid\n\nThe Kelvar Food Programme said drought had left 500,000 people short of food.\n")
    assert kinds.get("Kelvar Food Programme") == "organization"


def test_clubs_with_their_countries_in_a_results_row():
    """European cup rows give each club its country: "Kelvos (Greece) 71 Real Marlow (Spain) 65"
    names two clubs and two places, no competitor; "Group A" names nothing."""
    kinds = _kinds(
        "BASKETBALL - EUROLEAGUE RESULTS\n\nATHENS 1996-12-05\n\nGroup A\n\n"
        "Kelvos (Greece) 71 Real Marlow (Spain) 65\n\nOstrand Treviso (Italy) 80 Maccabi Kelby (Israel) 74\n"
    )
    for club in ("Kelvos", "Real Marlow", "Ostrand Treviso", "Maccabi Kelby"):
        assert kinds.get(club) == "organization", club
    for country in ("Greece", "Spain", "Italy", "Israel"):
        assert kinds.get(country) == "place", country
    assert "Group A" not in kinds


def test_a_side_whose_name_opens_with_a_stop_word():
    """ "St Johnstone 2 Partick 0": the row's side is "St Johnstone" whole, though "St" alone is a
    stop word and a title, and no place called "Johnstone" comes with it."""
    kinds = _kinds("SOCCER - SCOTTISH RESULTS\n\nGLASGOW 1996-12-07\n\nSt Kelvin 2 Partick 0\n")
    assert kinds.get("St Kelvin") == "organization" and "Kelvin" not in kinds


def test_a_country_after_a_title_is_no_person():
    """ "Chief U.S. economist Tom Lee": the capitalised title runs into the country, which stays a
    place; the person is the name after."""
    kinds = _kinds("Economy\n\nChief U.S. economist Tom Lee spoke on Friday.\n")
    assert kinds.get("U.S.") == "place" and kinds.get("Tom Lee") == "person"


def test_a_direction_before_a_region_and_a_firm_named_for_an_ocean():
    """ "Western Europe", "the South Pacific" are parts of regions, places; "Cathay Pacific" and
    "Virgin Atlantic" are firms named for an ocean."""
    kinds = _kinds(
        "Air\n\nKestrel Pacific rose, while Marlow Atlantic fell. Ships sailed the South Pacific. Western Europe was calm.\n"
    )
    assert kinds.get("Kestrel Pacific") == "organization" and kinds.get("Marlow Atlantic") == "organization"
    assert kinds.get("South Pacific") == "place" and kinds.get("Western Europe") == "place"


def test_feasts_are_no_names_and_company_names_are_no_stop_words():
    """ "Christmas" and "Ramadan" date a story, they name nothing; "Microsoft" opening a sentence is
    the company, though the general stop list holds it."""
    kinds = _kinds("Markets\n\nMarkets closed for Christmas and Ramadan. Microsoft released a new system.\n")
    assert "Christmas" not in kinds and "Ramadan" not in kinds
    assert kinds.get("Microsoft") == "organization"


def test_a_sports_storys_unknown_place_is_a_club():
    """In a sports story, a name the tagger takes for a place but no place list knows is a club
    ("signed from Ajax"); after "in", "at" or "of" it stays a place ("at the Gabba", "in Zenica")."""
    kinds = _kinds(
        "SOCCER - KELBY SIGN STRIKER\n\nTURIN 1996-12-06\n\nKelby have signed striker Tom Reed from Ajax, the club said.\n\n"
        "The match was played at the Gabba, and Reed lives in Zenica.\n"
    )
    assert kinds.get("Ajax") == "organization"
    assert kinds.get("Gabba") != "organization" and kinds.get("Zenica") == "place"


def test_one_country_is_one_entity_in_prose_and_in_a_row():
    """ "Britain's Damon Hill" in prose and "(Britain)" in a standings row are one place, though
    the row's country is read by its canonical name ("United Kingdom")."""
    table = entities(
        parse_article(
            "MOTOR RACING - TITLE DECIDED\n\nSUZUKA, Japan 1996-10-13\n\nBritain's Tom Vale won the race on Sunday.\n\n"
            "Final standings:\n\n1. Tom Vale (Britain) 97 points\n2. Luc Marten (Canada) 78\n"
        )
    )
    assert list(table["name"]).count("Britain") == 1
    assert table.set_index("name").loc["Britain", "mentions"] == 2


def test_a_titled_name_of_a_land_is_a_person_and_a_place():
    """ "King Hussein of Jordan", "Sheikh Jaber al-Ahmad of Kuwait": a title, the person's name,
    then the land; "Bank of Japan" stays one body, and "Teacher Retirement System of Texas" gives no
    person "Retirement System"."""
    kinds = _kinds(
        "Summit\n\nKing Talal of Jordan met Sheikh Jaber al-Ahmad of Kuwait on Sunday. Bank of Japan officials said nothing. "
        "Funds like the Teacher Retirement System of Texas lost money.\n"
    )
    assert kinds.get("Talal") == "person" and kinds.get("Jordan") == "place"
    assert kinds.get("Jaber al-Ahmad") == "person" and kinds.get("Kuwait") == "place"
    assert kinds.get("Bank of Japan") == "organization"
    assert kinds.get("Retirement System") != "person"


def test_a_title_then_a_name_then_a_royal_title_is_one_name():
    """ "Promoter Don King said": a title opening the sentence, then a name, and "King" ending the
    run is the surname, not a title without a name."""
    kinds = _kinds("BOXING - REMATCH\n\nLAS VEGAS 1996-11-10\n\nPromoter Don King said a rematch would take place.\n")
    assert kinds.get("Don King") == "person" and "King" not in kinds


def test_whom_and_where_a_titled_person_is_of():
    """After a person and "of", a name the tagger takes for a person is no person: the town they
    live in if a gazetteer knows it ("Jason Gilbert of Cheyenne"), the firm they work for if written
    as a brand ("said Mr. Nevins of ShowMark")."""
    kinds = _kinds(
        "Voters\n\n\"It is good,'' said Mr. Nevins of ShowMark. \"I think she should run,'' said Jason Gilbert of Cheyenne.\n"
    )
    assert kinds.get("ShowMark") == "organization"
    assert kinds.get("Cheyenne") == "place"


def test_a_followers_word_before_leader_names_no_body():
    """ "Separatist leader Zelimkhan Yandarbiyev": a word in -ist says what the leader stands for;
    "Inkatha leader Mangosuthu Buthelezi" names the body led."""
    kinds = _kinds("War\n\nSeparatist leader Zelim Varayev said Chechnya was free. Kelvata leader Ruslan Omarov said nothing.\n")
    assert "Separatist" not in kinds and kinds.get("Zelim Varayev") == "person"
    assert kinds.get("Kelvata") == "organization"


def test_a_record_holder_after_beat_is_no_side():
    """ "try to beat Said Aouita's two miles mark": the name owns the mark, it is not the side beaten."""
    kinds = _kinds(
        "ATHLETICS - KOMEN AIMS HIGH\n\nBRUSSELS 1996-08-23\n\nDaniel Komen said he would try to beat Said Aouita's two miles mark.\n"
    )
    assert kinds.get("Said Aouita") != "organization"


def test_federal_bodies_and_relief_bodies_and_surnames_with_initials():
    """ "the Federal Reserve" is a body, not a park; "Medecins Sans Frontieres" a relief body; "Deve
    Gowda" after "H.D. Deve Gowda" the same person; "British Airways Plc" the same firm as "British
    Airways"; "Wasserman Schultz" the same person as "Debbie Wasserman Schultz"."""
    table = entities(
        parse_article(
            "Kestrel Airways seeks approval.\n\nLONDON 1996-06-11\n\nKestrel Airways Plc said on Tuesday it asked the Federal Reserve. "
            "Medecins Sans Frontieres said refugees needed water. Prime Minister H.D. Deve Gowda spoke. Later, Deve Gowda left. "
            "Debbie Wasserman Schultz resigned, and Wasserman Schultz was booed.\n"
        )
    )
    kinds = dict(zip(table["name"], table["kind"]))
    assert kinds.get("Federal Reserve") == "organization"
    assert kinds.get("Medecins Sans Frontieres") == "organization"
    assert kinds.get("H.D. Deve Gowda") == "person" and "Deve Gowda" not in kinds
    assert kinds.get("Kestrel Airways") == "organization" and "Kestrel Airways Plc" not in kinds
    assert kinds.get("Debbie Wasserman Schultz") == "person" and "Wasserman Schultz" not in kinds


def test_legislatures_named_alone_are_bodies():
    """ "told the Knesset", "the Duma voted", "the Bundestag approved": a legislature's own name is an
    organisation."""
    kinds = _kinds("Parliaments\n\nThe Duma voted on Friday. Deputies in the Bundestag objected, and the Sejm agreed.\n")
    assert kinds.get("Duma") == kinds.get("Bundestag") == kinds.get("Sejm") == "organization"


def test_a_states_party_member_names_the_state():
    """ "a North Carolina Republican", "the New York Democrat", "R-Kansas": the state is a place, and
    the party's word no part of it."""
    kinds = _kinds(
        "Politics\n\nJesse Hale, a North Carolina Republican, said no. The New York Democrat agreed. "
        "Sen. John Smith, R-Kansas, left.\n"
    )
    assert kinds.get("North Carolina") == "place" and kinds.get("New York") == "place" and kinds.get("Kansas") == "place"
    assert not any("Republican" in name or "Democrat" in name or "R-" in name for name in kinds)


def test_the_joins_an_epithet_or_a_title_not_two_names():
    """ "Alexander the Great", "Meet the Press", "CBS Face the Nation" are one name each; "told
    Reuters the Israeli side" and "Bernie Sanders the Democratic nominee" join nothing."""
    kinds = _kinds(
        "Talks\n\nAlexander the Great was a king. Erekat told Reuters the Israeli side had new demands. "
        "He went on Meet the Press and on CBS Face the Nation. He praised Bernie Sanders the Democratic candidate.\n"
    )
    assert "Alexander the Great" in kinds and "Meet the Press" in kinds and "CBS Face the Nation" in kinds
    assert kinds.get("Reuters") == "organization" and kinds.get("Bernie Sanders") == "person"


def test_roles_before_names_and_what_a_title_cannot_make_a_person():
    """ "Palestinian negotiator Saeb Erekat", "tycoon Li Ka-shing" are people by their role; a share
    index is no person; after a title, a party's word is no person and a city's team is the team
    ("billionaire Dallas Mavericks owner Mark Cuban")."""
    kinds = _kinds(
        "Markets\n\nPalestinian negotiator Saeb Erekat told Reuters the talks failed. Shares of tycoon Li Ka-shing rose, "
        "and the Hang Seng Index gained. He faced Donald Drum, billionaire Republican who owns hotels. "
        "Billionaire Dallas Mavericks owner Mark Cuban spoke.\n"
    )
    assert kinds.get("Saeb Erekat") == "person" and kinds.get("Li Ka-shing") == "person"
    assert "Hang Seng Index" not in kinds and "Republican" not in kinds
    assert kinds.get("Dallas Mavericks") == "organization" and kinds.get("Mark Cuban") == "person"


def test_a_saints_possessive_goes_on_into_the_name():
    """ "St Mary's Hospital", "St James' Park", "St John's College" are whole names; "Obama's State
    Department" is still a person's body."""
    kinds = _kinds(
        "Health\n\nDoctors at St Agnes's Hospital agreed. He played at St Giles' Park on Sunday. "
        "She studied at St Olaf's College. Obama's State Department spoke.\n"
    )
    assert kinds.get("St Agnes's Hospital") == "organization" and kinds.get("St Olaf's College") == "organization"
    assert "St Giles' Park" in kinds and kinds.get("State Department") == "organization"


def test_international_bodies_named_without_a_body_word():
    """ "The Red Cross said", "the Red Crescent sent tents", "the U.S. Geological Survey": bodies,
    not people; "former Soviet President Mikhail Gorbachev": "Soviet" names no one."""
    kinds = _kinds(
        "Quake\n\nThe Red Cross said it sent tents. The Red Crescent said it sent blankets. "
        "The U.S. Geological Survey recorded it. Former Soviet President Mikhail Gorbachev spoke.\n"
    )
    assert kinds.get("Red Cross") == kinds.get("Red Crescent") == kinds.get("U.S. Geological Survey") == "organization"
    assert "Soviet" not in kinds and kinds.get("Mikhail Gorbachev") == "person"


def test_acronyms_of_things_are_no_bodies():
    """ "GDP grew", "AIDS and HIV spread", "a PDF": acronyms of measures, diseases and technologies
    name no organisation; "NATO met" does."""
    kinds = _kinds("Economy\n\nGDP grew 2 percent, and the CPI rose. AIDS and HIV spread. He sent a PDF. NATO met.\n")
    assert not {"GDP", "CPI", "AIDS", "HIV", "PDF"} & set(kinds)
    assert kinds.get("NATO") == "organization"


def test_a_body_named_for_what_it_is_to_do():
    """ "Committee to Protect Journalists", "National Institute to Combat Drugs": "to" and a verb join
    a body's name; "sent the Ministry to Washington" and "the Commission to Monday" do not."""
    kinds = _kinds(
        "Press\n\nThe Committee to Protect Journalists said so. He heads the National Institute to Combat Drugs. "
        "He sent the Ministry to Washington. The Commission adjourned to Monday.\n"
    )
    assert kinds.get("Committee to Protect Journalists") == "organization"
    assert kinds.get("National Institute to Combat Drugs") == "organization"
    assert kinds.get("Washington") == "place" and kinds.get("Ministry") == "organization"


def test_leaders_of_a_body_and_kin_before_a_name():
    """ "Zajedno leaders Vuk Draskovic and Zoran Djindjic": the body led, in the plural too; "his wife
    Kudirat": a kinship word before a name makes a person of a name no list knows."""
    kinds = _kinds(
        "Protest\n\nKelvata leaders Vuk Draskovic and Zoran Djindjic marched. Moshood Abiola remains in jail. "
        "His wife Kudirat was shot in June.\n"
    )
    assert kinds.get("Kelvata") == "organization"
    assert kinds.get("Kudirat") == "person"


def test_names_in_a_headline_in_capitals_are_mentions():
    """ "BOXING - HOLYFIELD STOPS TYSON IN JAPAN": the countries in a line in capitals are places, and
    the surnames the story gives in full later are those people's mentions; very common words are
    not looked up."""
    text = "BOXING - KELDAR STOPS TYSON IN JAPAN.\n\nTOKYO 1996-11-10\n\nEvan Keldar stopped Mike Tyson in the 11th round on Saturday.\n"
    article = parse_article(text)
    mentions = entity_mentions(article)
    headline = mentions[mentions["end"] <= text.index("\n")]
    assert set(zip(headline["name"], headline["text"])) == {
        ("Evan Keldar", "KELDAR"),
        ("Mike Tyson", "TYSON"),
        ("Japan", "JAPAN"),
    }
    assert all(text[s:e] == t for s, e, t in zip(mentions["start"], mentions["end"], mentions["text"]))


def test_no_persons_name_has_a_digit_and_sultan_is_a_given_name():
    """ "COP28 President Sultan al-Jaber": the summit's name has a digit, no person's does; "Sultan"
    before "al-Jaber" is his given name, no title."""
    kinds = _kinds("Climate\n\nCOP28 President Sultan al-Jaber rejected the reports. COP28 ends on Tuesday.\n")
    assert "COP28" not in kinds or kinds["COP28"] != "person"
    assert kinds.get("Sultan al-Jaber") == "person"


def test_a_full_name_in_capitals_in_a_sentence_is_a_person():
    """Transcripts and tables set names in capitals inside ordinary sentences ("sworn in by KAMALA
    HARRIS"): a given name and a surname are a person's, whatever the tagger makes of the capitals."""
    kinds = _kinds("Inauguration\n\nThe oath was taken before KAMALA HARRIS on Wednesday, and the crowd cheered.\n")
    assert kinds.get("KAMALA HARRIS") == "person"


def test_brands_agencies_opening_a_sentence_and_a_treasurer():
    """ "according to FlightAware": a word with a capital inside is a brand's name, not a place or a
    person ("McCain", "LaGuardia", "super PACs" are not brands); "Associated Press writer" opening
    a sentence keeps its first word, though the stop list holds it; "Treasurer Peter Costello" is a
    title and a name."""
    kinds = _kinds(
        "Storm\n\nMore than 400 flights were canceled, according to FlightAware. Super PACs spent money. "
        "Treasurer Peter Costello said the GST would come.\n\nAssociated Press writer Michael Casey contributed.\n"
    )
    assert kinds.get("FlightAware") == "organization" and "PACs" not in kinds
    assert kinds.get("Peter Costello") == "person" and "Treasurer Peter Costello" not in kinds
    assert kinds.get("Associated Press") == "organization" and "Press" not in kinds


def test_a_town_that_names_a_listed_firm():
    """ "Shares in Toyota rose": the firm, though "in" puts a town on the map elsewhere; "Toyota
    said" after "Toyota Motor Corp" is the firm; "lives in Toyota, near Nagoya" is the town."""
    kinds = _kinds(
        "Cars\n\nTOKYO 1996-07-11\n\nToyota Motor Corp said on Thursday it would build a plant. Shares in Toyota rose 30 yen.\n"
    )
    assert kinds.get("Toyota") == "organization"
    kinds = _kinds("Travel\n\nHe lives in Toyota, near Nagoya, and works in Tokyo.\n")
    assert kinds.get("Toyota") == "place"


def test_a_bylines_role_line_names_no_one():
    """ "By Sarah Okafor / Staff Writer": the role under a byline is a title without a name."""
    kinds = _kinds("Bike lanes approved\n\nBy Sarah Okafor\nStaff Writer\n\nPORTLAND, Maine - The council voted on Monday.\n")
    assert kinds.get("Sarah Okafor") == "person" and "Staff Writer" not in kinds


def test_a_town_listed_after_a_place_is_a_place():
    """ "won in Belgrade, Nis and 12 other towns": a name a gazetteer knows, listed after a place, is
    a place though it is also a given name; a very common word so listed is none ("Midwest and
    Western states")."""
    kinds = _kinds("Vote\n\nThe opposition won in Belgrade, Nis and 12 other towns, the report said.\n")
    assert kinds.get("Nis") == "place"
    kinds = _kinds("Polls\n\nJohnson also fares well in several Midwest and Western states, the poll said.\n")
    assert kinds.get("Midwest") == "place" and "Western" not in kinds


def test_regions_that_play_as_one_nation_and_grounds_and_players():
    """ "against the West Indies" is a national side, a place, as a country's is; "the Adelaide Oval"
    is a ground; "the Las Vegas Invitational" a tournament; a name that "won his first title" is
    no team."""
    kinds = _kinds(
        "CRICKET - AUSTRALIA IN CONTROL.\n\nADELAIDE 1997-01-26\n\nMark Waugh hit 104 as Australia reached 308 for five "
        "against the West Indies at the Adelaide Oval on Saturday.\n"
    )
    assert kinds.get("West Indies") == "place" and kinds.get("Adelaide Oval") == "place"
    kinds = _kinds(
        "GOLF - KELDAN WINS.\n\nLAS VEGAS 1996-10-06\n\nRory Keldan won his first professional title on Sunday "
        "at the Las Vegas Invitational.\n"
    )
    assert kinds.get("Rory Keldan") != "organization" and "Las Vegas Invitational" not in kinds


def test_ships_islands_and_bodies_of_agents():
    """ "The Liberian-registered tanker": an adjective made from a demonym gives no body; "on Fair
    Isle" is an island; "The Solvent Extractors' Association of India said" is one body, also as
    the speaker."""
    kinds = _kinds(
        "Spill\n\nLERWICK 1996-02-15\n\nThe Liberian-registered tanker Sea Empress ran aground on Thursday. "
        "Seabirds on Fair Isle were at risk. The Solvent Extractors' Association of India said exports rose.\n"
    )
    assert "Liberian-registered" not in kinds
    assert kinds.get("Fair Isle") == "place"
    assert kinds.get("Solvent Extractors' Association of India") == "organization" and "Association of India" not in kinds


def test_two_firms_joined_by_and_and_a_legal_form_in_matching():
    """ "Analysts at Merrill Lynch & Co and Salomon Brothers Inc said": two firms, each with its own
    legal form, and the speakers are theirs, no person "Co and Salomon Brothers Inc"; "Boeing" and
    "Boeing Co" are one firm."""
    table = entities(
        parse_article(
            "Deal\n\nSEATTLE 1996-12-15\n\nBoeing Co said on Sunday it would buy a rival. Boeing shares rose. "
            "Analysts at Merrill Lynch & Co and Salomon Brothers Inc said the price was fair.\n"
        )
    )
    kinds = dict(zip(table["name"], table["kind"]))
    assert kinds.get("Merrill Lynch & Co") == "organization" and kinds.get("Salomon Brothers Inc") == "organization"
    assert all(kind != "person" for kind in kinds.values())
    assert ("Boeing" in kinds) + ("Boeing Co" in kinds) == 1


def test_an_events_word_alone_names_an_event():
    """ "gold at the Olympics", "the Games ended": an event's closing word alone still names the
    event, no organisation."""
    kinds = _kinds("Sport\n\nShe won gold at the Olympics in Atlanta. The Games ended on Sunday.\n")
    assert "Olympics" not in kinds and "Games" not in kinds and kinds.get("Atlanta") == "place"


def test_a_named_person_and_a_body_are_two_names():
    """ "Both Obama and White House aides said no", after "Barack Obama": the person the article
    named, and the body; "Securities and Exchange Commission" stays one body."""
    kinds = _kinds(
        "Politics\n\nBarack Obama spoke on Monday. Both Obama and White House aides said no. "
        "The Securities and Exchange Commission agreed.\n"
    )
    assert kinds.get("Barack Obama") == "person" and kinds.get("White House") == "organization"
    assert "Obama and White House" not in kinds and kinds.get("Securities and Exchange Commission") == "organization"


def test_a_trade_term_before_a_port_is_no_part_of_its_name():
    """ "$540 a tonne FOB Malaysia", "CIF Rotterdam": the place, and its mention starts after the
    trade term."""
    text = "Palm oil\n\nPalm olein was quoted at $540 a tonne FOB Malaysia, and soyoil at $600 CIF Rotterdam.\n"
    mentions = entity_mentions(parse_article(text))
    assert set(zip(mentions["name"], mentions["text"])) == {("Malaysia", "Malaysia"), ("Rotterdam", "Rotterdam")}


def test_a_golfers_round_scores_and_a_romance_company_name():
    """ "Davis Love 72 69 70" on a leaderboard is a golfer, though a gazetteer knows a town Davis;
    "SGS Societe Generale de Surveillance": a company word in French with an adjective before its
    "de"."""
    kinds = _kinds(
        "GOLF - LEADING SCORES.\n\nAKRON, Ohio 1996-08-24\n\nLeading scores after the third round:\n\n"
        "211 Ernie Els (South Africa) 69 71 71, Davis Love 72 69 70\n"
    )
    assert kinds.get("Davis Love") == "person"
    kinds = _kinds("Court\n\nHe took $2 million from SGS Societe Generale de Surveillance in return for a contract.\n")
    assert kinds.get("SGS Societe Generale de Surveillance") == "organization"


def test_feasts_in_longer_names_name_no_one():
    """ "Christmas Eve", "Merry Christmas" name no person; "the San Bernardino Christmas party" names
    the city, the feast cut from its end."""
    kinds = _kinds("Holidays\n\nOn Christmas Eve the San Bernardino Christmas party was attacked. Merry Christmas cards came.\n")
    assert set(kinds) == {"San Bernardino"} and kinds["San Bernardino"] == "place"


def test_british_style_titles_set_off_by_commas_peers_and_chambers():
    """ "The Conservative leader, Kemi Badenoch, called": a lower-case title, then the name between
    commas, is a person; "Baroness Smith of Basildon" a peer and her town; "100 Labour MPs" the
    party; "the Commons" and "the Lords" the chambers; "Mr. Ackman's firm, Pershing Square Capital
    Management," no person."""
    kinds = _kinds(
        "Revolt\n\nMore than 100 Labour MPs rebelled. Sir Keir told the Commons on Wednesday. "
        "Baroness Smith of Basildon, the leader of the Lords, urged peers to back the bill. "
        "The Conservative leader, Kemi Badenoch, called the plans chaotic. "
        "Mr. Ackman's firm, Pershing Square Capital Management, shrank.\n"
    )
    assert kinds.get("Labour") == kinds.get("Commons") == kinds.get("Lords") == "organization"
    assert kinds.get("Smith") == "person" and kinds.get("Basildon") == "place"
    assert kinds.get("Kemi Badenoch") == "person"
    assert kinds.get("Pershing Square Capital Management") != "person"


def test_a_live_blogs_entries_and_a_photo_credit():
    """ "10:30 p.m. — Polls have closed": the word after a live blog's clock time and dash opens its
    entry, a common word capitalised by its place, and no speaker either; "(AP Photo/Evan Vucci)"
    credits the agency and the photographer."""
    kinds = _kinds(
        "Election night\n\n10:30 p.m. — Polls have closed in Arizona and Nevada, officials say.\n\n"
        "Photo: Supporters cheer in Florida on Tuesday. (AP Photo/Evan Vucci)\n"
    )
    assert "Polls" not in kinds and kinds.get("Arizona") == "place"
    assert kinds.get("AP") == "organization" and "AP Photo" not in kinds and kinds.get("Evan Vucci") == "person"


def test_a_companys_officers_and_an_appositive_with_a_peoples_adjective():
    """ "Kestrel's chief executive Tom Reed", "Verimax's board": no person or place has a chief
    executive or a board, so the owner is a company ("Obama's chief of staff" stays open); "Dunmore,
    the Swiss drugmaker," is a firm."""
    kinds = _kinds(
        "Tech\n\nKestrel's chief executive Tom Reed said sales rose. Verimax's board agreed. "
        "Dunmore, the Swiss drugmaker, said profits rose. Hong Kong's chief executive spoke.\n"
    )
    assert kinds.get("Kestrel") == kinds.get("Verimax") == kinds.get("Dunmore") == "organization"
    assert kinds.get("Tom Reed") == "person" and kinds.get("Hong Kong") == "place"


def test_who_speaks_or_works_for_a_body():
    """ "A spokesman for Kestrel", "a Corvalis spokeswoman", "employees of Dunmore": bodies by who
    speaks or works for them; "a spokesman for Barack Obama" stays a person's."""
    kinds = _kinds(
        "Business\n\nA spokesman for Kestrel said the plant would close. Employees of Dunmore went on strike. "
        "A Corvalis spokeswoman declined to comment. A spokesman for Barack Obama said no.\n"
    )
    assert kinds.get("Kestrel") == kinds.get("Dunmore") == kinds.get("Corvalis") == "organization"
    assert kinds.get("Barack Obama") == "person"


def test_one_word_ranked_in_standings_is_a_team_unless_a_named_rider():
    """ "Constructors: 1. Kelmar 175 points 2. Varro 70": one word between a rank and a score is a
    team; "2. Museeuw 141" after "Johan Museeuw" is the rider."""
    kinds = _kinds(
        "MOTOR RACING - STANDINGS.\n\nSUZUKA 1996-10-13\n\nJohan Museeuw (Belgium) was second.\n\n"
        "Constructors: 1. Kelmar 175 points 2. Varro 70 3. Museeuw 68\n"
    )
    assert kinds.get("Kelmar") == kinds.get("Varro") == "organization"
    assert kinds.get("Johan Museeuw") == "person" and "Museeuw" not in kinds


def test_the_side_a_player_drives_rides_or_finishes_for():
    """In a sports story, a name after a place or a driver's verb and "for" is the side: "third for
    Kelmar", "he drives for Varro"."""
    kinds = _kinds(
        "MOTOR RACING - VALE WINS.\n\nSUZUKA 1996-10-13\n\nTom Vale won the race. Luc Marten was third for Kelmar, "
        "and he drives for Varro next season.\n"
    )
    assert kinds.get("Kelmar") == kinds.get("Varro") == "organization"


def test_a_role_in_the_plural_alone_names_no_one():
    """ "Squad: Forwards - John Eales (captain), Dan Crowley": the role heading a squad's list is no
    person; "Queens" and "the Lords" are still a place and a chamber."""
    kinds = _kinds(
        "RUGBY UNION - SQUAD NAMED.\n\nSYDNEY 1996-09-30\n\nSquad: Forwards - John Eales (captain), Dan Crowley. "
        "He lives in Queens and sits in the Lords.\n"
    )
    assert "Forwards" not in kinds and kinds.get("John Eales") == "person"
    assert kinds.get("Queens") == "place" and kinds.get("Lords") == "organization"


def test_cities_by_their_former_names():
    """ "In Bombay, Tata Motors rose", "talks in Rangoon": large cities by the names news wrote
    before they were renamed, which the gazetteer's current names miss."""
    kinds = _kinds("Markets\n\nIn Bombay, Tata Motors and Reliance Industries rose, brokers said. Talks in Rangoon failed.\n")
    assert kinds.get("Bombay") == kinds.get("Rangoon") == "place"


def test_a_listed_firm_whose_name_begins_with_a_titles_word():
    """ "General Motors said", "General Mills and General Dynamics gained": listed firms whose names
    begin with a title's word; "General Colin Powell" is still a title and a person."""
    kinds = _kinds(
        "Cars\n\nGeneral Motors said sales rose. General Mills and General Dynamics gained. He met General Colin Powell.\n"
    )
    assert kinds.get("General Motors") == kinds.get("General Mills") == kinds.get("General Dynamics") == "organization"
    assert kinds.get("Colin Powell") == "person" and "Motors" not in kinds
