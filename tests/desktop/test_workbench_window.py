"""Issue 8 through the real window: one workbench state, every edit visible, none half-applied."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt

from desktop.commands import AppendEdits
from desktop.main_window import MainWindow
from models import scenario_files
from models.scenario import CostShock, ScaleValue, Scenario, SetLock, SetShare

from .test_main_window import drag, share_of


def open_file(window: MainWindow, scenario: Scenario, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    scenario_files.save(scenario, path)
    assert window.files.open_file(path)


def no_trade(window: MainWindow) -> Scenario:
    scenario = replace(window.document.scenario, title="Nothing left")
    for code in window.document.baseline.codes:
        scenario = scenario.with_edit(ScaleValue(code, -100.0))
    return scenario


def test_a_scenario_with_no_trade_left_opens_and_says_why(
    window: MainWindow, tmp_path: Path, dialogs: Any
) -> None:
    scenario = no_trade(window)
    open_file(window, scenario, tmp_path, "nothing.json")
    document = window.document
    assert document.scenario == scenario
    assert dialogs.warnings == []
    # every index reads n/a, the baseline still has its numbers, and the window says why
    base, scen, change = window.index_panel.texts("hhi")
    assert (scen, change) == ("n/a", "n/a")
    assert base != "n/a"
    assert "No trade is left" in window.info_bar.label.text()
    # an edit on no trade is refused with its reason; nothing is pushed, the state stays
    count = document.undo_stack.count()
    window.table.select_code("CHN")
    window.share_editor.spin.setValue(30.0)
    window.share_editor.spin.editingFinished.emit()
    assert document.undo_stack.count() == count
    assert document.scenario == scenario
    # switching one edit off brings trade back: one undoable step
    china = document.baseline.codes.index("CHN") + 1  # its edit's position
    window.scenario_panel.list.item(china - 1).setCheckState(Qt.CheckState.Unchecked)
    assert document.scenario.switched_off == {china}
    assert share_of(window, "CHN") == pytest.approx(1.0)
    assert np.isfinite(document.comparison.scenario["hhi"])
    assert window.index_panel.texts("hhi")[1] != "n/a"
    window.undo_action.trigger()
    assert document.scenario == scenario


def test_an_overflowing_scenario_opens_with_the_edit_that_overflows_refused(
    window: MainWindow, tmp_path: Path
) -> None:
    scenario = window.document.scenario
    for _ in range(77):
        scenario = scenario.with_edit(ScaleValue("CHN", 1e6))
    open_file(window, scenario, tmp_path, "huge.json")
    document = window.document
    assert [e.position for e in document.skipped] == [77]
    panel = window.scenario_panel
    assert panel.list.count() == 77
    assert "too large to represent" in panel.list.item(76).text()
    assert "1 not applicable here" in panel.summary_label.text()
    assert window.index_panel.texts("cr1")[1] == "100.00 %"
    # later edits still work
    window.table.select_code("ITA")
    assert window.table.selected_codes() == ["ITA"]
    window.edit_panel.value_spin.setValue(-50.0)
    window.edit_panel.value_button.click()
    assert len(document.scenario.edits) == 78


def test_three_thousand_edits_open_each_applied_once(window: MainWindow, tmp_path: Path) -> None:
    scenario = window.document.scenario.with_edit(SetShare("XXX", 0.1))
    for i in range(2999):
        scenario = scenario.with_edit(SetShare("CHN", 0.1 + i * 1e-4))
    open_file(window, scenario, tmp_path, "long.json")
    assert [e.position for e in window.document.skipped] == [1]
    assert share_of(window, "CHN") == pytest.approx(0.1 + 2998 * 1e-4)
    assert window.scenario_panel.list.count() == 3000


def test_both_bloc_views_give_the_same_numbers(window: MainWindow) -> None:
    document = window.document
    document.undo_stack.push(AppendEdits(
        document, document.scenario, [CostShock((("RUS", 0.3),), 4.0)], "shock"))
    partner_level = document.comparison
    assert partner_level.vector_scenario is not None
    balance = window.index_panel.texts("vector_balance")
    bar = window.baseline_bar
    bar.level_combo.setCurrentIndex(bar.level_combo.findData("vectors"))
    bar.level_combo.activated.emit(bar.level_combo.currentIndex())
    assert document.scenario.level == "vectors"
    assert document.skipped == ()
    vectors = document.comparison
    np.testing.assert_allclose(vectors.scenario_shares, partner_level.vector_scenario, atol=1e-12)
    assert window.index_panel.texts("vector_balance") == balance
    eaeu = window.table.model.row_of("EAEU")
    assert vectors.scenario_shares[document.baseline.index_of("EAEU")] < (
        vectors.baseline_shares[document.baseline.index_of("EAEU")])
    assert eaeu >= 0


def test_a_flow_switch_with_edits_asks_and_can_start_clean(
    window: MainWindow, dialogs: Any
) -> None:
    document = window.document
    document.undo_stack.push(AppendEdits(
        document, document.scenario, [CostShock((("RUS", 0.3),), 4.0)], "shock"))
    bar = window.baseline_bar

    def switch(flow: str) -> None:
        bar.flow_combo.setCurrentIndex(bar.flow_combo.findData(flow))
        bar.flow_combo.activated.emit(bar.flow_combo.currentIndex())

    dialogs.carry_answer = "cancel"
    switch("imports")
    assert document.scenario.flow == "exports"
    assert bar.flow_combo.currentData() == "exports"  # the selector shows what is in force
    carry = dialogs.carry_overs[-1]
    assert "exports" in carry.before
    assert "imports" in carry.after
    assert carry.carried == ("Russian Federation 30 % dearer (sigma 4)",)
    dialogs.carry_answer = "clean"
    switch("imports")
    assert document.scenario.flow == "imports"
    assert document.scenario.edits == ()
    window.undo_action.trigger()
    assert document.scenario.flow == "exports"
    assert len(document.scenario.edits) == 1
    dialogs.carry_answer = "keep"
    switch("imports")
    assert len(document.scenario.edits) == 1
    assert len(dialogs.carry_overs) == 3


def test_undo_names_where_the_drag_ended(window: MainWindow) -> None:
    drag(window, "CHN", [20.0, 32.54, 52.37])
    text = window.document.undo_stack.undoText()
    assert "52.37 %" in text
    assert "32.54" not in text


def test_reset_and_new_clear_a_presets_title(window: MainWindow, tmp_path: Path) -> None:
    document = window.document
    preset = Path(__file__).parents[2] / "assets" / "presets" / "china_takes_the_slack.json"
    assert window.files.open_preset(preset)
    assert document.scenario.title
    assert window.scenario_panel.title_edit.text() == document.scenario.title
    window.reset_action.trigger()
    assert (document.scenario.title, document.scenario.description) == ("", "")
    assert window.scenario_panel.title_edit.text() == ""
    window.undo_action.trigger()
    assert document.scenario.title
    window.new_action.trigger()  # a new, untitled scenario beside the preset
    new = window.document
    assert new is not document
    assert (new.scenario.title, new.scenario.edits, new.file) == ("", (), None)
    assert document.scenario.title  # the preset is still open


def test_the_scenario_panel_edits_title_removes_and_changes_edits(
    window: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = window.document
    drag(window, "CHN", [30.0])
    document.undo_stack.push(AppendEdits(
        document, document.scenario, [CostShock((("RUS", 0.3),), 4.0)], "shock"))
    panel = window.scenario_panel
    assert [panel.list.item(i).text() for i in range(2)] == [
        "1. China's share set to 30.00 %, the others in proportion",
        "2. Russian Federation 30 % dearer (sigma 4)",
    ]
    panel.title_edit.setText("A: China takes the slack")
    panel.title_edit.editingFinished.emit()
    assert document.scenario.title == "A: China takes the slack"
    panel.notes_edit.setPlainText("Compare with 2019.")
    panel.notes_edit.editing_finished.emit()
    assert document.scenario.notes == "Compare with 2019."
    # change the shock to 50 % through the (replaced) prompt
    dialogs.change_edit = lambda edit: replace(edit, shocks=(("RUS", 0.5),))
    panel.list.setCurrentRow(1)
    panel.change_button.click()
    assert document.scenario.edits[1] == CostShock((("RUS", 0.5),), 4.0)
    assert "50 % dearer" in panel.list.item(1).text()
    # remove the share edit with Delete
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    panel.remove_button.click()
    assert document.scenario.edits == (CostShock((("RUS", 0.5),), 4.0),)
    window.undo_action.trigger()
    assert len(document.scenario.edits) == 2
    # saved and reopened: title, notes and edits come back
    target = tmp_path / "a.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    assert window.files.save_as()
    again = scenario_files.load(target)
    assert again == document.scenario


def test_an_edit_that_cannot_apply_is_refused_not_pushed(window: MainWindow) -> None:
    document = window.document
    before = document.scenario
    count = document.undo_stack.count()
    window.editing.scale_values(["CHN"], 1e308)  # would overflow
    assert document.scenario == before
    assert document.undo_stack.count() == count
    assert "too large" in window.statusBar().currentMessage()


def test_the_filter_never_leaves_a_hidden_partner_in_the_share_editor(window: MainWindow) -> None:
    document = window.document
    window.table.select_code("ITA")
    assert window.share_editor.code == "ITA"
    window.table.filter_edit.setText("china")
    assert window.table.current_code() == "CHN"
    assert document.editing.current == "CHN"
    assert window.share_editor.code == "CHN"
    window.share_editor.spin.setValue(30.0)
    window.share_editor.spin.editingFinished.emit()
    assert share_of(window, "CHN") == pytest.approx(0.30)
    assert document.scenario.edits[-1].partner == "CHN"  # type: ignore[union-attr]
    window.table.filter_edit.setText("no such partner")
    assert window.table.current_code() == ""
    assert window.share_editor.code == ""
    assert not window.share_editor.spin.isEnabled()


def test_a_file_of_many_one_letter_references_opens_described_briefly(
    window: MainWindow, tmp_path: Path
) -> None:
    lock = SetLock(("A",) * 150_000)
    path = tmp_path / "refs.json"
    document = scenario_files.scenario_to_dict(window.document.scenario.with_edit(lock))
    path.write_text(json.dumps(document), encoding="utf-8")  # compact: 750 KB
    assert path.stat().st_size > 700_000
    assert window.files.open_file(path)
    assert [e.position for e in window.document.skipped] == [1]
    text = window.scenario_panel.list.item(0).text()
    assert text.startswith("1. A, A, A, A, A, A and 149,994 more locked")
    assert len(text) < 300
