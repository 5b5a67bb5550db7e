"""A table of named rows with three numbers each: baseline, scenario and change.

The index panel and the memberships under the vector bars both show one. Rows are made
once (:meth:`ComparisonTable.set_row_names`); later updates only change the texts that
differ (:meth:`ComparisonTable.set_texts`), so a table keeps up with a slider drag without
re-laying out what is around it. The table asks to be as tall as its rows, and scrolls
where the window has less room.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.i18n import number_marks
from desktop.widgets.table_copy import CellCopier

__all__ = ["ComparisonTable"]

_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MIN_ROWS = 5  # the fewest rows shown before the table scrolls


class ComparisonTable(QTableWidget):
    """Rows of (name, baseline, scenario, change), keyed; numbers right-aligned."""

    def __init__(self, first_header: str, widest_number: str, parent: QWidget | None = None, *,
                 widest_change: str | None = None):
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels(
            [first_header, self.tr("Baseline"), self.tr("Scenario"), self.tr("Change")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The baseline and scenario columns fit ``widest_number``, the change ``widest_change``
        # (a change in percentage points is wider than a share in some languages).
        metrics = self.fontMetrics()
        widths = [metrics.horizontalAdvance(text) + 14 for text in (
            widest_number, widest_number, widest_change or widest_number)]
        for column, width in zip((1, 2, 3), widths, strict=True):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        self.numbers_width = sum(header.sectionSize(column) for column in (1, 2, 3))
        self._keys: tuple[str, ...] = ()
        self._full_height = 0  # every row, once set_row_names has made them
        self._marks = number_marks()  # read once: set_texts runs on every slider move
        self.copier = CellCopier(self)  # Ctrl+C: the selected cells, tab-separated

    @property
    def keys(self) -> tuple[str, ...]:
        return self._keys

    def set_row_names(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Make one row per ``(key, name, tooltip)``, with empty numbers."""
        self._keys = tuple(key for key, _, _ in rows)
        self.setRowCount(len(rows))
        for r, (key, text, tooltip) in enumerate(rows):
            name = QTableWidgetItem(text)
            name.setToolTip(tooltip)
            name.setData(Qt.ItemDataRole.UserRole, key)
            self.setItem(r, 0, name)
            for column in (1, 2, 3):
                item = QTableWidgetItem("")
                item.setTextAlignment(_NUMBER_ALIGN)
                item.setToolTip(tooltip)
                self.setItem(r, column, item)
        self.resizeRowsToContents()
        # As tall as its rows where there is room (no empty grid below); where there is not
        # (a small screen, a second toolbar row), down to five rows, scrolling.
        top = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        heights = [self.rowHeight(r) for r in range(len(rows))]
        self._full_height = top + sum(heights)
        self.setMinimumHeight(top + sum(heights[:_MIN_ROWS]))
        self.setMaximumHeight(self._full_height)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Ask for every row (the layout gives less, down to the minimum, if it must)."""
        hint = super().sizeHint()
        return QSize(hint.width(), self._full_height) if self._full_height else hint

    def set_texts(self, row: int, baseline: str, scenario: str, change: str) -> None:
        """Show the three numbers of ``row``, touching only the cells that change."""
        for column, text in ((1, baseline), (2, scenario), (3, change)):
            text = self._marks.shown(text)
            item = self._cell(row, column)
            if item.text() != text:
                item.setText(text)

    def texts(self, key: str) -> tuple[str, str, str]:
        """Return the baseline, scenario and change texts shown for row ``key``."""
        r = self._keys.index(key)
        return self._cell(r, 1).text(), self._cell(r, 2).text(), self._cell(r, 3).text()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None  # every cell is made by set_row_names
        return item
