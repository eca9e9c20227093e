"""The accounts area: users and sign-in (users), the audit trail's register and anchors
(audit_trail, audit_anchors), backups and restore (backup, backup_loss), the database check
(check), personal data (privacy) and program updates (updates). Importers name the module."""
