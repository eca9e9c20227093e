"""Names vulture cannot see used (tests/test_dead_code.py). Never imported or run: vulture only
reads the names below as uses. Each line says who calls the name."""
# ruff: noqa
# fmt: off

# Qt calls these overrides by name.
_.eventFilter           # QObject.installEventFilter (gui/accounts/idle.py, gui/dialog_size.py)
_.filterAcceptsRow      # QSortFilterProxyModel (gui/file_dialogs.py, gui/registry/completeness_view.py)
_.validatePage          # QWizardPage (gui/importing/wizard.py)
_.initializePage        # QWizardPage (gui/importing/wizard.py)
# Qt's model and widget virtuals the program overrides; today the tests happen to call them too.
_.headerData
_.rowCount
_.columnCount
_.setData
_.flags
_.canFetchMore
_.fetchMore
_.lessThan
_.sort
_.event
_.showEvent
_.keyPressEvent
_.icon                  # QFileIconProvider (gui/file_dialogs.py)

# SQLAlchemy calls a TypeDecorator's hooks (store/types.py).
_.process_bind_param
_.process_result_value
# SQLAlchemy's declarative mapping reads a mixin's declared_attr (store/models/columns.py Versioned).
_.__mapper_args__

# Menu entries name their action as text: gui/accounts/__init__.py _act("…") → getattr(actions, name).
_.backup_menu
_.restore_menu
_.full_check_menu
_.change_password_menu
_.lock_now

# Alembic runs each revision's downgrade() by name (store/migrations/versions/*.py).
downgrade

# openpyxl's write-only sheet and its writer call these overrides (documents/xlsx_rows.py).
_._get_writer
_._write_rows
_.get_stream

# Python calls a module's __getattr__ for a name it lacks (PEP 562): services/app.py gives
# SchemaError/NewerSchema (imported by commands/_common.py) without loading the schema at import.
__getattr__
