"""Saving a scenario: symlinks and permissions kept, long names, and every failure clean.

A failed save raises :class:`models.atomic_write.SaveError` naming the user's path (never
the temporary file), leaves the file that was there untouched and nothing else behind.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from models import atomic_write, scenario_files
from models.atomic_write import SaveError
from models.scenario import Scenario, SetShare

OLD = Scenario("KAZ", 2021, "exports", title="Old")
NEW = Scenario("KAZ", 2022, "imports", edits=(SetShare("CHN", 0.3),), title="New")

needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX symlinks and modes")
not_root = pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root writes whatever the permission bits say, so chmod does not bind",
)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def _assert_clean_failure(error: SaveError, user_path: Path, folder: Path,
                          before: list[str]) -> None:
    text = str(error)
    assert str(user_path) in text
    assert ".tmp" not in text
    assert error.filename == str(user_path)
    assert _files(folder) == before  # nothing half-written left behind


# -- what a save keeps ------------------------------------------------------------------------


@needs_posix
def test_a_symlink_stays_a_symlink_and_its_target_gets_the_scenario(tmp_path: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    target = real_folder / "scenario.json"
    scenario_files.save(OLD, target)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    scenario_files.save(NEW, link)
    assert link.is_symlink()
    assert os.readlink(link) == str(target)
    assert scenario_files.load(target) == NEW
    assert _files(real_folder) == ["scenario.json"]
    assert _files(tmp_path) == ["link.json", "real"]


@needs_posix
def test_a_chain_of_symlinks_is_written_through_to_the_end(tmp_path: Path) -> None:
    target = tmp_path / "target.json"
    scenario_files.save(OLD, target)
    middle = tmp_path / "middle.json"
    middle.symlink_to(target.name)  # relative
    first = tmp_path / "first.json"
    first.symlink_to(middle)
    scenario_files.save(NEW, first)
    assert first.is_symlink()
    assert middle.is_symlink()
    assert scenario_files.load(target) == NEW


@needs_posix
def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(tmp_path / "later.json")
    scenario_files.save(NEW, link)
    assert link.is_symlink()
    assert scenario_files.load(tmp_path / "later.json") == NEW


@needs_posix
def test_the_temporary_file_is_made_next_to_the_real_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    target = elsewhere / "scenario.json"
    scenario_files.save(OLD, target)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    folders: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def recording_mkstemp(*args: Any, **kwargs: Any) -> Any:
        folders.append(str(kwargs["dir"]))
        return real_mkstemp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", recording_mkstemp)
    scenario_files.save(NEW, link)
    assert folders == [os.path.realpath(elsewhere)]


@needs_posix
@pytest.mark.parametrize("mode", [0o640, 0o604, 0o660, 0o755])
def test_the_file_keeps_its_permission_bits(tmp_path: Path, mode: int) -> None:
    path = tmp_path / "shared.json"
    scenario_files.save(OLD, path)
    path.chmod(mode)
    scenario_files.save(NEW, path)
    assert stat.S_IMODE(path.stat().st_mode) == mode
    assert scenario_files.load(path) == NEW


@needs_posix
def test_a_symlinks_target_keeps_its_permission_bits(tmp_path: Path) -> None:
    target = tmp_path / "target.json"
    scenario_files.save(OLD, target)
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    scenario_files.save(NEW, link)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


@needs_posix
def test_a_new_file_gets_the_usual_mode_for_the_umask(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        scenario_files.save(NEW, tmp_path / "new.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o640


def test_the_old_content_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text("x" * 100_000)  # longer than the new content: nothing of it may remain
    scenario_files.save(NEW, path)
    assert scenario_files.load(path) == NEW


@pytest.mark.parametrize(
    "stem",
    ["a" * 250, "é" * 125, "партнёры-" * 13 + "x" * 16],
    ids=["ascii-255-bytes", "two-byte-255-bytes", "mixed"],
)
def test_names_at_the_file_systems_limit_still_save(tmp_path: Path, stem: str) -> None:
    name = stem + ".json"
    limit = os.pathconf(tmp_path, "PC_NAME_MAX") if hasattr(os, "pathconf") else 255
    if len(os.fsencode(name)) > limit:
        name = os.fsdecode(os.fsencode(name)[: limit - 5]).rstrip("\udcff") + ".json"
    assert len(os.fsencode(name)) > limit - 20
    path = tmp_path / name
    scenario_files.save(OLD, path)
    scenario_files.save(NEW, path)
    assert scenario_files.load(path) == NEW
    assert _files(tmp_path) == [name]


def test_a_name_beyond_the_limit_fails_with_the_users_path(tmp_path: Path) -> None:
    path = tmp_path / ("b" * 300 + ".json")
    with pytest.raises(SaveError) as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, [])
    assert "too long" in str(caught.value)


# -- what a failed save leaves: the old file, nothing else ------------------------------------


class _FullDisk:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, handle: Any):
        self._handle = handle

    def write(self, _data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def test_disk_full_on_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.json"
    scenario_files.save(OLD, path)
    before = path.read_bytes()
    real_fdopen = os.fdopen
    monkeypatch.setattr(atomic_write.os, "fdopen",
                        lambda *a, **k: _FullDisk(real_fdopen(*a, **k)))
    with pytest.raises(SaveError) as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, ["mine.json"])
    assert caught.value.errno == errno.ENOSPC
    assert "the disk is full" in str(caught.value)
    assert path.read_bytes() == before


def test_disk_full_on_fsync_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.json"
    scenario_files.save(OLD, path)
    before = path.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_write.os, "fsync", full)
    with pytest.raises(OSError, match="disk is full") as caught:
        scenario_files.save(NEW, path)
    assert isinstance(caught.value, SaveError)
    _assert_clean_failure(caught.value, path, tmp_path, ["mine.json"])
    assert path.read_bytes() == before


def test_a_failed_rename_names_the_users_path_not_the_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.json"
    scenario_files.save(OLD, path)

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO), src, None, dst)

    monkeypatch.setattr(atomic_write.os, "replace", broken_replace)
    with pytest.raises(SaveError) as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, ["mine.json"])
    assert scenario_files.load(path) == OLD


def test_a_folder_that_is_gone_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "usb stick"
    path = folder / "mine.json"
    with pytest.raises(SaveError) as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, [])
    assert caught.value.errno == errno.ENOENT
    assert f"the folder {folder} does not exist" in str(caught.value)


def test_permission_denied_when_the_temporary_cannot_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same path as a read-only folder, also where root (and so chmod) cannot show it.
    path = tmp_path / "mine.json"

    def refused(*_args: Any, prefix: str, suffix: str, dir: Path) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied", f"{dir}/{prefix}x{suffix}")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(SaveError) as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, [])
    assert "permission denied" in str(caught.value)


@needs_posix
@not_root
def test_permission_denied_in_a_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "mine.json"
    scenario_files.save(OLD, path)
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError) as caught:
            scenario_files.save(NEW, path)
        _assert_clean_failure(caught.value, path, folder, ["mine.json"])
        assert f"the folder {folder} cannot be written" in str(caught.value)
        assert scenario_files.load(path) == OLD
    finally:
        folder.chmod(0o755)


@needs_posix
@not_root
def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    scenario_files.save(OLD, path)
    path.chmod(0o444)
    with pytest.raises(SaveError, match="read-only") as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, ["mine.json"])
    assert scenario_files.load(path) == OLD


def test_a_folder_in_the_files_place_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.mkdir()
    with pytest.raises(SaveError, match="not a regular file") as caught:
        scenario_files.save(NEW, path)
    _assert_clean_failure(caught.value, path, tmp_path, ["mine.json"])


def test_an_interrupt_during_the_write_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mine.json"

    def interrupted(_fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic_write.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        scenario_files.save(NEW, path)
    assert _files(tmp_path) == []
