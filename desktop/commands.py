"""Undoable edits: each command holds the scenario before and after and sets it on the document.

* :class:`ReplaceScenario` -- a preset, a baseline change (year, flow, level, release, N),
  reset, or any other wholesale change;
* :class:`AppendEdits` -- one or more model edits appended in one step (a lock, a value
  change or a cost shock on the selected partners, an exact share);
* :class:`DragShare` -- one slider drag: consecutive moves of the same partner within one
  gesture merge into a single undo step, built from the scenario at the gesture's start.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QUndoCommand

from desktop.document import Document
from models.scenario import Edit, Scenario

__all__ = ["AppendEdits", "DragShare", "ReplaceScenario", "ScenarioCommand"]

_DRAG_SHARE_ID = 4101


class ScenarioCommand(QUndoCommand):
    """Replace the document's scenario ``before`` by ``after`` (and back on undo)."""

    def __init__(self, document: Document, before: Scenario, after: Scenario, text: str):
        super().__init__(text)
        self._document = document
        self.before = before
        self.after = after

    def redo(self) -> None:
        self._document.set_scenario(self.after)

    def undo(self) -> None:
        self._document.set_scenario(self.before)


class ReplaceScenario(ScenarioCommand):
    """A wholesale change: preset, baseline selectors, reset."""


class AppendEdits(ScenarioCommand):
    """Append model edits to the scenario as one undo step."""

    def __init__(self, document: Document, before: Scenario, edits: Iterable[Edit], text: str):
        after = before
        for edit in edits:
            after = after.with_edit(edit)
        super().__init__(document, before, after, text)


class DragShare(ScenarioCommand):
    """One move of a share slider; moves of one gesture merge into one step.

    ``gesture`` identifies the drag (a new number at each press); ``None`` means a single
    step (keyboard, exact number) that never merges.
    """

    def __init__(
        self,
        document: Document,
        before: Scenario,
        after: Scenario,
        text: str,
        *,
        partner: str,
        gesture: int | None,
    ):
        super().__init__(document, before, after, text)
        self.partner = partner
        self.gesture = gesture

    def id(self) -> int:
        return _DRAG_SHARE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, DragShare)
            and self.gesture is not None
            and other.gesture == self.gesture
            and other.partner == self.partner
        ):
            return False
        self.after = other.after
        self.setText(other.text())  # the undo step names where the drag ended
        # A drag that ends where it started leaves no step behind.
        self.setObsolete(self.after == self.before)
        return True
