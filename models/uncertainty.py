"""Uncertainty bands for a whole scenario: its edits replayed in order over many draws.

:func:`scenario_bands` applies exactly the edits that :func:`models.scenario.apply`
applies, in the same order and by the same engine (:mod:`models._replay`), to an array of
``D`` draws at once. Each cost-shock edit draws its shock sizes around its own values
(``t (1 - F)`` to ``t (1 + F)`` for a spread ``F``), and sigma is either drawn once per draw
from a range (shared by every shock edit: the elasticity belongs to the economy, not to one
edit) or kept as each edit gives it. With the sigmas kept and no spread every draw equals
``apply``'s outcome, so the bands collapse onto what ``run`` prints.

:func:`models.montecarlo.monte_carlo` is the faster kernel for one shock vector on fixed
values; this function is what the command line and the window use for scenario files.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import assert_never

import numpy as np
from numpy.typing import NDArray

from models import _replay, indices, simulate
from models.edits import CostShock, Growth, ScaleValue, SetLock, SetShare
from models.scenario import Baseline, Scenario

__all__ = ["MAX_DRAW_ELEMENTS", "ScenarioBands", "scenario_bands"]

# Draws x partners held at once (each array of that size is 8 bytes an element, and a few
# are alive together): 50 million is 400 MB an array.
MAX_DRAW_ELEMENTS = 50_000_000


@dataclass(frozen=True)
class ScenarioBands:
    """Percentiles of every index over the draws of :func:`scenario_bands`.

    ``bands[key]`` has one value per percentile, for every key of
    :func:`models.indices.compute_all` with ``similarity`` (to the baseline) and, where the
    categories are partners or vectors, ``vector_balance``. NaN where a draw leaves no trade.
    """

    percentiles: tuple[float, ...]
    bands: dict[str, NDArray[np.float64]]
    draws: int
    seed: int


def scenario_bands(
    scenario: Scenario,
    baseline: Baseline,
    *,
    draws: int,
    seed: int,
    sigma_range: tuple[float, float] | None = None,
    shock_spread: float = 0.0,
    percentiles: tuple[float, ...] = (5.0, 50.0, 95.0),
) -> ScenarioBands:
    """Bands of every index when the scenario's cost shocks and sigma are drawn.

    Parameters
    ----------
    scenario, baseline
        The scenario and its baseline (:func:`models.scenario.load_baseline`).
    draws : int
        Number of draws ``D >= 1``; ``D`` times the number of partners may not exceed
        :data:`MAX_DRAW_ELEMENTS`.
    seed : int
        Seed of :func:`numpy.random.default_rng`: the same seed gives the same bands.
    sigma_range : tuple of float, optional
        ``(low, high)``: one sigma a draw, uniform, used by every cost shock. None (the
        default) keeps each edit's own sigma.
    shock_spread : float, optional
        ``F >= 0``: each shock ``t`` is drawn uniformly from ``t (1 - F)`` to
        ``t (1 + F)``; 0 keeps it as written.
    percentiles : tuple of float, optional
        The percentiles reported (default 5, 50 and 95).

    Returns
    -------
    ScenarioBands

    Raises
    ------
    ValueError
        If an edit cannot be applied (as :func:`models.scenario.apply` says), a drawn
        shock could reach -100 % (``shock_spread`` too wide for a deep cut), or an
        argument is out of range.

    Notes
    -----
    The random numbers come from one generator in a fixed order: the sigmas first
    (shape ``(D,)``), then each cost-shock edit's shocks in edit order, shape ``(D, K)``
    for its ``K`` shocked partners. Every step is one array operation over the draws,
    except a share edit that follows a shock, which is taken draw by draw (the rebalancing
    rules clamp each draw on its own).

    Examples
    --------
    >>> from models.datasets import load_catalog
    >>> from models.scenario import CostShock, Scenario, apply, load_baseline
    >>> from models.analysis import compare
    >>> catalog = load_catalog()
    >>> reporter = catalog.default_reporter
    >>> start = Scenario(reporter, catalog.default_year(reporter), "exports")
    >>> partner = load_baseline(start, catalog).codes[0]
    >>> s = start.with_edit(CostShock(((partner, 0.3),), 4.0))
    >>> b = load_baseline(s, catalog)
    >>> bands = scenario_bands(s, b, draws=10, seed=1)
    >>> bool(np.allclose(bands.bands["hhi"], compare(apply(s, b)).scenario["hhi"]))
    True
    """
    count = int(draws)
    if count < 1:
        raise ValueError(f"`draws` must be at least 1; got {draws}")
    space = _replay._Space(baseline)
    if count * len(space.codes) > MAX_DRAW_ELEMENTS:
        raise ValueError(
            f"`draws` x partners must be at most {MAX_DRAW_ELEMENTS:,}; got {count:,} x "
            f"{len(space.codes)}"
        )
    if not np.isfinite(shock_spread) or shock_spread < 0:
        raise ValueError(f"`shock_spread` must be 0 or more; got {shock_spread:g}")
    rng = np.random.default_rng(int(seed))
    sigma: NDArray[np.float64] | None = None
    if sigma_range is not None:
        low, high = (float(x) for x in sigma_range)
        if not (0 < low <= high and np.isfinite(high)):
            raise ValueError(f"`sigma_range` must have 0 < low <= high; got {sigma_range}")
        sigma = low + (high - low) * rng.random(count)

    values = np.array(space.values, dtype=np.float64)[np.newaxis, :]
    state = _replay._State(set(), [], None)
    for position, edit in enumerate(scenario.edits, start=1):
        if position in scenario.switched_off:
            continue
        try:
            match edit:
                case CostShock():
                    shocks = _drawn_shocks(edit, space, rng, count, shock_spread)
                    values = simulate.ces_values(
                        np.broadcast_to(values, (count, values.shape[-1])),
                        shocks,
                        edit.sigma if sigma is None else sigma,
                        demand_elasticity=edit.demand_elasticity,
                    )
                case SetShare():  # the rebalancing rules clamp each draw on its own
                    values = np.stack(
                        [_replay._apply_one(edit, row, state, space) for row in values]
                    )
                case SetLock() | ScaleValue() | Growth():  # one array operation over the draws
                    values = _replay._apply_one(edit, values, state, space)
                case _:
                    assert_never(edit)
        except ValueError as exc:
            raise ValueError(f"edit {position} ({edit.kind}): {exc}") from None
    values = np.broadcast_to(values, (count, values.shape[-1]))
    return _bands(values, space, baseline, scenario, percentiles, count, int(seed))


def _drawn_shocks(
    edit: CostShock, space: _replay._Space, rng: np.random.Generator, count: int, spread: float
) -> NDArray[np.float64]:
    centre = space.spread(edit.shocks, 0.0)
    low = centre - spread * np.abs(centre)
    high = centre + spread * np.abs(centre)
    if np.any(low <= -1.0):
        worst = float(np.min(centre[low <= -1.0]))
        raise ValueError(
            f"a shock of {100 * worst:g} % with `shock_spread` {spread:g} could be drawn at "
            f"-100 % or below (trade free of cost); use a spread below {-1 / worst - 1:.3g}"
        )
    shocks = np.broadcast_to(centre, (count, centre.size)).copy()
    varied = np.flatnonzero(high > low)
    if varied.size:
        shocks[:, varied] = low[varied] + (high - low)[varied] * rng.random((count, varied.size))
    return shocks


def _bands(
    values: NDArray[np.float64],
    space: _replay._Space,
    baseline: Baseline,
    scenario: Scenario,
    percentiles: tuple[float, ...],
    count: int,
    seed: int,
) -> ScenarioBands:
    categories = space.categories(values)
    base = baseline.values
    n = max(int(np.count_nonzero(base)), 1) if scenario.active_only else len(baseline.codes)
    computed = {
        key: np.asarray(v, dtype=np.float64)
        for key, v in indices.compute_all(categories, n=n, baseline=base).items()
    }
    if space.assignment is not None:
        computed["vector_balance"] = np.asarray(
            indices.evenness(space.vector_sums(values)), dtype=np.float64
        )
    q = np.asarray(percentiles, dtype=np.float64)
    bands = {key: np.percentile(v, q) for key, v in computed.items()}
    return ScenarioBands(tuple(float(p) for p in q), bands, count, seed)
