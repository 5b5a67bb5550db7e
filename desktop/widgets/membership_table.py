"""The overlapping memberships (EAEU, EU-27, OTS, CIS, SCO) as shares of trade.

A small table under the vector bars: baseline, scenario and change of each bloc's share
(full members in the year shown; the blocs overlap, so the shares do not sum to 100 %).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget

from desktop.i18n import number_marks
from desktop.model_strings import model_text
from desktop.widgets.comparison_table import ComparisonTable
from models.analysis import MembershipShare
from models.formatting import format_share, format_share_change

__all__ = ["MembershipTable"]


class MembershipTable(ComparisonTable):
    """Bloc memberships' shares: baseline, scenario, change (percentage points)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Membership"), "100.00 %", parent,
                         widest_change="+00.00 " + number_marks().points)
        self.setAccessibleName(self.tr("Shares of the overlapping memberships"))
        self.setToolTip(self.tr(
            "Share of trade with the full members of each bloc in the year shown. The blocs "
            "overlap (Russia is in the EAEU, the CIS and the SCO), so the shares do not sum "
            "to 100 %."))
        # Selectable (rows), so that Ctrl+C copies them to a spreadsheet.
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_rows(self, rows: Sequence[MembershipShare]) -> None:
        """Show ``rows`` (hidden when there are none); texts change in place."""
        if tuple(row.key for row in rows) != self.keys:
            self.set_row_names([(row.key, model_text(row.short_name), model_text(row.name))
                                for row in rows])
        marks = number_marks()
        for r, row in enumerate(rows):
            self.set_texts(r, format_share(row.baseline, decimal=marks.decimal),
                           format_share(row.scenario, decimal=marks.decimal),
                           format_share_change(row.change, decimal=marks.decimal,
                                               points=marks.points))
        self.setHidden(not rows)
