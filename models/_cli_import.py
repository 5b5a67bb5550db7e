"""The ``import`` and ``mirror`` commands, and ``--data FILE`` on the commands that read data.

``import FILE`` reads a downloaded trade file, prints what it found (reporter, years, flows,
partners or products, totals, warnings) and keeps it in the user data folder
(:mod:`models.user_data`); ``import --list`` lists the kept data sets and
``import --remove ID`` deletes one. ``mirror`` sets a reporter's figures beside what its
partners report (mirror data) for one year and flow, partner by partner. ``--data FILE``
makes ``indices``, ``run``, ``montecarlo``, ``report`` and ``mirror`` read one file
directly, without keeping it.
"""

from __future__ import annotations

import argparse
import csv
import io
from collections.abc import Callable
from typing import Any

from models._cli_args import UsageError, count_argument
from models._cli_data import using_data_file
from models._cli_json import json_text
from models.datasets import DataError
from models.importers import mirror_gaps, read_file, summary, summary_text
from models.user_data import (
    datasets_dir,
    import_file,
    list_sets,
    load_app_catalog,
    mirror_figures,
    remove_set,
)

__all__ = ["add_import_commands"]

DATA_COMMANDS = ("indices", "run", "montecarlo", "sweep", "report", "mirror")
Handler = Callable[[argparse.Namespace, io.StringIO], None]


def add_import_commands(sub: Any) -> None:
    """Add ``import`` and ``mirror`` to ``sub``, and ``--data`` to its data commands.

    The data commands are those of :data:`DATA_COMMANDS` that ``sub`` has.
    """
    p = sub.add_parser("import", help="read a Comtrade, WITS or template file and keep it")
    p.add_argument("file", nargs="?", help="the downloaded file (.csv)")
    p.add_argument("--list", action="store_true", help="list the kept data sets")
    p.add_argument("--remove", metavar="ID", help="delete the kept data set ID")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(handler=_cmd_import, subparser=p)

    p = sub.add_parser("mirror", help="reported against partner-reported (mirror) figures")
    p.add_argument(
        "file", nargs="?", help="a mirror data file (default: the kept mirror data set)"
    )
    p.add_argument("--reporter", help="ISO3 code (default: the mirror file's, or the data's)")
    p.add_argument("--year", type=int, help="default: the latest year both sides hold")
    p.add_argument("--flow", choices=("exports", "imports", "turnover"), default="exports")
    p.add_argument("--top", type=count_argument, default=15, metavar="K")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(handler=_cmd_mirror, subparser=p)

    for name in DATA_COMMANDS:
        parser = sub.choices.get(name)
        if parser is None:
            continue
        parser.add_argument(
            "--data",
            metavar="FILE",
            help="read this Comtrade, WITS or template file directly (not kept)",
        )
        handler = parser.get_default("handler")
        parser.set_defaults(handler=_with_data(handler))


def _with_data(handler: Handler) -> Handler:
    def run(args: argparse.Namespace, out: io.StringIO) -> None:
        with using_data_file(getattr(args, "data", None)):
            handler(args, out)

    return run


# --- import --------------------------------------------------------------------------


def _cmd_import(args: argparse.Namespace, out: io.StringIO) -> None:
    if args.remove:
        remove_set(args.remove)
        out.write(f"Removed the imported data set {args.remove}.\n")
        return
    if args.list or not args.file:
        if not args.list:
            raise UsageError("give a FILE to import, or --list, or --remove ID")
        _list(args, out)
        return
    outcome = import_file(args.file)
    data, kept = outcome.data, outcome.data_set
    name = kept.reporter_name
    if args.format == "json":
        payload = {
            **summary(data, name),
            "kept_as": kept.id,
            "folder": str(kept.folder),
            "new": outcome.new,
        }
        out.write(json_text(payload))
        return
    out.write("\n".join(summary_text(data, name)) + "\n\n")
    verb = "Kept" if outcome.new else "Already imported"
    out.write(f"{verb} as data set {kept.id} in {datasets_dir()}\n")
    if kept.kind == "mirror":
        out.write(f"Compare it with the reported figures: mirror --reporter {kept.reporter}\n")
        return
    app = load_app_catalog()
    used = any(s.id == kept.id for s, _why in app.shadowed)
    if used:
        why = next(w for s, w in app.shadowed if s.id == kept.id)
        out.write(f"Not listed among the reporters ({why}); use it with --data {args.file}\n")
    else:
        out.write(f"Use it with: indices --reporter {kept.reporter}\n")


def _list(args: argparse.Namespace, out: io.StringIO) -> None:
    sets, problems = list_sets()
    rows = [
        {
            "id": s.id,
            "kind": s.kind,
            "reporter": s.reporter,
            "reporter_name": s.reporter_name,
            "format": s.format,
            "source_file": s.source_file,
            "imported": s.imported,
            "dimensions": list(s.dimensions),
        }
        for s in sets
    ]
    if args.format == "json":
        out.write(json_text({"folder": str(datasets_dir()), "datasets": rows,
                             "problems": list(problems)}))  # fmt: skip
        return
    out.write(f"Imported data sets in {datasets_dir()}: {len(rows)}\n")
    for row in rows:
        out.write(
            f"  {row['id']}\n    {row['reporter_name']} ({row['reporter']}), {row['kind']}, "
            f"{row['format']}, from {row['source_file']}, imported {row['imported']}\n"
        )
    for problem in problems:
        out.write(f"  problem: {problem}\n")


# --- mirror --------------------------------------------------------------------------


def _mirror_side(args: argparse.Namespace, default: str) -> tuple[str, str, Any]:
    """Return (reporter, where the mirror figures come from, {(year, flow): {iso3: v}})."""
    if args.file:
        data = read_file(args.file)
        if data.kind != "mirror":
            raise DataError(
                "this file holds the reporter's own figures, not mirror data (every "
                "partner's trade with one country); use it with --data",
                file=args.file,
            )
        if args.reporter and args.reporter != data.reporter:
            raise UsageError(f"the mirror file is about {data.reporter}, not {args.reporter}")
        figures: dict[tuple[int, str], dict[str, float]] = {
            k: dict(v) for k, v in data.partners.items()
        }
        for year in {y for y, _ in figures}:
            if (year, "exports") in figures and (year, "imports") in figures:
                both = dict(figures[(year, "exports")])
                for code, value in figures[(year, "imports")].items():
                    both[code] = both.get(code, 0.0) + value
                figures[(year, "turnover")] = both
        return data.reporter, data.source_file, figures
    reporter = args.reporter or default
    kept = mirror_figures(reporter)
    if kept is None:
        raise DataError(
            f"no mirror data for {reporter}: import a file of what its partners report "
            f"(Comtrade: reporter all, partner {reporter}), or give the file here"
        )
    return reporter, f"{kept[0].source_file} (kept as {kept[0].id})", kept[1]


def _cmd_mirror(args: argparse.Namespace, out: io.StringIO) -> None:
    from models._cli_scenarios import data_catalog  # it imports this module's parent

    catalog = data_catalog()
    reporter, source, figures = _mirror_side(args, catalog.default_reporter)
    held = set(catalog.years(reporter)) & {y for y, f in figures if f == args.flow}
    if args.year is None and not held:
        raise DataError(f"the reported and mirror figures of {reporter} share no year")
    year = args.year if args.year is not None else max(held)
    if (year, args.flow) not in figures:
        years = sorted({y for y, f in figures if f == args.flow})
        raise DataError(f"the mirror data hold no {args.flow} for {year}; they hold {years}")
    table = catalog.table(reporter, year, args.flow)
    names = {code: catalog.country_name(code) for code in figures[(year, args.flow)]}
    gaps = mirror_gaps(table, figures[(year, args.flow)], names)
    reported_sum = sum(g.reported for g in gaps)
    mirror_sum = sum(g.mirror for g in gaps)
    rows: list[dict[str, Any]] = [
        {"code": g.code, "name": g.name, "reported_usd_m": g.reported,
         "mirror_usd_m": g.mirror, "gap_usd_m": g.gap, "gap_share": g.relative}
        for g in gaps
    ]  # fmt: skip
    if args.format == "json":
        out.write(json_text({
            "reporter": reporter, "reporter_name": table.reporter_name, "year": year,
            "flow": args.flow, "reported_source": table.provenance.source,
            "mirror_source": source, "partners": rows, "reported_sum_usd_m": reported_sum,
            "mirror_sum_usd_m": mirror_sum,
        }))  # fmt: skip
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(list(rows[0]) if rows else ["code"])
        for row in rows:
            writer.writerow(["" if v is None else v for v in row.values()])
        return
    out.write(
        f"{table.reporter_name} ({reporter}), {year}, {args.flow}: reported against mirror "
        f"figures (US$ million)\nReported: {table.provenance.source}\nMirror:   {source}\n\n"
        f"  {'partner':<30} {'reported':>12} {'mirror':>12} {'gap':>12} {'gap %':>8}\n"
    )
    for row in rows[: args.top]:
        share = "" if row["gap_share"] is None else f"{100 * row['gap_share']:+.1f}"
        out.write(
            f"  {row['name'][:30]:<30} {row['reported_usd_m']:>12,.1f} "
            f"{row['mirror_usd_m']:>12,.1f} {row['gap_usd_m']:>+12,.1f} {share:>8}\n"
        )
    out.write(
        f"  {'Sum over these partners':<30} {reported_sum:>12,.1f} {mirror_sum:>12,.1f} "
        f"{mirror_sum - reported_sum:>+12,.1f}\n\nThe gap is the mirror figure minus the "
        "reported one. Imports are valued with freight and insurance (CIF), exports "
        "without (FOB), so a partner's imports usually exceed the reporter's exports.\n"
    )
