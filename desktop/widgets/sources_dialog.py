"""Where the numbers come from: the current table's provenance and every data file's.

Shows first what state the data in use are in (the caveats of the data badges: preliminary,
missing months, first published...), then their source, release, unit, address and
caveats, the official total beside the sum of the listed categories and what is unallocated
(or that this is unknown), below them the records of every data file (embedded or
imported), and last the data sets the student imported (:meth:`SourcesDialog.set_imported`).
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.caveat_text import badge_text, data_provenance
from desktop.i18n import Local
from desktop.model_strings import model_text
from models.data_status import data_status
from models.datasets import Provenance, TradeTable

__all__ = ["SourcesDialog"]


def _e(text: object) -> str:
    return html.escape(str(text))


class SourcesDialog(QDialog):
    """A read-only, selectable page of provenance records."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Data sources - Multivector"))
        self.setAccessibleName(self.tr("Data sources"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Sources and caveats"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._sources_html = ""
        self._imported_html = ""

    def _words(self) -> dict[str, str]:
        """Return the dialog's headings, translated (plain calls: lupdate reads no f-string)."""
        return {
            "The data in use": self.tr("The data in use"),
            "status": self.tr("status"),
            "Read with care": self.tr("Read with care"),
            "Every data file": self.tr("Every data file"),
            "Imported data sets": self.tr("Imported data sets"),
            "Caveats": self.tr("Caveats"),
            "No caveats recorded.": self.tr("No caveats recorded."),
        }

    def set_sources(self, table: TradeTable, listed_total: float,
                    provenances: Iterable[Provenance]) -> None:
        """Show ``table``'s status, provenance and totals, then every file's record."""
        words = self._words()
        unit = _e(model_text(table.provenance.unit))
        parts = [f"<h2>{_e(words['The data in use'])}</h2>",
                 f"<p><b>{_e(table.reporter_name)}</b>, {_e(table.year)}, "
                 f"{_e(model_text(table.flow))}"
                 f" &mdash; {_e(words['status'])}: {_e(model_text(table.status))}</p>"]
        status = data_status(table)
        badges = status.badges
        if badges:
            parts.append(f"<p><b>{_e(words['Read with care'])}:</b></p><ul>" + "".join(
                f"<li>{_e(badge_text(b, status))}</li>" for b in badges)
                + "</ul>")
        parts.append(self._record(table.provenance))
        rows = [(self.tr("Sum of the listed categories"), f"{Local(listed_total):,.1f} {unit}")]
        if table.official_total is not None:
            rows.append((self.tr("Official total"), f"{Local(table.official_total):,.1f} {unit}"))
        if table.unallocated is not None:
            rows.append((self.tr("Unallocated (official total minus the listed sum)"),
                         f"{Local(table.unallocated):,.1f} {unit}"))
        else:
            rows.append((self.tr("Unallocated"),
                         _e(self.tr("unknown: the data hold no official total for this year"))))
        parts.append("<table cellspacing='6'>" + "".join(
            f"<tr><td>{_e(label)}</td><td align='right'>{value}</td></tr>" for label, value in rows
        ) + "</table>")
        parts.append(f"<h2>{_e(words['Every data file'])}</h2>")
        parts.extend(f"<h3>{_e(p.file)}</h3>{self._record(p)}" for p in provenances)
        self._sources_html = "".join(parts)
        self._show()

    def set_imported(self, lines: Sequence[str]) -> None:
        """List the data sets the student imported (one line each), after the files."""
        words = self._words()
        self._imported_html = "" if not lines else (
            f"<h2>{_e(words['Imported data sets'])}</h2><ul>"
            + "".join(f"<li>{_e(line)}</li>" for line in lines) + "</ul>")
        self._show()

    def _show(self) -> None:
        self.browser.setHtml(self._sources_html + self._imported_html)

    def _record(self, provenance: Provenance) -> str:
        words = self._words()
        provenance = data_provenance(provenance)
        rows = [
            (self.tr("Source"), provenance.source),
            (self.tr("Release"), provenance.release),
            (self.tr("Unit"), provenance.unit),
            (self.tr("Address"), provenance.url or self.tr("none given")),
            (self.tr("File"), provenance.file),
        ]
        text = "".join(f"<b>{_e(label)}:</b> {_e(value)}<br>" for label, value in rows)
        if provenance.caveats:
            text += f"<b>{_e(words['Caveats'])}:</b><ul>" + "".join(
                f"<li>{_e(c)}</li>" for c in provenance.caveats) + "</ul>"
        else:
            text += f"<i>{_e(words['No caveats recorded.'])}</i>"
        return f"<p>{text}</p>"

    def text(self) -> str:
        """Return the page as plain text, for checks."""
        return self.browser.toPlainText()
