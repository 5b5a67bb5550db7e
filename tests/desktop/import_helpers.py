"""Importing through the real window: only the file-name prompt is replaced.

The test's user data folder is its own (``MULTIVECTOR_USER_DATA``), never the user's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.import_actions import ImportActions
from desktop.main_window import MainWindow
from models.user_data import USER_DATA_ENV

SAMPLES = Path(__file__).parents[1] / "models" / "import_samples"
# file -> (reporter, kind, years), as the command line's tests have them
EXPECTED = {
    "comtrade_uzb_2022.csv": ("UZB", "reported", (2022,)),
    "comtrade_monthly_mng_2023.csv": ("MNG", "reported", (2023,)),
    "comtrade_mirror_kaz_2022.csv": ("KAZ", "mirror", (2022,)),
    "comtrade_legacy_aze_2016.csv": ("AZE", "reported", (2016,)),
    "wits_mng_2019_2021.csv": ("MNG", "reported", (2019, 2020, 2021)),
    "template_kgz_2021_cp1251.csv": ("KGZ", "reported", (2021,)),
}


@pytest.fixture(autouse=True)
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "user data"
    monkeypatch.setenv(USER_DATA_ENV, str(folder))
    return folder


def prompt_for(monkeypatch: pytest.MonkeyPatch, path: Path | None) -> None:
    """Answer File > Import data's file prompt with ``path`` (None: the student cancels)."""
    monkeypatch.setattr(ImportActions, "ask_import_path", lambda _self: path)


def read_through_window(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                        path: Path) -> Any:
    """Choose File > Import data, read ``path``; return the summary dialog (None if failed)."""
    prompt_for(monkeypatch, path)
    actions = window.imports
    actions.import_action.trigger()
    qtbot.waitUntil(lambda: not actions.busy, timeout=10000)
    return actions.summary_dialog


def import_through_window(qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
                          path: Path) -> None:
    """Import ``path`` as the student does: File > Import data, read, then Import."""
    dialog = read_through_window(qtbot, window, monkeypatch, path)
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    actions = window.imports
    qtbot.waitUntil(lambda: not actions.busy and actions.app_data is not None
                    and any(s.source_file == path.name for s in actions.app_data.sets),
                    timeout=10000)


def choose(qtbot: Any, combo: Any, value: object) -> None:
    """Pick the item holding ``value`` in ``combo`` as a user does (emits ``activated``)."""
    index = combo.findData(value)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert index >= 0, f"{value!r} is not offered: {offered}"
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
