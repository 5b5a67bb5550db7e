"""Data > Remove imported data: the kept data sets listed, one removed after asking.

A data set an open scenario shows is not removed: the student is told, plainly, to switch
that scenario to another country (or close it) first. When only an open scenario's undo
history goes back to it, the question says that history will be cleared (a cleared history
is no save: the scenario stays marked as changed). Once removed, every open scenario uses
the catalog without it (:meth:`desktop.import_actions.ImportActions.reload`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMessageBox

from desktop.commands import ScenarioCommand
from desktop.import_dialogs import RemoveDataDialog
from models.datasets import DataError
from models.user_data import remove_set

if TYPE_CHECKING:
    from desktop.import_actions import ImportActions
    from desktop.main_window import MainWindow

__all__ = ["DataSetRemoval"]


def _mentions(stack: QUndoStack, reporter: str) -> bool:
    """Whether a step of ``stack`` shows ``reporter``'s data (Undo could go back to them)."""
    for index in range(stack.count()):
        command = stack.command(index)
        if isinstance(command, ScenarioCommand) and reporter in (
                command.before.reporter, command.after.reporter):
            return True
    return False


class DataSetRemoval(QObject):
    """The Remove imported data action, its dialog and the removal itself."""

    def __init__(self, window: MainWindow, imports: ImportActions):
        super().__init__(imports)
        self._window = window
        self._imports = imports
        self.dialog: RemoveDataDialog | None = None
        self.action = QAction(self.tr("&Remove imported data..."), self)
        tip = self.tr("List the data sets you imported and remove one")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self._on_action_triggered)

    def refresh(self) -> None:
        """List the kept data sets again, if the dialog is open."""
        if self.dialog is not None:
            self.dialog.set_sets(self._imports.kept_sets())

    def _on_action_triggered(self) -> None:
        self._imports.app_data = None  # read the folder as it is now
        if self.dialog is None:
            self.dialog = RemoveDataDialog(self._window)
            self.dialog.remove_requested.connect(self._on_dialog_remove_requested)
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()

    def _on_dialog_remove_requested(self, set_id: str) -> None:
        self.remove(set_id)

    def remove(self, set_id: str) -> bool:
        """Remove the kept data set ``set_id`` after asking; False if it stays."""
        imports = self._imports
        data_set = next((s for s in imports.app().sets if s.id == set_id), None)
        if data_set is None:
            return False
        name = data_set.reporter_name
        used = data_set.kind == "reported" and imports.why_unused(data_set) is None
        workspace = self._window.workspace
        documents = workspace.documents if used else ()
        showing = [workspace.name_of(d) for d in documents
                   if d.scenario.reporter == data_set.reporter]
        if showing:
            QMessageBox.warning(self._window, self.tr("The data are in use"), self.tr(
                "{name}'s imported data are shown by the open scenario(s) {scenarios}. Switch "
                "them to another country (the country selector) or close them, then remove "
                "the data.").format(name=name, scenarios="; ".join(showing)))
            return False
        history = [d for d in documents if _mentions(d.undo_stack, data_set.reporter)]
        question = self.tr("Remove the imported data of {name}, read from {file} on {date}? "
                           "The app's copy is deleted; your file stays where it is.").format(
                               name=name, file=data_set.source_file,
                               date=data_set.imported[:10])
        if history:
            question += " " + self.tr("Undo in {scenarios} goes back to these data: their undo "
                                      "history will be cleared.").format(
                                          scenarios="; ".join(workspace.name_of(d)
                                                              for d in history))
        answer = QMessageBox.question(
            self._window, self.tr("Remove imported data"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            remove_set(set_id)
        except (DataError, OSError) as exc:
            QMessageBox.warning(self._window, self.tr("Cannot remove the data"), str(exc))
            return False
        for document in history:
            clean = document.undo_stack.isClean()
            document.undo_stack.clear()
            if not clean:
                document.undo_stack.resetClean()  # still unsaved: clearing is no save
        imports.reload()
        self.refresh()
        self._window.statusBar().showMessage(self.tr(
            "Removed the imported data of {name} ({file}).").format(
                name=name, file=data_set.source_file), 10000)
        return True
