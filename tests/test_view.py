"""The annotated reading view: built from the offsets, safe with any text, and checked in a real browser."""

import re
import subprocess
import sys

from analysis.article import parse_article
from analysis.quotes import quote_records
from analysis.view import page, write
from tests.conftest import ROOT

HOSTILE = (
    "Council <b>fails</b> & <script>window.pwned = 1</script>\n\n"
    'The mayor said "<img src=x onerror=\\"window.pwned=2\\"> is not a tag here," and left.\n\n'
    "Prices rose 5% to $6 – the café’s “best” week; ñ, 日本, 🙂 and \u202e reversed text.\n"
)


def test_the_same_article_gives_the_same_page_bytes(seed):
    assert page(seed) == page(parse_article(seed.text, seed.source))


def test_article_text_is_escaped_and_nothing_can_be_fetched():
    html = page(parse_article(HOSTILE, "hostile.txt"))
    body = html[html.index("<main>") : html.index("</main>")]
    assert "<script>" not in body and "<img" not in body and "&lt;script&gt;" in body
    assert "default-src 'none'" in html  # the Content-Security-Policy forbids every request
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", html)


def test_every_seed_quote_is_marked_with_its_speaker_and_cue(seed):
    html = page(seed)
    quoted = [r for r in quote_records(seed) if r["kind"] != "indirect"]
    assert len(quoted) == 10
    for n, r in enumerate(quote_records(seed)):
        if r["kind"] == "indirect":
            continue
        tag = re.search(rf'<span[^>]*id="q{n}"[^>]*>', html).group()
        assert f"speaker: {r['speaker']}" in tag and r["kind"] in tag
        assert (f"cue: “{r['cue']}”" in tag) if r["cue"] else ("no cue" in tag)


def test_a_resolved_pronoun_says_whom_it_means(seed):
    assert "speaker mention “she” → resolved to Yoko Kamikawa" in page(seed)


def test_the_view_command_writes_one_page_per_article(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "view", str(ROOT / "seeds"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("analysis: error:")  # a folder is not a file here
    article = next((ROOT / "seeds").glob("kyodo_*.txt"))
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "view", str(article), "--out", str(tmp_path)], capture_output=True, text=True, cwd=ROOT
    )
    assert proc.returncode == 0 and (tmp_path / f"{article.stem}.html").is_file()


def _open(browser, path, width):
    page_ = browser.new_page(viewport={"width": width, "height": 900})
    requests = []
    page_.on("request", lambda r: requests.append(r.url))
    page_.goto(path.as_uri())
    return page_, requests


def _overlaps(page_):
    """Pairs of block elements (paragraphs, source buttons, the side panel) whose boxes overlap."""
    return page_.evaluate(
        """() => {
        const boxes = [...document.querySelectorAll('section.para, aside li, aside fieldset')]
          .map(e => e.getBoundingClientRect()).filter(r => r.width > 0 && r.height > 0);
        let bad = 0;
        for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i], b = boxes[j];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) bad++;
        }
        const wide = document.documentElement.scrollWidth > window.innerWidth + 1;
        return bad + (wide ? 1000 : 0);
    }"""
    )


def test_in_a_browser_the_seed_shows_its_quotes_and_explains_them(browser, seed, tmp_path):
    path = write(seed, tmp_path)
    for width in (1280, 320):
        view, requests = _open(browser, path, width)
        marked = view.evaluate("() => [...document.querySelectorAll('.q.direct[id], .q.partial[id]')].map(e => e.title)")
        assert len(marked) == 10
        speakers = {r["speaker"] for r in quote_records(seed) if r["kind"] != "indirect"}
        assert all(any(f"speaker: {s}" in t for s in speakers) for t in marked)
        first = view.locator(".q.direct[id], .q.partial[id]").first
        first.hover()
        tip = first.evaluate("e => getComputedStyle(e, '::after').content")
        assert "speaker:" in tip and "cue" in tip
        view.keyboard.press("Tab")  # keyboard focus reaches a marked span or a control
        assert view.evaluate("() => document.activeElement !== document.body")
        assert _overlaps(view) == 0, f"overlapping blocks at {width}px"
        view.screenshot(path=str(tmp_path / f"seed-{width}.png"), full_page=True)
        assert all(url.startswith("file://") for url in requests)
        view.close()


def test_in_a_browser_nothing_from_the_article_runs(browser, tmp_path):
    path = write(parse_article(HOSTILE, "hostile.txt"), tmp_path)
    view, requests = _open(browser, path, 1280)
    assert view.evaluate("() => window.pwned === undefined")
    assert "<script>window.pwned = 1</script>" in view.inner_text("main")
    assert all(url.startswith("file://") for url in requests)
    view.locator("#sources button").first.click() if view.locator("#sources button").count() else None
    view.close()
