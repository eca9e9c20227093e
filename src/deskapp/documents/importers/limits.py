"""What a file may be before a reader touches it, and the one message any reader failure becomes.

The readers underneath (python-calamine, openpyxl, xlrd, csv) trust the file: a cell at
XFD1048576 makes calamine allocate its whole grid (hundreds of GiB, then SIGABRT), a zip bomb
inflates to gigabytes, a DOCTYPE brings entity expansion. So the file is measured first —
its size, the zip's entries and their compression, every sheet's cell references — with
bounded, streaming reads, and refused with a Chinese message naming the file and sheet when it
is larger than any centre's roster or readings could be."""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import column_letter

# The largest centre has some 20,000 units; a roster is one row per unit or per person
# (a few per unit), readings one row per meter (2 per unit) per month, a few months at once.
# 200,000 rows is ten times the largest real file; 2 million is an accident or an attack.
MAX_ROWS = 200_000
# Rosters of other systems have 15–40 columns (instructions beside them included); 256 is
# the .xls limit, and nothing real is wider.
MAX_COLUMNS = 256
# Readers hold the sheet as a rows × columns grid: this many cells is some 160 MB in calamine
# (and as much again as Python values), and far above 20,000 units × 40 columns.
MAX_CELLS = 5_000_000
# A 20,000-unit export is ~2 MB as .xlsx and ~3 MB as CSV; readings of several months as
# CSV stay under 30 MB.
MAX_FILE_BYTES = 64 * 1024 * 1024
# An .xlsx holds some 10–40 parts; thousands are not a workbook.
MAX_ZIP_ENTRIES = 2_000
# All parts inflated: a 200,000-row sheet of XML is ~100 MB.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
# Sheet XML deflates 5–20×; a zip bomb 1,000× and more. Small parts (styles, one-cell sheets)
# may be more repetitive, and are harmless, so the ratio applies from 1 MiB on.
MAX_RATIO = 200
RATIO_FROM_BYTES = 1024 * 1024
# A CSV line longer than this is not a row of a roster (csv's own field limit is 128 KiB).
MAX_LINE_CHARS = 64 * 1024

_CHUNK = 1024 * 1024
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(row|c)[\s/>]([^>]*)")
_REF = re.compile(rb"(?:^|\s)r\s*=\s*[\"']([^\"']*)[\"']")
_CELL = re.compile(r"^([A-Z]{1,3})([0-9]{1,7})$")  # no $: a cell's own reference is never absolute
# The fast path: when every <row> and <c> of a chunk starts with a well-formed r="…" (as Excel,
# WPS and openpyxl write them), the extent is the largest of those, found in one findall at C
# speed (0.4 s of CPU for a 20,000-unit roster; the tag-by-tag walk took 4 s); a chunk with any
# other form (no r, a namespace prefix, r elsewhere) is walked tag by tag.
_IRREGULAR = re.compile(rb'<(?:c|row)(?! r="[A-Z]{0,3}\d{1,7}")[\s/>]')
_CELL_REFS = re.compile(rb'<c r="([A-Z]{1,3})(\d{1,7})"')
_ROW_REFS = re.compile(rb'<row r="(\d{1,7})"')
_DIMENSION = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?dimension\s[^>]*?ref\s*=\s*[\"']([^\"']*)[\"']")
_DTD = (b"<!DOCTYPE", b"<!ENTITY")


def _refuse(path: Path, message: str, sheet: str | None = None) -> ValidationError:
    where = f"{path.name}（工作表 {sheet}）" if sheet else path.name
    return ValidationError("文件", f"{where}：{message}")


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def check_file(path: Path) -> None:
    """Every format: the file's size."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _refuse(path, f"文件有 {_size(size)}，超过可导入的 {_size(MAX_FILE_BYTES)}（名册或读数文件不会这么大）")
    if size == 0:
        raise _refuse(path, "文件是空的")


def check_extent(path: Path, sheet: str, rows: int, columns: int) -> None:
    """A sheet's extent (declared, counted, or as read) within what a reader may hold."""
    if rows > MAX_ROWS:
        raise _refuse(path, f"有 {rows:,} 行，超过可导入的 {MAX_ROWS:,} 行：请分成几个文件", sheet)
    if columns > MAX_COLUMNS:
        raise _refuse(path, f"用到了第 {column_letter(columns - 1)} 列，超过可导入的 {MAX_COLUMNS} 列"
                            f"（{column_letter(MAX_COLUMNS - 1)} 列）：请删除表格右边多余的列后另存", sheet)
    if rows * columns > MAX_CELLS:
        raise _refuse(path, f"有 {rows:,} 行 × {columns} 列，单元格超过 {MAX_CELLS:,} 个：请删除多余的行列或分成几个文件",
                      sheet)


def check_merges(path: Path, sheet: str, merged: list[tuple[int, int, int, int]]) -> None:
    """Merged ranges are filled down cell by cell: together they cover at most the sheet's
    cells (real merges do not overlap; a damaged file's may, a million times over)."""
    covered = 0
    for r1, c1, r2, c2 in merged:
        covered += (r2 - r1 + 1) * (c2 - c1 + 1)
        if covered > MAX_CELLS or min(r1, c1) < 0:
            raise _refuse(path, "合并单元格的范围无效或过大，文件已损坏：请在 Excel 中取消合并后另存", sheet)


def _cell(ref: str) -> tuple[int, int] | None:
    """'C12' -> (12, 3), 1-based row and column; None when it is not a cell reference."""
    m = _CELL.match(ref)
    if not m:
        return None
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)), col


def check_xlsx(path: Path) -> None:
    """The zip and every part in it, streamed: entries, methods, sizes and ratios as read
    (a zip's header may lie), no DTD in any XML part, and each worksheet's <dimension> and
    actual cell references within MAX_ROWS × MAX_COLUMNS."""
    check_file(path)
    with zipfile.ZipFile(path) as zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise _refuse(path, f"压缩包里有 {len(infos):,} 个部件，不是 Excel 工作簿")
        for info in infos:
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _refuse(path, f"部件 {info.filename} 用了 Excel 不用的压缩方式（{info.compress_type}）")
        names = _sheet_names(zf)
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            sheet = names.get(info.filename)
            total += _scan_part(path, zf, info, sheet, MAX_UNPACKED_BYTES - total)


def _sheet_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """Worksheet part -> the name the user sees (for messages; a part the workbook does not
    name keeps its file name). The parts are found both by folder and through the workbook's
    relationships, which is how the readers find them: a sheet moved elsewhere is measured too."""
    out = {}
    parts = set(zf.namelist())
    for name in parts:
        if name.startswith("xl/worksheets/") and name.endswith(".xml"):
            out[name] = name.rsplit("/", 1)[-1].removesuffix(".xml")
    try:
        workbook = zf.read("xl/workbook.xml") if zf.getinfo("xl/workbook.xml").file_size < _CHUNK else b""
        rels = zf.read("xl/_rels/workbook.xml.rels") if zf.getinfo("xl/_rels/workbook.xml.rels").file_size < _CHUNK else b""
    except KeyError:
        return out
    targets = {m.group(1): m.group(2) for m in re.finditer(
        rb"<Relationship\s[^>]*?Id=\"([^\"]+)\"[^>]*?Target=\"([^\"]+)\"", rels)}
    for m in re.finditer(rb"<(?:\w+:)?sheet\s[^>]*?name=\"([^\"]*)\"[^>]*?r:id=\"([^\"]+)\"", workbook):
        target = targets.get(m.group(2), b"").decode("utf-8", "replace").lstrip("/")
        part = target if target.startswith("xl/") else "xl/" + target
        if part in parts:
            out[part] = m.group(1).decode("utf-8", "replace")
    return out


def _scan_part(path: Path, zf: zipfile.ZipFile, info: zipfile.ZipInfo, sheet: str | None, budget: int) -> int:
    """Inflate one part in chunks; its size as read. Worksheets are followed cell by cell."""
    xml = info.filename.endswith((".xml", ".rels", ".vml"))
    grid = _Grid(path, sheet) if sheet is not None else None
    read = 0
    tail = b""
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            read += len(chunk)
            if read > budget:
                raise _refuse(path, f"解压后超过 {_size(MAX_UNPACKED_BYTES)}，不是正常的工作簿（可能是“压缩炸弹”）")
            if read > RATIO_FROM_BYTES and read > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(path, f"部件 {info.filename} 的压缩比超过 {MAX_RATIO} 倍，不是正常的工作簿（可能是“压缩炸弹”）")
            if not xml:
                continue
            data = tail + chunk
            if any(d in data for d in _DTD):
                raise _refuse(path, f"部件 {info.filename} 含有 DTD 声明（Excel 不写这种内容，可能是恶意文件）", sheet)
            if grid is None:
                tail = data[-16:]
                continue
            cut = data.rfind(b"<")  # a tag cut by the chunk's end waits for the next chunk
            cut = len(data) if cut < 0 or data.find(b">", cut) >= 0 else cut
            grid.feed(data[:cut])
            tail = data[cut:]
            if len(tail) > _CHUNK:
                raise _refuse(path, "表格的 XML 里有一个超长的标记，文件已损坏", sheet)
    if grid is not None:
        grid.feed(tail)
        grid.done()
    return read


class _Grid:
    """The extent of a worksheet as a reader will lay it out: rows and cells with an `r`
    reference go where it says, those without follow the previous one (as calamine and
    openpyxl place them)."""

    def __init__(self, path: Path, sheet: str):
        self.path, self.sheet = path, sheet
        self.row = 0
        self.col = 0
        self.rows = 0
        self.cols = 0
        self.declared = False

    def feed(self, data: bytes) -> None:
        if not self.declared:
            self.declared = True
            m = _DIMENSION.search(data)
            if m:
                self._dimension(m.group(1).decode("ascii", "replace"))
        if _IRREGULAR.search(data) is None and b":c " not in data and b":row " not in data:
            self._fast(data)
        else:
            self._walk(data)

    def _fast(self, data: bytes) -> None:
        rows = _ROW_REFS.findall(data)
        cells = _CELL_REFS.findall(data)
        if rows:
            self.rows = max(self.rows, max(map(int, set(rows))))
            self.row = int(rows[-1])
            self.col = 0
        if cells:
            letters, numbers = zip(*cells)
            self.rows = max(self.rows, max(map(int, set(numbers))))
            widest = max(set(letters), key=lambda c: (len(c), c))
            self.cols = max(self.cols, _cell(widest.decode() + "1")[1])
            if data.rfind(b"<c ") > data.rfind(b"<row "):  # the chunk ends inside a row
                self.col = _cell(letters[-1].decode() + "1")[1]
        if self.rows > MAX_ROWS or self.cols > MAX_COLUMNS:
            check_extent(self.path, self.sheet, self.rows, self.cols)

    def _walk(self, data: bytes) -> None:
        for m in _TAG.finditer(data):
            ref = _REF.search(m.group(2))
            if m.group(1) == b"row":
                self.col = 0
                if ref is None:
                    self.row += 1
                else:
                    text = ref.group(1).decode("ascii", "replace")
                    if not text.isdigit() or len(text) > 7:
                        raise _refuse(self.path, f"行号“{text[:20]}”无效，文件已损坏", self.sheet)
                    self.row = int(text)
                if self.row > self.rows:
                    self.rows = self.row
                    if self.rows > MAX_ROWS:
                        check_extent(self.path, self.sheet, self.rows, self.cols)
            else:
                if ref is None:
                    self.col += 1
                else:
                    text = ref.group(1).decode("ascii", "replace")
                    cell = _cell(text)
                    if cell is None:
                        raise _refuse(self.path, f"单元格引用“{text[:20]}”无效，文件已损坏", self.sheet)
                    row, self.col = cell
                    if row > self.rows:
                        self.rows = row
                    self._within(text)
                if self.col > self.cols:
                    self.cols = self.col
                    if self.cols > MAX_COLUMNS:
                        check_extent(self.path, self.sheet, self.rows, self.cols)

    def _within(self, ref: str) -> None:
        if self.rows > MAX_ROWS or self.col > MAX_COLUMNS:
            raise _refuse(self.path, f"单元格 {ref} 超出可导入的范围（最多 {MAX_ROWS:,} 行、"
                                     f"{column_letter(MAX_COLUMNS - 1)} 列）：请删除多余的行列后另存", self.sheet)

    def _dimension(self, ref: str) -> None:
        last = ref.split(":")[-1]
        cell = _cell(last)
        if cell is None:
            raise _refuse(self.path, f"声明的表格范围“{ref[:30]}”无效，文件已损坏", self.sheet)
        rows, cols = cell
        if rows > MAX_ROWS or cols > MAX_COLUMNS:
            raise _refuse(self.path, f"声明的表格范围是 {ref[:30]}，超出可导入的范围（最多 {MAX_ROWS:,} 行、"
                                     f"{column_letter(MAX_COLUMNS - 1)} 列）：请删除多余的行列后另存", self.sheet)

    def done(self) -> None:
        check_extent(self.path, self.sheet, self.rows, self.cols)


def check_csv(path: Path, data: bytes) -> None:
    """A CSV is text: no NUL bytes (a binary file with a .csv name, or Excel's "Unicode text",
    which is UTF-16 and told apart so the message says what to do)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(path, "是 UTF-16 编码（Excel 的“Unicode 文本”），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入")
    if b"\x00" in data:
        raise _refuse(path, "不是文本文件（含有二进制内容），CSV 应为 Excel 另存的“CSV（逗号分隔）”文件")


@contextmanager
def reader_errors(path: Path, sheet: str | None = None, what: str = "Excel 文件") -> Iterator[None]:
    """Whatever a reader library raises on a damaged file — zlib.error, BadZipFile, KeyError,
    XML errors, xlrd's CompDocError, struct.error, IndexError, MemoryError, RecursionError,
    a Rust panic from calamine (a BaseException) … — becomes one message naming the file and
    sheet. The list is open-ended (fuzzing keeps finding new ones), so all are caught here, at
    the one boundary between a file from outside and the program."""
    try:
        yield
    except ValidationError:
        raise
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # noqa: BLE001 — see above
        detail = str(exc).splitlines()[0][:120] if str(exc) else ""
        raise _refuse(path, f"无法作为 {what}读取，文件已损坏或不是它的扩展名所说的格式"
                            f"（{type(exc).__name__}{'：' + detail if detail else ''}）。"
                            "请在 Excel 中打开并另存后再导入", sheet) from None
