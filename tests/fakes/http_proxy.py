"""A real HTTP proxy on loopback (``CONNECT`` tunnels and plain forwarding), run as its own process.

It records what a proxy operator would see: every request line, and whether any byte it relayed
contained a secret given on the command line. Start it with ``ProxyProcess`` (a context manager that
reads the port it bound from its first line of output)::

    python -m tests.fakes.http_proxy --record FILE [--watch sk-test]

Each record is one JSON line: ``{"request": "CONNECT 127.0.0.1:5555 HTTP/1.1", "saw_secret": false}``,
rewritten with ``saw_secret`` true as soon as relayed bytes contain a watched secret.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import subprocess
import sys
from pathlib import Path
from types import TracebackType


class _Recorder:
    def __init__(self, path: Path, secrets: list[bytes]) -> None:
        self._path = path
        self._secrets = secrets
        self._records: list[dict[str, object]] = []
        path.write_text("", encoding="utf-8")

    def add(self, request: str) -> int:
        self._records.append({"request": request, "saw_secret": False})
        self._save()
        return len(self._records) - 1

    def inspect(self, index: int, data: bytes) -> None:
        if not self._records[index]["saw_secret"] and any(s in data for s in self._secrets):
            self._records[index]["saw_secret"] = True
            self._save()

    def _save(self) -> None:
        text = "".join(json.dumps(r) + "\n" for r in self._records)
        self._path.write_text(text, encoding="utf-8")


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, recorder: _Recorder, index: int) -> None:
    try:
        while data := await reader.read(65536):
            recorder.inspect(index, data)
            writer.write(data)
            await writer.drain()
    except (ConnectionError, OSError):
        pass
    finally:
        with contextlib.suppress(Exception):
            writer.close()


async def _handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, recorder: _Recorder) -> None:
    head = await reader.readuntil(b"\r\n\r\n")
    request = head.split(b"\r\n", 1)[0].decode("latin-1")
    index = recorder.add(request)
    recorder.inspect(index, head)
    method, target, _ = request.split(" ", 2)
    if method == "CONNECT":
        host, _, port = target.rpartition(":")
        upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()
    else:  # an absolute-form request: forward it as it is
        rest = target.split("://", 1)[-1]
        hostport = rest.split("/", 1)[0]
        host, _, port = hostport.rpartition(":")
        upstream_reader, upstream_writer = await asyncio.open_connection(host or hostport, int(port or 80))
        upstream_writer.write(head)
    await asyncio.gather(
        _pipe(reader, upstream_writer, recorder, index), _pipe(upstream_reader, writer, recorder, index)
    )


async def _main(record: Path, secrets: list[str]) -> None:
    recorder = _Recorder(record, [s.encode() for s in secrets])
    server = await asyncio.start_server(lambda r, w: _handle(r, w, recorder), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


class ProxyProcess:
    """The proxy in a child process; ``url`` once entered; ``records()`` what it saw so far."""

    def __init__(self, record: Path, *, watch: tuple[str, ...] = ("sk-test",)) -> None:
        self._record = record
        self._watch = watch
        self._process: subprocess.Popen[str] | None = None
        self.port = 0

    def __enter__(self) -> ProxyProcess:
        args = [sys.executable, "-m", "tests.fakes.http_proxy", "--record", str(self._record)]
        for secret in self._watch:
            args += ["--watch", secret]
        self._process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.port = int(self._process.stdout.readline())  # blocks until it listens
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(timeout=10)
            if self._process.stdout is not None:
                self._process.stdout.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def records(self) -> list[dict[str, object]]:
        text = self._record.read_text(encoding="utf-8") if self._record.exists() else ""
        return [json.loads(line) for line in text.splitlines() if line.strip()]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--record", type=Path, required=True)
    parser.add_argument("--watch", action="append", default=[])
    options = parser.parse_args()
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(options.record, options.watch))
