"""The one bridge: caption deltas coalesced to one repaint per frame, each side's kept apart."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from translator_gui.meeting.events import LiveCaption, Notice
from translator_gui.side import Side
from translator_gui.transcript.segment import Segment
from translator_gui.ui.bridge import MeetingBridge


def test_a_burst_of_deltas_is_one_repaint_per_side_with_the_latest_text(qtbot: QtBot) -> None:
    bridge = MeetingBridge()
    shown: list[tuple[str, str, Side]] = []
    bridge.live_caption_changed.connect(lambda translation, source, side: shown.append((translation, source, side)))
    for words in ("Hal", "Hallo", "Hallo zusammen"):
        bridge.deliver(LiveCaption(words, "Hello everyone", Side.THEM))
    bridge.deliver(LiveCaption("I am", "Ich bin", Side.ME))
    qtbot.wait_until(lambda: len(shown) == 2)
    assert sorted(shown) == [("Hallo zusammen", "Hello everyone", Side.THEM), ("I am", "Ich bin", Side.ME)]


def test_completed_lines_and_other_events_pass_at_once(qtbot: QtBot) -> None:
    bridge = MeetingBridge()
    with qtbot.wait_signal(bridge.segment_completed) as completed:
        bridge.deliver(Segment(0.0, 1.0, "Hello.", "Hallo.", "de", speaker=Side.THEM))
    assert completed.args == [Segment(0.0, 1.0, "Hello.", "Hallo.", "de", speaker=Side.THEM)]
    with qtbot.wait_signal(bridge.meeting_event) as event:
        bridge.deliver(Notice("Live — translating into Deutsch"))
    assert event.args == [Notice("Live — translating into Deutsch")]
