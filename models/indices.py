"""Concentration and diversification indices of trade values (DESIGN.md sec. 2).

Every index takes non-negative trade values (not necessarily summing to 1) of any shape and
works along ``axis``, so a ``(draws, partners)`` array gives one number a draw. Shares are
``s_i = x_i / sum(x)``; neither the scale of the values nor the order of the categories
changes a result. One-dimensional input gives a ``numpy.float64``, anything larger an array.

Decided once for the whole app: a negative, NaN or infinite value is a ``ValueError`` that
names the category; an all-zero vector gives NaN for every index; N = 1 gives NaN for the
normalized indices (as WITS gives "no value"); ``0 ln 0 = 0``.

N, the number of categories used by the normalized indices, is by default the length of
``axis`` (zeros included, the "classification size" that UNCTAD uses). ``active_only=True``
counts only the nonzero categories of each vector instead; ``n=`` gives N outright.

Speed: the values are cut into blocks of rows small enough to stay in the CPU cache, and
for large inputs (Monte Carlo draws, sweeps; over a million values) the blocks are shared
between the calling thread and one worker thread (numpy releases the GIL). Every index is a
formula on a few sums per row: :func:`compute_all` sorts each block once for the Gini index
and the concentration ratios and takes the entropy from the logarithms of the values
(``H = log T - sum(x log x) / T``), so it never makes a whole-array temporary of shares. Each
row's result depends on that row only, whatever else is in the array.
"""

from __future__ import annotations

import functools
import math
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import MappingProxyType
from typing import Final, TypeAlias

import numpy as np
from numpy.lib.array_utils import normalize_axis_index
from numpy.typing import ArrayLike, NDArray

__all__ = [
    "INDEX_INFO",
    "INDEX_KEYS",
    "IndexInfo",
    "compute_all",
    "cr",
    "cr1",
    "cr3",
    "cr5",
    "entropy",
    "equivalent_partners",
    "evenness",
    "gini",
    "hhi",
    "hhi_normalized",
    "similarity",
    "theil",
    "unctad_concentration",
]

Result: TypeAlias = np.float64 | NDArray[np.float64]
Floats: TypeAlias = NDArray[np.float64]


# --- what each index is, for the app's explanations ------------------------------------


@dataclass(frozen=True, slots=True)
class IndexInfo:
    """How the app explains one index: what it is, how it is computed, where it comes from.

    Attributes
    ----------
    key : str
        The index's key, also the name of its function in this module.
    name : str
        Its name, as shown in the app.
    description : str
        One or two plain sentences for a student.
    formula : str
        The formula in plain text; ``s_i`` are the shares, N the number of categories.
    range : str
        The values it can take.
    direction : str
        Which way is more concentrated.
    reference : str
        Where the index comes from.
    """

    key: str
    name: str
    description: str
    formula: str
    range: str
    direction: str
    reference: str


_MORE_CONCENTRATED: Final = "higher = more concentrated"
_MORE_DIVERSIFIED: Final = "higher = more diversified"
_CR_REFERENCE: Final = (
    "Concentration ratios as the U.S. Census Bureau publishes them in its Economic Census; "
    "Kvålseth, T. O. (2018), 'Relationship between concentration ratio and "
    "Herfindahl-Hirschman index: a re-examination based on majorization theory', Heliyon "
    "4(10): e00846."
)

INDEX_KEYS: Final[tuple[str, ...]] = (
    "hhi", "hhi_normalized", "unctad_concentration", "equivalent_partners", "entropy",
    "evenness", "theil", "gini", "cr1", "cr3", "cr5", "similarity",
)  # fmt: skip

_INFO = (
    IndexInfo(
        "hhi",
        "Herfindahl-Hirschman index (HHI)",
        "The sum of the squared shares: large when a few partners take most of the trade. "
        "Shown also on the 0-10,000 scale of shares in percent, as competition authorities do.",
        "HHI = sum_i s_i^2",
        "1/N (equal shares) to 1 (one partner); 10,000 x HHI on the percent scale",
        _MORE_CONCENTRATED,
        "Hirschman, A. O. (1945), National Power and the Structure of Foreign Trade, "
        "University of California Press (he used the square root of this sum); Herfindahl, "
        "O. C. (1950), Concentration in the Steel Industry, PhD thesis, Columbia University; "
        "U.S. Department of Justice and Federal Trade Commission (2023), Merger Guidelines, "
        "sec. 2.1: a market with an HHI above 1,800 (0.18) is highly concentrated; World Bank "
        "WITS, 'Hirschman Herfindahl index'.",
    ),
    IndexInfo(
        "hhi_normalized",
        "normalized HHI",
        "The HHI rescaled so that equal shares over all N partners give 0 and a single "
        "partner gives 1, which makes countries with different numbers of partners comparable.",
        "HHI* = (HHI - 1/N) / (1 - 1/N)",
        "0 to 1 (no value when N = 1)",
        _MORE_CONCENTRATED,
        "World Bank WITS, 'Hirschman Herfindahl index' (normalized form); Hirschman (1945).",
    ),
    IndexInfo(
        "unctad_concentration",
        "UNCTAD concentration index",
        "UNCTAD's normalized Hirschman index: like the normalized HHI but built on the square "
        "root of the HHI, Hirschman's original form.",
        "C = (sqrt(HHI) - sqrt(1/N)) / (1 - sqrt(1/N))",
        "0 to 1 (no value when N = 1)",
        _MORE_CONCENTRATED,
        "UNCTAD, Handbook of Statistics, technical notes, 'Concentration index' (a normalized "
        "Herfindahl-Hirschmann index; UNCTADstat); Hirschman (1945).",
    ),
    IndexInfo(
        "equivalent_partners",
        "numbers-equivalent of partners",
        "How many equal-sized partners would give the same HHI: 4 means trade is as "
        "concentrated as if it were split evenly over 4 partners.",
        "N_eq = 1 / HHI",
        "1 (one partner) to N (equal shares)",
        _MORE_DIVERSIFIED,
        "Adelman, M. A. (1969), 'Comment on the \"H\" concentration measure as a "
        "numbers-equivalent', Review of Economics and Statistics 51(1): 99-101.",
    ),
    IndexInfo(
        "entropy",
        "Shannon entropy",
        "The information-theory measure of spread: 0 when all trade goes to one partner, "
        "largest (ln N) when it is spread evenly. Natural logarithm (nats).",
        "H = -sum_i s_i ln s_i, with 0 ln 0 = 0",
        "0 to ln N",
        _MORE_DIVERSIFIED,
        "Shannon, C. E. (1948), 'A mathematical theory of communication', Bell System "
        "Technical Journal 27: 379-423, 623-656; Theil, H. (1967), Economics and Information "
        "Theory, North-Holland.",
    ),
    IndexInfo(
        "evenness",
        "evenness (normalized entropy)",
        "Entropy divided by its largest possible value: 1 means trade spread perfectly evenly "
        "over all N partners. Applied to the blocs it is the app's 'vector balance'.",
        "J = H / ln N",
        "0 to 1 (1 = perfectly even; no value when N = 1)",
        _MORE_DIVERSIFIED,
        "Pielou, E. C. (1966), 'The measurement of diversity in different types of biological "
        "collections', Journal of Theoretical Biology 13: 131-144.",
    ),
    IndexInfo(
        "theil",
        "Theil index",
        "How far the shares are from equal shares, in the units of entropy: 0 when all "
        "partners have the same share.",
        "T = ln N - H = sum_i s_i ln(N s_i)",
        "0 to ln N",
        _MORE_CONCENTRATED,
        "Theil, H. (1967), Economics and Information Theory, North-Holland; Cadot, O., "
        "Carrère, C. and Strauss-Kahn, V. (2011), 'Export diversification: what's behind the "
        "hump?', Review of Economics and Statistics 93(2): 590-605.",
    ),
    IndexInfo(
        "gini",
        "Gini coefficient of shares",
        "Inequality of the shares, from the Lorenz curve: 0 when all partners have equal "
        "shares, close to 1 when one partner takes everything.",
        "G = (2 sum_i i s_(i)) / N - (N + 1) / N, shares sorted ascending, i = 1..N",
        "0 to (N - 1) / N",
        _MORE_CONCENTRATED,
        "Gini, C. (1912), Variabilità e mutabilità, Bologna; Cadot, Carrère and Strauss-Kahn "
        "(2011) use it for export diversification.",
    ),
    IndexInfo(
        "cr1",
        "largest partner's share (CR1)",
        "The share of the single largest partner; in ecology the Berger-Parker index.",
        "CR1 = max_i s_i",
        "1/N to 1",
        _MORE_CONCENTRATED,
        "Berger, W. H. and Parker, F. L. (1970), 'Diversity of planktonic Foraminifera in "
        "deep-sea sediments', Science 168: 1345-1347; concentration ratios as in the U.S. "
        "Census Bureau's Economic Census.",
    ),
    IndexInfo(
        "cr3",
        "three largest partners' share (CR3)",
        "The combined share of the three largest partners.",
        "CR3 = sum of the 3 largest s_i",
        "min(3/N, 1) to 1",
        _MORE_CONCENTRATED,
        _CR_REFERENCE,
    ),
    IndexInfo(
        "cr5",
        "five largest partners' share (CR5)",
        "The combined share of the five largest partners.",
        "CR5 = sum of the 5 largest s_i",
        "min(5/N, 1) to 1",
        _MORE_CONCENTRATED,
        _CR_REFERENCE,
    ),
    IndexInfo(
        "similarity",
        "Finger-Kreinin similarity to the baseline",
        "How much of the scenario's trade pattern overlaps with the baseline's: 1 means the "
        "same shares, 0 no partner in common.",
        "S = sum_i min(s_i, s0_i), s0 the baseline shares",
        "0 to 1",
        "higher = closer to the baseline",
        "Finger, J. M. and Kreinin, M. E. (1979), 'A measure of \"export similarity\" and its "
        "possible uses', Economic Journal 89(356): 905-912.",
    ),
)
INDEX_INFO: Final[Mapping[str, IndexInfo]] = MappingProxyType({i.key: i for i in _INFO})


# --- blocks, threads and validation ----------------------------------------------------

# Values per block of rows (measured on a 2-core machine): a sorted block and its
# logarithms (1 MB each) stay in the L3 cache, and blocks this big keep the Python
# overhead (a dozen numpy calls a block, taken in turn by two threads) small.
_SORT_BLOCK: Final = 131_072
_STREAM_BLOCK: Final = 262_144
# Below this many values a second thread costs more than it saves.
_PARALLEL_MIN_ELEMENTS: Final = 1_000_000
# Row sums outside this range are rescaled first, so that squares and logs stay exact.
_SMALL_TOTAL: Final = 1e-100
_LARGE_TOTAL: Final = 1e100
# The smallest positive double: log2(max(x, _TINY)) is -1074 for x = 0, so that
# 0 ln 0 = 0 comes out without a mask (0 * -1074 = 0) and every other x is unchanged.
_TINY: Final = float(np.finfo(np.float64).smallest_subnormal)
_LN2: Final = math.log(2.0)

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()

Kernel: TypeAlias = Callable[[Floats, Floats, Floats], float]


def _worker() -> ThreadPoolExecutor:
    global _executor  # one lazily created pool for the whole process
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="indices")
        return _executor


@dataclass(frozen=True, slots=True)
class _Pass:
    """A kernel and what it needs.

    ``kernel(block, stats, scratch)`` fills ``stats`` for the rows of ``block`` and returns
    the block's smallest value.
    """

    kernel: Kernel
    n_stats: int  # rows of per-row stats; row 0 is always the total
    n_scratch: int  # scratch arrays of one block each
    block_elements: int  # values per block


def _run_blocks(run: _Pass, rows: Floats) -> tuple[Floats, float]:
    """Apply a pass to blocks of ``rows``; return the per-row stats and the lowest value.

    For large inputs the calling thread and one worker thread take blocks in turn from a
    shared queue, so neither waits for the other if one of them is slowed down.
    """
    n_rows, length = rows.shape
    stats = np.zeros((run.n_stats, n_rows))
    if n_rows == 0 or length == 0:
        return stats, 0.0
    step = max(1, run.block_elements // length)
    starts = iter(range(0, n_rows, step))
    queue_lock = threading.Lock()

    def work() -> float:
        scratch = np.empty((run.n_scratch, min(step, n_rows), length))
        lowest = math.inf
        with np.errstate(all="ignore"):  # invalid values are reported after the fact
            while True:
                with queue_lock:
                    i = next(starts, None)
                if i is None:
                    return lowest
                j = min(i + step, n_rows)
                block_min = run.kernel(rows[i:j], stats[:, i:j], scratch[:, : j - i])
                if block_min < lowest:
                    lowest = block_min

    if rows.size < _PARALLEL_MIN_ELEMENTS or n_rows < 2 * step:
        return stats, work()
    helper = _worker().submit(work)
    lowest = work()
    return stats, min(lowest, helper.result())


def _as_rows(values: ArrayLike, axis: int, name: str) -> tuple[Floats, int, Floats]:
    """Return the values as float64, the normalized axis and a 2-D (rows, categories) view."""
    x = np.asarray(values, dtype=np.float64)
    if x.ndim == 0:
        raise ValueError(f"`{name}` must have an axis of categories, got a scalar")
    ax = normalize_axis_index(axis, x.ndim)
    moved = np.moveaxis(x, ax, -1)
    return x, ax, moved.reshape(math.prod(moved.shape[:-1]), moved.shape[-1])


def _raise_if_invalid(x: Floats, axis: int, name: str) -> None:
    """Raise ValueError naming the first negative, NaN or infinite value, if there is one."""
    with np.errstate(invalid="ignore"):
        bad = np.flatnonzero(~(x >= 0) | np.isinf(x))
    if bad.size == 0:
        return
    where = tuple(int(i) for i in np.unravel_index(bad[0], x.shape))
    value = float(x[where])
    kind = (
        "a NaN value" if math.isnan(value)
        else f"an infinite value ({value})" if math.isinf(value)
        else f"a negative value ({value})"
    )  # fmt: skip
    at = f"category {where[axis]}"
    if x.ndim > 1:
        at += f" (array index {where})"
    raise ValueError(f"`{name}` has {kind} at {at}; trade values must be finite and >= 0")


def _stats(
    values: ArrayLike, axis: int, run: _Pass, name: str = "values"
) -> tuple[Floats, tuple[int, ...], int, Floats, NDArray[np.bool_] | None]:
    """Validate ``values`` and run a pass over its rows.

    Returns the per-row stats (row 0 is always the row totals), the shape of the result,
    the number of categories, the values as 2-D rows (rows, categories) and which rows, if
    any, had to be divided by their largest value first (their stats are of those rows).
    """
    x, ax, given = _as_rows(values, axis, name)
    shape = x.shape[:ax] + x.shape[ax + 1 :]
    stats, lowest = _run_blocks(run, given)
    totals = stats[0]
    # A NaN or infinity anywhere makes its row's sum non-finite: one cheap check.
    if lowest < 0 or not np.isfinite(totals).all():
        _raise_if_invalid(x, ax, name)
    # Rows of finite values whose sums overflow, underflow or come close: rescale each by
    # its largest value (no index depends on scale) and compute them again.
    with np.errstate(invalid="ignore"):
        extreme = ~(totals <= _LARGE_TOTAL) | ((totals < _SMALL_TOTAL) & (totals > 0))
    if not extreme.any():
        return stats, shape, given.shape[1], given, None
    rows = given[extreme]
    rescaled, _ = _run_blocks(run, rows / rows.max(axis=-1, keepdims=True))
    stats[:, extreme] = rescaled
    return stats, shape, given.shape[1], given, extreme


def _shaped(result: Floats, shape: tuple[int, ...]) -> Result:
    """Give a per-row result the caller's shape: a numpy float64 for a single vector."""
    shaped = result.reshape(shape)
    return shaped[()] if shape == () else shaped


def _categories(
    rows: Floats, length: int, shape: tuple[int, ...], n: ArrayLike | None, active_only: bool
) -> Floats | np.float64:
    """Return N, the number of categories the normalized indices use, per row or for all."""
    if n is not None and active_only:
        raise ValueError("give either `n` or `active_only=True`, not both")
    if active_only:
        active: Floats = np.count_nonzero(rows, axis=-1).astype(np.float64)
        return active
    if n is None:
        return np.float64(length)
    given = np.asarray(n)
    if given.dtype.kind not in "iu":
        raise ValueError(f"`n` must be a whole number of categories, got {n!r}")
    if (given < 1).any():
        raise ValueError(f"`n` must be at least 1, got {n!r}")
    try:
        per_row = np.broadcast_to(given, shape).reshape(-1).astype(np.float64)
    except ValueError:
        raise ValueError(
            f"`n` of shape {given.shape} does not fit a result of shape {shape}"
        ) from None
    nonzero = np.count_nonzero(rows, axis=-1)
    if (per_row < nonzero).any():
        raise ValueError(
            f"`n` is smaller than the number of nonzero values (up to {nonzero.max()}): "
            "N must count every category that has trade"
        )
    return per_row


# --- kernels: per-block sums, each filling rows of `stats` ------------------------------
# Row sums use einsum and dot products (np.vecdot): both are several times faster than
# np.sum's pairwise summation on short rows, and as accurate for a few hundred terms.


def _sum_squares_kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
    """Stats: total, sum of squares."""
    np.einsum("ij->i", block, out=stats[0])
    np.vecdot(block, block, out=stats[1])
    return float(block.min())


def _total_kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
    """Stats: total."""
    np.einsum("ij->i", block, out=stats[0])
    return float(block.min())


def _x_log2_x(values: Floats, lowest: float, out: Floats, logs: Floats) -> None:
    """Put sum x log2 x of each row in ``out``, with 0 log 0 = 0; ``logs`` is scratch."""
    if lowest > 0:  # no zeros in this block: no need to map them to _TINY
        np.log2(values, out=logs)
    else:
        np.log2(np.maximum(values, _TINY, out=logs), out=logs)
    np.vecdot(values, logs, out=out)


def _log_kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
    """Stats: total, sum of x log2 x."""
    np.einsum("ij->i", block, out=stats[0])
    lowest = float(block.min())
    _x_log2_x(block, lowest, stats[1], scratch[0])
    return lowest


def _sort_block(block: Floats, scratch: Floats) -> Floats:
    ordered: Floats = scratch[0]
    np.copyto(ordered, block)
    ordered.sort(axis=-1)
    return ordered


@functools.lru_cache(maxsize=16)
def _sort_weights(length: int) -> tuple[Floats, Floats]:
    """Return weights for dot products with an ascending sort of `length` values.

    The ranks (1, ..., N) give sum_i i x_(i); the (min(5, N), 3) matrix applied to the
    last min(5, N) values gives the largest value and the sums of the 3 and 5 largest.
    """
    ranks = np.arange(1.0, length + 1.0)
    tops = np.array([[0, 0, 0, 0, 1], [0, 0, 1, 1, 1], [1, 1, 1, 1, 1]], dtype=np.float64)
    tops = np.ascontiguousarray(tops[:, max(0, 5 - length) :].T)
    ranks.flags.writeable = tops.flags.writeable = False
    return ranks, tops


def _rank_kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
    """Stats: total, sum_i i x_(i) over the ascending sort."""
    ordered = _sort_block(block, scratch)
    ranks, _ = _sort_weights(block.shape[1])
    np.einsum("ij->i", ordered, out=stats[0])
    np.vecdot(ordered, ranks, out=stats[1])
    return float(ordered[:, 0].min())


def _top_kernel(k: int) -> Kernel:
    """Kernel whose stats are the total and the sum of the k largest values."""

    def kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
        np.einsum("ij->i", block, out=stats[0])
        length = block.shape[1]
        if k == 1:
            np.max(block, axis=-1, out=stats[1])
        elif k >= length:
            stats[1] = stats[0]
        else:
            part = scratch[0]
            np.copyto(part, block)
            part.partition(length - k, axis=-1)
            np.einsum("ij->i", part[:, length - k :], out=stats[1])
        return float(block.min())

    return kernel


def _top_pass(k: int) -> _Pass:
    if k == 1:  # the largest value: no partition, no scratch
        return _Pass(_top_kernel(1), 2, 0, _STREAM_BLOCK)
    return _Pass(_top_kernel(k), 2, 1, _SORT_BLOCK)


def _all_kernel(count_active: bool) -> Kernel:
    """Kernel for compute_all: one sort serves the Gini index and the ratios.

    Stats: total, sum_i i x_(i), sum of squares, sum of x log2 x, the largest value,
    the 3 and 5 largest summed, and (with ``count_active``) the number of nonzero values.
    """

    def kernel(block: Floats, stats: Floats, scratch: Floats) -> float:
        ordered = _sort_block(block, scratch)
        ranks, tops = _sort_weights(block.shape[1])
        np.einsum("ij->i", ordered, out=stats[0])
        np.vecdot(ordered, ranks, out=stats[1])
        np.vecdot(ordered, ordered, out=stats[2])
        np.matmul(ordered[:, -len(tops) :], tops, out=stats[4:7].T)
        if count_active:
            stats[7] = np.count_nonzero(ordered, axis=-1)
        lowest = float(ordered[:, 0].min())
        _x_log2_x(ordered, lowest, stats[3], scratch[1])
        return lowest

    return kernel


_TOTALS: Final = _Pass(_total_kernel, 1, 0, _STREAM_BLOCK)
_SUM_SQUARES: Final = _Pass(_sum_squares_kernel, 2, 0, _STREAM_BLOCK)
_LOGS: Final = _Pass(_log_kernel, 2, 1, _STREAM_BLOCK)
_RANKS: Final = _Pass(_rank_kernel, 2, 1, _SORT_BLOCK)
_ALL: Final = _Pass(_all_kernel(count_active=False), 7, 2, _SORT_BLOCK)
_ALL_ACTIVE: Final = _Pass(_all_kernel(count_active=True), 8, 2, _SORT_BLOCK)


# --- formulas on the per-row sums -------------------------------------------------------
# All run under np.errstate: an all-zero row gives 0/0 = NaN, which is the decided answer.
# Rounding can push a result a hair outside its range (-1e-17 for equal shares); it is
# clipped back so the app never shows "-0.0000".


def _hhi_from(total: Floats, squares: Floats) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.minimum(squares / (total * total), 1.0)


def _entropy_bits_from(total: Floats, x_log2_x: Floats) -> Floats:
    # In bits (log2 T - sum x log2 x / T) so that equal or single shares give exact zeros.
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.maximum(np.log2(total) - x_log2_x / total, 0.0)


def _unless_single(result: Floats, n_used: Floats | np.float64) -> Floats:
    """NaN wherever N < 2: a normalized index has no value for a single category."""
    return np.where(np.greater(n_used, 1), result, np.nan)


def _hhi_normalized_from(h: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        floor = 1.0 / np.asarray(n_used)
        return _unless_single(np.clip((h - floor) / (1.0 - floor), 0.0, 1.0), n_used)


def _unctad_from(h: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        floor = np.sqrt(1.0 / np.asarray(n_used))
        return _unless_single(np.clip((np.sqrt(h) - floor) / (1.0 - floor), 0.0, 1.0), n_used)


def _evenness_from(bits: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return _unless_single(np.clip(bits / np.log2(n_used), 0.0, 1.0), n_used)


def _theil_from(bits: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return _LN2 * np.maximum(np.log2(n_used) - bits, 0.0)


def _gini_from(total: Floats, ranked: Floats, n_used: Floats | np.float64, length: int) -> Floats:
    # Sorted ascending, N - length zeros come first (or, for N < length, that many of the
    # zeros are left out), which shifts every rank by N - length: sum_i i s_(i) over N
    # categories = ranked / total + (N - length) since the shares sum to 1.
    with np.errstate(divide="ignore", invalid="ignore"):
        gini_n = 2.0 * (ranked / total + (n_used - length)) / n_used - (n_used + 1.0) / n_used
        return np.maximum(gini_n, 0.0)


def _ratio_from(top: Floats, total: Floats) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.minimum(top / total, 1.0)


# --- the indices ------------------------------------------------------------------------


def hhi(values: ArrayLike, axis: int = -1) -> Result:
    r"""Return the Herfindahl-Hirschman index: the sum of the squared shares.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories (partners or products). Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        The HHI on the 0-1 scale, one per vector along `axis`; NaN for an all-zero vector.
        Multiply by 10,000 for the scale of shares in percent.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite; the message names the category.

    Notes
    -----
    .. math:: HHI = \sum_{i=1}^{N} s_i^2, \qquad s_i = x_i / \sum_j x_j

    It ranges from 1/N (equal shares) to 1 (a single partner). The US DOJ & FTC Merger
    Guidelines (2023, sec. 2.1) call a market with an HHI above 1,800 (0.18) highly
    concentrated.

    References
    ----------
    .. [1] A. O. Hirschman, *National Power and the Structure of Foreign Trade*, University
       of California Press, 1945.
    .. [2] U.S. Department of Justice and Federal Trade Commission, *Merger Guidelines*,
       18 December 2023, sec. 2.1.

    Examples
    --------
    Four firms with shares of 30, 30, 20 and 20 % (the US DOJ's example) give 2,600 on the
    0-10,000 scale:

    >>> from models.indices import hhi
    >>> float(hhi([30, 30, 20, 20]))
    0.26
    >>> hhi([[1, 1], [5, 0]])
    array([0.5, 1. ])
    """
    stats, shape, _, _, _ = _stats(values, axis, _SUM_SQUARES)
    return _shaped(_hhi_from(stats[0], stats[1]), shape)


def hhi_normalized(
    values: ArrayLike, axis: int = -1, *, n: ArrayLike | None = None, active_only: bool = False
) -> Result:
    r"""Return the normalized HHI: 0 for equal shares over N categories, 1 for a single one.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N, the number of categories. Default: the length of `axis`, zeros included. It must
        be at least the number of nonzero values; an array is broadcast to the result.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, 1]; NaN for an all-zero vector or where N = 1.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not a whole number at least as large as the number of nonzero values.

    Notes
    -----
    .. math:: HHI^* = \frac{HHI - 1/N}{1 - 1/N}

    References
    ----------
    .. [1] World Bank, WITS, "Hirschman Herfindahl index", https://wits.worldbank.org.

    Examples
    --------
    >>> from models.indices import hhi_normalized
    >>> round(float(hhi_normalized([30, 30, 20, 20])), 4)
    0.0133
    >>> float(hhi_normalized([1, 1, 0, 0], active_only=True))
    0.0
    """
    stats, shape, length, rows, _ = _stats(values, axis, _SUM_SQUARES)
    n_used = _categories(rows, length, shape, n, active_only)
    return _shaped(_hhi_normalized_from(_hhi_from(stats[0], stats[1]), n_used), shape)


def unctad_concentration(
    values: ArrayLike, axis: int = -1, *, n: ArrayLike | None = None, active_only: bool = False
) -> Result:
    r"""Return UNCTAD's concentration index, a normalized Hirschman index.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N, the number of categories. Default: the length of `axis`, zeros included (UNCTAD
        uses the size of the classification). At least the number of nonzero values.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, 1]; NaN for an all-zero vector or where N = 1.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not valid.

    Notes
    -----
    .. math:: C = \frac{\sqrt{HHI} - \sqrt{1/N}}{1 - \sqrt{1/N}}

    :math:`\sqrt{HHI}` is Hirschman's original (1945) form of the index.

    References
    ----------
    .. [1] UNCTAD, *Handbook of Statistics*, technical notes: "Concentration index".

    Examples
    --------
    >>> from models.indices import unctad_concentration
    >>> round(float(unctad_concentration([30, 30, 20, 20])), 4)
    0.0198
    >>> float(unctad_concentration([0, 7, 0, 0]))
    1.0
    """
    stats, shape, length, rows, _ = _stats(values, axis, _SUM_SQUARES)
    n_used = _categories(rows, length, shape, n, active_only)
    return _shaped(_unctad_from(_hhi_from(stats[0], stats[1]), n_used), shape)


def equivalent_partners(values: ArrayLike, axis: int = -1) -> Result:
    r"""Return the numbers-equivalent 1 / HHI: how many equal partners give the same HHI.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [1, N]; NaN for an all-zero vector.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite; the message names the category.

    Notes
    -----
    .. math:: N_{eq} = 1 / HHI = (\sum_j x_j)^2 / \sum_i x_i^2

    References
    ----------
    .. [1] M. A. Adelman, "Comment on the 'H' concentration measure as a
       numbers-equivalent", *Review of Economics and Statistics* 51(1): 99-101, 1969.

    Examples
    --------
    >>> from models.indices import equivalent_partners
    >>> round(float(equivalent_partners([30, 30, 20, 20])), 3)
    3.846
    >>> float(equivalent_partners([2, 2, 2, 0]))
    3.0
    """
    stats, shape, _, _, _ = _stats(values, axis, _SUM_SQUARES)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _shaped(stats[0] * stats[0] / stats[1], shape)


def entropy(values: ArrayLike, axis: int = -1) -> Result:
    r"""Return the Shannon entropy of the shares, in nats (natural logarithm).

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, ln N]; NaN for an all-zero vector.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite; the message names the category.

    Notes
    -----
    .. math:: H = -\sum_i s_i \ln s_i = \ln T - \frac{1}{T} \sum_i x_i \ln x_i,
              \qquad T = \sum_i x_i

    with :math:`0 \ln 0 = 0`. The second form, used here, needs no division of the values.

    References
    ----------
    .. [1] C. E. Shannon, "A mathematical theory of communication", *Bell System Technical
       Journal* 27: 379-423, 623-656, 1948.

    Examples
    --------
    Shares 1/2, 1/4, 1/8, 1/8 have an entropy of 1.75 bits (Cover & Thomas, *Elements of
    Information Theory*, 2nd ed., Example 2.1.2):

    >>> import math
    >>> from models.indices import entropy
    >>> round(float(entropy([4, 2, 1, 1])) / math.log(2), 12)
    1.75
    >>> float(entropy([5, 0, 0]))
    0.0
    """
    stats, shape, _, _, _ = _stats(values, axis, _LOGS)
    return _shaped(_LN2 * _entropy_bits_from(stats[0], stats[1]), shape)


def evenness(
    values: ArrayLike, axis: int = -1, *, n: ArrayLike | None = None, active_only: bool = False
) -> Result:
    r"""Return the evenness (normalized entropy) H / ln N: 1 when trade is spread evenly.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N, the number of categories. Default: the length of `axis`, zeros included. At
        least the number of nonzero values; an array is broadcast to the result.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, 1]; NaN for an all-zero vector or where N = 1.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not valid.

    Notes
    -----
    .. math:: J = H / \ln N

    Applied to bloc shares this is the app's "vector balance".

    References
    ----------
    .. [1] E. C. Pielou, "The measurement of diversity in different types of biological
       collections", *Journal of Theoretical Biology* 13: 131-144, 1966.

    Examples
    --------
    >>> from models.indices import evenness
    >>> float(evenness([3, 3, 3]))
    1.0
    >>> round(float(evenness([1, 1, 0, 0])), 4), float(evenness([1, 1, 0, 0], active_only=True))
    (0.5, 1.0)
    """
    stats, shape, length, rows, _ = _stats(values, axis, _LOGS)
    n_used = _categories(rows, length, shape, n, active_only)
    return _shaped(_evenness_from(_entropy_bits_from(stats[0], stats[1]), n_used), shape)


def theil(
    values: ArrayLike, axis: int = -1, *, n: ArrayLike | None = None, active_only: bool = False
) -> Result:
    r"""Return the Theil index ln N - H: how far the shares are from equal shares.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N, the number of categories. Default: the length of `axis`, zeros included. At
        least the number of nonzero values; an array is broadcast to the result.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, ln N]; NaN for an all-zero vector. 0 for N = 1.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not valid.

    Notes
    -----
    .. math:: T = \ln N - H = \sum_i s_i \ln (N s_i)

    Cadot, Carrère & Strauss-Kahn (2011) decompose it into extensive (which partners) and
    intensive (how evenly) margins.

    References
    ----------
    .. [1] H. Theil, *Economics and Information Theory*, North-Holland, 1967.
    .. [2] O. Cadot, C. Carrère and V. Strauss-Kahn, "Export diversification: what's behind
       the hump?", *Review of Economics and Statistics* 93(2): 590-605, 2011.

    Examples
    --------
    >>> from models.indices import theil
    >>> float(theil([2, 2, 2, 2]))
    0.0
    >>> round(float(theil([1, 0, 0, 0])), 6)  # ln 4
    1.386294
    """
    stats, shape, length, rows, _ = _stats(values, axis, _LOGS)
    n_used = _categories(rows, length, shape, n, active_only)
    return _shaped(_theil_from(_entropy_bits_from(stats[0], stats[1]), n_used), shape)


def gini(
    values: ArrayLike, axis: int = -1, *, n: ArrayLike | None = None, active_only: bool = False
) -> Result:
    r"""Return the Gini coefficient of the shares.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N, the number of categories. Default: the length of `axis`, zeros included. At
        least the number of nonzero values; an array is broadcast to the result.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, (N - 1) / N]; NaN for an all-zero vector; 0 for N = 1.

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not valid.

    Notes
    -----
    .. math:: G = \frac{2 \sum_{i=1}^{N} i \, s_{(i)}}{N} - \frac{N + 1}{N}

    with the shares sorted ascending, :math:`s_{(1)} \le \dots \le s_{(N)}`.

    References
    ----------
    .. [1] C. Gini, *Variabilità e mutabilità*, Bologna, 1912.

    Examples
    --------
    >>> from models.indices import gini
    >>> round(float(gini([1, 2, 3, 4, 5])), 4)  # 4/15
    0.2667
    >>> float(gini([0, 0, 0, 9]))  # one partner of four: (N - 1) / N
    0.75
    """
    stats, shape, length, rows, _ = _stats(values, axis, _RANKS)
    n_used = _categories(rows, length, shape, n, active_only)
    return _shaped(_gini_from(stats[0], stats[1], n_used, length), shape)


def cr(values: ArrayLike, k: int, axis: int = -1) -> Result:
    r"""Return the concentration ratio CR_k: the combined share of the k largest categories.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    k : int
        How many of the largest categories to add up (k >= 1). If k is at least the number
        of categories, every category counts and the ratio is 1.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [min(k/N, 1), 1]; NaN for an all-zero vector.

    Raises
    ------
    ValueError
        If `k` is not a positive whole number, or a value is negative, NaN or infinite
        (the message names the category).

    Notes
    -----
    .. math:: CR_k = \sum_{i=N-k+1}^{N} s_{(i)}

    with the shares sorted ascending. CR_1 is the Berger-Parker index of ecology.

    References
    ----------
    .. [1] W. H. Berger and F. L. Parker, "Diversity of planktonic Foraminifera in deep-sea
       sediments", *Science* 168: 1345-1347, 1970.

    Examples
    --------
    >>> from models.indices import cr
    >>> float(cr([30, 30, 20, 20], 2))
    0.6
    >>> float(cr([1, 3], 5))
    1.0
    """
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 1:
        raise ValueError(f"`k` must be a whole number >= 1, got {k!r}")
    stats, shape, _, _, _ = _stats(values, axis, _top_pass(int(k)))
    return _shaped(_ratio_from(stats[1], stats[0]), shape)


def cr1(values: ArrayLike, axis: int = -1) -> Result:
    r"""Return CR1, the largest share (the Berger-Parker index); see :func:`cr`.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [1/N, 1]; NaN for an all-zero vector.

    Notes
    -----
    .. math:: CR_1 = \max_i s_i

    References
    ----------
    .. [1] W. H. Berger and F. L. Parker, *Science* 168: 1345-1347, 1970.

    Examples
    --------
    >>> from models.indices import cr1
    >>> float(cr1([30, 30, 20, 20]))
    0.3
    """
    return cr(values, 1, axis)


def cr3(values: ArrayLike, axis: int = -1) -> Result:
    """Return CR3, the combined share of the three largest categories; see :func:`cr`.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [min(3/N, 1), 1]; NaN for an all-zero vector.

    Notes
    -----
    .. math:: CR_3 = s_{(N)} + s_{(N-1)} + s_{(N-2)}

    References
    ----------
    .. [1] U.S. Census Bureau, Economic Census, "Concentration ratios".

    Examples
    --------
    >>> from models.indices import cr3
    >>> float(cr3([30, 30, 20, 20]))
    0.8
    """
    return cr(values, 3, axis)


def cr5(values: ArrayLike, axis: int = -1) -> Result:
    r"""Return CR5, the combined share of the five largest categories; see :func:`cr`.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [min(5/N, 1), 1]; NaN for an all-zero vector.

    Notes
    -----
    .. math:: CR_5 = \sum_{i=N-4}^{N} s_{(i)}

    References
    ----------
    .. [1] U.S. Census Bureau, Economic Census, "Concentration ratios".

    Examples
    --------
    >>> from models.indices import cr5
    >>> float(cr5([10, 10, 10, 10, 10, 25, 25]))
    0.8
    """
    return cr(values, 5, axis)


def _share_rows(values: ArrayLike, axis: int, name: str) -> tuple[Floats, Floats]:
    """Validate and return (rows, totals) such that rows / totals[:, None] are the shares."""
    stats, _, _, rows, rescaled = _stats(values, axis, _TOTALS, name)
    if rescaled is not None:  # these rows' totals are of the rows divided by their maximum
        rows = rows.copy()
        rows[rescaled] /= rows[rescaled].max(axis=-1, keepdims=True)
    return rows, stats[0]


def similarity(values: ArrayLike, baseline: ArrayLike, axis: int = -1) -> Result:
    r"""Return the Finger-Kreinin similarity of the shares to the baseline's shares.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    baseline : array_like
        The baseline's values: the same shape as `values`, or one-dimensional with one
        value per category (then compared with every vector of `values`).
    axis : int, optional
        The axis of categories. Default: the last.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Values in [0, 1]: 1 for the same shares, 0 for no category in common; NaN if
        either side is all zero.

    Raises
    ------
    ValueError
        If a value of either is negative, NaN or infinite (the message names the category),
        or if they do not have the same number of categories.

    Notes
    -----
    .. math:: S = \sum_i \min(s_i, s^0_i)

    References
    ----------
    .. [1] J. M. Finger and M. E. Kreinin, "A measure of 'export similarity' and its
       possible uses", *Economic Journal* 89(356): 905-912, 1979.

    Examples
    --------
    >>> from models.indices import similarity
    >>> float(similarity([50, 30, 20], [25, 15, 10]))
    1.0
    >>> float(similarity([1, 1], [1, 0]))
    0.5
    """
    x_shape, b_shape = np.shape(values), np.shape(baseline)
    rows, totals = _share_rows(values, axis, "values")
    base_rows, base_totals = _share_rows(baseline, -1 if len(b_shape) == 1 else axis, "baseline")
    if base_rows.shape[1] != rows.shape[1]:
        raise ValueError(
            f"`baseline` has {base_rows.shape[1]} categories, `values` has {rows.shape[1]}"
        )
    x_axis = normalize_axis_index(axis, len(x_shape))
    x_lead = x_shape[:x_axis] + x_shape[x_axis + 1 :]
    if len(b_shape) == 1:
        b_lead: tuple[int, ...] = ()
    else:
        b_axis = normalize_axis_index(axis, len(b_shape))
        b_lead = b_shape[:b_axis] + b_shape[b_axis + 1 :]
    if b_lead not in ((), x_lead):
        raise ValueError(f"`baseline` of shape {b_shape} does not fit `values` of shape {x_shape}")
    if b_lead == () and x_lead != ():
        base_rows = np.broadcast_to(base_rows, rows.shape)
        base_totals = np.broadcast_to(base_totals, totals.shape)
    overlap = np.zeros(len(rows))
    step = max(1, _STREAM_BLOCK // max(1, rows.shape[1]))
    scratch = np.empty((2, min(step, len(rows)), rows.shape[1]))
    with np.errstate(divide="ignore", invalid="ignore"):  # all-zero rows give NaN
        for i in range(0, len(rows), step):
            j = min(i + step, len(rows))
            shares = np.divide(rows[i:j], totals[i:j, np.newaxis], out=scratch[0, : j - i])
            base = np.divide(
                base_rows[i:j], base_totals[i:j, np.newaxis], out=scratch[1, : j - i]
            )
            np.minimum(shares, base, out=shares)
            np.einsum("ij->i", shares, out=overlap[i:j])
    return _shaped(np.minimum(overlap, 1.0), x_lead)


def compute_all(
    values: ArrayLike,
    axis: int = -1,
    *,
    n: ArrayLike | None = None,
    active_only: bool = False,
    baseline: ArrayLike | None = None,
) -> dict[str, Result]:
    r"""Return every index of the table at once, by key, sharing the work between them.

    Parameters
    ----------
    values : array_like
        Non-negative trade values (not necessarily summing to 1), categories along `axis`.
    axis : int, optional
        The axis of categories. Default: the last.
    n : int or array_like of int, optional
        N for the normalized indices. Default: the length of `axis`, zeros included. At
        least the number of nonzero values; an array is broadcast to the result.
    active_only : bool, optional
        If True, N is the number of nonzero values of each vector. Not with `n`.
    baseline : array_like, optional
        If given, "similarity" to it is added (see :func:`similarity`).

    Returns
    -------
    dict of str to numpy.float64 or numpy.ndarray
        Keys in the order of `INDEX_KEYS`: hhi, hhi_normalized, unctad_concentration,
        equivalent_partners, entropy, evenness, theil, gini, cr1, cr3, cr5, and similarity
        only when `baseline` is given. Each value equals what the function of that name
        gives, to rounding (sums may be taken in another order).

    Raises
    ------
    ValueError
        If a value is negative, NaN or infinite (the message names the category), or if
        `n` is not valid.

    Notes
    -----
    One pass over each block of rows (see the module docstring) gives the total T, the sum
    of squares, :math:`\sum x \ln x`, the rank-weighted sum :math:`\sum_i i x_{(i)}` and
    the largest values; every index is then a formula on these per-row sums.

    Examples
    --------
    >>> from models.indices import compute_all
    >>> result = compute_all([30, 30, 20, 20])
    >>> float(result["hhi"]), float(result["cr1"]), float(result["cr3"])
    (0.26, 0.3, 0.8)
    >>> compute_all([[1, 1], [1, 0]])["evenness"]
    array([1., 0.])
    """
    if n is not None and active_only:
        raise ValueError("give either `n` or `active_only=True`, not both")
    stats, shape, length, rows, _ = _stats(values, axis, _ALL_ACTIVE if active_only else _ALL)
    n_used = stats[7] if active_only else _categories(rows, length, shape, n, False)
    total = stats[0]
    h = _hhi_from(total, stats[2])
    bits = _entropy_bits_from(total, stats[3])
    with np.errstate(divide="ignore", invalid="ignore"):
        equivalent = total * total / stats[2]
    result: dict[str, Floats] = {
        "hhi": h,
        "hhi_normalized": _hhi_normalized_from(h, n_used),
        "unctad_concentration": _unctad_from(h, n_used),
        "equivalent_partners": equivalent,
        "entropy": _LN2 * bits,
        "evenness": _evenness_from(bits, n_used),
        "theil": _theil_from(bits, n_used),
        "gini": _gini_from(total, stats[1], n_used, length),
        "cr1": _ratio_from(stats[4], total),
        "cr3": _ratio_from(stats[5], total),
        "cr5": _ratio_from(stats[6], total),
    }
    shaped = {key: _shaped(value, shape) for key, value in result.items()}
    if baseline is not None:
        shaped["similarity"] = similarity(values, baseline, axis)
    return shaped
