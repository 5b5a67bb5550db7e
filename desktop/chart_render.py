"""Charts as pictures: PNG at a chosen size (crisp on high-DPI screens), SVG, report images.

A chart keeps the proportions it has on screen and is fitted into the size asked for (in
logical pixels), then painted into an image ``scale`` times as many pixels each way (the
screen's device-pixel ratio, or more): text and lines are drawn at that resolution, never
an enlarged screen grab. The image records its resolution (96 dpi times ``scale``), so a
word processor shows it at the chosen size. SVG is drawn by Qt's SVG generator: text
stays text (the names can be searched).

The report's charts are drawn by the window's own chart widgets, made for the moment off
screen at a fixed size (so a report does not depend on the window's size), from the bars
of :class:`~models.report_data.ReportData`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem, QWidget

from desktop.widgets.contributions_chart import ContributionsChart
from desktop.widgets.paired_bars_chart import PairedBarsChart
from models.report_data import ReportData

__all__ = [
    "REPORT_CHART_SIZE",
    "plot_image",
    "plot_svg",
    "png_bytes",
    "report_chart_images",
    "titled_image",
]

REPORT_CHART_SIZE = QSize(640, 300)
_DOTS_PER_METER_96 = 3780  # 96 dpi


@contextmanager
def _uncached(plot: pg.PlotWidget) -> Iterator[None]:
    """Draw every item afresh for the moment (the axes keep screen pixmaps otherwise)."""
    items = [i for i in plot.scene().items()
             if i.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    modes = [i.cacheMode() for i in items]
    for i in items:
        i.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    try:
        yield
    finally:
        for i, mode in zip(items, modes, strict=True):
            i.setCacheMode(mode)


def _fitted(plot: pg.PlotWidget, size: QSize | None) -> QSizeF:
    """Return the chart's own size, scaled to fit `size` with its proportions kept."""
    own: QSizeF = plot.getPlotItem().sceneBoundingRect().size()
    return own if size is None else own.scaled(QSizeF(size), Qt.AspectRatioMode.KeepAspectRatio)


def plot_image(plot: pg.PlotWidget, size: QSize | None = None, *, scale: float = 1.0) -> QImage:
    """Return `plot` as a picture fitting `size` (logical pixels) times `scale`.

    Parameters
    ----------
    plot : pyqtgraph.PlotWidget
        The chart's plot, as laid out on screen (its proportions are kept).
    size : QSize, optional
        The box the picture fits in, in logical pixels (default: the chart's own size).
    scale : float, optional
        Pixels per logical pixel (at least 1): the screen's device-pixel ratio for a
        picture as crisp as the screen, 2 or more for print. Text and lines are drawn at
        that resolution, not enlarged.
    """
    if scale < 1.0:
        raise ValueError(f"`scale` must be 1 or more, got {scale}")
    fitted = _fitted(plot, size)
    with _uncached(plot):
        item = plot.getPlotItem()
        exporter = ImageExporter(item)
        exporter.parameters()["background"] = QColor("white")
        # The axes learn how much room their names need while they are drawn: draw once,
        # let the layout make that room, then draw the picture.
        exporter.export(toBytes=True)
        item.layout.activate()
        exporter.parameters()["width"] = max(1, round(fitted.width() * scale))
        exporter.parameters()["height"] = max(1, round(fitted.height() * scale))
        image = exporter.export(toBytes=True)
    assert isinstance(image, QImage)
    image.setDevicePixelRatio(scale)
    dots = round(_DOTS_PER_METER_96 * scale)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def png_bytes(image: QImage) -> bytes:
    """Return `image` encoded as PNG."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (the stub says bytes)
        raise ValueError("the image could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def plot_svg(plot: pg.PlotWidget, size: QSize | None = None, *, title: str = "") -> bytes:
    """Return `plot` as SVG (UTF-8), its box fitting `size` (default the chart's own).

    Drawn by Qt's SVG generator (pyqtgraph 0.14's SVG exporter cannot read the paths Qt
    6.11 writes): bars as shapes, names and numbers as text.
    """
    fitted = _fitted(plot, size)
    with _uncached(plot):
        item = plot.getPlotItem()
        ImageExporter(item).export(toBytes=True)  # the axes make room for their names
        item.layout.activate()
        source = item.sceneBoundingRect()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setResolution(96)  # its width and height are written in mm
        generator.setSize(fitted.toSize())
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title)
        generator.setDescription("Multivector")
        painter = QPainter(generator)
        target = QRectF(0, 0, source.width(), source.height())
        painter.fillRect(target, QColor("white"))
        plot.scene().render(painter, target, source)
        painter.end()
        buffer.close()
    return bytes(data.data())


def _offscreen(widget: QWidget, size: QSize) -> None:
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    widget.resize(size)
    widget.show()  # laid out and painted, never on screen
    widget.plot.getPlotItem().layout.activate()  # type: ignore[attr-defined]


def report_chart_images(data: ReportData, *, scale: float = 2.0,
                        size: QSize = REPORT_CHART_SIZE) -> dict[str, QImage]:
    """Draw the report's share and contribution charts with the window's chart widgets.

    Returns images keyed by the names of :data:`models.report.CHARTS`.
    """
    images: dict[str, QImage] = {}
    shares = PairedBarsChart(data.words.many)
    contributions = ContributionsChart()
    try:
        # Shown (off screen) first: the axes place their names for the size they have.
        _offscreen(shares, size)
        bars = data.shares_chart
        shares.set_bars(bars.labels, bars.baseline, bars.scenario)
        images["shares"] = plot_image(shares.plot, scale=scale)
        _offscreen(contributions, size)
        points = data.contributions_chart
        contributions.set_contributions(points.labels, np.asarray(points.scenario))
        images["contributions"] = plot_image(contributions.plot, scale=scale)
    finally:
        for chart in (shares, contributions):
            chart.close()
            chart.deleteLater()
    return images


def titled_image(image: QImage, heading: str, caption: str) -> QImage:
    """Return `image` with `heading` above it and `caption` under it, drawn in one picture.

    For pages: a picture is never split by a page break, so the heading stays with its
    chart. The words are drawn at the picture's resolution.
    """
    scale = image.devicePixelRatio()
    width = image.width() / scale
    heading_font = QFont()
    heading_font.setPointSizeF(13.0)
    heading_font.setBold(True)
    caption_font = QFont()
    caption_font.setPointSizeF(8.5)
    flags = int(Qt.TextFlag.TextWordWrap)
    bounds = QRectF(0, 0, width, 1000)
    head_h = QFontMetricsF(heading_font).boundingRect(bounds, flags, heading).height() + 6
    cap_h = QFontMetricsF(caption_font).boundingRect(bounds, flags, caption).height() + 4
    height = head_h + image.height() / scale + cap_h
    out = QImage(round(width * scale), round(height * scale),
                 QImage.Format.Format_ARGB32_Premultiplied)
    out.setDevicePixelRatio(scale)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(heading_font)
    painter.setPen(QColor(11, 79, 124))
    painter.drawText(QRectF(0, 0, width, head_h), flags, heading)
    painter.drawImage(QPointF(0, head_h), image)
    painter.setFont(caption_font)
    painter.setPen(QColor(68, 68, 68))
    painter.drawText(QRectF(0, height - cap_h + 2, width, cap_h), flags, caption)
    painter.end()
    # Set after painting: the painter sizes fonts by the image's resolution.
    out.setDotsPerMeterX(image.dotsPerMeterX())
    out.setDotsPerMeterY(image.dotsPerMeterY())
    return out
