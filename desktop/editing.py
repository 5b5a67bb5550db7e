"""Gestures into undoable commands: the one place that edits the document's scenario.

The window's handlers call these methods with what the user did (a share set, a slider
dragged, a lock ticked, a selector changed); each builds the new scenario from the model's
edit types and pushes one command on the document's undo stack. What cannot be done is
refused with a sentence (``message``) instead of an exception, and nothing is pushed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from desktop.commands import AppendEdits, DragShare, ReplaceScenario
from desktop.document import Document
from desktop.edit_text import describe_edit
from models.datasets import DataError
from models.scenario import CostShock, Edit, ScaleValue, Scenario, SetLock, SetShare

__all__ = ["ScenarioEditing"]

_SAME_SHARE = 5e-7  # below the spin box's last digit: not an edit


class ScenarioEditing(QObject):
    """Turns the user's gestures on one document into commands."""

    message = Signal(str, int)  # a sentence for the status bar, milliseconds to show it

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._gesture = 0
        self._drag_start: Scenario | None = None

    @property
    def dragging(self) -> bool:
        """Whether a slider drag is under way (its moves merge into one step)."""
        return self._drag_start is not None

    def name_of(self, code: str) -> str:
        """Return the display name of a category code (the code if unknown)."""
        baseline = self._document.baseline
        if code in baseline.codes:
            return baseline.names[baseline.codes.index(code)]
        try:
            return self._document.catalog.country_name(code)
        except (KeyError, ValueError):
            return code

    def _push(self, edits: Sequence[Edit], text: str) -> None:
        document = self._document
        document.undo_stack.push(AppendEdits(document, document.scenario, edits, text))

    def _share_edit(
        self, code: str, share: float, rule: str, source: str | None
    ) -> SetShare | None:
        outcome = self._document.outcome
        if code in outcome.locked:
            self.message.emit(self.tr("{name} is locked; unlock it first.")
                              .format(name=self.name_of(code)), 5000)
            return None
        if rule == "from_partner" and (source is None or source == code
                                       or source in outcome.locked):
            self.message.emit(self.tr("Choose another partner (not locked) to take the share "
                                      "from."), 5000)
            return None
        return SetShare(code, min(max(share, 0.0), 1.0), rule, source)

    # -- shares ------------------------------------------------------------------------------

    def set_share(self, code: str, share: float, rule: str, source: str | None) -> bool:
        """One step: set ``code``'s share; return whether anything was pushed."""
        edit = self._share_edit(code, share, rule, source)
        if edit is None:
            return False
        document = self._document
        if abs(document.outcome.shares[document.baseline.index_of(code)] - share) < _SAME_SHARE:
            return False
        self._push([edit], describe_edit(edit, self.name_of))
        return True

    def start_drag(self) -> None:
        """Start a slider drag: later moves build on the scenario as it is now."""
        self._gesture += 1
        self._drag_start = self._document.scenario

    def move_drag(self, code: str, share: float, rule: str, source: str | None) -> None:
        """Move the drag: one edit from the drag's start, merged into the drag's step."""
        start = self._drag_start
        edit = self._share_edit(code, share, rule, source)
        if start is None or edit is None:
            return
        document = self._document
        document.undo_stack.push(DragShare(
            document, document.scenario, start.with_edit(edit),
            describe_edit(edit, self.name_of), partner=code, gesture=self._gesture))

    def finish_drag(self) -> None:
        self._drag_start = None

    # -- other edits -------------------------------------------------------------------------

    def set_lock(self, code: str, locked: bool) -> None:
        edit = SetLock((code,), locked)
        self._push([edit], describe_edit(edit, self.name_of))

    def scale_values(self, codes: Sequence[str], percent: float) -> None:
        """Change each partner's trade value by ``percent``, as one step."""
        if codes and percent != 0.0:
            edits: list[Edit] = [ScaleValue(code, percent) for code in codes]
            self._push(edits, "; ".join(describe_edit(e, self.name_of) for e in edits))

    def cost_shock(self, codes: Sequence[str], shock: float, sigma: float) -> None:
        """Make trade with ``codes`` dearer by ``shock`` (CES with ``sigma``), as one step."""
        if codes and shock != 0.0:
            edit = CostShock(tuple((code, shock) for code in codes), sigma)
            self._push([edit], describe_edit(edit, self.name_of))

    def reset(self) -> None:
        document = self._document
        if document.scenario.edits:
            document.undo_stack.push(ReplaceScenario(
                document, document.scenario, document.scenario.without_edits(),
                self.tr("reset the scenario")))

    def change_baseline(self, field: str, value: object) -> bool:
        """Change one baseline field (year, flow...), keeping the edits, as one step.

        A year the chosen data do not hold is replaced by their latest year (and said so);
        data that cannot be read are refused with a message. Return whether it was done.
        """
        document = self._document
        before = document.scenario
        changes: dict[str, object] = {field: value}
        if field == "dimension" and value != "partners":
            changes["level"] = "partners"  # vectors group partners, not products
        try:
            candidate = replace(before, **changes)  # type: ignore[arg-type]
            years = document.catalog.years(candidate.reporter, release=candidate.release,
                                           dimension=candidate.dimension)
            note = ""
            if candidate.year not in years:
                note = self.tr("{year} is not in these data; showing {other}.").format(
                    year=candidate.year, other=max(years))
                candidate = replace(candidate, year=max(years))
            document.baseline_for(candidate)
        except (DataError, ValueError) as exc:
            self.message.emit(self.tr("These data are not available: {problem}")
                              .format(problem=exc), 10000)
            return False
        if candidate != before:
            document.undo_stack.push(ReplaceScenario(
                document, before, candidate,
                self.tr("show {year} {flow}").format(year=candidate.year,
                                                     flow=self.tr(candidate.flow))))
        if note:
            self.message.emit(note, 10000)
        return True
