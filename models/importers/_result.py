"""What an import found: :class:`ImportedData`, and its summary for the student.

All values are US$ million. ``partners``, ``unallocated`` and each product table map
``(year, flow)`` to ``{code: value}``; ``totals`` maps ``(year, flow)`` to the official total
(the file's World row). :func:`summary` gives the same facts as plain data for the command
line's JSON and the window's dialog, :func:`summary_text` as lines of text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.importers._source import Dialect

__all__ = ["ImportedData", "Table", "summary", "summary_text"]

Table = dict[str, float]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass(frozen=True)
class ImportedData:
    """One imported file, read and checked, in the app's units and codes.

    ``kind`` is 'reported' (the reporter's own figures by partner) or 'mirror' (what
    every partner reports trading with ``reporter``, flows already turned round: a partner's
    imports from the reporter are the reporter's mirror exports).
    """

    source_file: str
    format_name: str
    kind: str
    reporter: str
    dialect: Dialect
    rows_read: int
    rows_used: int
    partners: Mapping[tuple[int, str], Table]
    totals: Mapping[tuple[int, str], float]
    unallocated: Mapping[tuple[int, str], Table]
    products: Mapping[str, Mapping[tuple[int, str], Table]]
    product_names: Mapping[str, str]
    months: Mapping[int, tuple[int, ...]]  # years with fewer than 12 months: those held
    skipped: Mapping[str, int]
    other_flows: Mapping[str, float]  # US$ (World totals of re-exports ...)
    duplicates: int
    first_duplicate: tuple[int, int] | None
    warnings: tuple[str, ...]

    @property
    def years(self) -> tuple[int, ...]:
        """Every year with partner or product figures."""
        keys = set(self.partners) | set(self.totals)
        for tables in self.products.values():
            keys |= set(tables)
        return tuple(sorted({year for year, _ in keys}))

    @property
    def flows(self) -> tuple[str, ...]:
        """'exports' and/or 'imports', those the file holds."""
        keys = set(self.partners) | set(self.totals)
        for tables in self.products.values():
            keys |= set(tables)
        return tuple(f for f in ("exports", "imports") if any(k[1] == f for k in keys))

    @property
    def partner_codes(self) -> tuple[str, ...]:
        """Every partner (ISO3) with figures in some year, sorted."""
        return tuple(sorted({code for table in self.partners.values() for code in table}))

    @property
    def dimensions(self) -> tuple[str, ...]:
        """The app's dimensions this file offers ('partners', 'hs_sections', ...)."""
        found = ("partners",) if self.partners else ()
        return found + tuple(d for d in ("hs_sections", "hs_chapters") if d in self.products)

    def all_warnings(self) -> tuple[str, ...]:
        """Return every warning: the collector's and those drawn from the figures."""
        found = list(self.warnings)
        for year, months in sorted(self.months.items()):
            held = ", ".join(_MONTHS[m - 1] for m in months)
            found.append(
                f"{year} covers {len(months)} months only ({held}): its figures are the sum "
                "of those months, not a whole year."
            )
        if self.kind == "reported":
            for (year, flow) in sorted(set(self.partners) - set(self.totals)):
                found.append(
                    f"{year} {flow}: no World row, so no official total; the partners' sum is "
                    "a lower bound and trade to areas not listed cannot be shown."
                )
            for key, total in sorted(self.totals.items()):
                listed = sum(self.partners.get(key, {}).values())
                if listed > total * 1.005 + 0.05:
                    found.append(
                        f"{key[0]} {key[1]}: the partners sum to {listed:,.1f} US$ million, "
                        f"more than the World total {total:,.1f}."
                    )
        if self.duplicates:
            first = self.first_duplicate or (0, 0)
            found.append(
                f"{self.duplicates:,} repeated row(s) counted once (the first: line {first[1]} "
                f"repeats line {first[0]})."
            )
        unknown = sorted(
            {label for table in self.unallocated.values() for label in table
             if "not in the app's country list" in label}
        )  # fmt: skip
        if unknown:
            more = f" and {len(unknown) - 12} more" if len(unknown) > 12 else ""
            found.append(
                "Partners not in the app's country list, counted in the unallocated line: "
                + "; ".join(unknown[:12]) + more + "."
            )
        for flow, value in sorted(self.other_flows.items()):
            found.append(
                f"{flow[0].upper() + flow[1:]} (World total {value / 1e6:,.1f} US$ million "
                "over all years) are not counted as exports or imports."
            )
        return tuple(found)


def _span(years: tuple[int, ...]) -> str:
    if len(years) > 2 and list(years) == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


def summary(data: ImportedData, reporter_name: str) -> dict[str, Any]:
    """Return what the import found as plain data (JSON-ready, US$ million)."""
    yearly = []
    for year in data.years:
        for flow in data.flows:
            key = (year, flow)
            if key not in data.partners and key not in data.totals:
                continue
            listed = sum(data.partners.get(key, {}).values())
            total = data.totals.get(key)
            areas = data.unallocated.get(key, {})
            yearly.append(
                {
                    "year": year,
                    "flow": flow,
                    "partners": len(data.partners.get(key, {})),
                    "partners_usd_m": listed,
                    "official_total_usd_m": total,
                    "unallocated_usd_m": None if total is None else total - listed,
                    "unallocated_named": dict(sorted(areas.items(), key=lambda kv: -kv[1])),
                }
            )
    products = {
        dimension: sorted({code for table in tables.values() for code in table})
        for dimension, tables in data.products.items()
    }
    return {
        "file": data.source_file,
        "format": data.format_name,
        "text": data.dialect.describe(),
        "kind": data.kind,
        "reporter": data.reporter,
        "reporter_name": reporter_name,
        "years": list(data.years),
        "flows": list(data.flows),
        "dimensions": list(data.dimensions),
        "partners": list(data.partner_codes),
        "products": products,
        "rows_read": data.rows_read,
        "rows_used": data.rows_used,
        "rows_left_out": dict(data.skipped),
        "totals": yearly,
        "warnings": list(data.all_warnings()),
    }


def summary_text(data: ImportedData, reporter_name: str) -> list[str]:
    """Return the summary as lines of text, as ``python -m models import`` prints it."""
    facts = summary(data, reporter_name)
    side = (
        f"mirror data: what {len(data.partner_codes)} partners report trading with "
        f"{reporter_name} ({data.reporter})"
        if data.kind == "mirror"
        else f"{reporter_name} ({data.reporter}), as reported by {reporter_name}"
    )
    lines = [
        f"{data.source_file}: {data.format_name} ({facts['text']})",
        f"  {side}",
        f"  years: {_span(data.years)}; flows: {', '.join(data.flows)}; "
        f"by: {', '.join(data.dimensions) or 'nothing'}",
        f"  {len(data.partner_codes)} partners; rows: {data.rows_read:,} read, "
        f"{data.rows_used:,} used",
    ]
    for dimension, codes in facts["products"].items():
        lines.append(f"  {dimension}: {len(codes)} codes ({', '.join(codes[:8])}"
                     f"{', ...' if len(codes) > 8 else ''})")
    lines.append("  Totals (US$ million): year, flow, partners listed, official, unallocated")
    for row in facts["totals"]:
        total = row["official_total_usd_m"]
        gap = row["unallocated_usd_m"]
        lines.append(
            f"    {row['year']} {row['flow']:<8} {row['partners_usd_m']:>14,.1f} "
            f"{'n/a' if total is None else f'{total:,.1f}':>14} "
            f"{'n/a' if gap is None else f'{gap:,.1f}':>12}"
        )
        for label, value in list(row["unallocated_named"].items())[:4]:
            lines.append(f"        of which {label}: {value:,.1f}")
    for reason, count in sorted(data.skipped.items(), key=lambda kv: -kv[1]):
        lines.append(f"  left out: {count:,} rows: {reason}")
    for warning in facts["warnings"]:
        lines.append(f"  warning: {warning}")
    return lines
