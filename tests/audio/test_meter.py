from __future__ import annotations

import numpy as np
import pytest

from tests.audio.signals import sine, sine_rms_db
from translator_gui.audio.meter import FLOOR_DBFS, LevelMeter


def test_a_sine_reads_its_rms_and_peak() -> None:
    meter = LevelMeter(window_frames=480)
    meter.update(sine(1000, 48_000, 0.01, amplitude=0.5))
    assert meter.dbfs() == pytest.approx(sine_rms_db(0.5), abs=0.05)
    assert meter.peak == pytest.approx(0.5, abs=1e-3)
    assert meter.peak_dbfs() == pytest.approx(-6.02, abs=0.05)


def test_silence_and_nothing_yet_read_the_floor() -> None:
    meter = LevelMeter(window_frames=4)
    assert meter.dbfs() == FLOOR_DBFS
    meter.update(np.zeros(8, np.float32))
    assert meter.dbfs() == FLOOR_DBFS
    assert meter.peak_dbfs() == FLOOR_DBFS


def test_small_blocks_are_gathered_into_a_window() -> None:
    meter = LevelMeter(window_frames=100)
    loud = np.full(30, 0.5, np.float32)
    for _ in range(3):
        meter.update(loud)
    assert meter.windows == 0 and meter.dbfs() == FLOOR_DBFS, "90 of 100 frames: nothing published yet"
    meter.update(np.full(30, -0.25, np.float32))
    assert meter.windows == 1
    assert meter.rms == pytest.approx(np.sqrt((90 * 0.25 + 30 * 0.0625) / 120))
    assert meter.peak == pytest.approx(0.5)


def test_multichannel_blocks_count_frames_not_samples() -> None:
    meter = LevelMeter(window_frames=10)
    meter.update(np.full((5, 2), 0.1, np.float32))
    assert meter.windows == 0
    meter.update(np.full((5, 2), 0.1, np.float32))
    assert meter.windows == 1
    assert meter.rms == pytest.approx(0.1)


def test_reset_shows_silence() -> None:
    meter = LevelMeter(window_frames=1)
    meter.update(np.full(4, 0.9, np.float32))
    meter.reset()
    assert meter.dbfs() == FLOOR_DBFS
    assert meter.peak == 0.0
