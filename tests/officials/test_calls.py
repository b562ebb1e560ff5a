"""The call action: a reader enters a ZIP code, gets their own official's number as a
tap-to-call link and the script with the official's name, and afterwards says how the call
went; each official's calls are counted, in English and Spanish alike, and staff read them by
outcome (the notes only Data stewards)."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from wagtail.models import GroupPagePermission

from actions.models import CallReport
from actions.services.calls import CallPageContract
from campaigns.models import ActionToolkitPage, CallActionPage, CallTarget, HomePage, Target
from tests.actions.test_page_contract import contract_members
from tests.factories import ActionToolkitPageFactory, CallActionPageFactory, TargetFactory
from tests.helpers import count_queries, publish
from tests.i18n.spanish import spanish, translate

pytestmark = pytest.mark.django_db

COUNTY = Target.Level.COUNTY
SCRIPT = "Hello, I live in the county. I am calling to ask {official} to end transfers to ICE."
SPANISH_SCRIPT = "Hola, vivo en el condado. Llamo para pedirle al {official} que deje de hacerlo."


@pytest.fixture
def officials():
    return {
        "san_mateo": TargetFactory(
            name="Carlos Bolaños",
            title="Sheriff",
            office="San Mateo County Sheriff's Office",
            jurisdiction="",
            level=COUNTY,
            state="CA",
            county="San Mateo County",
            phone="(650) 555-0142",
            is_demo=True,
        ),
        "santa_clara": TargetFactory(
            name="Robert Jonsen",
            title="Sheriff",
            jurisdiction="",
            level=COUNTY,
            state="CA",
            county="Santa Clara County",
            phone="(408) 555-0143",
        ),
        "board": TargetFactory(
            name="San Mateo County Board of Supervisors",
            title="",
            jurisdiction="",
            level=COUNTY,
            state="CA",
            county="San Mateo County",
            email="board@example.org",
            web_form_url="https://example.org/contact-the-board",
        ),
        "governor": TargetFactory(
            name="Gavin Newsom", level=Target.Level.STATE, state="CA", phone="(916) 555-0101"
        ),
    }


@pytest.fixture
def call_page(officials):
    keys = ("san_mateo", "santa_clara", "board")
    links = [CallTarget(target=officials[key], sort_order=n) for n, key in enumerate(keys)]
    page = CallActionPageFactory.build(
        slug="call",
        script=SCRIPT,
        call_hours="Offices answer on weekdays, 8 am to 5 pm.",
        share_text="I called my sheriff",
        target_links=links,
        fallback_target=officials["governor"],
    )
    return publish(HomePage.objects.get(), page)


def soup(response, status: int = 200) -> BeautifulSoup:
    assert response.status_code == status, response.content.decode()[:3000]
    return BeautifulSoup(response.content, "html.parser")


def words(element) -> str:
    return " ".join(element.get_text(" ").split())


def card(document, name: str):
    found = [c for c in document.select(".call-card") if name in words(c.select_one("h3"))]
    assert len(found) == 1, [words(c.select_one("h3")) for c in document.select(".call-card")]
    return found[0]


def report(officials, key="san_mateo", **fields) -> dict:
    return {
        "target": str(officials[key].pk),
        "outcome": "reached",
        "note": "",
        "zip": "94401",
        "county": "",
        "state": "",
        **fields,
    }


def test_a_san_mateo_zip_gets_the_sheriff_to_tap_and_call_with_the_script_naming_him(
    client, call_page
):
    document = soup(client.get(call_page.url, {"zip": "94401"}))
    names = [words(h3) for h3 in document.select(".call-card h3")]
    assert names == ["Sheriff Carlos Bolaños", "San Mateo County Board of Supervisors"]
    sheriff = card(document, "Bolaños")
    call = sheriff.select_one("a[href^='tel:']")
    assert call["href"] == "tel:+16505550142"
    assert words(call) == "☎ Call (650) 555-0142"
    assert "to ask Sheriff Carlos Bolaños to end transfers" in words(sheriff.select_one(".script"))
    assert "{official}" not in words(sheriff)
    assert "weekdays, 8 am to 5 pm" in words(sheriff)
    assert "range reserved for fiction" in words(sheriff), "a demo number says it is made up"
    assert sheriff.select_one("form.call-report input[name=outcome]")


def test_an_office_without_a_phone_says_so_and_offers_its_contact_form_and_email(client, call_page):
    board = card(soup(client.get(call_page.url, {"zip": "94401"})), "Board of Supervisors")
    assert "We have no phone number for this office." in words(board)
    links = [a["href"] for a in board.select("a")]
    assert links == ["https://example.org/contact-the-board", "mailto:board@example.org"]
    assert not board.select("a[href^='tel:'], form"), "nothing to call, nothing to report"


def test_a_reader_nobody_on_the_list_represents_gets_the_fallback_official(client, call_page):
    document = soup(client.get(call_page.url, {"zip": "10001"}))
    assert "You can still reach Governor Gavin Newsom." in words(document)
    governor = card(document, "Gavin Newsom")
    assert governor.select_one("a[href='tel:+19165550101']")
    assert "to ask Governor Gavin Newsom to end" in words(governor)


def test_calls_are_counted_per_official_and_outcome(client, call_page, officials, admin_user):
    for outcome in ("reached", "voicemail", "voicemail"):
        response = client.post(call_page.url, report(officials, outcome=outcome))
        assert response.status_code == 303
        assert response["Location"] == call_page.url + "thank-you/#call-thanks"
    client.post(call_page.url, report(officials, "governor", outcome="busy", zip="10001"))

    thanks = soup(client.get(call_page.url + "thank-you/"))
    assert "Thank you for calling" in words(thanks)
    assert "I called my sheriff" in words(thanks.select_one(".share-kit"))
    sheriff = card(soup(client.get(call_page.url, {"zip": "94401"})), "Bolaños")
    assert "3 calls to Sheriff Carlos Bolaños so far." in words(sheriff)
    tally = words(soup(client.get(call_page.url)).select_one(".call-tally"))
    assert "3 calls to Sheriff Carlos Bolaños so far." in tally
    assert "1 call to Governor Gavin Newsom so far." in tally

    stored = CallReport.objects.filter(target=officials["governor"]).get()
    assert (stored.state, stored.outcome, stored.page_id) == ("NY", "busy", call_page.pk)
    assert "10001" not in str(vars(stored)), "the ZIP code is not kept"

    client.force_login(admin_user)
    staff = soup(client.get("/admin/action-counts/calls/"))
    rows = {words(tr.th): [words(td) for td in tr.select("td")] for tr in staff.select("tbody tr")}
    # Reached, voicemail, no answer, busy, total, with a note, held.
    assert rows["Sheriff Carlos Bolaños"] == ["1", "2", "0", "0", "3", "0", "0"]
    assert rows["Governor Gavin Newsom"] == ["0", "0", "0", "1", "1", "0", "0"]


def test_notes_are_shown_escaped_and_only_to_data_stewards(
    client, call_page, officials, django_user_model
):
    note = "<script>alert('x')</script> <b>They said they would pass it on</b>"
    client.post(call_page.url, report(officials, note=note))
    assert CallReport.objects.get().note == note
    assert "They said" not in client.get(call_page.url, {"zip": "94401"}).content.decode()

    editor = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    editors = Group.objects.create(name="Call page editors")
    GroupPagePermission.objects.create(group=editors, page=call_page, permission_type="change")
    editor.groups.add(editors)
    client.force_login(editor)
    counts = client.get("/admin/action-counts/calls/").content.decode()
    assert "Sheriff Carlos Bolaños" in counts
    assert "They said" not in counts
    assert client.get("/admin/actions/callreport/").status_code in (302, 403)

    steward = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    steward.groups.add(Group.objects.get(name="Data stewards"))
    client.force_login(steward)
    listing = client.get("/admin/actions/callreport/").content.decode()
    assert "&lt;script&gt;alert(" in listing
    assert "<script>alert(" not in listing
    assert "&lt;b&gt;They said they would pass it on&lt;/b&gt;" in listing


def test_staff_see_the_counts_of_call_pages_they_may_work_on_only(
    client, call_page, officials, django_user_model
):
    client.post(call_page.url, report(officials))
    outsider = django_user_model.objects.create_user("outsider", "o@example.org", "pw")
    outsider.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(outsider)
    counts = words(soup(client.get("/admin/action-counts/calls/")))
    assert "No call pages you can work on yet." in counts
    assert "Bolaños" not in counts


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"outcome": ""}, "Choose what happened when you called."),
        ({"outcome": "hung up on"}, "Choose one of the answers"),
        ({"note": "x" * 501}, "Use 500 characters or fewer (you typed 501)."),
        ({"note": "See https://spam.example"}, "Please leave web addresses and links out"),
    ],
)
def test_a_report_that_needs_fixing_says_so_under_the_official_keeping_the_note(
    client, call_page, officials, fields, message
):
    data = report(officials, **{"note": "They took my name", **fields})
    document = soup(client.post(call_page.url, data), status=400)
    sheriff = card(document, "Bolaños")
    assert message in words(sheriff.select_one(".error-summary"))
    assert sheriff.select_one("textarea[name=note]").get_text().strip() == data["note"][:501]
    assert sheriff.select_one("[aria-invalid=true]")
    assert sheriff.select_one("a[href='tel:+16505550142']"), "the same officials, looked up again"
    assert not CallReport.objects.exists()


def test_a_report_for_an_official_the_page_does_not_call_is_refused_in_plain_words(
    client, call_page
):
    stranger = TargetFactory(name="Someone Else", phone="(202) 555-0199")
    data = {"target": str(stranger.pk), "outcome": "reached", "zip": "94401", "note": "Kind"}
    document = soup(client.post(call_page.url, data), status=400)
    refusal = document.select_one("#call-report-error")
    assert "Please check your answers" in words(refusal)
    assert "We could not tell which official you called." in words(refusal)
    assert refusal.select_one("textarea").get_text() == "Kind", "the note is kept to copy"
    assert not CallReport.objects.exists()


def test_a_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored(
    client, call_page, officials
):
    response = client.post(call_page.url, report(officials, fax_number="555-0000"))
    assert response.status_code == 303
    assert not CallReport.objects.exists()


def test_a_page_that_does_not_ask_how_it_went_shows_no_form_and_refuses_reports(
    client, call_page, officials
):
    call_page.ask_outcome = False
    call_page.save_revision().publish()
    sheriff = card(soup(client.get(call_page.url, {"zip": "94401"})), "Bolaños")
    assert sheriff.select_one("a[href='tel:+16505550142']")
    assert not sheriff.select("form")
    assert client.post(call_page.url, report(officials)).status_code == 409
    assert not CallReport.objects.exists()


def test_editors_are_told_when_a_script_has_a_placeholder_other_than_official(call_page):
    call_page.script = "Hello {name}, I am calling {official} about {county}."
    with pytest.raises(ValidationError) as refused:
        call_page.full_clean()
    assert "Only {official} is filled in for callers; they would read {county}, {name}" in str(
        refused.value
    )


def test_the_spanish_page_looks_up_scripts_and_counts_in_spanish_with_one_count(
    client, call_page, officials
):
    sheriff = officials["san_mateo"]
    spanish_sheriff = sheriff.copy_for_translation(spanish())
    spanish_sheriff.title = "Alguacil"
    spanish_sheriff.save()
    spanish_page = translate(call_page, ask="Llame a su alguacil", script=SPANISH_SCRIPT)
    client.post(call_page.url, report(officials))

    document = soup(client.get(spanish_page.url, {"zip": "94401"}))
    assert document.select_one("label[for=find-official-zip]").get_text() == "Su código postal"
    found = card(document, "Alguacil Carlos Bolaños")
    assert words(found.select_one("a[href^='tel:']")) == "☎ Llame al (650) 555-0142"
    assert "pedirle al Alguacil Carlos Bolaños que deje de" in words(found.select_one(".script"))
    assert "Alguacil Carlos Bolaños: 1 llamada hasta ahora." in words(found)
    form = found.select_one("form.call-report")
    assert words(form.select_one("legend")) == "¿Cómo le fue?"
    assert "Dejé un mensaje de voz" in words(form)

    refused = soup(client.post(spanish_page.url, report(officials, outcome="")), status=400)
    assert "Elija qué pasó cuando llamó." in words(card(refused, "Alguacil").select_one("form"))
    response = client.post(spanish_page.url, report(officials, outcome="voicemail"))
    assert response["Location"] == spanish_page.url + "thank-you/#call-thanks"
    assert "Gracias por llamar" in words(soup(client.get(spanish_page.url + "thank-you/")))

    spanish_report = CallReport.objects.get(language="es")
    assert (spanish_report.page_id, spanish_report.target_id) == (call_page.pk, sheriff.pk)
    english = card(soup(client.get(call_page.url, {"zip": "94401"})), "Sheriff Carlos Bolaños")
    assert "2 calls to Sheriff Carlos Bolaños so far." in words(english)


def test_the_toolkits_call_block_hands_over_to_the_call_page(client, call_page):
    toolkit = publish(HomePage.objects.get(), ActionToolkitPageFactory.build(slug="toolkit"))
    block = ActionToolkitPage.body.field.stream_block.child_blocks["call"]
    handover = block.to_python({"call_page": call_page.pk, "call_page_label": "Find your sheriff"})
    block.clean(handover)  # no number, official or script of its own needed
    old = {"target": TargetFactory(phone="(213) 555-0142").pk, "script": "Hello."}
    toolkit.body = [("call", handover), ("call", block.to_python(old))]
    toolkit.save_revision().publish()

    english = soup(client.get(toolkit.url)).select(".action--call")
    assert [(a["href"], words(a)) for a in english[0].select("a")] == [
        (call_page.url + "#find-official", "Find your sheriff")
    ]
    assert english[1].select_one("a[href='tel:2135550142']"), "blocks without a page still work"

    spanish_page = translate(call_page)
    spanish_toolkit = translate(toolkit)
    link = soup(client.get(spanish_toolkit.url)).select_one(".action--call a")
    assert link["href"] == spanish_page.url + "#find-official"


def test_the_page_costs_the_same_queries_with_three_officials_found_as_with_six(client, call_page):
    url = call_page.url + "?zip=94401"
    count_queries(client, url)  # the first request fills the site's caches
    before = count_queries(client, url)
    for n in range(3):
        deputy = TargetFactory(
            level=COUNTY, state="CA", county="San Mateo County", phone=f"(650) 555-01{n}0"
        )
        CallTarget.objects.create(page=call_page, target=deputy, sort_order=10 + n)
    count_queries(client, url)
    assert count_queries(client, url) == before
    assert len(soup(client.get(url)).select(".call-card form")) == 4


def test_the_call_page_provides_what_the_call_mixin_reads():
    members = contract_members(CallPageContract)
    assert {"ask", "share_text", "ask_outcome", "counting_page_id", "render"} <= members
    assert [name for name in members if not hasattr(CallActionPage, name)] == []
