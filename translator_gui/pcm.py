"""The one audio format the realtime service speaks: 24 kHz mono PCM16, little-endian."""

from __future__ import annotations

SAMPLE_RATE = 24_000
CHANNELS = 1
SAMPLE_BYTES = 2
BYTES_PER_SECOND = SAMPLE_RATE * CHANNELS * SAMPLE_BYTES


def seconds(byte_count: int) -> float:
    """How long ``byte_count`` bytes of 24 kHz mono PCM16 last."""
    return byte_count / BYTES_PER_SECOND
