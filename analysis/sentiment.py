"""Sentiment with VADER, scored exactly as its reference implementation does.

VADER (Hutto & Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM 2014) is computed by the authors' own package, ``vaderSentiment``
3.3.2, not NLTK's port (which strips punctuation differently, lacks the "no" negation rule and
some boosters, and scores a repeated word by its first occurrence).

VADER's compound score saturates on long texts, so paragraphs, the document, speakers, source
types and themes are never scored as one long string: their scores are the means of the
sentence (or quote) scores they contain, reported with the number ``n`` behind each mean.
Labels follow the authors' thresholds: compound >= 0.05 positive, <= -0.05 negative.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from analysis.article import Article
from analysis.callable import make_callable

if TYPE_CHECKING:  # pandas is imported where a DataFrame is made, so the row functions never load it
    import pandas as pd

SCORES = ["neg", "neu", "pos", "compound"]
THRESHOLD = 0.05


@cache
def analyzer():
    """The reference VADER analyzer (its lexicon is loaded once), with two shortcuts that give the
    same scores: text without emoji skips VADER's character-by-character emoji rewrite, and text
    with no word in VADER's lexicon (about a third of news sentences) is neutral at once, since
    only lexicon words carry a valence (every rule after that scales a valence already there).

    A third: VADER's negation and idiom checks lower-case the whole sentence each time they look
    at a lexicon word, but read only the three words before it and the two after. They are given
    those six words (and the lexicon word's place among them), which is the same answer for a
    fraction of the work on long sentences. Words outside the lexicon get their valence of 0
    without the call that would give it, and the words are split and stripped once."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText, allcap_differential

    class _Text(SentiText):
        """SentiText of a string whose words were already split and stripped the same way."""

        def __init__(self, text: str, words: list[str]) -> None:
            self.text = text
            self.words_and_emoticons = words
            self.is_cap_diff = allcap_differential(words)

    class Analyzer(SentimentIntensityAnalyzer):
        def __init__(self) -> None:
            super().__init__()
            # the rewrite looks at one character at a time, so only one-character emoji can match
            self.emoji_characters = frozenset(e for e in self.emojis if len(e) == 1)

        def polarity_scores(self, text: str) -> dict[str, float]:
            if not self.emoji_characters.isdisjoint(text):
                return super().polarity_scores(text)
            # vaderSentiment 3.3.2's polarity_scores after the rewrite, which leaves such text as it is
            text = text.strip()
            words = [SentiText._strip_punc_if_word(w) for w in text.split()]  # SentiText's words
            lower = [w.lower() for w in words]
            lexicon = self.lexicon
            if not any(w in lexicon for w in lower):
                # every valence 0: neutral, or all zero for text with no words at all
                return {"neg": 0.0, "neu": 1.0 if words else 0.0, "pos": 0.0, "compound": 0.0}
            sentitext = _Text(text, words)
            sentiments: list = []
            last = len(words) - 1
            for i, item in enumerate(words):
                low = lower[i]
                if low in BOOSTER_DICT or (i < last and low == "kind" and lower[i + 1] == "of") or low not in lexicon:
                    sentiments.append(0)  # a word outside the lexicon: sentiment_valence would append 0 too
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

        # VADER calls these only with i > start_i (negation) and i >= 3 (idioms), so the window
        # holds every index they read, and its length decides "is there a next word" as before
        def _negation_check(self, valence, words, start_i, i):
            low = i - 3 if i > 3 else 0
            return SentimentIntensityAnalyzer._negation_check(valence, words[low : i + 3], start_i, i - low)

        def _special_idioms_check(self, valence, words, i):
            low = i - 3 if i > 3 else 0
            return SentimentIntensityAnalyzer._special_idioms_check(valence, words[low : i + 3], i - low)

    return Analyzer()


def score(text: str) -> dict[str, float]:
    """VADER's neg, neu, pos and compound for one short text, exactly as the reference gives them."""
    return analyzer().polarity_scores(text)


def label(compound: float) -> str:
    """positive, negative or neutral by the authors' +/-0.05 thresholds."""
    if compound >= THRESHOLD:
        return "positive"
    if compound <= -THRESHOLD:
        return "negative"
    return "neutral"


def sentence_rows(article: Article, sections: Sequence[str] = ("body",)) -> list[dict]:
    """The rows of ``sentence_sentiment`` (scored once per article and sections)."""

    def compute() -> list[dict]:
        polarity = analyzer().polarity_scores
        rows = []
        for s in article.sentences_in(*sections):
            scores = polarity(article.text[s.start : s.end])
            rows.append(
                {
                    "unit": "sentence",
                    "start": s.start,
                    "end": s.end,
                    "paragraph": s.paragraph,
                    "sentence": s.index,
                    **scores,
                    "label": label(scores["compound"]),
                }
            )
        return rows

    return article.memo(("sentence sentiment", tuple(sections)), compute)


def sentence_sentiment(article: Article, sections: Sequence[str] = ("body",)) -> pd.DataFrame:
    """One row per sentence: unit, start, end, paragraph, sentence, neg, neu, pos, compound, label."""
    import pandas as pd

    return pd.DataFrame(
        sentence_rows(article, sections), columns=["unit", "start", "end", "paragraph", "sentence", *SCORES, "label"]
    )


def paragraph_sentiment(article: Article, sections: Sequence[str] = ("body",)) -> pd.DataFrame:
    """One row per paragraph, the mean of its sentences' scores (``n`` sentences)."""
    import pandas as pd

    sentences = sentence_sentiment(article, sections)
    rows = []
    for p in article.paragraphs_in(*sections):
        inside = sentences[sentences["paragraph"] == p.index]
        rows.append(
            {"unit": "paragraph", "start": p.start, "end": p.end, "paragraph": p.index, **_means(inside), "n": len(inside)}
        )
    frame = pd.DataFrame(rows, columns=["unit", "start", "end", "paragraph", *SCORES, "n"])
    frame["label"] = frame["compound"].map(label)
    return frame


def document_row(article: Article, sections: Sequence[str] = ("body",)) -> dict:
    """The row of ``document_sentiment``."""
    rows = sentence_rows(article, sections)
    units = article.sentences_in(*sections)
    start = units[0].start if units else 0
    end = units[-1].end if units else 0
    means = _row_means(rows)
    return {"unit": "document", "start": start, "end": end, **means, "n": len(rows), "label": label(means["compound"])}


def document_sentiment(article: Article, sections: Sequence[str] = ("body",)) -> pd.DataFrame:
    """One row for the whole article: the mean of its sentence scores."""
    import pandas as pd

    return pd.DataFrame([document_row(article, sections)], columns=["unit", "start", "end", *SCORES, "n", "label"])


def quote_rows(article: Article) -> list[dict]:
    """The rows of ``quote_sentiment``."""
    from analysis.quotes import quote_records

    polarity = analyzer().polarity_scores
    rows = []
    for r in quote_records(article):
        scores = polarity(r["text"])
        rows.append(
            {
                "unit": "quote",
                "start": r["start"],
                "end": r["end"],
                "kind": r["kind"],
                "speaker": r["speaker"],
                "speaker_type": r["speaker_type"],
                "paragraph": r["paragraph"],
                **scores,
                "label": label(scores["compound"]),
            }
        )
    return rows


def quote_sentiment(article: Article) -> pd.DataFrame:
    """One row per quotation or reported-speech record, scored on its own words, with its speaker."""
    import pandas as pd

    return pd.DataFrame(
        quote_rows(article), columns=["unit", "start", "end", "kind", "speaker", "speaker_type", "paragraph", *SCORES, "label"]
    )


def aggregate(scores: pd.DataFrame, by: str) -> pd.DataFrame:
    """Mean scores per group (speaker, source type, theme...), with n and the share of each label."""
    import pandas as pd

    rows = []
    for key, group in scores.dropna(subset=[by]).groupby(by, sort=True):
        rows.append(
            {
                by: key,
                **_means(group),
                "n": len(group),
                "positive": float((group["compound"] >= THRESHOLD).mean()),
                "negative": float((group["compound"] <= -THRESHOLD).mean()),
            }
        )
    frame = pd.DataFrame(rows, columns=[by, *SCORES, "n", "positive", "negative"])
    return frame.sort_values(["n", by], ascending=[False, True]).reset_index(drop=True)


def _means(frame: pd.DataFrame) -> dict[str, float]:
    """Mean scores of a table's rows, rounded (0 for none)."""
    return _row_means(frame[SCORES].to_dict("records"))


def _row_means(rows: Sequence[dict]) -> dict[str, float]:
    """Mean scores of rows, rounded (0 for none): NumPy's sum over float64 divided by n, which is
    how pandas computes a mean, so rows and tables of the same scores give the same means."""
    import numpy as np

    if not rows:
        return {k: 0.0 for k in SCORES}
    return {k: round(float(np.asarray([r[k] for r in rows], dtype=np.float64).sum() / len(rows)), 4) for k in SCORES}


def sentiment(article: Article, unit: str = "sentence", sections: Sequence[str] = ("body",)) -> pd.DataFrame:
    """VADER scores per ``unit``: sentence, paragraph, document (means of sentences) or quote."""
    if unit == "quote":
        return quote_sentiment(article)
    units = {"sentence": sentence_sentiment, "paragraph": paragraph_sentiment, "document": document_sentiment}
    if unit not in units:
        raise ValueError(f"unit must be sentence, paragraph, document or quote, not {unit!r}")
    return units[unit](article, sections)


make_callable(__name__, sentiment, "VADER scores per sentence, paragraph, document or quote")
