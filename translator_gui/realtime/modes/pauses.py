"""When a Captions session without server turn detection commits its input buffer: at pauses in the
speech, and at least every ``MAX_SPEECH_SECONDS`` of it.

``gpt-realtime-whisper`` and ``gpt-live-transcribe`` take ``turn_detection: null``: the client says
where an item (a stretch of speech) ends by committing the buffer, and the final transcript of an item
comes only then. Without commits a whole meeting would be one item, far beyond the model's context.

A small voice-activity detector on the level of 20 ms frames decides: speech begins after
``SPEECH_START_FRAMES`` frames at or above ``SPEECH_DBFS``; a pause is ``PAUSE_SECONDS`` of frames below
``QUIET_DBFS`` (the gap between the two thresholds is the hysteresis: a level in between continues
whatever was going on). The buffer is committed at a pause after speech, after ``MAX_SPEECH_SECONDS``
of speech without a pause, and after ``MAX_ITEM_SECONDS`` of audio in any case (speech too soft for
the detector is still transcribed, in pieces of bounded length). A commit needs ``MIN_COMMIT_SECONDS``
of audio (the service refuses fewer than 100 ms).
"""

from __future__ import annotations

import numpy as np

from translator_gui.pcm import BYTES_PER_SECOND

FRAME_SECONDS = 0.02
FRAME_BYTES = int(BYTES_PER_SECOND * FRAME_SECONDS)
SPEECH_DBFS = -45.0
QUIET_DBFS = -52.0
SPEECH_START_FRAMES = 3
PAUSE_SECONDS = 0.6
MAX_SPEECH_SECONDS = 20.0
MAX_ITEM_SECONDS = 30.0
MIN_COMMIT_SECONDS = 0.2


def frame_dbfs(frames: np.ndarray) -> np.ndarray:
    """The RMS level (dBFS) of each row of int16 samples."""
    rms = np.sqrt(np.mean(np.square(frames.astype(np.float64)), axis=1))
    with np.errstate(divide="ignore"):
        return np.asarray(20.0 * np.log10(rms / 32768.0))


class PauseCommitter:
    """Fed the audio appended to one connection, says after each chunk whether to commit now."""

    def __init__(self) -> None:
        self._partial = b""
        self._uncommitted = 0.0  # seconds appended since the last commit
        self._speech = 0.0  # seconds since speech was first heard after the last commit
        self._heard = False  # speech since the last commit
        self._talking = False  # in speech (by the hysteresis)
        self._loud_run = 0
        self._quiet = 0.0  # seconds of quiet frames in a row
        self.commits = 0

    def feed(self, pcm16: bytes) -> bool:
        """Take ``pcm16`` into account; True: commit the buffer now (the state is then reset)."""
        data = self._partial + pcm16
        whole = len(data) - len(data) % FRAME_BYTES
        self._partial = data[whole:]
        if not whole:
            return False
        frames = np.frombuffer(data[:whole], dtype="<i2").reshape(-1, FRAME_BYTES // 2)
        commit = False
        for level in frame_dbfs(frames):
            if self._step(float(level)) and not commit:
                commit = True  # at most one commit per chunk: the frames after it count for the next
                self._committed()
        return commit

    def _step(self, level: float) -> bool:
        """One frame; True when it completes an item."""
        self._uncommitted += FRAME_SECONDS
        if self._heard:
            self._speech += FRAME_SECONDS
        if level >= SPEECH_DBFS:
            self._loud_run += 1
            self._quiet = 0.0
            if self._loud_run >= SPEECH_START_FRAMES:
                self._talking = True
                self._heard = True
        elif level < QUIET_DBFS:  # silence (-inf dBFS) included
            self._loud_run = 0
            self._quiet += FRAME_SECONDS
            if self._quiet >= PAUSE_SECONDS:
                self._talking = False
        else:
            self._loud_run = 0
            if self._talking:
                self._quiet = 0.0
        if self._uncommitted < MIN_COMMIT_SECONDS:
            return False
        paused = self._heard and not self._talking
        return paused or self._speech >= MAX_SPEECH_SECONDS or self._uncommitted >= MAX_ITEM_SECONDS

    def _committed(self) -> None:
        self.commits += 1
        self._uncommitted = 0.0
        self._speech = 0.0
        self._heard = self._talking  # speech that goes on across a commit is still speech
        self._quiet = 0.0 if self._talking else self._quiet
