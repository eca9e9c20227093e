"""Draws the program's icon (物业客服台: the character 客 on the desk's teal) into
resources/icons/deskapp.png (the window icon, shipped in the package) and installer/deskapp.ico
(the .exe, the shortcuts, the installer). Run again only to change the icon; the files are kept."""
from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
TEAL = (0, 121, 107, 255)


def draw(size: int = 256) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((8, 8, size - 8, size - 8), radius=size // 6, fill=TEAL)
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "wqy-microhei.ttc"), int(size * 0.62))
    d.text((size / 2, size / 2), "客", font=font, fill="white", anchor="mm")
    return img


def main() -> None:
    img = draw()
    png = ROOT / "resources" / "icons" / "deskapp.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    img.save(png)
    img.save(ROOT / "installer" / "deskapp.png")
    img.save(ROOT / "installer" / "deskapp.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (256, 256)])


if __name__ == "__main__":
    main()
