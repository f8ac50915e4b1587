"""The row every theme view gives for a paragraph or sentence (one definition for both views)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence


def unit_row(
    u, unit: str, names: Sequence[str], scores: Mapping[str, int], evidence: Mapping[str, list[str]], strong: Callable
) -> dict:
    """A unit's scores per theme (in ``names`` order), the words behind them, and its lead.

    The lead is the best-scoring theme (the earlier one on a tie) when ``strong(theme, score)``
    accepts it, else None: no theme reached the unit.
    """
    ordered = {t: scores[t] for t in names if scores.get(t)}
    lead = max(ordered, key=lambda t: (ordered[t], -list(names).index(t))) if ordered else None
    if lead is not None and not strong(lead, ordered[lead]):
        lead = None
    return {
        "unit": unit,
        "start": u.start,
        "end": u.end,
        "paragraph": u.index if unit == "paragraph" else u.paragraph,
        "themes": ordered,
        "evidence": {t: evidence[t] for t in ordered},
        "lead": lead,
        **{t: scores.get(t, 0) for t in names},
    }
