"""The colour pairs documented in docs/visitors.md meet their WCAG level, computed from
the colours of site/static/css/tokens.css (so changing a token can break this test)."""

import re

import pytest
from django.conf import settings

TOKENS = settings.BASE_DIR / "site" / "static" / "css" / "tokens.css"
DOC = settings.BASE_DIR / "docs" / "visitors.md"
MINIMUM = {"AAA": 7.0, "AA": 4.5, "AA-large": 3.0}
ROW = re.compile(r"^\| (--[\w-]+) \| (--[\w-]+) \| [\d.]+:1 \| ([\w-]+) \|", re.M)


def tokens():
    return dict(re.findall(r"(--[\w-]+):\s*(#[0-9a-fA-F]{6})\b", TOKENS.read_text()))


def documented_pairs():
    return ROW.findall(DOC.read_text())


def luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first, second):
    light, dark = sorted([luminance(first), luminance(second)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_docs_list_the_pairs_of_body_text_at_aaa():
    pairs = {(text, background): level for text, background, level in documented_pairs()}
    assert len(pairs) >= 15
    assert pairs[("--ink", "--paper")] == "AAA"
    assert pairs[("--muted", "--paper")] == "AAA"


@pytest.mark.parametrize(("text", "background", "level"), documented_pairs())
def test_documented_pair_meets_its_level(text, background, level):
    colours = tokens()
    ratio = contrast(colours[text], colours[background])
    assert ratio >= MINIMUM[level], f"{text} on {background}: {ratio:.2f}:1 < {level}"
