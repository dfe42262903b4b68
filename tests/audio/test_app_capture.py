"""Linux: "Sound from: <app>" captures one program's sound — the meeting's speech, none of the
music another program plays into the same output — while the person still hears both; Stop and
the next start after a crash put the app back where it was."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.audio.pumping import Drain, pump_until
from tests.audio.signals import sine, write_wav
from tests.audio.test_virtual_mic import ROOT, best_correlation, loudness
from tests.testbed import PulseBed
from translator_gui.audio import app_capture
from translator_gui.audio import pulse as pulse_protocol
from translator_gui.audio.errors import DeviceNotFoundError
from translator_gui.audio.sources import SoundDevice, find_sound_device, list_sound_devices, open_capture

pytestmark = pytest.mark.audio

MEETING, MUSIC = "Meeting App", "Music Player"
TONE_HZ = 1000.0


def tone_level_db(samples: np.ndarray, rate: int, frequency: float) -> float:
    """Energy near ``frequency`` relative to the whole recording's energy, in dB."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = (freqs > frequency - 2) & (freqs < frequency + 2)  # a steady tone's energy is all in here
    return float(10 * np.log10(spectrum[band].sum() / max(spectrum.sum(), 1e-20)))


def without_tone(samples: np.ndarray, rate: int, frequency: float, width: float = 25.0) -> np.ndarray:
    """``samples`` with everything within ``width`` Hz of ``frequency`` taken out: the music's tone,
    so what is left of the person's output can be compared with the speech alone."""
    spectrum = np.fft.rfft(samples)
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    spectrum[np.abs(freqs - frequency) < width] = 0
    return np.fft.irfft(spectrum, len(samples))


def _sox(*args: str | Path) -> None:
    subprocess.run(["sox", *map(str, args)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def clips(tmp_path_factory: pytest.TempPathFactory, jfk_flac: Path) -> tuple[Path, np.ndarray, Path]:
    """The meeting's speech (after 3 s of silence, time to start capturing), its 24 kHz reference,
    and the music: a tone long enough to outlast the speech."""
    folder = tmp_path_factory.mktemp("apps")
    speech, reference, music = folder / "speech.wav", folder / "speech.raw", folder / "tone.wav"
    _sox(jfk_flac, "-r", "48000", "-c", "2", "-b", "16", speech, "trim", "0", "5", "pad", "3", "0")
    _sox(jfk_flac, "-r", "24000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", reference,
         "trim", "0", "5")
    write_wav(music, sine(TONE_HZ, 48_000, 11.0, 0.3), 48_000, channels=2)
    return speech, np.frombuffer(reference.read_bytes(), dtype="<i2").astype(np.float64), music


def play_as(pulse: PulseBed, app: str, wav: Path, sink: str = "speaker") -> subprocess.Popen[bytes]:
    return subprocess.Popen(["paplay", f"--device={sink}", f"--property=application.name={app}", str(wav)],
                            env={**os.environ, **pulse.env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _sink_of(app: str) -> list[str]:
    with pulse_protocol.connected("test") as connection:
        names = {int(s.index): str(s.name) for s in connection.sink_list()}
        return [names[int(s.sink)] for s in connection.sink_input_list() if app_capture.app_name(s) == app]


def _ours() -> list[str]:
    with pulse_protocol.connected("test") as connection:
        return [str(s.name) for s in connection.sink_list() if str(s.name).startswith(app_capture.SINK_PREFIX)]


@pytest.fixture
def playing(pulse: PulseBed, clips: tuple[Path, np.ndarray, Path]) -> Iterator[list[subprocess.Popen[bytes]]]:
    speech, _, music = clips
    players = [play_as(pulse, MEETING, speech), play_as(pulse, MUSIC, music)]
    try:
        pump_until(lambda: bool(_sink_of(MEETING)) and bool(_sink_of(MUSIC)), 5.0, "both apps to play")
        yield players
    finally:
        for player in players:
            if player.poll() is None:
                player.kill()
            player.wait(timeout=5)


def test_one_app_alone_and_the_person_still_hears_it(
    pulse: PulseBed, clips: tuple[Path, np.ndarray, Path], playing: list[subprocess.Popen[bytes]], tmp_path: Path,
) -> None:
    _, reference, _ = clips
    inputs = list_sound_devices("input")
    labels = [e.label for e in inputs]
    assert f"Sound from: {MEETING}" in labels and f"Sound from: {MUSIC}" in labels
    device = find_sound_device(f"Sound from: {MEETING}", "input", inputs)
    assert device.app == MEETING and device.captures_output and device.key == f"pulse:app:{MEETING}"
    assert not [e for e in inputs if e.app is not None and e.app.startswith("python")], "not our own streams"

    heard = tmp_path / "speaker.raw"
    listener = pulse.record("speaker.monitor", heard)  # the person's output
    diverted = app_capture.start(MEETING)
    capture = None
    try:
        assert _sink_of(MEETING) == [diverted.sink] and _sink_of(MUSIC) == ["speaker"]
        assert f"Sound from: {MEETING}" in [e.label for e in list_sound_devices("input")], "still offered"
        assert not [e for e in list_sound_devices("output") if e.system_name == diverted.sink], "not an output"
        capture = open_capture(SoundDevice("input", device.key, device.label, diverted.monitor, "pulse",
                                           app=MEETING, samplerate=app_capture.RATE, channels=2))
        drain = Drain(capture)
        capture.start()
        follower = app_capture.NewStreams(diverted)
        try:  # the meeting app opens another stream (a browser does after a pause): captured too
            quiet = tmp_path / "quiet.wav"
            write_wav(quiet, np.zeros(48_000 * 5, dtype=np.float32), 48_000, channels=2)
            again = play_as(pulse, MEETING, quiet)
            pump_until(lambda: len(_sink_of(MEETING)) == 2, 5.0, "the second stream", drain)
            pump_until(lambda: _sink_of(MEETING) == [diverted.sink] * 2, 5.0, "the second stream moved", drain)
            assert follower.moved == 1
            again.kill()
            again.wait(timeout=5)
        finally:
            follower.stop()
        assert follower.error is None
        pump_until(lambda: playing[0].poll() is not None, 15.0, "the speech to end", drain)
        assert playing[0].returncode == 0
        pump_until(lambda: len(drain.samples()) > 0, 1.0, "the last audio", drain)
    finally:
        if capture is not None:
            capture.close()
        app_capture.stop(diverted)
        listener.terminate()
        listener.wait(timeout=5)
    captured = drain.samples().astype(np.float64)
    assert np.abs(captured[:2_400]).max() < 0.01, "capture began before the speech"
    print(f"captured {len(captured) / 24_000:.2f} s, dropped {capture.dropped_frames if capture else None}, "
          f"loudness correlation {best_correlation(loudness(captured), loudness(reference)):.3f}")
    correlation = best_correlation(captured, reference)
    tone_db = tone_level_db(captured, 24_000, TONE_HZ)
    speech_db = tone_level_db(reference, 24_000, TONE_HZ)  # the speech's own energy near that frequency
    print(f"app capture: correlation {correlation:.3f} with the meeting's speech; energy at {TONE_HZ:.0f} Hz "
          f"{tone_db:.1f} dB (the speech alone: {speech_db:.1f} dB)")
    assert correlation >= 0.9
    assert tone_db < speech_db + 3.0, "none of the music"
    # The person heard both: the meeting through Translator's loopback, and the music.
    person = np.frombuffer(heard.read_bytes(), dtype="<f4").astype(np.float64)
    # The loopback bends its rate to follow the output's clock, so its loudness over time is what
    # lines up with the speech, not its waveform sample by sample.
    speech_heard = best_correlation(loudness(without_tone(person[-len(reference) * 2 :], 24_000, TONE_HZ)),
                                    loudness(reference))
    print(f"the person's output: loudness correlation {speech_heard:.3f} with the meeting's speech, "
          "the tone taken out")
    assert speech_heard > 0.9
    person_db = tone_level_db(person, 24_000, TONE_HZ)
    print(f"the person's output: {TONE_HZ:.0f} Hz at {person_db:.1f} dB")
    assert person_db > speech_db + 20.0
    assert _sink_of(MEETING) in ([], ["speaker"]) and _ours() == []


def test_an_app_that_plays_nothing_is_said_in_words(pulse: PulseBed) -> None:
    with pytest.raises(DeviceNotFoundError, match="“Nobody” is not playing sound now"):
        app_capture.start("Nobody")


DIVERTER = """
import sys
from translator_gui.audio import app_capture
app_capture.start(sys.argv[1])
print("diverted", flush=True)
sys.stdin.read()
"""


def test_a_crashed_run_is_undone_at_the_next_start(pulse: PulseBed, playing: list[subprocess.Popen[bytes]]) -> None:
    diverter = subprocess.Popen([sys.executable, "-c", DIVERTER, MEETING], env={**os.environ, **pulse.env},
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        assert diverter.stdout is not None and diverter.stdout.readline() == "diverted\n"
        assert app_capture.restore_left_behind() == 0, "a running Translator keeps its capture"
    finally:
        os.kill(diverter.pid, signal.SIGKILL)
        diverter.wait(timeout=5)
    (left,) = _ours()
    assert _sink_of(MEETING) == [left], "the server keeps what a killed process made"
    assert app_capture.restore_left_behind() == 1  # what the next start does
    assert _sink_of(MEETING) == ["speaker"] and _ours() == []
    with pulse_protocol.connected("test") as connection:
        assert not [m for m in connection.module_list() if str(m.name) == "module-loopback"]
