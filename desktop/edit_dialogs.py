"""The two questions editing asks: an edit's new number, and whether edits carry over.

Plain functions over a parent widget, so the window keeps one small method each that tests
replace (the test suite answers them instead of a person).
"""

from __future__ import annotations

from dataclasses import replace
from typing import assert_never

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.editing import CarryOver
from models.scenario import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

__all__ = ["ask_carry_over", "ask_changed_edit"]


class EditDialogs:
    """The context of this module's texts in the translations (lupdate: ``EditDialogs.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("EditDialogs", text)




def ask_changed_edit(parent: QWidget, edit: Edit, what: str) -> Edit | None:
    """Ask for ``edit``'s new number (``what`` says the edit in words); None if cancelled."""
    title = EditDialogs.tr("Change the edit")
    match edit:
        case SetShare():
            value, ok = QInputDialog.getDouble(
                parent, title, EditDialogs.tr("{what}\nNew share (%):").format(what=what),
                100.0 * edit.share, 0.0, 100.0, 2)
            return replace(edit, share=value / 100.0) if ok else None
        case ScaleValue():
            value, ok = QInputDialog.getDouble(
                parent, title,
                EditDialogs.tr("{what}\nChange in trade value (%):").format(what=what),
                edit.percent, -100.0, 1e6, 1)
            return replace(edit, percent=value) if ok else None
        case CostShock():
            size = edit.shocks[0][1] if edit.shocks else 0.0
            value, ok = QInputDialog.getDouble(
                parent, title, EditDialogs.tr("{what}\nCost change for every partner in it (%; "
                                   "negative = cheaper):").format(what=what),
                100.0 * size, -90.0, 1000.0, 1)
            if not ok:
                return None
            return replace(edit, shocks=tuple((c, value / 100.0) for c, _ in edit.shocks))
        case SetLock() | Growth():  # nothing to change by one number
            return None
        case _:
            assert_never(edit)


def ask_carry_over(parent: QWidget, carry: CarryOver) -> str:
    """Ask whether to keep the edits on the new baseline: "keep", "clean" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(EditDialogs.tr("Keep the edits?"))
    box.setText(EditDialogs.tr("The scenario's edits were made on {before}. Keep them on {after}?")
                .format(before=carry.before, after=carry.after))
    lines = []
    if carry.carried:
        lines.append(EditDialogs.tr("These apply to {after} too (their effect is computed on "
                                    "the new data):").format(after=carry.after))
        lines += [f"  \u2022 {text}" for text in carry.carried]
    if carry.dropped:
        lines.append(EditDialogs.tr("These do not apply to {after} and would be kept but not in "
                         "force:").format(after=carry.after))
        lines += [f"  \u2022 {text}" for text in carry.dropped]
    box.setInformativeText("\n".join(lines))
    keep = box.addButton(EditDialogs.tr("&Keep the edits"), QMessageBox.ButtonRole.AcceptRole)
    clean = box.addButton(EditDialogs.tr("&Start clean"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "keep" if clicked is keep else "clean" if clicked is clean else "cancel"
