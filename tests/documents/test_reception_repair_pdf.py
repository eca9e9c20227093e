"""The printed 工程维修单: its 派工记录 keeps each date with its time on one line."""
import io
import re

from pypdf import PdfReader

from deskapp.documents.reception.repair import RepairSheet, repair_orders_pdf

DISPATCHES = ("1. 王建国　派工 11-27 09:30（admin）　完工 11-27 11:30，返工 11-27 12:30：检查不合格：灯泡换了仍不亮，像是镇流器坏了",
              "2. 李师傅　派工 11-27 13:30（admin）　完工 11-27 16:30")


def _sheet(dispatches) -> RepairSheet:
    return RepairSheet("翠湖花园物业服务中心", "WX2026-000123", "公共区域", "", "3 号楼 1 单元", "楼道灯不亮", "管家", "",
                       "一般", "免费", "李师傅", "2026-11-27 09:00", "2026-11-27 13:30", "", "2026-11-27 16:30",
                       "更换镇流器，试灯正常", "", "", "合格", "", dispatches=dispatches)


def test_a_dispatch_line_never_breaks_between_a_date_and_its_time():
    for extra in ("", "又", "又一次", "又一次说", "又一次说还是", "又一次说还是不亮了"):  # the break moves along the line
        first = DISPATCHES[0].replace("检查不合格", f"检查不合格{extra}")
        text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(repair_orders_pdf([_sheet((first,) + DISPATCHES[1:])]))).pages)
        record = text.split("派工记录")[1].split("完工时间")[0]
        lines = [ln.strip() for ln in record.strip().splitlines()]
        assert not any(re.search(r"\d{2}-\d{2}$", ln) for ln in lines), lines
        assert not any(re.match(r"\d{2}:\d{2}", ln) for ln in lines), lines
        assert "11-27 12:30" in record
