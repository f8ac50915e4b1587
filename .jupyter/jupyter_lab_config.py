# JupyterLab settings for `make lab`: local only and offline (no news feed, no update check),
# rooted at the project (seeds/, figures/ and notebooks/ reachable) with notebooks/ open.
import os
from pathlib import Path

c = get_config()  # noqa: F821 (provided by Jupyter when it loads this file)
c.LabApp.news_url = None
c.LabApp.check_for_updates_class = "jupyterlab.handlers.announcements.NeverCheckForUpdate"
c.ServerApp.ip = "127.0.0.1"
c.ServerApp.open_browser = False
c.ServerApp.root_dir = str(Path(__file__).resolve().parent.parent)
c.LabApp.default_url = "/lab/tree/notebooks"
# containers and CI machines often run as root; the server still listens on 127.0.0.1 only
c.ServerApp.allow_root = hasattr(os, "geteuid") and os.geteuid() == 0
