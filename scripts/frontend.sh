# Sourced by the scripts: the front-end libraries the site serves itself (Leaflet for the
# maps, axe-core for the accessibility tests), from npm, as package-lock.json pins them.
if ! command -v npm >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
    else
        echo "The site needs npm for Leaflet: sudo apt-get install nodejs npm" >&2
        exit 1
    fi
fi
npm ci --no-audit --no-fund --loglevel=error
