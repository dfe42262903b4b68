"""The app's asyncio loop inside Qt's: qasync's, with timers that are killed when cancelled and
fire on time.

qasync runs every ``call_later`` (and ``call_soon``, and ``call_at``) on a Qt timer of its own,
which it kills only once the timer has fired. A cancelled callback still wakes the loop when its
time comes: every audio append's send timeout (``asyncio.timeout``, 5 a second) and every sleep
cut short woke the GUI thread later for nothing. qasync's timers are also Qt's default coarse
ones, which fire up to 5 % early or late, and it rounds delays down to the millisecond: the audio
pump, which sleeps until its next frame is complete, woke early, found the frame short and slept
again — up to 13.7 wake-ups a second for 5 frames.

:class:`AppEventLoop` keeps qasync for everything else (running inside Qt's event loop, sockets,
executors, ``call_soon_threadsafe``) and schedules callbacks itself: one precise Qt timer per
timed callback, never earlier than asked (the delay rounded up to the millisecond), killed the
moment its handle is cancelled. ``call_soon`` — every task step, every future's callbacks, every
socket that became readable — goes on a ready queue, as in asyncio's own loops: one zero-delay Qt
timer runs the callbacks queued when it fires, in order, and those they queue run on the next turn
of Qt's loop, so a coroutine that yields with ``sleep(0)`` never starves the GUI. Starting and
firing a Qt timer per ``call_soon`` took about a tenth of the GUI thread's Python time while
streaming (py-spy); without it the whole app uses ≈ 2 % less CPU (tests/bench/peer_bench.py).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextvars
import math
from collections import deque
from collections.abc import Callable
from typing import Any

import qasync
from PySide6.QtCore import QObject, Qt, QTimerEvent

WORKERS = 4
"""Threads for blocking work at most (``asyncio.to_thread``): at launch the device listing, the audio
core's and the realtime stack's imports and the keyring may run at once."""


class _Timers(QObject):
    """The loop's scheduled callbacks: timed ones each on its own Qt timer (by timer id), those due
    now on the ready queue, run by one zero-delay timer."""

    def __init__(self) -> None:
        super().__init__()
        self._handles: dict[int, _QtTimerHandle] = {}
        self._ready: deque[asyncio.Handle] = deque()
        self._ready_timer = 0  # the zero-delay timer that runs the ready queue, while one is started
        self._stopped = False

    def __len__(self) -> int:
        return len(self._handles) + sum(not handle.cancelled() for handle in self._ready)

    def soon(self, handle: asyncio.Handle) -> None:
        if self._stopped:
            return
        if not self._ready_timer:  # first: from another thread this raises and queues nothing
            self._ready_timer = self._start_timer(0)
        self._ready.append(handle)

    def start(self, handle: _QtTimerHandle, delay: float) -> None:
        timer_id = self._start_timer(max(0, math.ceil(delay * 1000)))
        handle.timer_id = timer_id
        self._handles[timer_id] = handle

    def _start_timer(self, milliseconds: int) -> int:
        timer_id = self.startTimer(milliseconds, Qt.TimerType.PreciseTimer)
        if timer_id == 0:  # Qt could not make one: not from this thread, or no event dispatcher
            raise RuntimeError("the event loop's timer could not be started (called from another thread?)")
        return timer_id

    def discard(self, handle: _QtTimerHandle) -> None:
        if self._handles.pop(handle.timer_id, None) is not None:
            self.killTimer(handle.timer_id)

    def stop(self) -> None:
        """Kill every timer; nothing scheduled runs after this."""
        self._stopped = True
        for timer_id in self._handles:
            self.killTimer(timer_id)
        self._handles.clear()
        if self._ready_timer:
            self.killTimer(self._ready_timer)
            self._ready_timer = 0
        self._ready.clear()

    def timerEvent(self, event: QTimerEvent) -> None:
        timer_id = event.timerId()
        self.killTimer(timer_id)
        if timer_id == self._ready_timer:
            self._ready_timer = 0
            self._run_ready()
            return
        handle = self._handles.pop(timer_id, None)
        if handle is not None and not self._stopped and not handle.cancelled():
            handle._run()  # asyncio's own: an exception goes to the loop's exception handler

    def _run_ready(self) -> None:
        ready = self._ready
        try:
            for _ in range(len(ready)):  # those queued meanwhile wait for the next turn of Qt's loop
                if self._stopped:
                    return
                handle = ready.popleft()
                if not handle.cancelled():
                    handle._run()  # asyncio's own: an exception goes to the loop's exception handler
        finally:  # even when a KeyboardInterrupt or SystemExit got through
            if ready and not self._ready_timer and not self._stopped:
                self._ready_timer = self._start_timer(0)


class _QtTimerHandle(asyncio.TimerHandle):
    """A scheduled callback whose Qt timer goes as soon as it is cancelled."""

    __slots__ = ("_timers", "timer_id")

    def __init__(self, when: float, callback: Callable[..., object], args: tuple[Any, ...],
                 loop: asyncio.AbstractEventLoop, context: contextvars.Context | None, timers: _Timers) -> None:
        super().__init__(when, callback, args, loop, context)
        self._timers = timers
        self.timer_id = 0

    def cancel(self) -> None:
        if not self.cancelled():
            self._timers.discard(self)
        super().cancel()


def _check_callback(callback: object, method: str) -> None:
    """What asyncio's own loops check in debug mode before scheduling a callback."""
    if asyncio.iscoroutinefunction(callback):
        raise TypeError(f"coroutines cannot be used with {method}")
    if not callable(callback):
        raise TypeError(f"callback must be callable: {type(callback).__name__}")


class AppEventLoop(qasync.QEventLoop):  # type: ignore[misc]  # qasync has no type hints
    """qasync's event loop with :class:`_Timers` scheduling ``call_soon``, ``call_later`` and
    ``call_at``. Like asyncio's own loops, callbacks are checked (not coroutine functions, callable)
    only in debug mode."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._timers = _Timers()  # first: from the loop's first call_soon on, callbacks are scheduled here
        super().__init__(*args, **kwargs)
        # qasync's own default executor starts ten threads at the first ``to_thread``, and they live
        # as long as the app, each with its stack and, once it has run something, its own malloc
        # arena; the app needs one or two at a time (listing devices, loading modules, the keyring).
        # Python's pool starts a thread only when no idle one is there.
        self.set_default_executor(concurrent.futures.ThreadPoolExecutor(WORKERS, thread_name_prefix="worker"))

    @property
    def scheduled(self) -> int:
        """Callbacks waiting for their time (cancelled ones are not)."""
        return len(self._timers)

    def call_later(self, delay: float, callback: Callable[..., object], *args: Any,
                   context: contextvars.Context | None = None) -> asyncio.TimerHandle:
        if self.get_debug():
            _check_callback(callback, "call_later")
        handle = _QtTimerHandle(self.time() + max(0.0, delay), callback, args, self, context, self._timers)
        self._timers.start(handle, delay)
        return handle

    def call_at(self, when: float, callback: Callable[..., object], *args: Any,
                context: contextvars.Context | None = None) -> asyncio.TimerHandle:
        return self.call_later(when - self.time(), callback, *args, context=context)

    def call_soon(self, callback: Callable[..., object], *args: Any,
                  context: contextvars.Context | None = None) -> asyncio.Handle:
        if self.get_debug():
            _check_callback(callback, "call_soon")
        handle = asyncio.Handle(callback, args, self, context)
        self._timers.soon(handle)
        return handle

    def close(self) -> None:
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        self._timers.stop()
        super().close()
