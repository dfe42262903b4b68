"""The caption bar's style dialog: live previews, OK and Cancel, the high-contrast preset, the
contrast line, keyboard access, and colour pickers that never block the event loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from translator_gui.settings import OVERLAY_FONT_SIZE_RANGE, Settings
from translator_gui.ui.captions.bar import CaptionOverlay
from translator_gui.ui.captions.style import HIGH_CONTRAST_BACKGROUND, HIGH_CONTRAST_TEXT, OverlayStyle
from translator_gui.ui.captions.style_dialog import CaptionStyleDialog, ColorButton

MakeDialog = Callable[..., CaptionStyleDialog]


class Recorder:
    """Every style a dialog sends, in order."""

    def __init__(self, dialog: CaptionStyleDialog) -> None:
        self.previewed: list[OverlayStyle] = []
        self.chosen: list[OverlayStyle] = []
        dialog.style_previewed.connect(self.previewed.append)
        dialog.style_chosen.connect(self.chosen.append)


@pytest.fixture
def make_dialog(qtbot: QtBot) -> Iterator[MakeDialog]:
    def make(style: OverlayStyle | None = None, parent: QWidget | None = None) -> CaptionStyleDialog:
        dialog = CaptionStyleDialog(parent, style if style is not None else OverlayStyle())
        if parent is None:
            qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    yield make


def pick_color(qtbot: QtBot, dialog: CaptionStyleDialog, button: ColorButton, color: str, accept: bool = True) -> None:
    """Click the colour button, then choose in the picker as a person would."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    # open(), not exec(): the click returned while the picker is still up
    pickers = [p for p in dialog.findChildren(QColorDialog) if p.isVisible()]
    assert len(pickers) == 1
    picker = pickers[0]
    assert picker is button.picker
    assert picker.windowModality() == Qt.WindowModality.WindowModal
    picker.setCurrentColor(QColor(color))
    if accept:
        picker.accept()
    else:
        picker.reject()
    assert not picker.isVisible()
    assert button.picker is None


# -- each control changes its own field --------------------------------------------------------

STARTING = OverlayStyle(font_family="DejaVu Sans", font_size=24, text_color="#ffffff",
                        background_color="#000000", background_opacity=0.75, lines=2)  # fmt: skip


def test_font_family_and_app_default(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    assert dialog.font_family.isEnabled() and not dialog.default_font.isChecked()
    dialog.font_family.setCurrentFont("DejaVu Serif")
    assert seen.previewed[-1] == replace(STARTING, font_family="DejaVu Serif")

    dialog.default_font.click()
    assert seen.previewed[-1] == replace(STARTING, font_family=None)
    assert not dialog.font_family.isEnabled()

    dialog.default_font.click()
    assert seen.previewed[-1] == replace(STARTING, font_family="DejaVu Serif")
    assert len(seen.previewed) == 3 and not seen.chosen


def test_app_default_font_is_shown_as_such(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(OverlayStyle(font_family=None))
    assert dialog.default_font.isChecked() and not dialog.font_family.isEnabled()


def test_size_follows_the_settings_range_and_the_keyboard(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    assert (dialog.font_size.minimum(), dialog.font_size.maximum()) == OVERLAY_FONT_SIZE_RANGE
    dialog.font_size.setFocus()
    QTest.keyClick(dialog.font_size, Qt.Key.Key_Up)
    assert seen.previewed[-1] == replace(STARTING, font_size=25)
    dialog.font_size.setValue(60)
    assert seen.previewed[-1] == replace(STARTING, font_size=60)


def test_text_colour_is_picked_without_blocking(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    pick_color(qtbot, dialog, dialog.text_color, "#FFEE00")
    assert seen.previewed[-1] == replace(STARTING, text_color="#ffee00")
    assert dialog.text_color.text() == "#ffee00"
    assert dialog.isVisible()


def test_background_colour_is_picked_and_a_cancelled_pick_goes_back(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    pick_color(qtbot, dialog, dialog.background_color, "#102030")
    assert seen.previewed[-1] == replace(STARTING, background_color="#102030")

    pick_color(qtbot, dialog, dialog.background_color, "#ff0000", accept=False)
    # shown on the bar while picking, then put back when the picker was cancelled
    assert replace(STARTING, background_color="#ff0000") in seen.previewed
    assert seen.previewed[-1] == replace(STARTING, background_color="#102030")
    assert dialog.background_color.color == "#102030"


def test_opacity_shows_its_value(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    assert dialog.opacity.value() == 75 and dialog.opacity_value.text() == "75 %"
    assert (dialog.opacity.minimum(), dialog.opacity.maximum()) == (0, 100)
    dialog.opacity.setFocus()
    QTest.keyClick(dialog.opacity, Qt.Key.Key_PageDown)
    assert seen.previewed[-1] == replace(STARTING, background_opacity=0.65)
    dialog.opacity.setValue(100)
    assert seen.previewed[-1] == replace(STARTING, background_opacity=1.0)
    assert dialog.opacity_value.text() == "100 %"


def test_lines_and_source_line(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    assert (dialog.lines.minimum(), dialog.lines.maximum()) == (1, 3)
    dialog.lines.setValue(3)
    assert seen.previewed[-1] == replace(STARTING, lines=3)
    assert len(dialog.preview.sample_lines()) == 3
    dialog.lines.setValue(1)
    assert seen.previewed[-1] == replace(STARTING, lines=1)

    QTest.mouseClick(dialog.show_source, Qt.MouseButton.LeftButton, pos=dialog.show_source.rect().center())
    assert seen.previewed[-1] == replace(STARTING, lines=1, show_source=True)
    assert "under it" in dialog.preview.accessibleDescription()


# -- OK and Cancel ------------------------------------------------------------------------------


def test_ok_sends_every_change_and_it_survives_the_settings_file(
    make_dialog: MakeDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = make_dialog(OverlayStyle())
    seen = Recorder(dialog)
    dialog.default_font.click()
    dialog.font_family.setCurrentFont("DejaVu Serif")
    dialog.font_size.setValue(36)
    pick_color(qtbot, dialog, dialog.text_color, "#ffee00")
    pick_color(qtbot, dialog, dialog.background_color, "#102030")
    dialog.opacity.setValue(90)
    dialog.lines.setValue(3)
    dialog.show_source.click()
    expected = OverlayStyle(font_family="DejaVu Serif", font_size=36, text_color="#ffee00",
                            background_color="#102030", background_opacity=0.9, lines=3, show_source=True)  # fmt: skip

    with qtbot.waitSignal(dialog.style_chosen) as chosen:
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert chosen.args == [expected]
    assert seen.chosen == [expected] and seen.previewed[-1] == expected
    assert not dialog.isVisible()

    path = tmp_path / "settings.ini"
    settings = Settings(path)
    expected.save(settings)
    settings.sync()
    assert OverlayStyle.from_settings(Settings(path)) == expected


def test_cancel_puts_the_original_style_back(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    dialog.font_size.setValue(48)
    dialog.high_contrast.click()
    with qtbot.waitSignal(dialog.style_previewed) as previewed:
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert previewed.args == [STARTING]
    assert not seen.chosen and not dialog.isVisible()


def test_escape_puts_the_original_style_back(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    dialog.lines.setValue(1)
    dialog.lines.setFocus()
    QTest.keyClick(dialog.lines, Qt.Key.Key_Escape)
    assert seen.previewed == [replace(STARTING, lines=1), STARTING]
    assert not seen.chosen and not dialog.isVisible()


def test_the_caption_bar_follows_the_dialog_and_returns_on_cancel(
    make_dialog: MakeDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    overlay = CaptionOverlay(Settings(path))
    qtbot.addWidget(overlay)
    original = overlay.style_settings
    dialog = make_dialog(original)
    dialog.style_previewed.connect(overlay.set_style)
    dialog.font_size.setValue(40)
    assert overlay.style_settings.font_size == 40
    dialog.reject()
    assert overlay.style_settings == original
    assert OverlayStyle.from_settings(Settings(path)) == original


# -- the high-contrast preset and the contrast line -------------------------------------------


def test_high_contrast_takes_over_the_colours(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    colour_controls: list[QWidget] = [dialog.text_color, dialog.background_color, dialog.opacity]
    assert all(w.isEnabled() for w in colour_controls)

    dialog.high_contrast.click()
    assert seen.previewed[-1] == replace(STARTING, high_contrast=True)
    assert not any(w.isEnabled() for w in colour_controls)
    drawn = seen.previewed[-1].effective()
    assert (drawn.text_color, drawn.background_color, drawn.background_opacity) == (
        HIGH_CONTRAST_TEXT, HIGH_CONTRAST_BACKGROUND, 1.0)  # fmt: skip
    assert drawn.text_color == "#ffff00" and drawn.background_color == "#000000"
    assert "meets WCAG AA" in dialog.contrast.text()

    # the preview is yellow on an opaque black bar, even over the white half of the backdrop
    image: QImage = dialog.preview.grab().toImage()
    bar = image.pixelColor(image.width() - 12, image.height() - 12)
    assert (bar.red(), bar.green(), bar.blue()) == (0, 0, 0)
    assert any(image.pixelColor(x, y).name() == "#ffff00" for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))  # fmt: skip

    dialog.high_contrast.click()
    assert all(w.isEnabled() for w in colour_controls)
    assert seen.previewed[-1] == STARTING  # the person's own colours come back


def test_contrast_line_warns_below_wcag_aa(make_dialog: MakeDialog) -> None:
    default = make_dialog(OverlayStyle())
    assert default.contrast.text().startswith("Contrast ")
    assert default.contrast.text().endswith(" — meets WCAG AA")
    assert default.contrast.property("warning") is False

    grey = OverlayStyle(text_color="#808080", background_color="#808080", background_opacity=0.3)
    dialog = make_dialog(grey)
    text = dialog.contrast.text()
    assert "below WCAG AA (4.5:1)" in text and "High contrast" in text and "more opacity" in text
    assert dialog.contrast.property("warning") is True
    assert dialog.contrast.accessibleName() == text

    dialog.high_contrast.click()  # the way out the warning offers
    assert dialog.contrast.text().endswith(" — meets WCAG AA")
    assert dialog.contrast.property("warning") is False


def test_contrast_line_follows_the_controls(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(OverlayStyle(text_color="#808080"))
    assert "meets WCAG AA" not in dialog.contrast.text()  # grey on 75 % black over a white window
    dialog.opacity.setValue(100)
    assert "meets WCAG AA" in dialog.contrast.text()


# -- keyboard and screen readers ----------------------------------------------------------------


def focusable(dialog: CaptionStyleDialog) -> list[QWidget]:
    return [
        w for w in dialog.findChildren(QWidget)
        if w.isVisibleTo(dialog) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)  # their line edit is part of them
    ]  # fmt: skip


@pytest.mark.parametrize("style", [STARTING, OverlayStyle(font_family=None, high_contrast=True)],
                         ids=["own colours", "app font, high contrast"])  # fmt: skip
def test_every_control_has_a_name_and_tab_reaches_it(
    make_dialog: MakeDialog, qtbot: QtBot, style: OverlayStyle
) -> None:
    dialog = make_dialog(style)
    controls = focusable(dialog)
    expected = 11 if not style.high_contrast else 7
    assert len(controls) == expected, [w.objectName() or type(w).__name__ for w in controls]
    unnamed = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName().strip()]
    assert not unnamed, f"controls without an accessible name: {unnamed}"

    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    controls[0].setFocus()
    seen: list[QWidget] = []
    for _ in range(len(controls) * 2):
        widget = QApplication.focusWidget()
        assert widget is not None
        while widget is not None and widget not in controls:  # a combo's or spin box's own line edit
            widget = widget.parentWidget()
        assert widget is not None
        seen.append(widget)
        dialog.focusNextChild()
    missing = [w.accessibleName() for w in controls if w not in seen]
    assert not missing, f"not reachable with Tab: {missing}"
    # and it goes round: after the last one comes the first one again
    assert seen.index(seen[0], 1) == len(controls)
    assert seen[: len(controls)] == seen[len(controls):]


def test_every_field_has_a_label_with_a_mnemonic(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(STARTING)
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for field in (dialog.font_family, dialog.font_size, dialog.text_color, dialog.background_color,
                  dialog.opacity, dialog.lines):  # fmt: skip
        assert "&" in buddies[field], field.accessibleName()
    for box in (dialog.default_font, dialog.show_source, dialog.high_contrast):
        assert "&" in box.text()  # a check box is its own label
    keys = [text[text.index("&") + 1].lower() for text in
            [*buddies.values(), *(b.text() for b in (dialog.default_font, dialog.show_source, dialog.high_contrast))]]
    assert len(keys) == len(set(keys)), keys


def test_a_mnemonic_moves_the_focus(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.font_family.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.wait_until(lambda: dialog.font_size.hasFocus())


def test_closing_the_dialog_closes_an_open_colour_picker(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog(STARTING)
    seen = Recorder(dialog)
    QTest.mouseClick(dialog.text_color, Qt.MouseButton.LeftButton)
    picker = dialog.text_color.picker
    assert picker is not None and picker.isVisible()
    picker.setCurrentColor(QColor("#00ff00"))
    dialog.reject()
    assert not picker.isVisible() and dialog.text_color.picker is None
    assert seen.previewed[-1] == STARTING  # the original style is the last word
