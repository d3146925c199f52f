"""The outline of Europe's land behind the home page's map teaser, as one SVG path.

Made at build time by scripts/europe_outline.py from Natural Earth's land at 1:50m as
npm's world-atlas ships it (TopoJSON): each polygon is cut to a box around Europe, projected
into the teaser's frame (participants/map_projection.py), cut to the frame, thinned to a
point every few kilometres and written as relative path commands, about 20 KB.
"""

from participants.map_projection import HEIGHT, WIDTH, in_frame, to_frame

# Longitude and latitude of the box the land is cut to before it is projected: wider than
# the frame, so the frame's own cut draws the edges (the projection curves the meridians).
GEOGRAPHIC_BOX = (-35.0, 20.0, 75.0, 85.0)  # west, south, east, north
MARGIN = 4  # frame units beyond the edges, so no coast ends exactly on them
MIN_STEP = 1.5  # frame units (about 6 km) between two points kept
MIN_AREA = 6.0  # square frame units: smaller islands are left out


def topology_polygons(topology, name):
    """The polygons (lists of rings of (longitude, latitude)) of the object ``name`` of a
    TopoJSON topology, its arcs decoded (quantized and delta-encoded, as world-atlas is)."""
    (scale_x, scale_y), (shift_x, shift_y) = (
        topology["transform"]["scale"],
        topology["transform"]["translate"],
    )
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)

    def ring(indexes):
        points = []
        for index in indexes:
            arc = arcs[index] if index >= 0 else arcs[~index][::-1]
            points.extend(arc if not points else arc[1:])
        return points

    def polygons(geometry):
        if geometry["type"] == "GeometryCollection":
            for child in geometry["geometries"]:
                yield from polygons(child)
        elif geometry["type"] == "Polygon":
            yield [ring(r) for r in geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            for polygon in geometry["arcs"]:
                yield [ring(r) for r in polygon]

    return list(polygons(topology["objects"][name]))


def clip(points, left, top, right, bottom):
    """A closed ring cut to a rectangle (Sutherland-Hodgman): what of it lies inside."""
    edges = [
        (lambda p: p[0] >= left, lambda p, q: _at_x(p, q, left)),
        (lambda p: p[0] <= right, lambda p, q: _at_x(p, q, right)),
        (lambda p: p[1] >= top, lambda p, q: _at_y(p, q, top)),
        (lambda p: p[1] <= bottom, lambda p, q: _at_y(p, q, bottom)),
    ]
    for inside, crossing in edges:
        if not points:
            break
        kept = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    kept.append(crossing(previous, point))
                kept.append(point)
            elif inside(previous):
                kept.append(crossing(previous, point))
            previous = point
        points = kept
    return points


def _at_x(p, q, x):
    return (x, p[1] + (q[1] - p[1]) * (x - p[0]) / (q[0] - p[0]))


def _at_y(p, q, y):
    return (p[0] + (q[0] - p[0]) * (y - p[1]) / (q[1] - p[1]), y)


def area(points):
    """The area of a ring (shoelace), whatever its direction."""
    total = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        total += x1 * y2 - x2 * y1
    return abs(total) / 2


def thin(points, step=MIN_STEP):
    """The ring with no two consecutive points closer than ``step``."""
    kept = points[:1]
    for point in points[1:]:
        last = kept[-1]
        if abs(point[0] - last[0]) >= step or abs(point[1] - last[1]) >= step:
            kept.append(point)
    return kept


def frame_rings(polygons):
    """Every ring of ``polygons`` that shows in the frame, in integer frame units."""
    west, south, east, north = GEOGRAPHIC_BOX
    rings = []
    for polygon in polygons:
        for ring in polygon:
            ring = clip(ring, west, south, east, north)  # "top" is the smaller latitude
            if len(ring) < 3:
                continue
            projected = [to_frame(latitude, longitude) for longitude, latitude in ring]
            if not any(in_frame(x, y, MARGIN) for x, y in projected):
                continue
            projected = clip(projected, -MARGIN, -MARGIN, WIDTH + MARGIN, HEIGHT + MARGIN)
            projected = thin(projected)
            if len(projected) < 3 or area(projected) < MIN_AREA:
                continue
            rings.append([(round(x), round(y)) for x, y in projected])
    return rings


def path_data(rings):
    """SVG path data drawing ``rings``: each an absolute move, then relative lines."""
    parts = []
    for ring in rings:
        (x, y), rest = ring[0], ring[1:]
        steps = []
        for point in rest:
            dx, dy = point[0] - x, point[1] - y
            if dx or dy:
                steps.append(f"{dx} {dy}")
            x, y = point
        parts.append(f"M{ring[0][0]} {ring[0][1]}l" + " ".join(steps) + "z")
    return "".join(parts).replace(" -", "-")


def outline_svg(topology, fill):
    """The whole SVG file: the frame's viewBox and one filled path."""
    rings = frame_rings(topology_polygons(topology, "land"))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}">'
        f'<path fill="{fill}" fill-rule="evenodd" d="{path_data(rings)}"/></svg>\n'
    )
