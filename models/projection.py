"""Every index along a scenario's projection, and along the baseline's with the same growth.

A scenario's :class:`~models.edits.Growth` edit projects its values ``T`` years ahead
(docs/design.md sec. 3.4); :func:`projection_of` turns that path into what the history
chart draws after the data years: each year's indices for the scenario, and for the
baseline grown at the same rates (no other edit), the "ghost" to compare with. The N of
the normalized indices is the comparison's (``Comparison.n_used``), so the projection's
last year shows exactly the numbers of the index table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import indices
from models.blocs import vector_balance
from models.edits import Growth
from models.scenario import Baseline, apply
from models.workbench import WorkbenchState

__all__ = ["Projection", "growth_position", "path_indices", "projection_of"]


@dataclass(frozen=True, eq=False)
class Projection:
    """The indices of a projection, year by year, the data year first.

    ``scenario`` and ``baseline`` map every index key (and ``vector_balance`` where the
    data have vectors) to one value per year of ``years``; ``baseline`` is empty if the
    baseline cannot be grown at these rates.
    """

    growth: Growth
    position: int  # of the Growth edit in the scenario, from 1
    years: NDArray[np.int64]
    scenario: dict[str, NDArray[np.float64]]
    baseline: dict[str, NDArray[np.float64]]

    def values_in(self, year: int) -> tuple[dict[str, float], dict[str, float]]:
        """Return every index of the scenario and of the grown baseline in ``year``.

        Raises ValueError naming the year if it is not in the projection.
        """
        where = np.flatnonzero(self.years == year)
        if where.size == 0:
            raise ValueError(
                f"`year` {year} is not in the projection "
                f"({int(self.years[0])}-{int(self.years[-1])})"
            )
        i = int(where[0])
        return (
            {key: float(v[i]) for key, v in self.scenario.items()},
            {key: float(v[i]) for key, v in self.baseline.items()},
        )


def growth_position(state: WorkbenchState) -> int | None:
    """Return the position (from 1) of the Growth edit in force: the last one applied."""
    applied = [s.position for s in state.edits
               if s.status == "applied" and isinstance(s.edit, Growth)]
    return applied[-1] if applied else None


def path_indices(
    path: NDArray[np.float64], baseline: Baseline, *, n: int
) -> dict[str, NDArray[np.float64]]:
    """Every index of each row of ``path`` (years x categories of ``baseline``).

    Vector balance is added as the comparison adds it: the evenness of the vector sums
    where the categories are partners grouped into vectors, the evenness itself where the
    categories are the vectors.
    """
    x = np.asarray(path, dtype=np.float64)
    computed = {key: np.asarray(value, dtype=np.float64)
                for key, value in indices.compute_all(x, n=max(n, 1)).items()}
    if baseline.level == "partners" and baseline.partition is not None:
        vectors = baseline.partition.aggregate(x, baseline.codes)
        computed["vector_balance"] = np.asarray(vector_balance(vectors), dtype=np.float64)
    elif baseline.level == "vectors":
        computed["vector_balance"] = computed["evenness"]
    return computed


def projection_of(state: WorkbenchState) -> Projection | None:
    """Return the indices along ``state``'s projection (None if no Growth edit is in force).

    The scenario's path is the Growth edit's; its last year holds the scenario's final
    values, so edits after the projection count in its last year. The baseline's path is
    the baseline with that Growth edit alone.
    """
    position = growth_position(state)
    path = state.outcome.growth_path
    if position is None or path is None:
        return None
    growth = state.scenario.edits[position - 1]
    assert isinstance(growth, Growth)  # growth_position found it
    baseline = state.baseline
    n = state.comparison.n_used
    scenario_path = np.array(path, dtype=np.float64)
    scenario_path[-1] = state.outcome.values
    try:
        ghost = apply(state.scenario.without_edits().with_edit(growth), baseline).growth_path
    except ValueError:  # the rates cannot be applied to the plain baseline
        ghost = None
    first = int(baseline.table.year)
    return Projection(
        growth=growth,
        position=position,
        years=np.arange(first, first + len(scenario_path), dtype=np.int64),
        scenario=path_indices(scenario_path, baseline, n=n),
        baseline={} if ghost is None else path_indices(ghost, baseline, n=n),
    )
