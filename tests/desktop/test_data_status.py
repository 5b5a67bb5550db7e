"""Data status in view: badges, the Unallocated line, first-published figures, the nouns."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.main_window import MainWindow
from desktop.widgets import partner_model as pm
from models import indices


def pick(window: MainWindow, field: str, value: object) -> None:
    """Choose ``value`` in the baseline bar's ``field`` selector, as a user does."""
    combo = getattr(window.baseline_bar, f"{field}_combo")
    index = combo.findData(value)
    assert index >= 0, (field, value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert getattr(window.document.scenario, field) == value


def header(window: MainWindow, column: int) -> str:
    return str(window.table.model.headerData(column, Qt.Orientation.Horizontal,
                                             Qt.ItemDataRole.DisplayRole))


def test_opening_year_has_no_badge_but_an_unallocated_line(window: MainWindow) -> None:
    table = window.document.baseline.table
    assert table.status == "final"
    assert not window.data_badge.isVisible()
    assert table.unallocated is not None
    assert table.unallocated > 0
    row = window.table.unallocated_row
    assert row.isVisible()
    assert row.text(pm.BASE_VALUE) == f"{table.unallocated:,.1f}"
    # the caveat that promises the line is true
    assert any("shown as its own line" in c for c in table.provenance.caveats)


def test_preliminary_year_badge_and_its_caveat(window: MainWindow, qtbot: Any) -> None:
    pick(window, "year", 2025)
    badge = window.data_badge
    assert badge.isVisible()
    assert badge.chip_texts() == ["Preliminary: 2025 may still be revised"]
    chip = badge.chip("preliminary")
    assert chip is not None
    assert chip.isVisible()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    popup = badge.popup
    assert popup is not None
    assert popup.isVisible()
    assert "2025 is preliminary" in popup.text.text()
    assert "Unallocated line" in popup.text.text()
    popup.sources_button.click()
    assert not popup.isVisible()
    dialog = window._sources_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "Read with care" in dialog.text()
    assert "2025 is preliminary" in dialog.text()
    dialog.close()
    # the status bar shows the status and the unallocated amount before the long source
    label = window.source_label
    shown = label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight,
                                           label.contentsRect().width() - 4)
    assert "preliminary" in shown
    assert "unallocated" in shown
    assert "caveat" in shown
    pick(window, "year", 2024)
    assert not badge.isVisible()


def test_hs_sections_say_product_groups_and_the_missing_month(window: MainWindow) -> None:
    pick(window, "dimension", "hs_sections")
    assert window.data_badge.chip_texts() == ["11 months only: September missing"]
    chip = window.data_badge.chip("missing_months")
    assert chip is not None
    assert "September" in chip.toolTip()
    assert header(window, pm.NAME) == "Product group"
    assert window.table.filter_edit.placeholderText().startswith("Filter product groups")
    assert window.table.view.accessibleName() == "Product groups"
    assert window.edit_panel.title() == "Change the selected product groups"
    assert "product group" in window.share_editor.rule_combo.itemText(2)
    assert "product group" in window.share_editor.slider.toolTip()
    window.table.view.clearSelection()
    window.edit_panel.set_selection([])
    assert "product groups" in window.edit_panel.selection_label.text()
    table = window.document.baseline.table
    row = window.table.unallocated_row
    assert row.isVisible()
    assert table.unallocated is not None
    assert row.text(pm.BASE_VALUE) == f"{table.unallocated:,.1f}"
    share = 100.0 * table.unallocated / table.official_total
    assert row.text(pm.NAME) == "Unallocated"
    assert row.text(pm.BASE_SHARE) == f"({share:.2f} %)"
    assert f"{share:.2f} % of the official total" in row.toolTip()
    assert "product group" in row.toolTip()
    assert "Source:" in window.source_label.text()
    assert "incomplete" in window.source_label.text()
    window.undo_action.trigger()
    assert window.document.scenario.dimension == "partners"
    assert header(window, pm.NAME) == "Partner"
    assert window.table.filter_edit.placeholderText().startswith("Filter partners")
    assert window.edit_panel.title() == "Change the selected partners"


def test_vectors_are_named_as_vectors(window: MainWindow) -> None:
    pick(window, "level", "vectors")
    assert header(window, pm.NAME) == "Vector"
    assert window.table.filter_edit.placeholderText().startswith("Filter vectors")


def test_first_published_shows_three_quoted_partners_beside_the_revised(
        window: MainWindow, catalog: Any) -> None:
    pick(window, "release", "first_published")
    pick(window, "flow", "imports")
    model = window.table.model
    assert model.rowCount() == 3
    badge = window.data_badge
    assert badge.chip_texts() == ["First published: 3 partners quoted in the press"]
    assert badge.note.isVisible()
    assert "over these 3 partners only" in badge.note.text()
    assert model.has_revised
    assert model.columnCount() == pm.REVISED + 1
    assert header(window, pm.REVISED) == "Revised\nUS$ m"
    assert header(window, pm.BASE_VALUE) == "Quoted\nUS$ m"
    view_header = window.table.view.horizontalHeader()
    assert view_header.visualIndex(pm.REVISED) == view_header.visualIndex(pm.BASE_VALUE) + 1
    revised = catalog.table("KAZ", 2022, "imports")
    for row in range(3):
        code = model.code(row)
        later = revised.values[revised.codes.index(code)]
        assert model.index(row, pm.REVISED).data() == f"{later:,.1f}"
        assert f"revised {later:,.1f} US$ m" in model.index(row, pm.NAME).data(
            Qt.ItemDataRole.ToolTipRole)
    # no official imports total in this release: no Unallocated line, the badge says so
    assert not window.table.unallocated_row.isVisible()
    # the indices are over the three quoted partners
    hhi = window.index_panel.values("hhi")[0]
    assert hhi == pytest.approx(float(indices.hhi(window.document.baseline.values)))
    scope = window.index_panel.scope_label
    assert scope.isVisibleTo(window)
    assert "Over the 3 partners quoted in the press only" in scope.text()
    pick(window, "release", "revised")
    assert not scope.isVisibleTo(window)
    assert not model.has_revised
    assert model.columnCount() == pm.REVISED
    assert header(window, pm.BASE_VALUE) == "Baseline\nUS$ m"
    assert not badge.note.isVisible()


def test_unallocated_is_not_a_partner_anywhere(window: MainWindow) -> None:
    pick(window, "year", 2025)
    document = window.document
    table, model = window.table, window.table.model
    assert table.unallocated_row.isVisible()
    assert model.rowCount() == len(document.baseline.codes)
    assert all(model.code(row) for row in range(model.rowCount()))
    table.view.selectAll()
    assert len(table.selected_codes()) == model.rowCount()
    # every index is over the listed partners only, as if the gap did not exist
    values = document.baseline.values
    for key in ("hhi", "equivalent_partners", "entropy"):
        expected = float(getattr(indices, key)(values))
        assert window.index_panel.values(key)[0] == pytest.approx(expected, rel=1e-12)
    with_gap = np.append(values, document.baseline.table.unallocated)
    assert window.index_panel.values("hhi")[0] != pytest.approx(float(indices.hhi(with_gap)),
                                                                rel=1e-9)
    # the line stays under the table when it scrolls, aligned with the value column
    table.view.scrollToBottom()
    QApplication.processEvents()
    assert table.unallocated_row.geometry().top() >= table.view.geometry().bottom()


def test_status_bar_says_first_published(window: MainWindow) -> None:
    pick(window, "release", "first_published")
    assert "as first published: only 3 quoted" in window.source_label.text()
