"""The stop list used for counting terms and for telling names from sentence openers.

English stop words from the maintained ``stop-words`` package (english.txt), adjusted for
news by ``data/stopwords_news.tsv`` (reporting verbs and weekdays added; content words the
general list over-removes, such as ``state`` or ``million``, kept). Each entry there says why.
"""

from __future__ import annotations

from functools import cache

from analysis.resources import table


@cache
def stopwords() -> frozenset[str]:
    """Case-folded stop words."""
    from stop_words import get_stop_words

    words = {w.casefold() for w in get_stop_words("english")}
    for row in table("stopwords_news.tsv"):
        if row["action"] == "add":
            words.add(row["word"])
        else:
            words.discard(row["word"])
    return frozenset(words)
