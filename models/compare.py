"""Several scenarios side by side: every index of each, and which is most and least concentrated.

:func:`compare_scenarios` takes the open scenarios' workbench states (each with its own
name, e.g. "A: China takes the slack") and returns one :class:`ScenarioComparison`: the
baseline's indices, each scenario's indices and their change from its own baseline, the
largest categories' shares in the baseline and in every scenario, and, by a chosen index,
which scenario is the most and which the least concentrated. Scenarios over other data
(another year, flow or level) are compared all the same, each against its own baseline,
and the comparison says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models.indices import INDEX_INFO
from models.workbench import WorkbenchState

__all__ = [
    "RANKING_KEYS",
    "OtherData",
    "ScenarioComparison",
    "compare_scenarios",
    "more_concentrated_is_higher",
]

# Indices by which scenarios can be ranked from most to least concentrated.
RANKING_KEYS: tuple[str, ...] = tuple(
    key
    for key, info in INDEX_INFO.items()
    if info.direction in ("higher = more concentrated", "higher = more diversified")
)


def more_concentrated_is_higher(key: str) -> bool:
    """Return whether a higher value of index ``key`` means more concentrated trade."""
    if key not in RANKING_KEYS:
        raise ValueError(f"`key` must be one of {RANKING_KEYS}, not {key!r}")
    return INDEX_INFO[key].direction == "higher = more concentrated"


@dataclass(frozen=True)
class OtherData:
    """A scenario compared over other data than the first one's (its own year, flow...)."""

    name: str
    year: int
    flow: str
    level: str
    release: str


@dataclass(frozen=True)
class ScenarioComparison:
    """The open scenarios side by side.

    ``scenario`` and ``change`` have one row per index key and one column per scenario;
    ``shares`` has one row for the baseline then one per scenario, one column per category
    of ``labels``. ``most`` and ``least`` are scenario positions (None if the ranking index
    is undefined for every scenario).
    """

    names: tuple[str, ...]
    keys: tuple[str, ...]
    baseline: NDArray[np.float64]  # one value per key: the first scenario's baseline
    scenario: NDArray[np.float64]
    change: NDArray[np.float64]
    ranking_key: str
    most: int | None
    least: int | None
    codes: tuple[str, ...]
    labels: tuple[str, ...]
    shares: NDArray[np.float64]
    other_data: tuple[OtherData, ...]  # the scenarios over other data than the first's

    @property
    def notes(self) -> tuple[str, ...]:
        """Say, in English, which scenarios are over other data (the window words its own)."""
        return tuple(
            f"{o.name} is over other data ({o.year} {o.flow}, {o.level}, {o.release}): its "
            "change is from its own baseline, and its shares are lined up by code."
            for o in self.other_data
        )


def compare_scenarios(
    named: Sequence[tuple[str, WorkbenchState]], *, ranking_key: str = "hhi", top: int = 10
) -> ScenarioComparison:
    """Set the scenarios of ``named`` side by side (see :class:`ScenarioComparison`).

    Parameters
    ----------
    named : sequence of (str, WorkbenchState)
        Each scenario's name and its state, in the order to show; at least one.
    ranking_key : str, optional
        The index that decides the most and least concentrated (one of
        :data:`RANKING_KEYS`; default HHI).
    top : int, optional
        How many of the largest categories (by their largest share anywhere) to chart.

    Raises
    ------
    ValueError
        If ``named`` is empty or ``ranking_key`` cannot rank.

    Examples
    --------
    >>> from models.datasets import load_catalog
    >>> from models.scenario import Scenario, SetShare
    >>> from models.workbench import Workbench
    >>> catalog = load_catalog()
    >>> reporter = catalog.default_reporter
    >>> start = Scenario(reporter, catalog.default_year(reporter))
    >>> bench = Workbench(catalog)
    >>> code = bench.baseline(start).codes[0]
    >>> a = bench.build(start.with_edit(SetShare(code, 0.5)))
    >>> b = bench.build(start.with_edit(SetShare(code, 0.01)))
    >>> view = compare_scenarios([("A", a), ("B", b)])
    >>> view.names[view.most], view.names[view.least]
    ('A', 'B')
    """
    if not named:
        raise ValueError("`named` must hold at least one scenario")
    higher = more_concentrated_is_higher(ranking_key)
    names = tuple(name for name, _ in named)
    states = [state for _, state in named]
    first = states[0].comparison
    keys = tuple(first.baseline)
    scenario = np.array(
        [[s.comparison.scenario.get(k, np.nan) for s in states] for k in keys], dtype=np.float64
    )
    own_baseline = np.array(
        [[s.comparison.baseline.get(k, np.nan) for s in states] for k in keys], dtype=np.float64
    )
    ranking = (
        scenario[keys.index(ranking_key)] if ranking_key in keys else np.full(len(states), np.nan)
    )
    most = least = None
    if np.isfinite(ranking).any():
        signed = np.where(np.isfinite(ranking), ranking if higher else -ranking, np.nan)
        most, least = int(np.nanargmax(signed)), int(np.nanargmin(signed))
    codes, labels, shares = _top_shares(states, top)
    return ScenarioComparison(
        names=names,
        keys=keys,
        baseline=own_baseline[:, 0].copy(),
        scenario=scenario,
        change=scenario - own_baseline,
        ranking_key=ranking_key,
        most=most,
        least=least,
        codes=codes,
        labels=labels,
        shares=shares,
        other_data=_other_data(names, states),
    )


def _top_shares(
    states: Sequence[WorkbenchState], top: int
) -> tuple[tuple[str, ...], tuple[str, ...], NDArray[np.float64]]:
    """Return the ``top`` largest categories (first baseline order), shares in every row."""
    first = states[0].comparison
    rows = [np.nan_to_num(first.baseline_shares)]
    for state in states:
        c = state.comparison
        if c.codes == first.codes:
            rows.append(np.nan_to_num(c.scenario_shares))
        else:  # other categories: line them up by code, NaN where missing
            position = {code: i for i, code in enumerate(c.codes)}
            rows.append(
                np.array(
                    [
                        c.scenario_shares[position[x]] if x in position else np.nan
                        for x in first.codes
                    ]
                )
            )
    matrix = np.vstack(rows)
    biggest = np.nanmax(np.where(np.isnan(matrix), -1.0, matrix), axis=0)
    chosen = np.argsort(-biggest, kind="stable")[: max(int(top), 0)]
    return (
        tuple(first.codes[i] for i in chosen),
        tuple(first.names[i] for i in chosen),
        matrix[:, chosen],
    )


def _other_data(
    names: Sequence[str], states: Sequence[WorkbenchState]
) -> tuple[OtherData, ...]:
    first = states[0].scenario
    found = []
    for name, state in zip(names[1:], states[1:], strict=True):
        s = state.scenario
        if s.baseline_key != first.baseline_key or s.active_only != first.active_only:
            found.append(OtherData(name, s.year, s.flow, s.level, s.release))
    return tuple(found)
