"""The frozen records :mod:`models.datasets` hands out: provenance, memberships, trade tables.

Private: import them from :mod:`models.datasets`, which re-exports them. They depend on
nothing but numpy, so the catalog and the loader can both build them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
from numpy.typing import NDArray

__all__ = ["ALL_MONTHS", "TABLE_CAVEATS", "Caveat", "Membership", "Provenance", "TradeTable"]

ALL_MONTHS = tuple(range(1, 13))

# The caveats a table's figures call for, written from its year, flow and totals
# (models._tables.total_caveats, Catalog.table). Words: flow ('exports'), release
# ('revised'), what (the categories, 'partners'), one (one of them, 'partner').
TABLE_CAVEATS = {
    "no_total": (
        "No official {flow} total for {year} in release {release!r}: the {what} listed sum to "
        "{listed:,.1f} US$ million, which may fall short of the true total, so no "
        "unallocated gap can be shown."),
    "unallocated": (
        "Unallocated: {unallocated:,.1f} US$ million ({percent:.2f}% of the official total "
        "{official:,.1f}) is not broken down by {one}; it is shown as its own line, never "
        "spread over the {what}."),
    "over_total": (
        "The {what} listed sum to {listed:,.1f} US$ million, {over:,.1f} more than the "
        "official total {official:,.1f}: shown as a negative unallocated value rather than "
        "hidden."),
    "preliminary": "{year} is preliminary: its figures may still be revised.",
}


class Caveat(str):
    """A caveat written from one of :data:`TABLE_CAVEATS` and a table's figures.

    It is the English sentence, as any ``str``; ``template`` and ``fields`` let an interface
    in another language word it again with the same figures.
    """

    template: str
    fields: dict[str, Any]

    def __new__(cls, key: str, **fields: Any) -> Caveat:
        template = TABLE_CAVEATS[key]
        text = super().__new__(cls, template.format(**fields))
        text.template = template
        text.fields = dict(fields)
        return text


@dataclass(frozen=True)
class Provenance:
    """Where a data file comes from, shown beside every number it holds.

    ``caveats`` are plain-English sentences for a student; a table's provenance adds the
    caveats that concern its year and flow to those of its file.
    """

    file: str
    source: str
    release: str
    unit: str
    caveats: tuple[str, ...]
    url: str = ""
    title: str = ""
    licence: str = ""
    retrieved: str = ""
    compiled: str = ""

    def with_caveats(self, extra: Iterable[str], *, first: bool = False) -> Provenance:
        """Return a copy with ``extra`` caveats added, after the others or ``first``.

        Repeated caveats are dropped.
        """
        extra = tuple(extra)
        ordered = (*extra, *self.caveats) if first else (*self.caveats, *extra)
        return replace(self, caveats=tuple(dict.fromkeys(ordered)))


@dataclass(frozen=True)
class Membership:
    """One country's place in a bloc.

    ``since_year`` is the year the role began (for ``withdrew``, the year it left), or
    None when the source gives none: the role then holds in every year (see ``since_note``).
    """

    bloc: str
    iso3: str
    role: str
    since_year: int | None
    since_note: str
    source: str


@dataclass(frozen=True, eq=False)
class TradeTable:
    """A reporter's trade in one year and flow over the categories of one dimension.

    ``values`` (US$ million, read-only float64, aligned with ``codes`` and ``names``) hold
    every category of the reporter's data, zeros included. ``official_total`` is None where
    no official total exists; ``unallocated`` is then None too, otherwise
    ``official_total - values.sum()``: positive where trade is not broken down by category
    (partners too small to list, Taiwan...), negative (and said so in the caveats) if the
    categories sum to more than the total. ``status`` is one of :data:`STATUSES`.
    ``months`` are the calendar months (1-12) the values cover: all twelve unless the
    source lacks some (the official annual total still covers the whole year).
    Two tables are equal when every field is, values compared element-wise.
    """

    reporter: str
    reporter_name: str
    year: int
    flow: str
    release: str
    dimension: str
    codes: tuple[str, ...]
    names: tuple[str, ...]
    values: NDArray[np.float64]
    official_total: float | None
    unallocated: float | None
    status: str
    provenance: Provenance
    months: tuple[int, ...] = ALL_MONTHS

    def __post_init__(self) -> None:
        values = np.array(self.values, dtype=np.float64)  # a private, read-only copy
        if values.ndim != 1 or values.shape[0] != len(self.codes):
            raise ValueError(
                f"`values` must be 1-D with one value per code ({len(self.codes)}), "
                f"found shape {values.shape}"
            )
        if len(self.names) != len(self.codes):
            raise ValueError(f"`names` has {len(self.names)} entries for {len(self.codes)} codes")
        bad = ~np.isfinite(values) | (values < 0)
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise ValueError(f"`values` for {self.codes[i]!r} is {values[i]}: must be >= 0")
        values.setflags(write=False)
        object.__setattr__(self, "values", values)

    @property
    def shares(self) -> NDArray[np.float64]:
        """Each category's share of the listed total (read-only; NaN if all values are 0)."""
        total = self.values.sum()
        shares = self.values / total if total > 0 else np.full_like(self.values, np.nan)
        shares.setflags(write=False)
        return shares

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TradeTable):
            return NotImplemented
        return _key(self) == _key(other) and np.array_equal(self.values, other.values)

    def __hash__(self) -> int:
        return hash(_key(self))


def _key(table: TradeTable) -> tuple[Any, ...]:
    return (
        table.reporter,
        table.reporter_name,
        table.year,
        table.flow,
        table.release,
        table.dimension,
        table.codes,
        table.names,
        table.official_total,
        table.unallocated,
        table.status,
        table.provenance,
        table.months,
    )
