"""The accounts area: users and sign-in (users), the audit trail's register and anchors
(audit_trail, audit_anchors), backups and restore (backup, backup_loss), the database check
(check), personal data (privacy) and program updates (updates). Importers name the module."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# audit_anchors: the anchor line printed on the handover forms (billing, reception); privacy: masking personal data on every area's screens and papers; users: the demo's password hasher.
OPEN_TO_OTHER_AREAS = ("audit_anchors", "privacy", "users")
