"""Reproducible analysis of news articles: structure, vocabulary, quotations, sentiment, themes.

Data flows one way: text -> ``Article`` (offsets for every unit) -> tables (pandas) -> figures.
Each concern is a module: ``article`` (parsing), ``terms``, ``quotes``, ``entities``,
``sentiment``, ``themes``; ``plots`` draws, ``figures`` saves, ``cli`` is the command line.
"""

from analysis.article import Article, ArticleError, from_text, load, parse_article, read_article

__all__ = ["Article", "ArticleError", "Corpus", "from_text", "load", "parse_article", "read_article"]

# the analyses, each callable on an Article: analysis.quotes(article), analysis.sentiment(article, unit="paragraph")
_ANALYSES = ("terms", "quotes", "sources", "entities", "sentiment", "themes", "view")


def __getattr__(name: str):
    """Import an analysis module on first use, so ``import analysis`` stays light."""
    import importlib

    if name in _ANALYSES:
        return importlib.import_module(f"analysis.{name}")
    if name == "Corpus":
        from analysis.corpus import Corpus

        return Corpus
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")


__version__ = "0.1.0"
