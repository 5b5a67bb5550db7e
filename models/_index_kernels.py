"""Blocks, threads, validation and per-row sums behind :mod:`models.indices`.

The values are cut into blocks of rows small enough to stay in the CPU cache, and for
large inputs (over a million values) the blocks are shared between the calling thread and
one worker thread (numpy releases the GIL). A *kernel* turns a block into a few sums per
row (the total, the sum of squares, sum x log2 x, ranked sums, the largest values);
:mod:`models._index_formulas` turns those sums into indices. Each row's sums depend on
that row only, whatever else is in the array or the block.
"""

from __future__ import annotations

import functools
import math
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Final, TypeAlias

import numpy as np
from numpy.lib.array_utils import normalize_axis_index
from numpy.typing import ArrayLike, NDArray

Result: TypeAlias = np.float64 | NDArray[np.float64]
Floats: TypeAlias = NDArray[np.float64]


# Values per block of rows (measured on a 2-core machine): a sorted block and its
# logarithms (1 MB each) stay in the L3 cache, and blocks this big keep the Python
# overhead (a dozen numpy calls a block, taken in turn by two threads) small.
SORT_BLOCK: Final = 131_072
STREAM_BLOCK: Final = 262_144
# Below this many values a second thread costs more than it saves.
PARALLEL_MIN_ELEMENTS: Final = 1_000_000
# Row sums outside this range are rescaled first, so that squares and logs stay exact.
_SMALL_TOTAL: Final = 1e-100
_LARGE_TOTAL: Final = 1e100
# The smallest positive double: log2(max(x, _TINY)) is -1074 for x = 0, so that
# 0 ln 0 = 0 comes out without a mask (0 * -1074 = 0) and every other x is unchanged.
_TINY: Final = float(np.finfo(np.float64).smallest_subnormal)

_executor: ThreadPoolExecutor | None = None
_executor_lock = threading.Lock()

Kernel: TypeAlias = Callable[[Floats, Floats, Floats], float]


def worker() -> ThreadPoolExecutor:
    global _executor  # one lazily created pool for the whole process
    with _executor_lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="indices")
        return _executor


@dataclass(frozen=True, slots=True)
class Pass:
    """A kernel and what it needs.

    ``kernel(block, stats, scratch)`` fills ``stats`` for the rows of ``block`` and returns
    the block's smallest value.
    """

    kernel: Kernel
    n_stats: int  # rows of per-row stats; row 0 is always the total
    n_scratch: int  # scratch arrays of one block each
    block_elements: int  # values per block


BlockTask: TypeAlias = Callable[[int, int], float]


def in_row_blocks(
    n_rows: int, step: int, start: Callable[[], BlockTask], *, parallel: bool
) -> float:
    """Run a task on the rows ``[i, i + step)`` for i = 0, step, ...; return its lowest result.

    ``start()`` is called once by each thread that takes part and returns the task
    ``task(i, j)``, so that each thread has its own scratch. With ``parallel`` the calling
    thread and one worker thread take blocks in turn from a shared queue, so neither waits
    for the other if one of them is slowed down. Errors of numpy are ignored inside: the
    callers check the results.
    """
    starts = iter(range(0, n_rows, step))
    queue_lock = threading.Lock()

    def work() -> float:
        task = start()
        lowest = math.inf
        with np.errstate(all="ignore"):  # invalid values are reported after the fact
            while True:
                with queue_lock:
                    i = next(starts, None)
                if i is None:
                    return lowest
                block_min = task(i, min(i + step, n_rows))
                if block_min < lowest:
                    lowest = block_min

    if not parallel:
        return work()
    helper = worker().submit(work)
    lowest = work()
    return min(lowest, helper.result())


def run_blocks(run: Pass, rows: Floats) -> tuple[Floats, float]:
    """Apply a pass to blocks of ``rows``; return the per-row stats and the lowest value.

    Large inputs (at least ``PARALLEL_MIN_ELEMENTS`` values, two blocks or more) are
    shared between two threads, see :func:`in_row_blocks`.
    """
    n_rows, length = rows.shape
    stats = np.zeros((run.n_stats, n_rows))
    if n_rows == 0 or length == 0:
        return stats, 0.0
    step = max(1, run.block_elements // length)

    def start() -> BlockTask:
        scratch = np.empty((run.n_scratch, min(step, n_rows), length))

        def task(i: int, j: int) -> float:
            return run.kernel(rows[i:j], stats[:, i:j], scratch[:, : j - i])

        return task

    parallel = rows.size >= PARALLEL_MIN_ELEMENTS and n_rows >= 2 * step
    return stats, in_row_blocks(n_rows, step, start, parallel=parallel)


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


def row_stats(
    values: ArrayLike, axis: int, run: Pass, name: str = "values"
) -> tuple[Floats, tuple[int, ...], int, Floats, NDArray[np.bool_] | None]:
    """Validate ``values`` and run a pass over its rows.

    Returns the per-row stats (row 0 is always the row totals), the shape of the result,
    the number of categories, the values as 2-D rows (rows, categories) and which rows, if
    any, had to be divided by their largest value first (their stats are of those rows).
    """
    x, ax, given = _as_rows(values, axis, name)
    shape = x.shape[:ax] + x.shape[ax + 1 :]
    stats, lowest = run_blocks(run, given)
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
    rescaled, _ = run_blocks(run, rows / rows.max(axis=-1, keepdims=True))
    stats[:, extreme] = rescaled
    return stats, shape, given.shape[1], given, extreme


def shaped(result: Floats, shape: tuple[int, ...]) -> Result:
    """Give a per-row result the caller's shape: a numpy float64 for a single vector."""
    reshaped = result.reshape(shape)
    return reshaped[()] if shape == () else reshaped


def categories(
    rows: Floats, length: int, shape: tuple[int, ...], n: ArrayLike | None, active_only: bool
) -> Floats | np.float64:
    """Return N, the number of categories the normalized indices use, per row or for all."""
    if n is not None and active_only:
        raise ValueError("give either `n` or `active_only=True`, not both")
    if n is None and not active_only:
        return np.float64(length)
    return counted_categories(np.count_nonzero(rows, axis=-1), shape, n)


def counted_categories(
    nonzero: NDArray[np.intp], shape: tuple[int, ...], n: ArrayLike | None
) -> Floats:
    """Return N per row: the number of nonzero values, or ``n`` checked against it."""
    if n is None:
        active: Floats = nonzero.astype(np.float64)
        return active
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


def top_pass(k: int) -> Pass:
    if k == 1:  # the largest value: no partition, no scratch
        return Pass(_top_kernel(1), 2, 0, STREAM_BLOCK)
    return Pass(_top_kernel(k), 2, 1, SORT_BLOCK)


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


TOTALS: Final = Pass(_total_kernel, 1, 0, STREAM_BLOCK)
SUM_SQUARES: Final = Pass(_sum_squares_kernel, 2, 0, STREAM_BLOCK)
LOGS: Final = Pass(_log_kernel, 2, 1, STREAM_BLOCK)
RANKS: Final = Pass(_rank_kernel, 2, 1, SORT_BLOCK)
ALL: Final = Pass(_all_kernel(count_active=False), 7, 2, SORT_BLOCK)
ALL_ACTIVE: Final = Pass(_all_kernel(count_active=True), 8, 2, SORT_BLOCK)


# --- similarity: shares of two arrays, compared block by block ---------------------------


def share_rows(values: ArrayLike, axis: int, name: str) -> tuple[Floats, Floats]:
    """Validate and return (rows, totals) such that rows / totals[:, None] are the shares."""
    stats, _, _, rows, rescaled = row_stats(values, axis, TOTALS, name)
    if rescaled is not None:  # these rows' totals are of the rows divided by their maximum
        rows = rows.copy()
        rows[rescaled] /= rows[rescaled].max(axis=-1, keepdims=True)
    return rows, stats[0]


def overlap(rows: Floats, totals: Floats, base_rows: Floats, base_totals: Floats) -> Floats:
    """Return sum_i min(s_i, s0_i) per row, s = rows / totals, s0 = base_rows / base_totals."""
    result = np.zeros(len(rows))
    step = max(1, STREAM_BLOCK // max(1, rows.shape[1]))
    scratch = np.empty((2, min(step, len(rows)), rows.shape[1]))
    with np.errstate(divide="ignore", invalid="ignore"):  # all-zero rows give NaN
        for i in range(0, len(rows), step):
            j = min(i + step, len(rows))
            shares = np.divide(rows[i:j], totals[i:j, np.newaxis], out=scratch[0, : j - i])
            base = np.divide(base_rows[i:j], base_totals[i:j, np.newaxis], out=scratch[1, : j - i])
            np.minimum(shares, base, out=shares)
            np.einsum("ij->i", shares, out=result[i:j])
    return result
