"""Build ``analysis/data/companies.txt``, the listed companies the entity rules know by name.

    pip install -e '.[train]' && python tools/build_companies.py   # pytickersymbols 1.17.10

Source: ``pytickersymbols`` 1.17.10 (MIT licence, copyright (c) 2023 portfolio+), which lists the
members of 23 stock indices (S&P 500, S&P 600, NASDAQ 100, Dow Jones, FTSE 100, DAX, MDAX, SDAX,
TecDAX, CAC 40, CAC Mid 60, IBEX 35, AEX, BEL 20, Euro Stoxx 50, Switzerland 20, OMX Helsinki 25,
OMX Stockholm 30, Nikkei 225, ...). Each company is listed by the name news uses for it: the legal
form dropped ("Apple Inc." -> "Apple", "Swiss Reinsurance Company Ltd" -> "Swiss Reinsurance"),
since wire copy writes the suffix its own way or not at all ("Bayer", "Siemens AG", "Hitachi Ltd").
A one-word name that is also an English word or a proper noun of Webster's Second International
Dictionary (``english-words`` 2.0.2, MIT licence: its "web2" list) is left out ("Apple", "Target",
"Shell", "Amazon", "Douglas"): such a word names the company only where the text says so.
Acronyms stay ("SAP", "ABB"), but not one that is a very common word ("NOW"). The rules still
decide a name with a given name first ("Walt Disney") by the text. One name per line, sorted.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.frequency import zipf_frequency  # noqa: E402
from analysis.name_words import VERY_COMMON_WORD_ZIPF  # noqa: E402

OUT = ROOT / "analysis" / "data" / "companies.txt"
# legal forms and their abbreviations at the end of a company's name, dropped (repeatedly:
# "Holdings, Inc." keeps "Holdings"; "Company Ltd" loses both)
LEGAL = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Ltd\.?|Limited|plc|PLC|Plc|AG|SE|SA|S\.A\.|NV|N\.V\.|"
    r"AB|ASA|Oyj|Abp|A/S|KGaA|& Co\. KGaA|GmbH|S\.p\.A\.|SpA|LLC|L\.P\.|LP|Group plc|Holdings plc))+$"
)
HEADER = """# Listed companies by the name news uses for them, for the entity rules: a name listed here is a
# company unless the text says otherwise ("in Toyota", a place; a given name first, a person).
# Provenance: built by tools/build_companies.py from pytickersymbols 1.17.10 (MIT licence,
# Copyright (c) 2023 portfolio+; https://github.com/portfolioplus/pytickersymbols): the members
# of 23 stock indices in Europe, the U.S. and Japan, legal forms ("Inc.", "plc", "AG") dropped.
# One-word names that are English words or other proper nouns in Webster's Second (english-words
# 2.0.2, MIT licence, "web2") are left out: "Apple", "Target", "Amazon".
"""


def core_name(name: str) -> str:
    """The name without its legal form or a leading "The" ("The Coca-Cola Company" -> "Coca-Cola")."""
    name = unicodedata.normalize("NFC", name).strip()
    name = re.sub(r"^The\s+", "", name)
    name = re.sub(r"\s*\([^)]*\)", "", name)  # "Buckle (clothing retailer)", "Clearway Energy, Inc. (Class A)"
    return LEGAL.sub("", name).strip(" ,&")


def names() -> list[str]:
    from english_words import get_english_words_set
    from pytickersymbols import PyTickerSymbols

    dictionary = get_english_words_set(["web2"], lower=False)
    data = PyTickerSymbols()
    found = set()
    for index in data.get_all_indices():
        for company in data.get_stocks_by_index(index):
            core = core_name(company["name"])
            if len(core) < 2 or not any(c.isalpha() for c in core):
                continue
            if " " not in core and not core.isupper() and (core in dictionary or core.lower() in dictionary):
                continue  # "Apple", "Target", "Amazon": a word, or another name, before a company
            if core.isupper() and zipf_frequency(core.lower()) >= VERY_COMMON_WORD_ZIPF:
                continue  # "NOW": a shouted word more often than a ticker
            found.add(core)
    return sorted(found)


def main() -> None:
    listed = names()
    OUT.write_text(HEADER + "".join(f"{n}\n" for n in listed), encoding="utf-8")
    print(f"{len(listed)} companies -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
