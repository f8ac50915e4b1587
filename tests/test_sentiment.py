"""Sentiment equals the reference VADER, on tricky cases and on the seed."""

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from analysis.article import parse_article
from analysis.sentiment import (
    aggregate,
    document_sentiment,
    label,
    paragraph_sentiment,
    quote_sentiment,
    score,
    sentence_sentiment,
)

REFERENCE = SentimentIntensityAnalyzer()

TRICKY = [
    "The plan is not good.",  # negation
    "No, the talks were not a failure.",  # the "no" rule NLTK's port lacks
    "The food was great, but the service was horrible.",  # "but" shifts the weight
    "The talks were extremely successful!!!",  # booster and exclamation marks
    "The deal is GOOD.",  # all caps emphasis
    'He called the attack "cowardly."',  # quoted words
    "I love it 😍 but the ending 😢",  # emoji
    "good good good bad",  # repeated words scored by position, not first occurrence
    "It was kind of ok, sort of.",  # kind of / sort of dampeners
    "Nothing could be further from the truth.",
    "  The talks failed.\n",  # space around the text
    "A 👍 deal",  # a one-character emoji in the middle
    "kind of",  # the dampener at the very end
    "",
    "The ministers met in Tokyo on Friday.",  # no word in VADER's lexicon: neutral at once
    "The ministers met in Tokyo on Friday!!!",  # the same, exclamation marks and all
    "NO",  # a lexicon word on its own
    ":) met",  # an emoticon is a lexicon entry too
    "...",
    # VADER's negation and idiom checks read three words back and two ahead of a lexicon word:
    # near the start, near the end and deep inside a long sentence, they must give the same answer
    "Good",
    "not good",
    "It is not good",
    "He never was so good at it",
    "They said it was without doubt good",
    "The deal, officials said on Monday in a long statement, was not really very good at all",
    "We waited at the bus stop",
    "Oh yeah right",
    "It was a kiss of death for the plan, the minister said late on Friday",
    "The old stadium is sort of nice, and the new one is kind of ugly but the bomb",
    "This is the least good plan, and at least it is not the worst",
    "It is the shit",
    "Nobody, nor anybody else in the room that night, could call it good or fair",
]


@pytest.mark.parametrize("text", TRICKY)
def test_scores_equal_the_reference_on_tricky_cases(text):
    assert score(text) == REFERENCE.polarity_scores(text)  # exactly: the no-emoji shortcut changes nothing


def test_known_reference_values():
    # from the vaderSentiment 3.3.2 README examples
    assert score("VADER is smart, handsome, and funny.")["compound"] == pytest.approx(0.8316, abs=1e-4)
    assert score("VADER is not smart, handsome, nor funny.")["compound"] == pytest.approx(-0.7424, abs=1e-4)


def test_seed_sentence_scores_equal_the_reference(seed):
    frame = sentence_sentiment(seed)
    assert len(frame) == 18
    for row in frame.itertuples():
        expected = REFERENCE.polarity_scores(seed.text[row.start : row.end])
        assert row.compound == pytest.approx(expected["compound"], abs=1e-4)
        assert (row.neg, row.neu, row.pos) == pytest.approx((expected["neg"], expected["neu"], expected["pos"]), abs=1e-4)


def test_aggregates_are_means_of_sentences_not_long_strings():
    text = "The talks went well. The weather was awful.\n\nEverything is fine.\n"
    article = parse_article(text)
    sentences = sentence_sentiment(article)
    paragraphs = paragraph_sentiment(article)
    assert paragraphs.iloc[0]["compound"] == pytest.approx(sentences["compound"][:2].mean(), abs=1e-4)
    assert paragraphs["n"].tolist() == [2, 1]
    document = document_sentiment(article)
    assert document.iloc[0]["compound"] == pytest.approx(sentences["compound"].mean(), abs=1e-4)
    assert document.iloc[0]["n"] == 3


def test_labels_use_the_authors_thresholds():
    assert [label(x) for x in (0.05, 0.0499, -0.05, -0.0499)] == ["positive", "neutral", "negative", "neutral"]


def test_quote_sentiment_and_aggregate_per_speaker(seed):
    quotes = quote_sentiment(seed)
    by_speaker = aggregate(quotes[quotes["kind"] != "indirect"], "speaker").set_index("speaker")
    assert by_speaker.loc["Yoko Kamikawa", "n"] == 5 and by_speaker.loc["Antony Blinken", "n"] == 5
    assert by_speaker.loc["Antony Blinken", "compound"] > 0
