"""News-grade sentence segmentation, rule-based, with character offsets.

The method is the one rule-based segmenters use (the Golden Rules of pySBD, Sadvilkar &
Neumann, NLP-OSS 2020; the orthographic cues of Punkt, Kiss & Strunk, Computational
Linguistics 32(4), 2006), written as one pass over the candidate boundaries:

1. a candidate is a run of ``. ? ! …`` (spaced ellipses included), optionally followed by
   closing quotation marks or brackets, then white space or the end of the paragraph;
2. each candidate is judged by the word before it (a known abbreviation and its class, an
   initial, a multi-period abbreviation such as ``U.S.``, a number, a list marker) and the
   word after it (lower case, a digit, a typical sentence opener, a reporting verb after a
   quoted question);
3. paragraph breaks always end a sentence, and list markers (``1.``, ``b)``, bullets) start one.

Only one regular expression pass and constant work per candidate: linear in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from analysis.resources import mapping, word_set

Span = tuple[int, int]

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"
_CANDIDATE = re.compile(
    r"(?P<run>[.?!…](?:[.?!…]|[ ]\.(?=[ .?!\"'”’)\]»]|$))*)"
    r"(?P<close>[\"'”’)\]»]*)"
    r"(?=\s|$)"
)
_NEXT_WORD = re.compile(r"\s*(\S+)")
_MULTI_PERIOD = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
_NUMBER = re.compile(r"[$€£¥#]?\d[\d.,:/%]*")
_MARKER_VALUE = re.compile(r"(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})")
_BULLETS = "•⁃▪◦‣*-–—"
_ITEM = r"(?:[•⁃▪◦‣*\-–—][ \t]*(?:(?:\d{1,3}|[A-Za-z])(?:\.\)|[.)]))?|(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})(?:\.\)|[.)]))"
_LIST_ITEM = re.compile(_ITEM + r"(?=[ \t])")
_LINE_MARKER = re.compile(r"(?m)(?<=\n)[ \t\r]*" + _ITEM + r"(?=[ \t])")
_INLINE_MARKER = re.compile(r"(?:(?<=\s)|^)(\d{1,2}|[a-z])(?:\.\)|[.)])(?=[ \t]+\S)")
_INLINE_BULLET = re.compile(r"(?<=\s)[•⁃▪◦‣]")
_BREAK = r"(?:\r\n|\r|\n)"  # LF, CRLF and a lone CR all end a line
_BLANK_LINES = re.compile(_BREAK + r"[ \t\f\v]*" + _BREAK + r"\s*")
_LINE_BREAK = re.compile(_BREAK + r"\s*")
_SPEECH_VERBS = frozenset(
    "said says asked asks added adds told tells wrote writes replied replies shouted "
    "cried wondered exclaimed explained insisted".split()
)
_TIME_ABBREVIATIONS = frozenset({"a.m", "p.m", "A.M", "P.M"})
_TIME_FOLLOWERS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday local".split()) | word_set("time_zones.txt")
_FRAGMENT_OPENERS = frozenset("at by around about after before from until on in".split())


@cache
def _abbreviations() -> dict[str, str]:
    return mapping("abbreviations.tsv", "abbreviation", "class")


@cache
def _sentence_openers() -> frozenset[str]:
    return word_set("sentence_openers.txt")


def abbreviation_class(word: str) -> str | None:
    """The class of a known abbreviation (``title``, ``number``, ...) or None."""
    table = _abbreviations()
    found = table.get(word)
    if found is None and word:
        found = table.get(word[0].upper() + word[1:])
    return found


def paragraph_spans(text: str, start: int = 0, end: int | None = None, lines_if_no_blank: bool = False) -> list[Span]:
    """(start, end) of every blank-line separated paragraph, white space trimmed.

    With ``lines_if_no_blank``, a text without any blank line (one paragraph per line) is split
    at its line breaks instead.
    """
    end = len(text) if end is None else end
    spans = []
    gaps = _BLANK_LINES
    if lines_if_no_blank and not _BLANK_LINES.search(text, start, end):
        gaps = _LINE_BREAK
    for gap in gaps.finditer(text, start, end):
        spans.append(_trim(text, start, gap.start()))
        start = gap.end()
    spans.append(_trim(text, start, end))
    return [s for s in spans if s[1] > s[0]]


def line_spans(text: str, start: int, end: int) -> list[Span]:
    """(start, end) of every non-blank line in ``text[start:end]``, trimmed."""
    spans = []
    pos = start
    while pos < end:
        found = _LINE_BREAK.search(text, pos, end)
        stop = found.start() if found else end
        a, b = _trim(text, pos, stop)
        if b > a:
            spans.append((a, b))
        pos = found.end() if found else end
    return spans


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph or more) as (start, end) spans.

    Paragraph breaks (blank lines) always end a sentence.
    """
    spans: list[Span] = []
    for a, b in paragraph_spans(text, start, end):
        spans.extend(_paragraph_sentences(text, a, b))
    return spans


def _paragraph_sentences(text: str, start: int, end: int) -> Iterator[Span]:
    """Sentences of one paragraph."""
    forced = _list_boundaries(text, start, end)
    cuts: list[int] = []
    sentence_start = start
    forced_iter = iter(forced)
    next_forced = next(forced_iter, None)
    for m in _CANDIDATE.finditer(text, start, end):
        cut = m.end()
        while next_forced is not None and next_forced <= m.start("run"):
            cuts.append(next_forced)
            sentence_start = next_forced
            next_forced = next(forced_iter, None)
        if cut >= end:
            break
        if _is_boundary(text, m, end, sentence_start):
            cuts.append(cut)
            sentence_start = cut
    while next_forced is not None:
        cuts.append(next_forced)
        next_forced = next(forced_iter, None)
    cuts.sort()
    previous = start
    for cut in [*cuts, end]:
        a, b = _trim(text, previous, cut)
        if b > a:
            yield a, b
        previous = max(previous, cut)


def _list_boundaries(text: str, start: int, end: int) -> list[int]:
    """Positions where a list item or bullet starts a new sentence inside a paragraph."""
    found: list[int] = []
    if text.find("\n", start, end) >= 0:
        items = [_trim(text, m.start(), end)[0] for m in _LINE_MARKER.finditer(text, start, end)]
        if _LIST_ITEM.match(text, start, end):
            items.append(start)
        if len(set(items)) >= 2:
            found.extend(items)
    found.extend(m.start() for m in _INLINE_BULLET.finditer(text, start, end))
    expected, run = None, []
    for m in _INLINE_MARKER.finditer(text, start, end):
        value = m.group(1)
        if value in ("1", "a"):
            if len(run) >= 2:
                found.extend(run[1:])
            # a list starts its paragraph or follows a finished sentence; "demanded 1) a ceasefire,
            # 2) aid and 3) talks" is one sentence that enumerates
            opens = text[start : m.start()].rstrip().rstrip(_CLOSERS)
            if opens and opens[-1] not in ".?!:…":
                run, expected = [], None
                continue
            run, expected = [m.start()], _successor(value)
        elif value == expected:
            run.append(m.start())
            expected = _successor(value)
    if len(run) >= 2:
        found.extend(run[1:])
    return sorted({p for p in found if p > start})


def _successor(value: str) -> str:
    return str(int(value) + 1) if value.isdigit() else chr(ord(value) + 1)


def _is_boundary(text: str, m: re.Match[str], end: int, sentence_start: int) -> bool:
    """Does the candidate ``m`` end a sentence?"""
    run, closers = m.group("run"), m.group("close")
    following = _NEXT_WORD.match(text, m.end(), end)
    if following is None:
        return True
    nxt = following.group(1)
    first = nxt[0]
    bare_next = nxt.lstrip(_OPENERS)
    lower_next = first.islower() and not any(c.isupper() for c in nxt[1:])
    if "?" in run or "!" in run:
        if lower_next:
            return False
        return not (closers and _reporting_verb_follows(text, following.end(), end))
    dots = run.count(".") + 3 * run.count("…")
    if dots >= 3:
        if lower_next:
            return False
        return dots >= 4 or (first.isupper() and nxt != "I") or first in '"“'
    raw_word = _word_before(text, m.start())
    word = raw_word.lstrip(_OPENERS + _BULLETS)
    word_start = m.start() - len(raw_word)
    if "-" in word and _word_kind(word) == "word":
        word = word.rsplit("-", 1)[1]  # "Sino-U.S. relationship": the abbreviation is the last part
    if lower_next:
        if closers or not word:
            return False
        return _word_kind(word) == "word"
    kind = _word_kind(word)
    if _is_list_marker(text, word_start, word, sentence_start):
        return False
    if _MARKER_VALUE.fullmatch(word) and text[sentence_start:word_start].rstrip().endswith(":"):
        return False  # "Constructors: 1. Williams 175 points 2. Ferrari 70": a list's first item after its colon
    if first.isdigit():
        # "No. 1", "Jan. 12", and "Intel Corp. 386 chips" (news spells out a number that opens a sentence)
        return kind not in ("title", "number", "month", "suffix", "state", "multi")
    if kind in ("title", "initial"):
        if word == "I":
            return not _previous_word(text, word_start).istitle()
        return False
    if kind in ("suffix", "state", "multi"):
        # an abbreviation may end a sentence; what follows decides
        opener = bare_next.rstrip(".,;:").lower()
        if word in _TIME_ABBREVIATIONS:
            return (
                bare_next.rstrip(".,;:") not in _TIME_FOLLOWERS
                and not _zone_follows(text, following.end(), end)
                and not _is_fragment(text, sentence_start, word_start)
            )
        if opener in _sentence_openers() or first in '"“' or nxt.endswith(":"):
            return True  # "in the U.S. However, ...", "Washington D.C. Image: ..."
        if abbreviation_class(bare_next.rstrip(".")) == "title" and bare_next.endswith("."):
            return True  # "Tiger International Inc. Mr. Wolf's ..."
        # AP style sets a state off with commas ("Hartford, Conn., said"): a capital after it starts a sentence
        return kind == "state" and first.isupper()
    return True


def _word_kind(word: str) -> str:
    """What the token before a full stop is: abbreviation class, initial, number or word."""
    if not word:
        return "empty"
    found = abbreviation_class(word)
    if found:
        return found
    if len(word) == 1 and word.isalpha():
        return "initial"
    if _MULTI_PERIOD.fullmatch(word):
        return "multi"
    if _NUMBER.fullmatch(word):
        return "numeral"
    return "word"


def _is_list_marker(text: str, word_start: int, word: str, sentence_start: int) -> bool:
    """A ``1.`` / ``a.`` / ``iv.`` standing first in its sentence (after an optional bullet)."""
    if not _MARKER_VALUE.fullmatch(word):
        return False
    before = text[sentence_start:word_start].strip()
    return before == "" or (len(before) == 1 and before in _BULLETS)


def _word_before(text: str, pos: int) -> str:
    """The non-space characters that end at ``pos`` (the word a full stop is glued to)."""
    begin = pos
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:pos]


def _previous_word(text: str, pos: int) -> str:
    """The white-space separated word that ends before ``pos``."""
    stop = pos
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > 0 and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:stop].strip(_OPENERS + _CLOSERS + ",;:")


def _reporting_verb_follows(text: str, pos: int, end: int) -> bool:
    """After a quoted question: do the next few words say who asked (``"Why?" Smith asked``)?"""
    words = text[pos : min(end, pos + 60)].split()[:3]
    return any(w.strip(".,;:") in _SPEECH_VERBS for w in words)


def _zone_follows(text: str, pos: int, end: int) -> bool:
    """``1:30 p.m. Chicago time``: a place and "time" after a clock time."""
    words = text[pos : min(end, pos + 40)].split()[:1]
    return bool(words) and words[0].rstrip(".,;:") == "time"


def _is_fragment(text: str, sentence_start: int, pos: int) -> bool:
    """Is the sentence so far only a short opening phrase (``At 5 a.m.``)?"""
    words = text[sentence_start:pos].split()
    return len(words) <= 4 and bool(words) and words[0].lower() in _FRAGMENT_OPENERS


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
