"""Demo images drawn locally with Pillow: the captured pages' photos are not ours to ship and
nothing may be fetched from the web, so each becomes an abstract, poster-like composition in
the campaign's colours. They carry no text: captions and credits live on the image record and
are shown in HTML, where they can never end up behind a headline or a button."""

import hashlib
import io
import random
from collections.abc import Callable

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw
from wagtail.images import get_image_model

# Screen-print inks: two strong colours and a dark on a paper ground, per poster.
PALETTES = [
    ("#f2e8d5", "#b3122e", "#f2b705", "#1a1423"),
    ("#efe6d2", "#0f5e63", "#e8553e", "#14213d"),
    ("#f4ecdc", "#6b2d8c", "#f28c28", "#1a1423"),
    ("#ece3cf", "#234e9b", "#e03c31", "#0b1f33"),
    ("#f1e7d0", "#8a4b08", "#2a9d8f", "#1d1d1b"),
    ("#f3eadb", "#c8102e", "#00857c", "#111111"),
]
SIZE = (1600, 900)
Draw = ImageDraw.ImageDraw
Colours = tuple[str, str, str, str]


def _sunburst(draw: Draw, rng: random.Random, colours: Colours) -> None:
    """Rays from a low sun on a dark field: the classic rally poster."""
    paper, main, accent, dark = colours
    width, height = SIZE
    draw.rectangle((0, 0, width, height), fill=main)
    centre = (rng.randint(500, 1100), height + 80)
    reach = 2200
    for ray in range(0, 18, 2):
        draw.pieslice(
            (centre[0] - reach, centre[1] - reach, centre[0] + reach, centre[1] + reach),
            180 + ray * 10,
            180 + (ray + 1) * 10,
            fill=accent,
        )
    draw.ellipse((centre[0] - 330, centre[1] - 330, centre[0] + 330, centre[1] + 330), fill=paper)
    draw.rectangle((0, height - 90, width, height), fill=dark)


def _crowd(draw: Draw, rng: random.Random, colours: Colours) -> None:
    """Overlapping columns rising to different heights, like a crowd in silhouette."""
    _paper, main, accent, dark = colours
    width, height = SIZE
    x = -40
    while x < width:
        column = rng.randint(110, 220)
        top = rng.randint(180, 620)
        colour = rng.choice([main, main, accent, dark])
        draw.rounded_rectangle((x, top, x + column, height + 60), radius=column // 2, fill=colour)
        x += column - rng.randint(10, 40)
    draw.ellipse((width - 420, 70, width - 170, 320), fill=accent, outline=dark, width=14)


def _bars_and_break(draw: Draw, rng: random.Random, colours: Colours) -> None:
    """Vertical bars with a gap forced open: a cage breaking."""
    paper, main, accent, dark = colours
    width, height = SIZE
    draw.rectangle((0, 0, width, height), fill=main)
    gap = rng.randint(620, 860)
    for x in range(90, width, 150):
        if gap - 120 < x < gap + 120:
            continue
        draw.rectangle((x, 0, x + 46, height), fill=dark)
    draw.polygon([(gap - 150, height), (gap, 160), (gap + 150, height)], fill=accent)
    draw.ellipse((gap - 70, 60, gap + 70, 200), fill=paper)


def _diagonal_march(draw: Draw, rng: random.Random, colours: Colours) -> None:
    """Broad diagonal bands crossing the sheet, like banners in a march."""
    paper, main, accent, dark = colours
    _width, height = SIZE
    offset = rng.randint(-200, 200)
    for index, colour in enumerate([main, accent, dark, main]):
        left = offset + index * 420
        draw.polygon(
            [(left, height), (left + 260, height), (left + 260 + 700, 0), (left + 700, 0)],
            fill=colour,
        )
    draw.ellipse((120, 110, 420, 410), fill=paper, outline=dark, width=18)


def _arches(draw: Draw, rng: random.Random, colours: Colours) -> None:
    """Nested arches standing on a dark ground, like a gate opening."""
    paper, main, accent, dark = colours
    width, height = SIZE
    ground = height - 150
    draw.rectangle((0, ground, width, height), fill=dark)
    cx = rng.randint(560, 1040)
    for radius, colour in zip(
        (640, 520, 400, 280, 160), (main, paper, accent, paper, main), strict=True
    ):
        draw.pieslice(
            (cx - radius, ground - radius, cx + radius, ground + radius), 180, 360, fill=colour
        )


# Each composition with its alt text: the picture is abstract art standing in for the
# original photo, so the alt text says what is really there.
COMPOSITIONS: list[tuple[Callable[[Draw, random.Random, Colours], None], str]] = [
    (_sunburst, "Poster art: bold rays rising from a low sun"),
    (_crowd, "Poster art: coloured columns rising like a crowd"),
    (_bars_and_break, "Poster art: prison bars with a gap broken open"),
    (_diagonal_march, "Poster art: broad diagonal bands like banners in a march"),
    (_arches, "Poster art: nested arches opening like a gate"),
]


def _seed(key: str) -> int:
    # A stable number per key (str hashes change between runs), so a poster looks the same
    # on every machine that loads the demo.
    return int(hashlib.sha1(key.encode()).hexdigest(), 16)  # noqa: S324 - not security


def poster_alt(key: str) -> str:
    return COMPOSITIONS[_seed(key) % len(COMPOSITIONS)][1]


def poster_png(key: str) -> bytes:
    """An abstract poster for `key`: the same picture for the same key, no text in it."""
    rng = random.Random(_seed(key))  # noqa: S311 - art, not security
    colours = PALETTES[rng.randrange(len(PALETTES))]
    image = Image.new("RGB", SIZE, colours[0])
    compose = COMPOSITIONS[_seed(key) % len(COMPOSITIONS)][0]
    compose(ImageDraw.Draw(image), rng, colours)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def ensure_image(spec: dict):
    """The library image for a seed image spec, created the first time only."""
    Image_ = get_image_model()
    existing = Image_.objects.filter(title=spec["caption"]).first()
    if existing:
        return existing, False
    image = Image_(
        title=spec["caption"],
        description=poster_alt(spec["key"]),
        caption=spec["caption"],
        credit=spec.get("credit", ""),
    )
    image.file = ImageFile(io.BytesIO(poster_png(spec["key"])), f"{spec['key']}.png")
    image.save()
    return image, True
