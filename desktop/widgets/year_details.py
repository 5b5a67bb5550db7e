"""Every index in one year of the history chart, as a small popup that a click opens.

The chart hands over plain numbers (index key to value, per column); this module only
lays them out in a table with the indices' names and the window's number format.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.i18n import value_text
from desktop.widgets.index_text import index_name

__all__ = ["YearDetails", "year_table"]


def year_table(
    heading: str,
    keys: Sequence[str],
    columns: Sequence[tuple[str, Mapping[str, float]]],
) -> str:
    """Rich text: ``heading``, then one row per index of ``keys``, one column per mapping."""
    head = "".join(f"<th align='right'>&nbsp;{html.escape(title)}</th>" for title, _ in columns)
    rows = []
    for key in keys:
        cells = "".join(
            "<td align='right'>&nbsp;"
            f"{html.escape(value_text(key, values.get(key, float('nan'))))}</td>"
            for _, values in columns
        )
        rows.append(f"<tr><td>{html.escape(index_name(key))}</td>{cells}</tr>")
    return (f"<p><b>{html.escape(heading)}</b></p>"
            f"<table cellspacing='0' cellpadding='1'><tr><th></th>{head}</tr>{''.join(rows)}"
            "</table>")


class YearDetails(QFrame):
    """A popup with a year's indices; a click elsewhere or Esc closes it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Indices of the year"))
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)

    def show_text(self, text: str, where: QPoint) -> None:
        """Show ``text`` (rich text) with its top-left corner at global ``where``."""
        self.label.setText(text)
        self.adjustSize()
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        x, y = where.x(), where.y()
        if screen is not None:  # keep it on the screen
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
