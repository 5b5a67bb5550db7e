"""Horizontal bars in pairs: the baseline as a grey ghost beside the scenario, per category.

Used for the top partners' shares and for the vector (bloc) shares. The bar items are made
once; every update changes their widths in place (``setOpts``), and the category names and
the axis range change only when they must, so a slider drag repaints without re-layout.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.widgets.chart_caption import ChartCaption
from desktop.widgets.chart_common import (
    BASELINE,
    SCENARIO,
    Bars,
    cache_axes,
    configure_bar_plot,
    make_pen,
    set_category_ticks,
)
from desktop.widgets.chart_export_menu import ChartExportMenu

__all__ = ["PairedBarsChart"]

_HEIGHT = 0.38
_OFFSET = 0.2
_MIN_ROWS = 8  # a few bars stay bar-shaped instead of filling the plot


class PairedBarsChart(QWidget):
    """A caption and a bar chart of baseline and scenario shares (percent)."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.caption = ChartCaption(self)
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(accessible_name)
        configure_bar_plot(self.plot, x_label=self.tr("share of trade (%)"))
        self.plot.setMinimumHeight(160)
        self.export_menu = ChartExportMenu(self.plot, self)  # PNG, SVG, copy
        self.baseline_bars = Bars(
            x0=0.0, y=np.zeros(0), height=_HEIGHT, width=np.zeros(0),
            brush=BASELINE, pen=make_pen(BASELINE),
        )
        self.scenario_bars = Bars(
            x0=0.0, y=np.zeros(0), height=_HEIGHT, width=np.zeros(0),
            brush=SCENARIO, pen=make_pen(SCENARIO),
        )
        item = self.plot.getPlotItem()
        cache_axes(self.plot)  # (no legend: it would hide bars; the caption says which is which)
        item.addItem(self.baseline_bars)
        item.addItem(self.scenario_bars)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._layout = layout
        self._labels: tuple[str, ...] = ()
        self._x_max = 0.0

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` under the chart (the vectors chart shows the memberships there)."""
        self._layout.addWidget(widget)  # (the layout makes this chart its parent)

    def set_bars(
        self,
        labels: Sequence[str],
        baseline: NDArray[np.float64],
        scenario: NDArray[np.float64],
        *,
        live: bool = False,
    ) -> None:
        """Show shares (0-1) for ``labels``, top to bottom; in place.

        While ``live`` (a slider is being dragged) the axis only grows: re-scaling it costs
        a full redraw, and an axis that jumps back and forth is hard to read.
        """
        labels = tuple(labels)
        positions = np.arange(len(labels), dtype=np.float64)
        base = 100.0 * np.asarray(baseline, dtype=np.float64)
        scen = 100.0 * np.asarray(scenario, dtype=np.float64)
        if labels != self._labels:
            self._labels = labels
            set_category_ticks(self.plot, labels, width=28)
            self.plot.getPlotItem().setYRange(-0.6, max(len(labels), _MIN_ROWS) - 0.4, padding=0)
            self.baseline_bars.setOpts(y=positions - _OFFSET, width=base)
            self.scenario_bars.setOpts(y=positions + _OFFSET, width=scen)
        else:
            self.baseline_bars.setOpts(width=base)
            self.scenario_bars.setOpts(width=scen)
        largest = float(max(base.max(initial=0.0), scen.max(initial=0.0)))
        x_max = max(5.0, 5.0 * math.ceil(largest * 1.08 / 5.0))
        if live:
            x_max = max(x_max, self._x_max)
        if x_max != self._x_max:
            self._x_max = x_max
            self.plot.getPlotItem().setXRange(0.0, x_max, padding=0)

    def bar_widths(self) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
        """Return the drawn baseline and scenario widths (percent), for tests and checks."""
        return (
            np.asarray(self.baseline_bars.opts["width"], dtype=np.float64),
            np.asarray(self.scenario_bars.opts["width"], dtype=np.float64),
        )

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels
