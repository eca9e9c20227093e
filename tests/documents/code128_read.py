"""A Code 128 reader over a scanned page, as a handheld scanner reads it: one pixel row across
the bars, threshold, run lengths, then each symbol by its edge-to-similar-edge distances (bar +
space pairs, which ink spread and anti-aliasing do not change) in its own 11 modules, the bar
sum settling the few look-alikes, checksum verified. It fails (returns None) when the bars are
too thin for the resolution — which is what a printed notice must never be."""
from __future__ import annotations

from PIL import Image

# The standard Code 128 widths (bar, space, bar, space, bar, space) of values 0–105, and the stop.
_WIDTHS = (
    "212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 "
    "122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 "
    "322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 "
    "112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 213311 213131 311123 311321 "
    "331121 312113 312311 332111 314111 221411 431111 111224 111422 121124 121421 141122 141221 112214 "
    "112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 111242 121142 121241 114212 "
    "124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 114311 411113 "
    "411311 113141 114131 311141 411131 211412 211214 211232").split()
_STOP = "2331112"


def _edges(w: str) -> tuple[int, ...]:
    return tuple(int(a) + int(b) for a, b in zip(w[:4], w[1:5]))


_BY_EDGES: dict[tuple[int, ...], list[int]] = {}
for _v, _w in enumerate(_WIDTHS):
    _BY_EDGES.setdefault(_edges(_w), []).append(_v)
START_B, START_C, CODE_B, CODE_C = 104, 105, 100, 99


def _runs(row: list[int]) -> list[int]:
    dark = [p < 128 for p in row]
    if True not in dark:
        return []
    first, last = dark.index(True), len(dark) - 1 - dark[::-1].index(True)
    runs, n = [], 1
    for a, b in zip(dark[first:last], dark[first + 1:last + 1]):
        if a == b:
            n += 1
        else:
            runs.append(n)
            n = 1
    runs.append(n)
    return runs


def _symbol(runs: list[int]) -> int | None:
    """The value of one symbol from its six runs (pixels)."""
    module = sum(runs) / 11
    edges = tuple(round((a + b) / module) for a, b in zip(runs[:4], runs[1:5]))
    candidates = _BY_EDGES.get(edges, [])
    if len(candidates) > 1:  # same edges: the bars' total width tells them apart
        bars = round((runs[0] + runs[2] + runs[4]) / module)
        candidates = [v for v in candidates if sum(int(_WIDTHS[v][i]) for i in (0, 2, 4)) == bars]
    return candidates[0] if len(candidates) == 1 else None


def _decode_row(runs: list[int]) -> str | None:
    if len(runs) < 6 * 3 + 7 or (len(runs) - 7) % 6:
        return None
    symbols = (len(runs) - 7) // 6
    stop = runs[-7:]
    module = sum(stop) / 13
    if tuple(round((a + b) / module) for a, b in zip(stop[:4], stop[1:5])) != _edges(_STOP):
        return None
    values = [_symbol(runs[i:i + 6]) for i in range(0, 6 * symbols, 6)]
    if None in values:
        return None
    start, data, check = values[0], values[1:-1], values[-1]
    if (start + sum(i * v for i, v in enumerate(data, start=1))) % 103 != check or start not in (START_B, START_C):
        return None
    out, code_c = [], start == START_C
    for v in data:
        if v == CODE_C:
            code_c = True
        elif v == CODE_B:
            code_c = False
        elif code_c:
            out.append(f"{v:02d}")
        elif v < 95:
            out.append(chr(v + 32))
        else:
            return None
    return "".join(out)


def read_code128(image: Image.Image, region: tuple[int, int, int, int] | None = None) -> str | None:
    """The first Code 128 found scanning the rows of `region` (left, top, right, bottom)."""
    gray = image.convert("L")
    if region:
        gray = gray.crop(region)
    width = gray.width
    pixels = gray.tobytes()
    for y in range(gray.height):
        text = _decode_row(_runs(pixels[y * width:(y + 1) * width]))
        if text is not None:
            return text
    return None
