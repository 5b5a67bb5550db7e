"""Replaying a scenario's edits on its baseline, once each, in order (the one engine).

Private: :func:`models.scenario.apply` (strict: the first edit that cannot be applied is an
error) and :func:`models.workbench.build` (lenient: such an edit is skipped with its reason
and the rest still apply) both call :func:`replay`. Each edit is applied exactly once, so
replaying ``E`` edits costs ``E`` steps whatever fails.

Where the categories are partners, edits always work on partner values, and the vectors
(blocs) are their sums: an edit that names a vector key (``EAEU``, ``EU27``...) moves
the vector's members together, in proportion to their values, so the partners level and
the vectors level show the same vector shares for the same scenario (docs/design.md sec. 2).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, assert_never

import numpy as np
from numpy.typing import NDArray

from models import rebalance, simulate
from models._share_rows import locked_positions, scale_members
from models.data_status import dimension_words
from models.edits import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

if TYPE_CHECKING:
    from models.blocs import Partition
    from models.scenario import Baseline, Scenario

__all__ = ["EditError", "Replay", "replay"]


@dataclass(frozen=True)
class EditError:
    """An edit that was not applied: its position (from 1), the edit and why, in words."""

    position: int
    edit: Edit
    reason: str


@dataclass(frozen=True)
class Replay:
    """What replaying a scenario gave.

    ``values`` are the categories' values (vectors at the vectors level); ``partner_values``
    the partners' (the same array where the categories are the partners themselves).
    """

    values: NDArray[np.float64]
    partner_values: NDArray[np.float64]
    locked: frozenset[str]
    messages: tuple[str, ...]
    path: NDArray[np.float64] | None
    applied: tuple[int, ...]
    switched_off: tuple[int, ...]
    skipped: tuple[EditError, ...] = field(default=())


class _Space:
    """The partners (or product groups) edits work on, and the vectors they sum into."""

    def __init__(self, baseline: Baseline):
        partition = baseline.partition
        self.level = baseline.level
        if partition is not None:
            self.codes = baseline.table.codes
            self.names = baseline.table.names
            self.values = baseline.table.values
            self.vector_keys: tuple[str, ...] = partition.keys
            self.vector_names: tuple[str, ...] = partition.names
            self.assignment: NDArray[np.intp] | None = partition.assignment(self.codes)
            self.partition: Partition | None = partition
        else:
            self.codes, self.names, self.values = baseline.codes, baseline.names, baseline.values
            self.vector_keys, self.vector_names, self.assignment = (), (), None
            self.partition = None
        self._partner = {code: i for i, code in enumerate(self.codes)}
        self._vector = {key: i for i, key in enumerate(self.vector_keys)}
        words = dimension_words(baseline.table.dimension)
        self.words = (words.one, words.many)
        self.where = (
            f"{baseline.table.reporter} {baseline.table.year} {baseline.table.flow}, "
            f"{'vectors' if baseline.level == 'vectors' else baseline.table.dimension}"
        )

    def target(self, code: str, *, as_vector: bool | None = None) -> tuple[bool, int]:
        """Resolve ``code``: (is a vector, position).

        ``as_vector`` says which to prefer where a code is both (China is a partner and a
        vector); by default vector keys win at the vectors level.
        """
        if as_vector is None:
            as_vector = self.level == "vectors"
        if as_vector and code in self._vector:
            return True, self._vector[code]
        if code in self._partner:
            return False, self._partner[code]
        if code in self._vector:
            return True, self._vector[code]
        raise ValueError(f"{code!r} is not in these data ({self.where})")

    def categories(self, partner_values: NDArray[np.float64]) -> NDArray[np.float64]:
        """Return the category values: vector sums at the vectors level, else the values."""
        if self.level == "vectors":
            return self.vector_sums(partner_values)
        return partner_values

    def vector_sums(self, partner_values: NDArray[np.float64]) -> NDArray[np.float64]:
        """Return the vectors' sums of ``partner_values`` (any leading axes)."""
        assert self.partition is not None
        return self.partition.aggregate(partner_values, self.codes)

    def members(self, vector: int) -> NDArray[np.bool_]:
        assert self.assignment is not None
        return np.asarray(self.assignment == vector)

    def spread(
        self, pairs: tuple[tuple[str, float], ...], default: float, *, by_vector: bool = False
    ) -> NDArray[np.float64]:
        """Turn ``(code, number)`` pairs into one number per partner (a vector's to all)."""
        out = np.full(len(self.codes), default, dtype=np.float64)
        numbers: Mapping[str, float] = dict(pairs)
        for code, number in numbers.items():
            if by_vector and code not in self._vector:
                if self.assignment is None:
                    raise ValueError("rates by vector need partner data")
                raise ValueError(
                    f"unknown vector {code!r}; the vectors are {list(self.vector_keys)}"
                )
            is_vector, i = (True, self._vector[code]) if by_vector else self.target(code)
            if is_vector:
                out[self.members(i)] = number
            else:
                out[i] = number
        return out


def replay(scenario: Scenario, baseline: Baseline, *, strict: bool) -> Replay:
    """Apply ``scenario.edits`` to ``baseline`` once each, in order.

    Edits switched off in the scenario are passed over. With ``strict``, an edit that
    cannot be applied raises ValueError naming it (``edit 3 (set_share): ...``);
    otherwise it is skipped, with its reason, and the values stay as they were before it.
    """
    space = _Space(baseline)
    values = np.array(space.values, dtype=np.float64)
    state = _State(set(), [], None)
    applied: list[int] = []
    off: list[int] = []
    skipped: list[EditError] = []
    for position, edit in _numbered(scenario):
        if position in scenario.switched_off:
            off.append(position)
            continue
        try:
            values = _apply_one(edit, values, state, space)
        except ValueError as exc:
            if strict:
                raise ValueError(f"edit {position} ({edit.kind}): {exc}") from None
            skipped.append(EditError(position, edit, str(exc)))
        else:
            applied.append(position)
    values.setflags(write=False)
    categories = space.categories(values)
    categories.setflags(write=False)
    path = state.path
    if path is not None and space.level == "vectors":
        path = space.vector_sums(path)
    return Replay(
        categories,
        values,
        frozenset(state.locked),
        tuple(state.messages),
        path,
        tuple(applied),
        tuple(off),
        tuple(skipped),
    )


def _numbered(scenario: Scenario) -> Iterator[tuple[int, Edit]]:
    return enumerate(scenario.edits, start=1)


@dataclass
class _State:
    locked: set[str]
    messages: list[str]
    path: NDArray[np.float64] | None


def _apply_one(
    edit: Edit, values: NDArray[np.float64], state: _State, space: _Space
) -> NDArray[np.float64]:
    """Return the values after ``edit`` (a new array); ValueError, in words, if it cannot."""
    match edit:
        case SetLock():
            for code in edit.partners:
                space.target(code)
            if edit.locked:
                state.locked.update(edit.partners)
            else:
                state.locked.difference_update(edit.partners)
            return values
        case SetShare():
            new = _set_share(edit, values, state, space)
        case ScaleValue():
            is_vector, i = space.target(edit.partner)
            mask = space.members(i) if is_vector else np.arange(values.shape[-1]) == i
            if not np.isfinite(edit.percent) or edit.percent < -100.0:
                raise ValueError(
                    f"the change must be -100 % or more (a value cannot fall below zero); "
                    f"got {edit.percent:g} %"
                )
            with np.errstate(over="ignore"):
                new = np.where(mask, values * (1.0 + edit.percent / 100.0), values)
        case CostShock():
            shocks = space.spread(edit.shocks, 0.0)
            new = simulate.ces_values(
                values, shocks, edit.sigma, demand_elasticity=edit.demand_elasticity
            )
        case Growth():
            rates = space.spread(edit.rates, edit.default_rate, by_vector=edit.by_vector)
            with np.errstate(over="ignore", under="ignore"):
                path = simulate.project(values, rates, edit.years)
            state.path = path
            new = np.array(path[-1], dtype=np.float64)
        case _:
            assert_never(edit)
    if not np.all(np.isfinite(new)):
        raise ValueError("it makes trade values too large to represent")
    return np.asarray(new, dtype=np.float64)


def _set_share(
    edit: SetShare, values: NDArray[np.float64], state: _State, space: _Space
) -> NDArray[np.float64]:
    is_vector, k = space.target(edit.partner)
    source = None
    if edit.source is not None:
        source_is_vector, source = space.target(edit.source, as_vector=is_vector)
        if source_is_vector != is_vector:
            raise ValueError(
                f"{edit.partner!r} and {edit.source!r} must both be partners or both vectors"
            )
    locked = locked_positions(state.locked, space, is_vector=is_vector)
    if k in locked:
        raise ValueError(f"{_name(space, is_vector, k)} is locked; unlock it first")
    current = space.vector_sums(values) if is_vector else values
    total = float(current.sum())
    if total <= 0.0:
        raise ValueError("shares cannot be set: there is no trade left")
    result = rebalance.set_share(
        current / total,
        k,
        edit.share,
        rule=edit.rule,
        locked=locked,
        source=source,
        names=space.vector_names if is_vector else space.names,
        words=("vector", "vectors") if is_vector else space.words,
    )
    if result.clamped:
        state.messages.append(result.message)
    wanted = result.shares * total
    if not is_vector:
        return wanted
    for v in np.flatnonzero((current <= 0) & (wanted > 0)):
        if not space.members(int(v)).any():
            raise ValueError(f"{space.vector_names[v]} has no partner in these data")
    return scale_members(values, current, wanted, space)


def _name(space: _Space, is_vector: bool, i: int) -> str:
    return space.vector_names[i] if is_vector else space.names[i]
