"""The app's event loop: callbacks in order, never early, and a cancelled one neither runs nor keeps
a Qt timer that would wake the GUI thread for nothing."""

from __future__ import annotations

import asyncio
import contextvars
import threading

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from translator_gui.realtime.session import SEND_STALL_SECONDS
from translator_gui.ui.event_loop import WORKERS, AppEventLoop


@pytest.fixture
def loop(qloop: asyncio.AbstractEventLoop) -> AppEventLoop:
    assert isinstance(qloop, AppEventLoop)
    return qloop


def test_call_soon_runs_in_order_with_its_arguments_and_context(qtbot: QtBot, loop: AppEventLoop) -> None:
    seen: list[tuple[int, str]] = []
    where: contextvars.ContextVar[str] = contextvars.ContextVar("where", default="outside")
    context = contextvars.copy_context()
    context.run(where.set, "inside")
    for i in range(50):
        loop.call_soon(lambda n: seen.append((n, where.get())), i, context=context if i == 7 else None)
    qtbot.wait_until(lambda: len(seen) == 50)
    assert [n for n, _ in seen] == list(range(50))
    assert seen[7] == (7, "inside") and seen[8] == (8, "outside")
    assert loop.scheduled == 0


def test_a_timer_never_fires_before_its_time(qtbot: QtBot, loop: AppEventLoop) -> None:
    """The pump sleeps until its frame is complete: a wake-up even 1 ms early finds it short."""
    lateness: list[float] = []
    for delay in (0.0123, 0.05, 0.19, 0.2001):
        when = loop.time() + delay
        loop.call_at(when, lambda w=when: lateness.append(loop.time() - w))
    qtbot.wait_until(lambda: len(lateness) == 4, timeout=5_000)
    assert min(lateness) >= 0.0, lateness


def test_a_cancelled_callback_neither_runs_nor_keeps_its_timer(qtbot: QtBot, loop: AppEventLoop) -> None:
    ran: list[str] = []
    before = loop.scheduled
    cancelled = [loop.call_later(0.05, ran.append, "cancelled") for _ in range(20)]
    kept = loop.call_later(0.1, ran.append, "kept")
    assert loop.scheduled == before + 21
    for handle in cancelled:
        handle.cancel()
        handle.cancel()  # twice is harmless
    assert loop.scheduled == before + 1  # the 20 timers are gone now, not when they would have fired
    qtbot.wait_until(lambda: ran == ["kept"], timeout=5_000)
    assert not kept.cancelled()
    assert loop.scheduled == before


def test_asyncio_timeouts_and_sleeps_leave_no_timer_behind(qtbot: QtBot, loop: AppEventLoop) -> None:
    """What every audio append does: a send under the send-stall timeout that finishes at once."""
    outcome: list[str] = []

    async def appends() -> None:
        for _ in range(100):
            async with asyncio.timeout(SEND_STALL_SECONDS):
                await asyncio.sleep(0)
        outcome.append(f"left {loop.scheduled}")
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(10)
        except TimeoutError:
            outcome.append("timed out")

    loop.create_task(appends())
    qtbot.wait_until(lambda: len(outcome) == 2, timeout=5_000)
    assert outcome == ["left 0", "timed out"]
    qtbot.wait_until(lambda: loop.scheduled == 0)


def test_an_exception_in_a_callback_goes_to_the_exception_handler(qtbot: QtBot, loop: AppEventLoop) -> None:
    handled: list[object] = []
    after: list[str] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: handled.append(context.get("exception")))
    try:
        loop.call_soon(lambda: 1 / 0)
        loop.call_soon(after.append, "still running")
        qtbot.wait_until(lambda: after == ["still running"])
    finally:
        loop.set_exception_handler(previous)
    assert len(handled) == 1 and isinstance(handled[0], ZeroDivisionError)


def test_debug_mode_refuses_a_coroutine_function(qtbot: QtBot, loop: AppEventLoop) -> None:
    async def coroutine() -> None:
        pass

    loop.set_debug(True)
    try:
        with pytest.raises(TypeError, match="coroutines cannot be used"):
            loop.call_soon(coroutine)
        with pytest.raises(TypeError, match="must be callable"):
            loop.call_later(1, "not a function")  # type: ignore[arg-type]
    finally:
        loop.set_debug(False)
    qtbot.wait_until(lambda: loop.scheduled == 0)  # set_debug schedules a call of its own, each time


def test_nothing_scheduled_runs_after_close(qtbot: QtBot, qapp: object, loop: AppEventLoop) -> None:
    other = AppEventLoop(qapp)
    ran: list[str] = []
    other.call_later(0.01, ran.append, "late")
    other.call_soon(ran.append, "soon")
    assert other.scheduled == 2
    other.close()
    assert other.scheduled == 0
    marker: list[str] = []
    loop.call_later(0.05, marker.append, "done")  # well after both were due
    qtbot.wait_until(lambda: marker == ["done"])
    assert ran == []


def test_a_coroutine_that_keeps_yielding_does_not_starve_the_gui(qtbot: QtBot, loop: AppEventLoop) -> None:
    """Callbacks queued by a ready callback run on the next turn of Qt's loop, so Qt's own timers
    and events come in between."""
    turns: list[int] = []
    spins = [0]
    stop = asyncio.Event()

    async def spin() -> None:
        while not stop.is_set():
            spins[0] += 1
            await asyncio.sleep(0)

    def look(last: bool) -> None:
        turns.append(spins[0])
        if last:
            stop.set()

    task = loop.create_task(spin())
    QTimer.singleShot(20, lambda: look(last=False))
    QTimer.singleShot(40, lambda: look(last=True))
    qtbot.wait_until(lambda: task.done(), timeout=5_000)
    assert len(turns) == 2 and 0 < turns[0] < turns[1], turns


def test_a_callback_queued_while_the_queue_runs_comes_after_all_queued_before(qtbot: QtBot, loop: AppEventLoop) -> None:
    seen: list[str] = []

    def first() -> None:
        seen.append("first")
        loop.call_soon(seen.append, "queued by first")

    loop.call_soon(first)
    loop.call_soon(seen.append, "second")
    cancelled = loop.call_soon(seen.append, "cancelled")
    loop.call_soon(seen.append, "third")
    cancelled.cancel()
    assert loop.scheduled == 3
    qtbot.wait_until(lambda: len(seen) == 4)
    assert seen == ["first", "second", "third", "queued by first"]
    qtbot.wait_until(lambda: loop.scheduled == 0)


def test_blocking_work_starts_a_thread_only_when_none_is_idle(qtbot: QtBot, loop: AppEventLoop) -> None:
    """Tasks one at a time need no new threads; many at once run on at most WORKERS."""
    release = threading.Event()
    waiting: list[str] = []

    def name(wait: bool) -> str:
        if wait:
            waiting.append(threading.current_thread().name)
            release.wait(10)
        return threading.current_thread().name

    async def one_by_one() -> set[str]:
        return {await asyncio.to_thread(name, False) for _ in range(6)}

    task = loop.create_task(one_by_one())
    qtbot.wait_until(task.done)
    # A thread that has just handed its result back may not count as idle yet when the next task
    # comes, so a second one can start; never more.
    assert 1 <= len(task.result()) <= 2 and all(n.startswith("worker") for n in task.result())

    together = loop.create_task(asyncio.wait_for(asyncio.gather(*(asyncio.to_thread(name, True)
                                                                  for _ in range(WORKERS * 2))), 20))
    qtbot.wait_until(lambda: len(waiting) == WORKERS)
    release.set()
    qtbot.wait_until(together.done)
    assert len(set(together.result())) == WORKERS
