"""The caption bar's settings: defaults, round trips, and damaged values reading as defaults."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from translator_gui.settings import CURRENT_VERSION, Settings


def test_defaults(tmp_path: Path) -> None:
    s = Settings(tmp_path / "s.ini")
    assert (s.overlay_visible, s.overlay_font_family, s.overlay_font_size) == (False, None, 24)
    assert (s.overlay_text_color, s.overlay_background_color) == ("#ffffff", "#000000")
    assert s.overlay_background_opacity == 0.75
    assert (s.overlay_lines, s.overlay_show_source, s.overlay_high_contrast) == (2, False, False)
    assert s.overlay_geometry("0,0,800x800") is None
    assert s.schema_version == CURRENT_VERSION


def test_round_trip_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = Settings(path)
    s.overlay_visible = True
    s.overlay_font_family = "Noto Sans"
    s.overlay_font_size = 500  # clamped
    s.overlay_text_color = "#FFEE00"
    s.overlay_background_color = "#102030"
    s.overlay_background_opacity = 1.5  # clamped
    s.overlay_lines = 0  # clamped
    s.overlay_show_source = True
    s.overlay_high_contrast = True
    s.set_overlay_geometry("0,0,1920x1080;1920,0,1280x1024", (10, 20, 300, 80))
    s.set_overlay_geometry("0,0,800x800", (1, 2, 3, 4))
    s.sync()
    back = Settings(path)
    assert back.overlay_visible is True and back.overlay_font_family == "Noto Sans"
    assert back.overlay_font_size == 96
    assert (back.overlay_text_color, back.overlay_background_color) == ("#ffee00", "#102030")
    assert back.overlay_background_opacity == 1.0
    assert back.overlay_lines == 1
    assert back.overlay_show_source is True and back.overlay_high_contrast is True
    assert back.overlay_geometry("0,0,1920x1080;1920,0,1280x1024") == (10, 20, 300, 80)
    assert back.overlay_geometry("0,0,800x800") == (1, 2, 3, 4)
    back.set_overlay_geometry("0,0,800x800", None)
    assert back.overlay_geometry("0,0,800x800") is None
    with pytest.raises(ValueError):
        back.overlay_text_color = "yellow"


def test_damaged_values_read_as_defaults(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    qs = QSettings(str(path), QSettings.Format.IniFormat)
    for key, value in {
        "overlay/visible": "maybe", "overlay/font_size": "huge", "overlay/text_color": "#12",
        "overlay/background_opacity": "-3", "overlay/lines": "7", "overlay/show_source": "2",
    }.items():
        qs.setValue(key, value)
    qs.sync()
    s = Settings(path)
    assert s.overlay_visible is False and s.overlay_font_size == 24 and s.overlay_text_color == "#ffffff"
    assert s.overlay_background_opacity == 0.75 and s.overlay_lines == 2 and s.overlay_show_source is False
