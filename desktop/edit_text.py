"""Edits described in plain words, for the edits panel, undo steps and notes.

"China's share set to 30.00 %, others in proportion"; "Russia 30 % dearer (sigma 4)".
Every kind of edit is matched; a new kind that is not described here fails type checking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import assert_never

from PySide6.QtCore import QCoreApplication

from desktop.i18n import Local
from models.scenario import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

__all__ = ["describe_edit"]


class EditText:
    """The context of this module's texts in the translations (lupdate reads ``EditText.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("EditText", text)


_LISTED = 6  # names listed in one line; the rest are counted ("and 12 more")


def _listed(parts: Sequence[str]) -> str:
    """Join ``parts`` with commas, listing the first few and counting the others."""
    if len(parts) <= _LISTED + 1:
        return ", ".join(parts)
    return EditText.tr("{listed} and {count} more").format(
        listed=", ".join(parts[:_LISTED]), count=f"{len(parts) - _LISTED:,}")


def _rule_words(edit: SetShare, name_of: Callable[[str], str]) -> str:
    if edit.rule == "equal":
        return EditText.tr("the others change equally")
    if edit.rule == "from_partner" and edit.source is not None:
        return EditText.tr("taken from {name}").format(name=name_of(edit.source))
    return EditText.tr("the others in proportion")


def _shock_words(code: str, size: float, name_of: Callable[[str], str]) -> str:
    percent = f"{Local(abs(100.0 * size)):g}"
    if size >= 0:
        return EditText.tr("{name} {percent} % dearer").format(name=name_of(code), percent=percent)
    return EditText.tr("{name} {percent} % cheaper").format(name=name_of(code), percent=percent)


def describe_edit(edit: Edit, name_of: Callable[[str], str]) -> str:
    """One line saying what ``edit`` does; ``name_of`` turns a code into a name."""
    match edit:
        case SetShare():
            return EditText.tr("{name}'s share set to {share:.2f} %, {rule}").format(
                name=name_of(edit.partner), share=Local(100.0 * edit.share),
                rule=_rule_words(edit, name_of))
        case SetLock():
            names = _listed([name_of(code) for code in edit.partners[: _LISTED + 1]]
                            + list(edit.partners[_LISTED + 1:]))
            locked = EditText.tr("{names} locked") if edit.locked else EditText.tr(
                "{names} unlocked")
            return locked.format(names=names)
        case ScaleValue():
            return EditText.tr("{name}'s trade value {percent:+g} %").format(
                name=name_of(edit.partner), percent=Local(edit.percent))
        case CostShock():
            shocks = _listed([_shock_words(code, size, name_of)
                              for code, size in edit.shocks[: _LISTED + 1]]
                             + [code for code, _ in edit.shocks[_LISTED + 1:]])
            text = EditText.tr("{shocks} (sigma {sigma:g})").format(shocks=shocks,
                                                                    sigma=Local(edit.sigma))
            if edit.demand_elasticity is not None:
                text += EditText.tr(", total responds with elasticity {eta:g}").format(
                    eta=Local(edit.demand_elasticity))
            return text
        case Growth():
            rates = _listed([f"{name_of(code)} {Local(100.0 * rate):+g} %"
                             for code, rate in edit.rates[: _LISTED + 1]]
                            + [code for code, _ in edit.rates[_LISTED + 1:]])
            others = EditText.tr("others {rate:+g} %").format(
                rate=Local(100.0 * edit.default_rate))
            return EditText.tr("growth a year over {years} years: {rates}").format(
                years=edit.years, rates=", ".join(part for part in (rates, others) if part))
        case _:
            assert_never(edit)
