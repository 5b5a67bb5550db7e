"""The baseline selectors: country, year, flow, categories, level, data release and the N used.

Choosing one emits ``field_changed(name, value)`` with the :class:`~models.scenario.Scenario`
field to change; the window makes it an undoable step. :meth:`BaselineBar.set_choices`
says what the data offer (every reporter, the app's default first, then those imported;
the categories and releases of the reporter shown) and :meth:`BaselineBar.set_scenario`
shows the document's choices, both with signals blocked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from models.scenario import Scenario

__all__ = ["BaselineBar"]


class BaselineBar(QWidget):
    """Labelled combo boxes for the scenario's baseline."""

    field_changed = Signal(str, object)  # Scenario field name, new value

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(self.tr("Baseline data"))
        self.reporter_combo = QComboBox(self)
        self.year_combo = QComboBox(self)
        self.flow_combo = QComboBox(self)
        self.dimension_combo = QComboBox(self)
        self.level_combo = QComboBox(self)
        self.release_combo = QComboBox(self)
        self.n_combo = QComboBox(self)
        for code, text in (("exports", self.tr("Exports")), ("imports", self.tr("Imports")),
                           ("turnover", self.tr("Turnover"))):
            self.flow_combo.addItem(text, code)
        for code, text in (("partners", self.tr("Partners")),
                           ("hs_sections", self.tr("HS sections")),
                           ("hs_chapters", self.tr("HS chapters"))):
            self.dimension_combo.addItem(text, code)
        for code, text in (("partners", self.tr("Partners")),
                           ("vectors", self.tr("Vectors"))):
            self.level_combo.addItem(text, code)
        for code, text in (("revised", self.tr("Revised")),
                           ("first_published", self.tr("First published"))):
            self.release_combo.addItem(text, code)
        self.n_combo.addItem(self.tr("All"), False)
        self.n_combo.addItem(self.tr("Active only"), True)
        # Every category and release the bar knows; set_choices lists those the data hold.
        self._all_items = {combo: [(combo.itemText(i), combo.itemData(i))
                                   for i in range(combo.count())]
                           for combo in (self.dimension_combo, self.release_combo)}

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(0)  # spaced by hand: a label close to its box, the groups apart
        self._fields: dict[QComboBox, str] = {}
        for combo, field, label, name, tip in (
            # No label: "Kazakhstan 2024 Exports" reads as it is, and the bar fits 1280 pixels.
            (self.reporter_combo, "reporter", "", self.tr("Reporting country"),
             self.tr("Whose trade: the app's own data, or a country whose data you imported "
                     "(File > Import data...)")),
            (self.year_combo, "year", self.tr("&Year:"), self.tr("Data year"),
             self.tr("The year of the baseline data")),
            (self.flow_combo, "flow", self.tr("&Flow:"), self.tr("Trade flow"),
             self.tr("Exports, imports, or turnover (exports plus imports, partner by partner)")),
            (self.dimension_combo, "dimension", self.tr("&By:"), self.tr("Categories"),
             self.tr("Trade by partner country, or by product group: HS sections or "
                     "chapters (2022 only)")),
            (self.level_combo, "level", self.tr("&Level:"), self.tr("Level"),
             self.tr("Individual partners, or partners grouped into vectors (blocs: Russia & "
                     "EAEU, China, EU-27, United States, Turkic states, Central Asia, ...)")),
            (self.release_combo, "release", self.tr("&Data:"), self.tr("Data release"),
             self.tr("Revised official figures, or the figures as first published "
                     "(2022, as quoted by The Astana Times in 2023)")),
            (self.n_combo, "active_only", self.tr("&N:"), self.tr("N for normalized indices"),
             self.tr("N of the normalized indices: all partners in the data (zeros "
                     "included) or only the active ones (with trade)")),
        ):
            if label:
                buddy = QLabel(label, self)
                buddy.setBuddy(combo)
                layout.addWidget(buddy)
                layout.addSpacing(3)
            combo.setAccessibleName(name)
            combo.setToolTip(tip)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            layout.addWidget(combo)
            layout.addSpacing(10)
            self._fields[combo] = field
            combo.activated.connect(self._on_combo_activated)

    def set_choices(self, reporters: Sequence[tuple[str, str]], dimensions: Sequence[str],
                    releases: Sequence[str]) -> None:
        """List ``reporters`` (ISO3, name) and, of the categories and releases, those given."""
        reporter_items = [(name, code) for code, name in reporters]
        for combo, items in (
            (self.reporter_combo, reporter_items),
            (self.dimension_combo, [i for i in self._all_items[self.dimension_combo]
                                    if i[1] in dimensions]),
            (self.release_combo, [i for i in self._all_items[self.release_combo]
                                  if i[1] in releases]),
        ):
            shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
            if shown == items:
                continue
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for text, value in items:
                combo.addItem(text, value)
            combo.setCurrentIndex(combo.findData(current))
            combo.blockSignals(False)
        # one reporter: nothing to choose, but the name says whose trade this is
        self.reporter_combo.setEnabled(len(reporter_items) > 1)

    def set_scenario(self, scenario: Scenario, years: Sequence[int]) -> None:
        """Show ``scenario``'s baseline; ``years`` are those the chosen data hold."""
        combos = tuple(self._fields)
        for combo in combos:
            combo.blockSignals(True)
        if [self.year_combo.itemData(i) for i in range(self.year_combo.count())] != list(years):
            self.year_combo.clear()
            for year in years:
                self.year_combo.addItem(str(year), int(year))
        for combo, value in (
            (self.reporter_combo, scenario.reporter),
            (self.year_combo, scenario.year),
            (self.flow_combo, scenario.flow),
            (self.dimension_combo, scenario.dimension),
            (self.level_combo, scenario.level),
            (self.release_combo, scenario.release),
            (self.n_combo, scenario.active_only),
        ):
            combo.setCurrentIndex(combo.findData(value))
        self.level_combo.setEnabled(scenario.dimension == "partners")  # vectors group partners
        for combo in combos:
            combo.blockSignals(False)

    def _on_combo_activated(self, _index: int) -> None:
        combo = self.sender()
        assert isinstance(combo, QComboBox)
        self.field_changed.emit(self._fields[combo], combo.currentData())
