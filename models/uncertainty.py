"""Uncertainty bands for a whole scenario: its edits replayed in order over many draws.

:func:`scenario_bands` applies exactly the edits that :func:`models.scenario.apply`
applies, in the same order and by the same engine (:mod:`models._replay`), to an array of
``D`` draws at once. Each cost-shock edit draws its shock sizes around its own values
(``t (1 - F)`` to ``t (1 + F)`` for a spread ``F``), and sigma is either drawn once per draw
from a range (shared by every shock edit: the elasticity belongs to the economy, not to one
edit) or kept as each edit gives it. With the sigmas kept and no spread every draw equals
``apply``'s outcome, so the bands collapse onto what ``run`` prints.

The random numbers are all drawn first, in one fixed order; the draws are then replayed in
blocks of rows (:data:`BLOCK_ELEMENTS` values each), so that memory stays bounded and a
caller can show progress and stop between blocks (``progress=``). Every row's result depends
on that row only, so the blocks change nothing: the window and the command line give the
same numbers for the same seed. ``samples=`` keeps every draw of the indices named (for a
histogram).

:func:`models.montecarlo.monte_carlo` is the faster kernel for one shock vector on fixed
values; this function is what the command line and the window use for scenario files.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import assert_never

import numpy as np
from numpy.typing import NDArray

from models import _replay, indices, simulate
from models._share_rows import share_edit_rows
from models.blocs import vector_balance
from models.edits import CostShock, Growth, ScaleValue, SetLock, SetShare
from models.scenario import Baseline, Scenario

__all__ = ["BLOCK_ELEMENTS", "MAX_DRAW_ELEMENTS", "ScenarioBands", "scenario_bands"]

# Draws x partners held at once (each array of that size is 8 bytes an element, and a few
# are alive together): 50 million is 400 MB an array.
MAX_DRAW_ELEMENTS = 50_000_000
# Draws x partners replayed at once: large enough that the index kernels share the work
# between two threads (models._index_kernels.PARALLEL_MIN_ELEMENTS), small enough that a
# block takes a few tens of milliseconds, so that progress moves and a stop is quick.
BLOCK_ELEMENTS = 1_048_576


@dataclass(frozen=True)
class ScenarioBands:
    """Percentiles of every index over the draws of :func:`scenario_bands`.

    ``bands[key]`` has one value per percentile, for every key of
    :func:`models.indices.compute_all` with ``similarity`` (to the baseline) and, where the
    categories are partners or vectors, ``vector_balance``. NaN where a draw leaves no trade.
    ``samples[key]`` holds every draw's value of the indices asked for (``samples=``).
    """

    percentiles: tuple[float, ...]
    bands: dict[str, NDArray[np.float64]]
    draws: int
    seed: int
    samples: dict[str, NDArray[np.float64]] = field(default_factory=dict)


def scenario_bands(
    scenario: Scenario,
    baseline: Baseline,
    *,
    draws: int,
    seed: int,
    sigma_range: tuple[float, float] | None = None,
    shock_spread: float = 0.0,
    percentiles: tuple[float, ...] = (5.0, 50.0, 95.0),
    samples: Collection[str] = (),
    progress: Callable[[int, int], object] | None = None,
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
    samples : collection of str, optional
        Index keys whose value in every draw is kept in :attr:`ScenarioBands.samples`
        (default none): for a histogram.
    progress : callable, optional
        Called as ``progress(done, draws)`` after each block of draws. To stop early, raise
        from it: the exception propagates and nothing is returned.

    Returns
    -------
    ScenarioBands

    Raises
    ------
    ValueError
        If an edit cannot be applied (as :func:`models.scenario.apply` says), a drawn
        shock could reach -100 % (``shock_spread`` too wide for a deep cut), an index of
        ``samples`` is unknown, or an argument is out of range.

    Notes
    -----
    The random numbers come from one generator in a fixed order: the sigmas first
    (shape ``(D,)``), then each cost-shock edit's shocks in edit order, shape ``(D, K)``
    for its ``K`` shocked partners. Every step is one array operation over a block of draws;
    a share edit clamps each draw on its own, as :func:`models.rebalance.set_share` would
    (:mod:`models._share_rows`).

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
    # The edits as `apply` takes them: an edit it refuses is refused here, in its words.
    _replay.replay(scenario, baseline, strict=True)
    rng = np.random.default_rng(int(seed))
    sigma: NDArray[np.float64] | None = None
    if sigma_range is not None:
        low, high = (float(x) for x in sigma_range)
        if not (0 < low <= high and np.isfinite(high)):
            raise ValueError(f"`sigma_range` must have 0 < low <= high; got {sigma_range}")
        sigma = low + (high - low) * rng.random(count)
    drawn: dict[int, _Shocks] = {}
    for position, edit in enumerate(scenario.edits, start=1):
        if isinstance(edit, CostShock) and position not in scenario.switched_off:
            try:
                drawn[position] = _drawn_shocks(edit, space, rng, count, shock_spread)
            except ValueError as exc:
                raise ValueError(f"edit {position} ({edit.kind}): {exc}") from None

    keys = _keys(space)
    wanted = frozenset(samples)
    if not wanted <= set(keys):
        unknown = ", ".join(sorted(wanted - set(keys)))
        raise ValueError(f"`samples` names unknown indices: {unknown}; choose from {keys}")
    computed = {key: np.empty(count) for key in keys}
    step = max(1, BLOCK_ELEMENTS // max(len(space.codes), 1))
    for first in range(0, count, step):
        rows = slice(first, min(first + step, count))
        values = _replay_block(scenario, space, drawn, sigma, rows)
        for key, result in _indices(values, space, baseline, scenario).items():
            computed[key][rows] = result
        if progress is not None:
            progress(rows.stop, count)
    q = np.asarray(percentiles, dtype=np.float64)
    bands = {key: np.percentile(v, q) for key, v in computed.items()}
    return ScenarioBands(
        tuple(float(p) for p in q),
        bands,
        count,
        int(seed),
        {key: computed[key] for key in keys if key in wanted},
    )


@dataclass(frozen=True)
class _Shocks:
    """One cost-shock edit's drawn shocks: ``centre`` with ``varied`` columns drawn."""

    centre: NDArray[np.float64]
    varied: NDArray[np.intp]
    drawn: NDArray[np.float64]  # (draws, len(varied))

    def rows(self, rows: slice) -> NDArray[np.float64]:
        count = rows.stop - rows.start
        shocks = np.broadcast_to(self.centre, (count, self.centre.size)).copy()
        if self.varied.size:
            shocks[:, self.varied] = self.drawn[rows]
        return shocks


def _replay_block(
    scenario: Scenario,
    space: _replay._Space,
    drawn: dict[int, _Shocks],
    sigma: NDArray[np.float64] | None,
    rows: slice,
) -> NDArray[np.float64]:
    """Replay the edits on the draws ``rows``: partner values, one row a draw."""
    count = rows.stop - rows.start
    values = np.array(space.values, dtype=np.float64)[np.newaxis, :]
    state = _replay._State(set(), [], None)
    for position, edit in enumerate(scenario.edits, start=1):
        if position in scenario.switched_off:
            continue
        try:
            match edit:
                case CostShock():
                    values = simulate.ces_values(
                        np.broadcast_to(values, (count, values.shape[-1])),
                        drawn[position].rows(rows),
                        edit.sigma if sigma is None else sigma[rows],
                        demand_elasticity=edit.demand_elasticity,
                    )
                case SetShare():  # each draw clamped on its own, all draws at once
                    values = share_edit_rows(edit, values, state.locked, space)
                case SetLock() | ScaleValue() | Growth():  # one array operation over the draws
                    values = _replay._apply_one(edit, values, state, space)
                case _:
                    assert_never(edit)
        except ValueError as exc:
            raise ValueError(f"edit {position} ({edit.kind}): {exc}") from None
    return np.broadcast_to(values, (count, values.shape[-1]))


def _drawn_shocks(
    edit: CostShock, space: _replay._Space, rng: np.random.Generator, count: int, spread: float
) -> _Shocks:
    centre = space.spread(edit.shocks, 0.0)
    low = centre - spread * np.abs(centre)
    high = centre + spread * np.abs(centre)
    if np.any(low <= -1.0):
        worst = float(np.min(centre[low <= -1.0]))
        raise ValueError(
            f"a shock of {100 * worst:g} % with `shock_spread` {spread:g} could be drawn at "
            f"-100 % or below (trade free of cost); use a spread below {-1 / worst - 1:.3g}"
        )
    varied = np.flatnonzero(high > low)
    drawn = np.empty((count, 0))
    if varied.size:
        drawn = low[varied] + (high - low)[varied] * rng.random((count, varied.size))
    return _Shocks(centre, varied, drawn)


def _keys(space: _replay._Space) -> tuple[str, ...]:
    """Return the indices computed for every draw, in the order of :func:`indices.compute_all`."""
    keys = tuple(indices.INDEX_KEYS)
    return (*keys, "vector_balance") if space.assignment is not None else keys


def _indices(
    values: NDArray[np.float64], space: _replay._Space, baseline: Baseline, scenario: Scenario
) -> dict[str, NDArray[np.float64]]:
    categories = space.categories(values)
    base = baseline.values
    n = max(int(np.count_nonzero(base)), 1) if scenario.active_only else len(baseline.codes)
    computed = {
        key: np.asarray(v, dtype=np.float64)
        for key, v in indices.compute_all(categories, n=n, baseline=base).items()
    }
    if space.assignment is not None:
        computed["vector_balance"] = np.asarray(
            vector_balance(space.vector_sums(values)), dtype=np.float64
        )
    return computed
