"""The delivery packet as a PDF, rendered in memory by WeasyPrint from
actions/admin/delivery_packet_pdf.html. WeasyPrint may read only the site's own static files
from disk (`StaticFilesOnly`): a packet never reaches the network, and nothing is written to
disk or the cache.

Imported only when a packet is made (actions.packet_views): WeasyPrint takes about a second
and 28 MB to import, which no web process, worker or test run should pay for nothing."""

import logging
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import HTML
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .packet import Packet

# WeasyPrint logs each step of every render at INFO: noise in the web server's log.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)

# How the template names a static file: `{{ static }}img/logo.png`. Not STATIC_URL: in
# production that names hashed copies (or another host), and the packet reads the sources.
STATIC = "file:///static/"


class StaticFilesOnly(URLFetcher):
    """WeasyPrint's fetcher, limited to the site's own static files read from disk by the
    staticfiles finders; anything else (http, https, data, any other file) is refused, so a
    packet never reaches the network."""

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        if not url.startswith(STATIC) or urlsplit(url).query:
            raise ValueError(f"The delivery packet reads only static files, not {url[:80]}")
        name = unquote(urlsplit(url).path).removeprefix("/static/")
        found = finders.find(name) if ".." not in name.split("/") else None
        if not found:
            raise ValueError(f"No static file {name[:80]}")
        return URLFetcherResponse(url, body=Path(found).read_bytes())


def render_pdf(packet: Packet) -> bytes:
    """The packet as PDF bytes, in memory."""
    with translation.override(packet.language):
        context = {"packet": packet, "static": STATIC}
        html = render_to_string("actions/admin/delivery_packet_pdf.html", context)
    return HTML(string=html, base_url="file:///", url_fetcher=StaticFilesOnly()).write_pdf()
