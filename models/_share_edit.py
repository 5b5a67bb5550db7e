"""A validated share edit, and the words that explain a clamped one.

:mod:`models.rebalance` checks a request into an :class:`Edit` and, when it had to clamp
it, says why in plain words (partner names, percentages shown with enough decimals to
differ).
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass
from typing import SupportsIndex

import numpy as np
from numpy.typing import NDArray

__all__ = ["Edit", "clamp_message", "partner_name"]


@dataclass(frozen=True)
class Edit:
    """A validated request: who moves, who absorbs, and the feasible range."""

    shares: NDArray[np.float64]
    index: int
    locked: frozenset[int]
    free: NDArray[np.intp]  # partners that absorb the change (just the source for from_partner)
    locked_total: float
    pool: float  # what the edited partner and the free partners hold together
    lo: float
    hi: float


def clamp_message(
    edit: Edit,
    rule: str,
    source: SupportsIndex | None,
    names: Sequence[str] | None,
    requested: float,
    applied: float,
    words: tuple[str, str] = ("partner", "partners"),
) -> str:
    """Say, in words, to what a share was clamped and why; ``words`` name one and many."""
    one, many = words
    who = partner_name(names, edit.index, capital=True, one=one)
    got, asked = _percents(applied, requested)
    verb = "kept at" if edit.lo == edit.hi else "set to"
    head = f"{who}'s share was {verb} {got} instead of {asked}: "
    if edit.shares.size == 1:
        return head + f"it is the only {one}."
    if edit.lo == edit.hi:
        return head + (
            f"every other {one} is locked, so there is no one to move trade to or from."
        )
    if rule == "from_partner" and source is not None:
        src = partner_name(names, operator.index(source), one=one)
        held = _percent(float(edit.shares[operator.index(source)]))
        return head + (
            f"it can only take from {src}, which holds {held}, and {src} cannot go below zero."
        )
    if edit.locked:
        held = _percent(edit.locked_total)
        return head + f"locked {many} hold {held}, and the others cannot go below zero."
    return head + f"the other {many} cannot go below zero."


def _percent(share: float, decimals: int = 1) -> str:
    return f"{100.0 * share:.{decimals}f} %"


def _percents(first: float, second: float) -> tuple[str, str]:
    """Format two shares with enough decimals that they do not look the same."""
    for decimals in (1, 2, 3, 4, 6):
        a, b = _percent(first, decimals), _percent(second, decimals)
        if a != b:
            return a, b
    return _percent(first, 10), _percent(second, 10)


def partner_name(
    names: Sequence[str] | None, i: int, *, capital: bool = False, one: str = "partner"
) -> str:
    """Return category ``i``'s name, or "partner 3" (with ``one`` as the noun) without names."""
    if names is not None:
        return names[i]
    return f"{one[:1].upper() if capital else one[:1]}{one[1:]} {i}"
