"""Demo step 95: 文件资料 — three of the centre's documents, made at demo time as small PDFs (nothing binary
is committed): 业主临时公约 (one version), 业户手册 (an older and the current version, so the list
shows a superseded one) and 装修管理规定 (for units under decoration), each kept through the stored
files like any file the supervisor adds."""
from __future__ import annotations

import random
import tempfile
from datetime import date, timedelta
from pathlib import Path

from deskapp.documents.library.sample import rulebook_pdf
from deskapp.domain.library import Audience, DocKind
from deskapp.services import stored_files
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, staff
from deskapp.store.models.library import LibraryDocument, LibraryVersion
from deskapp.store.repositories.library import LibraryRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

ORDER = 95

CLAUSES = {
    "业主临时公约": ("业主应当遵守本物业管理区域内的共用部位、共用设施设备的使用规定。",
                 "业主不得擅自改变房屋结构、外貌和用途，不得违章搭建。",
                 "业主应当按时交纳物业服务费用。"),
    "业户手册": ("物业服务中心每日 8:00 至 20:00 在前台接待业户。",
             "报修请致电服务中心或到前台登记，急修 30 分钟内到场。",
             "装修、搬家、出租请先到服务中心办理登记手续。"),
    "装修管理规定": ("装修前须到物业服务中心办理装修申请，经审批后方可施工。",
               "施工时间为工作日 8:00—12:00、14:00—18:00，节假日不得进行有噪音的施工。",
               "不得拆改承重墙、梁、柱，不得破坏防水层。",
               "装修垃圾须袋装并堆放在指定地点。"),
}
# (title, kind, audience, [(label, years before today)])
DOCUMENTS = (("业主临时公约", DocKind.CONVENTION, Audience.ALL, (("2022版", 4),)),
             ("业户手册", DocKind.HANDBOOK, Audience.ALL, (("2021版", 5), ("2025版", 1))),
             ("装修管理规定", DocKind.RULES, Audience.DECORATION, (("2024版", 2),)))


def _effective(today: date, years: int) -> date:
    return date(today.year - years, 3, 1)


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    author = staff()["supervisor"]
    centre = RegistryRepository(session).centre().name
    repo = LibraryRepository(session)
    with tempfile.TemporaryDirectory() as tmp:
        for title, kind, audience, versions in DOCUMENTS:
            first = _effective(plan.today, versions[0][1])
            doc = repo.add(LibraryDocument(title=title, kind=kind, audience=audience,
                                           created_at=at(first - timedelta(days=7)), created_by=author))
            repo.flush()
            for label, years in versions:
                on = _effective(plan.today, years)
                path = Path(tmp) / f"{title}{label}.pdf"
                path.write_bytes(rulebook_pdf(centre, title, label, on, CLAUSES[title]))
                kept = stored_files.keep(session, ctx, path, author)
                repo.add(LibraryVersion(document_id=doc.id, stored_file_id=kept.id, label=label, effective_on=on,
                                        note="业主大会通过" if kind is DocKind.CONVENTION else "",
                                        created_at=at(on - timedelta(days=7)), created_by=author))
    repo.flush()
