"""The entropy family of :mod:`models.indices`: Shannon entropy, evenness and Theil.

:func:`entropy`, :func:`evenness` and :func:`theil` are all formulas on the total and
sum x log x of each vector. Import them from :mod:`models.indices`, their public home; the
module docstring there states the conventions (validation, all-zero vectors, N) that every
index follows.
"""

from __future__ import annotations

from numpy.typing import ArrayLike

from models import _index_formulas as _formulas
from models import _index_kernels as _kernels
from models._index_kernels import Result

__all__ = ["entropy", "evenness", "theil"]


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
