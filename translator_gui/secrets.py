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

The calls themselves are :mod:`translator_gui.keyring_calls`; the app has them made in a child
process on Linux (:mod:`translator_gui.keyring_helper`), so the Secret Service client never stays
in its memory.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from translator_gui.keyring_calls import (
    KEYRING_FAILED,
    KEYRING_LOCKED,
    NO_KEYRING,
    Action,
    KeyringCalls,
    Outcome,
    call,
    is_system_keyring,
)
from translator_gui.paths import APP_ID
from translator_gui.redaction import mask, normalize_key

__all__ = [
    "ENV_VAR", "KEYRING_FAILED", "KEYRING_LOCKED", "NO_KEYRING", "ApiKey", "SecretStore", "is_system_keyring",
    "looks_like_api_key", "mask", "normalize_key", "resolve_api_key", "resolve_api_key_async",
]

log = logging.getLogger(__name__)

ENV_VAR = "OPENAI_API_KEY"


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


class SecretStore:
    """The API key in the system keyring, or in memory for this run when there is none.

    ``calls`` makes the keyring calls: in this process by default; the app passes
    :func:`~translator_gui.keyring_helper.keyring_calls_for_this_platform` (a child process on
    Linux, see :mod:`translator_gui.keyring_helper`)."""

    def __init__(self, service: str = APP_ID, account: str = "openai-api-key", *,
                 calls: KeyringCalls = call) -> None:
        self.service = service
        self.account = account
        self._calls = calls
        self._session_key: str | None = None
        # The key last found in or saved to the system keyring: a later read does not ask again (on
        # Linux each call is a child process, ≈ 0.16 s, and every Start reads the key).
        self._kept: str | None = None
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
        if self._kept is not None:
            return self._kept
        stored = self._call("read").value
        self._kept = (normalize_key(stored) or None) if stored is not None else None
        return self._kept

    def _save(self, key: str) -> bool:
        key = normalize_key(key)
        if not key:
            raise ValueError("an empty API key cannot be saved")
        self._kept = None
        if self._call("save", key).done:
            self._session_key = None
            self._kept = key
            return True
        self._session_key = key
        return False

    def _forget(self) -> None:
        self._session_key = self._kept = None
        self._call("delete")

    def _call(self, action: Action, key: str | None = None) -> Outcome:
        """Make the call; note its problem (None once the keyring answers) and log what went wrong
        (that there is no system keyring only the first time)."""
        outcome = self._calls(action, self.service, self.account, key)
        if outcome.note is not None and not outcome.problem == self.problem == NO_KEYRING:
            log.warning("%s", outcome.note)
        if outcome.done:
            self.problem = None
        elif outcome.problem is not None:
            self.problem = outcome.problem
        return outcome


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
