"""Figures about a corpus, drawn from its per-article aggregates (``analysis.corpus.aggregate``).

Each function takes the aggregates and returns a matplotlib Figure in the project's style; the
notebook ``06_corpus`` and ``analysis figures --corpus DIR`` draw the same ones.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from analysis.colours import GREY, NARRATION, OKABE_ITO
from analysis.corpus.tables import OWN
from analysis.plots import stacked_shares
from analysis.plots.base import Figure, _empty, _finish, _new, _place, plt, style

SOURCE_TYPES = ("person", "organization", "group", "anonymous", "unattributed")
TYPE_COLOURS = dict(zip(SOURCE_TYPES, [OKABE_ITO[0], OKABE_ITO[2], OKABE_ITO[3], OKABE_ITO[1], GREY]))
MIN_QUOTES = 20  # a tone mean on fewer quotations is not drawn


def _shares(frame: pd.DataFrame, by: str, column: str, value: str) -> pd.DataFrame:
    """Rows ``by``, one column per value of ``column``: the share of ``value`` (0 to 1)."""
    table = frame.pivot_table(index=by, columns=column, values=value, aggfunc="sum", fill_value=0)
    return table.div(table.sum(axis=1).replace(0, 1), axis=0).reset_index()


def who_is_quoted(tables: dict[str, pd.DataFrame], source: str) -> Figure:
    """Quotations by source type, per outlet."""
    shares = _shares(tables["quotes_by_type"], "outlet", "speaker_type", "quotes")
    types = [t for t in SOURCE_TYPES if t in shares]
    counts = tables["quotes_by_type"].groupby("outlet")["quotes"].sum()
    shares["outlet"] = [f"{o} ({counts[o]:,})" for o in shares["outlet"]]
    return stacked_shares(
        shares,
        [(t, TYPE_COLOURS[t]) for t in types],
        "share of quotations and reported speech (%)",
        "Who gets quoted, by outlet",
        source,
        label="outlet",
        subtitle="each record of direct, partial or reported speech, by its speaker's type; (n) records",
    )


def most_quoted(tables: dict[str, pd.DataFrame], source: str, n: int = 15) -> Figure:
    """The people quoted most across the corpus, each bar split by outlet."""
    people = tables["people"]
    totals = people.groupby("person")["quotes"].sum().sort_values(ascending=False, kind="stable")
    top = sorted(totals.head(n).items(), key=lambda kv: (-kv[1], kv[0]))
    outlets = sorted(people["outlet"].dropna().unique())
    colours = {o: OKABE_ITO[i % len(OKABE_ITO)] for i, o in enumerate(outlets)}
    with style():
        fig, ax = _new(1.6 + 0.28 * max(len(top), 3))
        _place(ax, 0.28, 0.5)
        if not top:
            _empty(ax, "no person is quoted")
        else:
            names = [name for name, _ in top]
            y = np.arange(len(names))[::-1]
            by = people[people["person"].isin(names)].pivot_table(
                index="person", columns="outlet", values="quotes", aggfunc="sum"
            )
            left = np.zeros(len(names))
            for outlet in outlets:
                values = np.array([by.get(outlet, pd.Series(dtype=float)).get(name, 0) for name in names], dtype=float)
                values = np.nan_to_num(values)
                ax.barh(y, values, left=left, color=colours[outlet], height=0.7, label=outlet)
                left += values
            ax.set_yticks(y, names, fontsize=8)
            ax.set_xlabel("quotations and reported speech")
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
        return _finish(fig, "The people quoted most", source, "records of speech by named people, coloured by outlet")


def anonymous_sources(tables: dict[str, pd.DataFrame], source: str) -> Figure:
    """Share of sources that are anonymous, by outlet and by month."""
    articles = tables["articles"]
    with style():
        fig = plt.figure(figsize=(7.5, 3.9))
        left = fig.add_axes((0.2, 0.2, 0.3, 0.62))
        right = fig.add_axes((0.6, 0.2, 0.37, 0.62))
        by_outlet = articles.groupby("outlet")[["anonymous_sources", "sources"]].sum()
        share = 100 * by_outlet["anonymous_sources"] / by_outlet["sources"].replace(0, np.nan)
        y = np.arange(len(share))[::-1]
        left.barh(y, share.fillna(0).to_numpy(), color=OKABE_ITO[1], height=0.7)
        left.set_yticks(y, list(share.index), fontsize=8)
        left.set_xlabel("anonymous sources (%)")
        months = articles.groupby("month")[["anonymous_sources", "sources"]].sum()
        if len(months):
            monthly = 100 * months["anonymous_sources"] / months["sources"].replace(0, np.nan)
            right.plot(range(len(monthly)), monthly.to_numpy(), marker="o", color=OKABE_ITO[1])
            step = max(1, len(monthly) // 6)
            right.set_xticks(range(0, len(monthly), step), list(monthly.index)[::step], fontsize=7.5, rotation=30)
            right.set_ylim(0, max(5, float(np.nanmax(monthly.to_numpy())) * 1.15))
        else:
            _empty(right, "no dates")
        right.set_ylabel("anonymous sources (%)")
        right.set_xlabel("month (all outlets)")
        return _finish(fig, "How often sources are anonymous", source, "sources that speak, by outlet and by month")


def voice_share(tables: dict[str, pd.DataFrame], source: str) -> Figure:
    """Narration, quotation and reported speech as shares of each outlet's words."""
    sums = tables["articles"].groupby("outlet")[["narration_words", "quoted_words", "reported_words"]].sum()
    total = sums.sum(axis=1).replace(0, 1)
    frame = pd.DataFrame(
        {
            "outlet": [f"{o} ({n:,} words)" for o, n in zip(sums.index, sums.sum(axis=1))],
            "narration": sums["narration_words"] / total,
            "quoted": sums["quoted_words"] / total,
            "reported": sums["reported_words"] / total,
        }
    ).reset_index(drop=True)
    parts = [("narration", NARRATION), ("quoted", OKABE_ITO[0]), ("reported", OKABE_ITO[2])]
    return stacked_shares(
        frame, parts, "share of the body's words (%)", "Whose words: narration, quotation, reported speech", source, "outlet"
    )


def tone_by_type(tables: dict[str, pd.DataFrame], source: str) -> Figure:
    """Mean VADER compound of quotations by source type and outlet (means over at least MIN_QUOTES)."""
    data = tables["quotes_by_type"].groupby(["outlet", "speaker_type"])[["compound_sum", "quotes"]].sum().reset_index()
    data = data[data["quotes"] >= MIN_QUOTES]
    outlets = sorted(tables["quotes_by_type"]["outlet"].dropna().unique())
    with style():
        fig, ax = _new(1.6 + 0.32 * max(len(outlets), 3))
        _place(ax, 0.2, 0.56)
        y = {o: i for i, o in enumerate(outlets[::-1])}
        if data.empty:
            _empty(ax, f"no outlet has {MIN_QUOTES} quotations of one source type")
        for k, kind in enumerate(t for t in SOURCE_TYPES if t in set(data["speaker_type"])):
            rows = data[data["speaker_type"] == kind]
            offset = (k - 2) * 0.12
            ax.scatter(
                rows["compound_sum"] / rows["quotes"],
                [y[o] + offset for o in rows["outlet"]],
                color=TYPE_COLOURS[kind],
                label=kind,
                s=28,
                zorder=3,
            )
        ax.axvline(0, color="#999999", linewidth=0.8)
        ax.set_yticks(list(y.values()), list(y.keys()), fontsize=8)
        ax.set_xlabel("mean VADER compound of the quotations")
        if not data.empty:
            ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7)
        return _finish(
            fig, "Tone of quotations by source type", source, f"means over at least {MIN_QUOTES} quotations per outlet and type"
        )


def key_terms(tables: dict[str, pd.DataFrame], source: str, n: int = 6) -> Figure:
    """Each outlet's most common key terms: in how many of its articles a word is among the key ten."""
    terms = tables["key_terms"]
    articles = tables["articles"].groupby("outlet")["article"].count()
    outlets = sorted(terms["outlet"].dropna().unique())
    with style():
        rows = max(len(outlets), 1)
        fig = plt.figure(figsize=(7.5, 1.3 + 0.95 * rows))
        ax = fig.add_axes((0.02, 0.08, 0.96, 1 - 1.05 / (1.3 + 0.95 * rows)))
        ax.set_axis_off()
        if not outlets:
            _empty(ax, "no key terms")
        for i, outlet in enumerate(outlets):
            counts = terms[terms["outlet"] == outlet].groupby("term")["article"].count()
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))[:n]
            line = "   ".join(f"{term} ({count})" for term, count in top)
            ypos = 1 - (i + 0.5) / rows
            ax.text(0, ypos + 0.12 / rows, f"{outlet} · {articles.get(outlet, 0)} articles", fontsize=9, fontweight="bold")
            ax.text(0, ypos - 0.18 / rows, line, fontsize=8.5, color="#333333")
        return _finish(
            fig,
            "What each outlet writes about",
            source,
            "words most over-used against general English; (n) articles with it in their key ten",
        )


def themes(tables: dict[str, pd.DataFrame], source: str) -> Figure:
    """Paragraphs led by each theme of the run's pack, by outlet."""
    frame = tables["themes"]
    if "view" in frame and (frame["view"] == OWN).any():  # each article's own themes: names differ, no comparison
        with style():
            fig, ax = _new(2.4)
            _empty(ax, "the run scored no theme pack: run analysis corpus with --themes PACK to compare themes")
            return _finish(fig, "Themes by outlet", source)
    shares = _shares(frame, "outlet", "theme", "paragraphs")
    names = [t for t in frame.groupby("theme")["paragraphs"].sum().sort_values(ascending=False).index if t != "no theme"][:8]
    parts = [(t, OKABE_ITO[i % len(OKABE_ITO)]) for i, t in enumerate(names)]
    return stacked_shares(
        shares,
        parts,
        "paragraphs led by each theme (%)",
        "Themes by outlet",
        source,
        "outlet",
        "the run's theme pack; the rest of each bar: paragraphs no theme leads",
    )


def describe(tables: dict[str, pd.DataFrame], name: str) -> str:
    """The source line of a corpus figure: how many articles and outlets, and over which months."""
    articles = tables["articles"]
    months = sorted(articles["month"].dropna().unique())
    span = f", {months[0]} to {months[-1]}" if months else ""
    return f"{name}: {len(articles):,} articles, {articles['outlet'].nunique()} outlets{span}"


FIGURES = {
    "c1_who_is_quoted": who_is_quoted,
    "c2_most_quoted": most_quoted,
    "c3_anonymous_sources": anonymous_sources,
    "c4_voice_share": voice_share,
    "c5_tone_by_type": tone_by_type,
    "c6_key_terms": key_terms,
    "c7_themes": themes,
}


def figure_set(tables: dict[str, pd.DataFrame], source: str) -> dict[str, Figure]:
    return {name: draw(tables, source) for name, draw in FIGURES.items()}
