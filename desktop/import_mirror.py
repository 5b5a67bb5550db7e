"""Data > Reported vs mirror: a reporter's own figures beside what its partners report.

:func:`mirror_view` sets the two sides side by side for one year and flow, partner by
partner, with the gap (``models.importers.mirror_gaps``), as plain data; :class:`MirrorDialog`
shows it in a table, with the year and flow to choose and a word on why the sides differ;
:class:`MirrorActions` is the menu action, reading the kept mirror data set
(``models.user_data.mirror_figures``) of the reporter shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Local
from desktop.model_strings import model_text
from models.datasets import Catalog, DataError
from models.importers import MirrorGap, mirror_gaps
from models.user_data import mirror_figures

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

__all__ = ["MirrorActions", "MirrorDialog", "MirrorView", "mirror_view"]

Figures = Mapping[tuple[int, str], Mapping[str, float]]


@dataclass(frozen=True)
class MirrorView:
    """Reported and mirror figures of one reporter, year and flow (US$ million)."""

    reporter_name: str
    year: int
    flow: str
    years: tuple[int, ...]  # years both sides hold
    flows: tuple[str, ...]  # flows the mirror data hold that year
    gaps: tuple[MirrorGap, ...]
    reported_source: str
    mirror_source: str


def mirror_view(catalog: Catalog, reporter: str, figures: Figures, mirror_source: str,
                *, year: int | None = None, flow: str = "exports") -> MirrorView | None:
    """Return the two sides for ``year`` (default: the latest both hold) and ``flow``.

    None if the reporter's data and the mirror data share no year.
    """
    try:
        held = set(catalog.years(reporter))
    except DataError:
        return None
    years = tuple(sorted(held & {y for y, _f in figures}))
    if not years:
        return None
    year = year if year in years else years[-1]
    flows = tuple(f for f in ("exports", "imports", "turnover") if (year, f) in figures)
    flow = flow if flow in flows else flows[0]
    mirror = figures[(year, flow)]
    names = {}
    for code in mirror:
        try:
            names[code] = catalog.country_name(code)
        except DataError:
            names[code] = code
    table = catalog.table(reporter, year, flow)
    return MirrorView(table.reporter_name, year, flow, years, flows,
                      mirror_gaps(table, mirror, names), table.provenance.source, mirror_source)


def _number(value: float) -> QTableWidgetItem:
    item = QTableWidgetItem(f"{Local(value):,.1f}")
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class MirrorDialog(QDialog):
    """The reported and mirror figures side by side, and the gap per partner."""

    choice_changed = Signal(int, str)  # year, flow

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reported vs mirror figures - Multivector"))
        self.setAccessibleName(self.tr("Reported and mirror figures"))
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.year_combo = QComboBox(self)
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.flow_combo = QComboBox(self)
        self.flow_combo.setAccessibleName(self.tr("Trade flow"))
        choices = QHBoxLayout()
        for label, combo in ((self.tr("&Year:"), self.year_combo),
                             (self.tr("&Flow:"), self.flow_combo)):
            buddy = QLabel(label, self)
            buddy.setBuddy(combo)
            choices.addWidget(buddy)
            choices.addWidget(combo)
            combo.activated.connect(self._on_combo_activated)
        choices.addStretch(1)
        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(self.tr("Reported and mirror figures by partner"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Partner"), self.tr("Reported (US$ million)"),
            self.tr("Mirror (US$ million)"), self.tr("Gap: mirror - reported"),
            self.tr("Gap (% of reported)")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.sources = QLabel(self)
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        why = QLabel(self.tr(
            "Why the sides differ: imports are valued with freight and insurance (CIF), "
            "exports without (FOB); goods in transit are booked to the country they pass "
            "through or to the last known one; timing, confidential trade and errors add to "
            "it. A large gap is a reason to say which side a figure comes from."), self)
        why.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sources)
        layout.addWidget(why)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def set_view(self, view: MirrorView) -> None:
        """Show ``view``; the selectors are set with their signals blocked."""
        items: tuple[tuple[QComboBox, list[tuple[str, object]], object], ...] = (
            (self.year_combo, [(str(y), y) for y in view.years], view.year),
            (self.flow_combo, [(model_text(f), f) for f in view.flows], view.flow),
        )
        for combo, values, current in items:
            combo.blockSignals(True)
            combo.clear()
            for text, value in values:
                combo.addItem(text, value)
            combo.setCurrentIndex(combo.findData(current))
            combo.blockSignals(False)
        self.headline.setText(self.tr(
            "{name}, {year} {flow}: what {name} reports beside what each partner reports "
            "(mirror), largest gap first.").format(name=view.reporter_name, year=view.year,
                                                    flow=model_text(view.flow)))
        self._set_rows(view.gaps)
        self.sources.setText(self.tr("Reported: {reported}\nMirror: {mirror}").format(
            reported=view.reported_source, mirror=view.mirror_source))

    def _set_rows(self, gaps: Sequence[MirrorGap]) -> None:
        self.table.setRowCount(len(gaps))
        for row, gap in enumerate(gaps):
            relative = gap.relative
            share = QTableWidgetItem("" if relative is None else f"{100 * relative:+,.1f} %")
            share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = QTableWidgetItem(f"{gap.name} ({gap.code})")
            for column, item in enumerate((name, _number(gap.reported), _number(gap.mirror),
                                           _number(gap.gap), share)):
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def rows(self) -> list[tuple[str, float, float, float]]:
        """Return (partner, reported, mirror, gap) as shown, for checks."""
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(4)]
            texts = [cell.text() if cell is not None else "" for cell in cells]
            numbers = [float(cell.data(Qt.ItemDataRole.UserRole)) if cell is not None
                       else float("nan") for cell in cells[1:]]
            found.append((texts[0], numbers[0], numbers[1], numbers[2]))
        return found

    def _on_combo_activated(self, _index: int) -> None:
        self.choice_changed.emit(int(self.year_combo.currentData()),
                                 str(self.flow_combo.currentData()))


class MirrorActions(QObject):
    """The Reported vs mirror action and its dialog, for the reporter the window shows."""

    def __init__(self, window: MainWindow, parent: QObject | None = None):
        super().__init__(parent)
        self._window = window
        self.dialog: MirrorDialog | None = None
        self._mirror: tuple[str, Figures, str] | None = None
        self.action = QAction(self.tr("Reported vs &mirror..."), self)
        tip = self.tr("The country's own figures beside what its partners report, partner by "
                      "partner (needs imported mirror data)")
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self._on_action_triggered)

    def _on_action_triggered(self) -> None:
        self.show_mirror(self._window.document.scenario.reporter)

    def _name(self, iso3: str) -> str:
        try:
            return self._window.document.catalog.country_name(iso3)
        except DataError:
            return iso3

    def show_mirror(self, reporter: str) -> bool:
        """Show ``reporter``'s reported and mirror figures side by side; False if none."""
        name = self._name(reporter)
        try:
            found = mirror_figures(reporter)
        except (DataError, OSError) as exc:
            QMessageBox.warning(self._window, self.tr("Cannot read the mirror data"), str(exc))
            return False
        if found is None:
            QMessageBox.warning(self._window, self.tr("No mirror data"), self.tr(
                "There are no mirror data for {name}: what its partners report trading with "
                "it. On UN Comtrade, choose every reporter and {name} as the partner, download "
                "the CSV, then File > Import data.").format(name=name))
            return False
        data_set, figures = found
        self._mirror = (reporter, figures, self.tr("{file}, imported {date}").format(
            file=data_set.source_file, date=data_set.imported[:10]))
        scenario = self._window.document.scenario
        if not self._show_view(scenario.year, scenario.flow):
            return False
        assert self.dialog is not None
        self.dialog.show()
        self.dialog.raise_()
        return True

    def _show_view(self, year: int, flow: str) -> bool:
        if self._mirror is None:
            return False
        reporter, figures, source = self._mirror
        catalog = self._window.document.catalog
        view = mirror_view(catalog, reporter, figures, source, year=year, flow=flow)
        if view is None:
            QMessageBox.warning(self._window, self.tr("No year in common"), self.tr(
                "The mirror data of {name} hold no year its own data hold.").format(
                    name=self._name(reporter)))
            return False
        if self.dialog is None:
            self.dialog = MirrorDialog(self._window)
            self.dialog.choice_changed.connect(self._on_dialog_choice_changed)
        self.dialog.set_view(view)
        return True

    def _on_dialog_choice_changed(self, year: int, flow: str) -> None:
        self._show_view(year, flow)
