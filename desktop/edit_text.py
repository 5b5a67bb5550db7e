"""Edits described in words, for undo steps and notes ("set China's share to 25.00 %")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from models.scenario import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

__all__ = ["describe_edit"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditText", text)


def describe_edit(edit: Edit, name_of: Callable[[str], str]) -> str:
    """One line saying what ``edit`` does; ``name_of`` turns a code into a name."""
    if isinstance(edit, SetShare):
        return _tr("set {name}'s share to {share:.2f} %").format(
            name=name_of(edit.partner), share=100.0 * edit.share)
    if isinstance(edit, SetLock):
        names = ", ".join(name_of(code) for code in edit.partners)
        return (_tr("lock {names}") if edit.locked else _tr("unlock {names}")).format(names=names)
    if isinstance(edit, ScaleValue):
        return _tr("change {name}'s trade value by {percent:+.1f} %").format(
            name=name_of(edit.partner), percent=edit.percent)
    if isinstance(edit, CostShock):
        shocks = ", ".join(f"{name_of(code)} {100.0 * size:+.1f} %" for code, size in edit.shocks)
        return _tr("cost shock ({shocks}; sigma {sigma:g})").format(shocks=shocks, sigma=edit.sigma)
    if isinstance(edit, Growth):
        return _tr("growth over {years} years").format(years=edit.years)
    return edit.kind  # pragma: no cover - Edit is a closed union
