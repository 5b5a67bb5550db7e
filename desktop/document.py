"""The open document: the current workbench state, the undo stack and the file.

Everything the window shows comes from one immutable :class:`~models.workbench.WorkbenchState`
(the scenario, the student's editing choices, the outcome, the comparison, the history, the
edits in force and the skipped ones), built by :class:`~models.workbench.Workbench` whole or
not at all. Commands (desktop/commands.py) replace the scenario through
:meth:`Document.set_scenario`, which swaps in the new state and emits ``changed`` only when
the value really changed; :meth:`Document.set_editing` changes the editing choices (current
category, rule, source, drag under way) and emits ``editing_changed``.

A new scenario is built before anything is swapped (:meth:`Document.prepare`); the state
the window shows is never half-built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from models.analysis import Comparison
from models.datasets import Catalog
from models.history import History
from models.scenario import Baseline, EditError, Outcome, Scenario
from models.workbench import Editing, Workbench, WorkbenchState

__all__ = ["Document"]


class Document(QObject):
    """The current workbench state, the undo stack and the scenario file."""

    changed = Signal()  # the scenario (and so the outcome) changed
    baseline_changed = Signal()  # emitted before `changed` when the categories changed
    editing_changed = Signal()  # the editing choices changed (current, rule, source, drag)
    file_changed = Signal()  # the document's file path changed

    def __init__(self, catalog: Catalog, scenario: Scenario, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.workbench = Workbench(catalog)
        self.undo_stack = QUndoStack(self)
        self._file: Path | None = None
        self._state = self.workbench.build(scenario)
        self._prepared: WorkbenchState | None = None

    # -- the value ------------------------------------------------------------------

    @property
    def state(self) -> WorkbenchState:
        """Everything the window shows, as one immutable value."""
        return self._state

    @property
    def scenario(self) -> Scenario:
        return self._state.scenario

    @property
    def editing(self) -> Editing:
        return self._state.editing

    @property
    def baseline(self) -> Baseline:
        return self._state.baseline

    @property
    def outcome(self) -> Outcome:
        return self._state.outcome

    @property
    def comparison(self) -> Comparison:
        return self._state.comparison

    @property
    def skipped(self) -> tuple[EditError, ...]:
        """Edits of the scenario that could not be applied, with their reasons."""
        return self._state.skipped

    def history(self) -> History:
        """Every index over all data years for the current series."""
        return self._state.history

    def baseline_for(self, scenario: Scenario) -> Baseline:
        """Return the baseline of ``scenario``; the catalog's ValueError if it has none."""
        return self.workbench.baseline(scenario)

    def prepare(self, scenario: Scenario) -> WorkbenchState:
        """Build (and keep for :meth:`set_scenario`) the state ``scenario`` would give.

        Raises the catalog's ValueError if the data do not hold its baseline; nothing
        changes then.
        """
        if self._prepared is not None and self._prepared.scenario == scenario:
            return self._prepared
        self._prepared = self.workbench.build(scenario, self._editing_for(scenario))
        return self._prepared

    def _editing_for(self, scenario: Scenario) -> Editing:
        editing = self._state.editing
        state = self._state
        if scenario.baseline_key != state.scenario.baseline_key:
            baseline = self.workbench.baseline(scenario)
            current = editing.current if editing.current in baseline.codes else None
            source = editing.source if editing.source in baseline.codes else None
            editing = Editing(current, editing.rule if source or editing.rule != "from_partner"
                              else "proportional", source, editing.live)
        return editing

    def set_scenario(self, scenario: Scenario) -> None:
        """Make ``scenario`` current (commands call this); no signal if nothing changed.

        Callers check beforehand (:meth:`prepare`) that the scenario can be built.
        """
        if scenario == self._state.scenario:
            return
        state = self.prepare(scenario)
        self._prepared = None
        new_baseline = scenario.baseline_key != self._state.scenario.baseline_key
        self._state = state
        if new_baseline:
            self.baseline_changed.emit()
        self.changed.emit()

    def set_editing(self, editing: Editing) -> None:
        """Change the editing choices; ``editing_changed`` if they really changed."""
        if editing == self._state.editing:
            return
        self._state = self._state.with_editing(editing)
        self._prepared = None
        self.editing_changed.emit()

    def set_catalog(self, catalog: Catalog) -> None:
        """Use ``catalog`` from now on (a data set was imported or removed).

        The state is rebuilt on the new data; ``baseline_changed`` and ``changed`` follow.
        Raises the catalog's ValueError, with nothing changed, if it does not hold the
        scenario's baseline.
        """
        workbench = Workbench(catalog)
        state = workbench.build(self._state.scenario, self._state.editing)
        self.catalog, self.workbench = catalog, workbench
        self._state = state
        self._prepared = None
        self.baseline_changed.emit()
        self.changed.emit()

    # -- the file ---------------------------------------------------------------------

    def open(self, scenario: Scenario, path: Path | None) -> None:
        """Start afresh on ``scenario`` (a file just opened): no undo history, clean."""
        self.undo_stack.clear()
        self.set_scenario(scenario)
        self.set_file(path)
        self.undo_stack.setClean()

    @property
    def file(self) -> Path | None:
        """The scenario file this document was opened from or saved to, if any."""
        return self._file

    def set_file(self, path: Path | None) -> None:
        if path != self._file:
            self._file = path
            self.file_changed.emit()
