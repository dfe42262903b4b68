from __future__ import annotations

import logging
import logging.handlers
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from translator_gui import logs
from translator_gui.logs import reset_logging, setup_logging
from translator_gui.redaction import RedactingFilter, redact, register_secret

KEY = "sk-proj-" + "FAKE-test-key-not-real-" + "0" * 24  # key-shaped, obviously fake
OLD_KEY = "sk-" + "A1b2C3d4E5" * 4 + "Qq99"
PROXY_TOKEN = "local-proxy-secret-31415"

log = logging.getLogger("translator_gui.test")


@pytest.fixture
def clean_logging() -> Iterator[None]:
    root = logging.getLogger()
    level = root.level
    try:
        yield
    finally:
        reset_logging()
        root.setLevel(level)


def ours() -> list[logging.Handler]:
    return [h for h in logging.getLogger().handlers if any(isinstance(f, RedactingFilter) for f in h.filters)]


def test_default_path_is_the_user_log_dir(clean_logging: None) -> None:
    path = setup_logging()
    # conftest points XDG_STATE_HOME at a private home; platformdirs puts logs under it
    assert path == Path(os.environ["XDG_STATE_HOME"]) / "translator-gui" / "log" / "translator.log"
    log.info("started")
    assert "started" in path.read_text(encoding="utf-8")


def test_keys_never_reach_the_file(clean_logging: None, tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    assert path == tmp_path / "translator.log"
    log.info("connecting with %s", KEY)
    log.info(f"old style key {OLD_KEY} inline")
    log.warning("headers: %r", {"Authorization": f"Bearer {PROXY_TOKEN}"})
    log.info("env OPENAI_API_KEY=%s", "whatever-is-set-here")
    try:
        raise PermissionError(f"Incorrect API key provided: {KEY}")
    except PermissionError:
        log.exception("request failed")
    log.info("%d%% done and the word task-manager-process stays", 50)
    text = path.read_text(encoding="utf-8")
    for secret in (KEY, OLD_KEY, PROXY_TOKEN, "whatever-is-set-here"):
        assert secret not in text
    assert f"connecting with sk-proj-…{KEY[-4:]}" in text
    assert "Bearer [redacted]" in text
    assert "PermissionError: Incorrect API key provided: sk-proj-…" in text  # the traceback is kept
    assert "50% done and the word task-manager-process stays" in text


def test_registered_secret_is_masked_everywhere(clean_logging: None, tmp_path: Path) -> None:
    register_secret("  hunter2-proxy  ")
    register_secret("ab")  # too short to mask safely: ignored
    path = setup_logging(tmp_path)
    log.info("token hunter2-proxy in message, %s in args", "hunter2-proxy")
    try:
        raise RuntimeError("hunter2-proxy")
    except RuntimeError:
        log.error("failed", exc_info=True)
    log.info("about tab")
    text = path.read_text(encoding="utf-8")
    assert "hunter2-proxy" not in text
    assert "token [redacted] in message, [redacted] in args" in text
    assert "RuntimeError: [redacted]" in text
    assert "about tab" in text


def test_console_is_redacted_too(
    clean_logging: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup_logging(tmp_path, console=True)
    log.warning("key %s", KEY)
    err = capsys.readouterr().err
    assert "key sk-proj-…" in err and KEY not in err


def test_idempotent(clean_logging: None, tmp_path: Path) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging(tmp_path, console=True)
    path = setup_logging(tmp_path)
    assert len(ours()) == 1
    assert len(logging.getLogger().handlers) == before + 1
    log.info("once")
    assert path.read_text(encoding="utf-8").count("once") == 1
    reset_logging()
    assert ours() == []


def test_unwritable_log_folder_falls_back_to_stderr(clean_logging: None, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    path = setup_logging(blocker / "logs")
    assert path == blocker / "logs" / "translator.log"
    log.warning("still visible %s", KEY)
    err = capsys.readouterr().err
    assert "cannot write the log file" in err and "still visible sk-proj-…" in err
    assert KEY not in err


def test_rotation_limits(clean_logging: None, tmp_path: Path) -> None:
    setup_logging(tmp_path)
    [handler] = ours()
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    assert (handler.maxBytes, handler.backupCount) == (logs.MAX_BYTES, logs.BACKUP_COUNT)


def test_redact_leaves_ordinary_text_alone() -> None:
    text = "risk-assessment, sk-short, desk-lamp and 'sk' alone"
    assert redact(text) == text
