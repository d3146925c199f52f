# Sourced by the scripts: the front-end libraries the site serves itself (Leaflet for the
# maps, axe-core for the accessibility tests, Noto Sans), from npm, as package-lock.json
# pins them, the font subsets made from them (scripts/font_subsets.py) and the outline of
# Europe for the home page's map teaser (scripts/europe_outline.py).
if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "The site needs npm for Leaflet: sudo apt-get install nodejs npm" >&2
        exit 1
    fi
fi
npm ci --no-audit --no-fund --loglevel=error
# Noto Sans's Latin Extended faces cut in two (build/fonts, see the script).
"${VENV:-.venv}/bin/python" scripts/font_subsets.py
# The outline of Europe behind the home page's map teaser (build/maps, see the script).
"${VENV:-.venv}/bin/python" scripts/europe_outline.py
