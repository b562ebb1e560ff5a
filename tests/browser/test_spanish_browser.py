"""A reader who reads Spanish first, in Debian's Chromium on a phone: lands on the English
petition from a shared link, switches to Spanish, signs there, and counts in the one total."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import Page, expect

from actions.models import Signature
from tests.actions.helpers import add_signatures, ensure_site, make_petition
from tests.i18n.spanish import translate

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_reader_switches_to_spanish_signs_and_counts_in_the_one_total(live_server, page: Page):
    translate(ensure_site(), title="Inicio")
    petition = make_petition(goal=10, title="Free them all")
    spanish_petition = translate(
        petition,
        title="Libérenlos a todos",
        ask="Liberen a todas las personas detenidas en Adelanto",
    )
    add_signatures(petition, 3)
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + petition.url)
    expect(page.locator("html")).to_have_attribute("lang", "en")
    page.get_by_role("link", name="Lea esta página en español").click()

    expect(page).to_have_url(live_server.url + spanish_petition.url)
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Liberen a todas las personas detenidas en Adelanto"
    )
    # The three who signed in English count here too.
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "3")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    form = page.get_by_role("complementary", name="Firmar la petición")
    form.get_by_label("Nombre").fill("Ana")
    form.get_by_label("Apellido").fill("Reyes")
    form.get_by_role("button", name="Firmar la petición").click()
    expect(page.get_by_role("alert")).to_contain_text("Escriba su correo electrónico.")
    expect(form.get_by_label("Nombre")).to_have_value("Ana")

    form.get_by_label("Correo electrónico").fill("ana@example.org")
    form.get_by_label("Código postal").fill("90012")
    form.get_by_role("button", name="Firmar la petición").click()
    expect(page.get_by_role("heading", name="Gracias por firmar")).to_be_visible()
    expect(page.get_by_role("progressbar")).to_have_attribute("aria-valuenow", "4")

    signature = Signature.objects.get(email_normalised="ana@example.org")
    assert (signature.page_id, signature.language) == (petition.pk, "es")
    (receipt,) = [message for message in mail.outbox if "ana@example.org" in message.to]
    assert "/es/" in receipt.body and "Hola" in receipt.body

    # The same person on the English page is told what any signer is told, and still counts once.
    page.goto(live_server.url + petition.url)
    page.get_by_label("First name").fill("Ana")
    page.get_by_label("Last name").fill("Reyes")
    page.get_by_label("Email address").fill("ANA@example.org")
    page.get_by_label("ZIP or postcode").fill("90012")
    page.get_by_role("button", name="Sign the petition").click()
    expect(page.get_by_role("heading", name="Thank you for signing")).to_be_visible()
    assert Signature.objects.filter(page=petition).count() == 4
