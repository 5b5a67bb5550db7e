"""The partner table: a filter box and a sortable view of every partner the data hold.

Type in the filter to find a partner by name or code; sort by any column; select one
partner to edit its share in the share editor, or several for value changes and cost
shocks. The scenario share is editable in place (a spin box in percent); the lock column
is a check box (Space toggles it). While a slider is dragged the rows do not re-sort, so
nothing jumps under the pointer; they re-sort when the drag ends.

The view shows the :class:`~desktop.widgets.partner_model.PartnerModel` itself, with no
proxy in between: the model sorts its own rows, and the filter hides the rows that do not
match. A proxy would map every cell of every repaint through Python (one ``index()`` call
per role asked), which is a tenth of the time of a slider step.

Where the official total exceeds the listed categories, the gap is shown under the view as
an "Unallocated" line: pinned, in its own style, aligned with the columns, never a row of
the model (so it cannot be selected, edited, sorted, filtered or counted as a category).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QAccessible, QKeySequence, QPainter, QPaintEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Local
from desktop.widgets import partner_model as pm
from desktop.widgets.table_copy import CellCopier
from models.data_status import Unallocated

__all__ = ["PartnerTable"]


class _ShareDelegate(QStyledItemDelegate):
    """Edits a scenario share as a percentage with two decimals."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setRange(0.0, 100.0)
        editor.setDecimals(2)
        editor.setSuffix(" %")
        editor.setAccessibleName(self.tr("Scenario share in percent"))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        index.model().setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class _PartnerView(QTableView):
    """A table view that repaints only the columns that changed.

    QAbstractItemView repaints its whole viewport for any multi-cell change; here a change
    of every share repaints just the two scenario columns. When a screen reader is active
    (or an editor is open) the full base behaviour runs, accessibility events included.
    """

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        if (QAccessible.isActive() or self.state() == QAbstractItemView.State.EditingState
                or not top_left.isValid() or not bottom_right.isValid()
                or top_left.row() == bottom_right.row()):
            super().dataChanged(top_left, bottom_right, roles)
            return
        header = self.horizontalHeader()
        left = min(header.sectionViewportPosition(c)
                   for c in range(top_left.column(), bottom_right.column() + 1))
        right = max(header.sectionViewportPosition(c) + header.sectionSize(c)
                    for c in range(top_left.column(), bottom_right.column() + 1))
        self.viewport().update(QRect(left, 0, right - left, self.viewport().height()))


class UnallocatedRow(QFrame):
    """The unallocated trade as a line under the table, aligned with its columns."""

    def __init__(self, view: QTableView, parent: QWidget | None = None):
        super().__init__(parent)
        self._view = view
        self._texts: dict[int, str] = {}
        self.setAccessibleName(self.tr("Unallocated trade"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = self.font()
        font.setItalic(True)
        self.setFont(font)
        self.setFixedHeight(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.sectionResized.connect(self._on_columns_moved)
        header.sectionMoved.connect(self._on_columns_moved)
        header.geometriesChanged.connect(self.update)
        view.horizontalScrollBar().valueChanged.connect(self.update)
        self.setVisible(False)

    def set_texts(self, texts: dict[int, str], description: str) -> None:
        """Show ``texts`` by model column, or hide the line if there are none."""
        self._texts = dict(texts)
        self.setToolTip(description)
        self.setAccessibleDescription(description)
        self.setVisible(bool(texts))
        self.update()

    def text(self, column: int) -> str:
        return self._texts.get(column, "")

    def _on_columns_moved(self, *_args: int) -> None:
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.midlight())
        painter.setPen(palette.mid().color())
        painter.drawLine(0, 0, self.width(), 0)
        painter.setPen(palette.text().color())
        header = self._view.horizontalHeader()
        origin = self.mapFromGlobal(header.viewport().mapToGlobal(QPoint(0, 0))).x()
        metrics = self.fontMetrics()
        for column, text in self._texts.items():
            if column >= header.count() or header.isSectionHidden(column):
                continue
            rect = QRect(origin + header.sectionViewportPosition(column) + 4, 0,
                         header.sectionSize(column) - 8, self.height())
            left = column == pm.NAME
            align = (Qt.AlignmentFlag.AlignLeft if left else Qt.AlignmentFlag.AlignRight) \
                | Qt.AlignmentFlag.AlignVCenter
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, align, shown)
        painter.end()


class PartnerTable(QWidget):
    """Filter box + table view over a :class:`PartnerModel`; the filter hides rows."""

    current_changed = Signal(str)  # code of the current partner ("" if none)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = pm.PartnerModel(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)

        self.view = _PartnerView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(pm.SCEN_SHARE, _ShareDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
        self.copier = CellCopier(self.view)  # Ctrl+C: the selected cells, tab-separated
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(pm.NAME, QHeaderView.ResizeMode.Stretch)
        digits = self.fontMetrics().horizontalAdvance("000,000.0") + 14
        for column, width in ((pm.LOCK, self.fontMetrics().horizontalAdvance("Lock") + 22),
                              (pm.BASE_VALUE, digits), (pm.BASE_SHARE, digits - 10),
                              (pm.SCEN_SHARE, digits - 4), (pm.CHANGE, digits - 16)):
            header.resizeSection(column, width)
        # Beside each other, quoted and revised figures (at most 99,999.9) take the room of
        # one wide column, so the names keep theirs.
        self._value_widths = (digits, self.fontMetrics().horizontalAdvance("00,000.0") + 12)
        self._revised_shown = False
        self.view.sortByColumn(pm.BASE_VALUE, Qt.SortOrder.DescendingOrder)
        self.unallocated_row = UnallocatedRow(self.view, self)
        self._unallocated: Unallocated | None = None
        self._one = ""
        self.set_words(self.tr("partner"), self.tr("partners"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_edit)
        layout.addSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unallocated_row)

        self._find = QShortcut(QKeySequence.StandardKey.Find, self)
        self._find.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find.activated.connect(self._on_find_activated)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        # Rows move when the model re-sorts or gets new categories: hide them again.
        self.model.layoutChanged.connect(self._apply_filter)
        self.model.modelReset.connect(self._apply_filter)
        self.model.modelReset.connect(self._on_model_reset)
        self.view.selectionModel().currentRowChanged.connect(self._on_view_current_row_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_view_selection_changed)

    # -- setters -------------------------------------------------------------------------

    def set_words(self, one: str, many: str, many_detailed: str | None = None) -> None:
        """Name the categories in the filter, the headers and the unallocated line."""
        self._one = one
        self.filter_edit.setPlaceholderText(
            self.tr("Filter {many} by name or code (Ctrl+F)").format(many=many))
        self.filter_edit.setAccessibleName(self.tr("Filter {many}").format(many=many))
        self.filter_edit.setToolTip(self.tr(
            "Type part of a name or code to show only the matching {many}").format(many=many))
        self.view.setAccessibleName(many[:1].upper() + many[1:])
        self.model.set_words(one, many, many_detailed or many)
        self._show_unallocated()

    def set_unallocated(self, unallocated: Unallocated | None) -> None:
        """Show the trade no listed category holds under the table (None hides the line)."""
        self._unallocated = unallocated
        self._show_unallocated()

    def _show_unallocated(self) -> None:
        if self._unallocated is None:
            self.unallocated_row.set_texts({}, "")
            return
        value, total = self._unallocated.value, self._unallocated.official_total
        percent = f"{Local(100.0 * self._unallocated.share):.2f} %"
        # Its share is of the official total (the categories' are of their own sum): in
        # parentheses, and said in full in the tooltip.
        self.unallocated_row.set_texts(
            {pm.NAME: self.tr("Unallocated"), pm.BASE_VALUE: f"{Local(value):,.1f}",
             pm.BASE_SHARE: f"({percent})", pm.SCEN_SHARE: "-", pm.CHANGE: "-"},
            self.tr("Unallocated: {value:,.1f} US$ million, {percent} of the official total "
                    "{total:,.1f}, is trade the source does not break down by {one}. It is "
                    "not a {one}: it is not in the shares, the edits or any index, and it "
                    "is never spread over the others.").format(
                value=Local(value), percent=percent, total=Local(total), one=self._one))

    def resort(self) -> None:
        """Sort again by the chosen column (after an edit; not during a slider drag)."""
        row = self.view.currentIndex().row()
        self.model.sort(self.model.sort_column, self.model.sort_order)
        current = self.view.currentIndex()
        if current.isValid() and current.row() != row:  # keep the moved row in sight
            self.view.scrollTo(current)

    def select_code(self, code: str) -> None:
        """Make ``code`` the current (and only selected) row, clearing the filter if needed."""
        row = self.model.row_of(code)
        if self.view.isRowHidden(row):
            self.filter_edit.clear()
        index = self.model.index(row, pm.NAME)
        self.view.selectionModel().setCurrentIndex(
            index,
            self.view.selectionModel().SelectionFlag.ClearAndSelect
            | self.view.selectionModel().SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    # -- queries -------------------------------------------------------------------------

    def visible_codes(self) -> list[str]:
        """Return the codes of the rows the filter shows, top to bottom."""
        return [self.model.code(row) for row in range(self.model.rowCount())
                if not self.view.isRowHidden(row)]

    def current_code(self) -> str:
        index = self.view.currentIndex()
        if not index.isValid():
            return ""
        return self.model.code(index.row())

    def selected_codes(self) -> list[str]:
        """Return the selected partners in table order (the current one if none is).

        Only rows the filter shows count: a range selected across hidden rows (or Ctrl+A)
        must not change partners the student cannot see.
        """
        rows = self.view.selectionModel().selectedRows(pm.NAME)
        codes = [self.model.code(i.row()) for i in sorted(rows, key=QModelIndex.row)
                 if not self.view.isRowHidden(i.row())]
        if not codes and self.current_code():
            codes = [self.current_code()]
        return codes

    # -- handlers ------------------------------------------------------------------------

    def _on_model_reset(self) -> None:
        # The revised figures of a first-published table go beside the quoted ones.
        shown = self.model.has_revised
        header = self.view.horizontalHeader()
        if shown:
            header.moveSection(header.visualIndex(pm.REVISED), pm.BASE_VALUE + 1)
        if shown != self._revised_shown:
            self._revised_shown = shown
            width = self._value_widths[1 if shown else 0]
            header.resizeSection(pm.BASE_VALUE, width)
            if shown:
                header.resizeSection(pm.REVISED, width)

    def _on_find_activated(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def _on_filter_edit_text_changed(self, _text: str) -> None:
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Hide the rows whose name and code do not contain the filter text (any case)."""
        needle = self.filter_edit.text().strip().casefold()
        matches = self.model.matching_rows(needle)
        view = self.view
        for row in range(self.model.rowCount()):
            hidden = not matches[row]
            if view.isRowHidden(row) != hidden:
                view.setRowHidden(row, hidden)
        # The share editor edits the current row: never one the filter hides. The first row
        # shown becomes current (none if nothing matches).
        current = view.currentIndex()
        if current.isValid() and view.isRowHidden(current.row()):
            shown = next((r for r in range(self.model.rowCount()) if matches[r]), None)
            selection = view.selectionModel()
            if shown is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), selection.SelectionFlag.NoUpdate)
            else:
                selection.setCurrentIndex(
                    self.model.index(shown, pm.NAME),
                    selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
                )

    def _on_view_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.current_code() if current.isValid() else "")

    def _on_view_selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.selection_changed.emit()
