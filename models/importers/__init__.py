"""Read trade files students download, into the app's tables (US$ million, ISO3 partners).

Formats, told apart by their header:

* ``comtrade``: UN Comtrade's current CSV (``typeCode, freqCode, refYear, ...,
  primaryValue``), annual or monthly (months summed into years);
* ``comtrade-legacy``: the pre-2023 Comtrade CSV (``Trade Flow Code, Reporter ISO, ...,
  Trade Value (US$)``);
* ``wits``: the World Bank WITS download, one column per year, in US$ thousand;
* ``template``: the app's own template (docs/import-template.md) for anything else.

:func:`read_file` reads and checks a file as a stream and returns
:class:`ImportedData`; :func:`models.user_data.import_file` also keeps it. Every problem is
an :class:`ImportFileError` (a :class:`~models.datasets.DataError`) naming the file, the
line and the column. Both take a ``progress`` callback and a ``cancelled`` check, so the
window can run them on a worker thread, show progress and stop at once
(:class:`ImportCancelled`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from models.importers._codes import Reconciler
from models.importers._collect import Collector
from models.importers._comtrade import read_comtrade
from models.importers._mirror import MirrorGap, mirror_gaps
from models.importers._result import ImportedData, summary, summary_text
from models.importers._source import (
    CancelCheck,
    Dialect,
    ImportCancelled,
    ImportFileError,
    ProgressCallback,
    Rows,
    normalise,
    open_rows,
)
from models.importers._template import TEMPLATE_COLUMNS, is_template, read_template
from models.importers._wits import is_wits, read_wits

__all__ = [
    "FORMATS",
    "TEMPLATE_COLUMNS",
    "CancelCheck",
    "Dialect",
    "ImportCancelled",
    "ImportFileError",
    "ImportedData",
    "MirrorGap",
    "ProgressCallback",
    "detect_format",
    "mirror_gaps",
    "read_file",
    "summary",
    "summary_text",
]

FORMATS = {
    "comtrade": "UN Comtrade CSV",
    "comtrade-legacy": "UN Comtrade CSV (legacy)",
    "wits": "WITS trade download (US$ thousand)",
    "template": "Multivector import template",
}


def detect_format(header: list[str]) -> str | None:
    """Return the key in :data:`FORMATS` of the file whose header is ``header``, or None."""
    names = {normalise(h) for h in header}
    if "primaryvalue" in names and ("flowcode" in names or "flowdesc" in names):
        return "comtrade"
    if names & {"tradevalueus", "tradevalue", "tradevalueusd"} and names & {
        "tradeflowcode",
        "tradeflow",
    }:
        return "comtrade-legacy"
    if is_wits(header):
        return "wits"
    if is_template(header):
        return "template"
    return None


def _app_countries() -> dict[str, str]:
    from models.datasets import load_catalog  # the embedded country list

    catalog = load_catalog()
    return {iso3: catalog.country_name(iso3) for iso3 in catalog.countries}


def read_file(
    path: str | Path,
    *,
    countries: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ImportedData:
    """Read a downloaded trade file and return what it holds, in the app's units and codes.

    Parameters
    ----------
    path : str or Path
        A CSV file in one of :data:`FORMATS`, in any of UTF-8 (with or without BOM),
        Windows-1251 or Latin-1, separated by commas, semicolons or tabs.
    countries : mapping of str to str, optional
        ISO3 -> name of the countries partners are reconciled with; by default the app's
        country list (``countries.csv``).
    progress : callable, optional
        Called now and then with the share of the file read (0 to 1).
    cancelled : callable, optional
        Called as often; when it returns True, reading stops with :class:`ImportCancelled`.

    Returns
    -------
    ImportedData
        Partner and product tables in US$ million, official totals, the unallocated
        trade by name, warnings and what was left out.

    Raises
    ------
    ImportFileError
        Naming the file, line and column of the first problem: unknown format, missing
        column, bad encoding, malformed CSV, non-numeric or negative value, invalid year,
        conflicting duplicate rows, several reporters and several partners, nothing usable.
    ImportCancelled
        If ``cancelled()`` returned True.
    """
    path = Path(path)
    label = path.name
    reconciler = Reconciler(countries if countries is not None else _app_countries())
    with open_rows(path, label, progress=progress, cancelled=cancelled) as rows:
        kind = detect_format(rows.header)
        if kind is None:
            raise rows.error(
                "not a format the app reads: expected a UN Comtrade CSV (primaryValue, "
                "flowCode, ...), a legacy Comtrade CSV ('Trade Value (US$)'), a WITS "
                "download (Reporter Name, Partner Name, years) or the import template "
                f"({', '.join(TEMPLATE_COLUMNS)}); the header is: {', '.join(rows.header)[:300]}",
                rows.header_line,
            )
        collector = Collector(rows, format_name=FORMATS[kind], source_file=label)
        _READERS[kind](rows, collector, reconciler)
        data = collector.finish()
    if reconciler.conflicts:
        data = replace(data, warnings=(*data.warnings, *reconciler.conflicts))
    if progress is not None:
        progress(1.0)
    return data


def _comtrade(rows: Rows, collector: Collector, reconciler: Reconciler) -> None:
    read_comtrade(rows, collector, reconciler, legacy=False)


def _legacy(rows: Rows, collector: Collector, reconciler: Reconciler) -> None:
    read_comtrade(rows, collector, reconciler, legacy=True)


_READERS = {
    "comtrade": _comtrade,
    "comtrade-legacy": _legacy,
    "wits": read_wits,
    "template": read_template,
}
