"""The campaign calendar shows exactly what happens on each day of a week or month, in the
site's time zone (America/Los_Angeles), also in a week in which the clocks change."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from campaigns.models import (
    CampaignPage,
    EventIndexPage,
    EventPage,
    PetitionIndexPage,
    PetitionPage,
    WeekOfActionPage,
)
from editorial.calendar import build_calendar

pytestmark = pytest.mark.django_db

LA = ZoneInfo("America/Los_Angeles")
UTC = dt.UTC
# Daylight saving time ends on Sunday 2 November 2025 at 02:00 PDT, which becomes 01:00 PST:
# that Sunday is 25 hours long and 01:30 happens twice.
CHANGE_WEEK = dt.date(2025, 10, 27)  # Monday
BEFORE = dt.datetime(2025, 10, 1, 12, 0, tzinfo=UTC)  # when the editors planned the week
FIRST_0130 = dt.datetime(2025, 11, 2, 8, 30, tzinfo=UTC)  # 01:30 PDT
SECOND_0130 = dt.datetime(2025, 11, 2, 9, 30, tzinfo=UTC)  # 01:30 PST, an hour later


def _local(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LA)


@pytest.fixture
def campaign(home) -> CampaignPage:
    return _campaign(home, "Fall push")


def _campaign(home, title: str) -> CampaignPage:
    page = CampaignPage(title=title, slug=f"c-{uuid.uuid4().hex[:8]}", intro="<p>Close it.</p>")
    return home.add_child(instance=page)


def _index(campaign, model, title: str):
    found = campaign.get_children().type(model).first()
    return found or campaign.add_child(instance=model(title=title, slug=title.lower()))


def _event(campaign, title: str, day: dt.date, **fields) -> EventPage:
    index = _index(campaign, EventIndexPage, "Events")
    return index.add_child(
        instance=EventPage(title=title, slug=f"e-{uuid.uuid4().hex[:8]}", start_date=day, **fields)
    )


def _petition(campaign, title: str, closes_at: dt.datetime) -> PetitionPage:
    index = _index(campaign, PetitionIndexPage, "Petitions")
    page = PetitionPage(
        title=title, slug=f"p-{uuid.uuid4().hex[:8]}", ask=title, closes_at=closes_at
    )
    return index.add_child(instance=page)


def _week_of_action(campaign, title: str, first: dt.date, last: dt.date) -> WeekOfActionPage:
    page = WeekOfActionPage(
        title=title,
        slug=f"w-{uuid.uuid4().hex[:8]}",
        start_date=first,
        end_date=last,
        intro="Join in.",
    )
    return campaign.add_child(instance=page)


def _by_day(calendar) -> dict[dt.date, list[str]]:
    """Each day of the calendar with what is on it, as an editor reads it."""
    return {
        day.date: [
            *(f"{entry.label}: {entry.title} (range)" for entry in day.ranges),
            *(f"{entry.time_label} {entry.label}: {entry.title}".strip() for entry in day.entries),
        ]
        for week in calendar.weeks
        for day in week.days
    }


@pytest.fixture
def change_week(campaign, schedule_page):
    """A campaign with something on the edges of the week of 27 October 2025 and on the day
    the clocks go back."""
    with freeze_time(BEFORE):
        schedule_page("Last summer post", go_live_at=_local(2025, 10, 26, 23, 59), parent=campaign)
        schedule_page("Monday launch", go_live_at=_local(2025, 10, 27, 0, 0), parent=campaign)
        # 01:30 before the change (08:30 UTC) and 01:30 after it (09:30 UTC).
        schedule_page("Night owl, first 01:30", go_live_at=FIRST_0130, parent=campaign)
        second = schedule_page("Night owl, second 01:30", go_live_at=SECOND_0130, parent=campaign)
        # 23:30 PST on Sunday is 169.5 hours after Monday's midnight: still in the week.
        schedule_page("Sunday night recap", go_live_at=_local(2025, 11, 2, 23, 30), parent=campaign)
        schedule_page("Next Monday", go_live_at=_local(2025, 11, 3, 0, 30), parent=campaign)
        schedule_page("Flash appeal", expire_at=_local(2025, 10, 31, 12, 0), parent=campaign)
    # freezegun's clock turns the second 01:30 into the first (its datetimes lose `fold`);
    # Wagtail itself stores the right moment, as it would with the real clock.
    second.revisions.update(approved_go_live_at=SECOND_0130)
    _event(
        campaign,
        "Late vigil",
        dt.date(2025, 10, 30),
        start_time=dt.time(23, 30),
        end_time=dt.time(23, 59),
        time_zone="America/Los_Angeles",
    )
    _event(
        campaign,
        "Rally in Washington",
        dt.date(2025, 10, 31),
        start_time=dt.time(20, 0),
        time_zone="America/New_York",
    )
    _event(campaign, "Day of action", dt.date(2025, 10, 28), time_zone="America/Los_Angeles")
    _petition(campaign, "Close the camps", _local(2025, 10, 29, 23, 59))
    _week_of_action(campaign, "Week of action", dt.date(2025, 11, 1), dt.date(2025, 11, 7))
    return campaign


def test_week_shows_exactly_its_items_on_their_days_across_the_clock_change(
    change_week, admin_user
):
    calendar = build_calendar("week", dt.date(2025, 10, 30), change_week, admin_user)

    assert (calendar.first_day, calendar.last_day) == (CHANGE_WEEK, dt.date(2025, 11, 2))
    assert _by_day(calendar) == {
        dt.date(2025, 10, 27): ["00:00 PDT Goes live: Monday launch"],
        dt.date(2025, 10, 28): ["Event: Day of action"],
        dt.date(2025, 10, 29): ["23:59 PDT Petition closes: Close the camps"],
        dt.date(2025, 10, 30): ["23:30 PDT Event: Late vigil"],
        dt.date(2025, 10, 31): [
            "12:00 PDT Goes offline: Flash appeal",
            "17:00 PDT Event: Rally in Washington",
        ],
        dt.date(2025, 11, 1): ["Week of action: Week of action (range)"],
        dt.date(2025, 11, 2): [
            "Week of action: Week of action (range)",
            "01:30 PDT Goes live: Night owl, first 01:30",
            "01:30 PST Goes live: Night owl, second 01:30",
            "23:30 PST Goes live: Sunday night recap",
        ],
    }
    assert calendar.clock_changes == [dt.date(2025, 11, 2)]


def test_week_view_page_shows_times_with_zone_and_links_to_editors(client, admin_user, change_week):
    client.force_login(admin_user)
    html = client.get(
        f"/admin/calendar/?view=week&date=2025-11-02&campaign={change_week.pk}"
    ).content.decode()

    sunday = _cell(html, "2025-11-02")
    assert "01:30 PDT" in sunday
    assert "01:30 PST" in sunday
    recap = change_week.get_children().get(title="Sunday night recap")
    assert f'<a href="/admin/pages/{recap.pk}/edit/">Sunday night recap</a>' in sunday
    assert "Next Monday" not in html
    assert "Last summer post" not in html
    assert "The clocks change on Sun 2 Nov" in html
    # The week of action starts on Saturday and runs on into the next week.
    assert re.search(
        r'<td colspan="2" class="calendar-range calendar-range--week-of-action '
        r'calendar-range--continues">',
        html,
    )


def test_campaign_filter_leaves_out_other_campaigns(client, admin_user, home, change_week):
    other = _campaign(home, "Another campaign")
    _event(other, "Someone else's rally", dt.date(2025, 10, 29), time_zone="America/Chicago")
    client.force_login(admin_user)

    everything = client.get("/admin/calendar/?view=week&date=2025-10-29").content.decode()
    filtered = client.get(
        f"/admin/calendar/?view=week&date=2025-10-29&campaign={change_week.pk}"
    ).content.decode()

    assert "Someone else&#x27;s rally" in everything
    assert "Close the camps" in everything
    assert "Someone else&#x27;s rally" not in filtered
    assert "Close the camps" in filtered
    assert f'<option value="{change_week.pk}" selected>Fall push</option>' in filtered


def test_month_view_shows_whole_weeks_with_days_outside_the_month_marked(
    client, admin_user, campaign
):
    _event(
        campaign,
        "#SchoolsNotPrisons: Adelanto",
        dt.date(2017, 10, 20),
        start_time=dt.time(17, 0),
        time_zone="America/Los_Angeles",
    )
    client.force_login(admin_user)
    html = client.get("/admin/calendar/?view=month&date=2017-10-20").content.decode()

    assert '<h2 class="calendar-title">October 2017' in html
    days = re.findall(r'class="calendar-day([^"]*)" data-date="([\d-]+)"', html)
    assert days[0] == (" calendar-day--outside", "2017-09-25")
    assert days[-1] == (" calendar-day--outside", "2017-11-05")
    assert len(days) == 42
    adelanto = _cell(html, "2017-10-20")
    assert "17:00 PDT" in adelanto
    assert "#SchoolsNotPrisons: Adelanto" in adelanto
    assert 'href="/admin/calendar/?view=month&amp;date=2017-09-01" rel="prev"' in html
    assert 'href="/admin/calendar/?view=month&amp;date=2017-11-01" rel="next"' in html


def test_list_view_groups_the_month_by_day_under_headings(client, admin_user, campaign):
    _week_of_action(campaign, "2016 Week of Action", dt.date(2016, 9, 26), dt.date(2016, 10, 2))
    _petition(campaign, "Sign SB 1289", _local(2016, 9, 28, 23, 59))
    client.force_login(admin_user)
    html = client.get("/admin/calendar/?view=list&date=2016-09-26").content.decode()

    assert "<table" not in html.split('class="calendar-list"')[1]
    assert (
        '<h2 id="day-2016-09-28"><time datetime="2016-09-28">Wednesday 28 September 2016</time>'
        in html
    )
    day = html.split('id="day-2016-09-28"')[1].split("</section>")[0]
    assert "(day 3 of 7: Mon 26 Sep – Sun 2 Oct)" in day
    assert "Wed 28 Sep, 23:59 PDT" in day  # a petition closes: the full date, with its zone
    assert "Petition closes:" in day


@pytest.mark.usefixtures("demo_content")
def test_demo_week_of_action_fills_its_week(client, admin_user):
    week = WeekOfActionPage.objects.get(slug="2016-week-of-action")
    client.force_login(admin_user)
    html = client.get("/admin/calendar/?view=week&date=2016-09-26").content.decode()

    assert re.search(
        r'<td colspan="7" class="calendar-range calendar-range--week-of-action">\s*'
        r'<span class="calendar-entry calendar-entry--week-of-action">\s*'
        r'<span class="calendar-entry__label">Week of action:</span>\s*'
        rf'<a href="/admin/pages/{week.pk}/edit/">2016 Week of Action</a>',
        html,
    )
    assert re.search(r'<th scope="col">\s*<time datetime="2016-09-26">Mon 26 Sep</time>', html)


@pytest.mark.usefixtures("demo_content")
def test_demo_adelanto_event_is_on_friday_20_october_2017(client, admin_user):
    client.force_login(admin_user)
    html = client.get("/admin/calendar/?view=week&date=2017-10-16").content.decode()

    friday = _cell(html, "2017-10-20")
    assert "17:00 PDT" in friday
    assert "#SchoolsNotPrisons: Adelanto" in friday
    assert "Adelanto" not in _cell(html, "2017-10-21")


def test_bad_parameters_fall_back_to_this_week_and_every_campaign(client, admin_user):
    client.force_login(admin_user)
    with freeze_time("2026-03-04 20:00:00"):
        response = client.get("/admin/calendar/?view=year&date=someday&campaign=nope")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Week of 2 March 2026" in html
    assert '<option value="">All campaigns</option>' in html  # nothing selected
    assert 'aria-current="date"' in html


def test_comms_staff_open_the_calendar_from_the_admin_menu(client, django_user_model):
    comms = django_user_model.objects.create_user("writer", "w@example.org", "pw")
    comms.groups.add(Group.objects.get(name="Comms staff"))
    client.force_login(comms)
    assert "/admin/calendar/" in client.get("/admin/").content.decode()
    assert client.get("/admin/calendar/").status_code == 200


def test_calendar_queries_do_not_grow_with_what_is_on_it(
    client, django_user_model, home, schedule_page
):
    lead = django_user_model.objects.create_user("lead", "l@example.org", "pw")
    lead.groups.add(Group.objects.get(name="Campaign leads"))
    client.force_login(lead)
    busy = _campaign(home, "Busy campaign")
    quiet_url = "/admin/calendar/?view={view}&date=2031-03-12"
    busy_url = "/admin/calendar/?view={view}&date=2030-03-12"
    for view in ("week", "month", "list"):
        client.get(busy_url.format(view=view))  # warm the content-type cache

    with freeze_time("2030-01-01"):
        for n in range(1, 13):
            when = _local(2030, 3, 10 + n % 3, 9 + n)
            schedule_page(f"Post {n}", go_live_at=when, expire_at=when + dt.timedelta(days=2))
            _event(busy, f"Event {n}", dt.date(2030, 3, 10 + n % 4), start_time=dt.time(10))
            _week_of_action(busy, f"Week {n}", dt.date(2030, 3, 9 + n % 5), dt.date(2030, 3, 14))
            _petition(busy, f"Petition {n}", when)

    for view in ("week", "month", "list"):
        quiet = _count(client, quiet_url.format(view=view))
        crowded = _count(client, busy_url.format(view=view))
        assert crowded <= quiet + 1, view  # +1: the pages that have a go-live scheduled
        assert crowded <= 20, view


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def _cell(html: str, date: str) -> str:
    start = html.index(f'data-date="{date}"')
    return html[start : html.index("</td>", start)]
