"""How far behind live a service that works at speech pace would be, from what the fake received.

The real translation service consumes input at the pace of speech (it "consumes 200 ms frames";
a backlog sent at once is worked through in real time, which is why an app that re-sends a minute
of held audio stays a minute behind). This module models that from the fake server's append log
— real arrival times, real byte counts — and from audio that says where it came from:

* ``counter_wav`` writes 24 kHz PCM16 whose samples count: even samples hold ``index % 32768``,
  odd ones ``index // 32768`` (index = the sample's position in the file), so any four
  consecutive received samples tell which moment of the file they are, whatever was skipped.
* ``lag_at(state, t0, when)``: on the connection live at ``when``, the sample a speech-pace
  service would be working on then, and how long ago it was captured (``t0``: the source's start).
"""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np

from tests.fakes.translation_state import FakeState

RATE = 24_000


def counter_wav(path: Path, seconds: float) -> Path:
    index = np.arange(int(seconds * RATE), dtype=np.int64)
    samples = np.where(index % 2 == 0, index % 32768, index // 32768).astype("<i2")
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples.tobytes())
    return path


def sample_index(stream: bytes, offset: int) -> int:
    """The file position of the sample at byte ``offset`` of ``stream`` (counter audio)."""
    s = np.frombuffer(stream[offset : offset + 8], dtype="<i2").astype(np.int64)
    if len(s) < 4:
        raise ValueError("need four samples")
    if (s[2] - s[0]) % 32768 == 2 and s[1] == s[3]:  # s[0] is an even sample: (low, high)
        return int(s[1] * 32768 + s[0])
    return int(s[2] * 32768 + s[1]) - 1  # s[0] is odd: s[1] is (low) of the next even sample


def lag_at(state: FakeState, t0: float, when: float) -> float:
    """Seconds between ``when`` and the capture of what a speech-pace service works on at ``when``."""
    appends = [a for a in state.appends if a.time <= when]
    if not appends:
        raise ValueError("nothing had arrived")
    connection = appends[-1].connection
    offset = 0  # where this connection's audio starts in state.audio
    for a in state.appends:
        if a.connection == connection:
            break
        offset += a.byte_count
    mine = [a for a in state.appends if a.connection == connection]
    busy_until = mine[0].time  # the service's clock on this connection
    position = 0  # bytes of this connection processed by busy_until
    for a in mine:
        start = max(busy_until, a.time)
        if start > when:
            break
        duration = a.byte_count / (2 * RATE)
        if start + duration >= when:
            done = int((when - start) * 2 * RATE) // 2 * 2
            position += done
            break
        busy_until = start + duration
        position += a.byte_count
    else:
        position = max(0, position - 8)  # idle: it is at the newest sample received
    index = sample_index(bytes(state.audio), offset + min(position, sum(a.byte_count for a in mine) - 8))
    return when - (t0 + index / RATE)
