"""The system keyring's three calls — read, save, delete — each answered with what happened.

Nothing here raises: a broken D-Bus, a dismissed unlock prompt or a backend that would write the
key to a file comes back as an :class:`Outcome` whose ``problem`` is the one sentence the person
sees and whose ``note`` is the line for the log (the error's type and message: keyring errors never
carry the secret). :class:`~translator_gui.secrets.SecretStore` decides what to do with it (keep
the key for this run only, say so); :mod:`translator_gui.keyring_helper` makes the same calls in a
child process.

keyring is imported on the first call: with its entry-point discovery it is ≈ 1.8 MiB and 70
modules that a key from the environment never needs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import keyring.backend

__all__ = [
    "KEYRING_FAILED", "KEYRING_LOCKED", "NO_KEYRING", "SYSTEM_BACKEND_MODULES", "Action", "KeyringCalls", "Outcome",
    "call",
    "is_system_keyring",
]

NO_KEYRING = "No system keyring is available, so your API key is kept only until you quit."
KEYRING_LOCKED = (
    "The system keyring is locked, so your API key is kept only until you quit; "
    "unlock it and save the key again to keep it."
)
KEYRING_FAILED = "The system keyring is not responding, so your API key is kept only until you quit."

# Backends that keep secrets in the operating system's own protected store.
SYSTEM_BACKEND_MODULES = frozenset(
    {
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "keyring.backends.macOS",
        "keyring.backends.Windows",
    }
)
_CHAINER_MODULE = "keyring.backends.chainer"

Action = Literal["read", "save", "delete"]

KeyringCalls = Callable[[Action, str, str, "str | None"], "Outcome"]
"""Makes one keyring call: :func:`call` here, or :func:`translator_gui.keyring_helper.call_in_child`."""


@dataclass(frozen=True)
class Outcome:
    """What one keyring call did."""

    done: bool = False
    """The system keyring did what was asked (for ``read``: it answered, with or without a key)."""
    value: str | None = None
    """``read``: the key stored, as stored (None when there is none)."""
    problem: str | None = None
    """The sentence for the person when the keyring could not be used (None when it was)."""
    note: str | None = None
    """For the log: what went wrong, without the secret."""


def is_system_keyring(backend: keyring.backend.KeyringBackend) -> bool:
    """True if ``backend`` stores secrets in the OS's protected store (never in a file)."""
    module = type(backend).__module__
    if module == _CHAINER_MODULE:
        chained = list(getattr(backend, "backends", []))
        return bool(chained) and all(is_system_keyring(b) for b in chained)
    return module in SYSTEM_BACKEND_MODULES


def call(action: Action, service: str, account: str, key: str | None = None) -> Outcome:
    """Do ``action`` on the entry ``service``/``account`` of the active backend (``key`` to save)."""
    if action == "save" and not key:
        raise ValueError("an empty API key cannot be saved")
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken D-Bus must not reach the UI
        return _failed("open", exc)
    if not is_system_keyring(backend):
        kind = type(backend)
        return Outcome(problem=NO_KEYRING,
                       note=f"keyring backend {kind.__module__}.{kind.__qualname__} is not a system keyring; "
                            "key kept for this run only")
    try:
        if action == "read":
            value = backend.get_password(service, account)
            return Outcome(done=True, value=value if isinstance(value, str) else None)
        if action == "save":
            backend.set_password(service, account, key or "")  # never empty: refused above
            return Outcome(done=True)
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # nothing stored
            backend.delete_password(service, account)
        return Outcome(done=True)
    except Exception as exc:  # a broken D-Bus must not reach the UI
        return _failed(action, exc)


def _failed(action: str, exc: Exception) -> Outcome:
    from keyring.errors import KeyringLocked, NoKeyringError

    if isinstance(exc, KeyringLocked):
        problem = KEYRING_LOCKED
    elif isinstance(exc, NoKeyringError):
        problem = NO_KEYRING
    else:
        problem = KEYRING_FAILED
    return Outcome(problem=problem, note=f"keyring {action} failed: {type(exc).__name__}: {exc}")
