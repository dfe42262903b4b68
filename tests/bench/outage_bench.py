"""How far behind live the captions are after a real outage: prints the figure.

    .venv/bin/python tests/bench/outage_bench.py [--outage 60] [--after 60]

The real Pipeline and TranslateSession against the fake server (on its own thread), which refuses
every handshake for ``--outage`` seconds after the connection drops; the lag is that of a service
working at speech pace (``tests/fakes/paced_service.py``), ``--after`` seconds after the connection
was back. Goal (issue 15): at most 10 s, 60 s after a 60 s outage. Takes outage + after + ~5 s.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.fakes.translation_server import FakeServerThread
from tests.meeting.test_pipeline_outage import run_outage


async def main(outage: float, after: float) -> None:
    with tempfile.TemporaryDirectory() as tmp, FakeServerThread() as fake:
        lag, events, journal, down = await run_outage(fake, Path(tmp), before=3.0, outage=outage, after=after)
        told = [p.message for p in events.problems]
        gap = [line for line in journal.read_text(encoding="utf-8").splitlines() if "not translated" in line]
    print(f"connection down {down:.1f} s; {lag:.1f} s behind live {after:.0f} s after it was back (goal <= 10 s)")
    print("told:", *told, sep="\n  ")
    print("transcript gap:", *gap, sep="\n  ")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--outage", type=float, default=60.0)
    parser.add_argument("--after", type=float, default=60.0)
    options = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main(options.outage, options.after))
