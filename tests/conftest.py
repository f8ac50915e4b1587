"""Shared fixtures: the seed article, read from the project's own seeds/ folder."""

from pathlib import Path

import pytest

from analysis.article import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kyodo_2024-01-12_kamikawa-blinken.txt"


@pytest.fixture(scope="session")
def seed():
    return read_article(SEED)
