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

This module holds the public functions; the machinery is private: ``_index_kernels``
(blocks, threads, validation, per-row sums), ``_index_formulas`` (indices from those sums)
and ``_index_info`` (the :data:`INDEX_INFO` table, re-exported here).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.array_utils import normalize_axis_index
from numpy.typing import ArrayLike

from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_info import INDEX_INFO, INDEX_KEYS, IndexInfo
from models._index_kernels import Result

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
    stats, shape, _, _, _ = _kernels.row_stats(values, axis, _kernels.SUM_SQUARES)
    return _kernels.shaped(_formulas.hhi_from(stats[0], stats[1]), shape)


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
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, _kernels.SUM_SQUARES)
    n_used = _kernels.categories(rows, length, shape, n, active_only)
    return _kernels.shaped(
        _formulas.hhi_normalized_from(_formulas.hhi_from(stats[0], stats[1]), n_used), shape
    )


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
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, _kernels.SUM_SQUARES)
    n_used = _kernels.categories(rows, length, shape, n, active_only)
    return _kernels.shaped(
        _formulas.unctad_from(_formulas.hhi_from(stats[0], stats[1]), n_used), shape
    )


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
    stats, shape, _, _, _ = _kernels.row_stats(values, axis, _kernels.SUM_SQUARES)
    with np.errstate(divide="ignore", invalid="ignore"):
        return _kernels.shaped(stats[0] * stats[0] / stats[1], shape)


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
    stats, shape, _, _, _ = _kernels.row_stats(values, axis, _kernels.LOGS)
    return _kernels.shaped(_formulas.LN2 * _formulas.entropy_bits_from(stats[0], stats[1]), shape)


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
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, _kernels.LOGS)
    n_used = _kernels.categories(rows, length, shape, n, active_only)
    return _kernels.shaped(
        _formulas.evenness_from(_formulas.entropy_bits_from(stats[0], stats[1]), n_used), shape
    )


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
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, _kernels.LOGS)
    n_used = _kernels.categories(rows, length, shape, n, active_only)
    return _kernels.shaped(
        _formulas.theil_from(_formulas.entropy_bits_from(stats[0], stats[1]), n_used), shape
    )


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
    stats, shape, length, rows, _ = _kernels.row_stats(values, axis, _kernels.RANKS)
    n_used = _kernels.categories(rows, length, shape, n, active_only)
    return _kernels.shaped(_formulas.gini_from(stats[0], stats[1], n_used, length), shape)


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
    stats, shape, _, _, _ = _kernels.row_stats(values, axis, _kernels.top_pass(int(k)))
    return _kernels.shaped(_formulas.ratio_from(stats[1], stats[0]), shape)


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
