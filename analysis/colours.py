"""The project's colours: colour-blind safe palettes, and one colour per theme and per speaker.

Shared by the figures (``analysis.plots``) and the annotated reading view (``analysis.view``), so a
speaker or a theme has the same colour everywhere; this module imports no plotting library.
Palettes: Okabe & Ito (2008) for themes, Paul Tol's "muted" for speakers and "bright" for groups.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

OKABE_ITO = ["#0072B2", "#D55E00", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
TOL_MUTED = ["#332288", "#CC6677", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499", "#DDCC77"]
TOL_BRIGHT = ["#4477AA", "#EE6677", "#228833", "#CCBB44", "#66CCEE", "#AA3377", "#BBBBBB"]
GREY = "#9A9A9A"
NARRATION = "#D9D9D9"


@dataclass
class Palette:
    """Stable colours: one per theme (lexicon order), speaker (sources order) and community."""

    themes: dict[str, str] = field(default_factory=dict)
    speakers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(cls, theme_names: Sequence[str], speaker_names: Iterable[str]) -> Palette:
        themes = {t: OKABE_ITO[i % len(OKABE_ITO)] for i, t in enumerate(theme_names)}
        speakers: dict[str, str] = {}
        for name in speaker_names:
            if name not in speakers:
                speakers[name] = TOL_MUTED[len(speakers)] if len(speakers) < len(TOL_MUTED) else GREY
        return cls(themes, speakers)

    def theme(self, name: str | None) -> str:
        return self.themes.get(name, GREY) if isinstance(name, str) else GREY

    def speaker(self, name: str | None) -> str:
        return self.speakers.get(name, GREY) if isinstance(name, str) else GREY
