"""Multivector without a window: ``python -m models`` or ``multivector-batch``.

Commands: ``indices`` (every index for a reporter, year, flow and level), ``data`` (what the
embedded data hold and their sources), ``run`` (a scenario file: baseline, scenario, change)
and ``montecarlo`` (uncertainty bands for a scenario's cost shocks). Output as a table, CSV
or JSON. Exit status: 0 success, 1 bad data or scenario file, 2 bad command line.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from models import __version__, indices, simulate
from models._cli_format import csv_number, fmt, nan_none
from models._cli_scenarios import cmd_montecarlo, cmd_run
from models.analysis import HHI_BANDS_SOURCE, hhi_reading
from models.blocs import MEMBERSHIP_NAMES, shares_of_members
from models.datasets import DIMENSIONS, FLOWS, RELEASES, Catalog, DataError, load_catalog
from models.scenario import Scenario, load_baseline
from models.scenario_files import ScenarioFileError

__all__ = ["main"]

PROG = "multivector-batch"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = io.StringIO()
    try:
        args.handler(args, out)
    except (DataError, ScenarioFileError, ValueError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    try:
        sys.stdout.write(out.getvalue())
        sys.stdout.flush()
    except BrokenPipeError:  # `| head` closed the pipe: not an error for a Unix tool
        return 0
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Trade concentration indices and scenarios, headless (Multivector).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("indices", help="every index for a reporter, year, flow and level")
    p.add_argument(
        "--reporter", help="ISO3 code of the reporting country (default: the data's default)"
    )
    p.add_argument("--year", type=int, help="data year (default: the latest complete year)")
    p.add_argument("--flow", choices=FLOWS, default="exports")
    p.add_argument(
        "--level",
        choices=("partners", "blocs"),
        default="partners",
        help="partners, or blocs: the default vectors (Russia & EAEU, China, EU-27, ...)",
    )
    p.add_argument("--dimension", choices=DIMENSIONS, default="partners")
    p.add_argument("--release", choices=RELEASES, default="revised")
    p.add_argument(
        "--active-only",
        action="store_true",
        help="N = partners with trade (default: every partner the data hold, zeros included)",
    )
    p.add_argument(
        "--top", type=int, default=10, metavar="K", help="categories to list (default 10)"
    )
    _add_format(p)
    p.set_defaults(handler=_cmd_indices)

    p = sub.add_parser("data", help="what the embedded data hold, with their sources")
    _add_format(p)
    p.set_defaults(handler=_cmd_data)

    p = sub.add_parser("run", help="apply a scenario file: baseline, scenario and change")
    p.add_argument("scenario", help="a scenario file (.json)")
    p.add_argument("--top", type=int, default=10, metavar="K", help="contributions to list")
    _add_format(p)
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("montecarlo", help="bands (5/50/95 %%) for a scenario's cost shocks")
    p.add_argument("scenario", help="a scenario file (.json) with a cost-shock edit")
    p.add_argument("--draws", type=int, default=10_000, help="number of draws (default 10,000)")
    p.add_argument(
        "--seed",
        type=int,
        default=0,
        help="seed of the random draws: the same seed gives the same bands (default 0)",
    )
    p.add_argument(
        "--sigma-range",
        type=float,
        nargs=2,
        metavar=("LOW", "HIGH"),
        default=simulate.SIGMA_RANGE,
        help="sigma is drawn uniformly from LOW to HIGH (default %(default)s, the range of "
        "the trade-elasticity literature; see models.simulate)",
    )
    p.add_argument(
        "--shock-spread",
        type=float,
        default=0.5,
        metavar="F",
        help="each shock is drawn from shock*(1-F) to shock*(1+F) (default 0.5)",
    )
    _add_format(p)
    p.set_defaults(handler=cmd_montecarlo)
    return parser


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")


# --- indices -------------------------------------------------------------------------


def _cmd_indices(args: argparse.Namespace, out: io.StringIO) -> None:
    catalog = load_catalog()
    reporter = args.reporter or catalog.default_reporter
    year = args.year if args.year is not None else catalog.default_year(reporter)
    level = "vectors" if args.level == "blocs" else "partners"
    scenario = Scenario(
        reporter, year, args.flow, args.release, args.dimension, level, args.active_only
    )
    baseline = load_baseline(scenario, catalog)
    values = baseline.values
    computed = {
        k: float(v) for k, v in indices.compute_all(values, active_only=args.active_only).items()
    }
    order = np.argsort(-values, kind="stable")[: max(args.top, 0)]
    total = float(values.sum())
    top = [
        {
            "rank": r + 1,
            "code": baseline.codes[i],
            "name": baseline.names[i],
            "value_usd_m": float(values[i]),
            "share": float(values[i] / total) if total else None,
        }
        for r, i in enumerate(order)
    ]
    bloc_shares = shares_of_members(values, baseline.memberships).tolist()
    memberships = {
        bloc: share if np.isfinite(share) else None
        for (bloc, _), share in zip(baseline.memberships, bloc_shares, strict=True)
    }
    table = baseline.table
    info: dict[str, Any] = {
        "reporter": reporter,
        "reporter_name": table.reporter_name,
        "year": year,
        "flow": args.flow,
        "release": args.release,
        "dimension": args.dimension,
        "level": args.level,
        "categories": len(baseline.codes),
        "n_used": int(np.count_nonzero(values)) if args.active_only else len(baseline.codes),
        "n_rule": "active partners only" if args.active_only else "all partners, zeros included",
        "total_usd_m": total,
        "official_total_usd_m": table.official_total,
        "unallocated_usd_m": table.unallocated,
        "status": table.status,
        "source": table.provenance.source,
        "release_label": table.provenance.release,
        "unit": table.provenance.unit,
        "caveats": list(table.provenance.caveats),
    }
    if args.format == "json":
        payload = {
            **info,
            "top": top,
            "indices": computed,
            "hhi_points": computed["hhi"] * 10_000,
            "hhi_reading": hhi_reading(computed["hhi"]),
            "memberships": memberships,
        }
        out.write(
            json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False, default=nan_none)
            + "\n"
        )
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["index", "value"])
        for key, value in computed.items():
            writer.writerow([key, csv_number(value)])
        writer.writerow(["hhi_points", csv_number(computed["hhi"] * 10_000)])
        for bloc, bloc_share in memberships.items():
            writer.writerow(
                [f"membership_share_{bloc}", "" if bloc_share is None else csv_number(bloc_share)]
            )
        return
    out.write(
        f"{table.reporter_name} ({reporter}), {year}, {args.flow}, {args.level}; "
        f"release: {args.release} [{table.status}]\n"
    )
    out.write(f"Source: {table.provenance.source}\nRelease: {table.provenance.release}\n\n")
    unit = table.provenance.unit
    out.write(f"Top {len(top)} of {len(baseline.codes)} ({unit}, share of the listed total)\n")
    for row in top:
        share = "" if row["share"] is None else f"{100 * row['share']:6.2f} %"
        out.write(
            f"{row['rank']:>4}  {row['name'][:34]:<34} {row['code']:<12} "
            f"{row['value_usd_m']:>12,.1f} {share}\n"
        )
    out.write(f"      {'Sum of listed categories':<47} {total:>12,.1f}\n")
    if table.official_total is not None:
        out.write(f"      {'Official total':<47} {table.official_total:>12,.1f}\n")
    if table.unallocated is not None:
        out.write(
            f"      {'Unallocated (official total minus the sum)':<47} "
            f"{table.unallocated:>12,.1f}\n"
        )
    else:
        out.write(
            "      Unallocated: unknown (the data hold no official total for this "
            "year, flow and release)\n"
        )
    out.write(f"\nIndices (N = {info['n_used']}: {info['n_rule']})\n")
    for key, value in computed.items():
        out.write(f"  {indices.INDEX_INFO[key].name:<42} {fmt(value)}\n")
    out.write(
        f"  {'HHI on the 0-10,000 scale':<42} {computed['hhi'] * 10_000:10.0f}"
        f"  ({hhi_reading(computed['hhi'])})\n"
    )
    out.write(f"\n{HHI_BANDS_SOURCE}\n")
    if memberships:
        out.write(
            f"\nShares of overlapping memberships (full members in {year}; they overlap, "
            "so they do not sum to 100 %)\n"
        )
        for bloc, bloc_share in memberships.items():
            shown = "n/a" if bloc_share is None else f"{100 * bloc_share:6.2f} %"
            out.write(f"  {MEMBERSHIP_NAMES.get(bloc, bloc):<42} {shown:>10}\n")
    if table.provenance.caveats:
        out.write("\nCaveats:\n" + "".join(f"  - {c}\n" for c in table.provenance.caveats))


# --- data ----------------------------------------------------------------------------


def _cmd_data(args: argparse.Namespace, out: io.StringIO) -> None:
    catalog = load_catalog()
    reporters = []
    for reporter in catalog.reporters:
        entry: dict[str, Any] = {
            "reporter": reporter,
            "name": catalog.reporter_name(reporter),
            "default_year": catalog.default_year(reporter),
            "releases": {},
        }
        for release in RELEASES:
            for dimension in DIMENSIONS:
                years = _years_or_empty(catalog, reporter, release, dimension)
                if years:
                    entry["releases"].setdefault(release, {})[dimension] = list(years)
        reporters.append(entry)
    sources = [
        {
            "file": p.file,
            "source": p.source,
            "release": p.release,
            "unit": p.unit,
            "url": p.url,
            "caveats": list(p.caveats),
        }
        for p in catalog.provenances()
    ]
    if args.format == "json":
        out.write(
            json.dumps({"reporters": reporters, "sources": sources}, ensure_ascii=False, indent=2)
            + "\n"
        )
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["file", "source", "release", "unit", "url", "caveats"])
        for s in sources:
            writer.writerow(
                [
                    s["file"],
                    s["source"],
                    s["release"],
                    s["unit"],
                    s["url"],
                    " | ".join(s["caveats"]),
                ]
            )
        return
    for entry in reporters:
        out.write(f"{entry['name']} ({entry['reporter']}), default year {entry['default_year']}\n")
        for release, dims in entry["releases"].items():
            for dimension, years in dims.items():
                out.write(f"  {release:<16} {dimension:<12} {_year_span(years)}\n")
    out.write("\nSources\n")
    for s in sources:
        out.write(
            f"\n{s['file']}\n  source:  {s['source']}\n  release: {s['release']}\n"
            f"  unit:    {s['unit']}\n"
        )
        if s["url"]:
            out.write(f"  url:     {s['url']}\n")
        for caveat in s["caveats"]:
            out.write(f"  caveat:  {caveat}\n")


def _years_or_empty(
    catalog: Catalog, reporter: str, release: str, dimension: str
) -> tuple[int, ...]:
    try:
        return catalog.years(reporter, release=release, dimension=dimension)
    except DataError:
        return ()


def _year_span(years: Sequence[int]) -> str:
    if len(years) > 2 and list(years) == list(range(years[0], years[-1] + 1)):
        return f"{years[0]}-{years[-1]} ({len(years)} years)"
    return ", ".join(str(y) for y in years)
