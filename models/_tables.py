"""Read the data files of ``assets/data`` into checked, immutable arrays.

The private half of :mod:`models.datasets` (``catalog.json`` and the provenance sidecars
are read by :mod:`models._manifest`): ``countries.csv``, ``blocs.csv``, a reporter's totals
and its tables (wide: one row per year and category with ``exports_usd_m`` and
``imports_usd_m``; long: one row per year, flow and category with ``value_usd_m``, where
code ``WLD`` gives the total).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from models._csv import DataError, Record, number, read_csv, year
from models._manifest import FLOWS, ReporterEntry, TableSpec
from models._records import Caveat

WORLD = "WLD"  # in a long table, the total with the world
HS_SECTIONS = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
    "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "OTHER",
)  # fmt: skip
_CODE_COLUMN = {"partners": "iso3", "hs_sections": "hs_section", "hs_chapters": "hs_chapter"}
_NOUNS = {
    "partners": ("partners", "partner"),
    "hs_sections": ("HS sections", "HS section"),
    "hs_chapters": ("HS chapters", "HS chapter"),
}
# Totals-file status -> (table status, counts as an official total)
_TOTAL_STATUS = {
    "official": ("final", True),
    "preliminary": ("preliminary", True),
    "approximate": ("approximate", False),
}
_ISO3 = re.compile(r"[A-Z]{3}")


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    region: str
    sub_region: str
    intermediate_region: str


@dataclass(frozen=True)
class Total:
    value: float
    official: bool


Series = tuple[tuple[str, ...], tuple[str, ...], NDArray[np.float64]]


@dataclass(frozen=True)
class Panel:
    """One table file: every year of every flow over a fixed list of categories."""

    file: str
    release: str
    dimension: str
    coverage: str
    years: tuple[int, ...]
    series_by_flow: Mapping[str, Series]
    totals: Mapping[tuple[int, str], Total] = field(default_factory=dict)
    missing_flow_note: Mapping[str, str] = field(default_factory=dict)

    @property
    def noun(self) -> str:
        return _NOUNS[self.dimension][0]

    @property
    def noun_one(self) -> str:
        return _NOUNS[self.dimension][1]

    def row(self, year: int, reporter: str) -> int:
        try:
            return self.years.index(int(year))
        except ValueError:
            raise DataError(
                f"no {self.dimension} data for {reporter} in {year} (release {self.release}); "
                f"available years: {_span(self.years)}"
            ) from None

    def series(self, flow: str) -> Series:
        try:
            return self.series_by_flow[flow]
        except KeyError:
            note = self.missing_flow_note.get(flow, f"no {flow} data")
            raise DataError(note, file=self.file) from None


def _span(years: Sequence[int]) -> str:
    if len(years) > 2 and list(years) == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


# --- countries and blocs --------------------------------------------------------------


def _duplicate(seen: dict[Any, int], key: Any, shown: str, record: Record, label: str) -> None:
    if key in seen:
        raise DataError(
            f"duplicate row for {shown} (lines {seen[key]} and {record.line})",
            file=label,
            line=record.line,
        )
    seen[key] = record.line


def _required_text(record: Record, column: str, label: str) -> str:
    text = record.text(column)
    if not text:
        raise DataError(f"missing value in {column}", file=label, line=record.line)
    return text


def read_countries(root: Path, name: str) -> dict[str, Country]:
    records = read_csv(root / name, name, ["iso3", "name", "region", "sub_region"])
    countries: dict[str, Country] = {}
    seen: dict[Any, int] = {}
    for r in records:
        iso3 = _required_text(r, "iso3", name)
        if not _ISO3.fullmatch(iso3):
            raise DataError(f"invalid ISO3 code {iso3!r}", file=name, line=r.line)
        _duplicate(seen, iso3, iso3, r, name)
        countries[iso3] = Country(
            iso3,
            _required_text(r, "name", name),
            _required_text(r, "region", name),
            _required_text(r, "sub_region", name),
            r.text("intermediate_region"),
        )
    return countries


def localized_countries(
    root: Path, name: str, countries: Mapping[str, Country], language: str
) -> dict[str, Country]:
    """Return ``countries`` with their names in ``language``, a column of the file ``name``.

    A code the file leaves out, or whose cell is empty, keeps its English name.
    """
    records = read_csv(root / name, name, ["iso3", language])
    names: dict[str, str] = {}
    seen: dict[Any, int] = {}
    for r in records:
        iso3 = _known_iso3(r, "iso3", name, countries)
        _duplicate(seen, iso3, iso3, r, name)
        if text := r.text(language):
            names[iso3] = text
    return {iso3: replace(c, name=names.get(iso3, c.name)) for iso3, c in countries.items()}


def read_blocs(
    root: Path, name: str, countries: Mapping[str, Country], roles: Sequence[str]
) -> list[tuple[str, str, str, int | None, str, str]]:
    records = read_csv(root / name, name, ["bloc", "iso3", "role", "since_year"])
    rows: list[tuple[str, str, str, int | None, str, str]] = []
    seen: dict[Any, int] = {}
    for r in records:
        bloc = _required_text(r, "bloc", name)
        iso3 = _known_iso3(r, "iso3", name, countries)
        role = _required_text(r, "role", name)
        if role not in roles:
            raise DataError(
                f"unknown role {role!r}; expected {', '.join(roles)}", file=name, line=r.line
            )
        _duplicate(seen, (bloc, iso3, role), f"{bloc}/{iso3}/{role}", r, name)
        since = year(r, "since_year", name) if r.text("since_year") else None
        rows.append((bloc, iso3, role, since, r.text("since_note"), r.text("source")))
    return rows


def _known_iso3(record: Record, column: str, label: str, countries: Mapping[str, Country]) -> str:
    iso3 = _required_text(record, column, label)
    if iso3 not in countries:
        raise DataError(
            f"unknown ISO3 code {iso3!r} (not in countries.csv)", file=label, line=record.line
        )
    return iso3


# --- totals and tables ----------------------------------------------------------------------


def read_totals(
    root: Path, entry: ReporterEntry
) -> tuple[dict[tuple[str, int, str], Total], dict[tuple[str, int], str]]:
    totals: dict[tuple[str, int, str], Total] = {}
    statuses: dict[tuple[str, int], str] = {}
    if entry.totals_file is None:
        return totals, statuses
    label, release = entry.totals_file, entry.totals_release
    records = read_csv(root / label, label, ["year", "exports_usd_m", "imports_usd_m", "status"])
    seen: dict[Any, int] = {}
    for r in records:
        y = year(r, "year", label)
        _duplicate(seen, y, str(y), r, label)
        text = r.text("status")
        kind = next((k for k in _TOTAL_STATUS if text.startswith(k)), None)
        if kind is None:
            raise DataError(
                f"unknown status {text!r}; expected official, preliminary or approximate",
                file=label,
                line=r.line,
            )
        status, official = _TOTAL_STATUS[kind]
        exports = number(r, "exports_usd_m", label)
        imports = number(r, "imports_usd_m", label)
        turnover = (
            number(r, "turnover_usd_m", label)
            if "turnover_usd_m" in r.fields
            else exports + imports
        )
        for flow, value in (("exports", exports), ("imports", imports), ("turnover", turnover)):
            totals[(release, y, flow)] = Total(value, official)
        statuses[(release, y)] = status
    return totals, statuses


def _code(
    record: Record,
    dimension: str,
    label: str,
    countries: Mapping[str, Country],
    reporter: str,
) -> str:
    column = _CODE_COLUMN[dimension]
    if dimension == "partners":
        code = _known_iso3(record, column, label, countries)
        if code == reporter:
            raise DataError(
                f"{code} is the reporter itself, not a partner", file=label, line=record.line
            )
        return code
    code = _required_text(record, column, label)
    if dimension == "hs_sections" and code not in HS_SECTIONS:
        raise DataError(f"unknown HS section {code!r}", file=label, line=record.line)
    if dimension == "hs_chapters" and not (
        len(code) == 2 and code.isdigit() and 1 <= int(code) <= 99
    ):
        raise DataError(f"unknown HS chapter {code!r}", file=label, line=record.line)
    return code


def _order(dimension: str, codes: set[str]) -> tuple[str, ...]:
    if dimension == "hs_sections":
        return tuple(c for c in HS_SECTIONS if c in codes)
    return tuple(sorted(codes))


def _names(
    dimension: str,
    codes: Sequence[str],
    countries: Mapping[str, Country],
    described: Mapping[str, str],
) -> tuple[str, ...]:
    if dimension == "partners":
        return tuple(countries[c].name for c in codes)
    prefix = "HS " if dimension == "hs_chapters" else "Section "
    return tuple(described.get(c) or f"{prefix}{c}" for c in codes)


def _matrix(
    years: Sequence[int], codes: Sequence[str], cells: Mapping[tuple[int, str], float]
) -> NDArray[np.float64]:
    row = {y: i for i, y in enumerate(years)}
    col = {c: j for j, c in enumerate(codes)}
    matrix = np.zeros((len(years), len(codes)), dtype=np.float64)
    for (y, c), value in cells.items():
        matrix[row[y], col[c]] = value
    matrix.setflags(write=False)
    return matrix


def read_panel(
    root: Path,
    spec: TableSpec,
    reporter: str,
    countries: Mapping[str, Country],
) -> Panel:
    label, dimension = spec.file, spec.dimension
    code_column = _CODE_COLUMN[dimension]
    if spec.layout == "wide":
        columns = ["year", code_column, "exports_usd_m", "imports_usd_m"]
    else:
        columns = ["year", "flow", code_column, "value_usd_m"]
    records = read_csv(root / label, label, columns)
    seen: dict[Any, int] = {}
    described: dict[str, str] = {}
    cells: dict[str, dict[tuple[int, str], float]] = {flow: {} for flow in FLOWS}
    totals: dict[tuple[int, str], Total] = {}
    for r in records:
        y = year(r, "year", label)
        if spec.layout == "wide":
            code = _code(r, dimension, label, countries, reporter)
            _duplicate(seen, (y, code), f"{y}/{code}", r, label)
            cells["exports"][(y, code)] = number(r, "exports_usd_m", label)
            cells["imports"][(y, code)] = number(r, "imports_usd_m", label)
        else:
            flow = r.text("flow")
            if flow not in FLOWS:
                raise DataError(
                    f"unknown flow {flow!r}; expected {', '.join(FLOWS)}", file=label, line=r.line
                )
            raw = r.text(code_column)
            code = raw if raw == WORLD else _code(r, dimension, label, countries, reporter)
            _duplicate(seen, (y, flow, code), f"{y}/{flow}/{code}", r, label)
            value = number(r, "value_usd_m", label)
            if code == WORLD:
                totals[(y, flow)] = Total(value, True)
                continue
            cells[flow][(y, code)] = value
        described.setdefault(code, r.text("description"))
    all_cells = [key for flow_cells in cells.values() for key in flow_cells]
    if not all_cells:
        raise DataError(f"no rows by {_NOUNS[dimension][1]}", file=label)
    years = tuple(sorted({y for y, _ in all_cells}))
    series: dict[str, Series] = {}
    notes: dict[str, str] = {}
    if spec.layout == "wide":
        codes = _order(dimension, {c for _, c in all_cells})
        names = _names(dimension, codes, countries, described)
        exports = _matrix(years, codes, cells["exports"])
        imports = _matrix(years, codes, cells["imports"])
        turnover = exports + imports
        turnover.setflags(write=False)
        series = {
            "exports": (codes, names, exports),
            "imports": (codes, names, imports),
            "turnover": (codes, names, turnover),
        }
    else:
        for flow, flow_cells in cells.items():
            if not flow_cells:
                given = [
                    f"{v.value:,.1f} US$ million in {y}"
                    for (y, f), v in totals.items()
                    if f == flow
                ]
                notes[flow] = (
                    f"release {spec.release!r} gives no {flow} by {_NOUNS[dimension][1]}"
                    + (f" (only the total: {', '.join(given)})" if given else "")
                    + f"; choose {' or '.join(f for f in FLOWS if cells[f])} here, or "
                    "another release"
                )
                continue
            codes = _order(dimension, {c for _, c in flow_cells})
            names = _names(dimension, codes, countries, described)
            series[flow] = (codes, names, _matrix(years, codes, flow_cells))
    return Panel(label, spec.release, dimension, spec.coverage, years, series, totals, notes)


def total_caveats(
    panel: Panel,
    year: int,
    flow: str,
    listed: float,
    official: float | None,
    unallocated: float | None,
) -> list[str]:
    what = panel.noun
    if official is None or unallocated is None:
        return [Caveat("no_total", flow=flow, year=year, release=panel.release, what=what,
                       listed=listed)]
    if unallocated > 0:
        return [Caveat("unallocated", unallocated=unallocated,
                       percent=100 * unallocated / official, official=official,
                       one=panel.noun_one, what=what)]
    if unallocated < 0:
        return [Caveat("over_total", what=what, listed=listed, over=-unallocated,
                       official=official)]
    return []
