"""The rank-order indices of :mod:`models.indices`: Gini and the concentration ratios.

:func:`gini` and :func:`cr` (with :func:`cr1`, :func:`cr3`, :func:`cr5`) depend on the
shares in sorted order. Import them from :mod:`models.indices`, their public home; the
module docstring there states the conventions (validation, all-zero vectors, N) that every
index follows.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_kernels import Result

__all__ = ["cr", "cr1", "cr3", "cr5", "gini"]


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
