"""One direction of translation: a source device → a realtime engine → captions, transcript, speech.

The pipeline owns the cadence of the session. It streams the capture (24 kHz PCM16 after
resampling) to the engine, silence included, in appends of exactly one 200 ms frame — the unit the
service works in, so a frame sent in pieces would only wait at the server for its last piece. It
wakes when the next frame should be complete (the source says when its audio will be ready),
sends it at once, and otherwise sleeps: a few wake-ups a second instead of one per capture block.
Engine events flow the other way: text into the caption segmenter
(completed segments are handed to the journal's writer *before* anyone is told about them), translated
speech into the playback jitter buffer, and everything a person should see to a single
``listener`` callback. No Qt here: the UI subscribes through that callback.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from datetime import datetime
from typing import Any, Protocol

from translator_gui.audio.capture import CaptureChunk
from translator_gui.i18n import translate
from translator_gui.meeting.backlog import AudioBacklog
from translator_gui.meeting.events import LiveCaption
from translator_gui.meeting.latency import LatencyRecorder
from translator_gui.meeting.problem_gate import ProblemGate
from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime import failures
from translator_gui.realtime.engine import (
    Engine,
    EngineEvent,
    EventSink,
    Hurrying,
    LineEnd,
    Problem,
    ProblemKind,
    SessionState,
    SourceText,
    Status,
    TargetAudio,
    TargetText,
    TokenUsage,
    Usage,
)
from translator_gui.side import Side
from translator_gui.transcript.journal import Journal
from translator_gui.transcript.segment import Segment, gap_note
from translator_gui.transcript.segmenter import CaptionSegmenter

log = logging.getLogger(__name__)

FRAME_BYTES = BYTES_PER_SECOND // 5  # 200 ms, one engine frame: the size of every append
IDLE_INTERVAL = 0.2
"""Longest sleep of the pump: it drains the capture and closes captions that time alone closes."""
RETRY_INTERVAL = 0.005
"""Shortest sleep of the pump: when a frame the source expected is not complete yet (a late block)."""
# Seconds without translated audio after which the phrase is over and its tail is played out.
# Longer than any wait the playback buffer can bridge (its delay is at most 400 ms, plus a
# 200 ms delta, with room): a shorter gap is late speech, and ending the phrase there would
# hide the wait from the adaptive delay, which then never learns to bridge it.
SPEECH_END_GAP = 0.7


RESUME_BACKLOG_SECONDS = 3.0
"""Of the audio held during an outage, how much is still sent when the connection is back (the
last seconds before it); the rest is skipped so the captions resume live, not minutes behind."""


def resumed_live(seconds: float) -> str:
    """What the person is told when captions resume live after ``seconds`` were skipped."""
    return translate("Session", "Back online. The {seconds} s while the connection was down were not translated; "
                                "captions continue live from now (the gap is noted in the transcript).").format(
        seconds=round(seconds))


PipelineEvent = Status | Problem | Usage | TokenUsage | LiveCaption | Segment
Listener = Callable[[PipelineEvent], None]


class AudioSource(Protocol):
    """What the pipeline listens to. A source that can also tell when audio will be ready has a
    ``ready_at(samples: int) -> float | None`` method (see :meth:`Capture.ready_at
    <translator_gui.audio.capture.Capture.ready_at>`); without it, the pump assumes audio becomes
    readable as it is captured."""

    @property
    def overflows(self) -> int: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...
    def read_pcm16_24k(self) -> CaptureChunk | None: ...


class AudioSink(Protocol):
    """Where translated speech goes. A sink that can say how long speech waits before it plays has
    a ``wait_summary() -> str`` method (see :meth:`Playback.wait_summary
    <translator_gui.audio.playback.Playback.wait_summary>`), which the session summary quotes."""

    @property
    def underruns(self) -> int: ...
    def start(self) -> None: ...
    def stop(self) -> None: ...
    def close(self) -> None: ...
    def push_pcm16(self, pcm16: bytes, sample_rate: int = 24_000, channels: int = 1) -> None: ...
    def mark_end(self) -> None: ...


class Pipeline:
    def __init__(
        self,
        *,
        source: AudioSource,
        engine_factory: Callable[[EventSink], Engine],
        sink: AudioSink | None,
        segmenter: CaptionSegmenter,
        journal: Journal,
        listener: Listener,
        side: Side = Side.THEM,
        origin: float | None = None,
        owns_journal: bool = True,
        idle_interval: float = IDLE_INTERVAL,
        stop_grace: float = 5.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """``side`` tags every caption (see :attr:`Segment.speaker`). Two directions of one
        meeting share a journal and a session clock: ``origin`` is the ``clock()`` reading the
        caption times count from (default: when this pipeline starts), and a pipeline that does
        not own the journal leaves closing it to whoever does. ``idle_interval`` is the longest the
        pump sleeps."""
        self._source = source
        self._sink = sink
        self._segmenter = segmenter
        self._journal = journal
        self._owns_journal = owns_journal
        self._listener = listener
        self._side = side
        self._origin = origin
        self._idle_interval = idle_interval
        self._ready_at: Callable[[int], float | None] | None = getattr(source, "ready_at", None)
        self._waiter: asyncio.Future[None] | None = None  # the pump's sleep, while it sleeps
        self._stop_grace = stop_grace
        self._clock = clock
        self._engine = engine_factory(self._on_engine_event)
        self._backlog = AudioBacklog()
        self._t0 = clock() if origin is None else origin
        self._pump_task: asyncio.Task[None] | None = None
        self._tasks: set[asyncio.Task[None]] = set()  # stopping by itself
        self._crash: Exception | None = None  # what ended this direction unexpectedly
        self._problems = ProblemGate()
        self._reconnecting = False
        self.skipped_bytes = 0  # audio held during an outage and skipped to resume live
        self._stopping = False
        self._stopped = asyncio.Event()
        self._news = asyncio.Event()  # the session's state changed, or the stop was hurried
        self._hurried = False
        self.latency = LatencyRecorder()  # per frame: from its last sample's capture to its send
        self.sent_bytes = 0
        self.appends = 0
        self.wakeups = 0  # of the pump
        self._last_speech: float | None = None  # when translated audio last arrived, while a phrase plays
        self._ran_dry = 0  # the sink's underruns already logged

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def engine(self) -> Engine:
        return self._engine

    @property
    def stopping(self) -> bool:
        return self._stopping

    @property
    def journal(self) -> Journal:
        return self._journal

    @property
    def side(self) -> Side:
        return self._side

    @property
    def target_language(self) -> str:
        return self._segmenter.language

    @property
    def underruns(self) -> int:
        return self._sink.underruns if self._sink is not None else 0

    @property
    def backlog_dropped_bytes(self) -> int:
        return self._backlog.dropped_bytes

    def session_time(self) -> float:
        return self._clock() - self._t0

    async def start(self) -> None:
        """Open the devices and the session. Audio is captured (and kept) from the first moment."""
        self._t0 = self._clock() if self._origin is None else self._origin
        self._source.start()
        if self._sink is not None:
            self._sink.start()
        self._pump_task = asyncio.create_task(self._supervise(self._pump, "the audio pump"), name="audio-pump")
        await self._engine.start()

    async def stop(self) -> None:
        """Stop listening, let the service finish what it heard, and save every caption. Called again
        while the service is still working through a backlog (Stop pressed twice): end now."""
        if self._stopping:
            self.hurry(0.0)
            await self._stopped.wait()
            return
        self._stopping = True
        try:
            with self._guard("stopping"):
                if self._sink is not None and self._last_speech is not None:
                    # No more speech is played from here on: what is queued is the phrase's end, and
                    # running out there is not running out mid-phrase (the summary's underruns).
                    self._sink.mark_end()
                    self._last_speech = None
                self._source.stop()
                self._collect_audio()
                await self._await_reconnect()
                if self._engine.state is SessionState.LIVE and self._crash is None:
                    await self._send_backlog(everything=True)
            if self._pump_task is not None:
                self._pump_task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await self._pump_task  # supervised: it raises nothing else
            await self._engine.stop(self._stop_grace)
            with self._guard("saving the last caption"):
                self._publish_segments(self._segmenter.flush(self.session_time()))
            if self._owns_journal:
                self._journal.close()
            log.info("Session summary: %s: %s", self._side.heading, self.summary())
        finally:
            self._source.close()
            if self._sink is not None:
                self._sink.stop()
                self._sink.close()
            self._stopped.set()

    def hurry(self, seconds: float = 0.0) -> None:
        """Let the session finish within ``seconds`` from now at the latest (0: at once), however far
        behind the service is (e.g. Quit); what it has not translated by then is said."""
        self._hurried = True
        self._news.set()
        if isinstance(self._engine, Hurrying):
            self._engine.hurry(seconds)

    async def _await_reconnect(self) -> None:
        """Stopped while the connection is being re-made: wait a little for it (``stop_grace``, unless
        hurried), so that the audio held meanwhile is still sent (the pump sends it once live)."""
        if self._engine.state is not SessionState.RECONNECTING or self._hurried or self._crash is not None:
            return
        log.info("%s: stopping while reconnecting; waiting up to %.1f s to send what is held", self._side.heading,
                 self._stop_grace)
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(self._stop_grace):
                while self._engine.state is SessionState.RECONNECTING and not self._hurried:
                    self._news.clear()
                    await self._news.wait()
        self._collect_audio()

    @property
    def unfinished(self) -> Problem | None:
        """What the session said it could not translate when it stopped (None: nothing, or not known)."""
        return self._engine.unfinished if isinstance(self._engine, Hurrying) else None

    def summary(self) -> str:
        """One line for the log (and for support): how the audio path did in this session."""
        return (
            f"streamed {self.sent_bytes / BYTES_PER_SECOND:.1f} s in {self.appends} appends, "
            f"the pump woke {self.wakeups / max(self.session_time(), 1e-9):.1f} times a second; "
            f"frame sent after its last sample p50 {self.latency.percentile_ms(50):.1f} ms, "
            f"p99 {self.latency.percentile_ms(99):.1f} ms, max {self.latency.percentile_ms(100):.1f} ms; "
            f"capture overflows {self._source.overflows}; "
            f"playback underruns {self._sink.underruns if self._sink is not None else 0}{_waits(self._sink)}; "
            f"unsent audio dropped {self._backlog.dropped_bytes / BYTES_PER_SECOND:.1f} s; "
            f"skipped to resume live {self.skipped_bytes / BYTES_PER_SECOND:.1f} s"
        )

    async def set_target_language(self, code: str) -> None:
        self._publish_segments(self._segmenter.set_language(code, self.session_time()))
        await self._engine.set_target_language(code)

    # -- audio out -----------------------------------------------------------------------------

    async def _pump(self) -> None:
        while True:
            self.wakeups += 1
            self._collect_audio()
            if self._engine.state is SessionState.LIVE:
                await self._send_backlog()
            self._publish_segments(self._segmenter.poll(self.session_time()))
            self._end_phrase_after_gap()
            await self._sleep(self._next_wake() - self._clock())

    def _next_wake(self) -> float:
        """When the pump has something to do next: the next frame is complete, a phrase's gap is
        over, or the idle interval has passed."""
        now = self._clock()
        wake = now + self._idle_interval
        missing = FRAME_BYTES - len(self._backlog)
        if missing > 0 and self._engine.state is SessionState.LIVE:
            samples = missing // 2
            ready = self._ready_at(samples) if self._ready_at is not None else None
            if ready is None:
                ready = now + samples * 2 / BYTES_PER_SECOND
            wake = min(wake, max(ready, now + RETRY_INTERVAL))
        if self._last_speech is not None:
            wake = min(wake, max(self._last_speech + SPEECH_END_GAP, now + RETRY_INTERVAL))
        return wake

    async def _sleep(self, delay: float) -> None:
        """Sleep ``delay`` seconds, or until :meth:`_wake_pump`."""
        loop = asyncio.get_running_loop()
        waiter: asyncio.Future[None] = loop.create_future()
        self._waiter = waiter
        timer = loop.call_later(max(0.0, delay), _release, waiter)
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None

    def _wake_pump(self) -> None:
        """Run the pump now (the session went live: what was held is sent at once)."""
        if self._waiter is not None:
            _release(self._waiter)

    def _end_phrase_after_gap(self) -> None:
        """Translated speech arrives in bursts; after a pause the sink plays out the phrase's tail."""
        if (
            self._sink is not None
            and self._last_speech is not None
            and self._clock() - self._last_speech > SPEECH_END_GAP
        ):
            self._sink.mark_end()
            self._last_speech = None

    def _collect_audio(self) -> None:
        chunk = self._source.read_pcm16_24k()
        if chunk is not None and chunk.pcm16:
            self._backlog.push(chunk)

    async def _send_backlog(self, *, everything: bool = False) -> None:
        """Send every complete frame held (and with ``everything``, the incomplete last one too)."""
        while (chunk := self._backlog.pop_frame(FRAME_BYTES)) is not None or (
            everything and (chunk := self._backlog.pop(FRAME_BYTES)) is not None
        ):
            self.latency.record(self._clock() - chunk.last_capture_time)
            await self._engine.send_audio(chunk.pcm16)
            self.sent_bytes += len(chunk.pcm16)
            self.appends += 1

    # -- events in -----------------------------------------------------------------------------

    def _on_engine_event(self, event: EngineEvent) -> None:
        if isinstance(event, Status):
            self._news.set()
        with self._guard(f"handling {type(event).__name__}"):
            self._handle(event)

    def _handle(self, event: EngineEvent) -> None:
        match event:
            case TargetText(delta=delta, elapsed_ms=elapsed):
                self._publish_segments(self._segmenter.add_translation(delta, self.session_time(), elapsed))
                self._publish_live()
            case SourceText(delta=delta, elapsed_ms=elapsed):
                self._publish_segments(self._segmenter.add_source(delta, self.session_time(), elapsed))
                self._publish_live()
            case LineEnd():  # the service finished a stretch of speech: its line is complete
                self._publish_segments(self._segmenter.flush(self.session_time()))
                self._publish_live()
            case TargetAudio(pcm16=pcm, sample_rate=rate, channels=channels):
                if self._sink is not None and not self._stopping:
                    self._note_running_dry(self._sink)
                    self._sink.push_pcm16(pcm, rate, channels)
                    self._last_speech = self._clock()
            case Status(state=SessionState.RECONNECTING):
                self._reconnecting = True
                self._listener(event)
            case Status(state=SessionState.LIVE) if self._reconnecting:
                self._reconnecting = False
                self._listener(event)
                self._catch_up_to_live()
                self._wake_pump()
            case Status(state=SessionState.LIVE):
                self._listener(event)
                self._wake_pump()
            case Status(state=SessionState.CLOSED) if not self._stopping:
                self._listener(event)
                # The session ended on its own (a fatal problem): release the devices too.
                self._stop_soon()
            case Problem(kind=ProblemKind.FINISHING) | Problem(sparing=True):
                self._listener(event)  # said only as it changes (a countdown, a lag, a loss): never held back
            case Problem() if not event.fatal:
                if self._problems.admit(event.message, self._clock()):
                    self._listener(event)
            case Status() | Problem() | Usage() | TokenUsage():
                self._listener(event)

    def _note_running_dry(self, sink: AudioSink) -> None:
        """Log when translated speech ran out mid-phrase (the sink counts it; the next delta is when
        that is known): the time in the session says which phrase, for support."""
        underruns = sink.underruns
        if underruns > self._ran_dry:
            self._ran_dry = underruns
            log.info("%s: translated speech ran out mid-phrase before %.1f s into the session%s", self._side.heading,
                     self.session_time(), _waits(sink))

    def _catch_up_to_live(self) -> None:
        """Back after an outage: the service answers at speech pace, so sending all the audio held
        meanwhile would leave the captions that far behind for the rest of the meeting. Keep only the
        last ``RESUME_BACKLOG_SECONDS`` of it, say so, and note the gap in the transcript."""
        self._collect_audio()
        skipped = self._backlog.skip_to(int(RESUME_BACKLOG_SECONDS * BYTES_PER_SECOND) // 2 * 2)
        if skipped is None:
            return
        first, last, size = skipped
        seconds = size / BYTES_PER_SECOND
        self.skipped_bytes += size
        log.info("%s: skipped %.1f s of audio held during the outage to resume live", self._side.heading, seconds)
        start, end = max(0.0, first - self._t0), max(0.0, last - self._t0)
        self._publish_segments(
            [Segment(start, end, "", gap_note(seconds), self._segmenter.language)]
        )
        self._listener(Problem(ProblemKind.NETWORK, resumed_live(seconds)))

    # -- supervision ---------------------------------------------------------------------------

    async def _supervise(self, work: Callable[[], Coroutine[Any, Any, None]], what: str) -> None:
        """Run a long-running task of this direction; an unexpected exception ends it via ``_crashed``.
        The work's coroutine is made here: a task cancelled before it ran (a Stop right after Start)
        leaves no coroutine that was never awaited."""
        with self._guard(what):
            await work()

    @contextlib.contextmanager
    def _guard(self, what: str) -> Iterator[None]:
        try:
            yield
        except Exception as exc:  # a bug, or bad data that got this far: never die silently
            self._crashed(exc, what)

    def _crashed(self, exc: Exception, what: str) -> None:
        """Log the traceback, tell the person once, and stop this direction cleanly (transcript saved)."""
        log.error("%s: %s failed", self._side.heading, what, exc_info=exc)
        if self._crash is not None:
            return
        self._crash = exc
        with contextlib.suppress(Exception):
            self._listener(Problem(ProblemKind.INTERNAL, failures.INTERNAL_FAULT.format(what=what), fatal=True))
        self._stop_soon()

    def stop_for(self, problem: Problem) -> None:
        """Stop at once for ``problem`` (e.g. a feedback loop after a device move): no more
        translated speech is played from this moment, the person is told, and the direction then
        stops cleanly with its transcript saved."""
        if self._stopping:
            return
        if self._sink is not None:
            self._sink.stop()
        self._listener(problem)
        self._stop_soon()

    def _stop_soon(self) -> None:
        if self._stopping:
            return
        task = asyncio.get_running_loop().create_task(self.stop(), name="pipeline-stop")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _publish_live(self) -> None:
        translation, source = self._segmenter.live
        self._listener(LiveCaption(translation, source, self._side))

    def _publish_segments(self, segments: list[Segment]) -> None:
        for segment in segments:
            segment = replace(segment, speaker=self._side)
            message = self._journal.append(segment)
            if message is not None:
                self._listener(Problem(ProblemKind.STORAGE, message))
            self._listener(segment)
        if segments:
            self._publish_live()


def _waits(sink: AudioSink | None) -> str:
    """`` (…)`` with what the sink says about how long speech waits before it plays, if it can say."""
    said = getattr(sink, "wait_summary", None)
    return f" ({said()})" if said is not None else ""


def _release(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


def session_start_time() -> datetime:
    return datetime.now().astimezone()
