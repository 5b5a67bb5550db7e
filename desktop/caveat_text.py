"""The data's caveats in the interface's language: badges' sentences and computed caveats.

models/ writes every caveat in English (the command line and the reports use those). The
window words again, through Qt's translations, the ones it computes from a table's
figures: the badges of :func:`models.data_status.data_status` (from the table's year,
flow, months and quoted figures) and the :class:`models.datasets.Caveat` sentences of a
table (from their template and fields). The data files' own caveats are translated as
texts (context "DataTexts", :func:`desktop.i18n.data_provenance`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.i18n import Local
from desktop.model_strings import model_text
from desktop.words import ui_words
from models.data_status import Badge, DataStatus, Unallocated
from models.datasets import Caveat, Provenance

__all__ = ["badge_text", "caveat_text", "data_provenance", "release_word"]

_RELEASES = {
    "revised": QT_TRANSLATE_NOOP("CaveatText", "revised"),
    "first_published": QT_TRANSLATE_NOOP("CaveatText", "first published"),
}
_WORD_FIELDS = ("what", "one")  # category nouns: translated as DimensionWords


class CaveatText:
    """The context of this module's texts in the translations (lupdate reads ``CaveatText.tr``)."""

    @staticmethod
    def tr(text: str) -> str:
        return QCoreApplication.translate("CaveatText", text)


def caveat_text(caveat: str) -> str:
    """Return a caveat of a table in the interface's language (as written if untranslated)."""
    if not isinstance(caveat, Caveat):
        return QCoreApplication.translate("DataTexts", caveat) if caveat else caveat
    return QCoreApplication.translate("DataTexts", caveat.template).format(
        **_shown_fields(caveat.fields))


def release_word(release: str) -> str:
    """Return a release ('revised', 'first_published') in words of the interface."""
    return CaveatText.tr(str(_RELEASES.get(release, release)))


def _shown_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    shown: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _WORD_FIELDS:
            shown[name] = QCoreApplication.translate("DimensionWords", str(value))
        elif name == "flow":
            shown[name] = model_text(str(value))
        elif name == "release":
            shown[name] = release_word(str(value))
        elif name == "year":
            shown[name] = value
        else:
            shown[name] = Local(float(value))
    return shown


def data_provenance(provenance: Provenance) -> Provenance:
    """Return ``provenance`` with its words in the interface's language, where translated.

    The titles, sources, releases, licences and caveats of the embedded data are listed for
    translation (context "DataTexts"), and a caveat the model computes from the year's
    figures is worded again (:func:`caveat_text`); a text without a translation (an
    imported file's) stays as written. Addresses and files do not change.
    """
    def text(value: str) -> str:
        return QCoreApplication.translate("DataTexts", value) if value else value

    return dataclasses.replace(
        provenance, title=text(provenance.title), source=text(provenance.source),
        release=text(provenance.release), licence=text(provenance.licence),
        unit=QCoreApplication.translate("Models", text(provenance.unit)),
        caveats=tuple(caveat_text(c) for c in provenance.caveats))


def badge_text(badge: Badge, status: DataStatus) -> str:
    """Return the sentence behind ``badge`` in the interface's language."""
    words = ui_words(status.words)
    many, one = words.many, words.one
    flow = model_text(status.flow)
    if badge.kind == "first_published":
        names = ", ".join(status.quoted.names) if status.quoted is not None else ""
        return CaveatText.tr(
            "As first published, the source quotes only {count} of the {many} for {flow} in "
            "{year}: {names}. Shares and indices here are over these alone, not over all of "
            "{reporter}'s {flow}; the revised figures of the same {many} are shown beside "
            "them.").format(count=badge.quoted, many=many, flow=flow, year=status.year,
                            names=names, reporter=status.reporter_name)
    if badge.kind == "preliminary":
        text = CaveatText.tr(
            "{year} is preliminary: its figures may still be revised.").format(year=status.year)
        if status.unallocated is not None:
            text += " " + CaveatText.tr(
                "Trade not (yet) broken down by {one} is in the Unallocated line: {amount}."
            ).format(one=one, amount=_amount(status.unallocated))
        return text
    if badge.kind == "missing_months":
        locale = QLocale()
        months = ", ".join(locale.standaloneMonthName(m) for m in badge.months_missing)
        text = CaveatText.tr(
            "The {many} cover {count} months of {year}; missing from the breakdown: {months}."
        ).format(many=words.many_detailed, count=len(status.months), year=status.year,
                 months=months)
        if status.unallocated is not None:
            text += " " + CaveatText.tr(
                "The official annual total minus the listed {many}, {amount}, is shown as the "
                "Unallocated line and never spread over the {many}."
            ).format(many=many, amount=_amount(status.unallocated))
        return text
    if badge.kind == "partial":
        return CaveatText.tr(
            "The {year} data are incomplete: some {many} are missing from the source and count "
            "as zero, so shares are shares of the {many} listed, not of all {flow}; compare "
            "other years with care.").format(year=status.year, many=many, flow=flow)
    if badge.kind == "no_total":
        return CaveatText.tr(
            "No official {flow} total for {year}: the {many} listed may fall short of all "
            "{flow}, so the trade they leave out is unknown.").format(
                flow=flow, year=status.year, many=many)
    return badge.caveat  # a kind this window does not know: the model's English


def _amount(unallocated: Unallocated) -> str:
    return CaveatText.tr("{value:,.1f} US$ million ({percent:.2f} % of the official total "
               "{total:,.1f})").format(value=Local(unallocated.value),
                                       percent=Local(100 * unallocated.share),
                                       total=Local(unallocated.official_total))
