"""The icons a browser asks for at the site's root (site/root/, WHITENOISE_ROOT), the web
app manifest, and the links to them in every page's head."""

import io
import json

from PIL import Image


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_favicon_ico_is_a_real_icon_of_the_mark(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    icon = Image.open(io.BytesIO(body(response)))
    assert icon.format == "ICO"
    assert (32, 32) in icon.info["sizes"] and (16, 16) in icon.info["sizes"]
    # The mark's blue at the top, between the rings; its white centre in the middle.
    pixels = icon.convert("RGB")
    top, centre = pixels.getpixel((16, 2)), pixels.getpixel((16, 16))
    assert all(abs(a - b) <= 3 for a, b in zip(top, (11, 61, 145), strict=True)), top
    assert min(centre) >= 240, centre


def test_manifest_names_the_alliance_and_its_icons(client, db):
    response = client.get("/site.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/manifest+json")
    manifest = json.loads(body(response))
    assert manifest["name"] == "European Alliance of Cities and Regions for Roma Inclusion"
    assert manifest["theme_color"] == "#0b3d91"
    sizes = {icon["sizes"] for icon in manifest["icons"]}
    assert {"192x192", "512x512"} <= sizes
    for icon in manifest["icons"]:
        answer = client.get(icon["src"])
        assert answer.status_code == 200, icon["src"]


def test_apple_touch_icon_is_180_pixels(client, db):
    response = client.get("/apple-touch-icon.png")
    assert response.status_code == 200
    assert Image.open(io.BytesIO(body(response))).size == (180, 180)


def test_every_page_links_the_icons_and_the_manifest(client, home):
    html = client.get(home.url).content.decode()
    assert '<link rel="icon" href="/favicon.ico" sizes="32x32">' in html
    assert 'rel="apple-touch-icon" href="/apple-touch-icon.png"' in html
    assert '<link rel="manifest" href="/site.webmanifest">' in html
    assert 'class="site-header__mark"' in html
