"""Benchmark: the app against the peer (a minimal client on the same libraries), interleaved.

Each round runs, one after the other on the PulseAudio test bed and each against a fresh fake
translation service on loopback:

* **app** — ``python -m translator_gui --start`` (GUI offscreen), one direction: the microphone
  feed (real speech, ``micfeed.monitor``) translated onto ``speaker``;
* **peer** — ``tests/bench/peer.py`` on the same devices;
* **app both** — both directions at once (the meeting's sound onto ``headphones``, the microphone
  onto ``virtualmic``);
* **peer both** — the peer with ``--both``: the same two directions, each as the peer does one;
* **peer10** (and **peer10 both**), on request (``--kinds``) — the peer playing in 10 ms blocks
  with the app's suggested latency of 20 ms (``--block-ms 10``): the app's own path to the speaker,
  20 ms shorter than the peer's default 20 ms blocks, whose latency PortAudio makes 40 ms.

The service answers every 3 s of input on each connection with a caption and 2 s of speech, sent
in 200 ms deltas at the pace of speech (steady delivery), so each answer is a phrase with a pause
after it. For each run it measures, over the window after a warm-up: CPU (% of one core), the
main thread's voluntary context switches per second, appends per second, RSS and its fitted slope;
translated delta → speaker (from the service sending a phrase's first delta to that phrase's first
sample at ``speaker``'s monitor, recorded with ``parec`` and dated by this process's clock), with how
late the service itself sent deltas against the pace of speech (on a busy machine this process is
late too, and a client's jitter buffer rightly waits longer for it); and the
client's own figure for how long after its last sample each frame was sent (the app's session
summary; the peer's stats). Then the cold start (``tests/bench/cold_start.py`` of the same tree).
Prints the medians over the rounds and the ratios app/peer and both/one (and, with ``peer both``
among the kinds, the peer's both/one and the app's both directions over the peer's).

    .venv/bin/python tests/bench/peer_bench.py [--rounds 3] [--seconds 30] [--app-root DIR]

``--app-root`` runs the app from another checkout (e.g. ``git worktree add /tmp/before <commit>``)
with this venv; the peer and the measuring stay the same. ``--before DIR`` adds a kind **before**:
the app from that checkout, one direction, interleaved with the others (add it to ``--kinds``), so
a change is measured against the same peer in the same rounds.

``--memory`` prints where each client's resident memory is (anonymous or file-backed, the largest
mappings) at the end of its window.

``--keyring`` keeps the app's key in a real Secret Service (gnome-keyring on a private session bus,
as the test suite's), where a user's key lives, instead of ``OPENAI_API_KEY``: reading it loads the
keyring backend (secretstorage, jeepney, cryptography), which the memory figure then includes.

``--profile DIR`` also records each run's measured window with py-spy (``--gil``, 1 kHz, raw
collapsed stacks with thread ids, into ``DIR``) and prints each thread's share of a core from
``/proc``; ``tests/bench/profile_summary.py`` sums the stacks up. py-spy pauses the process for
every sample, so the CPU figures of a profiled run are not comparable with unprofiled ones.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
import psutil  # noqa: E402

import tests.fakes.translation_server as server_module  # noqa: E402
from tests.fakes.translation_core import FakeTranslationServer  # noqa: E402
from tests.fakes.translation_script import OUTPUT_RATE, audio_chunks, tone  # noqa: E402
from tests.testbed import KeyringBed, PulseBed  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "jfk.flac"
ANSWER_EVERY_MS = 3000
SPEECH_S = 2.0
DELTA_MS = 200


class BenchServer(FakeTranslationServer):
    """The fake service in echo mode, with the answer's speech paced like the real service's (one
    200 ms delta per 200 ms) and the time each speech delta was sent recorded."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.update(echo_ms=ANSWER_EVERY_MS, echo_speech=False)  # the speech is this class's
        super().__init__(**kwargs)
        self.speech_sent: list[tuple[float, int]] = []  # (monotonic time, connection)
        # (monotonic time, connection, seconds): how late each delta went out against its phrase's
        # first at the pace of speech: the lateness a client's jitter buffer is right to wait for.
        self.speech_late: list[tuple[float, int, float]] = []
        self._speaking: set[asyncio.Task[None]] = set()

    async def _echo(self, conn: Any, *, final: bool) -> None:
        answered = conn.echoes
        await super()._echo(conn, final=final)
        for n in range(answered, conn.echoes):
            task = asyncio.create_task(self._speak_answer(conn, 300.0 + 40.0 * ((conn.index + n) % 8)))
            self._speaking.add(task)
            task.add_done_callback(self._speaking.discard)

    async def stop(self) -> None:
        """Stop speaking the answers still under way (the run is over), then close as the fake does."""
        speaking = list(self._speaking)
        for task in speaking:
            task.cancel()
        await asyncio.gather(*speaking, return_exceptions=True)
        await super().stop()

    async def _speak_answer(self, conn: Any, frequency: float) -> None:
        speech = tone(SPEECH_S, frequency).astype("<i2").tobytes()
        loop = asyncio.get_running_loop()
        start = loop.time()
        first = 0.0
        for k, chunk in enumerate(audio_chunks(speech, DELTA_MS, OUTPUT_RATE)):
            # The pace of speech, on the clock (sleeping a delta's length after each send would fall
            # behind by the send time and the timer's lateness every time).
            await asyncio.sleep(max(0.0, start + k * DELTA_MS / 1000 - loop.time()))
            event = {"type": "session.output_audio.delta", "delta": base64.b64encode(chunk).decode("ascii"),
                     "sample_rate": OUTPUT_RATE, "channels": 1, "format": "pcm16", "elapsed_ms": conn.elapsed_ms}
            try:
                await self._send(conn, event)
            except Exception:  # the client went away
                return
            sent = time.monotonic()
            self.speech_sent.append((sent, conn.index))
            first = sent if k == 0 else first
            self.speech_late.append((sent, conn.index, sent - first - k * DELTA_MS / 1000))


@dataclass
class Run:
    kind: str
    cpu: float = float("nan")
    ctx_per_s: float = float("nan")
    appends_per_s: float = float("nan")
    rss_start: float = float("nan")
    rss_end: float = float("nan")
    rss_slope: float = float("nan")
    delays_ms: list[float] = field(default_factory=list)
    send_p50: float = float("nan")
    send_p99: float = float("nan")
    send_label: str = ""
    underruns: str = ""
    service_late_ms: tuple[float, float] = (float("nan"), float("nan"))  # p99, max of the service's deltas
    waits: str = ""  # how long the app's translated speech waited before playing, at the end and at most
    pump_wakes: str = ""  # the app's pump, per second (its session summary)


class SpeakerRecorder:
    """Records a sink's monitor with ``parec`` (PulseAudio's own protocol), dating each read by the
    clock of this process: the measuring shares no code with the app it measures.

    (It once recorded with the app's own Capture, and the device listing's rate, read from freed
    memory, had that capture fall behind the monitor by ≈ 15 ms a minute and catch up 30–40 ms at
    once: a sawtooth in every delta→speaker of long runs, the peer's too.
    ``tests/bench/capture_drift.py`` shows both paths side by side.)

    A sample's time is ``T0 + frame / rate`` with ``T0`` the smallest ``read time - frames read /
    rate`` among the reads of the 4 s around it (a read always comes after its samples).
    """

    RATE = 24_000
    WINDOW_S = 4.0

    def __init__(self, source: str) -> None:
        self._parec = subprocess.Popen(
            ["parec", f"--device={source}", "--raw", f"--rate={self.RATE}", "--channels=1", "--format=s16le",
             "--latency-msec=10"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )
        self._pcm = bytearray()
        self._reads: list[tuple[int, float]] = []  # (frames so far, monotonic time of the read)
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._drain, daemon=True)

    def __enter__(self) -> SpeakerRecorder:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._parec.terminate()
        self._parec.wait()
        self._thread.join()

    def _drain(self) -> None:
        assert self._parec.stdout is not None
        odd = b""
        fd = self._parec.stdout.fileno()
        while data := os.read(fd, 65536):
            now = time.monotonic()
            data = odd + data
            whole = len(data) - len(data) % 2
            odd = data[whole:]
            with self._lock:
                self._pcm += data[:whole]
                self._reads.append((len(self._pcm) // 2, now))

    def onsets(self, threshold: float = 0.05, quiet_s: float = 0.3) -> list[float]:
        """Times of each sound that starts after ``quiet_s`` of silence."""
        with self._lock:
            x = np.frombuffer(bytes(self._pcm), "<i2").astype(np.float32) / 32768
            reads = np.array(self._reads, dtype=np.float64).reshape(-1, 2)
        if not len(reads):
            return []
        frames, when = reads[:, 0], reads[:, 1]
        bounds = when - frames / self.RATE
        half = self.WINDOW_S / 2 * self.RATE
        lo = np.searchsorted(frames, frames - half)
        hi = np.searchsorted(frames, frames + half, side="right")
        t0 = np.array([bounds[a:b].min() for a, b in zip(lo, hi, strict=True)])
        loud = np.flatnonzero(np.abs(x) > threshold)
        if not len(loud):
            return []
        # the read that brought each loud sample (the first whose frame count passes it)
        read = np.minimum(np.searchsorted(frames, loud, side="right"), len(frames) - 1)
        t = t0[read] + loud / self.RATE
        starts = np.concatenate(([True], np.diff(t) > quiet_s))
        return [float(v) for v in t[starts]]


def phrase_starts(sent: list[tuple[float, int]], connection: int, gap_s: float = 0.5) -> list[float]:
    """When the first delta of each phrase on ``connection`` was sent."""
    starts, last = [], -np.inf
    for t, conn in sent:
        if conn != connection:
            continue
        if t - last > gap_s:
            starts.append(t)
        last = t
    return starts


def delays_ms(starts: list[float], onsets: list[float], t_from: float) -> list[float]:
    out = []
    for s in starts:
        if s < t_from:
            continue
        after = [o for o in onsets if o >= s - 0.01]
        if after and after[0] - s < 2.0:
            out.append((after[0] - s) * 1000)
    return out


def measure(proc: psutil.Process, seconds: float) -> tuple[float, float, list[tuple[float, float]], float]:
    """CPU % of one core, voluntary context switches/s of the main thread, RSS samples, wall time."""
    cpu0, ctx0 = proc.cpu_times(), proc.num_ctx_switches().voluntary
    t0 = time.monotonic()
    rss: list[tuple[float, float]] = []
    while (elapsed := time.monotonic() - t0) < seconds:
        rss.append((elapsed, proc.memory_info().rss / 2**20))
        time.sleep(min(2.0, seconds - elapsed))  # the sampling period of the measurement
    cpu1, ctx1 = proc.cpu_times(), proc.num_ctx_switches().voluntary
    wall = time.monotonic() - t0
    rss.append((wall, proc.memory_info().rss / 2**20))
    cpu = (cpu1.user + cpu1.system - cpu0.user - cpu0.system) / wall * 100
    return cpu, (ctx1 - ctx0) / wall, rss, wall


def thread_times(pid: int) -> dict[int, tuple[str, float]]:
    """Each thread's name and CPU seconds so far, from ``/proc``."""
    ticks = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[str, float]] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            stat = (task / "stat").read_text()
            name = (task / "comm").read_text().strip()
        except OSError:  # the thread ended meanwhile
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        out[int(task.name)] = (name, (int(fields[11]) + int(fields[12])) / ticks)
    return out


def print_thread_cpu(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]], pid: int,
                     wall: float) -> None:
    shares = sorted(((after[t][1] - before.get(t, ("", 0.0))[1]) / wall * 100, t, after[t][0]) for t in after)
    for share, tid, name in reversed(shares):
        if share >= 0.05:
            print(f"    thread {tid}{' (main)' if tid == pid else ''} {name}: {share:.2f} % of a core")


def print_memory(pid: int) -> None:
    """Where the resident memory is: anonymous (heap, Python objects) and file-backed (libraries,
    fonts), and the largest mappings of each."""
    sizes: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        fields = line.split()
        if re.match(r"^[0-9a-f]+-[0-9a-f]+ ", line):
            name = fields[5] if len(fields) > 5 else "[anonymous]"
        elif fields[0] == "Rss:":
            sizes[name] = sizes.get(name, 0) + int(fields[1])
    lines = Path(f"/proc/{pid}/status").read_text().splitlines()
    status = {key: value.strip() for key, value in (line.split(":", 1) for line in lines)}
    print(f"    RSS {status['VmRSS']}: anonymous {status['RssAnon']}, files {status['RssFile']}")
    for mapped, kib in sorted(sizes.items(), key=lambda item: -item[1])[:25]:
        print(f"    {kib / 1024:7.1f} MiB  {mapped}")


def slope(rss: list[tuple[float, float]]) -> float:
    times, mem = np.array([t for t, _ in rss]), np.array([m for _, m in rss])
    return float(np.polyfit(times / 60, mem, 1)[0]) if len(rss) > 2 else float("nan")


def one_run(kind: str, args: argparse.Namespace, pulse: PulseBed, speech: Path, vault: KeyringBed | None) -> Run:
    work = Path(tempfile.mkdtemp(prefix=f"tr-peer-bench-{kind.replace(' ', '-')}-"))
    env = dict(os.environ)
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(work / var.lower())
    env.update(pulse.env)
    both = kind.endswith(" both")
    peer = kind.startswith("peer")
    players = [pulse.play("micfeed", speech)]
    if both:
        players.append(pulse.play("meeting", speech))
    result = Run(kind)
    client: subprocess.Popen[bytes] | None = None
    stats = work / "peer.json"
    server_module.FakeTranslationServer = BenchServer  # type: ignore[misc]  # FakeServerThread builds this
    try:
        with (
            server_module.FakeServerThread() as thread_server,
            SpeakerRecorder("speaker.monitor") as speaker,
        ):
            server: BenchServer = thread_server._server  # type: ignore[assignment]
            env.update(OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=thread_server.base_url, QT_QPA_PLATFORM="offscreen")
            if vault is not None and not peer:  # the app finds its key where a user keeps it
                del env["OPENAI_API_KEY"]
                env.update(HOME=str(vault.home), DBUS_SESSION_BUS_ADDRESS=vault.bus_address)
            if peer:
                env.update(PULSE_SOURCE="micfeed.monitor", PULSE_SINK="speaker")
                command = [sys.executable, str(ROOT / "tests" / "bench" / "peer.py"), "--stats", str(stats)]
                if both:
                    command.append("--both")
                if kind.startswith("peer10"):
                    command += ["--block-ms", "10"]
                cwd = ROOT
            else:
                command = [sys.executable, "-m", "translator_gui", "--start", "--target", "es",
                           "--transcript-dir", str(work / "transcripts")]
                if both:
                    command += ["--directions", "both", "--input", "meeting.monitor", "--output", "headphones",
                                "--me-target", "en", "--me-input", "micfeed.monitor", "--me-output", "virtualmic"]
                else:
                    command += ["--directions", "them", "--input", "micfeed.monitor", "--output", "speaker"]
                cwd = args.before if kind == "before" else args.app_root
                env["PYTHONPATH"] = str(cwd)
            with (work / "stderr.txt").open("wb") as err:
                client = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
            connections = 2 if both else 1
            if not thread_server.wait_until(
                lambda s: s.input_ms > 500 and len({a.connection for a in s.appends}) == connections, timeout=30
            ):
                raise SystemExit(f"{kind}: never started streaming: {(work / 'stderr.txt').read_text()[-2000:]}")
            time.sleep(args.warmup)  # a fixed warm-up window, not a wait for an event
            started = time.monotonic()
            before = thread_server.snapshot()
            spy: subprocess.Popen[bytes] | None = None
            threads_before = thread_times(client.pid)
            if args.profile is not None and not peer:
                args.profile.mkdir(parents=True, exist_ok=True)
                out = args.profile / f"{kind.replace(' ', '-')}-{len(list(args.profile.iterdir()))}.txt"
                spy = subprocess.Popen([str(Path(sys.executable).parent / "py-spy"), "record", "--gil", "--threads",
                                        "-r", "1000", "-f", "raw", "-d", str(int(args.seconds)), "-o", str(out),
                                        "-p", str(client.pid)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            result.cpu, result.ctx_per_s, rss, wall = measure(psutil.Process(client.pid), args.seconds)
            print_thread_cpu(threads_before, thread_times(client.pid), client.pid, wall)
            if args.memory:
                print_memory(client.pid)
            if spy is not None:
                spy.wait(timeout=60)
            after = thread_server.snapshot()
            result.appends_per_s = (len(after.appends) - len(before.appends)) / wall / connections
            result.rss_start, result.rss_end, result.rss_slope = rss[0][1], rss[-1][1], slope(rss)
            # the direction that plays onto "speaker": the only connection, or the microphone's
            conns = sorted({a.connection for a in after.appends})
            target = conns[0] if not both else None
            if target is not None:
                result.delays_ms = delays_ms(phrase_starts(server.speech_sent, target), speaker.onsets(), started)
                late = [x * 1000 for t, c, x in server.speech_late if c == target and t >= started]
                if late:
                    result.service_late_ms = (float(np.percentile(late, 99)), max(late))
            client.send_signal(signal.SIGTERM)
            client.wait(timeout=30)
    finally:
        server_module.FakeTranslationServer = FakeTranslationServer  # type: ignore[misc]
        for p in (*players, client):
            if p is not None and p.poll() is None:
                p.kill()
                p.wait()
    if peer:
        figures = json.loads(stats.read_text())
        waits = np.array(figures["waits"][5:]) * 1000
        result.send_p50, result.send_p99 = float(np.percentile(waits, 50)), float(np.percentile(waits, 99))
        result.send_label = "frame sent after its last sample"
    else:
        log = (work / "xdg_state_home" / "translator-gui" / "log" / "translator.log").read_text()
        summaries = re.findall(r"Session summary: (.*)", log)
        line = summaries[-1] if summaries else ""
        pattern = r"(frame sent after its last sample|send latency) p50 ([\d.]+) ms, p99 ([\d.]+) ms"
        if match := re.search(pattern, line):
            result.send_label, result.send_p50, result.send_p99 = match[1], float(match[2]), float(match[3])
        if match := re.search(r"playback underruns (\d+)", line):
            result.underruns = match[1]
        if match := re.search(r"speech waits (\d+) ms \(at most (\d+) ms\)", line):
            result.waits = f"{match[1]} (at most {match[2]}) ms"
        if match := re.search(r"the pump woke ([\d.]+) times a second", line):
            result.pump_wakes = match[1]
    return result


def store_key(vault: KeyringBed) -> None:
    """Keep the fake key in ``vault`` as the app's key dialog does (in a child process on its bus)."""
    code = ("import keyring; from translator_gui.paths import APP_ID; "
            "keyring.set_password(APP_ID, 'openai-api-key', 'sk-test')")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT,
                   env={**os.environ, "HOME": str(vault.home), "DBUS_SESSION_BUS_ADDRESS": vault.bus_address})


def cold_start(app_root: Path) -> str:
    script = app_root / "tests" / "bench" / "cold_start.py"
    out = subprocess.run([sys.executable, str(script), "--runs", "5"], capture_output=True, text=True,
                         cwd=app_root, env={**os.environ, "PYTHONPATH": str(app_root), "QT_QPA_PLATFORM": "offscreen"})
    lines = [line.strip() for line in out.stdout.splitlines() if "window after" in line or "/ floor" in line]
    return "; ".join(lines) if lines else f"cold start failed: {out.stderr[-500:]}"


def med(values: list[float]) -> float:
    values = [v for v in values if v == v]
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=30.0, help="measured window of each run")
    parser.add_argument("--warmup", type=float, default=5.0, help="seconds streaming before measuring")
    parser.add_argument("--app-root", type=Path, default=ROOT, help="the checkout the app runs from")
    parser.add_argument("--before", type=Path, help="the checkout the kind 'before' runs the app from")
    parser.add_argument("--memory", action="store_true", help="print where each client's resident memory is")
    parser.add_argument("--profile", type=Path, default=None, help="record py-spy profiles into this folder")
    parser.add_argument("--keyring", action="store_true", help="the app reads its key from a Secret Service")
    parser.add_argument("--kinds", default="app,peer,app both,peer both", help="which runs, in round order")
    args = parser.parse_args()
    args.app_root = args.app_root.resolve()
    kinds = [k.strip() for k in args.kinds.split(",")]
    if ("before" in kinds) != (args.before is not None):
        parser.error("the kind 'before' and --before DIR go together")
    if args.before is not None:
        args.before = args.before.resolve()

    work = Path(tempfile.mkdtemp(prefix="tr-peer-bench-"))
    speech = work / "speech.wav"
    repeats = int((args.seconds + args.warmup) / 11) + 3
    subprocess.run(["sox", str(FIXTURE), "-r", "48000", "-c", "2", "-b", "16", str(speech), "repeat", str(repeats)],
                   check=True)
    pulse = PulseBed.start()
    os.environ.update(pulse.env)
    runs: dict[str, list[Run]] = {k: [] for k in kinds}
    vault = KeyringBed.start() if args.keyring else None
    try:
        if vault is not None:
            store_key(vault)
        pulse.add_sink("meeting", "Meeting App")
        pulse.add_sink("headphones", "Headphones")
        for r in range(args.rounds):
            for kind in kinds:
                run = one_run(kind, args, pulse, speech, vault)
                runs[kind].append(run)
                print(f"round {r + 1} {kind:>8}: CPU {run.cpu:5.2f} %  ctx {run.ctx_per_s:5.0f}/s  "
                      f"appends {run.appends_per_s:4.1f}/s  RSS {run.rss_end:5.1f} MiB ({run.rss_slope:+.2f}/min)  "
                      f"delta→speaker {' '.join(f'{d:.0f}' for d in run.delays_ms)} ms (service's deltas late "
                      f"p99 {run.service_late_ms[0]:.0f} max {run.service_late_ms[1]:.0f} ms)  "
                      f"{run.send_label} p50 {run.send_p50:.1f} p99 {run.send_p99:.1f} ms  "
                      f"underruns {run.underruns or '-'}  speech waits {run.waits or '-'}  "
                      f"pump wakes {run.pump_wakes or '-'}/s", flush=True)
    finally:
        pulse.stop()
        if vault is not None:
            vault.stop()

    print(f"\napp from {args.app_root} ({args.rounds} rounds × {args.seconds:.0f} s, medians)")
    for kind in kinds:
        rs = runs[kind]
        delays = [d for run in rs for d in run.delays_ms]
        p50, p99 = (np.percentile(delays, 50), np.percentile(delays, 99)) if delays else (float("nan"),) * 2
        print(f"  {kind:>8}: CPU {med([x.cpu for x in rs]):5.2f} %  main-thread ctx switches "
              f"{med([x.ctx_per_s for x in rs]):4.0f}/s  appends {med([x.appends_per_s for x in rs]):4.1f}/s per "
              f"direction  RSS {med([x.rss_end for x in rs]):5.1f} MiB, slope {med([x.rss_slope for x in rs]):+.2f} "
              f"MiB/min  delta→speaker p50 {p50:.0f} p99 {p99:.0f} ms (n={len(delays)})  "
              f"{rs[0].send_label} p50 {med([x.send_p50 for x in rs]):.1f} p99 {med([x.send_p99 for x in rs]):.1f} ms")
    def ratio(label: str, over: str, under: str) -> None:
        if over in runs and under in runs:
            values = [o.cpu / u.cpu for o, u in zip(runs[over], runs[under], strict=True)]
            print(f"  CPU {label}: {med(values):.2f} (per round: {' '.join(f'{x:.2f}' for x in values)})")

    ratio("app/peer", "app", "peer")
    ratio("app/peer10", "app", "peer10")
    ratio("peer10/peer", "peer10", "peer")
    ratio("before/peer", "before", "peer")
    ratio("app/before", "app", "before")
    ratio("both/one", "app both", "app")
    ratio("peer both/one", "peer both", "peer")
    ratio("app both/peer both", "app both", "peer both")
    print(f"  cold start: {cold_start(args.app_root)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
