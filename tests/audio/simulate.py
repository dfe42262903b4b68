"""Simulated timelines for the playback queue: a sender that speaks in real time on its own clock,
a network that delays, jitters and bunches its deltas, and a sound card that reads blocks on a
clock that drifts. Pure and fast: no sound device, no sleeping."""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

import numpy as np

from translator_gui.audio.adaptive import SpeechQueue
from translator_gui.audio.jitter import JitterBuffer
from translator_gui.audio.resample import to_pcm16
from translator_gui.pcm import SAMPLE_RATE

SERVICE_RATE = SAMPLE_RATE
TONE_HZ = 440.0
AMPLITUDE = 0.5


@dataclass
class Network:
    delay: float = 0.2
    jitter: float = 0.08
    burst: int = 1
    """Deltas held back and released together (the last one's arrival time)."""
    delta_ms: tuple[float, float] = (20.0, 100.0)


@dataclass
class Result:
    underruns: int = 0
    clicks: int = 0
    click_times: list[float] = field(default_factory=list)
    underrun_times: list[float] = field(default_factory=list)
    targets_ms: list[float] = field(default_factory=list)
    levels_ms: list[tuple[float, float]] = field(default_factory=list)  # (time, buffered ms) per callback
    adjust: list[float] = field(default_factory=list)
    first_sound_delay: list[float] = field(default_factory=list)  # arrival of utterance → first sample out


def deliveries(utterances: list[float], gap_s: float, network: Network, seed: int,
               start: float = 1.0) -> list[tuple[float, bytes | None]]:
    """(arrival time, PCM16 delta or None for "utterance ended") for each utterance's length.

    Each utterance is a tone that fades in and out over 10 ms, as speech starts and ends in silence.
    """
    rng = np.random.default_rng(seed)
    events: list[tuple[float, bytes | None]] = []
    t0 = start
    last_arrival = 0.0
    ramp = SERVICE_RATE // 100
    for length in utterances:
        n_total = round(length * SERVICE_RATE)
        envelope = np.minimum(1.0, np.minimum(np.arange(n_total) + 1, n_total - np.arange(n_total)) / ramp)
        tone = AMPLITUDE * envelope * np.sin(2 * np.pi * TONE_HZ * np.arange(n_total) / SERVICE_RATE)
        done = 0
        held: list[bytes] = []
        while done < n_total:
            n = min(round(float(rng.uniform(*network.delta_ms)) * SERVICE_RATE / 1000), n_total - done)
            held.append(to_pcm16(tone[done : done + n]))
            done += n
            if len(held) == network.burst or done >= n_total:
                sent = t0 + done / SERVICE_RATE  # generated in real time: a delta leaves once complete
                arrival = max(last_arrival, sent + network.delay + float(rng.uniform(-network.jitter, network.jitter)))
                last_arrival = arrival
                events.extend((arrival, pcm) for pcm in held)
                held = []
        events.append((last_arrival, None))
        t0 += length + gap_s
    return events


def run(events: list[tuple[float, bytes | None]], *, seconds: float, device_rate: int = 48_000,
        drift_ppm: float = 0.0, block: int = 960, adaptive: bool = True, prefill_ms: float = 200,
        record_every: int = 10) -> Result:
    """Play ``events`` through a SpeechQueue and JitterBuffer read by a drifting sound card."""
    jitter = JitterBuffer(device_rate, prefill_ms=prefill_ms, capacity_s=10)
    queue = SpeechQueue(jitter, adaptive=adaptive)
    result = Result()
    period = block / (device_rate * (1 + drift_ppm * 1e-6))  # the card's clock runs fast when > 0
    out = np.zeros(block, np.float32)
    last = 0.0
    step = 2 * math.pi * TONE_HZ / device_rate
    max_step = AMPLITUDE * step * 1.5 + 1e-3  # largest sample-to-sample change of the tone, with room
    heap = [(t, i, pcm) for i, (t, pcm) in enumerate(events)]
    heapq.heapify(heap)
    pending_start: float | None = None
    k = 0
    while True:
        now = k * period
        if now > seconds:
            break
        while heap and heap[0][0] <= now:
            t, _, pcm = heapq.heappop(heap)
            if pcm is None:
                queue.mark_end()
            else:
                if jitter.buffered_frames == 0 and jitter.prefilling and pending_start is None:
                    pending_start = t
                queue.push_pcm16(pcm, now=t)
        was_prefilling = jitter.prefilling
        underruns_before = jitter.underruns
        jitter.read_into(out)
        if jitter.underruns != underruns_before:
            result.underrun_times.append(now)
        if was_prefilling and not jitter.prefilling and pending_start is not None:
            result.first_sound_delay.append(now - pending_start)
            pending_start = None
        # A click is a jump between two sounding samples (silence is exactly 0.0: the tone's own
        # start and end after a pause are not clicks; running dry is counted as an underrun).
        joined = np.concatenate([[last], out])
        sounding = (joined[1:] != 0.0) & (joined[:-1] != 0.0)
        if np.any((np.abs(np.diff(joined)) > max_step) & sounding):
            result.clicks += 1
            result.click_times.append(now)
        last = float(out[-1])
        if k % record_every == 0:
            result.levels_ms.append((now, jitter.buffered_ms))
            result.targets_ms.append(queue.target_ms)
            result.adjust.append(queue.ratio_adjust)
        k += 1
    result.underruns = jitter.underruns
    return result
