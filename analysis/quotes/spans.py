"""Quotation marks, paired per line the way news is written: straight ``"``, curly ``“ ”``, and
``''`` used as a double quote; a quote still open at the end of a paragraph ends there (the next
paragraph reopens it); stray and unbalanced marks never swallow text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from analysis.quotes.base import QuoteSpan
from analysis.tokens import Token

_DQ = re.compile(r"''(?!')|[\"“”]")


_SQ_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")


_SQ_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")


_MARKS = "\"“”‘’'`«»"


def quote_spans(text: str, start: int = 0, end: int | None = None, single_quotes: bool = False) -> list[QuoteSpan]:
    """Quoted segments of ``text[start:end]``, paired line by line; never raises."""
    end = len(text) if end is None else end
    spans: list[QuoteSpan] = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        spans.extend(_line_quotes(text, pos, stop))
        if single_quotes:
            spans.extend(_single_quotes(text, pos, stop, spans))
        pos = stop + 1
    return sorted((s for s in spans if s.end > s.start), key=lambda s: s.start)


def _line_quotes(text: str, start: int, end: int) -> list[QuoteSpan]:
    out = []
    open_at = open_mark = None
    family = nested = False
    for m in _DQ.finditer(text, start, end):
        mark, i, curly = m.group(), m.start(), m.group() in "“”"
        glued = i > start and not text[i - 1].isspace()
        if open_at is None:
            if mark != "”" or not glued:
                open_at, open_mark, family, nested = m.end(), i, curly, False
        elif nested:
            nested = mark == "“"
        elif (mark == "“" or curly != family) and not glued:
            nested = True
        else:
            out.append(_trimmed(text, open_at, i, open_mark, m.end(), True))
            open_at = None
    if open_at is not None:
        out.append(_trimmed(text, open_at, end, open_mark, end, False))
    return out


def _single_quotes(text: str, start: int, end: int, found: list[QuoteSpan]) -> list[QuoteSpan]:
    """Headline style 'quotes' in single marks (only asked for on a headline line)."""
    out, pos = [], start
    while (m := _SQ_OPEN.search(text, pos, end)) and (c := _SQ_CLOSE.search(text, m.end(), end)):
        span = _trimmed(text, m.end(), c.start(), m.start(), c.end(), True)
        if not any(s.start < span.end and span.start < s.end for s in found):
            out.append(span)
        pos = c.end()
    return out


def _trimmed(text: str, start: int, end: int, open_: int, close: int, closed: bool) -> QuoteSpan:
    while start < end and (text[start].isspace() or text[start] in _MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS):
        end -= 1
    return QuoteSpan(start, end, open_, close, closed)


def inside_quotes(tokens: Sequence[Token], spans: Sequence[QuoteSpan]) -> list[bool]:
    """For each token (in order), whether it lies inside one of the quotation ``spans`` (in order)."""
    flags = []
    k = 0
    for t in tokens:
        while k < len(spans) and spans[k].close <= t.start:
            k += 1
        flags.append(k < len(spans) and spans[k].open <= t.start < spans[k].close)
    return flags
