"""The adaptive playback queue on simulated timelines (see tests/audio/simulate.py)."""

from __future__ import annotations

import functools

import numpy as np
import pytest

from tests.audio.simulate import Network, deliveries, run
from translator_gui.audio.adaptive import ArrivalJitter, DriftController, SpeechQueue
from translator_gui.audio.jitter import JitterBuffer
from translator_gui.audio.resample import to_pcm16


def test_target_is_the_largest_recent_wait_plus_a_margin_within_limits() -> None:
    arrivals = ArrivalJitter(window_s=10)
    assert arrivals.target_s == 0.015, "nothing was late yet: the floor"
    # 50 ms deltas arriving exactly on time: nothing to bridge.
    for k in range(20):
        arrivals.arrival(1.0 + 0.05 * k, 0.05)
    assert arrivals.measured_s == pytest.approx(0.0, abs=1e-9)
    assert arrivals.target_s == pytest.approx(0.015)
    # One delta 150 ms late: the target covers it at once.
    arrivals.arrival(1.0 + 0.05 * 20 + 0.15, 0.05)
    assert arrivals.target_s == pytest.approx(0.15 * 1.1 + 0.015)  # 10 % and 15 ms of headroom
    # A new utterance much later does not count the pause as lateness...
    arrivals.end_utterance()
    arrivals.arrival(8.0, 0.05)
    assert arrivals.target_s == pytest.approx(0.18)
    # ...a smaller late delta does not lower it while the larger one is in the window...
    arrivals.arrival(8.0 + 0.05 + 0.05, 0.05)
    assert arrivals.target_s == pytest.approx(0.18)
    # ...and once the larger one has left it, the smaller one still counts, until it leaves too.
    arrivals.end_utterance()
    arrivals.arrival(13.0, 0.05)
    assert arrivals.target_s == pytest.approx(0.05 * 1.1 + 0.015)
    arrivals.end_utterance()
    arrivals.arrival(19.0, 0.05)
    assert arrivals.target_s == 0.015
    for k in range(5):
        arrivals.arrival(19.1 + 2.0 * k, 0.05)  # 2 s waits for 50 ms of audio: capped
    assert arrivals.target_s == 0.4


def test_drift_controller_is_bounded_and_points_the_right_way() -> None:
    controller = DriftController(max_adjust=0.002)
    assert controller.update(0.0, 0.3, 0.2) > 0  # too much queued: consume faster
    controller.reset()
    assert controller.update(0.0, 0.1, 0.2) < 0
    controller.reset()
    assert controller.update(0.0, 5.0, 0.2) == 0.002


@pytest.mark.parametrize("burst", [1, 3])
def test_bursts_and_gaps_play_without_underruns_after_the_first_utterance(burst: int) -> None:
    rng = np.random.default_rng(burst)
    lengths = [float(x) for x in rng.uniform(2.0, 6.0, size=16)]
    network = Network(delay=0.2, jitter=0.08, burst=burst, delta_ms=(20.0, 100.0))
    events = deliveries(lengths, gap_s=1.0, network=network, seed=burst)
    end = events[-1][0] + 1.0
    result = run(events, seconds=end)
    first_end = next(t for t, pcm in events if pcm is None)
    # The first utterance is where the delay is learnt: it starts from the floor and grows each
    # time a delta comes later than any before; after it, nothing runs dry.
    assert 1 <= result.underruns <= 4
    assert all(t < first_end + 0.5 for t in result.underrun_times), result.underrun_times
    assert result.clicks == 0
    assert all(15 <= t <= 400 for t in result.targets_ms)
    # The target follows the measured jitter: ±80 ms plus what bursts hold back.
    final = result.targets_ms[-1]
    assert 120 <= final <= (260 if burst == 1 else 400)
    assert len(result.first_sound_delay) == len(lengths) + result.underruns  # each start, and the restarts


def test_target_falls_on_a_calm_network_and_rises_on_a_bad_one() -> None:
    calm = deliveries([4.0] * 20, gap_s=1.0, network=Network(delay=0.05, jitter=0.005, delta_ms=(40.0, 50.0)),
                      seed=1)
    rough_start = calm[-1][0] + 1.0
    rough = deliveries([4.0] * 8, gap_s=1.0, network=Network(delay=0.2, jitter=0.12), seed=2,
                       start=rough_start)
    result = run(calm + rough, seconds=rough[-1][0] + 1.0)
    times = [t for t, _ in result.levels_ms]
    calm_targets = [x for t, x in zip(times, result.targets_ms, strict=True) if t < rough_start]
    rough_targets = [x for t, x in zip(times, result.targets_ms, strict=True) if t > rough_start + 10]
    assert max(calm_targets) <= 50, "a calm network needs little more than the floor, from the start"
    assert min(rough_targets) >= 200
    assert result.clicks == 0
    # Speech starts sooner on the calm network.
    assert np.median(result.first_sound_delay[:20]) < 0.06


def test_speech_delivered_at_its_own_pace_starts_at_once_and_never_runs_dry() -> None:
    # What the service sends: 200 ms deltas, each as soon as it is spoken, a few ms of jitter.
    steady = deliveries([2.0] * 20, gap_s=1.0, network=Network(delay=0.05, jitter=0.003, delta_ms=(200.0, 200.0)),
                        seed=4)
    block = 240  # 5 ms at 48 kHz
    result = run(steady, seconds=steady[-1][0] + 1.0, block=block, record_every=1)
    assert result.underruns == 0 and result.clicks == 0
    assert len(result.first_sound_delay) == 20
    # From the very first phrase: the wait (the floor plus the jitter seen), rounded up to the
    # device's blocks, after the first block that finds it (in the simulation, deltas are handed
    # over at the sound card's ticks, so that is up to one block more).
    assert max(result.first_sound_delay) <= max(result.targets_ms) / 1000 + 2 * block / 48_000 + 1e-9
    assert max(result.first_sound_delay) < 0.03


@functools.cache
def _ten_minutes() -> list[tuple[float, bytes | None]]:
    """One continuous 10-minute utterance in 40–60 ms deltas, ±20 ms jitter."""
    return deliveries([600.0], gap_s=0.0, network=Network(delay=0.1, jitter=0.02, delta_ms=(40.0, 60.0)),
                      seed=5)


@pytest.mark.parametrize("drift_ppm", [-300.0, 300.0])
def test_clock_drift_over_ten_minutes_neither_grows_the_delay_nor_runs_dry(drift_ppm: float) -> None:
    # One continuous 10-minute utterance: 300 ppm over 10 minutes is 180 ms, as much as 50 ppm
    # (a typical sound card) over an hour.
    events = _ten_minutes()
    result = run(events, seconds=600.0, drift_ppm=drift_ppm, block=2400, record_every=4)
    assert result.underruns == 0 and result.clicks == 0
    # The level read at each callback averages the target (the low points the controller steers)
    # plus half a delta; it must not trend with the drift.
    settled = [level for t, level in result.levels_ms if 120 < t < 180]
    late = [level for t, level in result.levels_ms if t > 540]
    target = result.targets_ms[-1]
    assert abs(float(np.mean(late)) - float(np.mean(settled))) < 15, "no trend: the drift is absorbed"
    assert target - 10 < float(np.mean(late)) < target + 50
    assert max(level for t, level in result.levels_ms if t > 120) < target + 100
    assert 0 < abs(result.adjust[-1]) <= 0.002
    assert np.sign(result.adjust[-1]) == np.sign(-drift_ppm), "a fast card is fed more, a slow one less"


def test_without_adaptation_the_same_drift_moves_the_delay() -> None:
    # The control case: the fixed buffer's level wanders by the whole drift.
    events = _ten_minutes()
    result = run(events, seconds=600.0, drift_ppm=-300.0, adaptive=False, block=2400, record_every=4)
    early = np.mean([level for t, level in result.levels_ms if 30 < t < 60])
    late = np.mean([level for t, level in result.levels_ms if t > 540])
    assert late - early > 120


def test_the_first_late_delta_raises_the_wait_at_once() -> None:
    arrivals = ArrivalJitter(window_s=60)
    for k in range(199):  # 10 s of 50 ms deltas exactly on time
        arrivals.arrival(1.0 + 0.05 * k, 0.05)
    assert arrivals.target_s == pytest.approx(0.015)
    arrivals.arrival(1.0 + 0.05 * 199 + 0.08, 0.05)  # 80 ms late
    assert arrivals.target_s == pytest.approx(0.08 * 1.1 + 0.015)


def test_the_queue_remembers_the_longest_wait_it_asked_for() -> None:
    rate = 48_000
    queue = SpeechQueue(JitterBuffer(rate, prefill_ms=0), adaptive=True)
    delta = to_pcm16(np.zeros(1200, np.float32))  # 50 ms
    for k in range(10):  # on time
        queue.push_pcm16(delta, now=1.0 + 0.05 * k)
    assert queue.longest_wait_ms == pytest.approx(15.0)
    queue.push_pcm16(delta, now=1.0 + 0.05 * 10 + 0.1)  # 100 ms late: the wait rises at once
    assert queue.wait_ms == pytest.approx(125.0, abs=0.1)
    queue.mark_end()
    queue.arrivals.window_s = 1.0  # the late one leaves the window: the wait falls, the longest stays
    queue.push_pcm16(delta, now=10.0)
    assert queue.wait_ms == pytest.approx(15.0)
    assert queue.longest_wait_ms == pytest.approx(125.0, abs=0.1)


def test_running_dry_where_the_phrase_turns_out_to_end_is_not_an_underrun() -> None:
    rate = 48_000
    jitter = JitterBuffer(rate, prefill_ms=0)
    queue = SpeechQueue(jitter, adaptive=False)
    out = np.zeros(rate // 5, np.float32)  # 200 ms per read
    delta = to_pcm16(0.5 * np.sin(2 * np.pi * 440 * np.arange(2400) / 24_000))  # 100 ms
    queue.push_pcm16(delta)
    jitter.read_into(out)  # ran dry at the end of what was written: an end, or a late delta?
    assert jitter.underruns == 1
    queue.mark_end()  # nothing came after: the phrase ended there
    assert queue.underruns == 0
    assert jitter.buffered_frames == 0, "the resampler's last milliseconds are not played after the pause"
    # Mid-phrase: the next delta came after the buffer ran dry; that was an underrun.
    queue.push_pcm16(delta)
    jitter.read_into(out)
    queue.push_pcm16(delta)
    jitter.read_into(out)
    queue.mark_end()
    assert jitter.underruns == 3
    assert queue.underruns == 1
    # A phrase marked as ended before it ran dry plays to its end without a count.
    queue.push_pcm16(delta)
    queue.mark_end()
    jitter.read_into(out)
    assert jitter.underruns == 3 and queue.underruns == 1
