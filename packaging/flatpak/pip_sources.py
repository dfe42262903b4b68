"""Writes python3-requirements.json, the offline pip sources the Flatpak manifest builds from.

Flathub builds have no network, so every Python dependency is a `file` source with its URL and
sha256. This reads the exact pins of packaging/lock/app.txt (not a fresh resolution), keeps those
that apply inside the KDE 6.8 runtime (Linux, CPython 3.12, x86_64 and aarch64), leaves out PySide6
and shiboken6 (the PySide base app provides them), and picks for each a file from PyPI whose hash
the lock lists: a pure-Python wheel where there is one, else a wheel per architecture, else the sdist.

    .venv/bin/python packaging/flatpak/pip_sources.py            # writes packaging/flatpak/python3-requirements.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from packaging.markers import Marker
from packaging.tags import Tag
from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename
from packaging.version import Version

HERE = Path(__file__).resolve().parent
LOCK = HERE.parent / "lock" / "app.txt"
OUTPUT = HERE / "python3-requirements.json"
INDEX = "https://pypi.org/simple"
PROVIDED_BY_BASE_APP = {"pyside6-essentials", "shiboken6"}
ARCHES = {"x86_64": "x86_64", "aarch64": "aarch64"}
RUNTIME_PYTHON = (3, 12)
RUNTIME_GLIBC = (2, 40)  # org.kde.Platform 6.8 is built on freedesktop-sdk 24.08
RUNTIME = {
    "sys_platform": "linux",
    "platform_system": "Linux",
    "os_name": "posix",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "python_version": "3.12",
    "python_full_version": "3.12.0",
}
PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>\S+?)\s*(?:;\s*(?P<marker>[^\\]+?))?\s*\\?$")
HASH = re.compile(r"--hash=sha256:([0-9a-f]{64})")
MANYLINUX = re.compile(r"^(?:many|musl)linux_(\d+)_(\d+)_(\w+)$")


@dataclass(frozen=True)
class Pin:
    name: str
    version: Version
    hashes: frozenset[str]


def read_pins(lock: Path, machine: str) -> list[Pin]:
    pins = []
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock.read_text(encoding="utf-8")):
        match = PIN.match(block.split("\n", 1)[0])
        if not match:
            continue
        env = {**RUNTIME, "platform_machine": machine}
        if match["marker"] and not Marker(match["marker"]).evaluate(env):
            continue
        pins.append(Pin(canonicalize_name(match["name"]), Version(match["version"]), frozenset(HASH.findall(block))))
    return pins


def _runs_in_runtime(tag: Tag, arch: str | None) -> bool:
    major, minor = RUNTIME_PYTHON
    python_ok = tag.interpreter in {"py3", f"cp{major}{minor}"} or (
        tag.abi == "abi3" and tag.interpreter.startswith("cp3") and int(tag.interpreter[3:]) <= minor
    )
    if not python_ok or tag.abi not in {"none", "abi3", f"cp{major}{minor}"}:
        return False
    if tag.platform == "any":
        return True
    found = MANYLINUX.match(tag.platform)
    if found is None or found[3] != arch or tag.platform.startswith("musl"):
        return False
    return (int(found[1]), int(found[2])) <= RUNTIME_GLIBC


def _index_files(name: str) -> list[dict[str, object]]:
    request = urllib.request.Request(f"{INDEX}/{name}/", headers={"Accept": "application/vnd.pypi.simple.v1+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        files: list[dict[str, object]] = json.load(response)["files"]
    return files


def _version_of(filename: str) -> Version | None:
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        if filename.endswith((".tar.gz", ".zip")):
            return parse_sdist_filename(filename)[1]
    except ValueError:
        return None
    return None


def choose(pin: Pin, files: list[dict[str, object]]) -> list[dict[str, object]]:
    """The sources for one pin: one file for every architecture, or one per architecture."""
    mine = [f for f in files if _version_of(str(f["filename"])) == pin.version]
    mine = [f for f in mine if dict(f["hashes"]).get("sha256") in pin.hashes]  # type: ignore[call-overload]

    def source(file: dict[str, object], arch: str | None = None) -> dict[str, object]:
        entry: dict[str, object] = {"type": "file", "url": file["url"], "sha256": dict(file["hashes"])["sha256"]}  # type: ignore[call-overload]
        if arch:
            entry["only-arches"] = [arch]
        return entry

    wheels = [(f, parse_wheel_filename(str(f["filename"]))[3]) for f in mine if str(f["filename"]).endswith(".whl")]
    for file, tags in wheels:
        if any(_runs_in_runtime(tag, None) for tag in tags):
            return [source(file)]
    per_arch = []
    for flatpak_arch, wheel_arch in ARCHES.items():
        fitting = [file for file, tags in wheels if any(_runs_in_runtime(tag, wheel_arch) for tag in tags)]
        if not fitting:
            break
        per_arch.append(source(fitting[0], flatpak_arch))
    else:
        return per_arch
    sdists = [f for f in mine if not str(f["filename"]).endswith(".whl")]
    if sdists:
        return [source(sdists[0])]
    raise LookupError(f"{pin.name}=={pin.version}: no file on PyPI fits the runtime and matches the lock's hashes")


def module(pins: list[Pin], sources: list[dict[str, object]]) -> dict[str, object]:
    names = " ".join(sorted(pin.name for pin in pins))
    return {
        "name": "python3-requirements",
        "buildsystem": "simple",
        "build-commands": [
            'pip3 install --verbose --exists-action=i --no-index --find-links="file://${PWD}" '
            f"--prefix=${{FLATPAK_DEST}} --no-build-isolation {names}"
        ],
        "sources": sources,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lock", type=Path, default=LOCK)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    by_name: dict[str, Pin] = {}
    for machine in ARCHES.values():
        for pin in read_pins(args.lock, machine):
            by_name.setdefault(pin.name, pin)
    pins = [pin for name, pin in sorted(by_name.items()) if name not in PROVIDED_BY_BASE_APP]
    sources: list[dict[str, object]] = []
    for pin in pins:
        sources += choose(pin, _index_files(pin.name))
    args.output.write_text(json.dumps(module(pins, sources), indent=2) + "\n", encoding="utf-8")
    print(f"{args.output}: {len(pins)} packages, {len(sources)} files", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
