"""Ctrl+C on a table: the selected cells as tab-separated text that a spreadsheet pastes.

:class:`CellCopier` watches one item view for the platform's Copy key (Ctrl+C, Cmd+C) and
puts the selected cells on the clipboard, row by row in the order shown (sorted, with the
rows and columns the view hides left out): cells in a row are separated by tabs, rows by
newlines, so a spreadsheet pastes them into cells. Each cell is the text the view shows; a
check box is written as its state. Without a selection, the current cell is copied.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

__all__ = ["CellCopier", "selected_cells_text"]


def _cell_text(index: QModelIndex) -> str:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None:
        state = index.data(Qt.ItemDataRole.CheckStateRole)
        if state is not None:
            checked = Qt.CheckState(state) == Qt.CheckState.Checked
            return QCoreApplication.translate("CellCopier", "yes" if checked else "no")
        return ""
    # A tab or newline inside a cell would split it in the spreadsheet.
    return " ".join(str(text).split())


def selected_cells_text(view: QAbstractItemView) -> str:
    """Return the selected cells of `view` as tab-separated lines (the current cell if none).

    The selection is read as a grid: every row and column holding a selected cell, in the
    order the view shows them; cells of that grid that are not selected are left empty.
    """
    selection = view.selectionModel()
    indexes = [i for i in selection.selectedIndexes() if i.isValid()]
    if not indexes:
        current = view.currentIndex()
        indexes = [current] if current.isValid() else []
    table = view if isinstance(view, QTableView) else None
    if table is not None:
        indexes = [i for i in indexes
                   if not table.isRowHidden(i.row()) and not table.isColumnHidden(i.column())]
    if not indexes:
        return ""
    header = table.horizontalHeader() if table is not None else None
    rows = sorted({i.row() for i in indexes})
    columns = sorted({i.column() for i in indexes},
                     key=lambda c: header.visualIndex(c) if header is not None else c)
    cells = {(i.row(), i.column()): _cell_text(i) for i in indexes}
    return "\n".join("\t".join(cells.get((r, c), "") for c in columns) for r in rows) + "\n"


class CellCopier(QObject):
    """Copies the selected cells of one view when the Copy key is pressed in it."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy)):
            self.copy()
            return True
        return super().eventFilter(watched, event)

    def copy(self) -> None:
        """Put the selected cells on the clipboard (nothing if there are none)."""
        text = selected_cells_text(self._view)
        if text:
            QGuiApplication.clipboard().setText(text)
