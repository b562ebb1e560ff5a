"""The delivery packet a data steward downloads for a hand-in, and the export log that records
every download of supporters' data: what the PDF says (read back with pypdf), what it leaves
out unless asked, who may make one, and the log rows a packet and a spreadsheet leave."""

import io
from collections.abc import Iterator
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import timezone
from pypdf import PdfReader

from actions.models import Endorsement, PaperSignatures, Signature, SupporterExport
from actions.packet_pdf import StaticFilesOnly
from campaigns.models import PetitionTarget
from tests.actions.helpers import make_petition, make_statement
from tests.factories import TargetFactory
from tests.i18n.spanish import translate

pytestmark = pytest.mark.django_db

DEMANDS = [
    {
        "type": "demand_list",
        "value": {
            "title": "What we ask of the Sheriff",
            "target": None,
            "style": "numbered",
            "demands": [
                {"title": "End all transfers to ICE", "detail": "No holds, no notifications."},
                {"title": "Publish every request ICE sends", "detail": ""},
            ],
        },
    }
]
# (first, last, ZIP, state, comment): who signed, and where.
SIGNERS = [
    ("Ana", "Reyes", "94401", "CA", "Free them all now"),  # San Mateo County
    ("Luis", "Ortega", "94303", "CA", "Unticked words stay out"),  # San Mateo + Santa Clara
    ("María", "López", "90012", "CA", "<b>Close</b> Adelanto & bring them home"),
    ("Tomás", "Díaz", "94612", "CA", ""),  # Oakland
    ("Jo", "Smith", "10001", "NY", ""),
    ("Kim", "Lee", "", "", ""),  # gave no ZIP code
]


@pytest.fixture(scope="module")
def built(django_db_setup, django_db_blocker) -> Iterator[dict]:
    """A campaign's petition to four officials, with signers in and out of their places, an
    erased signature, paper signatures, and the campaign's statement with its endorsers; built
    once for the module inside a transaction rolled back after it."""
    with django_db_blocker.unblock(), transaction.atomic():
        officials = [
            TargetFactory(name="Gavin Newsom", title="Governor", level="state", state="CA"),
            TargetFactory(
                name="Carlos Bolanos",
                title="Sheriff",
                jurisdiction="San Mateo County, CA",
                level="county",
                state="CA",
                county="San Mateo County",
            ),
            TargetFactory(
                name="Libby Schaaf",
                title="Mayor",
                jurisdiction="Oakland, CA",
                level="city",
                state="CA",
                city="Oakland",
            ),
            TargetFactory(name="Congress", title="", jurisdiction="", level="national"),
        ]
        petition = make_petition(ask="End ICE transfers in California", demands=DEMANDS)
        for official in officials:
            PetitionTarget.objects.create(page=petition, target=official)
        statement = make_statement()
        for name, scope, status in [
            ("Detention Watch Network", "national", Endorsement.Status.APPROVED),
            ("Pangea Legal Services", "California", Endorsement.Status.APPROVED),
            ("Not Yet Reviewed Org", "national", Endorsement.Status.PENDING),
        ]:
            Endorsement.objects.create(
                page=statement, organisation_name=name, scope=scope, status=status
            )
        now = timezone.now()
        comments = {}
        for n, (first, last, zip_code, state, comment) in enumerate(SIGNERS):
            signature = Signature.objects.create(
                page=petition,
                first_name=first,
                last_name=last,
                email=f"{first.lower()}@example.org",
                email_normalised=f"{first.lower()}@example.org",
                postcode=zip_code,
                state=state,
                comment=comment,
                created_at=now - timedelta(days=n),
                confirmed_at=now,
            )
            comments[first] = signature.pk
        Signature.objects.create(  # erased: its state is kept, its ZIP code is not
            page=petition,
            first_name="",
            last_name="",
            email_normalised="anonymised:1",
            state="CA",
            confirmed_at=now,
            anonymised_at=now,
        )
        Signature.objects.create(  # never confirmed: not counted, never listed
            page=petition,
            first_name="Unconfirmed",
            last_name="Person",
            email_normalised="unconfirmed@example.org",
            postcode="94401",
            state="CA",
        )
        PaperSignatures.objects.create(page=petition, count=5, description="Clipboards")
        yield {"petition": petition, "comments": comments}
        transaction.set_rollback(True)


@pytest.fixture
def petition(built):
    return built["petition"]


@pytest.fixture
def steward(django_user_model):
    user = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    user.groups.add(Group.objects.get(name="Data stewards"))
    return user


def packet_url(petition) -> str:
    return f"/admin/supporters/delivery-packet/{petition.pk}/"


def download(client, petition, *, comments=(), **choices) -> tuple[str, object]:
    """The packet's text (whitespace folded, as pypdf reads it) and the response."""
    data = {"language": "en", "action": "download", "comments": list(comments), **choices}
    response = client.post(packet_url(petition), data)
    assert response.status_code == 200, response.content[:500]
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    return text, response


def test_packet_has_ask_demands_counts_by_place_ticked_comments_and_endorsers(
    client, steward, built, petition
):
    client.force_login(steward)
    ticked = [built["comments"]["Ana"], built["comments"]["María"]]

    text, response = download(client, petition, comments=ticked)

    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert "End ICE transfers in California" in text
    assert "End all transfers to ICE" in text and "No holds, no notifications." in text
    assert "12 people signed this petition" in text  # 7 online and 5 on paper
    assert "7 online and 5 on paper" in text
    # The Governor: Californians, the erased signature included (it keeps its state).
    assert "California 5 Signers in California" in text
    # The Sheriff: one ZIP wholly in the county, one crossing into it, one erased.
    assert "San Mateo County, CA 1 Signers whose ZIP code is in San Mateo County, CA" in text
    assert "Not counted: 1 signer whose ZIP code crosses the county line" in text
    assert "Not counted: 1 signer in California who could not be placed" in text
    assert "Oakland, CA 1 Signers whose ZIP code is in Oakland, CA" in text
    assert "Congress 12 All signers, everywhere" in text
    assert "1 signer gave no US ZIP code" in text
    # Ticked comments, signed with a first name and state; markup is shown, never applied.
    assert "Free them all now" in text and "Ana, California" in text
    assert "<b>Close</b> Adelanto & bring them home" in text
    assert "Unticked words stay out" not in text
    assert "Detention Watch Network" in text and "Pangea Legal Services" in text
    assert "National" in text and "California" in text
    assert "Not Yet Reviewed Org" not in text
    assert "Reyes" not in text and "@example.org" not in text
    assert "PST" in text or "PDT" in text
    [logged] = SupporterExport.objects.all()
    assert (logged.user, logged.username, logged.page_id) == (steward, "steward", petition.pk)
    assert (logged.kind, logged.file_format, logged.with_names, logged.rows) == (
        "packet",
        "pdf",
        False,
        2,
    )


def test_names_and_emails_are_in_the_appendix_only_when_chosen(client, steward, petition):
    client.force_login(steward)

    text, _response = download(client, petition, include_names="on", include_emails="on")

    assert "Appendix: the signers" in text
    assert "Ana Reyes" in text and "ana@example.org" in text and "Kim Lee" in text
    assert "Unconfirmed" not in text
    logged = SupporterExport.objects.get()
    assert (logged.with_names, logged.with_emails, logged.rows) == (True, True, 6)


def test_spanish_packet_has_spanish_headings_and_the_spanish_ask(client, steward, petition):
    translate(petition, ask="Terminen los traslados a ICE en California")
    client.force_login(steward)

    text, _response = download(client, petition, language="es")

    assert "Terminen los traslados a ICE en California" in text
    assert "personas firmaron esta petición" in text
    assert "Firmantes que representa cada funcionario" in text


def test_form_lists_comments_escaped_and_the_petition_links_to_it(
    client, steward, admin_user, petition
):
    client.force_login(steward)
    form = client.get(packet_url(petition)).content.decode()
    listing = client.get(f"/admin/actions/signature/?petition={petition.pk}").content.decode()
    client.force_login(admin_user)  # the page editor's "more" menu, for one who may edit
    editor = client.get(f"/admin/pages/{petition.pk}/edit/").content.decode()

    assert "&lt;b&gt;Close&lt;/b&gt; Adelanto" in form and "<b>Close</b>" not in form
    assert form.index("Free them all now") < form.index("Unticked words stay out")  # newest first
    assert packet_url(petition) in editor
    assert packet_url(petition) in listing


def test_steward_without_supporter_data_permission_is_refused(client, django_user_model, petition):
    user = django_user_model.objects.create_user("comms", "comms@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    assert client.get(packet_url(petition)).status_code == 403
    refused = client.post(packet_url(petition), {"language": "en", "include_names": "on"})

    assert refused.status_code == 403
    assert not SupporterExport.objects.exists()


def test_signature_spreadsheet_export_is_logged_with_its_petition(client, steward, petition):
    client.force_login(steward)

    response = client.get(f"/admin/actions/signature/?petition={petition.pk}&export=csv")
    b"".join(response.streaming_content)

    logged = SupporterExport.objects.get()
    assert (logged.user, logged.page_id) == (steward, petition.pk)
    assert (logged.kind, logged.file_format, logged.with_names, logged.rows) == (
        "signatures",
        "csv",
        True,
        8,
    )
    log = client.get("/admin/actions/supporterexport/").content.decode()
    assert petition.title in log and "steward" in log
    assert client.get(f"/admin/actions/supporterexport/delete/{logged.pk}/").status_code != 200


def test_packet_reads_static_files_only_never_the_network():
    fetcher = StaticFilesOnly()

    assert fetcher.fetch("file:///static/img/logo.png").read().startswith(b"\x89PNG")
    for url in ("https://example.org/logo.png", "file:///etc/passwd", "file:///static/../x"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)
