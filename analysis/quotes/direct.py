"""Quotations: each quote's speaker and cue, looked for right after the closing mark (``"...," she
said``), before the opening mark in the same sentence (``Smith said: "..."``), after it
(``..., she added.``), in a label (``SMITH: "..."``, a dash line), then left to the paragraph;
and the quoted fragments that are no quotes (scare quotes, titles, nicknames, markup)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from analysis.article import Article, Sentence
from analysis.name_words import title_length
from analysis.quotes.base import (
    _NUMBER_WORDS,
    PRONOUNS,
    Attribution,
    Cue,
    Mention,
    QuoteSpan,
    _cues_between,
    _line_end,
    _sentence_of,
    _token_index,
)
from analysis.quotes.mentions import _cue_subject, _followed_by_that, _mention, _sentence_subject, _subject_after, _subject_before
from analysis.quotes.spans import _MARKS
from analysis.stopwords import stopwords
from analysis.tokens import Token

_PROMOTION = re.compile(r"(?:Follow|Like|Subscribe to)\b.*\b(?:on (?:Twitter|Facebook|Instagram)|@\w+)", re.IGNORECASE)


_TITLE_CONTEXT = frozenset(
    "titled entitled dubbed headlined named show program programme broadcast book "
    "film movie song album series documentary column op-ed newsletter podcast episode "
    "slogan hashtag nickname anthem hymn poem novel clip preview trailer video radio "
    "magazine watched watching watch aired airs hosted hosts appeared appearing "
    "interview".split()
)


def _headline_label(article: Article, tokens: Sequence[Token], start: int) -> tuple[Mention, int] | None:
    """``Sanders: Clinton needs to 'get away ...'``: a name before a colon opening a headline line."""
    line_end = _line_end(article, start)
    colon = next((n for n, t in enumerate(tokens[:6]) if t.text == ":"), None)
    if colon is None or colon == 0 or tokens[colon].start > line_end:
        return None
    if not all(t.kind == "word" and t.text[:1].isupper() for t in tokens[:colon]):
        return None
    mention = _mention(article, tokens, 0, colon)
    return (mention, line_end) if mention is not None else None


def _introduces_next(
    article: Article, tokens: Sequence[Token], cues: Sequence[Cue], inside: Sequence[bool], paragraph
) -> Attribution | None:
    """A paragraph ending in ``X reports:`` or ``X said:`` introduces the next paragraph's quote."""
    if len(tokens) < 2 or tokens[-1].text != ":" or inside[-1]:
        return None
    cue = next((c for c in cues if c.index == len(tokens) - 2), None)
    if cue is None:
        return None
    mention = _subject_before(article, tokens, cue.index, 0)
    if mention is None:
        return None
    return Attribution(cue.start, cue.end, "direct", cue, mention, paragraph=paragraph.index)


def _title_case(article: Article, start: int) -> bool:
    """Is the line at ``start`` written in headline Title Case (three in four words capitalised)?"""
    words = [w for w in article.text[start : _line_end(article, start)].split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.75 * len(words)


def _is_title_line(article: Article, start: int, end: int) -> bool:
    line_end = article.text.find("\n", start, end)
    line = article.text[start : end if line_end < 0 else line_end]
    return len(line.split()) <= 25


def _attribute_quote(
    article: Article,
    tokens: list[Token],
    inside: list[bool],
    cues: list[Cue],
    sentences: list[Sentence],
    q: QuoteSpan,
    known_name: Callable[[Mention], bool],
) -> Attribution:
    open_sentence = _sentence_of(article, sentences, q.open)
    close_sentence = _sentence_of(article, sentences, max(q.close - 1, q.open))
    lo = _token_index(tokens, open_sentence.start) if open_sentence else 0
    hi = _token_index(tokens, close_sentence.end) if close_sentence else len(tokens)
    before_q = _token_index(tokens, q.open)
    after_q = _token_index(tokens, q.close)
    kind = _quote_kind(article, tokens, lo, before_q, q)
    base = Attribution(
        q.start,
        q.end,
        kind,
        None,
        None,
        paragraph=open_sentence.paragraph if open_sentence else 0,
        sentence=open_sentence.index if open_sentence else 0,
        open_ended=not q.closed,
    )
    sentence_cues = [c for c in _cues_between(cues, lo, hi) if c.use != "intent" or _followed_by_that(tokens, c.index)]
    # 1. right after the closing mark: '"...," she said' / '"...," said Smith'
    following = [c for c in sentence_cues if after_q <= c.index <= after_q + 9]
    if following:
        cue = following[0]
        between = range(after_q, cue.index)
        participle = tokens[cue.index].text.endswith("ing") and cue.index > after_q + 1
        if not participle and all(
            not inside[i]
            and (tokens[i].text not in (".", "!", "?", ";") or _glued_stop(tokens, i))
            and tokens[i].text.casefold() not in ("but", "and", "or", "as", "while")
            for i in between
        ):
            if cue.index == after_q or tokens[cue.index - 1].text == ",":
                mention = _subject_after(article, tokens, cue.index, hi) or _subject_before(article, tokens, cue.index, after_q)
            else:
                mention = _subject_before(article, tokens, cue.index, after_q) or _subject_after(article, tokens, cue.index, hi)
            if mention and (mention.start > cue.start or _short_tail(tokens, cue.index, hi)):
                return replace(base, cue=cue, mention=mention)
    # 2. a cue before the quote in the same sentence: 'Smith said: "..."', partial quotes
    preceding = [c for c in sentence_cues if c.index < before_q]
    for cue in reversed(preceding):
        mention = _cue_subject(article, tokens, cue, lo, before_q, inside, cues)
        if mention:
            return replace(base, cue=cue, mention=mention)
    # 3. a cue later in the sentence: 'Taiwan is an "important partner" ..., she added.'
    for cue in (c for c in sentence_cues if c.index >= after_q):
        mention = _subject_before(article, tokens, cue.index, after_q) or _subject_after(article, tokens, cue.index, hi)
        if mention:
            return replace(base, cue=cue, mention=mention)
    # 4. a dash and a name after the quote ('"..." ― Steve Quinlan'), or a transcript label inside it
    dash = _dash_attribution(article, tokens, after_q)
    if dash:
        return replace(base, mention=dash)
    label = _label_inside(article, q)
    if label:
        return replace(base, mention=label)
    # 5. a speaker label: 'Smith:' right before the quote
    label = _colon_label(article, tokens, lo, before_q)
    if label:
        return replace(base, mention=label)
    # 6. no cue at all: the subject of the writer's sentence ('Trump openly admires Putin as a "strong leader"')
    if kind == "partial":
        subject = _sentence_subject(article, tokens, lo, before_q, inside)
        if subject is not None and (
            subject.kind in ("pronoun", "anonymous", "group", "organization")
            or (subject.kind == "name" and (known_name(subject) or _plausible_name(subject)))
        ):
            return replace(base, mention=subject)
    return base


def _plausible_name(mention: Mention) -> bool:
    """A capitalised subject that is not a sentence opener or an adjective (``After``, ``Only European``)."""
    from analysis.places import demonyms

    words = mention.text.split()
    first = words[0].split("-")[0].casefold()
    return first not in stopwords() and first not in _NUMBER_WORDS and not any(w in demonyms() for w in words)


def _glued_stop(tokens: Sequence[Token], i: int) -> bool:
    """A full stop of an abbreviation such as ``R-Ky.,``: glued to the word before, a comma after."""
    return (
        tokens[i].text == "."
        and i > 0
        and tokens[i - 1].end == tokens[i].start
        and i + 1 < len(tokens)
        and tokens[i + 1].text == ","
    )


def _short_tail(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """After ``"...," she said`` only a few words may follow before the clause ends (``on Friday``)."""
    n = 0
    for t in tokens[k + 1 : hi]:
        if t.kind == "punct":
            break
        n += 1
    return n <= 4


def _dash_attribution(article: Article, tokens: Sequence[Token], after_q: int) -> Mention | None:
    """``"..." ― Steve Quinlan``: a dash after the closing mark, then a name."""
    if after_q < len(tokens) and tokens[after_q].text in ("―", "—", "–", "--", "-"):
        j = after_q + 1
        while (
            j < len(tokens)
            and tokens[j].kind == "word"
            and (tokens[j].text[:1].isupper() or title_length(tokens, j) or tokens[j].text in ("'s", "’s"))
            and j - after_q <= 8
        ):
            j += 1
        if j > after_q + 1:
            return _mention(article, tokens, after_q + 1, j)
    return None


_LABEL = re.compile(r"([A-Z][A-Z.'’ -]{1,30}[A-Z.]):\s")


def _label_inside(article: Article, q: QuoteSpan) -> Mention | None:
    """A transcript label opening the quoted text: ``"WALLACE: If I may..."``."""
    m = _LABEL.match(article.text, q.start, q.end)
    if m is None:
        return None
    return Mention(m.start(1), m.end(1), m.group(1), "name")


def _colon_label(article: Article, tokens: Sequence[Token], lo: int, before_q: int) -> Mention | None:
    """A name ending in a colon right before the quote (``Trump: "..."``, transcript ``WALLACE:``)."""
    i = before_q - 1
    if i <= lo or tokens[i].text != ":":
        return None
    mention = _subject_before(article, tokens, i, lo)
    return mention if mention is not None and mention.kind != "nominal" else None


def _quote_kind(article: Article, tokens: Sequence[Token], lo: int, before_q: int, q: QuoteSpan) -> str:
    """direct when the quote stands as an utterance of its own, partial inside the writer's words."""
    if before_q <= lo:
        return "direct"
    previous = tokens[before_q - 1].text
    if previous in (":", ",", "—", "–", "-", "(") or previous in _MARKS:
        return "direct"
    inner = article.text[q.start : q.end]
    if inner[:1].isupper() and inner.rstrip(_MARKS)[-1:] in ".?!," and len(inner.split()) >= 4:
        return "direct"
    return "partial"


def _opens_paragraph(article: Article, paragraph_start: int, q: QuoteSpan) -> bool:
    return not article.text[paragraph_start : q.open].strip()


def _not_a_quote(
    article: Article,
    tokens: Sequence[Token],
    q: QuoteSpan,
    spans: Sequence[QuoteSpan] = (),
    headline: bool = False,
    depth: int = 0,
) -> bool:
    """A quoted fragment that is a title, a nickname or markup rather than speech."""
    inner = article.text[q.start : q.end]
    words = inner.split()
    if inner.startswith("(") and inner.rstrip(".").endswith(")"):
        return True  # a stage direction in a transcript: "(CROSSTALK.)"
    if article.text[max(0, q.open - 3) : q.open].rstrip().endswith("=") or not any(c.isalpha() for c in inner):
        return True  # an HTML attribute value or an id, not speech
    i = _token_index(tokens, q.open)
    j = _token_index(tokens, q.close)
    before = tokens[max(0, i - 4) : i]
    title_case = all(
        w[:1].isupper() or not w[:1].isalpha() or w.casefold() in ("of", "the", "a", "and", "in", "on", "to") for w in words
    )
    after = tokens[j : j + 2]
    k = bisect.bisect_right(spans, q.open, key=lambda p: p.close)
    previous = spans[k - 1] if k else None
    previous_title = (
        previous is not None
        and depth < 2
        and article.text[previous.close : q.open].strip(" ,") in ("and", "or")
        and _not_a_quote(article, tokens, previous, spans, depth=depth + 1)
    )
    possessive = (
        i >= 2
        and tokens[i - 1].text in ("'s", "’s")
        and tokens[i - 2].text[:1].isupper()
        and tokens[i - 2].text.casefold() not in PRONOUNS | {"that", "there", "what", "here", "who"}
    )
    context = {t.text.casefold() for t in before} & _TITLE_CONTEXT or {t.text.casefold() for t in after} & _TITLE_CONTEXT
    if (
        (title_case or headline)
        and len(words) <= 8
        and (
            context
            or possessive
            or previous_title
            or (not headline and i >= 1 and tokens[i - 1].text.casefold() == "on" and len(words) >= 2)
        )
    ):
        return True  # the title of a show, book or article: 'on CNN's "State of the Union"'
    if _PROMOTION.match(inner):
        return True  # "Follow Pam Key on Twitter @pamkeyNEN."
    before_word = article.text[max(0, q.open - 200) : q.open].rstrip().rsplit(None, 1)[-1:] or [""]  # bounded windows
    after_word = article.text[q.close : q.close + 200].lstrip()[:1]
    nickname = not headline and len(words) <= 2 and title_case and before_word[0][:1].isupper() and after_word.isupper()
    return nickname  # Robert C. "Bobby" Scott
