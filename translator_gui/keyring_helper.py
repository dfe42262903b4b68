"""Keyring calls made in a short-lived child process, so the app never loads the keyring's client.

On Linux the system keyring is the Secret Service, reached over D-Bus by keyring's SecretService
backend: secretstorage, jeepney and cryptography (whose compiled core alone stays 6.6 MiB
resident) plus keyring's entry-point discovery. Loaded once to read the key at start, they stayed
for the whole meeting: 153 MiB resident instead of 141 MiB (``tests/bench/peer_bench.py
--keyring``). A child that makes the one call and exits costs ≈ 0.16 s on the worker thread that
waits for it (a read in the app's own process: 92 ms the first time, for the imports), once per
call — reading once, saving, forgetting: a key found is kept (:class:`~translator_gui.secrets.SecretStore`)
— and nothing afterwards.

The request goes to the child's stdin and the answer comes back on its stdout, one JSON object
each: the key travels through pipes only, never on a command line or in the environment. The child
inherits the environment (``DBUS_SESSION_BUS_ADDRESS``, ``DISPLAY`` for an unlock prompt,
``PYTHON_KEYRING_BACKEND``) and makes exactly the call the app would make itself
(:func:`translator_gui.keyring_calls.call`). A child that cannot start, fails or answers nonsense
is a keyring that is not responding.

Windows' Credential Locker and the macOS Keychain are reached through ctypes by small backends, so
there the calls stay in the app's process (:func:`keyring_calls_for_this_platform`).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

from translator_gui.keyring_calls import KEYRING_FAILED, Action, KeyringCalls, Outcome, call
from translator_gui.redaction import redact

__all__ = ["HELPER_FLAG", "call_in_child", "child_command", "keyring_calls_for_this_platform", "serve"]

HELPER_FLAG = "--keyring-helper"
"""What the frozen app is started with to act as the helper (see ``packaging/pyinstaller/entry.py``)."""

_ROOT = Path(__file__).resolve().parents[1]  # the folder holding the translator_gui package


def keyring_calls_for_this_platform() -> KeyringCalls:
    """In a child on Linux and the other systems of the Secret Service; in this process elsewhere."""
    if sys.platform in ("win32", "darwin"):
        return call
    return call_in_child


def child_command() -> list[str]:
    """How to start the helper: the frozen app itself with :data:`HELPER_FLAG`, else this Python
    importing this package from where it is (``-P``: nothing from the working folder shadows it)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_FLAG]
    code = f"import sys; sys.path.insert(0, {str(_ROOT)!r}); from translator_gui.keyring_helper import serve; " \
           "sys.exit(serve())"
    return [sys.executable, "-P", "-c", code]


def call_in_child(action: Action, service: str, account: str, key: str | None = None) -> Outcome:
    """:func:`~translator_gui.keyring_calls.call`, made by a child process (blocks until it exits,
    which may be as long as an unlock prompt stays open)."""
    if action == "save" and not key:
        raise ValueError("an empty API key cannot be saved")
    request = json.dumps({"action": action, "service": service, "account": account, "key": key})
    try:
        done = subprocess.run(child_command(), input=request.encode(), capture_output=True, check=False)
    except OSError as exc:
        return Outcome(problem=KEYRING_FAILED, note=f"the keyring helper could not start: {exc}")
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        said = redact(lines[-1]) if lines else "nothing"
        return Outcome(problem=KEYRING_FAILED, note=f"the keyring helper failed (exit {done.returncode}): {said}")
    try:
        return _outcome(json.loads(done.stdout))
    except (ValueError, TypeError):
        return Outcome(problem=KEYRING_FAILED, note="the keyring helper's answer was not understood")


def _outcome(answer: Any) -> Outcome:
    """The child's answer, checked field by field (anything else raises ``TypeError``)."""
    if not isinstance(answer, dict) or not isinstance(answer.get("done"), bool):
        raise TypeError("not an answer")
    fields: dict[str, str | None] = {}
    for name in ("value", "problem", "note"):
        field = answer.get(name)
        if field is not None and not isinstance(field, str):
            raise TypeError(f"{name} is not text")
        fields[name] = field
    return Outcome(done=answer["done"], value=fields["value"], problem=fields["problem"], note=fields["note"])


def _request(text: str) -> tuple[Action, str, str, str | None] | None:
    """The child's request, checked field by field (None: not one)."""
    try:
        request = json.loads(text)
    except ValueError:
        return None
    if not isinstance(request, dict):
        return None
    action, service, account, key = (request.get(name) for name in ("action", "service", "account", "key"))
    if action not in ("read", "save", "delete") or not isinstance(service, str) or not isinstance(account, str) \
            or not (key is None or isinstance(key, str)):
        return None
    return action, service, account, key


def serve(stdin: IO[str] | None = None, stdout: IO[str] | None = None) -> int:
    """The child's side: read one request, make the call, write the answer. Exit status 2 for a
    request that is not one."""
    request = _request((stdin or sys.stdin).read())
    if request is None:
        print("keyring helper: not a keyring request", file=sys.stderr)
        return 2
    outcome = call(*request)
    answer = {"done": outcome.done, "value": outcome.value, "problem": outcome.problem, "note": outcome.note}
    out = stdout or sys.stdout
    out.write(json.dumps(answer))
    out.flush()
    return 0
