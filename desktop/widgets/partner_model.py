"""The partner table's model: one row per category, numbers held as numpy arrays.

The model keeps no state of its own beyond what it displays: edits in the table (a share
typed in, a lock ticked) are emitted as requests (``share_requested``, ``lock_requested``)
for the window to turn into undoable commands; the document's change then comes back
through :meth:`PartnerModel.set_outcome`, which signals only the columns that can change.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

__all__ = ["PartnerModel"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
FILTER_ROLE = Qt.ItemDataRole.UserRole + 2
CODE_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, LOCK, BASE_VALUE, BASE_SHARE, SCEN_SHARE, CHANGE = range(6)
_SCENARIO_COLUMNS = (LOCK, SCEN_SHARE, CHANGE)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_Index = QModelIndex | QPersistentModelIndex


class PartnerModel(QAbstractTableModel):
    """Categories with baseline and scenario values and shares, and their locks."""

    share_requested = Signal(str, float)  # code, share (0..1) typed into the table
    lock_requested = Signal(str, bool)  # code, locked

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._codes: tuple[str, ...] = ()
        self._names: tuple[str, ...] = ()
        self._base_values = np.zeros(0)
        self._base_shares = np.zeros(0)
        self._values = np.zeros(0)
        self._shares = np.zeros(0)
        self._locked = np.zeros(0, dtype=bool)
        self._headers = (
            self.tr("Partner"), self.tr("Lock"), self.tr("Baseline\nUS$ m"),
            self.tr("Baseline\nshare"), self.tr("Scenario\nshare"), self.tr("Change\n(pp)"),
        )
        self._header_tips = (
            self.tr("Trade partner (or vector / product group)"),
            self.tr("Locked partners keep their share when others are edited"),
            self.tr("Baseline trade value, US$ million"),
            self.tr("Baseline share of the listed total"),
            self.tr("Scenario share; double-click or press F2 to type an exact number"),
            self.tr("Scenario share minus baseline share, in percentage points"),
        )

    # -- setters (called by the window when the document changes) --------------------

    def set_baseline(
        self,
        codes: Sequence[str],
        names: Sequence[str],
        values: NDArray[np.float64],
        shares: NDArray[np.float64],
    ) -> None:
        """Show new categories (resets the model)."""
        self.beginResetModel()
        self._codes = tuple(codes)
        self._names = tuple(names)
        self._base_values = np.asarray(values, dtype=np.float64)
        self._base_shares = np.nan_to_num(np.asarray(shares, dtype=np.float64))
        self._values = self._base_values.copy()
        self._shares = self._base_shares.copy()
        self._locked = np.zeros(len(self._codes), dtype=bool)
        self.endResetModel()

    def set_outcome(
        self, values: NDArray[np.float64], shares: NDArray[np.float64], locked: frozenset[str]
    ) -> None:
        """Show new scenario numbers for the same categories (signals those columns only)."""
        self._values = np.asarray(values, dtype=np.float64)
        self._shares = np.nan_to_num(np.asarray(shares, dtype=np.float64))
        self._locked = np.fromiter((c in locked for c in self._codes), dtype=bool,
                                   count=len(self._codes))
        if self._codes:
            last = len(self._codes) - 1
            self.dataChanged.emit(self.index(0, min(_SCENARIO_COLUMNS)),
                                  self.index(last, max(_SCENARIO_COLUMNS)))

    # -- lookups ------------------------------------------------------------------------

    def code(self, row: int) -> str:
        return self._codes[row]

    def row_of(self, code: str) -> int:
        return self._codes.index(code)

    @property
    def codes(self) -> tuple[str, ...]:
        return self._codes

    def name_of(self, code: str) -> str:
        return self._names[self._codes.index(code)]

    def share_of(self, code: str) -> float:
        return float(self._shares[self._codes.index(code)])

    def is_locked(self, code: str) -> bool:
        return bool(self._locked[self._codes.index(code)])

    # -- QAbstractTableModel ------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = index.column()
        if column == LOCK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif column == SCEN_SHARE and not self._locked[index.row()]:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.EditRole and column == SCEN_SHARE:
            return 100.0 * float(self._shares[row])
        if role == Qt.ItemDataRole.CheckStateRole and column == LOCK:
            return Qt.CheckState.Checked if self._locked[row] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (NAME, LOCK):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == LOCK:
            return self.tr("locked") if self._locked[row] else self.tr("not locked")
        if role == FILTER_ROLE:
            return f"{self._names[row]} {self._codes[row]}"
        if role == CODE_ROLE:
            return self._codes[row]
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        code = self._codes[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == LOCK:
            locked = Qt.CheckState(value) == Qt.CheckState.Checked  # type: ignore[call-overload]
            self.lock_requested.emit(code, locked)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == SCEN_SHARE:
            self.share_requested.emit(code, float(value) / 100.0)  # type: ignore[arg-type]
            return True
        return False

    def _display(self, row: int, column: int) -> str | None:
        if column == NAME:
            return self._names[row]
        if column == BASE_VALUE:
            return f"{self._base_values[row]:,.1f}"
        if column == BASE_SHARE:
            return f"{100.0 * self._base_shares[row]:.2f} %"
        if column == SCEN_SHARE:
            return f"{100.0 * self._shares[row]:.2f} %"
        if column == CHANGE:
            change = 100.0 * (self._shares[row] - self._base_shares[row])
            return "0.00" if abs(change) < 0.005 else f"{change:+.2f}"
        return None

    def _tooltip(self, row: int) -> str:
        state = self.tr("locked") if self._locked[row] else self.tr("not locked")
        return self.tr("{name} ({code}), {state}\nbaseline {base:,.1f} US$ m ({base_share:.2f} %)"
                       "\nscenario {value:,.1f} US$ m ({share:.2f} %)").format(
            name=self._names[row], code=self._codes[row], state=state,
            base=self._base_values[row], base_share=100.0 * self._base_shares[row],
            value=self._values[row], share=100.0 * self._shares[row])

    def _sort_key(self, row: int, column: int) -> object:
        if column == NAME:
            return self._names[row].casefold()
        if column == LOCK:
            return int(self._locked[row])
        if column == BASE_VALUE:
            return float(self._base_values[row])
        if column == BASE_SHARE:
            return float(self._base_shares[row])
        if column == SCEN_SHARE:
            return float(self._shares[row])
        return float(self._shares[row] - self._base_shares[row])
