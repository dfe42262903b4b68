"""The OpenAI API key: from the environment, the system keyring, or this run only.

The key is stored only in a real system keyring (Secret Service, KWallet, macOS Keychain,
Windows Credential Locker).  When there is none — or the configured backend is one that would
write it to a file (``keyrings.alt``, plaintext …) — the key is kept in memory for this run and
``SecretStore.problem`` says so in one sentence.  Never a file, never a home-made cipher.

Every keyring call is wrapped: a broken D-Bus or a dismissed unlock prompt never raises into
the UI.  A keyring call may block for as long as an unlock prompt stays open, and the GUI thread
also runs the audio pump: from the event loop, use the awaitable ``load_async`` / ``save_async`` /
``forget_async`` and ``resolve_api_key_async``, which run the call in a worker thread.  The
synchronous versions block the calling thread.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from translator_gui.paths import APP_ID
from translator_gui.redaction import mask, normalize_key

if TYPE_CHECKING:
    import keyring.backend

__all__ = [
    "ENV_VAR", "KEYRING_FAILED", "KEYRING_LOCKED", "NO_KEYRING", "ApiKey", "SecretStore", "is_system_keyring",
    "looks_like_api_key", "mask", "normalize_key", "resolve_api_key", "resolve_api_key_async",
]

log = logging.getLogger(__name__)

ENV_VAR = "OPENAI_API_KEY"
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


def looks_like_api_key(text: str) -> bool:
    """Plausible as a bearer token: non-empty, printable ASCII, no whitespace inside.

    Deliberately loose: proxies and compatible services use other key shapes than ``sk-…``.
    """
    key = normalize_key(text)
    return bool(key) and key.isascii() and key.isprintable() and not any(c.isspace() for c in key)


@dataclass(frozen=True)
class ApiKey:
    """A key and where it came from; printing it never shows the key."""

    value: str
    source: Literal["environment", "keyring", "session"]

    def __repr__(self) -> str:
        return f"ApiKey({mask(self.value)!r}, source={self.source!r})"

    def __str__(self) -> str:
        return mask(self.value)


def is_system_keyring(backend: keyring.backend.KeyringBackend) -> bool:
    """True if ``backend`` stores secrets in the OS's protected store (never in a file)."""
    module = type(backend).__module__
    if module == _CHAINER_MODULE:
        chained = list(getattr(backend, "backends", []))
        return bool(chained) and all(is_system_keyring(b) for b in chained)
    return module in SYSTEM_BACKEND_MODULES


class SecretStore:
    """The API key in the system keyring, or in memory for this run when there is none."""

    def __init__(self, service: str = APP_ID, account: str = "openai-api-key") -> None:
        self.service = service
        self.account = account
        self._session_key: str | None = None
        self.problem: str | None = None
        self._lock = threading.Lock()  # one keyring call at a time: they change _session_key and problem

    @property
    def session_only(self) -> bool:
        """True when the current key is held only in memory for this run."""
        return self._session_key is not None

    def load(self) -> str | None:
        """The stored key (or this run's), None if there is none; blocks while the keyring does."""
        with self._lock:
            return self._load()

    def save(self, key: str) -> bool:
        """Store ``key``; True if it is in the system keyring, False if kept for this run only."""
        with self._lock:
            return self._save(key)

    def forget(self) -> None:
        """Delete the key from the keyring (if there) and from memory."""
        with self._lock:
            self._forget()

    # -- awaitable: the keyring call runs in a worker thread, never on the event loop's ----------

    async def load_async(self) -> str | None:
        """``load`` in a worker thread."""
        return await asyncio.to_thread(self.load)

    async def save_async(self, key: str) -> bool:
        """``save`` in a worker thread."""
        return await asyncio.to_thread(self.save, key)

    async def forget_async(self) -> None:
        """``forget`` in a worker thread."""
        await asyncio.to_thread(self.forget)

    # -- the keyring calls ------------------------------------------------------------------------

    def _load(self) -> str | None:
        if self._session_key is not None:
            return self._session_key
        backend = self._backend()
        if backend is None:
            return None
        try:
            value = backend.get_password(self.service, self.account)
        except Exception as exc:  # a broken D-Bus must not reach the UI
            self._failed("read", exc)
            return None
        self.problem = None
        return (normalize_key(value) or None) if isinstance(value, str) else None

    def _save(self, key: str) -> bool:
        key = normalize_key(key)
        if not key:
            raise ValueError("an empty API key cannot be saved")
        backend = self._backend()
        if backend is not None:
            try:
                backend.set_password(self.service, self.account, key)
            except Exception as exc:  # a broken D-Bus must not reach the UI
                self._failed("save", exc)
            else:
                self._session_key = None
                self.problem = None
                return True
        self._session_key = key
        return False

    def _forget(self) -> None:
        self._session_key = None
        backend = self._backend()
        if backend is None:
            return
        from keyring.errors import PasswordDeleteError

        try:
            backend.delete_password(self.service, self.account)
        except PasswordDeleteError:
            pass  # nothing stored
        except Exception as exc:  # a broken D-Bus must not reach the UI
            self._failed("delete", exc)

    def _backend(self) -> keyring.backend.KeyringBackend | None:
        """The active backend if it is a real system keyring; else None with ``problem`` set.

        keyring is imported here, on the first call (a worker thread's, from the app): with its
        entry-point discovery it is ≈ 1.8 MiB and 70 modules that a key from the environment never
        needs."""
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception as exc:  # a broken D-Bus must not reach the UI
            self._failed("open", exc)
            return None
        if not is_system_keyring(backend):
            if self.problem is None:
                log.warning("keyring backend %s.%s is not a system keyring; key kept for this run only",
                            type(backend).__module__, type(backend).__qualname__)
            self.problem = NO_KEYRING
            return None
        return backend

    def _failed(self, action: str, exc: Exception) -> None:
        # Log the type and message only: keyring errors never carry the secret itself.
        log.warning("keyring %s failed: %s: %s", action, type(exc).__name__, exc)
        from keyring.errors import KeyringLocked, NoKeyringError

        if isinstance(exc, KeyringLocked):
            self.problem = KEYRING_LOCKED
        elif isinstance(exc, NoKeyringError):
            self.problem = NO_KEYRING
        else:
            self.problem = KEYRING_FAILED


def resolve_api_key(store: SecretStore, environ: Mapping[str, str] | None = None) -> ApiKey | None:
    """The key to use: a non-empty ``OPENAI_API_KEY`` wins, then the store (read on this thread)."""
    from_env = _environment_key(environ)
    if from_env is not None:
        return from_env
    return _stored_key(store, store.load())


async def resolve_api_key_async(store: SecretStore, environ: Mapping[str, str] | None = None) -> ApiKey | None:
    """``resolve_api_key`` with the keyring read in a worker thread."""
    from_env = _environment_key(environ)
    if from_env is not None:
        return from_env
    return _stored_key(store, await store.load_async())


def _environment_key(environ: Mapping[str, str] | None) -> ApiKey | None:
    env = os.environ if environ is None else environ
    from_env = normalize_key(env.get(ENV_VAR, ""))
    return ApiKey(from_env, "environment") if from_env else None


def _stored_key(store: SecretStore, stored: str | None) -> ApiKey | None:
    if not stored:
        return None
    return ApiKey(stored, "session" if store.session_only else "keyring")
