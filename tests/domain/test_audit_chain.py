import hashlib

from deskapp.domain.audit_chain import GENESIS, ChainRow, verify


def h(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def chain(n: int) -> list[ChainRow]:
    rows, prev = [], GENESIS
    for i in range(1, n + 1):
        digest = h(prev + f"row{i}")
        rows.append(ChainRow(i, prev, digest, digest))
        prev = digest
    return rows


def test_an_intact_chain_is_ok():
    report = verify(chain(50))
    assert report.ok and report.checked == 50 and report.last_id == 50


def test_a_changed_row_is_named():
    rows = chain(10)
    rows[4] = ChainRow(5, rows[4].prev_hash, rows[4].hash, h("edited"))
    report = verify(rows)
    assert report.changed == [5] and not report.inserted and not report.removed_before


def test_a_removed_row_is_found_after_its_gap():
    rows = chain(10)
    del rows[6]  # id 7
    report = verify(rows)
    assert report.removed_before == [8] and not report.changed


def test_a_rewritten_hash_shows_as_a_break_after_it():
    rows = chain(10)
    forged = h("forged")
    rows[3] = ChainRow(4, rows[3].prev_hash, forged, forged)
    report = verify(rows)
    assert report.removed_before == [5]


def test_an_inserted_row_is_named():
    rows = chain(10)
    fake = h("fake")
    # linked to row 5 like a genuine row, then row 6 still points at row 5
    rows.insert(5, ChainRow(99, rows[4].hash, fake, h("not the digest")))
    report = verify(rows)
    assert report.inserted == [99] and report.changed == [] and report.removed_before == []


def test_a_forged_row_at_the_end_is_an_insertion():
    rows = chain(5) + [ChainRow(6, h("whatever"), h("x"), h("y"))]
    assert verify(rows).inserted == [6]


def test_problems_are_in_chinese_and_count_rows():
    rows = chain(4)
    rows[1] = ChainRow(2, rows[1].prev_hash, rows[1].hash, h("x"))
    seen = []
    report = verify(rows, on_row=seen.append)
    assert seen == [1, 2, 3, 4]
    assert report.problems() == ["审计日志第 2 条的内容被改动过（哈希不符）"]
