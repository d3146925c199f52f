"""Cut Noto Sans's Latin Extended faces (Fontsource, from npm) in two, into build/fonts/.

Fontsource's latin-ext face holds every Latin letter beyond Western Europe's, some 56 KB
per weight and style: a page naming Timișoara, Košice or Pécs downloaded it whole (and
its bold), for five letters. Cut here:

- ``latin-ext-a``: Latin Extended-A and Romanian's comma letters (U+0100-017F,
  U+0218-021B), what the site's languages and place names use (cs, sk, pl, hu, ro, tr,
  hr, sl, lv, lt, mt, rom...), about 6 KB;
- ``latin-ext-b``: the rest of Fontsource's latin-ext range, for what else a text holds.

site/static/css/fonts.css declares both, with these ranges: a browser downloads a face
only when the page uses a character of its range. Run by scripts/frontend.sh after
``npm ci`` (so before ``collectstatic``); does nothing when the subsets are newer than
their source. ``python scripts/font_subsets.py --force`` remakes them.
"""

import sys
from pathlib import Path

from fontTools import subset

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@fontsource" / "noto-sans" / "files"
TARGET = ROOT / "build" / "fonts"

# Fontsource's latin-ext unicode-range (its CSS, 5.3.0), cut at Latin Extended-A.
RANGES = {
    "latin-ext-a": "U+0100-017F,U+0218-021B",
    "latin-ext-b": (
        "U+0180-0217,U+021C-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,"
        "U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,"
        "U+2113,U+2C60-2C7F,U+A720-A7FF"
    ),
}
FACES = ["400-normal", "700-normal", "400-italic"]  # the faces fonts.css declares


def codepoints(ranges):
    points = []
    for part in ranges.split(","):
        first, _dash, last = part.removeprefix("U+").partition("-")
        points.extend(range(int(first, 16), int(last or first, 16) + 1))
    return points


def make(source, target, ranges):
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    font = subset.load_font(str(source), options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints(ranges))
    subsetter.subset(font)
    subset.save_font(font, str(target), options)


def main(force=False):
    TARGET.mkdir(parents=True, exist_ok=True)
    made = 0
    for face in FACES:
        source = SOURCE / f"noto-sans-latin-ext-{face}.woff2"
        if not source.exists():
            sys.exit(f"{source} is missing: run `npm ci` first.")
        for name, ranges in RANGES.items():
            target = TARGET / f"noto-sans-{name}-{face}.woff2"
            if force or not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
                make(source, target, ranges)
                made += 1
    return made


if __name__ == "__main__":
    made = main(force="--force" in sys.argv[1:])
    print(f"Font subsets: {made} made in {TARGET.relative_to(ROOT)}")
