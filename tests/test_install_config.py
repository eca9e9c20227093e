"""The installer's data-folder choice (deskapp-install.ini beside the program)."""
from __future__ import annotations

from deskapp.install_config import INI_NAME, chosen_data_folder


def test_no_file_means_per_user(tmp_path):
    assert chosen_data_folder(tmp_path) is None


def test_shared_folder_is_read(tmp_path):
    shared = tmp_path / "ProgramData" / "deskapp"
    # Inno Setup writes the file; a BOM must not matter.
    (tmp_path / INI_NAME).write_text(f"\ufeff[data]\nfolder={shared}\n", encoding="utf-8")
    assert chosen_data_folder(tmp_path) == shared


def test_empty_choice_means_per_user(tmp_path):
    (tmp_path / INI_NAME).write_text("[data]\nfolder=\n", encoding="utf-8")
    assert chosen_data_folder(tmp_path) is None


def test_damaged_file_keeps_the_program_starting(tmp_path):
    (tmp_path / INI_NAME).write_bytes(b"\xff\xfe\x00garbage [[[\n")
    assert chosen_data_folder(tmp_path) is None


def test_not_frozen_has_no_program_folder_choice():
    assert chosen_data_folder() is None  # a checkout or pip install: per user
