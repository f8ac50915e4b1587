"""What in a sentence shows that a name is an organisation's: a party's or a news agency's
short name (``data/parties.tsv``, ``data/news_agencies.txt``), an acronym's expansion, a noun
that introduces a body or follows one ("the militant group Hamas", "Interfax news agency"), where
someone works ("analysts at Jefferies"), and a leader's title before a person ("Hizbollah leader
Hassan Nasrallah"). ``kinds`` asks these questions of each name."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from analysis.entities.registry import Registry
from analysis.name_words import BODY_LISTS, common_word, given_names, org_words, place_of, title_length
from analysis.resources import mapping, word_set
from analysis.tokens import Token, tokenize


@cache
def _parties() -> dict[str, bool]:
    """Each party's short name -> is it also an English word?"""
    return {name: word == "yes" for name, word in mapping("parties.tsv", "name", "word").items()}


# words after a party's name that show it is one ("Labour leader", "a Labor government")
_PARTY_CONTEXT = frozenset(
    "party leader leaders government candidate candidates mp mps members voters lawmakers deputies chairman "
    "spokesman spokeswoman manifesto conference campaign minister ministers supporters".split()
)


def known_body(name: str, tokens: list[Token], last: int | None, registry: Registry) -> bool:
    """Is the name a news agency's (``data/news_agencies.txt``), a newspaper's
    (``data/newspapers.txt``), a legislature's (``data/legislatures.txt``), an international
    body's (``data/world_bodies.txt``), or a party's or a
    movement's short name (``data/parties.tsv``: "Likud", "Hamas")? A party's name that is also an
    English word ("Labour") needs a party's word after it ("Labour leader") or the article's having
    named the party so before."""
    if any(name in word_set(f) for f in BODY_LISTS):
        return True  # "Tanjug quoted him", "according to Itar-Tass", "Le Monde said", "told the Knesset", "the Red Cross"
    word = _parties().get(name)
    if word is None:
        return False
    after = tokens[last].text.casefold() if last is not None and last < len(tokens) else ""
    return not word or after in _PARTY_CONTEXT or registry.sure_organization(name)


_LINKS = frozenset("of for and the on in de".split())  # words an acronym skips: "Organisation of (the) Islamic Conference"


def spelled_out(tokens: list[Token], last: int, words: Sequence[str]) -> bool:
    """Is the name an acronym's expansion, the acronym in brackets after it ("Implementation Force
    (IFOR)", "Kurdistan Workers Party (PKK)")? Its initials, less linking words, must begin the
    acronym or be its letters in order, as an organisation's acronym is made."""
    if last + 2 >= len(tokens) or tokens[last].text != "(" or tokens[last + 2].text != ")":
        return False
    acronym = tokens[last + 1].text.replace(".", "")
    if not (2 <= len(acronym) <= 8 and acronym.isalpha() and acronym.isupper()):
        return False
    initials = "".join(w[0] for w in words if w.casefold() not in _LINKS and w[:1].isupper())
    letters = iter(acronym)
    return len(initials) >= 2 and (acronym.startswith(initials[:2]) and all(c in letters for c in initials))


def occupation(word: str) -> bool:
    """A lower-case word for someone's job ("analyst", "economist", "trader"): a one-word title or a
    source head for unnamed people."""
    heads = mapping("source_heads.tsv", "head", "type")
    return bool(title_length(tokenize(word), 0)) or "anonymous" in (heads.get(word), heads.get(word + "s"))


@cache
def org_introducers() -> frozenset[str]:
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


# nouns that name an organisation after its name; not "party", "movement" or "group", which
# follow other words as often ("Holiday party", "the Trump movement", "Islamist group")
_ORG_NOUNS_AFTER = frozenset(
    "company newspaper broadcaster agency network firm organization organisation daily magazine militia outlet "
    "faction airline carrier insurer brokerage cult sect poll coalition".split()
)


# a company's officers, board and parts, whose owner in the possessive is a company ("Kestrel's chief
# executive", "Verimax's board"): no person or place has a chairman, a board or shareholders
_COMPANY_PARTS = frozenset(
    (
        "chief executive",
        "chief financial officer",
        "chief operating officer",
        "chairman",
        "chairwoman",
        "ceo",
        "cfo",
        "board",
        "shareholders",
        "subsidiary",
        "unit",
    )
)


def company_owner(tokens: list[Token], after: int) -> bool:
    """Is the name a company's, by its officers, board or parts in the possessive after it ("Kestrel's
    chief executive Tom Reed", "Verimax's chairman, Ann Lee,", "Corvalis's board")?"""
    if after + 1 >= len(tokens) or tokens[after].text not in ("'s", "’s"):
        return False
    words = [t.text.casefold() for t in tokens[after + 1 : after + 5]]
    return any(" ".join(words[:n]) in _COMPANY_PARTS for n in (1, 2, 3, 4))


_SPOKESPEOPLE = frozenset("spokesman spokeswoman spokesperson".split())
# people a company has, before "of" and its name ("employees of Dunmore", "shareholders of Kestrel")
_STAFF_OF = frozenset("employees workers staff shareholders executives directors creditors".split())


def spoken_for(tokens: list[Token], first: int, after: int) -> bool:
    """Is the name a body's by who speaks or works for it: "a spokesman for Kestrel", "a Corvalis
    spokeswoman", "employees of Dunmore"? (A known person or a place is decided before this.)"""
    before = [t.text.casefold() for t in tokens[max(0, first - 2) : first]]
    if len(before) == 2 and (
        (before[0] in _SPOKESPEOPLE and before[1] == "for") or (before[0] in _STAFF_OF and before[1] == "of")
    ):
        return True
    return bool(before) and before[-1] in ("a", "an") and after < len(tokens) and tokens[after].text in _SPOKESPEOPLE


def works_at(tokens: list[Token], first: int) -> bool:
    """Is the name where someone works: "at" after an occupation ("analysts at Jefferies and
    Morningstar", "an economist at the Brookings Institution", "a professor at Yale")?"""
    k = first - 1
    while (
        k >= 0
        and first - k <= 8
        and tokens[k].text != "at"
        and (tokens[k].text[:1].isupper() or tokens[k].text in ("and", ",", "the"))
    ):
        k -= 1  # back over the names and "and" of a coordination
    if k < 1 or tokens[k].text != "at":
        return False
    noun = tokens[k - 1].text.casefold()
    return occupation(noun) or (noun.endswith("s") and occupation(noun[:-1]))


_NOUN_MODIFIERS = frozenset("news state private public media investment oil gas mining energy".split())


def org_noun_after(tokens: list[Token], first: int, after: int) -> bool:
    """A name that a noun for an organisation follows, perhaps with one modifier or the name's
    gloss between (``Interfax news agency``, ``Kommersant daily``, ``Wagner militia``, ``Likud
    party``, ``Zajedno (Together) coalition``)."""
    polled = after < len(tokens) and tokens[after].text == "poll"  # "a Gallup poll": who took it
    if first > 0 and tokens[first - 1].text.casefold() in ("a", "an") and not polled:
        return False  # "a Baton Rouge newspaper": the name says where or whose, the noun is another
    if "-" in tokens[after - 1].text and tokens[after - 1].text.rsplit("-", 1)[1][:1].islower():
        return False  # "Spanish-language network", "Democratic-leaning group": an adjective
    j = after
    if j + 2 < len(tokens) and tokens[j].text == "(" and tokens[j + 2].text == ")":
        j += 3  # "the Zajedno (Together) coalition": the name's gloss, then the noun
    if j < len(tokens) and tokens[j].text in _NOUN_MODIFIERS:
        j += 1
    if j < len(tokens) and tokens[j].text == "party":
        # "the ruling Likud party"; not "a Christmas party" or "the Holiday party": a name no common word
        words = [t.text for t in tokens[first:after]]
        return not any(common_word(w, opens_sentence=True) for w in words)
    return j < len(tokens) and tokens[j].text in _ORG_NOUNS_AFTER


# nouns for what an organisation is, which close an appositive after its name ("Petronas, the
# national oil company,", "Kelvar, the state power utility,"): _ORG_NOUNS_AFTER and the kinds of
# firm and public body news describes so
_APPOSITIVE_BODIES = _ORG_NOUNS_AFTER | frozenset(
    "utility bank lender maker producer miner exporter importer retailer operator conglomerate monopoly "
    "regulator authority ministry union federation association movement group party "
    # kinds of firm business news names by what they make or do ("Dunmore, the Swiss drugmaker,",
    # "Kestrel, the software giant,", "Verimax, a unit of Hollins,")
    "drugmaker carmaker automaker chipmaker steelmaker planemaker reinsurer brewer distiller refiner "
    "manufacturer supplier distributor developer publisher consortium cooperative chain giant subsidiary unit".split()
)
# what follows an appositive: its closing punctuation, or a verb when a comma is left out
_AFTER_APPOSITIVE = frozenset(", . ; ) said says has have is was were".split())
_APPOSITIVE_REACH = 5  # words between the appositive's article and its noun: "Algeria's state energy firm"


def appositive_body(tokens: list[Token], after: int) -> bool:
    """Does an appositive that says what an organisation is follow the name at ``after``
    ("Petronas, the national oil company, said", "Sonatrach, Algeria's state energy firm,",
    "Felda, the Federal Land Development Authority,")?"""
    if after + 3 >= len(tokens) or tokens[after].text != ",":
        return False
    j = after + 1
    if tokens[j].text.casefold() in ("a", "an", "the", "its"):
        j += 1
    elif tokens[j + 1].text in ("'s", "’s") and tokens[j].text[:1].isupper():
        j += 2  # "Algeria's state energy firm"
    else:
        return False
    k = j  # the appositive's last word: its noun
    while k + 1 < len(tokens) and k - j < _APPOSITIVE_REACH and tokens[k].text not in _APPOSITIVE_BODIES:
        if tokens[k + 1].kind != "word":
            break
        k += 1
    if k + 1 >= len(tokens) or tokens[k].kind != "word" or tokens[k + 1].text not in _AFTER_APPOSITIVE:
        return False
    words = [t.text for t in tokens[j : k + 1]]
    if words[-1] in _APPOSITIVE_BODIES:  # lower case, or a people's adjective: "the national oil company", "the Swiss drugmaker"
        return not any(w[:1].isupper() and not place_of(w) for w in words[:-1])
    return words[-1] in org_words() and all(w[:1].isupper() or w in ("of", "for", "and") for w in words)  # a body's name


# lower-case titles of those who lead a body, which a body's name goes before ("Hizbollah leader
# Hassan Nasrallah", "WikiLeaks founder Julian Assange"); not "spokesman" or "adviser", which a
# politician's name goes before as often ("Clinton spokesman Brian Fallon")
_LEADERS = frozenset("leader leaders founder chairman chairwoman chief commander president".split())


def leads_people(tokens: list[Token], after: int) -> bool:
    """Is the name before a leader's title and a person's name ("Inkatha leader Mangosuthu
    Buthelezi")? Then it is the body led. Not a follower's word in -ist ("Separatist leader",
    "Islamist leader", "Unionist leader"): it says what the leader stands for, and names no body."""
    return (
        after + 2 < len(tokens)
        and not tokens[after - 1].text.casefold().endswith("ist")
        and tokens[after].text in _LEADERS
        and tokens[after + 1].text[:1].isupper()
        and (tokens[after + 2].text[:1].isupper() or tokens[after + 1].text.casefold() in given_names())
    )
