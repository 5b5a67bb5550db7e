"""The edits a student makes to a scenario: one frozen dataclass per kind, and their union.

:data:`Edit` is a closed union: code that dispatches on edits matches every kind with
``match`` and ends in ``assert_never``, so a new kind cannot fall into a catch-all. Import
them from :mod:`models.scenario`, their public home.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from models.simulate import DEFAULT_SIGMA

__all__ = ["CostShock", "Edit", "Growth", "ScaleValue", "SetLock", "SetShare"]


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
    sigma: float = DEFAULT_SIGMA
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
