"""The guide through the real window: F1, the "?" buttons, search, exercises, every index."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl

from desktop.guide.content import formula_html, load_exercises, load_guide
from desktop.guide.help_window import HelpWindow
from desktop.main_window import MainWindow
from desktop.widgets.index_text import index_name
from models import indices, scenario_files
from models.resources import asset_path


def guide_window(window: MainWindow) -> HelpWindow:
    help_window = window.guide.help_window
    assert help_window is not None
    assert help_window.isVisible()
    return help_window


def test_f1_opens_the_guide_and_help_guide_too(window: MainWindow, qtbot: Any) -> None:
    window.table.view.setFocus()
    qtbot.keyClick(window.table.view, Qt.Key.Key_F1)
    help_window = guide_window(window)
    assert help_window.current_page == "start"
    assert "Welcome" in help_window.browser.toPlainText()
    help_window.show_page("cite")
    help_window.close()
    window.guide.action.trigger()  # Help > Guide
    assert guide_window(window).current_page == "start"
    assert window.guide.action in window.menuBar().actions()[-1].menu().actions()


def test_f1_in_the_index_table_opens_the_selected_index(window: MainWindow, qtbot: Any) -> None:
    panel = window.index_panel
    panel.table.setFocus()
    panel.table.setCurrentCell(panel.row_of("gini"), 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_F1)
    assert guide_window(window).current_page == "index/gini"


def test_each_help_button_opens_its_page(window: MainWindow, qtbot: Any) -> None:
    window.share_editor.help_button.click()
    assert guide_window(window).current_page == "share"
    for page in ("value", "armington", "projection"):
        window.edit_panel.help_buttons[page].click()
        assert guide_window(window).current_page == page
    # the "?" before every row of the index table
    panel = window.index_panel
    header = panel.help_header
    for row, key in enumerate(panel.table.keys):
        panel.table.scrollToItem(panel.table.item(row, 0))  # a short window scrolls the table
        where = QPoint(header.width() // 2,
                       header.sectionViewportPosition(row) + header.sectionSize(row) // 2)
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert guide_window(window).current_page == f"index/{key}", key
    # the link under the index's explanation
    panel.details.anchorClicked.emit(QUrl("page:index/theil"))
    assert guide_window(window).current_page == "index/theil"
    # and the one in the projection editor
    window.edit_panel.projection_button.click()
    editor = window.projection.editor
    assert editor is not None
    editor.help_button.click()
    assert guide_window(window).current_page == "projection"
    editor.reject()


def test_search_finds_every_index_by_name_and_highlights_it(
    window: MainWindow, qtbot: Any
) -> None:
    window.guide.action.trigger()
    help_window = guide_window(window)
    for key in indices.INDEX_INFO:
        help_window.search_edit.setText(index_name(key))
        assert f"index/{key}" in help_window.listed_pages(), key
    help_window.search_edit.setText("Theil")
    assert help_window.listed_pages()[0] == "index/theil"
    assert help_window.current_page == "index/theil"
    assert help_window.highlights() > 0
    help_window.search_edit.setText("no such word anywhere")
    assert help_window.listed_pages() == []
    help_window.search_edit.clear()
    assert len(help_window.listed_pages()) == len(load_guide().pages)
    # a page chosen in the list is shown
    help_window.page_list.setCurrentItem(
        help_window.page_list.findItems("Cost shocks", Qt.MatchFlag.MatchStartsWith)[0])
    assert help_window.current_page == "armington"
    assert "sigma" in help_window.browser.toPlainText()


def test_every_exercise_names_a_preset_and_its_link_opens_it(
    window: MainWindow, qtbot: Any
) -> None:
    exercises = load_exercises()
    assert len(exercises) >= 5
    for exercise in exercises:
        path = asset_path("presets", exercise.preset)
        assert path.is_file(), exercise.preset
        scenario_files.load(path)  # a valid scenario
        assert exercise.question
        assert exercise.steps
        assert exercise.look_for
        assert exercise.discuss
    first = exercises[0]
    window.guide.show_page(f"exercise/{first.id}")
    help_window = guide_window(window)
    assert first.question in help_window.browser.toPlainText()
    help_window.browser.anchorClicked.emit(QUrl(f"preset:{first.preset}"))
    expected = scenario_files.load(asset_path("presets", first.preset))
    assert window.document.scenario == expected


def test_every_index_has_a_page_from_index_info() -> None:
    guide = load_guide()
    for key, info in indices.INDEX_INFO.items():
        page = guide.page(f"index/{key}")
        assert info.reference in page.text
        assert info.range in page.text
        assert info.direction in page.text
        assert formula_html(info.formula) in page.html
        assert "Who uses it" in page.text
    hhi = guide.page("index/hhi")
    assert "s<sub>i</sub><sup>2</sup>" in hhi.html
    assert "1,800" in hhi.text
    assert "highly concentrated" in hhi.text


def test_generated_pages_follow_the_model_and_the_data(catalog: Any) -> None:
    from models import simulate

    guide = load_guide(catalog.provenances())
    armington = guide.page("armington")
    assert f"{simulate.DEFAULT_SIGMA:g}" in armington.text
    assert all(reference in armington.text for reference in simulate.SIGMA_REFERENCES)
    assert "{{" not in armington.html
    data = guide.page("data")
    for provenance in catalog.provenances():
        assert all(caveat in data.text for caveat in provenance.caveats)
    cite = guide.page("cite")
    assert "{{" not in cite.html
    assert "Multivector 0.1.0" in cite.text.replace("\n", " ")


def test_a_language_folder_replaces_the_english_files_it_holds(tmp_path: Path) -> None:
    root = tmp_path / "guide"
    shutil.copytree(asset_path("guide", "en"), root / "en")
    (root / "kk").mkdir()
    (root / "kk" / "start.html").write_text("<h1>Қош келдіңіз</h1><p>Нұсқаулық</p>",
                                            encoding="utf-8")
    guide = load_guide(language="kk", root=root)
    assert guide.page("start").title == "Қош келдіңіз"
    assert guide.page("share").title == "Setting a share"  # not translated: English
    assert load_guide(language="ru", root=root).page("start").title == "Welcome to Multivector"


def test_an_unknown_page_opens_the_start(window: MainWindow) -> None:
    window.guide.show_page("no/such/page")
    assert guide_window(window).current_page == "start"


@pytest.mark.parametrize(("formula", "rendered"), [
    ("HHI = sum_i s_i^2", "HHI = &sum;<sub>i</sub> s<sub>i</sub><sup>2</sup>"),
    ("N_eq = 1 / HHI", "N<sub>eq</sub> = 1 / HHI"),
    ("H = -sum_i s_i ln s_i", "H = &minus;&sum;<sub>i</sub> s<sub>i</sub> ln s<sub>i</sub>"),
])
def test_formulas_are_rendered_with_sub_and_superscripts(formula: str, rendered: str) -> None:
    assert formula_html(formula) == rendered


GUIDE = Path(__file__).parents[2] / "assets" / "guide"


def _links_and_placeholders(text: str) -> list[str]:
    found = re.findall(r'href="((?:page|preset):[^"]*)"|(\{\{\w+\}\})', text)
    return sorted(link or placeholder for link, placeholder in found)


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_shipped_language_has_the_whole_guide(language: str) -> None:
    english = sorted(p.name for p in (GUIDE / "en").iterdir() if p.is_file())
    translated = GUIDE / language
    assert sorted(p.name for p in translated.iterdir() if p.is_file()) == english
    for name in english:
        source = (GUIDE / "en" / name).read_text(encoding="utf-8")
        text = (translated / name).read_text(encoding="utf-8")
        assert text != source, f"{language}/{name} is not translated"
        if name.endswith(".json"):
            a, b = json.loads(source), json.loads(text)
            if isinstance(a, list):  # the exercises: the same ids and presets, in order
                assert [(e["id"], e["preset"]) for e in a] == [(e["id"], e["preset"]) for e in b]
            else:  # the index notes: the same indices and fields
                assert {k: sorted(v) for k, v in a.items()} == {k: sorted(v) for k, v in b.items()}
        else:
            assert _links_and_placeholders(text) == _links_and_placeholders(source), name
    guide = load_guide(language=language)
    start = guide.page("start")
    assert start.title != "Welcome to Multivector"
    assert "{{" not in start.html
