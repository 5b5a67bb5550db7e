"""Trade data embedded with the app: loading, validation and the tables the model uses.

``load_catalog()`` reads ``assets/data/`` once (``catalog.json``, ``countries.csv``,
``blocs.csv`` and every reporter's files, each with its ``.provenance.json``), checks every
row and returns a :class:`Catalog`. A bad file raises :class:`DataError` naming the file, the
line and what is wrong. Nothing here assumes a particular reporter: the default one is
whatever ``catalog.json`` names.

A :class:`TradeTable` is one reporter, year, flow, release and dimension: values in US$
million over a fixed list of categories (every partner the reporter's data ever hold, sorted
by ISO3, zeros included), the official total where one exists, the *unallocated* gap between
the two (never spread over the partners), a status and the provenance with its caveats.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from pathlib import Path

from models import _manifest, _tables
from models._catalog import Catalog, Reporter
from models._csv import DataError
from models._manifest import DIMENSIONS, FLOWS, RELEASES, ROLES, STATUSES
from models._records import TABLE_CAVEATS, Caveat, Membership, Provenance, TradeTable
from models.resources import asset_path

__all__ = [
    "DIMENSIONS",
    "FLOWS",
    "RELEASES",
    "ROLES",
    "STATUSES",
    "TABLE_CAVEATS",
    "Catalog",
    "Caveat",
    "DataError",
    "Membership",
    "Provenance",
    "TradeTable",
    "add_reporters",
    "load_catalog",
]

# FLOWS = ("exports", "imports", "turnover"); RELEASES = ("revised", "first_published");
# DIMENSIONS = ("partners", "hs_sections", "hs_chapters");
# STATUSES = ("final", "preliminary", "approximate", "partial");
# ROLES = ("member", "observer", "associate", "withdrew"): defined in models/_manifest.py.
# Catalog (models/_catalog.py) and the frozen records it hands out (models/_records.py) live
# in private modules to keep each one readable; import them from here.


def _load(root: Path, language: str) -> Catalog:
    catalog = _manifest.read_catalog_json(root)
    countries = _tables.read_countries(root, catalog.countries)
    provenances: dict[str, _manifest.FileProvenance] = {}
    for name in (catalog.countries, catalog.blocs):
        provenances[name] = _manifest.read_provenance(root, name)
    if catalog.country_names is not None:
        provenances[catalog.country_names] = _manifest.read_provenance(root, catalog.country_names)
        if language != "en":
            countries = _tables.localized_countries(
                root, catalog.country_names, countries, language)
    memberships = tuple(
        Membership(*fields) for fields in _tables.read_blocs(root, catalog.blocs, countries, ROLES)
    )
    reporters: dict[str, Reporter] = {}
    for entry in catalog.reporters:
        if entry.iso3 not in countries:
            raise DataError(f"reporter {entry.iso3!r} is not in countries.csv", file="catalog.json")
        reporters[entry.iso3], files = _read_reporter(root, entry, countries, language)
        provenances.update(files)
    if catalog.default_reporter not in reporters:
        raise DataError(
            f"default_reporter {catalog.default_reporter!r} has no entry in reporters",
            file="catalog.json",
        )
    return Catalog(
        default_reporter=catalog.default_reporter,
        countries=countries,
        memberships=memberships,
        reporters=reporters,
        provenances=provenances,
        language=language,
    )


def _read_reporter(
    root: Path,
    entry: _manifest.ReporterEntry,
    countries: Mapping[str, _tables.Country],
    language: str,
) -> tuple[Reporter, dict[str, _manifest.FileProvenance]]:
    """Read and check one reporter's tables and provenance (files relative to ``root``)."""
    provenances = {name: _manifest.read_provenance(root, name) for name in entry.files}
    totals, year_status = _tables.read_totals(root, entry)
    panels: dict[tuple[str, str], _tables.Panel] = {}
    for spec in entry.tables:
        panel = _tables.read_panel(root, spec, entry.iso3, countries)
        panels[(spec.release, spec.dimension)] = panel
        for (year, flow), total in panel.totals.items():
            totals[(spec.release, year, flow)] = total
    # In another language, the country list's name (catalog.json's is English).
    name = entry.name if language == "en" else countries[entry.iso3].name
    reporter = Reporter(entry.iso3, name, entry.files, panels, totals, year_status)
    return reporter, provenances


def add_reporters(
    catalog: Catalog,
    root: Path,
    entries: Sequence[_manifest.ReporterEntry],
    *,
    default_reporter: str | None = None,
    only: bool = False,
) -> Catalog:
    """Return ``catalog`` with more reporters, read from ``root`` (imported data sets).

    Parameters
    ----------
    catalog : Catalog
        The catalog whose countries and memberships the new reporters use.
    root : Path
        The folder the entries' file names are relative to.
    entries : sequence of ReporterEntry
        One per reporter to add; one already in ``catalog`` is replaced.
    default_reporter : str, optional
        The reporter the new catalog opens on (by default the one ``catalog`` opens on).
    only : bool, optional
        Keep none of ``catalog``'s own reporters, only the new ones (a file used directly).

    Raises
    ------
    DataError
        As :func:`load_catalog`, naming the file and line, or if a reporter is not in the
        country list.
    """
    countries = catalog.country_table()
    reporters: dict[str, Reporter] = {}
    provenances: dict[str, _manifest.FileProvenance] = {}
    for entry in entries:
        if entry.iso3 not in countries:
            raise DataError(f"reporter {entry.iso3!r} is not in countries.csv", file=entry.name)
        reporters[entry.iso3], files = _read_reporter(root, entry, countries,
                                                      catalog.language)
        provenances.update(files)
    return catalog.with_reporters(
        reporters, provenances, default_reporter=default_reporter, only=only
    )


@functools.lru_cache(maxsize=3)
def _default_catalog(language: str) -> Catalog:
    return _load(asset_path("data"), language)


def load_catalog(root: Path | None = None, *, language: str = "en") -> Catalog:
    """Read and check every data file of a data folder.

    Parameters
    ----------
    root : Path, optional
        A folder laid out like ``assets/data`` (``catalog.json`` at its top). By default the
        app's own data, read once and cached.
    language : str, optional
        The language of the country names: ``'en'`` (``countries.csv``), or a column of the
        file ``catalog.json`` names as ``country_names`` (``'ru'``, ``'kk'``). Names the
        file lacks, or every name if it names none, stay English. Files store codes, never
        names, so a catalog in any language reads and writes the same files.

    Returns
    -------
    Catalog
        The reporters' tables, countries, memberships and provenance.

    Raises
    ------
    DataError
        If a file is missing or wrong: unknown ISO3 or HS code, negative, missing or
        non-numeric value, duplicate row, missing column, empty file, bad ``catalog.json``
        or a data file without its ``.provenance.json``. The message names the file and
        line.

    Examples
    --------
    >>> catalog = load_catalog()
    >>> reporter = catalog.default_reporter
    >>> table = catalog.table(reporter, catalog.default_year(reporter), "exports")
    >>> table.provenance.unit
    'US$ million'
    """
    if root is None:
        return _default_catalog(language)
    return _load(Path(root), language)
