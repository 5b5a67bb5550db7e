"""Exports through the real window: CSV, report (PDF, HTML, print), charts, Ctrl+C, options.

Only the name prompt (Exporter.ask_export_path) and the print dialog (ask_printer) are
answered by the test; everything else runs as the student's clicks would.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from desktop import viewmodels as vm
from desktop.chart_render import plot_image
from desktop.edit_text import describe_edit as window_words
from desktop.export import Exporter
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.widgets import partner_model as pm
from desktop.widgets.chart_panel import CONTRIBUTIONS, HISTORY, SHARES, VECTORS
from models.edit_words import describe_edit as model_words
from models.resources import asset_path
from models.scenario import CostShock, Growth, ScaleValue, SetLock, SetShare

from .conftest import Dialogs
from .test_main_window import drag

PRESET = asset_path("presets", "china_takes_the_slack.json")


class Answers(list[Path | None]):
    """The names the prompt gives, in order (None: cancel), and the names it suggested."""

    suggested: list[Path]


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Answers:
    names = Answers()
    names.suggested = []

    def ask(_self: Exporter, _title: str, suggested: Path, _filter: str) -> Path | None:
        names.suggested.append(suggested)
        return names.pop(0)

    monkeypatch.setattr(Exporter, "ask_export_path", ask)
    return names


def pdf_text(path: Path) -> str:
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def read_csv(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]], dict[str, list[str]]]:
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    first = rows.index([])
    second = rows.index([], first + 1)
    header: dict[str, list[str]] = {}
    for label, text in rows[:first]:
        header.setdefault(label, []).append(text)
    categories = {row[1]: row for row in rows[first + 2:second]}
    indices = {row[0]: row for row in rows[second + 2:]}
    return header, categories, indices


def test_csv_gives_the_numbers_of_the_window(window: MainWindow, tmp_path: Path,
                                             answer: Answers) -> None:
    drag(window, "CHN", [30.0, 35.0])
    target = tmp_path / "china.csv"
    answer.append(target)
    window.export_csv_action.trigger()
    header, partners, indices = read_csv(target)
    # every index as the index panel shows it
    for key in ("hhi", "equivalent_partners", "entropy", "gini"):
        baseline, scenario, _ = window.index_panel.values(key)
        assert float(indices[key][2]) == baseline
        assert float(indices[key][3]) == scenario
        assert vm.format_change(key, float(indices[key][4])) == window.index_panel.texts(key)[2]
    cr1 = vm.format_value("cr1", float(indices["cr1"][3]) / 100)
    assert cr1 == window.index_panel.texts("cr1")[1]
    # China's row as the partner table shows it
    model = window.table.model
    row = model.row_of("CHN")
    assert f"{float(partners['China'][5]):.2f} %" == model.index(row, pm.SCEN_SHARE).data()
    assert f"{float(partners['China'][4]):.2f} %" == model.index(row, pm.BASE_SHARE).data()
    provenance = window.document.baseline.table.provenance
    assert header["# Source"] == [provenance.source]
    assert header["# Edit"] == ["1. China's share set to 35.00 %, the others in proportion"]
    assert len(partners) == len(window.document.baseline.codes)
    assert window.isWindowModified()  # an export is not a save
    assert Preferences().last_export_folder == tmp_path


def test_report_pdf_holds_title_source_and_hhi(window: MainWindow, tmp_path: Path,
                                               answer: Answers) -> None:
    assert window.files.open_file(PRESET)
    target = tmp_path / "report.pdf"
    answer.append(target)
    window.export_pdf_action.trigger()
    assert target.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(target).pages) <= 2
    text = pdf_text(target)
    scenario = window.document.scenario
    assert " ".join(scenario.title.split()) in text
    assert "Bureau of National Statistics" in text
    assert "Herfindahl-Hirschman index (HHI)" in text
    hhi_points = window.index_panel.hhi_label.text().split(":")[0]  # "HHI 852 points"
    assert hhi_points in text
    assert window.index_panel.texts("hhi")[1] in text
    assert "How to cite" in text
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_report_html_is_one_file_with_its_charts(window: MainWindow, tmp_path: Path,
                                                 answer: Answers) -> None:
    drag(window, "RUS", [25.0])
    answer.append(tmp_path / "report.html")
    window.export_html_action.trigger()
    assert window.exporter is not None
    text = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert text.count('src="data:image/png;base64,') == 2
    assert "Russian Federation&#x27;s share set to 25.00 %" in text
    assert "HHI " in text
    assert "<svg" not in text


def test_each_chart_as_svg_is_xml_with_the_names(window: MainWindow, tmp_path: Path,
                                                 answer: Answers) -> None:
    drag(window, "CHN", [35.0])
    for index in (SHARES, CONTRIBUTIONS, VECTORS, HISTORY):
        answer.append(tmp_path / f"chart{index}.svg")
        window.chart_export_actions[(index, "svg")].trigger()
        root = ET.parse(tmp_path / f"chart{index}.svg").getroot()
        assert root.tag.endswith("svg")
        words = " ".join(t.strip() for t in root.itertext())
        if index in (SHARES, CONTRIBUTIONS):
            assert "China" in words
            assert "Italy" in words
        assert window.charts.currentIndex() == index  # the chart exported is the one shown
    assert len(list(tmp_path.iterdir())) == 4


def test_chart_png_at_the_chosen_size_and_sharper_on_high_dpi(
    window: MainWindow, tmp_path: Path, answer: Answers
) -> None:
    Preferences().export_size = QSize(800, 500)
    answer.append(tmp_path / "shares.png")
    window.chart_export_actions[(SHARES, "png")].trigger()
    image = QImage(str(tmp_path / "shares.png"))
    plot = window.charts.shares_chart.plot
    scale = max(1.0, plot.devicePixelRatioF())
    own = plot.getPlotItem().sceneBoundingRect()
    fit = min(800 / own.width(), 500 / own.height())  # fitted, proportions kept
    assert image.width() == round(own.width() * fit * scale)
    assert image.height() == round(own.height() * fit * scale)
    assert max(image.width() / scale, image.height() / scale) >= 499
    double = plot_image(plot, QSize(800, 500), scale=2.0)
    assert double.width() == round(own.width() * fit * 2)
    assert double.dotsPerMeterX() == 2 * 3780  # shown at the chosen size at 96 dpi
    assert answer.suggested[0].name.endswith(" - Shares.png")


def test_chart_context_menu_exports_and_copies(window: MainWindow, tmp_path: Path,
                                               answer: Answers) -> None:
    window.charts.setCurrentIndex(CONTRIBUTIONS)
    chart = window.charts.contributions_chart
    menu = chart.export_menu
    plot = chart.plot
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(20, 20),
                              plot.mapToGlobal(QPoint(20, 20)))
    QApplication.sendEvent(plot.viewport(), event)
    assert menu.menu.isVisible()
    menu.menu.close()
    answer.append(tmp_path / "contributions.svg")
    menu.svg_action.trigger()
    assert ET.parse(tmp_path / "contributions.svg").getroot().tag.endswith("svg")
    menu.copy_action.trigger()
    assert not QGuiApplication.clipboard().image().isNull()


def test_ctrl_c_copies_the_selected_cells_tab_separated(window: MainWindow, qtbot: Any) -> None:
    view = window.table.view
    window.table.select_code("CHN")
    selection = view.selectionModel()
    rus = window.table.model.index(window.table.model.row_of("RUS"), pm.NAME)
    selection.select(rus, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 2
    cells = [line.split("\t") for line in lines]
    assert {cells[0][0], cells[1][0]} == {"China", "Russian Federation"}
    china = next(c for c in cells if c[0] == "China")
    row = window.table.model.row_of("CHN")
    assert china[pm.SCEN_SHARE] == window.table.model.index(row, pm.SCEN_SHARE).data()
    assert china[pm.LOCK] == "no"
    # the index table: every row
    table = window.index_panel.table
    table.selectAll()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    rows = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
    assert len(rows) == table.rowCount()
    assert rows[0][1:] == list(window.index_panel.texts("hhi"))
    # the memberships under the vector bars
    window.charts.setCurrentIndex(VECTORS)
    memberships = window.charts.membership_table
    assert memberships is not None
    memberships.selectRow(0)
    memberships.setFocus()
    qtbot.keyClick(memberships, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    first = QGuiApplication.clipboard().text().rstrip("\n").split("\t")
    assert len(first) == 4
    assert first[1].endswith("%")


@pytest.mark.parametrize(("errno_code", "words"), [
    (errno.EACCES, "you may not write in"),
    (errno.ENOSPC, "the disk is full"),
])
def test_export_problems_name_the_file_and_leave_nothing(
    window: MainWindow, tmp_path: Path, answer: Answers, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch, errno_code: int, words: str,
) -> None:
    drag(window, "CHN", [30.0])
    scenario, steps = window.document.scenario, window.document.undo_stack.count()

    def refuse(*_args: object) -> None:
        raise OSError(errno_code, os.strerror(errno_code))

    monkeypatch.setattr("models.atomic_write.os.replace", refuse)
    target = tmp_path / "essay data.csv"
    answer.append(target)
    assert window.exporter.export_csv() is None
    (title, text), = dialogs.warnings
    assert title == "Cannot export"
    assert str(target) in text
    assert words in text
    assert ".tmp" not in text
    assert list(tmp_path.iterdir()) == []
    assert window.document.scenario == scenario
    assert window.document.undo_stack.count() == steps


def test_export_into_a_folder_that_is_gone(window: MainWindow, tmp_path: Path,
                                           answer: Answers, dialogs: Dialogs) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    gone.rmdir()
    answer.extend([gone / "report.pdf", None])
    window.export_pdf_action.trigger()
    (_, text), = dialogs.warnings
    assert str(gone / "report.pdf") in text
    assert "does not exist" in text
    window.export_html_action.trigger()  # cancelled at the prompt: nothing, no message
    assert len(dialogs.warnings) == 1


def test_print_prints_the_report(window: MainWindow, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "printed.pdf"

    def printer(_self: Exporter) -> QPrinter:
        out = QPrinter(QPrinter.PrinterMode.HighResolution)
        out.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        out.setOutputFileName(str(target))
        return out

    monkeypatch.setattr(Exporter, "ask_printer", printer)
    assert window.print_action.shortcut().matches(QKeySequence_print()) is not None
    window.print_action.trigger()
    assert "Herfindahl" in pdf_text(target)


def QKeySequence_print() -> Any:  # noqa: N802
    from PySide6.QtGui import QKeySequence

    return QKeySequence(QKeySequence.StandardKey.Print)


def test_preferences_choose_folder_size_and_indices(window: MainWindow, tmp_path: Path,
                                                    answer: Answers) -> None:
    prefs = Preferences()
    assert prefs.export_size == QSize(1200, 750)
    assert prefs.indices_shown is None
    folder = tmp_path / "essays"
    folder.mkdir()
    prefs.export_folder = folder
    prefs.indices_shown = ("hhi", "cr3")
    window._on_document_changed()  # as after the options dialog
    assert window.index_panel.table.keys == ("hhi", "cr3")
    answer.append(tmp_path / "few.csv")
    window.export_csv_action.trigger()
    assert answer.suggested[0].parent == folder
    _, _, indices = read_csv(tmp_path / "few.csv")
    assert set(indices) == {"hhi", "hhi_points", "cr3"}
    prefs.indices_shown = None
    window._on_document_changed()
    assert len(window.index_panel.table.keys) > 10


def test_edit_words_are_the_same_in_the_window_and_the_exports() -> None:
    names = {"CHN": "China", "RUS": "Russia"}

    def name_of(code: str) -> str:
        return names.get(code, code)

    edits = [SetShare("CHN", 0.3), SetShare("CHN", 0.3, "equal"),
             SetShare("CHN", 0.3, "from_partner", "RUS"), SetLock(("CHN", "RUS"), False),
             SetLock(tuple(f"X{i}" for i in range(12))), ScaleValue("RUS", 12.5),
             CostShock((("RUS", 0.3), ("CHN", -0.1)), sigma=4.0, demand_elasticity=1.5),
             Growth((("CHN", 0.05),), years=5, default_rate=0.01)]
    for edit in edits:
        assert window_words(edit, name_of) == model_words(edit, name_of)


def test_command_line_writes_the_pdf_through_qt(tmp_path: Path) -> None:
    target = tmp_path / "cli.pdf"
    done = subprocess.run([sys.executable, "-m", "models", "report", str(PRESET), "-o",
                           str(target)], capture_output=True, text=True, timeout=300,
                          check=False, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    text = pdf_text(target)
    assert "China takes up the slack" in text
    assert "Bureau of National Statistics" in text
    assert "HHI" in text
