"""The bars the charts draw, as plain numbers: the largest shares, who changed HHI, vectors.

The window's charts (through :mod:`desktop.viewmodels`, which re-exports these) and the
reports (:mod:`models.report`, which draws them without Qt) take their bars from here, so
a report shows the bars the window shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models.analysis import Comparison

__all__ = ["BarSeries", "contribution_bars", "share_bars", "vector_bars"]


@dataclass(frozen=True)
class BarSeries:
    """Horizontal bars, top to bottom: one label per bar and one or two values."""

    codes: tuple[str, ...]
    labels: tuple[str, ...]
    baseline: NDArray[np.float64]
    scenario: NDArray[np.float64]


def share_bars(comparison: Comparison, top: int = 15) -> BarSeries:
    """Return the ``top`` largest partners (by baseline or scenario share), largest first.

    Ordering by the baseline keeps bars still while a slider moves; a partner that the
    scenario lifts into the top shows up at its baseline rank.
    """
    base = np.nan_to_num(comparison.baseline_shares)
    scen = np.nan_to_num(comparison.scenario_shares)
    chosen = np.argsort(-np.maximum(base, scen), kind="stable")[:top]
    order = chosen[np.lexsort((-scen[chosen], -base[chosen]))]
    return BarSeries(
        tuple(comparison.codes[i] for i in order),
        tuple(comparison.names[i] for i in order),
        base[order],
        scen[order],
    )


def contribution_bars(comparison: Comparison, top: int = 15) -> tuple[BarSeries, float, int]:
    """Each partner's contribution to the change in HHI (points, 0-10,000 scale).

    Returns the ``top`` largest contributions by size (most positive first), the sum of the
    others and how many others there are; all contributions sum to the change in HHI.
    ``BarSeries.scenario`` holds the contributions; ``baseline`` is zero.
    """
    points = np.nan_to_num(comparison.contributions) * 10_000.0
    chosen = np.argsort(-np.abs(points), kind="stable")[:top]
    chosen = chosen[points[chosen] != 0.0]
    order = chosen[np.argsort(-points[chosen], kind="stable")]
    rest = np.ones(len(points), dtype=bool)
    rest[order] = False
    bars = BarSeries(
        tuple(comparison.codes[i] for i in order),
        tuple(comparison.names[i] for i in order),
        np.zeros(len(order)),
        points[order],
    )
    return bars, float(points[rest].sum()), int(np.count_nonzero(points[rest]))


def vector_bars(comparison: Comparison) -> BarSeries:
    """Vector (bloc) shares, baseline and scenario, in the partition's order.

    At the vectors level the categories are the vectors themselves.
    """
    if comparison.vector_baseline is not None and comparison.vector_scenario is not None:
        return BarSeries(
            comparison.vector_keys,
            comparison.vector_names,
            np.nan_to_num(comparison.vector_baseline),
            np.nan_to_num(comparison.vector_scenario),
        )
    return BarSeries(
        comparison.codes,
        comparison.names,
        np.nan_to_num(comparison.baseline_shares),
        np.nan_to_num(comparison.scenario_shares),
    )
