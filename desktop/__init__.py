"""Multivector's desktop GUI (PySide6 + pyqtgraph): a thin layer over ``models``."""
