"""A lock-free single-producer single-consumer ring of audio frames.

The PortAudio callback runs on a real-time thread that must never wait: if it blocks on a lock
held by a busy UI or network thread, the sound card's buffer runs out and the user hears a click
or loses words. This ring lets exactly one thread write and exactly one other thread read without
any lock: the storage is allocated once, and each side publishes its position only after it has
finished copying, so the other side never sees a half-written block.

Positions are monotonically increasing Python ints (frames since creation); the storage slot is
the position modulo the capacity. Assigning an int attribute is atomic under the interpreter,
which is all the synchronisation a single producer and a single consumer need.

When full, :meth:`RingBuffer.write` keeps what is already queued, drops the newest frames and
counts them in :attr:`RingBuffer.dropped` (only the consumer may move the read position, so the
producer cannot drop the oldest without a lock).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

if TYPE_CHECKING:
    from typing_extensions import Buffer


class RingBuffer:
    """Preallocated frames shared by one producer thread and one consumer thread."""

    def __init__(self, capacity: int, channels: int = 1, dtype: type[Any] = np.float32) -> None:
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity}")
        if channels <= 0:
            raise ValueError(f"channels must be positive, not {channels}")
        self._capacity = int(capacity)
        self._channels = int(channels)
        self._buf: npt.NDArray[Any] = np.zeros((self._capacity, self._channels), dtype=dtype)
        # For mono, a 1-D view lets 1-D blocks be copied without reshaping them.
        self._mono: npt.NDArray[Any] = self._buf[:, 0]
        # The storage as bytes, for raw blocks from the sound library (see write_bytes).
        self._raw = self._buf.data.cast("B")
        self._frame_bytes = self._channels * self._buf.dtype.itemsize
        self._write_pos = 0  # published by the producer after its copy
        self._read_pos = 0  # published by the consumer after its copy
        self._dropped = 0  # producer-owned

    # -- shape -----------------------------------------------------------------------------

    @property
    def capacity(self) -> int:
        """Frames the ring can hold."""
        return self._capacity

    @property
    def channels(self) -> int:
        """Samples per frame."""
        return self._channels

    @property
    def dtype(self) -> np.dtype[Any]:
        """Sample type of the storage."""
        return self._buf.dtype

    # -- state (safe to read from either side; a snapshot) ---------------------------------

    @property
    def readable(self) -> int:
        """Frames the consumer can read now."""
        return self._write_pos - self._read_pos

    @property
    def writable(self) -> int:
        """Frames the producer can write now without dropping any."""
        return self._capacity - (self._write_pos - self._read_pos)

    @property
    def dropped(self) -> int:
        """Frames the producer had to throw away because the ring was full."""
        return self._dropped

    @property
    def frames_written(self) -> int:
        """Total frames accepted since creation (the producer's position)."""
        return self._write_pos

    @property
    def frames_read(self) -> int:
        """Total frames consumed or discarded since creation (the consumer's position)."""
        return self._read_pos

    # -- producer --------------------------------------------------------------------------

    def _store(self, block: npt.NDArray[Any]) -> npt.NDArray[Any]:
        """The storage view matching ``block``'s shape (1-D only for mono)."""
        if block.ndim == 1:
            if self._channels != 1:
                raise ValueError(f"a 1-D block needs a mono ring, this one has {self._channels} channels")
            return self._mono
        if block.ndim == 2 and block.shape[1] == self._channels:
            return self._buf
        raise ValueError(f"block of shape {block.shape} does not fit a ring of {self._channels} channels")

    def write(self, block: npt.NDArray[Any]) -> int:
        """Copy as many frames of ``block`` as fit; returns how many were accepted.

        Producer side only. Never allocates storage. Frames that do not fit are dropped (the
        newest ones) and added to :attr:`dropped`.
        """
        store = self._store(block)
        frames = int(block.shape[0])
        write_pos = self._write_pos
        n = min(frames, self._capacity - (write_pos - self._read_pos))
        if n < frames:
            self._dropped += frames - n
        if n <= 0:
            return 0
        start = write_pos % self._capacity
        first = min(n, self._capacity - start)
        store[start : start + first] = block[:first]
        if n > first:
            store[: n - first] = block[first:n]
        self._write_pos = write_pos + n  # publish only after the copy
        return n

    def write_bytes(self, data: Buffer | npt.NDArray[Any]) -> int:
        """Copy as many whole frames of raw ``data`` (interleaved samples of the ring's dtype, C order:
        a sound library's block or a contiguous numpy array) as fit; returns how many were accepted.

        Like :meth:`write`, but a plain byte copy: no array is made per block. Producer side only.
        """
        view = data.data if isinstance(data, np.ndarray) else memoryview(data)
        if view.nbytes == 0:
            return 0
        if view.format != "B" or view.ndim != 1:
            view = view.cast("B")
        fb = self._frame_bytes
        frames = view.nbytes // fb
        write_pos = self._write_pos
        n = min(frames, self._capacity - (write_pos - self._read_pos))
        if n < frames:
            self._dropped += frames - n
        if n <= 0:
            return 0
        start = write_pos % self._capacity
        first = min(n, self._capacity - start)
        raw = self._raw
        raw[start * fb : (start + first) * fb] = view[: first * fb]
        if n > first:
            raw[: (n - first) * fb] = view[first * fb : n * fb]
        self._write_pos = write_pos + n  # publish only after the copy
        return n

    # -- consumer --------------------------------------------------------------------------

    def read_into(self, out: npt.NDArray[Any]) -> int:
        """Fill up to ``len(out)`` frames of ``out``; returns how many were read.

        Consumer side only. ``out`` is 1-D for a mono ring or ``(frames, channels)``; frames
        past the returned count are left untouched.
        """
        store = self._store(out)
        read_pos = self._read_pos
        n = min(int(out.shape[0]), self._write_pos - read_pos)
        if n <= 0:
            return 0
        start = read_pos % self._capacity
        first = min(n, self._capacity - start)
        out[:first] = store[start : start + first]
        if n > first:
            out[first:n] = store[: n - first]
        self._read_pos = read_pos + n  # publish only after the copy
        return n

    def peek(self, out: npt.NDArray[Any], end: int) -> int:
        """Copy the frames just before position ``end`` into the start of ``out`` (as many as fit,
        oldest first) without consuming anything; returns how many. For a look at the newest audio
        (e.g. a level meter) from either side: slots stay valid until the producer writes a whole
        capacity further, so ``end`` should be a position just read from :attr:`frames_written` or
        :attr:`frames_read`."""
        store = self._store(out)
        n = max(0, min(int(out.shape[0]), end, self._capacity))
        if n == 0:
            return 0
        start = (end - n) % self._capacity
        first = min(n, self._capacity - start)
        out[:first] = store[start : start + first]
        if n > first:
            out[first:n] = store[: n - first]
        return n

    def discard(self, n: int) -> int:
        """Skip up to ``n`` readable frames without copying them; returns how many were skipped.

        Consumer side only.
        """
        read_pos = self._read_pos
        skipped = max(0, min(n, self._write_pos - read_pos))
        self._read_pos = read_pos + skipped
        return skipped
