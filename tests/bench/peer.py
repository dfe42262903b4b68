"""The peer: a minimal headless translation client on the app's own libraries, the floor the app is
measured against (``tests/bench/peer_bench.py``).

Straightforward code, no app module: a sounddevice input callback copies into a preallocated numpy
ring; every 200 ms an asyncio task drains it, converts it with soxr to 24 kHz mono PCM16 and sends
each complete 200 ms frame with the openai SDK's ``realtime.translations.connect``; translated speech
is converted with soxr to the device rate and queued in a second ring, which an OutputStream
callback plays (silence when it is empty: no jitter buffer).

    PULSE_SOURCE=micfeed.monitor PULSE_SINK=speaker OPENAI_BASE_URL=... OPENAI_API_KEY=... \\
        .venv/bin/python tests/bench/peer.py --seconds 30 --stats stats.json

``--block-ms 10`` plays in 10 ms blocks with a suggested latency of 20 ms, the app's own device side
(PortAudio makes the default 20 ms blocks' latency 40 ms): the same path to the speaker as the app's,
at twice the callbacks.

With ``--both`` it runs two such directions at once, each on its own connection, on the devices the
benchmark's two-direction app uses (``meeting.monitor`` onto ``headphones``, ``micfeed.monitor``
onto ``virtualmic``).

At the end it writes ``--stats``: appends sent, and for each frame how long after its last sample's
capture it was sent.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import json
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sounddevice as sd
import soxr
from openai import AsyncOpenAI

DEVICE_RATE = 48_000
SERVICE_RATE = 24_000
FRAME = SERVICE_RATE // 5  # 200 ms
BLOCK = DEVICE_RATE // 50  # 20 ms


class Ring:
    """Single-producer single-consumer float32 mono ring; positions published after the copy."""

    def __init__(self, capacity: int) -> None:
        self.buf = np.zeros(capacity, np.float32)
        self.capacity = capacity
        self.written = 0
        self.read = 0

    def write(self, block: npt.NDArray[np.float32]) -> None:
        n = min(len(block), self.capacity - (self.written - self.read))
        start = self.written % self.capacity
        first = min(n, self.capacity - start)
        self.buf[start : start + first] = block[:first]
        self.buf[: n - first] = block[first:n]
        self.written += n

    def read_into(self, out: npt.NDArray[np.float32]) -> int:
        n = min(len(out), self.written - self.read)
        start = self.read % self.capacity
        first = min(n, self.capacity - start)
        out[:first] = self.buf[start : start + first]
        out[first:n] = self.buf[: n - first]
        self.read += n
        return n


class Peer:
    def __init__(self) -> None:
        self.mic = Ring(DEVICE_RATE * 4)
        self.speaker = Ring(DEVICE_RATE * 10)
        self.offset = float("inf")  # capture time of input frame 0: the smallest callback bound
        self.to_service = soxr.ResampleStream(DEVICE_RATE, SERVICE_RATE, 1, dtype="float32")
        self.to_device = soxr.ResampleStream(SERVICE_RATE, DEVICE_RATE, 1, dtype="float32")
        self.scratch = np.zeros(DEVICE_RATE * 4, np.float32)
        self.pending = np.zeros(0, np.float32)
        self.converted = 0  # 24 kHz samples out of the resampler so far
        self.appends = 0
        self.waits: list[float] = []

    def on_input(self, indata: npt.NDArray[np.float32], frames: int, time_info: Any, status: Any) -> None:
        self.mic.write(indata[:, 0])
        self.offset = min(self.offset, time.monotonic() - self.mic.written / DEVICE_RATE)

    def on_output(self, outdata: npt.NDArray[np.float32], frames: int, time_info: Any, status: Any) -> None:
        n = self.speaker.read_into(outdata[:, 0])
        outdata[n:] = 0.0

    async def send_frames(self, connection: Any) -> None:
        while True:
            await asyncio.sleep(0.2)
            n = self.mic.read_into(self.scratch)
            out = self.to_service.resample_chunk(self.scratch[:n])
            self.pending = np.concatenate([self.pending, out])
            while len(self.pending) >= FRAME:
                frame, self.pending = self.pending[:FRAME], self.pending[FRAME:]
                self.converted += FRAME
                pcm = (np.clip(frame, -1, 1) * 32767).astype("<i2").tobytes()
                await connection.session.input_audio_buffer.append(audio=base64.b64encode(pcm).decode())
                self.appends += 1
                last_sample = self.offset + self.converted / SERVICE_RATE
                self.waits.append(time.monotonic() - last_sample)

    async def play(self, connection: Any) -> None:
        async for event in connection:
            if event.type == "session.output_audio.delta":
                pcm = np.frombuffer(base64.b64decode(event.delta), "<i2").astype(np.float32) / 32768
                self.speaker.write(self.to_device.resample_chunk(pcm))


@contextlib.contextmanager
def routed(source: str, sink: str) -> Iterator[None]:
    """Streams opened inside go to these PulseAudio devices (the ALSA ``pulse`` plugin reads them)."""
    saved = {k: os.environ.get(k) for k in ("PULSE_SOURCE", "PULSE_SINK")}
    os.environ.update(PULSE_SOURCE=source, PULSE_SINK=sink)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


async def direction(peer: Peer, client: AsyncOpenAI, route: tuple[str, str] | None, language: str,
                    stop: asyncio.Event, seconds: float, block_ms: int) -> None:
    """One direction: ``route`` (source, sink), or the devices ``PULSE_SOURCE``/``PULSE_SINK`` name;
    playback in ``block_ms`` blocks."""
    play_block = DEVICE_RATE * block_ms // 1000
    play_latency: float | str = "low" if block_ms == 20 else 2 * block_ms / 1000
    options: Any = {"proxy": None}
    async with client.realtime.translations.connect(
        model="gpt-realtime-translate", websocket_connection_options=options
    ) as connection:
        await connection.session.update(session={"audio": {"output": {"language": language}}})
        with routed(*route) if route else contextlib.nullcontext():
            streams = (
                sd.InputStream(device="pulse", samplerate=DEVICE_RATE, channels=1, dtype="float32", blocksize=BLOCK,
                               latency="low", callback=peer.on_input),
                sd.OutputStream(device="pulse", samplerate=DEVICE_RATE, channels=1, dtype="float32",
                                blocksize=play_block, latency=play_latency, callback=peer.on_output),
            )
        with streams[0], streams[1]:
            tasks = [asyncio.create_task(peer.send_frames(connection)), asyncio.create_task(peer.play(connection))]
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), seconds)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


async def run(seconds: float, both: bool, block_ms: int) -> dict[str, Any]:
    peer = Peer()
    client = AsyncOpenAI(max_retries=0)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    if both:  # as the app's both directions: the meeting onto headphones, the microphone into the call
        await asyncio.gather(direction(peer, client, ("meeting.monitor", "headphones"), "es", stop, seconds, block_ms),
                             direction(Peer(), client, ("micfeed.monitor", "virtualmic"), "en", stop, seconds,
                                       block_ms))
    else:
        await direction(peer, client, None, "es", stop, seconds, block_ms)
    await client.close()
    return {"appends": peer.appends, "waits": peer.waits}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3600.0, help="run this long (or until SIGTERM)")
    parser.add_argument("--stats", type=Path, default=Path(os.devnull), help="where to write the figures")
    parser.add_argument("--both", action="store_true",
                        help="two directions, each on its own connection: meeting.monitor onto headphones and "
                             "micfeed.monitor onto virtualmic (the figures are the first one's)")
    parser.add_argument("--block-ms", type=int, choices=(10, 20), default=20,
                        help="playback block (10: with the app's suggested latency of 20 ms)")
    args = parser.parse_args()
    args.stats.write_text(json.dumps(asyncio.run(run(args.seconds, args.both, args.block_ms))))


if __name__ == "__main__":
    main()
