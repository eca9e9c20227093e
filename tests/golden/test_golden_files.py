"""Every export and printed document, made from the fixed demo world, is what tests/golden/files/
says (issue 15: the refactor leaves figures and files as they were). One test per document, so a
failure names it and shows the diff. An intended change: `python scripts/golden.py --update`
and commit the golden diff with its reason."""
from __future__ import annotations

import difflib

import golden_docs
import pytest

DOCS = golden_docs.documents()


@pytest.fixture(scope="module")
def world_db(tmp_path_factory):
    return golden_docs.build_world(tmp_path_factory.mktemp("golden-world"))


def test_every_listed_document_has_its_golden_file_and_no_file_is_orphaned():
    listed = {golden_docs.golden_path(d).name for d in DOCS}
    stored = {p.name for p in golden_docs.FILES.glob("*.txt")}
    assert listed - stored == set(), "run: python scripts/golden.py --update --only NAME…"
    assert stored - listed == set(), "golden files of documents no longer listed (scripts/golden.py --update drops them)"


def test_the_table_holds_every_export_and_each_paper_setting():
    from deskapp.services import exports

    names = {d.name for d in DOCS}
    assert {f"export-{n}" for n in exports.all_exports()} <= names
    assert {f"export-{n}-unmasked" for n in golden_docs.MASKED_EXPORTS} <= names
    assert len([n for n in names if n.startswith("receipt-") and "voided" not in n]) >= 3
    assert {"fee-notices-A4", "fee-notices-A5"} <= names


@pytest.mark.slow
@pytest.mark.parametrize("doc", DOCS, ids=[d.name for d in DOCS])
def test_document_matches_its_golden_file(doc, world_db, tmp_path):
    path = golden_docs.golden_path(doc)
    now = golden_docs.make(doc, world_db, tmp_path)
    assert path.exists(), f"no golden file for {doc.name}: python scripts/golden.py --update --only {doc.name}"
    golden = path.read_text(encoding="utf-8")
    if now != golden:
        diff = "".join(difflib.unified_diff(golden.splitlines(True), now.splitlines(True),
                                            f"golden/{doc.name}", f"now/{doc.name}", n=2))
        pytest.fail(f"{doc.name} changed (intended? python scripts/golden.py --update --only {doc.name}):\n{diff}",
                    pytrace=False)
    assert len(now.splitlines()) > 3  # a document with content, not an empty dump
