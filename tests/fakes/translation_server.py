"""A fake ``/v1/realtime/translations`` server on loopback, for tests of the real client stack.

It speaks only what the real service speaks: every client message is validated with the SDK's
``RealtimeTranslationClientEvent`` plus the documented rules (invalid ones get an ``error`` event and
the session stays open), and every event it emits is validated with ``RealtimeTranslationServerEvent``
first (an invalid one is a bug in the test: recorded, and raised when the server stops).

Two ways to run it:

* ``async with FakeTranslationServer() as server:`` on the caller's event loop; script it with plain
  method calls and wait with ``await server.wait_for(predicate, timeout)``.
* ``with FakeServerThread() as server:`` on its own loop in a daemon thread, for tests whose app runs
  on the main thread (Qt/qasync); every method is thread-safe, ``snapshot()`` copies the state, and
  ``check()``/``wait_until()``/``wait_for()`` evaluate predicates under the server's lock.
"""

from __future__ import annotations

import asyncio
import copy
import threading
from collections.abc import Callable, Collection
from concurrent.futures import Future
from types import TracebackType
from typing import Any, Literal, TypeVar

import numpy.typing as npt

from tests.fakes.translation_core import FakeTranslationServer, Predicate
from tests.fakes.translation_script import FRAME_MS, IMMEDIATE, Delivery, Utterance, tone
from tests.fakes.translation_state import FakeState

__all__ = ["Delivery", "FakeServerThread", "FakeState", "FakeTranslationServer", "Predicate", "tone"]

T = TypeVar("T")


class FakeServerThread:
    """``FakeTranslationServer`` on its own event loop in a daemon thread; every method is thread-safe.

    For app tests on the Qt main thread: poll with ``check()`` (e.g. from ``qtbot.waitUntil``) or
    await ``wait_for()`` from any event loop; ``wait_until()`` blocks the calling thread.
    """

    def __init__(
        self,
        *,
        api_keys: Collection[str] = ("sk-test",),
        models: Collection[str] | None = None,
        host: str = "127.0.0.1",
        call_timeout: float = 10.0,
        session_lifetime: float = 3600.0,
        echo_ms: int | None = None,
        echo_speech: bool = False,
    ) -> None:
        self._server = FakeTranslationServer(
            api_keys=api_keys,
            models=models,
            host=host,
            session_lifetime=session_lifetime,
            echo_ms=echo_ms,
            echo_speech=echo_speech,
        )
        self._call_timeout = call_timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> FakeServerThread:
        started: Future[None] = Future()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._server.start())
            except BaseException as exc:
                started.set_exception(exc)
                loop.close()
                return
            started.set_result(None)
            try:
                loop.run_forever()
            finally:
                loop.run_until_complete(loop.shutdown_asyncgens())
                loop.close()

        self._thread = threading.Thread(target=run, name="fake-translation-server", daemon=True)
        self._thread.start()
        started.result(timeout=self._call_timeout)
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self._server.stop(), loop).result(timeout=self._call_timeout)
        except AssertionError:
            if exc is None:
                raise
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=self._call_timeout)

    def _call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        assert self._loop is not None, "use FakeServerThread as a context manager"

        async def job() -> T:
            return fn(*args, **kwargs)

        return asyncio.run_coroutine_threadsafe(job(), self._loop).result(timeout=self._call_timeout)

    # addresses
    @property
    def port(self) -> int:
        return self._server.port

    @property
    def base_url(self) -> str:
        return self._server.base_url

    @property
    def url(self) -> str:
        return self._server.url

    async def run(self, fn: Callable[[FakeTranslationServer], T]) -> T:
        """``fn(server)`` on the server's own loop, awaited without blocking the caller's loop (for
        scripting a burst — thousands of events, a huge message — while the caller measures its loop)."""
        assert self._loop is not None, "use FakeServerThread as a context manager"

        async def job() -> T:
            return fn(self._server)

        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(job(), self._loop))

    # scripting: same meaning as on FakeTranslationServer
    def say(
        self,
        source: str,
        translation: str,
        audio: npt.NDArray[Any] | bytes | None = None,
        *,
        after_input_ms: float = 0.0,
        hold_until_close: bool = False,
        delivery: Delivery = IMMEDIATE,
        audio_chunk_ms: int = FRAME_MS,
    ) -> Utterance:
        return self._call(
            self._server.say,
            source,
            translation,
            audio,
            after_input_ms=after_input_ms,
            hold_until_close=hold_until_close,
            delivery=delivery,
            audio_chunk_ms=audio_chunk_ms,
        )

    def emit_event(self, event: dict[str, Any]) -> None:
        self._call(self._server.emit_event, event)

    def emit_error(
        self,
        message: str,
        *,
        code: str | None = None,
        error_type: str = "invalid_request_error",
        param: str | None = None,
    ) -> None:
        self._call(self._server.emit_error, message, code=code, error_type=error_type, param=param)

    def emit_raw(self, text: str) -> None:
        self._call(self._server.emit_raw, text)

    def drop(self, kind: Literal["close1006", "reset"] = "close1006", *, after_input_ms: float = 0.0) -> None:
        self._call(self._server.drop, kind, after_input_ms=after_input_ms)

    def close_connection(self, code: int = 1000, reason: str = "") -> None:
        self._call(self._server.close_connection, code, reason)

    def stop_reading(self) -> None:
        self._call(self._server.stop_reading)

    def read_slowly(self, speed: float | None) -> None:
        self._call(self._server.read_slowly, speed)

    def set_close_after_setup(self, code: int | None = 1008, reason: str = "Policy violation") -> None:
        self._call(self._server.set_close_after_setup, code, reason)

    def reject_handshakes(
        self,
        status: int,
        *,
        message: str | None = None,
        code: str | None = None,
        error_type: str = "invalid_request_error",
        times: int | None = None,
    ) -> None:
        self._call(
            self._server.reject_handshakes,
            status,
            message=message,
            code=code,
            error_type=error_type,
            times=times,
        )

    def accept_handshakes(self) -> None:
        self._call(self._server.accept_handshakes)

    def set_answer_close(self, answer: bool) -> None:
        self._call(self._server.set_answer_close, answer)

    def set_greet(self, greet: bool) -> None:
        self._call(self._server.set_greet, greet)

    # inspecting
    def snapshot(self) -> FakeState:
        """A deep copy of the state, taken under the server's lock."""
        with self._server.lock:
            return copy.deepcopy(self._server.state)

    def check(self, predicate: Predicate) -> bool:
        """``predicate(state)`` evaluated once under the lock; never blocks (for ``qtbot.waitUntil``)."""
        with self._server.lock:
            return predicate(self._server.state)

    def wait_until(self, predicate: Predicate, timeout: float) -> bool:
        """Block this thread until ``predicate(state)`` holds (re-checked on every change)."""
        with self._server.lock:
            return self._server.lock.wait_for(lambda: predicate(self._server.state), timeout=timeout)

    async def wait_for(self, predicate: Predicate, timeout: float) -> bool:  # noqa: ASYNC109
        """``wait_until`` from any event loop (e.g. the app's qasync loop) without blocking it."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, self.wait_until, predicate, timeout)
