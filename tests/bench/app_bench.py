"""Benchmark: the whole app live for a fixed time — microphone in, translated audio out, captions.

Runs ``python -m translator_gui --start`` as its own process against the fake translation service
on loopback, with real speech played into the PulseAudio test bed's microphone and scripted
translations (text plus speech) coming back every few seconds, then prints:

* the app's CPU use, in % of one core, over the measured window;
* its resident memory at the start and end of the window and the fitted growth per minute;
* microphone-sample-to-websocket-send latency p50/p99/max (from the app's own session summary:
  from the PortAudio callback that delivered a sample to the moment it was handed to the socket);
* playback underruns and capture overflows.

With ``--directions both`` the app runs *Them → me* (the meeting's sound, played into a "meeting"
sink, translated onto a "headphones" sink) and *Me → them* (the microphone, translated into the
virtual microphone) at once; the fake service then answers every 3 s of input on each connection
with a caption and 3 s of speech, so both directions caption and speak all the time.

Usage: .venv/bin/python tests/bench/app_bench.py [--seconds 60] [--directions them|both]
Needs the test bed's system packages (tests/run.sh installs them).
"""

from __future__ import annotations

import argparse
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import psutil  # noqa: E402

from tests.fakes.translation_server import FakeServerThread, tone  # noqa: E402
from tests.testbed import PulseBed  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "jfk.flac"
SENTENCES = [
    ("Ask not what your country can do for you.", "No preguntes qué puede hacer tu país por ti."),
    ("Ask what you can do for your country.", "Pregunta qué puedes hacer tú por tu país."),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the measured window")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds live before measuring")
    parser.add_argument("--directions", choices=("them", "both"), default="them",
                        help="one direction (the microphone) or both at once")
    args = parser.parse_args()
    both = args.directions == "both"

    work = Path(tempfile.mkdtemp(prefix="tr-bench-"))
    speech = work / "speech.wav"
    repeats = int((args.seconds + args.warmup) / 11) + 2
    subprocess.run(["sox", str(FIXTURE), "-r", "48000", "-c", "2", "-b", "16", str(speech), "repeat",
                    str(repeats)], check=True)
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(work / var.lower())
    pulse = PulseBed.start()
    env.update(pulse.env)
    player: subprocess.Popen[bytes] | None = None
    players: list[subprocess.Popen[bytes]] = []
    app: subprocess.Popen[bytes] | None = None
    try:
        with FakeServerThread(echo_ms=3000 if both else None, echo_speech=both) as server:
            total = args.seconds + args.warmup + 10
            for i in range(0 if both else int(total / 3)):
                source, translation = SENTENCES[i % len(SENTENCES)]
                server.say(source + " ", translation + " ", tone(2.0, 440.0 + 20 * (i % 5)),
                           after_input_ms=1000 + 3000 * i)
            env.update(OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=server.base_url, QT_QPA_PLATFORM="offscreen")
            command = [sys.executable, "-m", "translator_gui", "--start", "--target", "es",
                       "--transcript-dir", str(work / "transcripts")]
            if both:
                pulse.add_sink("meeting", "Meeting App")
                pulse.add_sink("headphones", "Headphones")
                command += ["--directions", "both", "--input", "meeting.monitor", "--output", "headphones",
                            "--me-target", "en", "--me-input", "micfeed.monitor", "--me-output", "virtualmic"]
                players.append(pulse.play("meeting", speech))
            player = pulse.play("micfeed", speech)
            app = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            connections = 2 if both else 1
            if not server.wait_until(
                lambda s: s.input_ms > 500 and len({a.connection for a in s.appends}) == connections, timeout=30
            ):
                raise SystemExit("the app never started streaming")
            proc = psutil.Process(app.pid)
            time.sleep(args.warmup)  # a fixed warm-up window, not a wait for an event
            cpu0 = proc.cpu_times()
            t0 = time.monotonic()
            rss: list[tuple[float, float]] = []
            while (elapsed := time.monotonic() - t0) < args.seconds:
                rss.append((elapsed, proc.memory_info().rss / 2**20))
                time.sleep(min(2.0, args.seconds - elapsed))  # the sampling period of the measurement
            cpu1 = proc.cpu_times()
            wall = time.monotonic() - t0
            rss.append((wall, proc.memory_info().rss / 2**20))
            state = server.snapshot()
            received_s = state.input_ms / 1000
            warm = state.appends[0].time + args.warmup
            gaps = np.concatenate([  # each session's own cadence
                np.diff([a.time for a in state.appends if a.connection == conn and a.time >= warm]) * 1000
                for conn in {a.connection for a in state.appends}
            ])
            sizes_ms = [a.byte_count / 48 for a in state.appends]
            app.send_signal(signal.SIGTERM)
            _, err = app.communicate(timeout=30)
            if app.returncode != 0:
                raise SystemExit(f"app exited with {app.returncode}: {err.decode()[-2000:]}")
    finally:
        for p in (player, *players, app):
            if p is not None and p.poll() is None:
                p.kill()
        pulse.stop()

    cpu = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / wall * 100
    times, mem = np.array([t for t, _ in rss]), np.array([m for _, m in rss])
    slope = float(np.polyfit(times / 60, mem, 1)[0]) if len(rss) > 2 else float("nan")
    log = (work / "xdg_state_home" / "translator-gui" / "log" / "translator.log").read_text()
    summary = re.findall(r"Session summary: (.*)", log)
    print(f"window: {wall:.1f} s live (audio received by the service: {received_s:.1f} s in total)")
    print(f"app CPU: {cpu:.2f} % of one core")
    print(f"app RSS: {mem[0]:.1f} MiB -> {mem[-1]:.1f} MiB, fitted growth {slope:+.2f} MiB/min")
    half = len(rss) // 2
    if half > 2:
        late = float(np.polyfit(times[half:] / 60, mem[half:], 1)[0])
        print(f"app RSS growth over the second half of the window: {late:+.2f} MiB/min")
    print("app RSS every 30 s (MiB): " + " ".join(f"{m:.1f}" for t, m in rss if t % 30 < 2.0))
    print(f"appends: {len(sizes_ms)}, largest {max(sizes_ms):.0f} ms of audio; gap between appends "
          f"p50 {np.percentile(gaps, 50):.1f} ms, p99 {np.percentile(gaps, 99):.1f} ms, max {gaps.max():.1f} ms")
    for line in summary[-2:] if both else summary[-1:]:
        print(f"session summary: {line}")
    if not summary:
        print("session summary: missing from the log")
    if both:
        print(f"captions answered by the service: {len(state.echoed)} "
              f"({len({conn for conn, _, _ in state.echoed})} connections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
