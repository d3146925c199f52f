"""Draw the outline of Europe's land behind the home page's map teaser, into build/maps/.

From Natural Earth's land at 1:50m (public domain) as npm's world-atlas ships it
(package.json); participants/map_outline.py does the drawing. Run by scripts/frontend.sh
after ``npm ci`` (so before ``collectstatic``), like the font subsets; does nothing when
the outline is newer than its source and the code that draws it.
``python scripts/europe_outline.py --force`` redraws it.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from participants import map_outline, map_projection  # noqa: E402

SOURCE = ROOT / "node_modules" / "world-atlas" / "land-50m.json"
TARGET = ROOT / "build" / "maps" / "europe-land.svg"
LAND = "#dbe3ef"  # a shade between the site's --tint and --line: the sea is the page


def main(force=False):
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is missing: run `npm ci` first.")
    inputs = [SOURCE, Path(map_outline.__file__), Path(map_projection.__file__), Path(__file__)]
    newest = max(path.stat().st_mtime for path in inputs)
    if not force and TARGET.exists() and TARGET.stat().st_mtime >= newest:
        return False
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    topology = json.loads(SOURCE.read_text(encoding="utf-8"))
    TARGET.write_text(map_outline.outline_svg(topology, LAND), encoding="utf-8")
    return True


if __name__ == "__main__":
    made = main(force="--force" in sys.argv[1:])
    size = TARGET.stat().st_size
    state = "drawn" if made else "up to date"
    print(f"Europe outline: {state}, {TARGET.relative_to(ROOT)} ({size:,} bytes)")
