"""An index over every data year, with the scenario drawn as a point at its year.

The yearly line is the data (computed once per reporter, flow and level); only the
scenario point moves while a slider is dragged. Which index is shown is chosen here.

A scenario with a projection (a Growth edit) continues the axis past the data: the
scenario's path (dashed blue) from its year to the last projected year, where its point
then sits, and the baseline grown at the same rates as a grey ghost. Hovering over a year
says the index there; a click opens every index of that year (:mod:`year_details`).

The vertical range is set here, not by pyqtgraph's auto-range: while a slider is dragged
it only grows, so the axes and grid (cached as pixmaps) are not redrawn on every step,
which cost more than everything else of a step together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import value_text
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
from desktop.widgets.year_details import YearDetails, year_table
from models.projection import Projection

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
        # The projection: the scenario's path and the baseline's grown at the same rates.
        ghost = BASELINE.darker(130)
        ghost_pen = make_pen(ghost, 2)
        ghost_pen.setStyle(Qt.PenStyle.DashLine)
        self.ghost_line = pg.PlotDataItem(
            [], [], pen=ghost_pen, symbol="o", symbolSize=6, symbolBrush=None,
            symbolPen=make_pen(ghost, 1.5),
        )
        projected_pen = make_pen(SCENARIO, 2)
        projected_pen.setStyle(Qt.PenStyle.DashLine)
        self.projection_line = pg.PlotDataItem(
            [], [], pen=projected_pen, symbol="d", symbolSize=7, symbolBrush=SCENARIO,
            symbolPen=None,
        )
        for graphic in (self.year_line, self.line, self.ghost_line, self.projection_line,
                        self.baseline_point, self.scenario_point):
            item.addItem(graphic)
        self.year_details = YearDetails(self)
        self._hovered: int | None = None
        scene = self.plot.scene()
        scene.sigMouseClicked.connect(self._on_plot_scene_clicked)
        scene.sigMouseMoved.connect(self._on_plot_scene_moved)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.index_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._history: History | None = None
        self._projection: Projection | None = None
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

    def set_projection(self, projection: Projection | None) -> None:
        """Show the scenario's projection and the baseline's (``None``: no projection)."""
        if projection is None and self._projection is None:
            return
        self._projection = projection
        self._draw_line()

    @property
    def projection(self) -> Projection | None:
        """The projection shown (None if the scenario has none)."""
        return self._projection

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
        key = self.current_key()
        if history is None or len(history.years) == 0:
            self.line.setData([], [])
        else:
            years = history.years.astype(np.float64)
            values = history.series(key)
            finite = np.isfinite(values)
            self.line.setData(years[finite], values[finite])
        projection = self._projection
        for line, series in ((self.projection_line, None if projection is None
                              else projection.scenario.get(key)),
                             (self.ghost_line, None if projection is None
                              else projection.baseline.get(key))):
            if projection is None or series is None:
                line.setData([], [])
            else:
                finite = np.isfinite(series)
                line.setData(projection.years[finite].astype(np.float64), series[finite])
        self._set_x_axis()
        self._draw_points()

    def _set_x_axis(self) -> None:
        """Every data year, and the projected years after them."""
        years = self.years_shown()
        if not years:
            return
        first, last = years[0], years[-1]
        span = last - first
        step = 5 if span > 12 else 2 if span > 6 else 1
        ticks = [(float(y), str(y)) for y in range(first, last + 1) if y % step == 0]
        item = self.plot.getPlotItem()
        item.getAxis("bottom").setTicks([ticks, []])
        item.setXRange(first - 0.5, last + 0.5, padding=0)

    def years_shown(self) -> list[int]:
        """Return every year drawn, data and projection, in order."""
        years: set[int] = set()
        if self._history is not None:
            years.update(int(y) for y in self._history.years)
        if self._projection is not None:
            years.update(int(y) for y in self._projection.years)
        return sorted(years)

    def _update_caption(self) -> None:
        history = self._history
        projection = self._projection
        if (history is None or len(history.years) == 0) and projection is None:
            text = self.tr("No yearly data for this choice.")
        elif projection is None:
            assert history is not None
            text = self.tr(
                "{name}, {first}-{last}: the line is the data by year, the circle the baseline "
                "and the blue diamond the scenario in {year}. Click a year for every index."
            ).format(name=self.index_combo.currentText(), first=int(history.years[0]),
                     last=int(history.years[-1]), year=self._year)
        else:
            text = self.tr(
                "{name}: the line is the data by year; dashed blue, the scenario projected "
                "from {year} to {end}; dashed grey, the baseline grown at the same rates. "
                "Click a year for every index."
            ).format(name=self.index_combo.currentText(), year=self._year,
                     end=int(projection.years[-1]))
        self.caption.set_text(text)

    def _draw_points(self) -> None:
        key = self.current_key()
        year = float(self._year)
        base = self._baseline.get(key, float("nan"))
        scen = self._scenario.get(key, float("nan"))
        if self.year_line.value() != year:
            self.year_line.setValue(year)
        # With a projection the scenario's values are those of its last year.
        end = year if self._projection is None else float(self._projection.years[-1])
        self.baseline_point.setData([year], [base] if np.isfinite(base) else [np.nan])
        self.scenario_point.setData([end], [scen] if np.isfinite(scen) else [np.nan])
        self._fit_y_range([base, scen])
        self._update_caption()

    def _fit_y_range(self, points: Sequence[float]) -> None:
        """Show the line and the points with a margin; while live, only ever grow."""
        drawn = [item.getData()[1] for item in (self.line, self.projection_line, self.ghost_line)]
        values = np.concatenate([*(np.asarray(y if y is not None else [], dtype=np.float64)
                                   for y in drawn), np.asarray(points, dtype=np.float64)])
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

    def scenario_point_year(self) -> float:
        """Return the year the scenario point is drawn at, for tests and checks."""
        x, _ = self.scenario_point.getData()
        return float(x[0]) if len(x) else float("nan")

    # -- a year's indices: hover and click ---------------------------------------------------

    def year_text(self, year: int) -> str:
        """Rich text: every index in ``year`` (data, scenario, projection and ghost)."""
        keys = [self.index_combo.itemData(i) for i in range(self.index_combo.count())]
        projection = self._projection
        if projection is not None and year in projection.years and year != self._year:
            scenario, grown = projection.values_in(year)
            columns = [(self.tr("Scenario"), scenario)]
            if grown:
                columns.append((self.tr("Baseline grown"), grown))
            heading = self.tr("{year}, projected").format(year=year)
        elif year == self._year:
            scenario = (dict(self._scenario) if projection is None
                        else projection.values_in(year)[0])
            columns = [(self.tr("Baseline"), dict(self._baseline)),
                       (self.tr("Scenario"), scenario)]
            heading = (self.tr("{year}: baseline and scenario").format(year=year)
                       if projection is None else
                       self.tr("{year}: baseline and scenario, before the projection").format(
                           year=year))
        else:
            columns = [(self.tr("Data"), self._data_in(year))]
            heading = self.tr("{year}: the data").format(year=year)
        return year_table(heading, keys, columns)

    def _data_in(self, year: int) -> dict[str, float]:
        history = self._history
        if history is None:
            return {}
        where = np.flatnonzero(history.years == year)
        if where.size == 0:
            return {}
        return {key: float(values[where[0]]) for key, values in history.values.items()}

    def year_at(self, scene_pos: QPointF) -> int | None:
        """Return the year drawn under ``scene_pos`` (None: outside the plot or no year)."""
        box = self.plot.getPlotItem().getViewBox()
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        x = float(box.mapSceneToView(scene_pos).x())
        year = round(x)
        return year if abs(x - year) <= 0.5 and year in self.years_shown() else None

    def scene_pos_of(self, year: int) -> QPointF:
        """Return where ``year`` is in the plot's scene, half-way up (for tests)."""
        box = self.plot.getPlotItem().getViewBox()
        low, high = box.viewRange()[1]
        point: QPointF = box.mapViewToScene(QPointF(float(year), 0.5 * (low + high)))
        return point

    def show_year(self, year: int, where: QPoint) -> None:
        """Open the popup with every index of ``year`` at global ``where``."""
        self.year_details.show_text(self.year_text(year), where)

    def _on_plot_scene_clicked(self, event: object) -> None:
        year = self.year_at(event.scenePos())  # type: ignore[attr-defined]
        if year is not None:
            self.show_year(year, event.screenPos().toPoint())  # type: ignore[attr-defined]

    def _on_plot_scene_moved(self, scene_pos: QPointF) -> None:
        # The plot's tooltip, which Qt shows when the mouse rests (the scene shows the
        # tooltip of the item under the mouse: here the view box, the whole plot area).
        year = self.year_at(scene_pos)
        if year == self._hovered:
            return
        self._hovered = year
        box = self.plot.getPlotItem().getViewBox()
        box.setToolTip("" if year is None else self.hover_text(year))

    def hovered_text(self) -> str:
        """Return the tooltip the plot shows now (empty away from any year)."""
        return str(self.plot.getPlotItem().getViewBox().toolTip())

    def hover_text(self, year: int) -> str:
        """One line: the index shown, in ``year``, for each line drawn there."""
        key = self.current_key()
        projection = self._projection
        parts = []
        data = self._data_in(year).get(key)
        if data is not None:
            parts.append(self.tr("data {value}").format(value=value_text(key, data)))
        if projection is not None and year in projection.years:
            scenario, grown = projection.values_in(year)
            parts.append(self.tr("scenario {value}").format(
                value=value_text(key, scenario.get(key, float("nan")))))
            if grown:
                parts.append(self.tr("baseline grown {value}").format(
                    value=value_text(key, grown.get(key, float("nan")))))
        elif year == self._year:
            parts.append(self.tr("scenario {value}").format(
                value=value_text(key, self._scenario.get(key, float("nan")))))
        return self.tr("{year}, {index}: {values}. Click for every index.").format(
            year=year, index=self.index_combo.currentText(), values="; ".join(parts))
