"""The catalogue of what the services say, in English (scripts/service_texts.py): in step with
the code and complete, so that English mode never falls back to Chinese for a text it knows."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("service_texts_script", ROOT / "scripts" / "service_texts.py")
service_texts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(service_texts)


def test_the_catalogue_holds_every_text_the_code_has_and_no_other():
    on_file = set(service_texts.read())
    in_code = service_texts.collect()
    assert sorted(in_code - on_file) == [], "run: python scripts/service_texts.py update, then fill"
    assert sorted(on_file - in_code) == [], "run: python scripts/service_texts.py update"


def test_every_text_has_english_with_the_same_slots():
    entries = service_texts.read()
    assert service_texts.todo() == []
    for source, english in entries.items():
        assert set(re.findall(r"\{\d+\}", english)) == set(re.findall(r"\{\d+\}", source)), source
