"""Who did what: each partner's contribution to the change in HHI, as signed bars.

A partner's contribution is ``s_i'^2 - s_i^2`` in HHI points (0-10,000 scale); the bars and
the "all others" bar add up to the change in HHI exactly. Bars to the right made trade more
concentrated, bars to the left less. The item is made once and updated in place.
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
    DECREASE,
    INCREASE,
    Bars,
    cache_axes,
    configure_bar_plot,
    make_pen,
    set_category_ticks,
)
from desktop.widgets.chart_export_menu import ChartExportMenu

__all__ = ["ContributionsChart"]


class ContributionsChart(QWidget):
    """A caption and signed horizontal bars of HHI contributions."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Change in HHI by partner"))
        self.caption = ChartCaption(self)
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(self.tr("Change in HHI by partner chart"))
        configure_bar_plot(self.plot, x_label=self.tr("contribution to the change in HHI (points)"))
        self.plot.setMinimumHeight(160)
        self.export_menu = ChartExportMenu(self.plot, self)  # PNG, SVG, copy
        self.bars = Bars(
            x0=0.0, y=np.zeros(0), height=0.7, width=np.zeros(0),
            brush=INCREASE, pen=make_pen(INCREASE),
        )
        self.zero_line = pg.InfiniteLine(pos=0.0, angle=90, pen=make_pen(INCREASE.darker(300)))
        item = self.plot.getPlotItem()
        item.addItem(self.bars)
        item.addItem(self.zero_line)
        self.empty_note = pg.TextItem(
            self.tr("No change yet: edit a share to see who contributes what."),
            color=(90, 90, 90), anchor=(0.5, 0.5),
        )
        item.addItem(self.empty_note)
        cache_axes(self.plot)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._labels: tuple[str, ...] = ()
        self._signs: tuple[bool, ...] = ()
        self._x_max = 0.0
        self._brush_up = pg.mkBrush(INCREASE)
        self._brush_down = pg.mkBrush(DECREASE)
        self._pen_up = make_pen(INCREASE)
        self._pen_down = make_pen(DECREASE)

    def set_contributions(
        self, labels: Sequence[str], points: NDArray[np.float64], *, live: bool = False
    ) -> None:
        """Show ``points`` (HHI points, signed) for ``labels``, top to bottom; in place.

        While ``live`` (a slider drag) the axis only grows, as in the shares chart.
        """
        labels = tuple(labels)
        points = np.asarray(points, dtype=np.float64)
        signs = tuple(bool(p >= 0.0) for p in points)
        options: dict[str, object] = {"width": points}
        if labels != self._labels:
            self._labels = labels
            set_category_ticks(self.plot, labels, width=28)
            options["y"] = np.arange(len(labels), dtype=np.float64)
            self.plot.getPlotItem().setYRange(-0.6, max(len(labels), 8) - 0.4, padding=0)
            self.empty_note.setVisible(not labels)
            self.empty_note.setPos(0.0, 3.5)
        if signs != self._signs and signs:  # (pyqtgraph cannot take empty pen lists)
            self._signs = signs
            options["brushes"] = [self._brush_up if s else self._brush_down for s in signs]
            options["pens"] = [self._pen_up if s else self._pen_down for s in signs]
        self.bars.setOpts(**options)
        largest = float(np.abs(points).max(initial=0.0))
        x_max = _nice_ceiling(largest * 1.1)
        if live:
            x_max = max(x_max, self._x_max)
        if x_max != self._x_max:
            self._x_max = x_max
            self.plot.getPlotItem().setXRange(-x_max, x_max, padding=0)

    def bar_widths(self) -> NDArray[np.float64]:
        """Return the drawn contributions (points), for tests and checks."""
        return np.asarray(self.bars.opts["width"], dtype=np.float64)

    @property
    def labels(self) -> tuple[str, ...]:
        return self._labels


def _nice_ceiling(value: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``value`` (and at least 1)."""
    if value <= 1.0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    for step in (1.0, 2.0, 5.0, 10.0):
        if step * power >= value:
            return step * power
    return 10.0 * power  # pragma: no cover - the loop always returns
