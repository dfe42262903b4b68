"""The whole app, end to end: real speech into a real (virtual) microphone, the real openai SDK
over a loopback websocket to the fake translation service, captions on screen and on disk, and
translated speech out of a real (virtual) speaker."""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from tests.fakes.translation_server import FakeServerThread, tone
from tests.testbed import KeyringBed, PulseBed
from translator_gui.app import App
from translator_gui.meeting.events import DirectionState
from translator_gui.meeting.options import LaunchOptions
from translator_gui.settings import Settings

pytestmark = [pytest.mark.audio, pytest.mark.keyring]

SOURCE = "And so, my fellow Americans, ask not what your country can do for you. "
TRANSLATION = "Und so, liebe Mitbürger, fragt nicht, was euer Land für euch tun kann. "  # one caption long
OUT_TONE_HZ = 660.0


def _sox(*args: str | Path) -> None:
    subprocess.run(["sox", *map(str, args)], check=True, capture_output=True)


@pytest.fixture(scope="module")
def speech(tmp_path_factory: pytest.TempPathFactory, jfk_flac: Path) -> tuple[Path, np.ndarray]:
    """The clip as a device would play it (48 kHz stereo WAV) and the 24 kHz mono reference."""
    folder = tmp_path_factory.mktemp("speech")
    wav = folder / "jfk-48k-stereo.wav"
    ref = folder / "jfk-24k.raw"
    _sox(jfk_flac, "-r", "48000", "-c", "2", "-b", "16", wav)
    _sox(jfk_flac, "-r", "24000", "-c", "1", "-b", "16", "-e", "signed-integer", "-t", "raw", ref)
    return wav, np.frombuffer(ref.read_bytes(), dtype="<i2").astype(np.float64)


def best_correlation(received: np.ndarray, reference: np.ndarray) -> float:
    """Pearson correlation of the reference with the part of ``received`` it lines up with best."""
    n = len(received) + len(reference)
    size = 1 << (n - 1).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(received, size) * np.conj(np.fft.rfft(reference, size)), size)
    lag = int(np.argmax(xcorr[: len(received)]))
    aligned = received[lag : lag + len(reference)]
    ref = reference[: len(aligned)]
    return float(np.corrcoef(aligned, ref)[0, 1])


def tone_level_db(samples: np.ndarray, rate: int, frequency: float) -> float:
    """Energy near ``frequency`` relative to the whole recording's energy, in dB."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = (freqs > frequency - 10) & (freqs < frequency + 10)
    return float(10 * np.log10(spectrum[band].sum() / max(spectrum.sum(), 1e-20)))


@pytest.fixture
def server() -> Iterator[FakeServerThread]:
    with FakeServerThread() as fake:
        yield fake


@pytest.fixture
def app(
    qtbot: QtBot,
    qloop: asyncio.AbstractEventLoop,
    server: FakeServerThread,
    pulse: PulseBed,
    secret_service: KeyringBed,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[App]:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    # The meeting's sound is the micfeed sink (as a meeting app playing through it); speech goes to
    # the speaker. A first run with nothing chosen would listen to the default output, captions only.
    options = LaunchOptions(target="de", input_device="micfeed.monitor", output_device="speaker",
                            transcript_dir=tmp_path / "transcripts", start=True)
    application = App(qapp, options, settings=Settings(tmp_path / "settings.ini"))
    application.show()
    yield application
    application.quit()  # the app's own way out: session closed, transcript saved, window closed
    qtbot.wait_until(lambda: application.finished, timeout=15_000)


def _live(app: App, server: FakeServerThread) -> bool:
    return app.window.status().startswith("Live") and server.check(lambda s: len(s.appends) > 0)


def journal_lines(app: App) -> list[dict[str, object]]:
    folder = app.meeting.options.transcript_dir
    assert folder is not None
    lines: list[dict[str, object]] = []
    for path in sorted(folder.glob("*.jsonl")):
        lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return lines


def test_speech_in_captions_and_speech_out(
    app: App, server: FakeServerThread, pulse: PulseBed, qtbot: QtBot, tmp_path: Path,
    speech: tuple[Path, np.ndarray],
) -> None:
    wav, reference = speech
    # First audio from a fresh PulseAudio daemon can take a couple of seconds.
    qtbot.wait_until(lambda: _live(app, server), timeout=20_000)
    assert server.snapshot().session is not None
    session = server.snapshot().session_updates[0]
    assert session["audio"]["output"]["language"] == "de"
    assert session["audio"]["input"]["transcription"]["model"] == "gpt-realtime-whisper"

    recording = tmp_path / "speaker.raw"
    recorder = pulse.record("speaker.monitor", recording)
    player = pulse.play("micfeed", wav)
    start_bytes = len(server.snapshot().audio)
    server.say(SOURCE, TRANSLATION, tone(1.0, OUT_TONE_HZ), after_input_ms=3000)
    qtbot.wait_until(lambda: player.poll() is not None, timeout=30_000)
    assert player.returncode == 0

    # The translation is on screen and on disk.
    wanted = TRANSLATION.strip()
    qtbot.wait_until(lambda: any(wanted in line for line in app.window.captions.history_texts()), timeout=10_000)
    segments = journal_lines(app)
    assert [s["translation"] for s in segments] == [wanted]
    assert segments[0]["source"] == SOURCE.strip()
    assert segments[0]["language"] == "de"
    assert 0 <= float(segments[0]["start"]) <= float(segments[0]["end"])  # type: ignore[arg-type]

    app.meeting.spawn(app.meeting.stop())
    qtbot.wait_until(lambda: not app.meeting.running, timeout=15_000)
    recorder.terminate()
    recorder.wait(timeout=5)

    # The microphone's speech reached the service as 24 kHz PCM16, faithfully.
    state = server.snapshot()
    received = np.frombuffer(bytes(state.audio[start_bytes:]), dtype="<i2").astype(np.float64)
    assert len(received) >= len(reference)
    assert best_correlation(received, reference) >= 0.9
    assert state.received_of("session.close"), "Stop must close the session gracefully"
    # Streamed continuously, one whole 200 ms engine frame per append; only Stop sends what is left.
    appends = state.appends
    sizes = [a.byte_count for a in appends]
    whole = next((i for i, size in enumerate(sizes) if size != 9_600), len(sizes))
    assert whole >= len(sizes) - 2 and all(size < 9_600 for size in sizes[whole:]), sizes
    gaps = np.diff([a.time for a in appends])
    assert 0.15 <= float(np.median(gaps)) <= 0.25, f"median gap between appends {np.median(gaps) * 1000:.0f} ms"

    # The translated speech came out of the speaker.
    played = np.frombuffer(recording.read_bytes(), dtype="<f4").astype(np.float64)
    assert len(played) > 24_000
    assert tone_level_db(played, 24_000, OUT_TONE_HZ) > -3.0  # the tone dominates what was played
    assert np.sqrt(np.mean(played**2)) > 0.02


def test_target_language_changes_within_the_live_session(
    app: App, server: FakeServerThread, qtbot: QtBot
) -> None:
    qtbot.wait_until(lambda: _live(app, server), timeout=20_000)
    app.window.them.language.set_code("ja")
    qtbot.wait_until(lambda: server.check(lambda s: len(s.session_updates) >= 2), timeout=5_000)
    state = server.snapshot()
    assert state.session_updates[-1]["audio"]["output"]["language"] == "ja"
    assert state.handshake_attempts == 1, "the language change must not reconnect"
    before = len(state.audio)
    qtbot.wait_until(lambda: server.check(lambda s: len(s.audio) > before + 24_000), timeout=5_000)
    assert app.settings.target_language == "ja"

    # The network drops: the status says so, the session comes back by itself, audio flows again.
    statuses: list[str] = []
    app.controller.bridge.meeting_event.connect(
        lambda event: statuses.append(event.text) if isinstance(event, DirectionState) else None
    )
    server.drop("close1006")
    qtbot.wait_until(lambda: any("Reconnecting" in text for text in statuses), timeout=10_000)
    qtbot.wait_until(lambda: _live(app, server) and server.snapshot().handshake_attempts == 2, timeout=20_000)
    assert server.snapshot().session_updates[-1]["audio"]["output"]["language"] == "ja", "config restored"

    # A server error that leaves the session open is shown, and the session goes on.
    server.emit_error("The audio could not be decoded for a moment.")
    qtbot.wait_until(lambda: "could not be decoded" in app.window.status(), timeout=5_000)
    assert app.meeting.running
    before = len(server.snapshot().audio)
    qtbot.wait_until(lambda: server.check(lambda s: len(s.audio) > before + 24_000), timeout=5_000)
