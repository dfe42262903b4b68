"""What the session keeps of the audio it sent: read (a pong) is not consumed (``elapsed_ms``)."""

from __future__ import annotations

from translator_gui.pcm import BYTES_PER_SECOND
from translator_gui.realtime.reconnect import InFlight, UnsentAudio

SECOND = b"\x00\x01" * (BYTES_PER_SECOND // 2)


def test_read_audio_is_no_longer_behind_but_still_kept_until_consumed() -> None:
    flight = InFlight()
    for _ in range(3):
        flight.sent(SECOND)
    assert flight.unread_bytes == 3 * BYTES_PER_SECOND
    flight.read(2 * BYTES_PER_SECOND)
    assert flight.unread_bytes == BYTES_PER_SECOND
    assert len(flight) == 3 * BYTES_PER_SECOND  # a lost connection still re-sends all three
    flight.consumed(1000)
    assert len(flight) == 2 * BYTES_PER_SECOND and flight.unread_bytes == BYTES_PER_SECOND
    flight.read(10 * BYTES_PER_SECOND)  # a mark beyond what was sent reads no more than that
    assert flight.unread_bytes == 0
    generation = flight.generation
    assert len(b"".join(flight.take())) == 2 * BYTES_PER_SECOND
    assert flight.generation == generation + 1 and flight.unread_bytes == 0


def test_what_the_bound_forgets_unconfirmed_is_counted_and_can_be_told() -> None:
    flight = InFlight(max_bytes=2 * BYTES_PER_SECOND)
    for _ in range(5):
        flight.sent(SECOND)
    assert flight.forgotten_bytes == 3 * BYTES_PER_SECOND
    unsent = UnsentAudio()
    unsent.count_dropped(flight.forgotten_bytes)
    assert unsent.dropped_bytes == 3 * BYTES_PER_SECOND


def test_what_the_bound_forgets_after_the_service_read_it_is_no_loss() -> None:
    """A long silence on a healthy link: nothing confirmed by ``elapsed_ms``, everything read (pongs)."""
    flight = InFlight(max_bytes=2 * BYTES_PER_SECOND)
    for _ in range(5):
        flight.sent(SECOND)
        flight.read(flight.sent_bytes)
    assert flight.forgotten_bytes == 0
