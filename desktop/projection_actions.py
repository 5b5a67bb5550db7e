"""Projections in the window: the editor that makes the Growth edit, and the history chart.

:class:`ProjectionActions` opens the projection editor filled from the current scenario
(its projection, if it has one), pushes what the editor sends through
:meth:`~desktop.editing.ScenarioEditing.set_growth` (one undoable step that replaces the
scenario's projection), and hands the history chart the indices along the projection
(:func:`models.projection.projection_of`) when the chart is on screen; otherwise it only
notes that the chart is out of date, as the chart panel does for its charts.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.document import Document
from desktop.editing import ScenarioEditing
from desktop.widgets.chart_panel import HISTORY, ChartPanel
from desktop.widgets.projection_editor import Categories, ProjectionEditor
from desktop.words import ui_words
from models.data_status import dimension_words
from models.edits import Growth
from models.projection import projection_of

__all__ = ["ProjectionActions"]


class _Window(Protocol):
    @property
    def document(self) -> Document: ...

    @property
    def editing(self) -> ScenarioEditing: ...


class ProjectionActions(QObject):
    """The "Project growth..." action, its editor, and the projection in the history chart."""

    help_requested = Signal(str)  # the guide's page, from the editor's "?"

    def __init__(self, window: QWidget, host: _Window, charts: ChartPanel):
        """``window`` parents the editor; ``host`` (the same window) gives the document."""
        super().__init__(window)
        self._window = window
        self._host = host
        self._charts = charts
        self._stale = True
        self.editor: ProjectionEditor | None = None
        self.action = QAction(self.tr("Project &growth..."), window)
        self.action.setShortcut(QKeySequence("Ctrl+G"))
        tip = self.tr("Grow trade at annual rates per partner or per vector over N years")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.open_editor)
        charts.currentChanged.connect(self._on_charts_current_changed)

    # -- the editor -----------------------------------------------------------------------

    def open_editor(self) -> ProjectionEditor:
        """Open the projection editor, filled from the current scenario (one at a time)."""
        state = self._host.document.state
        scenario, baseline = state.scenario, state.baseline
        order = sorted(range(len(baseline.codes)), key=lambda i: -float(baseline.values[i]))
        words = ui_words(dimension_words(scenario.dimension, level=scenario.level))
        choices = [(words.many, Categories(tuple(baseline.codes[i] for i in order),
                                           tuple(baseline.names[i] for i in order), False))]
        partition = baseline.partition
        if baseline.level == "partners" and partition is not None:
            choices.append((self.tr("vectors (blocs)"),
                            Categories(partition.keys, partition.names, True)))
        current = next((e for e in reversed(scenario.edits) if isinstance(e, Growth)), None)
        if self.editor is not None:
            self.editor.close()
        editor = self.editor = ProjectionEditor(self._window)
        editor.set_choices(int(baseline.table.year), choices, current)
        editor.growth_chosen.connect(self._on_editor_growth_chosen)
        editor.help_requested.connect(self.help_requested)
        editor.finished.connect(self._on_editor_finished)
        # Not modal: the guide (its "?") and the History chart stay usable beside it.
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _on_editor_growth_chosen(self, growth: Growth | None) -> None:
        self._host.editing.set_growth(growth)

    def _on_editor_finished(self, _result: int) -> None:
        editor = self.editor
        if editor is not None:
            self.editor = None
            editor.deleteLater()

    # -- the history chart ------------------------------------------------------------------

    def document_changed(self) -> None:
        """Redraw the projection (the scenario changed) if the history chart is shown."""
        self._stale = True
        if self._charts.currentIndex() == HISTORY:
            self._draw()

    def _on_charts_current_changed(self, index: int) -> None:
        if index == HISTORY and self._stale:
            self._draw()

    def _draw(self) -> None:
        self._stale = False
        self._charts.history_chart.set_projection(projection_of(self._host.document.state))
