"""Every public page of the demo, as a reader gets it: no link to nowhere, no word about the
demo itself, the captures' copy errors gone, and a number to tap on every call-in."""

import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page

from campaigns.models import ActionToolkitPage, CampaignPage

# The feed is XML; the HTML parser reads its text well enough for these checks.
pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("demo_content"),
    pytest.mark.filterwarnings("ignore::bs4.XMLParsedAsHTMLWarning"),
]

# Views that are not pages but list demo content.
OTHER_VIEWS = ["/search/?query=Adelanto", "/search/?query=prison", "/feeds/updates/"]
ABOUT_THE_DEMO = [
    r"\bdemos?\b",
    r"\bexample\s*:",
    r"\b(an|this) example (event|page|petition|update|campaign)",
    r"\bexample\.(org|com|net)\b",
    r"\bships? with\b",
    r"\bplaceholder\b",
    r"\blorem ipsum\b",
]
CAPTURE_ERRORS = ["*and*", "another social justice groups", "Click here", "listed below"]


def demo_responses(client) -> dict[str, str]:
    addresses = [page.url for page in Page.objects.live().public().filter(depth__gte=2)]
    responses = {}
    for address in [*addresses, *OTHER_VIEWS]:
        response = client.get(address)
        assert response.status_code == 200, address
        responses[address] = response.content.decode()
    return responses


def reader_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup.select("script, style, head"):
        hidden.extract()
    return " ".join(soup.get_text(" ").split())


def test_no_demo_page_renders_an_empty_link(client):
    for address, html in demo_responses(client).items():
        assert not re.search(r"""href=(""|'')""", html), address
        if address.startswith("/feeds/"):
            assert "<link></link>" not in html


def test_public_demo_pages_never_mention_the_demo_or_examples(client):
    for address, html in demo_responses(client).items():
        if address.startswith("/feeds/"):
            continue
        text = reader_text(html)
        # The client's prose says "for example" and "a tragic example"; these are the ways
        # a page would talk about itself as sample content.
        for pattern in ABOUT_THE_DEMO:
            assert not re.search(pattern, text, flags=re.IGNORECASE), (address, pattern)


def test_demo_pages_carry_none_of_the_captures_copy_errors(client):
    for address, html in demo_responses(client).items():
        text = reader_text(html)
        for error in CAPTURE_ERRORS:
            assert error.casefold() not in text.casefold(), (address, error)


def test_demo_call_actions_render_a_tap_to_call_link(client):
    html = client.get(ActionToolkitPage.objects.get().url).content.decode()
    assert re.findall(r'href="tel:(\d+)"', html) == ["5555550142", "5555550163"]
    assert "Call Sheriff Bolanos" in html


def test_hero_shows_no_caption_behind_its_buttons(client):
    for address in ["/", CampaignPage.objects.get().url]:
        hero = BeautifulSoup(client.get(address).content, "html.parser").select_one(".hero")
        assert hero.select_one(".hero__actions a")
        assert hero.select("img") and all(img["alt"] == "" for img in hero.select("img"))
        assert hero.select_one("figcaption, .caption, .credit") is None
