"""The workbench state: one immutable value holding everything the window shows.

:class:`Workbench` turns a scenario (and the student's editing choices) into a
:class:`WorkbenchState`: the baseline, the outcome, the comparison of every index, the index
history, the years the data hold, the range the current category's share can take, and
every edit of the scenario with its status (in force, switched off, or skipped with its
reason). It is built whole or not at all, in time linear in the number of edits: each edit
is applied once (:mod:`models._replay`), and one that cannot be applied is skipped with its
reason while the rest still apply. Results with no trade left are valid states whose
indices are NaN, with the reason in :attr:`WorkbenchState.undefined`.

The only error :meth:`Workbench.build` raises is the catalog's :class:`DataError` (a
ValueError) when the data do not hold the scenario's baseline; callers check that before
they change anything, so the state they hold is never half-built.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal, TypeVar

import numpy as np

from models import _replay, rebalance
from models.analysis import Comparison, compare
from models.datasets import Catalog
from models.edits import Edit
from models.history import History, history_for
from models.scenario import Baseline, EditError, Outcome, Scenario, load_baseline, outcome_of

__all__ = ["EditStatus", "Editing", "Workbench", "WorkbenchState"]

_CACHE_SIZE = 8
RULES = rebalance.RULES
_T = TypeVar("_T")


@dataclass(frozen=True)
class Editing:
    """The student's choices for the next share edit: not part of the scenario.

    ``current`` is the category the share editor edits (None: none chosen); ``rule`` and
    ``source`` say how the others make room; ``live`` is true while a slider is dragged.
    """

    current: str | None = None
    rule: str = "proportional"
    source: str | None = None
    live: bool = False

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise ValueError(f"`rule` must be one of {RULES}, not {self.rule!r}")


@dataclass(frozen=True)
class EditStatus:
    """One edit of the scenario and what became of it."""

    position: int  # from 1, as in the scenario file
    edit: Edit
    status: Literal["applied", "off", "skipped"]
    reason: str = ""  # why it was skipped, in words


@dataclass(frozen=True, eq=False)
class WorkbenchState:
    """Everything a view shows, for one scenario and one set of editing choices."""

    scenario: Scenario
    editing: Editing
    baseline: Baseline
    outcome: Outcome
    comparison: Comparison
    edits: tuple[EditStatus, ...]
    years: tuple[int, ...]
    history: History
    share_range: tuple[float, float]  # for ``editing.current`` (0, 0 if none)
    undefined: tuple[str, ...]  # why indices are n/a, in words (empty if all defined)

    @property
    def skipped(self) -> tuple[EditError, ...]:
        """Edits that could not be applied, with their reasons."""
        return tuple(
            EditError(e.position, e.edit, e.reason) for e in self.edits if e.status == "skipped"
        )

    def with_editing(self, editing: Editing) -> WorkbenchState:
        """Return the same state with other editing choices (the share range follows)."""
        if editing == self.editing:
            return self
        return replace(self, editing=editing, share_range=_share_range(self.outcome, editing))


class Workbench:
    """Builds workbench states for one catalog, keeping recent baselines and histories.

    Not thread-safe; one per document.
    """

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self._baselines: OrderedDict[tuple[object, ...], Baseline] = OrderedDict()
        self._histories: OrderedDict[tuple[object, ...], History] = OrderedDict()

    def baseline(self, scenario: Scenario) -> Baseline:
        """Return (from the cache, or read) the baseline of ``scenario``.

        Raises the catalog's DataError (a ValueError) if the data do not hold it.
        """
        return _cached(
            self._baselines, scenario.baseline_key, lambda: load_baseline(scenario, self.catalog)
        )

    def history(self, scenario: Scenario) -> History:
        """Every index over the data years of the scenario's series (cached)."""
        s = scenario
        key = (s.reporter, s.flow, s.release, s.dimension, s.level, s.active_only)
        return _cached(self._histories, key, lambda: history_for(self.catalog, scenario))

    def build(self, scenario: Scenario, editing: Editing | None = None) -> WorkbenchState:
        """Build the state of ``scenario``: whole, or a DataError if its data do not exist."""
        editing = editing or Editing()
        baseline = self.baseline(scenario)
        replayed = _replay.replay(scenario, baseline, strict=False)
        outcome = outcome_of(scenario, baseline, replayed)
        comparison = compare(outcome)
        s = scenario
        years = self.catalog.years(s.reporter, release=s.release, dimension=s.dimension)
        return WorkbenchState(
            scenario=scenario,
            editing=editing,
            baseline=baseline,
            outcome=outcome,
            comparison=comparison,
            edits=_statuses(scenario, replayed),
            years=tuple(int(y) for y in years),
            history=self.history(scenario),
            share_range=_share_range(outcome, editing),
            undefined=_undefined(outcome, comparison),
        )


def _cached(
    cache: OrderedDict[tuple[object, ...], _T], key: tuple[object, ...], make: Callable[[], _T]
) -> _T:
    """Return ``cache[key]``, making and keeping it (least recently used out) if missing."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
        if len(cache) > _CACHE_SIZE:
            cache.popitem(last=False)
    else:
        cache.move_to_end(key)
    return found


def _statuses(scenario: Scenario, replayed: _replay.Replay) -> tuple[EditStatus, ...]:
    reasons = {e.position: e.reason for e in replayed.skipped}
    off = set(replayed.switched_off)
    out = []
    for position, edit in enumerate(scenario.edits, start=1):
        if position in off:
            out.append(EditStatus(position, edit, "off"))
        elif position in reasons:
            out.append(EditStatus(position, edit, "skipped", reasons[position]))
        else:
            out.append(EditStatus(position, edit, "applied"))
    return tuple(out)


def _share_range(outcome: Outcome, editing: Editing) -> tuple[float, float]:
    """Return the shares ``editing.current`` can take under its rule and the locks."""
    baseline = outcome.baseline
    code = editing.current
    if code is None or code not in baseline.codes or not outcome.values.sum() > 0:
        return (0.0, 0.0)
    k = baseline.codes.index(code)
    locked = tuple(
        baseline.codes.index(c) for c in sorted(outcome.locked) if c != code and c in baseline.codes
    )
    source = editing.source if editing.rule == "from_partner" else None
    if source == code or (source is not None and source not in baseline.codes):
        source = None
    if editing.rule == "from_partner" and source is None:
        share = float(outcome.shares[k])
        return (share, share)
    try:
        lo, hi = rebalance.feasible_range(
            np.nan_to_num(outcome.shares),
            k,
            rule=editing.rule,
            locked=locked,
            source=None if source is None else baseline.codes.index(source),
        )
    except ValueError:  # locked source and the like: the share cannot move
        share = float(outcome.shares[k])
        return (share, share)
    return float(lo), float(hi)


def _undefined(outcome: Outcome, comparison: Comparison) -> tuple[str, ...]:
    """Return why some indices are n/a, in words a student can read."""
    reasons = []
    if not outcome.baseline.values.sum() > 0:
        reasons.append("The baseline has no trade, so its shares and indices are undefined.")
    if not outcome.values.sum() > 0:
        reasons.append(
            "No trade is left in the scenario, so its shares and every index are undefined "
            "(n/a). Undo or switch off the edit that removed it."
        )
    if comparison.n_used <= 1:
        reasons.append(
            "There is only one category, so the normalized indices (normalized HHI, UNCTAD "
            "index, evenness) are undefined."
        )
    return tuple(reasons)
