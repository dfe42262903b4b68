"""How the caption bar looks: font, size, colours, opacity, lines, source line, high contrast.

People who read the bar all meeting long pick what they can read.  Every change is sent at once
through ``style_previewed`` so the bar itself shows it; OK sends the result through
``style_chosen``; Cancel (or Escape, or closing the window) sends the original style through
``style_previewed`` so the bar goes back to how it was.

Shown with ``open()`` (never ``exec()``: a nested event loop would stall the asyncio tasks that
carry live audio); the colour pickers are opened the same way.  A line under the preview says
whether the text stands out enough from the bar (WCAG 2.x contrast, 4.5:1 for AA) over whatever
the bar floats above — a black or a white window, the two extremes.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from translator_gui.settings import OVERLAY_FONT_SIZE_RANGE
from translator_gui.ui.captions.contrast import WCAG_AA, contrast_text
from translator_gui.ui.captions.preview import CaptionPreview
from translator_gui.ui.captions.style import OverlayStyle

LINES_RANGE = (1, 3)


class ColorButton(QPushButton):
    """A button that shows a colour (a swatch and its #rrggbb) and opens a colour picker."""

    color_changed = Signal(str)  # "#rrggbb", while picking and when picked

    def __init__(self, color: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._color = QColor(color).name()
        self._before_picking = self._color
        self._picker: QColorDialog | None = None
        self.setAccessibleName(title)
        self.clicked.connect(self.pick)
        self._show_color()

    @property
    def color(self) -> str:
        return self._color

    @property
    def picker(self) -> QColorDialog | None:
        """The colour picker while it is open."""
        return self._picker

    def set_color(self, color: str) -> None:
        name = QColor(color).name()
        if name == self._color:
            return
        self._color = name
        self._show_color()
        self.color_changed.emit(name)

    def pick(self) -> None:
        if self._picker is not None:
            self._picker.raise_()
            self._picker.activateWindow()
            return
        self._before_picking = self._color
        picker = QColorDialog(QColor(self._color), self.window())
        picker.setWindowTitle(self._title)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        picker.currentColorChanged.connect(self._on_current_color)
        picker.colorSelected.connect(self._on_current_color)
        picker.rejected.connect(self._on_rejected)
        picker.finished.connect(self._on_finished)
        self._picker = picker
        picker.open()

    def _on_current_color(self, color: QColor) -> None:
        if color.isValid():
            self.set_color(color.name())

    def _on_rejected(self) -> None:
        self.set_color(self._before_picking)

    def _on_finished(self, _result: int) -> None:
        self._picker = None

    def close_picker(self) -> None:
        """Close an open picker, keeping the colour it shows."""
        picker, self._picker = self._picker, None
        if picker is None:
            return
        picker.currentColorChanged.disconnect(self._on_current_color)
        picker.colorSelected.disconnect(self._on_current_color)
        picker.rejected.disconnect(self._on_rejected)
        picker.close()

    def _show_color(self) -> None:
        swatch = QPixmap(18, 18)
        swatch.fill(QColor(self._color))
        painter = QPainter(swatch)
        painter.setPen(self.palette().windowText().color())
        painter.drawRect(0, 0, 17, 17)
        painter.end()
        self.setIcon(QIcon(swatch))
        self.setText(self._color)
        self.setAccessibleDescription(self._color)


class CaptionStyleDialog(QDialog):
    style_previewed = Signal(object)  # OverlayStyle: show it on the bar now
    style_chosen = Signal(object)  # OverlayStyle: OK was pressed; keep it

    def __init__(self, parent: QWidget | None, style: OverlayStyle) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Caption bar style"))
        self.setObjectName("captionStyleDialog")
        self._original = style
        self._style = style

        # -- font ------------------------------------------------------------------------------
        self.font_family = QFontComboBox(self)
        self.font_family.setObjectName("captionFontFamily")
        self.font_family.setAccessibleName(self.tr("Caption font"))
        if style.font_family:
            self.font_family.setCurrentFont(QFont(style.font_family))
        else:
            self.font_family.setCurrentFont(self.font())
        self.font_family.setEnabled(style.font_family is not None)
        self.default_font = QCheckBox(self.tr("Use the app's &default font"), self)
        self.default_font.setObjectName("captionDefaultFont")
        self.default_font.setAccessibleName(self.tr("Use the app's default font"))
        self.default_font.setChecked(style.font_family is None)

        low, high = OVERLAY_FONT_SIZE_RANGE
        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("captionFontSize")
        self.font_size.setAccessibleName(self.tr("Text size in points"))
        self.font_size.setRange(low, high)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(style.font_size)

        # -- colours ---------------------------------------------------------------------------
        self.text_color = ColorButton(style.text_color, self.tr("Text colour"), self)
        self.text_color.setObjectName("captionTextColor")
        self.background_color = ColorButton(style.background_color, self.tr("Background colour"), self)
        self.background_color.setObjectName("captionBackgroundColor")

        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setObjectName("captionBackgroundOpacity")
        self.opacity.setAccessibleName(self.tr("Background opacity"))
        self.opacity.setRange(0, 100)
        self.opacity.setSingleStep(5)
        self.opacity.setPageStep(10)
        self.opacity.setValue(round(style.background_opacity * 100))
        self.opacity_value = QLabel(self)
        self.opacity_value.setObjectName("captionOpacityValue")
        self.opacity_value.setMinimumWidth(self.opacity_value.fontMetrics().horizontalAdvance("100 %") + 4)
        self._show_opacity(self.opacity.value())

        # -- lines and presets -----------------------------------------------------------------
        self.lines = QSpinBox(self)
        self.lines.setObjectName("captionLines")
        self.lines.setAccessibleName(self.tr("Number of caption lines"))
        self.lines.setRange(*LINES_RANGE)
        self.lines.setValue(style.lines)
        self.show_source = QCheckBox(self.tr("Show &what was said under the translation"), self)
        self.show_source.setObjectName("captionShowSource")
        self.show_source.setAccessibleName(self.tr("Show what was said under the translation"))
        self.show_source.setChecked(style.show_source)
        self.high_contrast = QCheckBox(self.tr("&High contrast (yellow on black)"), self)
        self.high_contrast.setObjectName("captionHighContrast")
        self.high_contrast.setAccessibleName(self.tr("High contrast, yellow on black"))
        self.high_contrast.setChecked(style.high_contrast)

        # -- preview and contrast --------------------------------------------------------------
        self.preview = CaptionPreview(style, self)
        self.contrast = QLabel(self)
        self.contrast.setObjectName("captionContrast")
        self.contrast.setWordWrap(True)
        self.contrast.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(self.tr("OK, keep this style"))
        ok.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel, put the caption bar back as it was")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # -- layout ----------------------------------------------------------------------------
        form = QFormLayout()
        font_row = QVBoxLayout()
        font_row.addWidget(self.font_family)
        font_row.addWidget(self.default_font)
        self._add_row(form, self.tr("&Font:"), self.font_family, font_row)
        self._add_row(form, self.tr("Si&ze:"), self.font_size)
        self._add_row(form, self.tr("&Text colour:"), self.text_color)
        self._add_row(form, self.tr("&Background colour:"), self.background_color)
        opacity_row = QHBoxLayout()
        opacity_row.addWidget(self.opacity, stretch=1)
        opacity_row.addWidget(self.opacity_value)
        self._add_row(form, self.tr("Background o&pacity:"), self.opacity, opacity_row)
        self._add_row(form, self.tr("&Lines:"), self.lines)
        form.addRow(self.show_source)
        form.addRow(self.high_contrast)

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Changes show on the caption bar as you make them. OK keeps them; Cancel puts the bar "
                               "back as it was."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(self.contrast)
        layout.addWidget(self.buttons)

        order: list[QWidget] = [
            self.font_family, self.default_font, self.font_size, self.text_color, self.background_color,
            self.opacity, self.lines, self.show_source, self.high_contrast,
            ok, self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]  # fmt: skip
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

        self._enable_colours()
        self._show_contrast()

        # Connected last: setting the initial values above must not send previews.
        self.font_family.currentFontChanged.connect(self._on_font)
        self.default_font.toggled.connect(self._on_default_font)
        self.font_size.valueChanged.connect(lambda points: self._change(replace(self._style, font_size=int(points))))
        self.text_color.color_changed.connect(lambda color: self._change(replace(self._style, text_color=color)))
        self.background_color.color_changed.connect(
            lambda color: self._change(replace(self._style, background_color=color))
        )
        self.opacity.valueChanged.connect(self._on_opacity)
        self.lines.valueChanged.connect(lambda lines: self._change(replace(self._style, lines=int(lines))))
        self.show_source.toggled.connect(lambda on: self._change(replace(self._style, show_source=bool(on))))
        self.high_contrast.toggled.connect(self._on_high_contrast)

    # -- values --------------------------------------------------------------------------------

    @property
    def original_style(self) -> OverlayStyle:
        return self._original

    def _change(self, style: OverlayStyle) -> None:
        if style == self._style:
            return
        self._style = style
        self.preview.set_style(style)
        self._show_contrast()
        self.style_previewed.emit(style)

    def _on_font(self, font: QFont) -> None:
        if not self.default_font.isChecked():
            self._change(replace(self._style, font_family=font.family()))

    def _on_default_font(self, use_default: bool) -> None:
        self.font_family.setEnabled(not use_default)
        family = None if use_default else self.font_family.currentFont().family()
        self._change(replace(self._style, font_family=family))

    def _on_opacity(self, percent: int) -> None:
        self._show_opacity(percent)
        self._change(replace(self._style, background_opacity=percent / 100))

    def _on_high_contrast(self, on: bool) -> None:
        self._enable_colours(on)
        self._change(replace(self._style, high_contrast=bool(on)))

    # -- what is shown -------------------------------------------------------------------------

    def _show_opacity(self, percent: int) -> None:
        self.opacity_value.setText(f"{percent} %")
        self.opacity.setAccessibleDescription(f"{percent} %")

    def _enable_colours(self, high_contrast: bool | None = None) -> None:
        on = self.high_contrast.isChecked() if high_contrast is None else high_contrast
        for widget in (self.text_color, self.background_color, self.opacity, self.opacity_value):
            widget.setEnabled(not on)
        tip = self.tr("Set by High contrast; turn it off to choose your own.") if on else ""
        for widget in (self.text_color, self.background_color, self.opacity):
            widget.setToolTip(tip)

    def _show_contrast(self) -> None:
        text = contrast_text(self._style)
        self.contrast.setText(text)
        self.contrast.setAccessibleName(text)
        warning = self._style.worst_contrast() < WCAG_AA
        self.contrast.setProperty("warning", warning)
        font = self.contrast.font()
        font.setBold(warning)  # the words say it; bold makes it hard to miss
        self.contrast.setFont(font)

    # -- closing -------------------------------------------------------------------------------

    def accept(self) -> None:
        self._close_pickers()
        super().accept()
        self.style_chosen.emit(self._style)

    def reject(self) -> None:
        self._close_pickers()
        super().reject()
        self.style_previewed.emit(self._original)

    def _close_pickers(self) -> None:
        for button in (self.text_color, self.background_color):
            button.close_picker()

    def _add_row(self, form: QFormLayout, text: str, buddy: QWidget, field: QLayout | None = None) -> QLabel:
        """A labelled row whose mnemonic moves the focus to ``buddy``."""
        label = QLabel(text, self)
        label.setBuddy(buddy)
        if field is None:
            form.addRow(label, buddy)
        else:
            form.addRow(label, field)
        return label


__all__ = ["CaptionStyleDialog", "ColorButton"]
