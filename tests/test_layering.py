"""The house rules, read from the code: imports point one way, Qt stays in the UI, and the UI sees
the audio and realtime layers only through the types it displays."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "translator_gui"
QT = ("PySide6", "qasync")
# The settings file is QSettings (the platform's own store: an INI file, the registry, a plist).
QT_BESIDE_UI = {"app.py", "settings.py"}
# What the UI may take from audio/ and realtime/: things it shows, names it displays, URL checks.
UI_MAY_SHOW = {
    "translator_gui.audio.sources": {"SoundDevice"},
    "translator_gui.realtime.languages": {"ALL_TARGETS", "Language", "SOURCE_AUTO"},
    "translator_gui.realtime.endpoint": {"DEFAULT_BASE_URL", "InsecureEndpointError", "check_endpoint",
                                         "describe_endpoint"},
}


def _imports(path: Path) -> Iterator[tuple[str, set[str]]]:
    """(module, names) for every import in ``path``, function-level ones included."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, set()
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            yield node.module, {alias.name for alias in node.names}


def _modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def test_no_module_outside_the_ui_imports_qt() -> None:
    def outside_the_ui(path: Path) -> bool:
        relative = path.relative_to(PACKAGE)
        return relative.parts[0] != "ui" and str(relative) not in QT_BESIDE_UI

    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for path in _modules(PACKAGE)
        if outside_the_ui(path)
        for module, _ in _imports(path)
        if module.split(".")[0] in QT
    ]
    assert offenders == []


def test_the_ui_sees_audio_and_realtime_only_through_display_types() -> None:
    offenders = []
    for path in _modules(PACKAGE / "ui"):
        for module, names in _imports(path):
            if module.startswith(("translator_gui.audio", "translator_gui.realtime")):
                allowed = UI_MAY_SHOW.get(module, set())
                if not names or not names <= allowed:
                    offenders.append(f"{path.relative_to(PACKAGE)}: {module} {sorted(names - allowed)}")
    assert offenders == []


def test_the_core_layers_never_import_upwards() -> None:
    """audio, realtime and transcript know nothing of the meeting or the UI; the meeting knows no UI."""
    rules = {
        "audio": ("translator_gui.meeting", "translator_gui.ui", "translator_gui.realtime", "translator_gui.app"),
        "realtime": ("translator_gui.meeting", "translator_gui.ui", "translator_gui.audio", "translator_gui.app"),
        "transcript": ("translator_gui.meeting", "translator_gui.ui", "translator_gui.app"),
        "meeting": ("translator_gui.ui", "translator_gui.app", "translator_gui.settings"),
    }
    offenders = [
        f"{path.relative_to(PACKAGE)}: {module}"
        for layer, forbidden in rules.items()
        for path in _modules(PACKAGE / layer)
        for module, _ in _imports(path)
        if module.startswith(forbidden)
    ]
    assert offenders == []
