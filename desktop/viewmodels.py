"""Plain data for the widgets, built from model values. No Qt here.

The builders turn an :class:`~models.scenario.Outcome` and its
:class:`~models.analysis.Comparison` into what a widget shows: index rows with formatted
numbers, the top partners' bars, the change in HHI by partner, vector shares and the index
history. Widgets only copy these into controls and chart items; they never compute an index.
Numbers are formatted here (locale-neutral); words are translated by the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from models import indices
from models.analysis import Comparison

# The charts' bars come from models.chart_data, as the reports' do (re-exported here).
from models.chart_data import BarSeries, contribution_bars, share_bars, vector_bars

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
    decimal: str = "."  # the window's decimal mark and unit of percentage points
    points: str = "pp"

    @property
    def change(self) -> float:
        return self.scenario - self.baseline

    @property
    def baseline_text(self) -> str:
        return format_value(self.key, self.baseline, decimal=self.decimal)

    @property
    def scenario_text(self) -> str:
        return format_value(self.key, self.scenario, decimal=self.decimal)

    @property
    def change_text(self) -> str:
        return format_change(self.key, self.change, decimal=self.decimal, points=self.points)


def index_keys() -> tuple[str, ...]:
    """Every key the index panel shows, in order."""
    return (*indices.INDEX_KEYS, *(k for k in EXTRA_INDEX_KEYS if k not in indices.INDEX_KEYS))


def index_rows(comparison: Comparison, *, decimal: str = ".", points: str = "pp"
               ) -> list[IndexRow]:
    """Every index of the comparison as baseline, scenario and change, in display order.

    Similarity to the baseline is 1 for the baseline itself; vector balance is NaN where
    the data have no vectors (product groups). ``decimal`` and ``points`` are the window's
    decimal mark and unit of percentage points (``models.formatting``).
    """
    rows = []
    for key in index_keys():
        if key == "similarity":
            rows.append(IndexRow(key, 1.0, comparison.similarity, decimal, points))
        else:
            nan = float("nan")
            rows.append(
                IndexRow(key, comparison.baseline.get(key, nan),
                         comparison.scenario.get(key, nan), decimal, points)
            )
    return rows
