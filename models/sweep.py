"""The sensitivity sweep: one index as one category's share goes from 0 to 100 %.

A student asks "how concentrated would trade be if China took 10 %, 20 %, ... 100 %?".
:func:`sweep` answers for ``K`` shares evenly spaced from 0 to 1 at once: each share is set
after the scenario's edits, as a share edit would set it (docs/design.md sec. 3.1), by the
scenario's last share rule (proportional if it has none), with its locks; the index is
computed for every point in one vectorised call. Shares the rule and the locks cannot
reach give NaN, never a clamped value: the curve stops where the slider would stop.
:func:`index_bands` gives the HHI bands of :data:`models.analysis.HHI_BANDS` on the scale
of the index swept (they apply to the HHI and to its inverse, the numbers-equivalent).

Pure numpy; the command line's ``sweep`` and the window's Sweep tab both call this.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import _replay, indices, rebalance
from models._share_rows import locked_positions, scale_members, set_share_rows
from models.analysis import HHI_BANDS
from models.blocs import vector_balance
from models.edits import SetShare
from models.scenario import Outcome, Scenario

__all__ = [
    "MAX_POINTS",
    "BandLine",
    "Sweep",
    "index_bands",
    "last_share_rule",
    "sweep",
    "sweep_keys",
]

MAX_POINTS = 10_001
# A share within this of a reachable bound counts as reachable (as rebalance.set_share does).
_BOUND_TOLERANCE = 1e-12


@dataclass(frozen=True)
class Sweep:
    """An index against one category's share, with the baseline and the scenario marked.

    Attributes
    ----------
    code, name : str
        The category (or vector) whose share is swept.
    index : str
        The index's key (:data:`models.indices.INDEX_INFO`).
    rule : str
        The rebalancing rule used (:data:`models.rebalance.RULES`).
    source : str or None
        With ``rule='from_partner'``, the category that gives or takes the difference.
    shares : numpy.ndarray
        The ``K`` shares asked for, evenly spaced from 0 to 1.
    values : numpy.ndarray
        The index at each share; NaN where the share cannot be reached (see ``feasible``)
        or the index is undefined.
    feasible : tuple of float
        ``(lo, hi)``: the shares the rule and the locks allow (:func:`rebalance.feasible_range`).
    baseline_share, baseline_value : float
        The category's share in the baseline and the index there.
    current_share, current_value : float
        The same in the scenario (after its edits): a point of the curve.
    """

    code: str
    name: str
    index: str
    rule: str
    source: str | None
    shares: NDArray[np.float64]
    values: NDArray[np.float64]
    feasible: tuple[float, float]
    baseline_share: float
    baseline_value: float
    current_share: float
    current_value: float

    @property
    def unreachable(self) -> int:
        """How many of the points lie outside the reachable shares (NaN for that reason)."""
        lo, hi = self.feasible
        outside = (self.shares < lo - _BOUND_TOLERANCE) | (self.shares > hi + _BOUND_TOLERANCE)
        return int(np.count_nonzero(outside))


@dataclass(frozen=True)
class BandLine:
    """A threshold between two HHI bands, on the scale of the index swept.

    ``value`` is where the line is drawn; ``points`` the HHI threshold on the 0-10,000
    scale; ``below`` and ``above`` the bands' words on each side of the line (below and
    above ``value`` on the index's own axis).
    """

    value: float
    points: float
    below: str
    above: str


def sweep_keys(outcome: Outcome) -> tuple[str, ...]:
    """Return the indices that can be swept for ``outcome``'s categories, in display order.

    Every key of :func:`models.indices.compute_all` with ``similarity``, and
    ``vector_balance`` where the categories are partners or vectors.
    """
    keys = tuple(indices.INDEX_KEYS)
    if outcome.baseline.partition is not None:
        keys += ("vector_balance",)
    return keys


def last_share_rule(scenario: Scenario) -> tuple[str, str | None]:
    """Return the rule and source of the scenario's last share edit in force.

    ``("proportional", None)`` if it has none (the app's default rule).
    """
    for position in range(len(scenario.edits), 0, -1):
        edit = scenario.edits[position - 1]
        if isinstance(edit, SetShare) and position not in scenario.switched_off:
            return edit.rule, edit.source
    return "proportional", None


def index_bands(key: str) -> tuple[BandLine, ...]:
    """Return the HHI band thresholds on the scale of index ``key`` (empty if none apply).

    The thresholds of :data:`models.analysis.HHI_BANDS` are on the 0-10,000 scale; the HHI
    is shown on the 0-1 scale (1,000 points is 0.1) and the numbers-equivalent is 1 / HHI
    (1,000 points is 10 equal partners), so the same bands apply to both. Other indices
    have no agreed thresholds.

    Examples
    --------
    >>> [(line.value, line.above) for line in index_bands("hhi")]
    [(0.1, 'moderately concentrated'), (0.18, 'highly concentrated')]
    >>> [round(line.value, 2) for line in index_bands("equivalent_partners")]
    [10.0, 5.56]
    """
    lines = []
    for (points, lower), (_, upper) in itertools.pairwise(HHI_BANDS):
        if key == "hhi":
            lines.append(BandLine(points / 10_000.0, points, lower, upper))
        elif key == "equivalent_partners":  # 1 / HHI: the more concentrated band is below
            lines.append(BandLine(10_000.0 / points, points, upper, lower))
    return tuple(lines)


def sweep(
    outcome: Outcome,
    code: str,
    index: str,
    *,
    points: int = 101,
    rule: str | None = None,
    source: str | None = None,
) -> Sweep:
    """Compute index ``index`` as category ``code``'s share goes from 0 to 1.

    Parameters
    ----------
    outcome : Outcome
        The scenario applied to its baseline (:func:`models.scenario.apply`, or the
        workbench's outcome): each point starts from its values and locks.
    code : str
        The category whose share is set: a partner, a product group, or a vector key (its
        members then move together, as a share edit naming a vector moves them).
    index : str
        An index key of :func:`sweep_keys`.
    points : int, optional
        ``K``, from 2 to :data:`MAX_POINTS`: the shares ``0, 1/(K-1), ..., 1`` (default 101,
        every percent).
    rule : {'proportional', 'equal', 'from_partner'}, optional
        How the other categories make room. Default: the scenario's last share edit's rule
        and source (:func:`last_share_rule`).
    source : str, optional
        With ``rule='from_partner'``, the category that gives or takes the difference.

    Returns
    -------
    Sweep

    Raises
    ------
    ValueError
        If ``code``, ``source`` or ``index`` is unknown here, ``code`` is locked, the
        scenario has no trade left, ``points`` is out of range, or ``rule`` and ``source``
        do not fit (as :func:`models.rebalance.set_share` says).

    Notes
    -----
    With the share ``x`` asked for, ``L`` the locked categories' total and ``F`` the free
    ones (all but ``code`` and the locked), holding ``S`` before: proportional gives each
    free category ``s_i (1 - L - x) / S``; equal moves each by the same amount, and those
    that would go below zero stop at zero (water-filling); from a partner, only ``source``
    moves. Every point is computed from the same starting shares (the curve does not
    depend on the order of the points), all at once as ``(K, N)`` arrays
    (:mod:`models._share_rows`); the results equal :func:`models.rebalance.set_share`
    point by point to rounding. The index comes
    from :func:`models.indices.compute_all` with N as the scenario counts it.

    Examples
    --------
    >>> from models.datasets import load_catalog
    >>> from models.scenario import Scenario, apply, load_baseline
    >>> catalog = load_catalog()
    >>> start = Scenario(catalog.default_reporter, 2022, "exports")
    >>> outcome = apply(start, load_baseline(start, catalog))
    >>> curve = sweep(outcome, "CHN", "hhi", points=11)
    >>> [round(float(v), 3) for v in curve.values[[0, 5, 10]]]
    [0.079, 0.27, 1.0]
    >>> from models.analysis import compare
    >>> curve.current_value == compare(outcome).scenario["hhi"]
    True
    """
    count = int(points)
    if not 2 <= count <= MAX_POINTS:
        raise ValueError(f"`points` must be from 2 to {MAX_POINTS:,}; got {points}")
    keys = sweep_keys(outcome)
    if index not in keys:
        raise ValueError(f"`index` must be one of {', '.join(keys)}; got {index!r}")
    if rule is None:
        rule, source = last_share_rule(outcome.scenario)
    space = _replay._Space(outcome.baseline)
    is_vector, k = space.target(code)
    partner_values = (
        outcome.values if outcome.partner_values is None else outcome.partner_values
    )
    current = space.vector_sums(partner_values) if is_vector else np.asarray(partner_values)
    total = float(current.sum())
    name = space.vector_names[k] if is_vector else space.names[k]
    if not total > 0.0:
        raise ValueError("no trade is left in the scenario, so no share can be set")
    start = current / total
    locked = locked_positions(outcome.locked, space, is_vector=is_vector)
    if k in locked:
        raise ValueError(f"{name} is locked; unlock it to sweep its share")
    source_position = None
    if source is not None:
        source_is_vector, source_position = space.target(source, as_vector=is_vector)
        if source_is_vector != is_vector:
            raise ValueError(f"{code!r} and {source!r} must both be partners or both vectors")
    lo, hi = rebalance.feasible_range(
        start, k, rule=rule, locked=locked, source=source_position
    )
    shares = np.linspace(0.0, 1.0, count)
    reachable = (shares >= lo - _BOUND_TOLERANCE) & (shares <= hi + _BOUND_TOLERANCE)
    targets = np.clip(shares[reachable], lo, hi)
    moved = set_share_rows(np.broadcast_to(start, (targets.size, start.size)), k, targets, rule,
                           locked, source_position)
    base = np.asarray(space.values, dtype=np.float64)
    base_at_level = space.vector_sums(base) if is_vector else base
    base_total = float(base_at_level.sum())
    categories = np.vstack(
        [
            outcome.baseline.values,
            outcome.values,
            _categories(moved, start, partner_values, is_vector, space) if moved.size else
            np.empty((0, len(outcome.baseline.codes))),
        ]
    )
    computed = _index(categories, index, outcome, space)
    values = np.full(count, np.nan)
    values[reachable] = computed[2:]
    return Sweep(
        code=code,
        name=name,
        index=index,
        rule=rule,
        source=source,
        shares=shares,
        values=values,
        feasible=(float(lo), float(hi)),
        baseline_share=float(base_at_level[k] / base_total) if base_total > 0 else float("nan"),
        baseline_value=float(computed[0]),
        current_share=float(start[k]),
        current_value=float(computed[1]),
    )


def _categories(
    moved: NDArray[np.float64],
    start: NDArray[np.float64],
    partner_values: NDArray[np.float64],
    is_vector: bool,
    space: _replay._Space,
) -> NDArray[np.float64]:
    """Turn the swept shares of partners (or vectors) into the categories' shares."""
    if not is_vector:
        return space.categories(moved)
    if space.level == "vectors":
        return moved
    # A vector at the partners level: its members move together, in proportion.
    assert space.assignment is not None
    partners = np.asarray(partner_values, dtype=np.float64) / float(np.sum(partner_values))
    return scale_members(partners, start, moved, space)


def _index(
    categories: NDArray[np.float64], key: str, outcome: Outcome, space: _replay._Space
) -> NDArray[np.float64]:
    """Return the index for each row of category values, with N as the scenario counts it."""
    base = outcome.baseline.values
    if key == "vector_balance" and space.level == "vectors":
        key = "evenness"  # the categories are the vectors (as models.analysis.compare says)
    if key == "vector_balance":
        vectors = categories if space.level == "vectors" else space.vector_sums(categories)
        return np.asarray(vector_balance(vectors), dtype=np.float64)
    if key == "similarity":
        return np.asarray(indices.similarity(categories, base), dtype=np.float64)
    active = outcome.scenario.active_only
    n = max(int(np.count_nonzero(base)), 1) if active else len(outcome.baseline.codes)
    return np.asarray(indices.compute_all(categories, n=n)[key], dtype=np.float64)
