"""Reported against mirror figures: the gap, partner by partner, for one year and flow.

A country's exports to a partner should equal that partner's imports from it (its *mirror*
figure), and the other way round; they rarely do. Imports are valued with freight and
insurance (CIF), exports without (FOB); goods in transit, timing, confidential trade and
errors widen the gap (the China-Kazakhstan gap is the textbook case).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from models.datasets import TradeTable

__all__ = ["MirrorGap", "mirror_gaps"]


@dataclass(frozen=True)
class MirrorGap:
    """One partner's reported and mirror figures (US$ million) and the gap between them.

    ``gap`` is mirror minus reported; ``relative`` is the gap over the reported figure
    (None where the reporter reports nothing).
    """

    code: str
    name: str
    reported: float
    mirror: float

    @property
    def gap(self) -> float:
        """Mirror minus reported, US$ million."""
        return self.mirror - self.reported

    @property
    def relative(self) -> float | None:
        """The gap as a share of the reported figure, or None if that is zero."""
        return self.gap / self.reported if self.reported > 0 else None


def mirror_gaps(
    table: TradeTable, mirror: Mapping[str, float], names: Mapping[str, str]
) -> tuple[MirrorGap, ...]:
    """Set ``table``'s reported figures beside the partners' ``mirror`` figures.

    Parameters
    ----------
    table : TradeTable
        The reporter's own figures for one year and flow (partners dimension).
    mirror : mapping of str to float
        Partner ISO3 -> what that partner reports for the same year and flow, seen from
        the reporter (US$ million).
    names : mapping of str to str
        ISO3 -> name, for partners the reporter's table does not list.

    Returns
    -------
    tuple of MirrorGap
        One per partner with a mirror figure, the largest gap (in absolute value) first.

    Raises
    ------
    ValueError
        If ``table`` is not by partner.
    """
    if table.dimension != "partners":
        raise ValueError(f"`table` must be by partner, not {table.dimension}")
    reported = dict(zip(table.codes, (float(v) for v in table.values), strict=True))
    gaps = [
        MirrorGap(code, names.get(code, code), reported.get(code, 0.0), float(value))
        for code, value in mirror.items()
    ]
    gaps.sort(key=lambda g: (-abs(g.gap), g.code))
    return tuple(gaps)
