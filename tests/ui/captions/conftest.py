"""What the caption tests share: a caption bar on its own settings file, with a clock the test moves."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from translator_gui.settings import Settings
from translator_gui.ui.captions.bar import CaptionOverlay


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


MakeOverlay = Callable[..., CaptionOverlay]


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def make_overlay(qtbot: QtBot, settings_path: Path) -> Iterator[MakeOverlay]:
    def make(show: bool = True) -> CaptionOverlay:
        overlay = CaptionOverlay(Settings(settings_path), clock=Clock())
        qtbot.addWidget(overlay)
        if show:
            overlay.show()
            qtbot.wait_until(overlay.isVisible)
        return overlay

    yield make
