"""Names and explanations of the indices, translated, for labels and tooltips.

The facts (formula, range, direction, reference) come from ``models.indices.INDEX_INFO``;
this module only puts them into words on screen through Qt's translation.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from models import indices

__all__ = ["index_name", "index_short_name", "index_tooltip"]

_CONTEXT = "IndexInfo"
# Short labels for the index table (the full names are in the tooltips).
_SHORT = {
    "hhi": "HHI",
    "hhi_normalized": "Normalized HHI",
    "unctad_concentration": "UNCTAD concentration",
    "equivalent_partners": "Equivalent partners",
    "entropy": "Entropy",
    "evenness": "Evenness",
    "theil": "Theil index",
    "gini": "Gini of shares",
    "cr1": "CR1 (largest)",
    "cr3": "CR3 (top 3)",
    "cr5": "CR5 (top 5)",
    "similarity": "Similarity to baseline",
    "vector_balance": "Vector balance",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def index_name(key: str) -> str:
    """Return the display name of index ``key``."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return key
    return _tr(info.name)


def index_short_name(key: str) -> str:
    """Return a short label of index ``key`` for narrow tables (else the full name)."""
    short = _SHORT.get(key)
    return _tr(short) if short is not None else index_name(key)


def index_tooltip(key: str) -> str:
    """Rich text: formula, range, direction and reference of index ``key``."""
    info = indices.INDEX_INFO.get(key)
    if info is None:
        return html.escape(key)
    facts = (info.formula, info.range, info.direction, info.reference)
    labels = (_tr("Formula"), _tr("Range"), _tr("Direction"), _tr("Reference"))
    lines = "".join(
        f"<br><b>{html.escape(label)}:</b> {html.escape(_tr(fact))}"
        for label, fact in zip(labels, facts, strict=True)
        if fact
    )
    return f"<p><b>{html.escape(index_name(key))}</b>{lines}</p>"
