"""Sports tables, one row a line as wire services send them: the teams of results and standings
rows and of cricket scores, the grounds before a row's colon, the players of scorecards, bowling
figures, scorers' lists and line-ups."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.entities.kinds import _initials_then_surname, _is_org, place_name
from analysis.entities.sport.reports import SCORE_REACH, reports_a_match
from analysis.frequency import zipf_frequency
from analysis.name_words import VERY_COMMON_WORD_ZIPF, common_word
from analysis.places import canonical_place, national_side
from analysis.tokens import Token

_STANDINGS_NUMBERS = 6  # played, won, drawn, lost, for, against, points; a golfer's rounds and total are fewer
_JOINS = ("of", "the", "de")  # "Queen of the South", "Atletico de Madrid"
# how a batsman was out, right after his name in a scorecard row ("Atherton c Latif b Akram 31")
_DISMISSALS = frozenset("c b lbw st run not retired hit".split())
_AFTER_MINUTE = frozenset({")", ",", "pen", "penalty", "og", "+"})
# the match details a summary row gives after the score, which end the row's names
_DETAILS = frozenset("half-time halftime attendance att".split())
_SCORERS = frozenset("scorer scorers goalscorer goalscorers".split())
# what may follow a side's total in a cricket scores row: a declaration ("313-8 dec") or the
# points a match earned ("Leicestershire 22 points")
_AFTER_TOTAL = frozenset("dec declared d points pts".split())


def table_names(
    text: str, tokens: Sequence[Token], runs: Sequence[tuple[int, int]], sports: bool = False
) -> dict[tuple[int, int], str | None]:
    """The capitalised runs (token ranges) whose kind a sports row decides: ``organization`` for
    the teams of a results or standings row, ``person`` for the players of a scorecard row, of
    bowling figures, of a scorers' list and in a results row's brackets, None for a note in those
    brackets (``(OT)``), which names nothing. In a ``sports`` story, also a team's line-up: the side
    and its players."""
    decided: dict[tuple[int, int], str | None] = {}
    lineups = sports and sum(t.text == "," for t in tokens) >= _LINEUP - 1
    if not runs or not (lineups or any(t.kind == "number" for t in tokens)):
        return decided  # every row these rules read has a number, but a sports story's line-up
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
        if not teams and lineups and (lineup := _lineup(tokens, first, last, in_line)):
            side, players = lineup
            if side:
                decided[side] = "place" if national_side(" ".join(t.text for t in tokens[side[0] : side[1]])) else "organization"
            decided.update(dict.fromkeys(players, "person"))
        for a, b in _players(tokens, first, last, in_line):
            if (a, b) in teams:
                continue  # "Real Madrid (Spain) 65": a club and its country before a score, no competitor
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
    if label is None or label == first or label - first > SCORE_REACH or tokens[first].text.casefold() in _SCORERS:
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


_LINEUP = 4  # players, at least, that a team's line-up names
# the headings of a team sheet, which open a list of players as a side's name does
_SHEET_HEADINGS = (
    frozenset(
        "squad squads team teams substitutes subs replacements reserves bench players lineup lineups line-up line-ups".split()
    )
    | _SCORERS
)


def _lineup(
    tokens: Sequence[Token], first: int, last: int, runs: Sequence[tuple[int, int]]
) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """A team's line-up: the side, a colon or a dash, then its players' names between commas,
    substitutes perhaps in brackets (``Arsenal: Seaman, Dixon (Parlour 70), Winterburn, Adams``):
    the side's range (None under a heading: "Squad:") and the players'; None for any other line
    ("Countries: France, Germany, ...")."""
    if not runs or runs[0][0] != first or runs[0][1] + 1 >= last or tokens[runs[0][1]].text not in (":", "-"):
        return None
    side = runs[0]
    words = [t.text for t in tokens[side[0] : side[1]]]
    if len(words) == 1 and common_word(words[0], opens_sentence=False) and words[0].casefold() not in _SHEET_HEADINGS:
        return None  # "Countries: France, Germany, ..."
    k, players, depth = side[1] + 1, [], 0
    names = {a: b for a, b in runs}
    while k < last:
        text = tokens[k].text
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif k in names and tokens[k - 1].text in (",", ":", "-", "("):
            players.append((k, names[k]))
            k = names[k]
            continue
        elif text not in (",", ".") and not (depth and tokens[k].kind == "number"):
            return None  # only names between commas, and minutes in brackets
        k += 1
    top = [p for p in players if not place_name(" ".join(t.text for t in tokens[p[0] : p[1]]))]
    if len(players) < _LINEUP or len(top) < len(players):
        return None
    return (None if words[0].casefold() in _SHEET_HEADINGS else side), top  # "Squad: ..." names no side


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
        a, k = k, _name_end(tokens, k, last)
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
    a name its country (``Panathinaikos (Greece) 71 Real Madrid (Spain) 65``), and the row may end
    with the match details (``Half-time 1-1 Attendance 28,401``)."""
    groups: list[tuple[int, int, int]] = []
    k = first
    while k < last and tokens[k].text != ".":
        if groups and tokens[k].text.casefold() in _DETAILS:
            return groups  # "... Newcastle 1 (Shearer 40) Half-time 1-1 Attendance 28,401"
        a, k = k, _name_end(tokens, k, last)
        b = k
        if a < b and _nationality_after(tokens, k):
            k = _bracket_end(tokens, k, last) or k  # "Panathinaikos (Greece) 71": a club and its country
        scores = k
        while k < last and tokens[k].kind == "number" and tokens[k].text.isdigit() and len(tokens[k].text) <= 3:
            k += 1
        if a == b or scores == k:
            return None
        groups.append((a, b, k - scores))
        if k < last and tokens[k].text == "(":
            k = _bracket_end(tokens, k, last)
            if k is None:
                return None
    return groups if groups and all(t.text == "." for t in tokens[k:last]) else None


def _name_end(tokens: Sequence[Token], k: int, last: int) -> int:
    """The index after a side's name in a row that starts at token ``k``: capitalised words, with
    "of", "the" or "de" inside ("Queen of the South", "Atletico de Madrid")."""
    a = k
    while k < last and tokens[k].kind == "word" and (tokens[k].text[:1].isupper() or (k > a and tokens[k].text in _JOINS)):
        k += 1
    return k


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
        if opened.get(a) and not canonical_place(" ".join(t.text for t in tokens[a:b])):  # "(Greece)" stays a place
            minute = b < last and tokens[b].kind == "number" and tokens[b].text.isdigit()
            (scorers if minute else notes).append((a, b))
    return scorers, notes


def _players(tokens: Sequence[Token], first: int, last: int, runs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The players of a row: every name of a batting row (``Atherton c Latif b Akram 31``, ``Hussain
    not out 12``), a name before bowling figures (``Wasim Akram 20-5-50-2``) or before the minutes
    of his goals (``Ronaldo ( 23rd , 45th )``) or before a golfer's round scores (``Davis Love 72 69
    70``), and every name of a scorers' list (``Scorers : Shearer 12 , Ferdinand 45``). A country is
    no player."""
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
        or ((_nationality_after(tokens, b) or _golf_rounds(tokens, b)) and _competitor([t.text for t in tokens[a:b]]))
    ]


_ROUND_SCORES = range(59, 90)  # a golfer's score for a round of 18 holes


def _golf_rounds(tokens: Sequence[Token], k: int) -> bool:
    """Do two or more round scores follow at token ``k``, as a golf leaderboard gives them after a
    player ("Tom Lehman 71 70 70")? A standings row's numbers are smaller and more."""
    scores = 0
    while k < len(tokens) and tokens[k].kind == "number" and tokens[k].text.isdigit() and int(tokens[k].text) in _ROUND_SCORES:
        scores += 1
        k += 1
    return 2 <= scores <= 4 and not (k < len(tokens) and tokens[k].kind == "number")


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
