"""The open document: the current scenario, what it gives, and the undo stack.

The scenario is an immutable value; commands (desktop/commands.py) replace it through
:meth:`Document.set_scenario`, which recomputes the outcome and emits ``changed`` only when
the value really changed. The baseline is read from the catalog only when the scenario's
baseline key changes (then ``baseline_changed`` is emitted first), and kept in a small
cache so switching a selector back and forth is instant.
"""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from desktop.viewmodels import History, SkippedEdit, apply_what_applies, history_series
from models.analysis import Comparison, compare
from models.blocs import default_partition
from models.datasets import Catalog
from models.scenario import Baseline, Outcome, Scenario, load_baseline

__all__ = ["Document"]

_CACHE_SIZE = 8


class Document(QObject):
    """The current scenario with its baseline, outcome and comparison, and the undo stack."""

    changed = Signal()  # the scenario (and so the outcome) changed
    baseline_changed = Signal()  # emitted before `changed` when the categories changed
    file_changed = Signal()  # the document's file path changed

    def __init__(self, catalog: Catalog, scenario: Scenario, parent: QObject | None = None):
        super().__init__(parent)
        self.catalog = catalog
        self.undo_stack = QUndoStack(self)
        self._baselines: OrderedDict[tuple[object, ...], Baseline] = OrderedDict()
        self._histories: dict[tuple[object, ...], History] = {}
        self._file: Path | None = None
        self._scenario = scenario
        self._baseline = self.baseline_for(scenario)
        self._recompute()

    # -- the value ------------------------------------------------------------------

    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def baseline(self) -> Baseline:
        return self._baseline

    @property
    def outcome(self) -> Outcome:
        return self._outcome

    @property
    def comparison(self) -> Comparison:
        return self._comparison

    @property
    def skipped(self) -> tuple[SkippedEdit, ...]:
        """Edits of the scenario that do not apply to the current baseline."""
        return self._skipped

    def baseline_for(self, scenario: Scenario) -> Baseline:
        """Return (from the cache, or read) the baseline of ``scenario``.

        Raises the catalog's error (a ValueError) if the data do not hold it.
        """
        key = scenario.baseline_key
        baseline = self._baselines.get(key)
        if baseline is None:
            baseline = load_baseline(scenario, self.catalog)
            self._baselines[key] = baseline
            if len(self._baselines) > _CACHE_SIZE:
                self._baselines.popitem(last=False)
        else:
            self._baselines.move_to_end(key)
        return baseline

    def set_scenario(self, scenario: Scenario) -> None:
        """Make ``scenario`` current (commands call this); no signal if nothing changed.

        The caller checks beforehand (:meth:`baseline_for`) that the baseline can be read.
        """
        if scenario == self._scenario:
            return
        new_baseline = scenario.baseline_key != self._scenario.baseline_key
        self._scenario = scenario
        if new_baseline:
            self._baseline = self.baseline_for(scenario)
        self._recompute()
        if new_baseline:
            self.baseline_changed.emit()
        self.changed.emit()

    def _recompute(self) -> None:
        self._outcome, self._skipped = apply_what_applies(self._scenario, self._baseline)
        self._comparison = compare(self._outcome)

    # -- history (computed once per baseline series, on demand) ----------------------

    def history(self) -> History:
        """Every index over all data years for the current reporter, flow and level."""
        s = self._scenario
        key = (s.reporter, s.flow, s.release, s.dimension, s.level, s.active_only)
        history = self._histories.get(key)
        if history is None:
            years, codes, values = self.catalog.history(s.reporter, s.flow, release=s.release)
            codes = tuple(codes)
            partitions = None
            if s.dimension == "partners":
                partitions = [
                    default_partition(self.catalog, s.reporter, int(year), codes) for year in years
                ]
            history = history_series(
                years,
                codes,
                values,
                partitions=partitions,
                level=s.level,
                active_only=s.active_only,
            )
            self._histories[key] = history
        return history

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
