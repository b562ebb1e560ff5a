"""Demo images drawn locally with Pillow: the captured pages' photos are not ours to ship and
nothing may be fetched from the web, so each becomes a captioned poster-style placeholder."""

import hashlib
import io
import textwrap

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model

PALETTE = ["#b3122e", "#0f5e63", "#1a1423", "#6b2d8c", "#8a4b08", "#234e9b"]
SIZE = (1600, 900)


def _poster_png(caption: str, key: str) -> bytes:
    """A striped poster in a campaign colour, with the caption small in the lower third so the
    image still reads as a placeholder when cropped into a hero or a card."""
    colour = PALETTE[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(PALETTE)]  # noqa: S324
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image, "RGBA")
    for offset in range(0, SIZE[0] + SIZE[1], 120):
        draw.line([(offset, 0), (offset - SIZE[1], SIZE[1])], fill="#ffffff1a", width=24)
    draw.ellipse((1050, 150, 1450, 550), outline="#ffffff99", width=18)
    draw.rectangle((0, 600, SIZE[0], 760), fill="#00000059")
    font = ImageFont.load_default(size=40)
    text = "\n".join(textwrap.wrap(caption, width=60)[:2])
    draw.multiline_text((80, 622), text, font=font, fill="#ffffff", spacing=10)
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
        description=spec["alt"],
        caption=spec["caption"],
        credit=spec.get("credit", ""),
    )
    image.file = ImageFile(
        io.BytesIO(_poster_png(spec["caption"], spec["key"])), f"{spec['key']}.png"
    )
    image.save()
    return image, True
