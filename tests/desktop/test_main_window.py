"""The workbench through the real window: gestures in, document and widgets out."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop import viewmodels as vm
from desktop.commands import AppendEdits
from desktop.main_window import MainWindow
from desktop.widgets import partner_model as pm
from desktop.widgets.chart_panel import CONTRIBUTIONS, HISTORY, SHARES, VECTORS
from models.scenario import SetShare


def share_of(window: MainWindow, code: str) -> float:
    document = window.document
    return float(document.outcome.shares[document.baseline.index_of(code)])


def drag(window: MainWindow, code: str, percents: list[float]) -> None:
    """Press the share slider for ``code``, move it through ``percents``, release."""
    window.table.select_code(code)
    slider = window.share_editor.slider
    assert window.share_editor.code == code
    slider.setSliderDown(True)  # emits sliderPressed, as a mouse press does
    for percent in percents:
        slider.setValue(round(percent * 100))
    slider.setSliderDown(False)


def test_opens_on_default_reporter_latest_year_exports(window: MainWindow, catalog: Any) -> None:
    scenario = window.document.scenario
    assert scenario.reporter == catalog.default_reporter == "KAZ"
    assert scenario.year == catalog.default_year("KAZ")
    assert scenario.flow == "exports"
    assert window.table.model.rowCount() == len(window.document.baseline.codes) >= 200
    assert window.baseline_bar.year_combo.currentData() == scenario.year
    assert window.baseline_bar.flow_combo.currentData() == "exports"
    assert "Bureau of National Statistics" in window.source_label.text()
    assert "caveat" in window.source_label.text()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("Untitled scenario")
    # the largest partner comes first and is selected for the share editor
    first = window.table.model.index(0, pm.NAME)
    assert window.table.current_code() == first.data(pm.CODE_ROLE)


def test_slider_drag_updates_everything_and_is_one_undo_step(window: MainWindow) -> None:
    document = window.document
    baseline_shares = document.outcome.shares.copy()
    hhi_before = window.index_panel.texts("hhi")[1]
    window.charts.setCurrentIndex(SHARES)
    _, scen_widths_before = window.charts.shares_chart.bar_widths()
    drag(window, "CHN", [20.0, 24.0, 28.0, 35.0])
    assert share_of(window, "CHN") == pytest.approx(0.35)
    assert document.scenario.edits == (SetShare("CHN", 0.35, "proportional", None),)
    assert document.undo_stack.count() == 1
    # index panel: same number as the model, and not the old one
    hhi_now = window.index_panel.texts("hhi")
    assert hhi_now[1] == vm.format_value("hhi", document.comparison.scenario["hhi"])
    assert hhi_now[1] != hhi_before
    assert hhi_now[2].startswith("+")
    assert "points" in window.index_panel.hhi_label.text()
    # shares chart: China's scenario bar is drawn at 35 %
    labels = window.charts.shares_chart.labels
    _, scen_widths = window.charts.shares_chart.bar_widths()
    assert scen_widths[labels.index("China")] == pytest.approx(35.0)
    assert not np.array_equal(scen_widths, scen_widths_before)
    # table row for China shows the new share
    row = window.table.model.row_of("CHN")
    assert window.table.model.index(row, pm.SCEN_SHARE).data() == "35.00 %"
    assert window.isWindowModified()
    # undo restores the exact baseline
    window.undo_action.trigger()
    assert np.array_equal(document.outcome.shares, baseline_shares)
    assert document.undo_stack.isClean()
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert share_of(window, "CHN") == pytest.approx(0.35)


def test_other_charts_follow_when_shown(window: MainWindow) -> None:
    window.charts.setCurrentIndex(SHARES)
    drag(window, "RUS", [20.0])
    comparison = window.document.comparison
    window.charts.setCurrentIndex(CONTRIBUTIONS)
    chart = window.charts.contributions_chart
    widths = chart.bar_widths()
    assert chart.labels[0] == "Russian Federation"
    assert widths.sum() == pytest.approx(comparison.change["hhi"] * 10_000)
    window.charts.setCurrentIndex(VECTORS)
    labels = window.charts.vectors_chart.labels
    base, scen = window.charts.vectors_chart.bar_widths()
    i = labels.index("Russia & EAEU")
    assert scen[i] > base[i]
    assert scen.sum() == pytest.approx(100.0)
    # the overlapping memberships under the vectors, as the comparison has them
    table = window.charts.membership_table
    assert table is not None
    assert not table.isHidden()
    rows = comparison.memberships
    assert [r.short_name for r in rows] == ["EAEU", "EU-27", "OTS", "CIS", "SCO"]
    eaeu = rows[0]
    assert eaeu.scenario > eaeu.baseline  # Russia up to 20 %
    assert table.texts("EAEU")[:2] == (vm.format_share(eaeu.baseline),
                                       vm.format_share(eaeu.scenario))
    assert table.item(0, 0).toolTip() == "Eurasian Economic Union (EAEU)"
    drag(window, "RUS", [25.0])  # the visible chart follows the drag, memberships included
    now = window.document.comparison.memberships[0]
    assert table.texts("EAEU")[1] == vm.format_share(now.scenario)
    window.baseline_bar.level_combo.setCurrentIndex(
        window.baseline_bar.level_combo.findData("vectors"))
    window.baseline_bar.level_combo.activated.emit(window.baseline_bar.level_combo.currentIndex())
    assert table.isHidden()  # memberships need partners, not vectors
    window.undo_action.trigger()  # back to partners
    window.undo_action.trigger()  # and to Russia at 20 %
    assert window.document.comparison.scenario == comparison.scenario
    window.charts.setCurrentIndex(HISTORY)
    history = window.charts.history_chart
    assert history.current_key() == "hhi"
    assert history.scenario_point_value() == pytest.approx(comparison.scenario["hhi"])
    x, _y = history.line.getData()
    assert len(x) >= 20  # every data year
    drag(window, "RUS", [30.0])
    now = window.document.comparison.scenario["hhi"]
    assert history.scenario_point_value() == pytest.approx(now)


def test_exact_share_typed_in_spin_box_and_in_table(window: MainWindow, qtbot: Any) -> None:
    window.table.select_code("CHN")
    spin = window.share_editor.spin
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "25.5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert share_of(window, "CHN") == pytest.approx(0.255, abs=1e-12)
    assert window.document.undo_stack.count() == 1
    # the table's delegate path: the model turns the percent into a share request
    model = window.table.model
    index = model.index(model.row_of("ITA"), pm.SCEN_SHARE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    model.setData(index, 12.25, Qt.ItemDataRole.EditRole)
    assert share_of(window, "ITA") == pytest.approx(0.1225, abs=1e-12)
    assert window.document.undo_stack.count() == 2


def test_lock_keeps_share_fixed_through_other_edits(window: MainWindow) -> None:
    model = window.table.model
    index = model.index(model.row_of("RUS"), pm.LOCK)
    russia = share_of(window, "RUS")
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "RUS" in window.document.outcome.locked
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    drag(window, "CHN", [40.0])
    assert share_of(window, "RUS") == pytest.approx(russia, rel=0, abs=1e-15)  # to rounding
    assert share_of(window, "CHN") == pytest.approx(0.40)
    # the locked partner cannot be edited
    window.table.select_code("RUS")
    assert not window.share_editor.slider.isEnabled()
    index = model.index(model.row_of("RUS"), pm.SCEN_SHARE)  # rows re-sorted after the drag
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_rule_from_partner_takes_only_from_that_partner(window: MainWindow) -> None:
    document = window.document
    before = document.outcome.shares.copy()
    window.table.select_code("CHN")
    window.share_editor.set_source("ITA")
    assert window.share_editor.rule() == "from_partner"
    drag(window, "CHN", [30.0])
    after = document.outcome.shares
    moved = np.flatnonzero(~np.isclose(after, before, rtol=0, atol=1e-12))
    assert {document.baseline.codes[i] for i in moved} == {"CHN", "ITA"}
    # the slider's range is what Italy can give
    chn, ita = (document.baseline.index_of(c) for c in ("CHN", "ITA"))
    assert window.share_editor.slider.maximum() == int((after[chn] + after[ita]) * 10_000)


def test_value_change_and_cost_shock_on_selected_partners(window: MainWindow) -> None:
    document = window.document
    view = window.table.view
    window.table.select_code("CHN")
    index = window.table.model.index(window.table.model.row_of("RUS"), pm.NAME)
    view.selectionModel().select(index, view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    assert set(window.table.selected_codes()) == {"CHN", "RUS"}
    assert "China" in window.edit_panel.selection_label.text()
    china_value = document.outcome.values[document.baseline.index_of("CHN")]
    window.edit_panel.value_spin.setValue(-50.0)
    window.edit_panel.value_button.click()
    assert document.outcome.values[document.baseline.index_of("CHN")] == pytest.approx(
        china_value / 2)
    assert len(document.scenario.edits) == 2  # one edit per partner, one undo step
    assert document.undo_stack.count() == 1
    shares = document.outcome.shares.copy()
    window.edit_panel.shock_spin.setValue(30.0)
    assert window.edit_panel.sigma_spin.value() == pytest.approx(4.0)
    assert "Broda" in window.edit_panel.sigma_spin.toolTip()
    window.edit_panel.shock_button.click()
    edit = document.scenario.edits[-1]
    assert dict(edit.shocks) == pytest.approx({"CHN": 0.3, "RUS": 0.3})
    assert share_of(window, "CHN") < shares[document.baseline.index_of("CHN")]
    assert document.undo_stack.count() == 2
    window.reset_action.trigger()
    assert document.scenario.edits == ()
    window.undo_action.trigger()
    assert len(document.scenario.edits) == 3


def test_filter_by_name_and_sort(window: MainWindow, qtbot: Any) -> None:
    table, model = window.table, window.table.model
    names = dict(zip(model.codes, window.document.baseline.names, strict=True))
    qtbot.keyClicks(table.filter_edit, "chi")
    shown = table.visible_codes()
    assert {"CHN", "CHL"} <= set(shown)  # China, Chile
    assert all("chi" in f"{names[c]} {c}".casefold() for c in shown)
    assert len(shown) < 10
    # the filter holds when the rows move: sort by name, then let a share edit re-sort
    table.view.sortByColumn(pm.NAME, Qt.SortOrder.AscendingOrder)
    assert set(table.visible_codes()) == set(shown)
    assert table.visible_codes() == sorted(shown, key=lambda c: names[c].casefold())
    table.view.sortByColumn(pm.SCEN_SHARE, Qt.SortOrder.DescendingOrder)
    drag(window, "CHL", [30.0])
    assert table.visible_codes()[0] == "CHL"
    assert set(table.visible_codes()) == set(shown)
    # select all while filtered: only what is shown is selected for value and shock edits
    table.view.selectAll()
    assert table.selected_codes() == table.visible_codes()
    # a partner outside the filter, selected from elsewhere, clears the filter
    table.select_code("ITA")
    assert table.filter_edit.text() == ""
    assert len(table.visible_codes()) == model.rowCount()
    assert table.current_code() == "ITA"
    table.view.sortByColumn(pm.NAME, Qt.SortOrder.AscendingOrder)
    shown_names = [names[c] for c in table.visible_codes()]
    assert shown_names == sorted(shown_names, key=str.casefold)


def test_baseline_change_keeps_edits_and_says_what_does_not_apply(
    window: MainWindow, dialogs: Any
) -> None:
    document = window.document
    drag(window, "CHN", [30.0])
    window.edit_panel.value_button.click()  # China's value -10 %
    edits = document.scenario.edits
    bar = window.baseline_bar
    bar.year_combo.setCurrentIndex(bar.year_combo.findData(2022))
    bar.year_combo.activated.emit(bar.year_combo.currentIndex())
    assert document.scenario.year == 2022
    assert document.scenario.edits == edits
    bar.level_combo.setCurrentIndex(bar.level_combo.findData("vectors"))
    bar.level_combo.activated.emit(bar.level_combo.currentIndex())
    assert document.scenario.level == "vectors"
    assert document.scenario.edits == edits  # kept
    assert window.table.model.rowCount() == len(document.baseline.codes) < 12
    # China is a vector, so the share edit applies; the value edit names CHN too: both fit
    bar.flow_combo.setCurrentIndex(bar.flow_combo.findData("imports"))
    bar.flow_combo.activated.emit(bar.flow_combo.currentIndex())
    assert document.scenario.flow == "imports"
    # a partner edit at the vectors level applies to the partner, then sums into its vector
    document.undo_stack.push(
        AppendEdits(document, document.scenario, [SetShare("KGZ", 0.1)], "kgz"))
    assert document.skipped == ()
    # the first publication quotes three partners: Kyrgyzstan is not among them
    bar.release_combo.setCurrentIndex(bar.release_combo.findData("first_published"))
    bar.release_combo.activated.emit(bar.release_combo.currentIndex())
    assert document.scenario.release == "first_published"
    assert [s.position for s in document.skipped] == [3]
    assert "Kyrgyz" in dialogs.carry_overs[-1].dropped[0]
    assert window.info_bar.isVisibleTo(window)
    assert "do not apply" in window.info_bar.label.text()
    panel = window.scenario_panel
    assert "Not applied here" in panel.list.item(2).text()
    # undo walks back through the baseline changes
    for _ in range(5):
        window.undo_action.trigger()
    assert document.scenario.level == "partners"
    assert document.scenario.year != 2022
    assert document.scenario.edits == edits


def test_release_switch_picks_a_year_the_release_holds(window: MainWindow) -> None:
    bar = window.baseline_bar
    bar.release_combo.setCurrentIndex(bar.release_combo.findData("first_published"))
    bar.release_combo.activated.emit(bar.release_combo.currentIndex())
    scenario = window.document.scenario
    assert scenario.release == "first_published"
    assert scenario.year == 2022
    assert "2022" in window.statusBar().currentMessage()
    assert [bar.year_combo.itemData(i) for i in range(bar.year_combo.count())] == [2022]


@pytest.mark.parametrize("flow", ["exports", "imports"])
def test_index_panel_matches_command_line(make_window: Any, capsys: Any, flow: str) -> None:
    import json

    from models import cli
    from models.scenario import Scenario

    assert cli.main(["indices", "--year", "2022", "--flow", flow, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    window = make_window(Scenario("KAZ", 2022, flow))
    panel = window.index_panel
    for key, value in printed["indices"].items():
        if key == "similarity":
            continue
        shown = panel.texts(key)
        assert shown[0] == vm.format_value(key, value), key
        assert shown[1] == vm.format_value(key, value), key
        assert panel.values(key)[0] == pytest.approx(value, rel=1e-12)
        assert panel.values(key)[2] == 0.0
    assert f"{printed['hhi_points']:,.0f}" in panel.hhi_label.text()
    assert printed["hhi_reading"] in panel.hhi_label.text()
    assert f"N = {printed['n_used']}" in panel.n_label.text()


def test_sources_dialog_shows_provenance_and_missing_data(window: MainWindow) -> None:
    window.sources_action.trigger()
    dialog = window._sources_dialog
    assert dialog is not None
    assert dialog.isVisible()
    text = dialog.text()
    table = window.document.baseline.table
    assert table.provenance.source[:40] in text
    assert "Official total" in text
    assert "Unallocated" in text
    assert table.provenance.caveats[0][:40] in text
    dialog.close()
    window.baseline_bar.year_combo.setCurrentIndex(window.baseline_bar.year_combo.findData(2010))
    window.baseline_bar.year_combo.activated.emit(window.baseline_bar.year_combo.currentIndex())
    window.sources_action.trigger()
    assert "unknown: the data hold no official total" in dialog.text()
    assert "no official total" in window.source_label.text()
    dialog.close()


def test_every_focusable_control_has_a_name_or_label(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

    buddies = {id(label.buddy()) for label in window.findChildren(QLabel) if label.buddy()}
    unnamed = []
    for widget in window.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        if type(widget).__name__ in {"QScrollBar", "QTabBar", "QSplitterHandle",
                                     "QToolBarExtension"}:
            continue
        parent = widget.parent()
        if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
            continue  # a view's viewport: the view carries the name
        if isinstance(widget.parent(), QWidget) and type(widget.parent()).__name__ in {
                "QAbstractSpinBox", "QDoubleSpinBox", "QComboBox", "QSpinBox"}:
            continue  # the line edit inside a spin box or combo box
        if widget.accessibleName() or id(widget) in buddies:
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            continue
        unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert not unnamed


def test_fits_1280_by_720(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280
    assert hint.height() <= 720
    window.resize(1280, 720)
    QApplication.processEvents()
    assert window.width() <= 1280
    assert window.height() <= 720
    for widget in (window.table, window.share_editor, window.edit_panel, window.charts,
                   window.index_panel):
        assert widget.width() >= widget.minimumSizeHint().width() - 1, type(widget).__name__
        assert widget.height() >= widget.minimumSizeHint().height() - 1, type(widget).__name__


def test_keyboard_slider_steps_and_space_toggles_a_lock(window: MainWindow, qtbot: Any) -> None:
    document = window.document
    window.table.select_code("CHN")
    china = share_of(window, "CHN")
    slider = window.share_editor.slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert share_of(window, "CHN") == pytest.approx(round(china * 10_000 + 10) / 10_000)
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert document.undo_stack.count() == 2  # each key press is its own step
    view = window.table.view
    model = window.table.model
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of("ITA"), pm.LOCK))
    qtbot.keyClick(view.viewport(), Qt.Key.Key_Space)
    assert "ITA" in document.outcome.locked
    assert window.document.undo_stack.count() == 3


def test_tab_reaches_the_main_controls(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    window.table.filter_edit.setFocus()
    seen = set()
    for _ in range(60):
        widget = QApplication.focusWidget()
        if widget is not None:
            seen.add(widget)
        qtbot.keyClick(widget or window, Qt.Key.Key_Tab)
    for control in (window.table.view, window.share_editor.slider, window.share_editor.spin,
                    window.share_editor.rule_combo, window.edit_panel.value_spin,
                    window.edit_panel.shock_button, window.index_panel.table,
                    window.charts.tabBar(), window.sources_button):
        assert control in seen or any(control.isAncestorOf(w) for w in seen), control


def test_product_groups_dimension(window: MainWindow) -> None:
    bar = window.baseline_bar
    bar.dimension_combo.setCurrentIndex(bar.dimension_combo.findData("hs_sections"))
    bar.dimension_combo.activated.emit(bar.dimension_combo.currentIndex())
    scenario = window.document.scenario
    assert scenario.dimension == "hs_sections"
    assert scenario.year == 2022  # the only year with product groups
    assert not bar.level_combo.isEnabled()
    assert 10 < window.table.model.rowCount() < 40
    window.charts.setCurrentIndex(HISTORY)
    window.charts.setCurrentIndex(VECTORS)  # falls back to the categories themselves
    assert len(window.charts.vectors_chart.labels) == window.table.model.rowCount()
    window.undo_action.trigger()
    assert window.document.scenario.dimension == "partners"
    assert bar.level_combo.isEnabled()


def _pick(combo: Any, index: int) -> None:
    """Choose item ``index`` of a selector as a user does (the activated signal)."""
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_every_selector_value_gives_a_working_workbench(window: MainWindow) -> None:
    """Walk each selector through all its values; on each baseline drag the first partner,
    look at every chart and check the index panel, then undo back to the opening state."""
    bar = window.baseline_bar
    document = window.document
    start = document.scenario
    visited = 0
    for name in ("year_combo", "flow_combo", "dimension_combo", "level_combo",
                 "release_combo", "n_combo"):
        combo = getattr(bar, name)
        for i in range(combo.count()):
            if not combo.isEnabled():
                break
            _pick(combo, i)
            visited += 1
            baseline = document.baseline
            rows = window.table.model.rowCount()
            assert rows == len(baseline.codes) > 0, (name, i)
            assert str(document.scenario.year) in window.source_label.text()
            code = window.table.model.code(0)
            window.table.select_code(code)
            assert document.editing.current == code
            low, high = document.state.share_range
            if high > low:  # a category whose share can move at all
                target = low + 0.5 * (high - low)
                drag(window, code, [100.0 * target])
                assert share_of(window, code) == pytest.approx(target, abs=1e-4)
                assert float(document.outcome.shares.sum()) == pytest.approx(1.0, abs=1e-12)
            for tab in (SHARES, CONTRIBUTIONS, VECTORS, HISTORY):
                window.charts.setCurrentIndex(tab)
            for key in vm.index_keys():
                texts = window.index_panel.texts(key)
                assert all(texts), (name, i, key)  # a number or "n/a", never blank
            hhi = window.index_panel.values("hhi")[1]
            assert hhi == pytest.approx(float(np.sum(document.outcome.shares ** 2)), rel=1e-9)
    assert visited >= 30
    while window.undo_action.isEnabled():
        window.undo_action.trigger()
    assert document.scenario == start


def test_history_range_only_grows_while_dragging(window: MainWindow) -> None:
    window.charts.setCurrentIndex(HISTORY)
    chart = window.charts.history_chart
    fitted = chart.y_range()
    assert fitted is not None
    window.table.select_code("CHN")
    slider = window.share_editor.slider
    slider.setSliderDown(True)
    previous = fitted
    for percent in (30.0, 45.0, 60.0, 25.0, 19.0):
        slider.setValue(round(percent * 100))
        low, high = chart.y_range() or (np.nan, np.nan)
        assert low <= chart.scenario_point_value() <= high  # the point is always in view
        assert low <= previous[0]  # never shrinks mid-drag
        assert high >= previous[1]
        previous = (low, high)
    slider.setSliderDown(False)
    assert previous[1] > fitted[1]
    window.undo_action.trigger()  # not a drag: the range fits the data again
    assert chart.y_range() == fitted
