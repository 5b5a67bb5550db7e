"""What an export says about a scenario, gathered once from its workbench state (no Qt).

:func:`report_data` turns a :class:`~models.workbench.WorkbenchState` (and the edits in
words, which the window words in its own language) into a :class:`ReportData`: the title,
description and notes, what the data are, every category with its baseline and scenario
values, shares and contribution to the change in HHI, the indices chosen with baseline,
scenario and change, the HHI in plain words, the data's provenance and caveats, and how to
cite the data and the app. The CSV (:mod:`models.export_csv`) and the report
(:mod:`models.report`) both read it, so they say the same.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from models import __version__, indices
from models._cli_format import index_name
from models.analysis import HHI_BANDS_SOURCE, Comparison, hhi_reading
from models.chart_data import BarSeries, contribution_bars, share_bars
from models.data_status import DimensionWords, dimension_words
from models.datasets import Provenance
from models.edit_words import edit_lines as english_edit_lines
from models.formatting import format_number
from models.workbench import WorkbenchState

__all__ = ["CHART_BARS", "INDEX_KEYS", "IndexLine", "ReportData", "report_data"]

CHART_BARS = 10
"""Bars in a report's charts: the largest categories (the window shows 15)."""

INDEX_KEYS: tuple[str, ...] = (*indices.INDEX_KEYS, "vector_balance")
"""Every index a report can show, in the window's order (similarity and vector balance last)."""


@dataclass(frozen=True)
class IndexLine:
    """One index: its key, its name (with the categories named), baseline and scenario."""

    key: str
    name: str
    baseline: float
    scenario: float

    @property
    def change(self) -> float:
        """Scenario minus baseline."""
        return self.scenario - self.baseline


@dataclass(frozen=True, eq=False)
class ReportData:
    """Everything an export of one scenario says; numbers unrounded."""

    title: str
    description: str
    notes: str
    references: tuple[str, ...]
    subject: str  # "<reporter> (<ISO3>), <year>, exports, partners; revised release, final"
    words: DimensionWords
    edits: tuple[str, ...]  # in words, numbered, with their status
    remarks: tuple[str, ...]  # undefined indices, messages of the edits
    codes: tuple[str, ...]  # the categories, largest baseline value first
    names: tuple[str, ...]
    baseline_values: NDArray[np.float64]
    scenario_values: NDArray[np.float64]
    baseline_shares: NDArray[np.float64]  # 0-1, NaN if there is no trade
    scenario_shares: NDArray[np.float64]
    contributions: NDArray[np.float64]  # s'^2 - s^2 (0-1 scale)
    indices: tuple[IndexLine, ...]
    provenance: Provenance
    hhi_baseline: float
    hhi_scenario: float
    exported: dt.date
    shares_chart: BarSeries  # the largest categories' shares, as the window's chart
    contributions_chart: BarSeries  # the largest contributions (points), "N others" last
    version: str = __version__

    @property
    def hhi_words(self) -> str:
        """The HHI of both sides in points and plain words, with the baseline first."""
        return (f"HHI {_points(self.hhi_scenario)} points: {hhi_reading(self.hhi_scenario)} "
                f"(baseline {_points(self.hhi_baseline)} points: "
                f"{hhi_reading(self.hhi_baseline)})")

    @property
    def hhi_bands(self) -> str:
        """Where the plain-words bands of HHI come from."""
        return HHI_BANDS_SOURCE

    @property
    def cite_data(self) -> str:
        """How to cite the data: title, release and address (the source is said apart)."""
        p = self.provenance
        parts = [p.title or p.file, p.release]
        if p.url:
            parts.append(p.url)
        return ". ".join(part.rstrip(".") for part in parts if part) + "."

    @property
    def cite_app(self) -> str:
        """How to cite the app and the scenario."""
        title = f", scenario \u201c{self.title}\u201d" if self.title else ""
        return (f"Multivector {self.version}, offline workbench for trade concentration "
                f"and diversification{title}; exported {self.exported.isoformat()}.")


def _points(hhi: float) -> str:
    return format_number(hhi * 10_000.0, 0) if np.isfinite(hhi) else "n/a"


def report_data(
    state: WorkbenchState,
    *,
    edit_lines: Sequence[str] | None = None,
    index_keys: Sequence[str] | None = None,
    exported: dt.date | None = None,
) -> ReportData:
    """Gather what an export of `state` says.

    Parameters
    ----------
    state : WorkbenchState
        The scenario as the window (or the command line) holds it.
    edit_lines : sequence of str, optional
        The edits in words, one line each (the window passes its own, translated);
        by default :func:`models.edit_words.edit_lines` in English.
    index_keys : sequence of str, optional
        The indices to list, from :data:`INDEX_KEYS` (default: all of them, in that order).
    exported : datetime.date, optional
        The date written in the how-to-cite line (default: today).

    Returns
    -------
    ReportData

    Raises
    ------
    ValueError
        If `index_keys` names an index that is not in :data:`INDEX_KEYS`.
    """
    keys = tuple(INDEX_KEYS if index_keys is None else index_keys)
    unknown = [k for k in keys if k not in INDEX_KEYS]
    if unknown:
        raise ValueError(f"`index_keys` holds unknown indices {unknown}; known: {INDEX_KEYS}")
    scenario, comparison = state.scenario, state.comparison
    baseline, outcome = state.baseline, state.outcome
    names = dict(zip(baseline.codes, baseline.names, strict=True))
    if baseline.partition is not None:
        names.update(zip(baseline.partition.keys, baseline.partition.names, strict=True))

    def name_of(code: str) -> str:
        return names.get(code, code)

    if edit_lines is None:
        edit_lines = english_edit_lines(
            [(e.position, e.edit, e.status, e.reason) for e in state.edits], name_of)
    order = np.argsort(-np.asarray(baseline.values), kind="stable")
    table = baseline.table
    words = dimension_words(scenario.dimension, level=scenario.level)
    lines = []
    for key in keys:
        if key == "similarity":
            before, after = 1.0, comparison.similarity
        else:
            before = comparison.baseline.get(key, float("nan"))
            after = comparison.scenario.get(key, float("nan"))
        if key == "vector_balance" and not (np.isfinite(before) or np.isfinite(after)):
            continue  # product groups have no vectors
        lines.append(IndexLine(key, index_name(key, scenario.dimension, scenario.level),
                               before, after))
    subject = (f"{table.reporter_name} ({table.reporter}), {table.year}, {table.flow}, "
               f"{words.many_detailed}; {table.release.replace('_', ' ')} release, "
               f"{table.status}")
    return ReportData(
        title=scenario.title,
        description=scenario.description,
        notes=scenario.notes,
        references=scenario.references,
        subject=subject,
        words=words,
        edits=tuple(edit_lines),
        remarks=(*state.undefined, *outcome.messages),
        codes=tuple(baseline.codes[i] for i in order),
        names=tuple(baseline.names[i] for i in order),
        baseline_values=np.asarray(baseline.values, dtype=np.float64)[order],
        scenario_values=np.asarray(outcome.values, dtype=np.float64)[order],
        baseline_shares=comparison.baseline_shares[order],
        scenario_shares=comparison.scenario_shares[order],
        contributions=comparison.contributions[order],
        indices=tuple(lines),
        provenance=table.provenance,
        hhi_baseline=comparison.baseline["hhi"],
        hhi_scenario=comparison.scenario["hhi"],
        exported=exported or dt.date.today(),
        shares_chart=share_bars(comparison, CHART_BARS),
        contributions_chart=_contributions_chart(comparison, words),
    )


def _contributions_chart(comparison: Comparison, words: DimensionWords) -> BarSeries:
    bars, others, count = contribution_bars(comparison, CHART_BARS)
    if not count:
        return bars
    return BarSeries((*bars.codes, ""), (*bars.labels, f"{count} other {words.many}"),
                     np.append(bars.baseline, 0.0), np.append(bars.scenario, others))
