"""The report as PDF (Qt's own writer), as HTML with its charts, and on paper.

The report's text is :func:`models.report.html_report`, the same as the command line's
HTML; here its charts are drawn by the window's chart widgets
(:func:`desktop.chart_render.report_chart_images`) and it is laid out on A4 pages by
:class:`QTextDocument` for the PDF writer (:func:`pdf_bytes`) or a printer
(:func:`print_report`). The HTML the window writes holds its charts as PNG ``data:`` URIs,
so it is one file.

``python -m desktop.report SCENARIO.json -o OUT.pdf`` writes the PDF without a window;
``python -m models report ... -o OUT.pdf`` runs it (the model layer does not import Qt).
"""

from __future__ import annotations

import argparse
import base64
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import (
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from desktop.chart_render import png_bytes, report_chart_images, titled_image
from models import __version__
from models.edits import Edit
from models.report import CHARTS, chart_texts, html_report
from models.report_data import ReportData
from models.workbench import WorkbenchState

__all__ = ["edit_lines", "html_bytes", "main", "pdf_bytes", "print_report", "text_document"]

PROG = "multivector-report"
_RESOLUTION = 300  # dpi of the PDF's page coordinates (text and charts stay vector/2x)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Report", text)


class Report:
    """The context of this module's texts in the translations (lupdate reads ``Report.tr``)."""

    tr = staticmethod(_tr)


def edit_lines(state: WorkbenchState, describe: Callable[[Edit], str]) -> list[str]:
    """Return the scenario's edits as the window words them, numbered, with their status."""
    lines = []
    for status in state.edits:
        text = f"{status.position}. {describe(status.edit)}"
        if status.status == "off":
            text += Report.tr(" (switched off)")
        elif status.status == "skipped":
            text += Report.tr(" (not applied: {reason})").format(reason=status.reason)
        lines.append(text)
    return lines


def html_bytes(data: ReportData, images: Mapping[str, QImage] | None = None) -> bytes:
    """Return the report as one HTML file (UTF-8), its charts as PNG ``data:`` URIs."""
    images = report_chart_images(data) if images is None else images
    sources = {name: "data:image/png;base64," + base64.b64encode(png_bytes(images[name]))
               .decode("ascii") for name in CHARTS if name in images}
    return html_report(data, chart_images=sources, translate=_tr).encode("utf-8")


def text_document(data: ReportData, images: Mapping[str, QImage] | None = None
                  ) -> QTextDocument:
    """Return the report laid out for pages: its text with the charts as resources."""
    images = report_chart_images(data) if images is None else images
    document = QTextDocument()
    sources = {}
    texts = chart_texts(data, _tr)
    for name in CHARTS:
        if name in images:
            url = f"chart-{name}.png"
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url),
                                 titled_image(images[name], *texts[name]))
            sources[name] = url
    document.setDocumentMargin(0)  # the page layout has the margins
    document.setHtml(html_report(data, chart_images=sources, chart_width=560, for_print=True,
                                 translate=_tr))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle,
                                data.title or Report.tr("Untitled scenario"))
    return document


def _set_up_pages(device: QPagedPaintDevice, document: QTextDocument) -> None:
    """A4 with the margins here; the text laid out on the page's printable area.

    A document with a page size is printed as it is laid out (scaled to the page);
    without one, Qt would add margins of its own (2 cm) inside the page's.
    """
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                         QMarginsF(16, 14, 16, 14), QPageLayout.Unit.Millimeter)
    device.setPageLayout(layout)
    area = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(area.width() * 96 / 72, area.height() * 96 / 72))


def pdf_bytes(data: ReportData, images: Mapping[str, QImage] | None = None) -> bytes:
    """Return the report as a PDF (A4) made by Qt's PDF writer."""
    document = text_document(data, images)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setTitle(data.title or Report.tr("Untitled scenario"))
    writer.setCreator(f"Multivector {__version__}")
    _set_up_pages(writer, document)
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    result: QByteArray = buffer.data()
    return bytes(result.data())


def print_report(data: ReportData, printer: QPagedPaintDevice,
                 images: Mapping[str, QImage] | None = None) -> None:
    """Print the report on `printer` (a QPrinter the print dialog set up)."""
    document = text_document(data, images)
    _set_up_pages(printer, document)
    document.print_(printer)


# -- python -m desktop.report -------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Write a scenario file's report as PDF; return the exit status (1: a problem)."""
    parser = argparse.ArgumentParser(prog=PROG, description=(
        "Write a scenario's report as PDF with Qt's PDF writer (no window is shown)."))
    parser.add_argument("scenario", help="a scenario file (.json)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf")
    parser.add_argument("--indices", metavar="KEYS", help="comma-separated index keys")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Multivector")
    try:
        _write_pdf(Path(args.scenario), Path(args.output), args.indices)
    except (ValueError, OSError) as exc:  # bad file, missing data, export problems
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    return 0


def _write_pdf(scenario_path: Path, target: Path, indices: str | None) -> None:
    from models.datasets import DataError, load_catalog
    from models.export_files import write_atomically
    from models.report_data import report_data
    from models.resources import asset_path, data_problem_text
    from models.scenario_files import load
    from models.workbench import Workbench

    if target.suffix.lower() != ".pdf":
        raise ValueError(f"{target.name} must end in .pdf")
    scenario = load(scenario_path)
    try:
        catalog = load_catalog(asset_path("data"))
    except (DataError, OSError) as exc:
        raise ValueError(data_problem_text(exc)) from None
    try:
        state = Workbench(catalog).build(scenario)
    except ValueError as exc:
        raise ValueError(f"{scenario_path.name}: {exc}") from None
    keys = None if indices is None else [k.strip() for k in indices.split(",") if k.strip()]
    write_atomically(target, pdf_bytes(report_data(state, index_keys=keys)))


if __name__ == "__main__":
    sys.exit(main())
