"""Writing to your official: the ZIP code finds them, the letter goes out through the task
worker within the office's daily limit, duplicates count once, bad letters are refused with
what was typed kept, and stewards export the letters to hand in."""

import csv
import datetime as dt
import io
import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from freezegun import freeze_time
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from actions.jobs import send_due_letters
from actions.models import Letter
from actions.services.retention import anonymise_supporters
from campaigns.models import HomePage, LetterActionPage
from tests.helpers import count_queries

from .letter_helpers import LETTER, SUBJECT, district_attorney, governor, make_letter_action, writer
from .letter_helpers import sheriff as make_sheriff

pytestmark = pytest.mark.django_db

EDITED = "Dear Sheriff Bolanos,\n\nMy cousin was handed to ICE at the jail.\nPlease stop it."


@pytest.fixture
def sheriff():
    return make_sheriff()


@pytest.fixture
def attorney():
    return district_attorney()


@pytest.fixture
def action(sheriff, attorney):
    """To the San Mateo Sheriff (email) and the Mobile County DA (by hand); the Governor for
    everyone else."""
    return make_letter_action([sheriff, attorney], fallback=governor())


@pytest.fixture
def data_steward(django_user_model):
    user = django_user_model.objects.create_user("steward", "steward@example.org", "pw")
    user.groups.add(Group.objects.get(name="Data stewards"))
    return user


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def words(response) -> str:
    return " ".join(soup(response).get_text().split())


def run_worker() -> None:
    """What the task worker does with each queued task (its own loop closes the test's
    database connection)."""
    for queued in DBTaskResult.objects.ready().order_by("enqueued_at"):
        queued.task.call(*queued.args_kwargs["args"], **queued.args_kwargs["kwargs"])


def send(client, action, **data):
    return client.post(f"/actions/pages/{action.pk}/submit/", writer(**data))


def test_a_zip_code_finds_the_official_who_serves_it_and_says_how_the_letter_travels(
    client, action, sheriff, attorney
):
    page = soup(client.get(action.url, {"zip": "94401"}))
    form = page.select_one("form.letter-form")
    text = " ".join(form.get_text().split())
    assert "To: Sheriff Carlos Bolanos, San Mateo County, CA" in text
    assert "Sent by email from campaign@localhost, with your email address as reply-to." in text
    assert form.select_one("input[name=target]")["value"] == str(sheriff.pk)
    assert form.select_one("input[name=postcode]")["value"] == "94401"
    assert form.select_one("input[name=subject]")["value"] == SUBJECT
    assert form.select_one("textarea[name=body]").get_text().strip() == LETTER

    mobile = " ".join(soup(client.get(action.url, {"zip": "36602"})).get_text().split())
    assert "To: District Attorney Ashley Rich, Mobile County, AL" in mobile
    assert "Their office takes no email: our volunteers deliver your letter by hand." in mobile

    elsewhere = " ".join(soup(client.get(action.url, {"zip": "90012"})).get_text().split())
    assert "You can still reach Governor Jerry Brown" in elsewhere
    assert "To: Governor Jerry Brown, California" in elsewhere


def test_the_letter_goes_through_the_task_worker_from_the_campaign_with_the_reader_to_reply_to(
    client, settings, action, sheriff
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    response = send(client, action, target=sheriff, body=EDITED, subject="No more transfers")

    assert response.status_code == 303
    assert response["Location"] == f"{action.url}thank-you/?to={sheriff.pk}#thank-you"
    assert not mail.outbox  # nothing is sent inside the reader's request
    assert DBTaskResult.objects.filter(task_path__endswith="send_letter").count() == 1
    run_worker()

    office, copy = mail.outbox
    assert office.from_email == settings.DEFAULT_FROM_EMAIL
    assert office.to == ["sheriff@example.org"]
    assert office.reply_to == ["Ana Reyes <ana.reyes@example.org>"]
    assert office.subject == "No more transfers"
    assert office.body == EDITED + "\n\nAna Reyes\n94401\n"
    assert office.content_subtype == "plain" and not getattr(office, "alternatives", [])
    assert copy.to == ["ana.reyes@example.org"]
    assert copy.subject == "Your letter to Sheriff Carlos Bolanos"
    assert "We have just emailed your letter to their office" in copy.body
    letter = Letter.objects.get()
    assert (letter.state, letter.delivery, letter.page_id) == ("CA", "email", action.pk)
    assert letter.sent_at is not None and letter.target_name.startswith("Carlos Bolanos")

    thanks = words(client.get(response["Location"]))
    assert "Your letter to Sheriff Carlos Bolanos is on its way" in thanks
    assert "1 letter to Sheriff Carlos Bolanos" in thanks


def test_a_second_letter_from_the_same_person_to_the_same_official_counts_once(
    client, action, sheriff
):
    first = send(client, action, target=sheriff)
    again = send(client, action, target=sheriff, email=" ANA.Reyes+again@Example.org ")

    assert again["Location"] == first["Location"]
    assert Letter.objects.count() == 1
    assert len([m for m in mail.outbox if m.to == ["sheriff@example.org"]]) == 1
    assert "1 letter to Sheriff Carlos Bolanos" in words(client.get(action.url))


def test_letters_beyond_the_daily_cap_wait_for_the_next_day_and_the_scheduler_sends_them(
    client, sheriff, attorney
):
    action = make_letter_action([sheriff], daily_cap=2)
    with freeze_time("2024-05-01 18:00:00"):  # 11:00 in Los Angeles, Wednesday 1 May
        for n in range(3):
            response = send(client, action, target=sheriff, email=f"w{n}@example.org")
        thanks = words(client.get(response["Location"]))
        assert send_due_letters() is None  # nothing more is due today

    assert response["Location"].endswith(f"?to={sheriff.pk}&on=2024-05-02#thank-you")
    assert "yours goes out on Thursday 2 May 2024 (PST/PDT)" in thanks
    to_office = [m for m in mail.outbox if m.to == ["sheriff@example.org"]]
    assert len(to_office) == 2
    waiting = Letter.objects.get(email="w2@example.org")
    assert (waiting.delivery_due_on, waiting.sent_at) == (dt.date(2024, 5, 2), None)
    assert "3 letters to Sheriff Carlos Bolanos" in words(client.get(action.url))

    with freeze_time("2024-05-02 16:00:00"):
        assert send_due_letters() == "handed 1 due letter to the task worker"
    assert [m.to for m in mail.outbox[-2:]] == [["sheriff@example.org"], ["w2@example.org"]]
    assert Letter.objects.filter(sent_at__isnull=True).count() == 0
    assert ("actions.jobs.send_due_letters", 300) in settings.SCHEDULER_JOBS


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        (
            "body",
            "Dear Sheriff, read https://bit.ly/x3 now",
            "Your letter contains the web address https://bit.ly/x3: please take it out.",
        ),
        ("body", "Dear Sheriff, see evil.ru today", "contains the web address evil.ru"),
        ("body", "Dear <b>Sheriff</b>", "Your letter contains <b>: please take it out."),
        (
            "body",
            "Dear Sheriff, " + "stop. " * 600,
            "Your letter is 3,613 characters long. Please shorten it to 3,000",
        ),
        ("body", "   ", "Write your letter: it is empty."),
        ("subject", "<script>alert(1)</script>", "The subject contains <script>"),
        ("postcode", "00000", "We could not find the ZIP code 00000. Please check it"),
    ],
)
def test_a_letter_that_cannot_go_out_is_refused_in_plain_words_keeping_what_was_typed(
    client, action, sheriff, field, typed, message
):
    response = send(client, action, target=sheriff, first_name="Zeferina", **{field: typed})

    assert response.status_code == 400
    page = soup(response)
    assert message in page.select_one("#letter-errors").get_text()
    assert page.select_one("input[name=first_name]")["value"] == "Zeferina"
    if field == "body" and typed.strip():
        assert page.select_one("textarea[name=body]").get_text().strip() == typed.strip()
    assert not Letter.objects.exists() and not mail.outbox


def test_when_the_letter_is_not_editable_the_editors_words_go_out_whatever_is_posted(
    client, sheriff
):
    action = make_letter_action([sheriff], letter_editable=False)
    form = soup(client.get(action.url, {"zip": "94401"})).select_one("form.letter-form")
    assert form.select_one("textarea") is None
    assert "Please stop handing our neighbours to ICE." in form.get_text()

    send(client, action, target=sheriff, body="Something else <b>entirely</b>")

    office = next(m for m in mail.outbox if m.to == ["sheriff@example.org"])
    assert (office.subject, office.body) == (SUBJECT, LETTER + "\n\nAna Reyes\n94401\n")


def test_a_zip_code_across_county_lines_asks_the_county_in_the_form_keeping_the_letter(
    client, action, sheriff
):
    refused = send(client, action, target=sheriff, postcode="94303", body=EDITED)

    assert refused.status_code == 400
    page = soup(refused)
    assert "ZIP code 94303 crosses county lines: choose your county below." in words(refused)
    counties = [i["value"] for i in page.select("form.letter-form input[name=county]")]
    assert counties == ["San Mateo County", "Santa Clara County"]
    assert page.select_one("textarea[name=body]").get_text().strip() == EDITED

    sent = send(client, action, target=sheriff, postcode="94303", county="San Mateo County")
    assert sent.status_code == 303
    assert Letter.objects.get().postcode == "94303"


def test_an_official_the_zip_code_does_not_give_cannot_be_written_to(client, action, attorney):
    response = send(client, action, target=attorney)  # a San Mateo ZIP, Mobile's DA

    assert response.status_code == 400
    assert "Choose who to write to" in soup(response).select_one("#letter-errors").get_text()
    # The form offers the reader's own official instead, the letter as they wrote it kept.
    assert "To: Sheriff Carlos Bolanos" in words(response)
    assert not Letter.objects.exists()


def test_letters_to_an_office_without_email_are_exported_for_hand_delivery(
    client, action, attorney, data_steward
):
    send(client, action, target=attorney, postcode="36602")
    send(
        client,
        action,
        target=attorney,
        postcode="36602",
        first_name="Luis",
        last_name="Ortega",
        email="luis@example.org",
    )

    (copy, _second) = mail.outbox  # only the writers' copies: nothing goes to the office
    assert "our volunteers will deliver your letter by hand" in copy.body
    client.force_login(data_steward)
    batches = client.get("/admin/letters/hand-delivery/")
    assert "District Attorney" in batches.content.decode() or "Ashley Rich" in words(batches)
    link = soup(batches).find("a", string=re.compile("Download"))["href"]
    exported = client.get(link).content.decode()
    assert "Ana,Reyes,36602" in exported and "Luis,Ortega,36602" in exported
    assert LETTER.splitlines()[0] in exported

    confirm = soup(batches).find("a", string=re.compile("Mark as delivered"))["href"]
    confirmation = client.get(confirm)
    assert "Mark 2 letters to Ashley Rich, Mobile County, AL as delivered" in words(confirmation)
    form = soup(confirmation).select_one("main form, form[method=post]")
    client.post(confirm, {i["name"]: i["value"] for i in form.select("input[type=hidden]")})
    assert Letter.objects.filter(sent_at__isnull=False, delivery="hand").count() == 2
    assert "No letters are waiting to be handed in." in words(
        client.get("/admin/letters/hand-delivery/")
    )


def test_counts_per_official_show_on_the_page_and_for_staff(
    client, action, sheriff, attorney, admin_user
):
    for n in range(3):
        send(client, action, target=sheriff, email=f"s{n}@example.org")
    send(client, action, target=attorney, postcode="36602")

    text = words(client.get(action.url))
    assert "3 letters to Sheriff Carlos Bolanos" in text
    assert "1 letter to District Attorney Ashley Rich" in text
    assert "example.org" not in client.get(action.url).content.decode().replace(
        "sheriff@example.org", ""
    )
    client.force_login(admin_user)
    counts = words(client.get("/admin/action-counts/"))
    assert "Write to your Sheriff" in counts and "Carlos Bolanos" in counts


def test_a_held_letter_is_not_sent_until_a_steward_releases_it(client, action, sheriff):
    from actions.services.moderation import RELEASE, Selection, decide
    from tests.actions.abuse_helpers import set_limits

    set_limits(burst=1)
    send(client, action, target=sheriff, email="first@example.org")
    send(client, action, target=sheriff, email="second@example.org")

    held = Letter.objects.get(email="second@example.org")
    assert held.moderation == "held"
    assert [m.to for m in mail.outbox] == [["sheriff@example.org"], ["first@example.org"]]
    decide(Selection(page_id=action.pk), RELEASE, base_url="http://testserver")
    assert [m.to for m in mail.outbox[2:]] == [["sheriff@example.org"], ["second@example.org"]]
    held.refresh_from_db()
    assert held.sent_at is not None


def test_a_closed_action_takes_no_letters(client, action, sheriff):
    action.is_closed = True
    action.save_revision().publish()

    response = send(client, action, target=sheriff)

    assert response.status_code == 409
    assert "nothing was saved" in words(response)
    assert not Letter.objects.exists()


def test_an_editor_creates_a_letter_action_and_a_letter_with_a_link_is_refused(
    client, admin_user, sheriff
):
    home = HomePage.objects.get()
    client.force_login(admin_user)
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "letteractionpage", home.pk])
    data = nested_form_data(
        {
            "title": "Write to the Sheriff",
            "slug": "write-to-the-sheriff",
            "ask": "No more ICE transfers",
            "subject": SUBJECT,
            "letter": "Dear Sheriff, see www.example.org",
            "max_letter_length": "3000",
            "daily_cap": "100",
            "letter_editable": "on",
            "summary": "",
            "body": streamfield([]),
            "target_links": inline_formset([{"target": str(sheriff.pk)}]),
            "comments": inline_formset([]),
        }
    )
    refused = client.post(url, data)
    assert refused.status_code == 200
    assert "contains the web address www.example.org" in words(refused)

    data["letter"] = LETTER
    assert client.post(url, data).status_code == 302
    page = LetterActionPage.objects.get(slug="write-to-the-sheriff")
    assert page.letter == LETTER and page.daily_cap == 100
    assert [link.target for link in page.target_links.all()] == [sheriff]


def test_only_data_stewards_see_and_export_the_letters(client, action, sheriff, data_steward):
    send(client, action, target=sheriff, body=EDITED)
    comms = get_user_model().objects.create_user("comms", "comms@example.org", "pw")
    comms.groups.add(Group.objects.get(name="Editors"))

    client.force_login(comms)
    assert client.get("/admin/actions/letter/").status_code in (302, 403)
    assert client.get("/admin/letters/hand-delivery/").status_code == 403
    client.force_login(data_steward)
    listing = words(client.get("/admin/actions/letter/", {"official": sheriff.pk}))
    assert "Ana Reyes" in listing and "Emailed" in listing
    body = b"".join(client.get("/admin/actions/letter/?export=csv").streaming_content)
    [row] = list(csv.DictReader(io.StringIO(body.decode())))
    assert (row["Written to"], row["Letter"]) == (sheriff.label, EDITED)
    assert row["Delivery"] == "By email" and row["Written at (PST/PDT)"]


def test_retention_erases_writers_and_their_words_but_keeps_the_count(client, action, sheriff):
    send(client, action, target=sheriff, body=EDITED)
    action.is_closed = True
    action.save_revision().publish()
    later = timezone.now() + dt.timedelta(days=settings.ACTIONS_ANONYMISE_AFTER_DAYS + 1)

    report = anonymise_supporters(settings.ACTIONS_ANONYMISE_AFTER_DAYS, now=later)

    assert report.letters == 1 and "1 letters anonymised" in report.summary
    letter = Letter.objects.get()
    assert (letter.first_name, letter.email, letter.postcode, letter.body) == ("", "", "", "")
    assert (letter.state, letter.target_id) == ("CA", sheriff.pk)
    assert "1 letter to Sheriff Carlos Bolanos" in words(client.get(action.url))


def test_the_letter_page_costs_the_same_queries_however_many_letters(client, action, sheriff):
    for n in range(3):
        send(client, action, target=sheriff, email=f"q{n}@example.org")
    client.get(action.url)  # what every page shares: site, settings, menus

    # The page, its officials, the fallback and one grouped count of letters, however many.
    assert count_queries(client, action.url) <= 18
    send(client, action, target=sheriff, email="one-more@example.org")
    assert count_queries(client, action.url + "?zip=94401") <= 21
