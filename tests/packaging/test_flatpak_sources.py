"""The Flatpak's offline pip sources match the lock: the same packages, the same versions, hashes the lock lists."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"


def _pip_sources() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pip_sources", FLATPAK / "pip_sources.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["pip_sources"] = module
    spec.loader.exec_module(module)
    return module


def test_the_flatpak_sources_are_the_locked_files() -> None:
    pip_sources = _pip_sources()
    generated = json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))
    regenerate = "run .venv/bin/python packaging/flatpak/pip_sources.py"
    for arch in pip_sources.ARCHES:
        pins = {
            pin.name: pin
            for pin in pip_sources.read_pins(pip_sources.LOCK, pip_sources.ARCHES[arch])
            if pin.name not in pip_sources.PROVIDED_BY_BASE_APP
        }
        files = [s for s in generated["sources"] if arch in s.get("only-arches", [arch])]
        seen = {}
        for source in files:
            filename = source["url"].rsplit("/", 1)[1]
            parsed = parse_wheel_filename(filename) if filename.endswith(".whl") else parse_sdist_filename(filename)
            seen[canonicalize_name(parsed[0])] = (parsed[1], source["sha256"])
        assert set(seen) == set(pins), regenerate
        for name, (version, sha256) in seen.items():
            locked = pins[name].version
            assert version == locked, f"{name}: {version} is not the locked {locked}; {regenerate}"
            assert sha256 in pins[name].hashes, f"{name}: a file the lock does not list"


def test_the_manifest_builds_from_the_sources_and_not_from_the_network() -> None:
    manifest = (FLATPAK / "io.github.translator_gui.Translator.yml").read_text(encoding="utf-8")
    assert "  - python3-requirements.json" in manifest
    generated = json.loads((FLATPAK / "python3-requirements.json").read_text(encoding="utf-8"))
    assert all("--no-index" in command for command in generated["build-commands"])
