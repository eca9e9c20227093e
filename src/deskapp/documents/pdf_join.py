"""Joining PDFs that reportlab wrote, without parsing their content (issue 21 §3).

The fee-notice batch draws its pages in worker processes, one PDF per part, and joins them. pypdf
parsed every object of every part and cost the joining process about as much per page as a sixth
of drawing it, on the core the workers needed. reportlab's output is plain: numbered objects one
after the other, a classic xref table, one catalog, one page tree, one info dictionary. So the
parts' objects are copied as they are, streams byte for byte; only the object numbers in their
dictionaries are shifted, and one new page tree, catalog and info dictionary hold the pages."""
from __future__ import annotations

import re
from collections.abc import Sequence

_REF = re.compile(rb"(\d+) 0 R")
_TRAILER_REF = re.compile(rb"/(Root|Info) (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_PARENT = re.compile(rb"/Parent \d+ 0 R")


class _Part:
    """One reportlab PDF: its objects' bytes (after `N 0 obj\\n`, up to and with `endobj`) by number."""

    def __init__(self, pdf: bytes):
        start = int(pdf[pdf.rindex(b"startxref") + 9:].split()[0])
        lines = pdf[start:pdf.index(b"trailer", start)].split(b"\n")
        count = int(lines[1].split()[1])  # "xref", "0 N", then N entries
        offsets = {n: int(entry[:10]) for n, entry in enumerate(lines[2:2 + count]) if entry[17:18] == b"n"}
        ends = sorted(offsets.values()) + [start]
        following = dict(zip(ends, ends[1:]))
        self.header = pdf[:min(offsets.values())]
        self.objects = {}
        for n, at in offsets.items():
            body = pdf[at:following[at]]
            self.objects[n] = body[body.index(b" obj\n") + 5:]
        refs = dict((name, int(num)) for name, num in _TRAILER_REF.findall(pdf[pdf.index(b"trailer", start):]))
        self.info = refs[b"Info"]
        catalog = refs[b"Root"]
        self.pages_root = int(re.search(rb"/Pages (\d+) 0 R", self.objects[catalog]).group(1))
        self.skipped = {catalog, self.info}
        self.pages: list[int] = []
        self._walk(self.pages_root)

    def _walk(self, node: int) -> None:
        """Pages in order, through a page tree of any depth; its inner nodes are not copied."""
        head = self._head(node)
        if b"/Type /Pages" not in head:
            self.pages.append(node)
            return
        self.skipped.add(node)
        for kid in _REF.findall(_KIDS.search(head).group(1)):
            self._walk(int(kid))

    def _head(self, n: int) -> bytes:
        body = self.objects[n]
        cut = body.find(b"\nstream")
        return body if cut < 0 else body[:cut]


def _shifted(body: bytes, by: int) -> bytes:
    """The object with every reference in its dictionary moved by `by`; the stream untouched."""
    cut = body.find(b"\nstream")
    head, rest = (body, b"") if cut < 0 else (body[:cut], body[cut:])
    return _REF.sub(lambda m: b"%d 0 R" % (int(m.group(1)) + by), head) + rest


def join_reportlab_pdfs(parts: Sequence[bytes]) -> bytes:
    """One PDF with the pages of `parts` in order (each part written by reportlab's Canvas);
    the info dictionary (title, producer) is the first part's."""
    out = bytearray()
    offsets: dict[int, int] = {}
    kids: list[int] = []
    base = 0
    loaded = [_Part(pdf) for pdf in parts]
    # the new page tree, catalog and info dictionary come after every part's objects
    root = sum(max(p.objects) for p in loaded) + 1
    catalog, info = root + 1, root + 2
    out += loaded[0].header
    for part in loaded:
        pages = set(part.pages)
        for n in sorted(part.objects):
            if n in part.skipped:
                continue
            body = _shifted(part.objects[n], base)
            if n in pages:  # the shifted /Parent names a node that is not copied: the new tree
                body = _PARENT.sub(b"/Parent %d 0 R" % root, body, count=1)
            offsets[base + n] = len(out)
            out += b"%d 0 obj\n" % (base + n) + body
        kids += [base + n for n in part.pages]
        base += max(part.objects)
    first = loaded[0]
    for number, body in (
            (root, b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>\nendobj\n"
             % (len(kids), b" ".join(b"%d 0 R" % k for k in kids))),
            (catalog, b"<<\n/PageMode /UseNone /Pages %d 0 R /Type /Catalog\n>>\nendobj\n" % root),
            (info, first.objects[first.info])):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + body
    xref = len(out)
    total = info + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % total
    for n in range(1, total):
        out += b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n"
    out += b"trailer\n<<\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n" % (
        info, catalog, total, xref)
    return bytes(out)
