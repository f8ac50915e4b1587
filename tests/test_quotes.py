"""Quotations, speakers, sources and entities: small cases, the seed, and well-formedness."""

import json

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article import parse_article
from analysis.entities import entities
from analysis.quotes import quote_records, quote_spans
from analysis.sources import sources


def records(text):
    article = parse_article(text)
    return article, quote_records(article)


def direct_and_partial(text):
    article, found = records(text)
    return [(article.text[r["start"] : r["end"]], r["kind"], r["speaker"], r["cue"]) for r in found if r["kind"] != "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," Jane Doe said.', [("We will win,", "direct", "Jane Doe", "said")]),
        ('"We will win," said Jane Doe.', [("We will win,", "direct", "Jane Doe", "said")]),
        ("Jane Doe said: “We will win.”", [("We will win.", "direct", "Jane Doe", "said")]),
        ("Jane Doe said the plan was a ''disaster'' for the town.", [("disaster", "partial", "Jane Doe", "said")]),
        ('Hugh Hill, a doctor, said: "The ward is full."', [("The ward is full.", "direct", "Hugh Hill", "said")]),
        ('Mayor Ann Lee spoke first. "It is over," she said.', [("It is over,", "direct", "Ann Lee", "said")]),
        (
            '"It is over," the mayor said, "and we move on."',
            [("It is over,", "direct", "The mayor", "said"), ("and we move on.", "direct", "The mayor", "said")],
        ),
        ("“Maybe, we can build a wall.” ― Steve Quinlan", [("Maybe, we can build a wall.", "direct", "Steve Quinlan", None)]),
    ],
)
def test_quotes_with_their_speaker(text, expected):
    assert direct_and_partial(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'The so-called "reform" changed nothing.',  # a scare quote, nobody said it
        'She watched "Face the Nation" on Sunday.',  # a title
        'Rep. Robert C. "Bobby" Scott opened his home.',  # a nickname
        "No quotation marks here at all. Just prose.",
    ],
)
def test_cases_that_are_not_quotations(text):
    assert direct_and_partial(text) == []


def test_quote_running_over_paragraphs_gives_one_record_per_paragraph():
    text = 'The minister, Ann Lee, spoke at length. "We have done our part.\n\n"Now it is their turn," Lee said.\n'
    found = direct_and_partial(text)
    assert [f[0] for f in found] == ["We have done our part.", "Now it is their turn,"]
    assert {f[2] for f in found} == {"Ann Lee"}


def test_turn_continues_into_the_next_paragraph_without_a_new_verb():
    text = '"We are ready," Jane Doe said.\n\n"The talks start on Monday."\n'
    found = direct_and_partial(text)
    assert [f[2] for f in found] == ["Jane Doe", "Jane Doe"]


def test_indirect_speech_spans_the_reported_content():
    text = "Sources close to the talks said in late December the visit could take place in March.\n"
    article, found = records(text)
    (r,) = found
    assert r["kind"] == "indirect" and r["speaker"] == "Sources close to the talks"
    assert article.text[r["start"] : r["end"]] == "the visit could take place in March"
    assert article.text[r["cue_start"] : r["cue_end"]] == "said"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The ministry told reporters that the border would reopen.\n", "the border would reopen", "The ministry"),
        ("The border would reopen soon, officials said.\n", "The border would reopen soon", "Officials"),
        ("According to the police, three people were hurt.\n", "three people were hurt", "The police"),
    ],
)
def test_indirect_patterns(text, content, speaker):
    article, found = records(text)
    (r,) = [r for r in found if r["kind"] == "indirect"]
    assert article.text[r["start"] : r["end"]] == content
    assert r["speaker"] == speaker


SEED_QUOTES = {
    "Yoko Kamikawa": [
        "success",
        "all areas,",
        "underscored the importance of peace and stability across the Taiwan Strait and urged a "
        "peaceful resolution of cross-strait issues.",
        "extremely important partner",
        "freedom, democracy, basic human rights and the rule of law,",
    ],
    "Antony Blinken": [
        "truly the cornerstone of peace, security and prosperity in the Indo-Pacific,",
        "new heights",
        "where we're working together not only on a bilateral basis or a regional basis but on a genuine global basis.",
        "shared values,",
        "We're together in good times and in challenging times.",
    ],
}


def test_every_seed_quote_with_its_speaker(seed):
    found = [r for r in quote_records(seed) if r["kind"] != "indirect"]
    by_speaker = {}
    for r in found:
        by_speaker.setdefault(r["speaker"], []).append(seed.text[r["start"] : r["end"]])
    assert by_speaker == SEED_QUOTES
    assert all(r["speaker_start"] is not None and r["cue"] for r in found)


def test_seed_reported_speech(seed):
    indirect = {(r["speaker"], seed.text[r["start"] : r["end"]]) for r in quote_records(seed) if r["kind"] == "indirect"}
    assert ("Sources close to bilateral relations", "the visit could take place in early March") in indirect
    assert any(s == "Yoko Kamikawa" and t.startswith("they discussed the situation in the Red Sea") for s, t in indirect)
    assert any(
        s == "The top diplomats of Japan and the United States" and t.startswith("Japan and the United States will continue")
        for s, t in indirect
    )  # "the two top diplomats" joins the first description of the group


def test_offsets_round_trip(seed):
    for r in quote_records(seed):
        assert seed.text[r["start"] : r["end"]] == r["text"]
        if r["speaker_start"] is not None:
            mention = seed.text[r["speaker_start"] : r["speaker_end"]]
            assert mention.strip() == mention and mention
        if r["cue_start"] is not None:
            assert seed.text[r["cue_start"] : r["cue_end"]] == r["cue"]


def test_seed_sources(seed):
    table = sources(seed).set_index("name")
    for name, role, affiliation in [
        ("Yoko Kamikawa", "Foreign Minister", "Japan"),
        ("Antony Blinken", "Secretary of State", "United States"),
    ]:
        row = table.loc[name]
        assert (row["type"], row["role"], row["affiliation"], row["direct_quotes"]) == ("person", role, affiliation, 5)
    assert table.loc["Sources close to bilateral relations", "type"] == "anonymous"
    for name in ("Jake Sullivan", "Gina Raimondo", "Fumio Kishida", "Tsai Ing-wen"):
        assert table.loc[name, "status"] == "mentioned" and table.loc[name, "direct_quotes"] == 0
    assert table.loc["Kyodo", "type"] == "media"
    assert table.loc["Japanese Foreign Ministry", "type"] == "media"
    assert table.loc["Antony Blinken", "quoted_words"] == sum(len(q.split()) for q in SEED_QUOTES["Antony Blinken"])


def test_seed_entities(seed):
    table = entities(seed).set_index("name")
    expected = {
        "Yoko Kamikawa": ("Foreign Minister", "Japan"),
        "Antony Blinken": ("Secretary of State", "United States"),
        "Jake Sullivan": ("National Security Adviser", None),
        "Gina Raimondo": ("Commerce Secretary", None),
        "Fumio Kishida": ("Prime Minister", "Japan"),
        "Tsai Ing-wen": ("leader", "Taiwan"),
    }
    for name, (role, affiliation) in expected.items():
        assert table.loc[name, "kind"] == "person"
        assert table.loc[name, "role"] == role
        found = table.loc[name, "affiliation"]
        assert (None if pd.isna(found) else found) == affiliation
    assert table.loc["Yoko Kamikawa", "mentions"] >= 8  # 8 by name, plus "she"
    # one place, named as the article writes it most often ("U.S." 7 times, "United States" 4)
    assert "United States" not in table.index and table.loc["U.S.", "kind"] == "place"
    assert table.loc["U.S.", "mentions"] >= 8
    assert table.loc["Democratic Progressive Party", "kind"] == "organization"


MARKS = st.sampled_from(list("“”\"'‘’") + ["''", "\n", "\n\n", " said ", " she said. ", "Smith", " according to ", ", "])
WORDS = st.sampled_from(["We", "will", "win", "the", "minister", "Jane Doe", "told reporters that", ".", "?", "it"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(MARKS, WORDS), max_size=60).map("".join))
def test_any_text_gives_well_formed_records(text):
    if not text.strip():
        return
    article = parse_article(text)
    for r in quote_records(article):
        assert 0 <= r["start"] < r["end"] <= len(article.text)
        assert article.text[r["start"] : r["end"]] == r["text"]
        assert r["kind"] in ("direct", "partial", "indirect")
        assert (r["speaker_start"] is None) == (r["speaker_end"] is None)
        json.dumps(r)
    for span in quote_spans(article.text):
        assert span.open <= span.start <= span.end <= span.close


def test_unbalanced_marks_never_swallow_the_rest():
    text = 'He said "this never closes.\n\nThe next paragraph is prose. "Fine," she said.\n'
    spans = [text[s.start : s.end] for s in quote_spans(text)]
    assert spans == ["this never closes.", "Fine,"]
