"""The article model: the original text and every unit as character offsets into it.

``text -> Article`` is the first step of every analysis. An Article holds paragraphs (with a
section label: ``headline``, ``body``, ``caption`` or ``related``), sentences and word tokens;
``article.text[unit.start:unit.end]`` is always the unit's text.
"""

from __future__ import annotations

import bisect
import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from analysis.sentences import line_spans, paragraph_spans, sentence_spans
from analysis.tokens import Token, tokenize

SECTIONS = ("headline", "body", "caption", "related")
MAX_BYTES = 50 * 1024 * 1024  # the default size cap; the CLI's --max-size changes it
_STDIN = "-"


class ArticleError(ValueError):
    """Input that cannot be read as an article; the message names the file and the problem."""


@dataclass(frozen=True)
class Paragraph:
    """A blank-line separated block of text."""

    index: int
    start: int
    end: int
    section: str


@dataclass(frozen=True)
class Sentence:
    """A sentence, with the paragraph (index) and section it belongs to."""

    index: int
    start: int
    end: int
    paragraph: int
    section: str


@dataclass(frozen=True)
class Article:
    """An article's text and its units. Build one with ``read_article`` or ``parse_article``."""

    text: str
    source: str | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...] = field(repr=False)

    def __repr__(self) -> str:
        return (
            f"Article({self.name!r}: {len(self.text):,} characters, {len(self.paragraphs)} paragraphs, "
            f"{len(self.sentences)} sentences)"
        )

    @property
    def name(self) -> str:
        """A short label: the file name without extension, or ``article``."""
        return Path(self.source).stem if self.source else "article"

    @cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of the article, in order."""
        return tuple(tokenize(self.text))

    @cached_property
    def _token_starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def tokens_in(self, start: int, end: int) -> tuple[Token, ...]:
        """Tokens lying inside ``[start, end)``."""
        lo = bisect.bisect_left(self._token_starts, start)
        hi = bisect.bisect_left(self._token_starts, end)
        inside = self.tokens[lo:hi]
        # tokens never overlap, so only the last one can run past ``end``
        return inside[:-1] if inside and inside[-1].end > end else inside

    def memo(self, key: object, compute):
        """A derived result kept with the article (computed once; the article never changes)."""
        store = self.__dict__.setdefault("_memo", {})
        if key not in store:
            store[key] = compute()
        return store[key]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing offset ``pos`` (None between sentences or past the text)."""
        i = bisect.bisect_right(self._sentence_starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def sentences_in(self, *sections: str) -> tuple[Sentence, ...]:
        """Sentences of the given sections (all of them when none is named)."""
        return tuple(s for s in self.sentences if not sections or s.section in sections)

    def paragraphs_in(self, *sections: str) -> tuple[Paragraph, ...]:
        """Paragraphs of the given sections (all of them when none is named)."""
        return tuple(p for p in self.paragraphs if not sections or p.section in sections)


def parse_article(text: str, source: str | None = None) -> Article:
    """Build an Article from text (a leading BOM is dropped)."""
    text = text.removeprefix("\ufeff")
    spans = paragraph_spans(text, lines_if_no_blank=True)
    sections = label_sections(text, spans)
    paragraphs = tuple(Paragraph(i, a, b, sec) for i, ((a, b), sec) in enumerate(zip(spans, sections)))
    sentences: list[Sentence] = []
    for p in paragraphs:
        # headlines and related-story lists are lines, not prose
        pieces = (
            line_spans(text, p.start, p.end) if p.section in ("headline", "related") else sentence_spans(text, p.start, p.end)
        )
        for a, b in pieces:
            sentences.append(Sentence(len(sentences), a, b, p.index, p.section))
    return Article(text, source, paragraphs, tuple(sentences))


def read_article(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> Article:
    """Read and parse one article file (``-``: standard input); raises ArticleError on bad input."""
    return parse_article(read_text(path, max_bytes), "stdin" if str(path) == _STDIN else str(path))


def load(path: str | os.PathLike[str]) -> Article:
    """Read and parse the article in the file at ``path`` (``from_text`` parses a string)."""
    return read_article(path)


def from_text(text: str, name: str | None = None) -> Article:
    """Parse an article given as text; ``name`` labels it in tables and figures."""
    return parse_article(text, name)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _kind_of(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_text(path: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> str:
    """The UTF-8 text of a file (or of standard input for ``-``), BOM removed, newlines untouched.

    Only regular files are opened (a FIFO, a device or a socket could block or never end), at
    most ``max_bytes`` are read, and a NUL byte anywhere means binary data. Raises ArticleError
    with a one-line message naming the file.
    """
    name = _printable(str(path))
    if str(path) == _STDIN:
        data = sys.stdin.buffer.read(max_bytes + 1)
    else:
        p = Path(path)
        try:
            info = p.stat()
        except FileNotFoundError:
            raise ArticleError(f"{name}: no such file") from None
        except OSError as exc:
            raise ArticleError(f"{name}: cannot be read ({exc.strerror or exc})") from None
        if stat.S_ISDIR(info.st_mode):
            raise ArticleError(f"{name}: is a directory, not a text file")
        if not stat.S_ISREG(info.st_mode):
            raise ArticleError(f"{name}: {_kind_of(info.st_mode)}, not a text file")
        if info.st_size > max_bytes:
            raise ArticleError(f"{name}: {info.st_size:,} bytes, larger than the {_megabytes(max_bytes)} limit (--max-size)")
        try:
            with p.open("rb") as handle:
                data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise ArticleError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise ArticleError(f"{name}: larger than the {_megabytes(max_bytes)} limit (--max-size)")
    data = data.removeprefix(codecs.BOM_UTF8)
    if b"\x00" in data:
        raise ArticleError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None
    return check_text(text, name, empty="empty file")


def check_text(text: str, name: str, empty: str = "empty text") -> str:
    """``text`` if it can be an article; else ArticleError naming ``name`` (for texts that come
    from a table rather than a file: blank, binary or control characters)."""
    if "\x00" in text:
        raise ArticleError(f"{name}: binary data, not text")
    if not text.strip():
        raise ArticleError(f"{name}: empty text (nothing but white space)" if text else f"{name}: {empty}")
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        raise ArticleError(f"{name}: binary data, not text")
    return text


def _megabytes(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


def _printable(name: str) -> str:
    """A file name fit for a one-line message: control characters (a newline in a name) escaped."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in name)


# --- sections -------------------------------------------------------------------------

_FINAL_PUNCT = re.compile(r"[.!?:;…][\"'”’)\]]*$")
# "(L)", "(R)" alone also mark party affiliation ("Gov. Pat McCrory (R)"): a caption needs two
# different position markers, or one of the unambiguous cues below.
_POSITION_MARKERS = re.compile(r"\((L|R|C)\)")
# caption cues, by what any match must contain: a parenthesis, a slash (a photo credit), the word
# photo or Getty, or a label at the very start; most paragraphs hold none, so most skip the search
_CAPTION_PARENS = re.compile(
    r"\((?:far |second from |2nd from |third from |3rd from |front |back )(?:L|R|C|left|right)\)"
    r"|\((?:left|right|center|centre)\)"
    r"|\((?:[A-Z][\w.]* )?(?:Photos?|Picture|Image|Video|File photo)\b[^)]*\)",
    re.IGNORECASE,
)
_CAPTION_PHOTO = re.compile(
    r"\bPhoto(?:graph)?s? (?:courtesy of|by|credit)\b"
    r"|\b(?:AP|AFP|Reuters|EPA|Getty Images|Xinhua|Kyodo|Yonhap|Bloomberg) (?:Photo|via Getty)\b",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|XINHUA)/[A-Z][a-z]")  # "REUTERS/Evelyn Hockstein"
_CAPTION_LABEL = re.compile(r"(?:Photo|Caption|Image|Pictured|File photo)\s*:", re.IGNORECASE)


def _caption_cue(para: str) -> bool:
    """A caption's cue, a photo credit, or two different position markers ("(L)", "(R)")."""
    if "(" in para and (_CAPTION_PARENS.search(para) or len(set(_POSITION_MARKERS.findall(para))) >= 2):
        return True
    if "/" in para and _CREDIT_LINE.search(para):
        return True
    low = para.lower()
    if ("photo" in low or "getty" in low) and _CAPTION_PHOTO.search(para):
        return True
    return ":" in para and _CAPTION_LABEL.match(para) is not None


_RELATED_HEADING = re.compile(
    r"(?:related(?: coverage| stories| articles| news| content| links| reading)?|read more|see also"
    r"|more on this(?: story)?|also read|read also|more from [\w ]{1,30}|recommended(?: stories)?"
    r"|you may also like)\s*:?",
    re.IGNORECASE,
)
_SHORT_LINE_WORDS = 25
_CAPTION_WORDS = 80  # a caption is short: a long paragraph with a photo credit in it is still body


def label_sections(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Section label of each paragraph, from general cues (never from positions alone)."""
    labels = ["body"] * len(spans)
    in_related = False
    for i, (a, b) in enumerate(spans):
        para = text[a:b]
        first_line = para.split("\n", 1)[0].strip()
        if _RELATED_HEADING.fullmatch(first_line):
            labels[i], in_related = "related", True
        elif in_related and _is_short_unpunctuated(para):
            labels[i] = "related"
        elif len(para.split()) <= _CAPTION_WORDS and (_caption_cue(para)):
            in_related = False
            labels[i] = "caption"
        else:
            in_related = False
    if len(spans) > 1 and labels[0] == "body" and "body" in labels[1:]:
        a, b = spans[0]
        if "\n" not in text[a:b] and _is_short_unpunctuated(text[a:b], allow_question=False):
            labels[0] = "headline"
    return labels


def _is_short_unpunctuated(para: str, allow_question: bool = True) -> bool:
    """Every line short and without a final full stop (a headline-like line)."""
    lines = [line.strip() for line in para.splitlines() if line.strip()]
    return all(
        len(line.split()) <= _SHORT_LINE_WORDS and (not _FINAL_PUNCT.search(line) or (allow_question and line.endswith("?")))
        for line in lines
    )
