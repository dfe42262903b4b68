"""Benchmark: what one open sound stream costs the process, by the way it is opened.

Each variant runs in a fresh process (with PySide6 imported, as in the app: its import hook makes
every ``import`` dearer, sounddevice's array glue does one per callback) on the PulseAudio test
bed for ``--seconds``, and the process's CPU (% of one core) is printed, with the CPU of the
thread that ran the callbacks and the callbacks per second. Variants: playback or capture; numpy
arrays (``sd.OutputStream`` / ``sd.InputStream``) or raw buffers (``sd.RawOutputStream`` /
``sd.RawInputStream``, copied through a memoryview); mono or stereo; the block length.

    .venv/bin/python tests/bench/stream_cost.py [--seconds 10] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

VARIANTS = [
    # (kind, glue, channels, block ms, latency)
    ("output", "array", 2, 10, 0.02),
    ("output", "array", 1, 10, 0.02),
    ("output", "raw", 1, 10, 0.02),
    ("output", "raw", 2, 10, 0.02),
    ("output", "raw", 1, 20, 0.04),
    ("output", "cffi", 1, 10, 0.02),
    ("input", "array", 2, 20, "high"),
    ("input", "array", 1, 20, "high"),
    ("input", "raw", 1, 20, "high"),
    ("input", "raw", 1, 40, "high"),
    ("input", "raw", 2, 20, "high"),
    ("input", "cffi", 1, 20, "high"),
]


def child(kind: str, glue: str, channels: int, block_ms: int, latency: float | str, seconds: float) -> None:
    import numpy as np
    import PySide6.QtCore  # noqa: F401  # its import hook, as in the app
    import sounddevice as sd

    rate = 48_000
    block = rate * block_ms // 1000
    ring = np.zeros((rate * 4, channels), np.float32)
    raw = ring.data.cast("B")
    nbytes = block * channels * 4
    calls = [0]
    thread = [0]

    def array_callback(data: np.ndarray, frames: int, time_info: object, status: object) -> None:
        calls[0] += 1
        thread[0] = thread[0] or __import__("threading").get_native_id()
        if kind == "input":
            ring[:frames] = data
        else:
            data[:] = ring[:frames]

    def raw_callback(data: Any, frames: int, time_info: object, status: object) -> None:
        calls[0] += 1
        thread[0] = thread[0] or __import__("threading").get_native_id()
        if kind == "input":
            raw[:nbytes] = data
        else:
            data[:] = raw[:nbytes]

    if glue == "cffi":  # PortAudio calls this function itself: no sounddevice glue per block
        import cffi

        ffi = cffi.FFI()
        ffi.cdef("typedef struct { double a, b, c; } PaStreamCallbackTimeInfo;"
                 "typedef int PaStreamCallback(const void *input, void *output, unsigned long frameCount,"
                 " const PaStreamCallbackTimeInfo *timeInfo, unsigned long statusFlags, void *userData);")

        @ffi.callback("PaStreamCallback", error=2)  # type: ignore[untyped-decorator]
        def pointer(iptr: object, optr: object, frames: int, time_info: object, status: int, user: object) -> int:
            calls[0] += 1
            thread[0] = thread[0] or __import__("threading").get_native_id()
            if kind == "input":
                raw[:nbytes] = ffi.buffer(iptr, nbytes)
            else:
                ffi.buffer(optr, nbytes)[:] = raw[:nbytes]
            return 0

        with sd._StreamBase(kind=kind, device="pulse", samplerate=rate, channels=channels, dtype="float32",
                            blocksize=block, latency=latency, callback=pointer, wrap_callback=None) as stream:
            _measure(stream, seconds, calls, thread)
        return

    stream_type = {("input", "array"): sd.InputStream, ("output", "array"): sd.OutputStream,
                   ("input", "raw"): sd.RawInputStream, ("output", "raw"): sd.RawOutputStream}[kind, glue]
    callback = array_callback if glue == "array" else raw_callback
    with stream_type(device="pulse", samplerate=rate, channels=channels, dtype="float32", blocksize=block,
                     latency=latency, callback=callback) as stream:
        _measure(stream, seconds, calls, thread)


def _measure(stream: object, seconds: float, calls: list[int], thread: list[int]) -> None:
    time.sleep(1.0)  # settle: the stream's start-up is not what is measured
    c0, t0, n0 = os.times(), time.monotonic(), calls[0]
    thread0 = _thread_seconds(thread[0])
    time.sleep(seconds)  # the measured window: the callbacks run meanwhile
    c1, t1, n1 = os.times(), time.monotonic(), calls[0]
    thread1 = _thread_seconds(thread[0])
    wall = t1 - t0
    print(json.dumps({"cpu": (c1.user + c1.system - c0.user - c0.system) / wall * 100,
                      "thread": (thread1 - thread0) / wall * 100, "calls": (n1 - n0) / wall}))


def _thread_seconds(tid: int) -> float:
    stat = Path(f"/proc/self/task/{tid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, glue, channels, block_ms, latency = args.child
        child(kind, glue, int(channels), int(block_ms), latency if latency == "high" else float(latency),
              args.seconds)
        return 0

    from tests.testbed import PulseBed

    pulse = PulseBed.start()
    results: dict[tuple[object, ...], list[dict[str, float]]] = {v: [] for v in VARIANTS}
    try:
        env = {**os.environ, **pulse.env, "PULSE_SINK": "speaker", "PULSE_SOURCE": "micfeed.monitor"}
        for _ in range(args.rounds):  # interleaved: the machine's other load hits every variant alike
            for variant in VARIANTS:
                out = subprocess.run([sys.executable, __file__, "--seconds", str(args.seconds), "--child",
                                      *map(str, variant)], env=env, capture_output=True, text=True, check=True)
                results[variant].append(json.loads(out.stdout.strip().splitlines()[-1]))
    finally:
        pulse.stop()
    print(f"medians over {args.rounds} rounds × {args.seconds:.0f} s")
    for (kind, glue, channels, block_ms, latency), rs in results.items():
        print(f"  {kind:>6} {glue:>5} {'mono' if channels == 1 else 'stereo':>6} {block_ms:2d} ms blocks "
              f"latency {latency!s:>4}: process {statistics.median(r['cpu'] for r in rs):5.2f} %  "
              f"callback thread {statistics.median(r['thread'] for r in rs):5.2f} %  "
              f"{statistics.median(r['calls'] for r in rs):5.1f} callbacks/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
