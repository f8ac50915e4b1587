"""JupyterLab, as a new user meets it: the committed notebooks, fresh from git, show their figures.

The notebooks are opened untrusted (an empty Jupyter data folder holds no trust signatures), as
they are after a clone. Lab does not render untrusted SVG, so each figure must also be stored as
PNG. The server uses the project's own ``.jupyter`` settings, as ``make lab`` does.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from tests.conftest import ROOT

TOKEN = "news-analysis-test"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
OPENED = "03_quotes_and_sources.ipynb"  # the notebook with the most figures; the others are checked as files below


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    pytest.importorskip("jupyterlab")
    project = tmp_path_factory.mktemp("clone")
    for folder in ("notebooks", "seeds", "figures", ".jupyter"):
        shutil.copytree(ROOT / folder, project / folder, ignore=shutil.ignore_patterns("workspaces", ".ipynb_checkpoints"))
    home = tmp_path_factory.mktemp("home")
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(project / ".jupyter"),
        "JUPYTER_DATA_DIR": str(home / "data"),  # no trust database: the notebooks are untrusted, as after a clone
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "PYTHONPATH": str(ROOT),
    }
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", f"--ServerApp.port={port}", f"--IdentityProvider.token={TOKEN}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within a minute")
        yield base, project
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_a_committed_notebook_shows_its_figures_as_images(lab, browser, notebook=OPENED):
    base, project = lab
    stored = json.loads((project / "notebooks" / notebook).read_text())
    figures = sum("image/png" in o.get("data", {}) for c in stored["cells"] for o in c.get("outputs", []))
    assert figures >= 1
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    try:
        page.goto(f"{base}/?token={TOKEN}")
        page.wait_for_url("**/lab/tree/notebooks**", timeout=60_000)  # opens on notebooks/
        listing = page.locator(".jp-DirListing-item")
        listing.first.wait_for(timeout=60_000)
        assert notebook in page.locator(".jp-DirListing-content").inner_text()
        # a workspace of its own, so that tabs left open by another test are not restored here
        page.goto(f"{base}/lab/workspaces/{notebook[:2]}/tree/notebooks/{notebook}?reset&token={TOKEN}")
        page.locator(".jp-OutputArea-output").first.wait_for(timeout=60_000)
        try:
            page.wait_for_function(
                f"() => document.querySelectorAll('.jp-OutputArea-output img').length >= {figures}", timeout=20_000
            )
        except Exception:  # Playwright's timeout: say what is shown instead
            shown = page.evaluate("() => [...document.querySelectorAll('.jp-OutputArea-output')].map(e => e.innerText)")
            pytest.fail(f"{figures} figures expected as images; outputs shown: {[t[:60] for t in shown]}")
        images = page.evaluate(
            "() => [...document.querySelectorAll('.jp-OutputArea-output img')].map(i => [i.naturalWidth, i.complete])"
        )
        assert len(images) == figures and all(width > 100 and done for width, done in images)
        texts = page.evaluate("() => [...document.querySelectorAll('.jp-OutputArea-output')].map(e => e.innerText)")
        assert not any("<figure" in t or "SVG object" in t for t in texts)  # no placeholder in place of a figure
        time.sleep(2)
        assert page.locator(".jp-mod-dirty").count() == 0  # opening does not change the notebook
        assert page.locator(".jp-Notification-Toast").count() == 0  # no news or update pop-up
        breadcrumbs = page.locator(".jp-BreadCrumbs").inner_text()
        assert "notebooks" in breadcrumbs
    finally:
        page.close()


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_every_notebook_is_stored_as_lab_shows_and_saves_it(path):
    """What the browser test shows for one notebook holds for each: every SVG figure has its PNG
    (untrusted SVG is not rendered), no output is a bare object repr, and the kernel is named as
    Lab names it (a different name marks the notebook changed on opening)."""
    stored = json.loads(path.read_text())
    assert stored["metadata"]["kernelspec"] == {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
    outputs = [o for c in stored["cells"] for o in c.get("outputs", [])]
    assert all("image/png" in o["data"] for o in outputs if "image/svg+xml" in o.get("data", {}))
    plain = ["".join(o["data"]["text/plain"]) for o in outputs if "text/plain" in o.get("data", {})]
    assert not any(" object at 0x" in t or t.startswith("<IPython.") for t in plain)
