"""Badges that say what state the data are in, each with its caveat one click away.

One chip per :class:`~models.data_status.Badge` (preliminary, missing months, incomplete,
first published, no official total); clicking a chip (or Space on it) opens a small popup
with the caveat in full and a button to every source and caveat. A note below the chips
says what a first-published table's indices are over. Hidden when the data need no flag.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.caveat_text import badge_text
from desktop.words import UiWords, ui_words
from models.data_status import Badge, DataStatus

__all__ = ["DataBadge"]


# Chip colours: amber for figures that may change, red for a table that is not all trade.
_STYLE = {
    "first_published": "#f6d5d0",
    "preliminary": "#fbe7b5",
    "missing_months": "#fbe7b5",
    "partial": "#fbe7b5",
    "no_total": "#e4e4e4",
}


class _CaveatPopup(QFrame):
    """The caveat of one chip, in full, and a way to every source and caveat."""

    sources_requested = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Caveat"))
        self.title = QLabel(self)
        bold = self.title.font()
        bold.setBold(True)
        self.title.setFont(bold)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.text.setMaximumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.sources_button = QPushButton(self.tr("All sources and caveats..."), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.sources_button, 0, Qt.AlignmentFlag.AlignRight)
        self.sources_button.clicked.connect(self._on_sources_button_clicked)

    def _on_sources_button_clicked(self) -> None:
        self.hide()
        self.sources_requested.emit()


class DataBadge(QFrame):
    """A row of chips for the data's status, and a note on what the indices are over."""

    sources_requested = Signal()  # "All sources and caveats..." in a caveat popup

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Data status"))
        self._badges: tuple[Badge, ...] = ()
        self._status: DataStatus | None = None
        self._chips: list[QToolButton] = []
        self._popup: _CaveatPopup | None = None
        self.chip_row = QHBoxLayout()
        self.chip_row.setContentsMargins(0, 0, 0, 0)
        self.chip_row.setSpacing(4)
        self.chip_row.addStretch(1)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(self.chip_row)
        layout.addWidget(self.note)
        self.setVisible(False)

    # -- setter ------------------------------------------------------------------------

    def set_status(self, status: DataStatus, *, year: int) -> None:
        """Show one chip per badge of ``status`` (hidden if there is none)."""
        words = ui_words(status.words)
        self._status = status
        self._badges = status.badges
        while len(self._chips) < len(status.badges):
            chip = QToolButton(self)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.clicked.connect(self._on_chip_clicked)
            self.chip_row.insertWidget(len(self._chips), chip)
            self._chips.append(chip)
        for chip, badge in zip(self._chips, status.badges, strict=False):
            text = self._chip_text(badge, words, year)
            chip.setText(text)
            chip.setAccessibleName(self.tr("Data status: {text}").format(text=text))
            chip.setToolTip(self.tr("{caveat}\n\nClick for the caveat and every source.").format(
                caveat=badge_text(badge, status)))
            chip.setStyleSheet(
                f"QToolButton {{ background: {_STYLE[badge.kind]}; color: #202020; "
                "border: 1px solid #b0a080; border-radius: 8px; padding: 1px 8px; }"
                "QToolButton:focus { border: 2px solid #3060c0; }")
            chip.setProperty("kind", badge.kind)
            chip.setVisible(True)
        for chip in self._chips[len(status.badges):]:
            chip.setVisible(False)
        first = status.badge("first_published")
        if first is not None:
            noun = words.one if first.quoted == 1 else words.many
            self.note.setText(self.tr(
                "Shares and indices here are over these {n} {noun} only, not over all trade; "
                "the revised figures of the same {many} are in the column 'Revised'."
            ).format(n=first.quoted, noun=noun, many=words.many))
        self.note.setVisible(first is not None)
        self.setVisible(bool(status.badges))

    def _chip_text(self, badge: Badge, words: UiWords, year: int) -> str:
        if badge.kind == "first_published":
            noun = words.one if badge.quoted == 1 else words.many
            return self.tr("First published: {n} {noun} quoted in the press").format(
                n=badge.quoted, noun=noun)
        if badge.kind == "preliminary":
            return self.tr("Preliminary: {year} may still be revised").format(year=year)
        if badge.kind == "missing_months":
            locale = QLocale()
            months = ", ".join(locale.monthName(m, QLocale.FormatType.LongFormat)
                               for m in badge.months_missing)
            return self.tr("{n} months only: {months} missing").format(
                n=12 - len(badge.months_missing), months=months)
        if badge.kind == "partial":
            return self.tr("Incomplete: some {many} missing").format(many=words.many)
        return self.tr("No official total: unlisted trade unknown")

    # -- queries (for tests and the window) --------------------------------------------

    def chip_texts(self) -> list[str]:
        """Return the texts of the chips shown, left to right."""
        return [c.text() for c in self._chips[:len(self._badges)]]

    def chip(self, kind: str) -> QToolButton | None:
        """Return the chip of badge ``kind``, or None if not shown."""
        return next((c for c, b in zip(self._chips, self._badges, strict=False)
                     if b.kind == kind), None)

    @property
    def popup(self) -> _CaveatPopup | None:
        return self._popup

    # -- handlers ------------------------------------------------------------------------

    def _on_chip_clicked(self) -> None:
        chip = self.sender()
        assert isinstance(chip, QToolButton)
        badge = self._badges[self._chips.index(chip)]
        if self._popup is None:
            self._popup = _CaveatPopup(self)
            self._popup.sources_requested.connect(self.sources_requested)
        self._popup.title.setText(chip.text())
        assert self._status is not None  # a chip is shown only for a status's badge
        self._popup.text.setText(badge_text(badge, self._status))
        self._popup.adjustSize()
        self._popup.move(chip.mapToGlobal(QPoint(0, chip.height())))
        self._popup.show()
        self._popup.sources_button.setFocus()
