"""People, places and organisations, found from the text's own patterns, with coreference.

No trained NER model is available offline, so this is a rule-based recogniser in the
tradition of gazetteer-and-pattern systems (GATE's ANNIE; Mikheev, Moens & Grover, EACL 1999):

- capitalised runs are split into place adjective, title and name (``analysis.names``);
- a name is a **place** when it is a country (ISO 3166 via pycountry, plus variants), a
  demonym's country, a region or geographic feature (``data/regions.txt``), a U.S. state
  or a city of 300,000 people or more (GeoNames, ``data/cities.txt``);
- an **organisation** when its last word is an organisation head (``data/org_heads.txt``:
  Party, Ministry, Times...), it is an acronym, or a noun such as "group" introduces it;
- a **person** when a title stands before it (``Foreign Minister Yoko Kamikawa``, ``current
  leader Tsai Ing-wen``), when it has two or three name-like words, or when it repeats the
  surname of a person already found. Role and affiliation come from the title, the place
  adjective or possessive before it (``Japanese``, ``U.S.``, ``Taiwan's``) and appositives
  (``Hugh Hill, a doctor,``).

Later mentions join the first: a surname or full name (the canonical name is the first full
name the article gives) and ``he``/``she`` (the most recent compatible person, gender learnt
from honorifics and from pronouns already linked).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, partial

from analysis import entity_model
from analysis.article import Article
from analysis.callable import make_callable
from analysis.names import capitalised_runs, caps_line, common_word, place_of, segment_run, title_length, zipf
from analysis.places import canonical_place, region_names
from analysis.resources import word_set
from analysis.stopwords import stopwords
from analysis.tokens import Token

_HONORIFICS = {
    "mr.": "m",
    "mr": "m",
    "mrs.": "f",
    "mrs": "f",
    "ms.": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "lord": "m",
    "lady": "f",
    "dame": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "emperor": "m",
    "empress": "f",
    "congressman": "m",
    "congresswoman": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
}
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_POSSESSIVE_DETERMINERS = frozenset("his her their its our my your".split())
_MODIFIERS = frozenset(
    "current former then acting new incoming outgoing top senior chief deputy longtime interim de facto late".split()
)
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december jan. feb. aug. sept. oct. nov. dec. i".split()
)


@dataclass
class Entity:
    """One person, place or organisation and every mention of it."""

    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def overlaps(self, start: int, end: int) -> bool:
        """Does a mention of this entity overlap ``[start, end)``? (Mentions are kept in order.)"""
        k = bisect.bisect_left(self.mentions, (end,))
        return any(s < end and start < e for s, e in self.mentions[max(0, k - 3) : k])

    def label(self, text: str) -> str:
        """The name to show: for a place, the way the article writes it most often ("U.S." or
        "United States", first written wins a tie; lines in capitals do not count); else ``name``."""
        if self.kind != "place":
            return self.name
        forms = [" ".join(text[s:e].split()) for s, e in self.mentions]
        cased = [f for f in forms if not f.isupper() or len(f) <= 4]
        if not cased:  # only ever in capitals (a dateline, a headline): the canonical name
            return self.name
        counts = Counter(cased)
        return max(counts, key=lambda f: (counts[f], -cased.index(f)))


_GENDER_CODES = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}


@cache
def given_names() -> dict[str, str | None]:
    """Given name -> ``m``/``f`` when Jörg Michael's first-name dictionary (nam_dict.txt, about
    48,000 names, shipped in the ``gender-guesser`` package) lists it under one gender only, None
    when under both or as either ("?")."""
    from importlib import resources

    text = resources.files("gender_guesser").joinpath("data", "nam_dict.txt").read_text(encoding="utf-8")
    names: dict[str, str | None] = {}
    for code, raw in _NAME_LINE.findall(text):
        gender = _GENDER_CODES.get(code)
        for name in {raw.replace("+", r) for r in ("", " ", "-")} if "+" in raw else (raw,):
            key = name.lower()
            names[key] = gender if names.get(key, gender) == gender else None
    return names


_NAME_LINE = re.compile(r"^([?1]?[MF]|\?) +(\S+)", re.MULTILINE)


def first_name_gender(name: str) -> str | None:
    """``m`` or ``f`` when a full name's first word is a given name of one gender only, else None.

    Evidence for resolving ``he``/``she`` only, never reported as anyone's gender.
    """
    words = name.split()
    if len(words) < 2 or not words[0].isalpha():
        return None
    return given_names().get(words[0].lower())


@cache
def _org_heads() -> frozenset[str]:
    return word_set("org_heads.txt")


@cache
def _cities_and_states() -> frozenset[str]:
    return word_set("cities.txt")


def place_name(text: str) -> str | None:
    """Canonical name if ``text`` names a place (country, region, feature, state, large city)."""
    found = canonical_place(text)
    if found:
        return found
    whole, features = region_names()
    bare = text[4:] if text.startswith("the ") else text
    if bare in whole or bare.split()[-1] in features:
        return bare
    if bare in _cities_and_states():
        return bare
    return None


def _is_org(words: Sequence[str]) -> bool:
    """Ends with an organisation word ("Foreign Ministry"); an organisation word followed by "of",
    "for" or "on" ("Ministry of Defence", "Roper Center for Public Opinion Research"); a club after
    a name ("Leeds United"); "PT ..." (an Indonesian company)."""
    heads = _org_heads()
    if words[-1] in heads:
        return True
    if len(words) > 1 and (words[0] in ("PT", "PT.") or words[-1] in word_set("club_endings.txt")):
        return True
    return any(w in heads and nxt in ("of", "for", "on") for w, nxt in zip(words, words[1:]))


def _names_a_group(words: Sequence[str]) -> bool:
    """ "Americans", "African Americans", "Republicans": a group of people, not an entity."""
    last = words[-1]
    return len(words) <= 2 and (last in word_set("group_names.txt") or (last.endswith("s") and place_of(last[:-1]) is not None))


_COMMON_ACRONYM_ZIPF = 5.0  # "NO", "WHITE", "ALL": shouted words, not acronyms (wordfreq Zipf scale)


def _is_acronym(words: Sequence[str]) -> bool:
    """One word in capitals ("NATO", "CNN"): usually an organisation in news, but also "DNA", "AI";
    never a shouted common word ("NO", "ALL")."""
    single = words[0] if len(words) == 1 else ""
    return (
        len(single) >= 2
        and single.replace(".", "").isupper()
        and single.isalpha()
        and not canonical_place(single)
        and zipf(single.casefold()) < _COMMON_ACRONYM_ZIPF
    )


def _org_key(name: str) -> str:
    """An organisation's name for matching: case, spaces, punctuation and a leading "the" ignored."""
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", name.casefold()))


class Registry:
    """The article's entities, built in reading order, with name and pronoun coreference."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_name: dict[tuple[str, str], Entity] = {}
        self._starts: list[int] = []  # person mentions, sorted by start
        self._people: list[Entity] = []
        self.subjects: list[tuple[int, Entity]] = []  # first person mention of each sentence
        self._by_word: dict[str, list[Entity]] = {}  # people by each word of their name
        self._by_org_key: dict[str, Entity] = {}
        self._org_mentions: list[tuple[int, int, Entity]] = []  # (start, id, organisation), sorted
        self._quoted: list[tuple[int, int]] = []  # spans inside quotation marks, sorted

    def mark_quoted(self, start: int, end: int) -> None:
        """Record ``[start, end)`` as inside quotation marks (spans arrive in reading order)."""
        self._quoted.append((start, end))

    def in_quote(self, pos: int) -> bool:
        """Is ``pos`` inside quotation marks? (A person named in a quote is not the sentence's subject.)"""
        i = bisect.bisect_right(self._quoted, pos, key=lambda q: q[0]) - 1
        return i >= 0 and pos < self._quoted[i][1]

    def add(
        self,
        kind: str,
        name: str,
        start: int,
        end: int,
        role: str | None = None,
        affiliation: str | None = None,
        gender: str | None = None,
    ) -> Entity:
        """Record a mention, joining an existing entity when the name matches."""
        entity = self.find(kind, name, start)
        if entity is None:
            entity = Entity(name, kind, role, affiliation, gender)
            self.entities.append(entity)
            self._index(entity)
        elif kind == "person" and len(name.split()) > len(entity.name.split()) and name.endswith(entity.surname):
            entity.name = name  # the first full name the article gives becomes canonical
            self._index(entity)
        self._by_name.setdefault((kind, name), entity)
        entity.role = entity.role or role
        entity.affiliation = entity.affiliation or affiliation
        entity.gender = entity.gender or gender
        self.note(entity, start, end)
        return entity

    def note(self, entity: Entity, start: int, end: int) -> None:
        """Add a mention (a name or a resolved pronoun) to an entity, keeping its mentions in order."""
        bisect.insort(entity.mentions, (start, end))
        if entity.kind == "organization":
            bisect.insort(self._org_mentions, (start, id(entity), entity), key=lambda m: m[0])
        if entity.kind == "person":
            i = bisect.bisect_right(self._starts, start)
            self._starts.insert(i, start)
            self._people.insert(i, entity)

    def _index(self, entity: Entity) -> None:
        """Index an entity by the words of its name (people) or its matching key (organisations)."""
        if entity.kind == "person":
            for word in entity.name.split():
                found = self._by_word.setdefault(word, [])
                if entity not in found:
                    found.append(entity)
        elif entity.kind == "organization":
            self._by_org_key.setdefault(_org_key(entity.name), entity)

    def find(self, kind: str, name: str, before: int | None = None) -> Entity | None:
        """An entity of that kind already known under ``name`` or (people) its surname."""
        exact = self._by_name.get((kind, name))
        if exact:
            return exact
        if kind == "organization":  # "Time Warner", "TimeWarner", "the Time Warner"
            return self._by_org_key.get(_org_key(name))
        if kind != "person" or not name.split():
            return None
        words = name.split()
        candidates = [
            e
            for e in self._by_word.get(words[-1], ())
            if e.surname == words[-1] or (len(words) == 1 and words[0] in e.name.split())
        ]
        if not candidates:
            return None
        if len(candidates) == 1 or before is None:
            return candidates[0]
        return self._most_recent(candidates, before) or candidates[0]

    def _most_recent(self, candidates: Sequence[Entity], before: int) -> Entity | None:
        best, best_pos = None, -1
        for e in candidates:
            k = bisect.bisect_left(e.mentions, (before,))
            if k and e.mentions[k - 1][0] > best_pos:
                best, best_pos = e, e.mentions[k - 1][0]
        return best

    def organizations_before(self, pos: int, window: int = 200) -> list[Entity]:
        """Organisations mentioned before ``pos``, most recent first (each once), from the last ``window`` mentions."""
        k = bisect.bisect_left(self._org_mentions, pos, key=lambda m: m[0])
        return _latest_first(entity for _start, _id, entity in self._org_mentions[max(0, k - window) : k])

    def people_before(self, pos: int, window: int = 200) -> list[Entity]:
        """People mentioned before ``pos``, most recent first (each once), from the last ``window`` mentions."""
        i = bisect.bisect_left(self._starts, pos)
        return _latest_first(self._people[max(0, i - window) : i])

    def recent_subjects(self, pos: int, window: int = 3) -> list[Entity]:
        """People who were sentence subjects in the last ``window`` sentences before ``pos``, latest first."""
        k = bisect.bisect_left(self.subjects, pos, key=lambda s: s[0])
        return _latest_first((entity for _start, entity in self.subjects[max(0, k - 10 * window) : k]), window)

    def sentence_subject(self, sentence_start: int, pos: int) -> Entity | None:
        """The first person mentioned in the sentence that starts at ``sentence_start``, before ``pos``."""
        i = bisect.bisect_left(self._starts, sentence_start)
        while i < len(self._starts) and self._starts[i] < pos:
            if not self.in_quote(self._starts[i]):
                return self._people[i]
            i += 1
        return None

    def resolve_pronoun(self, pronoun: str, pos: int, preferred: Sequence[Entity] = ()) -> Entity | None:
        """The person a he/she refers to: a preferred (e.g. recent speaker), a recent sentence
        subject, or the most recent compatible person (centering: subjects are the likeliest referents)."""
        gender = PRONOUN_GENDER.get(pronoun.casefold())
        if gender is None:
            return None
        for pool in (preferred, self.recent_subjects(pos), self.people_before(pos)):
            for e in pool:
                if e.gender is None and not e.__dict__.get("_name_checked"):
                    e.gender = first_name_gender(e.name)  # looked up only when a pronoun needs it
                    e.__dict__["_name_checked"] = True
            compatible = [e for e in pool if e.gender in (None, gender)]
            if compatible:
                chosen = next((e for e in compatible if e.gender == gender), None) if pool is preferred else None
                chosen = chosen or compatible[0]
                if chosen.gender is None:
                    chosen.gender = gender
                return chosen
        return None


def _latest_first(entities: Iterable[Entity], most: int | None = None) -> list[Entity]:
    """Entities in reverse order of the given (oldest-first) sequence, each once, at most ``most``."""
    seen: set[int] = set()
    out: list[Entity] = []
    for entity in reversed(list(entities)):
        if id(entity) not in seen:
            seen.add(id(entity))
            out.append(entity)
            if most is not None and len(out) >= most:
                break
    return out


def build_registry(article: Article, sections: Sequence[str] = ("body", "headline", "caption")) -> Registry:
    """Find every entity mention in reading order; pronouns join the most recent compatible person."""
    from analysis.quotes import quote_spans

    registry = Registry()
    for paragraph in article.paragraphs_in(*sections):
        for q in quote_spans(article.text, paragraph.start, paragraph.end):
            registry.mark_quoted(q.open, q.close)
    for sentence in article.sentences_in(*sections):
        tokens = list(article.tokens_in(sentence.start, sentence.end))
        people_before = len(registry.subjects)
        paragraph_start = sentence.start == article.paragraphs[sentence.paragraph].start
        headline = sentence.section == "headline" or sentence.index == 0  # a first line, even with a full stop
        first_person = _sentence_entities(article, tokens, registry, paragraph_start, headline)
        if first_person is not None and registry.in_quote(first_person[0]):
            first_person = None
        for t in tokens:
            if t.text.casefold() in ("he", "she") and t.kind == "word":
                subject = registry.sentence_subject(sentence.start, t.start)
                entity = registry.resolve_pronoun(t.text, t.start, [subject] if subject else ())
                if entity is not None:
                    registry.note(entity, t.start, t.end)
                    if (first_person is None or t.start < first_person[0]) and not registry.in_quote(t.start):
                        first_person = (t.start, entity)
        if first_person is not None and len(registry.subjects) == people_before:
            registry.subjects.append(first_person)
    return registry


def _dateline(tokens: Sequence[Token], first: int, last: int, paragraph_start: bool) -> bool:
    """``LONDON 1996-08-30``, ``ROME (Reuters) -``, ``SPRINGFIELD, Ill. --``: a place in capitals opening a paragraph."""
    if not paragraph_start or first != 0 or not all(t.text.isupper() or not t.text.isalpha() for t in tokens[first:last]):
        return False
    nxt = tokens[last].text if last < len(tokens) else ""
    return nxt[:1].isdigit() or nxt in (",", "(", "-", "--", "—", "–")


def _title_case_line(tokens: Sequence[Token]) -> bool:
    """A headline In Title Case: capitals mark the style, not the names."""
    words = [t.text for t in tokens if t.kind == "word" and t.text[:1].isalpha()]
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 4 and bool(long_words) and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _sentence_entities(
    article: Article, tokens: list[Token], registry: Registry, paragraph_start: bool = False, headline: bool = False
) -> tuple[int, Entity] | None:
    """Add the sentence's name mentions; return the first person mentioned (start, entity)."""
    first_person = None
    caps = caps_line(tokens)
    if caps or (headline and _title_case_line(tokens)):
        # capitals mark the style here: only known places, and (in Title Case) a name after a title
        for first, last in capitalised_runs(tokens, first_is_sentence_start=False):
            text = article.text[tokens[first].start : tokens[last - 1].end]
            place = place_name(text.title()) or place_name(text)
            if place:
                registry.add("place", place, tokens[first].start, tokens[last - 1].end)
                continue
            segments = segment_run(tokens, first, last)
            for before, seg in zip(segments, segments[1:]):
                if not caps and before.kind == "title" and seg.kind == "name":
                    name = article.text[tokens[seg.first].start : tokens[seg.last - 1].end]
                    role = article.text[tokens[before.first].start : tokens[before.last - 1].end]
                    registry.add("person", name, tokens[seg.first].start, tokens[seg.last - 1].end, role)
        return None
    labels: list[str] | None = None  # the learned kinds, computed when a name first needs them

    def learned_kind(first: int, last: int) -> str | None:
        nonlocal labels
        if labels is None:
            labels = entity_model.tag(tokens)
        return entity_model.KINDS.get(Counter(labels[first:last]).most_common(1)[0][0])

    for first, last in capitalised_runs(tokens):
        if _dateline(tokens, first, last, paragraph_start):
            text = article.text[tokens[first].start : tokens[last - 1].end]
            registry.add("place", place_name(text.title()) or text.title(), tokens[first].start, tokens[last - 1].end)
            continue
        segments = segment_run(tokens, first, last)
        role = affiliation = gender = None
        lead_role, lead_affiliation = _lowercase_title_before(tokens, first)
        for k, seg in enumerate(segments):
            words = [t.text for t in tokens[seg.first : seg.last]]
            text = article.text[tokens[seg.first].start : tokens[seg.last - 1].end]
            start, end = tokens[seg.first].start, tokens[seg.last - 1].end
            if seg.kind == "place":
                affiliation = place_of(text)
                if canonical_place(text):  # "U.S." is a mention of the country; "Japanese" is not
                    registry.add("place", canonical_place(text), start, end)
                continue
            if seg.kind == "title":
                title = text
                key = title.casefold()
                if key in _HONORIFICS:
                    gender = _HONORIFICS[key]
                else:
                    role = title
                    gender = gender or _HONORIFICS.get(key)
                continue
            name_words = words[1:] if words[0].casefold() == "the" else words
            if not name_words or (len(name_words) == 1 and name_words[0].casefold() in _NOT_NAMES):
                continue
            if len(name_words) > 2 and name_words[0] in word_set("group_names.txt") and name_words[1].lower() in given_names():
                # "Republican Donald Trump", "Democrat Hillary Clinton": a party or group word, then the name
                affiliation = name_words[0]
                start = tokens[seg.first + len(words) - len(name_words) + 1].start
                name_words = name_words[1:]
            has_title = k > 0 and segments[k - 1].kind == "title"
            if has_title and _is_org(name_words):  # "General Assembly", "Security Council"
                start = tokens[segments[k - 1].first].start
                registry.add("organization", article.text[start:end], start, end)
                role = affiliation = gender = None
                continue
            if not has_title and lead_role and k == 0:
                role, affiliation, has_title = lead_role, lead_affiliation, True
            kind, canonical = _classify(
                tokens, seg.first, " ".join(name_words), has_title, registry, partial(learned_kind, seg.first, seg.last), seg.last
            )
            if kind is None:
                continue
            if kind == "person":
                appositive_role = _appositive_role(tokens, seg.last)
                entity = registry.add("person", canonical, start, end, role or appositive_role, affiliation, gender)
                if first_person is None:
                    first_person = (start, entity)
            else:
                registry.add(kind, canonical, start, end)
            role = affiliation = gender = None
    return first_person


def _classify(
    tokens: list[Token],
    first: int,
    name: str,
    has_title: bool,
    registry: Registry,
    learned: Callable[[], str | None] | None = None,
    last: int | None = None,
) -> tuple[str | None, str]:
    """What the name segment starting at token ``first`` is: person, place, organisation or nothing.

    The text's own evidence decides first (a title, a known place, an organisation word, a person
    already named); then the learned tagger's kind (``learned``, asked only when the evidence has
    not decided: tagging is the costly part); then a known given name."""
    words = name.split()
    if has_title:
        return "person", name
    place = place_name(name)
    if place:
        return "place", place
    if _is_org(words) or (first > 0 and tokens[first - 1].text.casefold() in _org_introducers()):
        return "organization", name[4:] if name.startswith("The ") else name
    if registry.find("person", name, tokens[first].start):
        return "person", name
    if first > 0 and tokens[first - 1].text.casefold() in _POSSESSIVE_DETERMINERS:
        return None, name  # "her Santa Barbara home": a name after "her" modifies a noun, it is no person
    if place_of(name) or _names_a_group(words):
        return None, name  # a demonym used as an adjective ("Iranian-backed", "Palestinian"), "Republicans"
    if len(words) == 1 and common_word(words[0], opens_sentence=all(t.kind == "punct" for t in tokens[:first])):
        return None, name  # "Fortunately" opening a sentence, "the World": a word, capitalised
    if last is not None and _appositive_role(tokens, last):
        return "person", name  # "Frantisek Gaulieder, a Slovak lawmaker, said"
    kind = learned() if learned is not None else None
    if kind is not None:
        return kind, name[4:] if kind != "person" and name.startswith("The ") else name
    if _is_acronym(words):
        return "organization", name
    if 2 <= len(words) <= 3 and all(_name_like(w) for w in words) and words[0].lower() in given_names():
        return "person", name  # a given name first: "Jake Sullivan", not "Inauguration Day"
    return None, name


def _name_like(word: str) -> bool:
    """Could be part of a person's name: capitalised, not a stop word, no place or demonym in it."""
    return word[:1].isupper() and word.casefold() not in stopwords() and not any(place_of(part) for part in word.split("-"))


@cache
def _org_introducers() -> frozenset[str]:
    return frozenset(
        {
            "group",
            "party",
            "company",
            "newspaper",
            "broadcaster",
            "agency",
            "network",
            "firm",
            "organization",
            "organisation",
            "movement",
            "militia",
            "outlet",
            "daily",
            "magazine",
        }
    )


def _lowercase_title_before(tokens: list[Token], first: int) -> tuple[str | None, str | None]:
    """A lower-case title before a name (``Taiwan's current leader Tsai``) and its place."""
    i = first - 1
    title_words: list[str] = []
    while i >= 0 and tokens[i].kind == "word" and tokens[i].text.islower() and len(title_words) < 3:
        title_words.insert(0, tokens[i].text)
        i -= 1
    if title_words and i >= 0 and tokens[i].kind == "word" and title_length(tokens, i, first) == first - i:
        title_words.insert(0, tokens[i].text)  # "Council member Ana Ruiz", "Head coach Tom Baker"
    for n in range(len(title_words), 0, -1):
        start = first - n
        if title_length(tokens, start, first) == n:
            j = start - 1
            while j >= 0 and tokens[j].text.casefold() in _MODIFIERS:
                j -= 1
            affiliation = None
            if j >= 1 and tokens[j].text in ("'s", "’s"):
                affiliation = place_of(tokens[j - 1].text)
            elif j >= 0:
                affiliation = place_of(tokens[j].text)
            return " ".join(t.text for t in tokens[start:first]), affiliation
    return None, None


def _appositive_role(tokens: list[Token], after: int) -> str | None:
    """``Hugh Hill, a doctor, said`` -> ``doctor``: a title after the name between commas."""
    if after + 2 >= len(tokens) or tokens[after].text != ",":
        return None
    j = after + 1
    if tokens[j].text.casefold() in ("a", "an", "the"):
        j += 1
    while j < len(tokens) and (tokens[j].text.casefold() in _MODIFIERS or place_of(tokens[j].text)):
        j += 1  # "a senior Slovak lawmaker"
    n = title_length(tokens, j) if j < len(tokens) else 0
    if n:
        return " ".join(t.text for t in tokens[j : j + n])
    return None


def _registry(article: Article, sections: Sequence[str]) -> Registry:
    """The article's cast (entities with the speakers the quote resolver found) for the usual sections."""
    if set(sections) == {"headline", "body", "caption"}:
        from analysis.quotes import cast

        return cast(article)
    return build_registry(article, sections)


def entities(article: Article, sections: Sequence[str] = ("body", "headline", "caption")):
    """People, places and organisations: name, kind, mentions, role, affiliation (a DataFrame)."""
    import pandas as pd

    registry = _registry(article, sections)
    rows = [
        {
            "name": e.label(article.text),
            "kind": e.kind,
            "mentions": len(e.mentions),
            "role": e.role,
            "affiliation": e.affiliation,
            "first_start": min(s for s, _ in e.mentions),
        }
        for e in registry.entities
    ]
    frame = pd.DataFrame(rows, columns=["name", "kind", "mentions", "role", "affiliation", "first_start"])
    return frame.sort_values(["first_start"]).reset_index(drop=True)


MENTION_COLUMNS = ["name", "kind", "start", "end", "text", "sentence", "paragraph"]


def entity_mentions(article: Article, sections: Sequence[str] = ("body", "headline", "caption")):
    """Every mention of every entity (names and resolved pronouns) as offsets: a DataFrame with
    name, kind, start, end, text (``article.text[start:end]``), sentence and paragraph."""
    import pandas as pd

    return pd.DataFrame(mention_rows(article, sections), columns=MENTION_COLUMNS)


def mention_rows(article: Article, sections: Sequence[str] = ("body", "headline", "caption")) -> list[dict]:
    """The rows of ``entity_mentions``, by offset."""
    rows = []
    for e in _registry(article, sections).entities:
        label = e.label(article.text)
        for start, end in sorted(set(e.mentions)):
            sentence = article.sentence_at(start)
            rows.append(
                {
                    "name": label,
                    "kind": e.kind,
                    "start": start,
                    "end": end,
                    "text": article.text[start:end],
                    "sentence": sentence.index if sentence else None,
                    "paragraph": sentence.paragraph if sentence else None,
                }
            )
    return sorted(rows, key=lambda r: (r["start"], r["end"]))


def entity_network(article: Article, sections: Sequence[str] = ("body",), top: int = 25):
    """People, places and organisations that share sentences: (nodes, edges) DataFrames.

    nodes: name, kind, mentions (in the chosen sections); edges: source, target, weight
    (sentences shared). Only the ``top`` most mentioned entities that share a sentence with another.
    """
    import pandas as pd

    registry = _registry(article, ("headline", "body", "caption"))

    def sentence_of(pos: int) -> int | None:
        sentence = article.sentence_at(pos)
        return sentence.index if sentence is not None and sentence.section in sections else None

    where: dict[str, set[int]] = {}
    kinds: dict[str, str] = {}
    mentions: dict[str, int] = {}
    for e in registry.entities:
        found = [n for n in (sentence_of(s) for s, _ in e.mentions) if n is not None]
        if found:
            label = e.label(article.text)
            where[label], kinds[label], mentions[label] = set(found), e.kind, len(found)
    ranked = sorted(where, key=lambda n: (-mentions[n], n))[:top]
    edges = []
    for i, a in enumerate(ranked):
        for b in ranked[i + 1 :]:
            shared = len(where[a] & where[b])
            if shared:
                edges.append({"source": a, "target": b, "weight": shared})
    linked = {e["source"] for e in edges} | {e["target"] for e in edges}
    nodes = pd.DataFrame(
        [{"name": n, "kind": kinds[n], "mentions": mentions[n]} for n in ranked if n in linked],
        columns=["name", "kind", "mentions"],
    )
    return nodes, pd.DataFrame(edges, columns=["source", "target", "weight"])


make_callable(__name__, entities, "people, places and organisations")
