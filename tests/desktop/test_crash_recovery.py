"""The real app, killed with SIGKILL after edits, gives them back at the next start.

Two processes run ``app_driver.py`` (the app started through ``desktop.__main__.main``,
offscreen, with its settings and data folders in the test's folder): the first makes edits
in the window, waits for the autosave and is killed; the second presses Restore on the
prompt and prints the scenario it shows. Every wait is bounded; nothing sleeps.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO, Any

import pytest

from desktop.autosave import APP_DATA_ENV
from models import autosave_files

DRIVER = Path(__file__).with_name("app_driver.py")
WAIT_S = 90  # for each stage (the app starts in a second or two; the autosave takes 3 s)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
]


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MULTIVECTOR_BLOCK_QT"}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env[APP_DATA_ENV] = str(tmp_path / "app data")
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class _Lines:
    """A process's output lines, read in a thread so that each wait can be bounded."""

    def __init__(self, stream: IO[str]):
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, word: str, deadline: float) -> str:
        """Return the rest of the first line starting with ``word`` (fail at ``deadline``)."""
        while True:
            remaining = deadline - time.monotonic()
            try:
                line = self.lines.get(timeout=max(remaining, 0.001))
            except queue.Empty:
                pytest.fail(f"no {word} line within {WAIT_S} s; output: {self.seen}")
            if line is None:
                pytest.fail(f"the app ended before {word}; output: {self.seen}")
            self.seen.append(line)
            if line == "TIMEOUT":
                pytest.fail(f"the driver gave up waiting; output: {self.seen}")
            if line.startswith(word + " "):
                return line[len(word) + 1:]


def _start(stage: str, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(DRIVER), stage], env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _stop(process: subprocess.Popen[str]) -> str:
    if process.poll() is None:
        process.kill()
    _out, err = process.communicate(timeout=WAIT_S)
    return err


def test_edits_come_back_after_the_app_is_killed(tmp_path: Path) -> None:
    env = _environment(tmp_path)
    first = _start("edit", env)
    try:
        output = _Lines(first.stdout)  # type: ignore[arg-type]
        deadline = time.monotonic() + WAIT_S
        edited = json.loads(output.wait_for("EDITED", deadline))
        autosave = Path(output.wait_for("AUTOSAVED", deadline))
        assert autosave.is_file()
        assert autosave.parent == tmp_path / "app data" / "autosave"
        record = autosave_files.read(autosave)
        assert record.instance.startswith(f"{first.pid}-")
        first.send_signal(signal.SIGKILL)
        assert first.wait(timeout=WAIT_S) == -signal.SIGKILL
    finally:
        errors = _stop(first)
    assert edited["title"] == "Killed mid-essay"
    assert [e["partner"] for e in edited["edits"]] == ["CHN", "RUS"]
    assert autosave.is_file()  # the kill left it, and the app's lock, behind
    assert (autosave.parent / f"{record.instance}.lock").is_file()

    second = _start("restore", env)
    try:
        output = _Lines(second.stdout)  # type: ignore[arg-type]
        deadline = time.monotonic() + WAIT_S
        prompt = json.loads(output.wait_for("PROMPT", deadline))
        restored: dict[str, Any] = json.loads(output.wait_for("RESTORED", deadline))
        assert second.wait(timeout=WAIT_S) == 0, output.seen
    finally:
        errors = _stop(second)
    assert "\u201cKilled mid-essay\u201d" in prompt, errors
    assert restored["scenario"] == edited
    assert restored["modified"] is True
    assert restored["file"] is None
    assert restored["documents"] == 1
    # Restored, then closed normally (discarding): no autosave and no lock is left.
    assert sorted(p.name for p in autosave.parent.iterdir()) == []
