"""Names found sentence by sentence: capitalised runs split into place adjective, title and name;
datelines and lines in capitals read as such; roles and affiliations from titles, place
adjectives and appositives; every name added to the registry with its offsets."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import partial

from analysis import entity_model
from analysis.article import Article
from analysis.entities import bodies, lines, market, sport
from analysis.entities.kinds import (
    _MODIFIERS,
    LOCATIVES,
    _appositive_role,
    _classify,
    _could_be_someone,
    _given_name_first,
    _is_org,
    _lone_given_name,
    _names_a_group,
    place_kind,
    place_name,
)
from analysis.entities.registry import Entity, Registry
from analysis.name_words import (
    WEEKDAYS_AND_MONTHS,
    brand_word,
    caps_line,
    common_word,
    first_word_index,
    given_names,
    known_place,
    place_of,
    title_ends,
    title_length,
)
from analysis.names import capitalised_runs, segment_run
from analysis.places import PARTY_TAG, canonical_place, demonym_place, state_name, us_states
from analysis.resources import word_set
from analysis.tokens import Token

# how a results table marks a side, in its note ("home team in CAPS", "seeds in bold")
_TYPOGRAPHY = frozenset("caps capitals bold italics".split())
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


# bodies that open a title and are named in it ("Senate Majority Leader Bob Dole", "House Speaker
# Newt Gingrich", "Parliament Speaker"): the office's body is mentioned, as in "Foreign Ministry spokesman"
_BODIES_IN_TITLES = frozenset("Senate House Congress Parliament Cabinet".split())

# feasts, which date a story and name no one, alone or in a longer name ("Christmas Eve", "Easter Monday")
_FEASTS = frozenset("christmas easter ramadan eid hanukkah diwali passover lent thanksgiving halloween".split())
# a one-word "name" that is a date, a feast or the pronoun "I"; "Jun." and "Mar." stay out ("Jun" is a given name)
_NOT_NAMES = WEEKDAYS_AND_MONTHS | _FEASTS | frozenset("jan. feb. aug. sept. oct. nov. dec. i".split())


def build_registry(article: Article, sections: Sequence[str] = ("body", "headline", "caption")) -> Registry:
    """Find every entity mention in reading order; pronouns join the most recent compatible person."""
    from analysis.quotes import quote_spans

    registry = Registry()
    sentences = list(article.sentences_in(*sections))
    tokens_of = [list(article.tokens_in(s.start, s.end)) for s in sentences]
    reported = [sport.reports_a_match(tokens) for tokens in tokens_of]
    # a sports story: a sport's slug, or a match reported with its score anywhere, which makes every match word a report
    sports = any(reported) or (bool(tokens_of) and sport.slugged(tokens_of[0]))
    markets = any(market.reports_prices(tokens) for tokens in tokens_of)  # a market report: its short names are companies
    for paragraph in article.paragraphs_in(*sections):
        for q in quote_spans(article.text, paragraph.start, paragraph.end):
            registry.mark_quoted(q.open, q.close)
    for sentence, tokens, match_report in zip(sentences, tokens_of, reported):
        people_before = len(registry.subjects)
        paragraph_start = sentence.start == article.paragraphs[sentence.paragraph].start
        headline = sentence.section == "headline" or sentence.index == 0  # a first line, even with a full stop
        match_report = match_report or (sports and sport.has_match_word(tokens))
        first_person = _sentence_entities(article, tokens, registry, paragraph_start, headline, sports, match_report, markets)
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
    registry.settle()
    for words in registry.caps_runs:
        lines.known_in_caps(words, registry)
    return registry


# a party tag after a comma or in brackets: "Sen. Ann Lee, D-N.Y., said", "(R-Texas)"
_PARTY_TAG = re.compile(r"(?<=[,(])\s?" + PARTY_TAG.pattern + r"(?=\s?[,);]|\.?\s*$)")


def _party_tags(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """The states of the party tags in a sentence, as (start, end, state) of the state's letters."""
    if not tokens:
        return []
    start, end = tokens[0].start, tokens[-1].end
    if "-" not in text[start:end]:
        return []
    found = []
    for m in _PARTY_TAG.finditer(text, start, end):
        state = state_name(m.group(1)) or state_name(m.group(1) + ".") or (m.group(1) if m.group(1) in us_states() else None)
        if state:
            found.append((m.start(1), m.end(1), state))
    return found


# prepositions that put what follows on the map ("in Tuzla", "at Murrayfield", "of Sarasota": a town, a ground),
# unlike "from", "for" or "against", which a club follows as often in sports copy ("signed from Ajax")
_INSIDE = frozenset("in at of near outside inside across throughout around".split())


def _after_inside(tokens: Sequence[Token], first: int) -> bool:
    """Does a preposition of place come before the name, perhaps with "the" between ("at the Gabba")?"""
    k = first - 1
    if k >= 0 and tokens[k].text.casefold() == "the":
        k -= 1
    return k >= 0 and tokens[k].text.casefold() in _INSIDE


def _draw_group(words: Sequence[str]) -> bool:
    """A tournament's group or pool by its letter or number ("Group A", "Pool 2"): part of a
    competition, no organisation or place."""
    return len(words) == 2 and words[0] in ("Group", "Pool") and (len(words[1]) == 1 or words[1].isdigit())


def _written_lower(text: str, word: str) -> bool:
    """Does the article also write ``word`` in lower case, or its plural ("Settler leader Noam
    Arnon" and "Jewish settlers")? Then it is a common noun capitalised by its place."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}s?(?![\w-])", text) is not None


def _sentence_entities(
    article: Article,
    tokens: list[Token],
    registry: Registry,
    paragraph_start: bool = False,
    headline: bool = False,
    sports: bool = False,
    match_report: bool = False,
    markets: bool = False,
) -> tuple[int, Entity] | None:
    """Add the sentence's name mentions; return the first person mentioned (start, entity).
    ``sports``: the article reports a match; ``match_report``: this sentence does; ``markets``:
    the article reports share prices."""
    first_person = None
    if lines.column_heads(tokens):
        return None  # "W L PCT GB": a table's column heads, no names
    caps = caps_line(tokens)
    if caps or (headline and lines.title_case_line(tokens)):
        lines.styled_line_entities(article, tokens, registry, paragraph_start, caps)
        return None
    labels: list[str] | None = None  # the learned kinds, computed when a name first needs them

    def learned_kind(first: int, last: int, guesses: list[str | None]) -> str | None:
        nonlocal labels
        if labels is None:
            labels = entity_model.tag(tokens, caps)  # caps_line once per sentence, not again in the tagger
        guesses.append(entity_model.KINDS.get(Counter(labels[first:last]).most_common(1)[0][0]))
        return guesses[-1]

    runs = lines.within_lines(article.text, tokens, capitalised_runs(tokens))
    tags = _party_tags(article.text, tokens)
    if tags:  # "R-Ariz.": the state is a place, the tag's letters are no name
        for start, end, state in tags:
            registry.add("place", state, start, end)
        runs = [(a, b) for a, b in runs if not any(s < tokens[b - 1].end and tokens[a].start < e for s, e, _ in tags)]
    decided = sport.table_names(article.text, tokens, runs, sports)
    if sports:
        decided.update({span: kind for span, kind in sport.sides_of_players(tokens).items() if span not in decided})
    # a ground before a scores row's colon, a side before a position: where a lone word opening a line starts no run,
    # or a stop word cut the run's first word ("St Johnstone 2 Partick 0")
    added = [
        (a, b)
        for (a, b), kind in decided.items()
        if kind and (a, b) not in runs and not any(r0 < b and a < r1 and not (a <= r0 and r1 <= b) for r0, r1 in runs)
    ]  # not a part of a longer name ("Transport" of "Department of Transport")
    runs = sorted([r for r in runs if not any(a <= r[0] and r[1] <= b for a, b in added)] + added)
    runs = [part for first, last in runs for part in _person_and_more(article.text, tokens, first, last, registry)]
    credits = _credits(article.text, tokens)
    people_end: set[int] = set()  # token indices right after a person named in this sentence
    places_end: set[int] = set()  # and right after a place
    for first, last in runs:
        if (first, last) in decided and decided[first, last] is None:
            continue  # "(OT)" after a score: a note, no name
        if last == first + 1 and first > 0 and tokens[first - 1].text == "in" and tokens[first].text.casefold() in _TYPOGRAPHY:
            continue  # "(home team in CAPS)": how a table is set, no name
        if (first, last) in decided and (decided[first, last] == "organization" or len(segment_run(tokens, first, last)) == 1):
            # a side is its whole run ("St Johnstone": no title before a name)
            start, end = tokens[first].start, tokens[last - 1].end
            entity = registry.add(decided[first, last], article.text[start:end], start, end)
            if first_person is None and entity.kind == "person":
                first_person = (start, entity)
            continue
        if lines.dateline_or_heading(tokens, first, last, paragraph_start):
            text = article.text[tokens[first].start : tokens[last - 1].end]
            place = place_name(text.title()) or place_name(text)
            if place or sum(t.kind == "word" for t in tokens[first:last]) <= lines.DATELINE_WORDS:
                registry.add(
                    place_kind(place) if place else "place", place or text.title(), tokens[first].start, tokens[last - 1].end
                )
            continue  # a heading: its capitals say nothing of names
        segments = segment_run(tokens, first, last)
        role = affiliation = gender = None
        lead_role, lead_affiliation = _lowercase_title_before(tokens, first)
        set_off = first >= 2 and tokens[first - 1].text == "," and (last == len(tokens) or tokens[last].text == ",")
        if lead_role is None and set_off and _could_be_named(tokens[first:last]):
            # "The Conservative leader, Kemi Badenoch, called", "her husband, Bill,": a title, then the name set off by
            # commas; not "Mr. Ackman's firm, Pershing Square Capital Management," nor "the new owner, OHorizons Global,"
            lead_role, lead_affiliation = _lowercase_title_before(tokens, first - 1)
        for k, seg in enumerate(segments):
            while seg.kind == "name" and seg.last - seg.first > 1 and _trailing_word(tokens[seg.last - 1].text):
                # "the San Bernardino Christmas party": the place, then the feast; "100 Labour MPs": the party, then its members
                seg = seg._replace(last=seg.last - 1)
            words = [t.text for t in tokens[seg.first : seg.last]]
            text = article.text[tokens[seg.first].start : tokens[seg.last - 1].end]
            start, end = tokens[seg.first].start, tokens[seg.last - 1].end
            if seg.kind == "place":
                affiliation = place_of(text)
                if canonical_place(text):  # "U.S." is a mention of the country; "Japanese" is not
                    registry.add(place_kind(canonical_place(text)), canonical_place(text), start, end)
                continue
            if seg.kind == "title":
                title = text
                key = title.casefold()
                if key in _HONORIFICS:
                    gender = _HONORIFICS[key]
                else:
                    role = title
                    gender = gender or _HONORIFICS.get(key)
                if len(words) > 1 and words[0] in _BODIES_IN_TITLES:  # "Senate Majority Leader", "House Speaker"
                    registry.add("organization", words[0], start, tokens[seg.first].end)
                continue
            name_words = words[1:] if words[0].casefold() == "the" else words
            if len(name_words) > 1 and name_words[0] in word_set("thing_acronyms.txt"):
                name_words = name_words[1:]  # "quoted FOB Malaysia": a trade term, then the place
                start = tokens[seg.last - len(name_words)].start
            if (
                not name_words
                or (len(name_words) == 1 and name_words[0].casefold() in _NOT_NAMES)
                or (len(name_words) == 1 and _role_in_the_plural(name_words[0]))
                or any(w.casefold() in _FEASTS for w in name_words)
                or _draw_group(name_words)
            ):
                continue
            if len(name_words) >= 2 and name_words[-1] in word_set("group_names.txt"):
                home = place_name(" ".join(name_words[:-1]))
                if home:  # "a North Carolina Republican", "the New York Democrat": the state is a place, the party no name
                    registry.add(place_kind(home), home, tokens[seg.last - len(name_words)].start, tokens[seg.last - 2].end)
                    continue
            group = name_words[0] in word_set("group_names.txt") or demonym_place(name_words[0]) is not None
            if len(name_words) > 2 and group and name_words[1].lower() in given_names() and not _is_org(name_words):
                # "Republican Donald Trump", "Democrat Hillary Clinton", "Italian Fabrizio Ravanelli": a
                # party, group or people, then the name
                affiliation = place_of(name_words[0]) or name_words[0]
                start = tokens[seg.first + len(words) - len(name_words) + 1].start
                name_words = name_words[1:]
            has_title = k > 0 and segments[k - 1].kind == "title"
            if has_title and _is_org(name_words):  # "General Assembly", "Security Council"
                if segments[k - 1].last == seg.first:  # not "CEO of Marlow Dairy Association": the body alone
                    start = tokens[segments[k - 1].first].start
                registry.add("organization", article.text[start:end], start, end)
                role = affiliation = gender = None
                continue
            country = canonical_place(" ".join(name_words))
            if has_title and country and " ".join(name_words).casefold() not in given_names():
                # "Chief U.S. economist Tom Lee": the title is the person's after the country, no person "U.S."
                registry.add(place_kind(country), country, start, end)
                role = affiliation = gender = None
                continue
            if not has_title and lead_role and k == 0 and not _is_org(name_words) and not known_place(" ".join(name_words)):
                # not "the official News Agency", "host Qatar"
                role, affiliation, has_title = lead_role, lead_affiliation, True
            guesses: list[str | None] = []
            written = " ".join(article.text[tokens[seg.last - len(name_words)].start : end].split())  # "AT&T" stays whole
            kind, canonical = _classify(
                tokens,
                seg.first,
                written,
                has_title,
                registry,
                partial(learned_kind, seg.first, seg.last, guesses),
                seg.last,
            )
            guessed: bool | None = bool(guesses) and guesses[-1] == kind
            if kind == "person" and not has_title and _lone_given_name(name_words):
                guessed = True  # a given name alone is as weak as the tagger's guess: "Daewoo" is one too
            if (
                credits
                and (kind is None or guessed)
                and name_words[0].casefold() not in _CREDIT_WORDS
                and not (seg.first > 0 and tokens[seg.first - 1].text in ("in", "from"))
            ):
                kind, canonical, guessed = "person", written, False  # "By Olena Harmash and Huseyin Hayatsever"
            plays_for = sports and sport.plays_for(tokens, seg.first)
            if (match_report or plays_for) and (
                (kind == "place" and sport.names_a_side(tokens, seg.first, canonical))
                or (
                    (kind is None or (guessed and kind == "person" and not _personal(name_words)))
                    and (plays_for or sport.plays(tokens, seg.first, seg.last, name_words))
                )
            ):
                kind, canonical, guessed = "organization", written, False
            if (
                sports
                and kind in (None, "place", "person")
                and not (seg.first > 0 and tokens[seg.first - 1].text.casefold() in LOCATIVES)  # "in Salt Lake City"
                and sport.nicknamed_team(name_words)
            ):
                kind, canonical, guessed = "organization", written, False  # "the Oklahoma City Thunder", "Utah Jazz"
            if (
                sports
                and (kind is None or guessed)
                and len(name_words) == 1
                and _ranked(tokens, seg.first, seg.last)
                and not registry.find("person", name_words[0], start)
                and not place_name(name_words[0])
            ):
                kind, canonical, guessed = "organization", written, False  # "Constructors: 1. Williams 175 points"
            if sports and (kind is None or guessed) and sport.plural_side(tokens, seg.first, seg.last, name_words):
                kind, canonical, guessed = "organization", written, False  # "played for the Barbarians"
            if sports and kind == "place" and guessed and len(name_words) == 1 and not _after_inside(tokens, seg.first):
                kind, canonical, guessed = "organization", written, True  # "signed from Ajax": a club, as no place list knows it
            if (
                sports
                and (kind is None or guessed)
                and not registry.sure_organization(canonical)
                and sport.acts_as_player(tokens, seg.last, name_words)
            ):
                kind, canonical, guessed = "person", written, False  # "Shearer scored twice", "Asprilla hit the post"
            if (
                markets
                and (kind is None or (kind == "person" and _guessed_person(registry, canonical, start, guessed, name_words)))
                and not (len(name_words) == 1 and common_word(name_words[0], opens_sentence=True))
                and market.quoted(tokens, seg.last)
            ):
                kind, canonical, guessed = "organization", written, False  # "Bayer and Hoechst were little changed"
            if (
                (kind is None or (guessed and kind in ("person", "place")))
                and len(name_words) == 1
                and not _personal(name_words)
                and not common_word(name_words[0], opens_sentence=True)
                and not _written_lower(article.text, name_words[0])
                and place_of(name_words[0]) is None
                and bodies.leads_people(tokens, seg.last)
            ):
                kind, canonical, guessed = "organization", written, False  # "Hizbollah leader Hassan Nasrallah"
            after_person = seg.first > 0 and tokens[seg.first - 1].text == "of" and seg.first - 1 in people_end
            if kind == "person" and after_person and (guessed or _of_whom(name_words) == "place"):
                # "Jason Gilbert of Cheyenne": the town the person lives in (even with an appositive after it,
                # "Baroness Smith of Basildon, the leader of the Lords,"); "said Mr. Peck of SunTrust": the firm
                # the person works for, a brand written with a capital inside; else the text does not say which
                kind, canonical = _of_whom(name_words), written
            if kind is None and sports and _listed_after(tokens, seg.first, people_end) and _could_be_someone(name_words):
                kind, canonical, guessed = "person", written, True  # "goals from Le Tissier and Ostenstad"
            if (
                (kind is None or (guessed and kind in ("person", "place")))
                and not _personal(name_words)
                and not _names_a_group(name_words)  # not "many Americans, a much smaller protest movement"
                and bodies.appositive_body(tokens, seg.last)
            ):
                kind, canonical, guessed = "organization", written, False  # "Petronas, the national oil company,"
            if (kind is None or (guessed and kind == "person")) and _listed_with_a_place(tokens, seg.first, places_end):
                common = len(name_words) == 1 and common_word(name_words[0], opens_sentence=False)  # "Midwest and Western states"
                if " ".join(name_words) in word_set("gazetteer_places.txt") and not common:
                    kind, canonical, guessed = "place", " ".join(name_words), False  # "Belgrade, Nis and 12 other towns"
            opening = seg.first == first_word_index(tokens)
            if guessed and len(name_words) == 1 and opening and _written_lower(article.text, name_words[0]):
                continue  # "Settler leader Noam Arnon" beside "Jewish settlers": a noun capitalised by its place
            if kind is None:
                continue
            if kind == "person":
                people_end.add(seg.last)
                appositive_role = _appositive_role(tokens, seg.last)
                if not guessed and not has_title and not appositive_role and registry.find("person", canonical, start):
                    guessed = None  # a later mention of a known person: the person's first evidence stands
                entity = registry.add(
                    "person", canonical, start, end, role or appositive_role, affiliation, gender, guessed=guessed
                )
                if first_person is None:
                    first_person = (start, entity)
            else:
                registry.add(kind, canonical, start, end, guessed=guessed)
                if kind == "place":
                    places_end.add(seg.last)
            role = affiliation = gender = None
    return first_person


def _person_and_more(text: str, tokens: Sequence[Token], first: int, last: int, registry: Registry) -> list[tuple[int, int]]:
    """A run joined by "and" whose first part is a person the article has named is two names
    ("Obama and White House aides"): a field of a body's name is no one's surname."""
    for j in range(first + 1, last - 1):
        if tokens[j].text == "and":
            part = " ".join(text[tokens[first].start : tokens[j - 1].end].split())
            person = registry.find("person", part, tokens[first].start)
            if person is not None and (person.name == part or person.surname == part):
                return [(first, j), (j + 1, last)]
            break
    return [(first, last)]


def _could_be_named(words: Sequence[Token]) -> bool:
    """Could the words be a person's name: one to three, no brand and no very common word after the
    first ("Kemi Badenoch", "Bill"; not "Capital Management", "OHorizons Global")?"""
    return (
        1 <= len(words) <= 3
        and not any(brand_word(t.text) for t in words)
        and not any(common_word(t.text, opens_sentence=False) for t in words[1:])
    )


def _ranked(tokens: Sequence[Token], first: int, last: int) -> bool:
    """Is the name a standings entry, a rank before it and a score after ("1. Williams 175 points")?
    One word so ranked is a team unless the story names a person so ("2. Museeuw 141": a rider)."""
    return (
        first >= 2
        and tokens[first - 1].text == "."
        and tokens[first - 2].kind == "number"
        and last < len(tokens)
        and tokens[last].kind == "number"
    )


def _role_in_the_plural(word: str) -> bool:
    """A role in the plural, alone ("Squad: Forwards - John Eales", "Firefighters arrived"): people
    by what they do, no name; not a place or a chamber so spelt ("Queens", "Lords")."""
    return (
        word.endswith("s")
        and word[:-1].casefold() in title_ends()
        and not place_name(word)
        and word not in word_set("gazetteer_places.txt")
        and word not in word_set("legislatures.txt")
    )


def _trailing_word(word: str) -> bool:
    """A word that ends a run of capitals but no name: a feast ("Christmas"), people by an acronym
    in the plural ("MPs", "MEPs", "GIs"), a photo credit's word ("AP Photo")."""
    acronyms = len(word) > 2 and word.endswith("s") and word[:-1].isupper()
    return word.casefold() in _FEASTS or word in ("Photo", "Photos") or acronyms


def _listed_with_a_place(tokens: Sequence[Token], first: int, places_end: set[int]) -> bool:
    """Does the name follow a place in a list, after a comma, "and" or "or" ("Belgrade, Nis")?"""
    return first >= 2 and tokens[first - 1].text in (",", "and", "or") and first - 1 in places_end


def _of_whom(words: Sequence[str]) -> str | None:
    """What a name after a person and "of" is, when the tagger took it for a person too: a town a
    gazetteer knows ("Jason Gilbert of Cheyenne"), a firm whose one word has a capital inside
    ("Mr. Peck of SunTrust", not "McAllen"), or nothing the text can tell ("Paul Reed of Ashby")."""
    if len(words) != 1:
        return None
    word = words[0]
    if word in word_set("gazetteer_places.txt"):
        return "place"
    return "organization" if brand_word(word) else None


def _listed_after(tokens: Sequence[Token], first: int, people_end: set[int]) -> bool:
    """Does the name follow "and" or a comma right after a person's name ("Le Tissier and
    Ostenstad", "Zola, Vialli"), and is it no common word? In a sports story names listed together
    are players; elsewhere too often a firm or a product ("Garfunkel", but also "Humana")."""
    return (
        first >= 2
        and tokens[first - 1].text in ("and", ",")
        and first - 1 in people_end
        and not common_word(tokens[first].text, opens_sentence=True)
    )


# the words of a byline or a wire story's credit line: "By ...", "(Reporting by ...; Editing by ...)"
_CREDIT_WORDS = frozenset("reporting writing editing compiled additional produced translated".split())
_CREDIT_OPENERS = frozenset({";", "(", "additional"})  # "...; Editing by", "Additional reporting by"


def _credits(text: str, tokens: Sequence[Token]) -> bool:
    """Is the sentence a byline ("By Olena Harmash and Dmytro Prokopenko") or a credit line
    ("(Reporting by Olena Harmash in Kyiv; Editing by Toby Chopra)"), where a credit opens the
    line or follows a semicolon ("data compiled by Real Clear Politics" is no credit)? Its names
    the tagger left open or guessed are people's, apart from the places they report from."""
    k = next((i for i, t in enumerate(tokens) if t.kind != "punct"), len(tokens))
    if (
        k < len(tokens)
        and tokens[k].text == "By"
        and all(t.text[:1].isupper() or t.text in ("and", ",") for t in tokens[k + 1 :])
    ):
        return True
    span = text[tokens[0].start : tokens[-1].end] if tokens else ""
    if "by" not in span and "By" not in span:
        return False
    return any(
        t.text.casefold() in _CREDIT_WORDS and n.text == "by" and (i == k or tokens[i - 1].text.casefold() in _CREDIT_OPENERS)
        for i, (t, n) in enumerate(zip(tokens, tokens[1:]))
    )


def _guessed_person(registry: Registry, name: str, start: int, guessed: bool | None, words: Sequence[str]) -> bool:
    """Is the name a person only by the tagger's guess, here or where the article first named it
    ("Siemens leads" in a headline), and no given name makes it one ("Pete Sampras")?"""
    if _personal(words):
        return False
    known = registry.find("person", name, start)
    return bool(guessed) or (known is not None and known.guessed)


def _personal(words: Sequence[str]) -> bool:
    """A name that begins with a given name ("Pete Sampras", "Vito"): a player, not a side."""
    return _given_name_first(words) or _lone_given_name(words)


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
