"""Nothing lost: autosave, recovery at start, recent files, and save errors, through the window.

The autosaver writes a moment after the last change (50 ms here instead of 3 s) into the
test's folder; the tests wait for its ``saved`` signal or its timer, never sleep. Only the
name prompt of Save As and the message boxes are replaced (``dialogs`` fixture); the
restore prompt is :meth:`desktop.recovery.Recovery.ask`, replaced or clicked.
"""

from __future__ import annotations

import errno
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.__main__ import start
from desktop.autosave import Autosaver, FoundAutosave, autosave_folder
from desktop.main_window import MainWindow
from desktop.recovery import Recovery
from desktop.settings import RECENT_MAX, Preferences
from models import autosave_files, scenario_files
from models.autosave_files import AutosaveRecord
from models.scenario import Scenario, SetShare

from .conftest import Dialogs
from .test_main_window import drag

DEAD = "999999999-deadbeef"  # an app id no process holds the lock of


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "autosave"


def _autosaved(window: MainWindow, folder: Path, delay_ms: int = 50) -> Autosaver:
    autosaver = Autosaver(window, folder=folder, delay_ms=delay_ms)
    window.set_autosaver(autosaver)
    return autosaver


def _path(autosaver: Autosaver, window: MainWindow) -> Path:
    path = autosaver.path_of(window.document)
    assert path is not None
    return path


def _edit_and_wait(qtbot: Any, window: MainWindow, autosaver: Autosaver,
                   percent: float = 30.0) -> Path:
    with qtbot.waitSignal(autosaver.saved, timeout=5000) as saved:
        drag(window, "CHN", [percent - 5.0, percent])
    path: Path = saved.args[0]
    assert path == _path(autosaver, window)
    return path


# -- autosave ------------------------------------------------------------------------------------


def test_unsaved_changes_are_autosaved_a_moment_after_the_last_change(
    qtbot: Any, window: MainWindow, folder: Path
) -> None:
    autosaver = _autosaved(window, folder)
    path = _path(autosaver, window)
    assert not path.exists()  # nothing to keep yet
    drag(window, "CHN", [30.0])
    assert not path.exists()  # not at once: a moment after the last change
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        drag(window, "RUS", [10.0])
    record = autosave_files.read(path)
    assert record.scenario == window.document.scenario
    assert record.title == "Untitled scenario"
    assert record.file is None
    assert record.instance == autosaver.instance
    assert abs((datetime.now(UTC) - record.saved_at).total_seconds()) < 60
    assert path.parent == folder
    assert path.name.startswith(f"{os.getpid()}-")


def test_each_change_restarts_the_wait(qtbot: Any, window: MainWindow, folder: Path) -> None:
    autosaver = _autosaved(window, folder, delay_ms=3000)
    drag(window, "CHN", [30.0])
    timer = autosaver.timer_of(window.document)
    assert timer is not None
    assert timer.isActive()
    assert timer.isSingleShot()
    assert timer.interval() == 3000
    assert timer.remainingTime() > 2000  # (a coarse timer may run up to 5 % over)
    timer.start(100)  # as if time passed; the next change starts the wait again
    drag(window, "CHN", [31.0])
    assert timer.remainingTime() > 2000


def test_never_written_during_a_drag(qtbot: Any, window: MainWindow, folder: Path) -> None:
    autosaver = _autosaved(window, folder)
    path = _path(autosaver, window)
    window.table.select_code("CHN")
    slider = window.share_editor.slider
    slider.setSliderDown(True)
    slider.setValue(3000)
    assert window.document.editing.live
    timer = autosaver.timer_of(window.document)
    assert timer is not None
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        pass
    assert not path.exists()  # the time came during the drag: held back
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        slider.setSliderDown(False)
    assert autosave_files.read(path).scenario == window.document.scenario


def test_save_removes_the_autosave_and_its_file_is_named_next_time(
    qtbot: Any, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    autosaver = _autosaved(window, folder)
    path = _edit_and_wait(qtbot, window, autosaver)
    target = tmp_path / "china.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    window.save_action.trigger()
    assert not path.exists()
    assert scenario_files.load(target) == window.document.scenario
    _edit_and_wait(qtbot, window, autosaver, 40.0)
    record = autosave_files.read(path)
    assert record.file == target
    assert record.title == "china.json"


def test_undoing_back_to_the_saved_state_removes_the_autosave(
    qtbot: Any, window: MainWindow, folder: Path
) -> None:
    autosaver = _autosaved(window, folder)
    path = _edit_and_wait(qtbot, window, autosaver)
    window.undo_action.trigger()
    assert window.document.undo_stack.isClean()
    assert not path.exists()


def test_closing_a_scenario_with_discard_removes_its_autosave(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs
) -> None:
    autosaver = _autosaved(window, folder)
    first = _edit_and_wait(qtbot, window, autosaver)
    window.new_action.trigger()  # a second scenario beside the first
    assert len(window.workspace.documents) == 2
    second = _edit_and_wait(qtbot, window, autosaver, 20.0)
    assert first != second
    assert first.exists()
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close_action.trigger()
    assert not second.exists()
    assert first.exists()


def test_a_normal_close_removes_every_autosave(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs
) -> None:
    autosaver = _autosaved(window, folder)
    path = _edit_and_wait(qtbot, window, autosaver)
    dialogs.answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert path.exists()  # cancelled: still open, still kept
    dialogs.answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not path.exists()
    autosaver.shutdown()
    assert list(folder.iterdir()) == []  # the app's lock is gone with it


def test_two_running_copies_never_touch_each_others_autosaves(
    qtbot: Any, make_window: Any, folder: Path
) -> None:
    one, two = make_window(), make_window()
    first, second = _autosaved(one, folder), _autosaved(two, folder)
    assert first.instance != second.instance
    path_one = _edit_and_wait(qtbot, one, first, 30.0)
    path_two = _edit_and_wait(qtbot, two, second, 20.0)
    assert path_one != path_two
    assert autosave_files.read(path_one).scenario == one.document.scenario
    assert autosave_files.read(path_two).scenario == two.document.scenario
    assert second.orphans() == []  # the first is running: its autosave is not offered
    first.shutdown()  # as if it had quit without closing its window (or crashed)
    assert [f.path for f in second.orphans()] == [path_one]
    second.release_orphans()


# -- autosave problems: said once, the document untouched ---------------------------------------


def _problem(qtbot: Any, window: MainWindow, autosaver: Autosaver, dialogs: Dialogs) -> str:
    before = window.document.scenario
    with qtbot.waitSignal(autosaver.problem, timeout=5000) as problem:
        drag(window, "CHN", [30.0])
    assert window.document.scenario != before  # the edit stands
    assert not window.document.undo_stack.isClean()
    message: str = problem.args[0]
    assert window.statusBar().currentMessage() == message
    return message


def test_a_folder_that_cannot_be_made_is_named_once(
    qtbot: Any, window: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    folder = blocker / "autosave"
    autosaver = _autosaved(window, folder)
    message = _problem(qtbot, window, autosaver, dialogs)
    assert str(folder) in message
    assert "File > Save" in message
    assert dialogs.warnings == [("Autosave failed", message)]
    timer = autosaver.timer_of(window.document)
    assert timer is not None
    with qtbot.waitSignal(timer.timeout, timeout=5000):
        drag(window, "CHN", [35.0])  # fails again: not said again
    assert len(dialogs.warnings) == 1


def test_disk_full_is_said_with_the_folder_and_nothing_is_left_behind(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    autosaver = _autosaved(window, folder)
    real_fdopen = os.fdopen

    class Full:
        def __init__(self, *args: Any, **kwargs: Any):
            self._handle = real_fdopen(*args, **kwargs)

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __enter__(self) -> Full:
            return self

        def __exit__(self, *exc: object) -> None:
            self._handle.close()

    monkeypatch.setattr("models.atomic_write.os.fdopen", Full)
    message = _problem(qtbot, window, autosaver, dialogs)
    assert "the disk is full" in message
    assert str(folder) in message
    assert [p.suffix for p in folder.iterdir()] == [".lock"]  # no half-written file
    monkeypatch.undo()  # space again: the next autosave goes through, and says nothing
    with qtbot.waitSignal(autosaver.saved, timeout=5000):
        drag(window, "CHN", [33.0])
    assert len(dialogs.warnings) == 1


def test_permission_denied_is_said_once(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    autosaver = _autosaved(window, folder)

    def refused(*_args: Any, **_kwargs: Any) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(folder / ".x.tmp"))

    monkeypatch.setattr("models.autosave_files.write_atomically", refused)
    message = _problem(qtbot, window, autosaver, dialogs)
    assert "permission denied" in message
    assert ".tmp" not in message
    assert len(dialogs.warnings) == 1


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes in a read-only folder: chmod does not bind")
def test_a_read_only_folder_is_said_once(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs
) -> None:
    autosaver = _autosaved(window, folder)
    folder.chmod(0o500)
    try:
        message = _problem(qtbot, window, autosaver, dialogs)
    finally:
        folder.chmod(0o700)
    assert "permission denied" in message
    assert len(dialogs.warnings) == 1


def test_a_folder_removed_while_running_is_made_again(
    qtbot: Any, window: MainWindow, folder: Path, dialogs: Dialogs
) -> None:
    autosaver = _autosaved(window, folder)
    shutil.rmtree(folder)
    path = _edit_and_wait(qtbot, window, autosaver)
    assert path.exists()
    assert (folder / f"{autosaver.instance}.lock").exists()  # still marked as running
    assert dialogs.warnings == []


# -- recovery at start ---------------------------------------------------------------------------


def _orphan(scenario: Scenario, *, file: Path | None = None, title: str = "Untitled scenario",
            instance: str = DEAD, number: int = 1, minute: int = 30) -> Path:
    path = autosave_folder() / f"{instance}-{number}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    when = datetime(2025, 5, 1, 9, minute, tzinfo=UTC)
    autosave_files.write(AutosaveRecord(title, when, file, instance, scenario), path)
    return path


def _started(qtbot: Any, arguments: list[str] | None = None) -> MainWindow:
    window = start(arguments or ["multivector"])
    assert window is not None
    qtbot.addWidget(window, before_close_func=_all_clean)
    return window


def _all_clean(window: Any) -> None:
    for document in window.workspace.documents:
        document.undo_stack.setClean()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The restore prompt: what it was shown (each FoundAutosave); it answers 'restore'."""
    asked: list[Any] = []

    def ask(_recovery: Recovery, found: FoundAutosave) -> str:
        asked.append(found)
        return asked_answer[0]

    asked_answer = ["restore"]
    monkeypatch.setattr(Recovery, "ask", ask)
    asked.append(asked_answer)  # asked[0]: the answer to give, changeable by the test
    return asked


def test_restore_after_a_crash_opens_the_changes_unsaved(
    qtbot: Any, tmp_path: Path, answers: list[Any], catalog: Any
) -> None:
    saved = tmp_path / "china.json"
    scenario_files.save(Scenario("KAZ", 2022, "exports", title="On disk"), saved)
    changed = Scenario("KAZ", 2022, "exports", edits=(SetShare("CHN", 0.3),), title="Changed")
    orphan = _orphan(changed, file=saved, title="china.json")
    window = _started(qtbot)
    found = answers[1:]
    assert [f.record.title for f in found] == ["china.json"]
    assert window.document.scenario == changed
    assert window.document.file == saved
    assert window.isWindowModified()
    assert not orphan.exists()
    autosaver = window.autosaver
    assert autosaver is not None
    mine = autosave_files.read(_path(autosaver, window))  # kept anew, under this app's id
    assert mine.scenario == changed
    assert mine.file == saved
    assert not (autosave_folder() / f"{DEAD}.lock").exists()
    window.save_action.trigger()  # writes to the original file, no name asked
    assert scenario_files.load(saved) == changed
    assert not window.isWindowModified()
    assert not _path(autosaver, window).exists()


def test_discard_removes_it_and_later_keeps_it_for_the_next_start(
    qtbot: Any, answers: list[Any], catalog: Any
) -> None:
    kept = _orphan(Scenario("KAZ", 2021, "exports", title="Keep"), number=1)
    answers[0][0] = "later"
    first = _started(qtbot)
    assert kept.exists()
    assert not first.isWindowModified()
    assert len(answers) == 2
    _all_clean(first)
    first.close()
    answers[0][0] = "discard"
    _started(qtbot)
    assert len(answers) == 3  # offered again at the next start
    assert not kept.exists()


def test_several_autosaves_are_restored_side_by_side(
    qtbot: Any, answers: list[Any], catalog: Any
) -> None:
    one = Scenario("KAZ", 2022, "exports", edits=(SetShare("CHN", 0.3),), title="A one")
    two = Scenario("KAZ", 2021, "imports", edits=(SetShare("RUS", 0.2),), title="B two")
    _orphan(one, title="A one", minute=10)  # the older is offered first
    _orphan(two, instance="888888888-0123abcd", title="B two", minute=20)
    window = _started(qtbot)
    assert [f.record.title for f in answers[1:]] == ["A one", "B two"]
    documents = window.workspace.documents
    assert [d.scenario for d in documents] == [one, two]
    assert all(not d.undo_stack.isClean() for d in documents)
    autosaver = window.autosaver
    assert autosaver is not None
    assert sorted(autosave_folder().glob("*.json")) == sorted(
        autosaver.path_of(d) for d in documents)  # type: ignore[type-var]


def test_autosaves_of_a_running_copy_are_not_offered(
    qtbot: Any, window: MainWindow, answers: list[Any]
) -> None:
    running = _autosaved(window, autosave_folder())
    drag(window, "CHN", [30.0])
    assert running.save_now(window.document)
    _started(qtbot)
    assert len(answers) == 1  # nothing asked
    assert _path(running, window).exists()


def test_an_autosave_the_data_cannot_show_is_said_and_kept(
    qtbot: Any, answers: list[Any], dialogs: Dialogs
) -> None:
    orphan = _orphan(Scenario("KAZ", 1999, "exports", title="Old data"))
    window = _started(qtbot)
    assert [t for t, _ in dialogs.warnings] == ["Cannot restore the scenario"]
    assert orphan.exists()
    assert not window.isWindowModified()


def test_the_prompt_shows_title_and_time_and_its_buttons_answer(
    qtbot: Any, window: MainWindow, folder: Path
) -> None:
    autosaver = _autosaved(window, folder)
    record = AutosaveRecord("china.json", datetime(2025, 5, 1, 9, 30, tzinfo=UTC),
                            Path("/home/student/china.json"), DEAD, Scenario("KAZ", 2022))
    found = FoundAutosave(folder / f"{DEAD}-1.json", record)
    recovery = Recovery(window, autosaver)
    shown: list[str] = []

    def click(label: str) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, lambda: click(label))
            return
        shown.append(box.text() + "\n" + box.informativeText())
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()

    QTimer.singleShot(0, lambda: click("Restore"))
    assert recovery.ask(found) == "restore"
    QTimer.singleShot(0, lambda: click("Discard"))
    assert recovery.ask(found) == "discard"
    assert "\u201cchina.json\u201d" in shown[0]
    assert recovery.time_text(found) in shown[0]
    assert "2025" in recovery.time_text(found)
    assert "/home/student/china.json" in shown[0]


# -- recent files --------------------------------------------------------------------------------


def _recent(window: MainWindow) -> list[str]:
    window.recent_menu.aboutToShow.emit()
    return [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]


def test_open_recent_lists_files_most_recent_first_and_forgets_missing_ones(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _recent(window) == ["(no recent files)", "&Clear list"]
    paths = [tmp_path / f"s{i}.json" for i in range(RECENT_MAX + 2)]
    for path in paths:
        scenario_files.save(Scenario("KAZ", 2022, "exports", title=path.stem), path)
        assert window.files.open_file(path)
        window.document.undo_stack.setClean()
    names = _recent(window)
    assert names[:2] == ["&1 s11.json", "&2 s10.json"]
    assert names[RECENT_MAX - 1] == "1&0 s2.json"
    assert len(names) == RECENT_MAX + 1  # and Clear list
    paths[10].unlink()
    gone = next(a for a in window.recent_menu.actions() if a.text() == "&2 s10.json")
    gone.trigger()
    assert "s10.json" in window.statusBar().currentMessage()
    assert "removed" in window.statusBar().currentMessage()
    assert "&2 s9.json" in _recent(window)
    target = tmp_path / "saved & sound.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    window.save_as_action.trigger()
    assert _recent(window)[0] == "&1 saved && sound.json"
    opened = next(a for a in window.recent_menu.actions() if a.text() == "&3 s9.json")
    opened.trigger()
    assert window.document.file == paths[9]
    clear = window.recent_menu.actions()[-1]
    clear.trigger()
    assert _recent(window) == ["(no recent files)", "&Clear list"]
    assert Preferences().recent_files == []


def test_one_recent_file_reads_back_as_a_list(tmp_path: Path) -> None:
    preferences = Preferences()
    preferences.add_recent_file(tmp_path / "only.json")
    preferences.sync()
    assert Preferences().recent_files == [tmp_path / "only.json"]
    preferences.add_recent_file(tmp_path / "only.json")
    assert Preferences().recent_files == [tmp_path / "only.json"]


# -- a save that fails ---------------------------------------------------------------------------


def test_a_failed_save_names_the_users_file_and_keeps_the_scenario(
    qtbot: Any, window: MainWindow, tmp_path: Path, dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch
) -> None:
    drag(window, "CHN", [30.0])
    before = window.document.scenario
    target = tmp_path / "gone" / "china.json"
    monkeypatch.setattr(window.files, "ask_save_path", lambda: target)
    window.save_action.trigger()
    title, text = dialogs.warnings[-1]
    assert title == "Cannot save the scenario"
    assert str(target) in text
    assert f"the folder {target.parent} does not exist" in text
    assert ".tmp" not in text
    assert window.document.scenario == before
    assert window.isWindowModified()
    assert window.document.file is None
    assert not (tmp_path / "gone").exists()
