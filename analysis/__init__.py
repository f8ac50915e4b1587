"""Reproducible analysis of news articles: structure, vocabulary, quotations, sentiment, themes.

Data flows one way: text -> ``Article`` (offsets for every unit) -> tables (pandas) -> figures.
Each concern is a module: ``article`` (parsing), ``terms``, ``quotes``, ``entities``,
``sentiment``, ``themes``; ``plots`` draws, ``figures`` saves, ``cli`` is the command line.
"""

from analysis.article import Article, ArticleError, from_text, load, parse_article, read_article

__all__ = ["Article", "ArticleError", "from_text", "load", "parse_article", "read_article"]
__version__ = "0.1.0"
