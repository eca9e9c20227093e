"""Every user-visible string in the GUI has a zh_CN translation, and the shipped .qm files
are built from the current .ts files."""
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)


@pytest.mark.parametrize("area", sorted(i18n.areas()))
def test_every_string_has_a_zh_cn_translation(area, tmp_path):
    committed = i18n.ts_path(area)
    assert committed.exists(), f"{committed.name} is missing: run scripts/i18n.py update"
    fresh = tmp_path / committed.name
    fresh.write_bytes(committed.read_bytes())
    i18n.lupdate(i18n.areas()[area], fresh)  # merges the code's current strings into a copy
    missing = i18n.unfinished(fresh)
    assert not missing, f"untranslated in {area}: {missing[:20]}"


def test_qm_files_match_their_ts(tmp_path):
    for ts in sorted(i18n.OUT.glob("deskapp_*_zh_CN.ts")):
        qm = ts.with_suffix(".qm")
        assert qm.exists(), f"{qm.name} missing: run scripts/i18n.py release"
        rebuilt = tmp_path / qm.name
        subprocess.run([i18n.tool("pyside6-lrelease"), str(ts), "-qm", str(rebuilt)], check=True, capture_output=True)
        assert rebuilt.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/i18n.py release"


def test_no_unfinished_entries_committed():
    for ts in sorted(i18n.OUT.glob("deskapp_*_zh_CN.ts")):
        for msg in ET.parse(ts).getroot().iter("message"):
            tr = msg.find("translation")
            assert tr is not None and tr.get("type") != "unfinished", (ts.name, msg.findtext("source"))


def test_no_two_areas_translate_the_same_context_and_text_differently():
    """Every area's .qm is installed at once and Qt takes the first translator that knows a
    (context, text): two areas with a class of the same name (the context) and the same text
    would show one area's words in the other's window — billing's 移交 tab and reception's 工作交接
    both had a HandoverTab saying "Hand over", one read 费用移交 on the other's button."""
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for ts in sorted(i18n.OUT.glob("deskapp_*_zh_CN.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.find("name").text
            for msg in context.iter("message"):
                tr = msg.find("translation")
                if tr is None or tr.get("type") in ("obsolete", "vanished", "unfinished"):
                    continue
                seen.setdefault((name, msg.find("source").text), {})[ts.name] = tr.text
    clashes = {key: files for key, files in seen.items() if len(set(files.values())) > 1}
    assert not clashes, f"rename one of the classes (its translation context) so each area's words stay its own: {clashes}"
