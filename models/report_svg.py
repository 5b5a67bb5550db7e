"""Bar charts as inline SVG, drawn from numbers alone: the report's charts without Qt.

The command line writes reports where no window (and no Qt) is at hand; these charts
show the same bars as the window's (:mod:`models.chart_data`), in its colours (the
Okabe-Ito palette, the baseline a grey ghost of the scenario), as plain SVG 1.1 that a
browser shows inline and any XML reader can parse.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from html import escape

import numpy as np

from models.chart_data import BarSeries

__all__ = ["contributions_svg", "shares_svg"]

SCENARIO = "#0072b2"
BASELINE = "#969696"
INCREASE = "#d55e00"
DECREASE = "#009e73"
_WIDTH = 640
_LABEL = 170  # room for the names on the left
_ROW = 22
_TOP = 8
_BOTTOM = 34


def _nice(value: float) -> float:
    """1, 2 or 5 times a power of ten, at least `value` (and at least 1)."""
    if not value > 1.0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(value))
    return next(step * power for step in (1.0, 2.0, 5.0, 10.0) if step * power >= value)


def _name(label: str, width: int = 26) -> str:
    return escape(label if len(label) <= width else label[: width - 1] + "\u2026")


def _frame(rows: int, body: list[str], axis: list[str], title: str) -> str:
    height = _TOP + max(rows, 1) * _ROW + _BOTTOM
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_WIDTH}" height="{height}" '
        f'viewBox="0 0 {_WIDTH} {height}" role="img" font-family="sans-serif" '
        f'font-size="11"><title>{escape(title)}</title>'
        f'<rect width="{_WIDTH}" height="{height}" fill="#ffffff"/>'
        + "".join(body) + "".join(axis) + "</svg>"
    )


def _ticks(x_of: Callable[[float], float], values: list[float], y: float, label: str
           ) -> list[str]:
    out = [f'<line x1="{_LABEL}" y1="{y:.1f}" x2="{_WIDTH - 10}" y2="{y:.1f}" '
           'stroke="#282828" stroke-width="1"/>']
    for v in values:
        x = x_of(v)
        out.append(f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x:.1f}" y2="{y + 4:.1f}" '
                   'stroke="#282828"/>')
        out.append(f'<text x="{x:.1f}" y="{y + 15:.1f}" text-anchor="middle" '
                   f'fill="#282828">{v:g}</text>')
    middle = (_LABEL + _WIDTH - 10) / 2
    out.append(f'<text x="{middle:.1f}" y="{y + 29:.1f}" text-anchor="middle" '
               f'fill="#282828">{escape(label)}</text>')
    return out


def shares_svg(bars: BarSeries, *, title: str = "Shares of trade",
               axis_label: str = "share of trade (%)") -> str:
    """Return paired bars (baseline grey, scenario blue) of shares (0-1) as SVG markup.

    Parameters
    ----------
    bars : BarSeries
        From :func:`models.chart_data.share_bars` or :func:`~models.chart_data.vector_bars`.
    title, axis_label : str, optional
        The chart's title (for screen readers) and the words under its axis.
    """
    base = 100.0 * np.nan_to_num(np.asarray(bars.baseline, dtype=np.float64))
    scen = 100.0 * np.nan_to_num(np.asarray(bars.scenario, dtype=np.float64))
    top = max(5.0, 5.0 * math.ceil(float(max(base.max(initial=0), scen.max(initial=0))) * 1.08
                                   / 5.0))
    span = _WIDTH - 10 - _LABEL

    def x_of(v: float) -> float:
        return _LABEL + span * v / top

    body = []
    for i, label in enumerate(bars.labels):
        y = _TOP + i * _ROW
        body.append(f'<text x="{_LABEL - 6}" y="{y + 15}" text-anchor="end" '
                    f'fill="#282828">{_name(label)}</text>')
        for value, colour, dy in ((base[i], BASELINE, 2), (scen[i], SCENARIO, 11)):
            body.append(f'<rect x="{_LABEL}" y="{y + dy}" width="{x_of(value) - _LABEL:.2f}" '
                        f'height="8" fill="{colour}"><title>{escape(label)}: '
                        f'{value:.2f} %</title></rect>')
    step = _nice(top / 5.0)
    ticks = [step * k for k in range(int(top / step) + 1)]
    axis = _ticks(x_of, ticks, _TOP + len(bars.labels) * _ROW + 2, axis_label)
    return _frame(len(bars.labels), body, axis, title)


def contributions_svg(bars: BarSeries, *, title: str = "Change in HHI by category",
                      axis_label: str = "contribution to the change in HHI (points)") -> str:
    """Return signed bars (HHI points in ``bars.scenario``) around zero as SVG markup.

    Bars to the right (vermillion) made trade more concentrated, to the left (green)
    less, as in the window.
    """
    points = np.nan_to_num(np.asarray(bars.scenario, dtype=np.float64))
    top = _nice(float(np.abs(points).max(initial=0.0)) * 1.1)
    span = _WIDTH - 10 - _LABEL
    zero = _LABEL + span / 2

    def x_of(v: float) -> float:
        return zero + span / 2 * v / top

    body = []
    for i, label in enumerate(bars.labels):
        y = _TOP + i * _ROW
        value = float(points[i])
        left, right = sorted((zero, x_of(value)))
        colour = INCREASE if value >= 0 else DECREASE
        body.append(f'<text x="{_LABEL - 6}" y="{y + 15}" text-anchor="end" '
                    f'fill="#282828">{_name(label)}</text>')
        body.append(f'<rect x="{left:.2f}" y="{y + 4}" width="{right - left:.2f}" height="14" '
                    f'fill="{colour}"><title>{escape(label)}: {value:+,.1f} points</title></rect>')
    rows = len(bars.labels)
    body.append(f'<line x1="{zero:.1f}" y1="{_TOP}" x2="{zero:.1f}" '
                f'y2="{_TOP + max(rows, 1) * _ROW}" stroke="#555555"/>')
    if not rows:
        body.append(f'<text x="{zero:.1f}" y="{_TOP + 15}" text-anchor="middle" '
                    'fill="#5a5a5a">No change: no category moved HHI.</text>')
    axis = _ticks(x_of, [-top, -top / 2, 0.0, top / 2, top], _TOP + max(rows, 1) * _ROW + 2,
                  axis_label)
    return _frame(rows, body, axis, title)
