"""Who speaks: reporting verbs (cues, from ``data/reporting_verbs.tsv``) in a paragraph, and the
speaker mention around a cue or a quote: the subject before the verb (``Smith said``), after it
(``said Smith``), between commas, or the subject of the sentence; a mention is a name, a pronoun
or a description, and some capitalised words are no source at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from analysis.article import Article
from analysis.entities.kinds import place_name
from analysis.name_words import MONTH_ABBREVIATIONS, NAME_PARTICLES, WEEKDAYS_AND_MONTHS
from analysis.places import PARTY_TAG, state_name
from analysis.quotes.base import _LOOKBACK, _NUMBER_WORDS, _POSTMODIFIER_LINKS, PRONOUNS, Cue, Mention, _cues, _source_heads
from analysis.quotes.spans import _MARKS
from analysis.tokens import Token

_BETWEEN_SUBJECT_AND_VERB = frozenset(
    "also later then again previously further repeatedly recently separately often once earlier has had have "
    "would will was is did does had not never first last initially subsequently publicly privately reportedly "
    "frequently simply flatly quickly even still already just may might could should must can".split()
)


_NP_BOUNDARIES = frozenset(
    "that which who whom whose what how why when where while as if because although though but or so than after before since "
    "until unless whether is are was were be been being has have had do does did will would can could should may "
    "might must not".split()
)


_DETERMINERS = frozenset(
    "the a an these those one two three four five several many some both other another most all each every".split()
)


_POSSESSIVES = frozenset("his her their its our my your".split())


_NOT_SPEAKERS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening "
    "night week weekend month year earlier later democratic republican democrat gop liberal conservative".split()
)


_OPENING_PREPOSITIONS = frozenset(
    "in on at after before during while when as with without for following since despite although though if".split()
)


def _find_cues(
    tokens: Sequence[Token], inside: Sequence[bool], title_line: Callable[[int], bool] = lambda pos: False
) -> list[Cue]:
    cues = []
    table_ = _cues()
    for i, t in enumerate(tokens):
        if inside[i] or t.kind != "word":
            continue
        key = t.text.casefold()
        if key == "according" and i + 1 < len(tokens) and tokens[i + 1].text.casefold() == "to":
            cues.append(Cue(t.start, tokens[i + 1].end, "according to", i, "content"))
        elif key in table_:
            if key in ("state", "states") or _used_as_noun(tokens, i):
                continue
            if t.text[:1].isupper() and i > 0 and tokens[i - 1].text[:1].isupper() and not title_line(t.start):
                continue  # "The Laura Ingraham Show": part of a name, not a verb
            cues.append(Cue(t.start, t.end, t.text, i, table_[key]))
    return cues


def _used_as_noun(tokens: Sequence[Token], i: int) -> bool:
    """``the report``, ``a claim``, ``his call``: a cue form preceded by a determiner is a noun."""
    return i > 0 and tokens[i - 1].text.casefold() in (
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "its",
        "this",
        "that",
        "'s",
        "’s",
        "whose",
    )


def _subject_before(article: Article, tokens: Sequence[Token], k: int, lo: int) -> Mention | None:
    """The speaker phrase ending just before token ``k`` (skipping adverbs and an appositive)."""
    lo = max(lo, k - _LOOKBACK)  # a subject this far from its verb is no subject: keeps the scan bounded
    i = k - 1
    while i >= lo and (tokens[i].text.casefold() in _BETWEEN_SUBJECT_AND_VERB or _is_ly_adverb(tokens[i])):
        i -= 1
    if i >= lo and tokens[i].text == ",":
        named = _name_between_commas(article, tokens, i, lo)
        if named is not None:
            return named
        i = _skip_appositive(tokens, i, lo)
    if i >= lo and tokens[i].text == ")":
        i = _skip_parenthesis(tokens, i, lo)
    if i < lo:
        return None
    if tokens[i].text.casefold() == "who" and i > lo:
        antecedent = _subject_before(article, tokens, i - 1 if tokens[i - 1].text == "," else i, lo)
        if antecedent is not None:  # "Stevie Wonder, who joked": the mention is "who", the speaker its antecedent
            return Mention(tokens[i].start, tokens[i].end, antecedent.text, antecedent.kind)
    j = i + 1
    stretch_start = i
    while stretch_start >= lo and stretch_start > i - 10:
        t = tokens[stretch_start]
        key = t.text.casefold()
        if t.kind not in ("word", "number") and t.text not in ("'s", "’s"):
            break
        if key in _NP_BOUNDARIES or (key in _cues() and stretch_start != i and not _after_of(tokens, stretch_start)):
            break
        if (
            key == "and"
            and not (stretch_start > lo and tokens[stretch_start - 1].text[:1].isupper())
            and not _coordinated_description(tokens, stretch_start, lo)
        ):
            break
        stretch_start -= 1
    stretch_start += 1
    if stretch_start >= j:
        return None
    return _mention(article, tokens, stretch_start, j)


def _name_between_commas(article: Article, tokens: Sequence[Token], comma: int, lo: int) -> Mention | None:
    """``Apple's chief executive, Tim Cook, called``: the name set off by commas is the speaker."""
    i = comma - 1
    while i >= lo and tokens[i].kind == "word" and tokens[i].text[:1].isupper() and comma - i <= 4:
        i -= 1
    if i >= lo and tokens[i].text == "," and i + 1 < comma and comma - i - 1 >= 2:
        return _mention(article, tokens, i + 1, comma)
    return None


def _after_of(tokens: Sequence[Token], i: int) -> bool:
    """A cue form used as a noun inside a phrase: "Secretary of State", "the report"."""
    return i > 0 and (tokens[i - 1].text.casefold() in ("of", "for") or _used_as_noun(tokens, i))


def _coordinated_description(tokens: Sequence[Token], and_index: int, lo: int) -> bool:
    """``the former secretary of state and current ... nominee``: "and" inside one description
    that starts with "the" right after a boundary."""
    for i in range(and_index - 1, max(lo - 1, and_index - 7), -1):
        t = tokens[i]
        if t.kind != "word":
            return False
        if t.text.casefold() == "the":
            return i == lo or tokens[i - 1].kind == "punct" or tokens[i - 1].text.casefold() in _NP_BOUNDARIES
    return False


def _skip_parenthesis(tokens: Sequence[Token], close: int, lo: int) -> int:
    """``Rep. John Mica (R-Fla.) said``: jump back over a short parenthesis."""
    i = close - 1
    while i >= lo and tokens[i].text != "(" and close - i <= 8:
        i -= 1
    return i - 1 if i >= lo and tokens[i].text == "(" else close


def _skip_appositive(tokens: Sequence[Token], comma: int, lo: int) -> int:
    """``Hugh Hill, a doctor, said``: from the comma before the verb, jump over ``, a doctor``."""
    i = comma - 1
    while i >= lo and tokens[i].text not in (",", "(", '"', "“", "”") and comma - i <= 24:
        i -= 1
    if i >= lo and tokens[i].text == "," and i + 1 < comma:
        segment = "".join(t.text for t in tokens[i + 1 : comma])
        if PARTY_TAG.fullmatch(segment):
            return i - 1  # "Mitch McConnell, R-Ky., said"
        if (place_name(segment) or state_name(segment)) and i > lo and tokens[i - 1].text[:1].isupper():
            return i - 1  # "Judge Ana Ruiz in Dover, Delaware, said": the state of a place, no appositive
        first = tokens[i + 1].text.casefold()
        if first in ("a", "an", "the", "who") or tokens[i + 1].text.islower() or first.isdigit():
            return i - 1
    return comma  # not an appositive: the comma ends the search


def _is_ly_adverb(token: Token) -> bool:
    return token.kind == "word" and token.text.islower() and token.text.endswith("ly") and len(token.text) > 4


def _subject_after(article: Article, tokens: Sequence[Token], k: int, hi: int) -> Mention | None:
    """The speaker phrase right after a cue (``said Smith``, ``said the official``)."""
    i = k + 1
    if i < hi and tokens[i].text.casefold() in ("to",) and tokens[k].text.casefold() == "according":
        i += 1
    if i >= hi:
        return None
    first = tokens[i]
    if first.text.casefold() in PRONOUNS:
        return _mention(article, tokens, i, i + 1)
    j = i
    while j < hi and j - i < 10:
        t = tokens[j]
        key = t.text.casefold()
        if t.kind not in ("word", "number") and t.text not in ("'s", "’s"):
            break
        if j > i and (
            key
            in (
                "that",
                "in",
                "on",
                "at",
                "during",
                "after",
                "before",
                "when",
                "while",
                "who",
                "which",
                "as",
                "last",
                "this",
                "earlier",
            )
            or key in _cues()
        ):
            break
        j += 1
    if j == i:
        return None
    according = tokens[k].text.casefold() in ("according", "to")
    if not (
        according
        or first.text[:1].isupper()
        or first.text[:1].isdigit()
        or first.text.casefold() in _DETERMINERS
        or first.text.casefold() in _source_heads()
    ):
        return None
    return _mention(article, tokens, i, j)


_CALENDAR = WEEKDAYS_AND_MONTHS | MONTH_ABBREVIATIONS


_QUANTITY = frozenset("hundred hundreds thousand thousands million millions billion billions trillion percent per cent".split())


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _not_a_source(words: Sequence[str], keys: Sequence[str]) -> bool:
    """Phrases that never speak: numbers and amounts ("Four", "48 million"), dates ("April"),
    plural acronyms of things ("GCSEs"). "Two officials" still speaks: it has a source head."""
    heads = _source_heads()
    if any(k in heads for k in keys):
        return False
    if all(k[:1].isdigit() or k in _NUMBER_WORDS or k in _QUANTITY or k in ("one", "a", "$") for k in keys):
        return True
    if all(k.rstrip(".") in _CALENDAR or k[:1].isdigit() for k in keys):
        return True
    return len(words) == 1 and bool(_PLURAL_ACRONYM.fullmatch(words[0]))


_MODALS = frozenset("would will could should might must can may".split())
_RELATIVES = frozenset("who whom whose that which".split())


def _is_a_clause(keys: Sequence[str]) -> bool:
    """A modal verb with no relative pronoun before it makes the phrase a clause ("the deal would
    harm competition"); "people who would know" is still a source."""
    for key in keys:
        if key in _RELATIVES:
            return False
        if key in _MODALS:
            return True
    return False


_PLACE_LINKS = frozenset({"in", "of", "from", "at"})


def _name_then_place(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Does the phrase open with a name of two or more capitalised words, then "in", "of", "from"
    or "at" and more ("Judge Adrienne Nelson in Portland, Oregon", "Sen. Ann Lee of Ohio")?"""
    for p in range(i + 2, j - 1):
        if tokens[p].text in _PLACE_LINKS:
            return all(tokens[q].kind == "word" and tokens[q].text[:1].isupper() for q in range(i, p))
    return False


def _mention(article: Article, tokens: Sequence[Token], i: int, j: int) -> Mention | None:
    """Classify the phrase ``tokens[i:j]`` as a speaker mention (None if it cannot be one)."""
    while j > i and (tokens[j - 1].text.casefold() in _NOT_SPEAKERS or tokens[j - 1].text in (",", ";", ":")):
        j -= 1
    if j <= i:
        return None
    words = [t.text for t in tokens[i:j]]
    keys = [w.casefold() for w in words]
    if _not_a_source(words, keys):
        return None
    if keys[-1] in PRONOUNS and (len(words) == 1 or not words[-2][:1].isupper()):
        # "she", and "then I" / "so he" (a connective the tagger took into the source)
        if keys[-1] == "you":
            return None
        return Mention(tokens[j - 1].start, tokens[j - 1].end, words[-1], "pronoun")
    if _is_a_clause(keys):
        return None  # "the deal would harm competition": what was said, not who said it
    if _name_then_place(tokens, i, j):
        # "U.S. District Judge Adrienne Nelson in Portland, Oregon": the resolver takes the head
        return Mention(tokens[i].start, tokens[j - 1].end, article.text[tokens[i].start : tokens[j - 1].end], "name")
    # a name at the end of the phrase, unless the phrase is "the leaders of Japan and China"
    r = j
    while (
        r > i
        and tokens[r - 1].kind == "word"
        and (
            tokens[r - 1].text[:1].isupper()
            or tokens[r - 1].text in ("'s", "’s")
            or (r - 1 > i and tokens[r - 1].text in NAME_PARTICLES and tokens[r - 2].text[:1].isupper() and r < j)
        )
    ):
        r -= 1  # "Corriere della Sera", "Charles de Gaulle": a particle inside the name
    if r < j and tokens[j - 1].text not in ("'s", "’s"):
        r0 = r
        while r0 > i and tokens[r0 - 1].text.casefold() in _DETERMINERS:
            r0 -= 1
        if r0 - 1 > i and tokens[r0 - 1].text == ",":  # "the mayor of Dover, Delaware": a place and its state
            k = r0 - 1
            while k > i and tokens[k - 1].kind == "word" and tokens[k - 1].text[:1].isupper():
                k -= 1
            r0 = k if k < r0 - 1 else r0
        linked = r0 > i and tokens[r0 - 1].text.casefold() in _POSTMODIFIER_LINKS
        if not linked:
            start = r
            # keep a lower-case title right before the name ("spokesman John Kirby")
            return Mention(tokens[start].start, tokens[j - 1].end, article.text[tokens[start].start : tokens[j - 1].end], "name")
    if not (
        words[0][:1].isupper()
        or keys[0] in _DETERMINERS
        or keys[0] in _POSSESSIVES
        or keys[0][:1].isdigit()
        or any(k in _source_heads() for k in keys)
    ):
        return None  # no head a speaker could be ("come to", "failed to")
    text = article.text[tokens[i].start : tokens[j - 1].end]
    heads = _source_heads()
    first_link = next((n for n, k in enumerate(keys) if n > 0 and k in _POSTMODIFIER_LINKS), len(keys))
    head_words = keys[:first_link]
    kind = "nominal"
    for key in reversed(head_words):
        if key in heads:
            kind = heads[key]
            break
    if kind in ("anonymous", "group") and keys[0] == "the" and any(k.isdigit() or k in ("two", "three", "both") for k in keys):
        kind = "group"
    elif kind == "anonymous" and keys[0] == "the" and head_words[-1] in heads and not head_words[-1].endswith("s"):
        kind = "nominal"
    if keys[0] in ("both",) or (keys[0] == "the" and len(keys) > 2 and keys[1] in _NUMBER_WORDS):
        kind = "group"
    if all(w[:1].isupper() for w in words if w.casefold() not in ("of", "the", "for", "and")) and not (
        len(keys) == 1 and keys[0] in heads  # "Residents said": capitalised only because it opens the sentence
    ):
        kind = "name"
    return Mention(tokens[i].start, tokens[j - 1].end, text, kind)


def _cue_subject(
    article: Article, tokens: Sequence[Token], cue: Cue, lo: int, hi: int, inside: Sequence[bool], cues: Sequence[Cue]
) -> Mention | None:
    """Who a cue's words belong to: its subject; for ``X said, adding ...`` the subject of the
    sentence's earlier cue or, failing that, the sentence's subject."""
    k = cue.index
    comma_before = k > lo and (
        tokens[k - 1].text in (",", "—", "–") or (tokens[k - 1].text in _MARKS and k - 2 >= lo and tokens[k - 2].text == ",")
    )
    if tokens[k].text.endswith("ing") and comma_before:
        for earlier in reversed([c for c in cues if lo <= c.index < k]):
            mention = _subject_before(article, tokens, earlier.index, lo) or _subject_after(article, tokens, earlier.index, k)
            if mention:
                return mention
        return _sentence_subject(article, tokens, lo, k, inside)
    mention = _subject_before(article, tokens, k, lo)
    inverted = (
        k == lo or tokens[k - 1].text in _MARKS or (tokens[k - 1].text == "," and k - 2 >= lo and tokens[k - 2].text in _MARKS)
    )
    if mention is None and inverted:
        mention = _subject_after(article, tokens, k, hi)  # inverted: 'said Smith: "..."'
    return mention


def _sentence_subject(article: Article, tokens: Sequence[Token], lo: int, hi: int, inside: Sequence[bool]) -> Mention | None:
    """The subject at the start of a sentence (after an opening phrase ending in a comma)."""
    i = lo
    while i < hi and (inside[i] or tokens[i].kind == "punct"):
        i += 1
    if i + 1 < hi and tokens[i + 1].text == "," and tokens[i].text.casefold() not in PRONOUNS:
        i += 2  # "Meanwhile, it attacked ...", "However, ..."
    if i < hi and tokens[i].text.casefold() in _OPENING_PREPOSITIONS:
        comma = next((n for n in range(i, hi) if tokens[n].text == ","), None)
        if comma is not None:
            i = comma + 1
    while i < hi and tokens[i].kind == "punct":
        i += 1
    if i >= hi:
        return None
    if tokens[i].text.casefold() in PRONOUNS:
        return _mention(article, tokens, i, i + 1)
    j = i
    while j < hi and (tokens[j].kind == "word" or tokens[j].text in ("'s", "’s")) and j - i < 8:
        key = tokens[j].text.casefold()
        if j > i and (
            key in _NP_BOUNDARIES
            or key in _cues()
            or key in _BETWEEN_SUBJECT_AND_VERB
            or (tokens[j].text.islower() and tokens[j - 1].text[:1].isupper() and key not in _POSTMODIFIER_LINKS)
        ):
            break
        j += 1
    return _mention(article, tokens, i, j) if j > i else None


def _followed_by_that(tokens: Sequence[Token], k: int) -> bool:
    return any(t.text.casefold() == "that" for t in tokens[k + 1 : k + 4])
