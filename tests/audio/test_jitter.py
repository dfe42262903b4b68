from __future__ import annotations

import hypothesis.strategies as st
import numpy as np
import pytest
from hypothesis import given, settings

from translator_gui.audio.jitter import JitterBuffer

RATE = 1000  # 1 frame per millisecond keeps the arithmetic readable


def ramp(start: int, n: int) -> np.ndarray:
    """Distinct non-zero samples, so silence and reordering both show."""
    return (np.arange(start, start + n, dtype=np.float32) + 1) / 10_000


def read(buffer: JitterBuffer, n: int) -> np.ndarray:
    out = np.full(n, np.nan, np.float32)
    buffer.read_into(out)
    assert not np.isnan(out).any(), "read_into must fill all of out"
    return out


def test_silence_until_the_first_queued_sample_has_waited_the_prefill() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=100)
    assert buffer.prefilling
    buffer.write(ramp(0, 60))
    assert buffer.buffered_ms == pytest.approx(60)
    for _ in range(5):
        assert not read(buffer, 10).any()
    # However much is queued: one large delta says nothing about when the next one comes.
    buffer.write(ramp(60, 240))
    for _ in range(5):
        assert not read(buffer, 10).any()
    assert buffer.prefilling
    np.testing.assert_array_equal(read(buffer, 30), ramp(0, 30))
    assert not buffer.prefilling
    assert buffer.buffered_ms == pytest.approx(270)
    assert buffer.underruns == 0


def test_nothing_queued_is_no_wait() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=30)
    for _ in range(10):
        assert not read(buffer, 10).any()
    buffer.write(ramp(0, 50))
    for _ in range(3):  # the wait starts with the first queued sample
        assert not read(buffer, 10).any()
    np.testing.assert_array_equal(read(buffer, 10), ramp(0, 10))


def test_running_dry_mid_stream_is_one_clean_pause() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=20)
    buffer.write(ramp(0, 25))
    assert not read(buffer, 20).any()
    np.testing.assert_array_equal(read(buffer, 20), ramp(0, 20))
    out = read(buffer, 20)
    np.testing.assert_array_equal(out[:5], ramp(20, 5))
    assert not out[5:].any()
    assert buffer.underruns == 1
    assert buffer.prefilling
    # A trickle after the gap waits for the prefill again instead of crackling out.
    buffer.write(ramp(25, 5))
    assert not read(buffer, 10).any()
    buffer.write(ramp(30, 15))
    assert not read(buffer, 10).any()
    np.testing.assert_array_equal(read(buffer, 20), ramp(25, 20))
    assert buffer.underruns == 1


def test_marked_end_plays_a_short_utterance_at_once_and_is_not_an_underrun() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=100)
    buffer.write(ramp(0, 30))
    buffer.mark_end()
    out = read(buffer, 50)
    np.testing.assert_array_equal(out[:30], ramp(0, 30))
    assert not out[30:].any()
    assert buffer.underruns == 0
    assert buffer.prefilling
    # More speech after the end is a new utterance: running dry in it counts again.
    buffer.write(ramp(30, 100))
    assert not read(buffer, 100).any()
    read(buffer, 120)
    assert buffer.underruns == 1


def test_a_short_tail_is_not_held_back_forever() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=100)
    buffer.write(ramp(0, 10))
    silent = 0
    while not (out := read(buffer, 20)).any():
        silent += 20
        assert silent <= 100, "queued audio waited longer than the prefill time"
    assert silent == 100
    np.testing.assert_array_equal(out[:10], ramp(0, 10))
    assert buffer.underruns == 1, "an unmarked end still counts: the producer never said it was done"


def test_overrun_drops_the_newest_and_counts_events() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=0, capacity_s=0.05)
    assert buffer.write(ramp(0, 40)) == 40
    assert buffer.write(ramp(40, 30)) == 10
    assert buffer.write(ramp(70, 5)) == 0
    assert buffer.overruns == 2
    assert buffer.overrun_frames == 25
    np.testing.assert_array_equal(read(buffer, 50), ramp(0, 50))


def test_clear_drops_what_is_queued() -> None:
    buffer = JitterBuffer(RATE, prefill_ms=10)
    buffer.write(ramp(0, 50))
    assert not read(buffer, 10).any()
    np.testing.assert_array_equal(read(buffer, 10), ramp(0, 10))
    buffer.clear()
    assert buffer.buffered_ms == 0
    assert not read(buffer, 10).any()
    assert buffer.underruns == 0
    buffer.write(ramp(100, 10))
    assert not read(buffer, 10).any()
    np.testing.assert_array_equal(read(buffer, 10), ramp(100, 10))


@settings(max_examples=80, deadline=None)
@given(
    prefill_ms=st.integers(0, 50),
    ops=st.lists(st.tuples(st.booleans(), st.integers(1, 40)), max_size=60),
)
def test_every_sample_comes_out_once_and_in_order(prefill_ms: int, ops: list[tuple[bool, int]]) -> None:
    buffer = JitterBuffer(RATE, prefill_ms=prefill_ms, capacity_s=10)
    written = 0
    played: list[np.ndarray] = []
    for is_write, n in ops:
        if is_write:
            assert buffer.write(ramp(written, n)) == n
            written += n
        else:
            played.append(read(buffer, n))
    buffer.mark_end()
    while buffer.buffered_ms > 0:
        played.append(read(buffer, 7))
    heard = np.concatenate([*played, np.zeros(0, np.float32)])
    np.testing.assert_array_equal(heard[heard != 0], ramp(0, written))
