"""What capture and playback share (audio/stream.py): a stream that cannot open is one sentence for
the user, naming the device and what was wrong, with no PortAudio jargon."""

from __future__ import annotations

from typing import Any

import pytest

from tests.testbed import PulseBed
from translator_gui.audio.capture import Capture
from translator_gui.audio.devices import Kind, find_device
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.playback import Playback

pytestmark = pytest.mark.audio

STREAMS = [
    pytest.param(Capture, "input", "microphone or input device", id="capture"),
    pytest.param(Playback, "output", "speaker or output device", id="playback"),
]


@pytest.mark.parametrize(("stream", "kind", "what"), STREAMS)
@pytest.mark.parametrize(("samplerate", "channels", "reason"), [
    (10_000_000, None, "invalid sample rate"),
    (None, 1000, "invalid number of channels"),
])
def test_absurd_settings_are_a_sentence_for_the_user(
    pulse: PulseBed, stream: Any, kind: Kind, what: str, samplerate: int | None, channels: int | None, reason: str
) -> None:
    with pytest.raises(AudioDeviceError) as caught:
        stream(find_device("pulse", kind), samplerate=samplerate, channels=channels)
    message = str(caught.value)
    assert message.startswith(f"Could not open the {what} 'pulse' at ")
    assert f"({reason}); choose another device" in message
    assert "PaErrorCode" not in message
