"""Benchmark: the audio path on the real PulseAudio test bed. Prints figures; asserts nothing.

1. Audio callback duration p50/p99/max (µs) for Capture (48 kHz stereo from a sink's monitor,
   10 ms blocks) and Playback (speech pushed in 24 kHz deltas, 48 kHz stereo out), timed inside
   the real PortAudio callback thread.
2. Translated-audio delay: from the moment a delta is pushed (its arrival) to its first sample at
   the speaker's monitor, dated by a Capture's block clock; with the adaptive delay's initial
   target and after it has learnt a calm network.
3. A jittery run: speech deltas delivered with ±80 ms jitter, bunched in threes, in real time, to
   a real Playback while a Capture records the speaker's monitor; underruns (buffer ran dry
   mid-utterance), PortAudio output underflows, overruns, capture overflows.

4. CPU: the share of one core spent inside each callback, this process's and the sound server's
   CPU during the jittery run (smaller device buffers wake everyone more often).

Usage: .venv/bin/python tests/bench/audio_bench.py [--seconds 60]   (600 for the 10-minute run)
       [--latency 0.02] [--blocksize 480] [--prefill-ms 100]   (Playback's defaults when omitted;
       --prefill-ms applies to a fixed delay only)
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from tests.audio.simulate import Network, deliveries  # noqa: E402
from tests.testbed import PulseBed  # noqa: E402

TIMINGS = 200_000


def _timed(cls: type[Any]) -> type[Any]:
    """A subclass whose audio callback records its own duration in a preallocated array."""

    class Timed(cls):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            self.durations = np.zeros(TIMINGS, np.int64)
            self.calls = 0
            super().__init__(*args, **kwargs)

        def _callback(self, data: Any, frames: int, time_info: Any, status: Any) -> None:
            start = time.perf_counter_ns()
            super()._callback(data, frames, time_info, status)
            n = self.calls
            if n < TIMINGS:
                self.durations[n] = time.perf_counter_ns() - start
            self.calls = n + 1

    return Timed


def _stats_us(durations: np.ndarray) -> str:
    us = durations / 1000.0
    return (f"p50 {np.percentile(us, 50):6.1f} µs  p99 {np.percentile(us, 99):6.1f} µs  "
            f"max {us.max():7.1f} µs  ({len(us)} callbacks)")


def _wait(seconds: float) -> None:
    threading.Event().wait(max(0.0, seconds))


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _latency(text: str) -> float | str:
    return text if text in ("low", "high") else float(text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0, help="length of the jittery run")
    parser.add_argument("--latency", type=_latency, default=None, help="Playback's suggested output latency")
    parser.add_argument("--blocksize", type=int, default=None, help="Playback's block size (frames)")
    parser.add_argument("--prefill-ms", type=float, default=None, help="Playback's initial delay")
    args = parser.parse_args()
    options = {k: v for k, v in (("latency", args.latency), ("blocksize", args.blocksize),
                                 ("prefill_ms", args.prefill_ms)) if v is not None}

    bed = PulseBed.start()
    os.environ.update(bed.env)
    try:
        from translator_gui.audio.capture import Capture
        from translator_gui.audio.playback import Playback
        from translator_gui.audio.resample import from_pcm16, to_pcm16
        from translator_gui.audio.sources import find_sound_device, open_capture, open_playback

        bed.add_sink("meeting", "Meeting Speakers")
        TimedCapture, TimedPlayback = _timed(Capture), _timed(Playback)
        import translator_gui.audio.capture as capture_module
        import translator_gui.audio.playback as playback_module

        capture_module.Capture = TimedCapture  # type: ignore[misc]  # open_capture/open_playback use these
        playback_module.Playback = TimedPlayback  # type: ignore[misc]

        monitor = find_sound_device("Sound from: Null Output (speaker)", "input")
        capture: Any = open_capture(monitor, latency="low")  # a Timed subclass, with .durations
        playback: Any = open_playback(find_sound_device("speaker", "output"), **options)
        print(f"Playback: {options or 'defaults'}; PortAudio output latency {playback.latency * 1000:.1f} ms")
        chunks: list[Any] = []

        def drain() -> None:
            chunk = capture.read_pcm16_24k()
            if chunk is not None:
                chunks.append(chunk)

        capture.start()
        playback.start()
        deadline = time.monotonic() + 6
        while not chunks and time.monotonic() < deadline:
            drain()
            _wait(0.02)

        # -- 2. delay from arrival to the speaker ------------------------------------------------
        # Longer than the initial target, so that playing starts because the target is queued.
        t = np.arange(int((playback.queue.target_ms / 1000 + 0.2) * 24_000)) / 24_000
        burst = to_pcm16(0.5 * np.sin(2 * np.pi * 1000 * t))
        delays, targets = [], []
        for _ in range(12):
            targets.append(playback.queue.target_ms)
            _wait(0.7)
            drain()
            chunks.clear()
            pushed = time.monotonic()
            # Deltas of 50 ms, each arriving in real time, as the service sends them.
            for i in range(0, len(burst), 2400):
                playback.push_pcm16(burst[i : i + 2400])
                _wait(0.05)
                drain()
            playback.mark_end()
            for _ in range(40):
                _wait(0.02)
                drain()
            x = from_pcm16(b"".join(c.pcm16 for c in chunks))
            loud = np.flatnonzero(np.abs(x) > 0.1)
            if loud.size:
                index, start = int(loud[0]), 0
                for c in chunks:
                    n = len(c.pcm16) // 2
                    if index < start + n:
                        frac = (index - start) / max(1, n - 1)
                        heard = c.first_capture_time + frac * (c.last_capture_time - c.first_capture_time)
                        delays.append((heard - pushed) * 1000)
                        break
                    start += n
        print("Translated audio, arrival → first sample at the speaker's monitor (ms), 50 ms deltas in real time:")
        print("  delay  " + " ".join(f"{d:5.0f}" for d in delays))
        print("  target " + " ".join(f"{t:5.0f}" for t in targets))
        over = np.array(delays) - np.array(targets[: len(delays)])
        print(f"  delay beyond the target: p50 {np.median(over):.0f}  p90 {np.percentile(over, 90):.0f}  "
              f"max {over.max():.0f} ms (PortAudio's output latency is {playback.latency * 1000:.0f} ms)")

        # -- 3. a jittery run ------------------------------------------------------------------
        rng = np.random.default_rng(7)
        lengths: list[float] = []
        while sum(lengths) + len(lengths) * 1.0 < args.seconds - 2:
            lengths.append(float(rng.uniform(2.0, 8.0)))
        start_at = time.monotonic() + 0.5
        events = deliveries(lengths, gap_s=1.0, network=Network(delay=0.2, jitter=0.08, burst=3), seed=7,
                            start=start_at)
        before = (playback.underruns, playback.output_underflows, playback.overruns, capture.overflows)
        cpu_before = (time.process_time(), _cpu_seconds(bed.daemon_pid), time.monotonic())
        calls_before = (capture.calls, playback.calls)
        per_utterance: list[int] = []
        for when, pcm in events:
            while True:
                drain()
                chunks.clear()
                left = when - time.monotonic()
                if left <= 0:
                    break
                _wait(min(left, 0.02))
            if pcm is None:
                playback.mark_end()
                per_utterance.append(playback.underruns)
            else:
                playback.push_pcm16(pcm)
        _wait(1.0)
        after = (playback.underruns, playback.output_underflows, playback.overruns, capture.overflows)
        cpu_after = (time.process_time(), _cpu_seconds(bed.daemon_pid), time.monotonic())
        calls_after = (capture.calls, playback.calls)
        ran = time.monotonic() - start_at
        u, f, o, c = (a - b for a, b in zip(after, before, strict=True))
        print(f"\nJittery run: {ran:.0f} s, {len(lengths)} utterances, deltas 20–100 ms, ±80 ms jitter, "
              "bunched in threes:")
        print(f"  underruns {u}  output underflows {f}  overruns {o}  capture overflows {c}  "
              f"final target {playback.queue.target_ms:.0f} ms")
        counts = np.diff([before[0], *per_utterance])
        print(f"  underruns per utterance: {counts.tolist()} (the first utterance is where the delay is learnt)")

        # -- 1. callback durations (over everything above) ----------------------------------------
        print("\nAudio callback duration (inside PortAudio's thread):")
        print(f"  capture  {_stats_us(capture.durations[: min(capture.calls, TIMINGS)])}")
        print(f"  playback {_stats_us(playback.durations[: min(playback.calls, TIMINGS)])}")
        wall = cpu_after[2] - cpu_before[2]
        print("\nCPU during the jittery run (% of one core):")
        for name, stream, i in (("capture", capture, 0), ("playback", playback, 1)):
            calls = calls_after[i] - calls_before[i]
            spent = stream.durations[: min(stream.calls, TIMINGS)].mean() * calls / 1e9
            print(f"  {name} callbacks {calls / wall:5.0f}/s, {100 * spent / wall:.2f} %")
        print(f"  this process {100 * (cpu_after[0] - cpu_before[0]) / wall:.1f} %  "
              f"sound server {100 * (cpu_after[1] - cpu_before[1]) / wall:.1f} %")
        capture.close()
        playback.close()
    finally:
        bed.stop()


if __name__ == "__main__":
    main()
