"""WCAG contrast ratios of known colour pairs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from translator_gui.ui.captions.contrast import contrast_ratio


def test_contrast_ratio_of_known_pairs() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
