"""Indices from the per-row sums of :mod:`models._index_kernels`.

Every index of :mod:`models.indices` is a formula on a few sums per row: the total T, the
sum of squares, sum x log2 x, the rank-weighted sum and the largest values. They run
under ``np.errstate``: an all-zero row gives 0/0 = NaN, which is the decided answer.
"""

from __future__ import annotations

import math
from typing import Final

import numpy as np

from models._index_kernels import Floats

LN2: Final = math.log(2.0)

# Rounding can push a result a hair outside its range (-1e-17 for equal shares); it is
# clipped back so the app never shows "-0.0000".


def hhi_from(total: Floats, squares: Floats) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.minimum(squares / (total * total), 1.0)


def entropy_bits_from(total: Floats, x_log2_x: Floats) -> Floats:
    # In bits (log2 T - sum x log2 x / T) so that equal or single shares give exact zeros.
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.maximum(np.log2(total) - x_log2_x / total, 0.0)


def _unless_single(result: Floats, n_used: Floats | np.float64) -> Floats:
    """NaN wherever N < 2: a normalized index has no value for a single category."""
    return np.where(np.greater(n_used, 1), result, np.nan)


def hhi_normalized_from(h: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        floor = 1.0 / np.asarray(n_used)
        return _unless_single(np.clip((h - floor) / (1.0 - floor), 0.0, 1.0), n_used)


def unctad_from(h: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        floor = np.sqrt(1.0 / np.asarray(n_used))
        return _unless_single(np.clip((np.sqrt(h) - floor) / (1.0 - floor), 0.0, 1.0), n_used)


def evenness_from(bits: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return _unless_single(np.clip(bits / np.log2(n_used), 0.0, 1.0), n_used)


def theil_from(bits: Floats, n_used: Floats | np.float64) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return LN2 * np.maximum(np.log2(n_used) - bits, 0.0)


def gini_from(total: Floats, ranked: Floats, n_used: Floats | np.float64, length: int) -> Floats:
    # Sorted ascending, N - length zeros come first (or, for N < length, that many of the
    # zeros are left out), which shifts every rank by N - length: sum_i i s_(i) over N
    # categories = ranked / total + (N - length) since the shares sum to 1.
    with np.errstate(divide="ignore", invalid="ignore"):
        gini_n = 2.0 * (ranked / total + (n_used - length)) / n_used - (n_used + 1.0) / n_used
        return np.maximum(gini_n, 0.0)


def ratio_from(top: Floats, total: Floats) -> Floats:
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.minimum(top / total, 1.0)


def all_from_stats(stats: Floats, n_used: Floats | np.float64, length: int) -> dict[str, Floats]:
    """Return every index but similarity, by key, from the stats of the ``ALL`` passes.

    ``stats`` rows: total, sum_i i x_(i), sum of squares, sum of x log2 x, the largest
    value, the 3 and 5 largest summed; ``length`` is the number of values in each row
    (N - length zeros are taken to come first, see :func:`gini_from`).
    """
    total = stats[0]
    h = hhi_from(total, stats[2])
    bits = entropy_bits_from(total, stats[3])
    with np.errstate(divide="ignore", invalid="ignore"):
        equivalent = total * total / stats[2]
    return {
        "hhi": h,
        "hhi_normalized": hhi_normalized_from(h, n_used),
        "unctad_concentration": unctad_from(h, n_used),
        "equivalent_partners": equivalent,
        "entropy": LN2 * bits,
        "evenness": evenness_from(bits, n_used),
        "theil": theil_from(bits, n_used),
        "gini": gini_from(total, stats[1], n_used, length),
        "cr1": ratio_from(stats[4], total),
        "cr3": ratio_from(stats[5], total),
        "cr5": ratio_from(stats[6], total),
    }
