"""What a capitalised name is: a place (countries and their short names, regions, large cities),
an organisation (organisation words, acronyms, a noun that introduces it), a person (a title,
an appositive, a known given name) or nothing, from the text's own evidence first and the
learned tagger's kind after."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from analysis.entities import bodies, market
from analysis.entities.registry import Registry
from analysis.frequency import zipf_frequency
from analysis.name_words import (
    NAME_PARTICLES,
    brand_word,
    common_word,
    first_word_index,
    given_names,
    org_words,
    place_of,
    title_length,
)
from analysis.places import canonical_place, region_names, state_name, us_states
from analysis.resources import names_and_endings, word_set
from analysis.stopwords import stopwords
from analysis.tokens import Token

_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())


LOCATIVES = frozenset("in at from near to into outside inside across around of".split())  # before a place


_MODIFIERS = frozenset(
    "current former then acting new incoming outgoing top senior chief deputy longtime interim de facto late".split()
)


@cache
def _org_heads() -> frozenset[str]:
    return word_set("org_heads.txt")


@cache
def _cities_and_states() -> frozenset[str]:
    return word_set("cities.txt") | word_set("city_exonyms.txt")  # "Phoenix", "Bombay"


def place_name(text: str) -> str | None:
    """Canonical name if ``text`` names a place (country, region, feature, state, large city)."""
    found = canonical_place(text)
    if found:
        return found
    whole, features = region_names()
    bare = text[4:] if text.startswith("the ") else text
    parts = bare.split()
    if bare in whole or parts[-1] in features or (len(parts) == 2 and parts[0] in _COMPASS and parts[1] in whole):
        return bare  # "Middle East", "Strait of Hormuz", "South Pacific", "Western Europe"
    if bare in _cities_and_states() or bare in word_set("provinces.txt") or bare in word_set("regions_within.txt"):
        return bare  # "Phoenix", "Chechnya", "the Midwest"
    return None


def _state_after_place(tokens: list[Token], first: int, words: Sequence[str]) -> str | None:
    """The U.S. state an AP abbreviation after a comma and a capitalised name stands for ("Phoenix,
    Ariz." -> Arizona); None elsewhere ("Mass." alone, "Pa." in "Ma and Pa.")."""
    if len(words) != 1 or first < 2 or tokens[first - 1].text != "," or not tokens[first - 2].text[:1].isupper():
        return None
    return state_name(words[0])


def _names_an_event(words: Sequence[str]) -> bool:
    """Does a word that opens an event's name ("Hurricane", "Operation") or ends one after a name
    ("Cup", "War", "Summit"; "@" in ``data/event_heads.txt``) make these words an event? Such an
    ending alone names one too ("the Olympics")."""
    openers, endings = names_and_endings("event_heads.txt")
    if len(words) < 2:
        return len(words) == 1 and words[0] in endings  # "the Olympics", "the Games" alone
    return any(" ".join(words[:n]) in openers or " ".join(words[-n:]) in endings for n in (1, 2))


def _time_zone(tokens: list[Token], first: int, words: Sequence[str]) -> bool:
    """A time zone after a clock time ("9 p.m. EST", "0900 GMT", "all times EDT"); "PT" or "CT"
    elsewhere may be a company's prefix or a state's code."""
    if len(words) != 1 or words[0] not in word_set("time_zones.txt") or first == 0:
        return False
    before = tokens[first - 1].text.casefold()
    return tokens[first - 1].kind == "number" or before.rstrip(".") in ("a.m", "p.m", "time", "times")


def place_kind(canonical: str) -> str:
    """ "place", or "organization" for a union of states that news writes like a country ("EU", "U.N.")."""
    return "organization" if canonical in word_set("bodies.txt") else "place"


def _is_org(words: Sequence[str]) -> bool:
    """Ends with an organisation word ("Foreign Ministry"); an organisation word followed by "of",
    "for", "on" or "to", also in the plural ("Ministry of Defence", "Centers for Disease Control",
    "Committee to Protect Journalists"); a club after a name ("Leeds United") or before one ("AC
    Milan", "Dynamo Kiev"); one word ending in "bank" ("Bundesbank"); "PT ..." (an Indonesian
    company); a French, Spanish, Italian or Portuguese one before its "de" ("Banca di Roma",
    ``data/foreign_org_heads.txt``); a name opened by a word of ``data/org_openers.txt`` ("Federal
    Reserve")."""
    heads = org_words()
    if words[-1] in _org_heads() or (len(words) > 1 and (words[-1] in heads or words[-1] in word_set("press_endings.txt"))):
        return True  # "Senate"; "Nikko Securities", "Boston Globe" but not "Trust" alone
    last = words[-1]
    if len(last) > 6 and last[:1].isupper() and last.endswith("bank") and last[1:].islower():
        return True  # one word ending in "bank": "Bundesbank", "Commerzbank", "Rabobank"
    if (len(words) > 2 and "&" in words[1:-1]) or any(len(w) > 2 and "&" in w[1:-1] and w.isupper() for w in words):
        return True  # "Procter & Gamble", "Standard & Poor's", "AT&T", "S&P": partners' names joined make a firm
    if len(words) > 1 and (
        words[0] in ("PT", "PT.") or words[-1] in word_set("club_endings.txt") or words[0] in word_set("club_prefixes.txt")
    ):
        return True
    foreign = word_set("foreign_org_heads.txt")
    if any(w in foreign and any(nxt in _ROMANCE_LINKS for nxt in words[k + 1 : k + 4]) for k, w in enumerate(words)):
        # "Banca di Roma", "Banque de France", and with adjectives between ("Societe Generale de
        # Surveillance", "Partido Revolucionario de los Trabajadores")
        return True
    if _ocean_firm(words):
        return True  # "Cathay Pacific", "Virgin Atlantic"
    if len(words) > 1 and words[0] in word_set("org_openers.txt") and words[-1] not in ("Territory", "District"):
        return True  # "Federal Reserve", "Federal Express"
    return any((w in heads or w[:-1] in heads) and nxt in ("of", "for", "on", "to") for w, nxt in zip(words, words[1:]))


_ROMANCE_LINKS = frozenset("de di del della des du da do dos das".split())  # "of" in a name left in its language


# words of direction before a region's name, which make a part of the region ("South Pacific",
# "Eastern Europe"); any other word before an ocean's name makes a firm ("Cathay Pacific")
_COMPASS = frozenset(
    "North South East West Northern Southern Eastern Western Central Mid Northeast Northwest Southeast Southwest "
    "Upper Lower".split()
)
_OCEANS = frozenset({"Atlantic", "Pacific"})


def _ocean_firm(words: Sequence[str]) -> bool:
    """A name and an ocean's that is a firm's, not a part of the sea: "Cathay Pacific", "Union
    Pacific", "Virgin Atlantic"; not "South Pacific" nor "Asia Pacific"."""
    return (
        len(words) == 2
        and words[1] in _OCEANS
        and words[0] not in _COMPASS
        and words[0][1:].islower()
        and not (place_of(words[0]) or place_name(words[0]))
    )


def _names_a_group(words: Sequence[str]) -> bool:
    """ "Americans", "African Americans", "Republicans", "New Yorkers", "Tory MPs": a group of people,
    not an entity."""
    last = words[-1]
    members = (
        len(words) == 2
        and words[0] in word_set("group_names.txt")
        and last.endswith("s")
        and (last[:-1].isupper() or bodies.occupation(last[:-1].casefold()))  # "Tory MPs", "Republican Senators"
    )
    return len(words) <= 2 and (
        members
        or last in word_set("group_names.txt")
        or (last.endswith("s") and place_of(last[:-1]) is not None)
        or _inhabitants(words)
    )


_INHABITANT_ENDINGS = ("ers", "ians", "ans", "ites", "ns")  # "Londoners", "Parisians", "Chicagoans", "Tokyoites", "Californians"


def _inhabitants(words: Sequence[str]) -> bool:
    """The people of a city or region named by an ending on its name ("New Yorkers", "Londoners",
    "Californians"); no common surname ends so on a place's name ("Sanders", "Peters")."""
    last = words[-1]
    for ending in _INHABITANT_ENDINGS:
        stem = last[: -len(ending)]
        if last.endswith(ending) and len(stem) >= 3:
            place = " ".join([*words[:-1], stem])
            if place in _cities_and_states() or place_name(place):
                return True
    return False


_COMMON_ACRONYM_ZIPF = 5.0  # "NO", "WHITE", "ALL": shouted words, not acronyms (wordfreq Zipf scale)


_SHORT_ACRONYM = 4  # letters: "NATO", "CNN", "EU"; a longer word in capitals opening a line is a heading ("ABSTRACT", "UPDATE")


def _short_acronym(word: str) -> bool:
    """An acronym short enough that it is no shouted word when it opens a sentence ("NATO said",
    "CNN exit polls showed"), which wordfreq counts as common from its use in news."""
    return sum(c.isalpha() for c in word) <= _SHORT_ACRONYM and _is_acronym([word])


def _is_acronym(words: Sequence[str]) -> bool:
    """One word in capitals ("NATO", "CNN"): usually an organisation in news, but also "DNA", "AI";
    never a shouted common word ("NO", "ALL")."""
    single = words[0] if len(words) == 1 else ""
    return (
        len(single) >= 2
        and single.replace(".", "").isupper()
        and single.isalpha()
        and not canonical_place(single)
        and zipf_frequency(single.casefold()) < _COMMON_ACRONYM_ZIPF
    )


def _classify(
    tokens: list[Token],
    first: int,
    name: str,
    has_title: bool,
    registry: Registry,
    learned: Callable[[], str | None] | None = None,
    last: int | None = None,
) -> tuple[str | None, str]:
    """What the name segment starting at token ``first`` is: person, place, organisation or nothing.

    The text's own evidence decides first (a title, a known place, an organisation word, a person
    already named); then the learned tagger's kind (``learned``, asked only when the evidence has
    not decided: tagging is the costly part); then a known given name."""
    words = name.split()
    if has_title and _names_a_group(words):
        return None, name  # "billionaire Republican who", "a chief Democratic negotiator": a party's word
    if has_title and _city_and_nickname(words):
        return "organization", name  # "billionaire Dallas Mavericks owner Mark Cuban": the team the owner owns
    if has_title:
        return "person", name
    if _names_an_event(words):
        return None, name  # "Hurricane Katrina", "World Cup", "Iraq War": an event
    if len(words) == 1 and words[0] in word_set("thing_acronyms.txt"):
        return None, name  # "GDP grew", "AIDS spread": a thing's acronym, no body's
    if _time_zone(tokens, first, words):
        return None, name  # "9 p.m. EST", "0900 GMT": a clock's zone
    state = _state_after_place(tokens, first, words)
    if state:
        return "place", state  # "Phoenix, Ariz.", "SPRINGFIELD, Ill."
    place = place_name(name)
    locative = _after_locative(tokens, first)
    if registry.sure_organization(name) and not (place and locative):
        # one sense in one article: "Gazprom spokesman" after "company Gazprom", "against
        # Newcastle" after "Newcastle drew 1-1"; but "in Newcastle" is the city
        return "organization", name
    if place and not locative and _known_person(registry, name, tokens[first].start):
        return "person", name  # "Mendoza said" after "Gustavo Mendoza"
    if place and not locative and _given_name_region(name) and not registry.find("place", place):
        place = None  # "Diana", a region of Madagascar and a woman's name: the evidence below and the tagger decide
    if place and _company_town(words, place) and not registry.find("place", place):
        if last is not None and market.traded(tokens, first, last):
            return "organization", name  # "Shares in Toyota rose": the firm, though "in" puts a town on the map
        if not locative and _heads_an_organization(tokens, first, words, registry):
            return "organization", name  # "Toyota said" after "Toyota Motor Corp"
        if not locative:
            place = None  # "Toyota to build a plant": a town and a listed firm; the tagger decides, and the story after
    if place:
        return place_kind(place), place
    opens = first == first_word_index(tokens)  # the name opens the sentence
    bare = name[4:] if name.startswith("The ") else name  # "The Brookings Institution" -> "Brookings Institution"
    if len(words) == 1 and opens and common_word(words[0], opens_sentence=False) and words[0] in _org_heads():
        return None, name  # "Police said", "Army chief ...": a very common noun, capitalised by its place
    introduced = first > 0 and tokens[first - 1].text.casefold() in bodies.org_introducers()
    if introduced and _known_person(registry, name, tokens[first].start):
        introduced = False  # "the organization Bill Clinton used" after "Bill Clinton" was named
    if (
        _is_org(words)
        or introduced
        or (last is not None and bodies.spelled_out(tokens, last, words))
        or bodies.known_body(bare, tokens, last, registry)
    ):
        # "the militant group Hamas", "the Implementation Force (IFOR)", "a Likud government"
        return "organization", bare
    known = registry.find("person", name, tokens[first].start)
    if known is not None and known.guessed and last is not None and market.held(tokens, first, last):
        return "organization", name  # "a stake in Valeant" after the tagger took "Valeant was spurned" for a person
    if known is not None or registry.family_name(name):
        return "person", name
    company = market.listed(bare) and not _given_name_first(words)  # not "Walt Disney"
    town = len(words) == 1 and bare in word_set("gazetteer_places.txt")  # "Hartford", "Toyota": a town's name too
    if company and not town:
        return "organization", bare  # "Goldman Sachs", "Hoechst": a listed company
    if first > 0 and tokens[first - 1].text.casefold() in _POSSESSIVE_DETERMINERS:
        return None, name  # "her Santa Barbara home": a name after "her" modifies a noun, it is no person
    if place_of(name) or _names_a_group(words):
        return None, name  # a demonym used as an adjective ("Iranian-backed", "Palestinian"), "Republicans"
    if len(words) == 1 and common_word(words[0], opens_sentence=opens) and not (opens and _short_acronym(words[0])):
        return None, name  # "Fortunately" opening a sentence, "the World": a word, capitalised; not "NATO said"
    if _city_and_nickname(words):
        return "organization", name  # "Chicago Bulls", "Milwaukee Bucks": a team
    if bodies.works_at(tokens, first):
        return "organization", bare  # "analysts at Jefferies"
    if last is not None and bodies.company_owner(tokens, last):
        return "organization", bare  # "Kestrel's chief executive Tom Reed"
    if last is not None and not _given_name_first(words) and bodies.spoken_for(tokens, first, last):
        return "organization", bare  # "a spokesman for Kestrel", "employees of Dunmore"
    if last is not None and market.traded(tokens, first, last):
        return "organization", bare  # "Hoechst shares fell", "Siemens rose 1.20 marks"
    if last is not None and bodies.org_noun_after(tokens, first, last):
        return "organization", bare  # "Interfax news agency"
    if last is not None and _feature_after(tokens, first, last):
        return "place", bare  # "the Erez crossing", "the Litani river"
    if last is not None and _appositive_role(tokens, last):
        return "person", name  # "Frantisek Gaulieder, a Slovak lawmaker, said"
    if _initials_then_surname(words):
        return "person", name  # "M. Atherton", "J.R. Smith": initials before a name are a person's
    if _given_name_first(words) and last is not None and _affiliated(tokens, first, last):
        return "person", name  # "Chris Wallace of Fox News", "MSNBC's Chris Matthews": a person and whom they work for
    if _heads_an_organization(tokens, first, words, registry):
        return "organization", name  # "Daewoo said" after "Daewoo Group"
    if last is not None and _referred_to_as_someone(tokens, last) and _could_be_someone(words):
        return "person", name  # "Yeltsin, who is to undergo surgery", "Mubarak said he was hopeful"
    kind = learned() if learned is not None else None
    if company and kind != "place":
        return "organization", bare  # "Toyota said": the tagger reads no town here
    if kind in ("person", "place") and _is_acronym(words):
        return "organization", name  # "MSNBC", "AIPAC": no person or place is written so (known places were found above)
    before_group = last is not None and last < len(tokens) and tokens[last].text in word_set("group_nouns.txt")
    if kind in ("person", "place") and before_group:
        return None, name  # "Houthi rebels": a movement's name used as an adjective
    if kind == "place" and _full_name(words):
        return "person", name  # "Marco Rubio", "Paul Manafort": no place is named so
    if kind == "organization" and _full_name(words) and not company and not _is_org(words) and _only_a_name(words):
        return "person", name  # "Gary Hart started winning": no organisation word, no listed firm
    shouted = [w.title() for w in words] if len(words) > 1 and all(w.isupper() for w in words) else None
    if kind == "organization" and shouted and _full_name(shouted) and not _is_org(shouted) and _only_a_name(shouted):
        return "person", name  # "sworn in by KAMALA HARRIS": a full name in capitals, as transcripts and tables set them
    if kind == "person" and any(c.isdigit() for c in name):
        return None, name  # "COP28 President", "G20 summit": no one's name has a digit in it
    if kind in ("person", "place") and len(words) == 1 and brand_word(words[0]):
        return "organization", name  # "according to FlightAware", "BlackRock said": a brand's name
    if kind is not None:
        return kind, name if kind == "person" else bare
    if _is_acronym(words):
        return "organization", name
    if _given_name_first(words):
        return "person", name  # a given name first: "Jake Sullivan", not "Inauguration Day"
    if _lone_given_name(words):
        return "person", name  # "Kathy said", "ask Jonathan", "Vito scored": a man's or a woman's given name alone
    return None, name


def _company_town(words: Sequence[str], place: str) -> bool:
    """One word that names a town and a listed company ("Toyota", "Hitachi"): not a country, a
    region or a U.S. state, which a company named after one does not displace ("Georgia")."""
    return (
        len(words) == 1
        and market.listed(words[0])
        and not canonical_place(words[0])
        and place not in us_states()
        and place not in region_names()[0]
    )


def _after_locative(tokens: list[Token], first: int) -> bool:
    """Does a preposition of place ("in", "near", "from") stand right before the name?"""
    return first > 0 and tokens[first - 1].text.casefold() in LOCATIVES


def _gendered(word: str) -> bool:
    """Is the word a man's or a woman's given name, listed under one gender only?"""
    return given_names().get(word.casefold()) in ("m", "f")


def _given_name_region(name: str) -> bool:
    """One word that names a region abroad and is a man's or a woman's given name ("Diana",
    "Alberta"). Countries ("Jordan"), U.S. states ("Virginia") and large cities ("Florence") are
    places first: news names them far more often than people of that name alone."""
    return (
        " " not in name
        and _gendered(name)
        and name in word_set("provinces.txt")
        and name not in _cities_and_states()
        and canonical_place(name) is None
    )


def _city_and_nickname(words: Sequence[str]) -> bool:
    """A place's name and a plural after it ("Chicago Bulls", "New York Knicks", "Kansas City
    Chiefs") name a team the way North American leagues do; not a feature of the land ("Chicago
    Heights", "Cayman Islands"), a group ("Texas Democrats") or a people ("Texas Mexicans")."""
    if len(words) < 2:
        return False
    last = words[-1]
    if not (last.endswith("s") and last[:1].isupper() and last[1:].islower() and not last.endswith("ss")):
        return False
    _, features = region_names()
    if last in features or _names_a_group(words[-1:]):
        return False
    return any(place_name(" ".join(words[:n])) for n in (len(words) - 1, len(words) - 2) if n >= 1)


_SURNAME_ZIPF = 4.5  # a last word more common than this is a word ("Hilton Head", "Mason City"), not a surname


def _only_a_name(words: Sequence[str]) -> bool:
    """No place opens the words and no acronym or title is among them ("America Rising PAC",
    "Clark County Coroner", "Cleveland Police Patrolmen" are bodies the tagger read right)."""
    return (
        not any(place_name(" ".join(words[:n])) for n in (1, 2))
        and not any(len(w) > 1 and w.isupper() for w in words[1:])
        and not any(bodies.occupation(w.casefold()) for w in words[1:])
    )


def _full_name(words: Sequence[str]) -> bool:
    """A man's or a woman's given name and a surname ("Marco Rubio", "Paul Manafort"), which a
    tagger may still read as a place: not a town GeoNames knows ("Des Moines", "Santa Monica"), a
    place's feature word ("Jackson Park", "Clarke County"), nor a common word last ("Hilton
    Head", "America Rising")."""
    _, features = region_names()
    last = words[-1]
    return (
        len(words) in (2, 3)
        and _gendered(words[0])
        and all(_name_like(w) or _INITIAL.fullmatch(w) for w in words[1:])
        and " ".join(words) not in word_set("gazetteer_places.txt")
        and last not in features
        and zipf_frequency(last.casefold()) < _SURNAME_ZIPF
    )


def _lone_given_name(words: Sequence[str]) -> bool:
    """One word that is a man's or a woman's given name, written as a name ("Kathy", not "IDs"),
    and neither a common word nor a state's abbreviation ("Conn")."""
    word = words[0]
    return (
        len(words) == 1
        and word[1:].islower()
        and _gendered(word)
        and not common_word(word, opens_sentence=True)
        and state_name(word + ".") is None
    )


def _heads_an_organization(tokens: list[Token], first: int, words: Sequence[str], registry: Registry) -> bool:
    """Is the name the first part of an organisation the article named ("Daewoo" after "Daewoo
    Group", "Quinnipiac" after "Quinnipiac University")? Not where it is a place ("in Sandy Hook"
    after "Sandy Hook Promise"), a given name ("Hillary" after "Hillary for America") or a very
    common word ("Democracy" after "Democracy Alliance")."""
    return (
        not _after_locative(tokens, first)
        and words[0].casefold() not in given_names()
        and not (len(words) == 1 and common_word(words[0], opens_sentence=False))
        and registry.organization_headed(" ".join(words)) is not None
    )


def _could_be_someone(words: Sequence[str]) -> bool:
    """Could the words be a person's name? Not letters in capitals ("FIFA", "M.I.T."), a plural
    ("Teamsters", "Borders"), a group word ("New Hampshire Republican") or a place after a word
    ("Upstate New York")."""
    return (
        not any(w.replace(".", "").isupper() and len(w) > 1 for w in words)
        and not words[-1].endswith("s")
        and not any(w in word_set("group_names.txt") for w in words)
        and not (len(words) > 1 and place_name(" ".join(words[1:])))
    )


_SAID = frozenset("said says added told".split())


def _referred_to_as_someone(tokens: list[Token], after: int) -> bool:
    """Does the text speak of the name as of a person right after it: ", who", or a reporting verb
    and "he" or "she" ("Mubarak said he was hopeful")? (", whose" follows organisations as often.)"""
    nxt = [t.text.casefold() for t in tokens[after : after + 2]]
    return nxt == [",", "who"] or (len(nxt) == 2 and nxt[0] in _SAID and nxt[1] in ("he", "she"))


def _known_person(registry: Registry, name: str, before: int) -> bool:
    """Has the article already named a person ``name``, in full or by this surname?"""
    person = registry.find("person", name, before)
    return person is not None and (person.name == name or person.surname == name)


_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")


def _initials_then_surname(words: Sequence[str]) -> bool:
    """One to three initials, then one name ("N. Hussain", "J. R. Smith"), never a known
    abbreviation in initials ("U.S. Steel", "U.N. Plaza") or an organisation ("A. Holdings Ltd")."""
    *initials, surname = words
    return (
        1 <= len(initials) <= 3
        and all(_INITIAL.fullmatch(w) for w in initials)
        and len("".join(initials).replace(".", "")) <= 3
        and not any(place_of(w) or place_name(w) for w in initials)
        and _name_like(surname)
        and not _is_org(words)
        and not common_word(surname, opens_sentence=False)
    )


def _given_name_first(words: Sequence[str]) -> bool:
    """Two or three name-like words, the first a given name ("Chris Wallace"), perhaps with
    particles ("Ursula von der Leyen")."""
    parts = [w for w in words if w not in NAME_PARTICLES]
    return 2 <= len(parts) <= 3 and all(_name_like(w) for w in parts) and words[0].lower() in given_names()


def _affiliated(tokens: list[Token], first: int, last: int) -> bool:
    """Is the name tied to an organisation as people are in news: "of" and a capitalised name after
    it ("Chris Wallace of Fox News"), or a possessive name before it ("MSNBC's Chris Matthews")?"""
    after = last + 1 < len(tokens) and tokens[last].text == "of" and tokens[last + 1].text[:1].isupper()
    before = first >= 2 and tokens[first - 1].text in ("'s", "’s") and tokens[first - 2].text[:1].isupper()
    return after or before


def _name_like(word: str) -> bool:
    """Could be part of a person's name: capitalised, not a stop word, no place or demonym in it."""
    return word[:1].isupper() and word.casefold() not in stopwords() and not any(place_of(part) for part in word.split("-"))


# feature words of data/regions.txt that do not make a place in lower case: verbs ("sound",
# "bridge", "tower") and buildings or streets, which follow firms' and people's names as often
_NOT_FEATURES_AFTER = frozenset("sound bridge tower square station stadium arena road street avenue boulevard".split())
_CROSSINGS = frozenset({"crossing", "checkpoint"})  # "the Erez crossing": where news reports people crossing
# airports, which news names for people ("John F. Kennedy airport", "Charles de Gaulle airport")
_AIRPORTS = frozenset({"airport", "airfield"})


@cache
def _features_after() -> frozenset[str]:
    """Lower-case words after a name that make it a place ("river", "province", "crossing")."""
    _, features = region_names()
    return frozenset(f.casefold() for f in features) - _NOT_FEATURES_AFTER | _CROSSINGS


def _feature_after(tokens: list[Token], first: int, after: int) -> bool:
    """Is the name followed by a lower-case word for a geographic feature or an airport ("the Erez
    crossing", "the Litani river", "Kennedy airport")? Not an acronym ("a CIA station") or common
    words ("the Southern region", "the Middle Eastern region")."""
    if after < len(tokens) and tokens[after].text in _AIRPORTS:
        return True  # "John F. Kennedy airport": a person's name, the place named for them
    if after >= len(tokens) or tokens[after].text not in _features_after():
        return False
    words = [t.text for t in tokens[first:after]]
    return not _is_acronym(words) and not all(common_word(w, opens_sentence=True) for w in words)


def _appositive_role(tokens: list[Token], after: int) -> str | None:
    """``Hugh Hill, a doctor, said`` -> ``doctor``: a title after the name between commas, perhaps
    after an age (``Ann Lee, 34, a nurse``), a possessive (``his national security adviser``) or a
    country's (``Croatia's foreign minister``)."""
    if after + 2 >= len(tokens) or tokens[after].text != ",":
        return None
    j = after + 1
    if j + 2 < len(tokens) and tokens[j].kind == "number" and tokens[j + 1].text == ",":
        j += 2  # "Gloria Garcia, 34, a nurse": an age first
    if tokens[j].text.casefold() in ("a", "an", "the", "his", "her", "their"):
        j += 1  # "Condoleezza Rice, his national security adviser"
    elif j + 1 < len(tokens) and tokens[j + 1].text in ("'s", "’s") and place_of(tokens[j].text):
        j += 2  # "Ivo Sanader, Croatia's foreign minister"
    while j < len(tokens) and (tokens[j].text.casefold() in _MODIFIERS or place_of(tokens[j].text)):
        j += 1  # "a senior Slovak lawmaker"
    n = title_length(tokens, j) if j < len(tokens) else 0
    if n:
        return " ".join(t.text for t in tokens[j : j + n])
    return None
