"""Speakers resolved to people: names join the first full name (``Kamikawa`` -> ``Yoko
Kamikawa``), ``he``/``she`` the most recent compatible speaker or person, ``they`` the most recent
group, role nouns (``the minister``) the person holding the role; unnamed sources keep their
phrase (``Sources close to bilateral relations``)."""

from __future__ import annotations

import re
from dataclasses import replace

from analysis.article import Article
from analysis.entities import Entity, Registry
from analysis.entities.kinds import _names_a_group
from analysis.name_words import common_word, first_word_index, place_of
from analysis.names import capitalised_runs, segment_run
from analysis.places import canonical_place
from analysis.quotes.base import _POSTMODIFIER_LINKS, _RECENT_SPEAKERS, Attribution, Mention, _source_heads
from analysis.resources import mapping

_PLURAL_PRONOUNS = frozenset({"they", "we"})


class _Resolver:
    """Turn speaker mentions into canonical sources, keeping the article's speaker history."""

    def __init__(self, article: Article, registry: Registry) -> None:
        self.article = article
        self.registry = registry
        self.speakers: list[Entity] = []
        self.groups: list[str] = []
        self.organizations: list[str] = []
        self._group_heads: dict[str, str] = {}

    def knows(self, mention: Mention) -> bool:
        """Is a name mention a person or organisation the article has introduced?"""
        words = mention.text.split()
        return any(
            self.registry.find(kind, name, mention.start) is not None
            for kind in ("person", "organization")
            for name in (mention.text, words[-1])
        )

    def resolve(self, record: Attribution) -> Attribution:
        mention = record.mention
        if mention is None:
            return record
        name, kind, entity = self._canonical(mention)
        if entity is not None and not entity.overlaps(mention.start, mention.end):
            self.registry.note(entity, mention.start, mention.end)  # the speaker mention is a mention too
        if kind == "organization" and name:
            self.organizations.append(name)
        return replace(record, speaker=name, speaker_type=kind)

    def _canonical(self, mention: Mention) -> tuple[str | None, str | None, Entity | None]:
        """The source a mention names: (name, type, the entity it is, if it is one)."""
        if mention.kind == "pronoun":
            key = mention.text.casefold()
            if key in _PLURAL_PRONOUNS:
                return (self.groups[-1], "group", None) if self.groups else (None, None, None)
            if key == "it":
                return (self.organizations[-1], "organization", None) if self.organizations else (None, None, None)
            if key == "i":
                return None, None, None  # the writer or an unnamed first person: left unresolved
            sentence = self.article.sentence_at(mention.start)
            subject = self.registry.sentence_subject(sentence.start if sentence else mention.start, mention.start)
            preferred = ([subject] if subject else []) + self.speakers[::-1]
            entity = self.registry.resolve_pronoun(key, mention.start, preferred)
            if entity is None:
                return None, None, None
            self._spoke(entity)
            return entity.name, "person", entity
        if mention.kind == "name":
            return self._name(mention)
        if mention.kind in ("nominal", "organization"):
            holder = self._role_holder(mention.text) if mention.kind == "nominal" else None
            if holder is not None:
                self._spoke(holder)
                return holder.name, "person", holder
            company = self._organization_holder(mention)
            if company is not None:
                return company.name, "organization", company
            return _clean_phrase(mention.text), "anonymous" if mention.kind == "nominal" else "organization", None
        if mention.kind == "group":
            return self._group(mention.text), "group", None
        return _clean_phrase(mention.text), mention.kind, None

    def _name(self, mention: Mention) -> tuple[str, str, Entity | None]:
        tokens = list(self.article.tokens_in(mention.start, mention.end))
        sentence = self.article.sentence_at(mention.start)
        runs = capitalised_runs(tokens, first_is_sentence_start=sentence is not None and sentence.start == mention.start)
        name_text = mention.text
        head = (mention.start, mention.end)
        # "Forecaster Raj Patel of the National Weather Service": the head comes before "of", "at", ...
        link = next((k for k, t in enumerate(tokens) if t.text in _POSTMODIFIER_LINKS and runs and runs[0][1] <= k), None)
        if link is not None:
            runs = [r for r in runs if r[1] <= link] or runs
        if runs:
            segs = [s for s in segment_run(tokens, *runs[-1]) if s.kind == "name"]
            if segs:
                seg = segs[-1]
                head = (tokens[seg.first].start, tokens[seg.last - 1].end)
                name_text = self.article.text[head[0] : head[1]]
        name_text = re.sub(r"^(?:The|the|An?)\s+", "", " ".join(name_text.split()))  # "A Department of Justice spokesman"
        covering = self.registry.covering(*head)
        if covering is not None and covering.kind == "organization":
            # "Association of India" inside "Solvent Extractors' Association of India"; "Co" of "Merrill Lynch & Co"
            return covering.name, "organization", covering
        for kind in ("person", "organization", "place"):
            entity = self.registry.find(kind, name_text, mention.start)
            if entity is not None:
                if kind == "person":
                    self._spoke(entity)
                    return entity.name, "person", entity
                return entity.name, "organization", entity
        country = place_of(name_text)
        if country and not canonical_place(name_text):
            return country, "organization", None  # "German call to boycott": the country speaks; "German" names no entity
        if _names_a_group(name_text.split()):
            return self._group(name_text), "group", None  # "The Social Democrats called it unfair": a party's members, no person
        if len(name_text.split()) == 1 and self._common_word_opening(mention, name_text):
            return _clean_phrase(mention.text), "anonymous", None  # "Researchers said", "Yeah, I said": no name at all
        if len(name_text.split()) == 1 or self._referred_to_as_it(mention):
            # a single capitalised word never introduced with a first name (Politifact, CNN), or a
            # name the sentence goes on to call "it" ("Time Warner said it would ...")
            entity = self.registry.add("organization", name_text, mention.start, mention.end)
            return entity.name, "organization", entity
        entity = self.registry.add("person", name_text, mention.start, mention.end)
        self._spoke(entity)
        return entity.name, "person", entity

    def _common_word_opening(self, mention: Mention, word: str) -> bool:
        """A capitalised word that opens its sentence and is a common English word, or one the
        article also writes in lower case ("Aides said" where "his aides" appears): no name. The
        mention may start later than the word ("Voters who say": the mention is at "who")."""
        sentence = self.article.sentence_at(mention.start)
        if sentence is None:
            return False
        tokens = list(self.article.tokens_in(sentence.start, sentence.end))
        k = first_word_index(tokens)  # after opening quotes, and a live blog's "10:30 p.m. —"
        opening = tokens[k].start if k < len(tokens) else sentence.start
        if not (opening == mention.start or self.article.text.startswith(word, opening)):
            return False
        return common_word(word, opens_sentence=True) or self._written_in_lower_case(word)

    def _written_in_lower_case(self, word: str) -> bool:
        lower = word.lower()
        return lower != word and re.search(rf"\b{re.escape(lower)}\b", self.article.text) is not None

    def _referred_to_as_it(self, mention: Mention) -> bool:
        """Is the first third-person pronoun after the mention, in its sentence, ``it`` or ``its``?"""
        sentence = self.article.sentence_at(mention.start)
        if sentence is None:
            return False
        for t in self.article.tokens_in(mention.end, sentence.end)[:25]:
            key = t.text.casefold()
            if key in ("it", "its"):
                return True
            if key in ("he", "she", "his", "her", "him", "they", "their"):
                return False
        return False

    def _organization_holder(self, mention: Mention) -> Entity | None:
        """``the company`` -> the organisation named most recently before it; ``the bank`` -> the last
        organisation with "bank" in its name (a definite singular head)."""
        words = mention.text.casefold().split()
        if len(words) != 2 or words[0] != "the" or _source_heads().get(words[1]) != "organization":
            return None
        head = words[1]
        antecedent = mapping("source_heads.tsv", "head", "antecedent").get(head)
        if antecedent == "none":  # "the ministry": a part of a state, not the organisation last named
            return None
        return next(
            (
                e
                for e in self.registry.organizations_before(mention.start)
                if antecedent == "latest" or head in e.name.casefold().split()
            ),
            None,
        )

    def _role_holder(self, phrase: str) -> Entity | None:
        """``the minister`` -> the person whose role is a minister (a definite singular role noun)."""
        if not phrase.casefold().startswith("the ") or phrase.endswith("s"):
            return None
        words = [w.casefold() for w in phrase.split()[1:]]
        if not words:
            return None
        head = words[-1]
        for entity in self.speakers[::-1] + self.registry.people_before(10**12):
            if entity.role and head in entity.role.casefold().split():
                return entity
        return None

    def _group(self, phrase: str) -> str:
        clean = _clean_phrase(phrase)
        words = [w.casefold() for w in clean.split()]
        cut = next((n for n, w in enumerate(words) if n > 0 and w in _POSTMODIFIER_LINKS), len(words))
        head = words[cut - 1] if cut else clean
        canonical = self._group_heads.setdefault(head, clean)
        if canonical not in self.groups:
            self.groups.append(canonical)
        else:
            self.groups.remove(canonical)
            self.groups.append(canonical)
        return canonical

    def _spoke(self, entity: Entity) -> None:
        if entity in self.speakers:
            self.speakers.remove(entity)
        self.speakers.append(entity)
        del self.speakers[:-_RECENT_SPEAKERS]  # pronouns refer to recent speakers; keeps the list short


def _clean_phrase(text: str) -> str:
    text = " ".join(text.split())
    return text[0].upper() + text[1:] if text else text
