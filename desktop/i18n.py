"""The interface language: which one, its translators, its marks for numbers, its menu.

Three languages: English (the source texts), Russian and Kazakh (``assets/translations``:
the ``.ts`` sources, compiled to ``.qm`` by ``make``). The language is a preference
(:attr:`desktop.settings.Preferences.language`), taken from the system locale at the first
start (``ru*`` Russian, ``kk*`` Kazakh, else English) and changed in Settings > Language;
a change applies when Multivector starts again, since the translators are installed once,
before any window is built. The same choice sets Qt's default locale, whose decimal mark
and group separator the window passes to :mod:`models.formatting`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from desktop.settings import LANGUAGES, Preferences
from models.formatting import NOT_AVAILABLE, format_share, format_value

if TYPE_CHECKING:
    from models.datasets import Catalog

__all__ = [
    "LANGUAGE_NAMES",
    "LanguageMenu",
    "Local",
    "NumberMarks",
    "install_translators",
    "language_for_locale",
    "number_marks",
    "preferred_language",
    "running_language",
    "share_text",
    "translation_note",
    "value_text",
    "window_catalog",
]

# Each language named in itself, so a student who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
_LOCALES = {"en": "en_US", "ru": "ru_RU", "kk": "kk_KZ"}
_running = "en"  # the language whose translators are installed


def language_for_locale(name: str) -> str:
    """Return the interface language for a locale name such as ``'ru_RU'`` or ``'kk-KZ'``."""
    lowered = name.lower()
    return next((code for code in LANGUAGES[1:] if lowered.startswith(code)), "en")


def preferred_language(preferences: Preferences) -> str:
    """Return the chosen language; at the first start, choose it from the system locale."""
    language = preferences.language
    if language is None:
        language = language_for_locale(QLocale.system().name())
        preferences.language = language
    return language


def running_language() -> str:
    """Return the language the running app's texts are in (English until translators load)."""
    return _running


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Set Qt's default locale for ``language`` and install Qt's and Multivector's translators.

    Returns the translators installed (none for English, or where a file is missing: then
    the texts stay English). Call before building any window.
    """
    from models.resources import asset_path

    global _running
    if language not in LANGUAGES:
        raise ValueError(f"`language` must be one of {', '.join(LANGUAGES)}, not {language!r}")
    QLocale.setDefault(QLocale(_LOCALES[language]))
    _running = language
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        installed.append(qt_translator)
    ours = QTranslator(app)
    try:
        folder = str(asset_path("translations"))
    except FileNotFoundError:
        folder = ""
    if folder and ours.load(f"multivector_{language}", folder):
        installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (the tests switch languages in one process)."""
    global _running
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(_LOCALES["en"]))
    _running = "en"


def window_catalog(root: Path | None = None) -> Catalog:
    """Read the data (``root``, by default the app's) in the running language.

    Partner names come from the data's CLDR list, the default vectors' and the product
    groups' names from the translations (``desktop.model_strings``); files keep codes, so
    nothing else changes.
    """
    from desktop.model_strings import PRODUCT_TEXTS, model_text
    from models.blocs import VECTOR_NAMES
    from models.datasets import load_catalog

    catalog = load_catalog(root, language=_running)
    if _running == "en":
        return catalog
    products = {str(name): QCoreApplication.translate("ProductGroups", str(name))
                for name in PRODUCT_TEXTS}
    return (catalog.with_vector_names({key: model_text(name) for key, name in VECTOR_NAMES.items()})
            .with_product_names(products))


def translation_note() -> str:
    """Say, for the About box, that the translations are machine-made and what stays English."""
    return QCoreApplication.translate(
        "Language",
        "The Russian and Kazakh translations, the guide's pages and the data's caveats among "
        "them, are machine-made and not yet reviewed by a native speaker; the works cited "
        "stay in English, as published, and the CSV export keeps the data's English. "
        "Partner names come from the Unicode CLDR.")


@dataclass(frozen=True)
class NumberMarks:
    """What the window passes to :mod:`models.formatting`: the locale's marks and units."""

    decimal: str
    group: str
    points: str  # percentage points, abbreviated
    missing: str = "n/a"  # what models.formatting writes for a number that is not defined

    def shown(self, text: str) -> str:
        """Return a formatted number's text with 'n/a' in the interface's words."""
        return self.missing if text == NOT_AVAILABLE else text


def number_marks() -> NumberMarks:
    """Return the decimal mark and group separator of Qt's default locale, and 'pp'."""
    locale = QLocale()
    return NumberMarks(locale.decimalPoint(), locale.groupSeparator(),
                       QCoreApplication.translate("Numbers", "pp"),
                       QCoreApplication.translate("Numbers", "n/a"))


def value_text(key: str, value: float) -> str:
    """Return ``models.formatting.format_value`` with the interface's decimal mark and n/a."""
    marks = number_marks()
    return marks.shown(format_value(key, value, decimal=marks.decimal))


def share_text(share: float) -> str:
    """Return ``models.formatting.format_share`` with the interface's decimal mark and n/a."""
    marks = number_marks()
    return marks.shown(format_share(share, decimal=marks.decimal))


class Local:
    """A number that writes the interface's marks wherever a format spec formats it.

    ``self.tr("range {lo:.1f} %").format(lo=Local(12.5))`` gives ``'12,5'`` in Russian and
    Kazakh, ``'12.5'`` in English: the translated texts keep their format specs, and only
    the number's own digits change (as :func:`models.formatting.format_number` does).
    """

    __slots__ = ("value",)

    def __init__(self, value: float) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        text = format(self.value, spec)
        marks = number_marks()
        if marks.decimal == "." and marks.group == ",":
            return text
        return text.translate({ord("."): marks.decimal, ord(","): marks.group})

    def __str__(self) -> str:
        return format(self, "")


class LanguageMenu(QMenu):
    """Settings > Language: English, Русский, Қазақша; applies at the next start."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("language_menu")
        self._preferences = preferences
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        chosen = preferences.language or running_language()
        for code in LANGUAGES:
            action = QAction(LANGUAGE_NAMES[code], self)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            self._group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action
        self.addSeparator()
        note = self.addAction(self.tr("Applies when Multivector starts again"))
        note.setEnabled(False)
        self._group.triggered.connect(self._on_group_triggered)

    def _on_group_triggered(self, action: QAction) -> None:
        code = str(action.data())
        if code == self._preferences.language:
            return
        self._preferences.language = code
        self._preferences.sync()
        if code == running_language():
            return
        QMessageBox.information(
            self.parentWidget(), self.tr("Language"),
            self.tr("Multivector will be in {language} when it starts again.").format(
                language=LANGUAGE_NAMES[code]))
