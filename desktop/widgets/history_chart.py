"""An index over every data year, with the scenario drawn as a point at its year.

The yearly line is the data (computed once per reporter, flow and level); only the
scenario point moves while a slider is dragged. Which index is shown is chosen here.

The vertical range is set here, not by pyqtgraph's auto-range: while a slider is dragged
it only grows, so the axes and grid (cached as pixmaps) are not redrawn on every step,
which cost more than everything else of a step together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.viewmodels import History
from desktop.widgets.chart_caption import ChartCaption
from desktop.widgets.chart_common import (
    BASELINE,
    SCENARIO,
    TEXT,
    adopt_plot_menus,
    cache_axes,
    make_pen,
)
from desktop.widgets.chart_export_menu import ChartExportMenu

__all__ = ["HistoryChart"]


class HistoryChart(QWidget):
    """The chosen index by year (the data) and the scenario's point."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Index history"))
        self.index_combo = QComboBox(self)
        self.index_combo.setAccessibleName(self.tr("Index shown in the history"))
        self.index_combo.setToolTip(self.tr("Which index to draw over the years"))
        label = QLabel(self.tr("&Index:"), self)
        label.setBuddy(self.index_combo)
        self.caption = ChartCaption(self)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setAccessibleName(self.tr("Index history chart"))
        self.plot.setMinimumHeight(160)
        self.export_menu = ChartExportMenu(self.plot, self)  # PNG, SVG, copy
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        adopt_plot_menus(self.plot)
        item.hideButtons()
        item.setMouseEnabled(x=False, y=False)
        item.enableAutoRange(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            item.getAxis(name).setPen(make_pen(TEXT))
            item.getAxis(name).setTextPen(make_pen(TEXT))
        item.setLabel("bottom", self.tr("year"))
        cache_axes(self.plot)  # (no legend: it would hide recent years; the caption explains)
        self.line = pg.PlotDataItem(
            [], [], pen=make_pen(TEXT.lighter(150), 2), symbol="o", symbolSize=5,
            symbolBrush=TEXT.lighter(150), symbolPen=None,
        )
        self.baseline_point = pg.ScatterPlotItem(
            [], [], size=14, pen=make_pen(BASELINE.darker(150), 2), brush=None,
        )
        self.scenario_point = pg.ScatterPlotItem(
            [], [], size=12, pen=make_pen(SCENARIO), brush=SCENARIO, symbol="d",
        )
        dashed = pg.mkPen(BASELINE, style=Qt.PenStyle.DashLine)
        self.year_line = pg.InfiniteLine(angle=90, pen=dashed)
        for graphic in (self.year_line, self.line, self.baseline_point, self.scenario_point):
            item.addItem(graphic)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.index_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._history: History | None = None
        self._baseline: Mapping[str, float] = {}
        self._scenario: Mapping[str, float] = {}
        self._year = 0
        self._live = False
        self._y_range: tuple[float, float] | None = None
        self.index_combo.currentIndexChanged.connect(self._on_index_combo_changed)

    def set_index_choices(self, keys: Sequence[str], names: Sequence[str], current: str) -> None:
        self.index_combo.blockSignals(True)
        self.index_combo.clear()
        for key, name in zip(keys, names, strict=True):
            self.index_combo.addItem(name, key)
        self.index_combo.setCurrentIndex(max(self.index_combo.findData(current), 0))
        self.index_combo.blockSignals(False)

    def current_key(self) -> str:
        return str(self.index_combo.currentData())

    def set_history(self, history: History | None) -> None:
        """Show the yearly data (``None``: the data have no history for this choice)."""
        self._history = history
        self._draw_line()

    def set_point(
        self,
        year: int,
        baseline: Mapping[str, float],
        scenario: Mapping[str, float],
        *,
        live: bool = False,
    ) -> None:
        """Move the scenario point (and the baseline marker) to ``year``; in place.

        While ``live`` (a slider is being dragged) the vertical range only grows.
        """
        self._year = year
        self._baseline = baseline
        self._scenario = scenario
        self._live = live
        self._draw_points()

    def _on_index_combo_changed(self, _index: int) -> None:
        self._draw_line()

    def _draw_line(self) -> None:
        history = self._history
        if history is None or len(history.years) == 0:
            self.line.setData([], [])
        else:
            years = history.years.astype(np.float64)
            values = history.series(self.current_key())
            finite = np.isfinite(values)
            self.line.setData(years[finite], values[finite])
            step = 5 if len(years) > 12 else 2 if len(years) > 6 else 1
            ticks = [(float(y), str(int(y))) for y in history.years if int(y) % step == 0]
            self.plot.getPlotItem().getAxis("bottom").setTicks([ticks, []])
            self.plot.getPlotItem().setXRange(years[0] - 0.5, years[-1] + 0.5, padding=0)
        self._draw_points()

    def _update_caption(self) -> None:
        history = self._history
        if history is None or len(history.years) == 0:
            text = self.tr("No yearly data for this choice.")
        else:
            text = self.tr(
                "{name}, {first}-{last}: the line is the data by year, the circle the baseline "
                "and the blue diamond the scenario in {year}."
            ).format(name=self.index_combo.currentText(), first=int(history.years[0]),
                     last=int(history.years[-1]), year=self._year)
        self.caption.set_text(text)

    def _draw_points(self) -> None:
        key = self.current_key()
        year = float(self._year)
        base = self._baseline.get(key, float("nan"))
        scen = self._scenario.get(key, float("nan"))
        if self.year_line.value() != year:
            self.year_line.setValue(year)
        self.baseline_point.setData([year], [base] if np.isfinite(base) else [np.nan])
        self.scenario_point.setData([year], [scen] if np.isfinite(scen) else [np.nan])
        self._fit_y_range([base, scen])
        self._update_caption()

    def _fit_y_range(self, points: Sequence[float]) -> None:
        """Show the line and the points with a margin; while live, only ever grow."""
        _, line = self.line.getData()
        values = np.concatenate([np.asarray(line if line is not None else [], dtype=np.float64),
                                 np.asarray(points, dtype=np.float64)])
        values = values[np.isfinite(values)]
        if values.size == 0:
            return
        low, high = float(values.min()), float(values.max())
        margin = 0.08 * (high - low) or 0.05 * abs(high) or 0.05
        low, high = low - margin, high + margin
        if self._live and self._y_range is not None:
            # Grow in steps of a quarter of the range, so that a long drag re-draws the
            # axes a few times rather than on every step.
            old_low, old_high = self._y_range
            step = 0.25 * (old_high - old_low)
            low = old_low if low >= old_low else min(low, old_low - step)
            high = old_high if high <= old_high else max(high, old_high + step)
        if (low, high) != self._y_range:
            self._y_range = (low, high)
            self.plot.getPlotItem().setYRange(low, high, padding=0)

    def y_range(self) -> tuple[float, float] | None:
        """Return the vertical range shown, for tests and checks."""
        return self._y_range

    def scenario_point_value(self) -> float:
        """Return the drawn scenario value, for tests and checks."""
        _, y = self.scenario_point.getData()
        return float(y[0]) if len(y) else float("nan")

