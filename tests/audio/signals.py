"""Test signals and measurements: sines, WAV files, spectral peak and level, a captured tone."""

from __future__ import annotations

import math
import wave
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest


def sine(freq: float, rate: int, seconds: float, amplitude: float = 0.5) -> npt.NDArray[np.float32]:
    t = np.arange(round(rate * seconds)) / rate
    return (amplitude * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def write_wav(path: Path, samples: npt.NDArray[np.float32], rate: int, channels: int) -> None:
    """Write float samples in [-1, 1] as 16-bit PCM, the same signal on every channel."""
    pcm = np.clip(np.rint(samples * 32767.0), -32768, 32767).astype("<i2")
    frames = np.repeat(pcm[:, np.newaxis], channels, axis=1)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(frames.tobytes())


def peak_frequency(x: npt.NDArray[np.floating], rate: float) -> float:
    """Frequency of the strongest spectral peak: Hann window, 8× zero padding, parabolic fit."""
    x = np.asarray(x, dtype=np.float64)
    n = 8 * len(x)
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x)), n=n))
    k = int(np.argmax(spectrum[1:-1])) + 1
    a, b, c = np.log(spectrum[k - 1 : k + 2] + 1e-30)
    delta = 0.5 * (a - c) / (a - 2 * b + c)
    return float((k + delta) * rate / n)


def rms_db(x: npt.NDArray[np.floating]) -> float:
    rms = math.sqrt(float(np.mean(np.square(np.asarray(x, dtype=np.float64)))))
    return 20 * math.log10(max(rms, 1e-12))


def sine_rms_db(amplitude: float) -> float:
    return 20 * math.log10(amplitude / math.sqrt(2))


def active_span(x: npt.NDArray[np.floating], threshold: float) -> tuple[int, int]:
    """First and one-past-last index where ``|x|`` exceeds ``threshold``."""
    loud = np.flatnonzero(np.abs(x) > threshold)
    if loud.size == 0:
        raise AssertionError("the signal never rose above the threshold: nothing was heard")
    return int(loud[0]), int(loud[-1]) + 1


def assert_captured_tone(x: npt.NDArray[np.float32], seconds: float, freq: float, amplitude: float) -> tuple[int, int]:
    """``x`` (24 kHz) holds one tone of ``seconds`` at ``freq`` and its level, away from its edges;
    returns where it begins and ends."""
    begin, end = active_span(x, amplitude / 5)
    assert (end - begin) / 24_000 == pytest.approx(seconds, abs=0.03)
    middle = x[begin + 2400 : end - 2400]
    assert peak_frequency(middle, 24_000) == pytest.approx(freq, abs=2)
    assert rms_db(middle) == pytest.approx(sine_rms_db(amplitude), abs=1.5)
    return begin, end
