"""PySide6 desk program. Thin: it calls services and shows results.

Each area is a sub-package; a sub-package that defines `VIEWS` (list of ViewSpec) or
`UNIT_SECTIONS` (list of SectionSpec) in its `__init__` is picked up by the main window."""
