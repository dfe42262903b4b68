"""The meeting's API key: from the environment or the system keyring (asked on a worker thread, never
on the thread that runs the audio), or from the person, when the meeting says it needs one."""

from __future__ import annotations

from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from translator_gui.i18n import translate
from translator_gui.meeting.events import KeyNeeded, Listener, Notice
from translator_gui.redaction import register_secret
from translator_gui.secrets import ApiKey, SecretStore, resolve_api_key, resolve_api_key_async

Spawn = Callable[[Coroutine[Any, Any, Any]], object]


def _registered(found: ApiKey | None) -> str | None:
    """The key's value, registered with the redactor so that it never reaches a log."""
    if found is None:
        return None
    register_secret(found.value)
    return found.value


class KeyFlow:
    def __init__(self, secrets: SecretStore, environ: Mapping[str, str], tell: Listener, spawn: Spawn,
                 start: Callable[[], Coroutine[Any, Any, None]]) -> None:
        self.secrets = secrets
        self.environ = environ
        self._tell = tell
        self._spawn = spawn
        self._start = start
        self._start_after_key = False

    def current(self) -> str | None:
        """The key now, looked up on this thread (prefer :meth:`find` on the event loop)."""
        return _registered(resolve_api_key(self.secrets, self.environ))

    async def find(self) -> str | None:
        return _registered(await resolve_api_key_async(self.secrets, self.environ))

    async def for_start(self, interactive: bool) -> str | None:
        """The key a Start needs; without one, ask for it (``interactive``) or say where to add it."""
        key = await self.find()
        if key is None:
            if not interactive:
                self._tell(Notice(translate("Meeting", "No OpenAI API key yet: add one under Settings → API key, "
                                            "then press Start.")))
            else:
                self.ask()
        return key

    def ask(self, reason: str = "") -> None:
        """Ask the person for a key; the one they enter goes on with the Start that needed it."""
        self._start_after_key = True
        self._tell(KeyNeeded(reason))

    def entered(self, key: str) -> None:
        """Keep the key in the keyring; a Start that was waiting for it goes on."""
        register_secret(key)
        start, self._start_after_key = self._start_after_key, False
        self._spawn(self._keep(key, start))

    async def _keep(self, key: str, start: bool) -> None:
        if await self.secrets.save_async(key):
            self._tell(Notice(translate("Meeting", "API key saved in the system keyring.")))
        else:
            self._tell(Notice(self.secrets.problem or translate("Meeting", "The API key is kept for this run only.")))
        if start:
            await self._start()

    def declined(self) -> None:
        """The person closed the key dialog: a Start that waited for a key is given up."""
        self._start_after_key = False

    def forget(self) -> None:
        self._spawn(self._forget())

    async def _forget(self) -> None:
        await self.secrets.forget_async()
        if self.environ.get("OPENAI_API_KEY"):
            self._tell(Notice(translate("Meeting", "API key forgotten. (OPENAI_API_KEY is still set in the "
                                        "environment.)")))
        else:
            self._tell(Notice(translate("Meeting", "API key forgotten.")))
