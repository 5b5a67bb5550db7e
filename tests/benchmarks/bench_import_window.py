"""The window while it imports a 200 MB Comtrade file: the event loop's gaps and Cancel's delay.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks bench_import`` (which calls
:func:`window_figures` on the file it wrote) or ``... bench_import_window`` (writes its own).

The window's File > Import data reads the file on its worker thread (desktop/import_task.py)
while a 50 ms QTimer ticks on the GUI thread: the longest gap between two ticks says how long
the window could not answer a click or repaint (50 ms when nothing gets in the way). The
first run reads the whole file and stops at the summary dialog (nothing is kept); the second
clicks the progress dialog's Cancel after 1 s and times how long the reading takes to end.
The user data folder is a temporary one.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

TICK_MS = 50


def _wait(app: QApplication, done: Callable[[], bool], limit: float) -> None:
    """Run the event loop until ``done()`` or ``limit`` seconds (no busy sleeping)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    start = time.perf_counter()

    def check() -> None:
        if done() or time.perf_counter() - start > limit:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()


class _Ticks:
    """A 50 ms timer on the GUI thread; the times of its ticks."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._on_timer_timeout)

    def _on_timer_timeout(self) -> None:
        self.times.append(time.perf_counter())

    def longest_gap_ms(self) -> float:
        gaps = [b - a for a, b in zip(self.times, self.times[1:], strict=False)]
        return 1000 * max(gaps, default=float("nan"))


def window_figures(path: Path) -> None:
    """Import ``path`` through the window twice (whole, then cancelled at 1 s); print figures."""
    os.environ["MULTIVECTOR_USER_DATA"] = tempfile.mkdtemp(prefix="multivector-bench-user-")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setOrganizationName("MultivectorBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="multivector-bench-settings-"))
    from desktop.__main__ import build_window

    window = build_window()
    window.resize(1280, 720)
    window.show()
    # The student imports into a window already on screen: let it paint first (its first
    # paint, in Python, would otherwise compete with the reading for the GIL and show here
    # as a pause of the window, not of the import).
    _wait(app, lambda: False, 1.5)
    actions = window.imports
    size = path.stat().st_size / 1e6
    print(f"bench_import (window): {size:.0f} MB read on the window's worker thread, "
          f"a {TICK_MS} ms timer on the GUI thread")

    ticks, values = _Ticks(), []
    ticks.timer.start()
    start = time.perf_counter()
    assert actions.import_file(path)
    assert actions.task is not None
    actions.task.progressed.connect(values.append)
    _wait(app, lambda: not actions.busy, 600)
    seconds = time.perf_counter() - start
    ticks.timer.stop()
    summary = actions.summary_dialog
    print(f"  whole file: {seconds:.1f} s, {len(values)} progress updates, "
          f"{len(ticks.times)} ticks; longest gap between ticks {ticks.longest_gap_ms():.0f} ms")
    if summary is not None:
        summary.reject()  # nothing kept

    ticks = _Ticks()
    ticks.timer.start()
    asked: list[float] = []

    def cancel() -> None:
        dialog = actions.progress_dialog
        button = None if dialog is None else dialog.findChild(QPushButton)
        if button is not None:
            asked.append(time.perf_counter())
            button.click()

    assert actions.import_file(path)
    QTimer.singleShot(1000, cancel)
    _wait(app, lambda: bool(asked) and not actions.busy, 60)
    ended = time.perf_counter()
    ticks.timer.stop()
    latency = 1000 * (ended - asked[0]) if asked else float("nan")
    print(f"  Cancel after 1 s: the reading ended {latency:.0f} ms after the click "
          f"(the window's own check, every 5 ms, included); longest gap between ticks "
          f"{ticks.longest_gap_ms():.0f} ms")
    window.close()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    """Write a 200 MB Comtrade file and run :func:`window_figures` on it."""
    from tests.benchmarks.bench_import import write_file

    folder = Path(tempfile.mkdtemp(prefix="multivector-bench-"))
    path = folder / "comtrade_200mb.csv"
    write_file(path, 200)
    try:
        window_figures(path)
    finally:
        path.unlink()
        folder.rmdir()


if __name__ == "__main__":
    main()
