"""Shared fixtures: the seed article, read from the project's own seeds/ folder, and a real browser."""

import shutil
from pathlib import Path

import pytest

from analysis.article import read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "kyodo_2024-01-12_kamikawa-blinken.txt"


@pytest.fixture(scope="session")
def seed():
    return read_article(SEED)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, headless, driven by Playwright (``.ci/run`` installs Chromium when missing)."""
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (.ci/run installs Debian's package)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        )
        yield chromium
        chromium.close()
