"""The caption bar's style as a value: the high-contrast preset and the default both readable."""

from __future__ import annotations

from dataclasses import replace

from translator_gui.ui.captions.style import OverlayStyle


def test_high_contrast_preset_meets_wcag_aa() -> None:
    preset = OverlayStyle(text_color="#777777", background_color="#666666", high_contrast=True)
    assert preset.worst_contrast() >= 7.0  # AA needs 4.5:1; the preset even meets AAA
    assert OverlayStyle().worst_contrast() >= 4.5  # the default, over anything behind it
    assert replace(preset, high_contrast=False).worst_contrast() < 4.5  # what the preset fixes
