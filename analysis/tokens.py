"""Word tokens with character offsets, tuned for news text.

Keeps ``U.S.``, ``a.m.``, ``Ph.D.``, titles such as ``Mr.``, hyphenated words
(``cross-strait``), numbers (``23``, ``1.5``, ``2,000``), URLs and e-mail addresses whole;
splits a possessive ``'s`` off its word (``Kamikawa's`` -> ``Kamikawa`` + ``'s``), and reads
one already set apart (``Kamikawa 's``, as tokenised corpora write it) the same way.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from analysis.resources import lines
from analysis.sentences import abbreviation_class


class Token(NamedTuple):
    """One token: ``text[start:end] == token.text``; kind is word, number, punct, url or email."""

    start: int
    end: int
    text: str
    kind: str


def _mark_class() -> str:
    """A regular-expression class of every combining mark (accents written as separate code
    points, as in NFD text), from ``data/combining_marks.txt``."""
    ranges = (line.split("-") for line in lines("combining_marks.txt"))
    return "[" + "".join(f"{chr(int(a, 16))}-{chr(int(b, 16))}" for a, b in ranges) + "]"


MARKS = _mark_class()  # a combining mark is part of the word it follows

_TOKEN = re.compile(
    r"(?P<url>(?:https?://|www\.)[^\s<>\"“”]+?(?=[.,;:!?)\]\"'”’]*(?:\s|$)))"
    r"|(?P<email>(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+)"  # one try per run: linear on "....."
    r"|(?P<abbr>(?:[A-Za-z][a-z]?\.){2,})"
    r"|(?P<compound>\d+(?:-[^\W\d_]+)+)"
    r"|(?P<number>\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|%)?)"
    r"|(?P<word>[^\W\d_](?:[\w]|(?=[^\x00-\u02ff])" + MARKS + r"|[-'’](?=[^\W_]))*\.?)"  # no mark below U+0300
    r"|(?P<possessive>(?<=\w )['’][sS](?!\w))"  # "Leicester 's": a possessive set apart, as tokenised corpora write it
    r"|(?P<punct>\.{3}|[^\w\s])",
)
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z]")
_POSSESSIVE = re.compile(r"(?<=\w)['’][sS]$")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        a, b = m.span()
        value = m.group()
        if kind in ("abbr", "compound", "possessive"):
            kind = "word"
        elif kind == "word":
            if value.endswith("."):
                # keep the full stop on a known abbreviation (Mr., Gen., Inc.) and on an initial
                # followed by a capitalised word ("Laurence H. Tribe")
                initial = len(value) == 2 and value[0].isupper() and _CAPITAL_NEXT.match(text, b, end)
                if (abbreviation_class(value[:-1]) and len(value) > 2) or initial:
                    tokens.append(Token(a, b, value, "word"))
                    continue
                b -= 1
                value = value[:-1]
                tokens.extend(_split_possessive(a, b, value))
                tokens.append(Token(b, b + 1, ".", "punct"))
                continue
            if value[-1] in "sS":
                tokens.extend(_split_possessive(a, b, value))
            else:  # no possessive to split off (most words)
                tokens.append(Token(a, b, value, "word"))
            continue
        tokens.append(Token(a, b, value, kind))
    return tokens


def _split_possessive(start: int, end: int, value: str) -> list[Token]:
    m = _POSSESSIVE.search(value)
    if not m or m.start() == 0:
        return [Token(start, end, value, "word")]
    cut = start + m.start()
    return [Token(start, cut, value[: m.start()], "word"), Token(cut, end, value[m.start() :], "word")]


def nfc(text: str) -> str:
    """NFC-normalised text: "Café" written with a combining accent equals the precomposed one."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)  # ASCII is always NFC


def fold(text: str) -> str:
    """The form words are matched and counted in: NFC-normalised and case-folded."""
    return nfc(text).casefold()
