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

from collections.abc import Sequence
from dataclasses import replace

from analysis.article import Article, Sentence
from analysis.callable import make_callable
from analysis.entities import Registry, build_registry
from analysis.quotes.base import (
    PRONOUNS,
    SECTIONS,
    Attribution,
    Cue,
    Mention,
    QuoteSpan,
    _line_end,
    _nearest,
    _preceding,
    _sentence_of,
)
from analysis.quotes.direct import (
    _attribute_quote,
    _headline_label,
    _introduces_next,
    _is_title_line,
    _not_a_quote,
    _opens_paragraph,
    _title_case,
)
from analysis.quotes.indirect import _indirect, _not_a_statement
from analysis.quotes.learned import _learned_indirect, _learned_speaker, _tag
from analysis.quotes.mentions import _find_cues
from analysis.quotes.resolve import _Resolver
from analysis.quotes.spans import inside_quotes, quote_spans

__all__ = [
    "PRONOUNS",
    "QUOTE_COLUMNS",
    "SECTIONS",
    "Attribution",
    "Cue",
    "Mention",
    "QuoteSpan",
    "attributions",
    "cast",
    "inside_quotes",
    "quote_records",
    "quote_spans",
    "quotes",
]

_SCARE_QUOTE_WORDS = 6


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
    paragraphs = []  # each paragraph with its sentences, quotations, tokens and which are quoted
    for paragraph in article.paragraphs_in(*sections):
        first_line = paragraph.index == 0 or paragraph.section == "headline"
        spans = quote_spans(
            article.text,
            paragraph.start,
            paragraph.end,
            single_quotes=first_line and _is_title_line(article, paragraph.start, paragraph.end),
        )
        tokens = list(article.tokens_in(paragraph.start, paragraph.end))
        paragraphs.append(
            (paragraph, first_line, by_paragraph.get(paragraph.index, []), spans, tokens, inside_quotes(tokens, spans))
        )
    tagged = _tag([(tokens, inside, sentences) for *_, sentences, _spans, tokens, inside in paragraphs])
    records: list[Attribution] = []
    previous_turn: Attribution | None = None
    for (paragraph, first_line, sentences, spans, tokens, inside), runs in zip(paragraphs, tagged):
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
