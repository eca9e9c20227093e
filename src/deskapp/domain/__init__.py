"""Plain-Python rules of the service desk: no Qt, no database, no I/O."""
