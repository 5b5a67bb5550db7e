"""The ``report`` command of :mod:`models.cli`: a scenario as CSV, HTML or PDF for an essay.

``python -m models report SCENARIO.json -o OUT.csv|OUT.html|OUT.pdf``. The CSV
(:mod:`models.export_csv`) and the HTML (:mod:`models.report`, charts as inline SVG) are
written here, without Qt. A PDF needs Qt's PDF writer, which lives in the desktop app: it
is made by ``python -m desktop.report`` in a child process where the desktop app and Qt
are installed (the model layer imports neither), and refused with a clear message where
they are not.
Every file is written whole or not at all (:func:`models.export_files.write_atomically`).
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from models._cli_args import UsageError
from models._cli_scenarios import data_catalog
from models.export_csv import csv_bytes
from models.export_files import ExportError, write_atomically
from models.report import html_report
from models.report_data import INDEX_KEYS, report_data
from models.scenario_files import load as load_scenario
from models.workbench import Workbench

__all__ = ["FORMATS", "add_report_parser", "cmd_report", "qt_available"]

FORMATS = {".csv": "csv", ".html": "html", ".htm": "html", ".pdf": "pdf"}
PDF_TIMEOUT = 300  # seconds for the child process that writes a PDF


def add_report_parser(sub: Any) -> None:
    """Add the ``report`` command to the subcommands `sub` of the command line."""
    p = sub.add_parser(
        "report",
        help="a scenario as CSV, HTML or PDF for an essay (PDF needs the desktop app)",
    )
    p.add_argument("scenario", help="a scenario file (.json)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the file to write: .csv (a spreadsheet), .html or .pdf (the report)")
    p.add_argument("--indices", metavar="KEYS",
                   help="comma-separated index keys to list (default: all), e.g. hhi,cr3")
    p.set_defaults(handler=cmd_report, subparser=p)


def qt_available() -> bool:
    """Return whether the desktop app, which holds Qt's PDF writer, is installed here.

    Whether Qt itself is there is found out by the child process (this layer never
    imports Qt, nor looks for it by name); a child that cannot import it says so.
    """
    try:
        return importlib.util.find_spec("desktop") is not None
    except (ImportError, ValueError):  # blocked or broken installs count as missing
        return False


def _no_qt(target: Path) -> ValueError:
    return ValueError(
        f"{target.name}: a PDF is written by Qt's PDF writer, and Qt for Python (the "
        "desktop app's toolkit) is not installed here. Write the report as .html (and print "
        "it to PDF from a browser) or install the app's requirements (requirements.lock)"
    )


def _index_keys(text: str | None) -> tuple[str, ...] | None:
    if text is None:
        return None
    keys = tuple(k.strip() for k in text.split(",") if k.strip())
    unknown = [k for k in keys if k not in INDEX_KEYS]
    if unknown or not keys:
        raise UsageError(f"argument --indices: unknown index {', '.join(unknown) or '(none)'}; "
                         f"choose from {', '.join(INDEX_KEYS)}")
    return keys


def cmd_report(args: argparse.Namespace, out: io.StringIO) -> None:
    """Write the report (or CSV) of a scenario file to ``args.output``; say so on ``out``."""
    target = Path(args.output)
    kind = FORMATS.get(target.suffix.lower())
    if kind is None:
        raise UsageError(f"argument -o/--output: {target.name} must end in .csv, .html or .pdf")
    keys = _index_keys(args.indices)
    name = Path(args.scenario).name
    scenario = load_scenario(args.scenario)
    if kind == "pdf":
        _pdf_in_child(args.scenario, target, keys)
        out.write(f"wrote {target}\n")
        return
    try:
        state = Workbench(data_catalog()).build(scenario)
    except ValueError as exc:  # the data do not hold the scenario's baseline
        raise ValueError(f"{name}: {exc}") from None
    data = report_data(state, index_keys=keys)
    payload = csv_bytes(data) if kind == "csv" else html_report(data).encode("utf-8")
    try:
        write_atomically(target, payload)
    except ExportError as exc:
        raise ValueError(str(exc)) from None
    out.write(f"wrote {target}\n")


def _pdf_in_child(scenario: str, target: Path, keys: tuple[str, ...] | None) -> None:
    if not qt_available():
        raise _no_qt(target)
    command = [sys.executable, "-m", "desktop.report", scenario, "-o", str(target)]
    if keys is not None:
        command += ["--indices", ",".join(keys)]
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: none is ever shown
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True,
                              timeout=PDF_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise ValueError(f"{target.name}: the PDF writer did not finish ({exc})") from None
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        if lines and lines[-1].startswith("ModuleNotFoundError"):  # no Qt in this Python
            raise _no_qt(target)
        raise ValueError(lines[-1] if lines else
                         f"{target.name}: the PDF writer failed (exit status {done.returncode})")
