"""The article model: paragraphs, sections, sentences and tokens, each with offsets."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.article import ArticleError, from_text, load, parse_article
from analysis.tokens import tokenize
from tests.conftest import SEED


def test_seed_sections(seed):
    sections = [p.section for p in seed.paragraphs]
    caption = [seed.text[p.start : p.end] for p in seed.paragraphs if p.section == "caption"]
    related = [seed.text[p.start : p.end] for p in seed.paragraphs if p.section == "related"]
    assert len(caption) == 1 and "(far R)" in caption[0] and caption[0].endswith("(Kyodo)")
    assert related[0] == "Related coverage:"
    assert related[1:] == [
        "U.S. to provide Japan quake support including through military: envoy",
        "Japan to give Ukraine biofuel technology to support reconstruction",
        "Japan PM Kishida arranges to visit U.S. as state guest in early March",
    ]
    assert "headline" not in sections  # the seed starts with a full sentence
    assert sections.count("body") == 17


def test_headline_is_a_short_unpunctuated_first_line():
    article = parse_article("Japan and US pledge closer ties\n\nThe ministers met on Friday. They agreed.\n")
    assert [p.section for p in article.paragraphs] == ["headline", "body"]
    assert [article.text[s.start : s.end] for s in article.sentences_in("body")] == [
        "The ministers met on Friday.",
        "They agreed.",
    ]


@pytest.mark.parametrize(
    "first",
    ["The ministers met on Friday.", "A question for the ministers?", "Only one paragraph here"],
)
def test_no_headline_when_first_paragraph_is_prose_or_alone(first):
    text = first if first.startswith("Only") else first + "\n\nBody text follows here."
    assert parse_article(text).paragraphs[0].section == "body"


def test_related_block_by_cue_not_position():
    text = (
        "Leaders met in Tokyo on Monday. They signed a deal.\n\n"
        "Read more:\n\nTokyo hosts summit amid tension\n\nDeal signed on chips\n\n"
        "The talks continue next week, officials said."
    )
    article = parse_article(text)
    assert [p.section for p in article.paragraphs] == ["body", "related", "related", "related", "body"]


def test_caption_cues():
    text = (
        "President Joe Biden (C) speaks in Warsaw. REUTERS/Evelyn Hockstein\n\n"
        "The president said the alliance would hold.\n\n"
        "A handout photo. (Photo by Jane Roe/AFP)"
    )
    assert [p.section for p in parse_article(text).paragraphs] == ["caption", "body", "caption"]


# the caption cues as one expression, as they were written before they were split by what a match contains
_ONE_CAPTION_EXPRESSION = (
    r"\((?:far |second from |2nd from |third from |3rd from |front |back )(?:L|R|C|left|right)\)"
    r"|\((?:left|right|center|centre)\)"
    r"|\((?:[A-Z][\w.]* )?(?:Photos?|Picture|Image|Video|File photo)\b[^)]*\)"
    r"|\bPhoto(?:graph)?s? (?:courtesy of|by|credit)\b"
    r"|\b(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Kyodo|Yonhap|Bloomberg) (?:Photo|via Getty)\b"
    r"|^(?:Photo|Caption|Image|Pictured|File photo)\s*:"
)


_CAPTION_PIECES = [
    "(",
    ")",
    ":",
    " ",
    "far ",
    "left",
    "C",
    "R",
    "PHOTO",
    "photos",
    "Photograph",
    "by",
    "Getty",
    " via ",
    "Images",
    "AP",
    "Caption",
    "file ",
    "x",
    "\n",
    "İ",
    "AP via Getty",
    "Reuters Photo",
    "Pictured:",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CAPTION_PIECES), max_size=12).map("".join))
@example("Caption: Leaders meet in Tokyo")
@example("PHOTO : the ministers")
@example("Leaders, AP via Getty")
@example("Leaders (far left) and (R)")
@example("Photographs courtesy of the ministry")
@example("A view of the summit.")
@example("Leaders meet. REUTERS/Evelyn Hockstein")
@example("Ann Lee (L) and Bo Chen (R) meet")
def test_caption_cue_is_the_one_expression(text):
    import re

    from analysis.article import _caption_cue

    credit = re.search(r"\b(?:REUTERS|AFP|AP|EPA|XINHUA)/[A-Z][a-z]", text)
    markers = len(set(re.findall(r"\((L|R|C)\)", text))) >= 2
    assert _caption_cue(text) == bool(re.search(_ONE_CAPTION_EXPRESSION, text, re.IGNORECASE) or credit or markers)


def test_tokens_keep_news_units():
    text = "Kamikawa's talks with U.S. officials on cross-strait issues; 23 million people, Jan. 12."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [
        "Kamikawa",
        "'s",
        "talks",
        "with",
        "U.S.",
        "officials",
        "on",
        "cross-strait",
        "issues",
        ";",
        "23",
        "million",
        "people",
        ",",
        "Jan.",
        "12",
        ".",
    ]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert [t.kind for t in tokens if t.text in ("23", "U.S.", ";")] == ["word", "punct", "number"]


def test_a_combining_mark_of_any_script_stays_in_its_word():
    import unicodedata

    for word in ("café", "Ħal", "آ0", "नमस्ते", "Đặng"):  # Latin, Maltese, Arabic, Devanagari, Vietnamese
        for form in ("NFC", "NFD"):
            text = unicodedata.normalize(form, f"{word} said")
            assert [t.text for t in tokenize(text)] == [text[: -len(" said")], "said"]


def test_the_shipped_mark_ranges_are_the_unicode_databases():
    from tools.unicode_marks import OUT, mark_ranges

    lines = [line for line in OUT.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    assert lines == [f"{a:04X}-{b:04X}" for a, b in mark_ranges()]
    assert mark_ranges()[0][0] == 0x300  # the tokenizer looks for marks from U+0300 on


def test_urls_and_emails_are_single_tokens():
    text = "See https://example.org/a.html or mail press@example.org."
    assert [(t.text, t.kind) for t in tokenize(text)][1:] == [
        ("https://example.org/a.html", "url"),
        ("or", "word"),
        ("mail", "word"),
        ("press@example.org", "email"),
        (".", "punct"),
    ]


def test_load_reads_a_path_and_from_text_parses_a_string(seed):
    assert load(str(SEED)).text == seed.text
    assert load(SEED).sentences == seed.sentences
    assert from_text("A short text. Two sentences.").source is None
    with pytest.raises(ArticleError, match="typo.txt: no such file"):
        load("typo.txt")  # never analysed as an article whose text is "typo.txt"


def test_crlf_gives_the_same_sentences(seed):
    crlf = parse_article(seed.text.replace("\n", "\r\n"))
    assert [crlf.text[s.start : s.end] for s in crlf.sentences] == [seed.text[s.start : s.end] for s in seed.sentences]
    assert [s.section for s in crlf.sentences] == [s.section for s in seed.sentences]


def test_bom_is_not_part_of_the_text(seed):
    assert parse_article("\ufeff" + seed.text).text == seed.text


def test_a_possessive_set_apart_is_read_as_one():
    """Tokenised corpora write "Leicester 's Martin Johnson": the same possessive as "Leicester's",
    not a quotation mark and a letter; a quotation that opens with s stays a quotation."""
    assert [t.text for t in tokenize("Leicester 's Martin")] == ["Leicester", "'s", "Martin"]
    assert [t.text for t in tokenize("he said 'sorry' twice")][2:5] == ["'", "sorry", "'"]
