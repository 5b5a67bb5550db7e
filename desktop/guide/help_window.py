"""The guide's window: a search box, the list of pages and the page, offline.

Typing in the search box keeps the pages that hold every word typed (titles first) and
highlights the words on the page shown. Links inside the guide go to other pages
(``page:index/hhi``) or open a preset in the main window (``preset:file.json``:
``preset_requested``); web addresses open in the browser.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.guide.content import Guide, GuidePage

__all__ = ["HelpWindow"]

_PAGE = Qt.ItemDataRole.UserRole
_STYLE = """
h1 { font-size: x-large; margin-bottom: 6px; }
h2 { font-size: large; margin-top: 14px; }
h3 { font-size: medium; margin-top: 10px; }
.formula { font-family: serif; font-size: large; margin-left: 16px; }
.cite { margin-left: 16px; }
th { background-color: #eeeeee; }
"""
_HIGHLIGHT = QColor(255, 230, 110)


class HelpWindow(QWidget):
    """The guide: search box and pages on the left, the page on the right."""

    preset_requested = Signal(str)  # a file name of assets/presets/

    def __init__(self, guide: Guide, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guide")
        self.setWindowTitle(self.tr("Guide - Multivector"))
        self.setAccessibleName(self.tr("Guide"))
        self._guide = guide
        self._current = ""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the guide"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the guide"))
        self.page_list = QTreeWidget(self)
        self.page_list.setAccessibleName(self.tr("Pages of the guide"))
        self.page_list.setHeaderHidden(True)
        self.page_list.setIndentation(14)
        self.page_list.setWordWrap(True)  # long titles wrap rather than scroll
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDefaultStyleSheet(_STYLE)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.page_list, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)
        self.resize(960, 640)
        splitter.setSizes([300, 660])
        self.search_edit.setFocus()  # typing searches at once
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(self.close)
        self._fill_list(guide.pages)
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.page_list.currentItemChanged.connect(self._on_page_list_current_changed)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.show_page("start")

    @property
    def current_page(self) -> str:
        """The id of the page shown."""
        return self._current

    def listed_pages(self) -> list[str]:
        """Return the ids of the pages listed (those the search keeps), in order."""
        return [str(item.data(0, _PAGE)) for item in self._items()]

    def show_page(self, page_id: str) -> None:
        """Show page ``page_id`` (the start page if the guide has none by that id)."""
        try:
            page = self._guide.page(page_id)
        except KeyError:
            page = self._guide.pages[0]
        if page.id not in self.listed_pages():  # a page the search hid: show every page
            self.search_edit.blockSignals(True)
            self.search_edit.clear()
            self.search_edit.blockSignals(False)
            self._fill_list(self._guide.pages)
        self._current = page.id
        self.browser.setHtml(page.html)
        self._select(page.id)
        self._highlight()

    def highlights(self) -> int:
        """How many matches of the search are highlighted on the page shown."""
        return len(self.browser.extraSelections())

    def _fill_list(self, pages: Iterable[GuidePage], *, nested: bool = True) -> None:
        """List ``pages``: as a tree (indices and exercises under their page) or flat."""
        self.page_list.blockSignals(True)
        self.page_list.clear()
        parent: QTreeWidgetItem | None = None
        for page in pages:
            if nested and page.level > 0 and parent is not None:
                item = QTreeWidgetItem(parent, [page.title])
            else:
                item = QTreeWidgetItem(self.page_list, [page.title])
                parent = item
            item.setData(0, _PAGE, page.id)
            item.setToolTip(0, page.title)
        self.page_list.expandAll()
        self.page_list.blockSignals(False)
        self._select(self._current)

    def _items(self) -> list[QTreeWidgetItem]:
        """Every item of the page list, in the order shown."""
        items: list[QTreeWidgetItem] = []
        for i in range(self.page_list.topLevelItemCount()):
            top = self.page_list.topLevelItem(i)
            if top is not None:
                items.append(top)
                items += [child for j in range(top.childCount())
                          if (child := top.child(j)) is not None]
        return items

    def _select(self, page_id: str) -> None:
        self.page_list.blockSignals(True)
        found = next((i for i in self._items() if i.data(0, _PAGE) == page_id), None)
        if found is None:
            self.page_list.clearSelection()
        else:
            self.page_list.setCurrentItem(found)
        self.page_list.blockSignals(False)

    def _highlight(self) -> None:
        """Mark every word of the search on the page shown."""
        selections = []
        document = self.browser.document()
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        for word in self.search_edit.text().split():
            cursor = QTextCursor(document)
            while True:
                cursor = document.find(word, cursor, QTextDocument.FindFlag(0))
                if cursor.isNull():
                    break
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
        self.browser.setExtraSelections(selections)
        if selections:  # scroll to the first match
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()

    def _on_search_edit_changed(self, text: str) -> None:
        found = self._guide.search(text)
        self._fill_list(found, nested=not text.split())  # results ranked, flat
        if found and self._current not in {p.id for p in found}:
            self.show_page(found[0].id)
        else:
            self._highlight()

    def _on_page_list_current_changed(self, item: QTreeWidgetItem | None, _old: object) -> None:
        if item is not None:
            self.show_page(str(item.data(0, _PAGE)))

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "page":
            self.show_page(url.path())
        elif scheme == "preset":
            self.preset_requested.emit(url.path())
        elif scheme in {"http", "https"}:
            QDesktopServices.openUrl(url)
