"""A history line as text: copied with its time and who spoke."""

from __future__ import annotations

from tests.ui.history.samples import TWO_WAY, seg
from translator_gui.ui.history.lines import segment_text


def test_a_copied_line_says_who_spoke() -> None:
    assert segment_text(TWO_WAY[3], interleaved=False) == "[0:00:08] Me: The budget is ready"
    assert segment_text(seg(1, "Hola", "Hello")) == "[0:00:02] Hola\n    Hello"  # no speaker, no label
