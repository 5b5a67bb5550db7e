"""Gestures into undoable commands: the one place that edits the document's scenario.

The window's handlers call these methods with what the user did (a share set, a slider
dragged, a lock ticked, an edit switched off, a selector changed); each builds the new
scenario, checks that its state can be built and that the new edit applies, and pushes one
command on the document's undo stack. What cannot be done is refused with a sentence
(``message``) instead of an exception, and nothing is pushed: the state stays as it was.

The rule and source of share edits, the current category and whether a drag is under way
are the document's editing choices (:class:`~models.workbench.Editing`), never read back
from the widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal

from desktop.commands import AppendEdits, DragShare, ReplaceScenario
from desktop.document import Document
from desktop.edit_text import describe_edit
from desktop.import_choices import fit_to_reporter
from desktop.words import ui_words
from models.data_status import dimension_words
from models.scenario import CostShock, Edit, Growth, ScaleValue, Scenario, SetLock, SetShare
from models.workbench import WorkbenchState

__all__ = ["CarryOver", "ScenarioEditing"]

_SAME_SHARE = 5e-7  # below the spin box's last digit: not an edit


@dataclass(frozen=True)
class CarryOver:
    """What happens to the edits when the baseline changes: in words, for the student."""

    before: str  # "2022 exports"
    after: str  # "2022 imports"
    carried: tuple[str, ...]  # edits that apply to the new baseline
    dropped: tuple[str, ...]  # edits that do not, each with its reason


class ScenarioEditing(QObject):
    """Turns the user's gestures on one document into commands."""

    message = Signal(str, int)  # a sentence for the status bar, milliseconds to show it

    def __init__(self, document: Document, parent: QObject | None = None):
        super().__init__(parent)
        self._document = document
        self._gesture = 0
        self._drag_start: Scenario | None = None
        # Asked when a baseline change meets edits in force: "keep", "clean" or "cancel".
        # The window sets a dialog here; tests replace it.
        self.ask_carry_over: Callable[[CarryOver], str] = lambda _carry: "keep"

    @property
    def dragging(self) -> bool:
        """Whether a slider drag is under way (its moves merge into one step)."""
        return self._drag_start is not None

    def name_of(self, code: str) -> str:
        """Return the display name of a category or vector code (the code if unknown)."""
        baseline = self._document.baseline
        if code in baseline.codes:
            return baseline.names[baseline.codes.index(code)]
        if code in baseline.table.codes:
            return baseline.table.names[baseline.table.codes.index(code)]
        partition = baseline.partition
        if partition is not None and code in partition.keys:
            return partition.names[partition.keys.index(code)]
        try:
            return self._document.catalog.country_name(code)
        except (KeyError, ValueError):
            return code

    def describe(self, edit: Edit) -> str:
        """Return the edit in plain words, with this document's names."""
        return describe_edit(edit, self.name_of)

    # -- pushing, with the checks ---------------------------------------------------------------

    def _refusal(self, state: WorkbenchState, first: int) -> str | None:
        """Return why an edit from position ``first`` on does not apply (None if all do)."""
        for error in state.skipped:
            if error.position >= first:
                return self.tr("Not done: {what}: {reason}.").format(
                    what=self.describe(error.edit), reason=error.reason)
        return None

    def _push(self, edits: Sequence[Edit], text: str) -> bool:
        document = self._document
        before = document.scenario
        after = before
        for edit in edits:
            after = after.with_edit(edit)
        refusal = self._refusal(document.prepare(after), len(before.edits) + 1)
        if refusal is not None:
            self.message.emit(refusal, 10000)
            return False
        document.undo_stack.push(AppendEdits(document, before, edits, text))
        return True

    def _replace(self, after: Scenario, text: str) -> bool:
        document = self._document
        if after == document.scenario:
            return False
        try:
            document.prepare(after)
        except ValueError as exc:  # DataError: the data do not hold this baseline
            self.message.emit(self.tr("These data are not available: {problem}")
                              .format(problem=exc), 10000)
            return False
        document.undo_stack.push(ReplaceScenario(document, document.scenario, after, text))
        return True

    def _share_edit(self, code: str, share: float) -> SetShare | None:
        document = self._document
        outcome, editing = document.outcome, document.editing
        if code in outcome.locked:
            self.message.emit(self.tr("{name} is locked; unlock it first.")
                              .format(name=self.name_of(code)), 5000)
            return None
        source = editing.source if editing.rule == "from_partner" else None
        if editing.rule == "from_partner" and (source is None or source == code
                                               or source in outcome.locked):
            words = ui_words(dimension_words(document.scenario.dimension,
                                             level=document.scenario.level))
            self.message.emit(self.tr("Choose another {one} (not locked) to take the share "
                                      "from.").format(one=words.one), 5000)
            return None
        return SetShare(code, min(max(share, 0.0), 1.0), editing.rule, source)

    # -- shares ------------------------------------------------------------------------------

    def set_share(self, code: str, share: float) -> bool:
        """One step: set ``code``'s share; return whether anything was pushed."""
        edit = self._share_edit(code, share)
        if edit is None:
            return False
        document = self._document
        if code not in document.baseline.codes:
            return False
        if abs(document.outcome.shares[document.baseline.index_of(code)] - share) < _SAME_SHARE:
            return False
        return self._push([edit], self.describe(edit))

    def start_drag(self) -> None:
        """Start a slider drag: later moves build on the scenario as it is now."""
        self._gesture += 1
        self._drag_start = self._document.scenario
        self._document.set_editing(replace(self._document.editing, live=True))

    def move_drag(self, code: str, share: float) -> None:
        """Move the drag: one edit from the drag's start, merged into the drag's step."""
        start = self._drag_start
        edit = self._share_edit(code, share)
        if start is None or edit is None:
            return
        document = self._document
        after = start.with_edit(edit)
        if self._refusal(document.prepare(after), len(after.edits)) is not None:
            return  # e.g. no trade left to share: the slider stays where the data are
        document.undo_stack.push(DragShare(
            document, document.scenario, after, self.describe(edit), partner=code,
            gesture=self._gesture))

    def finish_drag(self) -> None:
        self._drag_start = None
        self._document.set_editing(replace(self._document.editing, live=False))

    # -- other edits -------------------------------------------------------------------------

    def set_lock(self, code: str, locked: bool) -> None:
        edit = SetLock((code,), locked)
        self._push([edit], self.describe(edit))

    def scale_values(self, codes: Sequence[str], percent: float) -> None:
        """Change each category's trade value by ``percent``, as one step."""
        if codes and percent != 0.0:
            edits: list[Edit] = [ScaleValue(code, percent) for code in codes]
            self._push(edits, "; ".join(self.describe(e) for e in edits))

    def cost_shock(self, codes: Sequence[str], shock: float, sigma: float) -> None:
        """Make trade with ``codes`` dearer by ``shock`` (CES with ``sigma``), as one step."""
        if codes and shock != 0.0:
            edit = CostShock(tuple((code, shock) for code in codes), sigma)
            self._push([edit], self.describe(edit))

    def set_growth(self, growth: Growth | None) -> bool:
        """Make ``growth`` the scenario's projection, as one step; return whether done.

        The scenario holds one projection: a Growth edit already there is replaced (the
        last, if there are several), else ``growth`` is appended; ``None`` removes it.
        """
        edits = self._document.scenario.edits
        position = next((p for p in range(len(edits), 0, -1)
                         if isinstance(edits[p - 1], Growth)), None)
        if growth is None:
            return position is not None and self.remove_edit(position)
        if position is None:
            return self._push([growth], self.describe(growth))
        return self.replace_edit(position, growth)

    # -- the edits in force: switch off, remove, change -----------------------------------------

    def switch_edit(self, position: int, on: bool) -> bool:
        """Switch edit ``position`` (from 1) on or off, as one step."""
        scenario = self._document.scenario
        edit = scenario.edits[position - 1]
        text = (self.tr("switch on: {what}") if on else self.tr("switch off: {what}")).format(
            what=self.describe(edit))
        return self._replace(scenario.with_edit_switched(position, on), text)

    def remove_edit(self, position: int) -> bool:
        """Remove edit ``position`` (from 1), as one step."""
        scenario = self._document.scenario
        text = self.tr("remove: {what}").format(what=self.describe(scenario.edits[position - 1]))
        return self._replace(scenario.without_edit(position), text)

    def replace_edit(self, position: int, edit: Edit) -> bool:
        """Put ``edit`` in place of edit ``position`` (from 1), as one step, if it applies."""
        document = self._document
        after = document.scenario.with_edit_replaced(position, edit)
        state = document.prepare(after)
        reason = next((e.reason for e in state.skipped if e.position == position), None)
        if reason is not None:
            self.message.emit(self.tr("Not changed: {reason}.").format(reason=reason), 10000)
            return False
        return self._replace(after, self.tr("change: {what}").format(what=self.describe(edit)))

    def set_texts(self, *, title: str, description: str, notes: str) -> bool:
        """Change the scenario's title, description and notes, as one step."""
        scenario = self._document.scenario
        after = replace(scenario, title=title, description=description, notes=notes)
        return self._replace(after, self.tr("edit the title and notes"))

    def reset(self) -> None:
        """Remove every edit, the title and the notes: back to the plain baseline."""
        scenario = self._document.scenario
        if scenario.edits or scenario.title or scenario.description or scenario.notes:
            self._replace(scenario.without_edits(), self.tr("reset the scenario"))

    # -- the baseline -------------------------------------------------------------------------

    def change_baseline(self, field: str, value: object) -> bool:
        """Change one baseline field (year, flow...), as one step; return whether done.

        A year the chosen data do not hold is replaced by their latest year (and said so);
        data that cannot be read are refused with a message. With edits in the scenario,
        :attr:`ask_carry_over` is told which carry over and which do not, and answers
        "keep" (keep them all: those that do not apply stay, switched off in effect),
        "clean" (start the new baseline with no edits) or "cancel".
        """
        document = self._document
        before = document.scenario
        changes: dict[str, object] = {field: value}
        if field == "dimension" and value != "partners":
            changes["level"] = "partners"  # vectors group partners, not products
        note = ""
        try:
            candidate = replace(before, **changes)  # type: ignore[arg-type]
            if field == "reporter":  # imported data may hold partners only, or one flow
                candidate = fit_to_reporter(document.catalog, candidate)
            years = document.catalog.years(candidate.reporter, release=candidate.release,
                                           dimension=candidate.dimension)
            if candidate.year not in years:
                note = self.tr("{year} is not in these data; showing {other}.").format(
                    year=candidate.year, other=max(years))
                candidate = replace(candidate, year=max(years))
            state = document.prepare(candidate)
        except ValueError as exc:  # DataError, or a field value the scenario refuses
            self.message.emit(self.tr("These data are not available: {problem}")
                              .format(problem=exc), 10000)
            return False
        if candidate == before:
            return True
        text = self.tr("show {what}").format(what=self.baseline_words(candidate))
        active = [s for s in state.edits if s.status != "off"]
        if active and field != "active_only":  # N changes no edit's meaning
            carry = CarryOver(
                self.baseline_words(before),
                self.baseline_words(candidate),
                tuple(self.describe(s.edit) for s in active if s.status == "applied"),
                tuple(f"{self.describe(s.edit)} ({s.reason})" for s in active
                      if s.status == "skipped"),
            )
            answer = self.ask_carry_over(carry)
            if answer == "cancel":
                return False
            if answer == "clean":
                candidate = candidate.without_edits()
                text = self.tr("show {what}, without the edits").format(
                    what=self.baseline_words(candidate))
        self._replace(candidate, text)
        if note:
            self.message.emit(note, 10000)
        return True

    def baseline_words(self, scenario: Scenario) -> str:
        """'2022 exports, partners' and the like, for messages and undo steps."""
        what = {"partners": self.tr("partners"), "hs_sections": self.tr("HS sections"),
                "hs_chapters": self.tr("HS chapters")}.get(scenario.dimension, scenario.dimension)
        if scenario.level == "vectors":
            what = self.tr("vectors")
        release = "" if scenario.release == "revised" else self.tr(", first published")
        words = self.tr("{year} {flow}, {what}{release}").format(
            year=scenario.year, flow=self.tr(scenario.flow), what=what, release=release)
        catalog = self._document.catalog
        if len(catalog.reporters) > 1 and scenario.reporter in catalog.reporters:
            # with imported data, say whose trade: "Uzbekistan 2022 exports, partners"
            words = self.tr("{reporter} {words}").format(
                reporter=catalog.reporter_name(scenario.reporter), words=words)
        return words
