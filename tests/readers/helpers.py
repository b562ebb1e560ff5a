"""Reading pages the way readers' tools do: as parsed HTML."""

from bs4 import BeautifulSoup
from wagtail.models import Page

DEMO_CAMPAIGN_PATH = "/end-mass-incarceration-deportations-detention/"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def get_soup(client, url: str) -> BeautifulSoup:
    return soup(client.get(url))


def text(element) -> str:
    """The element's text as a reader hears it: one space between words, none at the ends."""
    words = " ".join(element.get_text(" ").split())
    return words.replace(" .", ".").replace(" ,", ",")


def texts(elements) -> list[str]:
    return [text(element) for element in elements]


def visible_texts(elements) -> list[str]:
    """Like `texts`, leaving out the words only screen readers get (.visually-hidden)."""
    result = []
    for element in elements:
        for hidden in element.select(".visually-hidden"):
            hidden.extract()
        result.append(text(element))
    return result


def one_live_page_of_each_type() -> list[Page]:
    pages, seen = [], set()
    for page in Page.objects.live().filter(depth__gte=2).order_by("path").specific():
        if type(page) not in seen:
            seen.add(type(page))
            pages.append(page)
    return pages
