"""Uncertainty bands in the window: options, each index's 5-95 % band, and a histogram.

For a scenario with cost shocks, sigma is drawn from a range (or each edit keeps its own)
and each shock around its value (docs/design.md sec. 3.5), exactly as ``python -m models
montecarlo`` draws them: the same seed gives the same numbers. The draws are computed off
the GUI thread (:mod:`desktop.bands_worker`) with a progress bar and Cancel. Bands are
recomputed when the scenario or an option changes while the tab is shown; while a slider
is dragged they are marked out of date, and drawn again when it is let go.

Each index shows its scenario value beside its 5 %, median and 95 % values; the row chosen
in the table is drawn as a histogram of its draws (:mod:`bands_histogram`).
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.bands_worker import BandsRequest, BandsRunner, bands_scenario
from desktop.i18n import Local, value_text
from desktop.viewmodels import index_keys
from desktop.widgets.bands_histogram import BandsHistogram
from desktop.widgets.bands_options import BandsOptions
from desktop.widgets.index_text import index_short_name, index_tooltip
from models.scenario import CostShock
from models.uncertainty import MAX_DRAW_ELEMENTS, ScenarioBands
from models.workbench import WorkbenchState

__all__ = ["BandsPanel"]

MAX_DRAWS = 1_000_000  # as on the command line (models._cli_args.MAX_DRAWS)
_STALE = QColor(150, 150, 150)
_NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class BandsPanel(QWidget):
    """Monte Carlo options, the bands table and the histogram of the chosen index."""

    bands_shown = Signal()  # new bands are on screen (for tests and the benchmark)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Uncertainty bands"))
        self.runner = BandsRunner(self)
        self.options = BandsOptions(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("State of the uncertainty bands"))
        self.table = self._make_table()
        self.histogram = BandsHistogram(self)
        self.plot = self.histogram.plot  # for the chart panel's exports
        self.export_menu = self.histogram.export_menu
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.options)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.histogram, 2)
        self._state: WorkbenchState | None = None
        self._request: BandsRequest | None = None  # what the scenario and options ask for
        self._shown: BandsRequest | None = None  # what the table shows
        self._result: ScenarioBands | None = None
        self._keys: tuple[str, ...] = ()
        self.runner.progressed.connect(self.options.set_progress)
        self.runner.done.connect(self._on_runner_done)
        self.runner.failed.connect(self._on_runner_failed)
        self.runner.stopped.connect(self._on_runner_stopped)
        self.options.changed.connect(self._on_options_changed)
        self.options.compute_button.clicked.connect(self._on_compute_button_clicked)
        self.options.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)

    def _make_table(self) -> QTableWidget:
        table = QTableWidget(0, 5, self)
        table.setAccessibleName(self.tr("Bands of every index"))
        table.setHorizontalHeaderLabels([self.tr("Index"), self.tr("Scenario"), self.tr("5 %"),
                                         self.tr("Median"), self.tr("95 %")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 4)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        width = self.fontMetrics().horizontalAdvance("100.00 %") + 12
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        table.setMinimumWidth(4 * width + 64)  # the names elide (their tooltips are whole)
        return table

    # -- the scenario -----------------------------------------------------------------------

    def set_state(self, state: WorkbenchState, *, live: bool = False) -> None:
        """Show bands for ``state``: drawn again unless they are already (being) drawn.

        While ``live`` (a slider is dragged) nothing is started: a run under way is
        cancelled and the bands shown are marked out of date.
        """
        if self._state is None or state.baseline is not self._state.baseline:
            partners = max(len(state.baseline.table.codes), 1)
            self.options.set_most_draws(min(MAX_DRAWS, MAX_DRAW_ELEMENTS // partners))
        self._state = state
        self._build_rows(state)
        self._show_point_values()
        self._update(start=not live)

    def _on_options_changed(self) -> None:
        if self._state is not None and self.isVisible():
            self._update(start=True)

    def _on_compute_button_clicked(self) -> None:
        if self._state is not None:
            self._shown = None  # draw again even if nothing changed
            self._update(start=True)

    def _on_cancel_button_clicked(self) -> None:
        self.runner.cancel()

    def request(self) -> BandsRequest | None:
        """Return what the scenario and the options ask for (None: nothing to draw)."""
        state = self._state
        scenario = None if state is None else bands_scenario(state)
        if state is None or scenario is None:
            return None
        values = self.options.values()
        return BandsRequest(scenario, state.baseline, values.draws, values.seed,
                            values.sigma_range, values.shock_spread)

    def _update(self, *, start: bool) -> None:
        request = self._request = self.request()
        self.options.compute_button.setEnabled(request is not None)
        if request is None:
            self.runner.cancel()
            self._mark_stale()
            self.status.setText(self.tr(
                "This scenario has no cost shock in force, so nothing here is drawn at random. "
                "Select partners in the table and apply a cost shock, or open the preset "
                "\u201cA Russia trade shock\u201d from the Presets menu."))
            return
        if request == self._shown:
            self.runner.cancel()  # a run for another request is no longer wanted
            self._mark_stale()
            self._say_what_is_shown(request)
            return
        self._mark_stale()
        problem = self._spread_problem(request)
        if problem or not start:
            self.runner.cancel()
            self.status.setText(problem or self.tr(
                "Out of date while the scenario changes: the bands are drawn again when you "
                "let go."))
            return
        if self.runner.running != request:
            self.runner.start(request)
            self.options.set_busy(True, request.draws)
        self.status.setText(self.tr("Drawing {draws:,} times...").format(
            draws=Local(request.draws)))

    def _spread_problem(self, request: BandsRequest) -> str:
        """Say why the spread cannot be used with a cost cut of the scenario ('' if it can)."""
        spread = request.shock_spread
        for position, edit in enumerate(request.scenario.edits, start=1):
            if not isinstance(edit, CostShock) or position in request.scenario.switched_off:
                continue
            for code, shock in edit.shocks:
                if shock - spread * abs(shock) > -1.0:
                    continue
                widest = max(math.floor((1.0 + shock) / -shock * 100.0 - 1e-9), 0)
                return self.tr(
                    "The cost cut of {cut:g} % on {code} (edit {position}) cannot vary by "
                    "\u00b1{spread:g} %: some draws would make that trade free of cost. Use "
                    "shocks of \u00b1{widest} % or less.").format(
                        cut=Local(100 * -shock), code=code, position=position,
                        spread=Local(100 * spread),
                        widest=widest)
        return ""

    # -- the runner --------------------------------------------------------------------------

    def _on_runner_done(self, result: ScenarioBands, request: BandsRequest) -> None:
        self.options.set_busy(False)
        self._result, self._shown = result, request
        self._show_bands()
        self._mark_stale()
        self._say_what_is_shown(request)
        self.bands_shown.emit()

    def _on_runner_failed(self, message: str, _request: BandsRequest) -> None:
        self.options.set_busy(False)
        self.status.setText(self.tr("The bands could not be drawn: {reason}").format(
            reason=message))

    def _on_runner_stopped(self, _request: BandsRequest) -> None:
        self.options.set_busy(False)
        self.status.setText(
            self.tr("Cancelled. Press Compute to draw the bands.") if self._result is None
            else self.tr("Cancelled: the bands shown are out of date. Press Compute to draw "
                         "them again."))

    def _say_what_is_shown(self, request: BandsRequest) -> None:
        if request.sigma_range is None:
            sigma = self.tr("each edit's own sigma")
        else:
            sigma = self.tr("sigma from {low:g} to {high:g}").format(
                low=Local(request.sigma_range[0]), high=Local(request.sigma_range[1]))
        self.status.setText(self.tr(
            "{draws:,} draws, seed {seed}, {sigma}, shocks \u00b1{spread:g} %: 90 % of the "
            "draws fall between the 5 % and 95 % columns.").format(
                draws=Local(request.draws), seed=request.seed, sigma=sigma,
                spread=Local(100 * request.shock_spread)))

    # -- table and histogram ---------------------------------------------------------------------

    def _build_rows(self, state: WorkbenchState) -> None:
        held = {*state.comparison.scenario, "similarity"}
        keys = tuple(k for k in index_keys() if k in held)
        if keys == self._keys:
            return
        chosen = self.chosen_key()
        self._keys = keys
        self.table.setRowCount(len(keys))
        for r, key in enumerate(keys):
            name = QTableWidgetItem(index_short_name(key))
            name.setToolTip(index_tooltip(key))
            name.setData(Qt.ItemDataRole.UserRole, key)
            self.table.setItem(r, 0, name)
            for column in range(1, 5):
                item = QTableWidgetItem("")
                item.setTextAlignment(_NUMBER_ALIGN)
                self.table.setItem(r, column, item)
        self.table.setCurrentCell(keys.index(chosen) if chosen in keys else 0, 0)

    def _point_values(self, key: str) -> tuple[float, float]:
        """Return the scenario's and the baseline's value of index ``key`` (no uncertainty)."""
        assert self._state is not None
        comparison = self._state.comparison
        if key == "similarity":
            return comparison.similarity, 1.0
        nan = float("nan")
        return comparison.scenario.get(key, nan), comparison.baseline.get(key, nan)

    def _show_point_values(self) -> None:
        for r, key in enumerate(self._keys):
            self._set_cell(r, 1, value_text(key, self._point_values(key)[0]))

    def _show_bands(self) -> None:
        result = self._result
        for r, key in enumerate(self._keys):
            band = None if result is None else result.bands.get(key)
            for column in range(3):
                text = "" if band is None else value_text(key, float(band[column]))
                self._set_cell(r, 2 + column, text)
        self._draw_histogram()

    def _set_cell(self, row: int, column: int, text: str) -> None:
        item = self.table.item(row, column)
        if item is not None and item.text() != text:
            item.setText(text)

    def _mark_stale(self) -> None:
        stale = self.is_stale()
        color = _STALE if stale else self.palette().text().color()
        for r in range(self.table.rowCount()):
            for column in range(2, 5):
                item = self.table.item(r, column)
                if item is not None and item.foreground().color() != color:
                    item.setForeground(color)
        self.histogram.set_faded(stale)

    def chosen_key(self) -> str:
        """Return the index whose draws the histogram shows (the table's current row)."""
        row = self.table.currentRow()
        return self._keys[row] if 0 <= row < len(self._keys) else "hhi"

    def choose_key(self, key: str) -> None:
        self.table.setCurrentCell(self._keys.index(key), 0)

    def _on_table_current_cell_changed(self, *_cells: int) -> None:
        self._draw_histogram()

    def _draw_histogram(self) -> None:
        key = self.chosen_key()
        name = index_short_name(key)
        result = self._result
        if result is None or self._state is None or key not in result.bands:
            self.histogram.clear(name)
            return
        scenario, baseline = self._point_values(key)
        self.histogram.set_draws(name, result.samples.get(key), result.bands[key], scenario,
                                 baseline)

    # -- for tests and checks ------------------------------------------------------------------

    @property
    def result(self) -> ScenarioBands | None:
        """The bands on screen (None if none)."""
        return self._result

    @property
    def shown_request(self) -> BandsRequest | None:
        """The request whose bands are on screen."""
        return self._shown

    def is_stale(self) -> bool:
        """Whether bands are on screen that are not those of the scenario and options now."""
        return self._result is not None and self._shown != self._request

    def texts(self, key: str) -> tuple[str, ...]:
        """Return the row of index ``key`` as shown: name, scenario, 5 %, median, 95 %."""
        row = self._keys.index(key)
        return tuple(self.table.item(row, c).text() for c in range(5))  # type: ignore[union-attr]
