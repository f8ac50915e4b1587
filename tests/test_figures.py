"""The figure set: reproducible files, a working --check, plot functions that return Figures."""

import shutil
import subprocess
import sys

import pytest

from analysis import paths
from analysis.figures import FIGURE_NAMES, check, comparison_set, figure_set, render
from tests.conftest import ROOT, SEED


def test_committed_figures_match_a_fresh_run():
    """A change in results that is not committed with its figures fails here (and in CI)."""
    assert check(ROOT / "seeds", ROOT / "figures") == []


def test_check_names_files_that_differ_are_missing_or_extra(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    out = tmp_path / "figures"
    written = sorted(render(seeds, out).written)
    assert sorted(p.stem for p in written) == sorted([*FIGURE_NAMES, "view"])  # the reading view is checked too
    first, second = written[0], written[1]
    first.write_text(first.read_text() + "<!-- edited -->")
    second.unlink()
    (out / "stray.svg").write_text("<svg/>")
    problems = check(seeds, out)
    assert problems == [f"differs: {first}", f"missing: {second}", f"extra: {out / 'stray.svg'}"]
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", "--seeds", str(seeds), "--out", str(out), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 1 and proc.stdout.splitlines() == problems


def test_bad_seeds_folder_is_one_line_exit_2(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "analysis", "figures", "--seeds", str(tmp_path / "none"), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("analysis: error: ") and proc.stderr.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_every_figure_has_a_title_labelled_axes_and_a_source_line(seed):
    figures = figure_set(seed)
    assert list(figures) == FIGURE_NAMES
    for name, figure in figures.items():
        texts = [t.get_text() for t in figure.texts]
        assert figure._suptitle is not None and figure._suptitle.get_text(), name
        assert any(t.startswith("Source: kyodo_2024-01-12_kamikawa-blinken.txt") for t in texts), name
        for ax in figure.axes:
            if ax.axison and ax.get_label() != "<colorbar>":
                assert ax.get_xlabel() or ax.get_ylabel() or not ax.get_xticks().size, (name, ax)


def test_comparisons_only_with_several_articles(seed):
    assert comparison_set([seed]) == {}
    other = seed.__class__(seed.text, "other.txt", seed.paragraphs, seed.sentences)
    assert set(comparison_set([seed, other])) == {"compare_voices", "compare_themes"}


def test_one_module_knows_the_paths(tmp_path):
    assert paths.figure_path(tmp_path, "a", "01_x") == tmp_path / "a" / "01_x.svg"
    assert paths.figure_path(tmp_path, None, "compare") == tmp_path / "_comparison" / "compare.svg"


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


def test_parallel_and_serial_runs_write_the_same_bytes(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    serial = sorted(render(seeds, tmp_path / "serial", workers=1).written)
    parallel = sorted(render(seeds, tmp_path / "parallel", workers=2).written)
    assert [p.relative_to(tmp_path / "serial") for p in serial] == [p.relative_to(tmp_path / "parallel") for p in parallel]
    assert all(a.read_bytes() == b.read_bytes() for a, b in zip(serial, parallel))


def test_several_articles_of_other_kinds(tmp_path):
    """Articles the project has never seen: no themes, no quotes, a headline; plus comparisons."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "local.txt").write_text(
        "City council delays budget vote\n\n"
        "The council met on Tuesday. Members argued for two hours.\n\n"
        '"We need more time," said Mayor Ann Lee. The vote was moved to March.\n',
        encoding="utf-8",
    )
    (seeds / "plain.txt").write_text("The weather was mild and the shops were open late.\n", encoding="utf-8")
    render(seeds, tmp_path / "out")
    names = sorted(p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.svg"))
    assert "_comparison/compare_themes.svg" in names and "_comparison/compare_voices.svg" in names
    assert sum(n.startswith("plain/") for n in names) == len(FIGURE_NAMES)
    assert check(seeds, tmp_path / "out") == []


def test_removed_articles_take_their_figures_with_them_and_only_those(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "extra.TXT").write_text("A short story. It has two sentences.\n", encoding="utf-8")
    (seeds / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    out = tmp_path / "figures"
    run = render(seeds, out)
    assert run.articles == 2 and [p.name for p in run.skipped] == ["notes.csv"]
    mine = out / "my-own-figure.svg"
    mine.write_text("<svg/>")  # a file the user put there: never touched
    (seeds / "extra.TXT").unlink()
    again = render(seeds, out)
    assert not (out / "extra").exists() and not (out / "_comparison").exists()
    assert len(again.removed) == len(FIGURE_NAMES) + 1 + 2 and mine.exists()  # figures, view, comparisons
    assert check(seeds, out) == [f"extra: {mine}"]


def test_keep_going_draws_the_good_articles_and_names_the_bad(tmp_path, capsys):
    from analysis.figures import main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "empty.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["--seeds", str(seeds), "--out", str(out)]) == 2  # one bad file stops a plain run
    assert main(["--seeds", str(seeds), "--out", str(out), "--keep-going"]) == 2
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err and "wrote 12 files for 1 article(s)" in err
    assert len(list((out / SEED.stem).glob("*.svg"))) == len(FIGURE_NAMES)


def test_network_labels_cover_no_other_label_or_node():
    """A crowded network: every label is placed beside its node, and no two labels overlap."""
    import pandas as pd

    from analysis.plots import network

    names = [f"label number {i}" for i in range(30)]  # centred labels overlap three times here
    nodes = pd.DataFrame({"term": names, "count": [1 + i % 4 for i in range(30)]})
    edges = pd.DataFrame([(a, b, 1) for i, a in enumerate(names) for b in names[i + 1 :]], columns=["a", "b", "w"])
    figure = network(nodes, edges, dict.fromkeys(names, "#0072B2"), {"group": "#0072B2"}, "t", "s", "src")
    ax = figure.axes[0]
    renderer = figure.canvas.get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text() in names]
    assert len(boxes) == len(names)
    crossings = [(i, j) for i in range(len(boxes)) for j in range(i) if boxes[i].overlaps(boxes[j])]
    assert crossings == []
