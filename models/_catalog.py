"""The :class:`Catalog`: every query on the trade data a data folder holds.

Private: import it from :mod:`models.datasets`, whose ``load_catalog()`` reads and checks the
files and builds the catalog from them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import _manifest, _tables
from models._csv import DataError
from models._manifest import DIMENSIONS, FLOWS, RELEASES, ROLES
from models._records import ALL_MONTHS, Caveat, Membership, Provenance, TradeTable

__all__ = ["Catalog", "Reporter"]


@dataclass(frozen=True)
class Reporter:
    """One reporter's checked data, as the loader in :mod:`models.datasets` hands them over."""

    iso3: str
    name: str
    files: tuple[str, ...]
    panels: Mapping[tuple[str, str], _tables.Panel]  # (release, dimension) -> panel
    totals: Mapping[tuple[str, int, str], _tables.Total]  # (release, year, flow)
    year_status: Mapping[tuple[str, int], str]  # (release, year) -> status from the totals


class Catalog:
    """Every reporter's trade tables, the country list and bloc memberships.

    Build it with :func:`load_catalog`; it is immutable, and every table it returns is too.
    Requests for data that do not exist raise :class:`DataError` listing what does.
    """

    def __init__(
        self,
        *,
        default_reporter: str,
        countries: Mapping[str, _tables.Country],
        memberships: Sequence[Membership],
        reporters: Mapping[str, Reporter],
        provenances: Mapping[str, _manifest.FileProvenance],
        language: str = "en",
        vector_names: Mapping[str, str] | None = None,
        product_names: Mapping[str, str] | None = None,
    ) -> None:
        self._default = default_reporter
        self._language = language
        self._vector_names = dict(vector_names or {})
        self._product_names = dict(product_names or {})
        self._countries = dict(countries)
        self._memberships = tuple(memberships)
        self._reporters = dict(reporters)
        self._notes = dict(provenances)  # per-year caveats and statuses of each file
        self._provenances = {name: Provenance(**p.fields) for name, p in provenances.items()}
        self._tables: dict[tuple[str, int, str, str, str], TradeTable] = {}

    def with_reporters(
        self,
        reporters: Mapping[str, Reporter],
        provenances: Mapping[str, _manifest.FileProvenance],
        *,
        default_reporter: str | None = None,
        only: bool = False,
    ) -> Catalog:
        """Return a new catalog with ``reporters`` added (replacing those of the same code).

        With ``only``, the new catalog keeps none of this one's reporters; countries,
        memberships and their provenance are always kept. Used for imported data sets
        (:func:`models.datasets.add_reporters`).
        """
        dropped = set(self._reporters) if only else set(reporters) & set(self._reporters)
        old_files = {f for code in dropped for f in self._reporters[code].files}
        kept = {k: v for k, v in self._reporters.items() if k not in dropped}
        notes = {k: v for k, v in self._notes.items() if k not in old_files}
        notes.update(provenances)
        if not kept and not reporters:
            raise DataError("a catalog needs at least one reporter")
        default = default_reporter or self._default
        if default not in kept and default not in reporters:
            default = next(iter(reporters or kept))
        return Catalog(
            default_reporter=default,
            countries=self._countries,
            memberships=self._memberships,
            reporters={**kept, **reporters},
            provenances=notes,
            language=self._language,
            vector_names=self._vector_names,
            product_names=self._product_names,
        )

    def with_vector_names(self, names: Mapping[str, str]) -> Catalog:
        """Return this catalog naming the default vectors ``names`` (key -> name).

        Keys are those of :data:`models.blocs.VECTOR_NAMES`; the window passes their
        translations, so that the vectors are named in the language of the partners.
        """
        copy = Catalog(default_reporter=self._default, countries=self._countries,
                       memberships=self._memberships, reporters=self._reporters,
                       provenances=self._notes, language=self._language, vector_names=names,
                       product_names=self._product_names)
        copy._tables = self._tables  # the same tables: names of vectors are not in them
        return copy

    def with_product_names(self, names: Mapping[str, str]) -> Catalog:
        """Return this catalog showing product groups by ``names`` (data's name -> shown).

        The data name HS sections and chapters in English (``'Vegetable products'``); the
        window passes their translations. A name not in ``names`` is shown as written.
        """
        return Catalog(default_reporter=self._default, countries=self._countries,
                       memberships=self._memberships, reporters=self._reporters,
                       provenances=self._notes, language=self._language,
                       vector_names=self._vector_names, product_names=names)

    def country_table(self) -> Mapping[str, _tables.Country]:
        """Return the country list (ISO3 -> record), for loading more reporters."""
        return dict(self._countries)

    # --- reporters, countries -----------------------------------------------------------

    @property
    def language(self) -> str:
        """The language of the country names (``'en'``, ``'ru'``, ``'kk'``: load_catalog)."""
        return self._language

    @property
    def vector_names(self) -> Mapping[str, str]:
        """The default vectors' names this catalog gives (empty: models.blocs' English)."""
        return dict(self._vector_names)

    @property
    def reporters(self) -> tuple[str, ...]:
        """ISO3 codes of the reporters with data, in catalog order."""
        return tuple(self._reporters)

    @property
    def default_reporter(self) -> str:
        """The reporter the app opens on (named by ``catalog.json``)."""
        return self._default

    @property
    def countries(self) -> tuple[str, ...]:
        """Every valid ISO3 code (``countries.csv``), sorted."""
        return tuple(sorted(self._countries))

    def reporter_name(self, iso3: str) -> str:
        """Return the display name of reporter ``iso3``."""
        return self._reporter(iso3).name

    def country_name(self, iso3: str) -> str:
        """Return the name of ``iso3`` in the catalog's language (e.g. 'Türkiye', 'Турция')."""
        return self._country(iso3).name

    def region(self, iso3: str) -> tuple[str, str]:
        """Return the UN M49 (region, sub-region) of ``iso3``, e.g. ('Asia', 'Central Asia')."""
        country = self._country(iso3)
        return (country.region, country.sub_region)

    def _country(self, iso3: str) -> _tables.Country:
        try:
            return self._countries[iso3]
        except KeyError:
            raise DataError(f"unknown ISO3 code {iso3!r} (not in countries.csv)") from None

    def _reporter(self, iso3: str) -> Reporter:
        try:
            return self._reporters[iso3]
        except KeyError:
            raise DataError(
                f"no data for reporter {iso3!r}; available: {', '.join(self._reporters)}"
            ) from None

    # --- tables -------------------------------------------------------------------------

    def _panel(self, reporter: str, release: str, dimension: str) -> _tables.Panel:
        rep = self._reporter(reporter)
        _choose(release, RELEASES, "release")
        _choose(dimension, DIMENSIONS, "dimension")
        try:
            return rep.panels[(release, dimension)]
        except KeyError:
            have = ", ".join(f"{r}/{d}" for r, d in rep.panels)
            raise DataError(
                f"{reporter} has no {dimension} data in release {release!r}; available: {have}"
            ) from None

    def years(
        self, reporter: str, *, release: str = "revised", dimension: str = "partners"
    ) -> tuple[int, ...]:
        """Return the years with data for ``reporter`` in ``release`` and ``dimension``.

        Raises
        ------
        DataError
            If the reporter has no such release or dimension (the message lists those it has).
        """
        return self._panel(reporter, release, dimension).years

    def default_year(self, reporter: str) -> int:
        """Return the year the app opens on for ``reporter``.

        The latest year of the revised partner data whose status is ``final`` (complete,
        with an official total, not preliminary); failing that, the latest year.
        """
        years = self.years(reporter)
        final = [y for y in years if self._status(reporter, "revised", "partners", y) == "final"]
        return max(final) if final else max(years)

    def total(
        self, reporter: str, year: int, flow: str, *, release: str = "revised"
    ) -> float | None:
        """Return the official total of ``flow`` in ``year`` (US$ million), or None if none.

        Preliminary totals count; approximate ones (partner sums) do not. For release
        ``first_published`` these are the totals the publication gives (e.g. turnover only).
        """
        rep = self._reporter(reporter)
        _choose(flow, FLOWS, "flow")
        _choose(release, RELEASES, "release")
        found = rep.totals.get((release, year, flow))
        return found.value if found is not None and found.official else None

    def _status(self, reporter: str, release: str, dimension: str, year: int) -> str:
        panel = self._panel(reporter, release, dimension)
        if panel.coverage == "partial":
            return "partial"
        override = self._notes[panel.file].year_status.get(str(year))
        if override is not None:
            return override
        return self._reporter(reporter).year_status.get((release, year), "approximate")

    def table(
        self,
        reporter: str,
        year: int,
        flow: str,
        *,
        release: str = "revised",
        dimension: str = "partners",
    ) -> TradeTable:
        """Return ``reporter``'s trade in ``year`` for ``flow``.

        Parameters
        ----------
        reporter : str
            ISO3 code of the reporting country, one of :attr:`reporters`.
        year : int
            One of :meth:`years` for this release and dimension.
        flow : {'exports', 'imports', 'turnover'}
            Turnover is exports + imports, category by category.
        release : {'revised', 'first_published'}, optional
            ``first_published`` holds only the partners the first publication quotes.
        dimension : {'partners', 'hs_sections', 'hs_chapters'}, optional
            Partners (ISO3 codes) or product groups (HS codes).

        Returns
        -------
        TradeTable
            Every category of the reporter's data for this release and dimension, in a
            stable order (partners sorted by ISO3), zeros where a category has no trade.

        Raises
        ------
        DataError
            If any argument names data that do not exist (the message lists what does), or
            turnover is asked of a release that gives no turnover by category.
        """
        key = (reporter, int(year), flow, release, dimension)
        cached = self._tables.get(key)
        if cached is not None:
            return cached
        _choose(flow, FLOWS, "flow")
        panel = self._panel(reporter, release, dimension)
        row = panel.row(year, reporter)
        codes, names, matrix = panel.series(flow)
        if dimension != "partners" and self._product_names:
            names = tuple(self._product_names.get(name, name) for name in names)
        values = matrix[row]
        official = self.total(reporter, year, flow, release=release)
        unallocated = None if official is None else official - float(values.sum())
        status = self._status(reporter, release, dimension, year)
        notes = self._notes[panel.file].year_caveats
        caveats = [
            *notes.get(str(year), ()),
            *notes.get(f"{year}/{flow}", ()),
            *_tables.total_caveats(panel, year, flow, float(values.sum()), official, unallocated),
        ]
        if status == "preliminary":
            caveats.insert(0, Caveat("preliminary", year=int(year)))
        table = TradeTable(
            reporter=reporter,
            reporter_name=self.reporter_name(reporter),
            year=int(year),
            flow=flow,
            release=release,
            dimension=dimension,
            codes=codes,
            names=names,
            values=values,
            official_total=official,
            unallocated=unallocated,
            status=status,
            provenance=self._provenances[panel.file].with_caveats(caveats, first=True),
            months=self._notes[panel.file].year_months.get(str(year), ALL_MONTHS),
        )
        self._tables[key] = table
        return table

    def history(
        self,
        reporter: str,
        flow: str,
        *,
        release: str = "revised",
        dimension: str = "partners",
    ) -> tuple[NDArray[np.int64], tuple[str, ...], NDArray[np.float64]]:
        """Return every year of ``flow`` at once, for the index-history chart.

        Returns
        -------
        years : ndarray of int64, shape (n_years,)
        codes : tuple of str, length n_categories
            The same categories, in the same order, as :meth:`table` gives.
        values : ndarray of float64, shape (n_years, n_categories)
            US$ million, zeros where a category has no trade that year. Read-only.
        """
        _choose(flow, FLOWS, "flow")
        panel = self._panel(reporter, release, dimension)
        codes, _names, matrix = panel.series(flow)
        years = np.array(panel.years, dtype=np.int64)
        years.setflags(write=False)
        return years, codes, matrix

    # --- blocs --------------------------------------------------------------------------

    @property
    def blocs(self) -> tuple[str, ...]:
        """The blocs with memberships (e.g. 'EAEU', 'EU27', 'OTS'), in file order."""
        return tuple(dict.fromkeys(m.bloc for m in self._memberships))

    def memberships(self) -> tuple[Membership, ...]:
        """Return every bloc membership of ``blocs.csv``, in file order."""
        return self._memberships

    def bloc_members(
        self, bloc: str, year: int, *, roles: Sequence[str] = ("member",)
    ) -> tuple[str, ...]:
        """Return the ISO3 codes holding one of ``roles`` in ``bloc`` in ``year``.

        A country whose ``since_year`` is after ``year`` is left out; one without a
        ``since_year`` counts in every year (the source gives no date; see the caveats of
        ``blocs.csv``).
        """
        if bloc not in self.blocs:
            raise DataError(f"unknown bloc {bloc!r}; available: {', '.join(self.blocs)}")
        for role in roles:
            _choose(role, ROLES, "role")
        return tuple(
            m.iso3
            for m in self._memberships
            if m.bloc == bloc and m.role in roles and (m.since_year is None or m.since_year <= year)
        )

    # --- provenance ---------------------------------------------------------------------

    def provenance(self, file: str) -> Provenance:
        """Return the provenance of ``file`` (its path in the data folder, or its name)."""
        found = self._provenances.get(file)
        if found is None:
            matches = [p for name, p in self._provenances.items() if name.endswith("/" + file)]
            if len(matches) == 1:
                return matches[0]
            raise DataError(f"no provenance for {file!r}; files: {', '.join(self._provenances)}")
        return found

    def provenances(self) -> tuple[Provenance, ...]:
        """Return the provenance of every data file, for the sources dialog."""
        return tuple(self._provenances.values())


def _choose(value: str, allowed: Sequence[str], name: str) -> None:
    if value not in allowed:
        raise DataError(f"unknown {name} {value!r}; choose one of {', '.join(allowed)}")
