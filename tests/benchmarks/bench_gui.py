"""GUI speed: slider-to-pixels latency and cold start, as ratios to bare Qt in the same run.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks bench_gui``.

(a) Interaction latency: one share change set on the slider for China (all partners in the
    table) until the table, the index panel and the visible chart are updated and painted
    (events processed until none is pending); median and 95th percentile over 200 changes
    with the shares chart shown (the window opens on it), against a bare window repainting
    one label the same way; then 100 changes with each other chart tab shown. Goal: p95
    within 16.7 ms (one frame at 60 Hz).
(b) Cold start: a fresh interpreter that imports the app, builds the window, shows it and
    quits once the first paint has been processed, against one showing a bare PySide6 +
    pyqtgraph window; median wall time of 5 runs each, after one untimed start of each so
    that both start from cached bytecode. Goal: ratio <= 1.5.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

CHANGES = 200
STARTS = 5
FRAME_MS = 1000.0 / 60.0
ROOT = Path(__file__).resolve().parents[2]

_PAINTED_THEN_QUIT = """
from PySide6.QtCore import QEvent, QObject, QTimer
class _FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
            self.seen = True
            QTimer.singleShot(0, app.quit)
        return False
_watch = _FirstPaint()
app.installEventFilter(_watch)  # the first paint of any widget of the window
window.show()
QTimer.singleShot(5000, app.quit)  # never hang a benchmark
app.exec()
"""

APP_START = """
import sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)
app.setOrganizationName("MultivectorBench")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's preferences
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
from desktop.__main__ import build_window
window = build_window()
""" + _PAINTED_THEN_QUIT

BARE_START = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv)
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [3, 1, 2])
window.setCentralWidget(plot)
window.resize(1280, 720)
""" + _PAINTED_THEN_QUIT


def _settle(app: object) -> None:
    """Process events until the queue is empty (paints included)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _time(action: Callable[[int], None], app: object, count: int) -> np.ndarray:
    times = np.empty(count)
    for i in range(count):
        start = time.perf_counter()
        action(i)
        _settle(app)
        times[i] = (time.perf_counter() - start) * 1000.0
    return times


def interaction_latency() -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Milliseconds per slider change (app, shares tab), per label change (bare window), and
    per slider change with each other chart tab shown."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from desktop.widgets.chart_panel import CONTRIBUTIONS, HISTORY, SHARES, VECTORS

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("MultivectorBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(Path(os.environ.get("TMPDIR", "/tmp")) / "multivector-bench"))
    from desktop.__main__ import build_window

    window = build_window()
    window.resize(1280, 720)
    window.show()
    _settle(app)
    window.table.select_code("CHN")
    slider = window.share_editor.slider
    base = slider.value()
    positions = base + 40 + (np.arange(CHANGES) % 50) * 40  # to and fro over 20 points

    def drag(count: int) -> np.ndarray:
        slider.setSliderDown(True)
        _settle(app)
        times = _time(lambda i: slider.setValue(int(positions[i])), app, count)
        slider.setSliderDown(False)
        _settle(app)
        return times

    app_times = drag(CHANGES)
    assert window.document.undo_stack.count() == 1, "a drag must be one undo step"
    tabs: dict[str, np.ndarray] = {}
    for name, tab in (("HHI by partner", CONTRIBUTIONS), ("Vectors", VECTORS),
                      ("History", HISTORY)):
        window.charts.setCurrentIndex(tab)
        _settle(app)
        tabs[name] = drag(CHANGES // 2)
    window.charts.setCurrentIndex(SHARES)
    window.document.undo_stack.setClean()
    window.close()

    bare = QMainWindow()
    label = QLabel("0")
    bare.setCentralWidget(label)
    bare.resize(1280, 720)
    bare.show()
    _settle(app)
    bare_times = _time(lambda i: label.setText(str(i)), app, CHANGES)
    bare.close()
    window.deleteLater()
    bare.deleteLater()
    _settle(app)
    return app_times, bare_times, tabs


def cold_start() -> tuple[list[float], list[float]]:
    """Wall seconds of ``STARTS`` fresh app starts and bare starts, interleaved."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # As on a user's machine, the app's modules start from cached bytecode, like the
    # installed PySide6 and pyqtgraph of the bare start: allow writing it, and warm up once.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for code in (APP_START, BARE_START):
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    app_runs, bare_runs = [], []
    for _ in range(STARTS):
        for code, runs in ((APP_START, app_runs), (BARE_START, bare_runs)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            runs.append(time.perf_counter() - start)
    return app_runs, bare_runs


def main() -> None:
    """Measure and print the table."""
    app_times, bare_times, tabs = interaction_latency()
    app_runs, bare_runs = cold_start()
    p50, p95 = np.percentile(app_times, [50, 95])
    b50, b95 = np.percentile(bare_times, [50, 95])
    start, bare_start = statistics.median(app_runs), statistics.median(bare_runs)
    ratio = start / bare_start
    print("bench_gui: GUI latency and cold start (offscreen), ratios to bare Qt in this run")
    print(f"{'measure':<44} {'app':>10} {'bare':>10} {'ratio':>7}  goal")
    print(f"{'slider change -> painted, median (ms)':<44} {p50:10.2f} {b50:10.2f} "
          f"{p50 / b50:7.1f}")
    print(f"{'slider change -> painted, p95 (ms)':<44} {p95:10.2f} {b95:10.2f} "
          f"{p95 / b95:7.1f}  p95 <= {FRAME_MS:.1f} ms: {'met' if p95 <= FRAME_MS else 'NOT met'}")
    for name, times in tabs.items():
        t50, t95 = np.percentile(times, [50, 95])
        label = f"  {name} tab shown: p50, p95 (ms)"
        print(f"{label:<44} {t50:10.2f} {t95:10.2f} {'':>7}  "
              f"p95 <= {FRAME_MS:.1f} ms: {'met' if t95 <= FRAME_MS else 'NOT met'}")
    print(f"{'cold start to first paint, median (s)':<44} {start:10.3f} {bare_start:10.3f} "
          f"{ratio:7.2f}  ratio <= 1.5: {'met' if ratio <= 1.5 else 'NOT met'}")
    print(f"({CHANGES} slider changes over {len(app_times)} samples; {STARTS} starts each; "
          f"bare start = PySide6 + pyqtgraph window)")


if __name__ == "__main__":
    main()
