"""What the learned tagger adds (``analysis.attribution_model``): its source, cue and content runs
in a paragraph vet the rules' reported speech, give a quote a better speaker, and find reported
content the rules miss."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from analysis import attribution_model, crf
from analysis.article import Article, Sentence
from analysis.quotes.base import _LOOKBACK, Attribution, Cue, Mention, QuoteSpan, _quoted_chars, _token_index
from analysis.quotes.mentions import _mention, _not_a_source
from analysis.tokens import Token


def _tag(paragraphs: Sequence[tuple[list[Token], list[bool], list[Sentence]]]) -> list[_Runs]:
    """Source, cue and content runs the learned tagger finds in each paragraph (its tokens, which
    of them lie inside quotation marks, its sentences), all paragraphs tagged at once."""
    units = [
        (tokens, inside, frozenset(s.start for s in sentences)) if tokens and sentences else ((), (), frozenset())
        for tokens, inside, sentences in paragraphs
    ]
    labels = attribution_model.tag_paragraphs(units, attribution_model.tagger())
    return [_Runs(crf.spans(lab, unit[0])) for lab, unit in zip(labels, units)]


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
