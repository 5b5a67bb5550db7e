"""The share editor: a slider and an exact number for the current partner, and the rule.

The slider spans the shares the partner can have (``rebalance.feasible_range``); dragging
it reports live moves (``drag_moved``) between ``drag_started`` and ``drag_finished`` so the
window can merge a drag into one undo step. A keyboard step on the slider or a number typed
in the spin box is a single step (``share_set``). The rule says how the other partners
make room: in proportion, equally, or from one named partner. Labels and warnings name the
categories in the dimension's words (:meth:`ShareEditor.set_words`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from desktop.i18n import Local

__all__ = ["ShareEditor"]

_STEPS = 10_000  # slider positions per 100 %: 0.01 percentage points each


class ShareEditor(QGroupBox):
    """Slider + spin box for one partner's share, and the rebalancing rule."""

    drag_started = Signal(str)  # code
    drag_moved = Signal(str, float)  # code, share (0..1)
    drag_finished = Signal(str)  # code
    share_set = Signal(str, float)  # code, share (0..1), one undo step
    rule_changed = Signal()
    help_requested = Signal(str)  # the guide's page

    def __init__(self, parent: QWidget | None = None):
        super().__init__(self.tr("Set a share"), parent)
        self._code = ""
        self.partner_label = QLabel(self)
        self.partner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.partner_label.setWordWrap(True)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setAccessibleName(self.tr("Scenario share slider"))
        self.slider.setSingleStep(10)
        self.slider.setPageStep(100)
        self.slider.setTracking(True)
        self.slider.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.spin = QDoubleSpinBox(self)
        self.spin.setRange(0.0, 100.0)
        self.spin.setDecimals(2)
        self.spin.setSingleStep(0.1)
        self.spin.setSuffix(" %")
        self.spin.setKeyboardTracking(False)  # one step when Enter is pressed, not per key
        self.spin.setAccessibleName(self.tr("Scenario share in percent"))
        self.spin.setToolTip(self.tr("Type an exact share and press Enter"))
        self.range_label = QLabel(self)
        self.range_label.setAccessibleName(self.tr("Feasible range"))
        self.rule_combo = QComboBox(self)
        self.rule_combo.addItem(self.tr("in proportion"), "proportional")
        self.rule_combo.addItem(self.tr("equally"), "equal")
        self.rule_combo.addItem("", "from_partner")  # text in set_words
        self.rule_combo.setAccessibleName(self.tr("Rebalancing rule"))
        self.source_combo = QComboBox(self)
        self.source_combo.setMinimumContentsLength(8)
        self.source_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.source_combo.setEnabled(False)
        rule_label = QLabel(self.tr("&Others change:"), self)
        rule_label.setBuddy(self.rule_combo)
        share_label = QLabel(self.tr("S&hare:"), self)
        share_label.setBuddy(self.slider)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.addWidget(self.partner_label, 0, 0, 1, 3)
        grid.addWidget(self.range_label, 0, 3)
        grid.addWidget(share_label, 1, 0)
        grid.addWidget(self.slider, 1, 1, 1, 2)
        grid.addWidget(self.spin, 1, 3)
        grid.addWidget(rule_label, 2, 0)
        grid.addWidget(self.rule_combo, 2, 1)
        grid.addWidget(self.source_combo, 2, 2, 1, 2)
        self.help_button = QToolButton(self)
        self.help_button.setText("?")
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(self.tr("How setting a share works: the rules and the locks "
                                            "(the guide)"))
        self.help_button.setAccessibleName(self.tr("Help on setting a share"))
        grid.addWidget(self.help_button, 0, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.setProperty("guide_page", "share")  # F1 inside the editor opens the same page

        self.slider.sliderPressed.connect(self._on_slider_pressed)
        self.slider.sliderReleased.connect(self._on_slider_released)
        self.slider.valueChanged.connect(self._on_slider_value_changed)
        self.spin.valueChanged.connect(self._on_spin_value_changed)
        self.rule_combo.currentIndexChanged.connect(self._on_rule_combo_changed)
        self.source_combo.currentIndexChanged.connect(self._on_source_combo_changed)
        self.help_button.clicked.connect(self._on_help_button_clicked)
        self._one = ""
        self.set_words(self.tr("partner"), self.tr("partners"))
        self.set_partner("", "", 0.0, 0.0, 0.0, locked=False)

    # -- setters (signals blocked: they never write back) -------------------------------

    def set_words(self, one: str, many: str) -> None:
        """Name the categories ('product group', 'product groups') in labels and tips."""
        if one == self._one:
            return
        self._one = one
        title = one[:1].upper() + one[1:]
        self.slider.setToolTip(self.tr("Drag to set the share of the selected {one}; the range "
                                       "is what the rule and the locks allow").format(one=one))
        self.range_label.setToolTip(self.tr("The shares this {one} can have under the rule "
                                            "and the locks").format(one=one))
        self.rule_combo.setItemText(self.rule_combo.findData("from_partner"),
                                    self.tr("from one {one}:").format(one=one))
        self.rule_combo.setToolTip(self.tr(
            "How the other {many} (not locked) make room: in proportion to their shares, "
            "by equal amounts, or all of it from one {one}").format(one=one, many=many))
        self.source_combo.setAccessibleName(
            self.tr("{One} that gives or takes the difference").format(One=title))
        self.source_combo.setToolTip(self.tr(
            "With 'from one {one}': only this {one} changes").format(one=one))
        if not self._code:
            self.partner_label.setText(self._empty_text())

    def _empty_text(self) -> str:
        return self.tr("Select a {one} in the table to set its share.").format(one=self._one)

    def set_partner(
        self, code: str, name: str, share: float, lo: float, hi: float, *, locked: bool
    ) -> None:
        """Show ``code``'s share and the range it can take; disabled when locked or none."""
        dragging = self.slider.isSliderDown() and code == self._code
        self._code = code
        if not code:
            text = self._empty_text()
        elif locked:
            text = self.tr("{name} is locked: unlock it to change its share.").format(name=name)
        else:  # (the share itself is in the spin box: no relayout on every slider move)
            text = self.tr("{name} ({code})").format(name=name, code=code)
        if text != self.partner_label.text():
            self.partner_label.setText(text)
        editable = bool(code) and not locked and hi > lo
        self.slider.blockSignals(True)
        self.spin.blockSignals(True)
        if not dragging:
            self.slider.setRange(math.ceil(lo * _STEPS - 1e-6), math.floor(hi * _STEPS + 1e-6))
            self.slider.setValue(round(share * _STEPS))
        self.spin.setValue(100.0 * share)
        self.slider.blockSignals(False)
        self.spin.blockSignals(False)
        self.slider.setEnabled(editable or dragging)
        self.spin.setEnabled(editable)
        text = (self.tr("range {lo:.1f}-{hi:.1f} %").format(lo=Local(100 * lo), hi=Local(100 * hi))
                if code else "")
        if text != self.range_label.text():
            self.range_label.setText(text)

    def set_sources(self, codes: Sequence[str], names: Sequence[str]) -> None:
        """Offer these categories for 'from one ...' (the choice is kept if still there)."""
        current = self.source()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        for code, name in zip(codes, names, strict=True):
            self.source_combo.addItem(name, code)
        self.source_combo.setCurrentIndex(max(self.source_combo.findData(current), 0))
        self.source_combo.blockSignals(False)

    # -- queries -------------------------------------------------------------------------

    @property
    def code(self) -> str:
        return self._code

    def rule(self) -> str:
        return str(self.rule_combo.currentData())

    def source(self) -> str | None:
        if self.rule() != "from_partner" or self.source_combo.count() == 0:
            return None
        return str(self.source_combo.currentData())

    def set_source(self, code: str) -> None:
        """Choose the partner shares are taken from (also switches the rule to it)."""
        self.rule_combo.setCurrentIndex(self.rule_combo.findData("from_partner"))
        self.source_combo.setCurrentIndex(self.source_combo.findData(code))

    # -- handlers ------------------------------------------------------------------------

    def _on_slider_pressed(self) -> None:
        if self._code:
            self.drag_started.emit(self._code)

    def _on_slider_released(self) -> None:
        if self._code:
            self.drag_finished.emit(self._code)

    def _on_slider_value_changed(self, value: int) -> None:
        if not self._code:
            return
        share = value / _STEPS
        if self.slider.isSliderDown():
            self.drag_moved.emit(self._code, share)
        else:
            self.share_set.emit(self._code, share)

    def _on_spin_value_changed(self, value: float) -> None:
        if self._code:
            self.share_set.emit(self._code, value / 100.0)

    def _on_rule_combo_changed(self, _index: int) -> None:
        self.source_combo.setEnabled(self.rule() == "from_partner")
        self.rule_changed.emit()

    def _on_source_combo_changed(self, _index: int) -> None:
        self.rule_changed.emit()

    def _on_help_button_clicked(self) -> None:
        self.help_requested.emit("share")
