"""A dimension's nouns in the interface language: "partner", "product groups (HS sections)".

:func:`ui_words` translates the nouns of :func:`models.data_status.dimension_words` for
every widget and message that names the categories.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.data_status import DimensionWords

__all__ = ["UiWords", "ui_words"]


# The nouns models.data_status uses, marked for translation.
_NOUNS = (
    QT_TRANSLATE_NOOP("DimensionWords", "partner"),
    QT_TRANSLATE_NOOP("DimensionWords", "partners"),
    QT_TRANSLATE_NOOP("DimensionWords", "product group"),
    QT_TRANSLATE_NOOP("DimensionWords", "product groups"),
    QT_TRANSLATE_NOOP("DimensionWords", "HS sections"),
    QT_TRANSLATE_NOOP("DimensionWords", "HS chapters"),
    QT_TRANSLATE_NOOP("DimensionWords", "vector"),
    QT_TRANSLATE_NOOP("DimensionWords", "vectors"),
    QT_TRANSLATE_NOOP("DimensionWords", "blocs of partners"),
)


@dataclass(frozen=True)
class UiWords:
    """A dimension's nouns in the interface language: one partner, many partners."""

    one: str
    many: str
    many_detailed: str  # "product groups (HS sections)"

    @property
    def one_title(self) -> str:
        """The singular with a capital, for headers: 'Product group'."""
        return self.one[:1].upper() + self.one[1:]

    @property
    def many_title(self) -> str:
        """The plural with a capital: 'Product groups'."""
        return self.many[:1].upper() + self.many[1:]


def _noun(text: str) -> str:
    return QCoreApplication.translate("DimensionWords", text)


def ui_words(words: DimensionWords) -> UiWords:
    """Translate the nouns of :func:`models.data_status.dimension_words`."""
    many = _noun(words.many)
    detailed = QCoreApplication.translate("DimensionWords", "{many} ({detail})").format(
        many=many, detail=_noun(words.detail)) if words.detail else many
    return UiWords(_noun(words.one), many, detailed)


