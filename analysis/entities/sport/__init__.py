"""Names in sports copy, where the layout or the report says what a name is: teams in results
and standings rows and in match reports with a score, players in scorecards, bowling figures,
scorers' lists and line-ups (``tables``), and the sides and players a match report names
(``reports``). Wire services send the tables one row a line."""

from analysis.entities.sport.reports import (
    acts_as_player,
    has_match_word,
    names_a_side,
    nicknamed_team,
    plays,
    plays_for,
    plural_side,
    reports_a_match,
    sides_of_players,
    slugged,
)
from analysis.entities.sport.tables import table_names

__all__ = [
    "acts_as_player",
    "has_match_word",
    "names_a_side",
    "nicknamed_team",
    "plays",
    "plays_for",
    "plural_side",
    "reports_a_match",
    "sides_of_players",
    "slugged",
    "table_names",
]
