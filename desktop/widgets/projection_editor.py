"""The projection editor: annual growth rates per partner or per vector, over N years.

Every category (or vector) not given a rate of its own grows at the default rate. OK
sends one :class:`~models.edits.Growth` (``growth_chosen``), which the window pushes as
one undoable step, replacing the scenario's projection if it has one; "Remove projection"
sends ``None``. The dialog keeps no copy of the scenario: it is filled once, from the
projection in force, when it opens (:meth:`ProjectionEditor.set_choices`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.edits import Growth

__all__ = ["Categories", "ProjectionEditor"]

MAX_YEARS = 50
_CODE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Categories:
    """What rates can be given to: codes and names, largest first; vector keys or not."""

    codes: tuple[str, ...]
    names: tuple[str, ...]
    by_vector: bool


class ProjectionEditor(QDialog):
    """Years, a default rate and a table of rates; OK sends one Growth edit."""

    growth_chosen = Signal(object)  # a Growth, or None to remove the projection
    help_requested = Signal(str)  # the guide's page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project growth - Multivector"))
        self.setAccessibleName(self.tr("Projection editor"))
        intro = QLabel(self.tr(
            "Each year every value grows by its annual rate: v(t) = v (1 + g)^t. The indices "
            "of every year are drawn after the data in the History chart, with the baseline "
            "grown at the same rates as a grey ghost."), self)
        intro.setWordWrap(True)
        self.years_spin = QSpinBox(self)
        self.years_spin.setRange(1, MAX_YEARS)
        self.years_spin.setValue(5)
        self.years_spin.setAccessibleName(self.tr("Years projected"))
        self.years_label = QLabel(self)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setAccessibleName(self.tr("Rates given per"))
        self.default_spin = QDoubleSpinBox(self)
        self.default_spin.setRange(-99.0, 100.0)
        self.default_spin.setDecimals(2)
        self.default_spin.setSingleStep(0.5)
        self.default_spin.setSuffix(" %")
        self.default_spin.setAccessibleName(self.tr("Growth a year of everything else"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or code"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter the rates"))
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Growth a year (%)")])
        self.table.setAccessibleName(self.tr("Growth rates"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Type a rate in percent a year (5 = 5 %, -3 = 3 % less "
                                      "each year); leave it empty for the default rate"))
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #a33;")
        self.clear_button = QPushButton(self.tr("&Clear the rates"), self)
        self.clear_button.setToolTip(self.tr("Every row back to the default rate"))
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setToolTip(self.tr("How projections work (the guide)"))
        self.help_button.setAccessibleName(self.tr("Help on projections"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Apply projection"))
        self.remove_button = self.buttons.addButton(
            self.tr("&Remove projection"), QDialogButtonBox.ButtonRole.DestructiveRole)
        form = QFormLayout()
        form.addRow(self.tr("&Years ahead:"), self.years_spin)
        form.addRow("", self.years_label)
        form.addRow(self.tr("Rates &per:"), self.mode_combo)
        form.addRow(self.tr("&Everything else grows:"), self.default_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignLeft)
        row = QWidget(self)
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.help_button)
        row_layout.addWidget(self.buttons, 1)
        layout.addWidget(row)
        self.resize(520, 600)

        self._choices: list[Categories] = []
        self._rates: list[dict[str, float]] = []  # per choice: code -> rate (0.05 = 5 %)
        self._first_year = 0
        self.years_spin.valueChanged.connect(self._on_years_spin_changed)
        self.mode_combo.currentIndexChanged.connect(self._on_mode_combo_changed)
        self.filter_edit.textChanged.connect(self._on_filter_edit_changed)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.help_button.clicked.connect(self._on_help_button_clicked)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    # -- filling (once, when opened) ----------------------------------------------------

    def set_choices(
        self,
        first_year: int,
        choices: Sequence[tuple[str, Categories]],
        current: Growth | None,
    ) -> None:
        """Offer ``choices`` (label, categories) and show ``current`` (None: a new one)."""
        self._first_year = first_year
        self._choices = [categories for _, categories in choices]
        self._rates = [{} for _ in choices]
        chosen = 0
        if current is not None:
            self.years_spin.setValue(min(max(current.years, 1), MAX_YEARS))
            self.default_spin.setValue(100.0 * current.default_rate)
            for i, categories in enumerate(self._choices):
                if categories.by_vector == current.by_vector:
                    chosen = i
                    self._rates[i] = dict(current.rates)
                    break
        self.mode_combo.blockSignals(True)
        self.mode_combo.clear()
        for label, _ in choices:
            self.mode_combo.addItem(label)
        self.mode_combo.setCurrentIndex(chosen)
        self.mode_combo.setEnabled(len(choices) > 1)
        self.mode_combo.blockSignals(False)
        self.remove_button.setVisible(current is not None)
        self._fill_table()
        self._on_years_spin_changed(self.years_spin.value())

    def rate_item(self, code: str) -> QTableWidgetItem:
        """Return the rate cell of ``code`` (KeyError if it is not listed)."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            if item is not None and item.data(_CODE) == code:
                return item
        raise KeyError(code)

    def growth(self) -> Growth:
        """Return the Growth edit the dialog shows now."""
        index = max(self.mode_combo.currentIndex(), 0)
        categories = self._choices[index]
        rates = self._rates[index]
        return Growth(
            tuple((code, rates[code]) for code in categories.codes if code in rates),
            self.years_spin.value(),
            self.default_spin.value() / 100.0,
            categories.by_vector,
        )

    def _fill_table(self) -> None:
        index = max(self.mode_combo.currentIndex(), 0)
        categories = self._choices[index] if self._choices else Categories((), (), False)
        rates = self._rates[index] if self._rates else {}
        self.table.blockSignals(True)
        self.table.setRowCount(len(categories.codes))
        for row, (code, name) in enumerate(zip(categories.codes, categories.names, strict=True)):
            name_item = QTableWidgetItem(self.tr("{name} ({code})").format(name=name, code=code))
            name_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            rate_item = QTableWidgetItem(_percent_text(rates.get(code)))
            rate_item.setData(_CODE, code)
            rate_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, name_item)
            self.table.setItem(row, 1, rate_item)
        self.table.blockSignals(False)
        self._on_filter_edit_changed(self.filter_edit.text())

    # -- handlers -------------------------------------------------------------------------

    def _on_years_spin_changed(self, years: int) -> None:
        self.years_label.setText(self.tr("from {first} to {last}").format(
            first=self._first_year, last=self._first_year + years))

    def _on_mode_combo_changed(self, _index: int) -> None:
        self.problem_label.clear()
        self._fill_table()

    def _on_filter_edit_changed(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            label = item.text().casefold() if item is not None else ""
            self.table.setRowHidden(row, not all(word in label for word in words))

    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        code = item.data(_CODE)
        if code is None:
            return
        rates = self._rates[max(self.mode_combo.currentIndex(), 0)]
        rate = _parse_percent(item.text())
        if rate is None:
            self.problem_label.setText(self.tr(
                "\u201c{text}\u201d is not a rate: type a number of percent above -100, or "
                "leave the cell empty for the default rate.").format(text=item.text()))
        elif isinstance(rate, float):
            rates[str(code)] = rate
            self.problem_label.clear()
        else:
            rates.pop(str(code), None)
            self.problem_label.clear()
        self.table.blockSignals(True)
        item.setText(_percent_text(rates.get(str(code))))
        self.table.blockSignals(False)

    def _on_clear_button_clicked(self) -> None:
        self._rates[max(self.mode_combo.currentIndex(), 0)].clear()
        self._fill_table()

    def _on_help_button_clicked(self) -> None:
        self.help_requested.emit("projection")

    def _on_buttons_accepted(self) -> None:
        self.growth_chosen.emit(self.growth())
        self.accept()

    def _on_remove_button_clicked(self) -> None:
        self.growth_chosen.emit(None)
        self.accept()


def _percent_text(rate: float | None) -> str:
    return "" if rate is None else f"{100.0 * rate:g}"


def _parse_percent(text: str) -> float | bool | None:
    """Read a rate from percent text: a float, ``False`` if empty (the default), None if wrong."""
    cleaned = text.strip().rstrip("%").strip().replace(",", ".").replace("\u2212", "-")
    if not cleaned:
        return False
    try:
        percent = float(cleaned)
    except ValueError:
        return None
    if not math.isfinite(percent) or percent <= -100.0:
        return None
    return percent / 100.0
