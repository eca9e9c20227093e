"""One module per `deskapp` sub-command (modules starting with _ are helpers)."""
