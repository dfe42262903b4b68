"""Linux: "Translator microphone", made on the real sound server, heard as a microphone, and gone
after Stop or after a crash and the next start."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import pump_until
from tests.testbed import PulseBed
from translator_gui.audio import pulse as pulse_protocol
from translator_gui.audio import virtual_mic
from translator_gui.audio.errors import AudioDeviceError
from translator_gui.audio.feedback import feedback_problem
from translator_gui.audio.sources import find_sound_device, list_sound_devices, open_playback
from translator_gui.audio.virtual_mic import DESCRIPTION, FEED_SINK, SOURCE

pytestmark = pytest.mark.audio


def _sox(*args: str | Path) -> None:
    subprocess.run(["sox", *map(str, args)], check=True, capture_output=True)


def best_correlation(received: np.ndarray, reference: np.ndarray) -> float:
    """Pearson correlation of the reference with the part of ``received`` it lines up with best."""
    n = len(received) + len(reference)
    size = 1 << (n - 1).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(received, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(xcorr[: len(received)]))
    aligned = received[lag : lag + len(reference)]
    ref = reference[: len(aligned)]
    return float(np.corrcoef(aligned, ref)[0, 1])


def loudness(x: np.ndarray, rate: int = 24_000) -> np.ndarray:
    """RMS in 10 ms frames: what survives a resampler that bends its ratio (the player's drift
    correction shifts the waveform by fractions of a sample, not its loudness over time)."""
    frame = rate // 100
    n = len(x) // frame
    rms: np.ndarray = np.sqrt(np.mean(x[: n * frame].reshape(n, frame) ** 2, axis=1))
    return rms


def _ours() -> tuple[list[str], list[str]]:
    with pulse_protocol.connected("test") as connection:
        return ([str(s.name) for s in connection.sink_list() if str(s.name) == FEED_SINK],
                [str(s.name) for s in connection.source_list() if str(s.name) == SOURCE])


@pytest.fixture
def speech_pcm16(tmp_path: Path, jfk_flac: Path) -> bytes:
    raw = tmp_path / "jfk-24k.raw"
    _sox(jfk_flac, "-r", "24000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", raw, "trim", "0", "4")
    return raw.read_bytes()


def test_offered_before_it_exists_and_listed_as_a_microphone_once_made(pulse: PulseBed) -> None:
    offered = find_sound_device(DESCRIPTION, "output")
    assert offered.is_virtual_mic and offered.key == f"pulse:sink:{FEED_SINK}"
    assert _ours() == ([], [])
    mic = virtual_mic.create()
    try:
        with pulse_protocol.connected("test") as connection:
            source = connection.get_source_by_name(SOURCE)
            # What Chromium-based meeting apps need: a source that is no monitor.
            assert source.description == DESCRIPTION
            assert source.proplist.get("device.class") == "filter"
            assert source.monitor_of_sink == 0xFFFFFFFF
        outputs = list_sound_devices("output")
        assert [e.label for e in outputs if e.is_virtual_mic] == [DESCRIPTION], "one entry, made or not"
        assert find_sound_device(DESCRIPTION, "output").key == offered.key
        heard = find_sound_device(SOURCE, "input")
        assert heard.label == DESCRIPTION and heard.monitor_of == FEED_SINK
        # The feedback guard: listening to the virtual microphone while playing into it is a loop.
        assert feedback_problem(heard, offered) is not None
        monitor = find_sound_device(f"{FEED_SINK}.monitor", "input")
        assert feedback_problem(monitor, offered) is not None
        assert virtual_mic.create() == mic, "this run's own, used again as it is"
    finally:
        virtual_mic.remove(mic)
    assert _ours() == ([], [])


def test_it_carries_the_translated_speech(pulse: PulseBed, tmp_path: Path, speech_pcm16: bytes) -> None:
    mic = virtual_mic.create()
    recording = tmp_path / "mic.raw"
    recorder = None
    playback = None
    try:
        recorder = pulse.record(SOURCE, recording)  # as the meeting app's microphone
        playback = open_playback(find_sound_device(DESCRIPTION, "output"), prefill_ms=40)
        playback.start()
        # A new null sink settles its latency in the first moments of its first stream; by the time
        # a translation arrives in a meeting, it has. (Here: one second of silence first.)
        playback.push_pcm16(bytes(48_000))
        playback.mark_end()
        pump_until(lambda: playback is not None and playback.buffered_ms == 0, 10.0, "the silence to play")
        playback.push_pcm16(speech_pcm16)
        playback.mark_end()
        pump_until(lambda: playback is not None and playback.buffered_ms == 0, 15.0, "the speech to play")
        played = recording.stat().st_size  # and half a second more, to have the end on record
        pump_until(lambda: recording.stat().st_size > played + 4 * 12_000, 5.0, "the recording")
    finally:
        if playback is not None:
            playback.close()
        if recorder is not None:
            recorder.terminate()
            recorder.wait(timeout=5)
        virtual_mic.remove(mic)
    received = np.frombuffer(recording.read_bytes(), dtype="<f4").astype(np.float64)
    reference = np.frombuffer(speech_pcm16, dtype="<i2").astype(np.float64)
    correlation = best_correlation(loudness(received), loudness(reference))
    print(f"virtual microphone: loudness correlation {correlation:.3f} with the speech played into it, "
          f"waveform {best_correlation(received, reference):.3f}")
    assert correlation >= 0.9


ROOT = Path(__file__).resolve().parents[2]
MAKER = """
import sys
from translator_gui.audio import virtual_mic
virtual_mic.create()
print("made", flush=True)
sys.stdin.read()
"""


def killed_maker(pulse: PulseBed) -> None:
    """A Translator process that made the virtual microphone and was killed (SIGKILL: no clean-up)."""
    maker = subprocess.Popen([sys.executable, "-c", MAKER], env={**os.environ, **pulse.env},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert maker.stdout is not None and maker.stdout.readline() == "made\n"
    finally:
        os.kill(maker.pid, signal.SIGKILL)
        maker.wait(timeout=5)
    assert maker.returncode == -signal.SIGKILL


def test_a_crashed_run_leaves_it_and_the_next_start_removes_it(pulse: PulseBed) -> None:
    maker = subprocess.Popen([sys.executable, "-c", MAKER], env={**os.environ, **pulse.env},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert maker.stdout is not None and maker.stdout.readline() == "made\n"
        assert _ours() == ([FEED_SINK], [SOURCE])
        assert virtual_mic.remove_left_behind() == 0, "a running Translator keeps its microphone"
        with pytest.raises(AudioDeviceError, match="already in use by another Translator window"):
            virtual_mic.create()
    finally:
        os.kill(maker.pid, signal.SIGKILL)
        maker.wait(timeout=5)
    assert maker.returncode == -signal.SIGKILL
    assert _ours() == ([FEED_SINK], [SOURCE]), "the server keeps what a killed process made"
    assert virtual_mic.remove_left_behind() == 2  # what the next start does
    assert _ours() == ([], [])
    mic = virtual_mic.create()  # and a new one can be made
    virtual_mic.remove(mic)
