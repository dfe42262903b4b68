"""Redaction keeps keys out of logs without mangling file names that merely contain ``-sk-``."""

from __future__ import annotations

import logging
import string
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translator_gui.redaction import RedactingFilter, redact

READABLE = [
    "/home/a/my-sk-notes/x.jsonl",
    "/home/a/my-sk-meeting-notes/x.jsonl",
    "/home/a/sk-meeting-notes/2024-05-01 standup.jsonl",
    r"C:\Users\a\Documents\task-sk-followups-2024\x.jsonl",
    "/srv/team_sk-translations-archive/transcript.vtt",
    "~/desk-sk-internationalization/notes.txt",
]

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"


@pytest.mark.parametrize("path", READABLE)
def test_a_path_with_sk_in_a_name_stays_readable(path: str) -> None:
    assert redact(f"Journal at {path} opened") == f"Journal at {path} opened"


# Keys as they are issued: legacy (48 letters and digits) and project, service-account and admin keys
# (a long URL-safe random part).
keys = st.one_of(
    st.text(ALNUM, min_size=48, max_size=48).map(lambda body: "sk-" + body),
    st.tuples(st.sampled_from(["sk-proj-", "sk-svcacct-", "sk-admin-"]),
              st.text(URLSAFE, min_size=120, max_size=164)).map("".join),
)


@given(key=keys, before=st.sampled_from(["/home/a/my-", "/home/a/", "C:\\x\\task-", "notes_", "a.", " ", "="]),
       after=st.sampled_from(["/x.jsonl", "", " and more", "-notes"]))
def test_a_key_never_survives_whatever_it_is_glued_to(key: str, before: str, after: str) -> None:
    masked = redact(before + key + after)
    assert key not in masked
    assert key[-12:-4] not in masked  # not even most of it


def test_the_log_file_keeps_the_path_and_masks_the_key(tmp_path: Path) -> None:
    key = "sk-proj-" + "Zx81Kq" * 26
    path = "/home/a/my-sk-meeting-notes/x.jsonl"
    record = logging.LogRecord("t", logging.INFO, __file__, 1, "saved %s with %s", (path, key), None)
    RedactingFilter().filter(record)
    assert record.getMessage() == f"saved {path} with sk-proj-…{key[-4:]}"
