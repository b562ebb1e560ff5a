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
    colour = PALETTE[int(hashlib.sha1(key.encode()).hexdigest(), 16) % len(PALETTE)]  # noqa: S324
    image = Image.new("RGB", SIZE, colour)
    draw = ImageDraw.Draw(image)
    for offset in range(0, SIZE[0] + SIZE[1], 120):
        draw.line([(offset, 0), (offset - SIZE[1], SIZE[1])], fill="#ffffff22", width=24)
    font = ImageFont.load_default(size=72)
    text = "\n".join(textwrap.wrap(caption, width=32)[:5])
    draw.multiline_text((100, 140), text, font=font, fill="#ffffff", spacing=18)
    draw.text((100, SIZE[1] - 140), "ENLACE · DEMO IMAGE", font=ImageFont.load_default(size=40))
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
