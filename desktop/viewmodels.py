"""Plain data for the widgets, built from model values. No Qt here.

The builders turn an :class:`~models.scenario.Outcome` and its
:class:`~models.analysis.Comparison` into what a widget shows: index rows with formatted
numbers, the top partners' bars, the change in HHI by partner, vector shares and the index
history. Widgets only copy these into controls and chart items; they never compute an index.
Numbers are formatted here (locale-neutral); words are translated by the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import indices
from models.analysis import Comparison

# Numbers are formatted by models.formatting, as on the command line (re-exported here).
from models.formatting import (
    PERCENT_KEYS,
    format_change,
    format_share,
    format_share_change,
    format_value,
)
from models.history import History

__all__ = [
    "EXTRA_INDEX_KEYS",
    "PERCENT_KEYS",
    "BarSeries",
    "History",
    "IndexRow",
    "contribution_bars",
    "format_change",
    "format_share",
    "format_share_change",
    "format_value",
    "index_rows",
    "share_bars",
    "vector_bars",
]

# Shown after the indices of models.indices: similarity to the baseline and vector balance.
EXTRA_INDEX_KEYS = ("similarity", "vector_balance")


@dataclass(frozen=True)
class IndexRow:
    """One line of the index panel."""

    key: str
    baseline: float
    scenario: float

    @property
    def change(self) -> float:
        return self.scenario - self.baseline

    @property
    def baseline_text(self) -> str:
        return format_value(self.key, self.baseline)

    @property
    def scenario_text(self) -> str:
        return format_value(self.key, self.scenario)

    @property
    def change_text(self) -> str:
        return format_change(self.key, self.change)


def index_keys() -> tuple[str, ...]:
    """Every key the index panel shows, in order."""
    return (*indices.INDEX_KEYS, *(k for k in EXTRA_INDEX_KEYS if k not in indices.INDEX_KEYS))


def index_rows(comparison: Comparison) -> list[IndexRow]:
    """Every index of the comparison as baseline, scenario and change, in display order.

    Similarity to the baseline is 1 for the baseline itself; vector balance is NaN where
    the data have no vectors (product groups).
    """
    rows = []
    for key in index_keys():
        if key == "similarity":
            rows.append(IndexRow(key, 1.0, comparison.similarity))
        else:
            nan = float("nan")
            rows.append(
                IndexRow(key, comparison.baseline.get(key, nan), comparison.scenario.get(key, nan))
            )
    return rows


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
