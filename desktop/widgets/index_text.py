"""Names and explanations of the indices, translated, for labels and tooltips.

The facts (formula, range, direction, reference) come from ``models.indices.INDEX_INFO``;
this module only puts them into words on screen through Qt's translation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.model_strings import model_text
from models import indices

__all__ = ["index_name", "index_short_name", "index_tooltip"]

_CONTEXT = "IndexInfo"
# Short labels for the index table (the full names are in the tooltips).
_SHORT = {
    "hhi": QT_TRANSLATE_NOOP("IndexInfo", "HHI"),
    "hhi_normalized": QT_TRANSLATE_NOOP("IndexInfo", "Normalized HHI"),
    "unctad_concentration": QT_TRANSLATE_NOOP("IndexInfo", "UNCTAD concentration"),
    "equivalent_partners": QT_TRANSLATE_NOOP("IndexInfo", "Equivalent partners"),
    "entropy": QT_TRANSLATE_NOOP("IndexInfo", "Entropy"),
    "evenness": QT_TRANSLATE_NOOP("IndexInfo", "Evenness"),
    "theil": QT_TRANSLATE_NOOP("IndexInfo", "Theil index"),
    "gini": QT_TRANSLATE_NOOP("IndexInfo", "Gini of shares"),
    "cr1": QT_TRANSLATE_NOOP("IndexInfo", "CR1 (largest)"),
    "cr3": QT_TRANSLATE_NOOP("IndexInfo", "CR3 (top 3)"),
    "cr5": QT_TRANSLATE_NOOP("IndexInfo", "CR5 (top 5)"),
    "similarity": QT_TRANSLATE_NOOP("IndexInfo", "Similarity to baseline"),
    "vector_balance": QT_TRANSLATE_NOOP("IndexInfo", "Vector balance"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def index_name(key: str) -> str:
    """Return the display name of index ``key``."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return key
    return model_text(info.name)


def index_short_name(key: str) -> str:
    """Return a short label of index ``key`` for narrow tables (else the full name)."""
    short = _SHORT.get(key)
    return _tr(str(short)) if short is not None else index_name(key)


def index_tooltip(key: str) -> str:
    """Rich text: formula, range, direction and reference of index ``key``."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return html.escape(key)
    # Formulas and references are notation and bibliography: they stay as written.
    facts = (info.formula, model_text(info.range), model_text(info.direction), info.reference)
    labels = (QCoreApplication.translate("IndexInfo", "Formula"),
              QCoreApplication.translate("IndexInfo", "Range"),
              QCoreApplication.translate("IndexInfo", "Direction"),
              QCoreApplication.translate("IndexInfo", "Reference"))
    lines = "".join(
        f"<br><b>{html.escape(label)}:</b> {html.escape(fact)}"
        for label, fact in zip(labels, facts, strict=True)
        if fact
    )
    return f"<p><b>{html.escape(index_name(key))}</b>{lines}</p>"
