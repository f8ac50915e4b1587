"""The learned taggers: the feature ids used for tagging are the training features, exactly."""

from analysis import attribution_model, entity_model
from analysis.article import parse_article
from analysis.quotes import inside_quotes, quote_spans
from tests.conftest import SEED
from tests.stories import ALL

TEXTS = [SEED.read_text(encoding="utf-8"), *ALL.values(), "WASHINGTON (AP) — Sen. Ann O'Neil-Smith, D-Mass., said: “No.”\n"]


def test_entity_feature_ids_are_the_training_features():
    model = entity_model.tagger()
    for text in TEXTS:
        article = parse_article(text)
        for sentence in article.sentences:
            tokens = list(article.tokens_in(sentence.start, sentence.end))
            strings = entity_model.sentence_features(tokens)
            assert entity_model.sentence_feature_ids(tokens, model) == [[model.feature_id(f) for f in fs] for fs in strings]


def test_attribution_feature_ids_are_the_training_features():
    model = attribution_model.tagger()
    for text in TEXTS:
        article = parse_article(text)
        for paragraph in article.paragraphs:
            tokens = list(article.tokens_in(paragraph.start, paragraph.end))
            inside = inside_quotes(tokens, quote_spans(article.text, paragraph.start, paragraph.end))
            starts = frozenset(s.start for s in article.sentences if paragraph.start <= s.start < paragraph.end)
            strings = attribution_model.paragraph_features(tokens, inside, starts, model.cue_words)
            ids = attribution_model.paragraph_feature_ids(tokens, inside, starts, model)
            assert ids == [[model.feature_id(f) for f in fs] for fs in strings]


def test_the_feature_cache_stays_bounded(monkeypatch):
    from analysis import crf

    model = entity_model.tagger()
    monkeypatch.setattr(crf, "CACHE_SIZE", 50)
    monkeypatch.setattr(model, "cache", {})
    article = parse_article(TEXTS[0])
    sizes = []
    for sentence in article.sentences:
        entity_model.tag(list(article.tokens_in(sentence.start, sentence.end)))
        sizes.append(len(model.cache))
    assert max(sizes) <= 51 and len(set(article.text.split())) > 200  # far more words than the cache holds
