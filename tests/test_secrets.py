from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.backends.SecretService
import keyring.core
import pytest
from keyring.compat import properties

from tests.testbed import KeyringBed
from translator_gui.secrets import (
    NO_KEYRING,
    ApiKey,
    SecretStore,
    is_system_keyring,
    looks_like_api_key,
    mask,
    normalize_key,
    resolve_api_key,
    resolve_api_key_async,
)

KEY = "sk-proj-" + "FAKE-test-key-not-real-" + "1" * 24  # key-shaped, obviously fake
SERVICE = "translator-gui-test"


# -- pure helpers ----------------------------------------------------------------------------


def test_normalize_strips_what_a_paste_brings_along() -> None:
    assert normalize_key(f"  \n\ufeff{KEY}\u200b\r\n") == KEY
    assert normalize_key(" \n ") == ""


@pytest.mark.parametrize("text", [KEY, f" {KEY}\n", "sk-abc123", "local-proxy-token", "x"])
def test_plausible_keys(text: str) -> None:
    assert looks_like_api_key(text)


@pytest.mark.parametrize("text", ["", "   ", "sk-abc 123", "sk-abc\t123", "ключ-123", "sk-\x00abc"])
def test_implausible_keys(text: str) -> None:
    assert not looks_like_api_key(text)


def test_mask_shows_only_the_prefix_and_last_four() -> None:
    assert mask(KEY) == "sk-proj-…" + KEY[-4:]
    assert mask("sk-" + "a" * 44 + "WXYZ") == "sk-…WXYZ"
    assert mask("sk-short") == "sk-…"  # too short to show any of it
    assert mask("proxytoken-0123456789") == "…6789"
    assert mask("") == ""


def test_api_key_never_prints_its_value() -> None:
    api_key = ApiKey(KEY, "keyring")
    for shown in (repr(api_key), str(api_key), f"{api_key}", f"{api_key!r}", repr([api_key])):
        assert KEY not in shown
        assert KEY[-4:] in shown
    assert api_key.value == KEY


# -- resolution order -------------------------------------------------------------------------


class DictKeyring(keyring.backend.KeyringBackend):
    """A stand-in that would store in a plain dict: NOT a system keyring.

    keyring registers every subclass; a priority that raises keeps this one from ever being
    auto-selected (or chained) for the rest of the test session.
    """

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test double: never chosen automatically")

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def active_backend() -> Iterator[None]:
    """Restore keyring's global backend (even 'not chosen yet') after the test."""
    saved = keyring.core._keyring_backend
    try:
        yield
    finally:
        setattr(keyring.core, "_keyring_backend", saved)  # noqa: B010 - private, no setter for None


def test_environment_wins(active_backend: None) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    store = SecretStore(SERVICE)
    store.save("sk-from-the-session-0123456789")
    got = resolve_api_key(store, {"OPENAI_API_KEY": f" {KEY}\n"})
    assert got == ApiKey(KEY, "environment")
    assert resolve_api_key(store, {"OPENAI_API_KEY": "  "}) == ApiKey(
        "sk-from-the-session-0123456789", "session")
    store.forget()
    assert resolve_api_key(store, {}) is None


# -- no usable keyring ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "backend", [keyring.backends.fail.Keyring, keyring.backends.null.Keyring, DictKeyring]
)
def test_without_a_system_keyring_the_key_lives_for_this_run_only(
    active_backend: None, backend: type[keyring.backend.KeyringBackend]
) -> None:
    instance = backend()
    keyring.set_keyring(instance)
    store = SecretStore(SERVICE)
    assert store.load() is None
    assert store.problem == NO_KEYRING
    assert store.save(f"\n{KEY} ") is False
    assert store.problem == NO_KEYRING
    assert store.session_only
    assert store.load() == KEY
    assert resolve_api_key(store, {}) == ApiKey(KEY, "session")
    assert SecretStore(SERVICE).load() is None  # nothing persisted for another instance
    if isinstance(instance, DictKeyring):
        assert instance.stored == {}  # a non-system backend is never written to
    store.forget()
    assert store.load() is None
    assert not store.session_only


def test_save_rejects_an_empty_key() -> None:
    with pytest.raises(ValueError, match="empty"):
        SecretStore(SERVICE).save(" \n")


def test_a_broken_dbus_never_raises(active_backend: None, monkeypatch: pytest.MonkeyPatch,
                                    tmp_path: Path) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    keyring.set_keyring(keyring.backends.SecretService.Keyring())  # type: ignore[no-untyped-call]
    store = SecretStore(SERVICE)
    assert store.load() is None
    assert store.problem is not None and "kept only until you quit" in store.problem
    assert store.save(KEY) is False
    assert store.load() == KEY
    store.forget()
    assert store.load() is None


def test_default_backend_without_a_session_bus_degrades_and_writes_no_file(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "PYTHONPATH": str(Path(__file__).resolve().parents[1]),
    }
    for folder in (home, tmp_path / "run"):
        folder.mkdir(mode=0o700)
    script = textwrap.dedent(f"""
        import json, keyring
        from translator_gui.secrets import SecretStore, resolve_api_key
        store = SecretStore({SERVICE!r})
        saved = store.save({KEY!r})
        backend = type(keyring.get_keyring())
        print(json.dumps({{
            "saved": saved, "problem": store.problem, "loaded": store.load(),
            "resolved": repr(resolve_api_key(store, {{}})),
            "backend": backend.__module__ + "." + backend.__name__,
        }}))
    """)
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                         timeout=60, check=True)
    result = json.loads(run.stdout)
    assert result["saved"] is False
    assert result["problem"] == NO_KEYRING
    assert result["loaded"] == KEY
    assert result["backend"] == "keyring.backends.fail.Keyring"
    assert KEY not in result["resolved"] and "source='session'" in result["resolved"]
    assert KEY not in run.stderr
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path


# -- the real Secret Service --------------------------------------------------------------------


@pytest.fixture
def system_keyring(secret_service: KeyringBed, active_backend: None) -> Iterator[KeyringBed]:
    keyring.core.init_backend()  # choose again now that the session bus exists
    assert is_system_keyring(keyring.get_keyring())
    yield secret_service
    SecretStore(SERVICE).forget()


def secret_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["secret-tool", *args], capture_output=True, text=True, timeout=20, check=False)


@pytest.mark.keyring
def test_save_load_forget_in_the_secret_service(system_keyring: KeyringBed) -> None:
    store = SecretStore(SERVICE)
    assert store.load() is None
    assert store.problem is None
    assert store.save(f"  {KEY}\n") is True
    assert store.problem is None and not store.session_only
    assert SecretStore(SERVICE).load() == KEY  # another instance (a later run) sees it
    assert resolve_api_key(SecretStore(SERVICE), {}) == ApiKey(KEY, "keyring")
    # keyring's SecretService backend stores the attributes service= and username=
    found = secret_tool("lookup", "service", SERVICE, "username", "openai-api-key")
    assert found.stdout == KEY
    listing = secret_tool("search", "--all", "service", SERVICE)
    assert "attribute.username = openai-api-key" in listing.stdout + listing.stderr
    store.forget()
    assert store.load() is None
    assert SecretStore(SERVICE).load() is None
    assert secret_tool("lookup", "service", SERVICE, "username", "openai-api-key").stdout == ""
    store.forget()  # forgetting twice is fine


@pytest.mark.keyring
def test_a_later_save_replaces_the_key(system_keyring: KeyringBed) -> None:
    store = SecretStore(SERVICE)
    assert store.save("sk-first-0123456789abcdef")
    assert store.save(KEY)
    assert SecretStore(SERVICE).load() == KEY


# -- awaitable calls: the keyring is never called on the event loop's thread -----------------------


@pytest.mark.keyring
@pytest.mark.asyncio
async def test_async_calls_run_the_keyring_off_the_event_loop_thread(
    system_keyring: KeyringBed, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    backend = keyring.get_keyring()  # the real Secret Service backend, its calls observed
    calls: list[tuple[str, int]] = []
    for name in ("get_password", "set_password", "delete_password"):
        real = getattr(backend, name)

        def observed(*args: str, _name: str = name, _real: object = real) -> object:
            calls.append((_name, threading.get_ident()))
            return _real(*args)  # type: ignore[operator]

        monkeypatch.setattr(backend, name, observed)
    loop_thread = threading.get_ident()
    store = SecretStore(SERVICE)

    assert await store.load_async() is None
    assert await store.save_async(f" {KEY}\n") is True
    assert await SecretStore(SERVICE).load_async() == KEY
    assert await resolve_api_key_async(SecretStore(SERVICE), {}) == ApiKey(KEY, "keyring")
    assert await resolve_api_key_async(store, {"OPENAI_API_KEY": "sk-env-0123456789"}) == ApiKey(
        "sk-env-0123456789", "environment")  # the environment wins without a keyring call
    await store.forget_async()
    assert await store.load_async() is None
    with pytest.raises(ValueError, match="empty"):
        await store.save_async("  ")

    assert [name for name, _ in calls] == [
        "get_password", "set_password", "get_password", "get_password", "delete_password", "get_password"]
    assert all(thread != loop_thread for _, thread in calls)
