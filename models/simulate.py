"""Simulation rules: Armington/CES trade diversion, projection, and Monte Carlo bands.

* :func:`ces_shares` and :func:`ces_values` -- a trade-cost shock ``t_i`` (0.2 = 20 %
  dearer, -0.1 = a cheaper corridor) moves trade between partners by the Armington/CES
  rule with elasticity of substitution ``sigma`` (as in WITS-SMART); optionally the total
  responds through the CES price index.
* :func:`project` and :func:`index_path` -- constant annual growth per partner.
* :func:`monte_carlo` -- percentiles of every index over random draws of ``sigma`` and of
  the shocks, all draws in one array operation.

The default elasticity and its range, with their sources, are :data:`DEFAULT_SIGMA`,
:data:`SIGMA_RANGE`, :data:`SIGMA_SOURCE` (one line) and :data:`SIGMA_REFERENCES`.
Everything here is pure: arrays in, new arrays out.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models import indices

__all__ = [
    "DEFAULT_SIGMA",
    "SIGMA_RANGE",
    "SIGMA_REFERENCES",
    "SIGMA_SOURCE",
    "MonteCarloResult",
    "ces_shares",
    "ces_values",
    "index_path",
    "monte_carlo",
    "project",
]

# Elasticity of substitution between partners (sources). In an Armington/CES model the
# "trade elasticity" that gravity papers estimate is sigma - 1.
#   * WITS-SMART (World Bank) uses 1.5 by default between import sources: a low,
#     short-run value; it is the bottom of the range.
#   * Broda & Weinstein (2006, QJE): median elasticities between countries of origin of
#     roughly 2 to 4, depending on the level of aggregation.
#   * Simonovska & Waugh (2014, JIE): trade elasticity of roughly 4, i.e. sigma ~ 5.
#   * Head & Mayer (2014, Handbook of Int. Econ. vol. 4 ch. 3): median structural-gravity
#     trade elasticity of about 5, i.e. sigma ~ 6.
#   * Eaton & Kortum (2002, Econometrica): 8.28, a high estimate (sigma ~ 9).
# The default, 4, sits between the disaggregated medians and the structural estimates;
# the range runs from the WITS-SMART default to the upper end of common estimates.
DEFAULT_SIGMA = 4.0
SIGMA_RANGE = (1.5, 8.0)
# One line for a tooltip; SIGMA_REFERENCES has the full citations.
SIGMA_SOURCE = (
    "WITS-SMART default 1.5; Broda & Weinstein (2006) medians about 2-4; trade elasticity "
    "(sigma - 1) about 4 in Simonovska & Waugh (2014) and about 5 in Head & Mayer (2014)"
)
SIGMA_REFERENCES = (
    "Armington, P. S. (1969). A theory of demand for products distinguished by place of "
    "production. IMF Staff Papers 16(1), 159-178. The rule used here: partners' goods are "
    "imperfect substitutes with a constant elasticity of substitution sigma.",
    "World Bank, WITS: SMART (Single Market Partial Equilibrium Simulation Tool) user "
    "manual. SMART's default elasticity of substitution between import sources is 1.5, "
    "the low end of the range offered here.",
    "Broda, C. and Weinstein, D. E. (2006). Globalization and the gains from variety. "
    "Quarterly Journal of Economics 121(2), 541-585. Elasticities of substitution between "
    "countries of origin of US imports: medians of roughly 2 to 4 depending on the level "
    "of aggregation, with much larger means.",
    "Simonovska, I. and Waugh, M. E. (2014). The elasticity of trade: Estimates and "
    "evidence. Journal of International Economics 92(1), 34-50. A trade elasticity of "
    "roughly 4; with trade elasticity = sigma - 1, sigma of about 5.",
    "Head, K. and Mayer, T. (2014). Gravity equations: Workhorse, toolkit, and cookbook. "
    "Handbook of International Economics vol. 4, ch. 3, 131-195. Meta-analysis of "
    "published estimates: the median structural-gravity trade elasticity is about 5 in "
    "absolute value, i.e. sigma of about 6.",
    "Eaton, J. and Kortum, S. (2002). Technology, geography, and trade. Econometrica "
    "70(5), 1741-1779. A trade elasticity of 8.28, a high estimate (sigma of about 9) that "
    "Simonovska and Waugh (2014) argue is biased upwards.",
)

# exp() of a larger exponent overflows (or, negated, underflows below the smallest
# share); beyond it the weights are rescaled by their largest before exp().
_SAFE_EXPONENT = 600.0


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


def ces_shares(
    shares: ArrayLike, shocks: ArrayLike, sigma: ArrayLike, *, axis: int = -1
) -> NDArray[np.float64]:
    r"""Shares after trade-cost shocks, by the Armington/CES rule.

    Parameters
    ----------
    shares : array_like
        Baseline shares (or values: they are normalised along ``axis``), non-negative.
    shocks : array_like
        Proportional cost change per partner, ``t_i > -1`` (0.2 = 20 % dearer, -0.1 =
        10 % cheaper); broadcast against ``shares``, e.g. ``(D, P)`` for ``D`` draws.
    sigma : float or array_like
        Elasticity of substitution between partners, ``> 0``. A scalar, or one per draw:
        shape ``(D,)`` (the partner axis is added at ``axis``) or ``(D, 1)``.
    axis : int, optional
        The partner axis (default last).

    Returns
    -------
    numpy.ndarray
        New shares, the broadcast shape of the inputs (``(D, P)`` for ``(P,)`` shares,
        ``(D, P)`` shocks or ``(D,)`` sigma). A row whose shares are all zero gives NaN.

    Raises
    ------
    ValueError
        If a share is negative, a shock is ``<= -1``, ``sigma <= 0``, any input is not
        finite, or the shapes do not broadcast.

    Notes
    -----
    .. math:: s_i' = \frac{s_i (1+t_i)^{1-\sigma}}{\sum_j s_j (1+t_j)^{1-\sigma}}

    This is the expenditure-share form of CES demand between sources (Armington 1969),
    the substitution rule of WITS-SMART. With ``sigma > 1`` a dearer partner loses share,
    with ``sigma < 1`` it gains (spending on it rises because its quantity falls less than
    its price rises), with ``sigma = 1`` (Cobb-Douglas) shares do not move, and with zero
    shocks nothing moves. The power is computed as ``exp((1 - sigma) log1p(t))``.

    References
    ----------
    .. [1] Armington, P. S. (1969). A theory of demand for products distinguished by
       place of production. IMF Staff Papers 16(1), 159-178.
    .. [2] World Bank, WITS. SMART user manual: theoretical framework (Armington
       substitution between import sources).

    Examples
    --------
    Two equal partners, the first 20 % dearer, sigma = 4: its share falls to
    ``1.2**-3 / (1.2**-3 + 1)``:

    >>> ces_shares([0.5, 0.5], [0.2, 0.0], 4.0).round(4)
    array([0.3666, 0.6334])
    >>> ces_shares([0.5, 0.5], [[0.2, 0.0], [0.0, 0.0]], [4.0, 2.0]).round(4)
    array([[0.3666, 0.6334],
           [0.5   , 0.5   ]])
    """
    weights = _nonnegative(shares, "shares")
    log_cost = _log_cost(shocks, "shocks")
    slope = 1.0 - _per_draw(_positive(sigma, "sigma"), axis)
    exponent = _empty_broadcast(axis, weights=weights, shocks=log_cost, sigma=slope)
    np.multiply(slope, log_cost, out=exponent)
    new, _ = _ces_in_place(exponent, weights, axis, stabilise=_needs_rescaling(exponent))
    return new


def ces_values(
    values: ArrayLike,
    shocks: ArrayLike,
    sigma: ArrayLike,
    *,
    demand_elasticity: float | None = None,
    axis: int = -1,
) -> NDArray[np.float64]:
    r"""Trade values after trade-cost shocks: CES diversion, optionally a demand response.

    Parameters
    ----------
    values : array_like
        Baseline trade values, non-negative, partners along ``axis``.
    shocks, sigma, axis
        As in :func:`ces_shares`.
    demand_elasticity : float, optional
        ``eta >= 0``. ``None`` (default) keeps total trade fixed: only its split between
        partners changes. Otherwise the total responds to the CES price index ``P``:
        ``total' = total * P**(-eta)``.

    Returns
    -------
    numpy.ndarray
        New values, ``total' * s'`` with ``s'`` from :func:`ces_shares`. A row of zero
        values stays zero.

    Raises
    ------
    ValueError
        As :func:`ces_shares`, or if ``demand_elasticity`` is negative or not finite.

    Notes
    -----
    The change in the CES price index of the bundle of partners, with baseline shares
    ``s_i``, is

    .. math:: P = \Big(\sum_i s_i (1+t_i)^{1-\sigma}\Big)^{1/(1-\sigma)}, \qquad
              P = \prod_i (1+t_i)^{s_i} \ \text{for } \sigma = 1,

    the Cobb-Douglas limit. A uniform shock ``t`` gives ``P = 1 + t`` for every sigma.
    The total then moves with constant elasticity ``eta``: ``total' = total P^{-eta}``,
    as SMART moves imports with an import-demand elasticity [2]_. This is the exact
    "hat algebra" form of CES demand [1]_.

    References
    ----------
    .. [1] Dekle, R., Eaton, J. and Kortum, S. (2007). Unbalanced trade. American
       Economic Review 97(2), 351-355.
    .. [2] Jammes, O. and Olarreaga, M. (2005). Explaining SMART and GSIM. World Bank.

    Examples
    --------
    >>> ces_values([60.0, 40.0], [0.1, 0.1], 4.0, demand_elasticity=1.0).round(3)
    array([54.545, 36.364])
    """
    raw = _nonnegative(values, "values")
    log_cost = _log_cost(shocks, "shocks")
    sigma_array = _per_draw(_positive(sigma, "sigma"), axis)
    eta = None if demand_elasticity is None else _eta(demand_elasticity)
    total = raw.sum(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        baseline = raw / total  # a row of zeros gives NaN here and zeros at the end
    slope = 1.0 - sigma_array
    exponent = _empty_broadcast(axis, values=raw, shocks=log_cost, sigma=slope)
    np.multiply(slope, log_cost, out=exponent)
    new, log_sum = _ces_in_place(exponent, baseline, axis, stabilise=_needs_rescaling(exponent))
    if eta is not None:
        cobb_douglas = None
        if np.any(slope == 0):
            cobb_douglas = np.sum(baseline * log_cost, axis=axis, keepdims=True)
        total = total * np.exp(-eta * _log_price_index(log_sum, slope, cobb_douglas))
    with np.errstate(invalid="ignore"):
        return np.where(total > 0, total * new, 0.0)


def project(values: ArrayLike, growth: ArrayLike, years: SupportsIndex) -> NDArray[np.float64]:
    r"""Project trade values forward at constant annual growth rates.

    Parameters
    ----------
    values : array_like
        Baseline trade values, non-negative, shape ``(P,)`` (or ``(..., P)``).
    growth : float or array_like
        Annual growth rate per partner (0.05 = 5 % a year), ``> -1``; a scalar or
        broadcastable to ``values``.
    years : int
        Number of years ``T >= 0``.

    Returns
    -------
    numpy.ndarray
        Shape ``(T + 1, P)``: row ``t`` holds ``v_i (1 + g_i)**t``; row 0 is the
        baseline exactly.

    Raises
    ------
    ValueError
        If a value is negative or not finite, a growth rate is ``<= -1`` or not finite,
        ``years`` is not a whole number ``>= 0``, or the projection overflows.

    Notes
    -----
    .. math:: v_i(t) = v_i (1 + g_i)^t, \qquad t = 0, 1, \dots, T

    Examples
    --------
    >>> project([100.0, 50.0], [0.10, 0.0], 2)
    array([[100.,  50.],
           [110.,  50.],
           [121.,  50.]])
    """
    raw = _nonnegative(values, "values")
    rate = _finite(growth, "growth")
    if np.any(rate <= -1.0):
        raise ValueError(f"`growth` must be greater than -1 (-1 would wipe trade out); got "
                         f"{float(np.min(rate)):g}")
    count = _whole(years, "years")
    try:
        shape = np.broadcast_shapes(raw.shape, rate.shape)
    except ValueError:
        raise ValueError(f"`growth` of shape {rate.shape} does not fit `values` of shape "
                         f"{raw.shape}") from None
    steps = np.arange(count + 1, dtype=np.float64).reshape((-1,) + (1,) * len(shape))
    with np.errstate(over="ignore"):
        path = raw * np.power(1.0 + rate, steps)
    if not np.all(np.isfinite(path)):
        raise ValueError("`growth` over `years` gives values too large to represent")
    return path


def index_path(
    values: ArrayLike,
    growth: ArrayLike,
    years: SupportsIndex,
    *,
    n: int | None = None,
    active_only: bool = False,
) -> dict[str, NDArray[np.float64]]:
    """Every concentration index along a projection, year by year.

    Parameters
    ----------
    values, growth, years
        As in :func:`project` (``values`` 1-D here).
    n : int, optional
        N for the normalized indices, passed to :func:`models.indices.compute_all`
        (default: the number of partners, zeros included).
    active_only : bool, optional
        Count only partners with trade as N (as ``compute_all``); not with ``n``.

    Returns
    -------
    dict of str to numpy.ndarray
        For each key of :func:`models.indices.compute_all`, an array of shape
        ``(T + 1,)``: the index in each year, the baseline first. ``similarity`` is the
        Finger-Kreinin similarity of each year's shares to the baseline's.

    Examples
    --------
    >>> path = index_path([50.0, 50.0], [0.0, 0.1], 1)
    >>> path["hhi"].round(4)
    array([0.5   , 0.5011])
    """
    path = project(values, growth, years)
    if path.ndim != 2:
        raise ValueError(f"`values` must be 1-D (one value per partner); got shape "
                         f"{path.shape[1:]}")
    computed = indices.compute_all(path, axis=-1, n=n, active_only=active_only,
                                   baseline=path[0])
    return {key: np.asarray(value, dtype=np.float64) for key, value in computed.items()}


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
        ``(low, high)`` for sigma, ``0 < low <= high``; e.g. :data:`SIGMA_RANGE`.
    draws : int
        Number of draws ``D >= 1``.
    seed : int
        Seed for :func:`numpy.random.default_rng`, ``>= 0``.
    demand_elasticity : float, optional
        As in :func:`ces_values`; only ``total_band`` depends on it (the indices are
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
    :func:`ces_shares` at once, giving ``(D, P)`` shares, then through one
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
    raw = _nonnegative(values, "values")
    if raw.ndim != 1 or raw.size == 0:
        raise ValueError(f"`values` must be a non-empty 1-D array; got shape {raw.shape}")
    total = float(raw.sum())
    if total <= 0.0:
        raise ValueError("`values` are all zero: there are no shares to redistribute")
    low = _partner_shocks(shocks_low, "shocks_low", raw.shape)
    high = _partner_shocks(shocks_high, "shocks_high", raw.shape)
    if np.any(low > high):
        raise ValueError("`shocks_low` must not exceed `shocks_high`")
    sigma_low, sigma_high = _sigma_range(sigma_range)
    count = _whole(draws, "draws")
    if count < 1:
        raise ValueError(f"`draws` must be at least 1; got {count}")
    seed_value = _whole(seed, "seed")
    eta = None if demand_elasticity is None else _eta(demand_elasticity)
    quantiles = _percentiles(percentiles)

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
        rng, base, shocked, low[shocked], high[shocked], slope,
        cobb_douglas=eta is not None and bool(np.any(slope == 0)),
        stabilise=peak > _SAFE_EXPONENT,
    )

    if eta is None:
        totals = np.full(count, total)
    else:
        log_price = _log_price_index(log_sum, slope, cobb_douglas)
        totals = total * np.exp(-eta * log_price[:, 0])
    computed = indices.compute_all(shares, axis=-1, n=n, active_only=active_only,
                                   baseline=raw)
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


# --- the CES core ------------------------------------------------------------------


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
    new, log_sum = _ces_in_place(work, weights, -1, stabilise=stabilise)
    if k == base.size:
        return new, log_sum, log_cost
    shares = np.zeros((count, base.size), dtype=np.float64)
    if aggregate:
        np.multiply(new[:, k:], base / rest, out=shares)
    shares[:, shocked] = new[:, :k]
    return shares, log_sum, log_cost


def _ces_in_place(
    exponent: NDArray[np.float64],
    weights: NDArray[np.float64],
    axis: int,
    *,
    stabilise: bool,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Turn ``exponent = (1 - sigma) log(1 + t)`` into new shares, in place.

    Returns the new shares (the same buffer) and ``log(sum_i w_i (1 + t_i)**(1 - sigma))``
    along ``axis`` (kept as a length-1 axis), which with weights summing to one is
    ``(1 - sigma) log P``.
    """
    shift: NDArray[np.float64] | float = 0.0
    if stabilise:
        # Rescale by the largest weight among partners that hold a share; a constant
        # factor per row cancels in the shares and is added back to the log sum.
        # Partners without trade get weight exp(-inf) = 0, whatever their exponent.
        held = np.where(weights > 0, exponent, -np.inf)
        peak = held.max(axis=axis, keepdims=True)
        shift = np.where(np.isfinite(peak), peak, 0.0)
        np.subtract(held, shift, out=exponent)
    np.exp(exponent, out=exponent)
    exponent *= weights
    row_sum = exponent.sum(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        exponent /= row_sum
        log_sum = np.log(row_sum) + shift
    return exponent, log_sum


def _log_price_index(
    log_sum: NDArray[np.float64],
    slope: NDArray[np.float64],
    cobb_douglas: NDArray[np.float64] | None,
) -> NDArray[np.float64]:
    """``log P = log_sum / (1 - sigma)``; where sigma = 1, ``cobb_douglas`` instead.

    ``cobb_douglas`` is ``sum_i s_i log(1 + t_i)``, needed only if some sigma is 1.
    """
    unit = slope == 0
    with np.errstate(invalid="ignore", divide="ignore"):
        log_price = log_sum / np.where(unit, 1.0, slope)
    if cobb_douglas is not None:
        log_price = np.where(unit, cobb_douglas, log_price)
    return np.asarray(log_price, dtype=np.float64)


def _needs_rescaling(exponent: NDArray[np.float64]) -> bool:
    if exponent.size == 0:
        return False
    return bool(max(-float(exponent.min()), float(exponent.max())) > _SAFE_EXPONENT)


def _empty_broadcast(axis: int, **arrays: NDArray[np.float64]) -> NDArray[np.float64]:
    """Allocate an uninitialised float64 array of the inputs' broadcast shape."""
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays.values()))
    except ValueError:
        described = ", ".join(f"`{name}` {a.shape}" for name, a in arrays.items())
        raise ValueError(f"shapes do not broadcast along partner axis {axis}: "
                         f"{described}") from None
    return np.empty(shape, dtype=np.float64)


# --- validation ----------------------------------------------------------------------


def _finite(value: ArrayLike, name: str) -> NDArray[np.float64]:
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"`{name}` must be numbers; got {value!r}") from None
    if not np.all(np.isfinite(array)):
        raise ValueError(f"`{name}` must be finite (no NaN or infinity)")
    return array


def _nonnegative(value: ArrayLike, name: str) -> NDArray[np.float64]:
    array = _finite(value, name)
    if np.any(array < 0):
        where = np.unravel_index(int(np.argmin(array)), array.shape)
        raise ValueError(f"`{name}` must be non-negative; got {float(array[where]):g} at "
                         f"position {tuple(int(i) for i in where)}")
    return array


def _positive(value: ArrayLike, name: str) -> NDArray[np.float64]:
    array = _finite(value, name)
    if np.any(array <= 0):
        raise ValueError(f"`{name}` must be greater than 0; got {float(np.min(array)):g}")
    return array


def _shocks(value: ArrayLike, name: str) -> NDArray[np.float64]:
    """Validate cost shocks: finite and ``> -1``."""
    array = _finite(value, name)
    if np.any(array <= -1.0):
        raise ValueError(f"`{name}` must be greater than -1 (1 + shock is the new relative "
                         f"cost and must stay positive); got {float(np.min(array)):g}")
    return array


def _log_cost(value: ArrayLike, name: str) -> NDArray[np.float64]:
    """Validate shocks and return ``log(1 + t)``."""
    return np.log1p(_shocks(value, name))


def _partner_shocks(value: ArrayLike, name: str, shape: tuple[int, ...]) -> NDArray[np.float64]:
    """Validate one shock bound per partner (or one for all)."""
    array = _shocks(value, name)
    if array.ndim > 1 or (array.ndim == 1 and array.shape != shape):
        raise ValueError(f"`{name}` must be a number or one per partner {shape}; got shape "
                         f"{array.shape}")
    return np.broadcast_to(array, shape)


def _per_draw(sigma: NDArray[np.float64], axis: int) -> NDArray[np.float64]:
    """Give a per-draw sigma of shape ``(D,)`` its length-1 partner axis."""
    if sigma.ndim == 0 or (sigma.ndim >= 2 and -sigma.ndim <= axis < sigma.ndim
                           and sigma.shape[axis] == 1):
        return sigma
    return np.expand_dims(sigma, axis)


def _eta(value: float) -> float:
    eta = float(value)
    if not np.isfinite(eta) or eta < 0:
        raise ValueError(f"`demand_elasticity` must be a finite number >= 0; got {value!r}")
    return eta


def _sigma_range(value: tuple[float, float]) -> tuple[float, float]:
    try:
        low, high = (float(x) for x in value)
    except (TypeError, ValueError):
        raise ValueError(f"`sigma_range` must be two numbers (low, high); got {value!r}") from None
    if not (np.isfinite(low) and np.isfinite(high) and 0 < low <= high):
        raise ValueError(f"`sigma_range` must satisfy 0 < low <= high (finite); got {value!r}")
    return low, high


def _percentiles(value: Sequence[float]) -> NDArray[np.float64]:
    array = _finite(value, "percentiles")
    if array.ndim != 1 or array.size == 0 or np.any((array < 0) | (array > 100)):
        raise ValueError(f"`percentiles` must be a non-empty sequence of numbers in "
                         f"[0, 100]; got {value!r}")
    return array


def _whole(value: SupportsIndex, name: str) -> int:
    if isinstance(value, bool):
        raise ValueError(f"`{name}` must be a whole number; got {value!r}")
    try:
        number = operator.index(value)
    except TypeError:
        raise ValueError(f"`{name}` must be a whole number; got {value!r}") from None
    if number < 0:
        raise ValueError(f"`{name}` must be >= 0; got {number}")
    return number
