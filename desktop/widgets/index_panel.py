"""Every index as baseline, scenario and change, with HHI in plain words and the N used.

The rows are made once; updates only change the texts (and skip unchanged ones), so the
panel keeps up with a slider drag. Each row's tooltip gives the index's formula, range,
direction and reference; the "?" beside each row (and the link under the explanation)
opens the guide's page about the index (``help_requested``).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import number_marks
from desktop.model_strings import model_text
from desktop.viewmodels import IndexRow
from desktop.widgets.comparison_table import ComparisonTable
from desktop.widgets.elided_label import ElidedLabel
from desktop.widgets.index_text import index_short_name, index_tooltip
from models import indices
from models.analysis import HHI_BANDS_SOURCE, hhi_reading
from models.formatting import format_number

__all__ = ["IndexPanel"]



class IndexPanel(QWidget):
    """The index table, the HHI reading and which N the normalized indices use."""

    help_requested = Signal(str)  # the guide's page ("index/hhi")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Indices"))
        self.n_label = QLabel(self)
        self.n_label.setWordWrap(True)
        # What the indices are taken over, where that is not all of the reporter's trade.
        self.scope_label = QLabel(self)
        self.scope_label.setWordWrap(True)
        self.scope_label.setObjectName("scope_note")
        self.scope_label.setStyleSheet("QLabel#scope_note { color: #a33; font-weight: bold; }")
        self.scope_label.setVisible(False)
        # Two one-line labels that never ask for a re-layout (they change on every slider
        # move): the scenario's reading in bold, and the baseline's.
        self.hhi_label = ElidedLabel(self)
        bold = self.hhi_label.font()
        bold.setBold(True)
        self.hhi_label.setFont(bold)
        self.hhi_baseline_label = ElidedLabel(self)
        for label in (self.hhi_label, self.hhi_baseline_label):
            label.setToolTip(model_text(HHI_BANDS_SOURCE))
        self.hhi_label.setAccessibleName(self.tr("HHI in plain words"))
        self.hhi_baseline_label.setAccessibleName(self.tr("Baseline HHI in plain words"))
        widest_change = "+00.00 " + number_marks().points
        self.table = ComparisonTable(self.tr("Index"), "100.00 %", self,
                                     widest_change=widest_change)
        self.table.setAccessibleName(self.tr("Index values: baseline, scenario and change"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows, so that Ctrl+A, Ctrl+C copies the whole table to a spreadsheet.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Room for the longest short name in this language, the "?" column and the numbers.
        longest = max(self.fontMetrics().horizontalAdvance(index_short_name(key))
                      for key in indices.INDEX_INFO)
        question = self.fontMetrics().horizontalAdvance("?") + 14
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()  # on a short screen
        self.table.setMinimumWidth(longest + 16 + question + scroll_bar
                                   + self.table.numbers_width + 4)
        # What the selected index means (tooltips are out of reach of the keyboard).
        self.details = QTextBrowser(self)
        self.details.setAccessibleName(self.tr("About the selected index"))
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setMinimumHeight(3 * self.fontMetrics().height())
        # It takes what the index rows leave (they come first when the window is short).
        self.details.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hhi_label)
        layout.addWidget(self.hhi_baseline_label)
        layout.addWidget(self.scope_label)
        layout.addWidget(self.n_label)
        layout.addWidget(self.table)
        layout.addWidget(self.details, 1)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        # A "?" before each row opens the guide's page about its index.
        self.help_header = self.table.verticalHeader()
        self.help_header.show()
        self.help_header.setSectionsClickable(True)
        self.help_header.sectionClicked.connect(self._on_help_header_clicked)
        self.help_header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no drag handles
        self.help_header.setMinimumWidth(self.fontMetrics().horizontalAdvance("?") + 14)
        self.help_header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_details_anchor_clicked)
        self._values: dict[str, tuple[float, float, float]] = {}

    def full_height(self) -> int:
        """Return the height that shows every index row (and the details at their least)."""
        table = self.table
        return self.minimumSizeHint().height() + table.sizeHint().height() - table.minimumHeight()

    def set_rows(self, rows: Sequence[IndexRow]) -> None:
        """Show the rows; the first call (or new keys) builds them, later ones update texts."""
        keys = tuple(row.key for row in rows)
        if keys != self.table.keys:
            self._build(keys)
        for r, row in enumerate(rows):
            self.table.set_texts(r, row.baseline_text, row.scenario_text, row.change_text)
            self._values[row.key] = (row.baseline, row.scenario, row.change)
        hhi = next((row for row in rows if row.key == "hhi"), None)
        if hhi is not None:
            self._set_reading(hhi.baseline, hhi.scenario)

    def set_n_used(self, n_used: int, active_only: bool) -> None:
        if active_only:
            text = self.tr("Normalized indices use N = {n}: active partners only "
                           "(those with trade in the baseline).").format(n=n_used)
        else:
            text = self.tr("Normalized indices use N = {n}: every category in the data, "
                           "zeros included (as UNCTAD does).").format(n=n_used)
        if text != self.n_label.text():
            self.n_label.setText(text)

    def set_scope(self, note: str) -> None:
        """Say what the indices are taken over when it is not all the trade ('' hides it)."""
        if note != self.scope_label.text():
            self.scope_label.setText(note)
        self.scope_label.setVisible(bool(note))

    def _build(self, keys: tuple[str, ...]) -> None:
        self.table.set_row_names([(key, index_short_name(key), index_tooltip(key))
                                  for key in keys])
        for row, key in enumerate(keys):
            mark = QTableWidgetItem("?")
            mark.setToolTip(self.tr("Explain {index} (the guide)").format(
                index=index_short_name(key)))
            self.table.setVerticalHeaderItem(row, mark)
        self.table.setCurrentCell(0, 0)

    def _on_table_current_cell_changed(self, row: int, _column: int, _row: int, _col: int) -> None:
        keys = self.table.keys
        if 0 <= row < len(keys):
            text = index_tooltip(keys[row])
            if keys[row] == "hhi":
                text += f"<p><small>{html.escape(model_text(HHI_BANDS_SOURCE))}</small></p>"
            text += "<p><a href='page:index/{key}'>{more}</a></p>".format(
                key=keys[row], more=html.escape(self.tr("More in the guide (F1)")))
            self.details.setHtml(text)
            self.setProperty("guide_page", f"index/{keys[row]}")  # what F1 opens here

    def _set_reading(self, baseline: float, scenario: float) -> None:
        self.hhi_label.setText(self.tr("HHI {points} points: {reading}").format(
            points=_points(scenario), reading=model_text(hhi_reading(scenario))))
        self.hhi_baseline_label.setText(self.tr("baseline {points} points: {reading}").format(
            points=_points(baseline), reading=model_text(hhi_reading(baseline))))

    def _on_help_header_clicked(self, row: int) -> None:
        keys = self.table.keys
        if 0 <= row < len(keys):
            self.help_requested.emit(f"index/{keys[row]}")

    def _on_details_anchor_clicked(self, url: QUrl) -> None:
        if url.scheme() == "page":
            self.help_requested.emit(url.path())

    def row_of(self, key: str) -> int:
        """Return the table row of index ``key`` (ValueError if not shown)."""
        return self.table.keys.index(key)

    def values(self, key: str) -> tuple[float, float, float]:
        """Return the unrounded baseline, scenario and change of index ``key``."""
        return self._values[key]

    def texts(self, key: str) -> tuple[str, str, str]:
        """Return the displayed baseline, scenario and change texts of index ``key``."""
        return self.table.texts(key)


def _points(hhi: float) -> str:
    marks = number_marks()
    return format_number(hhi * 10_000, 0, grouped=True, decimal=marks.decimal, group=marks.group)
