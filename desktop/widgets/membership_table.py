"""The overlapping memberships (EAEU, EU-27, OTS, CIS, SCO) as shares of trade.

A small table under the vector bars: baseline, scenario and change of each bloc's share
(full members in the year shown; the blocs overlap, so the shares do not sum to 100 %).
Rows are made once; updates change texts in place, so a slider drag never re-lays out the
chart above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.viewmodels import MembershipRow

__all__ = ["MembershipTable"]

_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class MembershipTable(QTableWidget):
    """Bloc memberships' shares: baseline, scenario, change (percentage points)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, 4, parent)
        self.setAccessibleName(self.tr("Shares of the overlapping memberships"))
        self.setToolTip(self.tr(
            "Share of trade with the full members of each bloc in the year shown. The blocs "
            "overlap (Russia is in the EAEU, the CIS and the SCO), so the shares do not sum "
            "to 100 %."))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.verticalHeader().hide()
        self.setHorizontalHeaderLabels([self.tr("Membership"), self.tr("Baseline"),
                                        self.tr("Scenario"), self.tr("Change")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        width = self.fontMetrics().horizontalAdvance("+00.0 pp") + 14
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        self._keys: tuple[str, ...] = ()

    def set_rows(self, rows: Sequence[MembershipRow]) -> None:
        """Show ``rows`` (hidden when there are none); texts change in place."""
        keys = tuple(row.key for row in rows)
        if keys != self._keys:
            self._build(rows)
        for r, row in enumerate(rows):
            for column, text in (
                (1, f"{100 * row.baseline:.1f} %"),
                (2, f"{100 * row.scenario:.1f} %"),
                (3, f"{round(100 * row.change, 1) + 0.0:+.1f} pp"),
            ):
                item = self.item(r, column)
                if item.text() != text:
                    item.setText(text)
        self.setHidden(not rows)

    def texts(self, key: str) -> tuple[str, str, str]:
        """Return the baseline, scenario and change texts shown for membership ``key``."""
        r = self._keys.index(key)
        return self.item(r, 1).text(), self.item(r, 2).text(), self.item(r, 3).text()

    def _build(self, rows: Sequence[MembershipRow]) -> None:
        self._keys = tuple(row.key for row in rows)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.short_name)
            name.setToolTip(row.name)
            self.setItem(r, 0, name)
            for column in (1, 2, 3):
                item = QTableWidgetItem("")
                item.setTextAlignment(_NUMBER_ALIGN)
                item.setToolTip(row.name)
                self.setItem(r, column, item)
        self.resizeRowsToContents()
        height = (self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
                  + sum(self.rowHeight(r) for r in range(len(rows))))
        self.setFixedHeight(height)
