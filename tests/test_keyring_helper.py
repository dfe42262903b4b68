"""Keyring calls in a child process (``translator_gui.keyring_helper``): the same answers as in the
app's own process, against the real Secret Service of the test bed, without the app ever loading
the keyring's client; and a helper that cannot start, fails or talks nonsense is a keyring that
is not responding, never an exception."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import translator_gui.keyring_helper as helper
from tests.testbed import KeyringBed
from translator_gui.keyring_calls import KEYRING_FAILED, NO_KEYRING, Action, Outcome
from translator_gui.keyring_helper import call_in_child, serve
from translator_gui.secrets import ApiKey, SecretStore, resolve_api_key

KEY = "sk-proj-" + "FAKE-helper-key-not-real-" + "2" * 24  # key-shaped, obviously fake
SERVICE = "translator-gui-test-helper"
ROOT = Path(__file__).resolve().parents[1]


def child_store() -> SecretStore:
    return SecretStore(SERVICE, calls=call_in_child)


def secret_tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["secret-tool", *args], capture_output=True, text=True, timeout=20, check=False)


@pytest.fixture
def vault(secret_service: KeyringBed) -> Iterator[KeyringBed]:
    """The test bed's Secret Service (the child finds it through the inherited session bus)."""
    yield secret_service
    child_store().forget()


# -- the real Secret Service, through the child -------------------------------------------------


@pytest.mark.keyring
def test_save_load_forget_through_the_child(vault: KeyringBed) -> None:
    store = child_store()
    assert store.load() is None
    assert store.problem is None
    assert store.save(f"  {KEY}\n") is True
    assert store.problem is None and not store.session_only
    found = secret_tool("lookup", "service", SERVICE, "username", "openai-api-key")
    assert found.stdout == KEY  # where the in-process backend puts it: the same entry
    assert child_store().load() == KEY
    assert SecretStore(SERVICE).load() == KEY  # and the app's own process reads the same key
    assert resolve_api_key(child_store(), {}) == ApiKey(KEY, "keyring")
    store.forget()
    assert child_store().load() is None
    assert secret_tool("lookup", "service", SERVICE, "username", "openai-api-key").stdout == ""
    store.forget()  # forgetting twice is fine


@pytest.mark.keyring
def test_the_app_reads_its_key_without_loading_the_keyring_client(vault: KeyringBed) -> None:
    assert SecretStore(SERVICE).save(KEY)
    script = textwrap.dedent(f"""
        import json, sys
        from translator_gui.keyring_helper import call_in_child
        from translator_gui.secrets import SecretStore
        key = SecretStore({SERVICE!r}, calls=call_in_child).load()
        heavy = sorted(m for m in ("keyring", "secretstorage", "jeepney", "cryptography") if m in sys.modules)
        print(json.dumps({{"read": key == {KEY!r}, "loaded": heavy}}))
    """)
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True,
                         cwd=ROOT)
    assert json.loads(run.stdout) == {"read": True, "loaded": []}
    assert KEY not in run.stderr


# -- no system keyring, a broken bus: the same problems as in-process ----------------------------


def test_without_a_system_keyring_the_child_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = child_store()
    assert store.load() is None
    assert store.problem == NO_KEYRING
    assert store.save(KEY) is False
    assert store.session_only and store.load() == KEY
    store.forget()
    assert store.load() is None


def test_a_broken_bus_in_the_child_never_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.SecretService.Keyring")
    store = child_store()
    with caplog.at_level(logging.WARNING, logger="translator_gui.secrets"):
        assert store.load() is None
    assert store.problem is not None and "kept only until you quit" in store.problem
    assert "keyring open failed" in caplog.text  # the backend could not reach the bus
    assert store.save(KEY) is False
    assert store.load() == KEY
    assert KEY not in caplog.text


# -- a helper that cannot help ------------------------------------------------------------------


def test_a_helper_that_cannot_start_is_a_keyring_not_responding(monkeypatch: pytest.MonkeyPatch,
                                                                tmp_path: Path) -> None:
    monkeypatch.setattr(helper, "child_command", lambda: [str(tmp_path / "no-such-program")])
    store = child_store()
    assert store.load() is None
    assert store.problem == KEYRING_FAILED
    assert store.save(KEY) is False and store.load() == KEY  # kept for this run


@pytest.mark.parametrize(
    ("child", "logged"),
    [
        ("import sys; print('Traceback: boom " + KEY + "', file=sys.stderr); sys.exit(3)", "exit 3"),
        ("print('this is not json')", "not understood"),
        ("import json; print(json.dumps({'done': 'yes'}))", "not understood"),
        ("import json; print(json.dumps({'done': True, 'value': 42}))", "not understood"),
        ("import json; print(json.dumps(['done']))", "not understood"),
    ],
    ids=["crashes", "garbage", "done-not-a-flag", "value-not-text", "not-an-object"],
)
def test_a_helper_that_fails_or_talks_nonsense_is_a_keyring_not_responding(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, child: str, logged: str
) -> None:
    monkeypatch.setattr(helper, "child_command", lambda: [sys.executable, "-c", child])
    store = child_store()
    with caplog.at_level(logging.WARNING, logger="translator_gui.secrets"):
        assert store.load() is None
    assert store.problem == KEYRING_FAILED
    assert logged in caplog.text
    assert KEY not in caplog.text  # what the child said is redacted before it is logged


def test_the_key_goes_to_the_child_on_stdin_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    seen = tmp_path / "seen.json"
    recorder = textwrap.dedent(f"""
        import json, os, sys
        request = sys.stdin.read()
        with open({str(seen)!r}, "w") as f:
            json.dump({{"argv": sys.argv, "env": dict(os.environ), "stdin": request}}, f)
        print(json.dumps({{"done": True, "value": None, "problem": None, "note": None}}))
    """)
    monkeypatch.setattr(helper, "child_command", lambda: [sys.executable, "-c", recorder])
    assert child_store().save(KEY) is True
    record = json.loads(seen.read_text())
    assert KEY not in json.dumps(record["argv"]) and KEY not in json.dumps(record["env"])
    assert json.loads(record["stdin"]) == {"action": "save", "service": SERVICE, "account": "openai-api-key",
                                          "key": KEY}


def test_serve_refuses_what_is_not_a_request() -> None:
    for request in ("not json", "[]", json.dumps({"action": "steal", "service": "s", "account": "a"}),
                    json.dumps({"action": "read", "service": 1, "account": "a"})):
        out = io.StringIO()
        assert serve(io.StringIO(request), out) == 2
        assert out.getvalue() == ""


def test_serve_answers_a_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring.core

    saved = keyring.core._keyring_backend
    keyring.core.init_backend()  # as a fresh child would: from the environment
    try:
        out = io.StringIO()
        assert serve(io.StringIO(json.dumps({"action": "read", "service": SERVICE, "account": "a"})), out) == 0
    finally:
        setattr(keyring.core, "_keyring_backend", saved)  # noqa: B010 - private, no setter for None
    answer = json.loads(out.getvalue())
    assert answer["done"] is False and answer["problem"] == NO_KEYRING and answer["value"] is None


def test_the_child_command_runs_this_package_whatever_the_working_folder(tmp_path: Path) -> None:
    (tmp_path / "translator_gui").mkdir()  # a folder that would shadow the package from the cwd
    (tmp_path / "translator_gui" / "__init__.py").write_text("raise SystemExit('the wrong package')\n")
    request = json.dumps({"action": "read", "service": SERVICE, "account": "a"})
    run = subprocess.run(helper.child_command(), input=request, capture_output=True, text=True, timeout=60,
                         cwd=tmp_path, env={"PATH": "/usr/bin:/bin", "PYTHON_KEYRING_BACKEND":
                                            "keyring.backends.fail.Keyring"}, check=False)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["problem"] == NO_KEYRING


def test_the_frozen_app_is_its_own_helper(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert helper.child_command() == [sys.executable, helper.HELPER_FLAG]
    entry = (ROOT / "packaging" / "pyinstaller" / "entry.py").read_text()
    assert f'sys.argv[1:] == ["{helper.HELPER_FLAG}"]' in entry


def test_a_key_found_is_not_asked_for_again_until_it_changes() -> None:
    asked: list[str] = []
    stored = {"value": KEY}

    def calls(action: Action, service: str, account: str, key: str | None) -> Outcome:
        asked.append(action)
        if action == "save":
            stored["value"] = key or ""
        return Outcome(done=True, value=stored["value"] if action == "read" else None)

    store = SecretStore(SERVICE, calls=calls)
    assert store.load() == KEY and store.load() == KEY  # each Start reads the key: one child, not one per Start
    assert asked == ["read"]
    assert store.save("sk-test-another-key") and store.load() == "sk-test-another-key"
    assert asked == ["read", "save"]
    store.forget()
    stored["value"] = ""
    assert store.load() is None and store.load() is None  # none stored: asked each time (it may come)
    assert asked == ["read", "save", "delete", "read", "read"]
