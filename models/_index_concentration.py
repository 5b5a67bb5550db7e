"""The Herfindahl-Hirschman family of :mod:`models.indices`: HHI and its derivatives.

:func:`hhi`, :func:`hhi_normalized`, :func:`unctad_concentration` and
:func:`equivalent_partners` are all formulas on the sum of squared values. Import them from
:mod:`models.indices`, their public home; the module docstring there states the conventions
(validation, all-zero vectors, N) that every index follows.
"""

from __future__ import annotations

import numpy as np
from numpy.typing import ArrayLike

from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_kernels import Result

__all__ = ["equivalent_partners", "hhi", "hhi_normalized", "unctad_concentration"]


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
