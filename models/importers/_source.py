"""Read a downloaded trade file as a stream of CSV rows, whatever its text encoding.

:func:`open_rows` sniffs the first 256 KB for the encoding (a byte-order mark, UTF-8, else
Windows-1251 or Latin-1), the separator (comma, semicolon or tab, from the header line) and
the decimal mark, then yields one row at a time: memory does not grow with the file. Every
problem is an :class:`ImportFileError` naming the file, the line and, where there is one,
the column; a caller's cancel check ends the reading with :class:`ImportCancelled`.
"""

from __future__ import annotations

import codecs
import csv
import math
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from models._csv import DataError

__all__ = [
    "CancelCheck",
    "Dialect",
    "ImportCancelled",
    "ImportFileError",
    "ProgressCallback",
    "Rows",
    "normalise",
    "open_rows",
    "parse_value",
]

ProgressCallback = Callable[[float], None]  # the share of the file read, 0 to 1
CancelCheck = Callable[[], bool]  # True: stop now

SAMPLE_BYTES = 256 * 1024
CHECK_EVERY = 2048  # rows between two progress reports and cancel checks
READ_BUFFER = 4 << 20  # bytes read at once (see open_rows)


class ImportFileError(DataError):
    """A file cannot be imported; the message names the file, line and column.

    ``file``, ``line`` and ``column`` hold them apart for a caller that shows them apart
    (``column`` is the header's name for the column, or None).
    """

    def __init__(
        self,
        message: str,
        *,
        file: str,
        line: int | None = None,
        column: str | None = None,
        position: int | None = None,
    ):
        if column is not None:
            where = f"column {column!r}" + (f" ({position})" if position else "")
            message = f"{where}: {message}"
        super().__init__(message, file=file, line=line)
        self.column = column


class ImportCancelled(Exception):  # noqa: N818 (a cancel is not an error)
    """The cancel check asked the import to stop; nothing was kept."""


@dataclass(frozen=True)
class Dialect:
    """How a file's text is written: ``encoding``, ``separator`` and ``decimal`` mark."""

    encoding: str
    separator: str
    decimal: str

    def describe(self) -> str:
        """Return e.g. "UTF-8, separated by ';', decimal comma"."""
        names = {",": "commas", ";": "semicolons", "\t": "tabs"}
        mark = "decimal comma" if self.decimal == "," else "decimal point"
        return f"{self.encoding}, separated by {names[self.separator]}, {mark}"


def normalise(name: str) -> str:
    """Return a header name reduced to lower-case letters and digits.

    'Trade Value (US$)' becomes 'tradevalueus', so that headers match however a program
    spelled them.
    """
    return re.sub(r"[^0-9a-z]", "", name.casefold())


# --- encoding, separator, decimal mark ------------------------------------------------


def _encoding(sample: bytes, label: str) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            "the file is UTF-16 text (Excel's 'Unicode text'); save it as 'CSV UTF-8' instead",
            file=label,
            line=1,
        )
    if sample.startswith(b"PK\x03\x04") or sample.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportFileError(
            "this is an Excel workbook, not a CSV file; open it in Excel or LibreOffice "
            "and save it as 'CSV UTF-8'",
            file=label,
            line=1,
        )
    if b"\x00" in sample:
        raise ImportFileError("this is not a text file (it holds NUL bytes)", file=label)
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Windows-1251 (Cyrillic) or Latin-1. Cyrillic words are runs of bytes
    # above 0xBF; accented Latin letters stand alone between ASCII letters.
    high = re.findall(rb"[\xc0-\xff]+", sample)
    in_runs = sum(len(run) for run in high if len(run) >= 3)
    total = sum(len(run) for run in high)
    return "cp1251" if total and in_runs * 2 >= total else "latin-1"


def _separator(header: str, label: str) -> str:
    counts = {sep: 0 for sep in (",", ";", "\t")}
    quoted = False
    for char in header:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda sep: counts[sep])
    if counts[best] == 0:
        raise ImportFileError(
            "the header line has a single column: the file is not separated by commas, "
            f"semicolons or tabs (it begins {header[:60]!r})",
            file=label,
            line=1,
        )
    return best


_NUMBERISH = re.compile(r"-?[0-9][0-9.,]*")


def _decimal(rows: list[list[str]], separator: str) -> str:
    votes = {",": 0, ".": 0}
    for row in rows:
        for cell in row:
            text = cell.strip()
            if not _NUMBERISH.fullmatch(text) or ("," not in text and "." not in text):
                continue
            if "," in text and "." in text:
                votes[text[max(text.rfind(","), text.rfind("."))]] += 10
            elif "," in text and not _grouped(text, ","):
                votes[","] += 1
            elif "." in text and not _grouped(text, "."):
                votes["."] += 1
    if votes[","] > votes["."]:
        return ","
    return "."


def _grouped(text: str, mark: str) -> bool:
    return re.fullmatch(rf"-?\d{{1,3}}(\{mark}\d{{3}})+", text) is not None


def parse_value(text: str, decimal: str) -> float:
    """Return ``text`` as a finite float, reading ``decimal`` as the decimal mark.

    Spaces and the other mark are taken as thousands separators where they group digits
    by three ("1 234 567,5", "1.234.567,5", "1,234,567.5"); an exponent is allowed.

    Raises
    ------
    ValueError
        Saying what is wrong: empty, not a number, ambiguous grouping, infinite or NaN.
    """
    raw = text.strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    raw = raw.replace("'", "")
    if not raw:
        raise ValueError("missing value")
    group = "." if decimal == "," else ","
    if group in raw:
        mantissa, _, exponent = raw.upper().partition("E")
        whole, _, fraction = mantissa.partition(decimal)
        if not re.fullmatch(rf"[-+]?\d{{1,3}}(\{group}\d{{3}})+", whole):
            raise ValueError(
                f"{text.strip()!r} is not a number with decimal {_mark_name(decimal)}"
            )
        raw = whole.replace(group, "") + ("." + fraction if fraction else "")
        raw += f"E{exponent}" if exponent else ""
    elif decimal == ",":
        raw = raw.replace(",", ".")
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise ValueError(f"{text.strip()!r} is not a finite number")
    return value


def _mark_name(decimal: str) -> str:
    return "comma" if decimal == "," else "point"


# --- the stream of rows ------------------------------------------------------------------


@dataclass
class Rows:
    """The header and dialect of an open file, and an iterator over its data rows.

    Each item is ``(line, fields)``: the line number (the header is line 1, or later if
    blank lines come first) and the fields, as many as the header has.
    """

    label: str
    header: list[str]
    header_line: int
    dialect: Dialect
    rows: Iterator[tuple[int, list[str]]]

    def error(
        self, message: str, line: int | None = None, column: int | None = None
    ) -> ImportFileError:
        """Return the error to raise for ``message`` at ``line`` and column index ``column``."""
        name = self.header[column] if column is not None else None
        position = column + 1 if column is not None else None
        return ImportFileError(message, file=self.label, line=line, column=name, position=position)


def _lines(
    handle: BinaryIO,
    encoding: str,
    label: str,
    size: int,
    progress: ProgressCallback | None,
    cancelled: CancelCheck | None,
) -> Iterator[str]:
    done = 0
    for number, raw in enumerate(handle, start=1):
        done += len(raw)
        if number % CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled(label)
            if progress is not None:
                progress(min(done / size, 1.0) if size else 1.0)
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError as exc:
            raise ImportFileError(
                f"byte 0x{raw[exc.start]:02x} at character {exc.start + 1} is not {encoding} "
                "text: the file mixes text encodings; save it again as 'CSV UTF-8'",
                file=label,
                line=number,
            ) from None
        if number == 1 and encoding == "utf-8-sig":
            text = text.removeprefix("\ufeff")
        yield text


def _blank(row: list[str]) -> bool:
    return all(not cell.strip() for cell in row)


@contextmanager
def open_rows(
    path: Path,
    label: str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> Iterator[Rows]:
    """Open ``path`` and yield its :class:`Rows`; the file is closed on leaving.

    Raises
    ------
    ImportFileError
        If the file is missing, empty, binary, UTF-16, has no separated header, mixes
        encodings, has an unclosed quote or a row with more or fewer fields than the
        header (trailing empty fields are allowed).
    ImportCancelled
        When ``cancelled()`` returns True (checked every few thousand rows).
    """
    try:
        # A large buffer: each refill is a read that lets go of the GIL and takes it back at
        # once, and with 8 KB ones (tens of thousands a file) a window reading on a worker
        # thread never got it back (CPython counts each as a switch, so a waiting thread
        # never asks the reader to drop it): the GUI froze while the file was read.
        handle = path.open("rb", buffering=READ_BUFFER)
    except FileNotFoundError:
        raise ImportFileError("file not found", file=label) from None
    except OSError as exc:
        raise ImportFileError(f"cannot be read ({exc.strerror})", file=label) from None
    with handle:
        size = path.stat().st_size
        sample = handle.read(SAMPLE_BYTES)
        if not sample.strip():
            raise ImportFileError("the file is empty", file=label, line=1)
        if b"\r" in sample and b"\n" not in sample:
            raise ImportFileError(
                "lines end with a lone carriage return (old Mac text); save the file again "
                "as CSV",
                file=label,
            )
        encoding = _encoding(sample, label)
        handle.seek(0)
        lines = _lines(handle, encoding, label, size, progress, cancelled)
        header_line = 0
        first = ""
        for header_line, first in enumerate(lines, start=1):  # noqa: B007
            if first.strip().strip(",;\t"):
                break
        separator = _separator(first, label)
        try:
            header = next(csv.reader([first], delimiter=separator))
        except csv.Error as exc:
            raise ImportFileError(
                f"malformed header ({exc})", file=label, line=header_line
            ) from None
        while header and not header[-1].strip():
            header.pop()  # trailing separators
        header = [cell.strip() for cell in header]
        text_sample = sample.decode(
            "utf-8" if encoding == "utf-8-sig" else encoding, errors="replace"
        ).splitlines()[header_line : header_line + 400]
        try:
            sampled = list(csv.reader(text_sample, delimiter=separator))
        except csv.Error:
            sampled = []
        dialect = Dialect(
            "UTF-8" if encoding.startswith("utf-8") else encoding,
            separator,
            _decimal(sampled, separator),
        )
        reader = csv.reader(lines, delimiter=separator, strict=True)
        width = len(header)
        offset = header_line  # csv counts lines from where it starts

        def rows() -> Iterator[tuple[int, list[str]]]:
            while True:
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    raise ImportFileError(
                        f"malformed CSV ({exc}); is a quote left open?",
                        file=label,
                        line=reader.line_num + offset,
                    ) from None
                if not row or _blank(row):
                    continue
                line = reader.line_num + offset
                if len(row) != width:
                    if len(row) > width and _blank(row[width:]):
                        row = row[:width]
                    else:
                        raise ImportFileError(
                            f"{len(row)} fields where the header has {width}",
                            file=label,
                            line=line,
                        )
                yield line, row

        yield Rows(label, header, header_line, dialect, rows())
