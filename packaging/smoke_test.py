"""Smoke test of the FROZEN app (the PyInstaller bundle), headless, on the test bed.

    .venv/bin/python packaging/smoke_test.py [dist/translator-gui/translator-gui]

1. ``--version`` prints the version and exits 0.
2. A short live session: a private PulseAudio (null sinks) and a private gnome-keyring holding the key
   (the app reads it from the Secret Service; ``OPENAI_API_KEY`` is not set), the fake realtime
   service on loopback.  The app starts translating; the service says a sentence with a tone as its
   speech; the caption must reach the journal on disk and the tone the speaker.  A second launch meanwhile
   must hand over to the first and exit 0.  SIGTERM must end the first with exit status 0.
3. Everything the program printed is searched for what a broken freeze prints: ``ModuleNotFoundError``,
   ``Fatal Python error``, a Qt plugin that cannot be loaded; and the log folder for crash reports.

Runs from the repository (it uses the test bed in ``tests/``) with the test venv's Python; exits 0 when
every check passed, 1 otherwise.  The model is friture's ``scripts/smoke_test.py``.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import numpy as np  # noqa: E402

from tests.fakes.translation_server import FakeServerThread, tone  # noqa: E402
from tests.testbed import KeyringBed, PulseBed  # noqa: E402

KEY = "sk-test-frozen-smoke"
SOURCE, TRANSLATION = "Buenos días a todos.", "Good morning, everyone."
TONE_HZ = 660.0
BROKEN = [
    re.compile(p) for p in (
        r"ModuleNotFoundError", r"ImportError", r"Fatal Python error", r"Traceback \(most recent call last\)",
        r"Could not (?:find|load) the Qt platform plugin", r"Cannot load library", r"Failed to create .*plugin",
        r"This application failed to start", r"could not start",
    )
]


def wait_for(condition: Callable[[], bool], timeout: float, proc: subprocess.Popen[str]) -> bool:
    """Until ``condition()``; False at the timeout or as soon as ``proc`` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        try:
            proc.wait(timeout=0.1)  # the pause between two looks, and a check that the app still runs
            return condition()
        except subprocess.TimeoutExpired:
            continue
    return condition()


def tone_share(samples: np.ndarray, rate: int, frequency: float) -> float:
    """The share of the recording's energy within 10 Hz of ``frequency``."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples)))) ** 2
    freqs = np.fft.rfftfreq(len(samples), 1 / rate)
    band = (freqs > frequency - 10) & (freqs < frequency + 10)
    return float(spectrum[band].sum() / max(float(spectrum.sum()), 1e-20))


class Smoke:
    def __init__(self, program: Path) -> None:
        self.program = program
        self.failures: list[str] = []
        self.outputs: list[str] = []

    def check(self, ok: bool, what: str) -> None:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            self.failures.append(what)

    def version(self, env: dict[str, str]) -> None:
        started = time.monotonic()
        result = subprocess.run([str(self.program), "--version"], capture_output=True, text=True, env=env,
                                timeout=60)
        self.outputs.append(result.stdout + result.stderr)
        self.check(result.returncode == 0 and re.fullmatch(r"Translator \d+\.\d+\.\d+\S*\n", result.stdout) is not None,
                   f"--version → {result.stdout.strip()!r}, exit {result.returncode} "
                   f"({time.monotonic() - started:.1f} s)")

    def live(self, home: Path) -> None:
        pulse = PulseBed.start()
        secrets = KeyringBed.start()
        try:
            self._live(home, pulse, secrets)
        finally:
            secrets.stop()
            pulse.stop()

    def _live(self, home: Path, pulse: PulseBed, secrets: KeyringBed) -> None:
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = secrets.bus_address
        keyring.set_password("translator-gui", "openai-api-key", KEY)  # what the app's key dialog stores
        transcripts = home / "transcripts"
        recording = home / "speaker.raw"
        with FakeServerThread(api_keys=[KEY]) as server:
            env = {**app_env(home), **pulse.env, "DBUS_SESSION_BUS_ADDRESS": secrets.bus_address,
                   "OPENAI_BASE_URL": server.base_url, "QT_DEBUG_PLUGINS": "1"}
            recorder = pulse.record("speaker.monitor", recording)
            # The meeting's sound comes through micfeed; the translation plays on the speaker (a first run
            # with nothing chosen would listen to the speaker itself, captions only).
            proc = subprocess.Popen([str(self.program), "--start", "--target", "es", "--input", "micfeed.monitor",
                                     "--output", "speaker", "--transcript-dir", str(transcripts)],
                                    env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                streamed = wait_for(lambda: server.check(lambda s: s.input_ms >= 400), 40, proc)
                self.check(streamed, "the key came from the Secret Service and the app streamed audio to the service")
                if streamed:
                    second = subprocess.run([str(self.program)], env=env, capture_output=True, text=True, timeout=60)
                    self.outputs.append(second.stdout + second.stderr)
                    self.check(second.returncode == 0 and "already running" in second.stderr,
                               f"a second launch handed over to the first and exited {second.returncode}")
                    server.say(SOURCE, TRANSLATION, tone(1.5, TONE_HZ))
                    self.check(wait_for(lambda: TRANSLATION in journal_text(transcripts), 20, proc),
                               "the caption is in the journal on disk")
                    self.check(wait_for(lambda: tone_heard(recording), 20, proc), "the speech came out of the speaker")
                proc.send_signal(signal.SIGTERM)
                out, err = proc.communicate(timeout=30)
            finally:
                if proc.poll() is None:
                    proc.kill()
                    out, err = proc.communicate()
                recorder.terminate()
                recorder.wait(timeout=5)
            self.outputs.append(out + err)
            self.check(proc.returncode == 0, f"exit status 0 on SIGTERM (got {proc.returncode})")
            self.check(server.snapshot().received_of("session.close") != [], "the session was closed gracefully")
        log_dir = home / "state" / "translator-gui" / "log"
        reports = sorted(log_dir.glob("crash-*.txt"))
        self.check(not reports, f"no crash report in the log folder {[p.name for p in reports]}")
        # faulthandler's files, one per launch (fatal-error-<pid>-<random>.log): empty or gone after a clean exit
        fatal_text = "".join(path.read_text(encoding="utf-8") for path in sorted(log_dir.glob("fatal-error*.log")))
        self.outputs.append(fatal_text)
        self.check(not fatal_text, "no fatal error (faulthandler's file is empty or gone)")
        for line in fatal_text.splitlines():  # every thread's stack at the crash: where to look
            print("      " + line, flush=True)
        log = (log_dir / "translator.log").read_text(encoding="utf-8") if (log_dir / "translator.log").exists() else ""
        self.outputs.append(log)
        self.check("exited cleanly" in log, "the log says the app exited cleanly")
        written = [p for p in home.rglob("*") if p.is_file() and p != recording]
        self.check(all(KEY not in p.read_text(encoding="utf-8", errors="replace") for p in written),
                   "the key is in no file the app wrote")

    def scan(self) -> None:
        text = "\n".join(self.outputs)
        found = sorted({m.group(0) for pattern in BROKEN for m in pattern.finditer(text)})
        self.check(not found, f"nothing a broken freeze prints {found}")
        if found:
            for line in text.splitlines():
                if any(p.search(line) for p in BROKEN):
                    print("      " + line[:300])


def journal_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in folder.glob("*.jsonl")) if folder.is_dir() else ""


def tone_heard(recording: Path) -> bool:
    samples = np.frombuffer(recording.read_bytes()[: recording.stat().st_size // 4 * 4], dtype="<f4")
    return len(samples) > 24_000 and float(np.sqrt(np.mean(samples.astype(np.float64) ** 2))) > 0.02 and \
        tone_share(samples.astype(np.float64), 24_000, TONE_HZ) > 0.3


def app_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON", "VIRTUAL_ENV"))}
    env.update({"QT_QPA_PLATFORM": "offscreen", "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config"),
                "XDG_DATA_HOME": str(home / "data"), "XDG_STATE_HOME": str(home / "state"),
                "XDG_CACHE_HOME": str(home / "cache")})
    return env


def main(argv: list[str]) -> int:
    program = Path(argv[1]) if len(argv) > 1 else ROOT / "dist" / "translator-gui" / "translator-gui"
    if not program.is_file():
        print(f"no frozen app at {program}: run bash packaging/linux/build.sh first", file=sys.stderr)
        return 1
    started = time.monotonic()
    smoke = Smoke(program)
    with tempfile.TemporaryDirectory(prefix="tr-smoke-") as folder:
        home = Path(folder)
        smoke.version(app_env(home))
        smoke.live(home)
        smoke.scan()
        segments = [json.loads(line) for line in journal_text(home / "transcripts").splitlines() if line]
        print(f"journal: {[s.get('translation') for s in segments]}")
    print(f"{'FAILED' if smoke.failures else 'passed'}: the frozen app, {time.monotonic() - started:.0f} s")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
