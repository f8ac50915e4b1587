"""How a sentence's lines are set, and the names that setting tells: datelines and run-in
headings opening a paragraph in capitals, headlines and sports slugs in capitals or In Title Case,
tables' rows and column heads, and text wrapped at a fixed width.

In a line in capitals case says nothing about names: its countries are read at once, and its
other words are looked up among the names the story gives in its own words once it has been read
(``known_in_caps``).
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.article import Article
from analysis.entities import sport
from analysis.entities.kinds import place_kind, place_name
from analysis.entities.registry import Registry
from analysis.name_words import common_word
from analysis.names import capitalised_runs, segment_run
from analysis.places import canonical_place
from analysis.tokens import Token


def styled_line_entities(article: Article, tokens: list[Token], registry: Registry, paragraph_start: bool, caps: bool) -> None:
    """The names of a line whose capitals mark its style, not its names (a headline or a slug in
    capitals, a headline In Title Case): a standings row's teams, known places, a dateline's town,
    in capitals the countries a headline names (the rest of its words wait for the story), and In
    Title Case a name after a title."""
    runs = within_lines(article.text, tokens, capitalised_runs(tokens, first_is_sentence_start=False))
    decided = sport.table_names(article.text, tokens, runs)
    for first, last in runs:
        text = article.text[tokens[first].start : tokens[last - 1].end]
        if decided.get((first, last)) == "organization":  # "NEW YORK 74 58 .561 -": a team in a standings row
            registry.add("organization", text.title(), tokens[first].start, tokens[last - 1].end)
            continue
        place = place_name(text.title()) or place_name(text)
        if place:
            registry.add(place_kind(place), place, tokens[first].start, tokens[last - 1].end)
            continue
        after = tokens[last].text if last < len(tokens) else ""
        if (
            dateline_or_heading(tokens, first, last, paragraph_start)
            and last - first <= DATELINE_WORDS
            and (after in (",", "(") or after[:1].isdigit())
        ):
            registry.add("place", text.title(), tokens[first].start, tokens[last - 1].end)
            continue  # "EAST MORICHES, N.Y. 1996-07-18": a dateline's town, which no list knows; not "SOCCER -"
        if caps:  # "CUTTITTA BACK FOR ITALY AFTER A YEAR": the countries in it now, the rest once the story is read
            registry.caps_runs.append(_countries_in_caps(tokens[first:last], registry))
            continue
        segments = segment_run(tokens, first, last)
        for before, seg in zip(segments, segments[1:]):
            if before.kind == "title" and seg.kind == "name":
                name = article.text[tokens[seg.first].start : tokens[seg.last - 1].end]
                role = article.text[tokens[before.first].start : tokens[before.last - 1].end]
                registry.add("person", name, tokens[seg.first].start, tokens[seg.last - 1].end, role)


_CAPS_SPAN = 4  # the most words a name in a line in capitals is looked up by ("BOSNIA AND HERZEGOVINA")


def _spans(words: Sequence[Token | None]):
    """(i, j, title-cased text) of every span of words (of kind "word", none taken yet: None),
    longest first from each start. Spans are made as they are read, so words the caller sets to
    None meanwhile are in none of the later ones."""
    for i in range(len(words)):
        for j in range(min(len(words), i + _CAPS_SPAN), i, -1):
            span = words[i:j]
            if all(t is not None and t.kind == "word" for t in span):
                yield i, j, " ".join(t.text for t in span).title()


def _countries_in_caps(words: list[Token], registry: Registry) -> list[Token | None]:
    """Add the countries and regions a run in capitals names ("ITALY" in "CUTTITTA BACK FOR ITALY
    AFTER A YEAR"); return the run's words with those found set to None."""
    left: list[Token | None] = list(words)
    for i, j, text in _spans(left):  # a span found takes its words: no shorter span inside it is read
        place = canonical_place(text)
        if place:
            registry.add(place_kind(place), place, words[i].start, words[j - 1].end)
            left[i:j] = [None] * (j - i)
    return left


def known_in_caps(words: list[Token | None], registry: Registry) -> None:
    """Mentions, in a line in capitals, of the people, places and bodies the story names in its
    own words ("CUTTITTA" of "Marcello Cuttitta", "HILL" of "Damon Hill"): a headline's capitals
    say nothing of what a word is, but a name the story gives is its mention. Very common words
    ("BACK", "WIN") are left alone."""
    for i, j, text in _spans(words):
        span = words[i:j]
        if j - i == 1 and (len(text) < 3 or common_word(text, opens_sentence=False)):
            continue
        entity = next(
            (e for kind in ("person", "organization", "place") if (e := registry.find(kind, text)) is not None),
            None,
        )
        if entity is not None:
            registry.note(entity, span[0].start, span[-1].end)
            words[i:j] = [None] * (j - i)


def dateline_or_heading(tokens: Sequence[Token], first: int, last: int, paragraph_start: bool) -> bool:
    """Words in capitals opening a paragraph and set off by a date or punctuation: a dateline
    (``LONDON 1996-08-30``, ``ROME (Reuters) -``, ``SPRINGFIELD, Ill. --``) or a run-in heading
    (``IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY -``)."""
    if (
        not paragraph_start
        or first != 0
        or not all(t.text.isupper() or not any(map(str.isalpha, t.text)) for t in tokens[first:last])
    ):
        return False
    nxt = tokens[last].text if last < len(tokens) else ""
    return nxt[:1].isdigit() or nxt in (",", "(", "-", "--", "—", "–")


DATELINE_WORDS = 3  # "SALT LAKE CITY", "RIO DE JANEIRO": a longer opening in capitals is a heading


def title_case_line(tokens: Sequence[Token]) -> bool:
    """A headline In Title Case: capitals mark the style, not the names."""
    words = [t.text for t in tokens if t.kind == "word" and t.text[:1].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 4 and bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


_WRAPPED_LINE = 50  # characters: text wrapped at a fixed width has lines this long or longer (60-80)


def within_lines(text: str, tokens: Sequence[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs cut at the end of a short line: a table's rows and a heading above them are kept
    in one sentence, but no name runs from one row into the next ("RESULTS" / "Seattle 7 Chicago
    4"). Text wrapped at a fixed width breaks its lines anywhere, even inside a name ("Ebba" /
    "Lindqvist"), and its lines are long. A table's column heads (``W L PCT GB``) name nothing."""
    cut = runs
    if tokens and "\n" in text[tokens[0].start : tokens[-1].end]:  # most sentences have one line
        cut = []
        for a, b in runs:
            start = a
            for k in range(a + 1, b):
                gap = tokens[k - 1].end
                if "\n" in text[gap : tokens[k].start] and gap - (text.rfind("\n", 0, gap) + 1) < _WRAPPED_LINE:
                    cut.append((start, k))
                    start = k
            cut.append((start, b))
    return [(a, b) for a, b in cut if not column_heads(tokens[a:b])]


_COLUMN_HEADS = 4  # abbreviations in a line, at least, that make a table's heading


def column_heads(words: Sequence[Token]) -> bool:
    """Four or more abbreviations of one to three capitals, one of them a single letter (``W L PCT
    GB``): a table's column heads. Not a licence's "CC BY SA"."""
    return (
        len(words) >= _COLUMN_HEADS
        and any(len(t.text) == 1 for t in words)
        and all(len(t.text) <= 3 and t.text.isalpha() and t.text.isupper() for t in words)
    )
