"""Every index over all data years, for the history chart (computed in one call per series).

:func:`history_series` takes a years x partners array; :func:`history_for` reads the series
a scenario belongs to (reporter, flow, release, dimension, level) from the catalog. At the
vectors level the partners are first summed into each year's vectors (memberships change
with the years); vector balance is added wherever the categories are partners.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import indices
from models.blocs import Partition, default_partition, vector_balance
from models.datasets import Catalog
from models.scenario import Scenario

__all__ = ["History", "history_for", "history_series"]


@dataclass(frozen=True)
class History:
    """Every index over the data years, computed in one call."""

    years: NDArray[np.int64]
    values: dict[str, NDArray[np.float64]]

    def series(self, key: str) -> NDArray[np.float64]:
        """Return one index over the years (NaN where undefined)."""
        return self.values.get(key, np.full(len(self.years), np.nan))


def history_series(
    years: NDArray[np.int64] | tuple[int, ...],
    codes: tuple[str, ...],
    values: NDArray[np.float64],
    *,
    partitions: Sequence[Partition] | None,
    level: str,
    active_only: bool,
) -> History:
    """Compute every index for every year of ``values`` (years x partners) at once.

    ``partitions`` gives each year's vectors (memberships change with the years). At the
    vectors level the partners are first summed into them; vector balance (the evenness of
    vector shares) is added whenever partitions are given.
    """
    x = np.asarray(values, dtype=np.float64)
    vectors = None
    if partitions is not None:
        if len(partitions) != len(x):
            raise ValueError(f"`partitions` has {len(partitions)} entries for {len(x)} years")
        vectors = np.stack([p.aggregate(row, codes) for p, row in zip(partitions, x, strict=True)])
    if level == "vectors" and vectors is not None:
        x = vectors
    computed = {
        key: np.asarray(v, dtype=np.float64)
        for key, v in indices.compute_all(x, active_only=active_only).items()
    }
    if vectors is not None:
        computed["vector_balance"] = np.asarray(vector_balance(vectors), dtype=np.float64)
    return History(np.asarray(years, dtype=np.int64), computed)


def history_for(catalog: Catalog, scenario: Scenario) -> History:
    """Every index over all data years of the scenario's reporter, flow, release and level.

    Product groups have no vectors; their history holds the years their data cover.
    """
    s = scenario
    years, codes, values = catalog.history(
        s.reporter, s.flow, release=s.release, dimension=s.dimension
    )
    codes = tuple(codes)
    partitions = None
    if s.dimension == "partners":
        partitions = [default_partition(catalog, s.reporter, int(year), codes) for year in years]
    return history_series(
        years, codes, values, partitions=partitions, level=s.level, active_only=s.active_only
    )
