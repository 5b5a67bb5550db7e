"""The words above a chart: a live one-line figure and a wrapped explanation.

The headline (e.g. "HHI changes by +355 points") changes on every slider step, so it is a
one-line label that never asks for a re-layout; the explanation below it changes only with
the data, and may wrap. Re-laying out a chart on every step costs more than redrawing it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.widgets.elided_label import ElidedLabel

__all__ = ["ChartCaption"]


class ChartCaption(QWidget):
    """A headline (hidden while empty) over a word-wrapped explanation."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.headline = ElidedLabel(self)
        self.headline.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.headline.hide()
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.headline)
        layout.addWidget(self.explanation)

    def set_headline(self, text: str) -> None:
        """Show a one-line live figure (cheap to change while dragging)."""
        self.headline.setText(text)
        self.headline.setToolTip(text)
        if self.headline.isHidden() == bool(text):
            self.headline.setHidden(not text)

    def set_text(self, text: str) -> None:
        """Show the explanation (re-laid out only when it really changes)."""
        if text != self.explanation.text():
            self.explanation.setText(text)

    def text(self) -> str:
        return self.explanation.text()
