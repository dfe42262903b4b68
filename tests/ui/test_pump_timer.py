"""On the app's event loop (qasync on Qt's coarse timers) the pump's sleep for the next frame
fires no earlier than asked: a sleep that ends early finds the frame incomplete and costs the
whole app another wake-up."""

from __future__ import annotations

import asyncio
import random
import time

from pytestqt.qtbot import QtBot

from translator_gui.meeting.pipeline import timer_delay

SLEEP = 0.19  # the pump's usual sleep: a 200 ms frame, less what came in meanwhile
TRIES = 12


def _fired_after(loop: asyncio.AbstractEventLoop, qtbot: QtBot, delay: float) -> float:
    fired: list[float] = []
    asked = time.monotonic()
    loop.call_later(delay, lambda: fired.append(time.monotonic()))
    qtbot.wait_until(lambda: bool(fired), timeout=2_000)
    return fired[0] - asked


def test_the_pumps_sleep_fires_no_earlier_than_the_frame_is_due(
    qloop: asyncio.AbstractEventLoop, qtbot: QtBot,
) -> None:
    phases = random.Random(7)
    plain, padded = [], []
    for _ in range(TRIES):  # at phases spread over Qt's 25 ms alignment
        qtbot.wait(phases.randrange(1, 25))
        plain.append(_fired_after(qloop, qtbot, SLEEP))
        padded.append(_fired_after(qloop, qtbot, timer_delay(SLEEP)))
    print(f"asked {SLEEP * 1000:.0f} ms: plain fired after {min(plain) * 1000:.1f}–{max(plain) * 1000:.1f} ms, "
          f"padded {min(padded) * 1000:.1f}–{max(padded) * 1000:.1f} ms")
    assert min(plain) < SLEEP - 0.002, "Qt's coarse timers fire early (what the padding is for)"
    assert min(padded) >= SLEEP - 0.0015  # Qt counts whole milliseconds
    assert timer_delay(0.005) == 0.005 and timer_delay(-1.0) == 0.0  # short timers are exact
