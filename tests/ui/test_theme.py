"""Light and dark: every text the palettes paint at WCAG AA, the theme chosen in the View menu (and
kept), "auto" following the system's colour scheme, and the caption bar keeping its own colours."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from tests.testbed import PulseBed
from tests.ui.conftest import MakeApp
from translator_gui.settings import Settings
from translator_gui.ui import theme
from translator_gui.ui.captions.contrast import WCAG_AA, contrast_ratio


@pytest.fixture(autouse=True)
def palette_restored(qapp: QApplication) -> Iterator[None]:
    before = QPalette(qapp.palette())
    yield
    qapp.setPalette(before)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_text_colour_meets_aa_on_its_background(dark: bool) -> None:
    palette = theme.palette(dark)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for text, background in theme.TEXT_PAIRS:
            ratio = contrast_ratio(palette.color(group, text), palette.color(group, background))
            assert ratio >= WCAG_AA, f"{text.name} on {background.name}: {ratio:.2f}:1"
    window = palette.color(QPalette.ColorRole.Window)
    assert (window.lightness() < 128) == dark


def test_the_theme_is_chosen_in_the_view_menu_and_kept(make_app: MakeApp, pulse: PulseBed, qapp: QApplication) -> None:
    app = make_app(show=False)
    assert app.window.theme_actions["auto"].isChecked()
    app.window.theme_actions["dark"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window) == theme.palette(True).color(QPalette.ColorRole.Window)
    assert Settings(app.settings.path).theme == "dark"
    live = next(iter(app.window.captions.live.values()))
    live.show_text("Hallo zusammen", "Hello everyone")
    source = live.source.palette()
    text, behind = source.color(live.source.foregroundRole()), source.color(QPalette.ColorRole.Window)
    assert contrast_ratio(text, behind) >= WCAG_AA
    app.window.theme_actions["light"].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Base) == theme.palette(False).color(QPalette.ColorRole.Base)
    assert Settings(app.settings.path).theme == "light"


def test_auto_follows_the_system_colour_scheme(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    keeper = theme.ThemeKeeper(qapp, "auto")
    try:
        dark_window = theme.palette(True).color(QPalette.ColorRole.Window)
        monkeypatch.setattr(theme, "system_is_dark", lambda: True)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(QPalette.ColorRole.Window) == dark_window
        keeper.apply("light")  # a chosen theme stays when the system changes
        keeper._system_changed(Qt.ColorScheme.Dark)  # (other tests' windows may still follow the signal)
        assert qapp.palette().color(QPalette.ColorRole.Window) != dark_window
    finally:
        keeper.deleteLater()


def test_the_caption_bar_keeps_its_own_colours_in_either_theme(make_app: MakeApp, pulse: PulseBed) -> None:
    app = make_app(show=False)
    overlay = app.overlay
    for choice in ("dark", "light"):
        app.window.theme_actions[choice].trigger()
        overlay.show_live("Guten Morgen", "Good morning")
        label = overlay.translation
        label.ensurePolished()  # the bar's style sheet, as it is when painted
        shown = label.palette().color(label.foregroundRole())
        assert shown.name() == overlay.style_settings.text_color
