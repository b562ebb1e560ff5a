"""Share links for common networks, built as plain URLs: no third-party scripts, no tracking
pixels, nothing loaded until the reader taps."""

from dataclasses import dataclass
from urllib.parse import quote, urlencode

from django.utils.translation import pgettext


@dataclass(frozen=True)
class ShareLink:
    network: str
    label: str
    url: str


def normalise_hashtags(hashtags: str | list[str]) -> list[str]:
    """'#A, B #C' or ['#A', 'B'] -> ['A', 'B', 'C'] (without the # sign)."""
    if isinstance(hashtags, str):
        hashtags = hashtags.replace(",", " ").split()
    return [tag.strip().lstrip("#") for tag in hashtags if tag.strip().lstrip("#")]


def share_links(url: str, text: str, hashtags: str | list[str] = "") -> list[ShareLink]:
    """Links that open each network's own share dialog with the text, hashtags and URL (the
    networks' names are their own; "Email" is in the active language)."""
    tags = normalise_hashtags(hashtags)
    tagged_text = " ".join([text, *(f"#{tag}" for tag in tags)]).strip()
    message = f"{tagged_text} {url}".strip()
    return [
        ShareLink(
            "x",
            "X (Twitter)",
            "https://x.com/intent/post?"
            + urlencode({"text": text, "url": url, "hashtags": ",".join(tags)}),
        ),
        ShareLink(
            "facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + quote(url)
        ),
        ShareLink("bluesky", "Bluesky", "https://bsky.app/intent/compose?text=" + quote(message)),
        ShareLink("whatsapp", "WhatsApp", "https://wa.me/?text=" + quote(message)),
        ShareLink(
            "email",
            pgettext("a way to share a link", "Email"),
            "mailto:?" + urlencode({"subject": text, "body": message}, quote_via=quote),
        ),
    ]


def share_kit(url: str, text: str, hashtags: str | list[str] = "") -> dict:
    """What actions/templates/actions/includes/share_kit.html shows: the prepared text, the
    hashtags, one link per network and the address to copy."""
    return {
        "url": url,
        "text": text,
        "hashtags": normalise_hashtags(hashtags),
        "links": share_links(url, text, hashtags),
    }
