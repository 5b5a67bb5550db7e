"""The Monte Carlo options of the uncertainty tab, with Compute, Cancel and the progress bar.

The same options as ``python -m models montecarlo``, with the same defaults: sigma drawn
from the literature's range (or each edit's own), each shock drawn within a spread around
its value, a seed and a number of draws. ``changed`` says that the student finished
changing one; the panel reads them with :meth:`BandsOptions.values`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from models import simulate

__all__ = ["BandsOptionValues", "BandsOptions"]

DEFAULT_DRAWS = 10_000  # as on the command line
DEFAULT_SPREAD = 50  # percent, as on the command line (--shock-spread 0.5)


@dataclass(frozen=True)
class BandsOptionValues:
    """What the options say: ``sigma_range`` None keeps each edit's sigma."""

    sigma_range: tuple[float, float] | None
    shock_spread: float  # F: each shock from t (1 - F) to t (1 + F)
    seed: int
    draws: int


class BandsOptions(QWidget):
    """Sigma range (or each edit's own), shock spread, seed, draws; Compute and Cancel."""

    changed = Signal()  # an option was changed (editing finished)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        low, high = simulate.SIGMA_RANGE
        self.sigma_low_spin = self._sigma_spin(low, self.tr("Lowest sigma drawn"))
        self.sigma_high_spin = self._sigma_spin(high, self.tr("Highest sigma drawn"))
        self.keep_sigma_check = QCheckBox(self.tr("&Keep each edit's sigma"), self)
        self.keep_sigma_check.setToolTip(self.tr(
            "Use the sigma each cost shock was given instead of drawing it"))
        self.spread_spin = QSpinBox(self)
        self.spread_spin.setRange(0, 1000)
        self.spread_spin.setValue(DEFAULT_SPREAD)
        self.spread_spin.setSuffix(" %")
        self.spread_spin.setAccessibleName(self.tr("Shock spread"))
        self.spread_spin.setToolTip(self.tr(
            "Each shock is drawn evenly from this much below its value to this much above"))
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 999_999_999)
        self.seed_spin.setAccessibleName(self.tr("Seed"))
        self.seed_spin.setToolTip(self.tr(
            "The same seed gives the same draws, here and on the command line"))
        self.draws_spin = QSpinBox(self)
        self.draws_spin.setRange(100, 1_000_000)
        self.draws_spin.setSingleStep(1000)
        self.draws_spin.setValue(DEFAULT_DRAWS)
        self.draws_spin.setGroupSeparatorShown(True)
        self.draws_spin.setAccessibleName(self.tr("Number of draws"))
        self.seed_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000") + 34)
        self.compute_button = QPushButton(self.tr("Co&mpute"), self)
        self.compute_button.setToolTip(self.tr("Draw the bands again with these options"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop drawing; the window stays as it is"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Draws computed"))
        self.progress.setTextVisible(False)
        self.progress.setRange(0, 1)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        # One row of controls after another (not a grid): the narrowest the tab can be.
        # Short rows, so that the tab fits the charts' column in Russian and Kazakh too.
        rows = (
            (self.tr("Sigm&a from"), self.sigma_low_spin, self.tr("to"), self.sigma_high_spin),
            (self.keep_sigma_check,),
            (self.tr("Shocks \u00b1"), self.spread_spin, self.tr("Seed"), self.seed_spin),
            (self.tr("Draws"), self.draws_spin),
            (self.compute_button, self.cancel_button, self.progress),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for parts in rows:
            row = QHBoxLayout()
            row.setSpacing(4)
            buddy: QLabel | None = None
            for part in parts:
                if isinstance(part, str):
                    buddy = QLabel(part, self)
                    row.addWidget(buddy)
                    continue
                if buddy is not None:
                    buddy.setBuddy(part)
                    buddy = None
                row.addWidget(part, 1 if part is self.progress else 0)
            if self.progress not in parts:
                row.addStretch(1)
            layout.addLayout(row)
        self.keep_sigma_check.toggled.connect(self._on_keep_sigma_check_toggled)
        for spin in (self.sigma_low_spin, self.sigma_high_spin, self.spread_spin,
                     self.seed_spin, self.draws_spin):
            spin.editingFinished.connect(self._on_spin_editing_finished)
        self.sigma_low_spin.valueChanged.connect(self._on_sigma_low_spin_changed)
        self.sigma_high_spin.valueChanged.connect(self._on_sigma_high_spin_changed)

    def _sigma_spin(self, value: float, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setRange(0.1, 50.0)
        spin.setDecimals(1)
        spin.setSingleStep(0.5)
        spin.setValue(value)
        spin.setAccessibleName(name)
        spin.setToolTip(self.tr("Sigma, the elasticity of substitution, is drawn evenly "
                                "between these two. {source}").format(
                                    source=simulate.SIGMA_SOURCE))
        return spin

    def values(self) -> BandsOptionValues:
        keep = self.keep_sigma_check.isChecked()
        return BandsOptionValues(
            None if keep else (self.sigma_low_spin.value(), self.sigma_high_spin.value()),
            self.spread_spin.value() / 100.0, self.seed_spin.value(), self.draws_spin.value())

    def set_most_draws(self, most: int) -> None:
        """Allow at most ``most`` draws (draws x partners are capped by the model)."""
        self.draws_spin.setMaximum(max(self.draws_spin.minimum(), most))

    def set_busy(self, busy: bool, total: int = 1) -> None:
        """Show a run under way (Cancel enabled, progress from 0 of ``total``) or none."""
        self.cancel_button.setEnabled(busy)
        self.progress.setRange(0, total if busy else 1)
        self.progress.setValue(0)

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_keep_sigma_check_toggled(self, keep: bool) -> None:
        self.sigma_low_spin.setEnabled(not keep)
        self.sigma_high_spin.setEnabled(not keep)
        self.changed.emit()

    def _on_spin_editing_finished(self) -> None:
        self.changed.emit()

    def _on_sigma_low_spin_changed(self, value: float) -> None:
        self.sigma_high_spin.setMinimum(value)

    def _on_sigma_high_spin_changed(self, value: float) -> None:
        self.sigma_low_spin.setMaximum(value)
