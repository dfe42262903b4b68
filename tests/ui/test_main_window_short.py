"""A narrow, short window (beside a meeting on a laptop): the directions keep their full height
when live text wraps, and the live line stays in sight."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from translator_gui.realtime.languages import ALL_TARGETS
from translator_gui.ui.main_window import MainWindow

WRAPPING = "今日はお越しいただきありがとうございます。皆さん、おはようございます。今日の議題は予算です。"


def test_wrapped_live_text_never_squeezes_the_drop_downs(qtbot: QtBot) -> None:
    window = MainWindow(ALL_TARGETS)
    qtbot.addWidget(window)
    window.resize(720, 640)
    window.show()
    qtbot.wait_until(lambda: window.resize(720, 640) or window.width() == 720)  # the directions stack
    live = next(iter(window.captions.live.values()))
    live.show_text(WRAPPING * 2, "Thank you all for coming today.")
    for row in window.directions:
        qtbot.wait_until(lambda row=row: row.height() >= row.sizeHint().height())  # type: ignore[misc]
        assert row.language.height() >= row.language.sizeHint().height()
    area = window.findChild(QScrollArea, "captionsArea")
    assert isinstance(area, QScrollArea)
    viewport = area.viewport()

    def live_line_in_view() -> bool:
        bottom = live.translation.mapTo(viewport, QPoint(0, live.translation.height()))
        return 0 < bottom.y() <= viewport.height()

    qtbot.wait_until(live_line_in_view)
