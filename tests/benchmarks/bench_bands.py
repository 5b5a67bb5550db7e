"""Uncertainty bands and the sweep in the window: times as ratios measured in the same run.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks bench_bands``.

(a) Band after release: the preset "A Russia trade shock" (imports, every partner), the
    Uncertainty tab shown with its defaults (10,000 draws, sigma 1.5-8, shocks +/-50 %);
    China's share is dragged on the slider and let go; the clock runs from the release to
    the new bands on screen (table filled and painted). Median and best of ``ROUNDS``
    releases, each to a new share (undone after each, so that every round has one share
    edit after the preset's cost shock). The yardstick: :func:`models.indices.compute_all` on an
    array of the same size (10,000 draws x every partner), best of interleaved rounds; the
    model alone (:func:`models.uncertainty.scenario_bands` for the same request) is shown too.
(b) The sweep while dragging: slider change to painted, with the Sweep tab shown (the curve
    of 101 points recomputed every step) and with the Shares tab shown, p50 and p95 over
    ``CHANGES`` changes each; goal p95 within one frame at 60 Hz.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import numpy as np

from tests.benchmarks._timing import best_times

ROUNDS = 15
CHANGES = 120
DRAWS = 10_000
FRAME_MS = 1000.0 / 60.0
PRESET = "russia_trade_shock.json"


def _settle() -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def _window() -> object:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.document import Document
    from desktop.main_window import MainWindow
    from desktop.settings import Preferences
    from models import scenario_files
    from models.datasets import load_catalog
    from models.resources import asset_path

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("MultivectorBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # never the user's preferences
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(Path(os.environ.get("TMPDIR", "/tmp")) / "multivector-bench"))
    scenario = scenario_files.load(asset_path("presets") / PRESET)
    window = MainWindow(Document(load_catalog(), scenario), Preferences())
    window.resize(1280, 720)
    window.show()
    _settle()
    return window


def _wait_for(signal: object, timeout_ms: int = 60_000) -> None:
    """Run the event loop until ``signal`` is emitted (or the timeout: never hang)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)  # type: ignore[attr-defined]


def band_after_release(window: object) -> tuple[np.ndarray, int]:
    """Seconds from slider release to bands on screen, ``ROUNDS`` times; the partners."""
    from desktop.widgets.chart_panel import UNCERTAINTY

    window.table.select_code("CHN")  # type: ignore[attr-defined]
    panel = window.charts.bands_panel  # type: ignore[attr-defined]
    window.charts.setCurrentIndex(UNCERTAINTY)  # type: ignore[attr-defined]
    if panel.result is None:
        _wait_for(panel.bands_shown)
    assert panel.options.values().draws == DRAWS
    slider = window.share_editor.slider  # type: ignore[attr-defined]
    undo_stack = window.document.undo_stack  # type: ignore[attr-defined]
    times = np.empty(ROUNDS)
    for r in range(ROUNDS):
        slider.setSliderDown(True)
        slider.setValue(slider.value() + 40 * (r + 1))
        _settle()
        start = time.perf_counter()
        slider.setSliderDown(False)
        _wait_for(panel.bands_shown)
        _settle()  # painted
        times[r] = time.perf_counter() - start
        assert not panel.is_stale(), "the bands shown must be those of the scenario"
        # Back to the preset (one share edit in every round), bands drawn again: not timed.
        window.released_request = panel.shown_request  # type: ignore[attr-defined]
        undo_stack.undo()
        _wait_for(panel.bands_shown)
    return times, len(window.document.baseline.table.codes)  # type: ignore[attr-defined]


def sweep_steps(window: object) -> dict[str, np.ndarray]:
    """Milliseconds per slider change with the Sweep tab and with the Shares tab shown."""
    from desktop.widgets.chart_panel import SHARES, SWEEP

    slider = window.share_editor.slider  # type: ignore[attr-defined]
    base = slider.value()
    positions = base + 40 + (np.arange(CHANGES) % 50) * 40
    out = {}
    for name, tab in (("Sweep", SWEEP), ("Shares", SHARES)):
        window.charts.setCurrentIndex(tab)  # type: ignore[attr-defined]
        _settle()
        slider.setSliderDown(True)
        _settle()
        times = np.empty(CHANGES)
        for i in range(CHANGES):
            start = time.perf_counter()
            slider.setValue(int(positions[i]))
            _settle()
            times[i] = (time.perf_counter() - start) * 1000.0
        slider.setSliderDown(False)
        _settle()
        out[name] = times
    return out


def yardsticks(window: object, partners: int) -> dict[str, float]:
    """Best seconds of compute_all on (DRAWS, partners) and of the model's bands alone."""
    from models.indices import compute_all
    from models.uncertainty import scenario_bands

    request = window.released_request  # type: ignore[attr-defined]  # a round's request
    values = np.random.default_rng(0).random((DRAWS, partners)) * 1000.0

    def bands() -> object:
        return scenario_bands(request.scenario, request.baseline, draws=request.draws,
                              seed=request.seed, sigma_range=request.sigma_range,
                              shock_spread=request.shock_spread)

    return best_times({"compute_all": lambda: compute_all(values), "model": bands}, rounds=7)


def main() -> None:
    """Measure and print the table."""
    window = _window()
    releases, partners = band_after_release(window)
    best = yardsticks(window, partners)
    steps = sweep_steps(window)
    window.document.undo_stack.setClean()  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    window.deleteLater()  # type: ignore[attr-defined]
    _settle()
    base = best["compute_all"]
    median, fastest = float(np.median(releases)), float(np.min(releases))
    print(f"bench_bands: a {DRAWS:,}-draw band in the window, as ratios to compute_all on "
          f"{DRAWS:,} x {partners} in this run")
    print(f"{'measure':<50} {'ms':>9} {'ratio':>7}")
    print(f"{f'compute_all, {DRAWS:,} x {partners} values (best)':<50} "
          f"{1000 * base:9.1f} {1.0:7.2f}")
    print(f"{'scenario_bands alone, same request (best)':<50} {1000 * best['model']:9.1f} "
          f"{best['model'] / base:7.2f}")
    print(f"{'slider released -> band painted, median':<50} {1000 * median:9.1f} "
          f"{median / base:7.2f}")
    print(f"{'slider released -> band painted, best':<50} {1000 * fastest:9.1f} "
          f"{fastest / base:7.2f}")
    print(f"({ROUNDS} releases of China's share, preset {PRESET}, 10,000 draws, "
          "sigma 1.5-8, shocks +/-50 %, computed off the GUI thread)")
    print()
    print(f"{'slider change -> painted (ms)':<36} {'p50':>8} {'p95':>8}  goal")
    for name, times in steps.items():
        p50, p95 = np.percentile(times, [50, 95])
        verdict = "met" if p95 <= FRAME_MS else "NOT met"
        print(f"{'  ' + name + ' tab shown':<36} {p50:8.2f} {p95:8.2f}  "
              f"p95 <= {FRAME_MS:.1f} ms: {verdict}")
    sweep50, shares50 = (float(np.median(steps[n])) for n in ("Sweep", "Shares"))
    print(f"(Sweep tab / Shares tab, median: {sweep50 / shares50:.2f}; {CHANGES} changes each)")


if __name__ == "__main__":
    main()
