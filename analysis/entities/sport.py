"""Names in sports copy, where the layout says what a name is: teams in results and standings
rows and in match reports with a score, players in cricket scorecards, bowling figures and
scorers' lists. Wire services send these as tables, one row a line."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.entities.kinds import LOCATIVES, _initials_then_surname, _is_org, _names_a_group, _names_an_event, place_name
from analysis.frequency import zipf_frequency
from analysis.name_words import VERY_COMMON_WORD_ZIPF, common_word, given_names, is_capitalised, org_words, place_of, title_length
from analysis.places import canonical_place, national_side, region_names
from analysis.resources import table, word_set
from analysis.tokens import Token

_STANDINGS_NUMBERS = 6  # played, won, drawn, lost, for, against, points; a golfer's rounds and total are fewer
_JOINS = ("of", "the", "de")  # "Queen of the South", "Atletico de Madrid"
_SCORE_REACH = 6  # tokens between a match word and its score ("beat the New York Yankees 7-5")
# how a batsman was out, right after his name in a scorecard row ("Atherton c Latif b Akram 31")
_DISMISSALS = frozenset("c b lbw st run not retired hit".split())
_AFTER_MINUTE = frozenset({")", ",", "pen", "penalty", "og", "+"})
# the match details a summary row gives after the score, which end the row's names
_DETAILS = frozenset("half-time halftime attendance att".split())
_SCORERS = frozenset("scorer scorers goalscorer goalscorers".split())
_DRAWS = frozenset("drew draw draws drawn".split())
# a result, then "to" or "by" and the side that won: "lost to Cleveland", "a home defeat by Tenerife", "beaten by Leeds"
_AFTER_RESULT = frozenset("lost lose loses losing defeat defeats defeated beaten fell".split())
_MARGIN_UNITS = frozenset("run runs wicket wickets innings".split())  # a cricket result's margin
_MARGIN_REACH = 3  # tokens from "by" to its unit: "by an innings", "by 39 runs", "by five wickets"
# what may follow a side's total in a cricket scores row: a declaration ("313-8 dec") or the
# points a match earned ("Leicestershire 22 points")
_AFTER_TOTAL = frozenset("dec declared d points pts".split())


def table_names(text: str, tokens: Sequence[Token], runs: Sequence[tuple[int, int]]) -> dict[tuple[int, int], str | None]:
    """The capitalised runs (token ranges) whose kind a sports row decides: ``organization`` for
    the teams of a results or standings row, ``person`` for the players of a scorecard row, of
    bowling figures, of a scorers' list and in a results row's brackets, None for a note in those
    brackets (``(OT)``), which names nothing."""
    decided: dict[tuple[int, int], str | None] = {}
    if not runs or not any(t.kind == "number" for t in tokens):
        return decided  # every row these rules read has a number
    for first, last in _lines(text, tokens):
        teams = _teams(tokens, first, last) or _innings(tokens, first, last) or []
        venue = _venue(tokens, first, last, bool(teams))
        for a, b in venue:
            decided[a, b] = "place"
        for a, b in teams:
            decided[a, b] = "organization"
        start = venue[-1][1] if venue else first
        in_line = [(a, b) for a, b in runs if start <= a and b <= last]
        if teams:
            scorers, notes = _in_brackets(tokens, first, last, in_line)
            decided.update(dict.fromkeys(scorers, "person"))
            decided.update(dict.fromkeys(notes, None))
        for a, b in _players(tokens, first, last, in_line):
            decided[a, b] = "person"
            for team in _team_after_nationality(tokens, b, in_line):
                decided[team] = "organization"
    return decided


def _team_after_nationality(tokens: Sequence[Token], b: int, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The team a results row names after a competitor and the country in brackets ("Jean Alesi
    (France) Benetton 18.265 seconds behind", "Laurent Dufaux (Switzerland) Festina"), if any."""
    if not _nationality_after(tokens, b):
        return []
    end = _bracket_end(tokens, b, min(b + 6, len(tokens)))
    return [(a, z) for a, z in runs if a == end and not canonical_place(" ".join(t.text for t in tokens[a:z]))]


def _lines(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Token ranges of the lines of a sentence (a table keeps one row a line)."""
    if not tokens or "\n" not in text[tokens[0].start : tokens[-1].end]:
        return [(0, len(tokens))]
    lines, start = [], 0
    for k in range(1, len(tokens) + 1):
        if k == len(tokens) or "\n" in text[tokens[k - 1].end : tokens[k].start]:
            lines.append((start, k))
            start = k
    return lines


def _teams(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, int]]:
    """The team names of a results or standings row (``Arsenal 2 Coventry 0``, ``Hull City 4 3
    0 1 8 4 9``): in sports tables a name before scores is a team, an organisation, although many
    clubs bear a city's name. A country (a national side) stays a place, and a name after initials
    (``M. Atherton``) a person. A golfer's row (``Tiger Woods 68 70 71 72 281``) has too few
    numbers for a standings row."""
    label = max((k for k in range(first, last) if tokens[k].text == ":"), default=first - 1)
    groups = _name_score_groups(tokens, label + 1, last)
    if groups is None:
        return [(label + 1, k)] if (k := _standings_with_percentage(tokens, label + 1, last)) else []
    results = len(groups) >= 2 and all(scores == 1 for _, _, scores in groups)
    standings = len(groups) == 1 and groups[0][2] >= _STANDINGS_NUMBERS
    if not (results or standings):
        return []
    return [
        (a, b)
        for a, b, _ in groups
        if not _initials_then_surname([t.text for t in tokens[a:b]]) and not national_side(" ".join(t.text for t in tokens[a:b]))
    ]


def _venue(tokens: Sequence[Token], first: int, last: int, sides: bool) -> list[tuple[int, int]]:
    """The names of the ground that opens a row of sides or a result, before its colon
    (``Chester-le-Street: Glamorgan 259 ...``, ``London (The Oval): ...``, ``Leicester:
    Leicestershire beat Somerset by an innings``), as token ranges; none for a heading ("Result:",
    "Division one:", "Scorers:"), which has a lower-case or very common word."""
    label = next((k for k in range(first, last) if tokens[k].text == ":"), None)
    if label is None or label == first or label - first > _SCORE_REACH or tokens[first].text.casefold() in _SCORERS:
        return []
    if not (sides or reports_a_match(tokens[label + 1 : last])):
        return []
    spans, a = [], None
    for k in range(first, label + 1):
        part = k < label and tokens[k].kind == "word" and tokens[k].text not in "()"
        if part and a is None:
            a = k
        elif not part and a is not None:
            spans.append((a, k))
            a = None
        if k < label and tokens[k].text not in "()" and not part:
            return []  # "Group A, Round 2:"
    for a, b in spans:
        words = [t.text for t in tokens[a + (tokens[a].text == "The") : b]]  # "(The Oval)"
        if place_name(" ".join(words)):
            continue
        if not all(w[:1].isupper() for w in words) or any(zipf_frequency(w.casefold()) >= VERY_COMMON_WORD_ZIPF for w in words):
            return []  # by frequency alone: the stop list holds words that are also towns' ("Tunbridge Wells")
    return spans


def _innings(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, int]] | None:
    """The sides of a cricket scores row, if the line is one:
    ``Chester-le-Street: Glamorgan 259 and 207 (A. Dale 69; D. Blenkiron 4-43), Durham 114 and
    81-3``. Each part between commas is a name and its totals (``296``, ``313-8 dec``, ``111 for
    2``, two innings joined by "and"), each total perhaps with its batsmen and bowlers in brackets.
    A row of two parts or more, or one whose brackets hold the scorecard; not "Boeing 747 and 767"."""
    label = max((k for k in range(first, last) if tokens[k].text == ":"), default=first - 1)
    if tokens[first].text.casefold() in _SCORERS:
        return None  # "Scorers: Halvorsen 12, Takacs 45": players and minutes
    k, sides, brackets = label + 1, [], False
    while k < last and tokens[k].text != ".":
        a = k
        while k < last and tokens[k].kind == "word" and (tokens[k].text[:1].isupper() or (k > a and tokens[k].text in _JOINS)):
            k += 1
        if a == k or (end := _total(tokens, k, last)) is None:
            return None
        sides.append((a, k))
        k = end
        while k < last and tokens[k].text in ("(", "and"):
            if tokens[k].text == "(":
                k = _bracket_end(tokens, k, last)
                if k is None:
                    return None
                brackets = True
            elif (k := _total(tokens, k + 1, last)) is None:
                return None
        if k < last and tokens[k].text in (",", ";"):
            k += 1
    if not sides or not all(t.text == "." for t in tokens[k:last]) or not (len(sides) >= 2 or brackets):
        return None
    return [(a, b) for a, b in sides if not national_side(" ".join(t.text for t in tokens[a:b]))]


def _total(tokens: Sequence[Token], k: int, last: int) -> int | None:
    """The index after a side's total at ``k`` (``296``, ``81-3``, ``111 for 2``, ``313-8 dec``,
    ``22 points``), or None if no total starts there."""

    def small(j: int) -> bool:
        return j < last and tokens[j].kind == "number" and tokens[j].text.isdigit() and len(tokens[j].text) <= 3

    if not small(k):
        return None
    k += 1
    if k + 1 < last and tokens[k].text in ("-", "for") and small(k + 1):
        k += 2
    while k < last and tokens[k].text.casefold() in _AFTER_TOTAL:
        k += 1
    return k


def _standings_with_percentage(tokens: Sequence[Token], first: int, last: int) -> int | None:
    """The end of the name of a standings row that gives a winning percentage (``NEW YORK 74 58
    .561 -``, ``Miami 8 6 0 .571 300 290``, games behind as ``4 1/2``): a name, then only numbers,
    dashes and a decimal fraction written from its point. A golfer's rounds have no fraction."""
    k = first
    while k < last and tokens[k].kind == "word" and tokens[k].text[:1].isupper():
        k += 1
    numbers = sum(t.kind == "number" for t in tokens[k:last])
    fraction = any(
        tokens[j].text == "."
        and tokens[j + 1].kind == "number"
        and tokens[j].end == tokens[j + 1].start
        and tokens[j - 1].end < tokens[j].start
        for j in range(k, last - 1)
    )
    tail = all(t.kind == "number" or t.text in (".", "-") for t in tokens[k:last])
    if k == first or not (fraction and tail and numbers >= 3) or national_side(" ".join(t.text for t in tokens[first:k])):
        return None
    return k


def _name_score_groups(tokens: Sequence[Token], first: int, last: int) -> list[tuple[int, int, int]] | None:
    """A line made only of capitalised names each followed by whole numbers (and a closing full
    stop): the (start, end, how many numbers) of each name, else None. A score may have brackets
    after it, the scorers (``Arsenal 2 (Wright 12, Bergkamp 55) Derby 2``) or overtime (``(OT)``),
    and the row may end with the match details (``Half-time 1-1 Attendance 28,401``)."""
    groups: list[tuple[int, int, int]] = []
    k = first
    while k < last and tokens[k].text != ".":
        if groups and tokens[k].text.casefold() in _DETAILS:
            return groups  # "... Newcastle 1 (Shearer 40) Half-time 1-1 Attendance 28,401"
        a = k
        while k < last and tokens[k].kind == "word" and (tokens[k].text[:1].isupper() or (k > a and tokens[k].text in _JOINS)):
            k += 1
        b = k
        while k < last and tokens[k].kind == "number" and tokens[k].text.isdigit() and len(tokens[k].text) <= 3:
            k += 1
        if a == b or b == k:
            return None
        groups.append((a, b, k - b))
        if k < last and tokens[k].text == "(":
            k = _bracket_end(tokens, k, last)
            if k is None:
                return None
    return groups if groups and all(t.text == "." for t in tokens[k:last]) else None


def _bracket_end(tokens: Sequence[Token], k: int, last: int) -> int | None:
    """The index after the ")" that closes the "(" at ``k`` on this line, or None."""
    for j in range(k + 1, last):
        if tokens[j].text == ")":
            return j + 1
        if tokens[j].text == "(":
            return None
    return None


def _in_brackets(
    tokens: Sequence[Token], first: int, last: int, runs: Sequence[tuple[int, int]]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The capitalised runs in brackets in a results row: the scorers, a name before a minute
    (``(Wright 12, Bergkamp 55)``), and the notes, anything else (``(OT)``, ``(aet)``)."""
    depth, opened = 0, {}
    for j in range(first, last):
        depth += (tokens[j].text == "(") - (tokens[j].text == ")")
        opened[j] = depth > 0
    scorers, notes = [], []
    for a, b in runs:
        if opened.get(a):
            minute = b < last and tokens[b].kind == "number" and tokens[b].text.isdigit()
            (scorers if minute else notes).append((a, b))
    return scorers, notes


def _players(tokens: Sequence[Token], first: int, last: int, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The players of a row: every name of a batting row (``Atherton c Latif b Akram 31``, ``Hussain
    not out 12``), a name before bowling figures (``Wasim Akram 20-5-50-2``) or before the minutes
    of his goals (``Ronaldo ( 23rd , 45th )``), and every name of a scorers' list (``Scorers :
    Shearer 12 , Ferdinand 45``). A country is no player."""
    if not runs:
        return []
    people = [(a, b) for a, b in runs if not canonical_place(" ".join(t.text for t in tokens[a:b]))]
    batting = (
        runs[0][0] == first and runs[0][1] < last and tokens[runs[0][1]].text in _DISMISSALS and tokens[last - 1].kind == "number"
    )
    if batting:
        return people
    if tokens[first].text.casefold() in _SCORERS:
        return [(a, b) for a, b in people if a > first]
    return [
        (a, b)
        for a, b in people
        if _bowling_figures(tokens, b)
        or _goal_minutes(tokens, b)
        or (_nationality_after(tokens, b) and _competitor([t.text for t in tokens[a:b]]))
    ]


def _competitor(words: Sequence[str]) -> bool:
    """Could a name before a country in brackets be a competitor's? A full name, as results give
    it; not one word, which is as often a team ("ONCE (Spain)", "Festina (France)"), nor an
    organisation ("Honda Motor Co (Japan)")."""
    return len(words) >= 2 and not _is_org(words)


def _nationality_after(tokens: Sequence[Token], k: int) -> bool:
    """Does a country in brackets follow at token ``k``, as results give a competitor's
    (``Pavel Korda (Czech Republic) beat``, ``66 Marten Vos (Netherlands) 66 66``)?"""
    if k >= len(tokens) or tokens[k].text != "(":
        return False
    after = _bracket_end(tokens, k, min(k + 6, len(tokens)))
    inside = " ".join(t.text for t in tokens[k + 1 : after - 1]) if after else ""
    return bool(inside) and canonical_place(inside) is not None


def _bowling_figures(tokens: Sequence[Token], k: int) -> bool:
    """Do bowling figures (overs-maidens-runs-wickets, ``20-5-50-2``, ``9.4-1-33-3``) start at
    token ``k``? A date (``1996-08-30``) has a number of four digits."""
    numbers = 0
    while (
        k < len(tokens)
        and tokens[k].kind == "number"
        and tokens[k].text.replace(".", "", 1).isdigit()
        and len(tokens[k].text.split(".")[0]) <= 3
    ):
        numbers += 1
        if k + 1 < len(tokens) and tokens[k + 1].text == "-" and tokens[k + 1].start == tokens[k].end:
            k += 2
        else:
            break
    return numbers >= 3


def _goal_minutes(tokens: Sequence[Token], k: int) -> bool:
    """Does "(" and a minute (``23rd``, ``45``) then ")", "," or "pen" follow at token ``k``? Not
    a caption's "(2nd from L)"."""
    if k + 1 >= len(tokens) or tokens[k].text != "(":
        return False
    minute = tokens[k + 1].text.rstrip("stndrh")
    after = tokens[k + 2].text.casefold() if k + 2 < len(tokens) else ""
    return minute.isdigit() and int(minute) <= 130 and tokens[k + 1].text[:1].isdigit() and after in _AFTER_MINUTE


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
    return any(abs(c - k) <= _SCORE_REACH for c in cues for k in scores)


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
            side(_run_start(tokens, k), k)
        elif tokens[k].text == "of" and _full_name(tokens, _run_start(tokens, k)) and is_capitalised(tokens[k + 1]):
            b = k + 1
            while b < len(tokens) and is_capitalised(tokens[b]) and tokens[b - 1].end + 2 >= tokens[b].start:
                b += 1
            side(k + 1, b)
        elif _position_then_name(tokens, k):
            side(_run_start(tokens, k), k)
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


def _run_start(tokens: Sequence[Token], k: int) -> int:
    """The first of the capitalised words right before token ``k``."""
    a = k
    while a > 0 and is_capitalised(tokens[a - 1]) and tokens[a - 1].end + 2 >= tokens[a].start:
        a -= 1
    return a


def _full_name(tokens: Sequence[Token], k: int) -> bool:
    """Do a known given name and a capitalised word start at token ``k`` ("Martin Johnson")?"""
    return (
        k + 1 < len(tokens)
        and tokens[k].text.casefold() in given_names()
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
_PLAYS_FOR = frozenset("played plays playing play signed signs signing appeared starred".split())


def plays_for(tokens: Sequence[Token], first: int) -> bool:
    """Is the name at ``first`` the side after a player's verb and "for" ("Giovane Elber scored for
    Stuttgart", "he played for Ajax")?"""
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


def plays(tokens: Sequence[Token], first: int, last: int, words: Sequence[str]) -> bool:
    """In a match report, a name the evidence left open right before or after a match word
    ("Norwich drew", "beat Chelsea"), or after "with" that a draw leads to ("drew 1-1 with Aston
    Villa"), is a side; a group ("Americans") or a very common word is not."""
    match_words = word_set("match_words.txt")
    beside = (last < len(tokens) and tokens[last].text.casefold() in match_words) or (
        first > 0 and tokens[first - 1].text.casefold() in match_words
    )
    drew_with = (
        first > 0
        and tokens[first - 1].text == "with"
        and any(t.text.casefold() in _DRAWS for t in tokens[max(0, first - 1 - _SCORE_REACH) : first - 1])
    )
    beside = beside or drew_with or (first > 0 and _names_the_winner(tokens, first - 1))
    return (
        beside
        and not (place_of(" ".join(words)) or _names_a_group(words))
        and not (len(words) == 1 and common_word(words[0], opens_sentence=False))
    )
