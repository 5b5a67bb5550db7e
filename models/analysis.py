"""Explaining a scenario: every index as baseline, scenario and change, and who did what.

:func:`compare` turns an :class:`~models.scenario.Outcome` into plain numbers that the GUI,
the command line and reports all show: the indices of docs/design.md sec. 2 on both sides, the
change in HHI split into each category's contribution ``s_i'^2 - s_i^2`` (they sum to the
change exactly), Finger-Kreinin similarity to the baseline, vector (bloc) shares and the
vector balance, and the shares of the overlapping memberships (EAEU, EU-27, OTS, CIS, SCO).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import indices
from models.blocs import MEMBERSHIP_NAMES, MEMBERSHIP_SHORT_NAMES, shares_of_members, vector_balance
from models.scenario import Outcome

__all__ = [
    "HHI_BANDS",
    "HHI_BANDS_SOURCE",
    "Comparison",
    "MembershipShare",
    "compare",
    "hhi_reading",
]

# US DOJ & FTC, Merger Guidelines (18 Dec 2023), sec. 2.1: a market with HHI above 1,800
# points is "highly concentrated"; the 2010 Horizontal Merger Guidelines called 1,500-2,500
# "moderately concentrated" and below 1,500 "unconcentrated". Shown on the 0-10,000 scale.
HHI_BANDS: tuple[tuple[float, str], ...] = (
    (1000.0, "unconcentrated"),
    (1800.0, "moderately concentrated"),
    (float("inf"), "highly concentrated"),
)
HHI_BANDS_SOURCE = (
    "Bands on the 0-10,000 scale: below 1,000 unconcentrated, 1,000-1,800 moderately "
    "concentrated, above 1,800 highly concentrated (US DOJ & FTC, Merger Guidelines, 2023, "
    "sec. 2.1 for the 1,800 threshold; 1,000 as in the 1982-1992 guidelines). They were "
    "written for firms in a market; applied to trade partners they are a rule of thumb."
)


def hhi_reading(hhi: float) -> str:
    """Return the plain-words band for an HHI on the 0-1 scale, e.g. 'unconcentrated'."""
    if not np.isfinite(hhi):
        return "no value"
    points = hhi * 10_000.0
    for upper, words in HHI_BANDS:
        if points < upper:
            return words
    return HHI_BANDS[-1][1]  # pragma: no cover - the last band is unbounded


@dataclass(frozen=True)
class MembershipShare:
    """One overlapping membership (EAEU, EU-27...): its share of trade on both sides.

    Full members in the comparison's year; memberships overlap, so shares need not sum to 1.
    """

    key: str
    name: str
    short_name: str
    baseline: float  # share, 0-1 (NaN if there is no trade)
    scenario: float

    @property
    def change(self) -> float:
        """Scenario minus baseline share."""
        return self.scenario - self.baseline


@dataclass(frozen=True)
class Comparison:
    """Indices of baseline and scenario, their change, and the change explained."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    baseline_shares: NDArray[np.float64]
    scenario_shares: NDArray[np.float64]
    baseline: dict[str, float]
    scenario: dict[str, float]
    contributions: NDArray[np.float64]
    similarity: float
    n_used: int
    vector_keys: tuple[str, ...] = ()
    vector_names: tuple[str, ...] = ()
    vector_baseline: NDArray[np.float64] | None = None
    vector_scenario: NDArray[np.float64] | None = None
    # Overlapping memberships of that year; empty unless the categories are partners.
    memberships: tuple[MembershipShare, ...] = ()

    @property
    def change(self) -> dict[str, float]:
        """Scenario minus baseline, for every index."""
        return {k: self.scenario[k] - self.baseline[k] for k in self.baseline}


def compare(outcome: Outcome) -> Comparison:
    """Compute every index for baseline and scenario and explain the change."""
    base = outcome.baseline
    active_only = outcome.scenario.active_only
    both = np.vstack([base.values, outcome.values])
    # N comes from the baseline (docs/design.md sec. 2): a partner the scenario drops to zero
    # still counts when "active partners only" is chosen.
    n_used = int(np.count_nonzero(base.values)) if active_only else len(base.codes)
    computed = indices.compute_all(both, n=max(n_used, 1))
    before = {k: float(np.asarray(v)[0]) for k, v in computed.items()}
    after = {k: float(np.asarray(v)[1]) for k, v in computed.items()}
    shares = _row_shares(both)
    contributions = shares[1] ** 2 - shares[0] ** 2
    vector_keys: tuple[str, ...] = ()
    vector_names: tuple[str, ...] = ()
    vector_shares: NDArray[np.float64] | None = None
    if base.level == "partners" and base.partition is not None:
        vector_values = base.partition.aggregate(both, base.codes)
        vector_shares = _row_shares(vector_values)
        # From the values, not the shares: no trade left gives NaN shares but a valid row.
        balance = np.asarray(vector_balance(vector_values))
        before["vector_balance"], after["vector_balance"] = float(balance[0]), float(balance[1])
        vector_keys, vector_names = base.partition.keys, base.partition.names
    elif base.level == "vectors":
        before["vector_balance"] = before["evenness"]
        after["vector_balance"] = after["evenness"]
    bloc_shares = shares_of_members(both, base.memberships).tolist()
    memberships = tuple(
        MembershipShare(
            key, MEMBERSHIP_NAMES.get(key, key), MEMBERSHIP_SHORT_NAMES.get(key, key), before, after
        )
        for (key, _), before, after in zip(
            base.memberships, bloc_shares[0], bloc_shares[1], strict=True
        )
    )
    return Comparison(
        codes=base.codes,
        names=base.names,
        baseline_shares=shares[0],
        scenario_shares=shares[1],
        baseline=before,
        scenario=after,
        contributions=contributions,
        similarity=float(indices.similarity(outcome.values, base.values)),
        n_used=n_used,
        vector_keys=vector_keys,
        vector_names=vector_names,
        vector_baseline=None if vector_shares is None else vector_shares[0],
        vector_scenario=None if vector_shares is None else vector_shares[1],
        memberships=memberships,
    )


def _row_shares(values: NDArray[np.float64]) -> NDArray[np.float64]:
    """Each row divided by its sum (NaN for an all-zero row)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(values / values.sum(axis=-1, keepdims=True), dtype=np.float64)
