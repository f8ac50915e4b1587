"""Corpus mode: the same rows as the single-article commands, resumable, errors as rows, on Dask too."""

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.corpus.inputs import Inputs
from analysis.corpus.run import run
from analysis.corpus.store import Store, read
from analysis.corpus.tables import TABLES
from tests.conftest import ROOT, SEED
from tests.stories import ALL

OUTLETS = ("daily-planet", "the-bugle")


def _corpus(folder, copies=1):
    """The seed and the made-up stories, named OUTLET_DATE_slug like PolNeAR's files."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(SEED, folder / SEED.name)
    for copy in range(copies):
        for n, (kind, text) in enumerate(ALL.items()):
            name = f"{OUTLETS[n % 2]}_2024-0{1 + n % 3}-1{copy % 10}_{kind.replace(' ', '-')}-{copy}.txt"
            (folder / name).write_text(text)
    return folder


def _cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "analysis", *map(str, args)], capture_output=True, text=True, cwd=ROOT, **kwargs)


def _jsonl(capsys, command, path, *options):
    """The single-article command's records (run in this process: the same code as the CLI's)."""
    capsys.readouterr()
    assert main([command, str(path), "--format", "jsonl", *options]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture(scope="module")
def local(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    articles = _corpus(root / "articles")
    out = root / "tables"
    proc = _cli("corpus", articles, "--out", out, "--workers", "2", "--chunk-size", "3", "--quiet")
    assert proc.returncode == 0, proc.stderr
    return articles, out


def test_every_table_has_the_article_its_metadata_and_offsets(local):
    articles, out = local
    frames = {t: read(out, t) for t in TABLES}
    assert sorted(frames["articles"]["article"]) == sorted(p.stem for p in articles.glob("*.txt"))
    seed = frames["articles"].set_index("article").loc[SEED.stem]
    assert (seed["outlet"], seed["date"]) == ("kyodo", "2024-01-12")  # from the file name
    for table, frame in frames.items():
        assert list(frame.columns[:3]) == ["article", "outlet", "date"], table
    texts = frames["articles"].set_index("article")["text"]
    for table in ("quotes", "entities", "sentences"):
        frame = frames[table]
        assert len(frame) > 0
        for row in frame.head(40).itertuples():
            span = texts[row.article][row.start : row.end]
            assert span and (getattr(row, "text", span) == span), table


def test_tables_equal_the_single_article_commands(local, capsys):
    """The corpus path uses the same functions; the CLI's records for each article are its rows."""
    articles, out = local
    for path in [SEED, *sorted(articles.glob("daily-planet_*"))[:2]]:
        name = path.stem
        rows = {
            t: (lambda f: f[f["article"] == name])(read(out, t))
            for t in ("quotes", "sources", "entities", "sentiment", "terms", "keyness")
        }
        checks = {
            "quotes": (_jsonl(capsys, "quotes", path), ["start", "end", "kind", "speaker", "cue", "speaker_type"]),
            "sources": (_jsonl(capsys, "sources", path), ["name", "type", "direct_quotes", "indirect", "mentions", "status"]),
            "entities": (_jsonl(capsys, "entities", path, "--mentions"), ["name", "kind", "start", "end"]),
            "terms": (_jsonl(capsys, "terms", path), ["term", "count", "per_1000"]),
            "keyness": (_jsonl(capsys, "keyness", path), ["term", "count", "g2", "log_ratio"]),
        }
        for table, (records, columns) in checks.items():
            expected = pd.DataFrame(records, columns=columns).astype(object).where(lambda f: f.notna(), None)
            got = rows[table][columns].reset_index(drop=True).astype(object).where(lambda f: f.notna(), None)
            assert got.to_dict("records") == expected.to_dict("records"), (name, table)
        sentences = _jsonl(capsys, "sentiment", path)
        got = rows["sentiment"].query("unit == 'sentence'")[["start", "end", "compound"]]
        assert got.to_dict("records") == [{k: r[k] for k in ("start", "end", "compound")} for r in sentences]


def test_a_bad_file_is_an_error_row_and_the_rest_is_complete(tmp_path):
    articles = _corpus(tmp_path / "articles")
    (articles / "broken.txt").write_bytes(b"\x00\x01binary")
    (articles / "blank.txt").write_text("   \n")
    proc = _cli("corpus", articles, "--out", tmp_path / "out", "--workers", "1", "--quiet")
    assert proc.returncode == 1
    assert "broken.txt: binary data" in proc.stderr
    errors = read(tmp_path / "out", "errors")
    assert sorted(errors["article"]) == ["blank", "broken"]
    good = sorted(p.stem for p in articles.glob("*.txt") if p.stem not in ("blank", "broken"))
    assert sorted(read(tmp_path / "out", "articles")["article"]) == good
    assert not [p for p in (tmp_path / "out").rglob("*") if p.name.endswith(".tmp")]


def test_missing_inputs_are_named_as_missing_even_when_their_names_repeat(tmp_path):
    """Two missing folders called ``text`` (as PolNeAR's layout has) are each "no such file",
    not a duplicate article id; the good input is still analysed."""
    good = tmp_path / "good.txt"
    good.write_text(ALL[next(iter(ALL))])
    missing = [tmp_path / "a" / "text", tmp_path / "b" / "text"]
    proc = _cli("corpus", *missing, good, "--out", tmp_path / "out", "--workers", "1", "--quiet")
    assert proc.returncode == 1
    assert proc.stderr.count("no such file") == 2 and "duplicate" not in proc.stderr, proc.stderr
    assert list(read(tmp_path / "out", "articles")["article"]) == ["good"]


@pytest.fixture(scope="module")
def larger(tmp_path_factory):
    """25 articles and their complete tables."""
    root = tmp_path_factory.mktemp("larger")
    articles = _corpus(root / "articles", copies=4)
    assert _cli("corpus", articles, "--out", root / "whole", "--workers", "1", "--quiet").returncode == 0
    return articles, root / "whole"


@pytest.mark.parametrize("workers", ["1", "2"])  # 2: pool workers write their own parts
def test_a_killed_run_resumes_with_every_row_once(tmp_path, larger, workers):
    articles, whole = larger
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [sys.executable, "-m", "analysis", "corpus", articles, "--out", out, "--workers", workers, "--chunk-size", "2"]
        + ["--quiet"],
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline and len(list((out / "articles").glob("*.parquet"))) < 3:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # no chance to tidy up: the next run must (its workers live on a moment)
    proc.wait()
    done_before = len(list((out / "articles").glob("*.parquet")))
    assert 3 <= done_before < 13, "the run was not stopped halfway"
    if workers != "1":  # the killed run's pool workers leave by themselves, not waiting for work for ever
        deadline = time.time() + 30
        while _processes_with(str(out)) and time.time() < deadline:
            time.sleep(0.2)
        assert not _processes_with(str(out)), "the killed run's workers are still there"
    again = _cli("corpus", articles, "--out", out, "--workers", workers, "--chunk-size", "2", "--quiet")
    assert again.returncode == 0, again.stderr
    for table in TABLES:
        resumed, complete = read(out, table), read(whole, table)
        assert len(resumed) == len(complete), table
        assert resumed.equals(complete), table


def _processes_with(word: str) -> list[int]:
    """The processes whose command line holds ``word`` (Linux's /proc; none elsewhere)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if word in (entry / "cmdline").read_bytes().decode("utf-8", "replace"):
                found.append(int(entry.name))
        except OSError:
            continue  # the process ended while being read
    return found


def test_a_pool_worker_whose_run_was_killed_writes_nothing(tmp_path, monkeypatch):
    """A resumed run redoes the chunk, cut differently perhaps: the orphan's parts would be rows twice."""
    from analysis.corpus import run as corpus_run
    from analysis.corpus.inputs import Record

    store = Store(tmp_path / "out", {"metadata": []})
    records = [Record("s0", "s0.txt", next(iter(ALL.values())))]
    monkeypatch.setattr(corpus_run, "_RUN", os.getppid() + 1)  # another process than this one's parent
    assert corpus_run._chunk_written(records, [], None, store.out) == (0, [])
    assert not any(any((store.out / table).iterdir()) for table in TABLES)
    monkeypatch.setattr(corpus_run, "_RUN", os.getppid())
    assert corpus_run._chunk_written(records, [], None, store.out) == (0, [])
    assert all(len(list((store.out / table).iterdir())) == 1 for table in TABLES)
    assert store.done() == {"s0"}


def test_a_finished_run_is_not_redone(tmp_path):
    articles = _corpus(tmp_path / "articles")
    out = tmp_path / "out"
    assert _cli("corpus", articles, "--out", out, "--quiet").returncode == 0
    parts = sorted(p.name for p in (out / "quotes").iterdir())
    again = _cli("corpus", articles, "--out", out)
    assert again.returncode == 0 and "0 article(s) analysed" in again.stderr and "7 done before" in again.stderr
    assert sorted(p.name for p in (out / "quotes").iterdir()) == parts


def test_table_inputs_with_metadata_and_a_meta_file(tmp_path):
    rows = [
        {"id": f"s{n}", "text": text, "outlet": "Planet", "url": f"https://example.org/{n}"}
        for n, text in enumerate(ALL.values())
    ]
    rows.append({"id": "s9", "text": "", "outlet": "Planet"})
    (tmp_path / "stories.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    pd.DataFrame(rows).to_parquet(tmp_path / "stories.parquet")
    pd.DataFrame(rows).to_csv(tmp_path / "stories.csv", index=False)
    (tmp_path / "meta.csv").write_text("article,desk\ns0,sport\ns1,business\n")
    for kind in ("jsonl", "parquet", "csv"):
        inputs = Inputs([tmp_path / f"stories.{kind}"], tmp_path / "meta.csv")
        assert inputs.columns == ["outlet", "date", "url", "desk"]
        store = Store(tmp_path / kind, {"metadata": inputs.columns})
        summary = run(inputs, store, workers=1)
        assert (summary.articles, summary.errors) == (6, 1)
        quotes = read(tmp_path / kind, "articles").set_index("article")
        assert quotes.loc["s0", "desk"] == "sport" and quotes.loc["s2", "url"] == "https://example.org/2"
        assert read(tmp_path / kind, "errors")["reason"].str.contains("empty text").all()


def test_a_folder_that_is_not_a_run_or_has_other_settings_is_refused(tmp_path):
    articles = _corpus(tmp_path / "articles")
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("mine")
    proc = _cli("corpus", articles, "--out", tmp_path / "busy")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "not empty" in proc.stderr
    assert _cli("corpus", articles, "--out", tmp_path / "out", "--quiet").returncode == 0
    proc = _cli("corpus", articles, "--out", tmp_path / "out", "--themes", "international-relations")
    assert proc.returncode == 2 and "other settings" in proc.stderr


def test_dask_cluster_tables_equal_the_local_ones(local):
    """A real dask.distributed LocalCluster with two worker processes, reached by its address."""
    distributed = pytest.importorskip("distributed")
    articles, out = local
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        dask_out = out.parent / "dask"
        proc = _cli(
            "corpus", articles, "--out", dask_out, "--scheduler", cluster.scheduler_address, "--chunk-size", "2", "--quiet"
        )
        assert proc.returncode == 0, proc.stderr
    for table in TABLES:
        assert read(dask_out, table).equals(read(out, table)), table


def test_parts_of_an_unfinished_chunk_are_removed_on_opening(tmp_path):
    articles = _corpus(tmp_path / "articles")
    out = tmp_path / "out"
    assert _cli("corpus", articles, "--out", out, "--quiet", "--workers", "1").returncode == 0
    part = next((out / "quotes").glob("*.parquet"))
    shutil.copy(part, out / "quotes" / "part-unfinished.parquet")  # a chunk killed before its articles part
    (out / "entities" / "part-x.parquet.tmp").write_bytes(b"half")
    before = len(read(out, "quotes"))
    Store(out, json.loads((out / "run.json").read_text()))
    assert not (out / "quotes" / "part-unfinished.parquet").exists() and not (out / "entities" / "part-x.parquet.tmp").exists()
    assert len(read(out, "quotes")) < before


def test_corpus_figures_from_a_run_and_from_its_aggregates(local, tmp_path):
    from analysis.corpus import aggregate
    from analysis.corpus.figures import FIGURES

    _, out = local
    proc = _cli("figures", "--corpus", out, "--out", tmp_path / "figures")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.stem for p in (tmp_path / "figures").glob("*.svg")) == sorted(FIGURES)
    aggregate.write(aggregate.compute(out), tmp_path / "aggregates")
    for name, table in aggregate.load(tmp_path / "aggregates").items():  # no text, no quotation: ids, names, words, counts
        assert "text" not in table.columns, name
        strings = [v for c in table.columns if table[c].dtype != "int64" for v in table[c] if isinstance(v, str)]
        assert max(map(len, strings), default=0) < 80, name
    # the aggregates draw the same figures as the run they came from (the source line names the folder)
    assert _cli("figures", "--corpus", tmp_path / "aggregates", "--out", tmp_path / "again").returncode == 0
    for name in FIGURES:
        again = (tmp_path / "again" / f"{name}.svg").read_text().replace("aggregates:", f"{out.name}:")
        assert again == (tmp_path / "figures" / f"{name}.svg").read_text(), name
    assert _cli("figures", "--corpus", tmp_path / "aggregates", "--out", tmp_path / "again", "--check").returncode == 0
    people = aggregate.load(tmp_path / "aggregates")["people"]
    assert people.groupby("person")["quotes"].sum().get("Yoko Kamikawa") == 10


def test_a_cluster_that_cannot_be_reached_is_one_line_and_leaves_no_folder(tmp_path):
    pytest.importorskip("distributed")
    articles = _corpus(tmp_path / "articles")
    quick = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}  # Dask's own setting for how long to try
    nowhere = "tcp://127.0.0.1:9"
    proc = _cli("corpus", articles, "--out", tmp_path / "out", "--scheduler", nowhere, "--quiet", timeout=90, env=quick)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "run it again" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_files_in_a_folder_that_are_not_articles_are_named(tmp_path):
    articles = _corpus(tmp_path / "articles")
    (articles / "notes.pdf").write_bytes(b"%PDF")
    proc = _cli("corpus", articles, "--out", tmp_path / "out", "--quiet")
    assert proc.returncode == 0 and f"skipped {articles / 'notes.pdf'}" in proc.stderr
