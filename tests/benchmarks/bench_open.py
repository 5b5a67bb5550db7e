"""Opening scenario files in the window: a 3,000-edit file against a one-edit file.

Run: ``QT_QPA_PLATFORM=offscreen python -m tests.benchmarks bench_open``.

Both files are opened through the window's real File > Open path (read, check, build the
workbench state, update every widget and the Scenario panel) on the same window, best of
interleaved rounds. The long file is the one of issue 8: its first edit names a partner the
data lack, then 2,999 share edits follow; before the one linear replay it took 392 s (each
edit replayed its whole prefix). Reported as a ratio to the one-edit file: the replay
costs one step per edit, so the ratio grows with the edits, not with their square.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from models import scenario_files
from models.scenario import Scenario, SetShare
from tests.benchmarks._timing import best_times

ROUNDS = 7


def main() -> None:
    """Print the time to open each file and the ratio."""
    from desktop.__main__ import build_window

    app = QApplication.instance() or QApplication([])
    window = build_window()
    window.show()
    start: Scenario = window.document.scenario.without_edits()
    long = start.with_edit(SetShare("XXX", 0.1))
    for i in range(2999):
        long = long.with_edit(SetShare("CHN", 0.1 + i * 1e-4))
    short = start.with_edit(SetShare("CHN", 0.3))
    folder = Path(tempfile.mkdtemp())
    paths = {"one edit": folder / "one.json", "3,000 edits": folder / "long.json"}
    scenario_files.save(short, paths["one edit"])
    scenario_files.save(long, paths["3,000 edits"])

    def opener(path: Path) -> object:
        def run() -> None:
            window.document.undo_stack.setClean()
            assert window.files.open_file(path)
            app.processEvents()

        return run

    best = best_times({name: opener(path) for name, path in paths.items()}, ROUNDS)
    one, long_time = best["one edit"], best["3,000 edits"]
    print("bench_open: File > Open in the window, best of", ROUNDS, "interleaved rounds")
    print(f"  one-edit file     {1000 * one:8.1f} ms")
    print(f"  3,000-edit file   {1000 * long_time:8.1f} ms   ratio {long_time / one:.1f}")
    window.document.undo_stack.setClean()
    window.close()


if __name__ == "__main__":
    main()
