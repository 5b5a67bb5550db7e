"""Concentration and diversification indices of trade values (docs/design.md sec. 2).

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

This is the public module: import every index from here. :func:`similarity` and
:func:`compute_all` are defined here; the other functions are written in private modules, a
family each, and re-exported: ``_index_concentration`` (:func:`hhi`, :func:`hhi_normalized`,
:func:`unctad_concentration`, :func:`equivalent_partners`), ``_index_entropy``
(:func:`entropy`, :func:`evenness`, :func:`theil`) and ``_index_ranks`` (:func:`gini`,
:func:`cr`, :func:`cr1`, :func:`cr3`, :func:`cr5`). The machinery is private too:
``_index_kernels`` (blocks, threads, validation, per-row sums), ``_index_formulas`` (indices
from those sums) and ``_index_info`` (the :data:`INDEX_INFO` table, re-exported here).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.array_utils import normalize_axis_index
from numpy.typing import ArrayLike

from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_concentration import (
    equivalent_partners,
    hhi,
    hhi_normalized,
    unctad_concentration,
)
from models._index_entropy import entropy, evenness, theil
from models._index_info import INDEX_INFO, INDEX_KEYS, IndexInfo
from models._index_kernels import Result
from models._index_ranks import cr, cr1, cr3, cr5, gini

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

# help(), pydoc and doctest look a function up by its __module__: name the public home, so
# that they document (and doctest.testmod(indices) runs) the re-exported functions here.
for _function in (
    hhi,
    hhi_normalized,
    unctad_concentration,
    equivalent_partners,
    entropy,
    evenness,
    theil,
    gini,
    cr,
    cr1,
    cr3,
    cr5,
):
    _function.__module__ = "models.indices"
del _function


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
    rows, totals = _kernels.share_rows(values, axis, "values")
    base_rows, base_totals = _kernels.share_rows(
        baseline, -1 if len(b_shape) == 1 else axis, "baseline"
    )
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
    overlap = _kernels.overlap(rows, totals, base_rows, base_totals)
    return _kernels.shaped(np.minimum(overlap, 1.0), x_lead)


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
    run = _kernels.ALL_ACTIVE if active_only else _kernels.ALL
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, run)
    n_used = stats[7] if active_only else _kernels.categories(rows, length, shape, n, False)
    result = _formulas.all_from_stats(stats, n_used, length)
    shaped = {key: _kernels.shaped(value, shape) for key, value in result.items()}
    if baseline is not None:
        shaped["similarity"] = similarity(values, baseline, axis)
    return shaped
