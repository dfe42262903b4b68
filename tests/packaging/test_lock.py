"""The lock files in packaging/lock/ pin what pyproject.toml declares, inside its bounds.

A dependency added to pyproject.toml without re-running packaging/lock/update.sh would install
nowhere (the scripts install from the locks with --require-hashes); one whose bounds moved would be
pinned outside them.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
LOCKS = ROOT / "packaging" / "lock"
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^\s;\\]+)\s*(?:;\s*(?P<marker>[^\\]+?))?\s*\\?$")
ENVIRONMENTS = [
    {"sys_platform": platform, "platform_system": system, "python_version": py, "python_full_version": f"{py}.0"}
    for platform, system in (("linux", "Linux"), ("win32", "Windows"), ("darwin", "Darwin"))
    for py in ("3.11", "3.12", "3.13")
]


def _pins(lock: Path) -> list[tuple[str, Version, Marker | None]]:
    pins: list[tuple[str, Version, Marker | None]] = []
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = PIN.match(line)
        if match:
            marker = Marker(match["marker"]) if match["marker"] else None
            pins.append((canonicalize_name(match["name"]), Version(match["version"]), marker))
    return pins


def _declared(extra: str | None) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"])
    if extra:
        names += project["optional-dependencies"][extra]
    return [Requirement(name) for name in names]


def _locked_version(pins: list[tuple[str, Version, Marker | None]], name: str, env: dict[str, str]) -> Version | None:
    for pinned, version, marker in pins:
        if pinned == name and (marker is None or marker.evaluate(env)):
            return version
    return None


@pytest.mark.parametrize(("lock", "extra"), [("app.txt", None), ("test.txt", "test"), ("build.txt", "build")])
def test_every_declared_dependency_is_locked_inside_its_bounds(lock: str, extra: str | None) -> None:
    pins = _pins(LOCKS / lock)
    assert pins, f"{lock} pins nothing"
    problems = []
    for requirement in _declared(extra):
        name = canonicalize_name(requirement.name)
        for env in ENVIRONMENTS:
            if requirement.marker is not None and not requirement.marker.evaluate(env):
                continue
            version = _locked_version(pins, name, env)
            if version is None:
                problems.append(f"{requirement} is not in {lock} for {env['sys_platform']} {env['python_version']}")
            elif not requirement.specifier.contains(version, prereleases=True):
                problems.append(f"{lock} pins {name}=={version}, outside {requirement}")
    assert not problems, "run packaging/lock/update.sh:\n" + "\n".join(sorted(set(problems)))


def test_every_pin_carries_a_hash() -> None:
    for lock in LOCKS.glob("*.txt"):
        text = lock.read_text(encoding="utf-8")
        pinned = len(_pins(lock))
        requirement_lines = [line for line in text.splitlines() if re.match(r"[A-Za-z0-9]", line)]
        assert pinned and len(requirement_lines) == pinned, f"{lock.name} has a pin the pattern does not read"
        blocks = re.split(r"\n(?=[A-Za-z0-9])", text)
        unhashed = [b.split()[0] for b in blocks if "==" in b.split("\n")[0] and "--hash=sha256:" not in b]
        assert not unhashed, f"{lock.name}: no hash for {unhashed}"
