"""English for the texts the services hand over (issue 12 §3; docs/CONVENTIONS.md "Service texts").

The services write Chinese, the language of the records and the paper forms. In English mode
the GUI passes what it shows from them — error messages, enum labels, permission and setting
labels, the morning list — through `said`, which looks them up in
resources/translations/deskapp_services_en.ts (kept by scripts/service_texts.py). A catalogue
source with {0}, {1}… is an f-string's pattern; the parts it matched are looked up in turn, so
"房屋（编号 7）不存在" and "待处理" inside a message come out English as well. A text with no
entry (a name, an address, a note someone typed) is shown as it is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from deskapp.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from deskapp.resources_path import resource

CJK = re.compile(r"[\u4e00-\u9fff]")
_SLOT = re.compile(r"\{(\d+)\}")

_exact: dict[str, str] = {}
_patterns: list[tuple[re.Pattern, str]] = []
_active = False
_loaded = False


def load(active: bool) -> None:
    """Called by gui/i18n.install. The catalogue itself is read when English is first needed
    (≈ 50–140 ms), not during start-up, and never in Chinese mode."""
    global _active, _loaded
    _exact.clear()
    _patterns.clear()
    _said.cache_clear()
    _active, _loaded = active, False


def _read() -> None:
    global _loaded
    _loaded = True
    import xml.etree.ElementTree as ET  # English mode only: the Chinese start does not pay for it

    patterns = []
    for msg in ET.parse(resource("translations", "deskapp_services_en.ts")).getroot().iter("message"):
        source, tr = msg.findtext("source") or "", msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not tr.text:
            continue
        if _SLOT.search(source):
            patterns.append((len(_SLOT.sub("", source)), _pattern(source), tr.text))
        else:
            _exact[_unescape(source)] = _unescape(tr.text)
    # the pattern with most words of its own first: "{0}（编号 {1}）不存在" before "{0}不存在"
    patterns.sort(key=lambda p: -p[0])
    _patterns.extend((pattern, english) for _, pattern, english in patterns)


def _unescape(text: str) -> str:
    return text.replace("{{", "{").replace("}}", "}")


def _pattern(source: str) -> re.Pattern:
    parts = re.split(r"(\{\d+\})", source)
    return re.compile("".join(r"(.+?)" if _SLOT.fullmatch(p) else re.escape(_unescape(p)) for p in parts), re.S)


def said(text: str | None) -> str:
    """`text` as the user should read it: English in English mode when the catalogue knows it."""
    if not _active or not text or not CJK.search(text):
        return text or ""
    return _said(text)


@lru_cache(maxsize=8192)
def _said(text: str) -> str:
    if not _loaded:
        _read()
    if text in _exact:
        return _exact[text]
    for pattern, english in _patterns:
        found = pattern.fullmatch(text)
        if found:
            return _SLOT.sub(lambda m: _inside(said(found.group(int(m.group(1)) + 1)), m.start()), english)
    return _composed(text)


# how the services put known words together, and how English joins them
_JOINS = (("·", " · "), ("、", ", "), ("，", ", "), ("；", "; "))
_BULLET = re.compile(r"(?P<mark>\s*[·-] )(?P<line>.+)", re.S)
_NAMED = re.compile(r"(?P<word>[^\s（]+)(?P<rest> [^\u4e00-\u9fff]+|（(?P<inner>[^（）]*)）)")  # 收据 SJ…, 楼上漏水（待处理）


def _inside(word: str, at: int) -> str:
    """A label put inside a sentence loses its capital: "is already handed over" (not codes: SMS, WX2026)."""
    if at > 0 and len(word) > 1 and word[0].isupper() and word[1].islower():
        return word[0].lower() + word[1:]
    return word


def _composed(text: str) -> str:
    """Texts the services build from catalogue words, translated by their parts: lines,
    "其他：更换门锁", "收据 SJ2026-000001", "楼上漏水（待处理）", "抄表·新建", "作废、挂失",
    "11-24 上门 业主答应…". A part that is data stays as it is."""
    if "\n" in text:
        return "\n".join(said(line) for line in text.split("\n"))
    bullet = _BULLET.fullmatch(text)  # a line of a listing under a message's head: "· …", "    - …"
    if bullet:
        return bullet["mark"] + said(bullet["line"])
    head, colon, tail = text.partition("：")
    if colon:
        english = (said(head), said(tail))
        return f"{english[0]}: {english[1]}" if english != (head, tail) else text
    named = _NAMED.fullmatch(text)
    if named:
        word, inner = said(named["word"]), named["inner"]
        rest = named["rest"] if inner is None else f" ({said(inner)})"
        if word != named["word"] or (inner is not None and rest != f" ({inner})"):
            return word + rest
    for sep, joined in _JOINS:
        if sep in text:
            parts = text.split(sep)
            english = [said(p) for p in parts]
            return joined.join(english) if english != parts else text
    words = text.split(" ")  # "居民身份证 330…2907", "阶梯 ≤15 4.1": known words among data
    # a word after a bare number is part of a quantity or an address ("3 号楼 1 单元", not "1 Stairwell"
    # because 单元 alone is also a column's name): data, left as it is
    english = [w if i and words[i - 1].isdigit() else _exact.get(w, w) for i, w in enumerate(words)]
    return " ".join(english) if english != words else text


def error_message(exc: BaseException) -> str:
    """The message of a user error, in the UI's language."""
    if not _active:
        return str(exc)
    if isinstance(exc, ValidationErrors):
        return "\n".join(error_message(p) for p in exc.problems)
    if isinstance(exc, ValidationError):
        prefix = f"{said(exc.location)}, " if exc.location else ""
        return f"{prefix}{said(exc.field)}: {said(exc.message)}"
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("errors", "{role} may not do this: {action}").format(
            role=said(exc.role_label), action=said(exc.action_label))
    return said(str(exc))
