"""The open scenarios side by side: one index table and one share chart for all of them.

The table has the baseline and one column per open scenario ("A: China takes the slack"),
each index with its change from the baseline; the scenario that is the most concentrated
by the chosen index is marked, and so is the least. The chart puts the baseline's and every
scenario's shares of the largest categories side by side. The view only shows the
:class:`~models.compare.ScenarioComparison` it is given; it computes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.caveat_text import release_word
from desktop.i18n import number_marks
from desktop.model_strings import model_text
from desktop.widgets.chart_common import (
    BASELINE,
    Bars,
    configure_bar_plot,
    make_pen,
    set_category_ticks,
)
from desktop.widgets.index_text import index_short_name
from models.compare import RANKING_KEYS, OtherData, ScenarioComparison
from models.formatting import format_change, format_value

__all__ = ["CompareView"]

# Okabe-Ito colours for up to seven scenarios, then they repeat.
_COLOURS = [
    QColor(0, 114, 178),
    QColor(213, 94, 0),
    QColor(0, 158, 115),
    QColor(204, 121, 167),
    QColor(230, 159, 0),
    QColor(86, 180, 233),
    QColor(240, 228, 66),
]
_MOST, _LEAST = QColor(255, 228, 214), QColor(214, 240, 226)
_HEADER_CHARS = 28  # a column's name is cut there (the whole name is its tooltip)


class CompareView(QWidget):
    """The baseline and every open scenario, side by side."""

    ranking_changed = Signal(str)  # index key

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ranking_combo = QComboBox(self)
        self.ranking_combo.setAccessibleName(self.tr("Index that ranks the scenarios"))
        for key in RANKING_KEYS:
            self.ranking_combo.addItem(index_short_name(key), key)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_label = QLabel(self)
        self.notes_label.setWordWrap(True)
        self.notes_label.setVisible(False)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Indices of the baseline and every open scenario"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.plot = pg.PlotWidget(self)
        self.plot.setAccessibleName(self.tr("Shares of the largest categories, every scenario"))
        configure_bar_plot(self.plot, x_label=self.tr("share of trade (%)"))
        self.plot.setMinimumHeight(200)
        # The key above the chart, not over the bars: a line of coloured squares and names.
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self._bars: list[Bars] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Most and least concentrated by:"), self))
        top.addWidget(self.ranking_combo)
        top.addWidget(self.summary_label, 1)
        chart = QWidget(self)
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(self.plot, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(chart)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)  # the table as wide as its columns, the chart the rest
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        self._columns = -1  # the table's column count when the splitter was last sized
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.notes_label)
        layout.addWidget(splitter, 1)
        self.ranking_combo.currentIndexChanged.connect(self._on_ranking_combo_changed)

    # -- setter --------------------------------------------------------------------------

    def set_comparison(self, view: ScenarioComparison) -> None:
        """Show ``view`` (nothing is emitted)."""
        self.ranking_combo.blockSignals(True)
        self.ranking_combo.setCurrentIndex(max(self.ranking_combo.findData(view.ranking_key), 0))
        self.ranking_combo.blockSignals(False)
        self._fill_table(view)
        self._fill_chart(view)
        ranking = index_short_name(view.ranking_key)
        if view.most is None or view.least is None:
            self.summary_label.setText(
                self.tr("{index} is undefined for every scenario.").format(index=ranking)
            )
        else:
            self.summary_label.setText(
                self.tr("Most concentrated: {most}. Least concentrated: {least}.").format(
                    most=view.names[view.most], least=view.names[view.least]
                )
            )
        notes = [self._other_data_note(other) for other in view.other_data]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.setVisible(bool(notes))

    def _other_data_note(self, other: OtherData) -> str:
        return self.tr(
            "{name} is over other data ({year} {flow}, {level}, {release}): its change is from "
            "its own baseline, and its shares are lined up by code.").format(
                name=other.name, year=other.year, flow=model_text(other.flow),
                level=QCoreApplication.translate("DimensionWords", other.level),
                release=release_word(other.release))

    def _fill_table(self, view: ScenarioComparison) -> None:
        table = self.table
        table.clear()
        table.setRowCount(len(view.keys))
        table.setColumnCount(1 + len(view.names))
        table.setHorizontalHeaderItem(0, QTableWidgetItem(self.tr("Baseline")))
        for i, name in enumerate(view.names):
            mark = ""
            if i == view.most:
                mark = "\n" + self.tr("\u25b2 most concentrated")
            elif i == view.least:
                mark = "\n" + self.tr("\u25bc least concentrated")
            short = name if len(name) <= _HEADER_CHARS else name[: _HEADER_CHARS - 1] + "\u2026"
            header = QTableWidgetItem(short + mark)
            header.setToolTip(name)
            table.setHorizontalHeaderItem(i + 1, header)
        table.setVerticalHeaderLabels([index_short_name(k) for k in view.keys])
        bold = QFont(table.font())
        bold.setBold(True)
        marks = number_marks()
        for row, key in enumerate(view.keys):
            table.setItem(row, 0, _cell(format_value(key, float(view.baseline[row]),
                                                     decimal=marks.decimal)))
            for column in range(len(view.names)):
                value = float(view.scenario[row, column])
                change = float(view.change[row, column])
                change_text = format_change(key, change, decimal=marks.decimal,
                                            points=marks.points)
                item = _cell(f"{format_value(key, value, decimal=marks.decimal)}  "
                             f"({change_text})")
                if column in (view.most, view.least):
                    item.setBackground(QBrush(_MOST if column == view.most else _LEAST))
                    if key == view.ranking_key:
                        item.setFont(bold)
                table.setItem(row, column + 1, item)
        if table.columnCount() != self._columns:  # new scenarios: fit the table, once
            self._columns = table.columnCount()
            table.resizeColumnsToContents()
            width = (
                table.verticalHeader().sizeHint().width()
                + 2 * table.frameWidth()
                + 24
                + sum(table.columnWidth(c) for c in range(table.columnCount()))
            )
            total = max(self._splitter.width(), self.width(), 600)
            self._splitter.setSizes(
                [min(width, int(0.7 * total)), total - min(width, int(0.7 * total))]
            )

    def _fill_chart(self, view: ScenarioComparison) -> None:
        item = self.plot.getPlotItem()
        for bars in self._bars:
            item.removeItem(bars)
        self._bars = []
        series = 1 + len(view.names)
        height = 0.8 / series
        rows = np.arange(len(view.labels), dtype=np.float64)
        names: Sequence[str] = [self.tr("Baseline"), *view.names]
        for s in range(series):
            colour = _colour(s)
            bars = Bars(
                x0=0.0,
                y=rows - 0.4 + height * (s + 0.5),
                height=height,
                width=100.0 * np.nan_to_num(view.shares[s]),
                brush=colour,
                pen=make_pen(colour),
            )
            item.addItem(bars)
            self._bars.append(bars)
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:{_colour(s).name()}">\u25a0</span>&nbsp;'
                + html.escape(names[s])
                for s in range(series)
            )
        )
        set_category_ticks(self.plot, view.labels)
        finite = view.shares[np.isfinite(view.shares)]
        top = 100.0 * float(finite.max()) if finite.size else 1.0
        item.setXRange(0.0, max(top, 1.0) * 1.05, padding=0)
        item.setYRange(-0.6, max(len(view.labels), 4) - 0.4, padding=0)

    def texts(self, row: int, column: int) -> str:
        """Return the text of one table cell (for tests and copying)."""
        item = self.table.item(row, column)
        return "" if item is None else item.text()

    def _on_ranking_combo_changed(self, _index: int) -> None:
        self.ranking_changed.emit(str(self.ranking_combo.currentData()))


def _colour(series: int) -> QColor:
    """Return the baseline's grey (series 0), then one colour per scenario."""
    return BASELINE if series == 0 else _COLOURS[(series - 1) % len(_COLOURS)]


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
