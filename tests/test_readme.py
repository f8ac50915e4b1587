"""The README's examples work: its commands run, and every command it lists exists."""

import re
import shlex
import subprocess
import sys

from analysis.cli import COMMANDS
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_command_examples_run():
    examples = re.findall(r"^    (python -m analysis [^\n#]+?)\s*$", README, re.MULTILINE)
    assert examples
    for example in examples:
        argv = shlex.split(example)[1:]
        expanded = [str(p) for a in argv for p in (sorted(ROOT.glob(a)) if "*" in a else [a])]
        proc = subprocess.run([sys.executable, *expanded], capture_output=True, text=True, cwd=ROOT)
        assert proc.returncode == 0, (example, proc.stderr)
        assert proc.stdout


def test_every_command_in_the_readme_table_exists():
    listed = set(re.findall(r"^\| `(\w+)", README, re.MULTILINE)) - {"command"}
    assert listed >= {"sentences", "terms", "quotes", "sources", "sentiment", "themes"}
    assert listed <= set(COMMANDS) | {"figures", "view", "corpus"}
