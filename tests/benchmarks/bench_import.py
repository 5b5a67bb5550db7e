"""Importing a large UN Comtrade file: time, peak memory, and how fast Cancel ends it.

Run: ``python -m tests.benchmarks bench_import``.

Writes Comtrade-format files of 50 and 200 MB to a temporary folder (one reporter, 10 years,
both flows, about 200 partners: each partner's TOTAL row, its mode-of-transport breakdown,
and HS6 rows by partner, the bulk of a real download, plus the World's HS6 rows), then
imports each in a fresh child process (so the memory is the import's own): wall time, the
process's peak resident memory (``ru_maxrss``) and, in a second run, the peak of Python's
allocations (``tracemalloc``). The goal is a peak under 300 MB that does not grow with the
file. Then a worker thread imports the 200 MB file and is cancelled after 1 s: the time
from the cancel request to the end of the import is what the window's Cancel will take.
Last, the window imports the same file (tests/benchmarks/bench_import_window.py): how long
its event loop waits at worst during the import, and Cancel's delay through the window.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from models.importers import ImportCancelled, read_file

HEADER = (
    "typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,"
    "reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,"
    "partner2ISO,partner2Desc,classificationCode,classificationSearchCode,"
    "isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,"
    "motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,"
    "altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,"
    "fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate"
)

_CHILD = """
import json, resource, sys, time, tracemalloc
trace = sys.argv[2] == "trace"
if trace:
    tracemalloc.start()
from models.importers import read_file
start = time.perf_counter()
data = read_file(sys.argv[1])
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1] if trace else 0
# The peak resident memory of this process alone: Linux keeps ru_maxrss across exec, so a
# child of a big parent would report the parent's peak; VmHWM is this program's own.
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
try:
    with open("/proc/self/status") as status:
        rss_mb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
except (OSError, StopIteration):
    pass
print(json.dumps({"seconds": seconds, "rss_mb": rss_mb, "traced_mb": peak / 2**20,
                  "rows": data.rows_read,
                  "used": data.rows_used, "partners": len(data.partner_codes)}))
"""


def write_file(path: Path, megabytes: int) -> int:
    """Write a Comtrade-format file of about ``megabytes`` MB; return its rows."""
    from models.importers._iso import ISO_NUMERIC

    partners = [(code, iso) for code, iso in sorted(ISO_NUMERIC.items())][:200]
    products = [f"{c:02d}{h:02d}{s:02d}" for c in range(1, 98) if c != 77 for h in range(1, 8)
                for s in (10, 90)]  # fmt: skip
    # rows of about 220 bytes, 10 years: HS6 rows per partner to reach the size asked
    per_partner = max(1, int((megabytes * 1e6 / 10 / 220 - 2 * len(products)) / 400) - 2)
    step = max(1, len(products) // per_partner)
    rows = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER + "\n")

        def row(year: int, flow: str, code: int, iso: str, cmd: str, mot: str, value: int) -> str:
            level = 0 if cmd == "TOTAL" else 6
            return (
                f"C,A,{year}0101,{year},52,{year},860,UZB,Uzbekistan,{flow},Flow,{code},{iso},"
                f"Partner {iso},0,W00,World,H6,HS,True,{cmd},Commodity {cmd},{level},True,"
                f"C00,TOTAL CPC,0,{mot},Mode,8,kg,{value // 7},False,-1,N/A,0,False,"
                f"{value // 9},False,0,False,,{value},{value},0,True,False\n"
            )

        for year in range(2014, 2024):
            for flow in ("X", "M"):
                for i, (code, iso) in enumerate(partners):
                    chunk = [row(year, flow, code, iso, "TOTAL", "0", 10_000_000 + i),
                             row(year, flow, code, iso, "TOTAL", "2100", 4_000_000 + i)]
                    chunk += [row(year, flow, code, iso, cmd, "0", 1000 + j)
                              for j, cmd in enumerate(products[i % step :: step])]
                    handle.write("".join(chunk))
                    rows += len(chunk)
                handle.write("".join(row(year, flow, 0, "W00", cmd, "0", 50_000 + j)
                                     for j, cmd in enumerate(products)))  # fmt: skip
                rows += len(products)
    return rows


def _child(path: Path, mode: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(path), mode],
        capture_output=True, text=True, check=True, timeout=1200,
    )  # fmt: skip
    result: dict[str, float] = json.loads(done.stdout)
    return result


def _cancel_latency(path: Path) -> float:
    flag = threading.Event()
    ended: list[float] = []

    def work() -> None:
        try:
            read_file(path, cancelled=flag.is_set)
        except ImportCancelled:
            ended.append(time.perf_counter())

    worker = threading.Thread(target=work)
    worker.start()
    time.sleep(1.0)
    asked = time.perf_counter()
    flag.set()
    worker.join()
    return ended[0] - asked if ended else float("nan")


def main() -> None:
    """Print time and peak memory of importing 50 and 200 MB files, and Cancel's delay."""
    folder = Path(tempfile.mkdtemp(prefix="multivector-bench-"))
    print("bench_import: UN Comtrade CSV, one reporter, 10 years, 200 partners, HS6 rows")
    print(f"  {'file':>8} {'rows':>10} {'seconds':>8} {'MB/s':>6} {'peak RSS':>9} "
          f"{'traced':>8}")  # fmt: skip
    for megabytes in (50, 200):
        path = folder / f"comtrade_{megabytes}mb.csv"
        rows = write_file(path, megabytes)
        size = path.stat().st_size / 1e6
        plain = _child(path, "plain")
        traced = _child(path, "trace")
        print(
            f"  {size:6.0f}MB {rows:>10,} {plain['seconds']:8.1f} "
            f"{size / plain['seconds']:6.1f} {plain['rss_mb']:7.0f}MB "
            f"{traced['traced_mb']:6.1f}MB"
        )
    latency = _cancel_latency(folder / "comtrade_200mb.csv")
    print(f"  Cancel after 1 s: the import ended {1000 * latency:.0f} ms after the request")
    from tests.benchmarks.bench_import_window import window_figures  # Qt: only here

    window_figures(folder / "comtrade_200mb.csv")
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


if __name__ == "__main__":
    main()
