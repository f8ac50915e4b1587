"""Read the article with its analysis: a standalone, offline HTML page built from the offsets.

``analysis.view.page(article)`` is the page; ``python -m analysis view FILE... --out DIR`` writes
one per article; ``analysis.view(article)`` shows it in a notebook. What it shows:

- the article's sections and paragraph numbers (as in the figures), each paragraph's lead theme;
- every quote (direct, partial, indirect) in its speaker's colour (the figures' palette), its cue
  underlined, the speaker mention marked, a resolved pronoun with whom it was resolved to;
- entity mentions (person, place, organisation), each kind on its own switch;
- each sentence's VADER tone as a thin bar in the margin.

Every marked span says what was decided and why, on hover and on keyboard focus; clicking a
source in the side list marks all its quotes and mentions. Colour is never the only signal
(kinds also differ by underline style and by label). The article's text is escaped, the page
has a Content-Security-Policy that forbids any request, and the same article gives the same
bytes every time.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

from analysis.article import Article
from analysis.callable import make_callable
from analysis.colours import Palette

_KIND_LABEL = {"direct": "direct quote", "partial": "partial quote", "indirect": "reported speech"}


def _annotations(article: Article):
    """(start, end, classes, tip, focus_id) for every span to mark, and the side list of sources."""
    from analysis.entities import entity_mentions
    from analysis.quotes import quote_records
    from analysis.sources import sources

    table = sources(article)
    speakers = [n for n, t in zip(table["name"], table["type"]) if t != "media"]
    palette = Palette.build([], speakers)
    index = {name: n for n, name in enumerate(speakers)}
    marks = []
    for n, r in enumerate(quote_records(article)):
        who = r["speaker"] or "unattributed"
        s = index.get(r["speaker"], "x")
        why = f"{_KIND_LABEL[r['kind']]} · speaker: {who}" + (f" · cue: “{r['cue']}”" if r["cue"] else " · no cue")
        if r["speaker_type"]:
            why += f" ({r['speaker_type']})"
        marks.append((r["start"], r["end"], f"q {r['kind']} s{s}", why, f"q{n}"))
        if r["cue_start"] is not None:
            marks.append((r["cue_start"], r["cue_end"], f"cue s{s}", f"cue of a {_KIND_LABEL[r['kind']]} by {who}", None))
        if r["speaker_start"] is not None:
            text = article.text[r["speaker_start"] : r["speaker_end"]]
            resolved = "" if not r["speaker"] or text == r["speaker"] else f" → resolved to {r['speaker']}"
            marks.append((r["speaker_start"], r["speaker_end"], f"who s{s}", f"speaker mention “{text}”{resolved}", None))
    for m in entity_mentions(article).itertuples(index=False):
        resolved = f" → {m.name}" if m.text != m.name else ""
        s = index.get(m.name)
        extra = f" s{s}" if s is not None else ""
        marks.append((m.start, m.end, f"ent {m.kind}{extra}", f"{m.kind}: “{m.text}”{resolved}", None))
    side = [
        (index[name], name, kind, int(direct), int(indirect), palette.speaker(name))
        for name, kind, direct, indirect in zip(table["name"], table["type"], table["direct_quotes"], table["indirect"])
        if name in index
    ]
    return marks, side


def _segments(text: str, start: int, end: int, marks) -> str:
    """``text[start:end]`` as escaped HTML, cut where marks begin or end; each piece carries the
    classes and explanations of every mark covering it (no nesting, so any overlap is valid HTML)."""
    cuts = {start, end}
    for a, b, *_ in marks:
        cuts.update(x for x in (a, b) if start < x < end)
    points = sorted(cuts)
    out = []
    first_piece: set[str] = set()
    for a, b in zip(points, points[1:]):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        piece = html.escape(text[a:b])
        if not covering:
            out.append(piece)
            continue
        classes = " ".join(sorted({c for m in covering for c in m[2].split()}))
        tip = " | ".join(dict.fromkeys(m[3] for m in covering))
        focus = next((m[4] for m in covering if m[4] and m[4] not in first_piece), None)
        attrs = f' class="{classes}" data-tip="{html.escape(tip)}" title="{html.escape(tip)}"'
        if focus:
            first_piece.add(focus)
            attrs += f' tabindex="0" id="{focus}" aria-label="{html.escape(tip)}"'
        out.append(f"<span{attrs}>{piece}</span>")
    return "".join(out)


def _tone_colour(compound: float) -> str:
    if compound >= 0.05:
        return "#1a9850"
    if compound <= -0.05:
        return "#d73027"
    return "#bbbbbb"


def page(article: Article) -> str:
    """The whole page: one HTML file, everything inline, no request possible."""
    from analysis.sentiment import sentence_sentiment
    from analysis.themes import theme_scores

    marks, side = _annotations(article)
    by_start: dict[int, list] = defaultdict(list)
    for m in marks:
        by_start[m[0]].append(m)
    tone = {int(r.start): float(r.compound) for r in sentence_sentiment(article, sections=("body", "headline")).itertuples()}
    themes = theme_scores(article)
    lead = {
        int(p): (lead, evidence.get(lead, []))
        for p, lead, evidence in zip(themes["paragraph"], themes["lead"], themes["evidence"])
    }
    paragraphs = []
    for p in article.paragraphs:
        inside = [m for m in marks if m[0] < p.end and p.start < m[1]]
        sentences = []
        for s in (s for s in article.sentences if s.paragraph == p.index):
            local = [(max(a, s.start), min(b, s.end), *rest) for a, b, *rest in inside if a < s.end and s.start < b]
            body = _segments(article.text, s.start, s.end, local)
            if s.start in tone:
                c = tone[s.start]
                bar = (
                    f'<span class="tone" style="background:{_tone_colour(c)}" '
                    f'title="sentence tone (VADER compound) {c:+.2f}" aria-label="tone {c:+.2f}"></span>'
                )
            else:
                bar = ""
            sentences.append(f'<span class="sent">{bar}{body}</span>')
        label = "" if p.section == "body" else f'<span class="section">{p.section}</span>'
        theme, words = lead.get(p.index, (None, []))
        badge = (
            f'<span class="theme" title="lead theme; evidence: {html.escape(", ".join(words))}">{html.escape(theme)}</span>'
            if isinstance(theme, str)
            else ""
        )
        paragraphs.append(
            f'<section class="para {p.section}" id="p{p.index + 1}"><div class="pn">¶ {p.index + 1}{label}{badge}</div>'
            f"<p>{' '.join(sentences)}</p></section>"
        )
    style = "\n".join(f".s{n}{{--c:{colour}}}" for n, _name, _kind, _d, _i, colour in side)
    items = "".join(
        f'<li><button type="button" data-s="{n}" class="s{n}" aria-pressed="false">'
        f'<span class="sw"></span>{html.escape(name)} '
        f"<small>({html.escape(kind)}; {d} quoted, {i} reported)</small></button></li>"
        for n, name, kind, d, i, _colour in side
    )
    title = html.escape(article.name)
    return _TEMPLATE.format(title=title, style=style, sources=items or "<li>nobody is quoted</li>", body="\n".join(paragraphs))


def write(article: Article, out: str | Path) -> Path:
    """Write the page for ``article`` as ``out/<article>.html`` (whole or not at all); returns the path."""
    from analysis.paths import folder_name, write_whole

    return write_whole(Path(out) / f"{folder_name(article.name)}.html", page(article))


class View:
    """The page in a notebook (``analysis.view(article)``); ``.html`` is the page's text."""

    def __init__(self, article: Article) -> None:
        self.html = page(article)
        self.name = article.name

    def __repr__(self) -> str:  # the notebook's text output: the same on every run
        return f"<reading view: {self.name}>"

    def _repr_html_(self) -> str:
        srcdoc = html.escape(self.html, quote=True)
        return (
            f'<iframe srcdoc="{srcdoc}" style="width:100%;height:640px;border:1px solid #ddd" title="annotated article"></iframe>'
        )


def view(article: Article) -> View:
    """The annotated article, for a notebook."""
    return View(article)


def main(argv: Sequence[str]) -> int:
    """``analysis view FILE... --out DIR``: one standalone page per article."""
    import argparse
    import sys

    from analysis.article import ArticleError, read_article

    parser = argparse.ArgumentParser(
        prog="analysis view",
        description="an annotated reading view of each article, as a standalone HTML page",
        epilog="example:\n  analysis view seeds/*.txt --out views/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--out", type=Path, default=Path("views"), metavar="DIR", help="folder for the pages (default: views/)")
    args = parser.parse_args(argv)
    try:
        articles = [read_article(f) for f in args.files]
        for article in articles:
            print(write(article, args.out))
    except ArticleError as exc:
        print(f"analysis: error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"analysis: error: cannot write to {args.out} ({exc.strerror or exc})", file=sys.stderr)
        return 2
    return 0


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>{title} — annotated</title>
<style>
body{{font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#222;background:#fff}}
.wrap{{display:flex;gap:1.5rem;max-width:70rem;margin:0 auto;padding:1rem}}
main{{flex:1;min-width:0}} aside{{width:17rem;flex:none}}
h1{{font-size:1.15rem;margin:.2rem 0 1rem}}
.para{{margin:0 0 1rem;padding-left:.9rem;position:relative}} .para p{{margin:.2rem 0}}
.pn{{font-size:.75rem;color:#666}} .section{{margin-left:.5rem;text-transform:uppercase;letter-spacing:.05em}}
.theme{{margin-left:.5rem;padding:0 .35rem;border:1px solid #999;border-radius:.6rem}}
.caption,.related{{color:#555;font-size:.9rem}}
.sent{{position:relative}}
.tone{{position:absolute;left:-.8rem;top:.2em;width:.25rem;height:1.1em;border-radius:1px}}
.q{{background:color-mix(in srgb,var(--c,#9a9a9a) 16%,transparent);border-bottom:2px solid var(--c,#9a9a9a)}}
.q.partial{{border-bottom-style:dashed}} .q.indirect{{background:none;border-bottom:2px dotted var(--c,#9a9a9a)}}
.cue{{text-decoration:underline wavy var(--c,#9a9a9a);text-underline-offset:.2em}}
.who{{font-weight:600;outline:1px solid var(--c,#9a9a9a);outline-offset:1px}}
body.ent-person .ent.person{{box-shadow:inset 0 -.35em #dbe9f6}}
body.ent-place .ent.place{{box-shadow:inset 0 -.35em #f6e7c8}}
body.ent-organization .ent.organization{{box-shadow:inset 0 -.35em #d4efe4}}
[tabindex]:focus{{outline:3px solid #000;outline-offset:2px}}
[data-tip]:hover::after,[data-tip]:focus::after{{content:attr(data-tip);position:absolute;z-index:2;left:0;top:1.6em;
 background:#222;color:#fff;font-size:.8rem;padding:.3rem .5rem;border-radius:.3rem;max-width:18rem;white-space:normal;font-weight:400}}
[data-tip]{{position:relative}}
body.focus .q,body.focus .who{{opacity:.35}} body.focus .on{{opacity:1;outline:2px solid #000}}
aside ul{{list-style:none;padding:0;margin:0}} aside li{{margin:.25rem 0}}
aside button{{font:inherit;text-align:left;width:100%;background:#f6f6f6;border:1px solid #ccc;border-radius:.3rem;padding:.3rem .4rem;cursor:pointer}}
aside button[aria-pressed=true]{{border-color:#000;background:#eee}}
.sw{{display:inline-block;width:.8rem;height:.8rem;background:var(--c,#9a9a9a);margin-right:.35rem;vertical-align:-.1rem}}
fieldset{{border:1px solid #ccc;margin:1rem 0;font-size:.9rem}} .key{{font-size:.85rem;color:#444}}
{style}
@media (max-width:48rem){{.wrap{{flex-direction:column}} aside{{width:auto}}}}
@media print{{aside,fieldset{{display:none}} [data-tip]::after{{display:none}} .wrap{{display:block}} body{{font-size:11pt}}}}
</style>
</head>
<body class="ent-person ent-place ent-organization">
<div class="wrap">
<main>
<h1>{title}</h1>
<p class="key"><span class="q direct">quoted</span> · <span class="q partial">partial quote</span> · <span class="q indirect">reported speech</span> · <span class="cue">cue</span> · <span class="who">speaker</span> · bar in the margin: sentence tone (green positive, red negative, grey neutral)</p>
{body}
</main>
<aside aria-label="sources and switches">
<h2 style="font-size:1rem">Sources</h2>
<ul id="sources">{sources}</ul>
<fieldset><legend>Entity mentions</legend>
<label><input type="checkbox" data-ent="person" checked> people</label><br>
<label><input type="checkbox" data-ent="place" checked> places</label><br>
<label><input type="checkbox" data-ent="organization" checked> organisations</label>
</fieldset>
</aside>
</div>
<script>
document.querySelectorAll("[data-ent]").forEach(function (box) {{
  box.addEventListener("change", function () {{ document.body.classList.toggle("ent-" + box.dataset.ent, box.checked); }});
}});
document.querySelectorAll("#sources button").forEach(function (button) {{
  button.addEventListener("click", function () {{
    var on = button.getAttribute("aria-pressed") !== "true";
    document.querySelectorAll("#sources button").forEach(function (b) {{ b.setAttribute("aria-pressed", "false"); }});
    document.querySelectorAll(".on").forEach(function (e) {{ e.classList.remove("on"); }});
    document.body.classList.toggle("focus", on);
    if (on) {{
      button.setAttribute("aria-pressed", "true");
      document.querySelectorAll("main .s" + button.dataset.s).forEach(function (e) {{ e.classList.add("on"); }});
    }}
  }});
}});
</script>
</body>
</html>
"""


make_callable(__name__, view, "an annotated reading view")
