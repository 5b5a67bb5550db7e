"""At start, after a crash: offer each unsaved document found, Restore or Discard.

:class:`Recovery` asks about every autosave left by a copy of the app that is no longer
running (:meth:`desktop.autosave.Autosaver.orphans`), oldest first, showing its title and
when it was kept. Restore opens it in the window as an unsaved document (the title bar
shows it modified; its file, if it had one, is kept, so Save writes there); its autosave is
written anew under this app's id before the old one is removed, so a second crash loses
nothing either. Discard removes the file. Closing the question without an answer keeps
the file for the next start. :meth:`Recovery.ask` is the one dialog; tests replace it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QDateTime, QLocale, QObject
from PySide6.QtWidgets import QMessageBox

from desktop.autosave import Autosaver, FoundAutosave

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

__all__ = ["Answer", "Recovery"]

Answer = Literal["restore", "discard", "later"]


class Recovery(QObject):
    """Offers the autosaves of apps that are gone, one by one, in ``window``."""

    def __init__(self, window: MainWindow, autosaver: Autosaver):
        super().__init__(window)
        self._window = window
        self._autosaver = autosaver

    def run(self) -> int:
        """Ask about each autosave found; return how many were restored."""
        restored = 0
        try:
            for found in self._autosaver.orphans():
                answer = self.ask(found)
                if answer == "restore" and self.restore(found):
                    restored += 1
                elif answer == "discard":
                    self._autosaver.discard(found)
        finally:
            self._autosaver.release_orphans()
        return restored

    def restore(self, found: FoundAutosave) -> bool:
        """Open ``found`` as an unsaved document; remove the old file once it is kept anew."""
        record = found.record
        window = self._window
        if not window.files.restore(record.scenario, record.file):
            return False  # the data do not hold its baseline (said so): the file stays
        document = window.document
        self._autosaver.watch(document)
        if self._autosaver.save_now(document):
            self._autosaver.discard(found)
        return True

    def time_text(self, found: FoundAutosave) -> str:
        """When ``found`` was written, in the user's local time and format."""
        moment = QDateTime.fromMSecsSinceEpoch(int(found.record.saved_at.timestamp() * 1000))
        return QLocale().toString(moment, QLocale.FormatType.LongFormat)

    def ask(self, found: FoundAutosave) -> Answer:
        """Ask whether to restore ``found`` (kept here so tests can replace the dialog)."""
        record = found.record
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore unsaved changes?"))
        box.setText(self.tr(
            "Multivector did not close normally. \u201c{title}\u201d had changes that were "
            "not saved; they were kept on {time}.").format(
                title=record.title or self.tr("Untitled scenario"),
                time=self.time_text(found)))
        where = (self.tr("Its file: {file} (Save writes there).").format(file=record.file)
                 if record.file is not None else self.tr("It was never saved to a file."))
        box.setInformativeText(where + "\n" + self.tr(
            "Restore opens the scenario with those changes, not yet saved. Discard deletes "
            "them for good."))
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"
