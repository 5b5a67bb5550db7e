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

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import ClassVar

import numpy as np
from numpy.typing import NDArray

from models import rebalance, simulate
from models.blocs import Partition, default_partition, membership_positions
from models.datasets import Catalog, TradeTable

__all__ = [
    "LEVELS",
    "Baseline",
    "CostShock",
    "Edit",
    "Growth",
    "Outcome",
    "ScaleValue",
    "Scenario",
    "SetLock",
    "SetShare",
    "apply",
    "load_baseline",
]

LEVELS = ("partners", "vectors")


@dataclass(frozen=True)
class SetShare:
    """Set ``partner``'s share to ``share`` (0..1), rebalancing the free others by ``rule``."""

    partner: str
    share: float
    rule: str = "proportional"
    source: str | None = None
    kind: ClassVar[str] = "set_share"


@dataclass(frozen=True)
class SetLock:
    """Lock (``locked=True``) or unlock ``partners`` against rebalancing."""

    partners: tuple[str, ...]
    locked: bool = True
    kind: ClassVar[str] = "set_lock"


@dataclass(frozen=True)
class ScaleValue:
    """Change ``partner``'s trade value by ``percent`` (-100 or more); the total follows."""

    partner: str
    percent: float
    kind: ClassVar[str] = "scale_value"


@dataclass(frozen=True)
class CostShock:
    """Trade-cost shocks (0.2 = 20 % dearer) redistributed by Armington/CES with ``sigma``.

    With ``demand_elasticity`` set, the total responds through the CES price index;
    otherwise the total stays fixed and only shares move.
    """

    shocks: tuple[tuple[str, float], ...]
    sigma: float = simulate.DEFAULT_SIGMA
    demand_elasticity: float | None = None
    kind: ClassVar[str] = "cost_shock"


@dataclass(frozen=True)
class Growth:
    """Grow values for ``years`` years at annual ``rates`` (0.05 = 5 %).

    ``rates`` are keyed by category code, or by vector key when ``by_vector``; categories
    not named grow at ``default_rate``.
    """

    rates: tuple[tuple[str, float], ...]
    years: int
    default_rate: float = 0.0
    by_vector: bool = False
    kind: ClassVar[str] = "growth"


Edit = SetShare | SetLock | ScaleValue | CostShock | Growth


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

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"`level` must be one of {LEVELS}, not {self.level!r}")
        if self.level == "vectors" and self.dimension != "partners":
            raise ValueError("`level` 'vectors' needs `dimension` 'partners'")

    def with_edit(self, edit: Edit) -> Scenario:
        """Return a new scenario with ``edit`` appended."""
        return replace(self, edits=(*self.edits, edit))

    def without_edits(self) -> Scenario:
        """Return the same baseline with no edits (the reset scenario)."""
        return replace(self, edits=())

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

    ``partition`` overrides the default vectors (DESIGN.md sec. 2) for this reporter/year.
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

    Raises
    ------
    ValueError
        If an edit names an unknown category or holds an invalid number; the message
        names the edit (its position, from 1) and what is wrong.
    """
    values = np.array(baseline.values, dtype=np.float64)
    locked: set[str] = set()
    messages: list[str] = []
    path: NDArray[np.float64] | None = None
    for position, edit in enumerate(scenario.edits, start=1):
        try:
            values, path = _apply_one(edit, values, locked, messages, baseline, path)
        except ValueError as exc:
            raise ValueError(f"edit {position} ({edit.kind}): {exc}") from None
    values.setflags(write=False)
    return Outcome(scenario, baseline, values, frozenset(locked), tuple(messages), path)


def _apply_one(
    edit: Edit,
    values: NDArray[np.float64],
    locked: set[str],
    messages: list[str],
    baseline: Baseline,
    path: NDArray[np.float64] | None,
) -> tuple[NDArray[np.float64], NDArray[np.float64] | None]:
    if isinstance(edit, SetLock):
        for code in edit.partners:
            baseline.index_of(code)
        (locked.update if edit.locked else locked.difference_update)(edit.partners)
        return values, path
    if isinstance(edit, SetShare):
        total = float(values.sum())
        if total <= 0.0:
            raise ValueError("shares cannot be set: every value is zero")
        result = rebalance.set_share(
            values / total,
            baseline.index_of(edit.partner),
            edit.share,
            rule=edit.rule,
            locked=tuple(baseline.index_of(c) for c in sorted(locked)),
            source=None if edit.source is None else baseline.index_of(edit.source),
            names=baseline.names,
        )
        if result.clamped:
            messages.append(result.message)
        return result.shares * total, path
    if isinstance(edit, ScaleValue):
        return rebalance.scale_value(values, baseline.index_of(edit.partner), edit.percent), path
    if isinstance(edit, CostShock):
        shocks = _by_category(edit.shocks, baseline, default=0.0, by_vector=False)
        new = simulate.ces_values(
            values, shocks, edit.sigma, demand_elasticity=edit.demand_elasticity
        )
        return np.asarray(new, dtype=np.float64), path
    if isinstance(edit, Growth):
        rates = _by_category(
            edit.rates, baseline, default=edit.default_rate, by_vector=edit.by_vector
        )
        path = simulate.project(values, rates, edit.years)
        return np.array(path[-1], dtype=np.float64), path
    raise TypeError(f"unknown edit {edit!r}")  # pragma: no cover - Edit is a closed union


def _by_category(
    pairs: tuple[tuple[str, float], ...],
    baseline: Baseline,
    *,
    default: float,
    by_vector: bool,
) -> NDArray[np.float64]:
    """Spread ``{code: number}`` pairs over the baseline's categories."""
    numbers: Mapping[str, float] = dict(pairs)
    out = np.full(len(baseline.codes), default, dtype=np.float64)
    if not by_vector or baseline.level == "vectors":
        for code, number in numbers.items():
            out[baseline.index_of(code)] = number
        return out
    if baseline.partition is None:
        raise ValueError("rates by vector need partner data")
    keys = baseline.partition.keys
    unknown = sorted(set(numbers) - set(keys))
    if unknown:
        raise ValueError(f"unknown vector(s) {unknown}; the vectors are {list(keys)}")
    vector_of = baseline.partition.assignment(baseline.codes)
    for key, number in numbers.items():
        out[vector_of == keys.index(key)] = number
    return out
