"""文件资料: the supervisor adds a document with a file, replaces it with a new version (the older kept
and listed, the one in force the latest effective on or before today), withdraws it with a reason;
bad input refused at its field with nothing written; the unit page's documents in force; the
《文件版本登记表》 register."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from library_support import pdf_file, under_decoration, unit
from support import make_actor

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.library import Audience, DocKind, DocumentInput, VersionInput
from deskapp.domain.permissions import Role
from deskapp.services import exports, settings, stored_files
from deskapp.services.library import documents as library
from deskapp.store.models.accounts import AuditEntry

DAY = date(2026, 11, 27)  # the test clock's day
WM = make_actor(Role.SUPERVISOR, "王敏")
ZT = make_actor(Role.CLERK, "周婷")
RULES = DocumentInput("装修管理规定", DocKind.RULES, Audience.DECORATION)


@pytest.fixture(autouse=True)
def own_folder(ctx, tmp_path):
    """This test's own store (the suite's PostgreSQL databases share a name, hence a default folder)."""
    settings.set_value(ctx, make_actor(Role.ADMIN), stored_files.FOLDER, str(tmp_path / "kept"))


@pytest.fixture
def rules_doc(community, tmp_path):
    first = pdf_file(tmp_path / "装修管理规定2024.pdf", "Decoration rules 2024")
    return library.add_document(community, WM, RULES, VersionInput("2024版", date(2024, 3, 1), "业主大会通过"), first)


def test_a_new_version_replaces_the_old_which_stays_listed(community, rules_doc, tmp_path):
    second = pdf_file(tmp_path / "装修管理规定2026.pdf", "Decoration rules 2026")
    later = pdf_file(tmp_path / "装修管理规定2027.pdf", "Decoration rules 2027")
    library.add_version(community, WM, rules_doc, VersionInput("2026版", date(2026, 7, 1)), second)
    library.add_version(community, WM, rules_doc, VersionInput("2027版", date(2027, 1, 1), "明年起"), later)
    doc, = library.documents(community, ZT)
    assert (doc.title, doc.kind, doc.versions, doc.current.label) == ("装修管理规定", DocKind.RULES, 3, "2026版")
    rows = library.versions(community, ZT, rules_doc)
    assert [(v.label, v.in_force, v.to_come) for v in rows] == [
        ("2027版", False, True), ("2026版", True, False), ("2024版", False, False)]
    opened = library.file_to_open(community, ZT, rows[2].id)  # an old version still opens
    assert opened.read_bytes() == (tmp_path / "装修管理规定2024.pdf").read_bytes()
    with community.reader() as uow:
        actions = [a for (a,) in uow.session.query(AuditEntry.action).filter(AuditEntry.action.like("library.%"))]
    assert actions == ["library.add", "library.version", "library.version", "library.version"]


def test_withdrawn_with_a_reason_and_kept_on_record(community, rules_doc):
    with pytest.raises(ValidationError) as e:
        library.withdraw(community, WM, rules_doc, "  ")
    assert e.value.field == "停用原因"
    library.withdraw(community, WM, rules_doc, "并入业户手册")
    assert library.documents(community, ZT) == []
    doc, = library.documents(community, ZT, with_withdrawn=True)
    assert doc.withdrawn and doc.withdraw_reason == "并入业户手册"
    with pytest.raises(Conflict):
        library.add_version(community, WM, rules_doc, VersionInput("2026版", DAY), __file__)


def test_only_the_supervisor_manages_but_every_role_opens(community, rules_doc, tmp_path):
    with pytest.raises(PermissionDenied):
        library.add_version(community, ZT, rules_doc, VersionInput("2026版", DAY), __file__)
    for role in Role:
        version = library.documents(community, make_actor(role))[0].current
        assert library.file_to_open(community, make_actor(role), version.id).is_file()


@pytest.mark.parametrize("doc, version, source, field", [
    (DocumentInput(" ", DocKind.HANDBOOK, Audience.ALL), VersionInput("2026版", DAY), "good", "文件名称"),
    (DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL), VersionInput("2026版", None), "good", "生效日期"),
    (DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL), VersionInput("", DAY), "good", "版本"),
    (DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL), VersionInput("2026版", DAY), "empty", "文件"),
    (DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL), VersionInput("2026版", DAY), "/proc/self/mem", "文件"),
    (DocumentInput("装修管理规定", DocKind.RULES, Audience.ALL), VersionInput("2026版", DAY), "good", "文件名称"),
])
def test_bad_input_is_refused_at_its_field_and_nothing_written(community, rules_doc, tmp_path, doc, version,
                                                               source, field):
    files = {"good": pdf_file(tmp_path / "业户手册.pdf", "Handbook"), "empty": tmp_path / "空.pdf"}
    files["empty"].write_bytes(b"")
    with pytest.raises(ValidationError) as e:
        library.add_document(community, WM, doc, version, files.get(source, source))
    assert e.value.field == field
    assert [d.title for d in library.documents(community, WM, with_withdrawn=True)] == ["装修管理规定"]
    assert library.documents(community, WM)[0].versions == 1


def test_the_unit_page_lists_what_concerns_the_unit(community, rules_doc, tmp_path):
    handbook = pdf_file(tmp_path / "业户手册.pdf", "Handbook")
    library.add_document(community, WM, DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL),
                         VersionInput("2025版", date(2025, 1, 1)), handbook)
    library.add_document(community, WM, DocumentInput("前台交接班制度", DocKind.OTHER, Audience.DESK),
                         VersionInput("2025版", date(2025, 1, 1)), handbook)
    library.add_document(community, WM, DocumentInput("业主临时公约", DocKind.CONVENTION, Audience.ALL),
                         VersionInput("2027版", date(2027, 1, 1)), handbook)  # not yet in force
    quiet, works = unit(community, "1502"), unit(community, "1601", "空置")
    under_decoration(community, works, DAY)
    assert [d.title for d in library.for_unit(community, ZT, quiet)] == ["业户手册"]
    assert [d.title for d in library.for_unit(community, ZT, works)] == ["业户手册", "装修管理规定"]


def test_the_register_of_documents_and_versions(community, rules_doc, tmp_path):
    library.add_version(community, WM, rules_doc, VersionInput("2026版", date(2026, 7, 1)),
                        pdf_file(tmp_path / "新.pdf", "Decoration rules 2026"))
    out = tmp_path / "文件版本登记表.xlsx"
    assert exports.run_export(community, ZT, "document-versions", out, exports.ExportOptions()) == 2
    ws = openpyxl.load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert "文件版本登记表" in rows[0][0]
    header = rows.index(next(r for r in rows if r[0] == "序号"))
    body = rows[header + 1:header + 3]
    assert [(r[1], r[4], r[6], r[7]) for r in body] == [("装修管理规定", "2026版", "现行", "新.pdf"),
                                                        ("装修管理规定", "2024版", "旧版", "装修管理规定2024.pdf")]


def test_the_demo_keeps_three_documents_one_with_an_older_version(ctx, admin):
    from pypdf import PdfReader

    from deskapp.services import demo
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=40))
    docs = {d.title: d for d in library.documents(ctx, ZT)}
    assert sorted(docs) == ["业主临时公约", "业户手册", "装修管理规定"]
    assert docs["业户手册"].versions == 2 and docs["业户手册"].current.label == "2025版"
    text = PdfReader(library.file_to_open(ctx, ZT, docs["业户手册"].current.id)).pages[0].extract_text()
    assert "业户手册" in text and f"{DAY.year - 1}年03月01日" in text  # the version's own effective date


def test_a_documents_title_kind_and_audience_are_put_right(community, rules_doc, tmp_path):
    from deskapp.domain.errors import ConcurrentEdit

    other = library.add_document(community, WM, DocumentInput("业户手册", DocKind.HANDBOOK, Audience.ALL),
                                 VersionInput("2025版", date(2025, 1, 1)), pdf_file(tmp_path / "h.pdf", "Handbook"))
    loaded = next(d for d in library.documents(community, ZT) if d.id == rules_doc)
    with pytest.raises(ValidationError) as e:  # the title stays unique
        library.edit_document(community, WM, rules_doc, DocumentInput("业户手册", DocKind.RULES, Audience.DECORATION))
    assert e.value.field == "文件名称"
    with pytest.raises(PermissionDenied):
        library.edit_document(community, ZT, rules_doc, DocumentInput("装修管理规定（2024）", DocKind.RULES,
                                                                      Audience.DECORATION))
    library.edit_document(community, WM, rules_doc, DocumentInput("小区装修管理规定", DocKind.RULES, Audience.ALL),
                          version=loaded.version)
    doc = next(d for d in library.documents(community, ZT) if d.id == rules_doc)
    assert (doc.title, doc.audience, doc.versions, doc.current.label) == ("小区装修管理规定", Audience.ALL, 1, "2024版")
    with pytest.raises(ConcurrentEdit):  # a form loaded before that save
        library.edit_document(community, WM, rules_doc, RULES, version=loaded.version)
    with community.reader() as uow:
        summary, before = uow.session.query(AuditEntry.summary, AuditEntry.before).filter(
            AuditEntry.action == "library.edit").one()
    assert summary == "修改文件资料：装修管理规定 → 小区装修管理规定" and "kind" not in before
    library.withdraw(community, WM, other, "并入新版")
    with pytest.raises(Conflict):
        library.edit_document(community, WM, other, DocumentInput("业户手册（旧）", DocKind.HANDBOOK, Audience.ALL))
