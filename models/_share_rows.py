"""Share edits on many rows at once: the rules of :mod:`models.rebalance`, vectorised.

Private. :mod:`models.sweep` sets one category's share to many values from one start;
:mod:`models.uncertainty` sets it to one value in many Monte Carlo draws, each from its own
start. Both are the rules of :func:`models.rebalance.set_share` applied to every row of a
``(rows, categories)`` array in a few array operations, never a Python loop over the rows
(docs/design.md sec. 3.5): each row equals what ``set_share`` gives for it, to rounding
(``set_share`` also puts the last rounding error on the largest free category; these rows
may differ from its result by a few units in the last place). Tests compare the two.

Inputs are assumed checked: the rule, the source and the locks of an edit are checked once,
by :func:`models.rebalance.feasible_range` or by the engine's replay of the same edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from models._replay import _Space
    from models.edits import SetShare

__all__ = ["feasible_rows", "locked_positions", "scale_members", "set_share_rows",
           "share_edit_rows"]


def _free(n: int, k: int, locked: list[int], rule: str, source: int | None) -> NDArray[np.intp]:
    """Return the categories that absorb the change (all but ``k`` and the locked; the source)."""
    if rule == "from_partner":
        assert source is not None  # checked by the caller
        return np.array([source], dtype=np.intp)
    is_free = np.ones(n, dtype=bool)
    is_free[[k, *locked]] = False
    return np.flatnonzero(is_free)


def locked_positions(locked_codes: Iterable[str], space: _Space, *, is_vector: bool) -> list[int]:
    """Return the positions of the locked categories of the kind edited (partners or vectors).

    As the engine's share edit sees them: a lock on the other kind does not bind.
    """
    locked = []
    for code in sorted(locked_codes):
        try:
            lock_is_vector, j = space.target(code, as_vector=is_vector)
        except ValueError:
            continue
        if lock_is_vector == is_vector:
            locked.append(j)
    return locked


def scale_members(
    values: NDArray[np.float64],
    before: NDArray[np.float64],
    after: NDArray[np.float64],
    space: _Space,
) -> NDArray[np.float64]:
    """Move each vector's members together, the vectors' sums going from ``before`` to ``after``.

    Leading axes (scenarios, sweep points) broadcast: ``values`` are the partners'
    (..., partners), ``before`` and ``after`` the vectors' (..., vectors). Each member keeps
    its part of its vector (at most 1) times the vector's new sum: ``after / before`` would
    overflow where a vector was squeezed to a subnormal sum. A vector that held nothing and
    is given something shares it equally among its members (none if it has no member here:
    the replay refuses that edit first).
    """
    assert space.assignment is not None
    vector_before = before[..., space.assignment]
    within = np.divide(values, vector_before,
                       out=np.zeros(np.broadcast_shapes(np.shape(values), vector_before.shape)),
                       where=vector_before > 0)
    new: NDArray[np.float64] = within * after[..., space.assignment]
    empty = np.broadcast_to((before <= 0) & (after > 0), np.shape(after))
    for v in np.flatnonzero(empty.reshape(-1, empty.shape[-1]).any(axis=0)):
        members = space.members(int(v))
        if members.any():
            share = (after[..., v] / np.count_nonzero(members))[..., np.newaxis]
            new[..., members] = np.where(empty[..., v, np.newaxis], share, new[..., members])
    return new


def feasible_rows(
    shares: NDArray[np.float64], k: int, rule: str, locked: list[int], source: int | None
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Return each row's ``(lo, hi)``, as :func:`models.rebalance.feasible_range` gives it."""
    locked_total = shares[:, locked].sum(axis=1) if locked else np.zeros(shares.shape[0])
    available = np.maximum(1.0 - locked_total, 0.0)
    if rule == "from_partner":
        assert source is not None  # checked by the caller
        others = np.ones(shares.shape[1], dtype=bool)
        others[[k, source, *locked]] = False
        pool = np.maximum(available - shares[:, others].sum(axis=1), 0.0)
        return np.zeros_like(pool), pool
    if _free(shares.shape[1], k, locked, rule, source).size == 0:
        return available, available  # nobody to give to or take from: a fixed share
    return np.zeros_like(available), available


_FAST_PATH_MIN_TOTAL = 1e-9  # shares sum to 1: far above the subtraction's rounding


def set_share_rows(
    shares: NDArray[np.float64],
    k: int,
    targets: NDArray[np.float64],
    rule: str,
    locked: list[int],
    source: int | None,
) -> NDArray[np.float64]:
    """Return ``shares`` with column ``k`` set to ``targets`` (one a row), rebalanced by ``rule``.

    ``targets`` must lie within :func:`feasible_rows` (the caller clamps or leaves out the
    rows that do not); the locked columns keep their shares.
    """
    n = shares.shape[1]
    free = _free(n, k, locked, rule, source)
    locked_total = shares[:, locked].sum(axis=1) if locked else np.zeros(shares.shape[0])
    available = np.maximum(1.0 - locked_total, 0.0)
    if rule == "from_partner":
        others = np.ones(n, dtype=bool)
        others[[k, *free, *locked]] = False
        available = np.maximum(available - shares[:, others].sum(axis=1), 0.0)
    remaining = np.maximum(available - targets, 0.0)  # what the free categories hold after
    if rule == "proportional" and 2 * free.size > n:
        # Most categories are free: scale every column, then put back the others (cheaper
        # than gathering and scattering the free columns).
        total = shares.sum(axis=1) - shares[:, k] - locked_total
        # By subtraction, a free total that is really zero can come out a rounding error
        # above it (then every free share would be scaled from nothing): such rows, and
        # any with a free total this small, take the exact path below.
        if np.all(total > _FAST_PATH_MIN_TOTAL):
            scaled: NDArray[np.float64] = shares * (remaining / total)[:, np.newaxis]
            scaled[:, k] = targets
            if locked:
                scaled[:, locked] = shares[:, locked]
            return scaled
    out = np.array(shares, dtype=np.float64)
    out[:, k] = targets
    if free.size == 0:
        return out
    held = shares[:, free]
    total = held.sum(axis=1)
    if rule == "from_partner":
        new = remaining[:, np.newaxis]
    elif rule == "proportional":
        spread = (remaining / free.size)[:, np.newaxis]  # nothing to keep in proportion
        with np.errstate(divide="ignore", invalid="ignore"):
            scaled = held * (remaining / total)[:, np.newaxis]
        new = np.where((total > 0.0)[:, np.newaxis], scaled, held + spread)
    else:
        new = _equal_rows(held, remaining, total)
    out[:, free] = np.maximum(new, 0.0)
    return out


def _equal_rows(
    held: NDArray[np.float64], remaining: NDArray[np.float64], total: NDArray[np.float64]
) -> NDArray[np.float64]:
    """Apply the equal rule on each row: the same move for all, none below zero (water-filling)."""
    ordered = -np.sort(-held, axis=1)  # each row, largest first
    cut = np.cumsum(ordered, axis=1) - remaining[:, np.newaxis]
    levels = cut / np.arange(1, held.shape[1] + 1)
    # The categories that pay are the largest ones still above the level they imply.
    paying = ordered - levels > 0
    last = held.shape[1] - 1 - np.argmax(paying[:, ::-1], axis=1)
    level = np.where(paying.any(axis=1), levels[np.arange(held.shape[0]), last], np.inf)
    filled = np.maximum(held - level[:, np.newaxis], 0.0)
    moved = held + ((remaining - total) / held.shape[1])[:, np.newaxis]
    return np.where((remaining >= total)[:, np.newaxis], moved, filled)


def share_edit_rows(
    edit: SetShare, values: NDArray[np.float64], locked_codes: set[str], space: _Space
) -> NDArray[np.float64]:
    """Apply share edit ``edit`` to every row of partner ``values``, as the engine would.

    The same steps as the engine's share edit (:mod:`models._replay`): the edit's category
    (a partner, or a vector whose members then move together), its locks and source, each
    row's share clamped to what that row allows.

    Raises
    ------
    ValueError
        If a row has no trade left, or the result is too large to represent (the engine's
        words).
    """
    is_vector, k = space.target(edit.partner)
    source = None
    if edit.source is not None:
        _, source = space.target(edit.source, as_vector=is_vector)
    locked = locked_positions(locked_codes, space, is_vector=is_vector)
    current = space.vector_sums(values) if is_vector else values
    totals = current.sum(axis=1)
    if not np.all(totals > 0.0):
        raise ValueError("shares cannot be set: there is no trade left")
    shares = current / totals[:, np.newaxis]
    lo, hi = feasible_rows(shares, k, edit.rule, locked, source)
    targets = np.clip(np.full(shares.shape[0], float(edit.share)), lo, hi)
    wanted = set_share_rows(shares, k, targets, edit.rule, locked, source) * totals[:, None]
    new = scale_members(values, current, wanted, space) if is_vector else wanted
    if not np.all(np.isfinite(new)):
        raise ValueError("it makes trade values too large to represent")
    return new
