"""Monte Carlo uncertainty bands for every index (docs/design.md sec. 3).

:func:`monte_carlo` draws ``sigma`` and the partners' cost shocks from ranges, with a seed
so that a run can be repeated exactly, pushes every draw through the Armington/CES rule
of :func:`models.simulate.ces_shares` and reports percentiles of every index of
:func:`models.indices.compute_all`. It is re-exported by :mod:`models.simulate`, with
:class:`MonteCarloResult`.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models import _ces
from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_kernels import BlockTask, Floats, Kernel

__all__ = ["MonteCarloResult", "monte_carlo"]

# Draws x partners per block of draws: a block's random numbers, powers, shares and sorted
# shares (1 MB each) stay in the CPU cache while every step of the block runs over them.
_BLOCK_ELEMENTS: Final = 131_072


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
        for with ``share_bands=True`` (they cost more than all the indices together).
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
        percentile per partner over all draws costs more than all the indices together).
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
    ``numpy.random.default_rng(seed)``. Every draw goes through the CES rule of
    :func:`models.simulate.ces_shares`, then every index is taken as ``compute_all(shares,
    axis=-1, baseline=values)`` takes it, then ``numpy.percentile(..., axis=0)`` (linear
    interpolation). Partners without a shock keep weight 1, so they are handled as one
    aggregate partner whose new share they split pro rata; ``log(1 + t)`` is taken as
    ``log`` of ``1 + t``, faster than ``log1p``.

    Speed: there is no loop over draws. The draws are cut into a handful of blocks of
    rows, small enough for the CPU cache, and two threads take them in turn (numpy
    releases the GIL); within a block each step (random numbers, logs, powers, shares,
    the sort for the Gini index and the ratios, the sums behind every index, the overlap
    with the baseline) is one array operation over all the block's draws. A block takes
    its random numbers from its own stretch of the generator's stream (PCG64 can jump
    ahead), so they are the numbers that one call for all draws would give; and each
    draw's results depend on that draw only. So a seed gives the same numbers, to the
    bit, whatever the blocks and threads.

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

    if n is not None and active_only:
        raise ValueError("give either `n` or `active_only=True`, not both")

    bits = np.random.PCG64(seed_value)
    rng = np.random.Generator(bits)  # as default_rng(seed_value)
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
    counting = active_only or n is not None
    run = _Blocks.plan(
        base,
        shocked,
        low[shocked],
        high[shocked],
        slope,
        stream=bits,  # the shocks' numbers follow sigma's
        count_active=counting,
        cobb_douglas=eta is not None and bool(np.any(slope == 0)),
        stabilise=peak > _ces.SAFE_EXPONENT,
        keep_shares=share_bands,
    )
    step = max(1, _BLOCK_ELEMENTS // run.baseline.size)
    parallel = count * run.baseline.size >= _kernels.PARALLEL_MIN_ELEMENTS and count >= 2 * step
    # A handful of row blocks, for the cache and the two threads: not a loop over draws
    # (docs/design.md sec. 3), as every step within a block is one array operation.
    _kernels.in_row_blocks(count, step, functools.partial(run.start, step), parallel=parallel)

    if eta is None:
        totals = np.full(count, total)
    else:
        log_price = _ces.log_price_index(run.log_sum, slope, run.log_cost)
        totals = total * np.exp(-eta * log_price[:, 0])
    if active_only:
        n_used: Floats | np.float64 = run.stats[7]
    elif n is None:
        n_used = np.float64(raw.size)
    else:
        n_used = _kernels.counted_categories(run.stats[7].astype(np.intp), (count,), n)
    computed = _formulas.all_from_stats(run.stats, n_used, run.baseline.size)
    computed["similarity"] = np.minimum(run.overlap, 1.0)
    bands = {key: np.percentile(value, quantiles, axis=0) for key, value in computed.items()}
    held_bands = None
    if run.shares is not None:  # partners without trade: a share of 0 in every draw
        held_bands = np.zeros((quantiles.size, raw.size))
        held_bands[:, run.columns] = np.percentile(run.shares, quantiles, axis=0)
    return MonteCarloResult(
        percentiles=tuple(float(q) for q in quantiles),
        bands=bands,
        share_bands=held_bands,
        total_band=np.percentile(totals, quantiles),
        draws=count,
        seed=seed_value,
    )


# --- the draws, block by block ----------------------------------------------------------


@dataclass(frozen=True)
class _Blocks:
    """What the blocks of draws read (the first group) and write (the second), all draws.

    Partners are in work order: the K shocked partners first, then the other partners
    with trade; partners without trade are left out (their share is 0 in every draw, and
    the formulas count them in N). ``weights`` has one more entry than ``span`` when the
    unshocked partners act as one aggregate partner.
    """

    stream: np.random.PCG64  # the generator, just before the shocks' numbers
    span: Floats  # (K,) high - low
    start_cost: Floats  # (K,) 1 + low
    slope: Floats  # (D, 1) 1 - sigma
    weights: Floats  # baseline shares of the shocked partners (and of the aggregate)
    spread: Floats  # each unshocked partner's part of the aggregate
    baseline: Floats  # (M,) baseline shares in work order
    columns: NDArray[np.intp]  # (M,) each work column's partner
    kernel: Kernel
    stabilise: bool  # see _ces.ces_in_place

    stats: Floats  # (7 or 8, D) per-draw sums of the ALL passes of _index_kernels
    overlap: Floats  # (D,) sum_i min(s_i, s0_i)
    log_sum: Floats  # (D, 1) log sum_i s_i (1 + t_i)**(1 - sigma)
    log_cost: Floats | None  # (D, 1) Cobb-Douglas sum_i s_i log(1 + t_i), if asked for
    shares: Floats | None  # (D, M) shares, if asked for

    @classmethod
    def plan(
        cls,
        base: Floats,
        shocked: NDArray[np.intp],
        low: Floats,
        high: Floats,
        slope: Floats,
        *,
        stream: np.random.PCG64,
        count_active: bool,
        cobb_douglas: bool,
        stabilise: bool,
        keep_shares: bool,
    ) -> _Blocks:
        """Lay out the work for ``monte_carlo``: partners in work order, empty outputs."""
        count = slope.shape[0]
        unshocked = np.ones(base.size, dtype=bool)
        unshocked[shocked] = False
        unshocked &= base > 0
        rest = float(np.sum(base[unshocked]))
        weights = base[shocked]
        if rest > 0.0:
            weights = np.append(weights, rest)
        spread = base[unshocked] / rest if rest > 0.0 else base[unshocked]
        columns = np.concatenate([shocked, np.flatnonzero(unshocked)])
        return cls(
            stream=stream,
            span=high - low,
            start_cost=1.0 + low,  # a partner with low == high gets exactly 1 + low
            slope=slope,
            weights=weights,
            spread=spread,
            baseline=base[columns],
            columns=columns,
            kernel=(_kernels.ALL_ACTIVE if count_active else _kernels.ALL).kernel,
            stabilise=stabilise,
            stats=np.zeros((8 if count_active else 7, count)),
            overlap=np.zeros(count),
            log_sum=np.zeros((count, 1)),
            log_cost=np.zeros((count, 1)) if cobb_douglas else None,
            shares=np.empty((count, columns.size)) if keep_shares else None,
        )

    def start(self, step: int) -> BlockTask:
        """Return the task for one thread: draws ``i:j`` from random numbers to sums."""
        k, m = self.span.size, self.baseline.size
        rows = min(step, self.slope.shape[0])
        aggregate = self.weights.size > k
        uniforms = np.empty((rows, k))
        work = np.empty((rows, self.weights.size))
        spread = np.empty((rows, m)) if aggregate else work
        scratch = np.empty((2, rows, m))

        def task(i: int, j: int) -> float:
            b = j - i
            _numbers_from(self.stream, i * k, uniforms[:b])
            exponent = work[:b]
            cost = exponent[:, :k]
            np.multiply(uniforms[:b], self.span, out=cost)
            cost += self.start_cost
            np.log(cost, out=cost)
            if self.log_cost is not None:
                np.vecdot(cost, self.weights[:k], out=self.log_cost[i:j, 0])
            if aggregate:
                exponent[:, k] = 0.0  # log(1 + 0)
            exponent *= self.slope[i:j]
            shares, log_sum = _ces.ces_in_place(
                exponent, self.weights, -1, stabilise=self.stabilise
            )
            self.log_sum[i:j] = log_sum
            if aggregate:
                spread[:b, :k] = shares[:, :k]
                np.multiply(shares[:, k:], self.spread, out=spread[:b, k:])
            held = spread[:b]
            if self.shares is not None:
                self.shares[i:j] = held
            lowest = self.kernel(held, self.stats[:, i:j], scratch[:, :b])
            least = np.minimum(held, self.baseline, out=scratch[1, :b])
            np.einsum("ij->i", least, out=self.overlap[i:j])
            return lowest

        return task


def _numbers_from(stream: np.random.PCG64, offset: int, out: Floats) -> None:
    """Fill ``out`` with the uniform numbers ``offset`` numbers down the given stream.

    ``Generator.random`` takes one step of PCG64 per number, so these are the numbers
    that one ``random`` call for all draws would put there: the same for any blocks.
    """
    bits = np.random.PCG64(0)
    bits.state = stream.state
    bits.advance(offset)
    np.random.Generator(bits).random(out=out)
