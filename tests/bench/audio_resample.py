"""Benchmark: resampler quality and latency, for each soxr configuration. Prints a table.

For every device rate 8–192 kHz → 24 kHz and 24 kHz → common output rates: the worst passband
deviation up to 10 kHz (or 0.42 × the lower rate), the worst aliasing (downsampling) or imaging
(upsampling) in dB relative to the tone, and the residual of a 1 kHz tone after fitting it. Then,
fed 10 ms blocks at 48 kHz, how long the newest input waits before it comes out (min/mean/max)
and the CPU time per second of audio.

Usage: .venv/bin/python tests/bench/audio_resample.py
"""

from __future__ import annotations

import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import soxr  # noqa: E402

IN_RATES = [8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 176400, 192000]
OUT_RATES = [44100, 48000, 96000, 192000]
CONFIGS = {"LQ": ("LQ", 0), "MQ": ("MQ", 0), "HQ (was capture's)": ("HQ", 0),
           "HQ vr (capture now)": ("HQ", 1), "HQ vr+headroom (playback)": ("HQ", 2)}


def convert(i: int, o: int, x: np.ndarray, quality: str, vr: int, block: int | None = None) -> np.ndarray:
    s = soxr.ResampleStream(i * (1.005 if vr == 2 else 1), o, 1, dtype="float32", quality=quality, vr=bool(vr))
    if vr:
        s.set_io_ratio(i, o, 0)
    block = block or max(1, i // 100)
    parts = [s.resample_chunk(x[k : k + block]) for k in range(0, len(x), block)]
    parts.append(s.resample_chunk(np.zeros(0, np.float32), last=True))
    return np.concatenate(parts)


def fit(y: np.ndarray, freqs: list[float], rate: int) -> tuple[np.ndarray, float]:
    t = np.arange(len(y)) / rate
    basis = np.stack([f(2 * np.pi * fr * t) for fr in freqs for f in (np.sin, np.cos)], axis=1)
    coef, *_ = np.linalg.lstsq(basis, y.astype(np.float64), rcond=None)
    return np.hypot(coef[0::2], coef[1::2]), math.sqrt(float(np.mean((y - basis @ coef) ** 2)))


def tones(freqs: list[float], rate: int, amp: float = 0.1) -> np.ndarray:
    t = np.arange(rate // 2) / rate
    out: np.ndarray = (amp * np.sin(2 * np.pi * np.outer(t, freqs)).sum(axis=1)).astype(np.float32)
    return out


def figures(i: int, o: int, quality: str, vr: int) -> tuple[float, float, float]:
    edge = min(10_000.0, 0.42 * min(i, o))
    freqs = [f for f in (50.0, 1000.0, 4000.0, 8000.0) if f < edge] + [edge]
    y = convert(i, o, tones(freqs, i), quality, vr)[o // 20 : -o // 20]
    amps, _ = fit(y, freqs, o)
    passband = float(np.max(np.abs(20 * np.log10(amps / 0.1))))
    y1 = convert(i, o, tones([1000.0], i), quality, vr)[o // 20 : -o // 20]
    _, residual = fit(y1, [1000.0], o)
    spur = -999.0
    if i > o:
        stop = list(np.arange(o / 2 + 500, min(i / 2 - 200, 40_000), 1_700.0))
        ys = convert(i, o, tones(stop, i), quality, vr)[o // 20 : -o // 20].astype(np.float64)
        spur = 20 * math.log10(math.sqrt(float(np.mean(ys**2))) / (0.1 / math.sqrt(2)) + 1e-15)
    elif o > i:
        y2 = convert(i, o, tones([1000.0, 5000.0, 10_000.0], i), quality, vr)[o // 20 : -o // 20].astype(np.float64)
        spectrum = np.abs(np.fft.rfft(y2 * np.hanning(len(y2))))
        bins = np.fft.rfftfreq(len(y2), 1 / o)
        spur = 20 * math.log10(spectrum[bins > i / 2 + 500].max() / spectrum.max())
    return passband, spur, 20 * math.log10(residual / 0.1 + 1e-15)


def lag(quality: str, vr: int, i: int = 48_000, o: int = 24_000) -> tuple[float, float, float, float]:
    x = np.random.default_rng(0).normal(0, 0.1, i * 4).astype(np.float32)
    s = soxr.ResampleStream(i * (1.005 if vr == 2 else 1), o, 1, dtype="float32", quality=quality, vr=bool(vr))
    if vr:
        s.set_io_ratio(i, o, 0)
    block = i // 100
    fed = out = 0
    lags = []
    start = time.perf_counter()
    for k in range(len(x) // block):
        fed += block
        out += len(s.resample_chunk(x[k * block : (k + 1) * block]))
        if k >= 10:
            lags.append(1000 * (fed / i - out / o))
    cpu = (time.perf_counter() - start) * 1000 / 4
    return min(lags), float(np.mean(lags)), max(lags), cpu


def main() -> None:
    for name, (quality, vr) in CONFIGS.items():
        worst = [0.0, -999.0, -999.0]
        for i in IN_RATES:
            p, s, r = figures(i, 24_000, quality, vr)
            worst = [max(worst[0], p), max(worst[1], s), max(worst[2], r)]
        for o in OUT_RATES:
            p, s, r = figures(24_000, o, quality, vr)
            worst = [max(worst[0], p), max(worst[1], s), max(worst[2], r)]
        lo, mean, hi, cpu = lag(quality, vr)
        print(f"{name:26s} passband ±{worst[0]:.3f} dB  alias/image {worst[1]:7.1f} dB  "
              f"tone residual {worst[2]:7.1f} dB  | 48k→24k lag {lo:4.1f}/{mean:4.1f}/{hi:4.1f} ms "
              f"(min/mean/max)  CPU {cpu:.2f} ms per s")


if __name__ == "__main__":
    main()
