"""Run every benchmark and print its table: ``make bench`` (not part of ``make test``).

Speed is reported as ratios against a baseline measured in the same run, never as
absolute times asserted in tests: the machine is shared and noisy.
"""

from __future__ import annotations

import gc
import importlib
import sys

# Each module has main(), which prints one table of ratios.
MODULES = [
    "bench_indices", "bench_simulate", "bench_gui", "bench_open", "bench_import", "bench_bands",
]


def main() -> int:
    """Run the benchmark modules named on the command line, or all of them."""
    names = sys.argv[1:] or MODULES
    for name in names:
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"tests.benchmarks.{name}":
                print(f"({name}: not written yet)\n")
                continue
            raise
        module.main()
        print()
        # Free the module's leftovers here, on the main thread: a collection that a later
        # module's worker thread happened to run would destroy its Qt objects there (a crash).
        gc.collect()
    return 0


if __name__ == "__main__":
    sys.exit(main())
