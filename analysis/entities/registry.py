"""Who is in the article, once: each person, place and organisation with every mention as
offsets, later mentions (a surname, ``he``/``she``) joined to the first, and the given names
(``gender-guesser``) that tell a pronoun whom it may mean."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from analysis.entities.market import listed
from analysis.name_words import company_words, given_names
from analysis.places import canonical_place, state_name
from analysis.resources import word_set

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


@dataclass
class Entity:
    """One person, place or organisation and every mention of it."""

    name: str
    kind: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    guessed: bool = True  # every mention's kind came from the learned tagger, none from the text's evidence

    @property
    def surname(self) -> str:
        return self.name.split()[-1]

    def overlaps(self, start: int, end: int) -> bool:
        """Does a mention of this entity overlap ``[start, end)``? (Mentions are kept in order.)"""
        k = bisect.bisect_left(self.mentions, (end,))
        return any(s < end and start < e for s, e in self.mentions[max(0, k - 3) : k])

    def label(self, text: str) -> str:
        """The name to show: for a place, the way the article writes it most often ("U.S." or
        "United States", first written wins a tie; lines in capitals and a state's AP abbreviation
        ("Vt.") do not count, and give the canonical name where nothing else names it). So too for a
        union of states, an organisation known by several names ("EU", "U.N."); else ``name``."""
        if self.kind != "place" and self.name not in word_set("bodies.txt"):
            return self.name
        forms = [" ".join(text[s:e].split()) for s, e in self.mentions]
        cased = [f for f in forms if not f.isupper() or (len(f) <= 4 and f.title() != self.name)]  # "US", not "BONN"
        if not cased:  # only ever in capitals (a dateline, a headline): the canonical name
            return self.name
        cased = [f for f in cased if state_name(f) is None]
        if not cased:  # only a state's AP abbreviation ("Vt." in a party tag): the state's name
            return self.name
        counts = Counter(cased)
        return max(counts, key=lambda f: (counts[f], -cased.index(f)))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _same_given_name(words: Sequence[str], known: Sequence[str]) -> bool:
    """Can two names with one surname be one person? Yes unless both give a first name and the
    first names differ ("Bill Clinton" is not "Hillary Clinton", "Jeb Bush" not "George W. Bush");
    an initial agrees with any name it begins ("H. Clinton"). Where both give middle initials they
    must agree too: "George W. Bush" is not "George H.W. Bush"."""
    if len(words) < 2 or len(known) < 2:
        return True
    short, long = sorted((list(words), list(known)), key=len)
    extra = long[: len(long) - len(short)]
    given = all(_INITIALS.fullmatch(w) or w.casefold() in given_names() for w in extra)
    if long[len(extra) :] == short and len(extra) <= 2 and given:
        return True  # "Deve Gowda" is "H.D. Deve Gowda", "Wasserman Schultz" is "Debbie Wasserman Schultz"
    a, b = words[0].rstrip("."), known[0].rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    middle_a, middle_b = _middle_initials(words), _middle_initials(known)
    return a == b and (not middle_a or not middle_b or middle_a == middle_b)


def _middle_initials(words: Sequence[str]) -> str:
    """The letters of the initials between a given name and a surname ("H.W." -> "HW")."""
    middle = words[1:-1]
    return "".join(w.replace(".", "") for w in middle) if all(_INITIALS.fullmatch(w) for w in middle) else ""


_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def first_name_gender(name: str) -> str | None:
    """``m`` or ``f`` when a full name's first word is a given name of one gender only, else None.

    Evidence for resolving ``he``/``she`` only, never reported as anyone's gender.
    """
    words = name.split()
    if len(words) < 2 or not words[0].isalpha():
        return None
    return given_names().get(words[0].lower())


@cache
def _legal_forms() -> frozenset[str]:
    """A company's legal forms at the end of its name: the suffixes list, and "Co" ("Boeing Co",
    "Ford Motor Company"), which the list leaves to the organisation endings."""
    return word_set("company_suffixes.txt") | {"Co", "Cos", "Company"}


@lru_cache(maxsize=4096)
def _org_key(name: str) -> str:
    """An organisation's name for matching: case, spaces, punctuation, a leading "the" and a
    company's legal form at the end ignored ("British Airways Plc" is "British Airways")."""
    words = name.split()
    while len(words) > 1 and words[-1].rstrip(".,") in _legal_forms():
        words.pop()
    return re.sub(r"[\W_]+", "", re.sub(r"^the\s+", "", " ".join(words).casefold()))


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
        self._sure_org_keys: set[str] = set()  # organisations the text's evidence made, not the tagger's guess
        self._org_mentions: list[tuple[int, int, Entity]] = []  # (start, id, organisation), sorted
        self._quoted: list[tuple[int, int]] = []  # spans inside quotation marks, sorted
        self.caps_runs: list[list] = []  # runs of a line in capitals whose words are read once the story is

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
        guessed: bool | None = False,
    ) -> Entity:
        """Record a mention, joining an existing entity when the name matches. ``guessed``: the
        kind is the learned tagger's, not the text's evidence; None: the kind is the entity's own
        (a later mention of a known person), which tells nothing new."""
        entity = self.find(kind, name, start)
        if entity is None:
            entity = Entity(name, kind, role, affiliation, gender)
            self.entities.append(entity)
            self._index(entity)
        elif kind == "person" and len(name.split()) > len(entity.name.split()) and name.endswith(entity.surname):
            entity.name = name  # the first full name the article gives becomes canonical
            self._index(entity)
        self._by_name.setdefault((kind, name), entity)
        if kind == "place":  # "Britain" in a sentence and "(Britain)" in a table's row, read as "United Kingdom"
            self._by_name.setdefault((kind, canonical_place(name) or state_name(name) or name), entity)
        if guessed is not None:
            entity.guessed = entity.guessed and guessed
        if kind == "organization" and guessed is False:
            self._sure_org_keys.add(_org_key(name))
        entity.role = entity.role or role
        entity.affiliation = entity.affiliation or affiliation
        entity.gender = entity.gender or gender
        self.note(entity, start, end)
        return entity

    def settle(self) -> None:
        """One sense per article, looking back: a place or person the tagger guessed before the
        text's evidence made the same name an organisation ("Israel's Likud seeks" in a headline,
        "the ruling Likud party" after; "Valeant" before "Valeant shares fell") is that organisation,
        and a one-word place or organisation it guessed that is the surname of one person the article
        names in full, or by that one name with a title, is that person ("Zimbabwe's Mugabe" in a
        headline, "Robert Mugabe" after; "Indonesia's Suharto", "President Suharto"). A
        guessed place or person whose name begins or ends a sure organisation's is that body
        ("Daewoo" of "Daewoo Group", "Red Cross workers" after "International Committee of the Red
        Cross")."""
        for entity in [e for e in self.entities if e.kind in ("place", "person") and e.guessed]:
            key = _org_key(entity.name)
            if key not in self._sure_org_keys or key not in self._by_org_key:
                continue
            self._move(entity, self._by_org_key[key])
        for entity in [e for e in self.entities if e.kind in ("place", "organization") and e.guessed and " " not in e.name]:
            people = [
                p
                for p in self._by_word.get(entity.name, ())
                if p.surname == entity.name and (p.role or (" " in p.name and p.name.split()[0].casefold() in given_names()))
            ]
            # "Zimbabwe's Mugabe" in a headline, "President Robert Mugabe" after
            if len(people) == 1:
                self._move(entity, people[0])
        for entity in [e for e in self.entities if e.kind in ("place", "person") and e.guessed and not e.role]:
            body = self._named_within(entity)
            if body is not None:  # "Daewoo to buy stake" in a headline, "Daewoo Group said" after
                self._move(entity, body)

    def _named_within(self, entity: Entity) -> Entity | None:
        """The first organisation the text's evidence made whose name ends with the entity's name of
        two words or more ("Red Cross" of "International Committee of the Red Cross"), or, for a
        person's one word, is that word and a company's words ("Daewoo" of "Daewoo Group", not
        "Obama" of "Obama Administration" nor "Chelsea" of "Chelsea Clinton Foundation")."""
        words = entity.name.split()
        for org in self.entities:
            parts = org.name.split()
            if org.kind != "organization" or org.guessed or len(parts) <= len(words):
                continue
            if len(words) > 1 and parts[-len(words) :] == words:
                return org
            if entity.kind == "person" and len(words) == 1 and parts[0] == words[0] and set(parts[1:]) <= company_words():
                return org
            if entity.kind == "place" and len(words) == 1 and parts[0] == words[0] and listed(words[0]):
                return org  # "Toyota to build a plant" in a headline, "Toyota Motor Corp said" after: not the town
        return None

    def _move(self, entity: Entity, into: Entity) -> None:
        """Make every mention of ``entity`` one of ``into``, and take ``entity`` out of the article
        and out of every index."""
        self.entities.remove(entity)
        for name_key in [k for k, v in self._by_name.items() if v is entity]:
            del self._by_name[name_key]
        for word in entity.name.split():
            if entity in self._by_word.get(word, ()):
                self._by_word[word].remove(entity)
        kept = [(s, p) for s, p in zip(self._starts, self._people) if p is not entity]
        self._starts, self._people = [s for s, _ in kept], [p for _, p in kept]
        self.subjects = [(s, p) for s, p in self.subjects if p is not entity]
        for start, end in entity.mentions:
            self.note(into, start, end)

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
        if kind == "place":  # "N.H." or "Fla." is the place first named "New Hampshire" or "Florida"
            return self._by_name.get((kind, canonical_place(name) or state_name(name) or name))
        if kind == "organization":  # "Time Warner", "TimeWarner", "the Time Warner"
            return self._by_org_key.get(_org_key(name))
        if kind != "person" or not name.split():
            return None
        words = name.split()
        candidates = [
            e
            for e in self._by_word.get(words[-1], ())
            if (e.surname == words[-1] and _same_given_name(words, e.name.split()))
            or (len(words) == 1 and words[0] in e.name.split())
        ]
        if not candidates:
            return None
        if len(candidates) == 1 or before is None:
            return candidates[0]
        return self._most_recent(candidates, before) or candidates[0]

    def covering(self, start: int, end: int) -> Entity | None:
        """The entity one of whose mentions contains ``[start, end)``, if any."""
        return next((e for e in self.entities if any(s <= start and end <= t for s, t in e.mentions)), None)

    def sure_organization(self, name: str) -> bool:
        """Has the text's own evidence made ``name`` an organisation ("the company Gazprom", a
        team in a results row)? Then it stays one in this article."""
        return _org_key(name) in self._sure_org_keys

    def organization_headed(self, name: str) -> Entity | None:
        """An organisation the text's evidence named whose longer name begins with ``name``
        ("Daewoo" after "Daewoo Group", "Thomson" after "Thomson SA")."""
        words = name.split()
        for entity in self.entities:
            longer = entity.name.split()
            if (
                entity.kind == "organization"
                and len(longer) > len(words)
                and longer[: len(words)] == words
                and _org_key(entity.name) in self._sure_org_keys
            ):
                return entity
        return None

    def family_name(self, name: str) -> bool:
        """Is the last word of a full name a known person's surname ("Chelsea Clinton" after
        "Hillary Clinton"): a relative, a person too, even where ``find`` keeps them apart."""
        words = name.split()
        return len(words) >= 2 and any(e.kind == "person" and e.surname == words[-1] for e in self._by_word.get(words[-1], ()))

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
