"""``python -m models``: Multivector's engine from the command line (see models/cli.py)."""

import sys

from models.cli import main

if __name__ == "__main__":
    sys.exit(main())
