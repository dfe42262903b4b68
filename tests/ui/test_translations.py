"""The translated UI: every .ts complete, placeholders kept, the .qm files compiled from the .ts as
they are, every marked string in a .ts, and the app speaking German, Japanese and Arabic (mirrored)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.__main__ import build_parser
from translator_gui.app import install_language
from translator_gui.meeting.events import Cost
from translator_gui.meeting.wording import live_text
from translator_gui.realtime.languages import Mode
from translator_gui.settings import Settings
from translator_gui.ui.dialogs.key import KeyDialog
from translator_gui.ui.i18n import (
    LANGUAGES,
    Installed,
    install_translations,
    installed_translations_dir,
    translations_dir,
)

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in ``ts``."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


@pytest.fixture(params=LANGUAGES)
def ts(request: pytest.FixtureRequest) -> Path:
    return translations_dir() / f"translator_gui_{request.param}.ts"


def test_the_thirteen_output_languages_are_there() -> None:
    assert set(LANGUAGES) >= {"de", "es", "fr", "it", "pt_BR", "ja", "zh_CN", "ko", "ar", "ru", "hi", "tr", "pl"}


def test_every_message_is_translated_and_keeps_its_placeholders(ts: Path) -> None:
    locale = ts.stem.removeprefix("translator_gui_")
    assert ET.parse(ts).getroot().get("language") == locale
    problems = []
    for context, source, translation in messages(ts):
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} → {text!r} changes the placeholders")
        elif text.replace("&&", "").count("&") > 1:
            problems.append(f"{context}: {text!r} has more than one shortcut key")
        elif source.startswith(" ") != text.startswith(" "):
            problems.append(f"{context}: {text!r} loses the leading space of {source!r}")
    assert problems == []


def test_every_qm_is_compiled_from_its_ts_as_it_is(ts: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert ts.with_suffix(".qm").read_bytes() == fresh.read_bytes(), \
        f"{ts.name} changed: run python packaging/translations.py release"


def test_every_marked_string_is_in_the_translations(tmp_path: Path) -> None:
    """A string marked in the code but missing from the .ts files would stay English."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "translator_gui").rglob("*.py"))
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-locations", "none", *sources, "-ts", str(fresh)],
                   check=True)
    marked = {(context, source) for context, source, _ in messages(fresh)}
    assert len(marked) > 150
    for locale in LANGUAGES:
        ts = translations_dir() / f"translator_gui_{locale}.ts"
        have = {(context, source) for context, source, _ in messages(ts)}
        assert marked - have == set(), f"{locale}: run python packaging/translations.py update, then translate"


@pytest.fixture
def speaking() -> Iterator[list[Installed]]:
    installed: list[Installed] = []
    yield installed
    for each in installed:
        each.remove()


def test_the_main_window_speaks_german_under_language_de(
    make_app: MakeApp, pulse: PulseBed, speaking: list[Installed], tmp_path: Path
) -> None:
    args = build_parser().parse_args(["--language", "de"])
    speaking.append(install_language(args, Settings(tmp_path / "other.ini")))
    app = make_app(show=False)
    window = app.window
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["Datei", "Ansicht", "Einstellungen", "Hilfe"]
    assert window.start_button.text() == "Start" and window.status() == "Bereit"
    assert window.them.switch.text().replace("&", "") == "Sie → ich: die Besprechung in meiner Sprache"
    assert window.them.state.text() == "Aus"
    assert live_text("de", Mode.TRANSLATE) == "Live – Übersetzung in Deutsch"  # the layers without Qt too
    window.set_running(True)
    assert window.start_button.text() == "Stopp"
    app.controller.bridge.meeting_event.emit(Cost(minutes=1.5, dollars=0.25, today_minutes=12, today_dollars=2))
    assert window.usage_label.text() == "1,5 Min. · 0,25\xa0$ diese Sitzung · heute 12 Min. · 2,00\xa0$"  # German
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Qt's own words: the standard buttons
    dialog = KeyDialog(window)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Abbrechen"
    dialog.deleteLater()


def test_the_setting_chooses_the_language_when_the_command_line_does_not(
    speaking: list[Installed], tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.ui_language = "ja"
    speaking.append(install_language(build_parser().parse_args([]), settings))
    assert speaking[0].found and speaking[0].locale.name() == "ja_JP"
    assert QCoreApplication.translate("MainWindow", "&File") == "ファイル(&F)"


def test_arabic_mirrors_the_layout_and_english_comes_back(speaking: list[Installed]) -> None:
    arabic = install_translations("ar")
    speaking.append(arabic)
    assert arabic.found
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "Start") == "ابدأ"
    arabic.remove()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "Start") == "Start"
    assert live_text("de", Mode.CAPTIONS).startswith("Live — captioning in")


def test_a_language_without_a_translation_speaks_english(speaking: list[Installed]) -> None:
    installed = install_translations("sw")
    speaking.append(installed)
    assert not installed.found
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_the_flatpak_installs_the_translations_where_the_app_looks() -> None:
    manifest = (ROOT / "packaging" / "flatpak" / "io.github.translator_gui.Translator.yml").read_text(encoding="utf-8")
    assert f"resources/translations/*.qm -t {installed_translations_dir('/app')}" in manifest
    spec = (ROOT / "packaging" / "pyinstaller" / "translator-gui.spec").read_text(encoding="utf-8")
    assert '"resources/translations"' in spec  # the frozen bundle: translations_dir() under sys._MEIPASS
