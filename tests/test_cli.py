"""The command line, per CONTRACT.md: records, formats, bad input, untouched inputs."""

import json
import subprocess
import sys

import pytest

from analysis.cli import main
from tests.conftest import ROOT, SEED


def run(*args, cwd=ROOT):
    """Run ``python -m analysis`` in a fresh process (as users do)."""
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_sentences_jsonl_records(seed):
    proc = run("sentences", SEED, "--format", "jsonl")
    assert proc.returncode == 0 and proc.stderr == ""
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == len(seed.sentences)
    assert set(records[0]) == {"file", "start", "end", "text", "paragraph", "section"}
    assert all(r["file"] == str(SEED) for r in records)
    assert all(seed.text[r["start"] : r["end"]] == r["text"] for r in records)
    assert sum(r["section"] == "body" for r in records) == 18


def test_options_between_files_and_file_order(tmp_path, capsys):
    other = tmp_path / "other.txt"
    other.write_text("Second article. It is short.\n", encoding="utf-8")
    assert main(["sentences", str(other), "--format", "jsonl", str(SEED)]) == 0
    files = [json.loads(line)["file"] for line in capsys.readouterr().out.splitlines()]
    assert files[:2] == [str(other)] * 2 and files[2:] == [str(SEED)] * (len(files) - 2)


def test_table_format_has_aligned_header(capsys):
    assert main(["sentences", str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["file", "paragraph", "section", "start", "end", "text"]
    assert lines[1].index("body") == lines[0].index("section")


def _bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t \r\n")
    (tmp_path / "cp1252.txt").write_bytes("He said \u201cyes\u201d.".encode("cp1252"))
    (tmp_path / "binary.bin").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "adir").mkdir()
    return {
        "missing.txt": "no such file",
        "adir": "no .txt or .md articles in it",  # folders are read as folders of articles
        "empty.txt": "empty file",
        "blank.txt": "empty text",
        "cp1252.txt": "not UTF-8",
        "binary.bin": "binary data",
    }


@pytest.mark.parametrize("name", ["missing.txt", "adir", "empty.txt", "blank.txt", "cp1252.txt", "binary.bin"])
def test_bad_input_is_one_line_exit_2(tmp_path, name):
    expected = _bad_inputs(tmp_path)[name]
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    proc = run("sentences", SEED, tmp_path / name, "--format", "jsonl")
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"analysis: error: {tmp_path / name}: ") and expected in proc.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before


def test_crlf_and_bom_copies(tmp_path, seed):
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + SEED.read_bytes())
    proc = run("sentences", crlf, bom, "--format", "jsonl")
    assert proc.returncode == 0
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    crlf_text = crlf.read_bytes().decode("utf-8")
    by_file = {str(crlf): [], str(bom): []}
    for r in records:
        by_file[r["file"]].append(r)
    assert [r["text"].replace("\r", "") for r in by_file[str(crlf)]] == [seed.text[s.start : s.end] for s in seed.sentences]
    assert all(crlf_text[r["start"] : r["end"]] == r["text"] for r in by_file[str(crlf)])
    assert [(r["start"], r["end"]) for r in by_file[str(bom)]] == [(s.start, s.end) for s in seed.sentences]


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("nonsense", SEED).returncode == 2
    assert run("sentences").returncode == 2
    assert run("sentences", SEED, "--format", "xml").returncode == 2


def test_help_lists_commands():
    proc = run("--help")
    assert proc.returncode == 0 and "sentences" in proc.stdout
    assert run("sentences", "--help").returncode == 0


def test_sentences_does_not_import_plotting_or_pandas():
    code = (
        f"import sys; from analysis.cli import main; main(['sentences', {str(SEED)!r}, '--format', 'jsonl']); "
        "sys.stderr.write(' '.join(m for m in ('matplotlib', 'pandas') if m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stderr == ""


def _jsonl(*args):
    proc = run(*args, "--format", "jsonl")
    assert proc.returncode == 0, proc.stderr
    return [json.loads(line) for line in proc.stdout.splitlines()]


def test_vocabulary_commands_records(seed, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Taiwan held talks with Japan. Taiwan agreed.\n", encoding="utf-8")
    terms = _jsonl("terms", SEED, other, "--top", "3")
    assert [r["file"] for r in terms] == [str(SEED)] * 3 + [str(other)] * 3
    assert set(terms[0]) == {"file", "term", "count", "per_1000"}
    keyness = _jsonl("keyness", "--top", "5", SEED)
    assert {"file", "term", "count", "ref_per_million", "g2", "log_ratio"} <= set(keyness[0])
    assert all(r["log_ratio"] > 0 for r in keyness)
    collocations = _jsonl("collocations", SEED, "--top", "3")
    assert collocations[0]["term"] == "United States" and {"count", "score"} <= set(collocations[0])


def test_kwic_term_comes_after_the_files(seed):
    records = _jsonl("kwic", SEED, "--width", "10", "Taiwan Strait")
    assert len(records) == 1
    r = records[0]
    assert set(r) >= {"file", "start", "end", "left", "match", "right"}
    assert seed.text[r["start"] : r["end"]] == r["match"] == "Taiwan Strait"
    assert r["left"] == seed.text[r["start"] - 10 : r["start"]]
    assert run("kwic", SEED).returncode == 2  # a file but no term


def test_quotes_sources_entities_records(seed):
    quotes = _jsonl("quotes", SEED)
    keys = {"file", "start", "end", "text", "kind", "speaker", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end"}
    assert all(keys <= set(r) for r in quotes)
    assert sum(r["speaker"] == "Yoko Kamikawa" and r["kind"] != "indirect" for r in quotes) == 5
    sources = _jsonl("sources", SEED)
    assert {"file", "name", "type", "role", "affiliation", "direct_quotes", "quoted_words", "indirect"} <= set(sources[0])
    assert sources[0]["name"] in ("Yoko Kamikawa", "Antony Blinken")
    entities = _jsonl("entities", SEED)
    assert set(entities[0]) == {"file", "name", "kind", "mentions", "role", "affiliation"}
    assert any(r["name"] == "U.S." and r["kind"] == "place" for r in entities)
    mentions = _jsonl("entities", SEED, "--mentions")
    assert set(mentions[0]) == {"file", "name", "kind", "start", "end", "text", "sentence", "paragraph"}
    text = SEED.read_text(encoding="utf-8")
    assert all(text[r["start"] : r["end"]] == r["text"] for r in mentions)
    assert sum(r["name"] == "Yoko Kamikawa" for r in mentions) == next(
        r["mentions"] for r in entities if r["name"] == "Yoko Kamikawa"
    )


@pytest.mark.parametrize("command", ["terms", "keyness", "collocations", "quotes", "sources", "entities", "sentiment", "themes"])
def test_analysis_commands_do_not_import_matplotlib(command):
    code = (
        f"import sys; from analysis.cli import main; main([{command!r}, {str(SEED)!r}, '--format', 'jsonl']); "
        "sys.stderr.write('matplotlib' if 'matplotlib' in sys.modules else '')"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0 and proc.stderr == ""
