"""Draw the Alliance mark (site/static/img/mark.svg) as the favicon and the PNG icons.

Pillow cannot read SVG, so the mark's few shapes are drawn again here at 8x and scaled
down: six joined rings around a white centre on a blue square. Run after changing the
mark: ``.venv/bin/python scripts/icons.py``. Writes into site/root/ (served at the site's
root by WhiteNoise: /favicon.ico, /apple-touch-icon.png, /icon-192.png, /icon-512.png).
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent / "site" / "root"
BLUE = (11, 61, 145, 255)
GOLD = (255, 204, 51, 255)
WHITE = (255, 255, 255, 255)
SCALE = 8


def draw_mark(size, rounded=True):
    """The mark at ``size`` pixels (its SVG is 64 units wide)."""
    big = size * SCALE
    unit = big / 64
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=12 * unit if rounded else 0, fill=BLUE)
    width = max(1, round(3.5 * unit))
    for step in range(6):
        angle = math.radians(60 * step)
        x, y = 32 + 16 * math.cos(angle), 32 + 16 * math.sin(angle)
        box = ((x - 9) * unit, (y - 9) * unit, (x + 9) * unit, (y + 9) * unit)
        draw.ellipse(box, outline=GOLD, width=width)
    draw.ellipse(((32 - 5) * unit, (32 - 5) * unit, (32 + 5) * unit, (32 + 5) * unit), fill=WHITE)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def small(image):
    """A palette of 32 colours: the mark has three, plus their anti-aliased edges."""
    return image.quantize(32, method=Image.Quantize.FASTOCTREE)


def main():
    ROOT.mkdir(exist_ok=True)
    draw_mark(32).save(ROOT / "favicon.ico", sizes=[(16, 16), (32, 32)])
    # Apple fills transparent corners with black: its icon is square, iOS rounds it.
    small(draw_mark(180, rounded=False).convert("RGB")).save(
        ROOT / "apple-touch-icon.png", optimize=True
    )
    for size in (192, 512):
        small(draw_mark(size)).save(ROOT / f"icon-{size}.png", optimize=True)


if __name__ == "__main__":
    main()
