"""The ``run`` and ``montecarlo`` commands of :mod:`models.cli`: a scenario file's outcome.

``run`` applies a scenario file and prints baseline, scenario and change; ``montecarlo`` draws
its cost shocks and sigma many times and prints bands. The parser that calls them is
in :mod:`models.cli`. A scenario with no trade left is a valid outcome: its indices are
undefined, shown as ``n/a`` in tables, empty in CSV and ``null`` in JSON (docs/design.md sec. 2).
"""

from __future__ import annotations

import argparse
import csv
import io
import math
from pathlib import Path
from typing import Any

import numpy as np

from models import uncertainty
from models._cli_args import UsageError, check_draws
from models._cli_data import chosen_catalog, with_user_data
from models._cli_format import (
    categories_label,
    csv_number,
    fmt,
    index_name,
    percent,
    points,
)
from models._cli_json import json_text
from models.analysis import Comparison, compare
from models.datasets import Catalog, DataError, load_catalog
from models.resources import asset_path, data_problem_text
from models.scenario import CostShock, Scenario, apply, load_baseline
from models.scenario_files import load as load_scenario

__all__ = ["cmd_montecarlo", "cmd_run", "data_catalog"]


def data_catalog() -> Catalog:
    """Read the app's data, or raise ``ValueError`` saying (as the window does) what is wrong.

    The folder is found by :func:`models.resources.assets_root` at each call (so
    ``MULTIVECTOR_ASSETS`` is honoured), not taken from the process-wide cache. The user's
    imported data sets are added (:mod:`models.user_data`); under ``--data FILE`` the
    file's data alone are read instead (:mod:`models._cli_data`).
    """
    chosen = chosen_catalog()
    if chosen is not None:
        return chosen
    try:
        embedded = load_catalog(asset_path("data"))
    except (DataError, OSError) as exc:  # missing folder, missing or damaged file
        raise ValueError(data_problem_text(exc)) from None
    return with_user_data(embedded)


def _outcome_for(path: str) -> tuple[Scenario, Comparison, tuple[str, ...]]:
    scenario = load_scenario(path)
    catalog = data_catalog()
    try:
        outcome = apply(scenario, load_baseline(scenario, catalog))
    except ValueError as exc:  # a baseline the data lack, an edit that cannot apply
        raise ValueError(f"{Path(path).name}: {exc}") from None
    return scenario, compare(outcome), outcome.messages


def cmd_run(args: argparse.Namespace, out: io.StringIO) -> None:
    """Write a scenario file's baseline, scenario, change and HHI contributions to ``out``."""
    scenario, comparison, messages = _outcome_for(args.scenario)
    change = comparison.change
    moved = np.abs(np.nan_to_num(comparison.contributions))
    order = [i for i in np.argsort(-moved, kind="stable")[: args.top] if moved[i] > 0.0]
    contributions = [
        {
            "code": comparison.codes[i],
            "name": comparison.names[i],
            "baseline_share": float(comparison.baseline_shares[i]),
            "scenario_share": float(comparison.scenario_shares[i]),
            "hhi_contribution": float(comparison.contributions[i]),
        }
        for i in order
    ]
    # NaN (not 0) when a side has no trade: the change in HHI is undefined then.
    contributions_sum = float(np.sum(comparison.contributions))
    label = categories_label(scenario.dimension, scenario.level)
    if args.format == "json":
        payload = {
            "title": scenario.title,
            "reporter": scenario.reporter,
            "year": scenario.year,
            "flow": scenario.flow,
            "release": scenario.release,
            "dimension": scenario.dimension,
            "level": scenario.level,
            "categories_label": label,
            "baseline": comparison.baseline,
            "scenario": comparison.scenario,
            "change": change,
            "similarity": comparison.similarity,
            "hhi_change_sum_of_contributions": contributions_sum,
            "contributions": contributions,
            "memberships": _membership_rows(comparison),
            "messages": list(messages),
        }
        out.write(json_text(payload))
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["index", "baseline", "scenario", "change"])
        for key in comparison.baseline:
            writer.writerow(
                [
                    key,
                    csv_number(comparison.baseline[key]),
                    csv_number(comparison.scenario[key]),
                    csv_number(change[key]),
                ]
            )
        writer.writerow(["similarity", "", csv_number(comparison.similarity), ""])
        for row in _membership_rows(comparison):
            writer.writerow(
                [
                    f"membership_share_{row['bloc']}",
                    csv_number(row["baseline_share"]),
                    csv_number(row["scenario_share"]),
                    csv_number(row["scenario_share"] - row["baseline_share"]),
                ]
            )
        return
    out.write(
        f"{scenario.title or 'Scenario'}: {scenario.reporter} {scenario.year} "
        f"{scenario.flow}, {label} ({scenario.release})\n"
    )
    for message in messages:
        out.write(f"note: {message}\n")
    if not np.isfinite(comparison.scenario["hhi"]):
        out.write(
            "note: the scenario leaves no trade, so its shares and indices are undefined (n/a)\n"
        )
    out.write(f"\n  {'index':<42} {'baseline':>10} {'scenario':>10} {'change':>10}\n")
    for key in comparison.baseline:
        out.write(
            f"  {index_name(key, scenario.dimension, scenario.level):<42} "
            f"{fmt(comparison.baseline[key])} "
            f"{fmt(comparison.scenario[key])} {fmt(change[key], signed=True)}\n"
        )
    out.write(f"  {'Finger-Kreinin similarity':<42} {'':>10} {fmt(comparison.similarity)}\n")
    total = "n/a" if math.isnan(contributions_sum) else f"{contributions_sum:+.6f}"
    out.write(f"\nChange in HHI by category (s'^2 - s^2; they sum to {total})\n")
    for row in contributions:
        out.write(
            f"  {row['name'][:30]:<30} {percent(row['baseline_share'])} -> "
            f"{percent(row['scenario_share'])}  {row['hhi_contribution']:+.6f}\n"
        )
    memberships = _membership_rows(comparison)
    if memberships:
        out.write(
            f"\nShares of overlapping memberships (full members in {scenario.year}; "
            "they do not sum to 100 %)\n"
        )
        for m in memberships:
            out.write(
                f"  {m['name'][:42]:<42} {percent(m['baseline_share'])} -> "
                f"{percent(m['scenario_share'])}  "
                f"{points(m['scenario_share'] - m['baseline_share'])}\n"
            )


def _membership_rows(comparison: Comparison) -> list[dict[str, Any]]:
    return [
        {"bloc": m.key, "name": m.name, "baseline_share": m.baseline, "scenario_share": m.scenario}
        for m in comparison.memberships
    ]


def _check_draw_range(scenario: Scenario, spread: float, name: str) -> None:
    """Refuse a shock whose draws would reach a cost cut of 100 % (1 + t must stay > 0)."""
    for position, edit in enumerate(scenario.edits, start=1):
        if not isinstance(edit, CostShock) or position in scenario.switched_off:
            continue
        for code, shock in edit.shocks:
            lowest = shock - spread * abs(shock)
            if lowest > -1.0:
                continue
            widest = math.floor((1.0 + shock) / -shock * 100.0 - 1e-9) / 100.0
            raise ValueError(
                f"{name}: edit {position} (cost_shock): the shock on {code} "
                f"is {shock:+g} (a cost {100 * -shock:g} % lower); with --shock-spread "
                f"{spread:g} its draws would reach {lowest:+.3g}, a cut of 100 % or more, "
                f"which no cost can take. Give --shock-spread {max(widest, 0.0):g} or less "
                "for this scenario"
            )


def cmd_montecarlo(args: argparse.Namespace, out: io.StringIO) -> None:
    """Write the percentile bands of every index under drawn cost shocks and sigma to ``out``.

    The edits are those ``run`` applies, in order (:func:`models.uncertainty.scenario_bands`);
    each cost shock is drawn around its own value, sigma from ``--sigma-range`` (or each
    edit's own with ``--keep-sigma``).
    """
    low_sigma, high_sigma = args.sigma_range
    if low_sigma > high_sigma:
        raise UsageError(
            f"argument --sigma-range: LOW ({low_sigma:g}) is above HIGH ({high_sigma:g})"
        )
    name = Path(args.scenario).name
    scenario = load_scenario(args.scenario)
    if not any(
        isinstance(e, CostShock) and i not in scenario.switched_off
        for i, e in enumerate(scenario.edits, start=1)
    ):
        raise ValueError(f"{name}: the scenario has no cost-shock edit to vary")
    _check_draw_range(scenario, args.shock_spread, name)
    catalog = data_catalog()
    try:
        baseline = load_baseline(scenario, catalog)
    except ValueError as exc:  # a baseline the data lack
        raise ValueError(f"{name}: {exc}") from None
    # Edits apply at partner level, also when the scenario is read at vectors level.
    check_draws(args.draws, len(baseline.table.codes))
    try:
        result = uncertainty.scenario_bands(
            scenario,
            baseline,
            draws=args.draws,
            seed=args.seed,
            sigma_range=None if args.keep_sigma else (low_sigma, high_sigma),
            shock_spread=args.shock_spread,
        )
    except ValueError as exc:  # an edit that cannot apply, as `run` says
        raise ValueError(f"{name}: {exc}") from None
    bands = result.bands
    percentiles = result.percentiles
    names = [f"p{int(p)}" for p in percentiles]
    if args.format == "json":
        payload = {
            "draws": args.draws,
            "seed": args.seed,
            "sigma_range": None if args.keep_sigma else [low_sigma, high_sigma],
            "shock_spread": args.shock_spread,
            "percentiles": list(percentiles),
            "bands": bands,
        }
        out.write(json_text(payload))
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["index", *names])
        for key, band in bands.items():
            writer.writerow([key, *(csv_number(float(x)) for x in band)])
        return
    sigma_words = (
        "each edit's own sigma"
        if args.keep_sigma
        else f"sigma from {low_sigma:g} to {high_sigma:g}"
    )
    out.write(
        f"Monte Carlo: {args.draws:,} draws, seed {args.seed}, {sigma_words}, shocks +/-"
        f"{100 * args.shock_spread:g} %\n\n  {'index':<42}"
        + "".join(f"{n:>10} " for n in names)
        + "\n"
    )
    for key, band in bands.items():
        name = index_name(key, scenario.dimension, scenario.level)
        out.write(f"  {name:<42}" + "".join(f"{fmt(float(x))} " for x in band) + "\n")
