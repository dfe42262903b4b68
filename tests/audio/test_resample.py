"""Sample-rate conversion: pitch and level kept, block-wise equal to one go, PCM16 exact; and its
measured quality.

Quality figures held here: passband flat within 0.5 dB up to 10 kHz (or 0.42 × the lower rate),
aliasing and imaging below −60 dB, block-wise output equal to one-go output with a clean tone; the
low-latency engine returns audio for every 10 ms block. (Actual figures are far better:
``tests/bench/audio_resample.py`` prints them.)
"""

from __future__ import annotations

import math

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
    y = _convert(resampler, block, [480, 512, 100])
    _assert_same_tone(y, 24_000, freq, round(24_000 * SECONDS))


@pytest.mark.parametrize("out_rate", [44_100, 48_000])
@pytest.mark.parametrize("freq", [660.0, 5000.0])
def test_service_rate_to_device_rate_keeps_pitch_and_level(out_rate: int, freq: float) -> None:
    x = sine(freq, 24_000, SECONDS, AMPLITUDE)
    y = _convert(StreamResampler(24_000, out_rate), x, [960, 123, 2400])
    _assert_same_tone(y, out_rate, freq, round(out_rate * SECONDS))


@pytest.mark.parametrize(("in_rate", "out_rate"), [(48_000, 24_000), (44_100, 24_000), (24_000, 44_100)])
def test_irregular_blocks_equal_one_go(in_rate: int, out_rate: int) -> None:
    rng = np.random.default_rng(3)
    x = (sine(440, in_rate, 0.7, 0.4) + rng.normal(0, 0.05, round(in_rate * 0.7))).astype(np.float32)
    whole = StreamResampler(in_rate, out_rate)
    one_go = np.concatenate([whole.process(x), whole.flush()])
    sizes = [int(s) for s in rng.integers(1, 1500, size=64)]
    pieces = _convert(StreamResampler(in_rate, out_rate), x, sizes)
    assert len(pieces) == len(one_go)
    assert np.max(np.abs(pieces - one_go)) < 1e-5


def test_output_is_aligned_with_input() -> None:
    # An impulse at 0.5 s comes out at 0.5 s: capture timestamps rely on this.
    x = np.zeros(48_000, np.float32)
    x[24_000] = 1.0
    resampler = StreamResampler(48_000, 24_000)
    y = _convert(resampler, x, [480])
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
    y = _convert(StreamResampler(48_000, 24_000, 2), left_only, [480])
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


# -- measured quality ---------------------------------------------------------------------------


ALL_DEVICE_RATES = [8000, 11025, 16000, 22050, 32000, 44100, 48000, 88200, 96000, 176400, 192000]
OUTPUT_RATES = [16000, 22050, 44100, 48000, 96000, 192000]
MODES = [pytest.param({}, id="hq"), pytest.param({"low_latency": True}, id="low-latency"),
         pytest.param({"adjustable": True}, id="adjustable")]
QUALITY_SECONDS = 0.5
TONE = 0.1


def _tones(freqs: list[float], rate: int, seconds: float = QUALITY_SECONDS) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    out: np.ndarray = (TONE * np.sin(2 * np.pi * np.outer(t, freqs)).sum(axis=1)).astype(np.float32)
    return out


def _convert(resampler: StreamResampler, x: np.ndarray, sizes: list[int] | None = None) -> np.ndarray:
    if sizes is None:
        return np.concatenate([resampler.process(x), resampler.flush()])
    parts, i, k = [], 0, 0
    while i < len(x):
        parts.append(resampler.process(x[i : i + sizes[k % len(sizes)]]))
        i += sizes[k % len(sizes)]
        k += 1
    parts.append(resampler.flush())
    return np.concatenate(parts)


def _fit(y: np.ndarray, freqs: list[float], rate: int) -> tuple[np.ndarray, float]:
    """Least-squares amplitudes of the tones and the RMS of what is left (noise, distortion, clicks)."""
    t = np.arange(len(y)) / rate
    columns = [f(2 * np.pi * freq * t) for freq in freqs for f in (np.sin, np.cos)]
    basis = np.stack(columns, axis=1)
    coef, *_ = np.linalg.lstsq(basis, y.astype(np.float64), rcond=None)
    amps = np.hypot(coef[0::2], coef[1::2])
    residual = y - basis @ coef
    return amps, math.sqrt(float(np.mean(residual**2)))


def _passband(in_rate: int, out_rate: int) -> list[float]:
    edge = min(10_000.0, 0.42 * min(in_rate, out_rate))
    return [f for f in (50.0, 440.0, 1000.0, 2500.0, 4000.0, 6000.0, 8000.0, 9000.0) if f < edge] + [edge]


def _steady(y: np.ndarray, rate: int) -> np.ndarray:
    return y[rate // 20 : -rate // 20]  # away from the start and end transients


def _check_passband_and_clean(y: np.ndarray, freqs: list[float], rate: int) -> None:
    amps, residual = _fit(_steady(y, rate), freqs, rate)
    deviation = 20 * np.log10(amps / TONE)
    assert np.max(np.abs(deviation)) < 0.5, dict(zip(freqs, deviation.round(3), strict=True))
    assert 20 * math.log10(residual / TONE + 1e-12) < -60, "noise, distortion or a click"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("in_rate", ALL_DEVICE_RATES)
def test_any_device_rate_to_24k_is_flat_clean_and_continuous(in_rate: int, mode: dict[str, bool]) -> None:
    freqs = _passband(in_rate, 24_000)
    x = _tones(freqs, in_rate)
    y = _convert(StreamResampler(in_rate, 24_000, **mode), x, [441, 480, 17, 1500, 512])
    assert abs(len(y) - 12_000) <= 2
    _check_passband_and_clean(y, freqs, 24_000)
    one_go = _convert(StreamResampler(in_rate, 24_000, **mode), x)
    assert len(one_go) == len(y) and np.max(np.abs(one_go - y)) < 1e-5, "blocks change the output"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("in_rate", [r for r in ALL_DEVICE_RATES if r > 25_000])
def test_downsampling_to_24k_keeps_aliasing_below_60_db(in_rate: int, mode: dict[str, bool]) -> None:
    stop = list(np.arange(12_500.0, min(in_rate / 2 - 200, 40_000), 1_700.0))
    y = _steady(_convert(StreamResampler(in_rate, 24_000, **mode), _tones(stop, in_rate)),
                24_000)
    worst_tone_rms = TONE / math.sqrt(2)
    alias_db = 20 * math.log10(math.sqrt(float(np.mean(y.astype(np.float64) ** 2))) / worst_tone_rms + 1e-12)
    assert alias_db < -60


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("out_rate", OUTPUT_RATES)
def test_24k_to_any_output_rate_is_flat_without_images(out_rate: int, mode: dict[str, bool]) -> None:
    freqs = _passband(24_000, out_rate)
    y = _convert(StreamResampler(24_000, out_rate, **mode), _tones(freqs, 24_000),
                 [480, 960, 123, 2400])
    _check_passband_and_clean(y, freqs, out_rate)
    if out_rate > 24_000:
        steady = _steady(y, out_rate).astype(np.float64)
        spectrum = np.abs(np.fft.rfft(steady * np.hanning(len(steady))))
        bins = np.fft.rfftfreq(len(steady), 1 / out_rate)
        image_db = 20 * np.log10(spectrum[bins > 12_500].max() / spectrum.max())
        assert image_db < -60


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("in_rate", "channels"), [(48_000, 2), (44_100, 6), (16_000, 4), (96_000, 8)])
def test_any_channel_count_is_averaged_to_one_clean_channel(
    in_rate: int, channels: int, mode: dict[str, bool]
) -> None:
    freqs = _passband(in_rate, 24_000)
    mono = _tones(freqs, in_rate)
    # Every channel carries the tones; channel k adds its own offset noise that cancels in the mean.
    offsets = np.linspace(-0.05, 0.05, channels, dtype=np.float32)
    frames = mono[:, np.newaxis] + offsets[np.newaxis, :]
    y = _convert(StreamResampler(in_rate, 24_000, channels, **mode), frames, [480, 77])
    _check_passband_and_clean(y, freqs, 24_000)


def _lag_ms(resampler: StreamResampler, in_rate: int, block: int, blocks: int = 150) -> tuple[float, float]:
    """Smallest and largest lag (ms) between the newest input fed and the newest output returned."""
    x = _tones([1000.0], in_rate, blocks * block / in_rate)
    fed = out = 0
    lags = []
    for k in range(blocks):
        fed += block
        out += len(resampler.process(x[k * block : (k + 1) * block]))
        if k >= 10:
            lags.append(1000 * (fed / in_rate - out / resampler.out_rate))
    return min(lags), max(lags)


def test_low_latency_engine_returns_every_block_with_a_constant_lag() -> None:
    # The constant-rate HQ engine holds audio back for up to ~38 ms and then releases a burst;
    # the low-latency engine keeps a constant ~5 ms (~12.5 ms with headroom to adjust its ratio).
    hq_low, hq_high = _lag_ms(StreamResampler(48_000, 24_000), 48_000, 480)
    ll_low, ll_high = _lag_ms(StreamResampler(48_000, 24_000, low_latency=True), 48_000, 480)
    adj_low, adj_high = _lag_ms(StreamResampler(48_000, 24_000, adjustable=True), 48_000, 480)
    assert hq_high - hq_low > 25, "the HQ engine bursts"
    assert ll_high - ll_low < 1.0 and ll_high < 7
    assert adj_high - adj_low < 1.0 and adj_high < 15
    for rate in (44_100, 16_000):
        low, high = _lag_ms(StreamResampler(rate, 24_000, low_latency=True), rate, rate // 100)
        assert high - low < 1.0 and high < 25


def test_ratio_adjustment_bends_the_rate_without_a_click() -> None:
    resampler = StreamResampler(24_000, 48_000, adjustable=True)
    assert resampler.low_latency
    x = _tones([1000.0], 24_000, 4.0)
    nominal = _convert(StreamResampler(24_000, 48_000, adjustable=True), x, [480])
    assert resampler.adjust_ratio(0.002) == 0.002
    assert resampler.adjust_ratio(1.0) == StreamResampler.MAX_ADJUST  # clamped
    resampler.adjust_ratio(0.002)
    bent = _convert(resampler, x, [480])
    assert len(bent) / len(nominal) == pytest.approx(1 / 1.002, abs=2e-4)
    # The tone is a little higher and as clean as before.
    amps, residual = _fit(_steady(bent, 48_000)[:96_000], [1000.0 * 1.002], 48_000)
    assert 20 * math.log10(amps[0] / TONE) == pytest.approx(0, abs=0.1)
    assert 20 * math.log10(residual / TONE) < -60
    for fixed in (StreamResampler(24_000, 48_000), StreamResampler(24_000, 48_000, low_latency=True)):
        with pytest.raises(ValueError, match="only a resampler made with adjustable=True"):
            fixed.adjust_ratio(0.001)


@pytest.mark.parametrize("mode", MODES[1:])
def test_low_latency_flush_starts_a_fresh_stream(mode: dict[str, bool]) -> None:
    resampler = StreamResampler(48_000, 24_000, **mode)
    if resampler.adjustable:
        resampler.adjust_ratio(0.001)
    x = _tones([1000.0], 48_000, 0.3)
    first = _convert(resampler, x, [480])
    second = _convert(resampler, x, [480])
    assert abs(len(first) - 7200 / (1 + resampler.ratio_adjust)) <= 2
    assert len(first) == len(second)
    assert np.max(np.abs(first - second)) < 1e-5
