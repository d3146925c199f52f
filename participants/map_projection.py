"""Where a place falls on the home page's map of Europe (the map teaser).

The teaser is drawn without JavaScript or tiles: an outline of Europe's land made once by
scripts/europe_outline.py (from Natural Earth's land, npm's world-atlas) and, over it, a
dot per place, both in the same frame. The frame is the Lambert azimuthal equal-area
projection centred at 52° N 10° E, the one the EU's statistics draw Europe in (ETRS89-LAEA,
EPSG:3035, here on a sphere: the teaser needs no more), cropped to the member countries:
Portugal to the Caucasus, Crete and Cyprus to Lapland.
"""

import math

CENTRE_LATITUDE = 52.0
CENTRE_LONGITUDE = 10.0

# The frame's edges, as the places that touch them (latitude, longitude): the whole of
# Portugal, Lapland, Cyprus and eastern Turkey, Crete.
WEST = (39.0, -10.0)
EAST = (39.0, 44.5)
NORTH = (71.0, 25.0)
SOUTH = (34.5, 24.0)

# The frame's width in SVG units (its height follows from the projection).
WIDTH = 1000


def laea(latitude, longitude):
    """(x, y) on the unit sphere's Lambert azimuthal equal-area plane, y growing north."""
    phi = math.radians(latitude)
    phi0 = math.radians(CENTRE_LATITUDE)
    delta = math.radians(longitude - CENTRE_LONGITUDE)
    cosine = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(delta)
    k = math.sqrt(2 / (1 + cosine))
    x = k * math.cos(phi) * math.sin(delta)
    y = k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(delta))
    return x, y


_LEFT = laea(*WEST)[0]
_RIGHT = laea(*EAST)[0]
_TOP = laea(*NORTH)[1]
_BOTTOM = laea(*SOUTH)[1]
SCALE = WIDTH / (_RIGHT - _LEFT)
HEIGHT = round((_TOP - _BOTTOM) * SCALE)


def to_frame(latitude, longitude):
    """(x, y) in the frame's SVG units: (0, 0) its top left corner, y growing south.

    A place outside the frame gets coordinates outside ``0..WIDTH`` and ``0..HEIGHT``.
    """
    x, y = laea(float(latitude), float(longitude))
    return (x - _LEFT) * SCALE, (_TOP - y) * SCALE


def in_frame(x, y, margin=0):
    return -margin <= x <= WIDTH + margin and -margin <= y <= HEIGHT + margin
