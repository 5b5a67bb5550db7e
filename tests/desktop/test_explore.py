"""The Sweep and Uncertainty tabs through the real window: the command line's numbers."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from desktop import bands_worker
from desktop.main_window import MainWindow
from desktop.widgets.chart_panel import SWEEP, UNCERTAINTY
from models import scenario_files
from models.cli import main
from models.formatting import format_value
from models.resources import asset_path
from models.scenario import SetLock

PRESET = asset_path("presets") / "russia_trade_shock.json"
TIMEOUT = 20_000  # ms: generous for a slow shared machine; the waits end as soon as done


def _cli_json(*argv: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert main(list(argv)) == 0

    def refuse(token: str) -> Any:
        raise ValueError(f"not strict JSON: {token}")

    return json.loads(out.getvalue(), parse_constant=refuse)


@pytest.fixture
def shocked(make_window: Any) -> MainWindow:
    window: MainWindow = make_window(scenario_files.load(PRESET))
    return window


def _saved(window: MainWindow, tmp_path: Path) -> str:
    path = tmp_path / "window.json"
    scenario_files.save(window.document.scenario, path)
    return str(path)


def test_sweep_points_equal_the_command_lines(shocked: MainWindow, tmp_path: Path) -> None:
    window = shocked
    window.table.select_code("CHN")
    window.charts.show_chart(SWEEP)
    chart = window.charts.sweep_chart
    for key in ("hhi", "gini"):
        chart.choose_key(key)
        expected = _cli_json("sweep", str(PRESET), "--partner", "CHN", "--index", key,
                             "--format", "json")
        shares, values = chart.curve_points()
        assert shares.tolist() == [100.0 * p["share"] for p in expected["points"]]
        assert values.tolist() == [p["value"] for p in expected["points"]]
        assert chart.scenario_point_value() == (100.0 * expected["scenario"]["share"],
                                                expected["scenario"]["value"])
    # Locks and a share edit made in the window: the saved scenario gives the same curve,
    # the shares beyond the locks' reach are left out (null on the command line).
    window.editing.set_lock("ITA", True)
    window.editing.set_share("CHN", 0.35)
    chart.choose_key("hhi")
    expected = _cli_json("sweep", _saved(window, tmp_path), "--partner", "CHN", "--index",
                         "hhi", "--format", "json")
    reachable = [p for p in expected["points"] if p["value"] is not None]
    assert len(reachable) < len(expected["points"])
    shares, values = chart.curve_points()
    assert shares.tolist() == [100.0 * p["share"] for p in reachable]
    assert values.tolist() == [p["value"] for p in reachable]
    assert chart.unreachable_high.isVisible()
    assert "cannot be reached" in chart.caption.text()


def test_sweep_follows_the_slider_and_the_choices(shocked: MainWindow) -> None:
    window = shocked
    window.table.select_code("CHN")
    window.charts.show_chart(SWEEP)
    chart = window.charts.sweep_chart
    before = chart.curve_points()[1].copy()
    slider = window.share_editor.slider
    slider.setSliderDown(True)
    slider.setValue(slider.value() + 500)
    share, value = chart.scenario_point_value()
    state = window.document.state
    assert share == pytest.approx(100.0 * float(state.outcome.shares[
        state.baseline.index_of("CHN")]))
    assert value == state.comparison.scenario["hhi"]
    # Moving China's own share keeps the others' proportions: the curve stays put.
    np.testing.assert_allclose(chart.curve_points()[1], before, rtol=1e-12)
    slider.setSliderDown(False)
    assert window.document.undo_stack.count() == 1
    chart.choose_code("RUS")  # another category, whatever the table selects
    assert chart.sweep is not None
    assert chart.sweep.code == "RUS"
    window.table.select_code("DEU")
    assert chart.sweep.code == "RUS"
    chart.choose_code(None)
    assert chart.sweep.code == "DEU"
    assert "Germany" in chart.category_combo.itemText(0)
    window.editing.set_lock("DEU", True)
    assert chart.sweep is None
    assert "locked" in chart.caption.text()


def _wait_for_bands(qtbot: Any, window: MainWindow) -> None:
    panel = window.charts.bands_panel
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        pass


def _set_options(window: MainWindow, *, draws: int, seed: int) -> None:
    options = window.charts.bands_panel.options
    options.draws_spin.setValue(draws)
    options.seed_spin.setValue(seed)
    options.seed_spin.editingFinished.emit()


def test_bands_are_the_montecarlo_commands_and_repeat(qtbot: Any, shocked: MainWindow) -> None:
    window = shocked
    panel = window.charts.bands_panel
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        window.charts.show_chart(UNCERTAINTY)  # the default options, as the command's
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        _set_options(window, draws=3000, seed=7)
    first = panel.result
    assert first is not None
    expected = _cli_json("montecarlo", str(PRESET), "--draws", "3000", "--seed", "7",
                         "--format", "json")
    for key, band in expected["bands"].items():
        assert first.bands[key].tolist() == band
        row = panel.texts(key)
        assert row[2:] == tuple(format_value(key, x) for x in band)
    assert panel.texts("hhi")[1] == format_value("hhi", window.document.comparison.scenario["hhi"])
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        panel.options.compute_button.click()  # the same seed again: the same numbers
    again = panel.result
    assert again is not first
    for key, band in first.bands.items():
        assert again.bands[key].tolist() == band.tolist()
    # Each edit's own sigma and no spread: every draw is the scenario itself.
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        panel.options.spread_spin.setValue(0)
        panel.options.keep_sigma_check.setChecked(True)
    assert panel.result.bands["hhi"] == pytest.approx(
        [window.document.comparison.scenario["hhi"]] * 3, rel=1e-12)
    # The histogram shows the chosen index's draws.
    panel.choose_key("cr1")
    assert panel.histogram.steps.isVisible()
    assert "CR1" in panel.histogram.caption.text()


def test_cancel_stops_the_draws_and_the_window_keeps_going(
    qtbot: Any, shocked: MainWindow
) -> None:
    window = shocked
    panel = window.charts.bands_panel
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        window.charts.show_chart(UNCERTAINTY)
    shown = panel.result
    ticks: list[int] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    most = panel.options.draws_spin.maximum()
    assert most == 50_000_000 // len(window.document.baseline.table.codes)
    with qtbot.waitSignal(panel.runner.progressed, timeout=TIMEOUT):
        panel.options.draws_spin.setValue(most)
        panel.options.draws_spin.editingFinished.emit()
    assert panel.options.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=TIMEOUT)  # the event loop runs
    assert panel.runner.running is not None  # ... while the draws go on
    with qtbot.waitSignal(panel.runner.stopped, timeout=TIMEOUT):
        panel.options.cancel_button.click()
    timer.stop()
    assert panel.result is shown  # the old bands stay, marked out of date
    assert panel.is_stale()
    assert "Cancelled" in panel.status.text()
    assert not panel.options.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: not bands_worker._RUNNING, timeout=TIMEOUT)


def test_stale_bands_are_marked_and_drawn_again(qtbot: Any, shocked: MainWindow) -> None:
    window = shocked
    panel = window.charts.bands_panel
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        window.charts.show_chart(UNCERTAINTY)
    _set_options(window, draws=1000, seed=3)
    _wait_for_bands(qtbot, window)
    before = panel.result
    window.table.select_code("CHN")
    slider = window.share_editor.slider
    slider.setSliderDown(True)
    slider.setValue(slider.value() + 800)  # while dragging: marked, not computed
    assert panel.is_stale()
    assert panel.runner.running is None
    assert "Out of date" in panel.status.text()
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        slider.setSliderDown(False)  # let go: drawn again
    assert not panel.is_stale()
    assert panel.result is not before
    assert panel.result.bands["hhi"][1] != before.bands["hhi"][1]
    # An edit while another tab is shown: drawn again when the tab comes back.
    window.charts.show_chart(SWEEP)
    window.editing.set_lock("ITA", True)
    window.editing.set_share("CHN", 0.2)
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        window.charts.show_chart(UNCERTAINTY)
    assert panel.shown_request.scenario == window.document.scenario
    # No cost shock left: nothing to draw, and the tab says why.
    window.editing.switch_edit(1, False)
    assert panel.request() is None
    assert not panel.options.compute_button.isEnabled()
    assert "no cost shock" in panel.status.text()


def test_an_edit_that_does_not_apply_is_left_out_of_the_draws(
    qtbot: Any, shocked: MainWindow
) -> None:
    window = shocked
    document = window.document
    document.set_scenario(document.scenario.with_edit(SetLock(("ZZZ",))))
    assert document.state.edits[-1].status == "skipped"
    panel = window.charts.bands_panel
    with qtbot.waitSignal(panel.bands_shown, timeout=TIMEOUT):
        window.charts.show_chart(UNCERTAINTY)
    assert panel.shown_request.scenario.switched_off == frozenset({2})
