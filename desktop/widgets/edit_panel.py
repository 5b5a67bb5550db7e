"""Value changes and trade-cost shocks for the partners selected in the table.

A value change scales each selected partner's trade by a percentage (the total follows);
a cost shock makes trade with them dearer (or cheaper) and redistributes it by the
Armington/CES rule with elasticity sigma. Each button press is one undoable step. Labels
name the categories in the dimension's words (:meth:`EditPanel.set_words`). "Project
growth..." asks the window for the projection editor; each "?" asks for the guide's page
on its control (``help_requested``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop.i18n import Local
from models import simulate

__all__ = ["EditPanel"]


class EditPanel(QGroupBox):
    """Spin boxes and buttons that request value changes and cost shocks."""

    value_change_requested = Signal(float)  # percent
    cost_shock_requested = Signal(float, float)  # shock (0.2 = 20 % dearer), sigma
    projection_requested = Signal()  # open the projection editor
    help_requested = Signal(str)  # the guide's page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.selection_label = QLabel(self)
        self.selection_label.setWordWrap(True)

        self.value_spin = QDoubleSpinBox(self)
        self.value_spin.setRange(-100.0, 1000.0)
        self.value_spin.setDecimals(1)
        self.value_spin.setSingleStep(5.0)
        self.value_spin.setValue(-10.0)
        self.value_spin.setSuffix(" %")
        self.value_spin.setAccessibleName(self.tr("Change in trade value, percent"))
        self.value_button = QPushButton(self.tr("Change &value"), self)

        self.shock_spin = QDoubleSpinBox(self)
        self.shock_spin.setRange(-99.0, 500.0)
        self.shock_spin.setDecimals(1)
        self.shock_spin.setSingleStep(5.0)
        self.shock_spin.setValue(20.0)
        self.shock_spin.setSuffix(" %")
        self.shock_spin.setAccessibleName(self.tr("Trade-cost shock, percent"))
        low, high = simulate.SIGMA_RANGE
        self.sigma_spin = QDoubleSpinBox(self)
        self.sigma_spin.setRange(0.1, 20.0)
        self.sigma_spin.setDecimals(2)
        self.sigma_spin.setSingleStep(0.25)
        self.sigma_spin.setValue(simulate.DEFAULT_SIGMA)
        self.sigma_spin.setAccessibleName(self.tr("Elasticity of substitution sigma"))
        self._sigma_range = (low, high)
        self.shock_button = QPushButton(self.tr("Apply &shock"), self)

        value_label = QLabel(self.tr("Trade &value:"), self)
        value_label.setBuddy(self.value_spin)
        shock_label = QLabel(self.tr("C&ost shock:"), self)
        shock_label.setBuddy(self.shock_spin)
        sigma_label = QLabel(self.tr("si&gma:"), self)
        sigma_label.setBuddy(self.sigma_spin)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.selection_label, 0, 0, 1, 5)
        grid.addWidget(value_label, 1, 0)
        grid.addWidget(self.value_spin, 1, 1)
        grid.addWidget(self.value_button, 1, 4)
        grid.addWidget(shock_label, 2, 0)
        grid.addWidget(self.shock_spin, 2, 1)
        grid.addWidget(sigma_label, 2, 2)
        grid.addWidget(self.sigma_spin, 2, 3)
        grid.addWidget(self.shock_button, 2, 4)
        self.projection_button = QPushButton(self.tr("Project &growth..."), self)
        self.projection_button.setToolTip(self.tr(
            "Grow trade at an annual rate per partner or per vector over a number of years; "
            "the History chart draws the indices year by year"))
        projection_label = QLabel(self.tr("Projection:"), self)
        projection_label.setBuddy(self.projection_button)
        grid.addWidget(projection_label, 3, 0)
        grid.addWidget(self.projection_button, 3, 1, 1, 4)
        # "?" beside each control: the guide's page about it (also what F1 opens there).
        self.help_buttons: dict[str, QToolButton] = {}
        for row, page, widgets, what in (
                (1, "value", (self.value_spin, self.value_button), self.tr("value changes")),
                (2, "armington", (self.shock_spin, self.sigma_spin, self.shock_button),
                 self.tr("cost shocks, the Armington rule and sigma")),
                (3, "projection", (self.projection_button,), self.tr("projections"))):
            button = QToolButton(self)
            button.setText("?")
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Explain {what} (the guide)").format(what=what))
            button.setAccessibleName(self.tr("Help on {what}").format(what=what))
            button.setProperty("guide_page", page)
            button.clicked.connect(self._on_help_button_clicked)
            grid.addWidget(button, row, 5)
            for widget in widgets:
                widget.setProperty("guide_page", page)
            self.help_buttons[page] = button
        grid.setColumnStretch(4, 1)

        self.value_button.clicked.connect(self._on_value_button_clicked)
        self.projection_button.clicked.connect(self.projection_requested)
        self.shock_button.clicked.connect(self._on_shock_button_clicked)
        self._one, self._many = "", ""
        self._names: tuple[str, ...] = ()
        self.set_words(self.tr("partner"), self.tr("partners"))

    def set_words(self, one: str, many: str) -> None:
        """Name the categories ('product group', 'product groups') in labels and tips."""
        if (one, many) == (self._one, self._many):
            return
        self._one, self._many = one, many
        self.setTitle(self.tr("Change the selected {many}").format(many=many))
        self.value_spin.setToolTip(self.tr("-50 % halves the trade of each selected {one}; "
                                           "the total changes with it").format(one=one))
        self.value_button.setToolTip(
            self.tr("Scale the trade values of the selected {many}").format(many=many))
        self.shock_spin.setToolTip(self.tr(
            "How much dearer trade in the selected {many} becomes (a tariff, a sanctions "
            "premium); negative = cheaper (a new transit corridor)").format(many=many))
        low, high = self._sigma_range
        self.sigma_spin.setToolTip(self.tr(
            "Elasticity of substitution between {many} (Armington/CES). Default {default:g}, "
            "sensible range {low:g} to {high:g}. Source: {source}. sigma = 1 changes no shares."
        ).format(many=many, default=Local(simulate.DEFAULT_SIGMA), low=Local(low),
                 high=Local(high),
                 source=self.tr(getattr(simulate, "SIGMA_SOURCE", "models.simulate"))))
        self.shock_button.setToolTip(self.tr("Redistribute trade away from (or towards) the "
                                             "selected {many} by the CES rule").format(many=many))
        self.set_selection(self._names)

    def set_selection(self, names: Sequence[str]) -> None:
        """Say which categories the buttons act on; disable them when none is selected."""
        self._names = tuple(names)
        if not names:
            text = self.tr("Select one or more {many} in the table (Ctrl+click, "
                           "Shift+click).").format(many=self._many)
        elif len(names) <= 3:
            text = self.tr("Selected: {names}").format(names=", ".join(names))
        else:
            text = self.tr("Selected: {names} and {more} more").format(
                names=", ".join(names[:3]), more=len(names) - 3)
        self.selection_label.setText(text)
        self.value_button.setEnabled(bool(names))
        self.shock_button.setEnabled(bool(names))

    def _on_value_button_clicked(self) -> None:
        self.value_change_requested.emit(self.value_spin.value())

    def _on_shock_button_clicked(self) -> None:
        self.cost_shock_requested.emit(self.shock_spin.value() / 100.0, self.sigma_spin.value())

    def _on_help_button_clicked(self) -> None:
        button = self.sender()
        if isinstance(button, QToolButton):
            self.help_requested.emit(str(button.property("guide_page")))
