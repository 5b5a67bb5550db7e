"""The ``sweep`` command of :mod:`models.cli`: an index as one category's share goes 0-100 %.

``python -m models sweep SCENARIO.json --partner CODE --index NAME [--points K]
[--rule RULE [--source CODE]] [--format table|csv|json]``. The scenario's edits are applied
first (as ``run`` applies them), then the share is set at each point by the scenario's last
share rule (proportional if it has none) unless ``--rule`` says otherwise
(:func:`models.sweep.sweep`). Shares the rule and the locks cannot reach are ``n/a`` in
tables, empty in CSV and ``null`` in JSON.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path
from typing import Any

from models import sweep as sweeps
from models._cli_args import UsageError, points_argument
from models._cli_format import csv_number, fmt, index_name, percent
from models._cli_json import json_text
from models._cli_scenarios import data_catalog
from models.analysis import HHI_BANDS_SOURCE
from models.indices import INDEX_KEYS
from models.rebalance import RULES
from models.scenario import apply, load_baseline
from models.scenario_files import load as load_scenario

__all__ = ["add_sweep_parser", "cmd_sweep"]

_KEYS = (*INDEX_KEYS, "vector_balance")


def add_sweep_parser(sub: Any) -> None:
    """Add the ``sweep`` command to the subcommands ``sub`` of the command line."""
    p = sub.add_parser(
        "sweep", help="an index as one partner's share goes from 0 to 100 %% (a sensitivity curve)"
    )
    p.add_argument("scenario", help="a scenario file (.json)")
    p.add_argument(
        "--partner",
        required=True,
        metavar="CODE",
        help="the category whose share is swept: a partner's code (CHN), a vector's key "
        "(EAEU, EU27) or a product group's code",
    )
    p.add_argument("--index", required=True, choices=_KEYS, metavar="NAME",
                   help=f"the index: one of {', '.join(_KEYS)}")
    p.add_argument(
        "--points",
        type=points_argument,
        default=101,
        metavar="K",
        help=f"shares from 0 to 100 %% in K even steps, 2 to {sweeps.MAX_POINTS:,} "
        "(default 101: every percent)",
    )
    p.add_argument(
        "--rule",
        choices=RULES,
        help="how the others make room (default: the rule of the scenario's last share "
        "edit, proportional if it has none)",
    )
    p.add_argument("--source", metavar="CODE",
                   help="with --rule from_partner: the partner that gives or takes the difference")
    p.add_argument("--format", choices=("table", "csv", "json"), default="table")
    p.set_defaults(handler=cmd_sweep, subparser=p)


def cmd_sweep(args: argparse.Namespace, out: io.StringIO) -> None:
    """Write the sweep of ``args.index`` over ``args.partner``'s share to ``out``."""
    if args.source is not None and args.rule != "from_partner":
        raise UsageError("argument --source: it is used only with --rule from_partner")
    if args.rule == "from_partner" and args.source is None:
        raise UsageError("argument --rule: from_partner needs --source CODE")
    name = Path(args.scenario).name
    scenario = load_scenario(args.scenario)
    try:
        outcome = apply(scenario, load_baseline(scenario, data_catalog()))
    except ValueError as exc:  # a baseline the data lack, an edit that cannot apply
        raise ValueError(f"{name}: {exc}") from None
    keys = sweeps.sweep_keys(outcome)
    if args.index not in keys:
        raise UsageError(
            f"argument --index: {args.index} needs partners grouped into vectors; for these "
            f"data choose one of {', '.join(keys)}"
        )
    codes = set(outcome.baseline.codes)
    partition = outcome.baseline.partition
    if partition is not None:
        codes |= set(partition.keys) | set(outcome.baseline.table.codes)
    for option, code in (("--partner", args.partner), ("--source", args.source)):
        if code is not None and code not in codes:
            raise UsageError(f"argument {option}: {code!r} is not a category of {name}'s data")
    try:
        curve = sweeps.sweep(outcome, args.partner, args.index, points=args.points,
                             rule=args.rule, source=args.source)
    except ValueError as exc:  # locked, no trade left, a source that does not fit
        raise ValueError(f"{name}: {exc}") from None
    bands = sweeps.index_bands(args.index)
    if args.format == "json":
        out.write(json_text(_payload(scenario.title, curve, bands)))
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["share", args.index])
        for share, value in zip(curve.shares, curve.values, strict=True):
            writer.writerow([csv_number(float(share)), csv_number(float(value))])
        return
    title = index_name(args.index, scenario.dimension, scenario.level)
    lo, hi = curve.feasible
    source = f", from {curve.source}" if curve.source else ""
    out.write(
        f"{scenario.title or 'Scenario'}: {title} as {curve.name}'s share goes from 0 to 100 % "
        f"({len(curve.shares)} points; the scenario's edits first, then the share set by the "
        f"{curve.rule} rule{source})\n"
    )
    if curve.unreachable:
        out.write(
            f"note: with this rule and the locks the share can go from {percent(lo).strip()} "
            f"to {percent(hi).strip()}; the {curve.unreachable} points outside are n/a\n"
        )
    out.write(
        f"baseline: share {percent(curve.baseline_share).strip()}, "
        f"{args.index} {fmt(curve.baseline_value).strip()}\n"
        f"scenario: share {percent(curve.current_share).strip()}, "
        f"{args.index} {fmt(curve.current_value).strip()}\n\n"
        f"  {'share':>9} {args.index:>12}\n"
    )
    for share, value in zip(curve.shares, curve.values, strict=True):
        out.write(f"  {percent(float(share))} {fmt(float(value)):>12}\n")
    if bands:
        lines = ", ".join(f"{line.value:g} ({line.points:,.0f} HHI points)" for line in bands)
        out.write(f"\nBand thresholds on this scale: {lines}. {HHI_BANDS_SOURCE}\n")


def _payload(title: str, curve: sweeps.Sweep, bands: tuple[sweeps.BandLine, ...]) -> Any:
    return {
        "title": title,
        "partner": curve.code,
        "name": curve.name,
        "index": curve.index,
        "rule": curve.rule,
        "source": curve.source,
        "feasible": list(curve.feasible),
        "unreachable_points": curve.unreachable,
        "baseline": {"share": curve.baseline_share, "value": curve.baseline_value},
        "scenario": {"share": curve.current_share, "value": curve.current_value},
        "points": [
            {"share": float(share), "value": float(value)}
            for share, value in zip(curve.shares, curve.values, strict=True)
        ],
        "band_thresholds": [
            {"value": line.value, "hhi_points": line.points, "below": line.below,
             "above": line.above}
            for line in bands
        ],
        "band_source": HHI_BANDS_SOURCE if bands else None,
    }
