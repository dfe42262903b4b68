from __future__ import annotations

import re
import subprocess
import threading
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import longest_quiet_run, pump_until
from tests.audio.signals import active_span, peak_frequency, rms_db, sine, sine_rms_db
from tests.testbed import PulseBed
from translator_gui.audio.devices import find_device
from translator_gui.audio.playback import Playback
from translator_gui.audio.resample import to_pcm16

pytestmark = pytest.mark.audio

AMPLITUDE = 0.5
RECORD_RATE = 24_000
BYTES_PER_SECOND = 4 * RECORD_RATE  # parec writes float32 mono


def _irregular_chunks(data: bytes, seed: int) -> list[bytes]:
    rng = np.random.default_rng(seed)
    chunks, i = [], 0
    while i < len(data):
        size = 2 * int(rng.integers(20, 2500))  # whole samples, 0.8 ms to 100 ms
        chunks.append(data[i : i + size])
        i += size
    return chunks


def _stop(recorder: subprocess.Popen[bytes]) -> None:
    recorder.terminate()
    recorder.wait(timeout=5)


@pytest.mark.parametrize("into_a_call", [False, True], ids=["to the ears", "into a call"])
def test_plays_pushed_speech_at_the_right_pitch_and_level(pulse: PulseBed, tmp_path: Path, into_a_call: bool) -> None:
    raw = tmp_path / "speaker.raw"
    recorder = pulse.record("speaker.monitor", raw, RECORD_RATE)
    try:
        # The recorder is running once it has written 100 ms (a fresh bed can take ~2 s).
        pump_until(lambda: raw.stat().st_size >= BYTES_PER_SECOND // 10, 6.0, "the recorder to start")
        playback = Playback(find_device(None, "output"), into_a_call=into_a_call)
        try:
            # 10 ms blocks to someone's ears; 20 ms, half the callbacks, into a call.
            assert playback.blocksize == playback.samplerate // (50 if into_a_call else 100)
            # All of it queued before the stream starts: a test process the machine holds up for
            # more than the prefill while pushing would be an underrun of the test, not of playback.
            for chunk in _irregular_chunks(to_pcm16(sine(660, 24_000, 1.0, AMPLITUDE)), seed=11):
                playback.push_pcm16(chunk)
            playback.mark_end()
            assert playback.buffered_ms == pytest.approx(1000, abs=0.5)
            playback.start()
            pump_until(lambda: playback.buffered_ms == 0, 5.0, "the speech to be played")
            # Record a little more than the output latency so the tail is on disk.
            recorded = raw.stat().st_size
            pump_until(lambda: raw.stat().st_size >= recorded + BYTES_PER_SECOND * 3 // 10, 5.0,
                       "the tail to be recorded")
            assert playback.underruns == 0
            assert playback.overruns == 0
            assert playback.callback_error is None
            assert playback.meter.dbfs() == -120.0, "the meter is back to silence after the speech"
            # What the session summary quotes (and tests/bench/peer_bench.py reads back).
            said = re.fullmatch(r"speech waits (\d+) ms \(at most (\d+) ms\) plus the device's (\d+) ms",
                                playback.wait_summary())
            assert said is not None
            assert 15 <= int(said[1]) <= int(said[2])  # the adaptive wait's floor, and the longest so far
            assert int(said[3]) == round(1000 * playback.latency) > 0
        finally:
            playback.close()
    finally:
        _stop(recorder)

    x = np.fromfile(raw, dtype="<f4")
    begin, end = active_span(x, AMPLITUDE / 5)
    assert (end - begin) / RECORD_RATE == pytest.approx(1.0, abs=0.02)
    tone = x[begin:end]
    middle = tone[2400:-2400]
    assert peak_frequency(middle, RECORD_RATE) == pytest.approx(660, abs=2)
    assert rms_db(middle) == pytest.approx(sine_rms_db(AMPLITUDE), abs=1.5)
    assert longest_quiet_run(tone, 0.01) <= 3, "the speech has a dropout"


def test_odd_sized_pushes_and_other_rates_are_put_together(pulse: PulseBed) -> None:
    playback = Playback(find_device("pulse", "output"), samplerate=48_000, channels=1)
    try:
        # Not started: everything pushed stays queued, so the queue can be measured exactly.
        data = to_pcm16(sine(300, 24_000, 0.5))
        for i in range(0, len(data), 333):  # odd sizes split samples in two
            playback.push_pcm16(data[i : i + 333])
        samples16 = np.frombuffer(to_pcm16(sine(300, 16_000, 0.25)), "<i2")
        playback.push_pcm16(np.repeat(samples16, 2).tobytes(), sample_rate=16_000, channels=2)
        playback.mark_end()
        assert playback.buffered_ms == pytest.approx(750, abs=1)
        playback.clear()
        assert playback.buffered_ms == 0
    finally:
        playback.close()


def test_stop_calls_on_stopped(pulse: PulseBed) -> None:
    stopped = threading.Event()
    playback = Playback(find_device(None, "output"), on_stopped=stopped.set)
    try:
        playback.start()
        assert playback.active
        playback.stop()
        assert stopped.wait(5)
        assert not playback.active
    finally:
        playback.close()
        playback.close()


def test_an_error_in_the_callback_stops_the_stream_loudly(pulse: PulseBed) -> None:
    stopped = threading.Event()
    playback = Playback(find_device(None, "output"), on_stopped=stopped.set)

    class BrokenBuffer:
        def read_into(self, out: np.ndarray) -> None:
            raise RuntimeError("boom")

    playback._jitter = BrokenBuffer()  # type: ignore[assignment]
    try:
        playback.start()
        assert stopped.wait(5), "the stream did not stop"
        assert playback.callback_error == "RuntimeError: boom"
        pump_until(lambda: not playback.active, 2.0, "the stream to become inactive")
    finally:
        playback.close()
