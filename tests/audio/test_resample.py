from __future__ import annotations

import numpy as np
import pytest

from tests.audio.signals import peak_frequency, rms_db, sine, sine_rms_db
from translator_gui.audio.resample import StreamResampler, from_pcm16, to_pcm16

AMPLITUDE = 0.5
SECONDS = 1.0
DEVICE_RATES = [8000, 16000, 22050, 44100, 48000, 96000]


def _cases() -> list[tuple[int, float]]:
    cases = []
    for rate in DEVICE_RATES:
        # 5 kHz does not exist at 8 kHz (Nyquist is 4 kHz): use 3 kHz there.
        for freq in (1000.0, 5000.0 if rate > 10_000 else 3000.0):
            cases.append((rate, freq))
    return cases


def _resample_in_blocks(resampler: StreamResampler, x: np.ndarray, sizes: list[int]) -> np.ndarray:
    parts, i, k = [], 0, 0
    while i < len(x):
        size = sizes[k % len(sizes)]
        parts.append(resampler.process(x[i : i + size]))
        i += size
        k += 1
    parts.append(resampler.flush())
    return np.concatenate(parts)


def _assert_same_tone(y: np.ndarray, rate: int, freq: float, expected_len: int) -> None:
    assert y.dtype == np.float32
    assert y.ndim == 1
    assert abs(len(y) - expected_len) <= 2
    middle = y[len(y) // 10 : -len(y) // 10]  # away from the filter's start and end transients
    assert peak_frequency(middle, rate) == pytest.approx(freq, abs=1.0)
    assert rms_db(middle) == pytest.approx(sine_rms_db(AMPLITUDE), abs=0.5)


@pytest.mark.parametrize("channels", [1, 2])
@pytest.mark.parametrize(("in_rate", "freq"), _cases())
def test_device_rate_to_service_rate_keeps_pitch_and_level(in_rate: int, freq: float, channels: int) -> None:
    x = sine(freq, in_rate, SECONDS, AMPLITUDE)
    block = x if channels == 1 else np.stack([x, x], axis=1)
    resampler = StreamResampler(in_rate, 24_000, channels)
    y = _resample_in_blocks(resampler, block, [480, 512, 100])
    _assert_same_tone(y, 24_000, freq, round(24_000 * SECONDS))


@pytest.mark.parametrize("out_rate", [44_100, 48_000])
@pytest.mark.parametrize("freq", [660.0, 5000.0])
def test_service_rate_to_device_rate_keeps_pitch_and_level(out_rate: int, freq: float) -> None:
    x = sine(freq, 24_000, SECONDS, AMPLITUDE)
    y = _resample_in_blocks(StreamResampler(24_000, out_rate), x, [960, 123, 2400])
    _assert_same_tone(y, out_rate, freq, round(out_rate * SECONDS))


@pytest.mark.parametrize(("in_rate", "out_rate"), [(48_000, 24_000), (44_100, 24_000), (24_000, 44_100)])
def test_irregular_blocks_equal_one_go(in_rate: int, out_rate: int) -> None:
    rng = np.random.default_rng(3)
    x = (sine(440, in_rate, 0.7, 0.4) + rng.normal(0, 0.05, round(in_rate * 0.7))).astype(np.float32)
    whole = StreamResampler(in_rate, out_rate)
    one_go = np.concatenate([whole.process(x), whole.flush()])
    sizes = [int(s) for s in rng.integers(1, 1500, size=64)]
    pieces = _resample_in_blocks(StreamResampler(in_rate, out_rate), x, sizes)
    assert len(pieces) == len(one_go)
    assert np.max(np.abs(pieces - one_go)) < 1e-5


def test_output_is_aligned_with_input() -> None:
    # An impulse at 0.5 s comes out at 0.5 s: capture timestamps rely on this.
    x = np.zeros(48_000, np.float32)
    x[24_000] = 1.0
    resampler = StreamResampler(48_000, 24_000)
    y = _resample_in_blocks(resampler, x, [480])
    assert int(np.argmax(y)) == 12_000


def test_delay_reports_held_back_output_and_flush_releases_it() -> None:
    resampler = StreamResampler(48_000, 24_000)
    x = sine(440, 48_000, 0.1)
    out = resampler.process(x)
    assert resampler.delay_seconds > 0
    held = round(resampler.delay_seconds * 24_000)
    tail = resampler.flush()
    assert len(out) + len(tail) == 2400
    assert abs(len(tail) - held) <= 1
    assert resampler.delay_seconds == 0
    # After a flush the resampler starts a fresh stream.
    again = np.concatenate([resampler.process(x), resampler.flush()])
    np.testing.assert_allclose(again, np.concatenate([out, tail]), atol=1e-6)


def test_same_rate_passes_through_as_a_copy() -> None:
    resampler = StreamResampler(24_000, 24_000, in_channels=2)
    block = np.stack([np.full(10, 0.5, np.float32), np.full(10, -0.25, np.float32)], axis=1)
    y = resampler.process(block)
    np.testing.assert_allclose(y, np.full(10, 0.125))
    mono = StreamResampler(24_000, 24_000)
    x = np.ones(4, np.float32)
    out = mono.process(x)
    out[0] = 9
    assert x[0] == 1, "the output must not alias the caller's buffer"
    assert mono.delay_seconds == 0
    assert len(mono.flush()) == 0


def test_stereo_is_averaged_to_mono() -> None:
    x = sine(1000, 48_000, 0.5, AMPLITUDE)
    left_only = np.stack([x, np.zeros_like(x)], axis=1)
    y = _resample_in_blocks(StreamResampler(48_000, 24_000, 2), left_only, [480])
    middle = y[len(y) // 10 : -len(y) // 10]
    assert rms_db(middle) == pytest.approx(sine_rms_db(AMPLITUDE / 2), abs=0.1)


def test_wrong_channel_count_is_an_error() -> None:
    with pytest.raises(ValueError):
        StreamResampler(48_000, 24_000, 2).process(np.zeros(10, np.float32))
    with pytest.raises(ValueError):
        StreamResampler(48_000, 24_000, 1).process(np.zeros((10, 2), np.float32))


def test_pcm16_round_trip_is_exact_for_every_16_bit_value() -> None:
    every = np.arange(-32768, 32768, dtype="<i2").tobytes()
    assert to_pcm16(from_pcm16(every)) == every


def test_pcm16_of_floats_is_within_half_a_step() -> None:
    x = np.random.default_rng(1).uniform(-1, 0.99, 10_000).astype(np.float32)
    back = from_pcm16(to_pcm16(x))
    assert back.dtype == np.float32
    assert np.max(np.abs(back - x)) <= 0.5 / 32768 + 1e-7


def test_pcm16_is_little_endian_and_clips() -> None:
    data = to_pcm16(np.array([0.0, 0.5, -0.5, 1.0, -1.0, 3.0, -3.0], np.float32))
    assert np.frombuffer(data, "<i2").tolist() == [0, 16384, -16384, 32767, -32768, 32767, -32768]
    assert data[2:4] == b"\x00\x40"


def test_from_pcm16_downmixes_interleaved_channels_and_rejects_partial_frames() -> None:
    stereo = np.array([16384, 0, -16384, -16384], "<i2").tobytes()
    np.testing.assert_allclose(from_pcm16(stereo, channels=2), [0.25, -0.5])
    with pytest.raises(ValueError):
        from_pcm16(b"\x00\x01\x02")
