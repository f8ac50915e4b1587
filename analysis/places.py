"""Country names, their variants and demonyms: one canonical name per place.

Country names come from ISO 3166-1 through the maintained ``pycountry`` package (its
``common_name`` where ISO's name is formal, e.g. "Taiwan, Province of China" -> "Taiwan");
variants and abbreviations (``U.S.``, ``Britain``) from ``data/place_aliases.tsv``; demonyms
(``Japanese`` -> Japan) from ``data/demonyms.tsv``, and the regular ones that table leaves out
("Zairean", "Malawian") formed from the country names. Each file states its provenance.
"""

from __future__ import annotations

import re
from functools import cache

from analysis.resources import mapping, names_and_endings, table, word_set


@cache
def _aliases() -> dict[str, str]:
    return mapping("place_aliases.tsv", "alias", "canonical")


def _iso_countries():
    """Each ISO 3166-1 country (pycountry's record), its common name, and its canonical name here."""
    import pycountry

    aliases = _aliases()
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        yield country, common, aliases.get(common, common)


def _historic_countries():
    """The short names of ISO 3166-3's former countries ("Zaire", "Yugoslavia")."""
    import pycountry

    for country in pycountry.historic_countries:
        yield country.name.split(",")[0].strip()


@cache
def country_names() -> dict[str, str]:
    """Every known surface form of a country name -> its canonical name."""
    names: dict[str, str] = {}
    aliases = _aliases()
    for country, common, canonical in _iso_countries():
        if "," in canonical or "(" in canonical:
            continue
        for form in {country.name, common, getattr(country, "official_name", None)}:
            if form and "," not in form and "(" not in form:
                names[form] = canonical
    for short in _historic_countries():  # "Yugoslavia", "Zaire", "USSR": older news names them
        if "(" not in short and short not in names:
            names[short] = aliases.get(short, short)
    for form, canonical in list(names.items()):
        for part in _short_forms(form):
            names.setdefault(part, canonical)
    for alias, canonical in aliases.items():
        names[alias] = canonical
    for abbreviation, state in _states().items():
        if abbreviation.count(".") >= 2:  # "N.J.", "W.Va.": a state's dotted initials name nothing else
            names[abbreviation] = state
    for canonical in set(names.values()):  # "Russia" itself, not only "Russian Federation"
        names.setdefault(canonical, canonical)
    return names


def _short_forms(name: str) -> list[str]:
    """The shorter names news gives a country named for two places ("Bosnia" and "Herzegovina"
    for Bosnia and Herzegovina, "Trinidad", "St Kitts") and "St"/"St." for "Saint" ("St Lucia").
    A group of people ("Turks" of Turks and Caicos Islands) names no place."""
    parts = [p.removeprefix("the ") for p in name.split(" and ")] if name.count(" and ") == 1 else [name]
    forms = [p for p in parts if p not in word_set("group_names.txt")] if len(parts) > 1 else []
    for part in parts:
        if part.startswith("Saint "):
            forms += ["St " + part[6:], "St. " + part[6:]]
    return forms


@cache
def demonyms() -> dict[str, str]:
    """Demonym or adjective (``Japanese``, ``U.S.``) -> canonical country or region name."""
    return {row["demonym"]: row["place"] for row in table("demonyms.tsv")}


@cache
def _derived_demonyms() -> dict[str, str]:
    """Adjectives of nationality formed regularly from a one-word country name, for the countries
    ``data/demonyms.tsv`` does not list: "Zairean", "Rwandan", "Malian", "Nepalese", "Ugandan".
    English forms them with -an, -n, -ian or -ese, after the name or in place of its final vowel.
    The irregular and the -i forms ("Iraqi", "Somali") are in the table; -i is not derived, as it
    makes surnames ("Ghani", "Irani"). Names of more than one word, and an alias's short forms, are
    left out ("Cantonese" is no demonym of the Canton Islands)."""
    names = country_names()
    listed = demonyms()
    derived: dict[str, str] = {}
    for form in sorted({c for _, _, c in _iso_countries()} | set(_historic_countries())):
        if " " in form or not form.isalpha() or len(form) < 4:
            continue
        endings = [form + "an", form + "ian", form + "ese"]
        if form[-1] in "aeoy":
            endings += [form[:-1] + "ian", form[:-1] + "an", form[:-1] + "ese"]
        if form[-1] == "a":
            endings.append(form + "n")
        for word in endings:
            if word not in names and word not in listed:
                derived.setdefault(word, names.get(form, form))
    for form, canonical in names.items():  # "Dominican" is the Dominican Republic's before Dominica's
        if form.split(" ")[0] in derived and " " in form:
            derived[form.split(" ")[0]] = canonical
    return derived


def demonym_place(word: str) -> str | None:
    """The country a demonym or national adjective stands for, listed or regularly formed."""
    return demonyms().get(word) or _derived_demonyms().get(word)


def canonical_place(name: str) -> str | None:
    """The canonical name of a place written as ``name``, or None if it is not a known country."""
    names = country_names()
    found = names.get(name)
    if found is None and not name.isupper():
        found = _folded().get(name.casefold())
    return found


@cache
def _folded() -> dict[str, str]:
    return {k.casefold(): v for k, v in country_names().items() if not k.isupper()}


@cache
def region_names() -> tuple[frozenset[str], frozenset[str]]:
    """Whole region names (``Middle East``) and geographic feature words (``Sea``, ``Strait``)."""
    return names_and_endings("regions.txt")


@cache
def place_phrases() -> dict[tuple[str, ...], str]:
    """Multi-token and single-token surface forms as token tuples -> canonical name.

    All-capital abbreviations are kept as written (``US`` is not ``us``); other forms are
    case-folded. Used to merge ``United States`` into one term.
    """
    from analysis.tokens import tokenize

    phrases: dict[tuple[str, ...], str] = {}
    forms = dict(country_names())
    forms.update({name: name for name in region_names()[0] if " " in name or "-" in name})
    for form, canonical in forms.items():
        words = tuple(t.text if form.isupper() else t.text.casefold() for t in tokenize(form))
        if words:
            phrases[words] = canonical
    return phrases


# a U.S. lawmaker's party and state as AP writes them: "R-Ariz.", "D-N.Y.", "I-Vt.", "R-Texas"
PARTY_TAG = re.compile(r"[RDI]-((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]+\.?)")


def state_name(abbreviation: str) -> str | None:
    """The U.S. state an AP abbreviation stands for ("Ariz." -> Arizona), from ``data/state_abbreviations.tsv``."""
    return _states().get(abbreviation)


@cache
def us_states() -> frozenset[str]:
    """The U.S. states' names written in full ("Kansas", "West Virginia")."""
    return frozenset(_states().values())


def national_side(name: str) -> bool:
    """Does ``name`` name a country, whose sports side is a national team ("Ghana 2 Peru 0"), or a
    region that plays as one (``data/national_sides.txt``: "West Indies")? Not a
    U.S. state or the U.S. capital, which the place lists also know ("New York 4 Boston 2",
    "Washington 103 Detroit 95": clubs), unless a country has that name too ("Georgia")."""
    if name in word_set("national_sides.txt"):
        return True  # "West Indies", "Europe": several nations' one side
    canonical = canonical_place(name)
    return canonical is not None and (canonical not in _state_names() or canonical in _countries())


@cache
def _state_names() -> frozenset[str]:
    return frozenset(_states().values()) | {_aliases().get("D.C.", "")}


@cache
def _countries() -> frozenset[str]:
    """The canonical names of ISO 3166-1 countries."""
    return frozenset(canonical for _, _, canonical in _iso_countries())


def _states() -> dict[str, str]:
    return mapping("state_abbreviations.tsv", "abbreviation", "state")
