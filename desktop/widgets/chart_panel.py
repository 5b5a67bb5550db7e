"""The charts, in tabs: shares, change in HHI by partner, vectors, index history, sweep, bands.

Only the chart on screen is redrawn when the scenario changes; the others remember that
they are out of date and catch up when their tab is shown. The index history is computed
(by the document, once per data series) the first time its tab is shown.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop import viewmodels as vm
from desktop.i18n import number_marks
from desktop.widgets.bands_panel import BandsPanel
from desktop.widgets.contributions_chart import ContributionsChart
from desktop.widgets.history_chart import HistoryChart
from desktop.widgets.index_text import index_name
from desktop.widgets.membership_table import MembershipTable
from desktop.widgets.paired_bars_chart import PairedBarsChart
from desktop.widgets.sweep_chart import SweepChart
from models.analysis import Comparison
from models.datasets import DataError
from models.formatting import format_number
from models.scenario import Scenario
from models.workbench import WorkbenchState

__all__ = ["ChartPanel", "HistorySource"]

TOP_PARTNERS = 15
SHARES, CONTRIBUTIONS, VECTORS, HISTORY, SWEEP, UNCERTAINTY = range(6)


class HistorySource(Protocol):
    """What the history tab needs from its caller (the document): no import of it here."""

    @property
    def scenario(self) -> Scenario: ...

    @property
    def state(self) -> WorkbenchState: ...

    def history(self) -> vm.History: ...


class ChartPanel(QTabWidget):
    """The charts in tabs, updated in place."""

    # A chart's context menu asked for it as "png", "svg" or "copy": (tab index, kind).
    chart_export_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Charts"))
        self.tabBar().setAccessibleName(self.tr("Chart tabs"))
        # Six tabs in a narrow column: little padding, so that all fit at 1280 pixels wide in
        # English, Russian and Kazakh (the window leaves the charts room for the tab bar).
        self.tabBar().setStyleSheet("QTabBar::tab { padding: 4px 3px; }")
        self._pages: list[QWidget] = []
        for title in (self.tr("S&hares"), self.tr("HHI by &partner"), self.tr("&Vectors"),
                      self.tr("Histor&y"), self.tr("S&weep"), self.tr("&Uncertainty")):
            page = QWidget(self)
            QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
            self._pages.append(page)
            self.addTab(page, title)
        self.setTabToolTip(SHARES, self.tr("The largest partners' shares: baseline (grey) and "
                                           "scenario (blue)"))
        self.setTabToolTip(CONTRIBUTIONS, self.tr("Each partner's part in the change in HHI"))
        self.setTabToolTip(VECTORS, self.tr("Shares of the vectors (blocs) and vector balance"))
        self.setTabToolTip(HISTORY, self.tr("An index over every data year, with the scenario"))
        self.setTabToolTip(SWEEP, self.tr("An index as one partner's share goes from 0 to 100 %"))
        self.setTabToolTip(UNCERTAINTY, self.tr("Bands of every index when sigma and the cost "
                                                "shocks are drawn at random"))
        # Charts are made when first shown: a pyqtgraph plot costs ~25 ms to build, and only
        # one is on screen at start-up.
        self._charts: dict[int, QWidget] = {}
        self.membership_table: MembershipTable | None = None  # made with the vectors chart
        self._live = False
        self._document: HistorySource | None = None
        self._comparison: Comparison | None = None
        self._stale = set(range(self.count()))
        self._history_stale = True
        self.currentChanged.connect(self._on_current_changed)

    @property
    def shares_chart(self) -> PairedBarsChart:
        chart = self._chart(SHARES)
        assert isinstance(chart, PairedBarsChart)
        return chart

    @property
    def contributions_chart(self) -> ContributionsChart:
        chart = self._chart(CONTRIBUTIONS)
        assert isinstance(chart, ContributionsChart)
        return chart

    @property
    def vectors_chart(self) -> PairedBarsChart:
        chart = self._chart(VECTORS)
        assert isinstance(chart, PairedBarsChart)
        return chart

    @property
    def history_chart(self) -> HistoryChart:
        chart = self._chart(HISTORY)
        assert isinstance(chart, HistoryChart)
        return chart

    @property
    def sweep_chart(self) -> SweepChart:
        chart = self._chart(SWEEP)
        assert isinstance(chart, SweepChart)
        return chart

    @property
    def bands_panel(self) -> BandsPanel:
        chart = self._chart(UNCERTAINTY)
        assert isinstance(chart, BandsPanel)
        return chart

    def _chart(self, index: int) -> QWidget:
        chart = self._charts.get(index)
        if chart is not None:
            return chart
        page = self._pages[index]
        layout = page.layout()
        assert layout is not None  # set in __init__
        if index == SHARES:
            chart = PairedBarsChart(self.tr("Shares of the largest partners"), page)
        elif index == CONTRIBUTIONS:
            chart = ContributionsChart(page)
        elif index == VECTORS:
            vectors = PairedBarsChart(self.tr("Vector (bloc) shares"), page)
            self.membership_table = MembershipTable()
            vectors.add_below(self.membership_table)
            chart = vectors
        elif index == SWEEP:
            chart = SweepChart(page)
            chart.choice_changed.connect(self._on_sweep_chart_choice_changed)
        elif index == UNCERTAINTY:
            chart = BandsPanel(page)
        else:
            history = HistoryChart(page)
            keys = [k for k in vm.index_keys() if k != "similarity"]
            history.set_index_choices(keys, [index_name(k) for k in keys], "hhi")
            chart = history
        layout.addWidget(chart)
        self._charts[index] = chart
        chart.export_menu.export_requested.connect(self._on_chart_export_requested)
        # A widget made later joins the end of the Tab chain: put it back after the tabs.
        previous: QWidget = self.tabBar()
        for widget in (chart, *chart.findChildren(QWidget)):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.window() is self.window():
                QWidget.setTabOrder(previous, widget)
                previous = widget
        return chart

    def chart_title(self, index: int) -> str:
        """Return the chart's name as its tab says it, without the shortcut mark."""
        return self.tabText(index).replace("&", "")

    def show_chart(self, index: int) -> pg.PlotWidget:
        """Bring chart `index` to the front, drawn and laid out; return its plot."""
        self.setCurrentIndex(index)
        chart = self._chart(index)
        self._draw(index)
        return chart.plot  # type: ignore[attr-defined]  # every chart has one

    def _on_chart_export_requested(self, kind: str) -> None:
        sender = self.sender()
        for index, chart in self._charts.items():
            if sender is chart.export_menu:  # type: ignore[attr-defined]
                self.chart_export_requested.emit(index, kind)
                return

    def baseline_changed(self) -> None:
        """Note that the data series may have changed: fetch the history again."""
        self._history_stale = True

    def set_comparison(
        self, document: HistorySource, comparison: Comparison, *, live: bool = False
    ) -> None:
        """Redraw the visible chart with new numbers; mark the others out of date.

        ``document`` gives the index history when its tab is shown; ``live``: a slider is
        being dragged (axes then only grow).
        """
        self._live = live
        self._document = document
        self._comparison = comparison
        self._stale = set(range(self.count()))
        self._draw(self.currentIndex())

    def _on_current_changed(self, index: int) -> None:
        self._draw(index)

    def _draw(self, index: int) -> None:
        comparison = self._comparison
        if comparison is None or index not in self._stale:
            return
        self._stale.discard(index)
        if index == SHARES:
            bars = vm.share_bars(comparison, TOP_PARTNERS)
            self.shares_chart.set_bars(bars.labels, bars.baseline, bars.scenario,
                                       live=self._live)
            self.shares_chart.caption.set_text(self.tr(
                "The {shown} largest of {count} categories: baseline (grey) beside the "
                "scenario (blue).").format(shown=len(bars.labels), count=len(comparison.codes)))
        elif index == CONTRIBUTIONS:
            bars, others, count = vm.contribution_bars(comparison, TOP_PARTNERS)
            labels, points = list(bars.labels), list(bars.scenario)
            if count:
                labels.append(self.tr("{count} others").format(count=count))
                points.append(others)
            self.contributions_chart.set_contributions(labels, np.asarray(points),
                                                       live=self._live)
            change = comparison.change.get("hhi", float("nan")) * 10_000
            self.contributions_chart.caption.set_headline(self.tr(
                "HHI changes by {change:+,.0f} points, the sum of the bars.").format(
                    change=change))
            self.contributions_chart.caption.set_text(self.tr(
                "Right of zero: more concentrated; left: less."))
        elif index == VECTORS:
            bars = vm.vector_bars(comparison)
            self.vectors_chart.set_bars(bars.labels, bars.baseline, bars.scenario,
                                        live=self._live)
            before = comparison.baseline.get("vector_balance", float("nan"))
            after = comparison.scenario.get("vector_balance", float("nan"))
            self.vectors_chart.caption.set_headline(self.tr(
                "Vector balance {before} -> {after}").format(
                    before=format_number(before, 3, decimal=number_marks().decimal),
                    after=format_number(after, 3, decimal=number_marks().decimal)))
            self.vectors_chart.caption.set_text(self.tr(
                "1 = trade spread evenly over every vector. Grey: baseline; blue: scenario."))
            assert self.membership_table is not None  # made with the vectors chart
            self.membership_table.set_rows(comparison.memberships)
        elif index == HISTORY:
            self._draw_history(comparison)
        elif index == SWEEP:
            assert self._document is not None
            self.sweep_chart.show_state(self._document.state, live=self._live)
        elif index == UNCERTAINTY:
            assert self._document is not None
            self.bands_panel.set_state(self._document.state, live=self._live)

    def _on_sweep_chart_choice_changed(self) -> None:
        self._stale.add(SWEEP)
        if self.currentIndex() == SWEEP:
            self._draw(SWEEP)

    def _draw_history(self, comparison: Comparison) -> None:
        document = self._document
        assert document is not None
        if self._history_stale:
            self._history_stale = False
            try:
                history = document.history()
            except (DataError, ValueError):
                history = None
            self.history_chart.set_point(document.scenario.year, comparison.baseline,
                                         comparison.scenario, live=self._live)
            self.history_chart.set_history(history)
        else:
            self.history_chart.set_point(document.scenario.year, comparison.baseline,
                                         comparison.scenario, live=self._live)
