"""The ``run`` and ``montecarlo`` commands of :mod:`models.cli`: a scenario file's outcome.

``run`` applies a scenario file and prints baseline, scenario and change; ``montecarlo`` draws
its cost shocks and sigma many times and prints bands. The parser that calls them is
in :mod:`models.cli`.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
from typing import Any

import numpy as np

from models import indices, montecarlo
from models._cli_format import csv_number, fmt, nan_none
from models.analysis import Comparison, compare
from models.datasets import load_catalog
from models.scenario import CostShock, Scenario, apply, load_baseline
from models.scenario_files import load as load_scenario

__all__ = ["cmd_montecarlo", "cmd_run"]


def _outcome_for(path: str) -> tuple[Scenario, Comparison, tuple[str, ...]]:
    scenario = load_scenario(path)
    outcome = apply(scenario, load_baseline(scenario, load_catalog()))
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
    if args.format == "json":
        payload = {
            "title": scenario.title,
            "reporter": scenario.reporter,
            "year": scenario.year,
            "flow": scenario.flow,
            "release": scenario.release,
            "level": scenario.level,
            "baseline": comparison.baseline,
            "scenario": comparison.scenario,
            "change": change,
            "similarity": comparison.similarity,
            "hhi_change_sum_of_contributions": float(np.nansum(comparison.contributions)),
            "contributions": contributions,
            "memberships": _membership_rows(comparison),
            "messages": list(messages),
        }
        out.write(json.dumps(payload, ensure_ascii=False, indent=2, default=nan_none) + "\n")
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
        f"{scenario.flow}, {scenario.level} ({scenario.release})\n"
    )
    for message in messages:
        out.write(f"note: {message}\n")
    out.write(f"\n  {'index':<42} {'baseline':>10} {'scenario':>10} {'change':>10}\n")
    for key in comparison.baseline:
        out.write(
            f"  {_index_name(key):<42} {fmt(comparison.baseline[key])} "
            f"{fmt(comparison.scenario[key])} {fmt(change[key], signed=True)}\n"
        )
    out.write(f"  {'Finger-Kreinin similarity':<42} {'':>10} {fmt(comparison.similarity)}\n")
    out.write(
        f"\nChange in HHI by category (s'^2 - s^2; they sum to "
        f"{np.nansum(comparison.contributions):+.6f})\n"
    )
    for row in contributions:
        out.write(
            f"  {row['name'][:30]:<30} {100 * row['baseline_share']:7.2f} % -> "
            f"{100 * row['scenario_share']:7.2f} %  {row['hhi_contribution']:+.6f}\n"
        )
    memberships = _membership_rows(comparison)
    if memberships:
        out.write(
            f"\nShares of overlapping memberships (full members in {scenario.year}; "
            "they do not sum to 100 %)\n"
        )
        for m in memberships:
            out.write(
                f"  {m['name'][:42]:<42} {100 * m['baseline_share']:7.2f} % -> "
                f"{100 * m['scenario_share']:7.2f} %  "
                f"{100 * (m['scenario_share'] - m['baseline_share']):+.2f} pp\n"
            )


def _membership_rows(comparison: Comparison) -> list[dict[str, Any]]:
    return [
        {"bloc": m.key, "name": m.name, "baseline_share": m.baseline, "scenario_share": m.scenario}
        for m in comparison.memberships
    ]


def cmd_montecarlo(args: argparse.Namespace, out: io.StringIO) -> None:
    """Write the percentile bands of every index under drawn cost shocks to ``out``."""
    if args.draws < 1:
        raise ValueError("`--draws` must be at least 1")
    scenario = load_scenario(args.scenario)
    shocks = [e for e in scenario.edits if isinstance(e, CostShock)]
    if not shocks:
        raise ValueError(f"{args.scenario}: the scenario has no cost-shock edit to vary")
    rest = Scenario(
        **{
            **scenario.__dict__,
            "edits": tuple(e for e in scenario.edits if not isinstance(e, CostShock)),
        }
    )
    baseline = load_baseline(rest, load_catalog())
    values = apply(rest, baseline).values
    centre = np.zeros(len(baseline.codes))
    for edit in shocks:
        for code, size in edit.shocks:
            centre[baseline.index_of(code)] = size
    spread = abs(args.shock_spread) * np.abs(centre)
    result = montecarlo.monte_carlo(
        values,
        centre - spread,
        centre + spread,
        sigma_range=tuple(args.sigma_range),
        draws=args.draws,
        seed=args.seed,
        demand_elasticity=shocks[-1].demand_elasticity,
    )
    names = [f"p{int(p)}" for p in result.percentiles]
    if args.format == "json":
        payload = {
            "draws": args.draws,
            "seed": args.seed,
            "sigma_range": list(args.sigma_range),
            "shock_spread": args.shock_spread,
            "percentiles": list(result.percentiles),
            "bands": {k: [float(x) for x in v] for k, v in result.bands.items()},
        }
        out.write(json.dumps(payload, indent=2, default=nan_none) + "\n")
        return
    if args.format == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["index", *names])
        for key, band in result.bands.items():
            writer.writerow([key, *(csv_number(float(x)) for x in band)])
        return
    out.write(
        f"Monte Carlo: {args.draws:,} draws, seed {args.seed}, sigma from "
        f"{args.sigma_range[0]:g} to {args.sigma_range[1]:g}, shocks +/-"
        f"{100 * args.shock_spread:g} %\n\n  {'index':<42}"
        + "".join(f"{n:>10} " for n in names)
        + "\n"
    )
    for key, band in result.bands.items():
        out.write(f"  {_index_name(key):<42}" + "".join(f"{fmt(float(x))} " for x in band) + "\n")


def _index_name(key: str) -> str:
    info = indices.INDEX_INFO.get(key)
    if info is not None:
        return info.name
    return "vector balance" if key == "vector_balance" else key
