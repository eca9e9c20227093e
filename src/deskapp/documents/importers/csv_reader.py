"""CSV as Chinese Excel saves it: UTF-8 with a BOM, plain UTF-8, or GBK (GB18030 read, its superset)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from deskapp.documents.importers.tables import Sheet
from deskapp.domain.errors import ValidationError


def decode(data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "GBK"
    except UnicodeDecodeError:
        raise ValidationError("文件", "CSV 文件的编码无法识别（应为 UTF-8 或 GBK）") from None


def read_csv(path: Path) -> tuple[Sheet, str]:
    text, encoding = decode(path.read_bytes())
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    for record in csv.reader(io.StringIO(text, newline=""), dialect):
        values = [v if v != "" else None for v in record]
        while values and values[-1] is None:
            values.pop()
        rows.append(values)
    while rows and not rows[-1]:
        rows.pop()
    return Sheet(path.stem, rows), encoding
