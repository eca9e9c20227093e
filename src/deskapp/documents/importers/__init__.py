"""Reading spreadsheets as centres keep them: .xlsx (openpyxl), legacy .xls (xlrd) and .csv
(UTF-8 with or without BOM, or GBK). Every reader gives the same `Sheet`: raw cell values
row by row (NoCache/CellError for what has no usable value) and the merged ranges."""
from deskapp.documents.importers.tables import Sheet, Workbook, read_workbook

__all__ = ["Sheet", "Workbook", "read_workbook"]
