"""《文件版本登记表》 as Excel: `deskapp export document-versions -o FILE.xlsx`, a line per version of every
document (withdrawn ones too: the register is the record of what was in force when), marked 现行,
待生效 or 旧版, with the kept file's name, size and SHA-256."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, wall_clock, write_register
from deskapp.services.library import documents as library
from deskapp.store.queries import library as q

EXPORT = define("library.export", "导出文件版本登记表", DESK)

COLS = [xlsx.Col("序号", 6), xlsx.Col("文件名称", 20), xlsx.Col("类别", 6), xlsx.Col("适用", 12),
        xlsx.Col("版本", 10), xlsx.Col("生效日期", 11), xlsx.Col("状态", 8), xlsx.Col("文件", 24),
        xlsx.Col("大小（字节）", 11), xlsx.Col("说明", 24), xlsx.Col("登记人", 10), xlsx.Col("登记时间", 16),
        xlsx.Col("停用原因", 18), xlsx.Col("SHA-256", 20)]


def _state(doc, version) -> str:
    if doc.withdrawn:
        return "已停用"
    return "现行" if version.in_force else ("待生效" if version.to_come else "旧版")


def export_versions(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(EXPORT)
    with ctx.reader() as uow:
        hashes = {v.id: f.sha256 for v, f in q.versions(uow.session, [d.id for d in q.documents(
            uow.session, with_withdrawn=True)])}
    data = []
    for doc in library.documents(ctx, actor, with_withdrawn=True):
        for v in library.versions(ctx, actor, doc.id):
            data.append([len(data) + 1, doc.title, doc.kind.value, doc.audience.value, v.label, v.effective_on,
                         _state(doc, v), v.file_name, v.size, v.note, v.added_by, wall_clock(ctx, v.added_at), doc.withdraw_reason,
                         hashes[v.id]])
    heading = exports.register_heading(ctx, actor, "文件版本登记表", xlsx.as_of(ctx.clock.today()))
    return write_register(path, "文件版本", heading, COLS, data, options, len(data))


exports.register(ExportSpec("document-versions", "《文件版本登记表》", None, export_versions))
