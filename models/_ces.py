"""The CES core and the input checks shared by :mod:`models.simulate` and :mod:`models.montecarlo`.

Private: import the public functions from those modules.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from typing import SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

# exp() of a larger exponent overflows (or, negated, underflows below the smallest
# share); beyond it the weights are rescaled by their largest before exp().
SAFE_EXPONENT = 600.0


def ces_in_place(
    exponent: NDArray[np.float64],
    weights: NDArray[np.float64],
    axis: int,
    *,
    stabilise: bool,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Turn ``exponent = (1 - sigma) log(1 + t)`` into new shares, in place.

    Returns the new shares (the same buffer) and ``log(sum_i w_i (1 + t_i)**(1 - sigma))``
    along ``axis`` (kept as a length-1 axis), which with weights summing to one is
    ``(1 - sigma) log P``.
    """
    shift: NDArray[np.float64] | float = 0.0
    if stabilise:
        # Rescale by the largest weight among partners that hold a share; a constant
        # factor per row cancels in the shares and is added back to the log sum.
        # Partners without trade get weight exp(-inf) = 0, whatever their exponent.
        held = np.where(weights > 0, exponent, -np.inf)
        peak = held.max(axis=axis, keepdims=True)
        shift = np.where(np.isfinite(peak), peak, 0.0)
        np.subtract(held, shift, out=exponent)
    np.exp(exponent, out=exponent)
    exponent *= weights
    row_sum = exponent.sum(axis=axis, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        exponent /= row_sum
        log_sum = np.log(row_sum) + shift
    return exponent, log_sum


def log_price_index(
    log_sum: NDArray[np.float64],
    slope: NDArray[np.float64],
    cobb_douglas: NDArray[np.float64] | None,
) -> NDArray[np.float64]:
    """``log P = log_sum / (1 - sigma)``; where sigma = 1, ``cobb_douglas`` instead.

    ``cobb_douglas`` is ``sum_i s_i log(1 + t_i)``, needed only if some sigma is 1.
    """
    unit = slope == 0
    with np.errstate(invalid="ignore", divide="ignore"):
        log_price = log_sum / np.where(unit, 1.0, slope)
    if cobb_douglas is not None:
        log_price = np.where(unit, cobb_douglas, log_price)
    return np.asarray(log_price, dtype=np.float64)


def needs_rescaling(exponent: NDArray[np.float64]) -> bool:
    if exponent.size == 0:
        return False
    return bool(max(-float(exponent.min()), float(exponent.max())) > SAFE_EXPONENT)


def empty_broadcast(axis: int, **arrays: NDArray[np.float64]) -> NDArray[np.float64]:
    """Allocate an uninitialised float64 array of the inputs' broadcast shape."""
    try:
        shape = np.broadcast_shapes(*(a.shape for a in arrays.values()))
    except ValueError:
        described = ", ".join(f"`{name}` {a.shape}" for name, a in arrays.items())
        raise ValueError(
            f"shapes do not broadcast along partner axis {axis}: {described}"
        ) from None
    return np.empty(shape, dtype=np.float64)


# --- validation ----------------------------------------------------------------------


def finite(value: ArrayLike, name: str) -> NDArray[np.float64]:
    try:
        array = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        raise ValueError(f"`{name}` must be numbers; got {value!r}") from None
    if not np.all(np.isfinite(array)):
        raise ValueError(f"`{name}` must be finite (no NaN or infinity)")
    return array


def nonnegative(value: ArrayLike, name: str) -> NDArray[np.float64]:
    array = finite(value, name)
    if np.any(array < 0):
        where = np.unravel_index(int(np.argmin(array)), array.shape)
        raise ValueError(
            f"`{name}` must be non-negative; got {float(array[where]):g} at "
            f"position {tuple(int(i) for i in where)}"
        )
    return array


def positive(value: ArrayLike, name: str) -> NDArray[np.float64]:
    array = finite(value, name)
    if np.any(array <= 0):
        raise ValueError(f"`{name}` must be greater than 0; got {float(np.min(array)):g}")
    return array


def cost_shocks(value: ArrayLike, name: str) -> NDArray[np.float64]:
    """Validate cost shocks: finite and ``> -1``."""
    array = finite(value, name)
    if np.any(array <= -1.0):
        raise ValueError(
            f"`{name}` must be greater than -1 (1 + shock is the new relative "
            f"cost and must stay positive); got {float(np.min(array)):g}"
        )
    return array


def log_cost(value: ArrayLike, name: str) -> NDArray[np.float64]:
    """Validate shocks and return ``log(1 + t)``."""
    return np.log1p(cost_shocks(value, name))


def partner_shocks(value: ArrayLike, name: str, shape: tuple[int, ...]) -> NDArray[np.float64]:
    """Validate one shock bound per partner (or one for all)."""
    array = cost_shocks(value, name)
    if array.ndim > 1 or (array.ndim == 1 and array.shape != shape):
        raise ValueError(
            f"`{name}` must be a number or one per partner {shape}; got shape {array.shape}"
        )
    return np.broadcast_to(array, shape)


def per_draw(sigma: NDArray[np.float64], axis: int) -> NDArray[np.float64]:
    """Give a per-draw sigma of shape ``(D,)`` its length-1 partner axis."""
    if sigma.ndim == 0 or (
        sigma.ndim >= 2 and -sigma.ndim <= axis < sigma.ndim and sigma.shape[axis] == 1
    ):
        return sigma
    return np.expand_dims(sigma, axis)


def eta(value: float) -> float:
    eta = float(value)
    if not np.isfinite(eta) or eta < 0:
        raise ValueError(f"`demand_elasticity` must be a finite number >= 0; got {value!r}")
    return eta


def sigma_range(value: tuple[float, float]) -> tuple[float, float]:
    try:
        low, high = (float(x) for x in value)
    except (TypeError, ValueError):
        raise ValueError(f"`sigma_range` must be two numbers (low, high); got {value!r}") from None
    if not (np.isfinite(low) and np.isfinite(high) and 0 < low <= high):
        raise ValueError(f"`sigma_range` must satisfy 0 < low <= high (finite); got {value!r}")
    return low, high


def percentiles(value: Sequence[float]) -> NDArray[np.float64]:
    array = finite(value, "percentiles")
    if array.ndim != 1 or array.size == 0 or np.any((array < 0) | (array > 100)):
        raise ValueError(
            f"`percentiles` must be a non-empty sequence of numbers in [0, 100]; got {value!r}"
        )
    return array


def whole(value: SupportsIndex, name: str) -> int:
    if isinstance(value, bool):
        raise ValueError(f"`{name}` must be a whole number; got {value!r}")
    try:
        number = operator.index(value)
    except TypeError:
        raise ValueError(f"`{name}` must be a whole number; got {value!r}") from None
    if number < 0:
        raise ValueError(f"`{name}` must be >= 0; got {number}")
    return number
