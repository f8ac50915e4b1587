"""Quotations and reported speech, each with its cue (reporting verb) and resolved speaker.

A rule-based attribution extractor for news, in the line of Pareti's attribution relations
(PARC, LREC 2012; Source / Cue / Content), BBC citron and the GenderGapTracker quote
extractor (Asr et al., PLOS ONE 2021), without their parsers and neural coreference:

1. **Quotation marks** are paired per line the way news is written: straight ``"``, curly
   ``“ ”``, and ``''`` used as a double quote; a quote still open at the end of a paragraph
   ends there (the next paragraph reopens it); stray and unbalanced marks never swallow text.
2. **Cues and speakers**: reporting verbs from ``data/reporting_verbs.tsv``. For each quote the
   speaker mention is looked for right after the closing mark (``"...," she said`` /
   ``said Smith``), before the opening mark in the same sentence (``Smith said: "..."``,
   partial quotes inside the writer's sentence), after it in the same sentence (``..., she
   added.``), then in the paragraph (a quote attributed elsewhere in it), then in the previous
   paragraph (a speaker's turn running on without a new verb).
3. **Reported speech**: ``X said (that) ...``, ``..., X said.``, ``according to X, ...`` give
   ``indirect`` records whose span is the reported content.
4. **Resolution**: names join the first full name of the person (``Kamikawa`` -> ``Yoko
   Kamikawa``), ``he``/``she`` the most recent compatible speaker or person, ``they`` the most
   recent group, role nouns (``the minister``) the person holding that role; unnamed sources
   keep their phrase (``Sources close to bilateral relations``).

Quoted fragments without any attribution that look like scare quotes, titles, nicknames or
markup attributes are not quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from analysis import attribution_model, crf
from analysis.article import Article, Sentence
from analysis.callable import make_callable
from analysis.entities import Entity, Registry, build_registry
from analysis.names import capitalised_runs, common_word, segment_run, title_length
from analysis.resources import mapping, table
from analysis.stopwords import stopwords
from analysis.tokens import Token

SECTIONS = ("headline", "body")
_DQ = re.compile(r"''(?!')|[\"“”]")
_SQ_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘](?=\w)")
_SQ_CLOSE = re.compile(r"(?<=[\w.,!?])['’](?=[\s.,;:!?)\]—–-]|$)")
_MARKS = "\"“”‘’'`«»"
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "it"})
_PLURAL_PRONOUNS = frozenset({"they", "we"})
_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "also later then again previously further repeatedly recently separately often once earlier has had have "
    "would will was is did does had not never first last initially subsequently publicly privately reportedly "
    "frequently simply flatly quickly even still already just may might could should must can".split()
)
_NP_BOUNDARIES = frozenset(
    "that which who whom whose what how why when where while as if because although though but or so than after before since "
    "until unless whether is are was were be been being has have had do does did will would can could should may "
    "might must not".split()
)
_POSTMODIFIER_LINKS = frozenset("of for from at to with in on by close familiar and".split())
_DETERMINERS = frozenset(
    "the a an these those one two three four five several many some both other another most all each every".split()
)
_SCARE_QUOTE_WORDS = 6
_PROMOTION = re.compile(r"(?:Follow|Like|Subscribe to)\b.*\b(?:on (?:Twitter|Facebook|Instagram)|@\w+)", re.IGNORECASE)
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][A-Za-z.]*")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten dozen several".split())
_POSSESSIVES = frozenset("his her their its our my your".split())
_NOT_SPEAKERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening "
    "night week weekend month year earlier later democratic republican democrat gop liberal conservative".split()
)
_TELL_VERBS = frozenset(
    "tell tells told telling assure assured inform informed remind reminded warn warned urge urged ask asked".split()
)
_NOT_CLAUSE_STARTS = frozenset(
    "is are was were has have had will would can could may might must be being been do "
    "does did with to on in for about at by from of into over against".split()
)
_OPENING_PREPOSITIONS = frozenset(
    "in on at after before during while when as with without for following since despite although though if".split()
)
_TITLE_CONTEXT = frozenset(
    "titled entitled dubbed headlined named show program programme broadcast book "
    "film movie song album series documentary column op-ed newsletter podcast episode "
    "slogan hashtag nickname anthem hymn poem novel clip preview trailer video radio "
    "magazine watched watching watch aired airs hosted hosts appeared appearing "
    "interview".split()
)


@dataclass(frozen=True)
class Mention:
    """A speaker mention: its span, text and what kind of phrase it is."""

    start: int
    end: int
    text: str
    kind: str  # name, pronoun, anonymous, group, organization, nominal


@dataclass(frozen=True)
class Cue:
    """A reporting verb (or ``according to``, or a colon after a name) and its token index."""

    start: int
    end: int
    text: str
    index: int
    use: str  # content or quote


@dataclass(frozen=True)
class Attribution:
    """One quotation or reported-speech record, with offsets into the article text."""

    start: int
    end: int
    kind: str  # direct, partial or indirect
    cue: Cue | None
    mention: Mention | None
    speaker: str | None = None
    speaker_type: str | None = None
    paragraph: int = 0
    sentence: int = 0
    open_ended: bool = False  # the quotation runs on into the next paragraph


@dataclass(frozen=True)
class QuoteSpan:
    """Quoted text ``[start, end)`` (marks excluded) and the marks' outer span ``[open, close)``."""

    start: int
    end: int
    open: int
    close: int
    closed: bool


@cache
def _cues() -> dict[str, str]:
    return mapping("reporting_verbs.tsv", "form", "use")


@cache
def _source_heads() -> dict[str, str]:
    return {row["head"]: row["type"] for row in table("source_heads.tsv")}


# --- quotation marks -------------------------------------------------------------------


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


# --- cues and speaker mentions ----------------------------------------------------------


def _find_cues(
    tokens: Sequence[Token], inside: Sequence[bool], title_line: Callable[[int], bool] = lambda pos: False
) -> list[Cue]:
    cues = []
    table_ = _cues()
    for i, t in enumerate(tokens):
        if inside[i] or t.kind != "word":
            continue
        key = t.text.casefold()
        if key == "according" and i + 1 < len(tokens) and tokens[i + 1].text.casefold() == "to":
            cues.append(Cue(t.start, tokens[i + 1].end, "according to", i, "content"))
        elif key in table_:
            if key in ("state", "states") or _used_as_noun(tokens, i):
                continue
            if t.text[:1].isupper() and i > 0 and tokens[i - 1].text[:1].isupper() and not title_line(t.start):
                continue  # "The Laura Ingraham Show": part of a name, not a verb
            cues.append(Cue(t.start, t.end, t.text, i, table_[key]))
    return cues


def _used_as_noun(tokens: Sequence[Token], i: int) -> bool:
    """``the report``, ``a claim``, ``his call``: a cue form preceded by a determiner is a noun."""
    return i > 0 and tokens[i - 1].text.casefold() in (
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "'s",
        "’s",
        "whose",
    )


def _subject_before(article: Article, tokens: Sequence[Token], k: int, lo: int) -> Mention | None:
    """The speaker phrase ending just before token ``k`` (skipping adverbs and an appositive)."""
    lo = max(lo, k - _LOOKBACK)  # a subject this far from its verb is no subject: keeps the scan bounded
    i = k - 1
    while i >= lo and (tokens[i].text.casefold() in _BETWEEN_SUBJECT_AND_VERB or _is_ly_adverb(tokens[i])):
        i -= 1
    if i >= lo and tokens[i].text == ",":
        named = _name_between_commas(article, tokens, i, lo)
        if named is not None:
            return named
        i = _skip_appositive(tokens, i, lo)
    if i >= lo and tokens[i].text == ")":
        i = _skip_parenthesis(tokens, i, lo)
    if i < lo:
        return None
    if tokens[i].text.casefold() == "who" and i > lo:
        antecedent = _subject_before(article, tokens, i - 1 if tokens[i - 1].text == "," else i, lo)
        if antecedent is not None:  # "Stevie Wonder, who joked": the mention is "who", the speaker its antecedent
            return Mention(tokens[i].start, tokens[i].end, antecedent.text, antecedent.kind)
    j = i + 1
    stretch_start = i
    while stretch_start >= lo and stretch_start > i - 10:
        t = tokens[stretch_start]
        key = t.text.casefold()
        if t.kind not in ("word", "number") and t.text not in ("'s", "’s"):
            break
        if key in _NP_BOUNDARIES or (key in _cues() and stretch_start != i and not _after_of(tokens, stretch_start)):
            break
        if (
            key == "and"
            and not (stretch_start > lo and tokens[stretch_start - 1].text[:1].isupper())
            and not _coordinated_description(tokens, stretch_start, lo)
        ):
            break
        stretch_start -= 1
    stretch_start += 1
    if stretch_start >= j:
        return None
    return _mention(article, tokens, stretch_start, j)


def _name_between_commas(article: Article, tokens: Sequence[Token], comma: int, lo: int) -> Mention | None:
    """``Apple's chief executive, Tim Cook, called``: the name set off by commas is the speaker."""
    i = comma - 1
    while i >= lo and tokens[i].kind == "word" and tokens[i].text[:1].isupper() and comma - i <= 4:
        i -= 1
    if i >= lo and tokens[i].text == "," and i + 1 < comma and comma - i - 1 >= 2:
        return _mention(article, tokens, i + 1, comma)
    return None


def _after_of(tokens: Sequence[Token], i: int) -> bool:
    """A cue form used as a noun inside a phrase: "Secretary of State", "the report"."""
    return i > 0 and (tokens[i - 1].text.casefold() in ("of", "for") or _used_as_noun(tokens, i))


def _coordinated_description(tokens: Sequence[Token], and_index: int, lo: int) -> bool:
    """``the former secretary of state and current ... nominee``: "and" inside one description
    that starts with "the" right after a boundary."""
    for i in range(and_index - 1, max(lo - 1, and_index - 7), -1):
        t = tokens[i]
        if t.kind != "word":
            return False
        if t.text.casefold() == "the":
            return i == lo or tokens[i - 1].kind == "punct" or tokens[i - 1].text.casefold() in _NP_BOUNDARIES
    return False


def _skip_parenthesis(tokens: Sequence[Token], close: int, lo: int) -> int:
    """``Rep. John Mica (R-Fla.) said``: jump back over a short parenthesis."""
    i = close - 1
    while i >= lo and tokens[i].text != "(" and close - i <= 8:
        i -= 1
    return i - 1 if i >= lo and tokens[i].text == "(" else close


def _skip_appositive(tokens: Sequence[Token], comma: int, lo: int) -> int:
    """``Hugh Hill, a doctor, said``: from the comma before the verb, jump over ``, a doctor``."""
    i = comma - 1
    while i >= lo and tokens[i].text not in (",", "(", '"', "“", "”") and comma - i <= 24:
        i -= 1
    if i >= lo and tokens[i].text == "," and i + 1 < comma:
        segment = "".join(t.text for t in tokens[i + 1 : comma])
        if _PARTY_TAG.fullmatch(segment):
            return i - 1  # "Mitch McConnell, R-Ky., said"
        first = tokens[i + 1].text.casefold()
        if first in ("a", "an", "the", "who") or tokens[i + 1].text.islower() or first.isdigit():
            return i - 1
    return comma  # not an appositive: the comma ends the search


def _is_ly_adverb(token: Token) -> bool:
    return token.kind == "word" and token.text.islower() and token.text.endswith("ly") and len(token.text) > 4


def _subject_after(article: Article, tokens: Sequence[Token], k: int, hi: int) -> Mention | None:
    """The speaker phrase right after a cue (``said Smith``, ``said the official``)."""
    i = k + 1
    if i < hi and tokens[i].text.casefold() in ("to",) and tokens[k].text.casefold() == "according":
        i += 1
    if i >= hi:
        return None
    first = tokens[i]
    if first.text.casefold() in PRONOUNS:
        return _mention(article, tokens, i, i + 1)
    j = i
    while j < hi and j - i < 10:
        t = tokens[j]
        key = t.text.casefold()
        if t.kind not in ("word", "number") and t.text not in ("'s", "’s"):
            break
        if j > i and (
            key
            in (
                "that",
                "in",
                "on",
                "at",
                "during",
                "after",
                "before",
                "when",
                "while",
                "who",
                "which",
                "as",
                "last",
                "this",
                "earlier",
            )
            or key in _cues()
        ):
            break
        j += 1
    if j == i:
        return None
    according = tokens[k].text.casefold() in ("according", "to")
    if not (
        according
        or first.text[:1].isupper()
        or first.text[:1].isdigit()
        or first.text.casefold() in _DETERMINERS
        or first.text.casefold() in _source_heads()
    ):
        return None
    return _mention(article, tokens, i, j)


_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_QUANTITY = frozenset("hundred hundreds thousand thousands million millions billion billions trillion percent per cent".split())
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _not_a_source(words: Sequence[str], keys: Sequence[str]) -> bool:
    """Phrases that never speak: numbers and amounts ("Four", "48 million"), dates ("April"),
    plural acronyms of things ("GCSEs"). "Two officials" still speaks: it has a source head."""
    heads = _source_heads()
    if any(k in heads for k in keys):
        return False
    if all(k[:1].isdigit() or k in _NUMBER_WORDS or k in _QUANTITY or k in ("one", "a", "$") for k in keys):
        return True
    if all(k.rstrip(".") in _CALENDAR or k[:1].isdigit() for k in keys):
        return True
    return len(words) == 1 and bool(_PLURAL_ACRONYM.fullmatch(words[0]))


def _mention(article: Article, tokens: Sequence[Token], i: int, j: int) -> Mention | None:
    """Classify the phrase ``tokens[i:j]`` as a speaker mention (None if it cannot be one)."""
    while j > i and tokens[j - 1].text.casefold() in _NOT_SPEAKERS:
        j -= 1
    if j <= i:
        return None
    words = [t.text for t in tokens[i:j]]
    keys = [w.casefold() for w in words]
    if _not_a_source(words, keys):
        return None
    if keys[-1] in PRONOUNS and (len(words) == 1 or not words[-2][:1].isupper()):
        # "she", and "then I" / "so he" (a connective the tagger took into the source)
        if keys[-1] == "you":
            return None
        return Mention(tokens[j - 1].start, tokens[j - 1].end, words[-1], "pronoun")
    # a name at the end of the phrase, unless the phrase is "the leaders of Japan and China"
    r = j
    while r > i and (tokens[r - 1].text[:1].isupper() or tokens[r - 1].text in ("'s", "’s")) and tokens[r - 1].kind == "word":
        r -= 1
    if r < j and tokens[j - 1].text not in ("'s", "’s"):
        r0 = r
        while r0 > i and tokens[r0 - 1].text.casefold() in _DETERMINERS:
            r0 -= 1
        linked = r0 > i and tokens[r0 - 1].text.casefold() in _POSTMODIFIER_LINKS
        if not linked:
            start = r
            # keep a lower-case title right before the name ("spokesman John Kirby")
            return Mention(tokens[start].start, tokens[j - 1].end, article.text[tokens[start].start : tokens[j - 1].end], "name")
    if not (
        words[0][:1].isupper()
        or keys[0] in _DETERMINERS
        or keys[0] in _POSSESSIVES
        or keys[0][:1].isdigit()
        or any(k in _source_heads() for k in keys)
    ):
        return None  # no head a speaker could be ("come to", "failed to")
    text = article.text[tokens[i].start : tokens[j - 1].end]
    heads = _source_heads()
    first_link = next((n for n, k in enumerate(keys) if n > 0 and k in _POSTMODIFIER_LINKS), len(keys))
    head_words = keys[:first_link]
    kind = "nominal"
    for key in reversed(head_words):
        if key in heads:
            kind = heads[key]
            break
    if kind in ("anonymous", "group") and keys[0] == "the" and any(k.isdigit() or k in ("two", "three", "both") for k in keys):
        kind = "group"
    elif kind == "anonymous" and keys[0] == "the" and head_words[-1] in heads and not head_words[-1].endswith("s"):
        kind = "nominal"
    if keys[0] in ("both",) or (keys[0] == "the" and len(keys) > 2 and keys[1] in _NUMBER_WORDS):
        kind = "group"
    if all(w[:1].isupper() for w in words if w.casefold() not in ("of", "the", "for", "and")) and not (
        len(keys) == 1 and keys[0] in heads  # "Residents said": capitalised only because it opens the sentence
    ):
        kind = "name"
    return Mention(tokens[i].start, tokens[j - 1].end, text, kind)


# --- the extractor ----------------------------------------------------------------------


def attributions(article: Article, sections: Sequence[str] = SECTIONS) -> list[Attribution]:
    """Every direct, partial and indirect attribution in reading order, speakers resolved."""
    return list(article.memo(("attributions", tuple(sections)), lambda: _attributions(article, sections)))


def cast(article: Article) -> Registry:
    """Everyone in the article, once: the entity registry after the speakers were resolved.

    Quotes, sources, entities and the figures all read this one record, so a speaker the quote
    resolver finds is also an entity with its mentions, role and affiliation.
    """
    attributions(article)
    return article.memo("cast", lambda: None)


def _attributions(article: Article, sections: Sequence[str]) -> tuple[Attribution, ...]:
    registry = build_registry(article, ("headline", "body", "caption"))
    if tuple(sections) == SECTIONS:
        article.memo("cast", lambda: registry)
    resolver = _Resolver(article, registry)
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in article.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    records: list[Attribution] = []
    previous_turn: Attribution | None = None
    for paragraph in article.paragraphs_in(*sections):
        sentences = by_paragraph.get(paragraph.index, [])
        first_line = paragraph.index == 0 or paragraph.section == "headline"
        spans = quote_spans(
            article.text,
            paragraph.start,
            paragraph.end,
            single_quotes=first_line and _is_title_line(article, paragraph.start, paragraph.end),
        )
        tokens = list(article.tokens_in(paragraph.start, paragraph.end))
        inside = inside_quotes(tokens, spans)
        title_end = _line_end(article, paragraph.start) if first_line else -1
        cues = _find_cues(tokens, inside, lambda pos, end=title_end: pos < end)
        headline_label = _headline_label(article, tokens, paragraph.start) if first_line else None
        title_case_line = first_line and (paragraph.section == "headline" or _title_case(article, paragraph.start))
        para_records = []
        for q in spans:
            if headline_label is not None and q.start < headline_label[1]:
                record = Attribution(
                    q.start,
                    q.end,
                    "direct",
                    None,
                    headline_label[0],
                    paragraph=paragraph.index,
                    sentence=_sentence_of(article, sentences, q.start).index,
                )
            else:
                record = _attribute_quote(article, tokens, inside, cues, sentences, q, resolver.knows)
            para_records.append(record)
        runs = _tag(tokens, inside, sentences)
        para_records = [_learned_speaker(article, tokens, runs, r) for r in para_records]
        indirect = _indirect(article, tokens, inside, cues, sentences, spans)
        indirect = _learned_indirect(article, tokens, runs, spans, indirect, records[-1:] + para_records)
        # quotes with no attribution of their own take one from the paragraph, then the previous turn
        attributed = [r for r in para_records if r.mention or r.cue]
        resolved: list[Attribution] = []
        for q, record in zip(spans, para_records):
            if _not_a_quote(
                article, tokens, q, spans, headline=title_case_line and q.start < _line_end(article, paragraph.start)
            ):
                continue
            if not (record.mention or record.cue):
                donor = _nearest(attributed, record.start) or _preceding(indirect, record.start)
                if donor is not None:
                    record = replace(record, cue=donor.cue, mention=donor.mention)
                elif previous_turn is not None and _opens_paragraph(article, paragraph.start, q):
                    record = replace(
                        record, speaker=previous_turn.speaker, speaker_type=previous_turn.speaker_type, cue=None, mention=None
                    )
                elif record.kind == "partial" and len(article.text[q.start : q.end].split()) < _SCARE_QUOTE_WORDS:
                    continue  # a short quoted fragment nobody is said to have said: a scare quote or a term
            resolved.append(record)
        resolved.extend(r for r in indirect if not _not_a_statement(article, r))
        resolved.sort(key=lambda r: (r.start, r.kind))
        for record in resolved:
            if record.mention is not None or record.speaker is None:
                record = resolver.resolve(record)
            records.append(record)
            if record.kind != "indirect" and record.speaker:
                previous_turn = record
        introduction = _introduces_next(article, tokens, cues, inside, paragraph)
        if introduction is not None:  # "The New York Times reports:" then a quoted paragraph
            previous_turn = resolver.resolve(introduction)
        elif not spans and any(r.kind == "indirect" for r in resolved):
            previous_turn = None
    return tuple(_run_on_quotes(records))


def _run_on_quotes(records: list[Attribution]) -> list[Attribution]:
    """A quotation left open at a paragraph's end takes the speaker of its continuation."""
    out = list(records)
    for n, r in enumerate(out):
        if r.open_ended and r.speaker is None:
            following = next((x for x in out[n + 1 :] if x.kind != "indirect" and x.paragraph > r.paragraph), None)
            if following is not None and following.paragraph == r.paragraph + 1 and following.speaker:
                out[n] = replace(r, speaker=following.speaker, speaker_type=following.speaker_type)
    return out


def _preceding(records: Sequence[Attribution], pos: int) -> Attribution | None:
    """The last record with a mention starting before ``pos`` (records in order of start)."""
    k = bisect.bisect_left(records, pos, key=lambda r: r.start)
    for r in reversed(records[max(0, k - _LOOKBACK) : k]):
        if r.mention is not None:
            return r
    return None


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


def inside_quotes(tokens: Sequence[Token], spans: Sequence[QuoteSpan]) -> list[bool]:
    """For each token (in order), whether it lies inside one of the quotation ``spans`` (in order)."""
    flags = []
    k = 0
    for t in tokens:
        while k < len(spans) and spans[k].close <= t.start:
            k += 1
        flags.append(k < len(spans) and spans[k].open <= t.start < spans[k].close)
    return flags


def _sentence_of(article: Article, sentences: Sequence[Sentence], pos: int) -> Sentence | None:
    """The paragraph's sentence holding ``pos``; the nearest one if ``pos`` falls between them."""
    found = article.sentence_at(pos)
    if found is not None or not sentences:
        return found
    return sentences[-1] if pos >= sentences[-1].start else sentences[0]


_RECENT_SPEAKERS = 20
_LOOKBACK = 40  # tokens (or records) looked back at most: every scan stays bounded, so time stays linear
_LATER_CUES = 8  # the next cues of a sentence that may end a cue's reported content


def _cues_between(cues: Sequence[Cue], lo: int, hi: int) -> Sequence[Cue]:
    """The cues at token indices ``[lo, hi)`` (cues are in token order)."""
    return cues[bisect.bisect_left(cues, lo, key=lambda c: c.index) : bisect.bisect_left(cues, hi, key=lambda c: c.index)]


def _quoted_chars(spans: Sequence[QuoteSpan], start: int, end: int) -> int:
    """How many characters of ``[start, end)`` lie inside quotation marks (spans in order)."""
    k = bisect.bisect_right(spans, start, key=lambda q: q.end)
    total = 0
    while k < len(spans) and spans[k].start < end:
        total += max(0, min(end, spans[k].end) - max(start, spans[k].start))
        k += 1
    return total


def _token_index(tokens: Sequence[Token], pos: int) -> int:
    """Index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(tokens, pos, key=lambda t: t.start)


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


def _cue_subject(
    article: Article, tokens: Sequence[Token], cue: Cue, lo: int, hi: int, inside: Sequence[bool], cues: Sequence[Cue]
) -> Mention | None:
    """Who a cue's words belong to: its subject; for ``X said, adding ...`` the subject of the
    sentence's earlier cue or, failing that, the sentence's subject."""
    k = cue.index
    comma_before = k > lo and (
        tokens[k - 1].text in (",", "—", "–") or (tokens[k - 1].text in _MARKS and k - 2 >= lo and tokens[k - 2].text == ",")
    )
    if tokens[k].text.endswith("ing") and comma_before:
        for earlier in reversed([c for c in cues if lo <= c.index < k]):
            mention = _subject_before(article, tokens, earlier.index, lo) or _subject_after(article, tokens, earlier.index, k)
            if mention:
                return mention
        return _sentence_subject(article, tokens, lo, k, inside)
    mention = _subject_before(article, tokens, k, lo)
    inverted = (
        k == lo or tokens[k - 1].text in _MARKS or (tokens[k - 1].text == "," and k - 2 >= lo and tokens[k - 2].text in _MARKS)
    )
    if mention is None and inverted:
        mention = _subject_after(article, tokens, k, hi)  # inverted: 'said Smith: "..."'
    return mention


def _sentence_subject(article: Article, tokens: Sequence[Token], lo: int, hi: int, inside: Sequence[bool]) -> Mention | None:
    """The subject at the start of a sentence (after an opening phrase ending in a comma)."""
    i = lo
    while i < hi and (inside[i] or tokens[i].kind == "punct"):
        i += 1
    if i + 1 < hi and tokens[i + 1].text == "," and tokens[i].text.casefold() not in PRONOUNS:
        i += 2  # "Meanwhile, it attacked ...", "However, ..."
    if i < hi and tokens[i].text.casefold() in _OPENING_PREPOSITIONS:
        comma = next((n for n in range(i, hi) if tokens[n].text == ","), None)
        if comma is not None:
            i = comma + 1
    while i < hi and tokens[i].kind == "punct":
        i += 1
    if i >= hi:
        return None
    if tokens[i].text.casefold() in PRONOUNS:
        return _mention(article, tokens, i, i + 1)
    j = i
    while j < hi and (tokens[j].kind == "word" or tokens[j].text in ("'s", "’s")) and j - i < 8:
        key = tokens[j].text.casefold()
        if j > i and (
            key in _NP_BOUNDARIES
            or key in _cues()
            or key in _BETWEEN_SUBJECT_AND_VERB
            or (tokens[j].text.islower() and tokens[j - 1].text[:1].isupper() and key not in _POSTMODIFIER_LINKS)
        ):
            break
        j += 1
    return _mention(article, tokens, i, j) if j > i else None


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


def _nearest(records: Sequence[Attribution], pos: int) -> Attribution | None:
    """The last record starting before ``pos``, else the first after it (records in order of start)."""
    k = bisect.bisect_left(records, pos, key=lambda r: r.start)
    if k > 0:
        return records[k - 1]
    after = bisect.bisect_right(records, pos, key=lambda r: r.start)
    return records[after] if after < len(records) else None


def _opens_paragraph(article: Article, paragraph_start: int, q: QuoteSpan) -> bool:
    return not article.text[paragraph_start : q.open].strip()


def _line_end(article: Article, start: int) -> int:
    end = article.text.find("\n", start)
    return len(article.text) if end < 0 else end


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


class _Resolver:
    """Turn speaker mentions into canonical sources, keeping the article's speaker history."""

    def __init__(self, article: Article, registry: Registry) -> None:
        self.article = article
        self.registry = registry
        self.speakers: list[Entity] = []
        self.groups: list[str] = []
        self.organizations: list[str] = []
        self._group_heads: dict[str, str] = {}

    def knows(self, mention: Mention) -> bool:
        """Is a name mention a person or organisation the article has introduced?"""
        words = mention.text.split()
        return any(
            self.registry.find(kind, name, mention.start) is not None
            for kind in ("person", "organization")
            for name in (mention.text, words[-1])
        )

    def resolve(self, record: Attribution) -> Attribution:
        mention = record.mention
        if mention is None:
            return record
        name, kind, entity = self._canonical(mention)
        if entity is not None and not entity.overlaps(mention.start, mention.end):
            self.registry.note(entity, mention.start, mention.end)  # the speaker mention is a mention too
        if kind == "organization" and name:
            self.organizations.append(name)
        return replace(record, speaker=name, speaker_type=kind)

    def _canonical(self, mention: Mention) -> tuple[str | None, str | None, Entity | None]:
        """The source a mention names: (name, type, the entity it is, if it is one)."""
        if mention.kind == "pronoun":
            key = mention.text.casefold()
            if key in _PLURAL_PRONOUNS:
                return (self.groups[-1], "group", None) if self.groups else (None, None, None)
            if key == "it":
                return (self.organizations[-1], "organization", None) if self.organizations else (None, None, None)
            if key == "i":
                return None, None, None  # the writer or an unnamed first person: left unresolved
            sentence = self.article.sentence_at(mention.start)
            subject = self.registry.sentence_subject(sentence.start if sentence else mention.start, mention.start)
            preferred = ([subject] if subject else []) + self.speakers[::-1]
            entity = self.registry.resolve_pronoun(key, mention.start, preferred)
            if entity is None:
                return None, None, None
            self._spoke(entity)
            return entity.name, "person", entity
        if mention.kind == "name":
            return self._name(mention)
        if mention.kind in ("nominal", "organization"):
            holder = self._role_holder(mention.text) if mention.kind == "nominal" else None
            if holder is not None:
                self._spoke(holder)
                return holder.name, "person", holder
            company = self._organization_holder(mention)
            if company is not None:
                return company.name, "organization", company
            return _clean_phrase(mention.text), "anonymous" if mention.kind == "nominal" else "organization", None
        if mention.kind == "group":
            return self._group(mention.text), "group", None
        return _clean_phrase(mention.text), mention.kind, None

    def _name(self, mention: Mention) -> tuple[str, str, Entity | None]:
        tokens = list(self.article.tokens_in(mention.start, mention.end))
        runs = capitalised_runs(tokens, first_is_sentence_start=False)
        name_text = mention.text
        # "Forecaster Raj Patel of the National Weather Service": the head comes before "of", "at", ...
        link = next((k for k, t in enumerate(tokens) if t.text in _POSTMODIFIER_LINKS and runs and runs[0][1] <= k), None)
        if link is not None:
            runs = [r for r in runs if r[1] <= link] or runs
        if runs:
            segs = [s for s in segment_run(tokens, *runs[-1]) if s.kind == "name"]
            if segs:
                seg = segs[-1]
                name_text = self.article.text[tokens[seg.first].start : tokens[seg.last - 1].end]
        name_text = re.sub(r"^(?:The|the)\s+", "", name_text)
        for kind in ("person", "organization", "place"):
            entity = self.registry.find(kind, name_text, mention.start)
            if entity is not None:
                if kind == "person":
                    self._spoke(entity)
                    return entity.name, "person", entity
                return entity.name, "organization", entity
        if len(name_text.split()) == 1 and self._common_word_opening(mention, name_text):
            return _clean_phrase(mention.text), "anonymous", None  # "Researchers said", "Yeah, I said": no name at all
        if len(name_text.split()) == 1 or self._referred_to_as_it(mention):
            # a single capitalised word never introduced with a first name (Politifact, CNN), or a
            # name the sentence goes on to call "it" ("Time Warner said it would ...")
            entity = self.registry.add("organization", name_text, mention.start, mention.end)
            return entity.name, "organization", entity
        entity = self.registry.add("person", name_text, mention.start, mention.end)
        self._spoke(entity)
        return entity.name, "person", entity

    def _common_word_opening(self, mention: Mention, word: str) -> bool:
        """A capitalised word that opens its sentence and is a common English word: no name."""
        sentence = self.article.sentence_at(mention.start)
        return sentence is not None and sentence.start == mention.start and common_word(word, opens_sentence=True)

    def _referred_to_as_it(self, mention: Mention) -> bool:
        """Is the first third-person pronoun after the mention, in its sentence, ``it`` or ``its``?"""
        sentence = self.article.sentence_at(mention.start)
        if sentence is None:
            return False
        for t in self.article.tokens_in(mention.end, sentence.end)[:25]:
            key = t.text.casefold()
            if key in ("it", "its"):
                return True
            if key in ("he", "she", "his", "her", "him", "they", "their"):
                return False
        return False

    def _organization_holder(self, mention: Mention) -> Entity | None:
        """``the company`` -> the organisation named most recently before it; ``the bank`` -> the last
        organisation with "bank" in its name (a definite singular head)."""
        words = mention.text.casefold().split()
        if len(words) != 2 or words[0] != "the" or _source_heads().get(words[1]) != "organization":
            return None
        head = words[1]
        antecedent = mapping("source_heads.tsv", "head", "antecedent").get(head)
        if antecedent == "none":  # "the ministry": a part of a state, not the organisation last named
            return None
        return next(
            (
                e
                for e in self.registry.organizations_before(mention.start)
                if antecedent == "latest" or head in e.name.casefold().split()
            ),
            None,
        )

    def _role_holder(self, phrase: str) -> Entity | None:
        """``the minister`` -> the person whose role is a minister (a definite singular role noun)."""
        if not phrase.casefold().startswith("the ") or phrase.endswith("s"):
            return None
        words = [w.casefold() for w in phrase.split()[1:]]
        if not words:
            return None
        head = words[-1]
        for entity in self.speakers[::-1] + self.registry.people_before(10**12):
            if entity.role and head in entity.role.casefold().split():
                return entity
        return None

    def _group(self, phrase: str) -> str:
        clean = _clean_phrase(phrase)
        words = [w.casefold() for w in clean.split()]
        cut = next((n for n, w in enumerate(words) if n > 0 and w in _POSTMODIFIER_LINKS), len(words))
        head = words[cut - 1] if cut else clean
        canonical = self._group_heads.setdefault(head, clean)
        if canonical not in self.groups:
            self.groups.append(canonical)
        else:
            self.groups.remove(canonical)
            self.groups.append(canonical)
        return canonical

    def _spoke(self, entity: Entity) -> None:
        if entity in self.speakers:
            self.speakers.remove(entity)
        self.speakers.append(entity)
        del self.speakers[:-_RECENT_SPEAKERS]  # pronouns refer to recent speakers; keeps the list short


def _clean_phrase(text: str) -> str:
    text = " ".join(text.split())
    return text[0].upper() + text[1:] if text else text


# --- reported speech --------------------------------------------------------------------


def _indirect(
    article: Article, tokens: list[Token], inside: list[bool], cues: list[Cue], sentences: list[Sentence], spans: list[QuoteSpan]
) -> list[Attribution]:
    out = []
    for sentence in sentences:
        lo, hi = _token_index(tokens, sentence.start), _token_index(tokens, sentence.end)
        sentence_cues = [c for c in _cues_between(cues, lo, hi) if c.use in ("content", "intent") or _calls_for(tokens, c.index)]
        for n, cue in enumerate(sentence_cues):
            later = sentence_cues[n + 1 : n + 1 + _LATER_CUES]  # where content may stop: the next few cues
            found = _reported_content(article, tokens, inside, cue, lo, hi, later, cues)
            if found is None:
                continue
            start, end, mention = found
            quoted = _quoted_chars(spans, start, end)
            if end - start <= 0 or quoted >= 0.8 * (end - start):
                continue  # essentially a direct quotation, already a record of its own
            out.append(Attribution(start, end, "indirect", cue, mention, paragraph=sentence.paragraph, sentence=sentence.index))
    return out


def _tag(tokens: list[Token], inside: list[bool], sentences: list[Sentence]) -> _Runs:
    """Source, cue and content runs the learned tagger finds in one paragraph."""
    if not tokens or not sentences:
        return _Runs([])
    model = attribution_model.tagger()
    starts = frozenset(s.start for s in sentences)
    labels = attribution_model.tag_paragraph(tokens, inside, starts, model)
    return _Runs(crf.spans(labels, tokens))


def _run_mention(article: Article, tokens: list[Token], a: int, b: int) -> Mention | None:
    """The tagger's source run as a mention (a plain description when no rule classifies it)."""
    words = [t.text for t in tokens[a:b]]
    if _not_a_source(words, [w.casefold() for w in words]):
        return None
    return _mention(article, tokens, a, b) or Mention(
        tokens[a].start, tokens[b - 1].end, article.text[tokens[a].start : tokens[b - 1].end], "nominal"
    )


def _run_cue(article: Article, tokens: list[Token], a: int, b: int) -> Cue:
    return Cue(tokens[a].start, tokens[b - 1].end, article.text[tokens[a].start : tokens[b - 1].end], a, "content")


def _learned_speaker(article: Article, tokens: list[Token], runs, record: Attribution) -> Attribution:
    """A quote takes the source the tagger marks in its sentence, unless the rules' speaker is tagged a source too."""
    first = article.sentence_at(record.start)
    last = article.sentence_at(max(record.end - 1, record.start))
    if first is None or last is None:
        return record
    lo, hi = _token_index(tokens, first.start), _token_index(tokens, last.end)
    qa, qb = _token_index(tokens, record.start), _token_index(tokens, record.end)
    source, cue = _nearest_runs(runs, qa, qb, lo, hi, outside=(record.start, record.end))
    if source is None:
        return record
    mention = _run_mention(article, tokens, source[1], source[2])
    if mention is None:
        return record
    if record.mention is not None and runs.overlaps("S", record.mention.start, record.mention.end):
        return record
    return replace(
        record,
        mention=mention,
        cue=record.cue or (_run_cue(article, tokens, cue[1], cue[2]) if cue else None),
    )


_REFUSAL = re.compile(r"(?:to )?(?:comment|elaborate|discuss|respond|speculate|answer)\b", re.IGNORECASE)


def _not_a_statement(article: Article, record: Attribution) -> bool:
    """Reported "content" that states nothing: a refusal ("declined to comment") or a question
    ("What did Smith say after the play?")."""
    if _REFUSAL.match(article.text, record.start):
        return True
    sentence = article.sentence_at(record.start)
    return sentence is not None and article.text[sentence.start : sentence.end].rstrip(" \"'”’)").endswith("?")


def _learned_cue(record: Attribution, words: frozenset[str]) -> bool:
    """Is the rule's cue a word the training data often shows as a cue? (Participles need the tagger.)"""
    if record.cue is None:
        return False
    word = record.cue.text.casefold().split()[0]
    return word in words and not word.endswith("ing")


def _vetted(record: Attribution, runs: _Runs) -> bool:
    """Does the tagger agree that a rule's reported speech is speech (its cue, or most of its content)?"""
    if record.cue is not None and runs.overlaps("C", record.cue.start, record.cue.end):
        return True
    return runs.covered("Q", record.start, record.end) >= 0.5 * (record.end - record.start)


class _Runs:
    """The tagger's runs in one paragraph, by label and in order, for nearest-run look-ups."""

    def __init__(self, runs) -> None:
        self.runs = runs
        self._by = {lab: [r for r in runs if r[0] == lab] for lab in "SCQ"}

    def __iter__(self):
        return iter(self.runs)

    def nearest(self, lab: str, i: int, j: int, lo: int = 0, hi: int = 1 << 30, outside=None):
        """The ``lab`` run nearest to tokens ``[i, j)`` that starts in ``[lo, hi)`` (and, given
        ``outside`` = (start, end) offsets, does not overlap them): (distance, first, last, label)."""
        runs = self._by[lab]
        k = bisect.bisect_left(runs, i, key=lambda r: r[3])
        best = None
        for step, stop in ((-1, max(-1, k - 1 - _LOOKBACK)), (1, min(len(runs), k + _LOOKBACK))):
            n = k - 1 if step < 0 else k
            while n != stop and 0 <= n < len(runs):
                _lab, s, e, a, b = runs[n]
                if outside is not None and s < outside[1] and outside[0] < e:
                    n += step
                    continue
                if lo <= a < hi:
                    found = (min(abs(a - j), abs(b - i)), a, b, lab)
                    best = found if best is None or found < best else best
                break
        return best

    def covered(self, lab: str, start: int, end: int) -> int:
        """How many characters of ``[start, end)`` the ``lab`` runs cover."""
        runs = self._by[lab]
        k = bisect.bisect_right(runs, start, key=lambda r: r[2])
        total = 0
        while k < len(runs) and runs[k][1] < end:
            total += max(0, min(end, runs[k][2]) - max(start, runs[k][1]))
            k += 1
        return total

    def overlaps(self, lab: str, start: int, end: int) -> bool:
        """Does a ``lab`` run overlap the offsets ``[start, end)``?"""
        runs = self._by[lab]
        k = bisect.bisect_left(runs, end, key=lambda r: r[1])
        return any(s < end and start < e for _lab, s, e, _a, _b in runs[max(0, k - 2) : k])


def _nearest_runs(runs: _Runs, i: int, j: int, lo: int = 0, hi: int = 1 << 30, outside=None):
    """The tagger's source run and cue run nearest to tokens ``[i, j)``, starting in ``[lo, hi)``."""
    return runs.nearest("S", i, j, lo, hi, outside), runs.nearest("C", i, j, lo, hi, outside)


def _learned_indirect(
    article: Article,
    tokens: list[Token],
    runs,
    spans: list[QuoteSpan],
    ruled: list[Attribution],
    context: Sequence[Attribution] = (),
) -> list[Attribution]:
    """The rules' reported speech that the training data backs, plus the content the tagger finds.

    A rule record stays when its cue is a word the training data often shows as a cue, or when
    the tagger agrees. Tagged content takes the cue and source the tagger marks in its sentence;
    without either, it continues the nearest attribution of the paragraph (or the last one before
    it); with nothing to continue, the tagger's nearest cue and source in the paragraph.
    """
    words = attribution_model.tagger().cue_words
    out = [r for r in ruled if _learned_cue(r, words) or _vetted(r, runs)]
    by_start = sorted(ruled, key=lambda r: r.start)
    pool = sorted([*out, *context], key=lambda r: r.start)  # records content may continue
    for lab, start, end, i, j in runs:
        if lab != "Q":
            continue
        while j > i and tokens[j - 1].kind == "punct":
            j -= 1
        while i < j and tokens[i].kind == "punct":
            i += 1
        if sum(t.kind == "word" for t in tokens[i:j]) < 2:
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        if _quoted_chars(spans, start, end) >= 0.5 * (end - start):
            continue  # a quotation: a record of its own already
        if _overlapping_record(by_start, start, end):
            continue
        sentence = article.sentence_at(start)
        if sentence is None:
            continue
        source, cue = _nearest_runs(runs, i, j, _token_index(tokens, sentence.start), _token_index(tokens, sentence.end))
        if source is None and cue is None:
            donor = _nearest_donor(pool, start, end)
            if donor is not None:
                # a donor already resolved lends its speaker; its mention stays where it was written
                record = replace(
                    donor,
                    start=start,
                    end=end,
                    kind="indirect",
                    paragraph=sentence.paragraph,
                    sentence=sentence.index,
                    open_ended=False,
                    mention=None if donor.speaker else donor.mention,
                )
                out.append(record)
                bisect.insort(pool, record, key=lambda r: r.start)
                continue
            source, cue = _nearest_runs(runs, i, j)
            if source is None and cue is None:
                continue
        record = Attribution(
            start,
            end,
            "indirect",
            _run_cue(article, tokens, cue[1], cue[2]) if cue else None,
            _run_mention(article, tokens, source[1], source[2]) if source else None,
            paragraph=sentence.paragraph,
            sentence=sentence.index,
        )
        out.append(record)
        bisect.insort(pool, record, key=lambda r: r.start)
    out.sort(key=lambda r: r.start)
    return out


def _overlapping_record(records: Sequence[Attribution], start: int, end: int) -> bool:
    """Does a record (in order of start) overlap ``[start, end)`` by half of the shorter of the two?"""
    k = bisect.bisect_left(records, end, key=lambda r: r.start)
    return any(
        max(0, min(end, r.end) - max(start, r.start)) >= 0.5 * min(end - start, r.end - r.start)
        for r in records[max(0, k - _LOOKBACK) : k]
    )


def _nearest_donor(pool: Sequence[Attribution], start: int, end: int) -> Attribution | None:
    """The attribution with a cue or a mention nearest to ``[start, end)`` without overlapping it."""
    k = bisect.bisect_left(pool, start, key=lambda r: r.start)
    best, best_gap = None, None
    for r in pool[max(0, k - _LOOKBACK) : k + _LOOKBACK]:
        if not (r.cue or r.mention) or not (r.end <= start or r.start >= end):
            continue
        gap = start - r.end if r.end <= start else r.start - end
        if best_gap is None or gap < best_gap:
            best, best_gap = r, gap
    return best


def _reported_content(
    article: Article,
    tokens: list[Token],
    inside: list[bool],
    cue: Cue,
    lo: int,
    hi: int,
    later: Sequence[Cue],
    cues: Sequence[Cue],
) -> tuple[int, int, Mention | None] | None:
    k = cue.index
    key = cue.text.casefold()
    if key == "according to":
        mention = _subject_after(article, tokens, k + 1, hi)
        if k == lo or (k > lo and tokens[k - 1].text in (",", "—", "(")) and k - 1 > lo:
            if k == lo:  # According to X, content.
                comma = next((i for i in range(k + 2, hi) if tokens[i].text == ","), None)
                if comma is None:
                    return None
                return _span(tokens, comma + 1, hi, mention)
            return _span(tokens, lo, k - 1, mention)
        return None
    forward = _content_after(article, tokens, inside, cue, lo, hi, later, cues)
    if forward is not None:
        return forward
    # sentence-final attribution: "Content, officials said." / "Content, said the minister."
    tail = list(islice((t for t in tokens[k + 1 : min(hi, k + 40)] if t.kind != "punct"), 6))  # bounded look-ahead
    if len(tail) > 5 and tokens[k + 1].text != ",":
        return None
    if k > lo and tokens[k - 1].text == ",":
        mention = _subject_after(article, tokens, k, hi)
        return _span(tokens, lo, k - 1, mention) if mention else None
    comma = _comma_before_subject(tokens, k, lo)
    if comma is not None:
        mention = _subject_before(article, tokens, k, comma + 1)
        return _span(tokens, lo, comma, mention) if mention else None
    return None


def _content_after(
    article: Article,
    tokens: list[Token],
    inside: list[bool],
    cue: Cue,
    lo: int,
    hi: int,
    later: Sequence[Cue],
    cues: Sequence[Cue],
) -> tuple[int, int, Mention | None] | None:
    """``X said (that) CONTENT``: the subject before the cue and the clause after it."""
    k = cue.index
    mention = _cue_subject(article, tokens, cue, lo, k, inside, cues)
    if mention is None or mention.start > cue.start:
        return None
    start = k + 1
    if start < hi and tokens[start].text in (",", ".", ";", ")") and not (start + 1 < hi and inside[start + 1]):
        # "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the content surrounds the attribution
        if tokens[start].text == "," and k > lo and _comma_before_subject(tokens, k, lo) is not None:
            return _span(tokens, lo, hi, mention)
        return None
    if tokens[k].text.casefold() in _TELL_VERBS:
        that = next((i for i in range(start, min(hi, start + 7)) if tokens[i].text.casefold() == "that"), None)
        if that is None:
            return None
        start = that
    start = _skip_time_phrase(tokens, start, hi)
    that_clause = any(t.text.casefold() == "that" for t in tokens[start : min(hi, start + 3)])
    if tokens[k].text.casefold() in ("point", "points", "pointed", "pointing") and start < hi and tokens[start].text == "out":
        start += 1
    if (cue.use == "intent" and not that_clause) or _calls_for(tokens, k):
        # "pledged to push for ...", "urged Congress to act", "called for talks": the complement is the content
        to = next((i for i in range(start, min(hi, start + 6)) if tokens[i].text.casefold() in ("to", "for", "on")), None)
        if to is None or (cue.use == "intent" and tokens[to].text.casefold() != "to"):
            return None
        return _span(tokens, to, _content_end(article, tokens, to, hi, later), mention)
    if start < hi and tokens[start].text.casefold() in _NOT_CLAUSE_STARTS:
        # "said in a statement that ...", "wrote on Twitter that ...": the clause follows "that"
        that = next((i for i in range(start, min(hi, start + 9)) if tokens[i].text.casefold() == "that"), None)
        if that is not None:
            start = that
    while start < hi and tokens[start].text.casefold() in ("that", ":", ","):
        start += 1
    end = _content_end(article, tokens, start, hi, later)
    if start >= end or tokens[start].text.casefold() in _NOT_CLAUSE_STARTS or inside[start]:
        return None  # "which she said is aimed at", "agreed with X to work": no reported clause
    return _span(tokens, start, end, mention)


def _followed_by_that(tokens: Sequence[Token], k: int) -> bool:
    return any(t.text.casefold() == "that" for t in tokens[k + 1 : k + 4])


def _calls_for(tokens: Sequence[Token], k: int) -> bool:
    """``called for``, ``calls on``: a call that reports what someone wants."""
    return (
        tokens[k].text.casefold() in ("call", "calls", "called", "calling")
        and k + 1 < len(tokens)
        and tokens[k + 1].text.casefold() in ("for", "on")
    )


def _content_end(article: Article, tokens: Sequence[Token], start: int, hi: int, later: Sequence[Cue]) -> int:
    """Where reported content ends: the sentence end, or where the next attribution begins."""
    end = hi
    for other in later:
        if other.index <= start:
            continue
        # the content stops where the next attribution begins: "..., adding ...", "— and he noted ..."
        subject = _subject_before(article, tokens, other.index, start)
        stop = _token_index(tokens, subject.start) if subject is not None else other.index
        back = stop - 1
        while back > start and tokens[back].text in _MARKS:
            back -= 1
        stop = back + 1
        before = tokens[back].text.casefold() if back >= start else ""
        joined = before in (",", "—", "–", ";") or (
            before in ("and", "but") and stop - 2 >= start and tokens[stop - 2].text in (",", "—", "–", ";")
        )
        if joined:
            end = stop
            while end > start and tokens[end - 1].text.casefold() in (",", "—", "–", "and", "but", ";"):
                end -= 1
            break
    return end


_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december today yesterday tonight week weekend month year morning afternoon evening "
    "night earlier later recently".split()
)


def _skip_time_phrase(tokens: Sequence[Token], i: int, hi: int) -> int:
    """Skip ``Friday``, ``on Friday``, ``in late December``, ``last week`` after a cue."""
    j = i
    if j < hi and tokens[j].text.casefold() in ("on", "in", "at", "during", "late", "early", "last", "this", "earlier"):
        k = j + 1
        while k < hi and k - j <= 3 and tokens[k].text.casefold() in ("late", "early", "mid", "the", "last", "this"):
            k += 1
        if k < hi and tokens[k].text.casefold().rstrip(".") in _TIME_WORDS:
            return k + 1
        return i
    while j < hi and tokens[j].text.casefold() in _TIME_WORDS:
        j += 1
    return j


def _comma_before_subject(tokens: Sequence[Token], k: int, lo: int) -> int | None:
    """For ``content, officials said`` the comma before a short subject (None if absent)."""
    for i in range(k - 1, max(lo, k - 9) - 1, -1):
        if tokens[i].text == ",":
            relative = i + 1 < k and tokens[i + 1].text.casefold() in ("which", "who", "that", "where", "whom")
            return i if i > lo and not relative else None
        if tokens[i].kind != "word" and tokens[i].text not in ("'s", "’s"):
            return None
    return None


def _span(tokens: Sequence[Token], i: int, j: int, mention: Mention | None):
    """Offsets of ``tokens[i:j]`` (trailing punctuation dropped) if it holds at least 3 words."""
    while j > i and tokens[j - 1].kind == "punct":
        j -= 1
    while i < j and tokens[i].kind == "punct":
        i += 1
    if sum(t.kind == "word" for t in tokens[i:j]) < 3:
        return None
    return tokens[i].start, tokens[j - 1].end, mention


# --- tables ----------------------------------------------------------------------------


QUOTE_COLUMNS = [
    "start",
    "end",
    "text",
    "kind",
    "speaker",
    "speaker_start",
    "speaker_end",
    "cue",
    "cue_start",
    "cue_end",
    "speaker_type",
    "paragraph",
    "sentence",
]


def quote_records(article: Article, sections: Sequence[str] = SECTIONS) -> list[dict]:
    """Attributions as plain records (the contract's keys, plus type, paragraph and sentence)."""
    return [
        {
            "start": r.start,
            "end": r.end,
            "text": article.text[r.start : r.end],
            "kind": r.kind,
            "speaker": r.speaker,
            "speaker_start": r.mention.start if r.mention else None,
            "speaker_end": r.mention.end if r.mention else None,
            "cue": r.cue.text if r.cue else None,
            "cue_start": r.cue.start if r.cue else None,
            "cue_end": r.cue.end if r.cue else None,
            "speaker_type": r.speaker_type,
            "paragraph": r.paragraph,
            "sentence": r.sentence,
        }
        for r in attributions(article, sections)
    ]


def quotes(article: Article, sections: Sequence[str] = SECTIONS):
    """Quotations and reported speech as a DataFrame (see ``quote_records`` for the columns)."""
    import pandas as pd

    return pd.DataFrame(quote_records(article, sections), columns=QUOTE_COLUMNS)


make_callable(__name__, quotes, "quotations and reported speech")
