from __future__ import annotations

import collections
import sys
import threading
from collections.abc import Iterator

import hypothesis.strategies as st
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from translator_gui.audio.ring import RingBuffer


class RingMachine(RuleBasedStateMachine):
    """Random interleavings of writes, reads and discards against a deque of frames."""

    def __init__(self) -> None:
        super().__init__()
        self.ring = RingBuffer(1)
        self.model: collections.deque[tuple[int, ...]] = collections.deque()
        self.next_value = 0
        self.dropped = 0
        self.two_d = False

    @initialize(capacity=st.integers(1, 64), channels=st.integers(1, 3), two_d=st.booleans())
    def setup(self, capacity: int, channels: int, two_d: bool) -> None:
        self.ring = RingBuffer(capacity, channels, np.int64)
        self.two_d = two_d or channels > 1

    def _block(self, frames: int) -> np.ndarray:
        values = np.arange(self.next_value, self.next_value + frames, dtype=np.int64)
        self.next_value += frames
        if not self.two_d:
            return values
        # Channel c carries value * 10 + c, so a channel swap would show.
        return values[:, np.newaxis] * 10 + np.arange(self.ring.channels)

    @staticmethod
    def _frame(row: np.ndarray) -> tuple[int, ...]:
        return tuple(int(v) for v in np.atleast_1d(row))

    @rule(frames=st.integers(0, 100))
    def write(self, frames: int) -> None:
        block = self._block(frames)
        room = self.ring.capacity - len(self.model)
        accepted = self.ring.write(block)
        assert accepted == min(frames, room)
        for row in block[:accepted]:
            self.model.append(self._frame(row))
        self.dropped += frames - accepted

    @rule(frames=st.integers(0, 100), as_bytes=st.booleans())
    def write_raw(self, frames: int, as_bytes: bool) -> None:
        """A raw block (as a sound library hands it over, or a contiguous array) stores the same frames."""
        block = self._block(frames)
        room = self.ring.capacity - len(self.model)
        accepted = self.ring.write_bytes(block.tobytes() if as_bytes else block)
        assert accepted == min(frames, room)
        for row in block[:accepted]:
            self.model.append(self._frame(row))
        self.dropped += frames - accepted

    @rule(frames=st.integers(0, 100))
    def read(self, frames: int) -> None:
        shape = (frames, self.ring.channels) if self.two_d else (frames,)
        out = np.full(shape, -1, dtype=np.int64)
        got = self.ring.read_into(out)
        assert got == min(frames, len(self.model))
        for row in out[:got]:
            assert self._frame(row) == self.model.popleft()
        assert (out[got:] == -1).all(), "frames past the count must be left untouched"

    @rule(frames=st.integers(-5, 100))
    def discard(self, frames: int) -> None:
        skipped = self.ring.discard(frames)
        assert skipped == max(0, min(frames, len(self.model)))
        for _ in range(skipped):
            self.model.popleft()

    @invariant()
    def counters_match(self) -> None:
        assert self.ring.readable == len(self.model)
        assert self.ring.writable == self.ring.capacity - len(self.model)
        assert self.ring.dropped == self.dropped
        assert self.ring.frames_written - self.ring.frames_read == len(self.model)


TestRingMachine = RingMachine.TestCase
TestRingMachine.settings = settings(max_examples=60, stateful_step_count=40, deadline=None)


@settings(max_examples=60, deadline=None)
@given(
    capacity=st.integers(1, 50),
    sizes=st.lists(st.integers(0, 70), max_size=30),
)
def test_writes_then_reads_keep_the_oldest_frames_in_order(capacity: int, sizes: list[int]) -> None:
    ring = RingBuffer(capacity, dtype=np.float64)
    data = np.arange(sum(sizes), dtype=np.float64)
    offset = 0
    for size in sizes:
        ring.write(data[offset : offset + size])
        offset += size
    kept = min(capacity, len(data))
    assert ring.dropped == len(data) - kept
    out = np.zeros(capacity + 5)
    assert ring.read_into(out) == kept
    np.testing.assert_array_equal(out[:kept], data[:kept])


def test_rejects_blocks_of_the_wrong_shape() -> None:
    stereo = RingBuffer(8, channels=2)
    with pytest.raises(ValueError, match="1-D block"):
        stereo.write(np.zeros(4, np.float32))
    with pytest.raises(ValueError, match="does not fit"):
        stereo.write(np.zeros((4, 3), np.float32))
    with pytest.raises(ValueError, match="does not fit"):
        stereo.read_into(np.zeros((4, 1), np.float32))
    with pytest.raises(ValueError):
        RingBuffer(0)


def test_mono_ring_accepts_column_blocks() -> None:
    ring = RingBuffer(8)
    assert ring.write(np.arange(3, dtype=np.float32)[:, np.newaxis]) == 3
    out = np.zeros(3, np.float32)
    assert ring.read_into(out) == 3
    np.testing.assert_array_equal(out, [0, 1, 2])


@pytest.fixture
def fine_thread_switching() -> Iterator[None]:
    """Make the interpreter switch threads often, so the two sides really interleave."""
    saved = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        yield
    finally:
        sys.setswitchinterval(saved)


@pytest.mark.usefixtures("fine_thread_switching")
def test_two_threads_pass_every_frame_in_order() -> None:
    # Blocks of up to thousands of frames: numpy releases the GIL while copying large arrays,
    # which is when the two sides really run at once (publishing the write position before the
    # copy makes this test fail nearly every time).
    total = 1_000_000
    ring = RingBuffer(4099, channels=2, dtype=np.int64)
    frames = np.arange(total, dtype=np.int64)
    source = np.stack([frames, -frames], axis=1)
    rng = np.random.default_rng(7)
    write_sizes = rng.integers(1, 3000, size=4096)
    read_sizes = rng.integers(1, 3000, size=4096)
    received = np.full((total, 2), -1, dtype=np.int64)
    errors: list[BaseException] = []
    deadline = threading.Event()  # set by the timer if the threads stall

    def producer() -> None:
        try:
            sent = i = 0
            while sent < total and not deadline.is_set():
                size = min(int(write_sizes[i % 4096]), total - sent)
                i += 1
                # Offer only what fits: this test wants every frame, so it never overfills.
                size = min(size, ring.writable)
                sent += ring.write(source[sent : sent + size])
        except BaseException as error:
            errors.append(error)

    def consumer() -> None:
        try:
            got = i = 0
            scratch = np.zeros((3000, 2), dtype=np.int64)
            while got < total and not deadline.is_set():
                size = int(read_sizes[i % 4096])
                i += 1
                n = ring.read_into(scratch[:size])
                received[got : got + n] = scratch[:n]
                got += n
        except BaseException as error:
            errors.append(error)

    timer = threading.Timer(30, deadline.set)
    timer.start()
    threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timer.cancel()
    assert not errors
    assert not deadline.is_set(), "the producer and consumer stalled"
    np.testing.assert_array_equal(received, source)
    assert ring.dropped == 0
    assert ring.readable == 0


def test_peek_copies_the_frames_before_a_position_across_the_wrap() -> None:
    ring = RingBuffer(8, 2, np.float32)
    block = np.arange(24, dtype=np.float32).reshape(12, 2)
    ring.write(block[:6])
    out = np.zeros((3, 2), np.float32)
    assert ring.read_into(np.zeros((6, 2), np.float32)) == 6
    ring.write(block[6:12])  # wraps
    assert ring.peek(out, ring.frames_written) == 3
    np.testing.assert_array_equal(out, block[9:12])
    assert ring.readable == 6, "peeking consumes nothing"
    big = np.zeros((20, 2), np.float32)
    assert ring.peek(big, ring.frames_written) == 8, "at most what the ring holds"
    np.testing.assert_array_equal(big[:8], block[4:12])
    assert ring.peek(out, 0) == 0
