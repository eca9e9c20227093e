"""What leaves the program: PDFs (reportlab, with the embedded Chinese font), Excel
workbooks (openpyxl) and the readers of incoming spreadsheets. Built from plain data."""
