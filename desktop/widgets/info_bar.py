"""What the scenario is about and what the user should know: title, description, notes.

The title and description come from a preset or a scenario file; the notes say when an edit
was clamped or does not apply to the chosen data. Hidden when there is nothing to say, or
when the user hid it (until what it says changes).
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

__all__ = ["InfoBar"]


class InfoBar(QFrame):
    """A framed, word-wrapped note above the indices."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Scenario information"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide_button = QToolButton(self)
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Hide this note until the scenario changes"))
        self.hide_button.setAccessibleName(self.tr("Hide the scenario note"))
        self.hide_button.setAutoRaise(True)
        # A long description scrolls inside a few lines instead of pushing the workbench
        # off a small screen.
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidget(self.label)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setMaximumHeight(3 * self.fontMetrics().lineSpacing() + 8)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTop)
        self._dismissed = ""
        self.hide_button.clicked.connect(self._on_hide_button_clicked)
        self.setVisible(False)

    def set_info(
        self, title: str, description: str, references: Sequence[str], notes: Sequence[str]
    ) -> None:
        parts = []
        if title:
            parts.append(f"<b>{html.escape(title)}</b>")
        if description:
            parts.append(html.escape(description))
        if references:
            parts.append("<small>" + "<br>".join(html.escape(r) for r in references) + "</small>")
        for note in notes:
            parts.append(f"<span style='color:#a04000'>&#9888; {html.escape(note)}</span>")
        text = "<br>".join(parts)
        if text != self.label.text():
            self.label.setText(text)
            self.label.setAccessibleDescription(self.label.text())
            lines = self.label.heightForWidth(max(self.scroll_area.viewport().width(), 300))
            self.scroll_area.setFixedHeight(
                min(
                    max(lines, self.fontMetrics().lineSpacing()) + 4,
                    3 * self.fontMetrics().lineSpacing() + 8,
                )
            )
        self.setVisible(bool(parts) and text != self._dismissed)

    def _on_hide_button_clicked(self) -> None:
        self._dismissed = self.label.text()
        self.setVisible(False)
