"""Monte Carlo uncertainty bands for every index (DESIGN.md sec. 3).

:func:`monte_carlo` draws ``sigma`` and the partners' cost shocks from ranges, with a seed
so that a run can be repeated exactly, pushes every draw through the Armington/CES rule
of :func:`models.simulate.ces_shares` and reports percentiles of every index of
:func:`models.indices.compute_all`. It is re-exported by :mod:`models.simulate`, with
:class:`MonteCarloResult`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models import _ces, indices

__all__ = ["MonteCarloResult", "monte_carlo"]


@dataclass(frozen=True)
class MonteCarloResult:
    """Percentile bands from :func:`monte_carlo`.

    Attributes
    ----------
    percentiles : tuple of float
        The percentiles reported, e.g. ``(5.0, 50.0, 95.0)``.
    bands : dict of str to numpy.ndarray
        For every index key of :func:`models.indices.compute_all`, its percentiles over the
        draws, shape ``(len(percentiles),)``.
    share_bands : numpy.ndarray or None
        Percentiles of each partner's share, shape ``(len(percentiles), P)``, if asked
        for with ``share_bands=True`` (they cost about as much as all the indices).
    total_band : numpy.ndarray
        Percentiles of total trade, shape ``(len(percentiles),)``; the baseline total in
        every entry unless a demand elasticity was given.
    draws : int
        Number of draws.
    seed : int
        The seed: the same inputs and seed give the same numbers.
    """

    percentiles: tuple[float, ...]
    bands: dict[str, NDArray[np.float64]]
    share_bands: NDArray[np.float64] | None
    total_band: NDArray[np.float64]
    draws: int
    seed: int


def monte_carlo(
    values: ArrayLike,
    shocks_low: ArrayLike,
    shocks_high: ArrayLike,
    *,
    sigma_range: tuple[float, float],
    draws: SupportsIndex,
    seed: SupportsIndex,
    demand_elasticity: float | None = None,
    percentiles: Sequence[float] = (5.0, 50.0, 95.0),
    share_bands: bool = False,
    n: int | None = None,
    active_only: bool = False,
) -> MonteCarloResult:
    """Uncertainty bands for every index under random ``sigma`` and shock sizes.

    Parameters
    ----------
    values : array_like
        Baseline trade values, shape ``(P,)``, non-negative, not all zero.
    shocks_low, shocks_high : float or array_like
        Range of each partner's cost shock, shape ``(P,)`` or scalar, with
        ``-1 < low <= high``. A partner with ``low == high`` gets that shock in every
        draw (``0`` and ``0``: no shock).
    sigma_range : tuple of float
        ``(low, high)`` for sigma, ``0 < low <= high``; e.g.
        :data:`models.simulate.SIGMA_RANGE`.
    draws : int
        Number of draws ``D >= 1``.
    seed : int
        Seed for :func:`numpy.random.default_rng`, ``>= 0``.
    demand_elasticity : float, optional
        As in :func:`models.simulate.ces_values`; only ``total_band`` depends on it (the indices are
        computed from shares).
    percentiles : sequence of float, optional
        Percentiles to report, each in ``[0, 100]`` (default 5, 50, 95).
    share_bands : bool, optional
        Also report the percentiles of every partner's share (default False: a
        percentile per partner over all draws costs about as much as all the indices).
    n, active_only : optional
        N for the normalized indices, as in :func:`models.indices.compute_all`.

    Returns
    -------
    MonteCarloResult
        Bands for every index key of :func:`models.indices.compute_all` (``similarity``
        is each draw's similarity to the baseline), for the total and, if asked, for
        each partner's share.

    Raises
    ------
    ValueError
        If an input is out of range or not finite, or the values are all zero.

    Notes
    -----
    ``sigma ~ Uniform(sigma_range)`` with shape ``(D,)`` is drawn first, then
    ``t_i ~ Uniform(low_i, high_i)`` independently with shape ``(D, K)`` for the ``K``
    partners that have trade and a range other than ``[0, 0]`` (in partner order; a
    partner without trade keeps a zero share whatever its shock), both from one
    ``numpy.random.default_rng(seed)``. All draws go through the CES rule of
    :func:`models.simulate.ces_shares` at once, giving ``(D, P)`` shares, then through one
    ``compute_all(shares, axis=-1, baseline=values)``, then ``numpy.percentile(...,
    axis=0)`` (linear interpolation): there is no loop over draws. Partners without a
    shock keep weight 1, so they are handled as one aggregate partner whose new share they
    split pro rata; ``log(1 + t)`` is taken as ``log`` of ``1 + t``, faster than
    ``log1p``.

    Examples
    --------
    >>> result = monte_carlo([60.0, 40.0], [0.1, 0.0], [0.3, 0.0],
    ...                      sigma_range=(2.0, 6.0), draws=1000, seed=1, share_bands=True)
    >>> low, mid, high = result.share_bands[:, 0]
    >>> bool(low <= mid <= high < 0.6)
    True
    """
    raw = _ces.nonnegative(values, "values")
    if raw.ndim != 1 or raw.size == 0:
        raise ValueError(f"`values` must be a non-empty 1-D array; got shape {raw.shape}")
    total = float(raw.sum())
    if total <= 0.0:
        raise ValueError("`values` are all zero: there are no shares to redistribute")
    low = _ces.partner_shocks(shocks_low, "shocks_low", raw.shape)
    high = _ces.partner_shocks(shocks_high, "shocks_high", raw.shape)
    if np.any(low > high):
        raise ValueError("`shocks_low` must not exceed `shocks_high`")
    sigma_low, sigma_high = _ces.sigma_range(sigma_range)
    count = _ces.whole(draws, "draws")
    if count < 1:
        raise ValueError(f"`draws` must be at least 1; got {count}")
    seed_value = _ces.whole(seed, "seed")
    eta = None if demand_elasticity is None else _ces.eta(demand_elasticity)
    quantiles = _ces.percentiles(percentiles)

    rng = np.random.default_rng(seed_value)
    sigma = rng.random(count)
    sigma *= sigma_high - sigma_low
    sigma += sigma_low
    slope = (1.0 - sigma)[:, np.newaxis]
    base = raw / total
    # Exponents are bounded by the ranges: rescale only if exp() could overflow.
    peak = max(abs(1.0 - sigma_low), abs(1.0 - sigma_high)) * float(
        max(abs(np.log1p(low.min())), abs(np.log1p(high.max())))
    )
    # Partners without trade keep no share whatever their shock: no draws for them.
    shocked = np.flatnonzero(((low != 0) | (high != 0)) & (base > 0))
    shares, log_sum, cobb_douglas = _draw_ces(
        rng,
        base,
        shocked,
        low[shocked],
        high[shocked],
        slope,
        cobb_douglas=eta is not None and bool(np.any(slope == 0)),
        stabilise=peak > _ces.SAFE_EXPONENT,
    )

    if eta is None:
        totals = np.full(count, total)
    else:
        log_price = _ces.log_price_index(log_sum, slope, cobb_douglas)
        totals = total * np.exp(-eta * log_price[:, 0])
    computed = indices.compute_all(shares, axis=-1, n=n, active_only=active_only, baseline=raw)
    bands = {
        key: np.percentile(np.asarray(value, dtype=np.float64), quantiles, axis=0)
        for key, value in computed.items()
    }
    return MonteCarloResult(
        percentiles=tuple(float(q) for q in quantiles),
        bands=bands,
        share_bands=np.percentile(shares, quantiles, axis=0) if share_bands else None,
        total_band=np.percentile(totals, quantiles),
        draws=count,
        seed=seed_value,
    )


# --- drawing the shocks -------------------------------------------------------------


def _draw_ces(
    rng: np.random.Generator,
    base: NDArray[np.float64],
    shocked: NDArray[np.intp],
    low: NDArray[np.float64],
    high: NDArray[np.float64],
    slope: NDArray[np.float64],
    *,
    cobb_douglas: bool,
    stabilise: bool,
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64] | None]:
    """Draw the shocks of the ``shocked`` partners and return the CES shares of all.

    Only the K shocked partners need random numbers and powers: every other partner
    keeps weight 1, so together they act as one partner (the last work column) whose new
    share they then split in proportion to their baseline shares. Returns the ``(D, P)``
    shares, ``log sum_i s_i (1 + t_i)**(1 - sigma)`` and, if asked, the Cobb-Douglas
    ``sum_i s_i log(1 + t_i)``, both ``(D, 1)``.
    """
    count, k = slope.shape[0], shocked.size
    unshocked = np.ones(base.size, dtype=bool)
    unshocked[shocked] = False
    rest = float(np.sum(base[unshocked]))
    aggregate = k < base.size and rest > 0.0
    work = np.empty((count, k + int(aggregate)), dtype=np.float64)
    cost = work[:, :k]
    if aggregate:
        np.multiply(rng.random((count, k)), high - low, out=cost)
        work[:, k] = 0.0  # log(1 + 0)
    else:
        rng.random(out=work)  # the same numbers as rng.random((count, k))
        cost *= high - low
    cost += 1.0 + low  # 1 + t: a partner with low == high gets exactly 1 + low
    np.log(cost, out=cost)
    log_cost = (cost @ base[shocked])[:, np.newaxis] if cobb_douglas else None
    work *= slope
    weights = np.append(base[shocked], rest) if aggregate else base[shocked]
    new, log_sum = _ces.ces_in_place(work, weights, -1, stabilise=stabilise)
    if k == base.size:
        return new, log_sum, log_cost
    shares = np.zeros((count, base.size), dtype=np.float64)
    if aggregate:
        np.multiply(new[:, k:], base / rest, out=shares)
    shares[:, shocked] = new[:, :k]
    return shares, log_sum, log_cost
