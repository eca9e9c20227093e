"""File ▸ 每月汇总归档… as the supervisor does it: the month typed, the folder chosen, the workbook
written and said; Cancel on the progress dialog leaves no file; a clerk has no such entry."""
from __future__ import annotations

from datetime import datetime

from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox, QPushButton

from modal_answers import ModalAnswers, desk_window, patch_choose_folder
from support import CST


def _entry(window):
    # the entry as the menu shows it, in either language (its Alt letter's "&" taken out)
    return next((a for a in window.file_menu.actions()
                 if "每月汇总归档" in a.text() or "Monthly pack" in a.text().replace("&", "")), None)


def _after_november(community) -> None:
    """The desk's clock on 2026-12-02: November has ended, so it is filed without a question."""
    community.clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CST))


def _file_november(community, qtbot, monkeypatch, tmp_path):
    """The supervisor files 2026-11 from the File menu into a folder of its own: (window, folder, the
    message that ends it)."""
    _after_november(community)
    window = desk_window(qtbot, community, "SUPERVISOR")
    out = tmp_path / "归档"
    out.mkdir()
    patch_choose_folder(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-11")
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all(timeout=60_000)
    return window, out, said


def test_monthly_pack_from_the_file_menu(community, qtbot, monkeypatch, tmp_path):
    window, out, said = _file_november(community, qtbot, monkeypatch, tmp_path)
    assert "每月汇总-2026-11.xlsx" in said.text and "每月汇总-2026-11.pdf" in said.text, said.text  # both files
    pack = load_workbook(out / "每月汇总-2026-11.xlsx")
    assert pack.sheetnames[0] == "目录"
    rows = list(pack["目录"].iter_rows(min_row=3, values_only=True))
    listed = [r[0] for r in rows[:-1] if r[0] != "—"]
    assert listed == pack.sheetnames[1:] and len(listed) >= 5  # every monthly register, each listed
    # the total counts each register's records once: a （续） sheet holds the same rows' other columns
    records = {}
    for r in rows[:-1]:
        records.setdefault(r[1], r[2])
    assert any("（续）" in name for name in listed)
    assert rows[-1][0] == "合计" and rows[-1][2] == sum(records.values())
    n, total = len(records), sum(records.values())  # said in the language the desk runs in
    assert f"({n} registers, {total} records)" in said.text or f"（{n} 种登记表，{total} 条记录）" in said.text, said.text
    # the index prints on A4 portrait, one page wide at full size (≤ 92 characters), its header on each page
    index = pack["目录"]
    assert index.page_setup.orientation == "portrait" and index.page_setup.fitToWidth == 1
    assert sum(index.column_dimensions[c].width for c in "ABCD") <= 92 and index.print_title_rows == "$2:$2"
    assert index["A1"].value.startswith("翠湖花园物业服务中心 每月汇总归档 目录　2026年11月"), index["A1"].value
    assert str(out) in said.text
    # the summary for the manager beside it, with the month's work section by section
    text = "".join(p.extract_text() for p in PdfReader(out / "每月汇总-2026-11.pdf").pages)
    for section in ("服务需求/投诉：类别", "回访满意度", "投诉重开", "维修：类别与完工时间", "钥匙借用", "信件",
                    "装修日检与发现", "物品放行条", "楼道巡查", "满意度调查"):
        assert f"、{section}" in text, section


def test_cancel_leaves_no_pack(community, qtbot, monkeypatch, tmp_path):
    from deskapp.gui.monthpack import pack_action

    jobs = []

    class CancelledAtOnce(pack_action.Job):
        def start(self):
            jobs.append(self)
            self.dialog.findChild(QPushButton).click()  # the progress dialog's 取消
            return super().start()

    monkeypatch.setattr(pack_action, "Job", CancelledAtOnce)
    _after_november(community)
    window = desk_window(qtbot, community, "SUPERVISOR")
    out = tmp_path / "归档"
    out.mkdir()
    patch_choose_folder(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-11")
    _entry(window).trigger()
    answers.wait_all()
    qtbot.waitUntil(lambda: bool(jobs) and jobs[0].cancelled)
    assert list(out.iterdir()) == []
    from deskapp.store.models.monthpack import MonthPack

    with community.reader() as uow:  # nothing filed either
        assert uow.session.query(MonthPack).count() == 0


def test_a_clerk_has_no_monthly_pack(community, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    entry = _entry(window)
    assert entry is None or not entry.isVisible()


def test_a_bad_month_is_said_before_the_folder_is_asked(community, qtbot, monkeypatch, tmp_path):
    window = desk_window(qtbot, community, "SUPERVISOR")
    out = tmp_path / "归档"
    out.mkdir()
    chooser = patch_choose_folder(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-13")
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all()
    assert "月份" in refused.text and chooser.asked == [] and list(out.iterdir()) == []


def test_a_month_filed_before_is_said_and_filed_again_only_when_confirmed(community, qtbot, monkeypatch, tmp_path):
    """The second time: the folder chooser starts where the month went, the filing is said with its
    date and person, and No (the default) files nothing; Yes files it again."""
    from support import make_actor

    from deskapp.domain.permissions import Role
    from deskapp.services.monthpack import filing
    from deskapp.store.models.monthpack import MonthPack

    first = tmp_path / "十一月"
    first.mkdir()
    filing.file_month(community, make_actor(Role.SUPERVISOR), "2026-11", first)
    filed = {f.name: f.read_bytes() for f in first.iterdir()}
    _after_november(community)
    window = desk_window(qtbot, community, "SUPERVISOR")
    chooser = patch_choose_folder(monkeypatch, first)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-11")
    warned = answers.message_box(QMessageBox.StandardButton.No)
    _entry(window).trigger()
    answers.wait_all()
    assert "2026-11" in warned.text and "2026-11-27 09:30" in warned.text and str(first) in warned.text, warned.text
    assert "每月汇总-2026-11（第2次归档）.xlsx" in warned.text, warned.text
    assert chooser.asked == []
    with community.reader() as uow:
        assert uow.session.query(MonthPack).count() == 1
    answers.input_text("2026-11")
    answers.message_box(QMessageBox.StandardButton.Yes)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all(timeout=60_000)
    assert chooser.asked and chooser.asked[0][1] == str(first)  # the chooser opened on the last folder
    # the second filing is written beside the first, which stays as it was filed (its SHA-256 on record):
    # it was written over it, under the same names, when the chooser's folder was taken as offered
    again = ("每月汇总-2026-11（第2次归档）.xlsx", "每月汇总-2026-11（第2次归档）.pdf")
    assert all(name in said.text for name in again), said.text
    assert all((first / name).read_bytes() == data for name, data in filed.items())
    assert sorted(p.name for p in first.iterdir()) == sorted([*filed, *again])
    text = "".join(p.extract_text() for p in PdfReader(first / again[1]).pages)
    assert "第2次归档" in text and "制表人" in text
    with community.reader() as uow:
        assert uow.session.query(MonthPack).count() == 2


def test_the_filing_reads_in_words_in_the_audit_trail(community, qtbot, monkeypatch, tmp_path):
    """操作 每月汇总归档 and 对象 每月汇总, not monthpack.file and month_pack."""
    from modal_answers import click, open_view

    window, _out, _said = _file_november(community, qtbot, monkeypatch, tmp_path)
    trail = open_view(qtbot, window, "audit")
    click(qtbot, trail.search)
    model = trail.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    filed = next(r for r in rows if "每月汇总归档 2026-11" in r[-1])
    assert filed[3] == "每月汇总归档" and filed[5].startswith("每月汇总 "), filed


def _filings(community) -> int:
    from deskapp.store.models.monthpack import MonthPack

    with community.reader() as uow:
        return uow.session.query(MonthPack).count()


def test_a_month_to_come_is_refused_before_the_folder_is_asked(community, qtbot, monkeypatch, tmp_path):
    """On 2026-11-27 the supervisor types 2026-12 (a slip for 2026-11): refused naming 月份, nothing
    asked or written — it would have filed December's empty registers as December's pack."""
    window = desk_window(qtbot, community, "SUPERVISOR")
    out = tmp_path / "归档"
    out.mkdir()
    chooser = patch_choose_folder(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-12")
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all()
    assert "月份" in refused.text and "2026-12 还没有到" in refused.text, refused.text
    assert chooser.asked == [] and list(out.iterdir()) == [] and _filings(community) == 0


def test_a_month_still_running_is_said_and_filed_only_when_confirmed(community, qtbot, monkeypatch, tmp_path):
    """On 2026-11-27 November has four days to run: the supervisor is told the pack would hold the
    records up to today only and the month is to be filed again after the 30th; No (the default)
    files nothing, Yes files it — and the duty calendar still waits for a filing after the month."""
    from support import make_actor

    from deskapp.domain.calendar import DutyStatus
    from deskapp.domain.permissions import Role
    from deskapp.services.calendar import duties as calendar_duties

    window = desk_window(qtbot, community, "SUPERVISOR")
    chooser = patch_choose_folder(monkeypatch, tmp_path)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-11")
    warned = answers.message_box(QMessageBox.StandardButton.No)
    _entry(window).trigger()
    answers.wait_all()
    assert "2026-11" in warned.text and "2026-11-30" in warned.text, warned.text
    assert "还没有结束" in warned.text or "has not ended" in warned.text, warned.text
    assert chooser.asked == [] and _filings(community) == 0
    answers.input_text("2026-11")
    answers.message_box(QMessageBox.StandardButton.Yes)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all(timeout=60_000)
    assert "每月汇总-2026-11.pdf" in said.text and _filings(community) == 1

    def november_filed():
        december = calendar_duties.month(community, make_actor(Role.SUPERVISOR), 2026, 12)
        return next(r for r in december if r.key == "monthpack.filed" and r.period == "2026-12")

    _after_november(community)
    assert november_filed().status != DutyStatus.DONE  # the early pack lacks November's last days
    answers.input_text("2026-11")
    answers.message_box(QMessageBox.StandardButton.Yes)  # filed before: again
    answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all(timeout=60_000)
    row = november_filed()
    assert row.status == DutyStatus.DONE and "2026-12-02 09:00" in row.record, row.record


def test_signing_in_and_unmasking_after_filing_are_no_later_changes(community, admin, qtbot, monkeypatch, tmp_path):
    """A clerk signs in every morning and the supervisor unmasks an owner's ID number at the desk: the
    audit trail records both, but neither changes a register. After November was filed they were
    listed as 归档后变更 (on the morning list and in the pack filed again) — a line per sign-in, every
    day — while a real change (the owner's phone corrected again) is still said."""
    from support import make_actor

    from deskapp.domain.people import Relation
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import privacy, users
    from deskapp.services.monthpack import filing
    from deskapp.services.reception import desk
    from deskapp.services.registry import people as registry_people
    from deskapp.services.registry import units as registry_units
    from deskapp.services.registry.people import PersonEdit, PersonInput

    supervisor = make_actor(Role.SUPERVISOR)
    users.create_user(community, admin, "linxy", "林晓燕", Role.CLERK, "Cuihu#2026")
    users.authenticate(community, "linxy", "Cuihu#2026")  # November's sign-in
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                         "kind": "住宅", "building_area": "90"})
    registry_people.add_person(community, admin, unit, PersonInput("张三", "13812345678", id_number="11010519491231002X"),
                               Relation.OWNER)
    person = registry_units.unit_page(community, admin, unit).people[0].person_id
    privacy.reveal(community, supervisor, person)
    tie = registry_units.unit_page(community, admin, unit).people[0].tie_id
    registry_people.edit_person(community, admin, tie, PersonEdit(phone="13900001111"))  # November's record
    first = tmp_path / "十一月"
    first.mkdir()
    filing.file_month(community, supervisor, "2026-11", first)

    _after_november(community)
    users.authenticate(community, "linxy", "Cuihu#2026")  # December's sign-in
    privacy.reveal(community, supervisor, person)  # read, not changed

    def later():
        return [i.text for i in desk.start_of_day(community, supervisor) if i.kind == "归档后变更"]

    assert later() == []
    window = desk_window(qtbot, community, "SUPERVISOR")
    patch_choose_folder(monkeypatch, first)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-11")
    answers.message_box(QMessageBox.StandardButton.Yes)  # filed before: again
    answers.message_box(QMessageBox.StandardButton.Ok)
    _entry(window).trigger()
    answers.wait_all(timeout=60_000)
    assert "归档后变更" not in load_workbook(first / "每月汇总-2026-11（第2次归档）.xlsx").sheetnames

    community.clock.advance(hours=1)
    registry_people.edit_person(community, admin, tie, PersonEdit(phone="13900002222"))  # a change, said
    said = later()
    assert len(said) == 1 and "2026-11 已归档" in said[0] and "修改业主 张三的" in said[0], said
