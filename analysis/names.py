"""Capitalised sequences and what they are made of: place adjective, title, name.

No trained NER model can be used offline here, so proper names come from the text's own
patterns: a run of capitalised words (with ``of``/``and``/``the`` inside) such as
``Japanese Foreign Minister Yoko Kamikawa`` is split into a place or demonym
(``Japanese``), a title from ``data/titles.txt`` (``Foreign Minister``) and a name
(``Yoko Kamikawa``). Used by collocations (multiword terms) and entities. The word lists the
runs and segments read (titles, organisation words, given names, particles) are in
``analysis.name_words``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from analysis.frequency import zipf_frequency
from analysis.name_words import (
    BODY_LISTS,
    CONNECTORS,
    MONTH_ABBREVIATIONS,
    NAME_PARTICLES,
    PARTICLE_PAIRS,
    VERY_COMMON_WORD_ZIPF,
    WEEKDAYS,
    WEEKDAYS_AND_MONTHS,
    capitalised_end,
    common_word,
    company_words,
    first_word_index,
    given_names,
    is_capitalised,
    known_place,
    org_words,
    place_of,
    title_ends,
    title_length,
)
from analysis.places import canonical_place, region_names
from analysis.resources import word_set
from analysis.stopwords import stopwords
from analysis.tokens import Token


class Segment(NamedTuple):
    """Tokens ``[first, last)`` of a run, and what they are: place, title or name."""

    first: int
    last: int
    kind: str


def capitalised_runs(tokens: Sequence[Token], first_is_sentence_start: bool = True) -> list[tuple[int, int]]:
    """Index ranges of maximal runs of capitalised words (connectors allowed inside).

    A sentence-initial word starts a run only if the next word is capitalised too, since
    position alone capitalises it (``The``, ``Many``).
    """
    runs = []
    i, n = 0, len(tokens)
    first = first_word_index(tokens) if first_is_sentence_start else -1
    while i < n:
        if (
            not is_capitalised(tokens[i])
            or _glued_possessive(tokens, i)
            or _MODIFIER.search(tokens[i].text)
            or _handle(tokens, i)
        ):
            i += 1
            continue
        j = i + 1
        while j < n:
            if _dated(tokens, i, j):
                break  # "won Ohio Tuesday", "the United States Tuesday": a name, then the day
            if _after_company(tokens, i, j):
                break  # "a Trans World Airlines Boeing 747": the firm, then what it flies or makes
            if is_capitalised(tokens[j]) and tokens[j - 1].end + 2 >= tokens[j].start and not _MODIFIER.search(tokens[j].text):
                j += 1
            elif (
                tokens[j].text in CONNECTORS
                and j + 1 < n
                and is_capitalised(tokens[j + 1])
                and tokens[j - 1].end + 2 >= tokens[j].start
                and _joins(tokens, i, j)
                # not "Shares of Compaq fell", "Supporters of Sanders": a noun capitalised by its place
                and not (i == first and j == i + 1 and tokens[j].text == "of" and _plural_noun(tokens[i].text))
            ):
                j += 2
            elif tokens[j].text == "&" and _ampersand_joins(tokens, j):
                j += 2  # "AT&T", "Procter & Gamble", "Standard & Poor's"; not "Dye & Bavelier, 2010", two authors
            elif (
                tokens[j].text == "to"
                and j + 1 < n
                and tokens[j - 1].text in org_words()
                and is_capitalised(tokens[j + 1])
                and common_word(tokens[j + 1].text, opens_sentence=True)  # a verb: "Protect", "Combat", "Stop"
                and tokens[j + 1].text.casefold() not in WEEKDAYS_AND_MONTHS
                and not known_place(tokens[j + 1].text)
                and tokens[j - 1].end + 2 >= tokens[j].start
            ):
                j += 2  # "Committee to Protect Journalists", "National Institute to Combat Drugs"; not "Ministry to Washington"
            elif (
                j + 2 < n
                and (tokens[j].text, tokens[j + 1].text) in (("of", "the"), ("for", "the"), ("for", "a"))
                and tokens[j - 1].text in org_words()
                and is_capitalised(tokens[j + 2])
                and tokens[j - 1].end + 2 >= tokens[j].start
            ):
                j += 3  # "International Committee of the Red Cross", "Movement for a Democratic Slovakia"
            elif end := _members_body(tokens, j):
                j = end  # "National Farmers' Union", "People's Liberation Army"
            elif (_glued_possessive(tokens, j) or _bare_apostrophe(tokens, j)) and (end := _possessive_firm(tokens, i, j)):
                j = end  # "Standard & Poor's", "St James' Park"
            elif tokens[j].text == "on" and _on_joins(tokens, j):
                j += 2  # "Council on Foreign Relations", "Commission on Human Rights"
            elif tokens[j].text == "in" and (tail := _in_region(tokens, i, j)):
                j = tail  # "Organisation for Security and Cooperation in Europe"
            elif tokens[j].text == "and" and (
                tail := _and_tail(tokens, i, j) or _fields_and_head(tokens, i, j) or _country_with_and(tokens, i, j)
            ):
                j = tail  # "Department of Health and Human Services", "Securities and Exchange Commission"
            elif (
                j + 2 < n
                and (tokens[j].text, tokens[j + 1].text) in PARTICLE_PAIRS
                and is_capitalised(tokens[j + 2])
                and tokens[j - 1].end + 2 >= tokens[j].start
            ):
                j += 3  # "Nikolaus van der Pas", "Maria de los Santos"
            else:
                break
        first_word = tokens[i].text
        if i == first and (_opening_compound(first_word) or _described(tokens, i, j)):
            i += 1  # "Top-seeded Monica Seles", "Holders Germany": a word capitalised by position, then the name
            continue
        if (
            i == first
            and first_word.casefold() in stopwords()
            and not (
                len(first_word) > 1 and first_word.isupper()  # "PT Sinar Timah": an acronym, not "The"
            )
            and not (j > i + 1 and _name_opening(tokens, i, j))  # "De Klerk said", "La Paz", "Li Peng", "Wells Fargo"
        ):
            # capitalised by position only: "The", "Many", "It"
            i += 1
            continue
        runs.append((i, j))
        i = j
    return runs


# months that are no given names ("May", "June", "April" and "August" are), which date a name before them
_DATING_MONTHS = frozenset("january february march july september october november december".split())


def _dated(tokens: Sequence[Token], start: int, j: int) -> bool:
    """Is token ``j`` a weekday or a month that dates the name before it (American news writes
    "said Tuesday"; "Zenica October rallies")? A day or a month joins only one very common word
    before it, as in a day's own name ("Super Tuesday", "Black Friday", "Red October"), and a day
    a club's name before its score or a match word ("Sheffield Wednesday 1", "Sheffield Wednesday
    drew", "against Sheffield Wednesday")."""
    key = tokens[j].text.casefold()
    if key in _DATING_MONTHS:  # "Zenica October rallies", "in Bosnia September 14"; not "Red October"
        return j - start > 1 or not common_word(tokens[start].text, opens_sentence=False)
    if key not in WEEKDAYS:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    club = (after is not None and (after.kind == "number" or after.text.casefold() in word_set("match_words.txt"))) or (
        start > 0 and tokens[start - 1].text.casefold() in ("against", "v", "vs", "v.", "vs.")
    )
    return not club and (j - start > 1 or not common_word(tokens[start].text, opens_sentence=False))


def _plural_noun(word: str) -> bool:
    """A common English noun in the plural ("Shares", "Residents", "Supporters"), not an
    organisation word ("Industries")."""
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
        and word[1:].islower()
        and common_word(word, opens_sentence=True)
        and word not in org_words()
    )


def _name_opening(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Is a stop word that opens a sentence before a capitalised word part of the name: a name
    particle ("De Klerk", "La Paz", "Al Gore"), a two-letter word that is no common English word
    but a surname the stop list holds as an abbreviation ("Li Peng", "Ma Ying-jeou"), or the first
    word of a listed company, a news agency, a newspaper or an international body ("Wells Fargo",
    "Microsoft Corp", "Associated Press writer")?"""
    key = tokens[i].text.casefold()
    if key in NAME_PARTICLES or (len(key) == 2 and zipf_frequency(key) < VERY_COMMON_WORD_ZIPF):
        return True
    return _known_name_from(tokens, i, i + 1, j, ("companies.txt", *BODY_LISTS))


def _known_name_from(tokens: Sequence[Token], i: int, shortest: int, last: int, lists: Sequence[str]) -> bool:
    """Do the words from token ``i`` to any end from ``shortest`` to ``last`` make a name one of the
    word lists holds ("General Motors" in ``companies.txt``)?"""
    known = [word_set(f) for f in lists]
    return any(" ".join(t.text for t in tokens[i:k]) in names for k in range(shortest, last + 1) for names in known)


def _after_company(tokens: Sequence[Token], start: int, j: int) -> bool:
    """Does the company word before ``j`` end a firm's name that a capitalised word not of it
    follows ("Trans World Airlines Boeing 747", "Nikko Securities Tokyo")? Not when the run ends with
    another company or organisation word ("Nikko Securities Co Ltd", "Goldman Sachs Group Inc")."""
    if not (j - start >= 2 and tokens[j - 1].text in company_words() and is_capitalised(tokens[j])):
        return False
    if common_word(tokens[j].text, opens_sentence=False):
        return False  # "Presidential Communications Office": a very common word goes on with the name
    k = capitalised_end(tokens, j)
    return tokens[k - 1].text not in org_words()  # not "Freedom Partners Action Fund": one name to its head


# verbs of a match to come, which a preview writes where a report writes "beat" ("Hosts UAE play Kuwait")
_FIXTURE_VERBS = frozenset("play plays meet meets face faces host hosts visit visits".split())


def _described(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Does a plural common noun open the sentence before a name it describes ("Holders Germany",
    "Champions Ajax", "Hosts UAE", "Banks Citigroup and ...")? Not when the rest of the run opens
    with a stop word ("Reporters Without Borders") or ends with a word that makes the whole one
    name: a body's, a firm's or a place's ("Champions League", "Workers Party", "News Corp",
    "Times Square"); not a listed firm's first word ("Wells Fargo"); not before a very common word
    ("Citizens United"); before a place's name, only in a match report ("Holders Germany beat
    Italy"), as bodies are named so too ("Priorities USA")."""
    word = tokens[i].text
    if j - i < 2 or not _plural_noun(word) or word.casefold() in given_names() or known_place(word):
        return False  # not "Chris Cox", "Texas Governor"
    if _name_opening(tokens, i, j):
        return False
    rest = [t.text for t in tokens[i + 1 : j]]
    if not all(is_capitalised(t) for t in tokens[i + 1 : j]) or rest[0].casefold() in stopwords():
        return False
    _, features = region_names()
    if any(w in org_words() or w in company_words() for w in rest) or rest[-1] in features:
        return False  # "Rules Committee Chairman Bruce Ash"
    if known_place(" ".join(rest)):  # "Holders Germany beat Italy", "Hosts UAE play Kuwait"; not "Priorities USA raised"
        return any(t.text.casefold() in word_set("match_words.txt") or t.text.casefold() in _FIXTURE_VERBS for t in tokens[j:])
    return not (len(rest) == 1 and common_word(rest[0], opens_sentence=False))


def _opening_compound(word: str) -> bool:
    """A hyphenated word with a lower-case tail whose first part is a common word ("Top-seeded",
    "Long-time", "Well-known"): capitalised by its place, it describes the name after it. Names
    written so ("Ping-ya") have an uncommon first part."""
    head, _, tail = word.partition("-")
    return bool(tail) and tail[:1].islower() and common_word(head, opens_sentence=True)


# "Iranian-backed", "London-based", "Saudi-led", "Texas-born": an adjective made from a name, which
# describes the name after it and is no part of it ("London-based Barclays" is Barclays)
_MODIFIER = re.compile(
    r"-(?:backed|based|led|born|owned|run|funded|allied|aligned|controlled|made|bred|raised"
    r"|registered|flagged|educated|trained|speaking|dominated|listed|headquartered|sponsored|linked)$"
)


def _joins(tokens: Sequence[Token], start: int, j: int) -> bool:
    """Does the connector at ``j`` make one name of the capitalised words around it?

    Not after a person's name ("Alan Patricof of Greycroft Partners": a given name and one or
    two more words), and "for" only after a word that heads a name made with it: an organisation
    ("Center for Responsive Politics"), people in the plural ("Americans for Prosperity") or a
    title ("Minister for Foreign Affairs"); "organized by Patricof for Clinton's campaign" names two.
    A title before the name does not hide it ("Gov. Ann Okafor of New Jersey", "King Hussein of
    Jordan"), and "the" joins
    no date to a name ("on Monday the EU").
    """
    connector, before = tokens[j].text, tokens[j - 1].text
    if connector == "the":
        # "Alexander the Great", "Meet the Press", "Keep the Promise PAC": one word (or an English
        # word: "CBS Face the Nation"), "the" and a name;
        # not "on Monday the EU", "told Reuters the Israeli side", "Republicans the White House" or
        # "Bernie Sanders the Democratic nominee"
        groups = word_set("group_names.txt")
        after = tokens[j + 1].text
        return (
            (j == start + 1 or common_word(before, opens_sentence=False))  # "CBS Face the Nation"
            and before.casefold() not in WEEKDAYS_AND_MONTHS
            and before not in groups
            and after not in groups
            and not place_of(after)
        )
    if connector == "for":
        plural = len(before) > 3 and before.endswith("s") and not before.endswith("ss")
        return before in org_words() or plural or before.casefold() in title_ends()
    if connector == "of":
        titled = title_length(tokens, start, j)
        start += titled  # "Gov. Ann Okafor of New Jersey": the name after the title
        if (
            titled
            and 1 <= j - start <= 4
            and not any(t.text in org_words() or common_word(t.text, opens_sentence=False) for t in tokens[start:j])
        ):
            return False  # "King Hussein of Jordan", "Sheikh Jaber al-Ahmad al-Sabah of Kuwait": a titled name, then the land
    if connector == "of" and 2 <= j - start <= 3:
        words = [t.text for t in tokens[start:j]]
        heads = org_words()
        return not (
            words[0].casefold() in given_names()
            and all(w[:1].isupper() and w not in heads and w.casefold() not in title_ends() for w in words)
        )
    return True


_FIELD_LINKS = ("of", "for", "on")  # between an organisation word and its field: "Department of", "Council on"


def _and_tail(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """The end of the name when the "and" at ``j`` joins two fields inside an organisation's name
    ("Department of Health and Human Services", "Centers for Disease Control and Prevention"),
    else None. The name must so far be an organisation word then "of" or "for" and one field; the
    fields on both sides are common words, not places or people, and the part after "and" does not
    end with an organisation head of its own: "Bank of Japan and Finance Ministry" are two names,
    and so are "Ministry of Defence and Foreign Ministry"."""
    words = [t.text for t in tokens[start:j]]
    if "and" in words or tokens[j - 1].end + 2 < tokens[j].start:
        return None
    heads = org_words()
    complement = next(
        (k for k in range(1, len(words)) if words[k] in _FIELD_LINKS and (words[k - 1] in heads or words[k - 1][:-1] in heads)),
        None,
    )  # "Department of", "Centers for", "Center on"
    if complement is None or complement + 1 == len(words):
        return None
    k = capitalised_end(tokens, j + 1)
    fields = [words[-1]] + [t.text for t in tokens[j + 1 : k]]
    if k == j + 1 or not all(_field_word(w) for w in fields) or fields[1].casefold() in given_names():
        return None  # "University of Zurich and Gordon Hanson": a person after "and"
    last = fields[-1]
    return None if last in word_set("org_heads.txt") and not last.endswith("s") else k


def _country_with_and(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """The end of a country's name with "and" in it ("Bosnia and Herzegovina", "Trinidad and
    Tobago", "Turks and Caicos Islands"), else None."""
    for k in range(j + 2, min(j + 4, len(tokens)) + 1):
        if canonical_place(" ".join(t.text for t in tokens[start:k])):
            return k
    return None


def _fields_and_head(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """The end of the name when the "and" at ``j`` joins two fields before the organisation word
    that heads them both ("Securities and Exchange Commission", "Food and Drug Administration",
    "Trade and Industry Ministry", "London International Financial Futures and Options
    Exchange", "Bill and Melinda Gates Foundation"), else None. The words beside "and" are common
    words, not places, or both given names; a body's head comes after a field ("House and Senate"
    are two), and none comes before "and" unless it is the only word: "Bank of Japan and Finance
    Ministry" are two names."""
    words = [t.text for t in tokens[start:j]]
    if "and" in words or tokens[j - 1].end + 2 < tokens[j].start:
        return None
    k = capitalised_end(tokens, j + 1)
    head = tokens[k - 1].text
    legal = head in word_set("company_suffixes.txt")  # "Cable and Wireless Plc", "Marks and Spencer Plc": one firm
    if k - j < 3 or head not in org_words() or (head in company_words() and not legal):
        return None  # "House and Senate", "Bush and Congress", "Virgin Atlantic and United Airlines": two names
    before, after = words[-1], tokens[j + 1].text
    if "&" in words or (len(words) > 1 and any(w in org_words() or w in company_words() for w in words)):
        return None  # "Merrill Lynch & Co and Salomon Brothers Inc": a whole name before "and"
    if given_names().get(before.casefold()):  # "Bill and Melinda Gates Foundation"; not "Clinton and State Department"
        return k if given_names().get(after.casefold()) else None
    if not all(_field_word(w) and not w.isupper() and w.casefold() not in WEEKDAYS_AND_MONTHS for w in (before, after)):
        return None  # "CNN and The New York Times", "July and Congress"
    return k


def _in_region(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """The end of a body's name that goes on with "in" and a continent or world region
    ("Organisation for Security and Cooperation in Europe", "Conference on Disarmament in
    Europe"), else None: the name so far must be an organisation word with its field ("of",
    "for" or "on" after it) and a field of common words, and a region named in ``data/regions.txt``
    must follow."""
    words = [t.text for t in tokens[start:j]]
    link = next((k for k, w in enumerate(words) if w in _FIELD_LINKS and k > 0 and words[k - 1] in org_words()), None)
    if link is None or not all(_field_word(w) for w in words[link + 1 :] if w not in ("and", "the")):
        return None  # not "the Bank of Japan in Asia": a place is no field
    regions = region_names()[0]
    for n in (2, 1):
        if j + n < len(tokens) and " ".join(t.text for t in tokens[j + 1 : j + 1 + n]) in regions:
            return j + 1 + n
    return None


def _field_word(word: str) -> bool:
    """A word that names a field of work inside an organisation's name ("Health", "Development"):
    a common English word, not a place or demonym ("Zurich")."""
    return common_word(word, opens_sentence=True) and not known_place(word)


def _handle(tokens: Sequence[Token], i: int) -> bool:
    """A social-media handle or hashtag ("@HillaryClinton", "#BlackLivesMatter" in an embedded
    post): an account or a topic, written without spaces, not a name in the text."""
    return i > 0 and tokens[i - 1].text in ("@", "#") and tokens[i - 1].end == tokens[i].start


def _ampersand_joins(tokens: Sequence[Token], j: int) -> bool:
    """Does the "&" at ``j`` join partners into one firm's name ("Procter & Gamble", "Latham &
    Watkins")? Not two authors cited with a year, two given names ("Jim & Sarah"), "I", or a
    title that starts another name ("Rudy Giuliani & Sen. Jeff Sessions")."""
    if j + 1 >= len(tokens) or not is_capitalised(tokens[j + 1]) or tokens[j + 1].text == "I":
        return False
    if tokens[j - 1].end == tokens[j].start == tokens[j + 1].start - 1:
        return True  # "AT&T", "C&S Wholesale Grocers": glued, always one name
    names = given_names()
    left, right = tokens[j - 1].text, tokens[j + 1].text
    return not (
        _cited(tokens, j + 2)
        or title_length(tokens, j + 1)
        or (left.casefold() in names and right.casefold() in names and left != right)
        or known_place(left)
        or known_place(right)  # "Priest & Washington", a crossing
        or min(len(left), len(right)) == 1  # "Gates C & D"
    )


def _cited(tokens: Sequence[Token], k: int) -> bool:
    """Does a year or a reference number follow at ``k`` ("Dye & Bavelier 2010", "(Dye & Bavelier,
    2010)", "Carrano & Biewener [7]"): authors cited, not a firm?"""
    after = [t.text for t in tokens[k : k + 2]]
    year = bool(after) and after[0].isdigit() and len(after[0]) == 4
    return year or (len(after) == 2 and after[0] in ("(", ",", "[") and after[1].isdigit())


def _glued_possessive(tokens: Sequence[Token], i: int) -> bool:
    return tokens[i].text in ("'s", "’s")


def _bare_apostrophe(tokens: Sequence[Token], i: int) -> bool:
    """An apostrophe alone after a name in s ("St James' Park"): the possessive of that name."""
    return tokens[i].text in ("'", "’") and i > 0 and tokens[i - 1].text.endswith("s")


_PEOPLE_PLURALS = frozenset("People Women Men Children".split())  # plurals without an s: "People's Party"


def _plural_of_people(word: str) -> bool:
    """A common noun in the plural ("Farmers", "Students", "Officers"), not a surname ending in s
    ("Sanders'", "the Clintons'") or a party's members ("Democrats'")."""
    single = word[:-1]
    agents = word.endswith(_AGENT_PLURALS) and word[1:].islower()  # "Extractors'", "Exporters'", "Journalists'"
    return (
        word.endswith("s")
        and (agents or common_word(single, opens_sentence=True))
        and single.casefold() not in given_names()
        and word not in word_set("group_names.txt")
    )


_AGENT_PLURALS = ("ers", "ors", "ists", "ants", "ents")  # people by what they do, however rare the word


def _members_body(tokens: Sequence[Token], j: int) -> int | None:
    """The end of a body named for whom it serves, with a plural possessive at ``j`` inside
    ("National Farmers' Union", "Teamsters' Union", "People's Liberation Army", "Women's
    Institute"), else None: the words after the possessive must end with an organisation word.
    A singular possessive ends the name ("Obama's State Department")."""
    mark, before = tokens[j].text, tokens[j - 1]
    plural = (mark in ("'", "’") and _plural_of_people(before.text)) or (mark in ("'s", "’s") and before.text in _PEOPLE_PLURALS)
    if not plural or before.end != tokens[j].start or not is_capitalised(before):
        return None
    k = capitalised_end(tokens, j + 1)
    return k if k > j + 1 and tokens[k - 1].text in org_words() else None


def _possessive_firm(tokens: Sequence[Token], start: int, j: int) -> int | None:
    """The end of a firm's name that ends in a possessive, else None: the possessive at ``j`` is
    glued to a name of partners joined by "&" ("Standard & Poor's"), or to a saint's or a
    sovereign's name before another capitalised word ("St Mary's Hospital", "St James' Park",
    "King's College"). After one word a possessive is as often a person's or a place's ("Obama's
    State Department"), so it ends the name there."""
    glued = tokens[j - 1].end == tokens[j].start and is_capitalised(tokens[j - 1])
    if glued and any(t.text == "&" for t in tokens[start:j]):
        return j + 1
    saints = j - start <= 2 and tokens[start].text in _SAINTS_AND_SOVEREIGNS
    more = j + 1 < len(tokens) and is_capitalised(tokens[j + 1]) and tokens[j].end + 1 >= tokens[j + 1].start
    return j + 1 if glued and saints and more else None


# words that begin names which go on after a possessive: "St Paul's Cathedral", "King's College London"
_SAINTS_AND_SOVEREIGNS = frozenset({"St", "St.", "Saint", "Ste", "King", "Queen"})


def segment_run(tokens: Sequence[Token], first: int, last: int) -> list[Segment]:
    """Split a capitalised run into place, title and name segments.

    ``U.S. Secretary of State Antony Blinken`` -> place ``U.S.``, title ``Secretary of
    State``, name ``Antony Blinken``. A place word stands alone only before a title
    (``Taiwan Strait`` stays one name).
    """
    segments: list[Segment] = []
    i = first
    name_start = None
    while i < last:
        n = title_length(tokens, i, last)
        if n and name_start is not None and i - name_start >= 2 and _field_of(tokens, i):
            n = 0  # "Department of Justice", "Ministry of Defence": a field of the organisation, no title
        if n and i + n < last and (_glued_possessive(tokens, i + n) or _bare_apostrophe(tokens, i + n)):
            n = 0  # "King's College London": a name that begins with a title's word
        if n and i + n < last and _firm_after_title(tokens, i, i + n, last):
            n = 0  # "General Motors", "General Mills": a firm whose name begins with a title's word
        if n:
            if name_start is not None:
                segments.append(Segment(name_start, i, "name"))
                name_start = None
            n += _office_field(tokens, i + n, last)
            segments.append(Segment(i, i + n, "title"))
            i += n
            continue
        if name_start is None and place_of(tokens[i].text) and i + 1 < last and title_length(tokens, i + 1, last):
            segments.append(Segment(i, i + 1, "place"))
            i += 1
            continue
        if name_start is None:
            name_start = i
        i += 1
    if name_start is not None:
        segments.append(Segment(name_start, last, "name"))
    if (
        len(segments) >= 2
        and segments[-1].kind == "title"
        and segments[-1].last - segments[-1].first == 1
        and segments[-2].kind == "name"
        and (
            (
                given_names().get(tokens[segments[-2].first].text.casefold())
                and given_names().get(tokens[segments[-2].last - 1].text.casefold())
            )
            or (len(segments) >= 3 and segments[-3].kind == "title")
        )
    ):
        # "Paul Singer", "Tom Judge": a one-word title that ends the run right after a man's or a
        # woman's given name is the surname, not a title without a name; so is one that ends the
        # run after a title and a name ("Promoter Don King")
        segments[-2:] = [Segment(segments[-2].first, segments[-1].last, "name")]
    return _trim_connectors(tokens, segments)


def _firm_after_title(tokens: Sequence[Token], i: int, j: int, last: int) -> bool:
    """Does a title's word at ``i`` begin a listed company's name, or stand before a company word
    ("General Motors", "General Mills"; "Major Industries")?"""
    return tokens[j].text in company_words() or _known_name_from(tokens, i, j + 1, last, ("companies.txt",))


def _office_field(tokens: Sequence[Token], j: int, last: int) -> int:
    """The length of an office's field after its title ("for Refugees" in "High Commissioner for
    Refugees", "for Foreign Affairs" before "Alexander Downer"), 0 if ``j`` starts none: "for" or
    "of", then common English words or places up to a given name or the run's end ("President of
    France Jacques Chirac"). "Minister for Trade Tim Fischer" names Tim Fischer; the field is the
    office's, not a person called "Refugees"."""
    if j + 1 >= last or tokens[j].text not in ("for", "of"):
        return 0
    k = j + 1
    while k < last and (
        tokens[k].text in ("and", "the", "of")
        or known_place(tokens[k].text)
        or (common_word(tokens[k].text, opens_sentence=True) and tokens[k].text.casefold() not in given_names())
    ):
        k += 1
    while k > j + 1 and tokens[k - 1].text in ("and", "the", "of"):
        k -= 1
    if k < last and known_place(f"{tokens[k - 1].text} {tokens[k].text}"):
        k += 1  # "King of New York": the field ends with the place, not inside it
    if any(t.text in org_words() or (len(t.text) > 1 and t.text.isupper()) for t in tokens[j + 1 : k]):
        return 0  # "CEO of Washington Restaurant Association", "Governor of the Bank of England", "President of CNN": a body
    return k - j if k > j + 1 else 0


def _on_joins(tokens: Sequence[Token], j: int) -> bool:
    """Does the "on" at ``j`` join a body to its subject ("Council on Foreign Relations",
    "Select Committee on Benghazi")? After an organisation head, not before a date ("Congress on
    Tuesday", "CBS News on Super Tuesday")."""
    k = j + 1
    while k < len(tokens) and is_capitalised(tokens[k]):
        k += 1
    return (
        k > j + 1
        and tokens[j - 1].text in word_set("org_heads.txt")
        and tokens[j - 1].end + 2 >= tokens[j].start
        and not any(t.text.casefold() in WEEKDAYS_AND_MONTHS | MONTH_ABBREVIATIONS for t in tokens[j + 1 : k])
    )


def _field_of(tokens: Sequence[Token], i: int) -> bool:
    """Does token ``i`` follow an organisation word and "of", "for" or "on" ("Department of
    Justice", "Council on Foreign Relations")?"""
    return tokens[i - 1].text in _FIELD_LINKS and tokens[i - 2].text in org_words()


def _trim_connectors(tokens: Sequence[Token], segments: list[Segment]) -> list[Segment]:
    out = []
    for seg in segments:
        a, b = seg.first, seg.last
        while a < b and (tokens[a].text in CONNECTORS or tokens[a].text == "&"):
            a += 1
        while b > a and (tokens[b - 1].text in CONNECTORS or tokens[b - 1].text == "&"):
            b -= 1
        if b > a:
            out.append(Segment(a, b, seg.kind))
    return out
