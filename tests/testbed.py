"""Real audio devices and a real keyring for the test suite.

* ``PulseBed``: a private PulseAudio daemon with null sinks ``speaker`` (what the app plays to),
  ``micfeed`` (its monitor is the default source: what the app's microphone hears) and
  ``virtualmic`` (stands in for the virtual microphone a meeting app would use), each kept
  awake by a low-latency keep-alive stream.
* ``KeyringBed``: a private D-Bus session bus with an unlocked gnome-keyring (Secret Service).

Everything started here is stopped by PID.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SINKS = ("speaker", "micfeed", "virtualmic")


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def require(*programs: str) -> None:
    missing = [p for p in programs if shutil.which(p) is None]
    if missing:
        raise RuntimeError(
            f"the test bed needs {', '.join(missing)}: run tests/run.sh, which installs them"
        )


@dataclass
class PulseBed:
    runtime_dir: Path
    daemon_pid: int = 0
    keepalives: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def env(self) -> dict[str, str]:
        return {
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "PULSE_SERVER": f"unix:{self.runtime_dir}/pulse/native",
        }

    def pactl(self, *args: str) -> str:
        out = subprocess.run(
            ["pactl", *args], env={**os.environ, **self.env}, check=True, capture_output=True, text=True
        )
        return out.stdout

    def pacmd(self, *args: str) -> None:
        """A setting of the daemon that ``pactl`` cannot change, through its command line (``pacmd``)."""
        out = subprocess.run(
            ["pacmd", *args], env={**os.environ, **self.env}, check=True, capture_output=True, text=True
        )
        if out.stdout.strip():  # pacmd exits 0 and says why when the daemon refused a command
            raise RuntimeError(f"pacmd {' '.join(args)}: {out.stdout.strip()}")

    @contextlib.contextmanager
    def underruns(self) -> Iterator[Callable[[str], int]]:
        """Count the times the daemon ran out of a playback stream's audio while the block is open
        (its client came late: a starved machine); the counter takes the stream's name.

        PortAudio does not always see these: ALSA's pulse plugin reports no underrun unless it is
        configured to, so a late callback can leave a gap in the sound that no output-underflow flag
        explains. The daemon notes each one in its debug log, which is on only for the block. Not
        to be nested: the daemon has one log.
        """
        log = Path(tempfile.mkstemp(prefix="daemon-", suffix=".log", dir=self.runtime_dir)[1])
        self.pacmd("set-log-target", f"file:{log}")
        self.pacmd("set-log-level", "4")  # debug
        try:
            yield lambda stream: log.read_text(errors="replace").count(f"Implicit underrun of '{stream}'")
        finally:
            self.pacmd("set-log-level", "2")  # notice, the daemon's default
            self.pacmd("set-log-target", "stderr")

    def keep_alive(self, sink: str) -> None:
        self.keepalives.append(
            subprocess.Popen(
                ["pacat", "--playback", f"--device={sink}", "--raw", "--rate=48000", "--channels=2",
                 "--format=s16le", "--latency-msec=20", "--volume=0", "/dev/zero"],
                env={**os.environ, **self.env},
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )

    def add_sink(self, name: str, description: str | None = None) -> int:
        """Load a null sink; returns the module index (for ``remove_module``)."""
        args = [f"sink_name={name}"]
        if description:
            # module arguments: double quotes around the value, single quotes inside it
            # (a description may hold spaces); quotes in the description itself are dropped.
            plain = description.replace('"', "").replace("'", "")
            args.append(f"sink_properties=\"device.description='{plain}'\"")
        index = int(self.pactl("load-module", "module-null-sink", *args).strip())
        self.keep_alive(name)
        return index

    def remove_module(self, index: int) -> None:
        self.pactl("unload-module", str(index))

    def play(self, sink: str, wav: Path) -> subprocess.Popen[bytes]:
        """Play a WAV file into ``sink`` in real time (returns the running player)."""
        return subprocess.Popen(
            ["paplay", f"--device={sink}", str(wav)], env={**os.environ, **self.env},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    def record(self, source: str, out: Path, rate: int = 24_000) -> subprocess.Popen[bytes]:
        """Record ``source`` as raw float32 mono at ``rate`` into ``out`` until stopped."""
        fh = out.open("wb")
        try:
            return subprocess.Popen(
                ["parec", f"--device={source}", "--raw", f"--rate={rate}", "--channels=1",
                 "--format=float32le", "--latency-msec=20"],
                env={**os.environ, **self.env}, stdout=fh, stderr=subprocess.DEVNULL,
            )
        finally:
            fh.close()

    @classmethod
    def start(cls) -> PulseBed:
        require("pulseaudio", "pactl", "pacmd", "pacat", "paplay", "parec")
        runtime = Path(tempfile.mkdtemp(prefix="tr-pulse-"))
        runtime.chmod(0o700)
        bed = cls(runtime_dir=runtime)
        env = {**os.environ, **bed.env}
        env.pop("PULSE_SERVER")
        # -D returns once the daemon is up and its modules are loaded.
        subprocess.run(
            ["pulseaudio", "-D", "-n", "--exit-idle-time=-1", "--disallow-exit",
             "--disable-shm=true", "--log-target=stderr",
             "--load=module-native-protocol-unix", "--load=module-cli-protocol-unix"],
            env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        bed.daemon_pid = int((runtime / "pulse" / "pid").read_text().split()[0])
        for sink in SINKS:
            bed.add_sink(sink)
        bed.pactl("set-default-sink", "speaker")
        bed.pactl("set-default-source", "micfeed.monitor")
        return bed

    def stop(self) -> None:
        for proc in self.keepalives:
            _stop(proc)
        if self.daemon_pid:
            _kill(self.daemon_pid)
        shutil.rmtree(self.runtime_dir, ignore_errors=True)


@dataclass
class KeyringBed:
    home: Path
    bus_address: str
    bus_pid: int
    daemon: subprocess.Popen[bytes]

    @classmethod
    def start(cls) -> KeyringBed:
        require("dbus-daemon", "gnome-keyring-daemon", "gdbus")
        home = Path(tempfile.mkdtemp(prefix="tr-keyring-"))
        out = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            check=True, capture_output=True, text=True,
        ).stdout.split()
        address, bus_pid = out[0], int(out[1])
        env = {**os.environ, "HOME": str(home), "DBUS_SESSION_BUS_ADDRESS": address}
        daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=env, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        assert daemon.stdin is not None
        daemon.stdin.write(b"test-password")
        daemon.stdin.close()
        # Blocks until the Secret Service name is owned on the bus.
        subprocess.run(["gdbus", "wait", "--session", "--timeout", "20", "org.freedesktop.secrets"],
                       env=env, check=True)
        return cls(home=home, bus_address=address, bus_pid=bus_pid, daemon=daemon)

    def stop(self) -> None:
        _stop(self.daemon)
        _kill(self.bus_pid)
        shutil.rmtree(self.home, ignore_errors=True)
