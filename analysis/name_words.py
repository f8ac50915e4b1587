"""The words names are made of and the lists that say what a word is: titles (``data/titles.txt``,
``data/title_parts.tsv``), organisation and company words, given names (``gender-guesser``),
name particles, weekdays and months, and how common a word is. ``analysis.names`` builds
capitalised runs and their segments from them; the entity rules and the tagger read them too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from analysis.frequency import zipf_frequency
from analysis.places import country_names, demonym_place
from analysis.resources import table, word_set
from analysis.stopwords import stopwords
from analysis.tokens import Token

# lower-case particles of patronymics ("Abdullah ibn Hussein", "Daniel arap Moi", "Ahmed ould Daddah",
# Swahili "wa" in "Kengo wa Dondo", "Ngugi wa Thiong'o")
_PATRONYMICS = frozenset("ibn bint arap ould wa".split())


CONNECTORS = (
    frozenset("of for the de al bin van von der la le du da della del di des dos".split()) | _PATRONYMICS
)  # "Corriere della Sera", "Banca di Roma", "Banco del Estado"


# lower-case particles inside a name ("Nikolaus van der Pas", "Juan del Castillo", "Ali bin Hassan")
NAME_PARTICLES = (
    frozenset("de al bin van von der la le du da los las den het del della di dos das ter ten".split()) | _PATRONYMICS
)


# two-word particles inside a surname (Dutch, German, Spanish, Portuguese, Italian)
PARTICLE_PAIRS = frozenset(
    {("van", "der"), ("van", "den"), ("van", "de"), ("von", "der"), ("de", "la"), ("de", "los"), ("de", "las"), ("van", "het")}
)


_OFFICE_WORDS = frozenset(
    "foreign defense defence finance trade economy economic interior justice health home commerce treasury "
    "energy education labor labour transport agriculture environment industry culture security".split()
)


@cache
def titles() -> frozenset[tuple[str, ...]]:
    """Titles as case-folded token tuples."""
    from analysis.tokens import tokenize

    return frozenset(tuple(t.text.casefold() for t in tokenize(title)) for title in word_set("titles.txt"))


@cache
def _max_title_length() -> int:
    return max(len(t) for t in titles())


# an Arabic article or patronymic joined to a name by a hyphen ("al-Shara", "el-Sisi", "bin-Salman")
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|at|az|an|ar|ul|bin|ibn|abu|bint)-[A-Z]")


def is_capitalised(token: Token) -> bool:
    """Starts with a capital letter (``Kamikawa``, ``U.S.``, ``Ing-wen``), or is a name after a
    hyphenated particle (``al-Shara``)."""
    text = token.text
    return token.kind == "word" and (text[:1].isupper() or ("-" in text[:5] and bool(_PARTICLE_NAME.match(text))))


# bodies that news names alone, by list: agencies, newspapers, legislatures, international bodies
BODY_LISTS = ("news_agencies.txt", "newspapers.txt", "legislatures.txt", "world_bodies.txt")


def capitalised_end(tokens: Sequence[Token], k: int) -> int:
    """The index after the capitalised words that start at token ``k``, each written close after
    the one before (a space between, no line break or wider gap)."""
    while k < len(tokens) and is_capitalised(tokens[k]) and (k == 0 or tokens[k - 1].end + 2 >= tokens[k].start):
        k += 1
    return k


def first_word_index(tokens: Sequence[Token]) -> int:
    """The index of a sentence's first word, after any opening quotation marks, brackets or dashes
    (“If the Trump victory…”: "If" is capitalised by its place all the same), and after a live
    blog's clock time and its dash ("10:30 p.m. — Polls have closed": "Polls" opens the entry)."""
    k = next((k for k, t in enumerate(tokens) if t.kind != "punct"), len(tokens))
    if k < len(tokens) and tokens[k].kind == "number" and ":" in tokens[k].text:
        dash = next((j for j in range(k + 1, min(k + 4, len(tokens))) if tokens[j].text in _DASHES), None)
        if dash is not None:
            return next((j for j in range(dash + 1, len(tokens)) if tokens[j].kind != "punct"), k)
    return k


_DASHES = frozenset({"—", "–", "-", "--"})


def capitalised_start(tokens: Sequence[Token], k: int) -> int:
    """The index of the first of the capitalised words right before token ``k``, written so."""
    while k > 0 and is_capitalised(tokens[k - 1]) and tokens[k - 1].end + 2 >= tokens[k].start:
        k -= 1
    return k


def place_of(text: str) -> str | None:
    """The place a country name or demonym stands for (``Japanese`` -> Japan)."""
    return demonym_place(text) or country_names().get(text)


@cache
def title_starts() -> frozenset[str]:
    """Case-folded words a title can start with: ``title_length`` is 0 at any other word."""
    modifiers, heads = _title_parts()
    return frozenset(t[0] for t in titles()) | modifiers | heads | _OFFICE_WORDS


def title_length(tokens: Sequence[Token], i: int, end: int | None = None) -> int:
    """Length of the longest title starting at token ``i`` (0 if none).

    An office word before Minister or Secretary makes a title too (``Commerce Secretary``).
    """
    end = len(tokens) if end is None else end
    if i >= end or tokens[i].text.casefold() not in title_starts():
        return 0
    keys = [t.text.casefold() for t in tokens[i : min(end, i + _max_title_length() + 1)]]
    composed = _composed_title_length(keys)
    for n in range(len(keys), 0, -1):
        if tuple(keys[:n]) in titles():
            return max(n, composed)
    if len(keys) >= 2 and keys[0] in _OFFICE_WORDS and keys[1] in ("minister", "secretary"):
        return 2
    return composed


@cache
def _title_parts() -> tuple[frozenset[str], frozenset[str]]:
    rows = table("title_parts.tsv")
    return (
        frozenset(r["word"] for r in rows if r["part"] == "modifier"),
        frozenset(r["word"] for r in rows if r["part"] == "head"),
    )


def _composed_title_length(keys: Sequence[str]) -> int:
    """Modifiers then a head: ``chief financial officer``, ``head coach``, ``council president``."""
    modifiers, heads = _title_parts()
    best = 0
    for n, key in enumerate(keys):
        if key in heads:
            best = n + 1
        if key not in modifiers:
            break
    return best


WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


# weekdays and months, and the months' abbreviations (without their full stop): dates, not names
WEEKDAYS_AND_MONTHS = WEEKDAYS | frozenset(
    "january february march april may june july august september october november december".split()
)


MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


@cache
def org_words() -> frozenset[str]:
    """Words that end organisation names: heads that make one alone ("Senate", "Ministry") and
    endings that make one after a name ("Securities", "Club", "Corp")."""
    return word_set("org_heads.txt") | company_words()


@cache
def company_words() -> frozenset[str]:
    """Words that make a name before them a company's or an institution's ("Securities", "Corp",
    "Group", "Club") and name nothing alone."""
    return word_set("org_endings.txt") | word_set("company_suffixes.txt")


@cache
def title_ends() -> frozenset[str]:
    """Case-folded words a title can end with (``minister``, ``secretary``, ``envoy``)."""
    return frozenset(t[-1] for t in titles()) | _title_parts()[1]


_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


@cache
def given_names() -> dict[str, str | None]:
    """Given name -> ``m``/``f`` when Jörg Michael's first-name dictionary (nam_dict.txt, about
    48,000 names, shipped in the ``gender-guesser`` package) lists it under one gender only, None
    when under both or as either ("?")."""
    from importlib import resources

    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8")
    names: dict[str, str | None] = {}
    for code, raw in _NAME_LINE.findall(text):
        gender = _GENDER_CODES.get(code)
        for name in {raw.replace("+", r) for r in ("", " ", "-")} if "+" in raw else (raw,):
            key = name.lower()
            names[key] = gender if names.get(key, gender) == gender else None
    return names


_NAME_LINE = re.compile(r"^([?1]?[MF]|\?) +(\S+)", re.MULTILINE)


def known_place(word: str) -> bool:
    """A country, demonym or city ("France", "London", "Qatar"), though some are given names too;
    not a name with a feature word at its end ("Michael Bay")."""
    return place_of(word) is not None or word in word_set("cities.txt")


# How common a capitalised word is in English (wordfreq's Zipf scale: 4 = once per 100,000 words)
# decides whether capitals make it a name: a word this common that opens a sentence ("Fortunately",
# "Researchers"), or a very common one inside a sentence ("the World"), is a word, not a one-word name.
COMMON_WORD_ZIPF = 3.5


VERY_COMMON_WORD_ZIPF = 5.0


def common_word(word: str, opens_sentence: bool) -> bool:
    """Is this capitalised word just an English word (a stop word, or common enough), not a name?"""
    key = word.casefold()
    return key in stopwords() or zipf_frequency(key) >= (COMMON_WORD_ZIPF if opens_sentence else VERY_COMMON_WORD_ZIPF)


def caps_line(tokens: Sequence[Token]) -> bool:
    """A line in capitals (a wire headline or a sports slug): case says nothing about names there."""
    letters = list(filter(str.isalpha, "".join(t.text for t in tokens)))
    return len(letters) > 8 and sum(map(str.isupper, letters)) > 0.8 * len(letters)


# prefixes after which a surname or a place goes on with a capital ("McCain", "MacArthur",
# "DeSantis", "LaGuardia", "DiCaprio", "VanDyke", "DuPont")
_CAPITAL_PREFIXES = ("Mc", "Mac", "De", "Di", "La", "Le", "Van", "Du", "Da")


def brand_word(word: str) -> bool:
    """One word written as a brand, with a capital inside it ("FlightAware", "SunTrust",
    "YouTube", "BlackRock"): no surname or place is written so, beyond the prefixes that a capital
    follows ("McCain", "LaGuardia"), a capital after a hyphen ("Saro-Wiwa") and an acronym's plural
    ("PACs")."""
    if not word[:1].isupper() or word.isupper() or not word.replace("-", "").isalpha():
        return False
    if word.endswith("s") and word[:-1].isupper():
        return False  # an acronym's plural: "super PACs", "CDs"
    rest = word
    for prefix in _CAPITAL_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) : len(prefix) + 1].isupper():
            rest = word[len(prefix) :]
            break
    return any(c.isupper() and rest[k - 1] != "-" for k, c in enumerate(rest) if k > 0)
