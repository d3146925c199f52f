"""The self-hosted font's faces: each one fonts.css names is served, and Latin Extended is
cut so that a page naming a Czech, Romanian or Turkish town downloads a small face."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from fontTools.ttLib import TTFont

FONTS_CSS = Path(settings.BASE_DIR) / "site" / "static" / "css" / "fonts.css"


def faces():
    """(file under /static/, unicode-range) of each @font-face of fonts.css."""
    css = FONTS_CSS.read_text()
    return [
        (url.removeprefix("../"), ranges)
        for url, ranges in re.findall(r"src: url\(([^)]+)\).*?unicode-range: ([^;]+);", css, re.S)
    ]


def covers(ranges, character):
    for part in ranges.split(","):
        first, _dash, last = part.strip().removeprefix("U+").partition("-")
        if int(first, 16) <= ord(character) <= int(last or first, 16):
            return True
    return False


def test_every_face_fonts_css_names_is_served():
    assert len(faces()) == 21
    for path, _ranges in faces():
        assert finders.find(path), f"{path} is not served: run scripts/font_subsets.py"


# Fontsource's latin-ext unicode-range, which the two halves share out.
LATIN_EXT = (
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,"
    "U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,"
    "U+A720-A7FF"
)


def face_for(character, face="400-normal"):
    """The face a browser takes a character from: of those whose range holds it, the one
    declared last (CSS Fonts 4, the font matching algorithm)."""
    return [path for path, ranges in faces() if covers(ranges, character) and face in path][-1]


@pytest.mark.parametrize(
    "text", ["Timișoara", "Košice", "Pécs", "Tarnów", "Međimurje", "Kırklareli", "Şanlıurfa Ğ"]
)
def test_the_letters_of_place_names_come_from_a_small_face(text):
    for character in {c for c in text if ord(c) > 0x7F}:
        path = face_for(character)
        assert path.rsplit("/", 1)[1] in {
            "noto-sans-latin-400-normal.woff2",
            "noto-sans-latin-ext-a-400-normal.woff2",
        }, (character, path)
        font_file = Path(finders.find(path))
        assert font_file.stat().st_size < 15_000
        # The face really holds the letter (not only claims it in the CSS).
        assert ord(character) in TTFont(font_file).getBestCmap()


def test_a_rarer_letter_still_has_its_face():
    path = face_for("ʒ")  # U+0292, in some Romani spellings
    assert path.endswith("latin-ext-b-400-normal.woff2")
    assert ord("ʒ") in TTFont(finders.find(path)).getBestCmap()


def test_the_two_latin_extended_halves_hold_what_the_whole_face_held_in_its_range():
    whole = TTFont(finders.find("vendor/noto-sans/noto-sans-latin-ext-400-normal.woff2"))
    halves = [
        TTFont(
            finders.find(f"vendor/noto-sans-subsets/noto-sans-latin-ext-{half}-400-normal.woff2")
        )
        for half in "ab"
    ]
    held = set(halves[0].getBestCmap()) | set(halves[1].getBestCmap())
    expected = {point for point in whole.getBestCmap() if covers(LATIN_EXT, chr(point))}
    assert len(expected) > 500
    assert expected <= held
