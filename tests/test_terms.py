"""Vocabulary tables: exact counts on small texts, the seed's expectations, offsets."""

import pytest

from analysis.article import parse_article
from analysis.corpus import per_article
from analysis.stopwords import stopwords
from analysis.terms import collocations, dispersion, keyness, kwic, log_likelihood, log_ratio, term_frequencies


def test_exact_counts_and_rate_on_a_small_text():
    article = parse_article("The cat sat. The cat walked to the U.S. and the United States.\n")
    frame = term_frequencies(article)
    counts = dict(zip(frame["term"], frame["count"]))
    assert counts == {"United States": 2, "cat": 2, "sat": 1, "walked": 1}
    # 12 word tokens once "United States" is one term: the cat sat the cat walked to the US and the US
    rate = dict(zip(frame["term"], frame["per_1000"]))
    assert rate["cat"] == pytest.approx(1000 * 2 / 12, abs=0.01)


def test_counts_leave_out_caption_and_related_unless_asked(seed):
    body = dict(zip(*term_frequencies(seed).pipe(lambda f: (f["term"], f["count"]))))
    everything = term_frequencies(seed, sections=("body", "caption", "related"))
    assert body["Kamikawa"] == 7
    assert dict(zip(everything["term"], everything["count"]))["Kamikawa"] == 8


def test_stemming_groups_variants():
    article = parse_article("Talks ended. They talked and were talking about talk.\n")
    frame = term_frequencies(article, stem=True)
    assert frame.iloc[0]["count"] == 4 and frame.iloc[0]["term"].lower().startswith("talk")


def test_numbers_and_punctuation_are_not_terms():
    frame = term_frequencies(parse_article("In 2016, 23 million people voted; turnout rose 5.5 percent.\n"))
    assert not any(ch.isdigit() for term in frame["term"] for ch in term)
    assert set(frame["term"]) >= {"million", "people", "voted", "turnout", "rose", "percent"}


def test_seed_top_terms_are_actors_and_places_without_stopwords(seed):
    top = term_frequencies(seed, top=15)
    terms = set(top["term"])
    assert {"Kamikawa", "Blinken", "Japan", "United States", "Taiwan", "China"} <= terms
    assert not {t.casefold() for t in terms} & stopwords()
    assert top.iloc[0]["term"] == "United States" and top.iloc[0]["count"] == 8


def test_keyness_names_and_topic_words_rank_above_common_words(seed):
    frame = keyness(seed)
    rank = {t: i for i, t in enumerate(frame["term"])}
    for word in ("Kamikawa", "Blinken", "Taiwan", "China", "Japan"):
        assert rank[word] < 10
        assert frame.loc[rank[word], "log_ratio"] > 0
    assert rank["Taiwan"] < rank["the"] and frame.loc[rank["the"], "g2"] < 5


def test_keyness_signs_and_ordering_on_a_constructed_example():
    text = "Zorblax zorblax zorblax met the council. The council met. Zorblax left the the the the.\n"
    frame = keyness(parse_article(text))
    rows = frame.set_index("term")
    assert frame.iloc[0]["term"].lower() == "zorblax"
    assert rows.loc["council", "log_ratio"] > 0
    # "the" is 6 of 16 words here, far above its ~5% in English: over-used, but less key than a nonce word
    assert rows.loc["the", "g2"] < rows.loc["Zorblax", "g2"]


def test_log_likelihood_and_log_ratio_formulas():
    # Rayson & Garside's worked form: equal relative frequencies give G2 = 0 and log ratio 0
    assert log_likelihood(10, 1000, 100, 10000) == pytest.approx(0.0)
    assert log_ratio(10, 1000, 100, 10000) == pytest.approx(0.0)
    assert log_ratio(20, 1000, 100, 10000) == pytest.approx(1.0)
    assert log_likelihood(20, 1000, 100, 10000) > log_likelihood(15, 1000, 100, 10000) > 0


def test_seed_collocations_surface_multiword_terms(seed):
    terms = list(collocations(seed)["term"])
    for term in ("United States", "Foreign Minister", "Taiwan Strait", "Red Sea", "top diplomats"):
        assert term in terms
    assert terms[0] == "United States"
    assert "Washington Japanese" not in " | ".join(terms)  # n-grams never cross punctuation


def test_collocation_frequency_floor_for_common_words():
    text = "They held talks. We held talks. She held firm.\n"
    frame = collocations(parse_article(text))
    assert list(frame["term"]) == ["held talks"]
    assert frame.iloc[0]["count"] == 2


def test_kwic_offsets_round_trip(seed):
    frame = kwic(seed, "red sea", width=15)
    assert len(frame) == 1
    row = frame.iloc[0]
    assert seed.text[row["start"] : row["end"]] == row["match"] == "Red Sea"
    assert seed.text[row["start"] - 15 : row["start"]] == row["left"]
    assert seed.text[row["end"] : row["end"] + 15] == row["right"]


def test_kwic_whole_words_and_sections(seed):
    assert len(kwic(seed, "Taiwan")) == 6  # not inside another word, "Taiwan's" counts
    assert len(kwic(seed, "Kamikawa")) == 8  # 7 in the body ("Kamikawa's" included) and 1 in the caption
    assert len(kwic(seed, "Kamikawa", sections=("body",))) == 7
    assert kwic(seed, "aiwan").empty
    with pytest.raises(ValueError):
        kwic(seed, "   ")


def test_dispersion_matches_place_variants(seed):
    frame = dispersion(seed, ["U.S.", "Taiwan", "Red Sea"])
    counts = frame["term"].value_counts().to_dict()
    assert counts == {"U.S.": 8, "Taiwan": 6, "Red Sea": 1}
    assert frame.attrs["tokens"] > 500
    assert (frame["position"] < frame.attrs["tokens"]).all()


def test_per_article_adds_the_file(seed):
    other = parse_article("Taiwan held talks. Taiwan agreed.\n", source="other.txt")
    frame = per_article(term_frequencies, [seed, other], top=3)
    assert list(frame.columns) == ["file", "term", "count", "per_1000"]
    assert frame["file"].tolist()[-3:] == ["other.txt"] * 3


def test_word_frequencies_are_wordfreqs_own():
    """The shortcut for plain lower-case words gives wordfreq's figures exactly: on a spread of the
    list's own words, on made-up words it lacks, and on words the shortcut leaves to wordfreq."""
    import random

    import wordfreq

    from analysis.frequency import _english, word_frequency, zipf_frequency

    known = sorted(_english())[::97]  # about 3,000 of the list's words, from "a" to "zz..."
    rng = random.Random(7)
    made_up = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10))) for _ in range(1500)]
    possessives = [w + "'s" for w in known[::5] + made_up[::5]]
    others = ["U.S.", "don't", "café", "covid-19", "2,000", "New York", "e-mail", "", "Obama", "'s", "it’s"]
    for word in known + made_up + possessives + others:
        assert word_frequency(word) == wordfreq.word_frequency(word, "en"), word
        assert zipf_frequency(word) == wordfreq.zipf_frequency(word, "en"), word
