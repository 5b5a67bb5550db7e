"""The manifest of a data folder: ``catalog.json`` and every file's ``.provenance.json``.

Also the vocabulary the data files and :mod:`models.datasets` share (flows, releases,
dimensions, statuses, roles).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models._csv import DataError, read_json, relative_file

FLOWS = ("exports", "imports", "turnover")
RELEASES = ("revised", "first_published")
DIMENSIONS = ("partners", "hs_sections", "hs_chapters")
STATUSES = ("final", "preliminary", "approximate", "partial")
ROLES = ("member", "observer", "associate", "withdrew")
LAYOUTS = ("wide", "long")
COVERAGES = ("complete", "partial")
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class TableSpec:
    release: str
    dimension: str
    layout: str
    coverage: str
    file: str


@dataclass(frozen=True)
class ReporterEntry:
    iso3: str
    name: str
    files: tuple[str, ...]
    totals_file: str | None
    totals_release: str
    tables: tuple[TableSpec, ...]


@dataclass(frozen=True)
class CatalogJson:
    default_reporter: str
    countries: str
    blocs: str
    reporters: tuple[ReporterEntry, ...]
    country_names: str | None = None  # names in other languages (iso3 and a column each)


@dataclass(frozen=True)
class FileProvenance:
    fields: dict[str, Any]  # the public Provenance's fields
    year_caveats: Mapping[str, tuple[str, ...]]
    year_status: Mapping[str, str]
    year_months: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # months covered


def _choice(value: object, allowed: Sequence[str], what: str, label: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise DataError(f"{what} {value!r} is not one of {', '.join(allowed)}", file=label)
    return value


def _text(data: Mapping[str, Any], key: str, label: str, *, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise DataError(f"{where}{key!r} must be a non-empty string, found {value!r}", file=label)
    return value


# --- catalog.json -------------------------------------------------------------------------


def read_catalog_json(root: Path) -> CatalogJson:
    label = "catalog.json"
    data = read_json(root / label, label)
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        raise DataError(
            f"schema_version {version!r} is not supported (this app reads {SCHEMA_VERSION})",
            file=label,
        )
    reporters = data.get("reporters")
    if not isinstance(reporters, list) or not reporters:
        raise DataError("'reporters' must be a non-empty list", file=label)
    entries = tuple(_reporter_entry(r, i, label) for i, r in enumerate(reporters))
    codes = [e.iso3 for e in entries]
    if len(set(codes)) != len(codes):
        raise DataError(f"a reporter is listed twice: {codes}", file=label)
    return CatalogJson(
        default_reporter=_text(data, "default_reporter", label),
        countries=relative_file(data.get("countries"), label, "countries"),
        blocs=relative_file(data.get("blocs"), label, "blocs"),
        reporters=entries,
        country_names=(None if data.get("country_names") is None
                       else relative_file(data["country_names"], label, "country_names")),
    )


def _reporter_entry(raw: object, index: int, label: str) -> ReporterEntry:
    where = f"reporters[{index}]: "
    if not isinstance(raw, dict):
        raise DataError(f"{where}expected an object", file=label)
    iso3 = _text(raw, "iso3", label, where=where)
    tables_raw = raw.get("tables")
    if not isinstance(tables_raw, list) or not tables_raw:
        raise DataError(f"{where}'tables' must be a non-empty list", file=label)
    tables = []
    for j, spec in enumerate(tables_raw):
        at = f"{where}tables[{j}]"
        if not isinstance(spec, dict):
            raise DataError(f"{at}: expected an object", file=label)
        tables.append(
            TableSpec(
                release=_choice(spec.get("release"), RELEASES, f"{at}: release", label),
                dimension=_choice(spec.get("dimension"), DIMENSIONS, f"{at}: dimension", label),
                layout=_choice(spec.get("layout"), LAYOUTS, f"{at}: layout", label),
                coverage=_choice(spec.get("coverage"), COVERAGES, f"{at}: coverage", label),
                file=relative_file(spec.get("file"), label, f"{at}: file"),
            )
        )
    pairs = [(t.release, t.dimension) for t in tables]
    if len(set(pairs)) != len(pairs):
        raise DataError(f"{where}two tables share a release and dimension: {pairs}", file=label)
    totals_file, totals_release = None, "revised"
    totals = raw.get("totals")
    if totals is not None:
        if not isinstance(totals, dict):
            raise DataError(f"{where}'totals' must be an object", file=label)
        totals_file = relative_file(totals.get("file"), label, f"{where}totals.file")
        totals_release = _choice(totals.get("release"), RELEASES, f"{where}totals.release", label)
    files = [t.file for t in tables] + ([totals_file] if totals_file else [])
    listed = raw.get("files")
    if listed is not None and sorted(set(listed)) != sorted(set(files)):
        raise DataError(f"{where}'files' {listed} do not match the tables {files}", file=label)
    for key, have in (
        ("releases", [t.release for t in tables]),
        ("dimensions", [t.dimension for t in tables]),
    ):
        claimed = raw.get(key)
        if claimed is not None and sorted(set(claimed)) != sorted(set(have)):
            raise DataError(f"{where}{key!r} {claimed} do not match the tables", file=label)
    return ReporterEntry(
        iso3=iso3,
        name=_text(raw, "name", label, where=where),
        files=tuple(files),
        totals_file=totals_file,
        totals_release=totals_release,
        tables=tuple(tables),
    )


# --- provenance sidecars --------------------------------------------------------------


def read_provenance(root: Path, name: str) -> FileProvenance:
    label = f"{name}.provenance.json"
    if not (root / label).is_file():
        raise DataError(f"missing: every data file needs its provenance ({name})", file=label)
    data = read_json(root / label, label)
    if data.get("file", name) != name:
        raise DataError(f"'file' is {data['file']!r}, expected {name!r}", file=label)
    caveats = data.get("caveats")
    if not isinstance(caveats, list) or not all(isinstance(c, str) and c for c in caveats):
        raise DataError("'caveats' must be a list of non-empty strings", file=label)
    fields: dict[str, Any] = {
        "file": name,
        "source": _text(data, "source", label),
        "release": _text(data, "release", label),
        "unit": _text(data, "unit", label),
        "caveats": tuple(caveats),
    }
    for key in ("url", "title", "licence", "retrieved", "compiled"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise DataError(f"{key!r} must be a string", file=label)
        fields[key] = value
    year_caveats = data.get("year_caveats", {})
    if not isinstance(year_caveats, dict) or not all(
        isinstance(v, list) and all(isinstance(c, str) for c in v) for v in year_caveats.values()
    ):
        raise DataError("'year_caveats' must map 'YEAR' or 'YEAR/flow' to lists", file=label)
    year_status = data.get("year_status", {})
    if not isinstance(year_status, dict):
        raise DataError("'year_status' must map years to statuses", file=label)
    for status in year_status.values():
        _choice(status, STATUSES, "year_status", label)
    year_months = data.get("year_months", {})
    if not isinstance(year_months, dict) or not all(
        isinstance(v, list) and v and all(isinstance(m, int) and 1 <= m <= 12 for m in v)
        and v == sorted(set(v))
        for v in year_months.values()
    ):
        raise DataError(
            "'year_months' must map years to the months (1-12, ascending) the values cover",
            file=label,
        )
    return FileProvenance(
        fields,
        {k: tuple(v) for k, v in year_caveats.items()},
        dict(year_status),
        {k: tuple(v) for k, v in year_months.items()},
    )
