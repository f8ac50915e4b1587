"""Companies: the listed companies known by name (``data/companies.txt``, built from the members
of 23 stock indices), and those a market report names. A story that reports share prices names
listed companies by their short names, often with nothing else to go on: "Siemens and
Daimler-Benz led gains", "Bayer and Hoechst were little changed". Without a suffix or a given name
the tagger reads such names as people; in a market report the sentence's shape says what they are."""

from __future__ import annotations

from collections.abc import Sequence

from analysis.name_words import is_capitalised
from analysis.resources import mapping, word_set
from analysis.tokens import Token

_REACH = 8  # tokens between a market word and the move verb of one report ("Bayer shares ... fell")
_AFTER_SUBJECT = frozenset("was were is are closed ended finished stayed".split())


def listed(name: str) -> bool:
    """Is the name a listed company's, as written or with a company suffix after it ("Siemens",
    "Siemens AG", "Goldman Sachs")?"""
    names = word_set("companies.txt")
    if name in names:
        return True
    head, _, last = name.rpartition(" ")
    return bool(head) and last in word_set("company_suffixes.txt") and head in names


def _words() -> dict[str, str]:
    return mapping("market_words.tsv", "word", "kind")


def reports_prices(tokens: Sequence[Token]) -> bool:
    """Does the sentence report a market's prices: shares, stocks or an index that moved by a
    number ("The DAX index rose 12.34 points", "German shares closed 1.2 percent higher")?"""
    words = _words()
    kinds = [words.get(t.text.casefold()) for t in tokens]
    if not any(t.kind == "number" for t in tokens):
        return False
    markets = [k for k, kind in enumerate(kinds) if kind in ("market", "holding")]
    moves = [k for k, kind in enumerate(kinds) if kind == "move" or (kind == "state" and tokens[k].text != "little")]
    return any(0 < m - k <= _REACH for k in markets for m in moves)


def quoted(tokens: Sequence[Token], last: int) -> bool:
    """Is the name ending at ``last``, with any names listed after it, where a market report puts a
    company: before a move ("Bayer fell"), an end state ("Bayer and Hoechst were little changed",
    "closed higher") or what it leads ("Siemens and Daimler-Benz leading gains")?"""
    words, n = _words(), len(tokens)
    k = past_list(tokens, last)
    if k >= n:
        return False
    word = tokens[k].text.casefold()
    after = tokens[k + 1].text.casefold() if k + 1 < n else ""
    if words.get(word) == "move":
        return not _by_points(tokens, k + 1)  # "Okafor gained three points in polls": a candidate, quoted in the report
    if word in _AFTER_SUBJECT:
        return words.get(after) == "state" and (after != "little" or (k + 2 < n and tokens[k + 2].text == "changed"))
    if word in ("led", "leading"):
        return words.get(after) == "lead" or (after == "the" and k + 2 < n and words.get(tokens[k + 2].text.casefold()) == "lead")
    return False


def traded(tokens: Sequence[Token], first: int, after: int) -> bool:
    """Is the name a listed company, as market reports show: its shares (``held``), or a price
    change by a price unit after it ("Siemens rose 1.20 marks", "Hitachi fell 2 percent")? Not
    "points", which polls move by."""
    if held(tokens, first, after):
        return True
    words = _words()
    nxt = tokens[after].text.casefold() if after < len(tokens) else ""
    if words.get(nxt) != "move":
        return False
    k = after + 1
    while k < min(after + 4, len(tokens)) and tokens[k].kind != "number":
        k += 1
    if k >= len(tokens) or tokens[k].kind != "number":
        return False
    return tokens[k].text.endswith("%") or (k + 1 < len(tokens) and words.get(tokens[k + 1].text.casefold()) == "unit")


def held(tokens: Sequence[Token], first: int, after: int) -> bool:
    """Are the name's shares spoken of: right after it, or after the names listed with it, and
    moving ("Bayer shares fell", "Hoechst shares were", "Newmont Mining and Placer Dome shares
    rose"), or "shares in" or "a stake in" before it? A candidate's vote share moves too
    ("Sanders lost the district 68%-31%"), but has no shares."""
    words = _words()
    after = past_list(tokens, after)  # "Newmont Mining and Placer Dome shares rose"
    if after < len(tokens) and words.get(tokens[after].text.casefold()) == "class":
        after += 1  # "Petrobras preferred shares gained"
    nxt = tokens[after].text.casefold() if after < len(tokens) else ""
    if words.get(nxt) == "holding" and after + 1 < len(tokens) and tokens[after + 1].text[:1].islower():
        return tokens[after + 1].text.casefold() in words or tokens[after + 1].text in ("were", "was", "closed", "ended")
    return first >= 2 and tokens[first - 1].text in ("in", "of") and words.get(tokens[first - 2].text.casefold()) == "holding"


def past_list(tokens: Sequence[Token], last: int) -> int:
    """The token after the names listed with the one ending at ``last`` ("Siemens, Bayer and
    Hoechst rose": the index of "rose" from the end of "Siemens")."""
    k, n = last, len(tokens)
    while k + 1 < n and tokens[k].text in (",", "and") and is_capitalised(tokens[k + 1]):
        k += 1
        while k < n and is_capitalised(tokens[k]):
            k += 1
    return k


def _by_points(tokens: Sequence[Token], k: int) -> bool:
    """Does a number of points follow a move ("gained three points")? Polls and indexes move by
    points; a company's shares move by a price."""
    return any(t.text.casefold() in ("point", "points") for t in tokens[k : k + 3])
