"""The partner table's model: one row per category, numbers held as numpy arrays.

The model keeps no state of its own beyond what it displays: edits in the table (a share
typed in, a lock ticked) are emitted as requests (``share_requested``, ``lock_requested``)
for the window to turn into undoable commands; the document's change then comes back
through :meth:`PartnerModel.set_outcome`, which signals only the columns that changed.

Sorting is done here (the view shows this model directly, see partner_table): a change of
every share is then one ``dataChanged`` for the view instead of one per row, which keeps a
slider drag smooth with 200 partners. Display texts are formatted once per change, for all
rows at once, not once per paint.

The headers name the categories in the dimension's words (partner, product group, vector).
For a first-published table a seventh column, ``REVISED``, holds the revised figure of each
quoted category for the same year (the view shows it beside the first-published value).
The unallocated trade is not a row here: it is no category (see partner_table).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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

from desktop.i18n import Local, number_marks
from models.formatting import format_number, format_share

__all__ = ["PartnerModel"]

CODE_ROLE = Qt.ItemDataRole.UserRole + 3

NAME, LOCK, BASE_VALUE, BASE_SHARE, SCEN_SHARE, CHANGE, REVISED = range(7)
_COLUMNS = 6  # without REVISED
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_EDIT = Qt.ItemDataRole.EditRole.value
_CHECK = Qt.ItemDataRole.CheckStateRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
_CODE = CODE_ROLE.value if hasattr(CODE_ROLE, "value") else int(CODE_ROLE)
_HANDLED = frozenset({_DISPLAY, _EDIT, _CHECK, _ALIGN, _TOOLTIP, _ACCESSIBLE, _CODE})
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_PLAIN = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_CHECKABLE = _PLAIN | Qt.ItemFlag.ItemIsUserCheckable
_EDITABLE = _PLAIN | Qt.ItemFlag.ItemIsEditable
_CHECKED, _UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
_Index = QModelIndex | QPersistentModelIndex


def _percent(shares: NDArray[np.float64]) -> list[str]:
    decimal = number_marks().decimal
    return [format_share(x, decimal=decimal) for x in shares.tolist()]


def _values(values: NDArray[np.float64]) -> list[str]:
    # NaN (n/a): the revised data have no figure for the category
    marks = number_marks()
    return [format_number(x, 1, grouped=True, decimal=marks.decimal, group=marks.group)
            for x in values.tolist()]


class PartnerModel(QAbstractTableModel):
    """Categories with baseline and scenario values and shares, and their locks."""

    share_requested = Signal(str, float)  # code, share (0..1) typed into the table
    lock_requested = Signal(str, bool)  # code, locked

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._marks = number_marks()  # the language is chosen before any window is built
        self._codes: tuple[str, ...] = ()
        self._names: tuple[str, ...] = ()
        self._base_values = np.zeros(0)
        self._base_shares = np.zeros(0)
        self._values = np.zeros(0)
        self._shares = np.zeros(0)
        self._locked = np.zeros(0, dtype=bool)
        self._order = np.zeros(0, dtype=np.intp)  # row -> category
        self._row = np.zeros(0, dtype=np.intp)  # category -> row
        self._revised: NDArray[np.float64] | None = None  # first-published tables only
        self._texts: list[list[str] | None] = [None] * (_COLUMNS + 1)  # by column, category
        self.sort_column = BASE_VALUE
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._headers: tuple[str, ...] = ()
        self._header_tips: tuple[str, ...] = ()
        self._one, self._many_detailed = self.tr("partner"), self.tr("partners")
        self._many = self._many_detailed
        self._set_headers()

    def set_words(self, one: str, many: str, many_detailed: str) -> None:
        """Name the categories (translated nouns: 'product group', 'product groups', ...)."""
        if (one, many, many_detailed) == (self._one, self._many, self._many_detailed):
            return
        self._one, self._many, self._many_detailed = one, many, many_detailed
        self._set_headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _set_headers(self) -> None:
        quoted = self._revised is not None
        value = self.tr("Quoted\nUS$ m") if quoted else self.tr("Baseline\nUS$ m")
        value_tip = (self.tr("Trade value as first published, US$ million") if quoted
                     else self.tr("Baseline trade value, US$ million"))
        self._headers = (
            self._one[:1].upper() + self._one[1:], self.tr("Lock"), value,
            self.tr("Baseline\nshare"), self.tr("Scenario\nshare"), self.tr("Change\n(pp)"),
            self.tr("Revised\nUS$ m"),
        )
        self._header_tips = (
            self._many_detailed[:1].upper() + self._many_detailed[1:],
            self.tr("Locked {many} keep their share when others are edited").format(
                many=self._many),
            value_tip,
            self.tr("Baseline share of the listed total (the unallocated trade is not "
                    "counted)"),
            self.tr("Scenario share; double-click or press F2 to type an exact number"),
            self.tr("Scenario share minus baseline share, in percentage points"),
            self.tr("The revised figure for the same {one} and year, US$ million (the row's "
                    "tooltip gives the revision in percent)").format(one=self._one),
        )

    # -- setters (called by the window when the document changes) --------------------

    def set_baseline(
        self,
        codes: Sequence[str],
        names: Sequence[str],
        values: NDArray[np.float64],
        shares: NDArray[np.float64],
        *,
        revised: NDArray[np.float64] | None = None,
    ) -> None:
        """Show new categories (resets the model), sorted as before.

        ``revised`` (aligned with ``codes``, NaN where none) adds the ``REVISED`` column:
        the values are then first-published figures.
        """
        self.beginResetModel()
        self._revised = None if revised is None else np.asarray(revised, dtype=np.float64)
        self._set_headers()
        self._codes = tuple(codes)
        self._names = tuple(names)
        self._base_values = np.asarray(values, dtype=np.float64)
        self._base_shares = np.nan_to_num(np.asarray(shares, dtype=np.float64))
        self._values = self._base_values.copy()
        self._shares = self._base_shares.copy()
        self._locked = np.zeros(len(self._codes), dtype=bool)
        self._texts[NAME] = list(self._names)
        self._texts[BASE_VALUE] = _values(self._base_values)
        self._texts[BASE_SHARE] = _percent(self._base_shares)
        self._texts[REVISED] = (None if self._revised is None
                                else _values(self._revised))
        self._format_scenario()
        self._set_order(self._sorted_order(self.sort_column, self.sort_order))
        self.endResetModel()

    def set_outcome(
        self, values: NDArray[np.float64], shares: NDArray[np.float64], locked: frozenset[str]
    ) -> None:
        """Show new scenario numbers for the same categories (signals those columns only)."""
        self._values = np.asarray(values, dtype=np.float64)
        self._shares = np.nan_to_num(np.asarray(shares, dtype=np.float64))
        was_locked = self._locked
        self._locked = np.fromiter((c in locked for c in self._codes), dtype=bool,
                                   count=len(self._codes))
        self._format_scenario()
        if not self._codes:
            return
        last = len(self._codes) - 1
        self.dataChanged.emit(self.index(0, SCEN_SHARE), self.index(last, CHANGE))
        if not np.array_equal(was_locked, self._locked):
            self.dataChanged.emit(self.index(0, LOCK), self.index(last, LOCK))

    def _format_scenario(self) -> None:
        self._texts[SCEN_SHARE] = _percent(self._shares)
        change = 100.0 * (self._shares - self._base_shares)
        decimal = number_marks().decimal
        zero = format_number(0.0, 2, decimal=decimal)
        self._texts[CHANGE] = [zero if abs(x) < 0.005 else format_number(x, 2, signed=True,
                                                                          decimal=decimal)
                               for x in change.tolist()]

    # -- sorting -----------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by ``column`` (keeping selections and the current row)."""
        self.sort_column, self.sort_order = column, order
        new_order = self._sorted_order(column, order)
        if np.array_equal(new_order, self._order):
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        categories = [int(self._order[i.row()]) for i in old]
        self._set_order(new_order)
        self.changePersistentIndexList(
            old, [self.index(int(self._row[c]), i.column()) for c, i in zip(categories, old,
                                                                          strict=True)])
        self.layoutChanged.emit()

    def _sorted_order(self, column: int, order: Qt.SortOrder) -> NDArray[np.intp]:
        key: list[Any]
        if column == NAME:
            key = [name.casefold() for name in self._names]
        elif column == LOCK:
            key = self._locked.tolist()
        elif column == BASE_VALUE:
            key = self._base_values.tolist()
        elif column == BASE_SHARE:
            key = self._base_shares.tolist()
        elif column == SCEN_SHARE:
            key = self._shares.tolist()
        elif column == REVISED and self._revised is not None:
            key = np.nan_to_num(self._revised, nan=-1.0).tolist()
        else:
            key = (self._shares - self._base_shares).tolist()
        rows = sorted(range(len(key)), key=key.__getitem__,
                      reverse=order == Qt.SortOrder.DescendingOrder)
        return np.asarray(rows, dtype=np.intp)

    def _set_order(self, order: NDArray[np.intp]) -> None:
        self._order = order
        self._row = np.empty_like(order)
        self._row[order] = np.arange(len(order))

    # -- lookups ------------------------------------------------------------------------

    def code(self, row: int) -> str:
        return self._codes[int(self._order[row])]

    def row_of(self, code: str) -> int:
        return int(self._row[self._codes.index(code)])

    @property
    def codes(self) -> tuple[str, ...]:
        return self._codes

    def matching_rows(self, needle: str) -> list[bool]:
        """Whether each row's name or code contains ``needle`` (already case-folded)."""
        if not needle:
            return [True] * len(self._codes)
        found = [needle in f"{name} {code}".casefold()
                 for name, code in zip(self._names, self._codes, strict=True)]
        return [found[int(i)] for i in self._order]

    # -- QAbstractTableModel ------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One Python call instead of the base class's rowCount() + columnCount(): the view
        # asks for an index for every cell it paints.
        if 0 <= row < len(self._codes) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    @property
    def _columns(self) -> int:
        return _COLUMNS if self._revised is None else _COLUMNS + 1

    @property
    def has_revised(self) -> bool:
        """Whether the ``REVISED`` column is shown (a first-published table)."""
        return self._revised is not None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            return self._headers[section]
        if role == _TOOLTIP:
            return self._header_tips[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        column = index.column()
        if column == LOCK:
            return _CHECKABLE
        if column == SCEN_SHARE and not self._locked[self._order[index.row()]]:
            return _EDITABLE
        return _PLAIN

    def data(self, index: _Index, role: int = _DISPLAY) -> object:
        if role not in _HANDLED:
            return None
        i, column = self._order[index.row()], index.column()
        if role == _DISPLAY:
            texts = self._texts[column]
            return None if texts is None else self._marks.shown(texts[i])
        if role == _ALIGN:
            return None if column in (NAME, LOCK) else _RIGHT
        if role == _CHECK:
            return (_CHECKED if self._locked[i] else _UNCHECKED) if column == LOCK else None
        if role == _EDIT:
            return 100.0 * float(self._shares[i]) if column == SCEN_SHARE else None
        if role == _TOOLTIP:
            return self._tooltip(i)
        if role == _ACCESSIBLE:
            return (self.tr("locked") if self._locked[i] else self.tr("not locked")) \
                if column == LOCK else None
        return self._codes[i]  # CODE_ROLE

    def setData(self, index: _Index, value: object, role: int = _EDIT) -> bool:
        code = self._codes[self._order[index.row()]]
        if role == _CHECK and index.column() == LOCK:
            locked = Qt.CheckState(value) == _CHECKED
            self.lock_requested.emit(code, locked)
            return True
        if role == _EDIT and index.column() == SCEN_SHARE:
            self.share_requested.emit(code, float(value) / 100.0)  # type: ignore[arg-type]
            return True
        return False

    def _tooltip(self, i: int) -> str:
        state = self.tr("locked") if self._locked[i] else self.tr("not locked")
        if self._revised is not None:
            base, revised = float(self._base_values[i]), float(self._revised[i])
            change = 100.0 * (revised / base - 1.0) if base > 0 else float("nan")
            return self.tr("{name} ({code}), {state}\nfirst published {base:,.1f} US$ m "
                           "({base_share:.2f} % of the quoted)\nrevised {revised:,.1f} US$ m "
                           "({change:+.1f} %)\nscenario {value:,.1f} US$ m ({share:.2f} %)"
                           ).format(
                name=self._names[i], code=self._codes[i], state=state, base=Local(base),
                base_share=Local(100.0 * self._base_shares[i]), revised=Local(revised),
                change=Local(change), value=Local(self._values[i]),
                share=Local(100.0 * self._shares[i]))
        return self.tr("{name} ({code}), {state}\nbaseline {base:,.1f} US$ m ({base_share:.2f} %)"
                       "\nscenario {value:,.1f} US$ m ({share:.2f} %)").format(
            name=self._names[i], code=self._codes[i], state=state,
            base=Local(self._base_values[i]), base_share=Local(100.0 * self._base_shares[i]),
            value=Local(self._values[i]), share=Local(100.0 * self._shares[i]))
