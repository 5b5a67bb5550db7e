"""The sensitivity sweep: an index as one category's share goes from 0 to 100 %.

The curve (:func:`models.sweep.sweep`, computed by the chart panel) is drawn once per
change and updated in place; the baseline is a grey circle, the scenario a blue diamond on
the curve, and shares the rule and the locks cannot reach are shaded. Where the index has
band thresholds (the HHI and the numbers-equivalent), they are drawn as dashed lines on the
curve's own scale, with the bands named.

The category (by default the one selected in the table) and the index are chosen here
(``choice_changed`` says so); :meth:`SweepChart.show_state` hands the workbench state and
these choices to the model and draws what it returns, with the share editor's rule.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.i18n import Local, number_marks, share_text
from desktop.widgets.chart_caption import ChartCaption
from desktop.widgets.chart_common import (
    BASELINE,
    SCENARIO,
    TEXT,
    cache_axes,
    configure_line_plot,
    make_pen,
)
from desktop.widgets.chart_export_menu import ChartExportMenu
from desktop.widgets.index_text import index_name, index_short_name
from models.formatting import format_share, format_value
from models.sweep import BandLine, Sweep, index_bands, sweep, sweep_keys
from models.workbench import WorkbenchState

__all__ = ["SweepChart"]

_UNREACHABLE = pg.mkBrush(120, 120, 120, 40)
POINTS = 101  # every percent, as `python -m models sweep` gives by default


class SweepChart(QWidget):
    """Category and index choosers, a caption, and the curve with its marks."""

    choice_changed = Signal()  # the category or the index chosen here changed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Sensitivity sweep"))
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category whose share is swept"))
        self.category_combo.setToolTip(self.tr("Whose share goes from 0 to 100 %; by default "
                                               "the one selected in the table"))
        self.category_combo.setMinimumContentsLength(10)
        self.category_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.index_combo = QComboBox(self)
        self.index_combo.setAccessibleName(self.tr("Index shown in the sweep"))
        self.index_combo.setMinimumContentsLength(8)
        self.index_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        category_label = QLabel(self.tr("Sha&re of:"), self)
        category_label.setBuddy(self.category_combo)
        index_label = QLabel(self.tr("Inde&x:"), self)
        index_label.setBuddy(self.index_combo)
        self.caption = ChartCaption(self)
        self.plot = pg.PlotWidget(self, background="w")
        self.plot.setAccessibleName(self.tr("Sensitivity sweep chart"))
        self.plot.setMinimumHeight(160)
        self.export_menu = ChartExportMenu(self.plot, self)  # PNG, SVG, copy
        configure_line_plot(self.plot)
        item = self.plot.getPlotItem()
        item.enableAutoRange(x=False, y=False)
        item.showGrid(x=True, y=True, alpha=0.25)
        item.setLabel("bottom", self.tr("share of trade (%)"))
        item.setXRange(0.0, 100.0, padding=0.02)
        cache_axes(self.plot)
        self.unreachable_low = pg.LinearRegionItem((0.0, 0.0), movable=False, brush=_UNREACHABLE,
                                                   pen=pg.mkPen(None))
        self.unreachable_high = pg.LinearRegionItem((100.0, 100.0), movable=False,
                                                    brush=_UNREACHABLE, pen=pg.mkPen(None))
        self.curve = pg.PlotDataItem([], [], pen=make_pen(TEXT.lighter(150), 2))
        self.baseline_point = pg.ScatterPlotItem(
            [], [], size=14, pen=make_pen(BASELINE.darker(150), 2), brush=None)
        self.scenario_point = pg.ScatterPlotItem(
            [], [], size=12, pen=make_pen(SCENARIO), brush=SCENARIO, symbol="d")
        self.band_lines = [self._band_line() for _ in range(2)]
        for graphic in (self.unreachable_low, self.unreachable_high, *self.band_lines,
                        self.curve, self.baseline_point, self.scenario_point):
            item.addItem(graphic)
        top = QHBoxLayout()
        top.addWidget(category_label)
        top.addWidget(self.category_combo, 3)
        top.addWidget(index_label)
        top.addWidget(self.index_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.plot, 1)
        self._sweep: Sweep | None = None
        self._y_range: tuple[float, float] | None = None
        self._current_name = ""
        self._baseline: object = None  # the baseline whose categories are listed
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        self.index_combo.currentIndexChanged.connect(self._on_index_combo_changed)

    def _band_line(self) -> pg.InfiniteLine:
        pen = make_pen(TEXT.lighter(200), 1)
        pen.setStyle(Qt.PenStyle.DashLine)
        line = pg.InfiniteLine(angle=0, pen=pen, movable=False, label="",
                               labelOpts={"position": 0.98, "color": TEXT.lighter(130),
                                          "anchors": [(1, 1), (1, 1)]})
        line.setVisible(False)
        return line

    # -- choices -------------------------------------------------------------------------

    def set_categories(self, codes: Sequence[str], names: Sequence[str]) -> None:
        """List the categories that can be swept (first item: the one selected in the table)."""
        chosen = self.chosen_code()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self._follow_text(), None)
        for code, name in zip(codes, names, strict=True):
            self.category_combo.addItem(name, code)
        found = self.category_combo.findData(chosen) if chosen is not None else -1
        self.category_combo.setCurrentIndex(max(found, 0))
        self.category_combo.blockSignals(False)

    def set_current_name(self, name: str) -> None:
        """Name the category selected in the table (shown in the first item)."""
        if name != self._current_name:
            self._current_name = name
            self.category_combo.setItemText(0, self._follow_text())

    def _follow_text(self) -> str:
        if not self._current_name:
            return self.tr("Selected in the table")
        return self.tr("Selected: {name}").format(name=self._current_name)

    def set_index_choices(self, keys: Sequence[str], names: Sequence[str], current: str) -> None:
        """List the indices; keep the one chosen if it is still there, else ``current``."""
        chosen = self.current_key() if self.index_combo.count() else current
        self.index_combo.blockSignals(True)
        self.index_combo.clear()
        for key, name in zip(keys, names, strict=True):
            self.index_combo.addItem(name, key)
        found = self.index_combo.findData(chosen)
        self.index_combo.setCurrentIndex(found if found >= 0
                                         else max(self.index_combo.findData(current), 0))
        self.index_combo.blockSignals(False)

    def chosen_code(self) -> str | None:
        """Return the category chosen here (None: the one selected in the table)."""
        data = self.category_combo.currentData()
        return None if data is None else str(data)

    def choose_code(self, code: str | None) -> None:
        """Choose category ``code`` (None: follow the table); ``choice_changed`` follows."""
        found = self.category_combo.findData(code) if code is not None else 0
        self.category_combo.setCurrentIndex(max(found, 0))

    def current_key(self) -> str:
        return str(self.index_combo.currentData())

    def choose_key(self, key: str) -> None:
        self.index_combo.setCurrentIndex(max(self.index_combo.findData(key), 0))

    def _on_category_combo_changed(self, _index: int) -> None:
        self.choice_changed.emit()

    def _on_index_combo_changed(self, _index: int) -> None:
        self.choice_changed.emit()

    # -- the state ---------------------------------------------------------------------------

    def show_state(self, state: WorkbenchState, *, live: bool = False) -> None:
        """Sweep the chosen category (or the current one) in ``state`` and draw it."""
        baseline = state.baseline
        if baseline is not self._baseline:
            self._baseline = baseline
            by_value = sorted(range(len(baseline.codes)), key=lambda i: -float(baseline.values[i]))
            codes = [baseline.codes[i] for i in by_value]
            names = [baseline.names[i] for i in by_value]
            partition = baseline.partition
            if baseline.level == "partners" and partition is not None:
                for key, name in zip(partition.keys, partition.names, strict=True):
                    if key not in baseline.codes:  # China is a partner and a vector
                        codes.append(key)
                        names.append(self.tr("{vector} (vector)").format(vector=name))
            self.set_categories(codes, names)
            keys = sweep_keys(state.outcome)
            self.set_index_choices(keys, [index_short_name(k) for k in keys], "hhi")
            for i, key in enumerate(keys):
                self.index_combo.setItemData(i, index_name(key), Qt.ItemDataRole.ToolTipRole)
        current = state.editing.current
        self.set_current_name(self.category_combo.itemText(
            max(self.category_combo.findData(current), 0)) if current else "")
        code = self.chosen_code() or current
        problem = self._problem(state, code)
        if problem or code is None:
            self.clear()
            self.caption.set_headline("")
            self.caption.set_text(problem)
            return
        rule, source = state.editing.rule, state.editing.source
        try:
            curve = sweep(state.outcome, code, self.current_key(), points=POINTS, rule=rule,
                          source=source if rule == "from_partner" else None)
        except ValueError as exc:  # a source that does not fit, and the like
            self.clear()
            self.caption.set_headline("")
            self.caption.set_text(str(exc))
            return
        bands = index_bands(curve.index)
        self.set_sweep(curve, bands, [self._band_words(b) for b in bands], live=live)
        self._say(curve, bands)

    def _problem(self, state: WorkbenchState, code: str | None) -> str:
        """Say why the category cannot be swept ('' if it can)."""
        if code is None:
            return self.tr("Select a category in the table, or choose one above, to see how "
                           "the index moves with its share.")
        if not state.outcome.values.sum() > 0:
            return self.tr("No trade is left in the scenario, so no share can be set.")
        if code in state.outcome.locked:
            return self.tr("{name} is locked: unlock it to see how the index moves with its "
                           "share.").format(name=self._name(code))
        if state.editing.rule == "from_partner" and state.editing.source in (None, code):
            return self.tr("Choose in the share editor the partner that gives or takes the "
                           "difference (the rule “from one partner”).")
        return ""

    def _name(self, code: str) -> str:
        found = self.category_combo.findData(code)
        return self.category_combo.itemText(found) if found > 0 else code

    def _band_words(self, line: BandLine) -> str:
        words = {"unconcentrated": self.tr("unconcentrated"),
                 "moderately concentrated": self.tr("moderately concentrated"),
                 "highly concentrated": self.tr("highly concentrated")}
        return self.tr("{points:,.0f} HHI points: {above} above").format(
            points=Local(line.points), above=words.get(line.above, line.above))

    def _say(self, curve: Sweep, bands: Sequence[BandLine]) -> None:
        index = self.index_combo.currentText()
        decimal = number_marks().decimal
        self.caption.set_headline(self.tr(
            "{index} {value} at {share} for {name}; baseline {base_value} at {base_share}"
        ).format(index=index,
                 value=format_value(curve.index, curve.current_value, decimal=decimal),
                 name=curve.name, share=format_share(curve.current_share, decimal=decimal),
                 base_value=format_value(curve.index, curve.baseline_value, decimal=decimal),
                 base_share=format_share(curve.baseline_share, decimal=decimal)))
        rules = {"proportional": self.tr("the others keep their proportions"),
                 "equal": self.tr("the others move by equal amounts"),
                 "from_partner": self.tr("only {source} gives or takes the difference").format(
                     source=self._name(curve.source or ""))}
        text = self.tr("The scenario's edits, then {name}'s share set from 0 to 100 %: "
                       "{rule}. Grey circle: the baseline; blue diamond: the scenario.").format(
                           name=curve.name, rule=rules.get(curve.rule, curve.rule))
        lo, hi = curve.feasible
        if curve.unreachable:
            text += " " + self.tr("The locks and the rule let the share go from {lo} to {hi} "
                                  "only; the shaded shares cannot be reached.").format(
                                      lo=share_text(lo), hi=share_text(hi))
        if bands:
            text += " " + self.tr("Dashed lines: the HHI bands of the US merger guidelines, a "
                                  "rule of thumb for trade partners.")
        self.caption.set_text(text)

    # -- drawing -------------------------------------------------------------------------

    def set_sweep(self, sweep: Sweep, bands: Sequence[BandLine], band_words: Sequence[str],
                  *, live: bool = False) -> None:
        """Draw ``sweep`` with the band thresholds ``bands`` labelled ``band_words``; in place.

        While ``live`` (a slider drag) the vertical range only grows.
        """
        self._sweep = sweep
        finite = np.isfinite(sweep.values)
        self.curve.setData(100.0 * sweep.shares[finite], sweep.values[finite])
        self._set_point(self.baseline_point, sweep.baseline_share, sweep.baseline_value)
        self._set_point(self.scenario_point, sweep.current_share, sweep.current_value)
        lo, hi = sweep.feasible
        self._set_region(self.unreachable_low, 0.0, 100.0 * lo)
        self._set_region(self.unreachable_high, 100.0 * hi, 100.0)
        for i, line in enumerate(self.band_lines):
            shown = i < len(bands)
            if line.isVisible() != shown:
                line.setVisible(shown)  # (before the label: a hidden label is not updated)
            if shown:
                if line.value() != bands[i].value:
                    line.setValue(bands[i].value)
                if line.label.toPlainText() != band_words[i]:
                    line.label.setFormat(band_words[i])
        self._fit_y_range([sweep.baseline_value, sweep.current_value,
                           *(b.value for b in bands)], live=live)

    def clear(self) -> None:
        """Draw nothing (no category to sweep); the caption says why."""
        self._sweep = None
        self.curve.setData([], [])
        for point in (self.baseline_point, self.scenario_point):
            point.setData([], [])
        for region in (self.unreachable_low, self.unreachable_high):
            self._set_region(region, 0.0, 0.0)
        for line in self.band_lines:
            line.setVisible(False)

    @staticmethod
    def _set_point(point: pg.ScatterPlotItem, share: float, value: float) -> None:
        if np.isfinite(share) and np.isfinite(value):
            point.setData([100.0 * share], [value])
        else:
            point.setData([], [])

    @staticmethod
    def _set_region(region: pg.LinearRegionItem, low: float, high: float) -> None:
        shown = high - low > 1e-9
        if shown and tuple(region.getRegion()) != (low, high):
            region.setRegion((low, high))
        if region.isVisible() != shown:
            region.setVisible(shown)

    def _fit_y_range(self, points: Sequence[float], *, live: bool) -> None:
        _, curve = self.curve.getData()
        values = np.concatenate([np.asarray(curve if curve is not None else [], dtype=np.float64),
                                 np.asarray(points, dtype=np.float64)])
        values = values[np.isfinite(values)]
        if values.size == 0:
            return
        low, high = float(values.min()), float(values.max())
        margin = 0.06 * (high - low) or 0.05 * abs(high) or 0.05
        low, high = low - margin, high + margin
        if live and self._y_range is not None:
            low, high = min(low, self._y_range[0]), max(high, self._y_range[1])
        if (low, high) != self._y_range:
            self._y_range = (low, high)
            self.plot.getPlotItem().setYRange(low, high, padding=0)

    # -- for tests and checks ----------------------------------------------------------------

    @property
    def sweep(self) -> Sweep | None:
        """The sweep drawn (None if none)."""
        return self._sweep

    def curve_points(self) -> tuple[np.ndarray, np.ndarray]:
        """Return the drawn curve: shares in percent and index values."""
        x, y = self.curve.getData()
        return (np.asarray(x if x is not None else [], dtype=np.float64),
                np.asarray(y if y is not None else [], dtype=np.float64))

    def scenario_point_value(self) -> tuple[float, float]:
        """Return the drawn scenario point: share in percent and index value."""
        x, y = self.scenario_point.getData()
        return (float(x[0]), float(y[0])) if len(x) else (float("nan"), float("nan"))
