"""Original artwork for the demo: a flat illustration per motif (a theme, a kind of place, a
prize, a meeting), drawn in code with Pillow in the site's colours, so the demo's cards and
pages carry images without anything downloaded or copied from elsewhere.

Each drawing varies with a key (a page's slug): the same key always gives the same
picture, two pages of one theme different ones. ``ALT`` describes what each motif shows,
in English and French, for the pages' alt text.
"""

import io
import math
import random

from PIL import Image, ImageDraw

WIDTH, HEIGHT = 1200, 750  # 16:10, the cards' proportions

BLUE, BLUE_DARK, GOLD, TINT = "#0b3d91", "#082b66", "#ffcc33", "#f2f5f9"
SKIES = ["#dce8f7", "#e6f0ea", "#f7ecd9", "#ece6f5", "#e0f1f3"]
COLOURS = ["#0b3d91", "#2a7f8f", "#3c8d5a", "#c0504d", "#8a5aa8", "#d98e04", "#4a525c"]

# What each motif shows: (English, French) alt text.
ALT = {
    "education": (
        "Illustration: a stack of books and a pencil",
        "Illustration : une pile de livres et un crayon",
    ),
    "housing": (
        "Illustration: a row of small houses with lit windows",
        "Illustration : une rangée de petites maisons aux fenêtres éclairées",
    ),
    "employment": (
        "Illustration: two gears and a briefcase",
        "Illustration : deux engrenages et une mallette",
    ),
    "health": (
        "Illustration: a heart beside a medical cross",
        "Illustration : un cœur à côté d'une croix médicale",
    ),
    "culture-and-awareness": (
        "Illustration: musical notes beside the strings of an instrument",
        "Illustration : des notes de musique à côté des cordes d'un instrument",
    ),
    "anti-discrimination": (
        "Illustration: people of different colours side by side under an equals sign",
        "Illustration : des personnes de différentes couleurs côte à côte sous un signe égal",
    ),
    "social-services": (
        "Illustration: people standing in a circle under a sun",
        "Illustration : des personnes debout en cercle sous un soleil",
    ),
    "participation": (
        "Illustration: speech bubbles above a group of people",
        "Illustration : des bulles de dialogue au-dessus d'un groupe de personnes",
    ),
    "city": (
        "Illustration: the outline of a town's roofs and towers",
        "Illustration : la silhouette des toits et des tours d'une ville",
    ),
    "region": (
        "Illustration: green hills crossed by a river",
        "Illustration : des collines vertes traversées par une rivière",
    ),
    "prize": (
        "Illustration: a gold star above a podium",
        "Illustration : une étoile dorée au-dessus d'un podium",
    ),
    "meeting": (
        "Illustration: people seated around a round table",
        "Illustration : des personnes assises autour d'une table ronde",
    ),
}


def artwork_png(motif, key):
    """The PNG bytes of the drawing of ``motif`` (a key of ``ALT``) varied by ``key``."""
    rng = random.Random(f"{motif}:{key}")
    image = Image.new("RGB", (WIDTH, HEIGHT), rng.choice(SKIES))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, HEIGHT - 120, WIDTH, HEIGHT], fill=TINT)
    DRAWINGS[motif](draw, rng)
    draw.rectangle([0, HEIGHT - 14, WIDTH, HEIGHT], fill=GOLD)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def person(draw, x, y, scale, colour):
    """A person seen from the front: a head and a rounded body, feet at ``y``."""
    head = 26 * scale
    draw.ellipse([x - head, y - 200 * scale, x + head, y - 148 * scale], fill=colour)
    draw.rounded_rectangle(
        [x - 45 * scale, y - 140 * scale, x + 45 * scale, y], radius=int(40 * scale), fill=colour
    )


def draw_education(draw, rng):
    y = HEIGHT - 120
    for _book in range(rng.randint(4, 6)):
        height = rng.randint(45, 70)
        width = rng.randint(380, 520)
        left = 600 - width // 2 + rng.randint(-40, 40)
        draw.rounded_rectangle(
            [left, y - height, left + width, y], radius=8, fill=rng.choice(COLOURS)
        )
        draw.line(
            [left + 20, y - height // 2, left + width - 20, y - height // 2], fill=TINT, width=4
        )
        y -= height + 4
    draw.polygon([(760, y - 20), (1040, 140), (1075, 175), (795, y + 15)], fill=GOLD)
    draw.polygon([(760, y - 20), (795, y + 15), (740, y + 35)], fill=BLUE_DARK)


def draw_housing(draw, rng):
    ground = HEIGHT - 120
    x = 70
    while x < WIDTH - 200:
        width, height = rng.randint(170, 230), rng.randint(170, 280)
        colour = rng.choice(COLOURS)
        draw.rectangle([x, ground - height, x + width, ground], fill=colour)
        draw.polygon(
            [
                (x - 20, ground - height),
                (x + width // 2, ground - height - 110),
                (x + width + 20, ground - height),
            ],
            fill=BLUE_DARK,
        )
        for row in range(height // 90):
            for column in (0, 1):
                left = x + 30 + column * (width // 2)
                top = ground - height + 30 + row * 90
                draw.rectangle([left, top, left + 45, top + 50], fill=GOLD)
        x += width + rng.randint(40, 70)


def gear(draw, cx, cy, radius, colour, background):
    for tooth in range(10):
        angle = tooth * math.pi / 5
        tx, ty = cx + math.cos(angle) * radius, cy + math.sin(angle) * radius
        draw.ellipse(
            [tx - radius * 0.22, ty - radius * 0.22, tx + radius * 0.22, ty + radius * 0.22],
            fill=colour,
        )
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=colour)
    draw.ellipse(
        [cx - radius * 0.35, cy - radius * 0.35, cx + radius * 0.35, cy + radius * 0.35],
        fill=background,
    )


def draw_employment(draw, rng):
    background = TINT  # the gears' holes
    gear(draw, 380, 300, rng.randint(130, 160), BLUE, background)
    gear(draw, 600, 200, rng.randint(70, 95), rng.choice(COLOURS[1:]), background)
    draw.rounded_rectangle([700, 380, 1060, 620], radius=24, fill=BLUE_DARK)
    draw.rounded_rectangle([820, 330, 940, 390], radius=16, outline=BLUE_DARK, width=18)
    draw.rectangle([700, 470, 1060, 490], fill=GOLD)


def draw_health(draw, rng):
    colour = rng.choice(["#c0504d", "#b3261e", "#d0643f"])
    draw.ellipse([230, 180, 470, 420], fill=colour)
    draw.ellipse([410, 180, 650, 420], fill=colour)
    draw.polygon([(238, 340), (642, 340), (440, 600)], fill=colour)
    draw.rounded_rectangle([780, 200, 880, 520], radius=14, fill=BLUE)
    draw.rounded_rectangle([670, 310, 990, 410], radius=14, fill=BLUE)


def draw_culture(draw, rng):
    for string in range(4):
        x = 420 + string * 40
        draw.line([x, 120, x + 60, HEIGHT - 140], fill=BLUE_DARK, width=6)
    for _note in range(rng.randint(3, 5)):
        x, y = rng.randint(640, 1080), rng.randint(140, 420)
        draw.ellipse([x, y, x + 60, y + 44], fill=rng.choice(COLOURS))
        draw.rectangle([x + 50, y - 130, x + 60, y + 20], fill=BLUE_DARK)
        draw.polygon([(x + 60, y - 130), (x + 110, y - 90), (x + 60, y - 95)], fill=BLUE_DARK)


def draw_anti_discrimination(draw, rng):
    colours = rng.sample(COLOURS, 5)
    for index, colour in enumerate(colours):
        person(draw, 200 + index * 200, HEIGHT - 120, 1.2, colour)
    draw.rounded_rectangle([470, 120, 730, 165], radius=10, fill=BLUE_DARK)
    draw.rounded_rectangle([470, 200, 730, 245], radius=10, fill=BLUE_DARK)


def draw_social_services(draw, rng):
    count = rng.randint(6, 8)
    for index in range(count):
        angle = index * 2 * math.pi / count
        x = 600 + math.cos(angle) * 300
        y = 520 + math.sin(angle) * 90
        person(draw, x, y, 0.95, COLOURS[index % len(COLOURS)])
    draw.ellipse([540, 120, 660, 240], fill=GOLD)


def draw_participation(draw, rng):
    for index in range(5):
        person(draw, 180 + index * 210, HEIGHT - 120, 1.1, rng.choice(COLOURS))
    for left, top in [(140, 60), (520, 40), (860, 80)]:
        draw.rounded_rectangle([left, top, left + 230, top + 130], radius=40, fill="#ffffff")
        draw.polygon(
            [(left + 60, top + 125), (left + 110, top + 125), (left + 50, top + 185)],
            fill="#ffffff",
        )
        for line in range(2):
            draw.line(
                [left + 40, top + 45 + line * 40, left + 190, top + 45 + line * 40],
                fill=BLUE,
                width=10,
            )


def draw_city(draw, rng):
    ground = HEIGHT - 120
    x = 0
    while x < WIDTH:
        width = rng.randint(70, 160)
        height = rng.randint(160, 430)
        colour = rng.choice([BLUE, BLUE_DARK, "#2a4f8f", "#3a6ab0"])
        draw.rectangle([x, ground - height, x + width, ground], fill=colour)
        if rng.random() < 0.3:  # a tower with a pointed roof
            draw.polygon(
                [
                    (x, ground - height),
                    (x + width // 2, ground - height - 120),
                    (x + width, ground - height),
                ],
                fill=colour,
            )
        for top in range(ground - height + 25, ground - 40, 55):
            for left in range(x + 15, x + width - 30, 40):
                if rng.random() < 0.6:
                    draw.rectangle([left, top, left + 18, top + 26], fill=GOLD)
        x += width + rng.randint(0, 20)
    draw.ellipse([980, 60, 1090, 170], fill=GOLD)


def draw_region(draw, rng):
    greens = ["#3c8d5a", "#5aa36f", "#2f7349", "#7bb887"]
    for layer in range(4):
        cx = rng.randint(0, WIDTH)
        top = 260 + layer * 80
        draw.ellipse([cx - 700, top, cx + 700, top + 900], fill=greens[layer])
    points = [(rng.randint(450, 650), 330)]
    for _step in range(7):
        x, y = points[-1]
        points.append((x + rng.randint(-160, 160), y + 60))
    draw.line(points, fill="#5b9bd5", width=36, joint="curve")
    draw.ellipse([90, 70, 200, 180], fill=GOLD)


def draw_prize(draw, rng):
    cx, cy, outer, inner = 600, 230, 150, 62
    star = []
    for point in range(10):
        radius = outer if point % 2 == 0 else inner
        angle = -math.pi / 2 + point * math.pi / 5
        star.append((cx + math.cos(angle) * radius, cy + math.sin(angle) * radius))
    draw.polygon(star, fill=GOLD)
    ground = HEIGHT - 120
    for left, height, colour in [
        (330, 150, BLUE),
        (500, 230, BLUE_DARK),
        (700, 100, rng.choice(COLOURS)),
    ]:
        draw.rectangle(
            [left, ground - height, left + 200 - (30 if left == 700 else 0), ground], fill=colour
        )


def draw_meeting(draw, rng):
    count = rng.randint(6, 9)
    for index in range(count):
        angle = math.pi + index * math.pi / (count - 1)
        person(
            draw, 600 + math.cos(angle) * 380, 470 + math.sin(angle) * 170, 0.9, rng.choice(COLOURS)
        )
    draw.ellipse([260, 440, 940, 640], fill=BLUE_DARK)
    draw.ellipse([280, 450, 920, 615], fill=BLUE)


DRAWINGS = {
    "education": draw_education,
    "housing": draw_housing,
    "employment": draw_employment,
    "health": draw_health,
    "culture-and-awareness": draw_culture,
    "anti-discrimination": draw_anti_discrimination,
    "social-services": draw_social_services,
    "participation": draw_participation,
    "city": draw_city,
    "region": draw_region,
    "prize": draw_prize,
    "meeting": draw_meeting,
}
