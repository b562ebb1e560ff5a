"""The admin's "Embed on partner sites": the widget's code for anyone and each partner's own
code and link, ready to copy, for the page's editors."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission

from tests.actions.helpers import make_event, make_petition
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def boxes(response) -> dict[str, str]:
    html = BeautifulSoup(response.content, "html.parser")
    found = {}
    for box in html.select("[data-copy-code]"):
        field = box.select_one("textarea, input")
        found[box.select_one("label").get_text(strip=True)] = field.get("value") or field.text
    return found


def test_an_editor_copies_the_widget_code_and_each_partners_code_and_link(client, admin_user):
    petition = make_petition(title="Free them all")
    partner = OrganisationFactory(name="Detention Watch Network")
    client.force_login(admin_user)

    edit = client.get(f"/admin/pages/{petition.pk}/edit/")
    assert f"/admin/partner-widget/{petition.pk}/" in edit.content.decode()
    response = client.get(f"/admin/partner-widget/{petition.pk}/")
    assert response.status_code == 200
    found = boxes(response)
    widget = f"http://testserver{petition.url}widget/"
    assert f'<iframe src="{widget}?source=widget"' in found["Widget code, in English"]
    code = found["Widget code for their website"]
    assert f'src="{widget}?partner=detention-watch-network&amp;source=widget"' in code
    assert 'title="Free them all"' in code and "/static/js/widget-resize.js" in code
    assert found["Link for their emails and posts"] == (
        f"http://testserver{petition.url}?partner={partner.partner_code}&source=partner"
    )


def test_an_event_without_rsvps_has_nothing_to_embed(client, admin_user):
    event = make_event(rsvp_enabled=False)
    client.force_login(admin_user)
    response = client.get(f"/admin/partner-widget/{event.pk}/")
    assert "has nothing to embed yet" in response.content.decode()
    assert client.get(event.url + "widget/").status_code == 404


def test_staff_who_cannot_edit_the_page_do_not_see_it(client, django_user_model):
    petition = make_petition()
    user = django_user_model.objects.create_user("reader", "reader@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(f"/admin/partner-widget/{petition.pk}/").status_code == 403
