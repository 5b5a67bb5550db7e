"""Multivector without a window: ``python -m models`` or ``multivector-batch``.

Commands: ``indices`` (every index for a reporter, year, flow and level), ``data`` (what the
embedded data hold and their sources), ``run`` (a scenario file: baseline, scenario, change),
``montecarlo`` (uncertainty bands for a scenario's cost shocks), ``sweep`` (an index as one
partner's share goes from 0 to 100 %, :mod:`models._cli_sweep`) and ``report`` (a scenario as
CSV, HTML or PDF for an essay, :mod:`models._cli_report`), ``import`` (keep a downloaded
Comtrade, WITS or template file) and ``mirror`` (reported against partner-reported figures),
:mod:`models._cli_import`; ``--data FILE`` reads such a file directly. Output as a table, CSV
or JSON (one writer, :mod:`models._cli_json`: an undefined number is ``null``). Exit status:
0 success, 1 bad data or scenario file, 2 bad command line.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Sequence
from typing import Any

import numpy as np

from models import __version__, indices, simulate
from models._cli_args import (
    MAX_DRAW_ELEMENTS,
    MAX_DRAWS,
    UsageError,
    count_argument,
    draws_argument,
    positive_argument,
    seed_argument,
    spread_argument,
)
from models._cli_format import categories_label, category_nouns, csv_number, fmt, index_name
from models._cli_import import add_import_commands
from models._cli_json import json_text
from models._cli_report import add_report_parser
from models._cli_scenarios import cmd_montecarlo, cmd_run, data_catalog
from models._cli_sweep import add_sweep_parser
from models.analysis import HHI_BANDS_SOURCE, hhi_reading
from models.blocs import MEMBERSHIP_NAMES, shares_of_members
from models.datasets import DIMENSIONS, FLOWS, RELEASES, Catalog, DataError
from models.scenario import Scenario, load_baseline

__all__ = ["main"]

PROG = "multivector-batch"


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    out = io.StringIO()
    try:
        args.handler(args, out)
    except UsageError as exc:
        args.subparser.error(str(exc))  # exits with status 2
    except ValueError as exc:  # DataError, ScenarioFileError: the message says where
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    text = out.getvalue()
    try:
        try:
            sys.stdout.write(text)
        except UnicodeEncodeError:  # a console that cannot show "Türkiye": replace, go on
            encoding = sys.stdout.encoding or "ascii"
            sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
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
        "--top",
        type=count_argument,
        default=10,
        metavar="K",
        help="categories to list, a whole number >= 0 (default 10)",
    )
    _add_format(p)
    p.set_defaults(handler=_cmd_indices)

    p = sub.add_parser("data", help="what the embedded data hold, with their sources")
    _add_format(p)
    p.set_defaults(handler=_cmd_data)

    p = sub.add_parser("run", help="apply a scenario file: baseline, scenario and change")
    p.add_argument("scenario", help="a scenario file (.json)")
    p.add_argument(
        "--top",
        type=count_argument,
        default=10,
        metavar="K",
        help="contributions to list, a whole number >= 0 (default 10)",
    )
    _add_format(p)
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("montecarlo", help="bands (5/50/95 %%) for a scenario's cost shocks")
    p.add_argument("scenario", help="a scenario file (.json) with a cost-shock edit")
    p.add_argument(
        "--draws",
        type=draws_argument,
        default=10_000,
        help=f"number of draws, 1 to {MAX_DRAWS:,}, and draws x partners at most "
        f"{MAX_DRAW_ELEMENTS:,} (default 10,000)",
    )
    p.add_argument(
        "--seed",
        type=seed_argument,
        default=0,
        help="seed of the random draws, a whole number >= 0: the same seed gives the same "
        "bands (default 0)",
    )
    p.add_argument(
        "--sigma-range",
        type=positive_argument,
        nargs=2,
        metavar=("LOW", "HIGH"),
        default=simulate.SIGMA_RANGE,
        help="sigma is drawn uniformly from LOW to HIGH, 0 < LOW <= HIGH (default "
        "%(default)s, the range of the trade-elasticity literature; see models.simulate)",
    )
    p.add_argument(
        "--keep-sigma",
        action="store_true",
        help="keep each cost shock's own sigma instead of drawing it (then --sigma-range "
        "is not used); with --shock-spread 0 every draw is what `run` gives",
    )
    p.add_argument(
        "--shock-spread",
        type=spread_argument,
        default=0.5,
        metavar="F",
        help="each shock is drawn from shock*(1-F) to shock*(1+F), F >= 0 (default 0.5); "
        "a cost cut must stay above -100 %% in every draw",
    )
    _add_format(p)
    p.set_defaults(handler=cmd_montecarlo)

    add_sweep_parser(sub)
    add_report_parser(sub)
    add_import_commands(sub)  # import, mirror, and --data FILE on the commands above
    return parser


def _add_format(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(subparser=p)


# --- indices -------------------------------------------------------------------------


def _cmd_indices(args: argparse.Namespace, out: io.StringIO) -> None:
    if args.level == "blocs" and args.dimension != "partners":
        raise UsageError(
            f"--level blocs groups partners into vectors; it needs --dimension partners, "
            f"not {args.dimension}"
        )
    catalog = data_catalog()
    reporter = args.reporter or catalog.default_reporter
    year = args.year if args.year is not None else _default_year(catalog, reporter, args)
    level = "vectors" if args.level == "blocs" else "partners"
    scenario = Scenario(
        reporter, year, args.flow, args.release, args.dimension, level, args.active_only
    )
    baseline = load_baseline(scenario, catalog)
    values = baseline.values
    computed = {
        k: float(v) for k, v in indices.compute_all(values, active_only=args.active_only).items()
    }
    order = np.argsort(-values, kind="stable")[: args.top]
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
    _, many = category_nouns(args.dimension, baseline.level)
    label = categories_label(args.dimension, baseline.level)
    info: dict[str, Any] = {
        "reporter": reporter,
        "reporter_name": table.reporter_name,
        "year": year,
        "flow": args.flow,
        "release": args.release,
        "dimension": args.dimension,
        "level": args.level,
        "categories_label": label,
        "categories": len(baseline.codes),
        "n_used": int(np.count_nonzero(values)) if args.active_only else len(baseline.codes),
        "n_rule": f"{many} with trade only" if args.active_only else f"all {many}, zeros included",
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
        out.write(json_text(payload))
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
        f"{table.reporter_name} ({reporter}), {year}, {args.flow}, {label}; "
        f"release: {args.release} [{table.status}]\n"
    )
    out.write(f"Source: {table.provenance.source}\nRelease: {table.provenance.release}\n\n")
    unit = table.provenance.unit
    out.write(
        f"Top {len(top)} of {len(baseline.codes)} {many} ({unit}, share of the listed total)\n"
    )
    for row in top:
        share = "" if row["share"] is None else f"{100 * row['share']:6.2f} %"
        out.write(
            f"{row['rank']:>4}  {row['name'][:34]:<34} {row['code']:<12} "
            f"{row['value_usd_m']:>12,.1f} {share}\n"
        )
    out.write(f"      {'Sum of listed ' + many:<47} {total:>12,.1f}\n")
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
        out.write(f"  {index_name(key, args.dimension, baseline.level):<42} {fmt(value)}\n")
    out.write(
        f"  {'HHI on the 0-10,000 scale':<42} {fmt(computed['hhi'] * 10_000, decimals=0)}"
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


def _default_year(catalog: Catalog, reporter: str, args: argparse.Namespace) -> int:
    """Return the app's default year, or the latest the chosen release and dimension hold."""
    year = catalog.default_year(reporter)
    held = _years_or_empty(catalog, reporter, args.release, args.dimension)
    return year if year in held or not held else max(held)


# --- data ----------------------------------------------------------------------------


def _cmd_data(args: argparse.Namespace, out: io.StringIO) -> None:
    catalog = data_catalog()
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
        out.write(json_text({"reporters": reporters, "sources": sources}))
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
