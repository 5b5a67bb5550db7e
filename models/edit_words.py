"""Edits in plain English words, for exports and the command line (no Qt).

"China's share set to 30.00 %, the others in proportion"; "Russia 30 % dearer (sigma 4)".
The window says the same through :mod:`desktop.edit_text`, whose strings go through Qt's
translator (so they can be translated, which a model module cannot do); a test checks that
the two say the same in English. Every kind of edit is matched: a new kind that is not
described here fails type checking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import assert_never

from models.edits import CostShock, Edit, Growth, ScaleValue, SetLock, SetShare

__all__ = ["describe_edit", "edit_lines"]

_LISTED = 6  # names listed in one line; the rest are counted ("and 12 more")


def _listed(parts: Sequence[str]) -> str:
    """Join `parts` with commas, listing the first few and counting the others."""
    if len(parts) <= _LISTED + 1:
        return ", ".join(parts)
    return f"{', '.join(parts[:_LISTED])} and {len(parts) - _LISTED:,} more"


def _rule_words(edit: SetShare, name_of: Callable[[str], str]) -> str:
    if edit.rule == "equal":
        return "the others change equally"
    if edit.rule == "from_partner" and edit.source is not None:
        return f"taken from {name_of(edit.source)}"
    return "the others in proportion"


def _shock_words(code: str, size: float, name_of: Callable[[str], str]) -> str:
    percent = f"{abs(100.0 * size):g}"
    return f"{name_of(code)} {percent} % {'dearer' if size >= 0 else 'cheaper'}"


def describe_edit(edit: Edit, name_of: Callable[[str], str]) -> str:
    """Return one line saying what `edit` does.

    Parameters
    ----------
    edit : Edit
        Any edit of :mod:`models.edits`.
    name_of : callable
        Turns a category code into its name (unknown codes may come back as they are).

    Returns
    -------
    str
        The edit in words, naming at most seven categories and counting the rest.

    Examples
    --------
    >>> from models.edits import SetShare
    >>> describe_edit(SetShare("CHN", 0.3), {"CHN": "China"}.get)
    "China's share set to 30.00 %, the others in proportion"
    """
    match edit:
        case SetShare():
            return (f"{name_of(edit.partner)}'s share set to {100.0 * edit.share:.2f} %, "
                    f"{_rule_words(edit, name_of)}")
        case SetLock():
            names = _listed([name_of(code) for code in edit.partners[: _LISTED + 1]]
                            + list(edit.partners[_LISTED + 1:]))
            return f"{names} {'locked' if edit.locked else 'unlocked'}"
        case ScaleValue():
            return f"{name_of(edit.partner)}'s trade value {edit.percent:+g} %"
        case CostShock():
            shocks = _listed([_shock_words(code, size, name_of)
                              for code, size in edit.shocks[: _LISTED + 1]]
                             + [code for code, _ in edit.shocks[_LISTED + 1:]])
            text = f"{shocks} (sigma {edit.sigma:g})"
            if edit.demand_elasticity is not None:
                text += f", total responds with elasticity {edit.demand_elasticity:g}"
            return text
        case Growth():
            rates = _listed([f"{name_of(code)} {100.0 * rate:+g} %"
                             for code, rate in edit.rates[: _LISTED + 1]]
                            + [code for code, _ in edit.rates[_LISTED + 1:]])
            others = f"others {100.0 * edit.default_rate:+g} %"
            joined = ", ".join(part for part in (rates, others) if part)
            return f"growth a year over {edit.years} years: {joined}"
        case _:
            assert_never(edit)


def edit_lines(
    edits: Sequence[tuple[int, Edit, str, str]], name_of: Callable[[str], str]
) -> tuple[str, ...]:
    """Return each edit as a numbered line with its status, for a report or a CSV header.

    Parameters
    ----------
    edits : sequence of (position, edit, status, reason)
        As :class:`models.workbench.EditStatus` holds them: status is ``'applied'``,
        ``'off'`` or ``'skipped'`` (then `reason` says why).
    name_of : callable
        Turns a category code into its name.

    Returns
    -------
    tuple of str
        For example ``"1. China's share set to 35.00 %, the others in proportion"``;
        an edit switched off ends in ``(switched off)``, a skipped one in
        ``(not applied: <reason>)``.
    """
    lines = []
    for position, edit, status, reason in edits:
        text = f"{position}. {describe_edit(edit, name_of)}"
        if status == "off":
            text += " (switched off)"
        elif status == "skipped":
            text += f" (not applied: {reason})"
        lines.append(text)
    return tuple(lines)
