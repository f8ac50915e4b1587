"""Sports reports in prose: whether a sentence or a story reports a match, and the sides and
players its names are ("Newcastle drew with Aston Villa", "Bath fly-half Mike Catt", "scored for
Stuttgart")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.entities.kinds import LOCATIVES, _names_a_group, _names_an_event, place_name
from analysis.name_words import (
    capitalised_end,
    capitalised_start,
    common_word,
    given_names,
    is_capitalised,
    org_words,
    place_of,
    title_length,
)
from analysis.places import canonical_place, national_side, region_names
from analysis.resources import table, word_set
from analysis.stopwords import stopwords
from analysis.tokens import Token

SCORE_REACH = 6  # tokens between a match word and its score ("beat the New York Yankees 7-5")
_DRAWS = frozenset("drew draw draws drawn".split())
# a result, then "to" or "by" and the side that won: "lost to Cleveland", "a home defeat by Tenerife", "beaten by Leeds"
_AFTER_RESULT = frozenset("lost lose loses losing defeat defeats defeated beaten fell".split())
_MARGIN_UNITS = frozenset("run runs wicket wickets innings".split())  # a cricket result's margin
_MARGIN_REACH = 3  # tokens from "by" to its unit: "by an innings", "by 39 runs", "by five wickets"


def reports_a_match(tokens: Sequence[Token]) -> bool:
    """Does the sentence report a match between sides: a word such as "beat", "drew" or "against"
    with a score near it (``2-1``, ``24-17``: two small whole numbers joined by a hyphen, no date)?
    A vote tally far from such a word ("voted 52-48 ... won the fight against") is no score, and
    set scores one after another (``6-3 6-4``) are a tennis match between players, not sides."""
    scores = [k for k in range(1, len(tokens) - 1) if tokens[k].text == "-" and _score_at(tokens, k)]
    if any(b - a == 3 for a, b in zip(scores, scores[1:])):
        return False
    scores += _margins(tokens)
    if not scores:
        return False
    words = word_set("match_words.txt")
    cues = [k for k, t in enumerate(tokens) if t.text.casefold() in words]
    return any(abs(c - k) <= SCORE_REACH for c in cues for k in scores)


def _margins(tokens: Sequence[Token]) -> list[int]:
    """Where a cricket result gives its margin instead of a score: the "by" of "by an innings and
    39 runs", "by five wickets", "by 39 runs". Runs, wickets and innings count nothing else, so
    unlike points or votes ("beat Clinton by 10 points") they mark a match."""
    return [
        k
        for k, t in enumerate(tokens)
        if t.text == "by" and any(u.text.casefold() in _MARGIN_UNITS for u in tokens[k + 1 : k + 1 + _MARGIN_REACH])
    ]


def has_match_word(tokens: Sequence[Token]) -> bool:
    """Does the sentence use a word that reports a match ("beat", "lost", "against")? In a story
    that reports a match with its score elsewhere, such a sentence reports one too ("Seattle lost
    to Cleveland")."""
    words = word_set("match_words.txt")
    return any(t.text.casefold() in words for t in tokens)


def _score_at(tokens: Sequence[Token], k: int) -> bool:
    """Is token ``k`` the hyphen of a score such as ``2-1``?"""
    before, after = tokens[k - 1], tokens[k + 1]
    return (
        tokens[k].text == "-"
        and before.kind == after.kind == "number"
        and before.end == tokens[k].start
        and tokens[k].end == after.start
        and all(len(t.text) <= 3 and t.text.isdigit() for t in (before, after))
        and not (k + 2 < len(tokens) and tokens[k + 2].text == "-")
        and not (k >= 2 and tokens[k - 2].text == "-")
    )


def names_a_side(tokens: Sequence[Token], first: int, place: str) -> bool:
    """In a match report, a city's or region's name that no preposition of place precedes is a
    team ("Newcastle drew with Aston Villa"; not "at Old Trafford", "in Manchester"). A country
    stays a place: national sides share their country's name."""
    k = first - 1
    while k >= 0 and tokens[k].text.casefold() == "the":
        k -= 1  # "at the U.S. Open"
    after_locative = k >= 0 and tokens[k].text.casefold() in LOCATIVES and not _names_the_winner(tokens, k)
    return not national_side(place) and not after_locative


def nicknamed_team(words: Sequence[str]) -> bool:
    """In a sports story, a city's or state's name and a common word in the singular after it
    name a team ("Oklahoma City Thunder", "Utah Jazz", "Orlando Magic"), as "Chicago Bulls" does
    with a plural; not a feature of the land ("Salt Lake City", "Hudson River") or a body ("Dallas
    Police")."""
    if len(words) < 2 or place_name(" ".join(words)):
        return False  # "Salt Lake City" is the city
    last = words[-1]
    _, features = region_names()
    if not (last[1:].islower() and common_word(last, opens_sentence=True)) or last in features or last in org_words():
        return False
    if last.endswith("s") or last.casefold() in given_names():
        return False  # plurals are kinds._city_and_nickname's; "Dallas Irving" is no team
    prefix = [" ".join(words[:n]) for n in (len(words) - 1, len(words) - 2) if n >= 1]
    return any(place_name(p) and not canonical_place(p) for p in prefix)


def slugged(tokens: Sequence[Token]) -> bool:
    """Does a headline open with a sport's slug ("SOCCER - ...", "Rugby union - ...",
    ``data/sports.txt``)?"""
    dash = next((k for k, t in enumerate(tokens[:4]) if t.text in ("-", "--", "\u2013", "\u2014")), None)
    return bool(dash) and " ".join(t.text for t in tokens[:dash]).casefold() in word_set("sports.txt")


@cache
def _positions() -> frozenset[str]:
    """The heads of titles that sports copy gives players and staff (``data/title_parts.tsv``
    rows for sport: "coach", "striker", "fly-half", "wicketkeeper")."""
    return frozenset(r["word"] for r in table("title_parts.tsv") if r["part"] == "head" and r["reason"].startswith("sport"))


def sides_of_players(tokens: Sequence[Token]) -> dict[tuple[int, int], str]:
    """In a sports story, the sides that players are named with, as token ranges and kinds:
    before a position or a coach's title and the person's name ("Bath fly-half Mike Catt", "Bulls
    coach Phil Jackson"), before a possessive and a full name ("Leicester's Martin Johnson"), or
    after a full name and "of" ("Paul Grayson of Northampton"). A club is an organisation; a
    national side is the country's place ("England coach Jack Rowell"). Found at a sentence's start
    too, where a lone word starts no run. Not a demonym ("Uzbek striker"), nor a person ("Jordan's
    coach")."""
    sides: dict[tuple[int, int], str] = {}

    def side(a: int, b: int) -> None:
        words = [t.text for t in tokens[a:b]]
        if a == b or (place_of(words[-1]) and not canonical_place(words[-1])):
            return  # "Uzbek striker Igor Shkvyrin", "West Indian all-rounder Phil Simmons"
        if len(words) > 1 and words[0].casefold() in given_names() and not place_name(" ".join(words)):
            return  # a person's name; a town's may be a given name alone ("Chelsea's Gianfranco Zola")
        name = " ".join(words)
        region = name in region_names()[0] or name in word_set("regions_within.txt")  # "West Indies captain"
        sides[a, b] = "place" if national_side(name) or region else "organization"

    for k in range(1, len(tokens) - 1):
        if tokens[k].text in ("'s", "’s") and _full_name(tokens, k + 1):
            side(capitalised_start(tokens, k), k)
        elif tokens[k].text == "of" and _full_name(tokens, capitalised_start(tokens, k)) and is_capitalised(tokens[k + 1]):
            side(k + 1, capitalised_end(tokens, k + 1))
        elif _position_then_name(tokens, k):
            side(capitalised_start(tokens, k), k)
    return sides


def _position_then_name(tokens: Sequence[Token], k: int) -> bool:
    """Do a lower-case position or coach's title ("fly-half", "head coach") and a capitalised
    name start at token ``k``?"""
    n = title_length(tokens, k)
    return (
        n > 0
        and not tokens[k].text[:1].isupper()
        and tokens[k + n - 1].text.casefold() in _positions()
        and k + n < len(tokens)
        and is_capitalised(tokens[k + n])
    )


def _full_name(tokens: Sequence[Token], k: int) -> bool:
    """Do a known given name and a capitalised word start at token ``k`` ("Martin Johnson")?"""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.casefold() in given_names()
        and tokens[k].text.casefold() not in stopwords()  # "The" is a given name in the dictionary too
        and is_capitalised(tokens[k])
        and is_capitalised(tokens[k + 1])
    )


def plural_side(tokens: Sequence[Token], first: int, last: int, words: Sequence[str]) -> bool:
    """In a sports story, is a name in the plural after "the" a side ("played for the Barbarians",
    "the Bulls improved", "the All Blacks")? Not a group of people ("the Americans"), an event
    ("the Asian Games"), nor a family before its noun ("the Williams sisters")."""
    end = words[-1]
    return (
        first > 0
        and tokens[first - 1].text.casefold() == "the"
        and end.endswith("s")
        and not end.endswith("ss")
        and end[1:].islower()
        and not _names_a_group(words)
        and not _names_an_event(words)  # "the Asian Games"
        and not place_name(" ".join(words))
        and not (last < len(tokens) and tokens[last].text.islower() and tokens[last].text.endswith("s"))  # "sisters"
    )


# verbs before "for" and the side a player plays for ("scored for Stuttgart", "signed for Leeds"),
# besides data/play_verbs.txt
_PLAYS_FOR = frozenset(
    "played plays playing play signed signs signing appeared starred drives drove driving rides rode riding raced races "
    # a place or a goal's number before "for": "Mika Hakkinen was third for McLaren", "his first for Ajax"
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()
)


def plays_for(tokens: Sequence[Token], first: int) -> bool:
    """Is the name at ``first`` the side after a player's verb and "for" ("Giovane Elber scored for
    Stuttgart", "he played for Ajax", "he drives for Williams"), or after a place and "for" ("Mika
    Hakkinen was third for McLaren")?"""
    return (
        first >= 2
        and tokens[first - 1].text == "for"
        and (tokens[first - 2].text in _PLAYS_FOR or tokens[first - 2].text in word_set("play_verbs.txt"))
    )


def acts_as_player(tokens: Sequence[Token], last: int, words: Sequence[str]) -> bool:
    """Is the name right before a verb that a player does ("Shearer scored twice", "Asprilla hit
    the post", ``data/play_verbs.txt``)? A side scores too, so not a place's name."""
    return (
        last < len(tokens)
        and tokens[last].text in word_set("play_verbs.txt")
        and not place_name(" ".join(words))
        and not _names_a_group(words)
    )


def _names_the_winner(tokens: Sequence[Token], k: int) -> bool:
    """Is token ``k`` a "to" or "by" after a result, before the side that won ("lost to
    Cleveland", "a home defeat by Tenerife"), rather than before a place?"""
    return k >= 1 and tokens[k].text.casefold() in ("to", "by") and tokens[k - 1].text.casefold() in _AFTER_RESULT


_PERSONAL = frozenset("his her he she him".split())


def plays(tokens: Sequence[Token], first: int, last: int, words: Sequence[str]) -> bool:
    """In a match report, a name the evidence left open right before or after a match word
    ("Norwich drew", "beat Chelsea", not "beat Said Aouita's mark"), or after "with" that a draw
    leads to ("drew 1-1 with Aston Villa"), is a side; a group ("Americans") or a very common word is not."""
    match_words = word_set("match_words.txt")
    owner = last < len(tokens) and tokens[last].text in ("'s", "’s")  # "beat Said Aouita's mark": not the one beaten
    beside = (last < len(tokens) and tokens[last].text.casefold() in match_words) or (
        first > 0 and tokens[first - 1].text.casefold() in match_words and not owner
    )
    drew_with = (
        first > 0
        and tokens[first - 1].text == "with"
        and any(t.text.casefold() in _DRAWS for t in tokens[max(0, first - 1 - SCORE_REACH) : first - 1])
    )
    beside = beside or drew_with or (first > 0 and _names_the_winner(tokens, first - 1))
    # "Tiger Woods won his first title": a side is "it" or "they", a player "he" or "she"
    personal = any(t.text.casefold() in _PERSONAL for t in tokens[last : last + 4])
    return (
        beside
        and not personal
        and not (place_of(" ".join(words)) or _names_a_group(words))
        and not (len(words) == 1 and common_word(words[0], opens_sentence=False))
    )
