from __future__ import annotations

import hypothesis.strategies as st
import numpy as np
import pytest
from hypothesis import given, settings

from translator_gui.audio.clock import BlockClock

RATE = 48_000


def test_nothing_recorded_means_no_time() -> None:
    assert BlockClock(RATE).time_of(0) is None


def test_steady_blocks_give_the_exact_capture_time() -> None:
    clock = BlockClock(RATE)
    t0 = 100.0
    for block in range(1, 20):
        clock.record(block * 480, t0 + block * 0.01)
    # Frame f was captured at t0 + f / RATE (the callback fires as its block ends).
    for frame in (0, 1, 479, 480, 4000, 9119):
        assert clock.time_of(frame) == pytest.approx(t0 + frame / RATE, abs=1e-9)


def test_bursty_delivery_is_smoothed_and_strictly_increasing() -> None:
    clock = BlockClock(RATE)
    t0 = 50.0
    rng = np.random.default_rng(5)
    for block in range(1, 101):
        true_end = t0 + block * 0.01
        # Blocks come in pairs: the first of each pair waits for the second; plus a little jitter.
        delivered = true_end + (0.01 if block % 2 else 0.0) + rng.uniform(0, 0.002)
        clock.record(block * 480, delivered)
    frames = np.arange(0, 48_000, 37)
    times = np.array([clock.time_of(float(f)) for f in frames])
    assert np.all(np.diff(times) > 0)
    np.testing.assert_allclose(times, t0 + frames / RATE, atol=0.0025)


def test_a_marked_break_starts_a_new_segment() -> None:
    clock = BlockClock(RATE)
    clock.record(480, 1.01)
    clock.record(960, 1.02)
    clock.record(1440, 1.05, discontinuity=True)  # frames were lost just before this block
    clock.record(1920, 1.06)
    assert clock.segment == 1
    assert clock.time_of(0) == pytest.approx(1.0)
    assert clock.time_of(959) == pytest.approx(1.02 - 1 / RATE)
    assert clock.time_of(960) == pytest.approx(1.04)
    assert clock.time_of(1440) == pytest.approx(1.05)


def test_a_block_far_later_than_expected_starts_a_new_segment_by_itself() -> None:
    clock = BlockClock(RATE, max_lateness=0.25)
    clock.record(480, 1.01)
    clock.record(960, 1.02)
    clock.record(1440, 1.2)  # 170 ms late: jitter, same segment
    assert clock.segment == 0
    clock.record(1920, 3.01)  # the sound system stalled for two seconds
    assert clock.segment == 1
    assert clock.time_of(1000) == pytest.approx(1.0 + 1000 / RATE)
    assert clock.time_of(1500) == pytest.approx(3.01 - 420 / RATE)


def test_frames_outside_the_history_are_extrapolated() -> None:
    clock = BlockClock(RATE, entries=8)
    for block in range(1, 1001):  # wraps the 8-entry ring many times
        clock.record(block * 480, block * 0.01)
    assert clock.count == 1000
    assert clock.time_of(1000 * 480 + 480) == pytest.approx(10.01)  # newer than the last block
    assert clock.time_of(0) == pytest.approx(0.0)  # older than the history kept
    assert clock.time_of(990 * 480) == pytest.approx(9.9)


def _reference_time_of(history: list[tuple[int, float, int]], rate: float, frame: float) -> float:
    """The estimate, written out plainly: the earliest kept block ending after ``frame`` (else the
    newest), and the smallest bound among the kept blocks of its segment."""
    containing = [entry for entry in history if entry[0] > frame]
    _, _, segment = min(containing) if containing else max(history)
    return min(t - e / rate for e, t, s in history if s == segment) + frame / rate


@settings(max_examples=60, deadline=None)
@given(
    blocks=st.lists(st.tuples(st.integers(1, 2000), st.floats(0.0, 0.05), st.booleans()), min_size=1, max_size=40),
    probe=st.floats(-5000.0, 90_000.0),
)
def test_the_estimate_is_the_smallest_bound_of_the_blocks_segment(
    blocks: list[tuple[int, float, bool]], probe: float
) -> None:
    clock = BlockClock(1000.0, entries=8, max_lateness=0.03)
    history: list[tuple[int, float, int]] = []
    frames, now = 0, 10.0
    for size, late, brk in blocks:
        frames += size
        now += size / 1000.0
        clock.record(frames, now + late, brk)
        history.append((frames, now + late, clock.segment))
    kept = history[-7:] if len(history) >= 8 else history  # a full ring skips the slot being overwritten
    got = clock.time_of(probe)
    assert got == pytest.approx(_reference_time_of(kept, 1000.0, probe), abs=1e-9)
