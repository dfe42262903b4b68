"""What the fake server says and when: utterances cut into deltas, paced by a ``Delivery``."""

from __future__ import annotations

import math
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

OUTPUT_RATE = 24_000
FRAME_MS = 200


@dataclass(frozen=True)
class Delivery:
    """Pacing of a scripted item's events: ``burst`` events back to back, then a pause of
    ``delay`` ± ``jitter`` seconds (uniform, reproducible from ``seed``)."""

    delay: float = 0.0
    jitter: float = 0.0
    seed: int = 0
    burst: int = 1

    def __post_init__(self) -> None:
        if self.delay < 0 or self.jitter < 0 or self.burst < 1:
            raise ValueError("Delivery needs delay >= 0, jitter >= 0 and burst >= 1")

    def pauses(self) -> Iterator[float]:
        """The pause before each event (the first one is not delayed)."""
        rng = random.Random(self.seed)
        index = 0
        while True:
            if index == 0 or index % self.burst:
                yield 0.0
            else:
                yield max(0.0, self.delay + rng.uniform(-self.jitter, self.jitter))
            index += 1


IMMEDIATE = Delivery()


def text_fragments(text: str, max_chars: int = 6) -> list[str]:
    """Word-ish fragments that concatenate back to exactly ``text`` (spaces stay where they were,
    leading like a tokenizer's; words longer than ``max_chars`` are cut, so CJK gets split too)."""
    pieces: list[str] = []
    for token in re.findall(r"\s*\S+|\s+", text):
        stripped = token.lstrip()
        lead = token[: len(token) - len(stripped)]
        if not stripped:
            pieces.append(token)
            continue
        cuts = [stripped[i : i + max_chars] for i in range(0, len(stripped), max_chars)]
        cuts[0] = lead + cuts[0]
        pieces.extend(cuts)
    assert "".join(pieces) == text
    return pieces


def split_surrogate_fragments(pieces: list[str]) -> list[str]:
    """``pieces`` with every character beyond the BMP cut between its two UTF-16 halves, as a server
    (or a JavaScript proxy) that counts in UTF-16 code units sends it: ``"\\ud83d"`` ends one delta and
    ``"\\ude00 "`` starts the next. Both are valid JSON strings and valid SDK events (``delta: str``)."""
    out: list[str] = []
    for piece in pieces:
        current = ""
        for char in piece:
            if ord(char) <= 0xFFFF:
                current += char
                continue
            high, low = char.encode("utf-16-le")[:2], char.encode("utf-16-le")[2:]
            out.append(current + high.decode("utf-16-le", "surrogatepass"))
            current = low.decode("utf-16-le", "surrogatepass")
        out.append(current)
    return [p for p in out if p]


def pcm16_bytes(audio: npt.NDArray[Any] | bytes | None) -> bytes:
    """Mono PCM16 little-endian bytes from int16 samples, floats in [-1, 1], or bytes."""
    if audio is None:
        return b""
    if isinstance(audio, bytes | bytearray):
        if len(audio) % 2:
            raise ValueError("PCM16 audio must have an even number of bytes")
        return bytes(audio)
    samples = np.asarray(audio)
    if samples.ndim != 1:
        raise ValueError("audio must be mono (one dimension)")
    if samples.dtype.kind == "f":
        samples = np.round(np.clip(samples, -1.0, 1.0) * 32767.0)
    return samples.astype("<i2").tobytes()


def tone(seconds: float, frequency: float = 440.0, amplitude: float = 0.3) -> npt.NDArray[np.int16]:
    """A sine tone at the output rate, as int16 samples."""
    t = np.arange(round(seconds * OUTPUT_RATE)) / OUTPUT_RATE
    return np.round(np.sin(2 * math.pi * frequency * t) * amplitude * 32767).astype(np.int16)


def audio_chunks(pcm: bytes, chunk_ms: int = FRAME_MS, rate: int = OUTPUT_RATE) -> list[bytes]:
    size = max(2, rate * 2 * chunk_ms // 1000)
    return [pcm[i : i + size] for i in range(0, len(pcm), size)]


Part = tuple[Literal["source", "target", "audio"], str | bytes]


@dataclass(frozen=True)
class Utterance:
    """One stretch of speech: the source transcript, its translation and the translated audio."""

    source: str
    translation: str
    audio: bytes = b""
    after_input_ms: float = 0.0  # emit once this much input audio arrived on the connection
    hold_until_close: bool = False  # emit only as trailing output after session.close
    delivery: Delivery = IMMEDIATE
    audio_chunk_ms: int = FRAME_MS
    split_surrogates: bool = False  # cut characters beyond the BMP between deltas (see split_surrogate_fragments)

    def parts(self) -> list[Part]:
        """Source fragments first, then translation fragments interleaved with audio chunks."""
        cut = split_surrogate_fragments if self.split_surrogates else list
        source: list[Part] = [("source", f) for f in cut(text_fragments(self.source))]
        texts: list[Part] = [("target", f) for f in cut(text_fragments(self.translation))]
        chunks: list[Part] = [("audio", c) for c in audio_chunks(self.audio, self.audio_chunk_ms)]
        merged: list[Part] = []
        n_text, n_audio = len(texts), len(chunks)
        i = j = 0
        while i < n_text or j < n_audio:  # keep both streams proportionally in step
            if j >= n_audio or (i < n_text and i * max(n_audio, 1) <= j * max(n_text, 1)):
                merged.append(texts[i])
                i += 1
            else:
                merged.append(chunks[j])
                j += 1
        return source + merged


@dataclass(frozen=True)
class RawText:
    """Arbitrary text sent as-is (never validated): garbage, unknown events."""

    text: str


@dataclass(frozen=True)
class ServerEvent:
    """One complete server event (validated before it is sent)."""

    event: dict[str, Any]


@dataclass(frozen=True)
class Drop:
    """End the connection abruptly: ``close1006`` (no close frame) or ``reset`` (TCP RST)."""

    kind: Literal["close1006", "reset"]
    after_input_ms: float = 0.0  # once this much input audio arrived on the connection (0: at once)


@dataclass(frozen=True)
class Close:
    """End the connection with a close frame, without ``session.closed``."""

    code: int = 1000
    reason: str = ""


ScriptItem = Utterance | RawText | ServerEvent | Drop | Close
