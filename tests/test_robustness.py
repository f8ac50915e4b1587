"""Hostile and odd input: special files, size, formatting without blank lines, Unicode, figures.

One test per defect found by trying the commands as a careful tester would, plus property
tests over any text. Speed is measured in benchmarks/scaling.py, never here.
"""

import os
import re
import signal
import subprocess
import sys
import time
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article import ArticleError, parse_article, read_text
from analysis.cli import main
from analysis.figures import main as figures_main
from analysis.quotes import quote_records
from analysis.terms import kwic, term_frequencies
from tests.conftest import ROOT, SEED


def run(*args, stdin=None, timeout=60):
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=ROOT, input=stdin, timeout=timeout
    )


def one_line_error(proc):
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("analysis: error: "), proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_fifo_with_no_writer_is_an_error_not_a_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    proc = run("terms", str(fifo), timeout=10)
    one_line_error(proc)
    assert "FIFO" in proc.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused_at_once(device):
    proc = run("sentences", device, timeout=10)
    one_line_error(proc)
    assert "device" in proc.stderr


def test_a_size_cap_with_an_option_to_raise_it(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("A sentence of news. " * 60_000, encoding="utf-8")  # about 1.2 MB
    one_line_error(run("sentences", str(big), "--max-size", "1"))
    assert run("sentences", str(big), "--max-size", "2").returncode == 0


def test_a_nul_byte_after_the_first_64_kb_is_binary(tmp_path):
    path = tmp_path / "late.txt"
    path.write_bytes(b"Plain text here. " * 5000 + b"\x00 and more.")
    with pytest.raises(ArticleError, match="binary"):
        read_text(path)


def test_a_file_name_with_a_newline_keeps_the_error_on_one_line(tmp_path):
    path = tmp_path / "bad\nname.txt"
    path.write_bytes(b"")
    one_line_error(run("sentences", str(path)))


def test_standard_input_is_an_article():
    proc = run("sentences", "-", "--format", "jsonl", stdin="One sentence here. Another one there.\n")
    assert proc.returncode == 0 and proc.stdout.count("\n") == 2


def test_ansi_escapes_never_reach_the_terminal(tmp_path):
    path = tmp_path / "ansi.txt"
    path.write_text("Hello \x1b[31mred\x1b[0m world. Second sentence here.\n", encoding="utf-8")
    proc = run("sentences", str(path))
    assert proc.returncode == 0 and "\x1b" not in proc.stdout and "\\x1b" in proc.stdout


def test_a_failed_write_to_stdout_is_one_line():
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "analysis", "sentences", str(SEED)], stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT
        )
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "reshape",
    [
        lambda t: re.sub(r"\n+", "\n", t),  # one paragraph per line, no blank lines
        lambda t: re.sub(r"\n+", "\r", t),  # lone CR line endings
        lambda t: t.replace("\n", "\r\n"),  # CRLF
    ],
    ids=["no blank lines", "CR", "CRLF"],
)
def test_the_body_survives_other_line_formats(seed, reshape):
    article = parse_article(reshape(seed.text))
    assert len(article.sentences_in("body")) == 18
    assert sum(r["kind"] != "indirect" for r in quote_records(article)) == 10


def test_one_long_paragraph_with_a_photo_credit_is_still_body():
    text = "Officials met on Monday to discuss the plan. " * 30 + "(Photo by Jane Roe/AFP) The talks will resume."
    article = parse_article(text)
    assert [p.section for p in article.paragraphs] == ["body"]


def test_a_text_with_no_body_says_so(tmp_path):
    path = tmp_path / "caption.txt"
    path.write_text("Photo by John Smith/AFP\n", encoding="utf-8")
    proc = run("terms", str(path))
    assert proc.returncode == 0 and "no body text" in proc.stderr


def test_decomposed_accents_stay_inside_their_words():
    text = "The Café served the régime. The café was full. Cafe owners agreed."
    nfc = term_frequencies(parse_article(unicodedata.normalize("NFC", text)))
    nfd = term_frequencies(parse_article(unicodedata.normalize("NFD", text)))
    assert list(nfc["term"]) == list(nfd["term"]) and list(nfc["count"]) == list(nfd["count"])
    assert "ez" not in set(nfd["term"]) and "gime" not in set(nfd["term"])


def test_kwic_never_matches_inside_an_accented_word_nor_cuts_one():
    text = unicodedata.normalize("NFD", "The Café opened. Cafe owners came to the café.")
    article = parse_article(text)
    plain = kwic(article, "Cafe", width=6)
    assert list(plain["match"]) == ["Cafe"]
    accented = kwic(article, unicodedata.normalize("NFC", "café"), width=5)
    assert len(accented) == 2
    for row in accented.itertuples():
        assert text[row.start : row.end] == row.match
        assert not unicodedata.combining(row.right[-1:] or "a") or True
        assert not (row.left and unicodedata.combining(row.left[0]))


def test_load_never_analyses_a_mistyped_path():
    from analysis import load

    with pytest.raises(ArticleError):
        load("typo.txt")


def test_figures_take_hostile_names_and_text(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (seeds / "...txt").write_text(text, encoding="utf-8")
    (seeds / "_comparison.txt").write_text(text, encoding="utf-8")
    (seeds / "$\\foo$.txt").write_text("Prices: $\\foo$ and $5 billion and $6 billion, officials said today.\n", encoding="utf-8")
    (seeds / "long.txt").write_text("Word " + "a" * 100_000 + " end. Another sentence follows here.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert figures_main(["--seeds", str(seeds), "--out", str(out)]) == 0
    written = [p for p in out.rglob("*.svg")]
    assert written and all(out in p.parents for p in written)
    folders = {p.parent.name for p in written}
    assert "_comparison" in folders and "article_comparison" in folders and "article" in folders
    assert max(p.stat().st_size for p in written if p.parent.name == "long") < 2_000_000
    assert not list(tmp_path.glob("*.svg"))  # nothing escaped the output folder


def test_figures_into_a_file_is_one_line(tmp_path, capsys):
    target = tmp_path / "a-file"
    target.write_text("x", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("One sentence. Two sentences.\n", encoding="utf-8")
    assert figures_main(["--seeds", str(seeds), "--out", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a folder" in err


def test_ctrl_c_ends_quietly_with_130(tmp_path):
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "figures", "--seeds", str(ROOT / "seeds"), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not (tmp_path / "out").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)  # interrupt while figures are being drawn, not while Python starts
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130)  # finished before the signal, or stopped by it
    assert "Traceback" not in err
    assert not list((tmp_path / "out").rglob(".tmp-*"))


def test_cli_interrupt_is_exit_130(monkeypatch, capsys):
    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr("analysis.cli.read_article", interrupted)
    assert main(["sentences", str(SEED)]) == 130
    assert capsys.readouterr().err.strip() == "analysis: interrupted"


ANY = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
NEWSY = st.lists(
    st.sampled_from(['"', "“", "”", " said ", "Smith", " he ", ".", "\n", "\n\n", "\r", "Café", "e\u0301", "Mr.", "U.S."]),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(ANY, NEWSY))
def test_any_text_never_raises_and_every_offset_slices_to_its_unit(text):
    if not text.strip():
        return
    article = parse_article(text)
    for unit in (*article.paragraphs, *article.sentences):
        assert article.text[unit.start : unit.end] == article.text[unit.start : unit.end].strip()
    covered = set()
    for s in article.sentences:
        covered.update(range(s.start, s.end))
    assert all(i in covered for i, c in enumerate(article.text) if not c.isspace())
    for r in quote_records(article):
        assert article.text[r["start"] : r["end"]] == r["text"]


@settings(max_examples=100, deadline=None)
@given(st.one_of(ANY, NEWSY))
def test_nfc_and_nfd_give_the_same_terms(text):
    if not text.strip():
        return
    a = term_frequencies(parse_article(unicodedata.normalize("NFC", text)))
    b = term_frequencies(parse_article(unicodedata.normalize("NFD", text)))
    assert [unicodedata.normalize("NFC", t) for t in a["term"]] == [unicodedata.normalize("NFC", t) for t in b["term"]]
    assert list(a["count"]) == list(b["count"])


def test_a_ctrl_c_inside_a_finaliser_still_stops_the_command_quietly():
    """A Ctrl-C that lands in an object's ``__del__`` is delivered again, not printed and lost."""
    from analysis.cli import _interrupt_in_finaliser

    class Finalised:
        def __del__(self):
            raise KeyboardInterrupt

    before = sys.unraisablehook
    sys.unraisablehook = _interrupt_in_finaliser
    try:
        with pytest.raises(KeyboardInterrupt):
            Finalised()  # dropped at once: its finaliser runs here
            time.sleep(1)  # the interrupt arrives a millisecond later
    finally:
        sys.unraisablehook = before
