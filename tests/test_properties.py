"""Property-based tests: for any text, sentences and tokens are well-formed spans."""

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article import parse_article
from analysis.sentences import sentence_spans
from analysis.tokens import tokenize

# news-like alphabet: letters, digits, the punctuation that drives the rules, and white space
PIECES = list("aAbZz019 .?!…,;:'\"“”‘’()[]-•\n\r\t@/$") + ["U.S.", "Mr.", " a.m. ", "\n\n", "No. 1", "...", "Jan", " I "]
NEWSY = st.lists(st.sampled_from(PIECES), max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_sentences_partition_the_text(text):
    spans = sentence_spans(text)
    covered = set()
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and piece
        covered.update(range(start, end))
        previous_end = end
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())


@settings(max_examples=200, deadline=None)
@given(NEWSY)
def test_article_units_round_trip(text):
    if not text.strip():
        return
    article = parse_article(text)
    for unit in (*article.paragraphs, *article.sentences):
        assert article.text[unit.start : unit.end].strip() == article.text[unit.start : unit.end]
    for sentence in article.sentences:
        paragraph = article.paragraphs[sentence.paragraph]
        assert paragraph.start <= sentence.start < sentence.end <= paragraph.end


@settings(max_examples=300, deadline=None)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_tokens_are_ordered_exact_spans(text):
    previous_end = 0
    for token in tokenize(text):
        assert previous_end <= token.start < token.end
        assert text[token.start : token.end] == token.text
        assert not token.text.isspace()
        previous_end = token.end
