"""Several scenarios open at once: tabs, their own undo, the compare view, comparison files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from desktop.commands import AppendEdits
from desktop.main_window import MainWindow
from models import comparison_files, scenario_files
from models.scenario import CostShock, SetShare

from .test_main_window import drag, share_of

PRESETS = Path(__file__).parents[2] / "assets" / "presets"


def two_scenarios(window: MainWindow) -> tuple[Any, Any]:
    """A: China takes the slack (preset); B: a new scenario with Russia dearer."""
    assert window.files.open_preset(PRESETS / "china_takes_the_slack.json")
    a = window.document
    window.new_action.trigger()
    b = window.document
    b.undo_stack.push(AppendEdits(b, b.scenario, [CostShock((("RUS", 0.3),), 4.0)], "shock"))
    window.editing.set_texts(title="Middle Corridor", description="", notes="")
    return a, b


def test_each_scenario_keeps_its_own_undo(window: MainWindow) -> None:
    a, b = two_scenarios(window)
    assert window.workspace.documents == (a, b)
    assert [window.tabs.tabText(i) for i in range(3)] == [
        "A: China takes up the slack (Belt and Road pivot, exports) *",
        "B: Middle Corridor *",
        "Compare all",
    ]
    drag(window, "CHN", [40.0])
    assert share_of(window, "CHN") == pytest.approx(0.40)
    b_steps = b.undo_stack.count()
    # switch to A with one click: its own state and undo
    window.tabs.setCurrentIndex(0)
    assert window.document is a
    assert window.table.model.row_of("CHN") >= 0
    a_steps = a.undo_stack.count()
    window.undo_action.trigger()  # undoes A's preset, not B's drag
    assert a.undo_stack.count() == a_steps
    assert a.undo_stack.index() == a_steps - 1
    assert b.undo_stack.count() == b_steps
    assert b.undo_stack.index() == b_steps
    assert a.scenario.edits == ()
    assert b.scenario.edits[-1] == SetShare("CHN", 0.40, "proportional", None)
    window.redo_action.trigger()
    assert a.scenario.title


def test_ctrl_tab_goes_round_the_scenarios_and_the_compare_view(window: MainWindow) -> None:
    a, b = two_scenarios(window)
    window.tabs.setCurrentIndex(0)
    window.activateWindow()
    QTest.keySequence(window, QKeySequence("Ctrl+Tab"))
    assert window.document is b
    QTest.keySequence(window, QKeySequence("Ctrl+Tab"))
    assert window.pages.currentWidget() is window.compare_view
    QTest.keySequence(window, QKeySequence("Ctrl+Tab"))
    assert window.document is a
    assert window.pages.currentIndex() == 0
    QTest.keySequence(window, QKeySequence("Ctrl+Shift+Tab"))
    assert window.pages.currentWidget() is window.compare_view


def test_the_compare_view_sets_every_scenario_beside_the_baseline(window: MainWindow) -> None:
    a, b = two_scenarios(window)
    window.compare_action.trigger()
    view = window.compare_view
    assert window.pages.currentWidget() is view
    table = view.table
    assert table.columnCount() == 3
    headers = [table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers[0] == "Baseline"
    hhi_a, hhi_b = a.comparison.scenario["hhi"], b.comparison.scenario["hhi"]
    most, least = (1, 2) if hhi_a > hhi_b else (2, 1)
    assert "most concentrated" in headers[most]
    assert "least concentrated" in headers[least]
    row = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())].index("HHI")
    assert view.texts(row, 1).startswith(f"{hhi_a:.4f}")
    change = a.comparison.scenario["hhi"] - a.comparison.baseline["hhi"]
    assert f"({change:+.4f})" in view.texts(row, 1)
    names = [window.workspace.name_of(d) for d in (a, b)]
    assert view.summary_label.text() == (
        f"Most concentrated: {names[most - 1]}. Least concentrated: {names[least - 1]}.")
    # the chart has the baseline and both scenarios, with China among the categories
    assert len(view._bars) == 3
    # ranked by another index
    view.ranking_combo.setCurrentIndex(view.ranking_combo.findData("cr1"))
    cr1 = [a.comparison.scenario["cr1"], b.comparison.scenario["cr1"]]
    top = 1 + max(range(2), key=lambda i: cr1[i])
    assert "most concentrated" in table.horizontalHeaderItem(top).text()
    cr1_row = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())].index(
        "CR1 (largest)")
    assert table.item(cr1_row, top).font().bold()
    # an edit in B shows in the compare view when it is shown again
    window.tabs.setCurrentIndex(1)
    drag(window, "ITA", [5.0])
    window.compare_action.trigger()
    assert view.texts(row, 2).startswith(f"{b.comparison.scenario['hhi']:.4f}")


def test_comparison_files_save_each_scenario_and_reopen_the_set(
    window: MainWindow, make_window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = two_scenarios(window)
    names = iter([tmp_path / "a.json", tmp_path / "b.json"])
    monkeypatch.setattr(window.files, "ask_save_path", lambda: next(names))
    monkeypatch.setattr(window.scenarios, "ask_comparison_path",
                        lambda *, save: tmp_path / "set.mvcompare.json")
    assert window.scenarios.save_comparison()
    assert a.file == tmp_path / "a.json"
    assert b.file == tmp_path / "b.json"
    assert a.undo_stack.isClean()
    assert b.undo_stack.isClean()
    _title, paths = comparison_files.load(tmp_path / "set.mvcompare.json")
    assert paths == [tmp_path / "a.json", tmp_path / "b.json"]
    other = make_window()
    assert other.scenarios.open_comparison(tmp_path / "set.mvcompare.json")
    opened = other.workspace.documents
    assert [d.file for d in opened] == paths
    assert [d.scenario for d in opened] == [scenario_files.load(p) for p in paths]
    assert other.pages.currentWidget() is other.compare_view
    for i, document in enumerate((a, b)):
        assert opened[i].comparison.scenario["hhi"] == pytest.approx(
            document.comparison.scenario["hhi"])


def test_a_comparison_naming_a_missing_file_says_so(
    window: MainWindow, tmp_path: Path, dialogs: Any
) -> None:
    scenario_files.save(window.document.scenario.with_edit(SetShare("CHN", 0.3)),
                        tmp_path / "a.json")
    comparison_files.save([tmp_path / "a.json", tmp_path / "gone.json"],
                          tmp_path / "set.mvcompare.json")
    assert not window.scenarios.open_comparison(tmp_path / "set.mvcompare.json")
    assert any("gone.json" in text for _title, text in dialogs.warnings)
    assert window.document.file == tmp_path / "a.json"  # what could be opened is open


def test_closing_a_tab_with_changes_asks(window: MainWindow, dialogs: Any) -> None:
    from PySide6.QtWidgets import QMessageBox

    a, b = two_scenarios(window)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.tabs.tabCloseRequested.emit(1)
    assert b in window.workspace.documents
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.tabs.tabCloseRequested.emit(1)
    assert window.workspace.documents == (a,)
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Compare all"
    assert window.tabs.tabButton(1, window.tabs.ButtonPosition.RightSide) is None
    window.close_action.trigger()  # the last one is emptied, not closed
    assert window.workspace.documents == (a,)
    assert a.scenario.edits == ()


def test_still_fits_1280_by_720_with_a_long_description_and_tabs(window: MainWindow) -> None:
    two_scenarios(window)
    window.tabs.setCurrentIndex(0)  # the preset, with its long description in the info bar
    assert window.info_bar.isVisibleTo(window)
    assert window.minimumSizeHint().height() <= 720
    window.compare_action.trigger()
    assert window.minimumSizeHint().height() <= 720


def test_a_slider_step_leaves_the_tabs_alone_and_undo_updates_the_compare_view(
    qtbot: Any, window: MainWindow
) -> None:
    _a, b = two_scenarios(window)
    drag(window, "CHN", [35.0])  # B now has unsaved changes and a mark in its tab
    with qtbot.assertNotEmitted(window.workspace.documents_changed):
        drag(window, "CHN", [36.0, 37.0])  # same title, still modified: no tab to redo
    with qtbot.waitSignal(window.workspace.documents_changed):
        window.editing.set_texts(title="B: renamed", description="", notes="")
    assert window.tabs.tabText(1).startswith("B: renamed")  # the tab follows the title
    window.compare_action.trigger()
    view = window.compare_view
    row = [view.table.verticalHeaderItem(r).text()
           for r in range(view.table.rowCount())].index("HHI")
    before = view.texts(row, 2)
    window.undo_action.trigger()  # undoes B's title on the compare page
    window.undo_action.trigger()  # and B's last drag
    assert view.texts(row, 2) != before
    assert view.texts(row, 2).startswith(f"{b.comparison.scenario['hhi']:.4f}")


def test_a_title_with_its_own_letter_is_not_lettered_twice(window: MainWindow) -> None:
    window.editing.set_texts(title="A: China takes the slack", description="", notes="")
    assert window.workspace.name_of(window.document) == "A: China takes the slack"
    assert window.tabs.tabText(0).startswith("A: China takes the slack")
    window.editing.set_texts(title="China takes the slack", description="", notes="")
    assert window.workspace.name_of(window.document) == "A: China takes the slack"
