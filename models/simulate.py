"""Simulation rules: Armington/CES trade diversion, projection, and Monte Carlo bands.

* :func:`ces_shares` and :func:`ces_values` -- a trade-cost shock ``t_i`` (0.2 = 20 %
  dearer, -0.1 = a cheaper corridor) moves trade between partners by the Armington/CES
  rule with elasticity of substitution ``sigma`` (as in WITS-SMART); optionally the total
  responds through the CES price index.
* :func:`project` and :func:`index_path` -- constant annual growth per partner.
* :func:`monte_carlo` -- percentiles of every index over random draws of ``sigma`` and of
  the shocks (defined in :mod:`models.montecarlo`, re-exported here with
  :class:`MonteCarloResult`).

The default elasticity and its range, with their sources, are :data:`DEFAULT_SIGMA`,
:data:`SIGMA_RANGE`, :data:`SIGMA_SOURCE` (one line) and :data:`SIGMA_REFERENCES`.
Everything here is pure: arrays in, new arrays out.
"""

from __future__ import annotations

from typing import SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models import _ces, indices
from models.montecarlo import MonteCarloResult, monte_carlo

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
    weights = _ces.nonnegative(shares, "shares")
    log_cost = _ces.log_cost(shocks, "shocks")
    slope = 1.0 - _ces.per_draw(_ces.positive(sigma, "sigma"), axis)
    exponent = _ces.empty_broadcast(axis, weights=weights, shocks=log_cost, sigma=slope)
    np.multiply(slope, log_cost, out=exponent)
    new, _ = _ces.ces_in_place(exponent, weights, axis, stabilise=_ces.needs_rescaling(exponent))
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
    raw = _ces.nonnegative(values, "values")
    log_cost = _ces.log_cost(shocks, "shocks")
    sigma_array = _ces.per_draw(_ces.positive(sigma, "sigma"), axis)
    eta = None if demand_elasticity is None else _ces.eta(demand_elasticity)
    total = raw.sum(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        baseline = raw / total  # a row of zeros gives NaN here and zeros at the end
    slope = 1.0 - sigma_array
    exponent = _ces.empty_broadcast(axis, values=raw, shocks=log_cost, sigma=slope)
    np.multiply(slope, log_cost, out=exponent)
    new, log_sum = _ces.ces_in_place(
        exponent, baseline, axis, stabilise=_ces.needs_rescaling(exponent)
    )
    if eta is not None:
        cobb_douglas = None
        if np.any(slope == 0):
            cobb_douglas = np.sum(baseline * log_cost, axis=axis, keepdims=True)
        total = total * np.exp(-eta * _ces.log_price_index(log_sum, slope, cobb_douglas))
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
    raw = _ces.nonnegative(values, "values")
    rate = _ces.finite(growth, "growth")
    if np.any(rate <= -1.0):
        raise ValueError(
            f"`growth` must be greater than -1 (-1 would wipe trade out); got "
            f"{float(np.min(rate)):g}"
        )
    count = _ces.whole(years, "years")
    try:
        shape = np.broadcast_shapes(raw.shape, rate.shape)
    except ValueError:
        raise ValueError(
            f"`growth` of shape {rate.shape} does not fit `values` of shape {raw.shape}"
        ) from None
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
        raise ValueError(
            f"`values` must be 1-D (one value per partner); got shape {path.shape[1:]}"
        )
    computed = indices.compute_all(path, axis=-1, n=n, active_only=active_only, baseline=path[0])
    return {key: np.asarray(value, dtype=np.float64) for key, value in computed.items()}
