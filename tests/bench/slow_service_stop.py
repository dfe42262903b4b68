"""What Stop loses against a service that reads slower than speech: prints the figure.

    .venv/bin/python tests/bench/slow_service_stop.py [--speed 0.25] [--seconds 16] [--verbose]

The real Pipeline and TranslateSession against the fake server (on its own thread), which reads the
input at ``--speed`` times real time until the end; ``--seconds`` of unique audio are played in real
time, then Stop. Prints the speech that never reached the service, how long Stop took, and what the
person was told while it finished. Goal (issue "robust against a hostile network"): at most 5 s of
a 16 s session at a quarter speed, and what is lost told. Takes about ``seconds / speed`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fakes.file_source import FileSource, in_order_coverage, speech_pipeline
from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_pipeline_faults import Events
from tests.meeting.test_pipeline_stalls import noise_wav
from translator_gui.realtime.engine import Problem, ProblemKind


async def main(speed: float, seconds: float) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeServerThread() as fake:
        source = FileSource(noise_wav(Path(tmp) / "noise.wav", seconds))
        events = Events()
        fake.read_slowly(speed)
        pipeline, _ = speech_pipeline(source, fake.base_url, Path(tmp) / "transcripts", events)
        started = time.monotonic()
        await pipeline.start()
        await source.finished.wait()
        stopping = time.monotonic()
        await pipeline.stop()
        stopped = time.monotonic()
        produced = source.pcm16
        lost = (1 - in_order_coverage(produced, bytes(fake.snapshot().audio))) * seconds
        connections = fake.snapshot().connections_opened
    finishing = [p.message for p in events.problems if p.kind is ProblemKind.FINISHING]
    told = [p.message for p in events.all if isinstance(p, Problem) and p.kind is not ProblemKind.FINISHING]
    print(
        f"service at {speed:g}x for {seconds:.0f} s of speech: speech lost {lost:.1f} s; "
        f"Stop took {stopped - stopping:.1f} s (session {stopping - started:.1f} s); connections {connections}"
    )
    print(
        f"finishing notices: {len(finishing)}",
        *finishing[:3],
        "…" if len(finishing) > 3 else "",
        *finishing[-2:] if len(finishing) > 3 else [],
        sep="\n  ",
    )
    print("told:", *told, sep="\n  ")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--speed", type=float, default=0.25)
    parser.add_argument("--seconds", type=float, default=16.0)
    parser.add_argument("--verbose", action="store_true", help="log the session at info level")
    parser.add_argument("--debug", action="store_true", help="and its finishing at debug level")
    options = parser.parse_args()
    logging.basicConfig(
        level=logging.INFO if options.verbose or options.debug else logging.WARNING,
        format="%(relativeCreated)8.0f %(name)s %(message)s",
    )
    if options.debug:
        logging.getLogger("translator_gui.realtime.session").setLevel(logging.DEBUG)
    asyncio.run(main(options.speed, options.seconds))
