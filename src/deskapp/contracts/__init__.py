"""What the GUI asks the store's register queries and what it gets back: filters, rows and
pages, one module per area. Plain dataclasses that both sides import, so the GUI never imports
the store and no service re-exports store types."""
