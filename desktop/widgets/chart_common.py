"""What the charts share: colours that colour-blind readers can tell apart, and plot set-up.

Colours are from the Okabe-Ito palette; the baseline is a light "ghost" of the scenario.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

__all__ = [
    "BASELINE",
    "DECREASE",
    "INCREASE",
    "SCENARIO",
    "Bars",
    "adopt_plot_menus",
    "cache_axes",
    "configure_bar_plot",
    "configure_line_plot",
    "make_pen",
    "set_category_ticks",
]

SCENARIO = QColor(0, 114, 178)  # blue
BASELINE = QColor(150, 150, 150, 150)  # ghost grey
INCREASE = QColor(213, 94, 0)  # vermillion: more concentrated
DECREASE = QColor(0, 158, 115)  # bluish green: less concentrated
TEXT = QColor(40, 40, 40)


class Bars(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped (Any)
    """Bar item that remembers its bounding box until its data or the view change.

    pyqtgraph recomputes it (with pixel-size padding) several times per repaint; on a slider
    drag that was a tenth of the time to redraw a chart.
    """

    def __init__(self, **opts: object) -> None:
        self._bounds: QRectF | None = None
        super().__init__(**opts)

    def setOpts(self, **opts: object) -> None:
        self._bounds = None
        super().setOpts(**opts)

    def viewTransformChanged(self) -> None:
        self._bounds = None
        super().viewTransformChanged()

    def boundingRect(self) -> QRectF:
        if self._bounds is None:
            self._bounds = super().boundingRect()
        return QRectF(self._bounds)


def make_pen(color: QColor, width: float = 1.0) -> QPen:
    """Return a cosmetic pen (same width at any zoom)."""
    pen: QPen = pg.mkPen(color, width=width)
    pen.setCosmetic(True)
    return pen


def adopt_plot_menus(plot: pg.PlotWidget) -> None:
    """Give pyqtgraph's parentless plot menu a parent, so it goes when the window goes.

    (Its menus are disabled here anyway; left parentless they would outlive the window.)
    """
    menu = plot.getPlotItem().ctrlMenu
    if menu is not None and menu.parent() is None:
        menu.setParent(plot, menu.windowFlags())


def cache_axes(plot: pg.PlotWidget) -> None:
    """Keep each axis (names, ticks, grid) and the legend as a cached pixmap.

    The axes change rarely, but they overlap the bars (tick marks, grid lines), so without
    a cache every bar update would re-draw every label.
    """
    item = plot.getPlotItem()
    for name in ("left", "bottom", "top", "right"):
        item.getAxis(name).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    if item.legend is not None:
        item.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)


def configure_bar_plot(plot: pg.PlotWidget, *, x_label: str) -> None:
    """White background, categories top to bottom, no mouse zooming (the data decide)."""
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.invertY(True)
    item.setMenuEnabled(False)
    adopt_plot_menus(plot)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    item.showGrid(x=False, y=False, alpha=0.25)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(make_pen(TEXT))
        axis.setTextPen(make_pen(TEXT))
    item.setLabel("bottom", x_label)
    item.getViewBox().setDefaultPadding(0.02)


def set_category_ticks(plot: pg.PlotWidget, labels: Sequence[str], *, width: int = 40) -> None:
    """Name the bars on the left axis (position i = label i), eliding long names."""
    ticks = [(float(i), label if len(label) <= width else label[: width - 1] + "…")
             for i, label in enumerate(labels)]
    plot.getPlotItem().getAxis("left").setTicks([ticks, []])


def configure_line_plot(plot: pg.PlotWidget) -> None:
    """White background, no mouse zooming and no pyqtgraph menus (the data decide), dark axes.

    Axes keep their numbers as they are (no "x0.001" scaling): an index is read as it is.
    """
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.setMenuEnabled(False)
    adopt_plot_menus(plot)
    item.hideButtons()
    item.setMouseEnabled(x=False, y=False)
    for name in ("left", "bottom"):
        axis = item.getAxis(name)
        axis.setPen(make_pen(TEXT))
        axis.setTextPen(make_pen(TEXT))
        axis.enableAutoSIPrefix(False)
