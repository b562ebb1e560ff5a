"""The letter action's widget: a reader finds their official by ZIP code, writes and is thanked,
all inside the partner's frame."""

import pytest
from bs4 import BeautifulSoup

from actions.models import Letter
from tests.officials.letter_helpers import governor, make_letter_action, sheriff, writer

pytestmark = pytest.mark.django_db


def test_a_reader_finds_the_sheriff_writes_and_is_thanked_inside_the_widget(client):
    official = sheriff()
    action = make_letter_action([official], fallback=governor())
    widget = action.url + "widget/"

    start = BeautifulSoup(client.get(widget).content, "html.parser")
    assert start.select_one("body.widget") and not start.select("footer")
    assert start.select_one("h1").get_text(strip=True) == "Tell your Sheriff: no more ICE transfers"
    # The look-up asks again at the widget's own address.
    assert start.select_one("form.find-official__form")["action"] == widget + "#find-official"

    found = client.get(widget + "?zip=94401")
    html = BeautifulSoup(found.content, "html.parser")
    assert "frame-ancestors 'self' https:" in found["Content-Security-Policy"]
    letter_form = html.select_one("form.letter-form")
    assert letter_form["action"] == f"/actions/pages/{action.pk}/submit/widget/#letter-errors"
    assert "Sheriff Carlos Bolanos" in letter_form.get_text()

    sent = client.post(
        f"/actions/pages/{action.pk}/submit/widget/",
        {**writer(official), "partner": "", "source": "widget"},
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert sent.status_code == 303
    assert sent["Location"].startswith(action.url + "widget/thanks/?to=")
    thanks = BeautifulSoup(client.get(sent["Location"]).content, "html.parser")
    assert thanks.select_one("#thank-you h2").get_text() == "Thank you for writing"
    assert "Your letter to Sheriff Carlos Bolanos is on its way" in thanks.get_text()
    assert thanks.select_one("#thank-you a")["target"] == "_blank"
    assert Letter.objects.get().source == "widget"
    # The letter action links to its public embed page.
    page = BeautifulSoup(client.get(action.url).content, "html.parser")
    assert page.find("a", string="Put this letter on your site")["href"] == action.url + "embed/"
    assert client.get(action.url + "embed/").status_code == 200
