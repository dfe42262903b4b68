"""A Qt binding that drops one reference to None, True or False per call kills a long meeting:
on Python 3.11 those objects are not immortal, so the app aborts once the count reaches zero
(PySide6 6.12.0 did this on every signal emission and every qasync callback). This measures the
app's hot paths — asyncio timers and signal emissions on the qasync loop — for such a drift."""

from __future__ import annotations

import asyncio
import sys

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

ROUNDS = 2_000


class _Emitter(QObject):
    anything = Signal(object)
    texts = Signal(str, str)


def _drift(before: dict[str, int]) -> dict[str, int]:
    after = {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}
    return {k: after[k] - before[k] for k in after}


def _counts() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True), "False": sys.getrefcount(False)}


def test_signal_emission_keeps_singleton_references(qtbot: QtBot) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.anything.connect(received.append)
    emitter.texts.connect(lambda a, b: None)
    before = _counts()
    for i in range(ROUNDS):
        emitter.anything.emit(None)
        emitter.anything.emit(i % 2 == 0)
        emitter.texts.emit("a", "b")
    received.clear()
    drift = _drift(before)
    assert all(abs(d) < ROUNDS // 10 for d in drift.values()), drift


def test_asyncio_callbacks_on_the_qt_loop_keep_singleton_references(
    qtbot: QtBot, qloop: asyncio.AbstractEventLoop
) -> None:
    done: list[dict[str, int]] = []

    async def churn() -> None:
        before = _counts()
        for _ in range(ROUNDS):
            await asyncio.sleep(0)
            future = qloop.create_future()
            qloop.call_soon_threadsafe(future.set_result, None)
            await future
        done.append(_drift(before))

    task = qloop.create_task(churn())
    qtbot.wait_until(lambda: bool(done), timeout=30_000)
    assert task.done()
    assert all(abs(d) < ROUNDS // 10 for d in done[0].values()), done[0]
