"""Read-side queries for registers: paging, sorting and filtering happen in SQL."""
