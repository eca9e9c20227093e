"""Damaged and hostile variants of real workbooks, for the import fuzzers (the hypothesis test
beside this file and scripts/fuzz_import.py). A variant is made from a seed, so a failure found
by the script is reproduced with the same seed.

Three levels, as files come to harm or are made to harm: raw bytes (flips, truncation, a
range repeated); the zip (a part dropped, stored, renamed, its XML bytes flipped, with a valid
CRC so the damage reaches the XML parser); the XML (cell references, values and types,
dimension, a DTD, a closing tag lost)."""
from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

REAL = Path(__file__).resolve().parents[2] / "data" / "realdata"
SEEDS = ("importRoom.xlsx", "房产导入模板.xls", "仪表导入模板.xls", "readings.csv", "roster.csv")

_CSV = {
    "readings.csv": "年份,月份,楼栋,房间,仪表,读数\n2026,1,3,101,水表,300.22\n2026,1,3,102,电表,1024.5\n",
    "roster.csv": "楼栋,单元,房号,楼层,建筑面积,业主,手机号,交房日期\n3,1,101,1,95.5,张三,13957112345,2020-06-01\n"
                  "3,1,102,1,90,李四,13957112346,2021/5/1\n",
}

REFS = [b"XFD1048576", b"A0", b"", b"1A", b"A99999999", b"ZZZZ1", b"B2", b"A1048577", b"$A$1", b"a1"]
VALUES = [b"1e30", b"12345678901234567", b"-1", b"NaN", b"inf", b"1e999999999", b"99999999999999999999999",
          b"", b"abc", b"-0", b"4294967296", b"2958466", b"-693594", b"0.0000001", b"1" * 400]
TYPES = [b"s", b"e", b"d", b"b", b"str", b"inlineStr", b"n", b"x"]
DTD = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'


def original(name: str) -> bytes:
    if name in _CSV:
        return _CSV[name].encode("gbk" if name == "roster.csv" else "utf-8")
    return (REAL / name).read_bytes()


def mutate(name: str, seed: int) -> bytes:
    """A variant of the real file `name` (one of SEEDS), the same for the same seed."""
    rng = random.Random(seed)
    data = original(name)
    if data.startswith(b"PK") and rng.random() < 0.75:
        return _mutate_zip(data, rng)
    if not data.startswith((b"PK", b"\xd0\xcf")) and rng.random() < 0.5:
        return _mutate_text(data, rng)
    return _mutate_bytes(data, rng)


def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    if not out:  # an earlier mutation truncated it all: something, not nothing, to damage further
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
    kind = rng.randrange(4)
    if kind == 0:  # flips
        for _ in range(rng.randint(1, 24)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == 1:  # truncation
        del out[rng.randrange(len(out)):]
    elif kind == 2:  # a range repeated
        a = rng.randrange(len(out))
        b = min(len(out), a + rng.randint(1, 4096))
        out[a:a] = out[a:b] * rng.randint(1, 50)
    else:  # random bytes inserted
        at = rng.randrange(len(out))
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 256)))
    return bytes(out)


def _mutate_text(data: bytes, rng: random.Random) -> bytes:
    text = data
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(5)
        if kind == 0:
            text = re.sub(rb"[0-9.]+", lambda m: rng.choice(VALUES + [m.group()]), text, count=rng.randint(1, 5))
        elif kind == 1:
            at = rng.randrange(len(text) + 1)
            text = text[:at] + rng.choice([b'"', b"\x00", b"\xff\xfe", b",,,,", b"\r", b"\n" * 3]) + text[at:]
        elif kind == 2:
            text = text + text.splitlines(keepends=True)[-1] * rng.randint(1, 200)
        elif kind == 3:
            text = text.replace(b",", rng.choice([b";", b"\t", b'","', b""]), rng.randint(1, 10))
        else:
            text = _mutate_bytes(text, rng)
    return text


def _mutate_zip(data: bytes, rng: random.Random) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as src:
        parts = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    xml = [i for i, (n, _) in enumerate(parts) if n.endswith((".xml", ".rels"))]
    for _ in range(rng.randint(1, 3)):
        kind = rng.randrange(6)
        if kind == 0 and len(parts) > 1:  # a part lost
            parts.pop(rng.randrange(len(parts)))
            xml = [i for i, (n, _) in enumerate(parts) if n.endswith((".xml", ".rels"))]
        elif kind == 1 and xml:  # a part's bytes flipped, behind a valid CRC
            i = rng.choice(xml)
            parts[i] = (parts[i][0], _mutate_bytes(parts[i][1], rng))
        elif kind == 2 and parts:  # a part renamed
            i = rng.randrange(len(parts))
            parts[i] = (parts[i][0] + rng.choice(["x", "", "/", ".bak"]), parts[i][1])
        elif xml:
            i = rng.choice([j for j in xml if "worksheets" in parts[j][0]] or xml)
            parts[i] = (parts[i][0], _mutate_xml(parts[i][1], rng))
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if rng.random() < 0.1 else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(out, "w", method) as dst:
        for name, body in parts:
            dst.writestr(name, body)
    return out.getvalue()


def _mutate_xml(xml: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(8)
    if kind == 0:
        return re.sub(rb' r="[A-Z]*[0-9]+"', lambda m: b' r="' + rng.choice(REFS) + b'"' if rng.random() < 0.1 else m.group(),
                      xml)
    if kind == 1:
        return re.sub(rb"<v>[^<]*</v>", lambda m: b"<v>" + rng.choice(VALUES) + b"</v>" if rng.random() < 0.2
                      else m.group(), xml)
    if kind == 2:
        return re.sub(rb' t="[a-zA-Z]+"', lambda m: b' t="' + rng.choice(TYPES) + b'"' if rng.random() < 0.2
                      else m.group(), xml)
    if kind == 3:
        return re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:' + rng.choice(REFS) + b'"', xml)
    if kind == 4:
        return xml.replace(b"?>", b"?>" + DTD, 1)
    if kind == 5:  # a closing tag lost
        tags = [m.start() for m in re.finditer(rb"</", xml)]
        if tags:
            at = rng.choice(tags)
            end = xml.find(b">", at)
            return xml[:at] + xml[end + 1:]
        return xml
    if kind == 6:  # a row far away
        return xml.replace(b"</sheetData>", b'<row r="' + str(rng.choice([2, 65536, 200001, 1048576])).encode()
                           + b'"><c r="' + rng.choice(REFS) + b'"><v>1</v></c></row></sheetData>')
    return xml.replace(b"<", b"<" * rng.randint(1, 3), rng.randint(1, 5))
