"""The scenario: an immutable value saying where trade starts and how the student changed it.

A :class:`Scenario` names its baseline (reporter, year, flow, data release, dimension and
level) and holds an ordered tuple of edits. :func:`load_baseline` reads the baseline from
the data once; :func:`apply` replays the edits on it and returns an :class:`Outcome` with
the new values and shares. Both are pure: nothing is mutated, the same scenario always
gives the same numbers, and the GUI, the command line and the tests share this one engine.

Edits, in the order applied:

* :class:`SetShare` -- set one category's share; the others are rebalanced by a rule
  (proportional, equal, or from one named category); locked categories are untouched.
* :class:`SetLock` -- lock or unlock categories so that later share edits leave them alone.
* :class:`ScaleValue` -- change one category's trade value by a percentage.
* :class:`CostShock` -- a trade-cost shock redistributed by an Armington/CES rule.
* :class:`Growth` -- annual growth rates per category or per vector over some years.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
from numpy.typing import NDArray

from models import _replay
from models._replay import EditError
from models.blocs import Partition, default_partition, membership_positions
from models.datasets import Catalog, TradeTable
from models.edits import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

__all__ = [
    "LEVELS",
    "Baseline",
    "CostShock",
    "Edit",
    "EditError",
    "Growth",
    "Outcome",
    "ScaleValue",
    "Scenario",
    "SetLock",
    "SetShare",
    "apply",
    "load_baseline",
    "outcome_of",
]

LEVELS = ("partners", "vectors")




@dataclass(frozen=True)
class Scenario:
    """Where trade starts and the ordered edits a student made to it."""

    reporter: str
    year: int
    flow: str = "exports"
    release: str = "revised"
    dimension: str = "partners"
    level: str = "partners"
    active_only: bool = False
    edits: tuple[Edit, ...] = ()
    title: str = ""
    description: str = ""
    references: tuple[str, ...] = ()
    notes: str = ""
    # Positions (from 1) of edits the student switched off: kept, but not applied.
    switched_off: frozenset[int] = frozenset()

    def __post_init__(self) -> None:
        if any(not 1 <= p <= len(self.edits) for p in self.switched_off):
            raise ValueError(
                f"`switched_off` names edits outside 1..{len(self.edits)}: "
                f"{sorted(self.switched_off)}"
            )
        if self.level not in LEVELS:
            raise ValueError(f"`level` must be one of {LEVELS}, not {self.level!r}")
        if self.level == "vectors" and self.dimension != "partners":
            raise ValueError("`level` 'vectors' needs `dimension` 'partners'")

    def with_edit(self, edit: Edit) -> Scenario:
        """Return a new scenario with ``edit`` appended."""
        return replace(self, edits=(*self.edits, edit))

    def without_edits(self) -> Scenario:
        """Return the same baseline with no edits and no title (the reset scenario)."""
        return replace(
            self, edits=(), switched_off=frozenset(), title="", description="",
            references=(), notes="",
        )

    def without_edit(self, position: int) -> Scenario:
        """Return the scenario without edit ``position`` (from 1)."""
        self._check_position(position)
        edits = self.edits[: position - 1] + self.edits[position:]
        off = frozenset(p if p < position else p - 1 for p in self.switched_off if p != position)
        return replace(self, edits=edits, switched_off=off)

    def with_edit_replaced(self, position: int, edit: Edit) -> Scenario:
        """Return the scenario with edit ``position`` (from 1) replaced by ``edit``."""
        self._check_position(position)
        edits = (*self.edits[: position - 1], edit, *self.edits[position:])
        return replace(self, edits=edits)

    def with_edit_switched(self, position: int, on: bool) -> Scenario:
        """Return the scenario with edit ``position`` (from 1) switched on or off."""
        self._check_position(position)
        off = self.switched_off - {position} if on else self.switched_off | {position}
        return replace(self, switched_off=frozenset(off))

    def _check_position(self, position: int) -> None:
        if not 1 <= position <= len(self.edits):
            raise ValueError(f"`position` must be from 1 to {len(self.edits)}; got {position}")

    @property
    def baseline_key(self) -> tuple[str, int, str, str, str, str]:
        """What :func:`load_baseline` depends on; equal keys give equal baselines."""
        return (self.reporter, self.year, self.flow, self.release, self.dimension, self.level)


@dataclass(frozen=True)
class Baseline:
    """The categories a scenario works on, with their baseline values (US$ million)."""

    table: TradeTable
    codes: tuple[str, ...]
    names: tuple[str, ...]
    values: NDArray[np.float64]
    partition: Partition | None
    level: str
    # For each overlapping membership (EAEU, EU-27, OTS, CIS, SCO): the positions of its
    # full members among the categories that year. Empty unless the categories are partners.
    memberships: tuple[tuple[str, tuple[int, ...]], ...] = ()

    @property
    def shares(self) -> NDArray[np.float64]:
        """Baseline shares (NaN where all values are zero)."""
        return _shares(self.values)

    def index_of(self, code: str) -> int:
        """Return the position of category ``code``; ValueError naming it if unknown."""
        try:
            return self.codes.index(code)
        except ValueError:
            raise ValueError(
                f"{code!r} is not a category of this baseline "
                f"({self.table.reporter} {self.table.year} {self.table.flow}, {self.level})"
            ) from None


@dataclass(frozen=True)
class Outcome:
    """A scenario applied to its baseline."""

    scenario: Scenario
    baseline: Baseline
    values: NDArray[np.float64]
    locked: frozenset[str] = frozenset()
    messages: tuple[str, ...] = ()
    growth_path: NDArray[np.float64] | None = field(default=None, compare=False)
    # The partners' values where the categories are vectors (else the same as `values`).
    partner_values: NDArray[np.float64] | None = field(default=None, compare=False)

    @property
    def shares(self) -> NDArray[np.float64]:
        """Scenario shares (NaN where all values are zero)."""
        return _shares(self.values)


def _shares(values: NDArray[np.float64]) -> NDArray[np.float64]:
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(values / values.sum(), dtype=np.float64)


def load_baseline(
    scenario: Scenario, catalog: Catalog, *, partition: Partition | None = None
) -> Baseline:
    """Read the scenario's baseline from ``catalog`` and group it into vectors if asked.

    ``partition`` overrides the default vectors (docs/design.md sec. 2) for this reporter/year.
    """
    table = catalog.table(
        scenario.reporter,
        scenario.year,
        scenario.flow,
        release=scenario.release,
        dimension=scenario.dimension,
    )
    if scenario.dimension != "partners":
        return Baseline(table, table.codes, table.names, table.values, None, "partners")
    if partition is None:
        partition = default_partition(catalog, scenario.reporter, scenario.year, table.codes)
    if scenario.level == "partners":
        memberships = membership_positions(catalog, scenario.reporter, scenario.year, table.codes)
        return Baseline(
            table, table.codes, table.names, table.values, partition, "partners", memberships
        )
    vector_values = partition.aggregate(table.values, table.codes)
    vector_values.setflags(write=False)
    return Baseline(table, partition.keys, partition.names, vector_values, partition, "vectors")


def apply(scenario: Scenario, baseline: Baseline) -> Outcome:
    """Replay ``scenario.edits`` on ``baseline`` and return the outcome.

    Edits switched off (``scenario.switched_off``) are passed over. Each edit is applied
    once, in order; where the categories are partners, edits naming a vector move its
    members together (docs/design.md sec. 2). All-zero results are valid: their shares
    are NaN.

    Raises
    ------
    ValueError
        If an edit names an unknown category or cannot be applied (it would make values
        too large to represent, say); the message names the edit (its position, from 1)
        and what is wrong. :func:`models.workbench.build` skips such edits instead.
    """
    return outcome_of(scenario, baseline, _replay.replay(scenario, baseline, strict=True))


def outcome_of(scenario: Scenario, baseline: Baseline, replayed: _replay.Replay) -> Outcome:
    """Wrap a replay of ``scenario`` on ``baseline`` as its :class:`Outcome`."""
    return Outcome(
        scenario,
        baseline,
        replayed.values,
        replayed.locked,
        replayed.messages,
        replayed.path,
        replayed.partner_values,
    )
