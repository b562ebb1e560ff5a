"""A link tagged with ?source= or ?partner= is the same cached page as the plain address, in
the app's page cache and at the edge (Varnish), and the code still reaches the form's post."""

import re
from pathlib import Path

import pytest
from django.test import Client

from actions.models import Signature
from tests.actions.helpers import make_petition, signer

pytestmark = pytest.mark.django_db

VCL = Path(__file__).resolve().parents[2] / "deploy" / "varnish" / "default.vcl"


def test_a_tagged_link_is_served_from_the_page_cache_and_still_tags_the_signature(settings):
    settings.PAGE_CACHE_SECONDS = 60  # on, as in production (test settings turn it off)
    petition = make_petition()
    client = Client()
    plain = client.get(petition.url)

    tagged = client.get(f"{petition.url}?source=newsletter&partner=dwn&utm_medium=email")

    assert tagged["X-Page-Cache"] == "hit"
    assert tagged.content == plain.content
    assert b'name="source"' in tagged.content  # the hidden field the script fills
    client.post(
        f"/actions/pages/{petition.pk}/submit/",
        signer(),
        HTTP_REFERER=f"http://testserver{petition.url}?source=newsletter",
    )
    assert Signature.objects.get().source == "newsletter"


def test_the_edge_cache_drops_source_and_partner_from_its_key():
    """The VCL's own expression, applied as Varnish applies it (regsuball, then tidying)."""
    vcl = VCL.read_text()
    pattern = re.search(r'regsuball\(req\.url, "(\(\[\?&\]\)\([^"]+)", "\\1"\)', vcl).group(1)

    def edge_key(url: str) -> str:
        url = re.sub(pattern, r"\1", url)
        url = re.sub(r"&{2,}", "&", url)
        url = re.sub(r"\?&", "?", url, count=1)
        return re.sub(r"[?&]+$", "", url, count=1)

    assert edge_key("/p/?source=email&partner=dwn&utm_source=x") == "/p/"
    assert edge_key("/p/?page=2&source=email") == "/p/?page=2"
    assert edge_key("/p/?resource=1") == "/p/?resource=1"
