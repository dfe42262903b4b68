from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from tests.audio.pumping import Drain, longest_quiet_run, pump_until
from tests.audio.signals import assert_captured_tone, sine, write_wav
from tests.testbed import PulseBed
from translator_gui.audio.capture import Capture
from translator_gui.audio.devices import find_device

pytestmark = pytest.mark.audio

AMPLITUDE = 0.5
# The first stream on a freshly started PulseAudio bed can take ~2 s to deliver its first block.
FIRST_AUDIO_TIMEOUT = 6.0


def test_captures_a_sine_played_into_the_microphone(pulse: PulseBed, tmp_path: Path) -> None:
    wav = tmp_path / "a440.wav"
    write_wav(wav, sine(440, 48_000, 1.5, AMPLITUDE), 48_000, channels=2)
    capture = Capture(find_device(None, "input"))
    drain = Drain(capture)
    try:
        assert capture.channels == 2
        capture.start()
        pump_until(lambda: bool(drain.chunks), FIRST_AUDIO_TIMEOUT, "the first captured audio", drain)
        played_at = time.monotonic()
        player = pulse.play("micfeed", wav)
        assert player.wait(timeout=15) == 0, player.stderr.read() if player.stderr else ""
        ended_at = time.monotonic()
        # Everything the player played is in the ring or on its way: drain past its end.
        pump_until(lambda: drain.chunks[-1].last_capture_time > ended_at + 0.1, 5.0,
                   "audio captured after the player finished", drain)
        assert capture.meter.dbfs() < -60, "the meter shows the silence after the tone"
        drained_at = time.monotonic()
        assert capture.overflows == 0
        assert capture.callback_error is None
    finally:
        capture.close()

    x = drain.samples()
    begin, end = assert_captured_tone(x, 1.5, 440, AMPLITUDE)
    tone = x[begin:end]
    assert longest_quiet_run(tone, 0.01) <= 3, "the tone has a dropout"

    # Capture times: each chunk runs forward, chunks follow each other, and the tone is dated
    # between the moment the player started and the moment it finished.
    for chunk in drain.chunks:
        assert chunk.first_capture_time <= chunk.last_capture_time
    for before, after in zip(drain.chunks, drain.chunks[1:], strict=False):
        gap = after.first_capture_time - before.last_capture_time
        assert 0 < gap < 0.002, "consecutive chunks are one 24 kHz sample apart"
    onset, offset = drain.time_of_sample(begin), drain.time_of_sample(end - 1)
    assert played_at < onset < played_at + 0.5
    assert offset - onset == pytest.approx(1.5, abs=0.03)
    assert offset < ended_at
    assert drain.chunks[-1].last_capture_time < drained_at


def test_stop_calls_on_stopped_and_keeps_what_was_captured(pulse: PulseBed) -> None:
    stopped = threading.Event()
    capture = Capture(find_device("pulse", "input"), channels=1, samplerate=44_100, on_stopped=stopped.set)
    drain = Drain(capture)
    try:
        capture.start()
        assert capture.active
        pump_until(lambda: capture.meter.windows > 0, FIRST_AUDIO_TIMEOUT, "the first audio block")
        capture.stop()
        assert stopped.wait(5), "on_stopped was not called"
        assert not capture.active  # stop() returns once the stream has stopped
        drain()
        drain()  # the second read after stop finds nothing new
        assert len(drain.chunks) == 1
        chunk = drain.chunks[0]
        captured = len(chunk.pcm16) // 2
        assert captured > 0
        # The chunk includes the resampler's tail and is dated as the audio it holds.
        assert chunk.last_capture_time - chunk.first_capture_time == pytest.approx(
            (captured - 1) / 24_000, abs=0.005)
        assert chunk.last_capture_time < time.monotonic()
        assert capture.meter.dbfs() == -120.0
        # Paused for at least 200 ms: audio after a restart is dated after the restart.
        pump_until(lambda: time.monotonic() > chunk.last_capture_time + 0.2, 1.0, "a pause")
        restarted_at = time.monotonic()
        capture.start()
        pump_until(lambda: len(drain.chunks) > 1, FIRST_AUDIO_TIMEOUT, "audio after the restart", drain)
        assert drain.chunks[1].first_capture_time > restarted_at - 0.005
    finally:
        capture.close()
        capture.close()  # idempotent
    assert not capture.active


def test_an_error_in_the_callback_stops_the_stream_loudly(pulse: PulseBed) -> None:
    stopped = threading.Event()
    capture = Capture(find_device(None, "input"), on_stopped=stopped.set)

    class BrokenClock:
        count = 0

        def record(self, frames_end: int, when: float, discontinuity: bool = False) -> None:
            raise RuntimeError("boom")

    working_clock = capture._clock
    capture._clock = BrokenClock()  # type: ignore[assignment]
    try:
        capture.start()
        assert stopped.wait(FIRST_AUDIO_TIMEOUT), "the stream did not stop"
        assert capture.callback_error == "RuntimeError: boom"
        # PortAudio calls on_stopped just before it marks the stream inactive.
        pump_until(lambda: not capture.active, 2.0, "the stream to become inactive")
        # Once the cause is gone, the same Capture can be started again.
        capture._clock = working_clock
        blocks = working_clock.count
        capture.start()
        assert capture.callback_error is None
        pump_until(lambda: working_clock.count > blocks, FIRST_AUDIO_TIMEOUT, "audio after the restart")
        assert capture.active
    finally:
        capture.close()


def test_a_ring_nobody_drains_counts_what_it_drops(pulse: PulseBed) -> None:
    capture = Capture(find_device(None, "input"), ring_seconds=0.05)
    drain = Drain(capture)
    try:
        capture.start()
        lost = capture.samplerate // 10
        pump_until(lambda: capture.dropped_frames >= lost, FIRST_AUDIO_TIMEOUT, "100 ms to be dropped")
        assert capture.overflows >= 1
        pump_until(lambda: len(drain.chunks) >= 3, 5.0, "audio after the overflow", drain)
    finally:
        capture.close()
    for before, after in zip(drain.chunks, drain.chunks[1:], strict=False):
        assert after.first_capture_time > before.last_capture_time
    # The audio after the loss is dated after the loss: the chunks span more time than they hold.
    samples = sum(len(c.pcm16) // 2 for c in drain.chunks)
    span = drain.chunks[-1].last_capture_time - drain.chunks[0].first_capture_time
    assert span - (samples - 1) / 24_000 >= 0.09
