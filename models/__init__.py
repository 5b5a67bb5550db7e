"""Multivector's model layer: trade data, concentration indices and scenarios.

Pure Python and numpy. Nothing here imports Qt or knows that a window exists, so the
same engine serves the desktop app, the command line (``python -m models``) and tests.
"""

__version__ = "0.1.0"
