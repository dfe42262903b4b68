"""Benchmark: does a capture of a sink's monitor keep time with the monitor? Prints figures; asserts nothing.

A capture's samples are dated by when they are read: ``T0 + frame / rate``, with ``T0`` the
smallest ``read time - frames read / rate`` seen (a read always comes after its samples). When the
capture keeps time, that bound stays put; when the capture falls behind the source (its samples
wait longer and longer somewhere between the sound server and the reader), the bound climbs, and
every time dated from it is late by as much.

On the PulseAudio test bed this records ``speaker``'s monitor for ``--seconds`` two ways at once:
through PortAudio and ALSA's pulse plugin with the app's own :class:`Capture` (its block clock;
``--samplerate``, ``--latency`` and ``--blocksize`` as given, the app's own choices by default),
and through ``parec`` (PulseAudio's own protocol). For each it prints the bound's smallest value in
each 10 s, relative to the first, its fitted slope (ms per minute) and its range.

At the monitor's own rate (48 kHz, 40 ms blocks) both keep time to a fraction of a millisecond.
At an odd rate the server resamples to, with 40 ms blocks (``--samplerate 32590 --blocksize
1303``: a rate the device listing once read from freed memory), the capture fell behind by
≈ 15 ms a minute and caught up 30–40 ms at once now and then.

    .venv/bin/python tests/bench/capture_drift.py [--seconds 150] [--rounds 1] [--samplerate HZ]
        [--latency low] [--blocksize FRAMES]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import numpy.typing as npt  # noqa: E402

from tests.testbed import PulseBed  # noqa: E402

PAREC_RATE = 48_000


def parec_reads(source: str) -> tuple[subprocess.Popen[bytes], list[tuple[int, float]]]:
    """Start ``parec`` on ``source``; a thread notes (frames so far, time) after every read."""
    proc = subprocess.Popen(
        ["parec", f"--device={source}", "--raw", f"--rate={PAREC_RATE}", "--channels=1", "--format=s16le",
         "--latency-msec=10"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
    )
    reads: list[tuple[int, float]] = []

    def drain() -> None:
        assert proc.stdout is not None
        fd, total = proc.stdout.fileno(), 0
        while data := os.read(fd, 65536):
            total += len(data)
            reads.append((total // 2, time.monotonic()))

    threading.Thread(target=drain, daemon=True).start()
    return proc, reads


def windowed_min(times: npt.NDArray[np.float64], bounds: npt.NDArray[np.float64], step: float) -> list[float]:
    """The smallest bound in each ``step`` seconds of ``times``."""
    out = []
    t = times[0]
    while t < times[-1]:
        sel = (times >= t) & (times < t + step)
        if sel.any():
            out.append(float(bounds[sel].min()))
        t += step
    return out


def report(name: str, times: npt.NDArray[np.float64], bounds: npt.NDArray[np.float64]) -> None:
    mins = windowed_min(times, bounds, 10.0)
    rel = [1000 * (m - mins[0]) for m in mins]
    slope = float(np.polyfit(times - times[0], bounds, 1)[0]) * 1000 * 60
    print(f"  {name:9} bound per 10 s (ms): {' '.join(f'{v:.1f}' for v in rel)}")
    print(f"  {name:9} slope {slope:+.2f} ms/min, range {max(rel) - min(rel):.1f} ms")


def one_round(seconds: float, samplerate: int | None, latency: float | str, blocksize: int | None) -> None:
    from translator_gui.audio.sources import find_sound_device, open_capture

    capture = open_capture(find_sound_device("Sound from: Null Output (speaker)", "input"),
                           samplerate=samplerate, latency=latency, blocksize=blocksize)
    stop = threading.Event()
    proc, reads = parec_reads("speaker.monitor")
    capture.start()
    # (time, the dated time of a chunk's first sample - the samples before it / rate): the
    # capture's own estimate of T0, as the app and the recorder use it
    samples: list[tuple[float, float]] = []
    read = 0
    start = time.monotonic()
    try:
        while not stop.wait(0.5) and time.monotonic() - start < seconds:
            chunk = capture.read_pcm16_24k()
            if chunk is None:
                continue
            samples.append((time.monotonic(), chunk.first_capture_time - read / 24_000))
            read += len(chunk.pcm16) // 2
    finally:
        capture.close()
        proc.terminate()
        proc.wait()
    pa = np.array(samples)
    pr = np.array(reads, dtype=np.float64)
    report("portaudio", pa[:, 0], pa[:, 1])
    report("parec", pr[:, 1], pr[:, 1] - pr[:, 0] / PAREC_RATE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=150.0)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--samplerate", type=int, default=None, help="Hz (default: the device's own)")
    parser.add_argument("--latency", default="low", help="low, high or seconds (PortAudio's suggested latency)")
    parser.add_argument("--blocksize", type=int, default=None, help="frames per block (default: the Capture's)")
    args = parser.parse_args()
    latency: float | str = args.latency if args.latency in ("low", "high") else float(args.latency)
    bed = PulseBed.start()
    os.environ.update(bed.env)
    try:
        for k in range(args.rounds):
            print(f"round {k + 1}: {args.seconds:.0f} s of speaker.monitor, Capture samplerate="
                  f"{args.samplerate or 'default'} latency={latency} blocksize={args.blocksize or 'default'}")
            one_round(args.seconds, args.samplerate, latency, args.blocksize)
    finally:
        bed.stop()


if __name__ == "__main__":
    main()
