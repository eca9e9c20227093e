"""CSV as Chinese Excel saves it: UTF-8 with a BOM, plain UTF-8, or GBK (GB18030 read, its superset)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from deskapp.documents.importers.limits import MAX_LINE_CHARS, check_csv, check_extent, check_file, reader_errors
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
    check_file(path)
    data = path.read_bytes()
    check_csv(path, data)
    text, encoding = decode(data)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    width = 0
    with reader_errors(path, path.stem, "CSV 文件"):
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
        for record in reader:
            if sum(map(len, record)) > MAX_LINE_CHARS:  # e.g. a quote left open swallows the file
                raise ValidationError("文件", f"{path.name}：第 {len(rows) + 1} 行超过 {MAX_LINE_CHARS:,} 个字符"
                                      "（可能有一个引号没有配对），请在 Excel 中打开并另存为 CSV")
            values = [v if v != "" else None for v in record]
            while values and values[-1] is None:
                values.pop()
            rows.append(values)
            width = max(width, len(values))
            check_extent(path, path.stem, len(rows), width)
        while rows and not rows[-1]:
            rows.pop()
    return Sheet(path.stem, rows), encoding
