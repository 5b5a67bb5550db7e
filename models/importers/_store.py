"""Write an :class:`ImportedData` as a data set folder the catalog loader reads.

A data set folder holds ``dataset.json`` (what it is: reporter, kind, format, source file,
when imported, its tables and the import summary) and, for each table, a long CSV
(``year,flow,<code>,value_usd_m``; code ``WLD`` is the official total) with its
``.provenance.json``, the same layout and checks as the embedded data (``_tables.read_panel``
with layout ``long``). Mirror data go to ``mirror.csv``. Values are written with every digit
(``repr``), so a kept data set gives the same numbers as the file read directly.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.importers._codes import SECTION_NAMES
from models.importers._result import ImportedData, Table, summary

__all__ = ["DATASET_FILE", "DATASET_SCHEMA", "TABLE_FILES", "write_set"]

DATASET_FILE = "dataset.json"
DATASET_SCHEMA = 1
TABLE_FILES = {
    "partners": ("partners.csv", "iso3"),
    "hs_sections": ("hs_sections.csv", "hs_section"),
    "hs_chapters": ("hs_chapters.csv", "hs_chapter"),
    "mirror": ("mirror.csv", "iso3"),
}
_FLOWS = ("exports", "imports")
_MONTHS = "January February March April May June July August September October November December"


def _rows(
    tables: Mapping[tuple[int, str], Table], totals: Mapping[tuple[int, str], float]
) -> list[tuple[int, str, str, float]]:
    rows: list[tuple[int, str, str, float]] = []
    years = sorted({y for y, _ in tables} | {y for y, _ in totals})
    for year in years:
        for flow in _FLOWS:
            for code, value in sorted(tables.get((year, flow), {}).items()):
                rows.append((year, flow, code, value))
            if (year, flow) in totals:
                rows.append((year, flow, "WLD", totals[(year, flow)]))
        if all((year, f) in tables for f in _FLOWS):  # turnover: both flows that year
            both: dict[str, float] = {}
            for flow in _FLOWS:
                for code, value in tables[(year, flow)].items():
                    both[code] = both.get(code, 0.0) + value
            rows.extend((year, "turnover", code, value) for code, value in sorted(both.items()))
            if all((year, f) in totals for f in _FLOWS):
                rows.append((year, "turnover", "WLD", sum(totals[(year, f)] for f in _FLOWS)))
    return rows


def _write_csv(
    path: Path, column: str, rows: list[tuple[int, str, str, float]], names: Mapping[str, str]
) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["year", "flow", column, "value_usd_m", "description"])
        for year, flow, code, value in rows:
            writer.writerow([year, flow, code, repr(float(value)), names.get(code, "")])


def _caveats(data: ImportedData, reporter_name: str, dimension: str) -> list[str]:
    if data.kind == "mirror":
        side = (
            f"Mirror figures: what each partner reports trading with {reporter_name}, turned "
            f"round (a partner's imports from {reporter_name} are shown as "
            f"{reporter_name}'s exports). Imports are usually valued with freight and "
            "insurance (CIF), exports without (FOB), so mirror exports tend to be higher."
        )
    else:
        side = f"{reporter_name}'s own (reported) figures, as the file gives them."
    found = [
        f"Imported by the user from {data.source_file} ({data.format_name}); not checked "
        "against the source's website.",
        side,
        "Values were converted to US$ million from the file's unit.",
    ]
    if dimension == "partners" and data.kind == "reported":
        found.append(
            "The official total is the file's World row. Trade the source gives to no country "
            "(Areas nes, Other Asia nes, bunkers, free zones, special categories, codes not in "
            "the app's country list) is in the 'Unallocated' amount, never spread over the "
            "partners. Re-exports and re-imports are not counted."
        )
    elif dimension != "partners":
        found.append(
            "Product groups are the World's trade by HS code (partner World); where the file "
            "gives headings or subheadings, they are summed into chapters and sections."
        )
    return found + list(data.all_warnings())


def _provenance(
    data: ImportedData, reporter_name: str, name: str, dimension: str
) -> dict[str, Any]:
    year_caveats: dict[str, list[str]] = {}
    year_status: dict[str, str] = {}
    tables = data.partners if dimension in ("partners", "mirror") else data.products[dimension]
    years = sorted({y for y, _ in tables})
    for year in years:
        held = [f for f in _FLOWS if (year, f) in tables]
        for flow in _FLOWS:
            if flow not in held:
                year_caveats[f"{year}/{flow}"] = [
                    f"The file holds no {flow} for {year}: every value shown is zero."
                ]
        if year in data.months:
            months = ", ".join(_MONTHS.split()[m - 1] for m in data.months[year])
            year_caveats.setdefault(str(year), []).append(
                f"{year} holds {len(data.months[year])} months only ({months}): its values "
                "are the sum of those months."
            )
            year_status[str(year)] = "partial"
        elif dimension != "mirror" and any((year, f) in data.totals for f in held):
            year_status[str(year)] = "final"
    provenance: dict[str, Any] = {
        "file": name,
        "title": f"{reporter_name}: trade imported from {data.source_file}",
        "source": f"{data.format_name}, file {data.source_file} (imported by the user)",
        "release": f"As downloaded by the user; imported {datetime.now(UTC):%Y-%m-%d}",
        "unit": "US$ million",
        "caveats": _caveats(data, reporter_name, dimension),
        "year_caveats": year_caveats,
        "year_status": year_status,
    }
    covered = {str(y): list(m) for y, m in data.months.items() if y in years}
    if covered:
        provenance["year_months"] = covered
    return provenance


def write_set(data: ImportedData, folder: Path, *, set_id: str, reporter_name: str) -> None:
    """Write ``data`` into the empty or new ``folder`` as data set ``set_id``."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: list[dict[str, str]] = []
    wanted: list[tuple[str, Mapping[tuple[int, str], Table], Mapping[tuple[int, str], float]]]
    if data.kind == "mirror":
        wanted = [("mirror", data.partners, {})]
    else:
        wanted = [("partners", data.partners, data.totals)] if data.partners else []
        # the product tables' total is the World's total over all products
        wanted += [
            (dim, data.products[dim], {k: v for k, v in data.totals.items() if k in tables_})
            for dim, tables_ in data.products.items()
        ]
    for dimension, table, totals in wanted:
        name, column = TABLE_FILES[dimension]
        names: Mapping[str, str] = {}
        if dimension == "hs_sections":
            names = {**SECTION_NAMES, **data.product_names}
        elif dimension == "hs_chapters":
            names = data.product_names
        _write_csv(folder / name, column, _rows(table, totals), names)
        provenance = _provenance(data, reporter_name, f"{set_id}/{name}", dimension)
        (folder / f"{name}.provenance.json").write_text(
            json.dumps(provenance, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        tables.append({"dimension": dimension, "file": name})
    manifest = {
        "schema_version": DATASET_SCHEMA,
        "id": set_id,
        "kind": data.kind,
        "reporter": data.reporter,
        "reporter_name": reporter_name,
        "format": data.format_name,
        "source_file": data.source_file,
        "imported": datetime.now(UTC).isoformat(timespec="seconds"),
        "tables": tables,
        "summary": summary(data, reporter_name),
    }
    (folder / DATASET_FILE).write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2, allow_nan=False) + "\n",
        encoding="utf-8",
    )
