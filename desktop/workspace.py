"""The open scenarios of one window: several documents over the same data, one current.

Each :class:`~desktop.document.Document` keeps its own scenario, undo stack and file; the
:class:`Workspace` holds them in order, says which is current, and puts their undo stacks
in one ``QUndoGroup`` so that Undo and Redo always act on the current scenario. Documents
share one :class:`~models.workbench.Workbench`'s data but not its caches.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

from desktop.document import Document

__all__ = ["Workspace"]

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_OWN_LETTER = re.compile(r"^[A-Z0-9]{1,2}\s*:\s")  # "A: ...", "12: ..."


class Workspace(QObject):
    """The open documents, in order, and the current one."""

    documents_changed = Signal()  # one was added or removed, or its name or saved state changed
    scenarios_changed = Signal()  # a scenario changed (on every slider step: keep slots light)
    current_changed = Signal()  # another document became current

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self.undo_group = QUndoGroup(self)
        self._documents: list[Document] = []
        self._titles: dict[Document, str] = {}  # to tell a title change from any other
        self._current: Document = document
        self.add(document)

    @property
    def documents(self) -> tuple[Document, ...]:
        return tuple(self._documents)

    @property
    def current(self) -> Document:
        return self._current

    def index_of(self, document: Document) -> int:
        return self._documents.index(document)

    def add(self, document: Document) -> None:
        """Add ``document`` at the end and make it current."""
        if document not in self._documents:
            self._documents.append(document)
            self.undo_group.addStack(document.undo_stack)
            self._titles[document] = document.scenario.title
            document.file_changed.connect(self.documents_changed)
            document.changed.connect(self._on_document_changed)
            document.undo_stack.cleanChanged.connect(self.documents_changed)
            self.documents_changed.emit()
        self.set_current(document)

    def remove(self, document: Document) -> None:
        """Take ``document`` out (there is always one left: the last is never removed)."""
        if document not in self._documents or len(self._documents) == 1:
            return
        position = self._documents.index(document)
        self._documents.remove(document)
        self.undo_group.removeStack(document.undo_stack)
        self._titles.pop(document, None)
        document.file_changed.disconnect(self.documents_changed)
        document.changed.disconnect(self._on_document_changed)
        document.undo_stack.cleanChanged.disconnect(self.documents_changed)
        if document is self._current:
            self._current = self._documents[min(position, len(self._documents) - 1)]
            self.undo_group.setActiveStack(self._current.undo_stack)
            self.current_changed.emit()
        self.documents_changed.emit()
        document.deleteLater()

    def _on_document_changed(self) -> None:
        self.scenarios_changed.emit()
        titles = {d: d.scenario.title for d in self._documents}
        if titles != self._titles:  # a tab's name follows its title
            self._titles = titles
            self.documents_changed.emit()

    def set_current(self, document: Document) -> None:
        """Make ``document`` (one of :attr:`documents`) current."""
        if document not in self._documents:
            raise ValueError("the document is not open in this workspace")
        self.undo_group.setActiveStack(document.undo_stack)
        if document is not self._current:
            self._current = document
            self.current_changed.emit()

    def name_of(self, document: Document, untitled: str = "Untitled scenario") -> str:
        """Return the name for tabs and the compare view: "A: China takes the slack".

        The letter is its place among the open scenarios; the rest is its title, else its
        file's name, else ``untitled``. A title that already starts with its own letter
        ("B: Middle Corridor", as students name scenarios) is used as it is.
        """
        position = self._documents.index(document)
        letter = LETTERS[position] if position < len(LETTERS) else str(position + 1)
        title = document.scenario.title or (
            document.file.stem if document.file is not None else untitled
        )
        if _OWN_LETTER.match(title):
            return title
        return f"{letter}: {title}"

    def is_pristine(self, document: Document) -> bool:
        """Whether ``document`` holds nothing of the student's: no file, no edits, no title."""
        s = document.scenario
        return (
            document.file is None
            and document.undo_stack.isClean()
            and not s.edits
            and not s.title
            and not s.notes
        )
