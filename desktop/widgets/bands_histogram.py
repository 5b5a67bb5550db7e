"""The histogram of one index over the Monte Carlo draws, with its band and the scenario.

One step curve, updated in place; dashed lines at the band's ends (5 % and 95 %), the
scenario's value without uncertainty in blue and the baseline's in grey.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import Local
from desktop.widgets.chart_common import (
    BASELINE,
    SCENARIO,
    TEXT,
    configure_line_plot,
    make_pen,
)
from desktop.widgets.chart_export_menu import ChartExportMenu

__all__ = ["BandsHistogram"]

BINS = 40


class BandsHistogram(QWidget):
    """A caption over a histogram plot."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setAccessibleName(self.tr("Histogram of the chosen index's draws"))
        self.plot.setMinimumHeight(110)
        self.export_menu = ChartExportMenu(self.plot, self)  # PNG, SVG, copy
        configure_line_plot(self.plot)
        item = self.plot.getPlotItem()
        item.setLabel("left", self.tr("draws"))
        self.steps = pg.PlotDataItem([0.0, 1.0], [0.0], stepMode="center", fillLevel=0.0,
                                     brush=pg.mkBrush(SCENARIO.lighter(170)),
                                     pen=make_pen(SCENARIO))
        dashed = make_pen(TEXT.lighter(150), 1.5)
        dashed.setStyle(Qt.PenStyle.DashLine)
        self.low_line = pg.InfiniteLine(angle=90, pen=dashed)
        self.high_line = pg.InfiniteLine(angle=90, pen=dashed)
        self.baseline_line = pg.InfiniteLine(angle=90, pen=make_pen(BASELINE.darker(150), 2))
        self.scenario_line = pg.InfiniteLine(angle=90, pen=make_pen(SCENARIO, 2))
        self._items = (self.steps, self.low_line, self.high_line, self.baseline_line,
                       self.scenario_line)
        for graphic in self._items:
            item.addItem(graphic)
            graphic.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)

    def set_draws(self, name: str, draws: NDArray[np.float64] | None, band: NDArray[np.float64],
                  scenario: float, baseline: float) -> None:
        """Draw the histogram of ``draws`` of index ``name`` (None or all n/a: nothing)."""
        finite = np.zeros(0) if draws is None else draws[np.isfinite(draws)]
        shown = finite.size > 0
        for graphic in self._items:
            if graphic.isVisible() != shown:
                graphic.setVisible(shown)
        if not shown or draws is None:
            self.caption.setText(self.tr("{index}: no draws to show.").format(index=name))
            return
        low, high = float(finite.min()), float(finite.max())
        width = (high - low) or max(abs(high) * 1e-3, 1e-9)
        counts, edges = np.histogram(finite, bins=BINS,
                                     range=(low - 0.01 * width, high + 0.01 * width))
        self.steps.setData(edges, counts.astype(np.float64))
        self.low_line.setValue(float(band[0]))
        self.high_line.setValue(float(band[-1]))
        for line, value in ((self.scenario_line, scenario), (self.baseline_line, baseline)):
            line.setVisible(bool(np.isfinite(value)))
            if np.isfinite(value):
                line.setValue(value)
        self.plot.getPlotItem().setLabel("bottom", name)
        self.caption.setText(self.tr(
            "{index} in {draws:,} draws: dashed lines at 5 % and 95 %, blue the scenario "
            "without uncertainty, grey the baseline.").format(index=name, draws=Local(draws.size)))

    def clear(self, name: str) -> None:
        """Show no histogram yet."""
        for graphic in self._items:
            graphic.setVisible(False)
        self.caption.setText(self.tr("{index}: no draws yet.").format(index=name))

    def set_faded(self, faded: bool) -> None:
        """Fade the histogram when it no longer matches the scenario."""
        self.steps.setOpacity(0.35 if faded else 1.0)
