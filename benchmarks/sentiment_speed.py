"""Sentiment speed: this project's VADER calls against the reference library called directly.

    python benchmarks/sentiment_speed.py

Scores 30,000 short sentences (the seed's sentences, numbered so none repeats) three ways:
the reference ``SentimentIntensityAnalyzer.polarity_scores`` in a loop, ``analysis.sentiment.score``
in a loop, and ``sentence_sentiment`` on one article made of the same sentences. Best of 3.
"""

from __future__ import annotations

from pathlib import Path

from timing import best_of
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.article import parse_article
from analysis.sentences import sentence_spans
from analysis.sentiment import score, sentence_sentiment

ROOT = Path(__file__).resolve().parent.parent
SEED = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")


def main() -> None:
    base = [SEED[a:b] for a, b in sentence_spans(SEED)]
    sentences = [f"{base[i % len(base)].rstrip('.')} {i}." for i in range(30_000)]
    reference = SentimentIntensityAnalyzer()
    t_ref = best_of(lambda: [reference.polarity_scores(s) for s in sentences])
    t_ours = best_of(lambda: [score(s) for s in sentences])
    article = parse_article("\n\n".join(sentences))
    t_table = best_of(lambda: sentence_sentiment(article))
    n = len(sentences)
    print(f"reference polarity_scores: {n / t_ref:,.0f} sentences/s")
    print(f"analysis.sentiment.score:  {n / t_ours:,.0f} sentences/s ({t_ref / t_ours:.2f}x the reference)")
    print(f"sentence_sentiment table:  {n / t_table:,.0f} sentences/s, article already parsed")


if __name__ == "__main__":
    main()
