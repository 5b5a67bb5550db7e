"""The dialogs of File > Import data and Data > Remove imported data.

* :class:`ImportSummaryDialog` shows what a file holds, the same lines as
  ``python -m models import`` prints, with Import and Cancel: nothing is kept before Import.
* :class:`RemoveDataDialog` lists the kept data sets; Remove asks the window to remove the
  one selected (the window asks the student first).

Both take plain values and are shown with ``open()``: the window goes on drawing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ImportSummaryDialog", "KeptSet", "RemoveDataDialog"]


class ImportSummaryDialog(QDialog):
    """What the import found, before anything is kept: Import or Cancel."""

    def __init__(self, headline: str, lines: Sequence[str], note: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data - Multivector"))
        self.setAccessibleName(self.tr("What the file holds"))
        self.headline = QLabel(headline, self)
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QPlainTextEdit(self)
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.summary.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.summary.setAccessibleName(self.tr("Summary of the file"))
        self.summary.setPlainText("\n".join(lines))
        self.note = QLabel(note, self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(bool(note))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(820, 520)

    def text(self) -> str:
        """Return everything the dialog says, for checks."""
        return "\n".join([self.headline.text(), self.summary.toPlainText(), self.note.text()])


@dataclass(frozen=True)
class KeptSet:
    """One kept data set as the remove dialog lists it."""

    id: str
    text: str  # "Uzbekistan (UZB), UN Comtrade CSV, from file.csv, imported 2024-05-01"
    detail: str  # the tooltip: id, folder, whether it is used


class RemoveDataDialog(QDialog):
    """The kept data sets; Remove emits ``remove_requested(id)`` for the one selected."""

    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Remove imported data - Multivector"))
        self.setAccessibleName(self.tr("Imported data sets"))
        intro = QLabel(self.tr("Data sets you imported, kept for the next start. Removing one "
                               "deletes the app's copy; your downloaded file stays where it "
                               "is."), self)
        intro.setWordWrap(True)
        self.sets = QListWidget(self)
        self.sets.setAccessibleName(self.tr("Imported data sets"))
        self.empty = QLabel(self.tr("No imported data sets: File > Import data... adds one."),
                            self)
        self.remove_button = QPushButton(self.tr("&Remove..."), self)
        self.remove_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.sets.currentRowChanged.connect(self._on_sets_current_row_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.sets, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(640, 360)

    def set_sets(self, sets: Sequence[KeptSet]) -> None:
        """List ``sets``, keeping the selection where it still exists."""
        chosen = self.chosen()
        self.sets.blockSignals(True)
        self.sets.clear()
        for kept in sets:
            item = QListWidgetItem(kept.text, self.sets)
            item.setData(Qt.ItemDataRole.UserRole, kept.id)
            item.setToolTip(kept.detail)
            if kept.id == chosen:
                self.sets.setCurrentItem(item)
        self.sets.blockSignals(False)
        self.empty.setVisible(not sets)
        self.remove_button.setEnabled(self.chosen() is not None)

    def select(self, set_id: str) -> None:
        """Select the data set ``set_id`` (as a click does)."""
        for row in range(self.sets.count()):
            if self.sets.item(row).data(Qt.ItemDataRole.UserRole) == set_id:
                self.sets.setCurrentRow(row)

    def chosen(self) -> str | None:
        item = self.sets.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _on_sets_current_row_changed(self, _row: int) -> None:
        self.remove_button.setEnabled(self.chosen() is not None)

    def _on_remove_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.remove_requested.emit(chosen)
