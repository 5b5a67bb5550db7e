"""What a student must know about a trade table before reading its shares.

:func:`data_status` turns a :class:`~models.datasets.TradeTable` into a
:class:`DataStatus`: the *badges* that flag data to be read with care (preliminary, missing
months, incomplete, first published, no official total), each with the caveat sentence it
stands for; the *unallocated* trade (the official total minus the listed categories, shown
apart and never counted as a category); the words that name the categories ("partner" /
"partners", "product group" / "product groups (HS sections)"); and, for the first-published
release, the revised figures of the same categories for the same year beside the quoted ones.

Pure Python + numpy, like all of :mod:`models`; the window and the command line both read it.
The sentences are plain English built from the data, like the catalog's caveats.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models.datasets import Catalog, DataError, TradeTable

__all__ = [
    "BADGE_KINDS",
    "MONTH_NAMES",
    "Badge",
    "DataStatus",
    "DimensionWords",
    "QuotedFigures",
    "Unallocated",
    "data_status",
    "dimension_words",
]

# In the order the badges are shown: the most consequential first.
BADGE_KINDS = ("first_published", "preliminary", "missing_months", "partial", "no_total")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip  (fixed English: calendar.month_name follows the process locale)


@dataclass(frozen=True)
class DimensionWords:
    """The nouns that name a table's categories: ``one`` partner, ``many`` partners.

    ``detail`` says which classification a generic noun stands for ("HS sections"), or is
    empty where the noun says it all.
    """

    one: str
    many: str
    detail: str = ""

    @property
    def many_detailed(self) -> str:
        """The plural with its classification, e.g. 'product groups (HS sections)'."""
        return f"{self.many} ({self.detail})" if self.detail else self.many


_WORDS = {
    "partners": DimensionWords("partner", "partners"),
    "hs_sections": DimensionWords("product group", "product groups", "HS sections"),
    "hs_chapters": DimensionWords("product group", "product groups", "HS chapters"),
}
_VECTOR_WORDS = DimensionWords("vector", "vectors", "blocs of partners")


def dimension_words(dimension: str, *, level: str = "partners") -> DimensionWords:
    """Return the nouns for the categories of ``dimension`` (at ``level``).

    Parameters
    ----------
    dimension : {'partners', 'hs_sections', 'hs_chapters'}
    level : {'partners', 'vectors'}, optional
        Partners grouped into vectors are named as vectors.

    Raises
    ------
    ValueError
        If `dimension` or `level` is unknown.

    Examples
    --------
    >>> dimension_words("hs_sections").many_detailed
    'product groups (HS sections)'
    """
    if level not in ("partners", "vectors"):
        raise ValueError(f"`level` must be 'partners' or 'vectors', not {level!r}")
    try:
        words = _WORDS[dimension]
    except KeyError:
        raise ValueError(
            f"`dimension` must be one of {', '.join(_WORDS)}, not {dimension!r}"
        ) from None
    return _VECTOR_WORDS if level == "vectors" and dimension == "partners" else words


@dataclass(frozen=True)
class Badge:
    """One flag on the data, with the caveat sentence it stands for.

    ``kind`` is one of :data:`BADGE_KINDS`. ``months_missing`` (1-12) is set for
    ``missing_months``; ``quoted`` (how many categories the source quotes) for
    ``first_published``.
    """

    kind: str
    caveat: str
    months_missing: tuple[int, ...] = ()
    quoted: int = 0


@dataclass(frozen=True)
class Unallocated:
    """Trade in the official total that no listed category holds (US$ million, > 0)."""

    value: float
    official_total: float

    @property
    def share(self) -> float:
        """The unallocated value as a share (0..1) of the official total."""
        return self.value / self.official_total


@dataclass(frozen=True, eq=False)
class QuotedFigures:
    """The first-published figures of the quoted categories beside their revised ones.

    ``first_published`` and ``revised`` (US$ million, read-only, aligned with ``codes``)
    hold NaN in ``revised`` where the revised data have no figure for a category.
    """

    codes: tuple[str, ...]
    names: tuple[str, ...]
    first_published: NDArray[np.float64]
    revised: NDArray[np.float64]

    @property
    def revision(self) -> NDArray[np.float64]:
        """Revised minus first published, as a share of the first published (NaN if 0)."""
        with np.errstate(invalid="ignore", divide="ignore"):
            change = self.revised / self.first_published - 1.0
        return np.where(self.first_published > 0, change, np.nan)


@dataclass(frozen=True, eq=False)
class DataStatus:
    """Everything the window shows about the state of a table's data."""

    status: str
    words: DimensionWords
    badges: tuple[Badge, ...]
    unallocated: Unallocated | None
    quoted: QuotedFigures | None
    unit: str
    # What the badges' sentences speak of (an interface words them again from these).
    year: int = 0
    flow: str = ""
    reporter_name: str = ""
    months: tuple[int, ...] = ()

    def badge(self, kind: str) -> Badge | None:
        """Return the badge of ``kind``, or None if the data do not call for it."""
        return next((b for b in self.badges if b.kind == kind), None)


def data_status(
    table: TradeTable, catalog: Catalog | None = None, *, level: str = "partners"
) -> DataStatus:
    """Return the status of ``table``'s data: badges, unallocated trade and nouns.

    Parameters
    ----------
    table : TradeTable
        The baseline's table (its categories are the partners or product groups; at
        ``level='vectors'`` they are summed into vectors, which changes only the nouns).
    catalog : Catalog, optional
        Where to find the revised figures beside a first-published table; without it
        ``quoted`` holds NaN for them.
    level : {'partners', 'vectors'}, optional

    Returns
    -------
    DataStatus
        ``unallocated`` is None unless an official total exceeds the listed sum.

    Examples
    --------
    >>> from models.datasets import load_catalog
    >>> catalog = load_catalog()
    >>> reporter = catalog.default_reporter
    >>> year = catalog.years(reporter, dimension="hs_sections")[0]
    >>> table = catalog.table(reporter, year, "exports", dimension="hs_sections")
    >>> [b.kind for b in data_status(table).badges]
    ['missing_months']
    """
    words = dimension_words(table.dimension, level=level)
    unallocated = None
    official, gap = table.official_total, table.unallocated
    if official is not None and gap is not None and gap > 0 and official > 0:
        unallocated = Unallocated(float(gap), float(official))
    quoted = None
    badges: list[Badge] = []
    if table.release == "first_published":
        quoted = _quoted(table, catalog)
        badges.append(_first_published_badge(table, words, quoted))
    if table.status == "preliminary":
        badges.append(Badge("preliminary", _preliminary_caveat(table, words, unallocated)))
    missing = tuple(m for m in range(1, 13) if m not in table.months)
    if missing:
        badges.append(Badge("missing_months", _months_caveat(table, words, missing, unallocated),
                            months_missing=missing))
    elif table.status == "partial" and table.release != "first_published":
        badges.append(Badge("partial", (
            f"The {table.year} data are incomplete: some {words.many} are missing from the "
            f"source and count as zero, so shares are shares of the {words.many} listed, not "
            f"of all {table.flow}; compare other years with care."
        )))
    if table.official_total is None and table.release != "first_published":
        badges.append(Badge("no_total", (
            f"No official {table.flow} total for {table.year}: the {words.many} listed may "
            f"fall short of all {table.flow}, so the trade they leave out is unknown."
        )))
    badges.sort(key=lambda b: BADGE_KINDS.index(b.kind))
    return DataStatus(table.status, words, tuple(badges), unallocated, quoted,
                      table.provenance.unit, table.year, table.flow, table.reporter_name,
                      tuple(table.months))


def _quoted(table: TradeTable, catalog: Catalog | None) -> QuotedFigures:
    codes = table.codes  # a first-published table holds only the quoted categories
    revised = np.full(len(codes), np.nan)
    if catalog is not None:
        try:
            other = catalog.table(table.reporter, table.year, table.flow, release="revised",
                                  dimension=table.dimension)
        except DataError:
            other = None
        if other is not None:
            where = {code: i for i, code in enumerate(other.codes)}
            for j, code in enumerate(codes):
                if code in where:
                    revised[j] = other.values[where[code]]
    revised.setflags(write=False)
    return QuotedFigures(codes, table.names, table.values, revised)


def _first_published_badge(
    table: TradeTable, words: DimensionWords, quoted: QuotedFigures
) -> Badge:
    n = len(quoted.codes)
    noun = words.one if n == 1 else words.many
    return Badge("first_published", (
        f"As first published, the source quotes only {n} {noun} for {table.flow} in "
        f"{table.year} ({', '.join(quoted.names)}). Shares and indices here are over these "
        f"{n} {noun} only, not over all of {table.reporter_name}'s {table.flow}; the revised "
        f"figures of the same {words.many} are shown beside them."
    ), quoted=n)


def _preliminary_caveat(
    table: TradeTable, words: DimensionWords, unallocated: Unallocated | None
) -> str:
    text = f"{table.year} is preliminary: its figures may still be revised."
    if unallocated is not None:
        text += (
            f" Trade not (yet) broken down by {words.one} is in the Unallocated line: "
            f"{_amount(unallocated)}."
        )
    return text


def _months_caveat(
    table: TradeTable, words: DimensionWords, missing: tuple[int, ...],
    unallocated: Unallocated | None,
) -> str:
    names = ", ".join(MONTH_NAMES[m - 1] for m in missing)
    verb = "is" if len(missing) == 1 else "are"
    text = (
        f"The {words.many_detailed} cover {len(table.months)} months of {table.year}: "
        f"{names} {verb} missing from the breakdown."
    )
    if unallocated is not None:
        text += (
            f" The official annual total minus the listed {words.many}, "
            f"{_amount(unallocated)}, is shown as the Unallocated line and never spread over "
            f"the {words.many}."
        )
    return text


def _amount(unallocated: Unallocated) -> str:
    return (f"{unallocated.value:,.1f} US$ million ({100 * unallocated.share:.2f} % of the "
            f"official total {unallocated.official_total:,.1f})")
