"""Projections through the real window: the editor, the undo stack, the history chart, the file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.main_window import MainWindow
from desktop.widgets.chart_panel import HISTORY
from desktop.widgets.projection_editor import ProjectionEditor
from models.scenario import Growth, SetShare


def open_editor(window: MainWindow, qtbot: Any) -> ProjectionEditor:
    window.edit_panel.projection_button.click()
    editor = window.projection.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def accept(editor: ProjectionEditor) -> None:
    editor.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def project(window: MainWindow, qtbot: Any, years: int, rates: dict[str, str],
            default: float, *, vectors: bool = False) -> None:
    editor = open_editor(window, qtbot)
    editor.mode_combo.setCurrentIndex(1 if vectors else 0)
    editor.years_spin.setValue(years)
    editor.default_spin.setValue(default)
    for code, text in rates.items():
        editor.rate_item(code).setText(text)  # as typing in the cell does
    accept(editor)


def test_the_editor_pushes_one_undoable_growth_edit_and_editing_replaces_it(
    window: MainWindow, qtbot: Any
) -> None:
    document = window.document
    steps = document.undo_stack.count()
    project(window, qtbot, 5, {"CHN": "8", "RUS": "-3"}, 2.0)
    assert document.undo_stack.count() == steps + 1
    assert document.scenario.edits == (Growth((("CHN", 0.08), ("RUS", -0.03)), 5, 0.02, False),)
    assert window.projection.editor is None or not window.projection.editor.isVisible()

    # Opened again, the editor shows the projection in force; OK replaces it (one step).
    editor = open_editor(window, qtbot)
    assert editor.years_spin.value() == 5
    assert editor.rate_item("CHN").text() == "8"
    assert editor.default_spin.value() == pytest.approx(2.0)
    editor.years_spin.setValue(10)
    editor.rate_item("RUS").setText("")  # back to the default rate
    accept(editor)
    assert document.scenario.edits == (Growth((("CHN", 0.08),), 10, 0.02, False),)
    assert document.undo_stack.count() == steps + 2

    document.undo_stack.undo()
    assert document.scenario.edits[0].years == 5  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert document.scenario.edits == ()


def test_rates_per_vector_and_a_wrong_rate_is_refused_in_words(
    window: MainWindow, qtbot: Any
) -> None:
    editor = open_editor(window, qtbot)
    editor.mode_combo.setCurrentIndex(1)
    editor.rate_item("EU27").setText("abc")
    assert "not a rate" in editor.problem_label.text()
    assert editor.rate_item("EU27").text() == ""
    editor.rate_item("EU27").setText("5 %")
    assert editor.problem_label.text() == ""
    editor.filter_edit.setText("EU-27")
    hidden = [editor.table.isRowHidden(r) for r in range(editor.table.rowCount())]
    assert hidden.count(False) == 1
    accept(editor)
    assert window.document.scenario.edits == (Growth((("EU27", 0.05),), 5, 0.0, True),)


def test_the_history_chart_continues_with_the_projection_and_the_ghost(
    window: MainWindow, qtbot: Any
) -> None:
    document = window.document
    year = document.scenario.year
    window.table.select_code("CHN")
    window.share_editor.spin.setValue(40.0)  # an edit, so the ghost parts from the scenario
    assert isinstance(document.scenario.edits[-1], SetShare)
    project(window, qtbot, 5, {"CHN": "8"}, 2.0)
    window.charts.setCurrentIndex(HISTORY)
    chart = window.charts.history_chart
    assert chart.projection is not None
    x, projected = chart.projection_line.getData()
    assert list(x) == list(range(year, year + 6))
    gx, ghost = chart.ghost_line.getData()
    assert list(gx) == list(x)
    assert not np.allclose(projected, ghost)
    # the axis continues past the data, to the last projected year
    assert chart.years_shown()[-1] == year + 5
    low, high = chart.plot.getPlotItem().getViewBox().viewRange()[0]
    assert low < 2000 < year + 5 < high
    # the scenario point sits at the end of the projection with the index table's value
    assert chart.scenario_point_year() == year + 5
    assert chart.scenario_point_value() == pytest.approx(document.comparison.scenario["hhi"])
    assert projected[-1] == pytest.approx(document.comparison.scenario["hhi"])
    assert "projected" in chart.caption.text()

    # another index: the lines follow
    chart.index_combo.setCurrentIndex(chart.index_combo.findData("vector_balance"))
    _, balance = chart.projection_line.getData()
    assert balance[-1] == pytest.approx(document.comparison.scenario["vector_balance"])

    # undo the projection: the chart goes back to the data alone
    document.undo_stack.undo()
    assert chart.projection is None
    gone, _ = chart.projection_line.getData()
    assert gone is None or len(gone) == 0
    assert chart.scenario_point_year() == year


def test_each_year_is_inspectable_by_hover_and_click(window: MainWindow, qtbot: Any) -> None:
    year = window.document.scenario.year
    project(window, qtbot, 3, {"CHN": "10"}, 0.0)
    window.charts.setCurrentIndex(HISTORY)
    chart = window.charts.history_chart
    qtbot.waitExposed(chart.plot)
    projection = chart.projection
    assert projection is not None
    hhi = projection.scenario["hhi"][-1]
    assert f"{hhi:.4f}" in chart.hover_text(year + 3)
    assert str(year + 3) in chart.hover_text(year + 3)

    chart.plot.scene().sigMouseMoved.emit(chart.scene_pos_of(year + 1))  # the mouse rests
    assert str(year + 1) in chart.hovered_text()
    assert f"{projection.scenario['hhi'][1]:.4f}" in chart.hovered_text()

    target = chart.scene_pos_of(year + 2)
    assert chart.year_at(target) == year + 2
    where: QPoint = chart.plot.mapFromScene(target)
    qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(chart.year_details.isVisible)
    text = chart.year_details.label.text()
    assert f"{year + 2}, projected" in text
    assert "Baseline grown" in text
    assert "Theil index" in text
    assert f"{projection.values_in(year + 2)[0]['hhi']:.4f}" in text
    chart.year_details.close()
    # a year of data shows the data
    assert "the data" in chart.year_text(2010)


def test_the_projection_is_saved_in_the_scenario_file_and_reopened(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project(window, qtbot, 7, {"EU27": "5", "USA": "8"}, 2.0, vectors=True)
    growth = window.document.scenario.edits[-1]
    path = tmp_path / "projection.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: path)
    window.save_as_action.trigger()
    assert path.is_file()
    window.reset_action.trigger()
    assert window.document.scenario.edits == ()
    window.document.undo_stack.setClean()

    assert window.files.open_file(path)
    assert window.document.scenario.edits == (growth,)
    window.charts.setCurrentIndex(HISTORY)
    chart = window.charts.history_chart
    assert chart.projection is not None
    assert chart.years_shown()[-1] == window.document.scenario.year + 7
    # and the editor opens on it, by vector
    editor = open_editor(window, qtbot)
    assert editor.mode_combo.currentIndex() == 1
    assert editor.rate_item("USA").text() == "8"
    editor.reject()


def test_change_in_the_scenario_panel_and_remove_in_the_editor(
    window: MainWindow, qtbot: Any
) -> None:
    project(window, qtbot, 4, {}, 3.0)
    window.scenario_panel.change_requested.emit(1)  # "Change..." on the projection
    editor = window.projection.editor
    assert editor is not None
    assert editor.years_spin.value() == 4
    assert editor.remove_button.isVisible()
    editor.remove_button.click()
    assert window.document.scenario.edits == ()
