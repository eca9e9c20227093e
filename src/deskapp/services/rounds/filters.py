"""Filter and row types of the 楼宇管家 registers, for the GUI and commands (which never import
the store)."""
from deskapp.store.queries.rounds import DecorationFilter, DecorationRow, SlipFilter, SlipRow

__all__ = ["DecorationFilter", "DecorationRow", "SlipFilter", "SlipRow"]
