"""The library as a user guesses it: one name per analysis, a short repr, tables that stack."""

import pandas as pd
import pytest

import analysis
from tests.stories import ALL


@pytest.mark.parametrize(
    ("name", "kwargs", "column"),
    [
        ("quotes", {}, "speaker"),
        ("sources", {}, "status"),
        ("entities", {}, "kind"),
        ("terms", {}, "per_1000"),
        ("sentiment", {"unit": "paragraph"}, "compound"),
        ("themes", {"pack": "international-relations"}, "lead"),
    ],
)
def test_each_analysis_is_called_by_its_name_and_names_the_article(seed, name, kwargs, column):
    table = getattr(analysis, name)(seed, **kwargs)
    assert isinstance(table, pd.DataFrame) and column in table.columns
    assert table.columns[0] == "article" and set(table["article"]) <= {seed.name}


def test_the_modules_keep_their_functions(seed):
    from analysis.quotes import quote_records

    assert analysis.quotes.quote_records is quote_records
    assert len(analysis.quotes(seed)) == len(quote_records(seed))


def test_an_unknown_unit_is_a_clear_error(seed):
    with pytest.raises(ValueError, match="unit must be"):
        analysis.sentiment(seed, unit="word")


def test_repr_is_short(seed):
    assert len(repr(seed)) < 120 and seed.name in repr(seed)


def test_a_corpus_stacks_any_table(tmp_path, seed):
    for kind in ("sport", "storm"):
        (tmp_path / f"{kind}.txt").write_text(ALL[kind], encoding="utf-8")
    corpus = analysis.Corpus(tmp_path, seed)
    assert len(corpus) == 3 and "3 articles" in repr(corpus)
    table = corpus.table(analysis.sources)
    assert table.columns[0] == "article" and set(table["article"]) == {"sport", "storm", seed.name}
    plain = corpus.table(lambda article: pd.DataFrame({"words": [len(article.text.split())]}))
    assert list(plain.columns) == ["article", "words"] and len(plain) == 3
