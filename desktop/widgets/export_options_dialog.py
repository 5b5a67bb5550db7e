"""Export options: the default folder, the size of chart pictures, the indices listed.

A dialog over plain values (:meth:`ExportOptionsDialog.set_values`,
:meth:`ExportOptionsDialog.values`); the window keeps them in the preferences. HHI is always
listed: the report's plain-words reading is about it.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ExportOptionsDialog"]

ALWAYS_SHOWN = "hhi"


class ExportOptionsDialog(QDialog):
    """Folder, picture size and indices for exports."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export options"))
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setPlaceholderText(self.tr("the last folder used"))
        self.folder_edit.setAccessibleName(self.tr("Default export folder"))
        browse = QPushButton(self.tr("&Browse..."), self)
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.width_spin = QSpinBox(self)
        self.height_spin = QSpinBox(self)
        for spin, name in ((self.width_spin, self.tr("Picture width")),
                           (self.height_spin, self.tr("Picture height"))):
            spin.setRange(200, 8000)
            spin.setSuffix(self.tr(" px"))
            spin.setAccessibleName(name)
        size_row = QHBoxLayout()
        size_row.addWidget(self.width_spin)
        size_row.addWidget(self.height_spin)
        self.indices_list = QListWidget(self)
        self.indices_list.setAccessibleName(self.tr("Indices in the CSV, the report and the "
                                                    "index table"))
        form = QFormLayout()
        form.addRow(self.tr("Default &folder:"), folder_row)
        form.addRow(self.tr("Chart &pictures (width x height):"), size_row)
        form.addRow(self.tr("&Indices listed:"), self.indices_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def set_values(self, folder: Path | None, size: QSize, indices: Sequence[tuple[str, str]],
                   shown: Sequence[str]) -> None:
        """Show the folder (None: the last one used), the size and the indices to tick."""
        self.folder_edit.setText("" if folder is None else str(folder))
        self.width_spin.setValue(size.width())
        self.height_spin.setValue(size.height())
        self.indices_list.clear()
        for key, name in indices:
            item = QListWidgetItem(name, self.indices_list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setCheckState(Qt.CheckState.Checked if key in shown or key == ALWAYS_SHOWN
                               else Qt.CheckState.Unchecked)
            if key == ALWAYS_SHOWN:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                item.setToolTip(self.tr("Always listed: the report reads it in plain words"))

    def values(self) -> tuple[Path | None, QSize, list[str]]:
        """Return the folder (None: the last one used), the picture size and the indices."""
        text = self.folder_edit.text().strip()
        keys = []
        for row in range(self.indices_list.count()):
            item = self.indices_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return (Path(text) if text else None,
                QSize(self.width_spin.value(), self.height_spin.value()), keys)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Default export folder"),
                                                  self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)
