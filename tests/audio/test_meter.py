from __future__ import annotations

import numpy as np
import numpy.typing as npt
import pytest

from tests.audio.signals import sine, sine_rms_db
from translator_gui.audio.meter import FLOOR_DBFS, LevelMeter
from translator_gui.audio.ring import RingBuffer


class Stream:
    """The newest audio of a ring, as a stream hands it to its meter (None: it reads as silence)."""

    def __init__(self, channels: int = 1) -> None:
        self.ring = RingBuffer(4800, channels, np.float32)
        self.silent = False
        self.asked = 0

    def latest(self, out: npt.NDArray[np.float32]) -> int:
        self.asked += 1
        if self.silent:
            return 0
        return self.ring.peek(out if self.ring.channels > 1 else out[:, 0], self.ring.frames_written)

    def frames(self) -> int:
        return self.ring.frames_written


def test_a_sine_reads_its_rms_and_peak() -> None:
    stream = Stream()
    meter = LevelMeter(480, 1, stream.latest, stream.frames)
    stream.ring.write(sine(1000, 48_000, 0.01, amplitude=0.5))
    assert meter.dbfs() == pytest.approx(sine_rms_db(0.5), abs=0.05)
    assert meter.peak == pytest.approx(0.5, abs=1e-3)
    assert meter.peak_dbfs() == pytest.approx(-6.02, abs=0.05)


def test_silence_and_nothing_yet_read_the_floor() -> None:
    stream = Stream()
    meter = LevelMeter(4, 1, stream.latest, stream.frames)
    assert meter.dbfs() == FLOOR_DBFS
    stream.ring.write(np.zeros(8, np.float32))
    assert meter.dbfs() == FLOOR_DBFS
    assert meter.peak_dbfs() == FLOOR_DBFS


def test_only_the_newest_window_counts() -> None:
    stream = Stream()
    meter = LevelMeter(100, 1, stream.latest, stream.frames)
    stream.ring.write(np.full(300, 0.5, np.float32))
    stream.ring.write(np.full(70, 0.25, np.float32))
    assert meter.windows == 3
    assert meter.rms == pytest.approx(np.sqrt((30 * 0.25 + 70 * 0.0625) / 100))
    assert meter.peak == pytest.approx(0.5)
    stream.ring.write(np.full(30, -0.25, np.float32))
    assert meter.rms == pytest.approx(0.25) and meter.peak == pytest.approx(0.25)
    assert meter.windows == 4


def test_multichannel_windows_count_frames_not_samples() -> None:
    stream = Stream(channels=2)
    meter = LevelMeter(10, 2, stream.latest, stream.frames)
    stream.ring.write(np.full((5, 2), 0.1, np.float32))
    assert meter.windows == 0
    assert meter.rms == pytest.approx(0.1), "fewer frames than a window: what there is"
    stream.ring.write(np.full((5, 2), 0.1, np.float32))
    assert meter.windows == 1


def test_a_stream_that_says_silence_reads_the_floor() -> None:
    stream = Stream()
    meter = LevelMeter(10, 1, stream.latest, stream.frames)
    stream.ring.write(np.full(40, 0.9, np.float32))
    stream.silent = True  # stopped, stalled, or waiting for speech
    assert meter.dbfs() == FLOOR_DBFS
    assert meter.peak == 0.0


def test_the_audio_is_measured_only_when_read() -> None:
    stream = Stream()
    meter = LevelMeter(10, 1, stream.latest, stream.frames)
    for _ in range(100):
        stream.ring.write(np.full(10, 0.1, np.float32))
    assert stream.asked == 0
    meter.dbfs()
    assert stream.asked == 1
