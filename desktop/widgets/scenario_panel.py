"""The scenario in plain words: its title, description and notes, and every edit with its status.

Each edit is one line ("China's share set to 30.00 %, the others in proportion") with a
check box that switches it on or off; edits that do not apply to the data shown are greyed
with their reason. Remove (Delete) and Change... act on the selected edit. The panel only
shows what it is given (:meth:`ScenarioPanel.set_scenario`) and says what the student asked
for through its signals; the window turns those into undoable commands.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["EditLine", "ScenarioPanel"]

_POSITION = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class EditLine:
    """One edit as the panel shows it."""

    position: int  # from 1
    text: str  # the edit in plain words
    status: str  # "applied", "off" or "skipped"
    reason: str = ""  # why it was skipped
    changeable: bool = False  # whether Change... can edit its number


class _TextBox(QPlainTextEdit):
    """A plain-text box that says when the student leaves it after changing it."""

    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self._shown = ""

    def set_shown_text(self, text: str) -> None:
        self._shown = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self.editing_finished.emit()


class ScenarioPanel(QWidget):
    """Title, description, notes and the list of edits, each switchable and removable."""

    texts_edited = Signal(str, str, str)  # title, description, notes
    switch_requested = Signal(int, bool)  # position (from 1), on
    remove_requested = Signal(int)  # position
    change_requested = Signal(int)  # position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("Untitled scenario"))
        self.title_edit.setAccessibleName(self.tr("Scenario title"))
        self.description_edit = _TextBox(self)
        self.description_edit.setPlaceholderText(self.tr("What the scenario asks"))
        self.description_edit.setAccessibleName(self.tr("Scenario description"))
        self.notes_edit = _TextBox(self)
        self.notes_edit.setPlaceholderText(self.tr("Your notes (saved with the scenario)"))
        self.notes_edit.setAccessibleName(self.tr("Scenario notes"))
        for box in (self.description_edit, self.notes_edit):
            box.setFixedHeight(2 * box.fontMetrics().lineSpacing() + 12)

        self.list = QListWidget(self)
        self.list.setMinimumHeight(3 * self.list.fontMetrics().lineSpacing())
        self.list.setAccessibleName(self.tr("Edits of the scenario"))
        self.list.setWordWrap(True)
        self.list.setToolTip(self.tr("Every edit, in the order applied. Untick one to switch it "
                                     "off; Delete removes it (both can be undone)."))
        self.empty_label = QLabel(self.tr("No edits: this is the baseline."), self)
        self.empty_label.setEnabled(False)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setToolTip(self.tr("Remove the selected edit (Delete; undoable)"))
        self.change_button = QPushButton(self.tr("C&hange..."), self)
        self.change_button.setToolTip(self.tr("Change the number of the selected edit"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)

        # Description and notes fold away: the list of edits needs the room on small screens.
        self.texts_button = QToolButton(self)
        self.texts_button.setText(self.tr("Description and notes"))
        self.texts_button.setCheckable(True)
        self.texts_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.texts_button.setArrowType(Qt.ArrowType.RightArrow)
        self.texts_button.setAutoRaise(True)
        self.texts_button.setAccessibleName(self.tr("Show the description and notes"))
        self._texts_box = QWidget(self)
        texts = QFormLayout(self._texts_box)
        texts.setContentsMargins(0, 0, 0, 0)
        texts.addRow(self.tr("&Description:"), self.description_edit)
        texts.addRow(self.tr("N&otes:"), self.notes_edit)
        self._texts_box.setVisible(False)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title:"), self.title_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary_label, 1)
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.texts_button)
        layout.addWidget(self._texts_box)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self._delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        self._delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        self._delete.activated.connect(self._on_remove_button_clicked)
        self.texts_button.toggled.connect(self._on_texts_button_toggled)
        self.title_edit.editingFinished.connect(self._on_texts_edited)
        self.description_edit.editing_finished.connect(self._on_texts_edited)
        self.notes_edit.editing_finished.connect(self._on_texts_edited)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_change_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.change_button.clicked.connect(self._on_change_button_clicked)
        self._lines: tuple[EditLine, ...] = ()
        self._texts = ("", "", "")
        self._update_buttons()

    # -- setters (signals blocked) ---------------------------------------------------------

    def set_scenario(
        self, title: str, description: str, notes: str, lines: Sequence[EditLine]
    ) -> None:
        """Show the scenario's texts and its edits (nothing is emitted)."""
        self._texts = (title, description, notes)
        if not self.title_edit.hasFocus() and self.title_edit.text() != title:
            self.title_edit.setText(title)
        self.description_edit.set_shown_text(description)
        self.notes_edit.set_shown_text(notes)
        lines = tuple(lines)
        if lines != self._lines:
            self._fill(lines)
        self.empty_label.setVisible(not lines)
        skipped = sum(1 for line in lines if line.status == "skipped")
        off = sum(1 for line in lines if line.status == "off")
        parts = [self.tr("%n edit(s) in force", "", len(lines) - skipped - off)]
        if off:
            parts.append(self.tr("%n switched off", "", off))
        if skipped:
            parts.append(self.tr("%n not applicable here", "", skipped))
        self.summary_label.setText(", ".join(parts) if lines else "")

    def _fill(self, lines: tuple[EditLine, ...]) -> None:
        row = self.list.currentRow()
        self._lines = lines
        self.list.blockSignals(True)
        self.list.clear()
        for line in lines:
            text = f"{line.position}. {line.text}"
            if line.status == "skipped":
                text += "\n" + self.tr("Not applied here: {reason}").format(reason=line.reason)
            item = QListWidgetItem(text, self.list)
            item.setData(_POSITION, line.position)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if line.status == "off"
                               else Qt.CheckState.Checked)
            if line.status != "applied":
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(self.palette().placeholderText())
            tip = {"applied": self.tr("In force"), "off": self.tr("Switched off: kept, not "
                                                                  "applied"),
                   "skipped": line.reason}.get(line.status, "")
            item.setToolTip(tip)
        if lines:
            self.list.setCurrentRow(min(max(row, 0), len(lines) - 1))
        self.list.blockSignals(False)
        self._update_buttons()

    # -- what the student asks -------------------------------------------------------------

    def current_position(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(_POSITION))

    def _update_buttons(self) -> None:
        position = self.current_position()
        self.remove_button.setEnabled(position is not None)
        line = next((x for x in self._lines if x.position == position), None)
        self.change_button.setEnabled(line is not None and line.changeable)

    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        self.switch_requested.emit(int(item.data(_POSITION)),
                                   item.checkState() == Qt.CheckState.Checked)

    def _on_remove_button_clicked(self) -> None:
        position = self.current_position()
        if position is not None:
            self.remove_requested.emit(position)

    def _on_change_button_clicked(self) -> None:
        position = self.current_position()
        if position is not None and self.change_button.isEnabled():
            self.change_requested.emit(position)

    def _on_texts_button_toggled(self, shown: bool) -> None:
        self._texts_box.setVisible(shown)
        self.texts_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                       else Qt.ArrowType.RightArrow)

    def _on_texts_edited(self) -> None:
        texts = (self.title_edit.text().strip(), self.description_edit.toPlainText(),
                 self.notes_edit.toPlainText())
        if texts != self._texts:
            self.texts_edited.emit(*texts)
