"""Where the caption bar sits: bottom centre by default, remembered per screen layout, reset, and
never restored off every screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from tests.ui.captions.conftest import MakeOverlay
from translator_gui.settings import Settings
from translator_gui.ui.captions import placement
from translator_gui.ui.captions.placement import screen_layout_key


def available() -> QRect:
    return QGuiApplication.primaryScreen().availableGeometry()


def test_default_place_is_bottom_centre_of_the_screen(make_overlay: MakeOverlay) -> None:
    overlay = make_overlay()
    g, area = overlay.geometry(), available()
    assert abs(g.center().x() - area.center().x()) <= 1
    assert g.bottom() <= area.bottom() and g.top() > area.center().y()
    assert area.width() * 0.5 <= g.width() <= area.width()


def test_place_is_remembered_per_screen_layout_and_reset(
    make_overlay: MakeOverlay, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    overlay = make_overlay()
    default = overlay.geometry()
    overlay.setGeometry(QRect(40, 60, 500, 150))  # as a drag and a resize would
    assert Settings(settings_path).overlay_geometry(screen_layout_key()) == (40, 60, 500, 150)
    overlay.close()

    again = make_overlay()
    assert again.geometry() == QRect(40, 60, 500, 150)
    again.reset_position()
    assert again.geometry() == default
    assert Settings(settings_path).overlay_geometry(screen_layout_key()) is None
    again.setGeometry(QRect(10, 20, 400, 140))
    again.close()

    # another set of screens (say, the laptop undocked): its own place, the default at first
    monkeypatch.setattr(placement, "screen_layout_key", lambda screens=None: "0,0,3840x2160")
    other = make_overlay()
    assert other.geometry() == default
    assert Settings(settings_path).overlay_geometry(screen_layout_key()) == (10, 20, 400, 140)


def test_a_saved_place_off_every_screen_is_not_used(make_overlay: MakeOverlay, settings_path: Path) -> None:
    Settings(settings_path).set_overlay_geometry(screen_layout_key(), (50_000, 50_000, 400, 100))
    overlay = make_overlay()
    assert available().intersects(overlay.geometry())
