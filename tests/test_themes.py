"""Themes: the article's own (discovered) and a pack's, on the seed and on stories of other kinds."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.article import parse_article
from analysis.cli import main
from analysis.themes import PackError, cooccurrence, load_pack, theme_scores
from tests.stories import ALL

IR = "international-relations"


@pytest.mark.parametrize("kind", list(ALL))
def test_every_story_gets_at_least_two_named_themes_of_its_own(kind):
    frame = theme_scores(parse_article(ALL[kind]))
    names = frame.attrs["themes"]
    assert len(names) >= 2 and len(set(names)) == len(names)
    assert all(" · " in name for name in names)  # named by their strongest terms
    led = set(frame["lead"].dropna())
    assert len(led) >= 2  # at least two themes lead a paragraph, with the words that gave them
    for row in frame.itertuples():
        if isinstance(row.lead, str):
            assert row.themes[row.lead] >= 2 and row.evidence[row.lead]


@pytest.mark.parametrize("kind", list(ALL))
def test_the_international_relations_pack_leads_nothing_in_other_kinds_of_story(kind):
    frame = theme_scores(parse_article(ALL[kind]), pack=IR)
    assert frame["lead"].isna().all(), frame[["lead", "evidence"]].to_dict("records")


def test_a_paragraph_no_theme_reaches_says_so():
    text = ALL["storm"] + "\nNobody could say why.\n"
    frame = theme_scores(parse_article(text))
    assert frame["lead"].iloc[-1] is None


@pytest.mark.parametrize(
    ("paragraph", "lead"),
    [
        ("The foreign minister met the ambassador for bilateral talks at the embassy.", "diplomacy"),
        ("Troops pushed on under heavy shelling as the ceasefire collapsed.", "armed conflict"),
        ("The government imposed tariffs and new sanctions and tightened export controls.", "trade and sanctions"),
        ("Refugees fled as aid convoys reached displaced civilians.", "humanitarian crisis"),
        ("Russia beat Spain in the final.", None),  # two country names are not a theme
        ("The weather was mild and the shops were open late.", None),  # no evidence: no theme, not a guess
    ],
)
def test_the_pack_on_constructed_paragraphs(paragraph, lead):
    row = theme_scores(parse_article(paragraph), pack=IR).iloc[0]
    assert row["lead"] == lead
    if lead:
        assert row["evidence"][lead] and len(set(row["evidence"][lead])) >= 2


def test_one_country_name_never_makes_a_theme_even_repeated_twice():
    row = theme_scores(parse_article("Russia won. Russia celebrated."), pack=IR).iloc[0]
    assert row["themes"] == {"Europe": 2} and row["lead"] is None


def test_seed_paragraphs_lead_with_three_different_pack_themes(seed):
    frame = theme_scores(seed, pack=IR)

    def row_of(start_words):
        return frame[[seed.text[s:e].startswith(start_words) for s, e in zip(frame["start"], frame["end"])]].iloc[0]

    rows = [
        row_of("China, which regards Taiwan"),
        row_of("Kamikawa arrived in Washington"),
        row_of("She also said they discussed"),
    ]
    leads = [r["lead"] for r in rows]
    assert None not in leads and len(set(leads)) == 3
    assert all(r["evidence"][r["lead"]] for r in rows)


def test_seed_discovered_themes_have_distinct_names(seed):
    names = theme_scores(seed).attrs["themes"]
    assert len(names) >= 2 and len(set(names)) == len(names)


def test_a_users_own_pack_from_a_dataframe_and_from_a_file(tmp_path):
    pack = pd.DataFrame(
        [
            {"theme": "football", "term": "goal*", "weight": 2, "why": "scoring", "source": "test"},
            {"theme": "football", "term": "striker", "weight": 2, "why": "a position", "source": "test"},
            {"theme": "football", "term": "table", "weight": 2, "why": "the league table", "source": "test"},
            {"theme": "football", "term": "points", "weight": 2, "why": "the league table", "source": "test"},
            {"theme": "money", "term": "profit", "weight": 2, "why": "results", "source": "test"},
            {"theme": "money", "term": "shares", "weight": 2, "why": "markets", "source": "test"},
        ]
    )
    frame = theme_scores(parse_article(ALL["sport"]), pack=pack)
    assert frame.attrs["themes"] == ["football", "money"] and "football" in set(frame["lead"])
    path = tmp_path / "mine.tsv"
    pack.to_csv(path, sep="\t", index=False)
    assert load_pack(path).themes == ("football", "money")
    assert load_pack(str(path)).name == "mine"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("theme\tterm\n", "weight"),
        ("theme\tterm\tweight\nfootball\tgoal\ttwo\n", "whole number"),
        ("theme\tterm\tweight\n\tgoal\t2\n", "theme and a term"),
    ],
)
def test_a_bad_pack_is_a_clear_error(tmp_path, content, message):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(PackError, match=message):
        load_pack(path)


def test_the_cli_takes_a_pack_and_rejects_a_missing_one(tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text(ALL["sport"], encoding="utf-8")
    assert main(["themes", str(story), "--themes", IR, "--format", "jsonl"]) == 0
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        main(["themes", str(story), "--themes", str(tmp_path / "nope.tsv")])
    assert stop.value.code == 2
    assert "no such theme pack" in capsys.readouterr().err


def test_cooccurrence_groups_terms_that_share_sentences():
    text = (
        "Zorbs and glims meet. Zorbs and glims dance. Glims and zorbs sing. "
        "Plonks and wibbles fight. Wibbles and plonks argue. Plonks and wibbles rest. "
        "Zorbs saw plonks once.\n"
    )
    nodes, edges = cooccurrence(parse_article(text))
    theme = dict(zip(nodes["term"].str.lower(), nodes["theme"]))
    assert theme["zorbs"] == theme["glims"] and theme["plonks"] == theme["wibbles"]
    assert theme["zorbs"] != theme["plonks"]
    weight = {(a.lower(), b.lower()): w for a, b, w in edges.itertuples(index=False)}
    assert weight[("glims", "zorbs")] == 3 and weight[("plonks", "zorbs")] == 1


@settings(max_examples=200, deadline=None)
@given(st.integers(2, 25), st.floats(0.05, 0.6), st.randoms(use_true_random=False))
def test_greedy_modularity_merges_as_networkx_does(n, density, rng):
    """The lean CNM search gives networkx's partition, ties included (small whole weights tie often)."""
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities

    from analysis.themes.communities import greedy_modularity

    nodes = [f"term{i:02d}" for i in range(n)]
    edges = {(a, b): rng.choice([1, 1, 2, 3]) for i, a in enumerate(nodes) for b in nodes[i + 1 :] if rng.random() < density}
    if not edges:
        return
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_weighted_edges_from((a, b, w) for (a, b), w in edges.items())
    expected = sorted(sorted(c) for c in greedy_modularity_communities(graph, weight="weight"))
    assert sorted(sorted(c) for c in greedy_modularity(nodes, edges)) == expected
