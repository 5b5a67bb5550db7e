"""Share edits with locks: set one partner's share and rebalance the others.

A student drags China's share to 40 %; the other partners must give up (or take up) the
difference so that the shares still sum to one. :func:`set_share` does that by one of
three rules (:data:`RULES`), never touching the partners the student locked, and clamps
an infeasible request to the nearest feasible share with a plain-English message.
:func:`feasible_range` gives the slider its bounds. :func:`scale_value` changes one
partner's trade value by a percentage instead (the total moves, the shares follow).

Everything here is pure: arrays in, new arrays out.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import SupportsIndex

import numpy as np
from numpy.typing import ArrayLike, NDArray

from models._share_edit import Edit, clamp_message, partner_name

__all__ = [
    "RULES",
    "ShareEditResult",
    "feasible_range",
    "scale_value",
    "set_share",
]

RULES = ("proportional", "equal", "from_partner")

# Shares may drift from summing to one by float rounding (values / values.sum() over a few
# hundred partners is off by ~1e-14); more than this is a caller's mistake, not rounding.
_SUM_TOLERANCE = 1e-9
# A request this close to a feasible bound counts as feasible (no clamping message for
# a difference no one could see).
_BOUND_TOLERANCE = 1e-12


@dataclass(frozen=True)
class ShareEditResult:
    """The outcome of :func:`set_share`.

    Attributes
    ----------
    shares : numpy.ndarray
        The new shares (a new array), non-negative, summing to one within 1e-12.
    requested : float
        The share that was asked for.
    applied : float
        The share the partner got: ``requested``, or the feasible bound it was clamped to.
    clamped : bool
        Whether ``applied`` differs from ``requested`` because the request was infeasible.
    message : str
        Empty unless ``clamped``; then a sentence for the user saying to what the share was
        set and why.
    """

    shares: NDArray[np.float64]
    requested: float
    applied: float
    clamped: bool
    message: str


def feasible_range(
    shares: ArrayLike,
    index: SupportsIndex,
    *,
    rule: str = "proportional",
    locked: Iterable[SupportsIndex] = (),
    source: SupportsIndex | None = None,
) -> tuple[float, float]:
    """Return the range of shares partner ``index`` can be given, as ``(lo, hi)``.

    Parameters
    ----------
    shares : array_like
        Current shares, 1-D, non-negative, summing to one (within 1e-9).
    index : int
        The partner whose share is to be set.
    rule : {'proportional', 'equal', 'from_partner'}, optional
        The rebalancing rule (see :func:`set_share`).
    locked : iterable of int, optional
        Partners whose shares must not change.
    source : int, optional
        With ``rule='from_partner'``, the one partner that gives or takes the difference.

    Returns
    -------
    tuple of float
        ``(lo, hi)``, the smallest and largest feasible share.

    Notes
    -----
    With ``L`` the locked partners' total share:

    * ``proportional`` and ``equal``: ``[0, 1 - L]`` (the others not locked can fall to
      zero but not below). If every other partner is locked, the share cannot move:
      ``lo = hi = 1 - L``, which is its current share.
    * ``from_partner``: ``[0, s_k + s_source]``: the source can give up all it holds.

    Examples
    --------
    >>> feasible_range([0.5, 0.3, 0.2], 0, locked=[1])
    (0.0, 0.7)
    >>> feasible_range([0.5, 0.3, 0.2], 0, rule="from_partner", source=2)
    (0.0, 0.7)
    """
    edit = _prepare(shares, index, rule=rule, locked=locked, source=source, names=None)
    return edit.lo, edit.hi


def set_share(
    shares: ArrayLike,
    index: SupportsIndex,
    target: float,
    *,
    rule: str = "proportional",
    locked: Iterable[SupportsIndex] = (),
    source: SupportsIndex | None = None,
    names: Sequence[str] | None = None,
    words: tuple[str, str] = ("partner", "partners"),
) -> ShareEditResult:
    """Set partner ``index``'s share to ``target`` and rebalance the partners not locked.

    Locked partners keep their shares exactly. The free partners (neither ``index`` nor
    locked) share ``1 - target - L``, where ``L`` is the locked total, by ``rule``.

    Parameters
    ----------
    shares : array_like
        Current shares, 1-D, non-negative, summing to one within 1e-9 (pass
        ``values / values.sum()``). Drift from one within that tolerance is absorbed by
        the free partners, so that the result sums to one.
    index : int
        The partner whose share is set. It must not be locked.
    target : float
        The share asked for, in ``[0, 1]``. A target outside :func:`feasible_range` is
        clamped to the nearest bound and the result says so (``clamped``, ``message``).
    rule : {'proportional', 'equal', 'from_partner'}, optional
        How the free partners absorb the change (default ``'proportional'``):

        * ``'proportional'``: in proportion to their current shares, so the ratios among
          them are kept. If all of them hold zero and the edit frees some share, it is
          spread equally (there are no ratios to keep); this is not a clamp and gives no
          message.
        * ``'equal'``: every free partner moves by the same amount. When that would push
          some below zero, "water-filling": those partners stop at zero and the rest
          share the remaining cut equally, i.e. ``s_i' = max(s_i - c, 0)`` with the one
          ``c`` that makes the shares sum to one.
        * ``'from_partner'``: only ``source`` changes; it alone absorbs the difference
          and can give up at most what it holds.
    locked : iterable of int, optional
        Partners whose shares must not change.
    source : int, optional
        The partner that absorbs the change; required with ``rule='from_partner'`` and
        not allowed with the other rules. It must be neither ``index`` nor locked.
    names : sequence of str, optional
        Partner names for the message (default "partner 3" and so on).
    words : tuple of str, optional
        The nouns for one and several categories in the message (default
        ``("partner", "partners")``; "product group" for products, "vector" for blocs).

    Returns
    -------
    ShareEditResult
        The new shares and what was applied; see :class:`ShareEditResult`.

    Raises
    ------
    ValueError
        If ``shares`` is not 1-D, has a negative or non-finite share, or does not sum to
        one; if ``target`` is outside ``[0, 1]``; if ``index`` is locked or out of range;
        if ``rule`` is unknown; if ``source`` is missing, misplaced or locked.

    See Also
    --------
    feasible_range : The bounds a target is clamped to.

    Notes
    -----
    With free partners ``F``, free total ``S = sum_{i in F} s_i`` and the amount they
    must hold after the edit ``R = 1 - L - x`` (``x`` the applied share):

    * proportional: ``s_i' = s_i R / S``;
    * equal: ``s_i' = s_i + (R - S) / |F|`` when no partner would go negative, else
      ``s_i' = max(s_i - c, 0)`` with ``sum_F s_i' = R``;
    * from partner: ``s_j' = s_j + s_k - x`` for the source ``j``.

    The last rounding error of the sum is put on the largest free partner, so the shares
    sum to one within 1e-12 and are never negative.

    Examples
    --------
    China (0) from 50 % to 60 %, Russia (1) locked, the rest pay in proportion:

    >>> result = set_share([0.5, 0.2, 0.2, 0.1], 0, 0.6, locked=[1])
    >>> [round(float(s), 4) for s in result.shares]
    [0.6, 0.2, 0.1333, 0.0667]
    >>> result = set_share([0.5, 0.2, 0.2, 0.1], 0, 0.9, locked=[1],
    ...                    names=["China", "Russia", "Italy", "Spain"])
    >>> result.applied, result.clamped
    (0.8, True)
    >>> result.message
    "China's share was set to 80.0 % instead of 90.0 %: locked partners hold 20.0 %, \
and the others cannot go below zero."
    """
    edit = _prepare(shares, index, rule=rule, locked=locked, source=source, names=names)
    requested = _as_target(target)
    # A request within 1e-12 of a bound is applied as the bound, without a message.
    applied = min(max(requested, edit.lo), edit.hi)
    clamped = abs(applied - requested) > _BOUND_TOLERANCE

    new = edit.shares.copy()
    new[edit.index] = applied
    if edit.free.size:
        remaining = max(edit.pool - applied, 0.0)
        new[edit.free] = _rebalance(edit.shares[edit.free], remaining, rule)

    message = (
        clamp_message(edit, rule, source, names, requested, applied, words) if clamped else ""
    )
    return ShareEditResult(
        shares=new, requested=requested, applied=applied, clamped=clamped, message=message
    )


def scale_value(
    values: ArrayLike,
    index: SupportsIndex,
    percent: ArrayLike,
    *,
    axis: int = -1,
) -> NDArray[np.float64]:
    """Change partner ``index``'s trade value by ``percent`` %; the others are unchanged.

    The total changes with it, so every share moves: the scaled partner's share rises
    or falls and the others follow in proportion.

    Parameters
    ----------
    values : array_like
        Non-negative trade values, partners along ``axis``; leading axes are scenarios.
    index : int
        The partner to scale.
    percent : float or array_like
        The change in percent (``-50`` halves the value, ``100`` doubles it); at least
        ``-100``. An array gives one change per scenario (shape of ``values`` without
        ``axis``).
    axis : int, optional
        The partner axis (default last).

    Returns
    -------
    numpy.ndarray
        New values, ``v_k' = v_k (1 + percent / 100)``, float64.

    Raises
    ------
    ValueError
        If a value is negative or not finite, ``percent`` is below -100 or not finite,
        or ``index`` is out of range.

    Examples
    --------
    >>> scale_value([10.0, 20.0, 70.0], 0, -50)
    array([ 5., 20., 70.])
    """
    array = np.array(values, dtype=np.float64)  # a copy: never write into the caller's
    if array.ndim == 0:
        raise ValueError("`values` must have a partner axis")
    if not np.all(np.isfinite(array)):
        raise ValueError("`values` must be finite")
    if np.any(array < 0):
        raise ValueError("`values` must be non-negative")
    array = np.moveaxis(array, axis, -1)
    k = _as_index(index, array.shape[-1], "index")
    change = np.asarray(percent, dtype=np.float64)
    if not np.all(np.isfinite(change)):
        raise ValueError("`percent` must be finite")
    if np.any(change < -100.0):
        raise ValueError(
            f"`percent` must be at least -100 (a value cannot fall below zero); "
            f"got {float(np.min(change)):g}"
        )
    array[..., k] *= 1.0 + change / 100.0
    return np.moveaxis(array, -1, axis)


# --- helpers ---------------------------------------------------------------------------


def _prepare(
    shares: ArrayLike,
    index: SupportsIndex,
    *,
    rule: str,
    locked: Iterable[SupportsIndex],
    source: SupportsIndex | None,
    names: Sequence[str] | None,
) -> Edit:
    """Validate a share edit and work out who absorbs it and the feasible range."""
    array = np.array(shares, dtype=np.float64)
    if array.ndim != 1 or array.size == 0:
        raise ValueError(f"`shares` must be a non-empty 1-D array; got shape {array.shape}")
    n = array.size
    if names is not None and len(names) != n:
        raise ValueError(f"`names` has {len(names)} names for {n} partners")
    bad = np.flatnonzero(~np.isfinite(array) | (array < 0))
    if bad.size:
        who = partner_name(names, int(bad[0]))
        raise ValueError(f"`shares` must be finite and non-negative; {who} has {array[bad[0]]!r}")
    total = math.fsum(array.tolist())
    if abs(total - 1.0) > _SUM_TOLERANCE:
        raise ValueError(
            f"`shares` must sum to 1 (pass values / values.sum()); they sum to {total!r}"
        )
    if rule not in RULES:
        raise ValueError(f"`rule` must be one of {', '.join(RULES)}; got {rule!r}")
    k = _as_index(index, n, "index")
    locked_set = frozenset(_as_index(i, n, "locked") for i in locked)
    if k in locked_set:
        raise ValueError(f"`index`: {partner_name(names, k)} is locked; unlock it first")

    locked_total = math.fsum(array[sorted(locked_set)].tolist())
    if locked_total > 1.0 + _BOUND_TOLERANCE:
        # Drift that the others cannot absorb (the locked alone hold more than one):
        # renormalise everything, the one case where locked shares move (by < 1e-9).
        array = array / total
        locked_total = math.fsum(array[sorted(locked_set)].tolist())
    available = max(1.0 - locked_total, 0.0)  # k and the others not locked hold this
    if rule == "from_partner":
        if source is None:
            raise ValueError("`source` is required with rule='from_partner'")
        j = _as_index(source, n, "source")
        if j == k:
            raise ValueError("`source` must be a partner other than the one being set")
        if j in locked_set:
            raise ValueError(f"`source`: {partner_name(names, j)} is locked; unlock it first")
        free = np.array([j], dtype=np.intp)
        others = np.ones(n, dtype=bool)
        others[[k, j, *locked_set]] = False
        # The source also absorbs the drift; the partners it does not involve stay exact.
        pool = max(available - math.fsum(array[others].tolist()), 0.0)
        return Edit(array, k, locked_set, free, locked_total, pool, 0.0, pool)
    if source is not None:
        raise ValueError(f"`source` is only used with rule='from_partner', not {rule!r}")
    is_free = np.ones(n, dtype=bool)
    is_free[[k, *locked_set]] = False
    free = np.flatnonzero(is_free)
    lo = 0.0 if free.size else available  # nobody to give to or take from: fixed share
    return Edit(array, k, locked_set, free, locked_total, available, lo, available)


def _rebalance(
    free_shares: NDArray[np.float64], remaining: float, rule: str
) -> NDArray[np.float64]:
    """Give the free partners new shares that sum to ``remaining``, by ``rule``."""
    current = math.fsum(free_shares.tolist())
    count = free_shares.size
    if rule == "proportional" and current > 0.0:
        new = free_shares * (remaining / current)
    elif rule in ("proportional", "equal") and (remaining >= current or rule == "proportional"):
        # equal moves; also proportional with nothing to be proportional to (all zero)
        new = free_shares + (remaining - current) / count
    elif rule == "equal":
        new = _water_fill(free_shares, remaining)
    else:  # from_partner: the one source absorbs everything
        new = np.array([remaining])
    np.maximum(new, 0.0, out=new)
    # Put the last rounding on the largest partner so the total is exact to the ulp.
    largest = int(np.argmax(new))
    new[largest] = max(new[largest] + (remaining - math.fsum(new.tolist())), 0.0)
    return new


def _water_fill(free_shares: NDArray[np.float64], remaining: float) -> NDArray[np.float64]:
    """``max(s - c, 0)`` with the level ``c >= 0`` that makes the sum ``remaining``."""
    if remaining <= 0.0:
        return np.zeros_like(free_shares)
    ordered = np.sort(free_shares)[::-1]
    cut = np.cumsum(ordered) - remaining  # total cut if the top i+1 partners all pay
    levels = cut / np.arange(1, ordered.size + 1)
    # The partners that pay are the largest ones still above the level they imply.
    paying = int(np.flatnonzero(ordered - levels > 0)[-1])
    level = float(levels[paying])
    return np.maximum(free_shares - level, 0.0)


def _as_index(value: SupportsIndex, n: int, parameter: str) -> int:
    try:
        i = operator.index(value)
    except TypeError:
        raise ValueError(
            f"`{parameter}` must be a whole-number partner position; got {value!r}"
        ) from None
    if isinstance(value, bool) or not 0 <= i < n:
        raise ValueError(
            f"`{parameter}` must be a partner position from 0 to {n - 1}; got {value!r}"
        )
    return i


def _as_target(target: float) -> float:
    value = float(target)
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise ValueError(f"`target` must be a share between 0 and 1; got {target!r}")
    return value
