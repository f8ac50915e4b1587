"""The setup files agree: pyproject's dependencies, constraints.txt pins, environment.yml."""

import hashlib
import re
import tomllib

from tests.conftest import ROOT

# sha256 of ../shared/seeds/000_2c60ae4ca6a04215.txt, recorded in the README
SEED_SHA256 = "374bde36ff2afd4316fb1ff47c53a641b1efe53e8467bb651b2a085828fe0781"


def _norm(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def _pyproject():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    names = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["test"]
    return {_norm(n) for n in names}


def _constraints():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, version = line.split("==")
            pins[_norm(name)] = version
    return pins


def _environment():
    pins = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"\s*-\s+([A-Za-z0-9_.-]+)\s*(==|=)\s*([\w.]+)\s*$", line)
        if m and m.group(1) != "python":
            pins[_norm(m.group(1))] = m.group(3)
    return pins


def test_environment_lists_the_same_dependencies_as_pyproject():
    assert set(_environment()) == _pyproject()


def test_every_dependency_is_pinned_and_environment_uses_the_same_pins():
    pins = _constraints()
    assert _pyproject() <= set(pins)
    assert {name: pins[name] for name in _environment()} == _environment()


def test_seed_is_the_shared_seed_byte_for_byte():
    """The seed is present (users add their own articles beside it)."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert SEED_SHA256 in {hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds}
