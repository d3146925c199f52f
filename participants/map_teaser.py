"""The home page's map teaser: a dot for each place of the live, public participants of a
language, on the outline of Europe (participants/map_projection.py), read in one query."""

import math
from dataclasses import dataclass

from participants.localized import visible_participants
from participants.map_projection import in_frame, to_frame

NEAR = 16  # frame units (about 65 km): participants closer than this share one dot
RADIUS = 12  # frame units, a dot for one participant; a shared dot grows with its count


@dataclass(frozen=True)
class TeaserDot:
    x: int
    y: int
    radius: int
    participants: int


def teaser_dots(locale_id):
    """The dots of the live, public participants of ``locale_id`` that have a place inside
    the frame, from west to east."""
    places = (
        visible_participants()
        .filter(locale_id=locale_id, latitude__isnull=False, longitude__isnull=False)
        .values_list("latitude", "longitude")
    )
    groups = []  # [x, y, count]: a dot's centre moves to the mean of its places
    for latitude, longitude in sorted(places):
        x, y = to_frame(latitude, longitude)
        if not in_frame(x, y):
            continue
        for group in groups:
            if math.hypot(group[0] - x, group[1] - y) < NEAR:
                count = group[2] + 1
                group[:] = [
                    (group[0] * group[2] + x) / count,
                    (group[1] * group[2] + y) / count,
                    count,
                ]
                break
        else:
            groups.append([x, y, 1])
    dots = [
        TeaserDot(round(x), round(y), round(RADIUS * math.sqrt(count)), count)
        for x, y, count in groups
    ]
    return sorted(dots, key=lambda dot: (dot.x, dot.y))


def dots_markup(dots):
    """The ``<circle>`` of each dot, written in one pass: a template loop localized four
    numbers a dot (a hundred dots at the benchmark's scale 1 took half the home page's
    time). Whole numbers, written as SVG reads them whatever the language."""
    return "".join(
        f'<circle cx="{dot.x}" cy="{dot.y}" r="{dot.radius}"'
        f' data-participants="{dot.participants}"/>'
        for dot in dots
    )
