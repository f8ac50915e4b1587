"""How common a word is in general English: wordfreq's figures, with a shortcut that gives them exactly.

wordfreq (3.1.1, pinned) tokenizes every word it is asked about, and that costs more than the
rest of the lookup. A plain lower-case word (``a`` to ``z`` only, or its possessive ``'s``:
keyness asks for both) is its own single token, so its frequency is the list's figure put
through wordfreq's own arithmetic (combining, minimum, rounding to three significant digits),
done here without the tokenizer. Anything else goes to wordfreq. ``tests/test_terms.py`` holds
the shortcut to wordfreq on the list's own words and on made-up ones.

Both lookups are cached here, once for every caller, and bounded: a corpus asks about the same
words again and again, and meets millions of names over millions of articles.
"""

from __future__ import annotations

import math
import re
from functools import cache, lru_cache

_PLAIN = re.compile(r"[a-z]+(?:'s)?")  # a word, or its possessive, which wordfreq keeps as one token


@cache
def _english() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en", "best")


@lru_cache(maxsize=200_000)
def word_frequency(word: str, minimum: float = 0.0) -> float:
    """``wordfreq.word_frequency(word, "en", minimum=minimum)``."""
    if not _PLAIN.fullmatch(word):
        import wordfreq

        return wordfreq.word_frequency(word, "en", minimum=minimum)
    found = _english().get(word)
    if found is None:
        return minimum
    one_over_result = 0.0
    one_over_result += 1.0 / found
    unrounded = max(1.0 / one_over_result, minimum)
    if unrounded == 0.0:
        return 0.0
    return round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)


@lru_cache(maxsize=200_000)
def zipf_frequency(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en")``: the frequency on the Zipf scale, 0 for unknown words."""
    from wordfreq import freq_to_zipf, zipf_to_freq

    return round(freq_to_zipf(word_frequency(word, zipf_to_freq(0.0))), 2)
