"""The shipped translations: complete, in step with desktop/ and models/, and used by the window.

* every message of every shipped ``.ts`` file is translated (no ``unfinished``, no empty
  form) and keeps its placeholders;
* every string that desktop/ passes to ``tr()``, ``translate()`` or ``QT_TRANSLATE_NOOP``
  is in every ``.ts`` file (read with ``ast``, as lupdate reads it);
* desktop/model_strings.py lists every string of models/ the window translates;
* the window built with the Russian translator speaks Russian and writes decimal commas.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from desktop import i18n
from desktop.model_strings import LISTED
from desktop.settings import Preferences
from models import analysis, blocs, indices

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "assets" / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("multivector_*.ts"))
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element, bool]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message, message.get("numerus") == "yes")
            for context in root.iter("context") for message in context.iter("message")]


def test_every_language_ships() -> None:
    assert [p.name for p in SHIPPED] == ["multivector_kk.ts", "multivector_ru.ts"]


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_message_is_translated(ts: Path) -> None:
    problems = []
    for context, source, message, numerus in _messages(ts):
        translation = message.find("translation")
        assert translation is not None
        forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                 else [translation.text or ""])
        where = f"{context}: {source[:60]!r}"
        if translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{translation.get('type')}: {where}")
        elif not forms or any(not f.strip() for f in forms):
            problems.append(f"empty: {where}")
        else:
            wanted = set(PLACEHOLDER.findall(source)) | ({"%n"} if numerus else set())
            for form in forms:
                if set(PLACEHOLDER.findall(form)) | ({"%n"} if numerus else set()) != wanted:
                    problems.append(f"placeholders differ: {where} -> {form[:60]!r}")
    assert not problems, f"{ts.name} (run `make translations`, then translate):\n" + "\n".join(
        problems)


# -- what desktop/ asks to translate -----------------------------------------------------------

_TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Finder(ast.NodeVisitor):
    """Collect (context, source) of every translation call, as pyside6-lupdate reads them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str]] = []  # context, source, where

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else "")
        where = f"{self.path.relative_to(ROOT)}:{node.lineno}"
        if name == "tr" and isinstance(func, ast.Attribute) and node.args:
            text = _literal(node.args[0])
            owner = func.value
            context = (self.classes[-1] if isinstance(owner, ast.Name) and owner.id == "self"
                       and self.classes else owner.id if isinstance(owner, ast.Name) else "")
            if text is not None and context:
                self.found.append((context, text, where))
        elif name in _TRANSLATE and len(node.args) >= 2:
            context, text = _literal(node.args[0]), _literal(node.args[1])
            if context is not None and text is not None:
                self.found.append((context, text, where))
        self.generic_visit(node)


def _desktop_strings() -> list[tuple[str, str, str]]:
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        finder = _Finder(path)
        finder.visit(ast.parse(path.read_text(encoding="utf-8")))
        found += finder.found
    return found


def test_the_finder_reads_what_lupdate_reads() -> None:
    found = {(c, s) for c, s, _ in _desktop_strings()}
    assert ("MainWindow", "&File") in found
    assert ("EditText", "the others in proportion") in found  # EditText.tr(...)
    assert ("DimensionWords", "partner") in found  # QT_TRANSLATE_NOOP
    assert ("Models", "highly concentrated") in found  # desktop/model_strings.py


def test_no_literal_goes_through_a_helper_lupdate_cannot_see() -> None:
    # lupdate extracts tr(), X.tr(), translate() and QT_TRANSLATE_NOOP(), not a module's
    # own _tr("..."): such a text is never in the .ts files, so it is never translated.
    hidden = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id not in _TRANSLATE and node.func.id.lstrip("_") in (
                        "tr", "translate", "t") and node.args
                    and _literal(node.args[0]) is not None):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}: "
                              f"{node.func.id}({_literal(node.args[0])!r})")
    assert not hidden, ("use QCoreApplication.translate(CONTEXT, TEXT) or a class's tr():\n"
                        + "\n".join(hidden))


@pytest.mark.parametrize("ts", SHIPPED, ids=lambda p: p.stem)
def test_every_desktop_string_is_in_the_translations(ts: Path) -> None:
    shipped = {(context, source) for context, source, _, _ in _messages(ts)}
    missing = [f"{where}: {context}: {source[:60]!r}"
               for context, source, where in _desktop_strings()
               if (context, source) not in shipped]
    assert not missing, (f"not in {ts.name}; run `make translations` and translate:\n"
                         + "\n".join(missing))


# -- strings from models/ ---------------------------------------------------------------------

def test_model_strings_list_every_index_text_and_hhi_word() -> None:
    wanted = {text for info in indices.INDEX_INFO.values()
              for text in (info.name, info.description, info.range, info.direction)}
    wanted |= {words for _, words in analysis.HHI_BANDS}
    wanted |= {analysis.hhi_reading(float("nan")), analysis.HHI_BANDS_SOURCE}
    wanted |= set(blocs.VECTOR_NAMES.values())
    assert wanted - LISTED == set(), "run `python scripts/model_strings.py`"


def test_model_strings_module_is_up_to_date(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("model_strings_script",
                                                  ROOT / "scripts" / "model_strings.py")
    assert spec is not None
    assert spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    written = tmp_path / "model_strings.py"
    script.main(written)
    current = (ROOT / "desktop" / "model_strings.py").read_text(encoding="utf-8")
    assert written.read_text(encoding="utf-8") == current, (
        "models/ changed: run `python scripts/model_strings.py`, then `make translations`")


# -- the language preference and the window in Russian ----------------------------------------

@pytest.mark.parametrize(("locale", "language"), [
    ("ru_RU", "ru"), ("ru", "ru"), ("kk_KZ", "kk"), ("kk-KZ", "kk"), ("en_GB", "en"),
    ("de_DE", "en"), ("C", "en"), ("", "en"),
])
def test_language_for_locale(locale: str, language: str) -> None:
    assert i18n.language_for_locale(locale) == language


def test_first_start_chooses_the_system_language_and_keeps_it() -> None:
    preferences = Preferences()
    assert preferences.language is None
    chosen = i18n.preferred_language(preferences)
    assert chosen in ("en", "ru", "kk")
    assert Preferences().language == chosen
    preferences.language = "kk"
    assert i18n.preferred_language(Preferences()) == "kk"
    with pytest.raises(ValueError, match="language"):
        preferences.language = "fr"


def test_language_menu_sets_the_preference_for_the_next_start(
    window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *_a: told.append(text))
    menu = window.language_menu
    assert [a.text() for a in menu.language_actions.values()] == [
        "English", "Русский", "Қазақша"]
    menu.language_actions["kk"].trigger()
    assert Preferences().language == "kk"
    assert menu.language_actions["kk"].isChecked()
    assert told
    assert "Қазақша" in told[0]


@pytest.fixture
def russian() -> Any:
    qm = TRANSLATIONS / "multivector_ru.qm"
    if not qm.exists():
        pytest.fail(f"{qm} is missing: `make test` (or `make run`) compiles it")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = i18n.install_translators(app, "ru")
    yield translators
    i18n.remove_translators(app, translators)


def test_window_in_russian(russian: Any, make_window: Any, qtbot: Any) -> None:
    assert len(russian) == 2  # Qt's own and Multivector's
    window = make_window()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[:3] == ["&Файл", "&Правка", "&Готовые сценарии"]
    assert "&Настройки" in menus
    assert "&Справка" in menus
    assert window.language_menu.title() == "&Язык"
    baseline, _, change = window.index_panel.texts("hhi")
    assert re.fullmatch(r"0,\d{4}", baseline), baseline
    assert re.fullmatch(r"[+-]0,\d{4}", change), change
    cr3 = window.index_panel.texts("cr3")
    assert cr3[0].endswith(" %")
    assert "," in cr3[0]
    assert cr3[2].endswith(" п. п.")
    reading = window.index_panel.hhi_label.text()
    assert reading.startswith("HHI ")
    assert "концентр" in reading
    about = i18n.translation_note()
    assert "машиной" in about
    # Both toolbars are wider than 1280 pixels in Russian: the data toolbar goes on a row of
    # its own rather than hiding Undo, Redo, Reset and Presets behind the "»" button.
    toolbar, data_bar = _toolbars(window)
    assert window.toolBarBreak(data_bar)
    qtbot.waitUntil(lambda: all(toolbar.widgetForAction(a).isVisible()
                                for a in toolbar.actions() if a.isVisible()))
    _every_chart_tab_shows(window, qtbot)
    window.resize(1900, 720)
    assert not window.toolBarBreak(data_bar)  # one row again where there is room


def _every_chart_tab_shows(window: Any, qtbot: Any) -> None:
    """At 1280 pixels the charts get room for all six tabs (no scroll arrows, none cut)."""
    bar = window.charts.tabBar()
    qtbot.waitUntil(lambda: bar.width() > 0)
    assert bar.sizeHint().width() <= bar.width(), (bar.sizeHint().width(), bar.width())
    assert all(bar.tabRect(i).right() <= bar.width() for i in range(bar.count()))


def _toolbars(window: Any) -> tuple[QToolBar, QToolBar]:
    toolbar = window.findChild(QToolBar, "main_toolbar")
    data_bar = window.findChild(QToolBar, "data_toolbar")
    assert toolbar is not None
    assert data_bar is not None
    return toolbar, data_bar


def test_window_in_english_keeps_decimal_points(make_window: Any, qtbot: Any) -> None:
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&File"
    assert not window.toolBarBreak(_toolbars(window)[1])  # English fits on one row
    _every_chart_tab_shows(window, qtbot)
    baseline, _, _ = window.index_panel.texts("hhi")
    assert re.fullmatch(r"0\.\d{4}", baseline), baseline


def test_partner_names_follow_the_language(russian: Any, qtbot: Any) -> None:
    from desktop.__main__ import build_window
    from desktop.widgets import partner_model as pm

    window = build_window()  # reads the data as a start does, in the running language
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    model = window.table.model
    names = {model.data(model.index(row, pm.NAME)) for row in range(model.rowCount())}
    assert {"Италия", "Китай", "Россия", "Турция"} <= names
    assert "Italy" not in names
    assert window.baseline_bar.reporter_combo.currentText() == "Казахстан"
    assert window.document.scenario.reporter == "KAZ"  # files keep codes, never names
    window.table.filter_edit.setText("китай")
    assert window.table.visible_codes() == ["CHN"]
    window.table.filter_edit.setText("")
    assert window.editing.set_share("ITA", 0.1)
    assert "Италия" in window.scenario_panel.list.item(0).text()
    assert "10,00 %" in window.scenario_panel.list.item(0).text()  # the decimal comma
    window.table.select_code("ITA")
    assert re.fullmatch(r"\D+ \d+,\d-\d+,\d %", window.share_editor.range_label.text())
    assert window.document.baseline.table.unallocated is not None  # 2024: US$ 4.1 million
    assert window.table.unallocated_row.text(pm.BASE_VALUE) == "4,1"
    window.charts.setCurrentIndex(window.charts.indexOf(window.charts.sweep_chart.parentWidget()))
    qtbot.waitUntil(lambda: bool(window.charts.sweep_chart.caption.headline.text()))
    headline = window.charts.sweep_chart.caption.headline.text()
    assert "Италия" in headline
    assert re.search(r"\d,\d", headline)
    assert not re.search(r"\d\.\d", headline), headline
    window.charts.setCurrentIndex(2)  # the vectors' chart, with the memberships under it
    memberships = window.charts.membership_table
    assert memberships is not None
    qtbot.waitUntil(lambda: memberships.rowCount() > 0)
    shown = [memberships.item(row, 0).text() for row in range(memberships.rowCount())]
    assert shown == ["ЕАЭС", "ЕС-27", "ОТГ", "СНГ", "ШОС"]
    level = window.baseline_bar.level_combo
    level.setCurrentIndex(level.findData("vectors"))
    level.activated.emit(level.currentIndex())
    names = {model.data(model.index(row, pm.NAME)) for row in range(model.rowCount())}
    assert {"Россия и ЕАЭС", "Китай", "ЕС-27", "Остальной мир"} <= names
    window.document.undo_stack.setClean()
    dimension = window.baseline_bar.dimension_combo
    dimension.setCurrentIndex(dimension.findData("hs_sections"))
    dimension.activated.emit(dimension.currentIndex())
    names = {model.data(model.index(row, pm.NAME)) for row in range(model.rowCount())}
    assert {"Продукты растительного происхождения",
            "Минеральные продукты (вкл. топливо HS27)"} <= names
    assert "Vegetable products" not in names
    window.document.undo_stack.setClean()


def test_a_preset_opens_with_its_texts_in_the_language(russian: Any, make_window: Any) -> None:
    from desktop.file_actions import preset_paths
    from models import scenario_files

    window = make_window()
    path = next(p for p in preset_paths() if p.stem == "china_takes_the_slack")
    written = scenario_files.load(path)
    window.presets_menu.aboutToShow.emit()  # the menu lists the presets when it opens
    titles = [action.text() for action in window.presets_menu.actions()]
    assert "Китай восполняет разрыв (поворот к «Поясу и пути», экспорт)" in titles
    assert window.files.open_preset(path)
    opened = window.document.scenario
    assert opened.title.startswith("Китай восполняет разрыв")
    assert "16,4 %" in opened.description
    assert opened.edits == written.edits  # only the words change
    assert window.info_bar.isVisible()


def test_russian_window_fits_1280_and_compares_in_russian(russian: Any, make_window: Any) -> None:
    from desktop.file_actions import preset_paths

    window = make_window()
    presets = {p.stem: p for p in preset_paths()}
    assert window.files.open_preset(presets["china_takes_the_slack"])
    window.new_action.trigger()
    assert window.files.open_preset(presets["russia_trade_shock"])  # imports: other data
    for tab in range(window.charts.count()):  # every chart tab, the widest last
        window.charts.setCurrentIndex(tab)
        assert window.minimumSizeHint().width() <= 1280, window.charts.tabText(tab)
    window.compare_action.trigger()
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 720
    note = window.compare_view.notes_label.text()
    assert note.startswith("B: Торговый шок со стороны России (импорт) построен на других данных")
    assert "импорт" in note
    assert "уточнённые" in note


def test_caveats_the_model_computes_are_worded_in_the_language(
    russian: Any, make_window: Any, qtbot: Any
) -> None:
    from PySide6.QtCore import Qt

    from models.scenario import Scenario

    window = make_window(Scenario("KAZ", 2025, "exports"))
    chip = window.data_badge.chip("preliminary")
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    popup = window.data_badge.popup
    assert popup is not None
    text = popup.text.text()
    assert text.startswith("2025: данные предварительные")
    assert "«Не распределено»" in text
    assert "789,3 млн долл. США" in text  # the figures, with the decimal comma
    popup.sources_button.click()
    dialog = window._sources_dialog
    assert dialog is not None
    shown = dialog.text()
    assert "Не распределено: 789,3 млн долл. США" in shown  # a table's computed caveat
    assert "Бюро национальной статистики" in shown  # a data file's caveat or source
    assert "is preliminary" not in shown
    dialog.close()
